"""The Doc read once (features.DocReading): the fast paths give exactly what spaCy's own
objects and the token-by-token search give, on real drafts of both languages."""

from __future__ import annotations

import random

import pytest

from brandlint.analysis import features

DRAFTS = {
    "fr": "Bonjour Léa,\n\nNous sommes désolés : votre colis est parti hier, et il arrivera "
          "sous 48 h. « Toujours livré à temps » ? Pas cette fois…  Écrivez-nous !\n",
    "en": "Hi Sam,\n\nSorry about the wait: your parcel left yesterday and will arrive within "
          "48 hours. \"Always on time\"? Not this time…  Write to us!\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tokens_and_span_text_are_spacys(analyse, lang):
    doc = analyse(DRAFTS[lang], lang).doc
    tokens = features.tokens(doc)
    assert [(t.i, t.text) for t in tokens] == [(t.i, t.text) for t in doc]
    n = len(doc)
    for start in range(-2, n + 2):
        for end in range(start - 1, n + 3):
            assert features.span_text(doc, start, end) == doc[start:end].text, (start, end)


def test_constant_time_bounds_are_the_token_by_token_search():
    reading = features.DocReading.__new__(features.DocReading)
    rng = random.Random(12)
    for _ in range(500):
        stops = [rng.random() < rng.choice([0.03, 0.2, 0.6]) for _ in range(rng.randint(1, 90))]
        reading._nearest_stops = {}
        for index in range(len(stops)):
            for reach in (1, 3, 30):
                assert reading.bounds(stops, index, reach) == \
                    features._bounds(stops, index, reach), (stops, index, reach)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_clause_and_line_bounds_on_a_draft(analyse, lang):
    doc = analyse(DRAFTS[lang], lang).doc
    reading = features.read_once(doc)
    for i in range(len(doc)):
        assert features.clause_bounds(doc, i, lang) == features._bounds(
            reading.clause_breaks(lang), i, features.CLAUSE_REACH)
        assert features.line_bounds(doc, i) == features._bounds(reading.line_ends(), i, 30)
    # below the long-clause limit, nothing is read in blocks
    assert features.long_clauses(doc, lang) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_morph_read_once_answers_as_spacy(analyse, lang):
    doc = analyse(DRAFTS[lang], lang).doc
    fields = {"Tense", "Mood", "VerbForm", "Person", "Number", "Gender", "Voice", "Missing"}
    for token in doc:
        morph = features.morph(token)
        assert morph is features.morph(token)  # read once
        for field in fields:
            assert morph.get(field) == tuple(token.morph.get(field)), (token.text, field)
    assert any(features.morph(t).get("Tense") for t in doc)


def test_morph_of_a_multi_valued_field():
    morph = features.Morph.read("Mood=Ind|Tense=Fut,Pres|VerbForm=Fin")
    assert morph.get("Tense") == ("Fut", "Pres")
    assert "Fut" in morph.get("Tense") and morph.get("Person") == ()
    assert features.Morph.read("").get("Tense") == ()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_text_forms_heads_and_sentences_read_once_are_spacys(analyse, lang):
    doc = analyse(DRAFTS[lang], lang).doc
    assert features.read_once(doc).text == doc.text
    assert features.forms(doc) == [(t.lemma_.lower(), t.lower_) for t in doc]
    assert features.head_indices(doc) == [t.head.i for t in doc]
    sentences = list(doc.sents)
    assert len(sentences) > 2
    for sentence in sentences:
        assert [t.i for t in features.span_tokens(sentence)] == [t.i for t in sentence]
        assert features.text_of(sentence) == sentence.text


@pytest.mark.parametrize("raw", [
    '{"id": "a", "text": "Livré en 48 h, promis."}',
    '{"id": "a", "text": ""}',
    '{"id": "a", "text": "Bonjour\\nLéa \\u00e9t\\u00e9 \\"cit\\u00e9\\""}',
    '{"text": "a\\\\b", "id": "x"}',
    '{"id": "text", "text": "le mot text"}',
    '{"id": "a", "text": "pas de guillemet fermant',
])
def test_a_row_without_escapes_maps_as_the_character_by_character_reading(raw):
    import json

    from brandlint.sources import align

    try:
        expected = json.loads(raw)["text"]
    except json.JSONDecodeError:
        expected = raw.split('"text": "', 1)[1]
    fast = align.json_string_segments(raw, "text", expected)
    slow = _segments_char_by_char(raw, "text", expected)
    assert fast == slow
    assert fast is not None


def _segments_char_by_char(raw_line: str, key: str, expected: str):
    """The reading before the one-step path: every string value of `key`, character by
    character."""
    import re

    from brandlint.sources.align import _JSON_ESCAPES, _json_unicode_escape

    for m in re.finditer(r'"' + re.escape(key) + r'"\s*:\s*"', raw_line):
        segments, decoded, i, run_start = [], [], m.end(), True
        while i < len(raw_line) and raw_line[i] != '"':
            if raw_line[i] == "\\" and i + 1 < len(raw_line):
                segments.append((len(decoded), i))
                if raw_line[i + 1] == "u":
                    char, i = _json_unicode_escape(raw_line, i)
                    decoded.append(char)
                else:
                    decoded.append(_JSON_ESCAPES.get(raw_line[i + 1], raw_line[i + 1]))
                    i += 2
                run_start = True
                continue
            if run_start:
                segments.append((len(decoded), i))
                run_start = False
            decoded.append(raw_line[i])
            i += 1
        if "".join(decoded) == expected:
            return segments
    return None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_children_read_once_are_spacys_on_corpus_texts(engines, lang):
    """`features.children(token)` gives `token.children` (the same tokens, in the same
    order) on every word of 400 drafts of the labelled development sets, read again
    after another Doc took the one slot."""
    import json

    from tests.conftest import ROOT

    texts = []
    for path in sorted((ROOT / "corpora" / "eval").glob(f"*-{lang}.jsonl")):
        texts += [json.loads(line)["text"] for line in
                  path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 100
    nlp = engines[lang].analyser.nlp
    with_children = 0
    docs = list(nlp.pipe(texts[:400]))
    for doc, other in zip(docs, docs[1:] + docs[:1], strict=True):
        for token in doc:
            expected = [c.i for c in token.children]
            assert [c.i for c in features.children(token)] == expected, (doc.text, token.i)
            with_children += bool(expected)
        features.tokens(other)  # the one slot now holds another Doc
        assert [[c.i for c in features.children(t)] for t in doc] == \
            [[c.i for c in t.children] for t in doc]
    assert with_children > 1000
