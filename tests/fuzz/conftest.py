"""The fuzz suite's settings and its shared, in-process check runner.

Hypothesis profiles (HYPOTHESIS_PROFILE picks one, `ci` by default):
  ci    seeded and derandomized, no shrinking: the same ~2,000 cases on every
        `make test`, in well under a minute
  fuzz  `make fuzz`: random, ten times the cases (> 10,000 in all), shrinking on, so a
        failure comes with its minimal reproducer

Every case runs in this process: the spaCy pipelines load once per session (the
pipeline loader is memoised here), so a whole check costs tens of milliseconds.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, Phase, settings

_COMMON = {
    "deadline": None,  # spaCy timings vary; cost is measured per case instead
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large,
                              HealthCheck.filter_too_much, HealthCheck.large_base_example],
    "print_blob": True,
}
settings.register_profile("ci", max_examples=100, derandomize=True, database=None,
                          phases=[Phase.explicit, Phase.generate], **_COMMON)
settings.register_profile("fuzz", max_examples=1000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def examples(weight: float) -> int:
    """Examples for a test: its weight times the profile's base (ci 100, fuzz 1,000)."""
    return max(1, int(settings.default.max_examples * weight))


# --- counting cases, for the figures in the README ------------------------------------

CASES: Counter = Counter()
SECONDS: Counter = Counter()
SLOWEST: dict[str, float] = {}


@contextlib.contextmanager
def counted(name: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        spent = time.perf_counter() - start
        CASES[name] += 1
        SECONDS[name] += spent
        SLOWEST[name] = max(SLOWEST.get(name, 0.0), spent)


def pytest_terminal_summary(terminalreporter):
    if not CASES:
        return
    write = terminalreporter.write_line
    write(f"fuzz cases (hypothesis profile `{os.environ.get('HYPOTHESIS_PROFILE', 'ci')}`):")
    for name in sorted(CASES):
        write(f"  {name:<48} {CASES[name]:>6} cases  {SECONDS[name]:7.1f} s  "
              f"slowest {SLOWEST[name] * 1000:6.0f} ms")
    write(f"  {'total':<48} {sum(CASES.values()):>6} cases  {sum(SECONDS.values()):7.1f} s")


# --- one pipeline per model for the whole session -------------------------------------


@pytest.fixture(scope="session", autouse=True)
def shared_pipelines():
    """`brandlint.cli.main` builds its Analyser, which loads spaCy, on every call; the fuzz
    suite calls it thousands of times, so the loader is memoised by model name and the
    profile's vocabulary by the profile's content (both are read-only once built)."""
    from brandlint import engine
    from brandlint.analysis import pipeline

    patches = pytest.MonkeyPatch()
    patches.setattr(pipeline, "load_pipeline", functools.lru_cache(maxsize=None)(
        pipeline.load_pipeline))
    build = engine.build_vocabulary
    vocabularies: dict = {}

    def memoised(profile, analyser):
        key = (repr(profile), id(analyser.nlp))  # every field of the profile
        if key not in vocabularies:
            vocabularies[key] = build(profile, analyser)
        return vocabularies[key]

    patches.setattr(engine, "build_vocabulary", memoised)
    yield
    patches.undo()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A folder of its own as the working directory (no repository .brandlint.yaml)."""
    folder = tmp_path_factory.mktemp("fuzz")
    previous = os.getcwd()
    os.chdir(folder)
    yield folder
    os.chdir(previous)


def run_main(args: list[str]) -> tuple[int, str, str]:
    """`brandlint.cli.main(args)` with stdout and stderr as strict UTF-8 byte streams, as a
    terminal or a pipe would be: (exit code, stdout, stderr)."""
    from brandlint.cli import main

    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", newline="")
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="strict", newline="")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    out.flush()
    err.flush()
    return (code, out_bytes.getvalue().decode("utf-8"),
            err_bytes.getvalue().decode("utf-8"))
