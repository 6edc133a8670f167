"""Reporter output against golden files (regenerate with BRANDLINT_UPDATE_GOLDEN=1)."""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from brandlint.diagnostics import Diagnostic, Severity
from brandlint.engine import DocumentResult
from brandlint.reporters import FORMATS, make_reporter

GOLDEN = Path(__file__).parent / "fixtures" / "golden"


def results() -> list[DocumentResult]:
    promise = Diagnostic(
        code="BL302", name="promise-exceeds-commitment", family="overpromise",
        severity=Severity.ERROR, message="promises delivery 24 h; the profile commits to 3 jours",
        path="campagnes/noel.csv", id="row-17", line=18, column=41, end_line=18,
        end_column=59, text="livré en 24 heures", suggestion="sous 3 jours")
    term = Diagnostic(
        code="BL502", name="preferred-term", family="terminology", severity=Severity.WARNING,
        message="“consommateurs”: LEGO says “client”", path="emails/noel.md", id=None, line=3,
        column=5, end_line=3, end_column=18, text="consommateurs", suggestion="client")
    return [
        DocumentResult("campagnes/noel.csv", "row-17", "email", "fr",
                       {"central_idea": 0.42, "readability": 63.2}, [promise]),
        DocumentResult("emails/noel.md", None, "email", "fr", {"central_idea": 0.9}, [term]),
        DocumentResult("sms/ok.txt", None, "sms", "fr", {}, []),
    ]


def render(fmt: str) -> str:
    stream = io.StringIO()
    reporter = make_reporter(fmt, stream, {"profile": {"brand": "LEGO",
                                                       "path": "profiles/lego.yaml"}})
    for result in results():
        reporter.add(result)
    reporter.finish()
    return stream.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_report_matches_golden_file(fmt):
    output = render(fmt)
    golden = GOLDEN / f"report.{fmt}"
    if os.environ.get("BRANDLINT_UPDATE_GOLDEN"):
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


def test_json_report_has_the_spec_shape():
    data = json.loads(render("json"))
    assert data["summary"] == {"documents": 3, "diagnostics": 2,
                               "by_severity": {"error": 1, "warning": 1, "info": 0}}
    assert [d["path"] for d in data["documents"]] == ["campagnes/noel.csv", "emails/noel.md",
                                                      "sms/ok.txt"]
    diagnostic = data["documents"][0]["diagnostics"][0]
    assert set(diagnostic) >= {"code", "name", "severity", "message", "path", "id", "line",
                               "column", "end_line", "end_column", "text", "suggestion"}


def test_sarif_is_valid_json_with_one_result_per_diagnostic():
    run = json.loads(render("sarif"))["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["BL302", "BL502"]
    assert run["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 18
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"BL302", "BL502"}


def test_github_annotations_escape_commas_and_newlines():
    lines = render("github").splitlines()
    assert lines[0].startswith("::error file=campagnes/noel.csv,line=18,col=41")
    assert "%0ASuggestion: sous 3 jours" in lines[0]
    assert lines[1].startswith("::warning file=emails/noel.md,line=3,col=5")


def test_junit_has_one_case_per_document_and_fails_those_with_findings():
    suite = ET.fromstring(render("junit").split("\n", 1)[1])
    assert suite.get("tests") == "3" and suite.get("failures") == "2"
