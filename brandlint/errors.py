"""Errors meant for people: they carry a message and an exit code, never a traceback."""

from __future__ import annotations


class BrandlintError(Exception):
    """A usage, configuration, profile or model error (exit code 2)."""

    exit_code = 2


class FileProblemsError(BrandlintError):
    """One or more problems in a file people edit, each with its file and line."""

    def __init__(self, path: str, problems: list[tuple[int | None, str]]):
        self.path = path
        self.problems = problems
        lines = [f"{path}:{line}: {msg}" if line else f"{path}: {msg}" for line, msg in problems]
        super().__init__("\n".join(lines))


class ProfileError(FileProblemsError):
    """One or more problems in a brand profile, each with its file and line."""


class ConfigError(FileProblemsError):
    """One or more problems in `.brandlint.yaml` or `[tool.brandlint]`."""


class ModelError(BrandlintError):
    """The spaCy pipeline the profile needs is not installed."""
