"""Lexicons shipped with brandlint: data, not code (YAML files next to this module)."""

from __future__ import annotations

import functools
from importlib import resources

import yaml


@functools.cache
def load(name: str) -> dict:
    """Load `name.yaml` from this package. Read-only data, loaded once per process."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)
