"""Loading a spaCy pipeline in a fraction of `spacy.load`'s time, with the same pipeline.

Two costs dominate the French load, and neither is the model:

- `spacy.lang.fr.tokenizer_exceptions` compiles a 1.45-million-character `TOKEN_MATCH`
  (and the tokenizer's `from_bytes` compiles it again): 76 anchored alternatives, each
  repeating a letter class thousands of characters long. Alternatives that differ only
  between those classes share them once regrouped by distributivity
  (P·M1·S | P·M2·S = P·(M1|M2)·S): an equivalent pattern of ≈ 19,000 characters that
  compiles in a tenth of a second. The tokenizer only asks *whether* a string matches,
  and regrouping keeps the set of strings that match, so tokenisation is unchanged
  (tests/analysis/test_fastload.py compares token lists on every corpus text).
- The lemmatizer's lookup tables (≈ 217,000 entries) are inserted one at a time through
  `Table.__setitem__`, a Python call per entry; the same table (same keys, same order,
  same Bloom filter bits) can be filled by C loops. Its index of known words by part of
  speech (lists of up to 66,000 words the lemmatizer scans for each new word) answers
  `in` from a set (`IndexedList`).

Both are swapped in only for the duration of the load, inside `faster_load()`, and put
back afterwards, exception or not: nothing outlives the load. If spaCy is not a version
this was checked on, or a pattern does not parse as expected, the stock path runs.
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import repeat

from brandlint import regexcache

# The spaCy releases whose `re.compile` call sites and `Lookups`/`Table` internals this
# was checked against (tests/analysis/test_fastload.py fails when another is installed).
CHECKED_SPACY = ("3.8.",)
# Only patterns this long are worth regrouping; the others go straight to `re.compile`.
LARGE_PATTERN = 100_000

_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_ATOMS = re.compile(r"""
    (?P<cls>\[\^?\]?[^\]\\]*(?:\\.[^\]\\]*)*\])
  | (?P<bad>\(\?[^:])
  | (?P<open>\((?:\?:)?)
  | (?P<close>\))
  | (?P<alt>\|)
  | (?P<quant>(?:[?*+]|\{\d*(?:,\d*)?\})\??)
  | (?P<esc>\\.)
  | (?P<lit>.)
""", re.VERBOSE | re.DOTALL)


def spacy_supported() -> bool:
    import spacy

    return spacy.__version__.startswith(CHECKED_SPACY)


@contextmanager
def faster_load() -> Iterator[None]:
    """Within this block, large token-match patterns compile regrouped and lookup tables
    fill in bulk; everything is as it was when the block ends."""
    if not spacy_supported():
        yield
        return
    import catalogue
    from spacy.lookups import Lookups

    stock_compile, stock_from_bytes = re.compile, Lookups.from_bytes
    stock_entry_points = catalogue.Registry._get_entry_points
    entry_points: dict[str, list] = {}
    regrouped: dict[tuple[str, int], re.Pattern] = {}

    def compile_regrouped(pattern, flags=0):
        """Every pattern the load compiles, through brandlint's store of compiled
        patterns (when a folder is set), the long ones regrouped first."""
        if not isinstance(pattern, str):
            return stock_compile(pattern, flags)
        if len(pattern) <= LARGE_PATTERN:
            return regexcache.compile(pattern, flags)
        if (pattern, flags) not in regrouped:
            regrouped[pattern, flags] = regexcache.compile(pattern, flags, regroup_safely)
        return regrouped[pattern, flags]

    def lookups_in_bulk(lookups, bytes_data: bytes, **kwargs):
        try:
            return lookups_from_bytes(lookups, bytes_data, **kwargs)
        except Exception:  # tables this code did not foresee: spaCy's way
            return stock_from_bytes(lookups, bytes_data, **kwargs)

    def entry_points_once(registry):
        """The installed entry points of one registry namespace, scanned once per load
        rather than once per registry look-up (≈ 120 scans of every entry point)."""
        name = registry.entry_point_namespace
        if name not in entry_points:
            entry_points[name] = list(stock_entry_points(registry))
        return entry_points[name]

    re.compile = compile_regrouped
    Lookups.from_bytes = lookups_in_bulk
    catalogue.Registry._get_entry_points = entry_points_once
    try:
        yield
    finally:
        re.compile = stock_compile
        Lookups.from_bytes = stock_from_bytes
        catalogue.Registry._get_entry_points = stock_entry_points


def regroup_safely(pattern: str) -> str | None:
    """`regroup`, or None (compile the pattern as it is) for anything unforeseen."""
    try:
        return regroup(pattern)
    except Exception:
        return None


def regroup(pattern: str) -> str | None:
    """An equivalent pattern with alternatives that differ only between shared parts
    factored (P·M1·S | P·M2·S → P·(M1|M2)·S); None when the pattern uses anything but
    classes, literals, escapes, quantifiers and non-capturing groups."""
    flags = _FLAGS.match(pattern)
    head = flags.group() if flags else ""
    groups: dict[str, list[list[str]]] = {}
    alternatives = _parse(pattern[len(head):], groups)
    if alternatives is None:
        return None
    return head + _factor(_flatten(alternatives, groups))


def _parse(body: str, groups: dict[str, list[list[str]]] | None = None
           ) -> list[list[str]] | None:
    """The top-level alternatives of `body`, each a list of atoms (an atom is a class,
    literal, escape or group, with its quantifier). A group atom keeps its text; the
    alternatives inside each group go to `groups`, keyed by that text."""
    stack: list[list[list[str]]] = [[[]]]
    starts: list[int] = []
    position = 0
    for match in _ATOMS.finditer(body):
        kind, text = match.lastgroup, match.group()
        if match.start() != position or kind == "bad":
            return None
        position = match.end()
        if kind == "open":
            if text != "(?:":
                return None  # a capturing group: regrouping could renumber it
            stack.append([[]])
            starts.append(match.start())
        elif kind == "close":
            if len(stack) == 1:
                return None
            inner = stack.pop()
            atom = body[starts.pop():match.end()]
            if groups is not None:
                groups[atom] = inner
            stack[-1][-1].append(atom)
        elif kind == "alt":
            stack[-1].append([])
        elif kind == "quant":
            if not stack[-1][-1]:
                return None
            stack[-1][-1][-1] += text
        else:
            stack[-1][-1].append(text)
    if position != len(body) or len(stack) != 1:
        return None
    return stack[0]


def _flatten(alternatives: list[list[str]], groups: dict[str, list[list[str]]]
             ) -> list[tuple[str, ...]]:
    """`(?:a|b)|c` as `a|b|c`: an alternative that is one unquantified group gives up its
    own alternatives."""
    flat: list[tuple[str, ...]] = []
    for atoms in alternatives:
        if len(atoms) == 1 and atoms[0] in groups:
            flat.extend(_flatten(groups[atoms[0]], groups))
        else:
            flat.append(tuple(atoms))
    return flat


def _factor(alternatives: list[tuple[str, ...]]) -> str:
    """One pattern matching exactly the strings one of `alternatives` matches."""
    alternatives = list(dict.fromkeys(alternatives))
    if len(alternatives) == 1:
        return "".join(alternatives[0])
    shortest = min(len(a) for a in alternatives)
    prefix = 0
    while prefix < shortest and len({a[prefix] for a in alternatives}) == 1:
        prefix += 1
    suffix = 0
    while (prefix + suffix < shortest
           and len({a[len(a) - 1 - suffix] for a in alternatives}) == 1):
        suffix += 1
    if prefix or suffix:
        first = alternatives[0]
        middles = [a[prefix:len(a) - suffix] for a in alternatives]
        return ("".join(first[:prefix]) + "(?:" + _factor(middles) + ")"
                + "".join(first[len(first) - suffix:]))
    by_last: dict[str, list[tuple[str, ...]]] = {}
    empty = False
    for atoms in alternatives:
        if atoms:
            by_last.setdefault(atoms[-1], []).append(atoms)
        else:
            empty = True
    return "|" * empty + "|".join(_factor(group) for group in by_last.values())


def lookups_from_bytes(self, bytes_data: bytes, **kwargs):
    """`Lookups.from_bytes`, with each table filled by `bulk_table`, or the lookup table
    read word by word from the index an earlier load left (`lazytable`)."""
    import srsly

    from brandlint.analysis import lazytable

    folder, prepare = regexcache.current_folder()
    tables = lazytable.load_lazy(folder, bytes_data)
    if tables is None:
        tables = srsly.msgpack_loads(bytes_data)
        lazytable.store_index(folder, prepare, bytes_data, tables)
    self._tables = {}
    for key, value in tables.items():
        if key == "lemma_index":
            value = {pos: IndexedList(words) if type(words) is list else words
                     for pos, words in value.items()}
        self._tables[key] = value if _is_table(value) else bulk_table(key, value)
    return self


def _is_table(value) -> bool:
    from spacy.lookups import Table

    return isinstance(value, Table)


class IndexedList(list):
    """A list of words whose `in` is a set look-up. The French rule lemmatizer asks
    `form in index` of the lemma index, lists of up to 66,000 words, once for each new
    word and again for each suffix rule that applies: a scan of the list each time (≈ 2 ms
    a word the first time it is seen, 0.3 s of the first draft). The list itself is the
    stock one (equal, same order); it is only read, never changed, once loaded."""

    __slots__ = ("_members",)

    def __init__(self, words=()):
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word) -> bool:
        try:
            return word in self._members
        except TypeError:  # not hashable: the list's own scan
            return list.__contains__(self, word)


def bulk_table(name: str, data: dict):
    """`Table(name, data)`: the same keys in the same order and the same Bloom filter,
    filled without a Python call per entry."""
    from spacy.lookups import Table

    table = Table.__new__(Table)
    OrderedDict.__init__(table)
    table.name = name
    table.default_size = 1e6
    fill_table(table, data)
    return table


def fill_table(table, data: dict) -> None:
    """Fill an empty `Table` with `data` as `Table.__init__` does, in bulk."""
    from preshed.bloom import BloomFilter
    from spacy.strings import get_string_id

    table.bloom = BloomFilter.from_error_rate(max(len(data), 1))
    keys = list(map(get_string_id, data))
    deque(map(table.bloom.add, keys), maxlen=0)
    deque(map(OrderedDict.__setitem__, repeat(table), keys, data.values()), maxlen=0)
