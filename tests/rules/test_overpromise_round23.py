"""What heldout25's first run taught the promise and claim readings (round 23).

- Opening hours: "Open 7 days a week" on a poster is the place's state, not an order to
  the reader; one bound said alone ("open until 9 pm", « ouvert dès 6 h ») is a claim of
  how early or late, not a place's timetable; « dès 6 h » after an opening word is an
  opening time (a moment elsewhere: « le camion repartira dès 6 h »); a reciprocal act
  ("members who help each other every day") is nobody's availability.
- A same-day deadline (« le jour même », « dans la journée », "the same evening") is
  within one day: not faster than a 24 h / 1-day commitment, still faster than 48 h.
- Superlatives said of the brand: the object of the reader's choice ("You've picked the
  best bakery in Devon") and a report under *why* (« pourquoi on dit que c'est la
  boulangerie la plus chaleureuse de Bretagne »).
- Absolutes about the offer: "Fresh bread, always baked on site", « vos retouches sont
  illimitées et à vie ».
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

_COMMON = {
    "fr": """
brand: Miettine
language: fr
central_idea:
  statement: "Le bon pain du quartier, cuit sur place."
  lexicon: [pain, quartier, cuire, fournil, levain]
channels:
  web: {tones: [joy]}
  store: {tones: [joy], idea: false}
  email: {tones: [joy], idea: false}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: %s}
  response: {within: 48h}
  availability: {hours: "8-18", days: "mon-fri"}
""",
    "en": """
brand: Miettine
language: en
central_idea:
  statement: "Good bread for the neighbourhood, baked on site."
  lexicon: [bread, neighbourhood, bake, bakery, sourdough]
channels:
  web: {tones: [joy]}
  store: {tones: [joy], idea: false}
  email: {tones: [joy], idea: false}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: %s}
  response: {within: 48h}
  availability: {hours: "8-18", days: "mon-fri"}
""",
}


def _profiles(delivery: str) -> dict[str, str]:
    return {lang: text % delivery for lang, text in _COMMON.items()}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(_profiles("1d"), "miettine", "web")


@pytest.fixture(scope="module")
def lint_48h(lint_profile_texts):
    return lint_profile_texts(_profiles("48h"), "miettine48", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


# -- opening hours -------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "OUR BAKERY\nSourdough and pastries from the oven.\nOpen 7 days a week!"),
    ("en", "OUR BAKERY\nSourdough and pastries from the oven.\nOpen every night until 9 pm!"),
    ("fr", "NOTRE FOURNIL\nLevain et viennoiseries sortis du four.\nOuvert du lundi au vendredi "
           "dès 6 h !"),
])
def test_hours_beyond_the_profile_on_a_poster_fire(lint_with, lang, text):
    assert "BL302" in codes(lint_with(lang, text, "store"))


@pytest.mark.parametrize("lang,text", [
    ("en", "OUR BAKERY\nSourdough and pastries from the oven.\nOpen weekdays until 6 pm!"),
    ("en", "OUR BAKERY\nOpen an account in the app and collect your loaf at the counter."),
    ("fr", "NOTRE FOURNIL\nLevain et viennoiseries sortis du four.\nOuvert du lundi au vendredi "
           "dès 8 h !"),
])
def test_hours_within_the_profile_or_no_hours_do_not_fire(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text, "store"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Le Goff,\n\nLe camion a dû s'arrêter à cause de la neige. Le "
           "chauffeur repartira dès 6 h et nous vous appellerons à 9 h pour fixer l'heure."),
    ("en", "Join our baking club and you become part of a group of neighbours who help "
           "each other every day."),
])
def test_a_moment_or_a_reciprocal_act_is_no_availability(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text, "after_sales"))


# -- same-day deadlines --------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre commande de pains est livrée le jour même, directement au bureau."),
    ("fr", "Votre gâteau d'anniversaire vous est livré dans la journée."),
    ("en", "Pick your cake in the afternoon and we'll have it delivered the same evening."),
])
def test_same_day_is_within_a_one_day_commitment(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre commande de pains est livrée le jour même, directement au bureau."),
    ("en", "Pick your cake in the afternoon and we'll have it delivered the same evening."),
])
def test_same_day_is_faster_than_a_48h_commitment(lint_48h, lang, text):
    assert "BL302" in codes(lint_48h(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre commande de pains est livrée en 2 heures, directement au bureau."),
    ("en", "Your cake will be delivered within two hours, straight to the office."),
])
def test_hours_stay_faster_than_a_one_day_commitment(lint_with, lang, text):
    assert "BL302" in codes(lint_with(lang, text))


# -- superlatives said of the brand --------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Tom,\n\nThanks for your first order. You've picked the best bakery in Devon, "
           "and we can't wait to bake for you."),
    ("fr", "Bonjour Léa,\n\nMerci pour votre première commande. Vous avez choisi la meilleure "
           "boulangerie du Finistère : à très vite !"),
    ("fr", "Bonjour Léa,\n\nVous comprendrez vite pourquoi on dit que c'est la boulangerie la "
           "plus chaleureuse de Bretagne."),
])
def test_a_superlative_said_of_the_brand_chosen_or_reported_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Tom,\n\nYou've picked the best week of the year to try our sourdough."),
    ("fr", "Bonjour Léa,\n\nVous avez choisi le meilleur moment pour goûter notre levain."),
    ("fr", "Bonjour Léa,\n\nVous verrez vite pourquoi nos clients reviennent chaque samedi."),
])
def test_a_chosen_moment_or_a_report_without_ranking_does_not_fire(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text, "email"))


# -- absolutes about the offer ---------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "THE OVEN\nWhere the neighbourhood stops for breakfast.\nFresh bread, always baked "
           "on site, never frozen."),
    ("fr", "RETOUCHES OFFERTES\nPour garder vos gâteaux de fête parfaits, vos retouches sont "
           "illimitées et à vie chez Miettine."),
])
def test_an_absolute_describing_the_offer_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text, "store"))


@pytest.mark.parametrize("lang,text", [
    ("en", "THE OVEN\nWhere the neighbourhood stops for breakfast.\nFresh bread, baked on "
           "site every morning."),
    ("fr", "RETOUCHES OFFERTES\nPour garder vos gâteaux de fête parfaits, vos retouches sont "
           "offertes pendant un an chez Miettine."),
])
def test_the_offer_described_without_an_absolute_does_not_fire(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text, "store"))
