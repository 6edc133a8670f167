"""Readers: turn paths into documents (one per file, one per batch row), streamed."""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from brandlint.sources.batch import read_csv, read_jsonl
from brandlint.sources.document import Document, InputProblem, SourceMap
from brandlint.sources.html import read_html
from brandlint.sources.markdown import read_markdown
from brandlint.sources.text import read_text

__all__ = ["STDIN", "Document", "InputProblem", "SourceMap", "iter_documents", "iter_inputs",
           "read_bytes", "read_input"]

LINTED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".csv", ".jsonl"}


STDIN = "-"


def iter_inputs(paths: Iterable[str], exclude: Iterable[str] = (),
                root: Path | None = None) -> Iterator[Path | str | Document]:
    """What `paths` name, in a stable order: files (directories recursed), `-` for
    standard input, or a BL901 document for a path that does not exist.

    `exclude` globs match the path as given, its name, or the path relative to `root`
    (the folder of the configuration that declared them).
    """
    exclude = tuple(exclude)
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, exclude, root)
        elif path.exists():
            yield path
        else:
            yield Document.broken(raw, InputProblem("BL901", "no such file or directory"))


def read_input(item: Path | str | Document, stdin_name: str = "<stdin>") -> Iterator[Document]:
    if isinstance(item, Document):
        yield item
    elif item == STDIN:
        yield from read_bytes(stdin_name, sys.stdin.buffer.read())
    else:
        yield from read_path(item)


def iter_documents(paths: Iterable[str], exclude: Iterable[str] = (),
                   stdin_name: str = "<stdin>", root: Path | None = None) -> Iterator[Document]:
    """Every document under `paths`, in a stable order; unreadable ones as BL9xx."""
    for item in iter_inputs(paths, exclude, root):
        yield from read_input(item, stdin_name)


def _walk(top: Path, exclude: tuple[str, ...], root: Path | None) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and not _excluded(Path(dirpath, d), exclude, root))
        for name in sorted(filenames):
            file = Path(dirpath, name)
            if file.suffix.lower() in LINTED_SUFFIXES and not _excluded(file, exclude, root):
                yield file


def _excluded(path: Path, patterns: tuple[str, ...], root: Path | None = None) -> bool:
    candidates = {path.as_posix()}
    if root is not None:
        try:
            candidates.add(path.resolve().relative_to(root.resolve()).as_posix())
        except ValueError:
            pass
    return any(fnmatch.fnmatch(c, p) or fnmatch.fnmatch(path.name, p)
               or fnmatch.fnmatch(c, f"*/{p}") for p in patterns for c in candidates)


def read_path(path: Path) -> Iterator[Document]:
    shown = path.as_posix()
    suffix = path.suffix.lower()
    try:
        if suffix in (".csv", ".jsonl"):
            with path.open("rb") as handle:
                reader = read_csv if suffix == ".csv" else read_jsonl
                yield from reader(shown, handle)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Document.broken(shown, InputProblem("BL901", f"cannot read the file: "
                                                  f"{exc.strerror or exc}"))
        return
    yield from read_bytes(shown, data, suffix)


def read_bytes(shown: str, data: bytes, suffix: str = ".txt") -> Iterator[Document]:
    if suffix in (".csv", ".jsonl"):
        reader = read_csv if suffix == ".csv" else read_jsonl
        yield from reader(shown, data.splitlines(keepends=True))
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        yield Document.broken(shown, InputProblem(
            "BL902", f"not valid UTF-8 ({exc.reason} at byte {exc.start}); "
            "re-save the file as UTF-8", line))
        return
    if suffix in (".md", ".markdown"):
        yield read_markdown(shown, text)
    elif suffix in (".html", ".htm"):
        yield read_html(shown, text)
    else:
        yield read_text(shown, text)
