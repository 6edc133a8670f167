"""A next step named by its week or made by phone (sincerity-blind12…26's slow steps), in
concepts:

- a step set « la semaine prochaine » / "next week" comes the day after tomorrow at the
  soonest, counted by whole days as « demain » is (a step due tomorrow is said so): slower
  than a 24 h commitment, not than a 72 h one (BL408);
- contacting the reader with the phone as the means (« prendra contact avec vous par
  téléphone », "will get in touch with you by phone") is a callback; the reader contacting
  the brand by phone is not.

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Vadelle
language: fr
central_idea:
  statement: "Le chauffage de la maison, entretenu sans attente."
  lexicon: [chauffage, maison, entretien, confiance]
channels:
  after_sales: {tones: [empathy, solution], service: true}
promises:
  response: {within: 72h}
  callback: {within: 24h}
  refund: {within: 14d}
""",
    "en": """
brand: Vadelle
language: en
central_idea:
  statement: "Home heating, serviced without the wait."
  lexicon: [heating, home, servicing, trust]
channels:
  after_sales: {tones: [empathy, solution], service: true}
promises:
  response: {within: 72h}
  callback: {within: 24h}
  refund: {within: 14d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "vadelle", "after_sales")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code == "BL408"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Giraud, toutes nos excuses pour la chaudière. Notre technicienne "
           "vous rappellera la semaine prochaine pour fixer la visite."),
    ("fr", "Bonjour Monsieur Petit, nous sommes désolés pour ce contretemps. Une conseillère "
           "prendra contact avec vous par téléphone la semaine prochaine."),
    ("en", "Hello Ms Giraud, we're sorry about the boiler. Our engineer will call you back "
           "next week to set up the visit."),
    ("en", "Hi Mr Petit, we apologise for the mix-up. One of our advisers will get in touch "
           "with you by phone next week."),
])
def test_a_step_next_week_is_slower_than_a_day(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL408"]


@pytest.mark.parametrize("lang,text", [
    # the same week against a 72 h commitment: the day after tomorrow may be within it
    ("fr", "Bonjour Madame Giraud, toutes nos excuses pour la chaudière. Nous vous "
           "répondrons par écrit la semaine prochaine avec le devis."),
    # next week is the time of the act the call arranges, the call's own is tomorrow
    ("fr", "Bonjour Madame Giraud, toutes nos excuses pour la chaudière. Notre technicienne "
           "vous appellera demain matin pour fixer la visite, avec trois créneaux possibles "
           "la semaine prochaine."),
    ("en", "Hello Ms Giraud, we're sorry about the boiler. Our engineer will call you "
           "tomorrow morning to book the visit, with three possible slots next week."),
    # the reader phoning the brand: no callback
    ("fr", "Bonjour Monsieur Petit, nous sommes désolés pour ce contretemps. Vous pouvez "
           "prendre contact avec nous par téléphone dès lundi."),
    ("en", "Hello Ms Giraud, we're sorry about the boiler. We will reply in writing next "
           "week with the quote."),
    ("en", "Hi Mr Petit, we apologise for the mix-up. You can get in touch with us by phone "
           "from Monday."),
])
def test_a_step_next_week_within_a_looser_commitment(lint, lang, text):
    assert codes(lint(lang, text)) == []
