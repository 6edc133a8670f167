"""Suppression directives written in a draft, at the scope they name.

    <!-- brandlint: disable-next-line=BL301 -->     the next line only
    text <!-- brandlint: disable-line=BL5 -->       this line only
    <!-- brandlint: disable BL3 --> … <!-- brandlint: enable -->   a range of lines
    <!-- brandlint: disable=BL301 -->              from here to the end (no `enable`)
    <!-- brandlint: disable-file=BL502 -->          the whole document, wherever it is

The same with `#` comments (or a bare line) in `.txt` drafts: `# brandlint: disable-next-line
=BL301`, `Texte  # brandlint: disable-line`. No codes means every rule; codes are codes or
prefixes (`BL3`), family names (`overpromise`) or rule names (`absolute-claim`), separated
by commas or spaces. A batch row's `noqa` column is a whole-row suppression.

Lines are those of the original file, like the diagnostics they are matched with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brandlint.diagnostics import LineIndex

_DIRECTIVE = re.compile(
    r"brandlint:[ \t]*(?P<verb>disable-next-line|disable-line|disable-file|disable|enable)"
    r"(?:[ \t]*[=:]?[ \t]*(?P<codes>[A-Za-z0-9_,\- \t]*?))?[ \t]*(?=-->|$)",
    re.M | re.I)
# A `.txt` directive: a whole line (optionally `#`-commented), or a trailing `# …` comment.
TEXT_DIRECTIVE = re.compile(
    r"(?:^[ \t]*#?[ \t]*|[ \t]+#[ \t]*)brandlint:[ \t]*(?:disable|enable)[^\n\r]*$",
    re.M | re.I)


@dataclass(frozen=True)
class Suppression:
    """Codes silenced from `first` to `last` (inclusive, None: to the end of the document);
    `line`/`column`/`directive` say where it was written, for the unused report."""

    codes: frozenset[str]  # "*" for every rule
    first: int
    last: int | None
    line: int
    column: int
    directive: str

    def covers(self, code: str, name: str, family: str, line: int) -> bool:
        if line < self.first or (self.last is not None and line > self.last):
            return False
        return any(_names(token, code, name, family) for token in self.codes)


def _names(token: str, code: str, name: str, family: str) -> bool:
    if token == "*":
        return True
    if token.upper().startswith("BL"):
        return code.startswith(token.upper())
    return token.lower() in (name, family)


def parse_codes(text: str | None) -> frozenset[str]:
    codes = frozenset(c for c in re.split(r"[,\s]+", text or "") if c)
    return codes or frozenset({"*"})


def find_suppressions(text: str, base_line: int = 0) -> tuple[Suppression, ...]:
    """Every directive of `text`, each resolved to the lines it covers."""
    if "brandlint:" not in text.lower():
        return ()
    index = LineIndex(text)
    found: list[Suppression] = []
    open_ranges: list[Suppression] = []
    for match in _DIRECTIVE.finditer(text):
        line, column = index.position(match.start())
        line += base_line
        verb = match["verb"].lower()
        codes = parse_codes(match["codes"])
        written = match.group(0).strip()
        if verb == "disable-next-line":
            found.append(Suppression(codes, line + 1, line + 1, line, column, written))
        elif verb == "disable-line":
            found.append(Suppression(codes, line, line, line, column, written))
        elif verb == "disable-file":
            found.append(Suppression(codes, 1, None, line, column, written))
        elif verb == "disable":
            open_ranges.append(Suppression(codes, line, None, line, column, written))
        else:  # enable: closes the ranges it names (all of them when it names none)
            still_open = []
            for opened in open_ranges:
                if "*" in codes or opened.codes <= codes:
                    found.append(Suppression(opened.codes, opened.first, line, opened.line,
                                             opened.column, opened.directive))
                else:
                    still_open.append(opened)
            open_ranges = still_open
    found.extend(open_ranges)
    return tuple(sorted(found, key=lambda s: (s.line, s.column)))


def whole_document(codes: frozenset[str], line: int, directive: str) -> Suppression:
    """A batch row's `noqa`: the whole row."""
    return Suppression(codes, 0, None, line, 1, directive)
