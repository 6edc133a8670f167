"""`--fix`, `--unsafe-fixes`, `--diff`: write the findings' replacements into the files.

A replacement is applied only where it is certain to land on the words it replaces: the
file's characters at the diagnostic's span must be exactly the quoted text (an HTML
entity, a Markdown escape or a CSV `""` in between, and the fix is left to a person), and
the replacement must be plain words, which no format needs to escape, so that a batch
row's other columns and the file's structure are untouched. Overlapping fixes: the first
wins. A file with nothing to fix is never written (byte-identical, same mtime); a fixed
file is written atomically, with its encoding mark and line endings as they were.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from brandlint.diagnostics import Diagnostic
from brandlint.output import atomic_write_bytes
from brandlint.sources import LINTED_SUFFIXES

_LINE_BREAK = re.compile(r"\r\n?|\n")
_PLAIN = re.compile(r"^[^\W_](?:[\w \-'’.]*[^\W_])?$")
_BOM = "\ufeff"


@dataclass
class FileFix:
    path: str
    original: str
    bom: bool
    edits: list[tuple[int, int, str]] = field(default_factory=list)

    def fixed(self) -> str:
        text = self.original
        for start, end, replacement in sorted(self.edits, reverse=True):
            text = text[:start] + replacement + text[end:]
        return text

    def encoded(self, text: str) -> bytes:
        return ((_BOM if self.bom else "") + text).encode("utf-8")

    def diff(self) -> str:
        return "".join(difflib.unified_diff(
            self.original.splitlines(keepends=True), self.fixed().splitlines(keepends=True),
            fromfile=f"a/{self.path}", tofile=f"b/{self.path}"))


class Fixer:
    """Takes results in input order; gathers the edits of each file, and hands the file
    back once its last document has gone by."""

    def __init__(self, unsafe: bool = False, skip: set[str] | frozenset[str] = frozenset()):
        self.unsafe = unsafe
        self.skip = skip  # what was read from standard input: no file to write
        self.current: FileFix | None = None
        self.done: list[FileFix] = []
        self._unreadable: set[str] = set()

    def take(self, path: str, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """The diagnostics a fix does not settle (the others are applied to the file)."""
        if self.current is not None and self.current.path != path:
            self._close()
        remaining = []
        for d in diagnostics:
            if not self._wanted(d) or not self._apply(path, d):
                remaining.append(d)
        return remaining

    def finish(self) -> list[FileFix]:
        self._close()
        return self.done

    def _wanted(self, d: Diagnostic) -> bool:
        return (d.replacement is not None and d.text != ""
                and (d.applicability == "safe" or self.unsafe)
                and _PLAIN.match(d.replacement) is not None
                and Path(d.path).suffix.lower() in LINTED_SUFFIXES)

    def _apply(self, path: str, d: Diagnostic) -> bool:
        fix = self._file(path)
        if fix is None:
            return False
        span = _offsets(fix.original, d)
        if span is None or fix.original[span[0]:span[1]] != d.text:
            return False
        if any(start < span[1] and span[0] < end for start, end, _ in fix.edits):
            return False
        fix.edits.append((span[0], span[1], d.replacement))
        return True

    def _file(self, path: str) -> FileFix | None:
        if self.current is not None:
            return self.current
        if path in self._unreadable or path in self.skip or path == "-":
            return None
        try:
            text = Path(path).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            self._unreadable.add(path)
            return None
        bom = text.startswith(_BOM)
        self.current = FileFix(path, text[1:] if bom else text, bom)
        return self.current

    def _close(self) -> None:
        if self.current is not None and self.current.edits:
            self.done.append(self.current)
        self.current = None


def _offsets(text: str, d: Diagnostic) -> tuple[int, int] | None:
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    if not (1 <= d.line <= len(starts) and 1 <= d.end_line <= len(starts)):
        return None
    return starts[d.line - 1] + d.column - 1, starts[d.end_line - 1] + d.end_column - 1


def write(fixes: list[FileFix]) -> None:
    for fix in fixes:
        atomic_write_bytes(fix.path, fix.encoded(fix.fixed()))
