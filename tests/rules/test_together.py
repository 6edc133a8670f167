""""At once" after a whole ("deliver everything at once", "ship them all at once") says the
whole comes in one go — together — not how soon: no delay is promised. The same words
said of one thing ("we'll deliver it at once"), or with the whole as the verb's subject
("everything is shipped at once"), still promise immediacy. French writes the together
sense without a word of delay (« tout livrer en une seule fois »), while « tout livrer
immédiatement » promises one. Firing form and near miss, French and English, on the real
models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Panierlong
language: fr
central_idea:
  statement: "Les commerces du quartier livrés ensemble, à vélo."
  lexicon: [quartier, commerces, vélo]
channels:
  web: {tones: [deal]}
promises:
  response: {within: 48h}
""",
    "en": """
brand: Panierlong
language: en
central_idea:
  statement: "The neighbourhood's shops delivered together, by bike."
  lexicon: [neighbourhood, shops, bike]
channels:
  web: {tones: [deal]}
promises:
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "panierlong", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Order from several shops in the neighbourhood, and we'll deliver everything at once!"),
    ("en", "Fill one basket from three shops: we bring them all at once, by bike."),
    ("fr", "Commandez dans plusieurs commerces du quartier : nous livrons tout en une seule "
           "fois, à vélo."),
])
def test_a_whole_at_once_is_together_and_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Order from the shops in the neighbourhood and we'll deliver it at once, by bike."),
    ("en", "Order before noon: everything is delivered at once, by bike."),
    ("fr", "Commandez dans les commerces du quartier : nous livrons tout immédiatement, à "
           "vélo."),
])
def test_immediacy_said_of_the_delivery_still_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))
