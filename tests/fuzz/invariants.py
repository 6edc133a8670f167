"""What must hold for every fuzzed case, whatever the input (issue 14)."""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import unquote

# Codes that mean brandlint itself failed on a document (a rule, or a reader's catch-all):
# the run survived, but a crash was hidden behind a diagnostic.
INTERNAL_FAILURES = {"BL908", "BL914"}

_LINE_BREAK = re.compile(r"\r\n?|\n")
_GITHUB_PROPERTY = r"[^,:\r\n]*"
_GITHUB_COMMAND = re.compile(
    rf"::(error|warning|notice) file={_GITHUB_PROPERTY},line=(\d+),col=(\d+),"
    rf"endLine=(\d+),endColumn=(\d+),title=(?P<title>{_GITHUB_PROPERTY})::[^\r\n]*")
_GITHUB_SUMMARY = re.compile(r"brandlint: \d+ problem\(s\) in (\d+) document\(s\)")
_TEXT_SUMMARY = re.compile(r"(?:All clear: (\d+) documents? checked\.|Found \d+ problems? "
                           r"\([^)]*\) in (\d+) documents?\."
                           # a French profile's report
                           r"|Rien à signaler : (\d+) documents? vérifiés?\."
                           r"|\d+ problèmes? \([^)]*\) dans (\d+) documents?\.)")


def file_lines(data: bytes) -> list[str]:
    """The file's lines as an editor shows them (`\\r\\n`, `\\r` and `\\n` end a line)."""
    text = data.decode("utf-8-sig", errors="replace")
    return _LINE_BREAK.split(text)


def position_inside(lines: list[str], line: int, column: int) -> bool:
    """1-based (line, column) inside a file of `lines`: column may point just past the end.
    Lenient on what counts as a line so that both `\\n`-only and editor line counting pass:
    a line number up to the editor's count, a column up to the longest line's length + 1."""
    if not 1 <= line <= len(lines):
        return False
    longest = max(len(text) for text in lines)
    return 1 <= column <= max(len(lines[line - 1]), longest) + 1


def check_positions(diagnostics: list[dict], files: dict[str, bytes]) -> None:
    """Every diagnostic's start and end lie inside its file, start before end."""
    for d in diagnostics:
        data = files.get(d["path"])
        assert data is not None, f"diagnostic for a path that was not an input: {d['path']!r}"
        lines = file_lines(data)
        for line, column in ((d["line"], d["column"]), (d["end_line"], d["end_column"])):
            assert position_inside(lines, line, column), (
                f"{d['code']} at {line}:{column} is outside {d['path']} "
                f"({len(lines)} lines)")
        assert (d["line"], d["column"]) <= (d["end_line"], d["end_column"]), d


def check_no_internal_failure(codes: list[str]) -> None:
    failed = INTERNAL_FAILURES.intersection(codes)
    assert not failed, f"internal failure reported as a diagnostic: {sorted(failed)}"


def parse_json_report(out: str) -> dict:
    report = json.loads(out)
    assert set(report) >= {"brandlint", "profile", "summary", "documents"}
    assert report["summary"]["documents"] == len(report["documents"])
    assert report["summary"]["diagnostics"] == sum(len(d["diagnostics"])
                                                   for d in report["documents"])
    return report


def check_sarif(out: str) -> list[dict]:
    """SARIF 2.1.0's shape; returns the results as JSON-report-like diagnostics."""
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    assert run["tool"]["driver"]["name"] == "brandlint"
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    diagnostics = []
    for result in run["results"]:
        assert result["ruleId"] in rule_ids
        assert result["level"] in ("error", "warning", "note")
        assert isinstance(result["message"]["text"], str) and result["message"]["text"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        region = physical["region"]
        uri = physical["artifactLocation"]["uri"]  # relative to %SRCROOT%, percent-encoded
        assert physical["artifactLocation"].get("uriBaseId") == "%SRCROOT%", uri
        diagnostics.append({"code": result["ruleId"], "path": unquote(uri),
                            "line": region["startLine"], "column": region["startColumn"],
                            "end_line": region["endLine"], "end_column": region["endColumn"]})
    return diagnostics


def check_junit(out: str) -> list[str]:
    """Valid XML with one test case per document; returns the test case names."""
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    cases = list(root.iter("testcase"))
    assert int(root.get("tests")) == len(cases)
    assert sum(int(s.get("tests")) for s in root.findall("testsuite")) == len(cases)
    return [c.get("name") for c in cases]


def check_github(out: str) -> tuple[list[dict], int]:
    """Every line a well-formed workflow command or the summary; returns the annotations
    and the number of documents the summary gives."""
    lines = out.split("\n")
    assert lines[-1] == "", "the report does not end with a line break"
    *body, summary = lines[:-1]
    match = _GITHUB_SUMMARY.fullmatch(summary)
    assert match, f"last line is not the summary: {summary!r}"
    annotations = []
    for line in body:
        command = _GITHUB_COMMAND.fullmatch(line)
        assert command, f"not a well-formed workflow command: {line[:200]!r}"
        annotations.append(command)
    return annotations, int(match[1])


def check_text(out: str) -> int:
    """No raw control character but line breaks; returns the summary's document count."""
    bad = sorted({repr(ch) for ch in out if ch != "\n" and unicodedata.category(ch) == "Cc"})
    assert not bad, f"raw control characters in the text report: {bad}"
    lines = out.rstrip("\n").split("\n")
    match = _TEXT_SUMMARY.fullmatch(lines[-1])
    assert match, f"last line is not the summary: {lines[-1]!r}"
    return int(next(g for g in match.groups() if g))
