"""Readings the real-text run of the forty-sixth session showed wrong once "within a
few hours" and "in a few minutes" were read as delays (as « en quelques heures » is):

- a service verb the reader is the subject of ("you can set up a credit card in a few
  minutes", « vous pouvez installer l'application en 5 minutes ») is the reader's own act,
  its effort — not a service of the brand's; "we install it in 5 minutes" still is, and
  "you'll receive your order in 2 days" is the brand's delivery seen from home;
- (a verb of arrival said of information — "company information will arrive within a few
  hours", Démarches simplifiées — still fires: a message's firm arrival time is held to,
  as test_overpromise_realop30b decided; the finding stays for the judges.)

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Cartelune
language: fr
central_idea:
  statement: "Des démarches simples, pour tout le monde."
  lexicon: [simple, démarche]
channels:
  help: {tones: [solution]}
promises:
  response: {within: 48h}
""",
    "en": """
brand: Cartelune
language: en
central_idea:
  statement: "Simple steps, for everyone."
  lexicon: [simple, step]
channels:
  help: {tones: [solution]}
promises:
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "cartelune", "help")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("en", "If you issue only a few gift cards, you can set up a credit card in a few "
           "minutes."),
    # the phrasal verb's particle may be the word the delay hangs on
    ("en", "Payment methods\nIf you are a small company issuing a small number of gift cards, "
           "you can set up a credit card in a few minutes.\nHowever, each charge is counted "
           "as a new transaction."),
    ("fr", "Vous pouvez installer l'application en 5 minutes, depuis votre téléphone."),
])
def test_the_readers_act_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "We install the app for you in 5 minutes."),
    ("en", "Your parcel will arrive within 3 hours."),
    ("fr", "Votre colis arrivera dans 3 heures."),
    # a passive: done to the reader
    ("en", "Whichever shop is nearest, you'll be set up the same day you call."),
    # a causative's small clause: the brand has it done to the reader
    ("en", "I'll meet you in DMs to get you set up within the hour!"),
])
def test_the_brands_act_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))


def test_the_brands_call_back_fires(lint):
    # the object clitic is no subject of the reader's (the small French model may tag it
    # so); the call back is a reply by phone, held to the response's commitment
    assert "BL302" in codes(lint("fr", "Votre conseiller vous rappelle dans 10 minutes, promis."))
