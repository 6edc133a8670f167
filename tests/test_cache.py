"""The results cache: an unchanged draft is not analysed again, a changed one is."""

from __future__ import annotations

import json

import pytest

from brandlint.cli import main
from tests.conftest import PROFILES

DRAFT = "Votre coffret est livré en 24 h, pour des heures de construction.\n"


@pytest.fixture()
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brouillon.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def run(capsys, *extra):
    code = main(["check", "brouillon.txt", "--profile", str(PROFILES["fr"]),
                 "--format", "json", *extra])
    return code, json.loads(capsys.readouterr().out)


def test_second_run_comes_from_the_cache_without_loading_spacy(project, capsys, monkeypatch):
    first = run(capsys)
    assert (project / ".brandlint_cache").is_dir()

    def no_model(name):
        raise AssertionError("spaCy should not load when every file is cached")

    monkeypatch.setattr("brandlint.analysis.pipeline.load_pipeline", no_model)
    assert run(capsys) == first
    assert first[0] == 1 and first[1]["documents"][0]["diagnostics"][0]["code"] == "BL302"


def test_changed_file_is_analysed_again(project, capsys):
    run(capsys)
    (project / "brouillon.txt").write_text(DRAFT.replace("24 h", "3 jours"), encoding="utf-8")
    code, report = run(capsys)
    assert code == 0 and report["summary"]["diagnostics"] == 0


def test_no_cache_analyses_and_writes_nothing(project, capsys):
    run(capsys, "--no-cache")
    assert not (project / ".brandlint_cache").exists()


def test_other_rule_selection_is_another_cache_entry(project, capsys):
    run(capsys)
    code, report = run(capsys, "--ignore", "BL302")
    assert all(d["code"] != "BL302" for d in report["documents"][0]["diagnostics"])
