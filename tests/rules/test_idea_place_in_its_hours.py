"""A place the brand receives its customers in, as the subject of its opening or closing
(« L'atelier sera fermé du 1er au 18 août », "The workshop will be closed on Friday"), names
the place in a notice of its hours — not the idea, even where "workshop" is one of the idea's
words (round 47's touchebois-fr-003; older capitonnet-fr-022, frangeline-fr-014, all labelled
as lacking the idea). The same place doing the idea's work still carries it. FR and EN on the
real models; texts are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Clavecins Sautereau
language: fr
central_idea:
  statement: "Faire revivre, à la main, le son des claviers anciens."
  lexicon: [main, artisan, son, ancien, revivre, atelier, restaurer]
channels:
  social: {tones: [collaboration, storytelling]}
rules:
  BL101: warning
""",
    "en": """
brand: Sautereau Harpsichords
language: en
central_idea:
  statement: "Bringing the sound of early keyboards back to life, by hand."
  lexicon: [hand, craft, sound, early, revive, workshop, restore]
channels:
  social: {tones: [collaboration, storytelling]}
rules:
  BL101: warning
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "sautereau", "social")


def idea_warnings(diagnostics):
    return [d.code for d in diagnostics if d.code == "BL101" and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'atelier sera fermé du 1er au 18 août. Bonnes vacances à tous et rendez-vous à "
           "la rentrée !"),
    ("en", "The workshop will be closed from 1 to 18 August. Happy holidays to all, see you "
           "in September!"),
])
def test_a_notice_of_the_places_hours_lacks_the_idea(lint, lang, text):
    assert "BL101" in idea_warnings(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Cet été, l'atelier fait revivre à la main une épinette de 1680. Venez l'écouter "
           "à la rentrée !"),
    ("en", "This summer the workshop is bringing a 1680 spinet back to life by hand. Come "
           "and hear it in September!"),
])
def test_the_place_doing_the_ideas_work_still_carries_it(lint, lang, text):
    assert "BL101" not in idea_warnings(lint(lang, text))
