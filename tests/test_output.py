"""--output never destroys a user's file: an input is refused (exit 2, byte-identical),
a report is written whole or not at all, and a report inside a checked folder is not
checked as a draft."""

from __future__ import annotations

import io
import json
import os

import pytest

from brandlint.cli import main
from brandlint.output import _is_report, atomic_output
from brandlint.reporters import FORMATS, make_reporter
from tests.conftest import PROFILES
from tests.test_reporters import results

# these tests read the command line's English wording (tests/i18n: the French)
pytestmark = pytest.mark.usefixtures("english_reports")

DRAFT = "Construisez votre monde et imaginez de nouvelles aventures avec vos enfants.\n"


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path / "drafts"


def check(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", *args, "--profile", str(PROFILES["fr"]), "--no-cache"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("output", ["drafts/a.md", "./drafts/../drafts/a.md", "link.md"])
def test_output_onto_a_named_input_exits_2_and_leaves_it_byte_identical(drafts, capsys,
                                                                        output):
    os.symlink("drafts/a.md", "link.md")
    code, out, err = check(capsys, "drafts/a.md", "--output", output)
    assert code == 2 and "one of the files to check" in err and "Traceback" not in err
    assert (drafts / "a.md").read_text(encoding="utf-8") == DRAFT


def test_output_onto_a_draft_inside_a_checked_folder_exits_2(drafts, capsys):
    code, _, err = check(capsys, "drafts", "--output", "drafts/a.md")
    assert code == 2 and "one of the drafts in drafts" in err
    assert (drafts / "a.md").read_text(encoding="utf-8") == DRAFT


def test_report_inside_a_checked_folder_is_not_checked_and_is_rewritten(drafts, capsys):
    for _ in range(2):  # the second run finds the first report where it writes
        code, out, err = check(capsys, "drafts", "--output", "drafts/report.txt")
        assert (code, out) == (0, "")  # on stderr, the closing summary only:
        assert err.startswith("brandlint: 1 document, no problem; ")
        assert err.endswith("; report written to drafts/report.txt\n")
        report = (drafts / "report.txt").read_text(encoding="utf-8")
        assert report.endswith("All clear: 1 document checked.\n")


def test_output_folder_that_does_not_exist_exits_2(drafts, capsys):
    code, _, err = check(capsys, "drafts", "--output", "absent/report.json")
    assert code == 2 and "cannot write the report to absent/report.json" in err


def test_interrupted_report_leaves_the_previous_one_and_no_temporary_file(tmp_path):
    report = tmp_path / "report.json"
    report.write_text('{"previous": true}\n')
    with pytest.raises(KeyboardInterrupt), atomic_output(str(report)) as stream:
        stream.write('{"half": ')
        raise KeyboardInterrupt
    assert report.read_text() == '{"previous": true}\n'
    assert os.listdir(tmp_path) == ["report.json"]


def test_finished_report_replaces_the_previous_one_with_its_permissions(tmp_path):
    report = tmp_path / "report.json"
    report.write_text("old")
    report.chmod(0o640)
    with atomic_output(str(report)) as stream:
        stream.write("new")
    assert report.read_text() == "new" and (report.stat().st_mode & 0o777) == 0o640
    assert os.listdir(tmp_path) == ["report.json"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_recognised_as_a_report(tmp_path, fmt):
    stream = io.StringIO()
    reporter = make_reporter(fmt, stream, {"profile": {"brand": "LEGO", "path": "p.yaml"}})
    for result in results():
        reporter.add(result)
    reporter.finish()
    path = tmp_path / "report.txt"
    path.write_text(stream.getvalue(), encoding="utf-8")
    assert _is_report(str(path))


@pytest.mark.parametrize("text", [DRAFT, "", json.dumps({"id": "n1", "text": "Salut"})])
def test_a_draft_is_not_taken_for_a_report(tmp_path, text):
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    assert not _is_report(str(path))


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_french_report_is_recognised_as_a_report(tmp_path, fmt):
    from brandlint import i18n

    stream = io.StringIO()
    with i18n.use("fr"):
        reporter = make_reporter(fmt, stream, {"profile": {"brand": "LEGO", "path": "p.yaml"}})
        for result in results():
            reporter.add(result)
        reporter.finish()
    path = tmp_path / f"rapport.{fmt}"
    path.write_text(stream.getvalue(), encoding="utf-8")
    assert _is_report(str(path))
