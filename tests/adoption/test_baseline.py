"""Baseline: today's findings recorded, only new ones reported and failing; an edit
elsewhere keeps old findings suppressed; fixed ones are reported as stale."""

from __future__ import annotations

import json
from pathlib import Path

from brandlint.cli import main

ROOT = Path(__file__).resolve().parents[2]
OLD = "Nos consommateurs adorent construire ensemble.\n"                       # BL502
NEW = "Satisfaction toujours garantie pour votre château.\n"                   # BL301


def run(capsys, *args):
    code = main(["check", *args, "--profile", str(ROOT / "profiles" / "lego.yaml"),
                 "--fail-on", "warning", "--no-cache", "--format", "json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out else None), err


def codes(report) -> list[str]:
    return [d["code"] for doc in report["documents"] for d in doc["diagnostics"]]


def test_baseline_keeps_old_findings_quiet_and_fails_on_new_ones(tmp_path, monkeypatch,
                                                                   capsys):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "emails" / "noel.txt"
    draft.parent.mkdir()
    draft.write_text(OLD, encoding="utf-8")
    code, report, err = run(capsys, "emails", "--write-baseline", "baseline.json")
    assert code == 0 and "BL502" in codes(report)
    stored = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert {"code": "BL502", "path": "emails/noel.txt", "id": None,
            "text": "consommateurs"} in stored["findings"]

    # an edit elsewhere moves the old finding down two lines: still known
    draft.write_text("Joyeux Noël à tous !\n\n" + OLD, encoding="utf-8")
    code, report, err = run(capsys, "emails", "--baseline", "baseline.json")
    assert code == 0 and "BL502" not in codes(report) and "stale" not in err

    # a new finding fails the run and is the only one reported
    draft.write_text("Joyeux Noël à tous !\n\n" + OLD + NEW, encoding="utf-8")
    code, report, err = run(capsys, "emails", "--baseline", "baseline.json")
    assert code == 1 and "BL301" in codes(report) and "BL502" not in codes(report)

    # the same words flagged a second time in the document are new too
    draft.write_text(OLD + OLD, encoding="utf-8")
    code, report, _ = run(capsys, "emails", "--baseline", "baseline.json")
    assert codes(report).count("BL502") == 1


def test_fixed_findings_are_reported_as_stale(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "noel.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "baseline.json").write_text(json.dumps({"brandlint_baseline": 1, "findings": [
        {"code": "BL502", "path": "noel.txt", "id": None, "text": "consommateurs"},
        {"code": "BL301", "path": "noel.txt", "id": None, "text": "toujours"},
        {"code": "BL301", "path": "ailleurs.txt", "id": None, "text": "jamais"}]}),
        encoding="utf-8")
    code, report, err = run(capsys, "noel.txt", "--baseline", "baseline.json")
    assert code == 0 and "BL502" not in codes(report)
    assert "1 baseline entry" in err and "noel.txt: BL301 “toujours”" in err
    assert "ailleurs.txt" not in err  # a document not checked in this run is not stale


def test_unreadable_baseline_is_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "noel.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "baseline.json").write_text("[1, 2]", encoding="utf-8")
    profile = str(ROOT / "profiles" / "lego.yaml")
    assert main(["check", "noel.txt", "--profile", profile, "--baseline", "baseline.json"]) == 2
    assert "not a brandlint baseline" in capsys.readouterr().err
    assert main(["check", "noel.txt", "--profile", profile, "--baseline", "none.json"]) == 2
    assert "cannot read it" in capsys.readouterr().err
