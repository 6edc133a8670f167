"""`brandlint init` in an empty folder, then a passing `brandlint check`; the package's
PEP 621 metadata, licence and version."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from brandlint import __version__
from brandlint.cli import main

# these tests read the command line's English wording (tests/i18n: the French)
pytestmark = pytest.mark.usefixtures("english_reports")

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("language", "draft"), [
    ("fr", "Bonjour ! Votre projet prend forme : nos conseillers vous accompagnent pour le "
           "réaliser.\n"),
    ("en", "Hello! Your project is taking shape: our advisers help you create it.\n"),
])
def test_init_in_an_empty_folder_then_check_passes(tmp_path, monkeypatch, capsys, language,
                                                   draft):
    from pre_commit.clientlib import load_config

    monkeypatch.chdir(tmp_path)
    assert main(["init", "--language", language, "--brand", "Atelier d'Anna"]) == 0
    out = capsys.readouterr().out
    assert "created brand-profile.yaml" in out and "created .brandlint.yaml" in out
    assert main(["profile", "check", "brand-profile.yaml"]) == 0
    assert "Atelier d'Anna" in capsys.readouterr().out
    (hook,) = load_config(str(tmp_path / ".pre-commit-config.yaml"))["repos"][0]["hooks"]
    assert hook["id"] == "brandlint" and "--force-exclude" in hook["entry"]
    (tmp_path / "accueil.txt").write_text(draft, encoding="utf-8")
    (tmp_path / "README.md").write_text("# Notes\n\nToujours garanti, le meilleur.\n",
                                        encoding="utf-8")
    assert main(["check", "accueil.txt", "README.md", "--force-exclude", "--no-cache"]) == 0
    assert "All clear: 1 document checked." in capsys.readouterr().out


def test_init_keeps_existing_files_and_prints_the_hook_to_add(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    (tmp_path / ".brandlint.yaml").write_text("profile: mine.yaml\n", encoding="utf-8")
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    assert "kept    .brandlint.yaml" in out and "kept    .pre-commit-config.yaml" in out
    assert "Add the hook to your .pre-commit-config.yaml" in out and "id: brandlint" in out
    assert (tmp_path / ".brandlint.yaml").read_text(encoding="utf-8") == "profile: mine.yaml\n"
    assert (tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8") == "repos: []\n"


def test_pyproject_has_pep621_metadata_licence_and_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "brandlint" and project["dynamic"] == ["version"]
    assert project["license"] == "MIT" and (ROOT / "LICENSE").read_text().startswith("MIT")
    assert project["requires-python"] == ">=3.10"
    for version in ("3.10", "3.11", "3.12"):
        assert f"Programming Language :: Python :: {version}" in project["classifiers"]
    assert project["scripts"] == {"brandlint": "brandlint.cli:main"}
    assert not [d for d in project["dependencies"] if d.startswith("textstat")]
    # rich and Jinja2 are declared because brandlint uses them (terminal, HTML report)
    declared = {d.split(">")[0].split("=")[0].lower() for d in project["dependencies"]}
    assert {"rich", "jinja2"} <= declared
    assert "from rich" in (ROOT / "brandlint" / "terminal.py").read_text(encoding="utf-8")


def test_installed_version_is_the_package_version():
    from importlib import metadata

    assert metadata.version("brandlint") == __version__
    assert main(["--version"]) == 0
