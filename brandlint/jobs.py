"""`--jobs N`: whole engines (spaCy and the rules together) in N worker processes, each
checking chunks of documents and sending back only their results, in input order.

Splitting the work by documents rather than by pipeline stage is what makes it pay:
handing spaCy `n_process` tokenises in the parent, ships every Doc to a worker and back
as bytes, and leaves the rules serial in the parent (slower than one job, measured).
Here a worker receives a chunk of documents (their text and where they come from),
analyses and judges them, and returns the DocumentResults: a few hundred bytes a
document. The parent reads the inputs, keeps a bounded number of chunks in flight and
writes the report.

Where the platform forks, the engine is built once in the parent and the workers inherit
it (the model is loaded once, and its memory shared until written); elsewhere each worker
builds its own from the same factory.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from brandlint import interrupts
from brandlint.interrupts import Interrupted

CHUNK = 32  # documents a task: large enough to amortise the round trip, small enough
# that the last chunks do not leave a worker idle for long
IN_FLIGHT = 3  # chunks queued per worker: a worker never waits, memory stays bounded

_worker_engine = None  # the engine of this worker process (inherited when forked)


def _start_worker(factory: Callable) -> None:
    global _worker_engine
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C for all
    if _worker_engine is None:
        _worker_engine = factory()


def _check_chunk(documents: list) -> list:
    from brandlint import regexcache

    results = list(_worker_engine.run(documents))
    regexcache.save()  # what this worker compiled, for the next run (no-op when nothing)
    return results


class ParallelEngine:
    """What `Engine.run` does, in `jobs` processes; the same results in the same order."""

    def __init__(self, factory: Callable, jobs: int, debug: bool = False,
                 chunk: int = CHUNK):
        self.factory = factory
        self.jobs = jobs
        self.debug = debug
        self.chunk = chunk
        self._engine = None  # the parent's, for workers to inherit where processes fork

    def run(self, documents: Iterable) -> Iterator:
        global _worker_engine
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        if context.get_start_method() == "fork" and self._engine is None:
            self._engine = self.factory()  # loaded once, inherited by every worker
        chunks = _chunks(documents, self.chunk)
        # The workers are forked when the pool starts: they see this engine; the parent
        # forgets it again at once (another ParallelEngine must not inherit it).
        _worker_engine = self._engine
        try:
            pool = context.Pool(self.jobs, _start_worker, (self.factory,))
        finally:
            _worker_engine = None
        interrupted = False
        stops = interrupts.stops()
        try:
            pending: deque = deque()
            for chunk in itertools.islice(chunks, self.jobs * IN_FLIGHT):
                pending.append(pool.apply_async(_check_chunk, (chunk,)))
            while pending:
                results = pending.popleft().get()
                for chunk in itertools.islice(chunks, 1):
                    pending.append(pool.apply_async(_check_chunk, (chunk,)))
                yield from results
        except (Interrupted, KeyboardInterrupt):
            interrupted = True
            raise
        finally:
            if interrupted or interrupts.stops() != stops:
                # Ctrl-C, here or while the caller held the results (writing the report):
                # the workers it stopped may have held the task queue's lock, so the pool
                # is abandoned, never terminated (which would wait for that lock)
                _abandon(pool)
            else:
                pool.terminate()


def _abandon(pool) -> None:
    """Ctrl-C: the workers were stopped mid-task. `Pool.terminate()` would then wait for
    the task queue's lock, which a worker killed while reading its next task never gives
    back (a hang seen once in several runs of the Ctrl-C test with --jobs 4): stop the
    workers and the pool's housekeeping instead, and cancel its exit-time terminate."""
    from multiprocessing import pool as pool_module

    pool._state = pool_module.TERMINATE  # the worker handler stops replacing workers
    handler = getattr(pool, "_worker_handler", None)
    if handler is not None:
        handler._state = pool_module.TERMINATE
    for worker in list(getattr(pool, "_pool", [])):
        if worker.exitcode is None:
            worker.terminate()
    for worker in list(getattr(pool, "_pool", [])):
        worker.join(1)
    finalizer = getattr(pool, "_terminate", None)
    if finalizer is not None:
        finalizer.cancel()


def _chunks(documents: Iterable, size: int) -> Iterator[list]:
    iterator = iter(documents)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk
