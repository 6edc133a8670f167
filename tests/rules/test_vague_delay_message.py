"""A delay written without a figure (« en quelques heures », "within a few hours",
« le jour même ») is reported in the draft's own words: the message must not turn it into
the figure it was read as ("in 4 h", which the draft never says — real-text draw 49, a
judge's remark on alwaysdata). A delay with a figure is still reported as a figure.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Serveline
language: fr
central_idea:
  statement: "Un hébergement simple, tenu par des humains."
  lexicon: [hébergement, humains]
channels:
  web: {tones: [solution]}
promises:
  response: {within: 48h}
""",
    "en": """
brand: Serveline
language: en
central_idea:
  statement: "Simple hosting, run by humans."
  lexicon: [hosting, humans]
channels:
  web: {tones: [solution]}
promises:
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "serveline", "web")


def messages(diagnostics):
    return [d.message for d in diagnostics if d.code == "BL304"]


@pytest.mark.parametrize("lang,text,words", [
    ("fr", "Nous garantissons une mise en service en quelques heures sur nos serveurs "
           "standard.", "quelques heures"),
    ("en", "We guarantee your server is set up within a few hours on standard plans.",
     "a few hours"),
])
def test_a_delay_without_a_figure_is_said_in_the_drafts_words(lint, lang, text, words):
    found = messages(lint(lang, text))
    assert found, text
    assert any(words in m for m in found), found
    assert not any(" 4 h" in m for m in found), found


@pytest.mark.parametrize("lang,text,figure", [
    ("fr", "Nous garantissons une mise en service en deux heures sur nos serveurs "
           "standard.", "2 h"),
    ("en", "We guarantee your server is set up within two hours on standard plans.",
     "2 h"),
])
def test_a_delay_with_a_figure_is_still_said_as_a_figure(lint, lang, text, figure):
    found = messages(lint(lang, text))
    assert found, text
    assert any(figure in m for m in found), found
