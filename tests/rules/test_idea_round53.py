"""Round 53's read half (heldout59 roseliere-fr-013): a noun set after « sans … et » with a
figure of its own (« devis garanti sans surprise et toiture 100 % étanche ») is a new item of
the list, not a second thing the brand goes without — the idea's word stays affirmed. The
brand turning its idea's words down still fires. French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Roselière Chaumiers
language: fr
central_idea:
  statement: "Des toits de roseau qui protègent les maisons et le paysage."
  lexicon: [roseau, chaume, toit, toiture, paysage, génération]
channels:
  store: {tones: [reassurance]}
""",
    "en": """
brand: Roseliere Thatchers
language: en
central_idea:
  statement: "Reed roofs that protect homes and the landscape."
  lexicon: [reed, thatch, roof, landscape, generation]
channels:
  store: {tones: [reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "roseliere", "store")


def contradicted(diagnostics):
    return [d.code for d in diagnostics if d.code == "BL103"]


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Votre toit de roseau, posé par nos chaumiers de Brière : devis garanti sans "
           "surprise et toiture 100 % étanche.", []),
    ("fr", "Fini le chaume : plus besoin de roseau ni de toiture, passez au bac acier.",
     ["BL103"]),
    ("en", "Your reed roof, laid by our thatchers: a quote with no surprises and a roof 100% "
           "watertight.", []),
    ("en", "Forget thatch: no more reed and no more roof worries, switch to steel sheets.",
     ["BL103"]),
])
def test_an_item_with_its_own_figure(lint, lang, text, expected):
    assert contradicted(lint(lang, text, "store")) == expected
