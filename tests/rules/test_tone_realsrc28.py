"""Round 28 tone (Nos Gestes Climat, judged in docs/realtext/realsrc28-judging.md; the texts
below are our own):

- release notes — what was fixed and what is new in the product — name the bugs they fixed
  (no frustration of the brand's), tell in passives what changed (no cold notice) and
  announce features (news, whatever tone they lean to);
- a share text the reader sends a friend, in the first person singular, says tu in the
  sender's voice, not the brand's."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Mijotin
language: fr
address: vous
central_idea:
  statement: "Des recettes simples pour cuisiner chaque jour."
  lexicon: [recette, cuisine, courses, minuteur]
channels:
  web: {tones: [solution, collaboration]}
  news: {tones: [storytelling, joy]}
  app: {tones: [solution], service: true}
""",
    "en": """
brand: Mijotin
language: en
address: formal
central_idea:
  statement: "Simple recipes to cook every day."
  lexicon: [recipe, cooking, shopping, timer]
channels:
  web: {tones: [solution, collaboration]}
  news: {tones: [storytelling, joy]}
  app: {tones: [solution], service: true}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "mijotin28t", "news")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL2")}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des bugs réparés\nIl était impossible et compliqué d'ajouter une recette aux favoris "
           "depuis un vieux téléphone : ce bouton a été réparé !\nLe minuteur était bloqué, "
           "frustrant, pénible... c'est aussi réparé !"),
    ("en", "Bugs fixed\nAdding a recipe to your favourites was impossible and frustrating on old "
           "phones: the button has been fixed!\nThe timer was stuck and annoying... that has "
           "also been fixed."),
])
def test_release_notes_name_the_bugs_they_fixed(lint, lang, text):
    assert "BL206" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Il est impossible et compliqué d'ajouter une recette aux favoris, c'est frustrant "
           "et pénible."),
    ("en", "Adding a recipe to your favourites is impossible and frustrating, it's annoying."),
])
def test_frustration_told_with_no_fix_is_still_read(lint, lang, text):
    assert "BL206" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Accueil simplifié\nLa page d'accueil a été simplifiée : le bouton « Commencer » "
           "n'est plus affiché à côté du bouton « Participer », qui doit être cliqué pour "
           "rejoindre un atelier."),
    ("en", "Simplified welcome\nThe welcome page has been simplified: the \"Start\" button is no "
           "longer displayed next to the \"Join\" button, which must be clicked to join a "
           "workshop."),
])
def test_release_note_passives_are_no_cold_notice(lint, lang, text):
    assert "BL207" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Your access has been suspended. The account must be verified in accordance with "
           "the applicable rules. No further correspondence will be entered into."),
])
def test_notice_of_a_readers_case_is_still_cold(lint, lang, text):
    assert "BL207" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Voici mon score de cuisine de la semaine ; tu fais mieux ?"),
    ("en", "Hey, here's my cooking score this week, gonna beat it?"),
])
def test_share_text_in_the_senders_voice_keeps_its_register(lint, lang, text):
    assert "BL204" not in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Voici ton score de cuisine de la semaine ; tu fais mieux ?"),
    ("en", "Hey, here's your cooking score this week, gonna beat it?"),
])
def test_brand_saying_tu_is_still_a_register_slip(lint, lang, text):
    assert "BL204" in codes(lint(lang, text, "web"))
