"""Aligning decoded text with the raw source it came from.

Markdown escapes (`\\*`), HTML entities (`&eacute;`), CSV doubled quotes and JSON
escapes (`\\n`, `\\u00e9`) make the decoded text shorter than the source; these helpers
say where each decoded character came from, as (decoded_offset, raw_offset) segments
for `SourceMap`.
"""

from __future__ import annotations

import html
import re
import string

_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


def align_markup(decoded: str, raw: str, start: int, limit: int) -> list[tuple[int, int]]:
    """Segments mapping `decoded` onto raw[start:limit], skipping backslash escapes and
    character references. Returns [] when the text cannot be found there."""
    segments: list[tuple[int, int]] = []
    pos = start
    expected_raw = None
    for i, ch in enumerate(decoded):
        found = _next_source_of(ch, raw, pos, limit)
        if found is None:
            return segments or []
        raw_at, width = found
        if raw_at != expected_raw:
            segments.append((i, raw_at))
        pos = raw_at + width
        expected_raw = pos if width == 1 else None
    return segments


def _next_source_of(ch: str, raw: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Where `ch` comes from at or after `pos`: (offset, width in the raw text)."""
    scan = pos
    while scan < limit:
        c = raw[scan]
        if c == ch:
            return scan, 1
        if c == "\\" and scan + 1 < limit and raw[scan + 1] == ch:
            return scan + 1, 1
        if c == "&":
            m = _ENTITY.match(raw, scan)
            if m and html.unescape(m.group(0)) == ch:
                return scan, len(m.group(0))
        if scan - pos > 40:  # markup between pieces is short; give up rather than drift
            return None
        scan += 1
    return None


def csv_field_segments(raw_row: str, field_index: int,
                       delimiter: str = ",") -> list[tuple[int, int]] | None:
    """Segments for the decoded value of field `field_index` of a raw CSV record."""
    i, field, n = 0, 0, len(raw_row)
    while field < field_index and i < n:
        if raw_row[i] == '"':
            i += 1
            while i < n:
                if raw_row[i] == '"' and i + 1 < n and raw_row[i + 1] == '"':
                    i += 2
                elif raw_row[i] == '"':
                    i += 1
                    break
                else:
                    i += 1
        while i < n and raw_row[i] != delimiter:
            i += 1
        i += 1
        field += 1
    if i > n:
        return None
    segments: list[tuple[int, int]] = []
    decoded = 0
    if i < n and raw_row[i] == '"':
        i += 1
        run_start = True
        while i < n:
            if raw_row[i] == '"' and i + 1 < n and raw_row[i + 1] == '"':
                segments.append((decoded, i + 1))
                decoded += 1
                i += 2
                run_start = True
            elif raw_row[i] == '"':
                break
            else:
                if run_start:
                    segments.append((decoded, i))
                    run_start = False
                decoded += 1
                i += 1
        return segments
    return [(0, i)]


_JSON_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
                 "r": "\r", "t": "\t"}


def json_string_segments(raw_line: str, key: str, expected: str) -> list[tuple[int, int]] | None:
    """Segments for the JSON string value of `key` in a raw JSON object line."""
    for m in re.finditer(r'"' + re.escape(key) + r'"\s*:\s*"', raw_line):
        start = m.end()
        close = raw_line.find('"', start)
        stop = len(raw_line) if close < 0 else close
        if "\\" not in raw_line[start:stop]:
            # no escape before the closing quote (most rows): one segment, as the loop
            # below would find it character by character
            if raw_line[start:stop] == expected:
                return [(0, start)] if stop > start else []
            continue
        segments, decoded, i = [], [], start
        run_start = True
        while i < len(raw_line) and raw_line[i] != '"':
            if raw_line[i] == "\\" and i + 1 < len(raw_line):
                kind = raw_line[i + 1]
                segments.append((len(decoded), i))
                if kind == "u":
                    char, i = _json_unicode_escape(raw_line, i)
                    decoded.append(char)
                else:
                    decoded.append(_JSON_ESCAPES.get(kind, kind))
                    i += 2
                run_start = True
                continue
            if run_start:
                segments.append((len(decoded), i))
                run_start = False
            decoded.append(raw_line[i])
            i += 1
        if "".join(decoded) == expected:
            return segments
    return None


def _json_unicode_escape(raw_line: str, i: int) -> tuple[str, int]:
    """The character of the `\\uXXXX` escape at `i` (a surrogate pair read as one, as
    json.loads does) and the offset after it; U+FFFD for a malformed escape."""
    code = _hex4(raw_line[i + 2:i + 6])
    if code is None:
        return "\ufffd", i + 2
    low = _hex4(raw_line[i + 8:i + 12]) if raw_line.startswith("\\u", i + 6) else None
    if 0xD800 <= code < 0xDC00 and low is not None and 0xDC00 <= low < 0xE000:
        return chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)), i + 12
    return chr(code), i + 6


def _hex4(digits: str) -> int | None:
    if len(digits) != 4 or any(c not in string.hexdigits for c in digits):
        return None
    return int(digits, 16)
