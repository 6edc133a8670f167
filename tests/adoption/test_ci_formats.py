"""CI formats that CI systems accept: SARIF valid against the OASIS 2.1.0 schema with
relative percent-encoded URIs, fingerprints and code-point columns; GitHub annotations
most severe first with a job summary."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import jsonschema
import pytest

from brandlint.cli import main
from brandlint.diagnostics import Diagnostic, Severity
from brandlint.engine import DocumentResult
from brandlint.reporters import make_reporter

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text(
    encoding="utf-8"))
FR = str(ROOT / "profiles" / "lego.yaml")
# RFC 3986 URI-reference characters: nothing raw outside ASCII, no space
URI_CHARS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")


def validate(report: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(report)
    for result in report["runs"][0]["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert URI_CHARS.match(uri), uri


def diagnostic(path: str, severity: Severity = Severity.WARNING, line: int = 1,
               code: str = "BL502", **kwargs) -> Diagnostic:
    return Diagnostic(code=code, name="preferred-term", family="terminology",
                      severity=severity, message="m", path=path, line=line, column=3,
                      end_line=line, end_column=16, text="consommateurs", **kwargs)


def render(fmt: str, results, **context) -> str:
    stream = io.StringIO()
    reporter = make_reporter(fmt, stream, {"base": "/srv/marque", **context})
    for result in results:
        reporter.add(result)
    reporter.finish()
    return stream.getvalue()


def test_sarif_uris_are_relative_and_percent_encoded():
    paths = ["campagnes/été noël.md", "<stdin>", "/srv/marque/sms/rappel.txt",
             "/ailleurs/x y.txt", "./web/a.html"]
    results = [DocumentResult(p, None, "email", "fr", {}, [diagnostic(p)]) for p in paths]
    report = json.loads(render("sarif", results))
    validate(report)
    run = report["runs"][0]
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"]
                 for r in run["results"]]
    assert locations == [
        {"uri": "campagnes/%C3%A9t%C3%A9%20no%C3%ABl.md", "uriBaseId": "%SRCROOT%"},
        {"uri": "%3Cstdin%3E", "uriBaseId": "%SRCROOT%"},
        {"uri": "sms/rappel.txt", "uriBaseId": "%SRCROOT%"},
        {"uri": "file:///ailleurs/x%20y.txt"},
        {"uri": "web/a.html", "uriBaseId": "%SRCROOT%"}]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file:///srv/marque/"}}
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_fingerprints_follow_the_finding_not_its_line():
    def fingerprints(line: int) -> list[str]:
        results = [DocumentResult("a.md", None, "email", "fr", {},
                                  [diagnostic("a.md", line=line),
                                   diagnostic("a.md", line=line + 1)])]
        report = json.loads(render("sarif", results))
        return [r["partialFingerprints"]["brandlintFinding/v1"]
                for r in report["runs"][0]["results"]]

    assert fingerprints(3) == fingerprints(7) and len(set(fingerprints(3))) == 2


def test_sarif_rules_carry_help_and_fixes_are_described():
    results = [DocumentResult("a.md", None, "email", "fr", {}, [diagnostic(
        "a.md", replacement="clients", advice="clients", applicability="safe")])]
    report = json.loads(render("sarif", results))
    validate(report)
    driver = report["runs"][0]["tool"]["driver"]
    assert "example.invalid" not in json.dumps(driver)
    rules = {r["id"]: r for r in driver["rules"]}
    assert "## Why it matters" in rules["BL301"]["help"]["markdown"]
    assert rules["BL301"]["help"]["text"]
    (result,) = report["runs"][0]["results"]
    assert driver["rules"][result["ruleIndex"]]["id"] == "BL502"
    (change,) = result["fixes"][0]["artifactChanges"]
    assert change["replacements"][0]["insertedContent"] == {"text": "clients"}


def test_real_sarif_run_with_accents_spaces_emoji_and_stdin(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "campagnes" / "été noël.txt"
    draft.parent.mkdir()
    draft.write_text("🎁🎄 Nos consommateurs construisent.\n", encoding="utf-8")
    assert main(["check", "campagnes", "--profile", FR, "--select", "BL5", "--format",
                 "sarif", "--no-cache", "--output", "out.sarif"]) == 0
    report = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    validate(report)
    (result,) = report["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "campagnes/%C3%A9t%C3%A9%20no%C3%ABl.txt"
    # two emoji and a space: the word starts at code point 8 (UTF-16 would say 10)
    assert location["region"]["startColumn"] == 8 and location["region"]["endColumn"] == 21
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        b"Nos consommateurs construisent.\n")))
    main(["check", "-", "--profile", FR, "--select", "BL5", "--format", "sarif",
          "--no-cache"])
    report = json.loads(capsys.readouterr().out)
    validate(report)
    (result,) = report["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "%3Cstdin%3E"


def test_github_annotations_most_severe_first_and_a_job_summary(tmp_path):
    results = [DocumentResult("a.md", None, "email", "fr", {}, [
        diagnostic("a.md", Severity.INFO, line=1), diagnostic("a.md", Severity.WARNING, 2)]),
        DocumentResult("b.md", None, "email", "fr", {}, [
            diagnostic("b.md", Severity.ERROR, line=5, code="BL501")])]
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    out = render("github", results, step_summary=str(summary))
    assert [line.split(" ", 1)[0] for line in out.splitlines()] == [
        "::error", "::warning", "::notice", "brandlint:"]
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n## brandlint\n")  # appended, as GitHub wants
    assert "3 problem(s) in 2 document(s): 1 error, 1 warning, 1 info." in written
    assert written.index("| error | b.md:5:3 |") < written.index("| info | a.md:1:3 |")


@pytest.mark.parametrize("fmt", ["github", "text"])
def test_quiet_drops_the_summary_line(fmt):
    results = [DocumentResult("a.md", None, "email", "fr", {}, [diagnostic("a.md")])]
    assert "brandlint:" not in render(fmt, results, quiet=True).splitlines()[-1]
    assert not render(fmt, results, quiet=True).splitlines()[-1].startswith("Found")
