"""Campaign files as teams have them (issue 11): Excel on Windows (`;`, Windows-1252,
CRLF, French headers), Excel's "CSV UTF-8" (BOM), Google Sheets (`,`, LF, columns in
another order) and a tab-separated export with the team's own column names. Every row
is reported, and every finding's line and column point at its words in the file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from brandlint.cli import main
from tests.conftest import PROFILES

FIXTURES = Path(__file__).parent / "fixtures" / "campaigns"
IDS = ["noel-01", "noel-02", "noel-03", "noel-04"]
FILES = {
    "excel-windows.csv": ("cp1252", []),
    "excel-utf8-bom.csv": ("utf-8-sig", []),
    "google-sheets.csv": ("utf-8", []),
    "tab-own-columns.csv": ("utf-8", ["--text-column", "Accroche",
                                      "--id-column", "Réf. message"]),
}


def report(capsys, name: str, flags: list[str]) -> dict:
    code = main(["check", str(FIXTURES / name), "--profile", str(PROFILES["fr"]),
                 "--no-cache", "--format", "json", *flags])
    assert code == 1  # « livré en 24 h » against 3 days is an error
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", list(FILES))
def test_every_row_is_reported_with_its_id_and_channel(capsys, name):
    encoding, flags = FILES[name]
    documents = report(capsys, name, flags)["documents"]
    assert [d["id"] for d in documents] == IDS
    assert [d["channel"] for d in documents] == ["email", "sms", "social", "email"]
    codes = {d["id"]: {x["code"] for x in d["diagnostics"]} for d in documents}
    assert "BL302" in codes["noel-01"] and "BL501" in codes["noel-02"]
    assert "BL303" not in codes["noel-03"]  # the quoted « le meilleur » is not the brand's
    assert "BL502" in codes["noel-04"]
    notices = [x["code"] for d in documents for x in d["diagnostics"] if x["code"] >= "BL9"]
    assert notices == (["BL916"] if encoding == "cp1252" else [])


@pytest.mark.parametrize("name", list(FILES))
def test_every_position_points_at_the_words_in_the_file(capsys, name):
    encoding, flags = FILES[name]
    lines = re.split(r"\r\n|\n", (FIXTURES / name).read_bytes().decode(encoding))
    checked = 0
    for document in report(capsys, name, flags)["documents"]:
        for d in document["diagnostics"]:
            if not d["text"] or d["line"] != d["end_line"]:
                continue
            line = lines[d["line"] - 1]
            assert line[d["column"] - 1: d["end_column"] - 1] == d["text"], (name, d)
            checked += 1
    assert checked >= 3


def test_the_windows_1252_notice_says_why_and_what_to_do(capsys):
    documents = report(capsys, "excel-windows.csv", [])["documents"]
    (notice,) = [x for d in documents for x in d["diagnostics"] if x["code"] == "BL916"]
    assert notice["severity"] == "info" and notice["line"] == 1
    assert "Windows-1252" in notice["message"] and "CSV UTF-8" in notice["message"]
    text = documents[0]["diagnostics"]
    assert any(x["code"] == "BL302" and x["text"].startswith("livré") for x in text)


def test_a_missing_text_column_names_the_flag(capsys):
    code = main(["check", str(FIXTURES / "tab-own-columns.csv"), "--profile",
                 str(PROFILES["fr"]), "--no-cache", "--format", "json"])
    documents = json.loads(capsys.readouterr().out)["documents"]
    assert code == 1
    (problem,) = documents[0]["diagnostics"]
    assert problem["code"] == "BL903" and "--text-column" in problem["message"]


@pytest.mark.parametrize("header,delimiter", [
    ("id;canal;texte", ";"), ("id,channel,text", ","), ("id\tchannel\ttext", "\t"),
    ('"id";"canal";"texte, message"', ";"), ("texte", ","),
])
def test_the_delimiter_is_read_from_the_header(header, delimiter):
    from brandlint.sources.batch import sniff_delimiter

    assert sniff_delimiter(header) == delimiter
