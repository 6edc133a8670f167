"""op52 (overpromise false alarms, heldout47).

- In a call, the agent's own act done at once while the customer is on the line (« je
  regarde ça tout de suite », « je vous réponds immédiatement », "I have it here, I'll
  answer your question right away") is the call going on, not a response time. A later
  contact still fires: a callback, another person's answer, a reply by email.
- A message the system sends (« un accusé de réception vous parvient immédiatement »,
  "an automatic confirmation email arrives instantly") is timed as a message, not as the
  service the parse may hang it on. A human reply promised at once still fires.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Atelier Ondine
language: fr
central_idea:
  statement: "Des kayaks de mer réparés à la main, pour naviguer longtemps."
  lexicon: [kayak, coque, main, naviguer]
channels:
  web: {tones: [storytelling]}
  phone_script: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  repair: {within: 10d}
""",
    "en": """
brand: Atelier Ondine
language: en
central_idea:
  statement: "Sea kayaks repaired by hand, to paddle for years."
  lexicon: [kayak, hull, hand, paddle]
channels:
  web: {tones: [storytelling]}
  phone_script: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  repair: {within: 10d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ondine", "phone_script")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


FR_CALL = ("Conseillère : Atelier Ondine, Maëlle à l'appareil.\n"
           "Client : Bonjour, je voudrais savoir si ma coque fêlée se répare.\n")
EN_CALL = ("Agent: Atelier Ondine, Maëlle speaking.\n"
           "Caller: Hello, I'd like to know if my cracked hull can be fixed.\n")


@pytest.mark.parametrize("lang,text", [
    ("fr", FR_CALL + "Conseillère : J'ai votre fiche sous les yeux, je vous réponds tout de "
                     "suite."),
    ("fr", FR_CALL + "Conseillère : Je regarde ça tout de suite avec vous."),
    ("en", EN_CALL + "Agent: I've got your file open, I'll answer your question right away."),
    ("en", EN_CALL + "Agent: I'll check that straight away for you."),
])
def test_the_agents_act_in_the_call_does_not_fire(lint, lang, text):
    # not even the hint on a deadline of the brand's own act (BL304 info)
    assert [d.code for d in lint(lang, text) if d.code.startswith("BL3")] == []


@pytest.mark.parametrize("lang,text", [
    # a reply by another channel, later
    ("fr", FR_CALL + "Conseillère : Je vous réponds tout de suite par e-mail."),
    ("en", EN_CALL + "Agent: I'll check with the workshop and reply by email right away."),
    ("en", EN_CALL + "Agent: I'll answer your email right away."),
    # someone else's answer, not the agent's on the line
    ("fr", FR_CALL + "Conseillère : Notre réparateur vous répond immédiatement."),
    ("en", EN_CALL + "Agent: Our repairer will answer your question right away."),
])
def test_a_later_or_anothers_answer_in_a_call_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


def test_the_same_words_outside_a_call_fire(lint):
    assert "BL302" in codes(lint("en", "Questions about your kayak? We answer them right "
                                       "away.", channel="web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous contacter\n\nDécrivez-nous votre kayak. Dès l'envoi du formulaire, un accusé "
           "de réception vous parvient immédiatement par e-mail ; nous vous répondons ensuite "
           "sous 48 heures."),
    ("en", "Contact us\n\nTell us about your kayak. As soon as you send the form, an "
           "automatic confirmation email arrives instantly; we then reply personally within "
           "48 hours."),
])
def test_an_automatic_acknowledgement_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, channel="web")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous contacter\n\nDécrivez-nous votre kayak : notre équipe vous apporte une "
           "réponse immédiate."),
    ("en", "Contact us\n\nTell us about your kayak: our team sends you an answer instantly."),
])
def test_a_human_reply_promised_at_once_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, channel="web"))
