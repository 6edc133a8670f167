"""Campaign batches: one message a row (CSV) or a line (JSONL), streamed.

Each row becomes its own document; its `line` is the row's line in the file and
columns count from the start of the row's text. A bad row becomes a BL903 document
and the rows after it are still read.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator

from brandlint.sources.align import csv_field_segments, json_string_segments
from brandlint.sources.document import (
    Document,
    InputProblem,
    SourceMap,
    parse_noqa,
    replace_lone_surrogates,
)

_KNOWN_COLUMNS = ("id", "channel", "text")
# what ties a row to a campaign (CAMPAIGN-FORMAT.md): kept as text on the document
CAMPAIGN_KEYS = ("campaign", "variant_of", "group", "offer", "send_date", "language")


def campaign_meta(row: dict) -> dict[str, str]:
    """The campaign keys a row or front matter sets (scalars only, stripped)."""
    out = {}
    for key in CAMPAIGN_KEYS:
        value = row.get(key)
        if value is None or isinstance(value, (list, dict)):
            continue
        text = str(value).strip()
        if text:
            out[key] = text[:200]
    return out


def _row_document(path: str, line: int, row_id: str, text: str, channel: object,
                  noqa: object, raw: str | None = None,
                  segments: list[tuple[int, int]] | None = None) -> Document:
    """A batch row; with its raw record, positions point at the text inside the file
    line (column of the first character of the value, escapes accounted for)."""
    source_map = (SourceMap(raw, segments, base_line=line - 1) if raw is not None and segments
                  else SourceMap(text, base_line=line - 1))
    return Document(path=path, text=text, source_map=source_map, id=row_id,
                    channel=str(channel) if channel else None, disabled=parse_noqa(noqa))


def read_csv(path: str, lines: Iterable[bytes]) -> Iterator[Document]:
    counter = _LineCounter(lines)
    reader = csv.reader(counter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield Document.broken(path, InputProblem("BL903", f"unreadable CSV header: {exc}", 1))
        return
    columns = [c.strip().lower() for c in header]
    if "text" not in columns:
        yield Document.broken(path, InputProblem(
            "BL903", f"the CSV header has no `text` column (found: {', '.join(header)}); "
            "a batch needs the columns id, channel, text", 1))
        return
    number = 0
    while True:
        start = counter.line + 1
        counter.start_record()
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            yield Document.broken(path, InputProblem("BL903", f"malformed CSV row: {exc}", start),
                                  id=f"row-{number}")
            continue
        if not any(f.strip() for f in fields):
            continue
        number += 1
        if counter.undecodable_since(start):
            yield Document.broken(path, InputProblem(
                "BL902", "row is not valid UTF-8 text; re-save the file as UTF-8", start),
                id=_readable_id(dict(zip(columns, fields, strict=False)).get("id"))
                or f"row-{number}")
            continue
        yield _csv_row(path, start, number, columns, fields, counter.record())


def _csv_row(path: str, line: int, number: int, columns: list[str],
             fields: list[str], raw: str) -> Document:
    row = dict(zip(columns, fields, strict=False))  # a length mismatch is reported below
    row_id = (row.get("id") or "").strip() or f"row-{number}"
    if len(fields) != len(columns):
        return Document.broken(path, InputProblem(
            "BL903", f"row has {len(fields)} fields but the header has {len(columns)} "
            "(a comma in the text without quotes?)", line), id=row_id)
    text = row.get("text", "")
    if not text.strip():
        return Document.broken(path, InputProblem("BL903", "row has an empty `text`", line),
                               id=row_id)
    segments = csv_field_segments(raw, columns.index("text"))
    document = _row_document(path, line, row_id, text, row.get("channel", "").strip(),
                             row.get("noqa"), raw, segments)
    document.meta = campaign_meta(row)
    return document


def read_jsonl(path: str, lines: Iterable[bytes]) -> Iterator[Document]:
    for line_no, data in enumerate(lines, start=1):
        fallback_id = f"line-{line_no}"
        try:
            raw = data.decode("utf-8-sig" if line_no == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Document.broken(path, InputProblem(
                "BL902", f"line is not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                "re-save the file as UTF-8", line_no),
                id=_id_of_undecodable(data) or fallback_id)
            continue
        if not raw.strip():
            continue
        try:
            record = _parse_json_line(raw)
        except json.JSONDecodeError as exc:
            yield Document.broken(path, InputProblem(
                "BL903", f"invalid JSON: {exc.msg}", line_no, exc.colno), id=fallback_id)
            continue
        except RecursionError:
            yield Document.broken(path, InputProblem(
                "BL903", "JSON nested too deeply to read; a row is one flat object with "
                "`id`, `channel`, `text`", line_no), id=fallback_id)
            continue
        if not isinstance(record, dict):
            yield Document.broken(path, InputProblem(
                "BL903", "each line must be a JSON object with `id`, `channel`, `text`",
                line_no), id=fallback_id)
            continue
        row_id = _scalar(record.get("id")) or fallback_id
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Document.broken(path, InputProblem(
                "BL903", "missing or empty `text` (a string)", line_no), id=row_id)
            continue
        segments = json_string_segments(raw, "text", text)
        clean, bad_at = replace_lone_surrogates(text)
        document = _row_document(path, line_no, replace_lone_surrogates(row_id)[0], clean,
                                 _scalar(record.get("channel")), _scalar(record.get("noqa")),
                                 raw, segments)
        if bad_at is not None:
            document.problems.append(_surrogate_problem(document, bad_at))
        document.meta = campaign_meta({k: _scalar(record.get(k)) for k in CAMPAIGN_KEYS})
        yield document


def _parse_json_line(raw: str) -> object:
    # Numbers stay the text written: an id of 5,000 digits is an id, not a ValueError
    # (Python's int/str conversion limit); no field brandlint reads is a number.
    return json.loads(raw, parse_int=str, parse_float=str)


def _scalar(value: object) -> str | None:
    """A JSON field read as text; lists and objects are not ids, channels or noqa."""
    if value is None or isinstance(value, (list, dict)):
        return None
    return replace_lone_surrogates(str(value))[0]


def _surrogate_problem(document: Document, offset: int) -> InputProblem:
    line, column = document.source_map.position(offset)
    return InputProblem("BL911", "the text holds an unpaired UTF-16 surrogate escape "
                        "(such as \\ud800), replaced by U+FFFD", line, column)


class _LineCounter:
    """Decodes byte lines for csv.reader, counting lines and remembering bad bytes."""

    def __init__(self, lines: Iterable[bytes]):
        self._lines = iter(lines)
        self.line = 0
        self._bad_lines: list[int] = []
        self._record: list[str] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        data = next(self._lines)
        first = self.line + 1
        try:
            text = data.decode("utf-8-sig" if self.line == 0 else "utf-8")
        except UnicodeDecodeError:
            self._bad_lines.append(first)
            text = data.decode("utf-8", errors="replace")
        # a lone \r inside a quoted field is a line in an editor too: count every break
        self.line += max(1, len(_BREAKS.findall(text)))
        self._record.append(text)
        return text

    def start_record(self) -> None:
        self._record: list[str] = []

    def record(self) -> str:
        """The raw text of the record read since `start_record`."""
        return "".join(self._record)

    def undecodable_since(self, line: int) -> bool:
        return bool(self._bad_lines) and self._bad_lines[-1] >= line


_BREAKS = re.compile(r"\r\n|\r|\n")


def _readable_id(value: object) -> str | None:
    """A row's id when its own bytes were readable (the bad bytes were elsewhere)."""
    if not isinstance(value, str) or "\ufffd" in value or not value.strip():
        return None
    return value.strip()


def _id_of_undecodable(data: bytes) -> str | None:
    """The `id` of a JSONL line whose bad bytes lie outside it."""
    try:
        record = json.loads(data.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        return None
    return _readable_id(record.get("id")) if isinstance(record, dict) else None
