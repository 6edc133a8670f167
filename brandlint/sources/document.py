"""Documents to lint, and the map from their prose back to the original file."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from brandlint.diagnostics import LineIndex
from brandlint.sources.suppress import Suppression

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class InputProblem:
    """A BL9xx problem found while reading: code, message, position in the file."""

    code: str
    message: str
    line: int = 1
    column: int = 1


class SourceMap:
    """Maps offsets in the linted prose to (line, column) in the original file.

    `segments` are (prose_offset, original_offset) pairs, sorted, each starting a run
    where both advance together. `base_line` shifts lines (batch rows: the row's line).
    """

    def __init__(self, original: str, segments: list[tuple[int, int]] | None = None,
                 base_line: int = 0):
        self._index = LineIndex(original)
        self._segments = segments or [(0, 0)]
        self._prose_starts = [s[0] for s in self._segments]
        self._base_line = base_line
        self._length = len(original)

    def original_offset(self, prose_offset: int) -> int:
        """Never past the end of the file: the paragraph break a reader adds after the last
        block has no source of its own (found by the fuzz suite: `Bonjour` in a .md file
        mapped its prose end to column 10 of a 7-character line)."""
        i = max(bisect.bisect_right(self._prose_starts, prose_offset) - 1, 0)
        prose_start, original_start = self._segments[i]
        return min(original_start + (prose_offset - prose_start), self._length)

    def position(self, prose_offset: int) -> tuple[int, int]:
        line, column = self._index.position(self.original_offset(prose_offset))
        return line + self._base_line, column


class ProseBuilder:
    """Accumulates prose pieces while remembering where each came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.segments: list[tuple[int, int]] = []

    def add(self, text: str, original_offset: int) -> None:
        if not text:
            return
        self.segments.append((self._length, original_offset))
        self._parts.append(text)
        self._length += len(text)
        self._original_end = original_offset + len(text)

    def separate(self, separator: str = "\n\n") -> None:
        """Add a break that maps to the end of the previous piece: each of its characters,
        and the offset just after it (the end of the prose), map there. Mapped as a run,
        the second `\n` pointed into the file's own line break, past the line's last
        column (`to\r\n` read as `to\n\n`: column 172 of a 170-character line)."""
        if self._length and not "".join(self._parts[-1:]).endswith(separator):
            self.segments.extend((self._length + i, self._original_end)
                                 for i in range(len(separator) + 1))
            self._parts.append(separator)
            self._length += len(separator)

    @property
    def text(self) -> str:
        return "".join(self._parts)


@dataclass
class Document:
    path: str
    text: str
    source_map: SourceMap
    id: str | None = None
    channel: str | None = None
    language: str | None = None
    disabled: frozenset[str] = frozenset()  # a batch row's `noqa`: the whole row
    suppressions: tuple[Suppression, ...] = ()  # directives written in the draft
    problems: list[InputProblem] = field(default_factory=list)
    analysable: bool = True
    # campaign keys of a batch row or front matter (campaign, variant_of, group, offer,
    # send_date, language): read by the campaign checks (BL6xx), text as written
    meta: dict[str, str] = field(default_factory=dict)

    @classmethod
    def broken(cls, path: str, problem: InputProblem, id: str | None = None) -> Document:
        """A document that could not be read: reported with its BL9xx, never dropped."""
        return cls(path=path, text="", source_map=SourceMap(""), id=id,
                   problems=[problem], analysable=False)


def parse_noqa(value: object) -> frozenset[str]:
    if not value:
        return frozenset()
    text = str(value).strip()
    if text.lower() in ("*", "all", "true", "1", "yes"):
        return frozenset({"*"})
    return frozenset(c.strip().upper() for c in re.split(r"[,;\s]+", text) if c.strip())


def replace_lone_surrogates(text: str) -> tuple[str, int | None]:
    """`text` with unpaired surrogates (which no UTF-8 report can hold) replaced by U+FFFD,
    one character for one so offsets do not move; and the offset of the first, if any."""
    first = _LONE_SURROGATE.search(text)
    if first is None:
        return text, None
    return _LONE_SURROGATE.sub("\ufffd", text), first.start()
