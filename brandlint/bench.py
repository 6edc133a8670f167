"""`make bench`: brandlint against bare spaCy on the same drafts, in one run.

Each side runs in its own fresh process (same model, same components, same batch
size), loads the pipeline first, then times only the processing of the batch. The
figure to keep high is the ratio: brandlint's own work beside spaCy's.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import resource
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def _bare_spacy(profile_path: str, batch: str, queue) -> None:
    from brandlint.analysis.pipeline import load_pipeline, model_name
    from brandlint.profile import load_profile

    profile = load_profile(profile_path)
    nlp = load_pipeline(model_name(profile))
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
    warm = itertools.islice(iter_documents([batch]), 50)
    list(engine.run(warm))
    start = time.perf_counter()
    diagnostics = sum(len(r.diagnostics) for r in engine.run(iter_documents([batch])))
    queue.put((time.perf_counter() - start, _peak_mb(), diagnostics))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(target, *args):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default=str(ROOT / "profiles" / "lego.yaml"))
    parser.add_argument("--rows", type=int, default=3000)
    args = parser.parse_args(argv)
    from brandlint.profile import load_profile

    language = load_profile(args.profile).language
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "batch.jsonl"
        words = build_batch(language, args.rows, batch)
        bare_seconds, bare_mb = _run(_bare_spacy, args.profile, str(batch))
        lint_seconds, lint_mb, diagnostics = _run(_brandlint, args.profile, str(batch))
    bare_rate, lint_rate = words / bare_seconds, words / lint_seconds
    print(f"batch: {args.rows} drafts, {words} words ({language}), profile {args.profile}, "
          f"{os.cpu_count()} CPUs")
    print(f"bare spaCy nlp.pipe : {bare_rate:9.0f} words/s  ({bare_seconds:.1f} s, "
          f"peak RSS {bare_mb:.0f} MB)")
    print(f"brandlint check     : {lint_rate:9.0f} words/s  ({lint_seconds:.1f} s, "
          f"peak RSS {lint_mb:.0f} MB, {diagnostics} diagnostics)")
    print(f"ratio brandlint/spaCy throughput: {lint_rate / bare_rate:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
