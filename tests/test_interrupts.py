"""Ctrl-C with any --jobs: stopped before the batch is done, one line on stderr, exit 130,
no worker traceback, no process left, and the previous report intact.

No wall-clock bound on how fast it stops (speed belongs to the benchmarks: on two busy
cores, four workers took more than 10 s to wind down once); the timeout below only
guards against a hang.

Each case runs brandlint as a terminal would (its own process group, SIGINT to the whole
group) once it is busy writing the report."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PROFILES

PREVIOUS = '{"previous": "report"}\n'


def batch(folder: Path, rows: int = 3000) -> Path:
    text = "Construisez et imaginez avec vos enfants : livré en 24 heures, toujours ! " * 2
    path = folder / "batch.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "channel": "email", "text": text})
                            + "\n" for i in range(rows)), encoding="utf-8")
    return path


def wait_until(ready, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        assert time.monotonic() < deadline, "brandlint never got busy"
        time.sleep(0.05)


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("jobs", [1, 2, 4])
def test_ctrl_c_stops_cleanly_with_exit_130_and_keeps_the_previous_report(tmp_path, jobs):
    source = batch(tmp_path)
    report = tmp_path / "report.json"
    report.write_text(PREVIOUS)
    process = subprocess.Popen(
        [sys.executable, "-m", "brandlint", "check", str(source), "--profile",
         str(PROFILES["fr"]), "--no-cache", "--format", "json", "--jobs", str(jobs),
         "--output", str(report)],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        # busy: the first documents are in the temporary report
        wait_until(lambda: any(f.name.startswith(".report.json.") and f.stat().st_size > 8192
                               for f in tmp_path.iterdir()))
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=120)  # a hang, not a slow machine
    finally:
        if group_alive(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130
    assert err.decode() == "brandlint: interrupted\n"
    assert report.read_text() == PREVIOUS
    assert sorted(f.name for f in tmp_path.iterdir()) == ["batch.jsonl", "report.json"]
    time.sleep(0.2)
    assert not group_alive(process.pid), "a worker outlived the run"


CLOSED_AFTER_CTRL_C = '''
import multiprocessing, time
from brandlint import interrupts
from brandlint.jobs import ParallelEngine


class Echo:
    def run(self, documents):
        yield from documents


def factory():
    return Echo()


if __name__ == "__main__":
    results = ParallelEngine(factory, 2, chunk=2).run(iter(range(40)))
    next(results)
    time.sleep(1.0)  # every queued chunk done: an idle worker waits on the task queue's lock
    interrupts._stop_workers()  # what Ctrl-C does first, while the caller holds a result
    results.close()  # the caller unwinds: Interrupted was raised outside the generator
    time.sleep(0.5)
    print("closed", len(multiprocessing.active_children()))
'''


def test_a_pool_stopped_by_ctrl_c_outside_its_generator_is_abandoned_not_joined(tmp_path):
    """Ctrl-C while the caller writes a result (not while the pool waits for one): the
    workers stopped may hold the task queue's lock, and `Pool.terminate()` would wait for
    it forever (a hang of the --jobs 4 case above on a loaded machine). The pool is
    abandoned instead: closed at once, no worker left."""
    script = tmp_path / "closed_after_ctrl_c.py"
    script.write_text(CLOSED_AFTER_CTRL_C)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "closed 0"
