"""Round 41 (op46): a superlative ranked against a place, read on the brand.

A superlative set against everyone in a place (« de toute la Bourgogne », "in Wales")
over the brand's offer, or said of "we" by the copula ("we are the best glassblowers in
Wales"), ranks the brand whatever verb carries it (« vous allez découvrir la meilleure
carafe de Bourgogne ») (BL303). A rank by sales or price of a kind of goods ("the most
expensive wine in the world") is a fact about the goods, and a place-scoped superlative
over something not the brand's stays silent.

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
    ("fr", "Merci de votre visite ! Chez nous, vous allez découvrir la meilleure carafe "
           "de toute la Bourgogne : soufflée à la main, sous vos yeux."),
    ("en", "Thanks for dropping in! Visitors come from far away because we are, simply "
           "put, the best glassblowers in Wales."),
])
def test_a_place_ranked_superlative_over_the_offer_or_of_us_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL303"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le saviez-vous ? Il faut dix ans pour faire ce cru, qui est le vin le plus "
           "cher du monde. Nos carafes le servent à merveille."),
    ("en", "Did you know? It takes ten years to make this vintage, which is why it's the "
           "most expensive wine in the world. Our carafes serve it well."),
    ("en", "Thanks for dropping in! From the workshop you can see the highest hill in "
           "Wales."),
])
def test_a_rank_of_goods_by_price_or_of_the_world_in_a_place_does_not(lint, lang, text):
    assert codes(lint(lang, text)) == []
