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
