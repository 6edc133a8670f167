"""`brandlint init`: a starter brand profile, a `.brandlint.yaml` pointing at it, and the
pre-commit hook, for the repository in the current folder. Files that exist are kept."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from brandlint import __version__, homepage

PROFILE_FILE = "brand-profile.yaml"
PRE_COMMIT_FILE = ".pre-commit-config.yaml"


@dataclass(frozen=True)
class Written:
    path: Path
    created: bool  # False: it was there and is kept as it was


def _template(name: str) -> str:
    return resources.files("brandlint").joinpath("templates", name).read_text(encoding="utf-8")


def pre_commit_snippet() -> str:
    """The hook as the repository's `.pre-commit-config.yaml` lists it: from brandlint's
    own repository when the package declares one, else a local hook running the
    `brandlint` this environment installed (it works as pasted either way)."""
    site = homepage()
    if site:
        return (f"repos:\n  - repo: {site}\n    rev: v{__version__}\n    hooks:\n"
                "      - id: brandlint\n")
    return ("repos:\n  - repo: local\n    hooks:\n      - id: brandlint\n"
            "        name: brandlint\n        entry: brandlint check --force-exclude\n"
            "        language: system\n        types: [text]\n"
            "        files: (?i)\\.(md|markdown|txt|html?|csv|jsonl)$\n"
            "        require_serial: true\n")


def init(folder: Path, language: str, brand: str) -> list[Written]:
    folder.mkdir(parents=True, exist_ok=True)
    profile = (_template(f"profile-{language}.yaml")
               .replace("{brand}", json.dumps(brand, ensure_ascii=False))
               .replace("{file}", PROFILE_FILE))
    config = _template("brandlint.yaml").replace("{profile}", PROFILE_FILE)
    return [_write(folder / PROFILE_FILE, profile), _write(folder / ".brandlint.yaml", config),
            _write(folder / PRE_COMMIT_FILE, pre_commit_snippet())]


def _write(path: Path, text: str) -> Written:
    try:
        with path.open("x", encoding="utf-8") as handle:  # never over an existing file
            handle.write(text)
    except FileExistsError:
        return Written(path, False)
    return Written(path, True)
