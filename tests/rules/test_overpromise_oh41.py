"""Oh41: a place's opening hours said as the reader being welcomed (BL302 availability).

- A place's timetable (« Boutique ouverte du mardi au samedi, 10 h – 19 h », "Shop open
  Tuesday to Saturday, 10am-7pm") stays the place's, not the service's availability.
- The same hours said as the brand's place welcoming the reader (« nos boutiques vous
  accueillent 7 j/7 de 8 h à 22 h », "our shops welcome you every day, 8am to 10pm")
  say that someone is there to receive them at those hours: the brand's availability,
  judged against the profile's `availability` (like « passez nous voir », "drop in").
- The same hours announced as a change (« désormais », « cet été », "now", "during June")
  tell readers when the brand now opens its door to them: judged too.
- Every day with its hours said of the brand's place (« la boutique est ouverte tous les
  jours, de 8 h à 22 h ») is the week the reader can come in; an annex's (the café's, the
  bar's) stays its timetable.
- A part of a named day in the plural ("we're open Saturday mornings too") is that day
  every week, compared with the declared days.
- Welcoming or announced hours within the declared ones stay silent.
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Vernisol
language: fr
central_idea:
  statement: "Des parquets restaurés pour durer."
  lexicon: [parquet, restaurer, durer]
channels:
  web: {tones: [solution], idea: false}
promises:
  availability: {hours: "9-18", days: "mon-fri"}
""",
    "en": """
brand: Vernisol
language: en
central_idea:
  statement: "Wooden floors restored to last."
  lexicon: [floor, restore, last]
channels:
  web: {tones: [solution], idea: false}
promises:
  availability: {hours: "9-18", days: "mon-fri"}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "vernisol", "web")


def codes(diagnostics, prefix="BL30"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonne nouvelle : nos boutiques de Nancy vous accueillent désormais 7 j/7, "
           "de 8 h à 22 h, pour choisir vos finitions."),
    ("fr", "Notre atelier de Metz vous accueille maintenant jusqu'à 21 h."),
    ("en", "Good news: our Leeds shops now welcome you every day, from 8am to 10pm, "
           "to choose your finish."),
])
def test_welcoming_hours_wider_than_availability_fire(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonne nouvelle : nos boutiques de Nancy vous accueillent du lundi au vendredi, "
           "de 9 h à 18 h, pour choisir vos finitions."),
    ("en", "Good news: our Leeds shops welcome you Monday to Friday, from 9am to 6pm, "
           "to choose your finish."),
])
def test_welcoming_hours_within_availability_do_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Boutique de Nancy, 4 rue des Tanneurs\nBoutique ouverte du mardi au samedi, "
           "de 10 h à 19 h."),
    ("en", "Leeds shop, 4 Tanner Street\nShop open Tuesday to Saturday, 10am to 7pm."),
])
def test_a_places_timetable_without_welcome_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "La boutique de Nancy ouvre désormais tous les jours, de 8 h à 22 h."),
    ("fr", "En juillet, nos deux boutiques ouvrent de 7 h à 23 h."),
    ("en", "This summer, the Leeds shop is open every day, 8am to 10pm."),
    ("en", "During July, both our shops open from 7am to 11pm."),
])
def test_hours_announced_as_new_wider_than_availability_fire(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "La boutique de Nancy ouvre désormais du lundi au vendredi, de 9 h à 18 h."),
    ("en", "This summer, the Leeds shop is open Monday to Friday, 9am to 6pm."),
])
def test_hours_announced_as_new_within_availability_do_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Réservez maintenant !\nBoutique de Nancy : ouverte du mardi au samedi, "
           "de 10 h à 19 h."),
    ("en", "Book now!\nLeeds shop: open Tuesday to Saturday, 10am to 7pm."),
])
def test_a_standing_timetable_after_another_sentence_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre boutique de Nancy est ouverte tous les jours, de 8 h à 22 h."),
    ("en", "Our Leeds shop is open every day, from 8am to 10pm."),
])
def test_every_day_with_hours_of_the_brands_place_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le café de la boutique de Nancy est ouvert tous les jours, de 8 h à 22 h."),
    ("en", "The café next to our Leeds shop is open every day, from 8am to 10pm."),
])
def test_every_day_with_hours_of_an_annex_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une question sur votre parquet ? Appelez-nous, nous sommes ouverts le samedi "
           "matin aussi."),
    ("en", "A question about your floor? Give us a call, we're open Saturday mornings too."),
])
def test_a_weekly_saturday_morning_beyond_the_declared_days_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une question sur votre parquet ? Appelez-nous, nous sommes ouverts du lundi "
           "au vendredi."),
    ("en", "A question about your floor? Give us a call, we're open Monday mornings too."),
])
def test_a_weekly_day_within_the_declared_days_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []
