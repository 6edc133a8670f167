"""Lexicons shipped with brandlint: data, not code (YAML files next to this module)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

from brandlint import regexcache


@functools.cache
def load(name: str) -> dict:
    """Load `name.yaml` from this package. Read-only data, loaded once per process."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return regexcache.parsed(f"lexicon-{name}", text, parse_yaml)


@functools.cache
def words(table: str, *path: str, lower: bool = False) -> frozenset[str]:
    """The word list at `path` in lexicon `table` (`words("claims", "gauges", "fr")`,
    `words("promises", "en", "wait_nouns")`) as a set, built once a process; `lower`
    lowercases every entry."""
    entries = load(table)
    for step in path:
        entries = entries[step]
    return frozenset(w.lower() for w in entries) if lower else frozenset(entries)


@functools.cache
def pattern(table: str, *path: str, not_before: str = r"\w", not_after: str = r"\w") -> re.Pattern:
    """`phrase_pattern` of the phrase list at `path` in lexicon `table`, looked up once."""
    entries = load(table)
    for step in path:
        entries = entries[step]
    return phrase_pattern(entries, not_before, not_after)


def parse_yaml(source: str) -> object:
    """libyaml's parser when PyYAML was built with it: the same data, six times faster.
    Imported here: a run whose lexicons all come back from the cache folder as JSON
    (`regexcache.parsed`) never imports PyYAML."""
    import yaml

    return yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def phrase_pattern(phrases: Iterable[str], not_before: str = r"\w",
                   not_after: str = r"\w") -> re.Pattern:
    """One case-insensitive alternation of lexicon phrases, longest first, not touching
    a character of `not_before` / `not_after` (regex class contents) on either side.
    A phrase that ends in an apostrophe ("pas besoin d'") runs into the next word.
    An entry starting with "re:" is a regular expression, used as written. The same
    phrases give back the same compiled pattern, built once (readers ask for their
    lexicon's pattern once per clause)."""
    phrases = tuple(phrases)
    key = (phrases, not_before, not_after)
    pattern = _PATTERNS.get(key)
    if pattern is None:
        if len(_PATTERNS) >= _PATTERNS_KEPT:  # phrases made from a document's own words
            _PATTERNS.clear()
        pattern = _PATTERNS[key] = _phrase_pattern(phrases, not_before, not_after)
    return pattern


_PATTERNS: dict[tuple[tuple[str, ...], str, str], re.Pattern] = {}
_PATTERNS_KEPT = 4096


def _phrase_pattern(phrases: tuple[str, ...], not_before: str, not_after: str) -> re.Pattern:
    alternatives = sorted((p[3:] if p.startswith("re:") else re.escape(p) for p in phrases),
                          key=len, reverse=True)
    return regexcache.compile(rf"(?<![{not_before}])(?:{'|'.join(alternatives)})"
                              rf"(?:(?<=['’])|(?![{not_after}]))", re.I)


class LiteralAlternation:
    """`phrase_pattern(phrases)` for phrases without "re:" entries, searched faster with
    the same matches. The one alternation tries its hundreds of phrases at every word
    start; this tries, at a word start, only the phrases whose first character matches
    the one there (the rest of a phrase is irrelevant where its first character fails),
    still in the alternation's order and with its boundaries, so `finditer` finds what
    the whole pattern finds. Which phrases a character can start is asked of `re`
    itself, once per character met."""

    def __init__(self, phrases: Iterable[str], not_before: str = r"\w",
                 not_after: str = r"\w"):
        # in the order given: `phrase_pattern` sorts each subset as it sorts the whole
        # list (stably, by escaped length), so the phrases keep their relative order
        self.phrases = list(phrases)
        self.pattern = phrase_pattern(self.phrases, not_before, not_after)
        self._not_before, self._not_after = not_before, not_after
        self._starts = re.compile(rf"(?<![{not_before}])(?s:.)")
        self._firsts = {c: re.compile(re.escape(c), re.I)
                        for c in dict.fromkeys(p[0] for p in self.phrases)}
        self._by_char: dict[str, re.Pattern | None] = {}

    def _for(self, char: str) -> re.Pattern | None:
        firsts = {c for c, first in self._firsts.items() if first.fullmatch(char)}
        phrases = [p for p in self.phrases if p[0] in firsts]
        pattern = phrase_pattern(phrases, self._not_before, self._not_after) if phrases else None
        self._by_char[char] = pattern
        return pattern

    def finditer(self, text: str):
        by_char = self._by_char
        end = 0
        for start in self._starts.finditer(text):
            at = start.start()
            if at < end:
                continue
            char = text[at]
            pattern = by_char[char] if char in by_char else self._for(char)
            if pattern is not None:
                found = pattern.match(text, at)
                if found is not None:
                    end = found.end()
                    yield found


def literal_alternation(phrases: Iterable[str], not_before: str = r"\w",
                        not_after: str = r"\w") -> LiteralAlternation | re.Pattern:
    """The faster search of `phrase_pattern(phrases)` where every phrase is a literal (not
    empty, no "re:"), else the pattern itself."""
    phrases = list(phrases)
    if not phrases or any(not p or p.startswith("re:") for p in phrases):
        return phrase_pattern(phrases, not_before, not_after)
    return LiteralAlternation(phrases, not_before, not_after)
