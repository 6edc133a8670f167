"""--statistics, --quiet, --stdin-filename and --format gitlab on the real French model."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from brandlint.cli import main
from brandlint.reporters.locations import fingerprint

# these tests read the command line's English wording (tests/i18n: the French)
pytestmark = pytest.mark.usefixtures("english_reports")

ROOT = Path(__file__).resolve().parents[2]
FR = str(ROOT / "profiles" / "lego.yaml")
DRAFT = ("Nos consommateurs adorent construire. Chaque consommateur imagine.\n"
         "Des cadeaux pas cher.\n")


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "noel.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def run(capsys, *args):
    code = main(["check", *args, "--profile", FR, "--select", "BL5", "--no-cache"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_statistics_counts_findings_per_rule_most_frequent_first(here, capsys):
    code, out, _ = run(capsys, "noel.txt", "--statistics")
    assert out == "2\tBL502\tpreferred-term\n1\tBL501\tforbidden-term\n" and code == 1


def test_statistics_with_a_structured_format_is_a_usage_error(here, capsys):
    code, _, err = run(capsys, "noel.txt", "--statistics", "--format", "json")
    assert code == 2 and "--statistics" in err


def test_quiet_prints_the_findings_and_nothing_else(here, capsys):
    _, loud, _ = run(capsys, "noel.txt")
    code, quiet, _ = run(capsys, "noel.txt", "--quiet")
    assert loud.startswith(quiet) and "Found 3 problems" in loud and "Found" not in quiet
    assert quiet.count("noel.txt:") == 3 and code == 1


def test_stdin_filename_gives_the_format_front_matter_channel_and_path(here, capsys,
                                                                       monkeypatch):
    (here / ".brandlint.yaml").write_text(
        f'profile: {FR}\nchannels:\n  "sms/*": sms\nexclude: ["archive/*"]\n', encoding="utf-8")
    markdown = "---\nid: rappel\n---\n# Rappel\n\nVotre **consommateur** `pas cher` attend.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(markdown.encode())))
    code = main(["check", "-", "--stdin-filename", "sms/rappel.md", "--format", "json",
                 "--no-cache"])
    report = json.loads(capsys.readouterr().out)
    (document,) = report["documents"]
    assert (document["path"], document["channel"]) == ("sms/rappel.md", "sms")
    found = {(d["code"], d["line"], d["column"]) for d in document["diagnostics"]}
    assert ("BL502", 6, 9) in found          # Markdown read: the position is in the file
    assert not [c for c, _, _ in found if c == "BL501"]  # inline code is not prose
    # the file the editor names is excluded: nothing is checked, as ruff does
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(markdown.encode())))
    code = main(["check", "-", "--stdin-filename", "archive/old.md", "--force-exclude",
                 "--format", "json", "--no-cache"])
    assert json.loads(capsys.readouterr().out)["documents"] == [] and code == 0


def test_stdin_filename_without_stdin_is_a_usage_error(here, capsys):
    code, _, err = run(capsys, "noel.txt", "--stdin-filename", "a.md")
    assert code == 2 and "add `-`" in err


def test_gitlab_code_quality_report_and_stable_fingerprints(here, capsys):
    _, out, _ = run(capsys, "noel.txt", "--format", "gitlab")
    issues = json.loads(out)
    assert [i["check_name"] for i in issues] == ["BL502 preferred-term", "BL502 preferred-term",
                                                 "BL501 forbidden-term"]
    assert {i["severity"] for i in issues} == {"minor", "major"}
    assert issues[0]["location"]["path"] == "noel.txt"
    assert issues[0]["location"]["positions"]["begin"] == {"line": 1, "column": 5}
    assert len({i["fingerprint"] for i in issues}) == 3
    (here / "noel.txt").write_text("Bonjour !\n\n" + DRAFT, encoding="utf-8")
    _, out, _ = run(capsys, "noel.txt", "--format", "gitlab")
    moved = json.loads(out)
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in issues]
    assert moved[0]["location"]["positions"]["begin"]["line"] == 3


def test_fingerprint_tells_occurrences_apart():
    assert fingerprint("BL502", "a.txt", None, "x", 1) != fingerprint("BL502", "a.txt", None,
                                                                      "x", 2)
