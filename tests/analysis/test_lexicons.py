"""The faster search of a literal phrase list finds what the one alternation finds."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from brandlint.analysis import lexicons
from brandlint.analysis.tone import tone_lexicon

ROOT = Path(__file__).resolve().parents[2]


def _spans(pattern, text):
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tone_phrases_found_as_by_the_alternation_on_every_corpus_text(lang):
    literal = tone_lexicon(lang).literal
    assert isinstance(literal, lexicons.LiteralAlternation)
    texts = [json.loads(line)["text"]
             for path in sorted((ROOT / "corpora" / "eval").rglob(f"*-{lang}.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 500
    found = 0
    for text in texts:
        text = text.replace("’", "'")
        expected = _spans(literal.pattern, text)
        assert _spans(literal, text) == expected, text
        found += len(expected)
    assert found > 30


def test_case_boundaries_overlaps_and_order():
    phrases = ["pas de souci", "pas de", "Souci", "ıl", "s'il", "d'", "x.y", "abc", "abd"]
    fast = lexicons.literal_alternation(phrases, not_before=r"\w'’", not_after=r"\w")
    assert isinstance(fast, lexicons.LiteralAlternation)
    rng = random.Random(3)
    pieces = ["pas de souci", "PAS DE", "souci", "Soucis", "IL", "ıl", "ſ'il", "S'IL", "d'",
              "x.y", "xzy", "abc", "abd", "ab", " ", "  ", "'", "’", "-", "\n", "é", "_"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _spans(fast, text) == _spans(fast.pattern, text), text


def test_a_list_with_a_regular_expression_stays_a_pattern():
    pattern = lexicons.literal_alternation(["re:\\d+ jours", "demain"])
    assert pattern.pattern == lexicons.phrase_pattern(["re:\\d+ jours", "demain"]).pattern
    assert not isinstance(pattern, lexicons.LiteralAlternation)


def test_no_lexicon_repeats_a_key():
    """YAML keeps only the last of two equal keys, silently: a list added under a name
    already taken replaces the first (round 11 lost three findings that way)."""
    from pathlib import Path

    import yaml

    class StrictLoader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            assert key not in seen, f"{node.start_mark.name}:{key_node.start_mark.line + 1}: " \
                                    f"key {key!r} repeated"
            seen.add(key)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    root = Path(__file__).resolve().parents[2] / "brandlint"
    files = sorted(root.rglob("*.yaml"))
    assert files
    for path in files:
        with path.open(encoding="utf-8") as f:
            yaml.load(f, Loader=StrictLoader)


def test_the_same_phrases_give_the_pattern_built_once():
    """Readers ask for their lexicon's pattern once per clause: the same phrases (a list,
    a tuple or a generator alike) and boundaries give back the pattern built the first
    time; other phrases or other boundaries give their own, which match as they should."""
    phrases = ["pas de souci", "no worries", "re:d[eé]sol[eé]"]
    first = lexicons.phrase_pattern(phrases)
    assert lexicons.phrase_pattern(tuple(phrases)) is first
    assert lexicons.phrase_pattern(p for p in phrases) is first
    assert _spans(first, "Désolé, pas de souci !") == [(0, 6, "Désolé"), (8, 20, "pas de souci")]
    hyphen = lexicons.phrase_pattern(phrases, not_before=r"\w-", not_after=r"\w-")
    assert hyphen is not first
    assert _spans(first, "sans-pas de souci") == [(5, 17, "pas de souci")]
    assert _spans(hyphen, "sans-pas de souci") == []
    assert lexicons.phrase_pattern(phrases[:2]) is not first
    assert _spans(lexicons.phrase_pattern(phrases[:2]), "Désolé, pas de souci") == [
        (8, 20, "pas de souci")]
