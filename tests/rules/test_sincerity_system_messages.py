"""A service channel carries the brand's system messages too — a screen's status lines, an
automatic e-mail under its title — and they answer nobody: what they report (a failed
payment, a field left empty, a delay of a batch) is a state, not a complaint answered, so
the sincerity rules (BL4xx) do not hold them to an apology or a next step, and the reason
they give (« l'IBAN fourni… ») blames nobody. A reply written back to a person — a greeting
or a letter's salutation, a handle, a script's turns, a titled name, an answer to what they
said (« Effectivement », "Noted") — is judged as before, even under a subject line.

Real copy (session 26, the Liberapay and Twake corpora, whose profiles a new user had marked
`app` and `email` as service channels) gave the category; the texts below are our own."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_likely_cause_and_loose_steps import PROFILES


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "forgeval-system", "after_sales")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Échec de la synchronisation\n\nLa synchronisation de votre appareil a échoué à cause "
           "d'une erreur de notre serveur."),
    ("en", "Sync failed\n\nThe sync of your appliance failed because of an error on our server."),
    ("en", "Payment method\n\nSave changes\n\nCancel\n\nSetting up the card failed.\n\nDefault"),
])
def test_system_message_is_held_to_no_apology(lint, lang, text):
    assert not codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Échec de la synchronisation\n\nBonjour Léa,\n\nLa synchronisation de votre appareil "
           "a échoué à cause d'une erreur de notre serveur."),
    ("fr", "Objet : synchronisation\n\nMadame,\n\nLa synchronisation de votre appareil a échoué "
           "à cause d'une erreur de notre serveur."),
    ("en", "Sync failed\n\nHi Sam,\n\nThe sync of your appliance failed because of an error on "
           "our server."),
    ("en", "Sync failed\n\nNoted – the sync of your appliance failed because of an error on our "
           "server."),
])
def test_reply_to_someone_under_a_title_still_owes_an_apology(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))
