"""BL303 on real text (rt43): a superlative said of a kind that the copy shows by other
makers' named things ("frameworks like React or Svelte", « les frameworks comme React »)
ranks third parties, not the brand's offer — also when a pronoun takes the kind up after a
fronted phrase ("With their patterns, they are…", « Avec leurs motifs, ils sont… »). The
same sentences about the brand's own frameworks still fire. Profiles of the real-text
check (alwaysdata)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engines():
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    built = {}
    for lang, name in (("en", "real-alwaysdata-en.yaml"), ("fr", "real-alwaysdata-fr.yaml")):
        profile = load_profile(ROOT / "profiles" / name)
        built[lang] = Engine(profile, Analyser(profile), Selection.build(profile))
    return built


def superlatives(engines, lang, text):
    from brandlint.sources import Document, SourceMap

    document = Document(path="post.txt", text=text, source_map=SourceMap(text), channel="blog")
    result = next(iter(engines[lang].run([document])))
    return [d.text for d in result.diagnostics if d.code == "BL303"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Then came reactive frameworks, like React, Vue.js or Svelte. With their clean "
           "patterns, they are the fastest UI libraries around."),
    ("fr", "Les frameworks comme React sont arrivés ensuite. Avec leurs motifs, ils sont "
           "les bibliothèques les plus rapides qui existent."),
])
def test_superlative_of_a_kind_shown_by_others_names_does_not_fire(engines, lang, text):
    assert superlatives(engines, lang, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Then came our reactive frameworks. With their clean patterns, they are the "
           "fastest UI libraries around."),
    ("fr", "Nos frameworks sont arrivés ensuite. Avec leurs motifs, ils sont les "
           "bibliothèques les plus rapides qui existent."),
])
def test_superlative_of_the_brands_own_frameworks_still_fires(engines, lang, text):
    assert superlatives(engines, lang, text) != []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Then came reactive frameworks, like React or Svelte. With their clean patterns, "
           "they changed the web.", "third_party"),
    ("en", "Then came our reactive frameworks. With their clean patterns, they changed the web.",
     "product"),
])
def test_pronoun_after_a_fronted_phrase_takes_up_the_sentence_before(engines, lang, text,
                                                                     expected):
    engine = engines[lang]
    from brandlint.sources import Document, SourceMap

    document = engine.resolve_channel(Document(path="post.txt", text=text,
                                               source_map=SourceMap(text), channel="blog"))
    (resolved, doc), = list(engine.analyser.pipe([document]))
    analysis = engine.analyse(resolved, doc)
    pronoun = next(t for t in doc if t.lower_ == "they")
    assert analysis.frame(pronoun).holder == expected
