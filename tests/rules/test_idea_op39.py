"""Op39 (issue 7, blind round 34): an adjective of dismissal set after its own noun
(« sans traitement inutile », "with no pointless treatment") qualifies that noun; it does
not dismiss the idea words said before it, as « Protéger la maison ? Inutile. » does.
French and English, firing and near miss, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Verrouline
language: fr
central_idea:
  statement: "Protéger durablement chaque maison."
  lexicon: [protéger, protection, durable, durablement, sûr]
  related: [maison, serrure]
channels:
  web: {tones: [reassurance]}
""",
    "en": """
brand: Verrouline
language: en
central_idea:
  statement: "Protect every home for the long run."
  lexicon: [protect, protection, lasting, safe]
  related: [home, lock]
channels:
  web: {tones: [reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "verrouline-idea", "web")


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Notre serrurier vous explique comment protéger la maison, sans produit inutile.",
     "protéger"),
    ("en", "Our locksmith shows you how to protect the house, with no pointless treatment.",
     "protect"),
])
def test_an_attributive_dismissal_leaves_the_words_before_it(analyse, lang, text, word):
    a = analyse(text, lang)
    token = next(t for t in a.doc if t.lower_ == word)
    assert not a.is_rejected(token)


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Protéger la maison ? Inutile.", "protéger"),
    ("en", "Protecting the house? Pointless.", "protecting"),
])
def test_near_miss_a_dismissal_said_after_the_clause_rejects_it(analyse, lang, text, word):
    a = analyse(text, lang)
    token = next(t for t in a.doc if t.lower_ == word)
    assert a.is_rejected(token)


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Contrôle avant une vente\n\nLe contrôle des serrures est conseillé avant une "
           "vente. Notre serrurier inspecte les accès.\n\nS'il trouve une faiblesse, il vous "
           "explique comment protéger durablement la maison, sans remplacement inutile."),
])
def test_the_idea_after_an_attributive_dismissal_counts(lint, lang, text):
    assert "BL101" not in [d.code for d in lint(lang, text)]
