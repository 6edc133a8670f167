"""A name in quotation marks set after a noun or an article (« Coffret « Mémoire de
famille » », "the “Family Memory” box") names a product or an offer: its words are not
the central idea said. A price-only sheet whose only idea words sit in that name does not
carry the idea; the same name beside a sentence that says the idea does; a quoted sentence
(a verb of its own) is words said, not a name.
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Atelier Plume
language: fr
central_idea:
  statement: "Mettre en valeur chaque souvenir de famille."
  lexicon: [souvenir, famille, mémoire, transmettre]
  related: [cadre, photo, tirage, album]
  avoid: [promo, remise, "@price"]
channels:
  shop: {tones: [deal]}
""",
    "en": """
brand: Atelier Plume
language: en
central_idea:
  statement: "Give every family memory its best light."
  lexicon: [memory, memories, family, keepsake, hand down]
  related: [frame, print, photo, album]
  avoid: [discount, deal, "@price"]
channels:
  shop: {tones: [deal]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "plumeidea", "shop")


def bl101(diagnostics):
    return [d for d in diagnostics if d.code == "BL101"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Album cadeau « Mémoire de famille » — 89 € au lieu de 110 €\n"
           "Offre valable jusqu'au 30 juin. Paiement en 3 fois sans frais."),
    ("en", "The “Family Memory” gift album — £79 instead of £95\n"
           "Offer ends 30 June. Pay in 3 instalments."),
])
def test_a_price_sheet_with_the_idea_only_in_a_quoted_name_fires(lint, lang, text):
    assert bl101(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Album cadeau « Mémoire de famille » — 89 €\n"
           "Pour transmettre à vos enfants les souvenirs de famille qui comptent."),
    ("en", "The “Family Memory” gift album — £79\n"
           "Hand down the family memories that matter to your children."),
])
def test_the_same_name_beside_the_idea_said_does_not_fire(lint, lang, text):
    assert not bl101(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre devise « Transmettre la mémoire de chaque famille » — album à 89 €."),
    ("en", "Our motto “Hand down every family's memory” — albums from £79."),
])
def test_a_quoted_motto_with_a_verb_still_says_the_idea(lint, lang, text):
    assert not bl101(lint(lang, text))
