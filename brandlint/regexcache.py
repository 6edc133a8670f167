"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

A cold `brandlint check` compiles about 500 regular expressions: the lexicons' phrase
alternations (hundreds of phrases each) and, while the model loads, the tokenizer's
patterns. `re` parses and compiles each in Python, ≈ 0.35 s of CPU that is the same on
every run. Only the last step, `_sre.compile`, is C: this store keeps what `re` hands to
it (the opcode list, flags and groups) in one file of the cache folder, keyed by the
pattern's SHA-256 and flags, and builds the same `re.Pattern` from it on the next run
(`Pattern.__eq__` compares the code: tests/test_regexcache.py checks it on every pattern
a run compiles). `_sre` validates the opcodes it is given, the file carries a SHA-256 of
its content, its name carries the Python version and `_sre.MAGIC`, and anything that
does not read back exactly is compiled again: a missing, stale or damaged file costs the
compile, never a wrong pattern or a crash.

The store is off (plain `re.compile`) until `use_folder()` names a folder; `brandlint
check` names its cache folder. Compiled patterns cannot change a result (a pattern is
found by its own text), so `--no-cache` still reads them, like `.pyc` files, but
writes nothing. The same folder keeps the lexicons' parsed YAML (`parsed`) and the index
of the lemmatizer's lookup table (`analysis/lazytable.py`, through `current_folder`).
"""

from __future__ import annotations

import array
import base64
import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

FORMAT = 1
MAX_ENTRIES = 5_000  # past this, only the patterns the last run used are kept
MAX_FILE_BYTES = 64_000_000  # a file larger than this was not written by brandlint
_UNCACHED = re.DEBUG | 1  # DEBUG prints the compiled code; 1 is the deprecated TEMPLATE
# `re.compile` as this module found it: fastload routes `re.compile` itself through the
# store while spaCy loads, and a pattern the store cannot keep must not come back there
_re_compile = re.compile

try:  # the step before `_sre.compile`, as `re._compiler.compile` takes it (Python ≥ 3.11)
    import _sre
    from re import _compiler, _parser

    _SUPPORTED = (array.array("I").itemsize == _sre.CODESIZE
                  and callable(getattr(_compiler, "_code", None)))
except ImportError:  # pragma: no cover - older Pythons compile as usual
    _SUPPORTED = False


class PatternStore:
    """`compile(pattern, flags)` as `re.compile`, from the folder's file when it holds
    the pattern; `save()` writes back what this process compiled."""

    def __init__(self, folder: Path | None,
                 prepare: Callable[[Path], None] | None = None):
        self.path = None if folder is None or not _SUPPORTED else folder / _file_name()
        self.prepare = prepare  # makes the folder (a cache folder's tag and .gitignore);
        # None: read the file, never write it
        self._stored: dict[str, list] | None = None  # read on first use
        self._new: dict[str, list] = {}
        self._used: set[str] = set()
        self._compiled: dict[str, re.Pattern] = {}

    def compile(self, pattern: str, flags: int = 0,
                equivalent: Callable[[str], str | None] | None = None) -> re.Pattern:
        """`re.compile(pattern, flags)`. `equivalent(pattern)` may give an equivalent
        pattern to compile instead (fastload's regrouped token match, whose source the
        store keeps), so that on a hit the long original is neither parsed nor
        regrouped."""
        flags = int(flags)
        if self.path is None or not isinstance(pattern, str) or flags & _UNCACHED:
            return _compile_equivalent(pattern, flags, equivalent)
        key = _key(pattern, flags)
        if key not in self._compiled:
            self._compiled[key] = self._build(key, pattern, flags, equivalent)
            self._used.add(key)
        return self._compiled[key]

    def _build(self, key: str, pattern: str, flags: int, equivalent) -> re.Pattern:
        entry = self._entries().get(key)
        compiled = None if entry is None else _from_entry(entry, pattern)
        if compiled is not None:
            return compiled
        for source in _sources(pattern, equivalent):
            compiled, entry = _compile(source, flags)
            if compiled is not None:
                entry.append(source if source != pattern else None)
                self._new[key] = entry
                return compiled
        return _re_compile(pattern, flags)  # `re`'s own error for a bad pattern

    def save(self) -> None:
        """Write the file when this process compiled something it did not hold; a
        failure to write (read-only folder, full disk) only means compiling next time."""
        if self.path is None or self.prepare is None or not self._new:
            return
        entries = {**self._entries(), **self._new}
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self._used}
        body = json.dumps(entries, sort_keys=True, separators=(",", ":"))
        text = json.dumps({"format": FORMAT, "sha256": _digest(body)}) + "\n" + body
        with contextlib.suppress(OSError):
            self.prepare(self.path.parent)
            write_atomically(self.path, text)
            self._stored = entries
            self._new = {}

    def _entries(self) -> dict[str, list]:
        if self._stored is None:
            self._stored = _read(self.path) if self.path is not None else {}
        return self._stored


def _file_name() -> str:
    version = "".join(map(str, sys.version_info[:2]))
    return f"patterns-v{FORMAT}-py{version}-{_sre.MAGIC}.json"


def _key(pattern: str, flags: int) -> str:
    data = pattern.encode("utf-8", "surrogatepass")
    return f"{hashlib.sha256(data).hexdigest()}:{flags}"


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _read(path: Path) -> dict[str, list]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return {}
        head, _, body = path.read_text(encoding="utf-8").partition("\n")
        header = json.loads(head)
        if (not isinstance(header, dict) or header.get("format") != FORMAT
                or header.get("sha256") != _digest(body)):
            return {}
        entries = json.loads(body)
    except (OSError, ValueError, UnicodeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _sources(pattern: str, equivalent) -> list[str]:
    """What to compile for `pattern`: its equivalent first when there is one."""
    shorter = equivalent(pattern) if equivalent is not None else None
    return [shorter, pattern] if shorter and shorter != pattern else [pattern]


def _compile_equivalent(pattern, flags: int, equivalent) -> re.Pattern:
    if isinstance(pattern, str) and equivalent is not None:
        *shorter, _ = _sources(pattern, equivalent)
        for source in shorter:
            with contextlib.suppress(Exception):
                return _re_compile(source, flags)
    return _re_compile(pattern, flags)


def _compile(pattern: str, flags: int) -> tuple[re.Pattern | None, list | None]:
    """What `re._compiler.compile` does, keeping the opcodes it passes to `_sre`; (None,
    None) for anything unforeseen, or a bad pattern."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = [flags | parsed.state.flags, parsed.state.groups - 1, groupindex, indexgroup,
                 base64.b64encode(array.array("I", code).tobytes()).decode("ascii")]
    except Exception:
        return None, None
    compiled = _from_entry(entry, pattern)
    return (compiled, entry) if compiled is not None else (None, None)


def _from_entry(entry: object, pattern: str) -> re.Pattern | None:
    """The pattern an entry describes; `pattern` unless the entry names the equivalent
    source it was compiled from."""
    try:
        flags, groups, groupindex, indexgroup, code, *source = entry
        opcodes = array.array("I")
        opcodes.frombytes(base64.b64decode(code, validate=True))
        return _sre.compile(source[0] if source and source[0] else pattern, flags,
                            opcodes.tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:  # damaged or foreign entry (`_sre` validates the opcodes)
        return None


def write_atomically(target: Path, data: str | bytes) -> None:
    """Write `data` to `target` through a temporary file renamed over it: a concurrent
    run or an interrupt never leaves a half-written file (the results cache uses it too)."""
    import tempfile

    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                    suffix=".tmp")
    try:
        if isinstance(data, bytes):
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
        else:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(data)
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


_store = PatternStore(None)


def use_folder(folder: Path | None, prepare: Callable[[Path], None] | None = None) -> None:
    """Read compiled patterns from `folder` in this process (None: compile as `re` does),
    and keep new ones there if `prepare` is given (it makes the folder before a write)."""
    global _store
    if folder != getattr(_store.path, "parent", None) or prepare is not _store.prepare:
        _store = PatternStore(folder, prepare)


def compile(pattern: str, flags: int = 0,  # noqa: A001 - `re.compile`'s drop-in
            equivalent: Callable[[str], str | None] | None = None) -> re.Pattern:
    return _store.compile(pattern, flags, equivalent)


def save() -> None:
    _store.save()


def current_folder() -> tuple[Path | None, Callable[[Path], None] | None]:
    """Where this process keeps what it compiles (None: nowhere), and how to make that
    folder before a write (None: read only). fastload keeps its lookup index there."""
    if _store.path is None:
        return None, None
    return _store.path.parent, _store.prepare


def parsed(kind: str, source: str, parse: Callable[[str], object]) -> object:
    """`parse(source)`, kept as JSON in this process's folder under the SHA-256 of
    `source`: the lexicons' YAML is parsed in Python on every cold start, JSON in C. A
    result JSON would not give back exactly (tuples, non-string keys, dates, NaN) is
    never kept; a file that does not read back (its own SHA-256) is parsed again."""
    folder, prepare = current_folder()
    if folder is None:
        return parse(source)
    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
    path = folder / f"{kind}-v{FORMAT}-{digest[:32]}.json"
    with contextlib.suppress(OSError, ValueError, UnicodeError):
        head, _, body = path.read_text(encoding="utf-8").partition("\n")
        if json.loads(head) == {"source": digest, "sha256": _digest(body)}:
            return json.loads(body)
    data = parse(source)
    if prepare is not None:
        with contextlib.suppress(OSError, TypeError, ValueError, RecursionError):
            body = json.dumps(data, ensure_ascii=False, allow_nan=False)
            if json.loads(body) == data:
                prepare(folder)
                write_atomically(path, json.dumps({"source": digest, "sha256": _digest(
                    body)}) + "\n" + body)
                for old in folder.glob(f"{kind}-v*.json"):  # this source's earlier texts
                    if old != path:
                        old.unlink(missing_ok=True)
    return data
