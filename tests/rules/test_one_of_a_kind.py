"""A kind in general under the indefinite article (frame, `_one_of_a_kind`).

« Un érable du Japon perd toujours ses feuilles en automne », "A ficus is never watered in
full sun": a singular noun under « un / une », "a / an", in a clause of the present that
names no party of the message, is any one of a kind — how the world or a rule of the
craft is, not what the brand's own does. An absolute there is no claim (BL301). The
brand's own (« notre », its name, « chez nous »), the reader, or a future still commit it.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Feuillerie
language: fr
central_idea:
  statement: "Des arbres et des plantes qui grandissent avec vous."
  lexicon: [arbre, plante, grandir, pépinière]
  related: [érable, ficus, bonsaï, feuille, racine, pot]
channels:
  web: {tones: [solution]}
promises:
  delivery: {within: 5d}
""",
    "en": """
brand: Feuillerie
language: en
central_idea:
  statement: "Trees and plants that grow with you."
  lexicon: [tree, plant, grow, nursery]
  related: [maple, ficus, bonsai, leaf, root, pot]
channels:
  web: {tones: [solution]}
promises:
  delivery: {within: 5d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "feuillerie", "web")


def codes(diagnostics):
    return sorted({d.code for d in diagnostics if d.code.startswith("BL3")
                   and d.severity.name in ("WARNING", "ERROR")})


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un érable du Japon perd toujours ses feuilles en automne : c'est un arbre caduc."),
    ("fr", "Un ficus n'est jamais arrosé en plein soleil : c'est la règle d'or de l'arrosage."),
    ("en", "A ficus is never watered in full sun: that's the golden rule."),
    ("en", "A maple never loses its leaves in summer."),
])
def test_one_of_a_kind_in_the_present_is_the_world(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre érable ne perd jamais ses feuilles."),
    ("fr", "Un érable Feuillerie ne perd jamais ses feuilles."),
    ("fr", "Un érable de chez nous ne meurt jamais."),
    ("fr", "Un érable ne perdra jamais ses feuilles avec cet engrais."),
    ("fr", "Un érable vous accompagne toujours, saison après saison."),
    ("en", "Our maple never loses its leaves."),
    ("en", "A Feuillerie maple never loses its leaves."),
    ("en", "A maple will never let you down."),
    ("en", "A maple from our nursery never dies."),
])
def test_the_brands_own_the_reader_or_a_future_still_fire(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL301"]
