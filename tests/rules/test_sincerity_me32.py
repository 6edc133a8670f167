"""Asking again what the reply shows is known (issue 8, BL405), read from the older held-out
halves nobody had read (sincerity-blind25, 28, 30): a thing the reply names by its number
(« machine 7 », "dryer 4"), asked for as "the number of the machine" or « le numéro de la
machine »; an identifier whose value follows an elided word (« carte d'abonné n° 0045-778 »)
or opens a bracket ("your account (CJ-5521)"). A number that counts or measures (« la
machine a tourné 3 fois », "machine 2 hours") names nothing; a thing the reply has not
numbered may be asked for. The texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_real31 import PROFILES


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalo32", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Sam, sorry about bike 14 at Gare du Nord station, we can see its lock failed "
           "this morning.\nTo refund you, could you tell us which station you were at and the "
           "number of the bike?\nWe'll refund you within 7 days."),
    ("fr", "[Client : Le vélo 9 de la station Bellecour ne s'est jamais déverrouillé, j'ai payé "
           "2 €.]\nPédalo : Désolés Léa ! Pour vous rembourser, pouvez-vous nous indiquer le "
           "numéro du vélo et la station ? Remboursement sous 7 jours."),
    ("fr", "Bonjour,\nMerci pour la copie de votre carte d'abonné n° 0045-778. Désolés pour ce "
           "double prélèvement. Pourriez-vous nous indiquer votre numéro de carte d'abonné ? "
           "Nous vous remboursons sous 7 jours."),
    ("en", "Hi Ana,\nSorry your statement looks wrong. I can see your account (PD-5521) and the "
           "three rides you listed.\nCould you please confirm your account reference? We'll "
           "refund you within 7 days."),
])
def test_a_thing_the_reply_names_asked_again(lint, lang, text):
    assert "BL405" in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Sam, sorry the bike 3 times refused your card this morning.\nTo refund you, "
           "could you tell us the number of the bike? We'll refund you within 7 days."),
    ("fr", "Bonjour Léa, désolés : le vélo a refusé votre carte 3 fois ce matin. Pour vous "
           "rembourser, pouvez-vous nous indiquer le numéro du vélo ? Remboursement sous 7 "
           "jours."),
    ("en", "Hi Sam, sorry about bike 14 at Gare du Nord, its lock failed.\nCould you tell us "
           "the number of the card you paid with? We'll refund you within 7 days."),
    ("fr", "Bonjour, désolés pour le vélo 9 de la station Bellecour. Pourriez-vous nous "
           "indiquer votre numéro de carte d'abonné ? Remboursement sous 7 jours."),
])
def test_what_the_reply_does_not_know_may_be_asked(lint, lang, text):
    assert "BL405" not in codes(lint(lang, text, "email"))
