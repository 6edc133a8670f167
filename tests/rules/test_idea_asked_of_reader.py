"""A question put to the reader about their own first try ("Never knitted a scarf?",
« Jamais tricoté de votre vie ? ») talks about the idea's activity and denies nothing:
the idea's word, negated inside it, counts for the idea (BL101 stays quiet) — while the
brand's own refusal of that activity (« Pas besoin de savoir coudre : on s'occupe de
tout ») still argues against it (BL103). The profiles are written here.
"""

from __future__ import annotations

import textwrap

import pytest

PROFILES = {
    "fr": """
        brand: Fil d'Ariane
        language: fr
        default_channel: store
        central_idea:
          statement: "Donner à chacun l'envie de fabriquer de ses propres mains."
          lexicon: [fabriquer, faire soi-même, coudre, couture, tricoter, tricot, broder, créer,
                    apprendre, de ses mains]
        channels:
          store: {tones: [joy]}
          web:   {tones: [storytelling, joy], idea: required}
        rules:
          BL101: warning
    """,
    "en": """
        brand: Fil d'Ariane
        language: en
        default_channel: store
        central_idea:
          statement: "Help everyone make things with their own hands."
          lexicon: [make, making, handmade, sew, sewing, knit, knitting, stitch, craft, learn,
                    own hands]
        channels:
          store: {tones: [joy]}
          web:   {tones: [storytelling, joy], idea: required}
        rules:
          BL101: warning
    """,
}


@pytest.fixture(scope="module")
def lint_craft(lint_profile_texts):
    return lint_profile_texts({k: textwrap.dedent(v) for k, v in PROFILES.items()},
                              "fil-ariane", "store")


def _codes(diagnostics):
    return {d.code for d in diagnostics}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Never knitted a scarf? Perfect. Our Saturday class starts from the very first "
           "row. 10am, £12, tea included."),
    ("fr", "Jamais tricoté de votre vie ? Parfait. L'atelier du samedi commence au premier "
           "rang, 10 h, 12 €, thé compris."),
])
def test_a_question_to_the_reader_about_a_first_try_carries_the_idea(lint_craft, lang, text):
    codes = _codes(lint_craft(lang, text))
    assert "BL101" not in codes and "BL103" not in codes


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "No need to know how to sew: we take care of everything, there's nothing for you "
           "to do. Drop it off, pick it up."),
    ("fr", "Pas besoin de savoir coudre : on s'occupe de tout, vous n'avez rien à faire. "
           "Déposez, récupérez."),
])
def test_the_brand_telling_the_reader_not_to_bother_still_argues_against_it(lint_craft,
                                                                              lang, text):
    assert "BL101" in _codes(lint_craft(lang, text))
