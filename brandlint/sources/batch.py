"""Campaign batches: one message a row (CSV) or a line (JSONL), streamed.

Each row becomes its own document; its `line` is the row's line in the file and
columns count from the start of the row's text. A bad row becomes a BL903 document
and the rows after it are still read.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator

from brandlint.sources.document import Document, InputProblem, SourceMap, parse_noqa

_KNOWN_COLUMNS = ("id", "channel", "text")


def _row_document(path: str, line: int, row_id: str, text: str, channel: object,
                  noqa: object) -> Document:
    return Document(path=path, text=text, source_map=SourceMap(text, base_line=line - 1),
                    id=row_id, channel=str(channel) if channel else None,
                    disabled=parse_noqa(noqa))


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
                id=f"row-{number}")
            continue
        yield _csv_row(path, start, number, columns, fields)


def _csv_row(path: str, line: int, number: int, columns: list[str],
             fields: list[str]) -> Document:
    row = dict(zip(columns, fields))
    row_id = (row.get("id") or "").strip() or f"row-{number}"
    if len(fields) != len(columns):
        return Document.broken(path, InputProblem(
            "BL903", f"row has {len(fields)} fields but the header has {len(columns)} "
            "(a comma in the text without quotes?)", line), id=row_id)
    text = row.get("text", "")
    if not text.strip():
        return Document.broken(path, InputProblem("BL903", "row has an empty `text`", line),
                               id=row_id)
    return _row_document(path, line, row_id, text, row.get("channel", "").strip(),
                         row.get("noqa"))


def read_jsonl(path: str, lines: Iterable[bytes]) -> Iterator[Document]:
    for line_no, data in enumerate(lines, start=1):
        fallback_id = f"line-{line_no}"
        try:
            raw = data.decode("utf-8-sig" if line_no == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Document.broken(path, InputProblem(
                "BL902", f"line is not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                "re-save the file as UTF-8", line_no), id=fallback_id)
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Document.broken(path, InputProblem(
                "BL903", f"invalid JSON: {exc.msg}", line_no, exc.colno), id=fallback_id)
            continue
        if not isinstance(record, dict):
            yield Document.broken(path, InputProblem(
                "BL903", "each line must be a JSON object with `id`, `channel`, `text`",
                line_no), id=fallback_id)
            continue
        row_id = str(record["id"]) if record.get("id") is not None else fallback_id
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Document.broken(path, InputProblem(
                "BL903", "missing or empty `text` (a string)", line_no), id=row_id)
            continue
        yield _row_document(path, line_no, row_id, text, record.get("channel"),
                            record.get("noqa"))


class _LineCounter:
    """Decodes byte lines for csv.reader, counting lines and remembering bad bytes."""

    def __init__(self, lines: Iterable[bytes]):
        self._lines = iter(lines)
        self.line = 0
        self._bad_lines: list[int] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        data = next(self._lines)
        self.line += 1
        try:
            return data.decode("utf-8-sig" if self.line == 1 else "utf-8")
        except UnicodeDecodeError:
            self._bad_lines.append(self.line)
            return data.decode("utf-8", errors="replace")

    def undecodable_since(self, line: int) -> bool:
        return bool(self._bad_lines) and self._bad_lines[-1] >= line
