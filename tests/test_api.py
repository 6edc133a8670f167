"""brandlint.api: records in, rows out, with the fields of a stable schema and the
findings `brandlint check` reports on the same rows."""

from __future__ import annotations

import csv
import json

import pytest

from brandlint.api import FIELDS, SCHEMA, Checker, checker_for
from brandlint.cli import main
from tests.conftest import PROFILES, ROOT

BATCH = ROOT / "corpora" / "lego" / "campagne-noel.csv"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return checker_for(str(PROFILES["fr"]))


def _records() -> list[dict]:
    with BATCH.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_the_schema_is_the_documented_one():
    """Renaming, retyping or removing a field breaks every pipeline built on the rows:
    this list only ever grows at the end."""
    assert FIELDS[:16] == ("id", "channel", "language", "code", "name", "family",
                           "severity", "message", "line", "column", "end_line",
                           "end_column", "text", "suggestion", "advice", "replacement")
    assert dict(SCHEMA)["line"] is int and dict(SCHEMA)["message"] is str


def test_rows_carry_every_field_with_its_type(checker):
    rows = list(checker.check_records(_records()))
    assert rows
    for row in rows:
        assert tuple(row) == FIELDS
        for name, kind in SCHEMA:
            assert row[name] is None or isinstance(row[name], kind), (name, row[name])
        assert row["severity"] in ("error", "warning", "info")


def test_rows_are_the_findings_the_command_line_reports(checker, tmp_path, monkeypatch,
                                                        capsys):
    monkeypatch.chdir(tmp_path)
    main(["check", str(BATCH), "--profile", str(PROFILES["fr"]), "--format", "json",
          "--no-cache"])
    report = json.loads(capsys.readouterr().out)
    expected = [(d["id"], d["code"], d["severity"], d["message"], d["text"])
                for document in report["documents"] for d in document["diagnostics"]]
    rows = list(checker.check_records(_records()))
    assert [(r["id"], r["code"], r["severity"], r["message"], r["text"]) for r in rows] \
        == expected
    assert len(expected) > 10


def test_positions_count_in_the_record_text(checker):
    text = "Bonjour,\nvotre commande sera livrée en 24 heures, c'est garanti."
    rows = list(checker.check_records([{"id": "a", "channel": "email", "text": text}]))
    found = [r for r in rows if r["code"] == "BL302"]
    assert found
    row = found[0]
    assert row["line"] == 2
    second_line = text.split("\n")[1]
    start = row["column"] - 1
    assert second_line[start:start + len(row["text"])] == row["text"]


def test_records_without_id_or_with_an_unknown_channel_are_reported_not_dropped(checker):
    rows = list(checker.check_records([
        {"channel": "email", "text": "Livré en 24 h, toujours."},
        {"id": "x", "channel": "fax", "text": "Bonjour"},
    ]))
    assert {r["id"] for r in rows} >= {"row-1", "x"}
    assert [r["code"] for r in rows if r["id"] == "x"] == ["BL904"]


def test_noqa_silences_a_record(checker):
    record = {"id": "n", "channel": "email", "text": "Livrée en 24 heures, garanti."}
    assert any(r["code"] == "BL302" for r in checker.check_records([record]))
    quiet = list(checker.check_records([{**record, "noqa": "BL302"}]))
    assert not any(r["code"] == "BL302" for r in quiet)


def test_one_checker_per_process():
    """What a Spark or Dask worker relies on: the model is loaded by the first batch."""
    assert checker_for(str(PROFILES["fr"])) is checker_for(str(PROFILES["fr"]))
