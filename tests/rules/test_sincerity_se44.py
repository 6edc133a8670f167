"""Causes of sincerity misses and false alarms read as concepts of the shared reading
(se44). No apology — a value the brand's people recorded wrong, one figure for another
("our technician logged the return at 18:30 instead of 16:30"); a charge applied that the
customer never agreed to, told in the past (« le supplément n'avait pas été annoncé »).
Repeat — a channel named as a request (« en MP », "DM") is no request when the brand is
the one who writes there. Texts and profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Roulotte Vélos
language: fr
central_idea:
  statement: "Des vélos loués prêts à rouler."
  lexicon: [vélo, location, batterie, rouler]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  social: {tones: [empathy, reassurance], service: true}
promises:
  response: {within: 48h}
  refund: {within: 14d}
""",
    "en": """
brand: Roulotte Bikes
language: en
central_idea:
  statement: "Hire bikes ready to ride."
  lexicon: [bike, hire, battery, ride]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  social: {tones: [empathy, reassurance], service: true}
promises:
  response: {within: 48h}
  refund: {within: 14d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "roulotte44", "email")


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# (lang, code, text, words the finding quotes: the part of the reply that is wrong)
FIRES = [
    # no apology: a value recorded wrong by the brand's people
    ("en", "BL403", "Hi Sam, you're right: our technician logged the return time at 18:30 "
                    "instead of 16:30. We've cancelled the late fee and the refund will reach "
                    "you within 14 days.", "instead of"),
    ("fr", "BL403", "Bonjour Sam, vous avez raison : notre technicien a noté le retour à "
                    "18 h 30 au lieu de 16 h 30. Nous annulons les frais de retard et vous "
                    "remboursons sous 14 jours.", "au lieu de"),
    # no apology: a charge the customer never agreed to
    ("en", "BL403", "Dear Mr Lowe,\n\nWe have looked at your invoice. The £12 fee for the "
                    "spare battery was added at collection and had not been agreed "
                    "beforehand.\n\nRegards", "not been agreed"),
    ("fr", "BL403", "Bonjour Monsieur Lowe,\n\nNous avons relu votre facture : le supplément "
                    "de 12 € pour la batterie de rechange n'avait pas été annoncé au "
                    "retrait.\n\nCordialement", "pas été annoncé"),
    # repeat: the customer is asked to write on the channel, with what the text holds
    ("en", "BL405", "Hi Tom, sorry for the wait. Your refund 2231 of £120 goes out tonight. "
                    "Please DM us the refund number.", "DM us"),
    ("fr", "BL405", "Bonjour Léa, toutes nos excuses pour l'attente. Le remboursement de "
                    "120 € part ce soir. Écrivez-nous en MP avec la référence du "
                    "remboursement.", "en MP"),
]

DOES_NOT_FIRE = [
    # the value entered wrong is the customer's
    ("en", "BL403", "Hi Sam, we checked and you entered the return time as 18:30 instead of "
                    "16:30 on the form. We've cancelled the late fee anyway and the refund "
                    "will reach you within 14 days."),
    ("fr", "BL403", "Bonjour Sam, nous avons vérifié : vous avez saisi le retour à 18 h 30 au "
                    "lieu de 16 h 30 sur le formulaire. Nous annulons quand même les frais et "
                    "vous remboursons sous 14 jours."),
    # a rule about charges, or a condition, no charge admitted
    ("en", "BL403", "Dear Mr Lowe,\n\nWe never add a fee that was not agreed at collection. "
                    "Your bike is ready.\n\nRegards"),
    ("en", "BL403", "Dear Mr Lowe,\n\nIf the £12 fee was not agreed at collection, we will "
                    "refund it. Your bike is ready.\n\nRegards"),
    ("fr", "BL403", "Bonjour Monsieur Lowe,\n\nNous ne facturons jamais un supplément qui n'a "
                    "pas été annoncé au retrait. Votre vélo est prêt.\n\nCordialement"),
    # the charge agreed, said so
    ("fr", "BL403", "Bonjour Monsieur Lowe,\n\nNous avons relu votre facture : le supplément "
                    "de 12 € pour la batterie avait bien été annoncé au retrait.\n\n"
                    "Cordialement"),
    # repeat: the brand writes on the channel, it asks nothing
    ("en", "BL405", "Hi Tom, sorry for the wait. Your refund 2231 of £120 goes out tonight. "
                    "We'll also DM you the refund number."),
    ("fr", "BL405", "Bonjour Léa, toutes nos excuses pour l'attente. Le remboursement de "
                    "120 € part ce soir. On vous écrit aussi en MP avec la référence du "
                    "remboursement."),
]


@pytest.mark.parametrize(("lang", "code", "text", "words"), FIRES)
def test_concept_fires_on_the_part_at_fault(lint, lang, code, text, words):
    found = findings(lint(lang, text), code)
    assert found
    assert any(words.lower() in (d.text + d.message).lower() for d in found)


@pytest.mark.parametrize(("lang", "code", "text"), DOES_NOT_FIRE)
def test_near_miss_does_not_fire(lint, lang, code, text):
    assert not findings(lint(lang, text), code)


# Doubt — the gate put on even looking at the case, with proof itself asked (se44); a
# photo any claim needs is no doubt.
DOUBT_FIRES = [
    ("en", "Hi Jo, sorry to hear that. Before we can look into it, we'll need written proof "
           "that the battery was flat on collection. We'll reply within 24 hours of receiving "
           "it.", "written proof"),
    ("fr", "Bonjour Jo, désolés. Avant de pouvoir examiner votre demande, nous aurons besoin "
           "d'une preuve écrite que la batterie était vide au retrait. Nous vous répondons "
           "sous 24 h.", "preuve écrite"),
]
DOUBT_DOES_NOT_FIRE = [
    ("en", "Hi Jo, sorry to hear that. Before we can look into it, could you send a photo of "
           "the battery display? We'll reply within 24 hours of receiving it."),
    ("fr", "Bonjour Jo, désolés. Avant de pouvoir examiner votre demande, pourriez-vous nous "
           "envoyer une photo de l'écran de la batterie ? Nous vous répondons sous 24 h."),
]


@pytest.mark.parametrize(("lang", "text", "words"), DOUBT_FIRES)
def test_proof_before_looking_is_doubt(lint, lang, text, words):
    found = findings(lint(lang, text), "BL402")
    assert found and any(words.lower() in d.text.lower() for d in found)


@pytest.mark.parametrize(("lang", "text"), DOUBT_DOES_NOT_FIRE)
def test_photo_before_looking_is_no_doubt(lint, lang, text):
    assert not findings(lint(lang, text), "BL402")


# Repeat — the other verbs of giving, with "again", as the French list has them (se44).
AGAIN_FIRES = [
    ("en", "Dear Ms Bell,\n\nWe're sorry the saddle is too low. Our hire sheet shows a height "
           "of 82 cm. Could you please confirm again the saddle height you asked for?\n\nWe "
           "will refit it within 2 days.", "confirm again"),
    ("fr", "Bonjour Madame Bell,\n\nDésolés que la selle soit trop basse. Notre fiche indique "
           "82 cm. Pourriez-vous nous indiquer à nouveau la hauteur de selle souhaitée ?\n\n"
           "Nous la réglons sous 2 jours.", "à nouveau"),
]
AGAIN_DOES_NOT_FIRE = [
    ("en", "Dear Ms Bell,\n\nWe're sorry the saddle is too low. Could you please confirm that "
           "it has not slipped again since the last ride?\n\nWe will refit it within 2 days."),
    ("fr", "Bonjour Madame Bell,\n\nDésolés que la selle soit trop basse. Pourriez-vous nous "
           "indiquer la hauteur de selle souhaitée ?\n\nNous la réglons sous 2 jours."),
]


@pytest.mark.parametrize(("lang", "text", "words"), AGAIN_FIRES)
def test_given_again_is_a_repeat(lint, lang, text, words):
    found = findings(lint(lang, text), "BL405")
    assert found and any(words.lower() in d.text.lower() for d in found)


@pytest.mark.parametrize(("lang", "text"), AGAIN_DOES_NOT_FIRE)
def test_first_asked_or_fact_checked_is_no_repeat(lint, lang, text):
    assert not findings(lint(lang, text), "BL405")
