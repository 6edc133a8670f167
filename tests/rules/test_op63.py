"""op63 (overpromise recall on promises against the profile's commitments).

The afternoon of the same day (« l'après-midi même », "the same afternoon") ends before
the day does: counted from a morning the draft names on its line (« écrivez-nous ce
matin », "order by 9 am", "before lunch"), it is half a day at most, so a service
promised for that afternoon is faster than a 24 h commitment (BL302). With no morning
named the start may be any time, and it stays a day; the day itself and its evening
(« le jour même », « le soir même », "the same day") may close the day and stay one day:
not faster than 24 h.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Cressonnière Vidal
language: fr
central_idea:
  statement: "Du cresson cultivé à deux pas, coupé le matin."
  lexicon: [frais, local, coupé]
channels:
  email: {tones: [joy]}
promises:
  response: {within: 48h}
  delivery: {within: 72h}
  devis: {within: 24h, terms: [devis, devis traiteur]}
  availability: {hours: "9-18", days: "mon-fri"}
""",
    "en": """
brand: Vidal Watercress
language: en
central_idea:
  statement: "Watercress grown next door, cut in the morning."
  lexicon: [fresh, local, cut]
channels:
  email: {tones: [joy]}
promises:
  response: {within: 48h}
  delivery: {within: 72h}
  quote: {within: 24h, terms: [quote, catering quote]}
  availability: {hours: "9-18", days: "mon-fri"}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "vidal", "email")


def firm(diagnostics, prefix="BL3"):
    """Overpromise codes reported at warning level or above."""
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Écrivez-nous ce matin : votre devis traiteur vous parvient l'après-midi même."),
    ("en", "Write to us this morning and your catering quote reaches you the same "
           "afternoon."),
])
def test_the_same_afternoon_is_faster_than_a_one_day_commitment(lint, lang, text):
    assert "BL302" in firm(lint(lang, text)), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Écrivez-nous ce matin : votre devis traiteur vous parvient le jour même."),
    ("en", "Write to us this morning and your catering quote reaches you the same day."),
])
def test_near_miss_the_same_day_stays_within_a_one_day_commitment(lint, lang, text):
    assert "BL302" not in firm(lint(lang, text)), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Écrivez-nous ce matin : votre devis traiteur vous parvient le soir même."),
    ("en", "Write to us this morning and your catering quote reaches you the same "
           "evening."),
])
def test_near_miss_the_same_evening_stays_within_a_one_day_commitment(lint, lang, text):
    assert "BL302" not in firm(lint(lang, text)), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Après la dégustation, votre devis traiteur vous parvient l'après-midi même."),
    ("en", "After the tasting, your catering quote reaches you the same afternoon."),
])
def test_near_miss_the_same_afternoon_with_no_morning_named_stays_a_day(lint, lang, text):
    assert "BL302" not in firm(lint(lang, text)), text
