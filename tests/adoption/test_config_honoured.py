"""Configuration honoured everywhere: `exclude` on files named by pre-commit, `.gitignore`
on folder walks, `--config FILE`, `--debug` after the subcommand, validation of the new
keys (exit 2, file, line, hint)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from brandlint.cli import hoist_debug, main
from brandlint.config import discover, load_file
from brandlint.errors import ConfigError
from brandlint.sources import iter_inputs

ROOT = Path(__file__).resolve().parents[2]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def listed(*args, **kwargs) -> list[str]:
    return [p.as_posix() if isinstance(p, Path) else getattr(p, "path", p)
            for p in iter_inputs(*args, **kwargs)]


def test_force_exclude_drops_an_excluded_file_named_on_the_command_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "README.md", "# Projet\n")
    write(tmp_path / "drafts" / "noel.md", "Bonjour\n")
    given = ["README.md", "drafts/noel.md"]
    assert listed(given, exclude=["README.md"], root=tmp_path) == given
    assert listed(given, exclude=["README.md"], root=tmp_path,
                  force_exclude=True) == ["drafts/noel.md"]


def test_force_exclude_matches_globs_relative_to_the_config_folder(tmp_path, monkeypatch):
    write(tmp_path / "docs" / "README.md", "# Docs\n")
    monkeypatch.chdir(tmp_path / "docs")
    assert listed(["README.md"], exclude=["*/README.md"], root=tmp_path,
                  force_exclude=True) == []


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_folder_walk_leaves_out_what_git_ignores(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    subprocess.run(["git", "init", "-q"], check=True)
    write(tmp_path / ".gitignore", "brouillons/\n*.generated.md\n")
    write(tmp_path / "brouillons" / "vieux.md", "Vieux\n")
    write(tmp_path / "emails" / "noel.generated.md", "Généré\n")
    write(tmp_path / "emails" / "noel.md", "Bonjour\n")
    assert listed(["."], gitignore=True) == ["emails/noel.md"]
    assert listed(["."], gitignore=False) == ["brouillons/vieux.md", "emails/noel.generated.md",
                                              "emails/noel.md"]
    # a file named explicitly is read even when git ignores it (ruff does the same)
    assert listed(["emails/noel.generated.md"], gitignore=True) == ["emails/noel.generated.md"]


def test_walk_outside_a_repository_is_unchanged(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".gitignore", "*.md\n")  # not a repository: git does not read it
    write(tmp_path / "a.md", "A\n")
    assert listed(["."], gitignore=True) == ["a.md"]


def test_config_booleans_are_read_from_yaml_and_toml(tmp_path):
    yaml_config = write(tmp_path / "a" / ".brandlint.yaml",
                        "force_exclude: true\nrespect_gitignore: false\n")
    loaded = discover(yaml_config.parent)
    assert loaded.force_exclude is True and loaded.respect_gitignore is False
    toml = write(tmp_path / "b" / "pyproject.toml",
                 "[tool.brandlint]\nforce_exclude = true\n")
    loaded = load_file(toml)
    assert loaded.force_exclude is True and loaded.respect_gitignore is True


def test_config_wrong_type_is_a_config_error_with_its_line(tmp_path):
    config = write(tmp_path / ".brandlint.yaml",
                   "profile: lego.yaml\nforce_exclude: sometimes\nexclud: [a]\n")
    with pytest.raises(ConfigError) as raised:
        load_file(config)
    message = str(raised.value)
    assert f"{config}:2: `force_exclude` is true or false (got 'sometimes')" in message
    assert f"{config}:3: unknown key `exclud` (did you mean `exclude`?)" in message


def test_config_flag_picks_the_file_and_a_missing_one_is_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".brandlint.yaml", "profile: nowhere.yaml\n")
    write(tmp_path / "ci" / "brandlint.yaml", "fail_on: warnin\n")
    write(tmp_path / "a.txt", "Bonjour\n")
    assert main(["check", "a.txt", "--config", "ci/brandlint.yaml"]) == 2
    err = capsys.readouterr().err
    assert "ci/brandlint.yaml:1: `fail_on` is one of" in err and "did you mean `warning`" in err
    assert "Traceback" not in err
    assert main(["check", "a.txt", "--config", "ci/none.yaml"]) == 2
    assert "ci/none.yaml: no such configuration file" in capsys.readouterr().err


def test_toml_config_flag_without_a_section_is_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    write(tmp_path / "a.txt", "Bonjour\n")
    assert main(["check", "a.txt", "--config", "pyproject.toml"]) == 2
    assert "no [tool.brandlint] section" in capsys.readouterr().err


def test_debug_after_the_subcommand_is_accepted():
    assert hoist_debug(["check", "a.md", "--debug"]) == ["--debug", "check", "a.md"]
    assert hoist_debug(["check", "--", "--debug"]) == ["check", "--", "--debug"]
    assert main(["rules", "--debug"]) == 0


def test_debug_after_the_subcommand_shows_the_traceback(tmp_path, monkeypatch):
    import brandlint.config

    monkeypatch.chdir(tmp_path)

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(brandlint.config, "discover", broken)
    assert main(["check", "a.md"]) == 2
    with pytest.raises(RuntimeError):
        main(["check", "a.md", "--debug"])


def test_shipped_hook_forces_exclude_and_selects_only_draft_formats():
    import re

    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert "--force-exclude" in hook["entry"].split() + hook["args"]
    files = re.compile(hook["files"])
    for name in ("a.md", "b.MD", "c.txt", "d.html", "e.htm", "f.csv", "g.jsonl", "h.markdown"):
        assert files.search(name), name
    for name in ("setup.py", "a.yaml", "notes.md.orig", "image.png", "data.json"):
        assert not files.search(name), name
    assert hook["types"] == ["text"]
