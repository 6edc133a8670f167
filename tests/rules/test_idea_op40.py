"""Op40 (issue 7, blind round 35): a bare noun after « à » completing the noun before it
names one object with it (« boîte à lumière », « machine à café »): the idea's word there
names equipment, not the value. With a determiner (« un hommage à la lumière ») it is the
word itself. French (the pattern is French's own), with an English check that the idea's
word said plainly still counts."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Grainelle
language: fr
central_idea:
  statement: "Des images vraies et lumineuses, faites pour durer."
  lexicon: [lumière, lumineux, vrai, souvenir, mémoire]
channels:
  web: {tones: [storytelling]}
""",
    "en": """
brand: Grainelle
language: en
central_idea:
  statement: "True, luminous pictures, made to last."
  lexicon: [light, luminous, true, memory, memories]
channels:
  web: {tones: [storytelling]}
""",
}


@pytest.fixture(scope="module")
def run(analyse_profile_texts):
    return analyse_profile_texts(PROFILES, "grainelle-idea")


def idea_words(analysis):
    from brandlint.analysis.idea import score_idea

    return [t.lower_ for t in score_idea(analysis).idea_tokens]


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Matériel : 3 flashes, deux boîtes à lumière, des réflecteurs.", "lumière"),
    ("fr", "Pour les retouches, une lampe à lumière noire et un écran calibré.", "lumière"),
])
def test_a_noun_in_a_compound_name_is_not_the_idea(run, lang, text, word):
    assert word not in idea_words(run(text, lang, "web"))


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Nos portraits sont un hommage à la lumière du lac.", "lumière"),
    ("fr", "Une boîte pleine de lumière.", "lumière"),
    ("en", "Our portraits are a tribute to the light on the lake.", "light"),
])
def test_near_miss_the_word_said_plainly_counts(run, lang, text, word):
    assert word in idea_words(run(text, lang, "web"))
