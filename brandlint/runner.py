"""A check run over inputs: cached files come from the cache, the others go through the
engine in one stream (so batching spans files), results in input order."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from brandlint.cache import ResultCache
from brandlint.results import DocumentResult
from brandlint.sources import Document, read_input

if TYPE_CHECKING:
    from brandlint.engine import Engine


def run_inputs(inputs: Iterable[Path | str | Document], engine: Callable[[], Engine],
               cache: ResultCache | None, stdin_name: str = "<stdin>"
               ) -> Iterator[DocumentResult]:
    """`engine` is a factory: the spaCy pipeline loads only if something misses the cache."""
    pending: list[tuple[Path | str | Document, str | None]] = []
    for item in inputs:
        key = cache.key(item) if cache and isinstance(item, Path) else None
        cached = cache.get(key, item) if key else None
        if cached is None:
            pending.append((item, key))
            continue
        yield from _flush(pending, engine, cache, stdin_name)
        yield from cached
    yield from _flush(pending, engine, cache, stdin_name)


def _flush(pending, engine, cache, stdin_name: str = "<stdin>") -> Iterator[DocumentResult]:
    """Each file's results go to the cache as soon as its last document is checked, so an
    interrupted run keeps the files it finished. Only the results of a file being cached
    are held back; a batch that is not cached streams through in bounded memory."""
    if not pending:
        return
    items = list(pending)
    pending.clear()
    owners: deque = deque()  # the cache key of each document read, then an end mark

    def documents() -> Iterator[Document]:
        for item, key in items:
            for document in read_input(item, stdin_name, debug=engine().debug):
                owners.append(key)
                yield document
            owners.append(_End(key))

    current: list[DocumentResult] = []
    for result in engine().run(documents()):
        _store_ended(owners, current, cache)
        key = owners.popleft()
        if key is not None and cache is not None:
            current.append(result)
        _store_ended(owners, current, cache)  # before the yield: Ctrl-C may come there
        yield result
    _store_ended(owners, current, cache)


class _End:
    """Marks the end of one input's documents in the stream."""

    __slots__ = ("key",)

    def __init__(self, key: str | None):
        self.key = key


def _store_ended(owners: deque, current: list[DocumentResult], cache) -> None:
    """Store the results of every input whose documents have all come out."""
    while owners and isinstance(owners[0], _End):
        key = owners.popleft().key
        if key is not None and cache is not None:
            cache.put(key, list(current))
        current.clear()
