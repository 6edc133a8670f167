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


_READ_ATTRIBUTES = ("i", "idx", "text", "orth_", "text_with_ws", "whitespace_", "lower_",
                    "lemma_", "pos_", "tag_", "dep_", "is_punct", "is_space", "is_alpha",
                    "is_stop", "like_num", "like_url", "ent_type_", "is_sent_start")


def _corpus_texts(lang: str, limit: int) -> list[str]:
    import json
    from pathlib import Path

    texts = []
    for path in sorted(Path(features.__file__).resolve().parents[2].glob(
            f"corpora/eval/*-{lang}.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return [DRAFTS[lang], "", " ", "\n\n", "Ok.", *texts[:limit]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_read_tokens_answer_every_attribute_as_spacys_tokens(analyse, lang):
    """The listed tokens (ReadTokens, attributes read once from spaCy's arrays) give the
    same values, of the same types, as spaCy's Tokens, on real labelled drafts; they are
    equal to and hash as spaCy's Token of the same index, and a head is the listed token,
    except a root's, which is spaCy's (a new Token at each reading, never the token)."""
    checked = 0
    for text in _corpus_texts(lang, 120):
        doc = analyse(text, lang).doc
        tokens = features.tokens(doc)
        assert len(tokens) == len(doc)
        for token, stock in zip(tokens, doc, strict=True):
            assert type(token).__name__ == "ReadToken"
            for name in _READ_ATTRIBUTES:
                ours, theirs = getattr(token, name), getattr(stock, name)
                assert ours == theirs and type(ours) is type(theirs), (text, token.i, name)
            assert token == stock and stock == token and hash(token) == hash(stock)
            assert token.head == stock.head and token.head.i == stock.head.i
            if stock.head.i == stock.i:
                assert token.head is not token and token.head is not token.head
            else:
                assert token.head is tokens[stock.head.i]
            assert [c.i for c in token.children] == [c.i for c in stock.children]
            assert str(features.morph(token)) == str(stock.morph) or \
                features.morph(token) == features.Morph.read(str(stock.morph))
            checked += 1
        assert features.read_once(doc).text == doc.text
        assert features.head_indices(doc) == [t.head.i for t in doc]
    assert checked > 2000


def test_read_tokens_fall_back_to_spacys_tokens(analyse, monkeypatch):
    """Where spaCy's Token cannot be extended (its internals changed), the list holds
    spaCy's own Tokens and every reading is the same."""
    monkeypatch.setattr(features, "_READ_TOKEN", None)
    doc = analyse(DRAFTS["fr"], "fr").doc
    reading = features.DocReading(doc)
    assert [type(t).__name__ for t in reading.tokens()] == ["Token"] * len(doc)
    assert reading.text == doc.text and reading.heads() == [t.head.i for t in doc]
    # a spaCy whose arrays or Token no longer read as they did: the probe refuses it
    monkeypatch.setattr(features, "_READ_TOKEN", features._UNSET)
    monkeypatch.setattr(features, "_read_tokens", lambda doc, made: 1 / 0)
    assert features._read_token_class(doc) is None
    assert [type(t).__name__ for t in features.DocReading(doc).tokens()] == ["Token"] * len(doc)
