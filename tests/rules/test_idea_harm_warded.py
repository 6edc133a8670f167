"""A denied harm done to the idea's word wards it off (issue 7, real copy round 24:
BL103 read "without data leaks", « sans aucune analyse des données » as the brand
rejecting *data*, where the data is what the denial keeps safe).

The idea word only says what the denied harm (a leak, an analysis, a sale, tracking)
would be done to; the noun the denial bears on is the harm. A denied idea word that is
the head of the phrase itself still turns the idea down.

The profiles are written here, for a brand of this file.
"""

from __future__ import annotations

import textwrap

import pytest

PROFILES = {
    "fr": """
        brand: Coffrelune
        language: fr
        address: vous
        default_channel: web
        central_idea:
          statement: "Vos données chez vous, sous votre contrôle, en toute confidentialité."
          lexicon: [données, contrôle, confidentialité, vie privée, chez vous]
        channels:
          web:    {tones: [reassurance, solution]}
    """,
    "en": """
        brand: Coffrelune
        language: en
        address: formal
        default_channel: web
        central_idea:
          statement: "Your data at home, under your control, kept private."
          lexicon: [data, control, privacy, private, at home]
        channels:
          web:    {tones: [reassurance, solution]}
    """,
}


@pytest.fixture(scope="module")
def lint(engines, tmp_path_factory):
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    folder = tmp_path_factory.mktemp("profiles")
    built = {}
    for lang, text in PROFILES.items():
        path = folder / f"coffrelune-{lang}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        profile = load_profile(str(path))
        nlp = engines[lang].analyser.nlp
        built[lang] = Engine(profile, Analyser(profile, nlp=nlp), Selection.build(profile))

    def run(text: str, lang: str):
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                            channel="web")
        return next(iter(built[lang].run_analysed([document])))

    return run


def _bl103(lint, text, lang):
    result, _analysis = lint(text, lang)
    return [d for d in result.diagnostics if d.code == "BL103"]


FIRES = [
    # the idea word itself is what the brand turns down
    ("fr", "Pas besoin de contrôle ni de confidentialité : envoyez tout, on s'occupe du "
           "reste."),
    ("en", "No need for control or privacy: send us everything, we handle the rest."),
]


@pytest.mark.parametrize("lang, text", FIRES)
def test_the_idea_word_turned_down_still_fires(lint, lang, text):
    assert [d.code for d in _bl103(lint, text, lang)] == ["BL103"]


NEAR_MISSES = [
    # the denial bears on a harm done to the data: the data is kept safe
    ("fr", "Partagez vos agendas en famille, sans la moindre fuite de données."),
    ("en", "Share family calendars and photo albums without any data leaks."),
    ("fr", "Vos appels restent entre vous, sans aucune revente des données de contact."),
    ("en", "Your calls stay between you: no analysis of your data, no profiling."),
]


@pytest.mark.parametrize("lang, text", NEAR_MISSES)
def test_a_denied_harm_done_to_the_idea_word_is_no_rejection(lint, lang, text):
    assert _bl103(lint, text, lang) == []
