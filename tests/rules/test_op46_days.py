"""Round 41 (op46-days): the days of a week said as a range, and the day off.

1. A range of weekdays (« du lundi au samedi », "Monday to Saturday") names every day
   between the two, each week, when it comes with the hours it bounds: held to the
   profile's `days` (BL302). A range inside them stays silent.
2. A weekly day said after a closing word (« Fermé le dimanche », "Closed on Sundays")
   is the day off, not a day promised open.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Verrinelle
language: fr
central_idea:
  statement: "Du verre soufflé à la main, fait pour durer."
  lexicon: [soufflé, souffler, main, atelier, durer, artisan]
  related: [verre, vase, carafe, verrier, verriers]
channels:
  email: {tones: [storytelling]}
  store: {tones: [joy]}
promises:
  response: {within: 48h}
  availability: {hours: "9-18", days: "tue-sat"}
""",
    "en": """
brand: Verrinelle
language: en
central_idea:
  statement: "Hand-blown glass, made to last."
  lexicon: [blown, blow, hand, workshop, last, craft]
  related: [glass, vase, carafe, glassblower, glassblowers]
channels:
  email: {tones: [storytelling]}
  store: {tones: [joy]}
promises:
  response: {within: 48h}
  availability: {hours: "9-18", days: "tue-sat"}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "verrinelle", "email")


def codes(diagnostics, family="BL3"):
    return sorted({d.code for d in diagnostics if d.code.startswith(family)
                   and d.severity.name in ("WARNING", "ERROR")})


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre atelier vous accueille du lundi au samedi, de 9 h à 18 h."),
    ("en", "Our workshop welcomes you Monday to Saturday, 9am to 6pm."),
])
def test_a_weekday_range_past_the_profiles_days_fires(lint, lang, text):
    assert codes(lint(lang, text, "store")) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre atelier vous accueille du mardi au samedi, de 9 h à 18 h."),
    ("en", "Our workshop welcomes you Tuesday to Saturday, 9am to 6pm."),
])
def test_a_weekday_range_within_the_profiles_days_does_not(lint, lang, text):
    assert codes(lint(lang, text, "store")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Horaires de l'atelier : du mardi au samedi, de 9 h à 18 h. Fermé le dimanche."),
    ("en", "Workshop hours: Tuesday to Saturday, 9am to 6pm. Closed on Sundays."),
])
def test_a_day_after_a_closing_word_is_the_day_off(lint, lang, text):
    assert codes(lint(lang, text, "store")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une question sur votre carafe ? Notre équipe vous répond même le dimanche."),
    ("en", "A question about your carafe? Our team answers you on Sundays too."),
])
def test_a_weekly_day_said_open_still_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL302"]
