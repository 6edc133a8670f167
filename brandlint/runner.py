"""A check run over inputs: cached files come from the cache, the others go through the
engine in one stream (so batching spans files), results in input order."""

from __future__ import annotations

import itertools
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
        cached = cache.get(key) if key else None
        if cached is None:
            pending.append((item, key))
            continue
        yield from _flush(pending, engine, cache)
        yield from cached
    yield from _flush(pending, engine, cache)


def _flush(pending, engine, cache) -> Iterator[DocumentResult]:
    if not pending:
        return
    items = list(pending)
    pending.clear()
    keys = {item.as_posix(): key for item, key in items if key and isinstance(item, Path)}
    stored: dict[str, list[DocumentResult]] = {key: [] for key in keys.values()}
    documents = itertools.chain.from_iterable(read_input(item, debug=engine().debug)
                                              for item, _ in items)
    for result in engine().run(documents):
        key = keys.get(result.path)
        if key is not None:
            stored[key].append(result)
        yield result
    for key, results in stored.items():
        cache.put(key, results)
