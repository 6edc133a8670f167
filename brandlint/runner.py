"""A check run over inputs: cached files come from the cache, the others go through the
engine in one stream (so batching spans files), results in input order."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from brandlint.cache import ResultCache
from brandlint.engine import DocumentResult, Engine
from brandlint.sources import Document, read_input


def run_inputs(inputs: Iterable[Path | str | Document], engine: Callable[[], Engine],
               cache: ResultCache | None) -> Iterator[DocumentResult]:
    """`engine` is a factory: the spaCy pipeline loads only if something misses the cache."""
    pending: list[tuple[Path | str | Document, str | None]] = []
    for item in inputs:
        key = cache.key(item) if cache and isinstance(item, Path) else None
        cached = cache.get(key, item) if key else None
        if cached is None:
            pending.append((item, key))
            continue
        yield from _flush(pending, engine, cache)
        yield from cached
    yield from _flush(pending, engine, cache)


def _flush(pending, engine, cache) -> Iterator[DocumentResult]:
    """Each file's results go to the cache as soon as its last document is checked, so an
    interrupted run keeps the files it finished."""
    if not pending:
        return
    items = list(pending)
    pending.clear()
    finished: deque[tuple[str | None, int]] = deque()  # (key, documents) per item read

    def documents() -> Iterator[Document]:
        for item, key in items:
            count = 0
            for document in read_input(item, debug=engine().debug):
                count += 1
                yield document
            finished.append((key, count))

    done: list[DocumentResult] = []
    for result in engine().run(documents()):
        done.append(result)
        _store_finished(finished, done, cache)
        yield result
    _store_finished(finished, done, cache)


def _store_finished(finished: deque, done: list[DocumentResult], cache) -> None:
    """Store every item whose documents have all come out of the engine."""
    while finished and len(done) >= finished[0][1]:
        key, count = finished.popleft()
        results, done[:] = done[:count], done[count:]
        if key is not None and cache is not None:
            cache.put(key, results)
