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

from brandlint.i18n import _
from brandlint.sources.align import csv_field_segments, json_string_segments
from brandlint.sources.columns import _chosen, _plain
from brandlint.sources.document import (
    Document,
    InputProblem,
    SourceMap,
    parse_noqa,
    replace_lone_surrogates,
)

DELIMITERS = (",", ";", "\t")
LEGACY_ENCODING = "cp1252"  # what Excel on Windows writes for Western European text
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


def csv_encoding(lines: list[bytes]) -> str:
    """UTF-8 (with or without BOM), unless no line reads as UTF-8 text with accents and
    some do not read at all: then the file was saved by Excel on Windows (Windows-1252).
    A UTF-8 file with one damaged row stays UTF-8, and that row is a BL902."""
    valid_accented = invalid = False
    for data in lines:
        if data.isascii():
            continue
        try:
            data.decode("utf-8")
            valid_accented = True
        except UnicodeDecodeError:
            invalid = True
            # a lead byte with its continuation bytes is damaged UTF-8 (an encoded
            # surrogate…), not Windows-1252, where « é » is one byte before a letter
            valid_accented = valid_accented or bool(_UTF8_SHAPED.search(data))
    return LEGACY_ENCODING if invalid and not valid_accented else "utf-8"


_UTF8_SHAPED = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")


def sniff_delimiter(header: str) -> str:
    """The separator of the header line outside quotes: `;` (Excel in French), tab, or
    `,`; a header of one column is read with `,`."""
    outside = re.sub(r'"[^"]*"', "", header)
    counts = {d: outside.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: str, lines: Iterable[bytes]) -> Iterator[Document]:
    lines = list(lines)
    encoding = csv_encoding(lines)
    notice = None if encoding == "utf-8" else InputProblem(
        "BL916", _("the file is not UTF-8: read as Windows-1252, the encoding Excel uses on "
                   "Windows; re-save it as “CSV UTF-8” so that every tool reads the same "
                   "accents"), 1)
    for document in _read_csv(path, lines, encoding):
        if notice is not None:  # reported once, with the file's first entry
            document.problems.insert(0, notice)
            notice = None
        yield document


def _read_csv(path: str, lines: list[bytes], encoding: str) -> Iterator[Document]:
    counter = _LineCounter(lines, encoding)
    first = lines[0].decode(encoding, errors="replace").lstrip("\ufeff") if lines else ""
    delimiter = sniff_delimiter(first)
    reader = csv.reader(counter, strict=True, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield Document.broken(path, InputProblem(
            "BL903", _("unreadable CSV header: {reason}").format(reason=exc), 1))
        return
    columns = _roles([_plain(c) for c in header])
    if "text" not in columns:
        wanted = _chosen().text
        yield Document.broken(path, InputProblem(
            "BL903", (_("the CSV header has no column `{name}` (found: {found}); check "
                        "--text-column").format(name=wanted, found=", ".join(header))
                      if wanted else
                      _("the CSV header has no `text` column (found: {found}); a batch needs "
                        "a text column (text, texte, message), and may have id and channel "
                        "(canal); --text-column names another").format(
                          found=", ".join(header))), 1))
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
            yield Document.broken(path, InputProblem(
                "BL903", _("malformed CSV row: {reason}").format(reason=exc), start),
                id=f"row-{number}")
            continue
        if not any(f.strip() for f in fields):
            continue
        number += 1
        if counter.undecodable_since(start):
            row_id = fields[columns["id"]] if "id" in columns and columns["id"] < len(
                fields) else None
            yield Document.broken(path, InputProblem(
                "BL902", _("row is not valid UTF-8 text; re-save the file as UTF-8"), start),
                id=_readable_id(row_id) or f"row-{number}")
            continue
        yield _csv_row(path, start, number, columns, len(header), fields, counter.record(),
                       delimiter)


def _roles(header: list[str]) -> dict[str, int]:
    """The index of the text, id, channel and noqa columns in the header (the first of
    the names each role accepts, in that order of preference)."""
    chosen = _chosen()
    found = {}
    for role in ("text", "id", "channel", "noqa"):
        for name in chosen.names(role):
            if name in header and header.index(name) not in found.values():
                found[role] = header.index(name)
                break
    for key in CAMPAIGN_KEYS:  # campaign, variant_of, offer…: by their own names
        if key in header and header.index(key) not in found.values():
            found[key] = header.index(key)
    return found


def _csv_row(path: str, line: int, number: int, columns: dict[str, int], width: int,
             fields: list[str], raw: str, delimiter: str) -> Document:
    def field(role: str) -> str:
        index = columns.get(role)
        return fields[index] if index is not None and index < len(fields) else ""

    row_id = field("id").strip() or f"row-{number}"
    if len(fields) != width:
        hint = {",": _(" (a comma in the text without quotes?)"),
                ";": _(" (a semicolon in the text without quotes?)")}.get(delimiter, "")
        return Document.broken(path, InputProblem(
            "BL903", _("row has {fields} fields but the header has {columns}{hint}").format(
                fields=len(fields), columns=width, hint=hint), line), id=row_id)
    text = field("text")
    if not text.strip():
        return Document.broken(path, InputProblem(
            "BL903", _("row has an empty `text`"), line), id=row_id)
    segments = csv_field_segments(raw, columns["text"], delimiter)
    document = _row_document(path, line, row_id, text, field("channel").strip(),
                             field("noqa") or None, raw, segments)
    document.meta = campaign_meta({key: field(key) for key in CAMPAIGN_KEYS})
    return document


def read_jsonl(path: str, lines: Iterable[bytes]) -> Iterator[Document]:
    for line_no, data in enumerate(lines, start=1):
        fallback_id = f"line-{line_no}"
        try:
            raw = data.decode("utf-8-sig" if line_no == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Document.broken(path, InputProblem(
                "BL902", _("line is not valid UTF-8 ({reason} at byte {byte}); re-save the "
                           "file as UTF-8").format(reason=exc.reason, byte=exc.start), line_no),
                id=_id_of_undecodable(data) or fallback_id)
            continue
        if not raw.strip():
            continue
        try:
            record = _parse_json_line(raw)
        except json.JSONDecodeError as exc:
            yield Document.broken(path, InputProblem(
                "BL903", _("invalid JSON: {reason}").format(reason=exc.msg), line_no,
                exc.colno), id=fallback_id)
            continue
        except RecursionError:
            yield Document.broken(path, InputProblem(
                "BL903", _("JSON nested too deeply to read; a row is one flat object with "
                           "`id`, `channel`, `text`"), line_no), id=fallback_id)
            continue
        if not isinstance(record, dict):
            yield Document.broken(path, InputProblem(
                "BL903", _("each line must be a JSON object with `id`, `channel`, `text`"),
                line_no), id=fallback_id)
            continue
        row_id = _scalar(record.get("id")) or fallback_id
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Document.broken(path, InputProblem(
                "BL903", _("missing or empty `text` (a string)"), line_no), id=row_id)
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
    return InputProblem("BL911", _("the text holds an unpaired UTF-16 surrogate escape "
                                   "(such as \\ud800), replaced by U+FFFD"), line, column)


class _LineCounter:
    """Decodes byte lines for csv.reader, counting lines and remembering bad bytes."""

    def __init__(self, lines: Iterable[bytes], encoding: str = "utf-8"):
        self._lines = iter(lines)
        self._encoding = encoding
        self.line = 0
        self._bad_lines: list[int] = []
        self._record: list[str] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        data = next(self._lines)
        first = self.line + 1
        try:
            text = data.decode("utf-8-sig" if self.line == 0 and self._encoding == "utf-8"
                               else self._encoding)
        except UnicodeDecodeError:
            self._bad_lines.append(first)
            text = data.decode(self._encoding, errors="replace")
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
