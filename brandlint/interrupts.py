"""Ctrl-C: a clean stop within a moment, whatever `--jobs` says.

spaCy's `--jobs` workers are forked processes that inherit the handler installed here;
in them it does nothing, so that no worker prints a traceback. In the main process it
stops the workers at once (they may be in the middle of a batch) and raises
`Interrupted`, which unwinds the run: the report being written is discarded, and the
command line prints one line and exits 130.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C


class Interrupted(BaseException):
    """Ctrl-C. A BaseException, so that no `except Exception` (brandlint's per-document
    isolation, spaCy's error handlers) can swallow it."""


@contextmanager
def stop_on_interrupt() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # signals are only delivered to the main thread; nothing to install
        return
    main_pid = os.getpid()

    def on_interrupt(signum, frame) -> None:
        if os.getpid() != main_pid:
            return  # a worker: the main process terminates it
        _stop_workers()
        raise Interrupted

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        with warnings.catch_warnings():
            # spaCy warns (W127) when the workers it joins did not exit cleanly: here they
            # were stopped on purpose
            warnings.filterwarnings("ignore", message=".*worker processes completed")
            yield
    except Interrupted:
        if _workers_were_started():
            _stop_stray_workers()
            _abandon_worker_queues()
        raise
    finally:
        signal.signal(signal.SIGINT, previous)


_stops = 0  # how many times Ctrl-C has stopped the workers in this process


def stops() -> int:
    """How many times the workers were stopped by Ctrl-C: a pool that sees this change
    while it runs may have lost a worker holding its task queue's lock (jobs._abandon)."""
    return _stops


def _stop_workers() -> None:
    global _stops
    _stops += 1
    if "multiprocessing" not in sys.modules:
        return  # no worker was ever started (and importing it would cost the cache hit)
    import multiprocessing

    for child in multiprocessing.active_children():
        child.terminate()


def _workers_were_started() -> bool:
    """spaCy fills its workers' queues before it starts them: no feeder thread, no worker
    (and no need to scan the heap, which takes a good part of a second)."""
    return any(t.name == "QueueFeederThread" for t in threading.enumerate())


def _stop_stray_workers() -> None:
    """A worker forked just as Ctrl-C came may not be registered as a child yet when the
    handler runs (Process.start() registers it after the fork returns): find it among the
    live objects and stop it too, so that nothing outlives the run."""
    import gc
    import multiprocessing.process

    for candidate in gc.get_objects():
        if isinstance(candidate, multiprocessing.process.BaseProcess):
            popen = getattr(candidate, "_popen", None)
            if popen is not None and popen.poll() is None:
                popen.terminate()
                popen.wait(1)


def _abandon_worker_queues() -> None:
    """Let the process exit without flushing what was queued for the stopped workers.

    At exit, multiprocessing joins the feeder thread of each queue spaCy opened to its
    workers; with the workers gone, a feeder blocked on a full pipe never returns (seen
    with --jobs 2 and 4), and spaCy's queues are out of reach by then. Nothing queued is
    wanted after Ctrl-C, so those joins are cancelled, as `Queue.cancel_join_thread()`
    would do (the feeders are daemon threads: they end with the process).
    """
    import multiprocessing.queues
    from multiprocessing import util

    registry = getattr(util, "_finalizer_registry", {})
    for finalizer in list(registry.values()):
        if getattr(finalizer, "_callback", None) is multiprocessing.queues.Queue._finalize_join:
            finalizer.cancel()
