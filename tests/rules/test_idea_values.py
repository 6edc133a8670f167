"""BL103 in other words: copy that argues the opposite of the value the idea stands on
(analysis/values.py), without a word of the profile's `avoid` list."""

from __future__ import annotations

import pytest

from brandlint.analysis.values import active_axes
from tests.conftest import ROOT, codes


@pytest.fixture(scope="module")
def lint_for(engines):
    """lint_for(profile_file)(text, channel) on the session's already-loaded models."""
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    built = {}

    def for_profile(name: str):
        if name not in built:
            profile = load_profile(ROOT / "profiles" / name)
            nlp = engines[profile.language].analyser.nlp
            built[name] = Engine(profile, Analyser(profile, nlp=nlp), Selection.build(profile))
        engine = built[name]

        def run(text: str, channel: str = "web"):
            document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                                channel=channel)
            return next(iter(engine.run([document]))).diagnostics
        return run

    return for_profile


THROWAWAY = {
    "fr": "Portez-la une saison, puis jetez-la. De toute façon, en janvier, elle sera démodée.",
    "en": "Wear it once, throw it away: this jacket will be outdated by January anyway.",
}
KEEP = {
    "fr": "Fini le jetable et le démodé : cette veste se répare et se transmet.",
    "en": "No more disposable, outdated jackets: this one is mended, then handed down.",
}
QUOTED = {
    "fr": "Une cliente nous écrit : « avant, je jetais tout, tout était vite démodé ». "
          "Depuis, elle répare sa veste.",
    "en": "A customer wrote to us: \"I used to throw everything away, it was all outdated "
          "so fast.\" Now she repairs her jacket.",
}
PROFILE = {"fr": "verel.yaml", "en": "verel-en.yaml"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_copy_arguing_the_opposite_value_fires(lint_for, lang):
    found = [d for d in lint_for(PROFILE[lang])(THROWAWAY[lang]) if d.code == "BL103"]
    assert found, THROWAWAY[lang]
    assert {"fr": "avec d'autres mots", "en": "in other words"}[lang] in found[0].message


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dismissing_the_opposite_value_carries_the_idea(lint_for, lang):
    assert "BL103" not in codes(lint_for(PROFILE[lang])(KEEP[lang]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_opposite_value_in_a_customers_words_does_not_fire(lint_for, lang):
    assert "BL103" not in codes(lint_for(PROFILE[lang])(QUOTED[lang]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_service_channels_are_not_asked_for_the_idea(lint_for, lang):
    assert "BL103" not in codes(lint_for(PROFILE[lang])(THROWAWAY[lang], "after_sales"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_value_the_idea_does_not_stand_on_is_not_read(lint, lang):
    # LEGO's idea is creativity, not durability: throwaway words are not its opposite
    assert "BL103" not in codes(lint(THROWAWAY[lang], lang, "web"))


def test_the_idea_picks_its_values_from_lexicon_and_statement():
    assert "durability" in active_axes("en", frozenset({"repair", "last"}),
                                       "Clothes that last.", "repair, last", frozenset())
    assert active_axes("en", frozenset({"creativity"}), "Let every child create.",
                       "creativity", frozenset()) == ("creativity",)
    # one generic statement word alone does not make a value
    assert "inclusion" not in active_axes("en", frozenset({"fast"}),
                                          "Fast parcels for everyone.", "fast", frozenset())


@pytest.mark.parametrize("lang,statement,refused,kept", [
    ("en", "Move at your own pace, without judgement.", "judgement", "pace"),
    ("fr", "Bouger à son rythme, sans jugement.", "jugement", "rythme"),
])
def test_words_the_statement_refuses_are_not_idea_words(engines, lang, statement, refused,
                                                        kept):
    """« sans jugement » says the idea by refusing the word: « pas de jugement » in a
    draft agrees with it and must not read as rejecting the idea."""
    analyser = engines[lang].analyser
    assert refused in analyser.content_lemmas(statement)
    words = analyser.content_lemmas(statement, negated=False)
    assert refused not in words and kept in words


@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Arrête de construire tes modèles toi-même : nos sets arrivent prêts à exposer, "
           "-20 % ce week-end.", True),
    ("fr", "Arrête de chercher le cadeau parfait : construis-le avec nous samedi !", False),
    ("fr", "N'arrête jamais de construire : chaque samedi, un nouveau défi en boutique.",
     False),
    ("en", "We no longer build models with you in store: the workshops are over, pick up "
           "a finished display set instead.", True),
    ("en", "No longer short of ideas: build a new model with us every Saturday.", False),
])
def test_stopping_the_ideas_act_in_the_brands_voice_rejects_it(lint, lang, text, fires):
    assert ("BL103" in codes(lint(text, lang, "web"))) is fires
