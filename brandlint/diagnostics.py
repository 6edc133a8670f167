"""Diagnostics: what a rule reports, and the mapping of character offsets to lines."""

from __future__ import annotations

import bisect
import enum
import re
from dataclasses import dataclass, field, replace

_LINE_BREAK = re.compile(r"\r\n?|\n")


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls[value.strip().upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    """What a rule yields: a character span in the analysed text, and the explanation.

    Rules work on character offsets of the prose they were given; the engine turns
    them into positions in the original file once, for every rule.
    """

    code: str
    start: int
    end: int
    message: str
    suggestion: str | None = None  # for a person: what to do
    lowered: bool = False  # hedged or conditional: one severity step below the rule's
    raised: bool = False  # the profile asks more of this channel: at least a warning
    replacement: str | None = None  # for a machine: exact text to put in place of the span
    fix_safe: bool = False  # the replacement keeps the sentence right (--fix applies it)


@dataclass(frozen=True)
class Diagnostic:
    code: str
    name: str
    family: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str = ""
    suggestion: str | None = None
    id: str | None = None
    replacement: str | None = None  # exact text a fix writes in place of `text`
    advice: str | None = None  # what to do, for a person (`suggestion` stays for compatibility)
    applicability: str | None = None  # "safe" (--fix) or "unsafe" (--unsafe-fixes)
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def what_to_do(self) -> str | None:
        """The advice for a person; `suggestion` for diagnostics built before it existed."""
        return self.advice if self.advice is not None else self.suggestion

    def with_severity(self, severity: Severity) -> Diagnostic:
        return replace(self, severity=severity)

    def to_json(self) -> dict:
        out = {
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "path": self.path,
            "id": self.id,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
            "suggestion": self.suggestion,
            "replacement": self.replacement,
            "advice": self.advice,
            "applicability": self.applicability,
        }
        if self.extra.get("related"):  # campaign findings (BL6xx): the other message(s)
            out["related_locations"] = self.extra["related"]
            out["campaign"] = self.extra.get("campaign")
        return out


class LineIndex:
    """Turns character offsets of a text into 1-based (line, column) pairs."""

    def __init__(self, text: str):
        # `\r\n`, `\n` and the lone `\r` of old Mac files each end a line, as in editors
        breaks = list(_LINE_BREAK.finditer(text))
        self._starts = [0] + [m.end() for m in breaks]
        # the `\n` of a `\r\n` belongs to the end of its line, like the `\r`
        self._crlf_ends = {m.end() - 1 for m in breaks if m.end() - m.start() == 2}

    def position(self, offset: int) -> tuple[int, int]:
        if offset in self._crlf_ends:
            offset -= 1
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
