"""Overpromise concepts from the read half of heldout35 (issue 7; texts are ours):
- a label's passive with its destination before the delay ("Bikes delivered to your door
  within 2 days") is a headline promise, not a past event ("were delivered");
- a deadline the brand gives its word on (« sous 24 heures, sans faute, et … », "by
  Wednesday, promise") on an act no declared service names is a commitment nobody has
  confirmed: a warning, not a hint."""
from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Pédalune
language: fr
central_idea:
  statement: "Des vélos cargo loués simplement, réparés près de chez vous."
  lexicon: [vélo, cargo, location, atelier]
channels:
  web: {tones: [joy]}
  after_sales: {tones: [speed, reassurance], service: true}
promises:
  delivery: {within: 7d}
  response: {within: 48h}
""",
    "en": """
brand: Pedalune
language: en
central_idea:
  statement: "Cargo bikes rented simply, repaired close to you."
  lexicon: [bike, cargo, rental, workshop]
channels:
  web: {tones: [joy]}
  after_sales: {tones: [speed, reassurance], service: true}
promises:
  delivery: {within: 7d}
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalune32", "web")


def found(diagnostics, code):
    return [d.severity.name for d in diagnostics if d.code == code]


@pytest.mark.parametrize("text,fires", [
    ("Cargo bikes delivered to your door within 2 days.", True),
    ("Your cargo bikes were delivered to your door within 2 days.", False),
])
def test_a_labels_passive_with_its_destination(lint, text, fires):
    assert bool(found(lint("en", text), "BL302")) is fires


@pytest.mark.parametrize("lang,text,warned", [
    ("en", "Sorry about the flat tyre. We'll send a new inner tube by Wednesday, promise.",
     True),
    ("en", "Sorry about the flat tyre. We'll send a new inner tube by Wednesday.", False),
    ("fr", "Désolés pour le pneu crevé. Un avoir de 6 € sera crédité sur votre compte sous "
           "5 jours, sans faute, et déduit de votre prochaine location.", True),
    ("fr", "Désolés pour le pneu crevé. Un avoir de 6 € sera crédité sur votre compte sous "
           "5 jours et déduit de votre prochaine location.", False),
])
def test_a_deadline_the_brand_gives_its_word_on(lint, lang, text, warned):
    assert ("WARNING" in found(lint(lang, text, "after_sales"), "BL304")) is warned
