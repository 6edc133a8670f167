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
        end_column=59, text="livré en 24 heures", suggestion="sous 3 jours",
        advice="sous 3 jours")
    term = Diagnostic(
        code="BL502", name="preferred-term", family="terminology", severity=Severity.WARNING,
        message="“consommateurs”: LEGO says “client”", path="emails/noel.md", id=None, line=3,
        column=5, end_line=3, end_column=18, text="consommateurs", suggestion="clients",
        replacement="clients", advice="clients", applicability="safe")
    return [
        DocumentResult("campagnes/noel.csv", "row-17", "email", "fr",
                       {"central_idea": 0.42, "readability": 63.2}, [promise]),
        DocumentResult("emails/noel.md", None, "email", "fr", {"central_idea": 0.9}, [term]),
        DocumentResult("sms/ok.txt", None, "sms", "fr", {}, []),
    ]


def render(fmt: str, **context) -> str:
    stream = io.StringIO()
    reporter = make_reporter(fmt, stream, {"profile": {"brand": "LEGO",
                                                       "path": "profiles/lego.yaml"},
                                           "base": "/srv/marque", **context})
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


def test_junit_has_one_case_per_document_and_fails_those_at_or_above_fail_on():
    root = ET.fromstring(render("junit").split("\n", 1)[1])
    assert root.tag == "testsuites" and root.get("tests") == "3"
    assert root.get("failures") == "1"  # the warning is listed, not failed (--fail-on error)
    (warned,) = [c for c in root.iter("testcase") if c.get("name") == "emails/noel.md"]
    assert warned.find("failure") is None and "BL502" in warned.find("system-out").text
    assert warned.find("properties/property").attrib == {"name": "brandlint.warning",
                                                         "value": "1"}
    stricter = ET.fromstring(render("junit", fail_on="warning").split("\n", 1)[1])
    assert stricter.get("failures") == "2"
    never = ET.fromstring(render("junit", fail_on="never").split("\n", 1)[1])
    assert never.get("failures") == "0"


# --- document-controlled strings, escaped for each medium -------------------------------

HOSTILE = "a\x1b[31mb\r\n::error file=x::pwned\x00\x0c\u202e%,: \ud800\ufffe"


def hostile_results() -> list[DocumentResult]:
    bad = Diagnostic(
        code="BL904", name="unknown-channel", family="input", severity=Severity.ERROR,
        message=f"unknown channel `{HOSTILE}`", path=f"drafts/{HOSTILE}.csv", id=HOSTILE,
        line=2, column=1, end_line=2, end_column=1, text=HOSTILE, suggestion=HOSTILE)
    return [DocumentResult(f"drafts/{HOSTILE}.csv", HOSTILE, HOSTILE, "fr", {}, [bad])]


def render_hostile(fmt: str) -> bytes:
    stream = io.StringIO()
    reporter = make_reporter(fmt, stream, {"profile": {"brand": "LEGO", "path": "p.yaml"}})
    for result in hostile_results():
        reporter.add(result)
    reporter.finish()
    return stream.getvalue().encode("utf-8")  # a lone surrogate would fail here


def test_github_document_text_cannot_start_a_workflow_command():
    lines = render_hostile("github").decode().split("\n")
    assert len(lines) == 3 and lines[2] == ""      # one annotation, the summary, nothing else
    command, message = lines[0].split("::", 2)[1:]
    assert "\r" not in lines[0] and "\x1b" not in lines[0] and "\x00" not in lines[0]
    assert "%25%2C%3A" in command                  # `%,:` in a property (file, title)
    assert "\\r\\n::error" in message               # shown, on the same line: inert
    assert "%0ASuggestion:" in message


def test_text_shows_control_characters_instead_of_obeying_them():
    out = render_hostile("text").decode()
    assert "\x1b" not in out and "\x00" not in out and "\u202e" not in out
    assert "\\x1b[31m" in out and "\\u202e" in out
    assert len(out.splitlines()) == 4              # diagnostic, quote, suggestion, summary
    assert "\ufffd" in out


def test_junit_is_valid_xml_whatever_the_documents_hold():
    suite = ET.fromstring(render_hostile("junit").decode().split("\n", 1)[1])
    (case,) = suite.iter("testcase")
    assert "\\x1b" in case.get("name") and "\\x00" in case.find("failure").text


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_and_sarif_stay_valid_utf8_with_lone_surrogates(fmt):
    data = json.loads(render_hostile(fmt))
    text = json.dumps(data, ensure_ascii=False)
    assert "\ud800" not in text and "\ufffd" in text
    if fmt == "json":
        diagnostic = data["documents"][0]["diagnostics"][0]
        assert diagnostic["text"].startswith("a\x1b[31mb\r\n")  # JSON keeps the data exact


def _many(count: int) -> list[DocumentResult]:
    """`count` documents over three files, a finding in two of every three."""
    base = results()
    out = []
    for i in range(count):
        template = base[i % 3]
        diagnostics = [d.__class__(**{**d.__dict__, "id": f"row-{i}", "path": template.path})
                       for d in template.diagnostics]
        out.append(DocumentResult(template.path, f"row-{i}", template.channel, "fr",
                                  template.scores, diagnostics))
    return sorted(out, key=lambda r: r.path)  # one suite a file, as a real run gives


def _render_many(fmt: str, documents) -> str:
    stream = io.StringIO()
    reporter = make_reporter(fmt, stream, {"profile": {"brand": "LEGO"}, "base": "/srv"})
    for result in documents:
        reporter.add(result)
    reporter.finish()
    return stream.getvalue()


def test_streamed_sarif_is_laid_out_as_the_whole_document_would_be():
    output = _render_many("sarif", _many(50))
    payload = json.loads(output)
    assert len(payload["runs"][0]["results"]) == 34
    assert output == json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def test_streamed_junit_is_laid_out_as_the_whole_tree_would_be():
    output = _render_many("junit", _many(50))
    head, body = output.split("\n", 1)
    root = ET.fromstring(body)
    assert [int(s.get("tests")) for s in root] == [17, 17, 16]
    assert root.get("tests") == "50" and root.get("failures") == "17"
    ET.indent(root)
    assert body == ET.tostring(root, encoding="unicode") + "\n"


@pytest.mark.parametrize("fmt", ["sarif", "junit", "json"])
def test_reports_do_not_hold_the_batch_in_memory(fmt):
    import tracemalloc

    def peak(count: int) -> int:
        documents = iter(_many(count))  # built before tracing: only the reporter counts
        reporter = make_reporter(fmt, _Discard(), {"profile": {}, "base": "/srv"})
        tracemalloc.start()
        for result in documents:
            reporter.add(result)
        held = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        return held

    small, large = peak(200), peak(2200)
    # a result kept costs kilobytes; what grows here is SARIF's per-finding fingerprint
    # count (a small tuple a finding)
    assert large - small < 2000 * 400


class _Discard:
    def write(self, text: str) -> int:
        return len(text)

    def isatty(self) -> bool:
        return False
