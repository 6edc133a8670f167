"""A register word is a word said to the reader (issue 9, real copy round 24): a piece of
a name written with dots ("Img.ur"-like site names) is no text-speak, and a first-person
verb inverted in a question (« Qui sommes-nous ? ») is the brand speaking, not an
imperative said with tu. The same words said to the reader still slip."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Ravinel
language: fr
address: vous
central_idea:
  statement: "Des outils libres pour partager sans dépendre des géants du web."
  lexicon: [libre, partager, outils]
channels:
  web: {tones: [collaboration, reassurance]}
""",
    "en": """
brand: Ravinel
language: en
address: formal
central_idea:
  statement: "Free tools to share without depending on web giants."
  lexicon: [free, share, tools]
channels:
  web: {tones: [collaboration, reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ravinel-register", "web")


def _codes(diagnostics) -> set[str]:
    return {d.code for d in diagnostics}


@pytest.mark.parametrize("lang, text", [
    ("en", "Upload ur pictures and share them with friends, it's free."),
    ("fr", "Montre-nous tes photos et partage-les avec tes amis, c'est libre."),
])
def test_a_word_said_to_the_reader_still_slips(lint_with, lang, text):
    assert "BL204" in _codes(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang, text", [
    ("en", "Our picture host is a free alternative to Snap.ur and similar sites: share "
           "your albums with your friends."),
    ("fr", "Qui sommes-nous ? Une association qui partage des outils libres avec vous."),
    ("fr", "Où allons-nous ensuite ? Vers des outils libres que vous pourrez partager."),
])
def test_a_name_or_the_brands_own_question_is_no_slip(lint_with, lang, text):
    assert "BL204" not in _codes(lint_with(lang, text, "web"))
