"""The engine never loses a document: oversized drafts and failing rules are reported."""

from __future__ import annotations

from brandlint.diagnostics import Severity
from brandlint.rules.base import Rule, RuleDoc
from brandlint.sources import Document, SourceMap


def _doc(text: str, channel: str = "email") -> Document:
    return Document(path="d.txt", text=text, source_map=SourceMap(text), channel=channel)


def test_document_over_the_pipeline_limit_is_bl907_and_the_next_is_checked(engines):
    engine = engines["fr"]
    limit = engine.analyser.nlp.max_length
    engine.analyser.nlp.max_length = 50
    try:
        results = list(engine.run([_doc("Des cadeaux pas chers. " * 5), _doc("Pas cher !")]))
    finally:
        engine.analyser.nlp.max_length = limit
    assert [d.code for d in results[0].diagnostics] == ["BL907"]
    assert "BL501" in [d.code for d in results[1].diagnostics]


def test_a_failing_rule_is_bl908_and_other_rules_still_report(engines):
    engine = engines["fr"]

    def broken(analysis):
        raise RuntimeError("boom")

    rule = Rule("BL599", "broken-rule", Severity.ERROR, "test", RuleDoc("t", "t"), check=broken)
    saved = engine.rules
    engine.rules = (rule, *saved)
    engine.selection.severities["BL599"] = Severity.ERROR
    try:
        (result,) = list(engine.run([_doc("Des cadeaux pas chers.")]))
    finally:
        engine.rules = saved
        del engine.selection.severities["BL599"]
    codes = [d.code for d in result.diagnostics]
    assert "BL908" in codes and "BL501" in codes
    assert "BL599" in next(d.message for d in result.diagnostics if d.code == "BL908")


def test_long_punctuation_run_is_bl912_bounded_and_later_positions_exact(engines):
    import time

    text = "!" * 24_000 + " Des cadeaux pas chers."
    started = time.perf_counter()
    (result,) = list(engines["fr"].run([_doc(text)]))
    assert time.perf_counter() - started < 10  # unbounded: about a minute
    by_code = {d.code: d for d in result.diagnostics}
    assert (by_code["BL912"].line, by_code["BL912"].column) == (1, 1)
    assert "24\u202f000" in by_code["BL912"].message  # a French profile: « 24 000 »
    assert by_code["BL501"].column == text.index("pas chers") + 1
    assert by_code["BL501"].text == "pas chers"


def test_short_punctuation_runs_are_left_alone(engines):
    (result,) = list(engines["fr"].run([_doc("Des cadeaux pas chers !!!!!!!!!!")]))
    assert "BL912" not in [d.code for d in result.diagnostics]


def test_a_document_the_analysis_fails_on_is_bl914_and_the_next_is_checked(engines,
                                                                          monkeypatch):
    engine = engines["fr"]
    real = engine.analyse

    def analyse(document, doc):
        if document.text.startswith("Boom"):
            raise RuntimeError("boom")
        return real(document, doc)

    monkeypatch.setattr(engine, "analyse", analyse)
    first, second = list(engine.run([_doc("Boom pas cher."), _doc("Des cadeaux pas chers.")]))
    assert [d.code for d in first.diagnostics] == ["BL914"]
    assert "BL501" in [d.code for d in second.diagnostics]


def test_endless_sentence_is_read_in_parts_with_bl912_and_exact_positions(engines):
    from brandlint.analysis.bounds import MAX_SENTENCE

    text = "cher " * 1000 + "livré en 24 heures, toujours"
    (result,) = list(engines["fr"].run([_doc(text)]))
    by_code = {d.code: d for d in result.diagnostics}
    (cut,) = [d for d in result.diagnostics if f"lue par morceaux de {MAX_SENTENCE}" in d.message]
    assert (cut.code, cut.line, cut.column) == ("BL912", 1, 1)
    claim = by_code["BL301"]  # "toujours", at the far end of the sentence
    assert claim.column == text.index("toujours") + 1 and claim.text == "toujours"


def test_a_thread_of_nested_quote_marks_is_read_in_clauses_of_30_with_bl912(engines):
    """1,500 nested « > » marks on one line: every mark used to open its own 60-word
    clause, each read in full at every depth (24 s for one reply). Read as clauses of
    30 words, the work is a fixed number of clause readings per word: counted, not
    timed."""
    from brandlint.analysis.features import CLAUSE_REACH, MAX_CLAUSE

    def reads(depth: int) -> tuple[int, list]:
        text = ("Bonjour, nous sommes désolés pour le retard. " + "> " * depth
                + "Nous vous rappelons demain.")
        document = _doc(text, channel="after_sales")
        engine = engines["fr"]
        ((document, doc),) = list(engine.analyser.pipe([document]))
        result, analysis = engine._check(document, doc)
        analysis.reply  # noqa: B018 -- every clause of the reply read
        return len(analysis._frames._read_cache), result.diagnostics

    few, below = reads(MAX_CLAUSE - 10)  # a run of 94 words: read as before
    many, diagnostics = reads(1500)
    assert many <= 5 * (1500 // CLAUSE_REACH + 10)  # at most one per clause and depth
    assert few > MAX_CLAUSE - 10  # below the limit every word still has its own window
    (bounded,) = [d for d in diagnostics if d.code == "BL912"
                  and f"propositions de {CLAUSE_REACH}" in d.message]
    assert "1\u202f504" in bounded.message and (bounded.line, bounded.column) == (1, 46)
    assert "BL912" not in [d.code for d in below]


def test_sentence_parts_agree_for_doc_token_and_span(engines):
    from brandlint.analysis.bounds import MAX_SENTENCE, bound_sentences

    doc = engines["fr"].analyser.nlp("Bonjour. " + "cher " * 650 + "fin.")
    (cut,) = bound_sentences(doc)
    assert cut[1] - cut[0] > MAX_SENTENCE
    parts = list(doc.sents)
    assert all(len(p) <= MAX_SENTENCE for p in parts) and parts[0].text == "Bonjour."
    assert doc[300].sent == doc[250:300].sent == next(p for p in parts if p.start <= 300 < p.end)


def test_ordinary_sentences_are_left_as_the_parser_made_them(engines):
    from brandlint.analysis.bounds import bound_sentences

    doc = engines["fr"].analyser.nlp("Bonjour à tous. Construisez ensemble !")
    assert bound_sentences(doc) == [] and not doc.user_hooks
