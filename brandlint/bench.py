"""`make bench`: every speed figure of brandlint as a ratio measured in one run.

The two sides of each ratio run in fresh processes, interleaved (A B, then B A, …) over
several runs, so that a burst of load on a shared machine hits both; each figure is the
median with its range, beside the load average, and the target it is held to. Figures:

- cold start: `brandlint check` of one French draft without cache, against a process
  that only runs `spacy.load` of the same model (whole process against whole process);
- batch throughput: brandlint's processing against bare `nlp.pipe` (same model, same
  components) on the same rows, each timed after its load and a warm-up;
- `--jobs 2` against `--jobs 1` on the same batch (whole `brandlint check` processes),
  reports compared byte for byte;
- the cache-hit run: every file unchanged, spaCy never imported;
- on request (`--only memory`, long): peak RSS on a small and a large batch in every
  report format.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRANDLINT = [sys.executable, "-m", "brandlint"]


def build_batch(language: str, rows: int, path: Path) -> int:
    """A campaign batch of `rows` drafts cycled from the labelled sets; returns words."""
    texts = []
    for file in sorted((ROOT / "corpora" / "eval").glob(f"*-{language}.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append((record["channel"], record["text"]))
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i, (channel, text) in zip(range(rows), itertools.cycle(texts)):
            out.write(json.dumps({"id": f"row-{i}", "channel": channel, "text": text},
                                 ensure_ascii=False) + "\n")
            words += len(text.split())
    return words


# -- one side of a figure, each in a fresh process ---------------------------------------

def _bare_spacy(profile_path: str, batch: str, queue) -> None:
    import spacy

    from brandlint.analysis.pipeline import UNUSED_COMPONENTS, model_name
    from brandlint.profile import load_profile

    nlp = spacy.load(model_name(load_profile(profile_path)), exclude=UNUSED_COMPONENTS)
    texts = [json.loads(line)["text"] for line in open(batch, encoding="utf-8")]
    list(nlp.pipe(texts[:50]))  # warm-up
    start = time.perf_counter()
    for _ in nlp.pipe((json.loads(line)["text"] for line in open(batch, encoding="utf-8")),
                      batch_size=64):
        pass
    queue.put((time.perf_counter() - start, _peak_mb()))


def _brandlint(profile_path: str, batch: str, queue) -> None:
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import iter_documents

    profile = load_profile(profile_path)
    engine = Engine(profile, Analyser(profile), Selection.build(profile))
    # Warm-up, as on the bare side: the first 50 drafts through the whole engine (lexicons
    # loaded, patterns compiled, pyphen dictionaries loaded once per process).
    list(engine.run(itertools.islice(iter_documents([batch]), 50)))
    start = time.perf_counter()
    diagnostics = sum(len(r.diagnostics) for r in engine.run(iter_documents([batch])))
    queue.put((time.perf_counter() - start, _peak_mb(), diagnostics))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _in_process(target, *args):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def _timed(command: list[str], cwd: Path | None = None) -> tuple[float, bytes]:
    """Wall-clock seconds of a whole process, and what it wrote."""
    seconds, _cpu, _peak, out = _measured(command, cwd)
    return seconds, out


def _user_cache(folder: Path) -> dict[str, str]:
    """The environment of a timed command: its user cache folder (results and compiled
    patterns of runs without a configuration) inside `folder`, not the user's own."""
    return {**os.environ, "XDG_CACHE_HOME": str(folder)}


def _measured(command: list[str], cwd: Path | None = None, stdout=subprocess.PIPE,
              env: dict[str, str] | None = None) -> tuple[float, float, float, bytes]:
    """Wall-clock seconds, CPU seconds (user + system) and peak RSS (MB) of one whole
    process, and what it wrote. CPU time is what a shared machine disturbs least."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=stdout, stderr=subprocess.DEVNULL,
                               env=env)
    out = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(command)} exited {process.returncode}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out


# -- interleaving and summaries ------------------------------------------------------------

def interleave(runs: int, first: Callable[[], float], second: Callable[[], float]
               ) -> tuple[list[float], list[float]]:
    """Both sides `runs` times, alternating which goes first."""
    a, b = [], []
    for run in range(runs):
        if run % 2 == 0:
            a.append(first())
            b.append(second())
        else:
            b.append(second())
            a.append(first())
    return a, b


def spread(values: list[float], digits: int = 2) -> str:
    return (f"{statistics.median(values):.{digits}f} "
            f"[{min(values):.{digits}f}–{max(values):.{digits}f}]")


def load_average() -> str:
    return "load average " + " ".join(f"{v:.2f}" for v in os.getloadavg())


def verdict(values: list[float], target: float, at_most: bool) -> str:
    median = statistics.median(values)
    met = median <= target if at_most else median >= target
    sign = "≤" if at_most else "≥"
    whole = all(v <= target for v in values) if at_most else all(v >= target for v in values)
    return (f"target {sign} {target}: " + ("met" if met else "NOT met")
            + ("" if whole or not met else " (not on every run)"))


# -- the figures ---------------------------------------------------------------------------

def cold_start(runs: int, profile: str, model: str, folder: Path) -> list[float]:
    """`--no-cache` runs: no results read or written. The compiled patterns an earlier
    run left in the user cache folder are read (they cannot change a result): one run
    without `--no-cache` leaves them first, as any earlier check on the machine would;
    runs with an empty cache folder, the very first check, are measured apart."""
    draft = folder / "draft.md"
    draft.write_text((ROOT / "corpora" / "lego" / "email" / "noel-teaser.md")
                     .read_text(encoding="utf-8"), encoding="utf-8")
    ours = [*BRANDLINT, "check", str(draft), "--profile", profile, "--no-cache"]
    bare = [sys.executable, "-c", f"import spacy; spacy.load({model!r})"]
    user_cache = _user_cache(folder / "user-cache")
    _measured(ours[:-1], folder, env=user_cache)  # an earlier check: patterns compiled
    print(f"cold start: one French draft, no cache, against `spacy.load({model!r})` "
          f"({load_average()})", flush=True)
    cpu: dict[str, list[float]] = {"ours": [], "bare": [], "first": []}

    def side(name: str, command: list[str]) -> Callable[[], float]:
        def run() -> float:
            seconds, used, _peak, _out = _measured(command, folder, env=user_cache)
            cpu[name].append(used)
            return seconds
        return run

    a, b = interleave(runs, side("ours", ours), side("bare", bare))
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    cpu_ratios = [x / y for x, y in zip(cpu["ours"], cpu["bare"], strict=True)]
    print(f"  brandlint check      {spread(a)} s   (CPU {spread(cpu['ours'])} s)")
    print(f"  bare spacy.load      {spread(b)} s   (CPU {spread(cpu['bare'])} s)")
    print(f"  ratio brandlint/bare {spread(ratios)}   {verdict(ratios, 0.40, True)}  "
          f"({load_average()})")
    print(f"  ratio of CPU time    {spread(cpu_ratios)}   {verdict(cpu_ratios, 0.40, True)}",
          flush=True)
    for run in range(max(1, runs // 2)):  # the first check: nothing compiled yet
        _s, used, _p, _o = _measured(ours, folder, env=_user_cache(folder / f"empty-{run}"))
        cpu["first"].append(used)
    first = [used / statistics.median(cpu["bare"]) for used in cpu["first"]]
    print(f"  first check (empty cache folder): CPU {spread(cpu['first'])} s, ratio of CPU "
          f"time to the bare median {spread(first)}", flush=True)
    return ratios


def throughput(runs: int, profile: str, rows: int, language: str, folder: Path
               ) -> list[float]:
    batch = folder / f"batch-{rows}.jsonl"
    words = build_batch(language, rows, batch)
    print(f"batch throughput: {rows:,} rows, {words:,} words ({language}), processing "
          f"timed after load and warm-up ({load_average()})", flush=True)
    peaks: dict[str, list[float]] = {"bare": [], "brandlint": []}
    diagnostics: list[int] = []

    def bare() -> float:
        seconds, peak = _in_process(_bare_spacy, profile, str(batch))
        peaks["bare"].append(peak)
        return seconds

    def ours() -> float:
        seconds, peak, found = _in_process(_brandlint, profile, str(batch))
        peaks["brandlint"].append(peak)
        diagnostics.append(found)
        return seconds

    b, a = interleave(runs, bare, ours)
    ratios = [y / x for x, y in zip(a, b, strict=True)]  # throughput: time bare / ours
    print(f"  bare nlp.pipe        {spread([words / s for s in b], 0)} words/s, "
          f"{spread([s * 1000 / rows for s in b])} ms a row, peak RSS "
          f"{max(peaks['bare']):.0f} MB")
    print(f"  brandlint            {spread([words / s for s in a], 0)} words/s, "
          f"{spread([s * 1000 / rows for s in a])} ms a row, peak RSS "
          f"{max(peaks['brandlint']):.0f} MB, {diagnostics[0]} diagnostics")
    print(f"  ratio brandlint/bare {spread(ratios)}   {verdict(ratios, 0.85, False)}  "
          f"({load_average()})", flush=True)
    return ratios


def parallel(runs: int, profile: str, rows: int, language: str, folder: Path
             ) -> list[float]:
    batch = folder / f"jobs-{rows}.jsonl"
    build_batch(language, rows, batch)
    base = [*BRANDLINT, "check", str(batch), "--profile", profile, "--no-cache",
            "--format", "json"]
    outputs: dict[int, set[bytes]] = {1: set(), 2: set()}

    def jobs(n: int) -> Callable[[], float]:
        def run() -> float:
            seconds, out = _timed([*base, "--jobs", str(n)], folder)
            outputs[n].add(out)
            return seconds
        return run

    print(f"--jobs 2 against --jobs 1: {rows:,} rows, whole `brandlint check` processes on "
          f"{os.cpu_count()} CPUs ({load_average()})", flush=True)
    one, two = interleave(runs, jobs(1), jobs(2))
    speedups = [x / y for x, y in zip(one, two, strict=True)]
    identical = len(outputs[1] | outputs[2]) == 1
    print(f"  --jobs 1             {spread(one, 1)} s")
    print(f"  --jobs 2             {spread(two, 1)} s")
    print(f"  speed-up             {spread(speedups)}   {verdict(speedups, 1.6, False)}; "
          f"reports {'byte-identical' if identical else 'DIFFERENT'}  ({load_average()})",
          flush=True)
    return speedups


def cache_hit(runs: int, profile: str, folder: Path) -> list[float]:
    project = folder / "cached"
    project.mkdir()
    for draft in sorted((ROOT / "corpora" / "lego").rglob("*.md")):
        (project / draft.name).write_text(draft.read_text(encoding="utf-8"),
                                          encoding="utf-8")
    command = [*BRANDLINT, "check", ".", "--profile", profile]
    user_cache = _user_cache(folder / "user-cache-hit")
    _measured(command, project, env=user_cache)  # fills the cache
    measured = [_measured(command, project, env=user_cache) for _ in range(runs)]
    times, cpu = [m[0] for m in measured], [m[1] for m in measured]
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; from brandlint.cli import main; "
         f"main(['check', '.', '--profile', {profile!r}]); "
         "print('spacy' in sys.modules, file=sys.stderr)"],
        cwd=project, capture_output=True, text=True, check=False, env=user_cache)
    imported = probe.stderr.strip().splitlines()[-1:] == ["True"]
    print(f"cache hit: {len(list(project.glob('*.md')))} unchanged drafts "
          f"({load_average()})")
    print(f"  brandlint check      {spread(times)} s   (CPU {spread(cpu)} s)   "
          f"{verdict(times, 0.35, True)}; spaCy "
          f"{'IMPORTED' if imported else 'not imported'}", flush=True)
    return times


def memory(profile: str, sizes: list[int], formats: list[str], language: str,
           folder: Path) -> list[float]:
    """Peak RSS of whole `brandlint check` runs on a small and a large batch, by format:
    the large one should peak within 10 % of the small one (streamed reports)."""
    print(f"memory: peak RSS by batch size and format ({load_average()})", flush=True)
    growths = []
    for fmt in formats:
        peaks = []
        for rows in sizes:
            batch = folder / f"memory-{rows}.jsonl"
            if not batch.exists():
                build_batch(language, rows, batch)
            with open(folder / f"report.{fmt}", "wb") as sink:
                _s, _c, peak, _o = _measured(
                    [*BRANDLINT, "check", str(batch), "--profile", profile, "--no-cache",
                     "--format", fmt], folder, stdout=sink)
            peaks.append(peak)
        growth = peaks[-1] / peaks[0]
        growths.append(growth)
        shown = ", ".join(f"{rows:,} rows {peak:.0f} MB" for rows, peak in zip(sizes, peaks,
                                                                               strict=True))
        print(f"  {fmt:<6} {shown}: ×{growth:.3f}   "
              f"{'within' if growth <= 1.10 else 'NOT within'} 10 %", flush=True)
    return growths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default=str(ROOT / "profiles" / "lego.yaml"))
    parser.add_argument("--rows", default="3000,20000",
                        help="batch sizes for the throughput figure, comma-separated")
    parser.add_argument("--jobs-rows", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3, help="runs of each side")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--memory-rows", default="20000,200000",
                        help="small and large batch for the memory figure")
    parser.add_argument("--formats", default="json,sarif,junit,text",
                        help="report formats for the memory figure")
    parser.add_argument("--only", default="cold,batch,jobs,cache",
                        help="figures to measure, comma-separated (also: memory, which is long)")
    args = parser.parse_args(argv)
    # the timed commands run inside a scratch folder: a relative profile path (the
    # Makefile's) must not depend on it
    args.profile = str(Path(args.profile).resolve())
    from brandlint.analysis.pipeline import model_name
    from brandlint.profile import load_profile

    profile = load_profile(args.profile)
    only = set(args.only.split(","))
    # bytecode first, as an installed package has it: with PYTHONDONTWRITEBYTECODE set
    # (some shells and CI images set it) every timed process would compile brandlint's
    # sources again, ≈ 0.4 s of a cold start that no user pays
    import compileall

    compileall.compile_dir(str(ROOT / "brandlint"), quiet=2)
    print(f"brandlint bench: profile {args.profile}, {os.cpu_count()} CPUs, {args.runs} "
          f"interleaved runs a side; median [min–max]", flush=True)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if "cold" in only:
            cold_start(args.cold_runs, args.profile, model_name(profile), folder)
        if "batch" in only:
            for rows in (int(r) for r in args.rows.split(",") if r):
                throughput(args.runs, args.profile, rows, profile.language, folder)
        if "jobs" in only:
            parallel(args.runs, args.profile, args.jobs_rows, profile.language, folder)
        if "cache" in only:
            cache_hit(max(args.runs, 5), args.profile, folder)
        if "memory" in only:
            memory(args.profile, [int(r) for r in args.memory_rows.split(",")],
                   args.formats.split(","), profile.language, folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
