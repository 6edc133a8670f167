"""Lexicons shipped with brandlint: data, not code (YAML files next to this module)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

import yaml

# libyaml's parser when PyYAML was built with it: the same data, six times faster, and
# these files are read on every cold start.
FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load(name: str) -> dict:
    """Load `name.yaml` from this package. Read-only data, loaded once per process."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=FAST_SAFE_LOADER)


def phrase_pattern(phrases: Iterable[str], not_before: str = r"\w",
                   not_after: str = r"\w") -> re.Pattern:
    """One case-insensitive alternation of lexicon phrases, longest first, not touching
    a character of `not_before` / `not_after` (regex class contents) on either side.
    A phrase that ends in an apostrophe ("pas besoin d'") runs into the next word.
    An entry starting with "re:" is a regular expression, used as written."""
    alternatives = sorted((p[3:] if p.startswith("re:") else re.escape(p) for p in phrases),
                          key=len, reverse=True)
    return re.compile(rf"(?<![{not_before}])(?:{'|'.join(alternatives)})"
                      rf"(?:(?<=['’])|(?![{not_after}]))", re.I)
