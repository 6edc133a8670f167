"""Round 41 (op48): a heading of facts that opens its line.

« 🐝 Le saviez-vous ? Le miel ne se périme jamais », "Fun fact 🐝 A worker bee is
always female": the heading is set off by its own « ? », a colon or an emoji, and the
words after it on its line tell how the world is — an absolute there is no claim of the
brand's (BL301), as under a heading on a line of its own. The brand's own things told
there still commit it.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Ambrelle
language: fr
central_idea:
  statement: "Un miel de nos ruches, récolté à la main au fil des saisons."
  lexicon: [miel, ruche, récolter, saison, pot]
  related: [rucher, apiculteur, cire, abeille, fleur]
channels:
  social: {tones: [joy]}
promises:
  delivery: {within: 72h}
""",
    "en": """
brand: Ambrelle
language: en
central_idea:
  statement: "Honey from our own hives, harvested by hand through the seasons."
  lexicon: [honey, hive, harvest, season, jar]
  related: [apiary, beekeeper, wax, bee, flower]
channels:
  social: {tones: [joy]}
promises:
  delivery: {within: 72h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ambrelle", "social")


def codes(diagnostics, family="BL3"):
    return sorted({d.code for d in diagnostics if d.code.startswith(family)
                   and d.severity.name in ("WARNING", "ERROR")})


@pytest.mark.parametrize("lang,text", [
    ("fr", "🐝 Le saviez-vous ? Le miel ne se périme jamais : on en a retrouvé dans des "
           "tombes égyptiennes. Venez goûter le miel de printemps !"),
    ("en", "Did you know? 🐝 Honey never goes off: pots of it were found in Egyptian "
           "tombs. Come and taste the spring honey!"),
    ("en", "Fun fact 🐝 A worker bee is always female. Come and taste the spring honey at "
           "the apiary!"),
])
def test_a_fact_after_a_heading_opening_its_line_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "🐝 Le saviez-vous ? Notre miel ne se périme jamais : gardez-le des années. "
           "Venez goûter le miel de printemps !"),
    ("en", "Fun fact 🐝 Our honey is always perfect, jar after jar, without a single "
           "exception."),
])
def test_the_brands_own_thing_after_the_heading_still_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL301"]


# The concessive superlative (claims lexicon, `superlative_exceptions`): « même le plus
# drôle », "even the best honey" picks the far end of a scale to say "any of them" — no
# competitor is set below the brand's offer. A superlative that ranks the offer still fires.

@pytest.mark.parametrize("lang,text", [
    ("fr", "On a aussi des pots un peu rétro pour vos cadeaux : chaque miel mérite un pot, "
           "même le plus drôle !"),
    ("en", "Even the best honey crystallises in the cold."),
])
def test_a_concessive_superlative_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre miel est le plus doux de France, même en hiver."),
    ("en", "Ambrelle: the best honey in France, even in winter."),
])
def test_a_superlative_that_ranks_the_offer_still_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL303"]


# An age said to be no bar (claims lexicon, `absolute_exceptions`): « on n'est jamais trop
# vieux pour… », "one is never too old to…" is the set phrase of « jamais trop tard », no
# claim of the offer. An absolute said of the offer still fires.

@pytest.mark.parametrize("lang,text", [
    ("fr", "On n'est jamais trop vieux pour découvrir les abeilles : nos ateliers au "
           "rucher accueillent six personnes."),
    ("en", "One is never too old to meet the bees: our apiary workshops welcome six "
           "people."),
])
def test_an_age_said_to_be_no_bar_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre miel ne cristallise jamais, même en hiver."),
    ("en", "Our honey never crystallises, even in winter."),
])
def test_an_absolute_said_of_the_offer_still_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL301"]
