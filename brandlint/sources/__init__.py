"""Readers: turn paths into documents (one per file, one per batch row), streamed."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from brandlint.i18n import _
from brandlint.sources.document import Document, InputProblem, SourceMap
from brandlint.sources.text import read_text
from brandlint.sources.walk import LINTED_SUFFIXES, STDIN, iter_inputs, would_walk

__all__ = ["LINTED_SUFFIXES", "STDIN", "Document", "InputProblem", "SourceMap",
           "iter_documents", "iter_inputs", "read_bytes", "read_input", "would_walk"]


def read_input(item: Path | str | Document, stdin_name: str = "<stdin>",
               debug: bool = False) -> Iterator[Document]:
    """The documents of one input. A reader that fails (a brandlint bug) costs that file
    only: what it read is kept and a BL914 document says the rest was not."""
    try:
        if isinstance(item, Document):
            yield item
        elif item == STDIN:
            yield from read_bytes(stdin_name, sys.stdin.buffer.read(), _suffix(stdin_name))
        else:
            yield from read_path(item)
    except Exception as exc:
        if debug:
            raise
        shown = stdin_name if item == STDIN else getattr(item, "path", None) or str(item)
        yield Document.broken(shown, InputProblem(
            "BL914", _("brandlint failed to read this file ({error}); the other files are "
                       "checked. Rerun with --debug for the traceback and report it with the "
                       "file").format(error=f"{type(exc).__name__}: {_first_line(exc)}")))


def _suffix(name: str) -> str:
    """`--stdin-filename drafts/noel.md`: read as Markdown; anything else as text."""
    suffix = Path(name).suffix.lower()
    return suffix if suffix in LINTED_SUFFIXES else ".txt"


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:200] if lines else "no details"


def iter_documents(paths: Iterable[str], exclude: Iterable[str] = (),
                   stdin_name: str = "<stdin>", root: Path | None = None) -> Iterator[Document]:
    """Every document under `paths`, in a stable order; unreadable ones as BL9xx."""
    for item in iter_inputs(paths, exclude, root):
        yield from read_input(item, stdin_name)


def read_path(path: Path) -> Iterator[Document]:
    shown = path.as_posix()
    suffix = path.suffix.lower()
    try:
        if suffix in (".csv", ".jsonl"):
            with path.open("rb") as handle:
                reader = _batch_reader(suffix)
                yield from _at_least_one(shown, reader(shown, handle))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Document.broken(shown, InputProblem("BL901", _("cannot read the file: {reason}")
                                                  .format(reason=exc.strerror or exc)))
        return
    yield from read_bytes(shown, data, suffix)


def read_bytes(shown: str, data: bytes, suffix: str = ".txt") -> Iterator[Document]:
    if suffix in (".csv", ".jsonl"):
        reader = _batch_reader(suffix)
        yield from _at_least_one(shown, reader(shown, data.splitlines(keepends=True)))
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        yield Document.broken(shown, InputProblem(
            "BL902", _("not valid UTF-8 ({reason} at byte {byte}); re-save the file as "
                       "UTF-8").format(reason=exc.reason, byte=exc.start), line))
        return
    # the Markdown and HTML readers are imported when a file needs them: a run that
    # finds every file in the cache never pays for markdown-it
    if suffix in (".md", ".markdown"):
        from brandlint.sources.markdown import read_markdown

        yield read_markdown(shown, text)
    elif suffix in (".html", ".htm"):
        from brandlint.sources.html import read_html

        yield read_html(shown, text)
    else:
        yield read_text(shown, text)


def _batch_reader(suffix: str):
    """The CSV or JSONL reader, imported when a batch is read (csv, the JSON aligner):
    a run whose files all come from the cache reads none."""
    from brandlint.sources.batch import read_csv, read_jsonl

    return read_csv if suffix == ".csv" else read_jsonl


def _at_least_one(shown: str, rows: Iterator[Document]) -> Iterator[Document]:
    """A batch's rows; an empty or header-only batch is still one entry of the report."""
    empty = True
    for row in rows:
        empty = False
        yield row
    if empty:
        yield Document.broken(shown, InputProblem(
            "BL913", _("the batch has no rows (empty, or a header only): nothing was "
                       "checked")))
