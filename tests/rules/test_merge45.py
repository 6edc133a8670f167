"""Merge fixes of the forty-fifth session.

op56 reads a call set for a day to fix a date (« nous vous appelons demain pour fixer le
créneau ») as arranging, no callback speed promised. Merged beside the reply reading, it also
hid a callback slower than the brand's word: « un technicien vous rappellera en début de
semaine prochaine pour convenir d'un nouveau créneau » where the profile promises a callback
within 4 h is a slow next step (BL408, sincerity-blind3 vitrion-fr-08). A call set to fix a
date is held to its commitment when it comes later than it; sooner, it still promises no
speed. Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Vitrabel
language: fr
central_idea:
  statement: "Des fenêtres posées juste, par des gens du coin."
  lexicon: [fenêtre, pose, coin]
channels:
  after_sales: {tones: [empathy, solution], service: true}
promises:
  callback: {within: 4h}
  response: {within: 24h}
""",
    "en": """
brand: Vitrabel
language: en
central_idea:
  statement: "Windows fitted right, by local people."
  lexicon: [window, fitting, local]
channels:
  after_sales: {tones: [empathy, solution], service: true}
promises:
  callback: {within: 4h}
  response: {within: 24h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "vitrabel", "after_sales")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux,\n\nToutes nos excuses pour ce rendez-vous manqué, nous aurions dû "
           "vous prévenir. Un technicien vous rappellera en début de semaine prochaine pour "
           "convenir d'un nouveau créneau.\n\nCordialement,\nService client Vitrabel"),
    ("en", "Dear Ms Roux,\n\nWe are very sorry about the missed appointment; we should have told "
           "you. A technician will call you back next week to agree on a new time slot.\n\n"
           "Kind regards,\nVitrabel customer service"),
])
def test_a_call_to_fix_a_date_later_than_the_callback_commitment_is_slow(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux,\n\nToutes nos excuses pour ce rendez-vous manqué, nous aurions dû "
           "vous prévenir. Un technicien vous rappellera dans les 4 heures pour convenir d'un "
           "nouveau créneau.\n\nCordialement,\nService client Vitrabel"),
    ("en", "Dear Ms Roux,\n\nWe are very sorry about the missed appointment; we should have told "
           "you. A technician will call you back within 4 hours to agree on a new time slot.\n\n"
           "Kind regards,\nVitrabel customer service"),
])
def test_a_call_at_the_commitment_is_no_slow_step(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))
