"""Round 40 (op41): a related noun named by its place is a name.

A related noun with a proper noun beside it (« la boutique de Vannes ferme à 17 h », "the
Leeds workshop closes at 5pm") says which branch: a name, like the proper noun itself,
and no word of the idea. The same noun without its place's name still goes with the idea,
and the idea said in its own words still comes through beside a branch's name.
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Fil d'Ariane
language: fr
central_idea:
  statement: "Chaque vêtement retouché raconte une histoire qui dure."
  lexicon: [histoire, durer, dure, réparer, réparation, transmettre, soin]
  related: [boutique, atelier, couture, aiguille, fil]
channels:
  store: {tones: [joy]}
""",
    "en": """
brand: Ariadne Thread
language: en
central_idea:
  statement: "Every mended garment tells a story that lasts."
  lexicon: [story, last, lasts, mend, repair, pass on, care]
  related: [shop, workshop, sewing, needle, thread]
channels:
  store: {tones: [joy]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ariane", "store")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code == "BL101"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 31 décembre, la boutique de Vannes ferme à 17 h. Retour le mardi 3 à 10 h."),
    ("en", "New Year's Eve: the Leeds workshop closes at 5pm. Back on Tuesday 3rd from 10am."),
])
def test_a_branch_named_by_its_place_does_not_say_the_idea(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL101"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 31 décembre, la boutique de Vannes ferme à 17 h : le temps de réparer "
           "vos histoires qui durent."),
    ("en", "New Year's Eve: the Leeds workshop closes at 5pm, time to mend the stories "
           "that last."),
])
def test_the_idea_said_beside_a_branch_name_comes_through(lint, lang, text):
    assert codes(lint(lang, text)) == []
