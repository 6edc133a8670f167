"""brandlint as a library: records in, diagnostic rows out.

    from brandlint.api import Checker

    checker = Checker("profiles/lego.yaml")      # profile, rules and model: loaded once
    rows = checker.check_records([{"id": "r1", "channel": "sms", "text": "Livré en 24 h !"}])
    for row in rows:
        print(row["id"], row["code"], row["message"])

A record is a mapping with `text` and, optionally, `id`, `channel` and `noqa` (the
columns of a campaign batch). Each diagnostic is one flat row whose fields are `FIELDS`,
in that order, with the types of `SCHEMA`: the same findings `brandlint check` reports
for the same rows, with `line`/`column` counted in the record's text (line 1 is its
first line). The schema is stable: fields may be added at the end, none is renamed,
retyped or removed. Rows come out in record order, each record's sorted by position.

`checker_for(profile_path)` keeps one Checker per process, which is what a Spark or
Dask worker wants: the model is loaded by the first batch a worker receives and reused
for every later one (see brandlint.spark and docs/scaling.md).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

# name, type: the columns of a diagnostic row, in order (see the module docstring)
SCHEMA: tuple[tuple[str, type], ...] = (
    ("id", str),            # the record's id (its position, "row-N", when it has none)
    ("channel", str),       # the channel the record was judged for (None if unknown)
    ("language", str),      # the profile's language
    ("code", str),          # BL302
    ("name", str),          # promise-exceeds-commitment
    ("family", str),        # overpromise
    ("severity", str),      # error | warning | info
    ("message", str),
    ("line", int),          # in the record's text, from 1
    ("column", int),        # from 1
    ("end_line", int),
    ("end_column", int),
    ("text", str),          # the words that triggered it
    ("suggestion", str),
    ("advice", str),
    ("replacement", str),   # exact text a safe fix writes in place of `text`
)
FIELDS: tuple[str, ...] = tuple(name for name, _ in SCHEMA)


class Checker:
    """One brand profile's whole engine, built once; `check_records` many times."""

    def __init__(self, profile_path: str | Path, select: Iterable[str] | None = None,
                 ignore: Iterable[str] | None = None, channel: str | None = None,
                 source: str = "<records>"):
        from brandlint.checkrun import build_engine
        from brandlint.profile import load_profile
        from brandlint.selection import Selection

        self.profile = load_profile(str(profile_path))
        selection = Selection.build(self.profile, list(select or ()), list(ignore or ()))
        self.engine = build_engine(self.profile, selection, lambda path: None, channel, False)
        self.source = source

    def check_records(self, records: Iterable[Mapping]) -> Iterator[dict]:
        """The diagnostic rows of `records`, streamed (records are read as needed)."""
        documents = (self._document(i, r) for i, r in enumerate(records))
        for result in self.engine.run(documents):
            for d in result.diagnostics:
                yield {
                    "id": result.id, "channel": result.channel,
                    "language": result.language, "code": d.code, "name": d.name,
                    "family": d.family, "severity": str(d.severity), "message": d.message,
                    "line": d.line, "column": d.column, "end_line": d.end_line,
                    "end_column": d.end_column, "text": d.text, "suggestion": d.suggestion,
                    "advice": d.advice, "replacement": d.replacement}

    def check_texts(self, texts: Iterable[str], channel: str | None = None
                    ) -> Iterator[dict]:
        return self.check_records({"text": t, "channel": channel} for t in texts)

    def _document(self, number: int, record: Mapping):
        from brandlint.sources.document import Document, SourceMap, parse_noqa

        text = record.get("text")
        text = "" if text is None else str(text)
        row_id = record.get("id")
        channel = record.get("channel")
        return Document(path=self.source, text=text, source_map=SourceMap(text),
                        id=str(row_id) if row_id not in (None, "") else f"row-{number + 1}",
                        channel=str(channel) if channel not in (None, "") else None,
                        disabled=parse_noqa(record.get("noqa")))


@functools.cache
def checker_for(profile_path: str, select: tuple[str, ...] = (),
                ignore: tuple[str, ...] = ()) -> Checker:
    """The process's Checker for these settings: built by its first caller, then reused."""
    return Checker(profile_path, select or None, ignore or None)


def check_records(records: Iterable[Mapping], profile_path: str | Path) -> list[dict]:
    """One-off convenience: every row for `records` (use a Checker to check many batches)."""
    return list(checker_for(str(profile_path)).check_records(records))


def batched(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
