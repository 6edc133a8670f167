"""Configuration discovery stops at the repository root and never reads a stray file in
the home or temporary folder; a wrong key or type is exit 2 with file, line and a hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandlint.cli import main
from brandlint.config import discover, search_folders
from brandlint.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def home(tmp_path, monkeypatch):
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


def test_config_above_the_repository_root_is_not_read(tmp_path, home):
    write(tmp_path / "outer" / ".brandlint.yaml", "profile: stray.yaml\n")
    (tmp_path / "outer" / "repo" / ".git").mkdir(parents=True)
    work = tmp_path / "outer" / "repo" / "drafts"
    work.mkdir()
    assert discover(work).path is None
    assert search_folders(work)[-1] == (tmp_path / "outer" / "repo").resolve()


def test_config_at_the_repository_root_is_read(tmp_path, home):
    config = write(tmp_path / "repo" / ".brandlint.yaml", "profile: brand.yaml\n")
    write(tmp_path / "repo" / ".git", "gitdir: /elsewhere\n")  # a worktree's .git file
    (tmp_path / "repo" / "drafts").mkdir()
    assert discover(tmp_path / "repo" / "drafts").path == config


def test_stray_config_in_the_home_folder_is_not_read(home):
    write(home / ".brandlint.yaml", "profile: stray.yaml\n")
    (home / "work" / "campaign").mkdir(parents=True)
    assert discover(home / "work" / "campaign").path is None


def test_config_in_the_home_folder_is_read_when_the_run_starts_there(home):
    config = write(home / ".brandlint.yaml", "profile: brand.yaml\n")
    assert discover(home).path == config


def test_stray_config_in_the_temporary_folder_is_not_read(tmp_path, home, monkeypatch):
    shared = tmp_path / "tmp"
    write(shared / ".brandlint.yaml", "profile: stray.yaml\n")
    (shared / "job").mkdir()
    monkeypatch.setattr("brandlint.config.tempfile.gettempdir", lambda: str(shared))
    assert discover(shared / "job").path is None


def test_search_never_reaches_the_filesystem_root(tmp_path, home):
    assert Path("/") not in search_folders(tmp_path)


def error(tmp_path: Path, text: str, name: str = ".brandlint.yaml") -> str:
    write(tmp_path / name, text)
    with pytest.raises(ConfigError) as info:
        discover(tmp_path)
    return str(info.value)


@pytest.mark.parametrize("text,line,expected", [
    ("profile: lego.yaml\nfail_onn: warning\n", 2,
     "unknown key `fail_onn` (did you mean `fail_on`?)"),
    ("profile: lego.yaml\nfail_on: warn\n", 2,
     "`fail_on` is one of info, warning, error, never (did you mean `warning`?)"),
    ("profile: [a, b]\n", 1, "`profile` is the path of the brand profile"),
    ("profile: lego.yaml\nchannels: [sms, email]\n", 2, "`channels` maps path globs"),
    ("profile: lego.yaml\nchannels:\n  sms/*: {name: sms}\n", 2, "`channels` maps path globs"),
    ("profile: lego.yaml\nexclude: {old: true}\n", 2, "`exclude` is a list"),
    ("profile: lego.yaml\nselect: [BL3, [BL5]]\n", 2, "`select` is a list"),
    ("profile: lego.yaml\nprofile: other.yaml\n", 2, "duplicate key `profile`"),
    ("profile: lego.yaml\nchannels: {a: &x [*x]}\n", 2, "alias"),
])
def test_yaml_config_mistakes_name_file_line_and_fix(tmp_path, home, text, line, expected):
    message = error(tmp_path, text)
    assert message.startswith(f"{tmp_path / '.brandlint.yaml'}:{line}: ")
    assert expected in message


def test_yaml_config_list_of_words_stays_words(tmp_path, home):
    write(tmp_path / ".brandlint.yaml", "ignore: [no, off]\nfail_on: never\n")
    config = discover(tmp_path)
    assert config.ignore == ["no", "off"] and config.fail_on == "never"


@pytest.mark.parametrize("text,line,expected", [
    ('[project]\nname = "x"\n\n[tool.brandlint]\nprofile = "p.yaml"\nfail_on = 3\n', 6,
     "`fail_on` is one of"),
    ('[tool.brandlint]\nprofle = "p.yaml"\n', 2, "did you mean `profile`?"),
    ('[tool.brandlint]\nprofile = "p.yaml"\n\n[tool.brandlint.channels]\n"sms/*" = 4\n', 4,
     "`channels` maps path globs"),
])
def test_pyproject_mistakes_name_file_line_and_fix(tmp_path, home, text, line, expected):
    message = error(tmp_path, text, "pyproject.toml")
    assert message.startswith(f"{tmp_path / 'pyproject.toml'}:{line}: ")
    assert expected in message


def test_config_error_is_exit_2_without_traceback(tmp_path, home, monkeypatch, capsys):
    write(tmp_path / ".brandlint.yaml", "profile: lego.yaml\nfail_on: sometimes\n")
    write(tmp_path / "draft.txt", "Bonjour.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "draft.txt"]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / '.brandlint.yaml'}:2: `fail_on`" in err and "Traceback" not in err


def test_missing_configured_profile_names_the_config_line(tmp_path, home, monkeypatch,
                                                          capsys):
    write(tmp_path / ".brandlint.yaml", "fail_on: warning\nprofile: profils/lego.yaml\n")
    write(tmp_path / "draft.txt", "Bonjour.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "draft.txt"]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / '.brandlint.yaml'}:2: `profile: profils/lego.yaml`: no such file" in err
