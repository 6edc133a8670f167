"""Where the tone reading goes wrong on labelled sets: the confusion matrix of the
dominant tone (labelled -> read), and recall per kind of problem (`off`: target,
negative, register, length), for the tone family.

    python scripts/tone/confusion.py [FOLDER ...] [--dump OUT.json]

Each FOLDER holds `<slug>-fr.jsonl` / `<slug>-en.jsonl` (blind_eval's layout); the
default is the three tone-blind sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from blind_eval import profile_for  # noqa: E402

from brandlint.cli import _engine_for  # noqa: E402
from brandlint.evaluation import load_cases, predicted_tone, run_cases  # noqa: E402

DEFAULT = [ROOT / "corpora/eval" / n for n in ("tone-blind", "tone-blind2", "tone-blind3")]


def rows_of(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        profile = str(profile_for(path))
        raw = {r["id"]: r for r in map(json.loads, path.read_text().splitlines()) if r}
        outcomes = run_cases(_engine_for(profile), load_cases(path), str(path),
                             engine_for=_engine_for)
        for o in outcomes:
            detail = o.scores.get("tone_detail") or {}
            rows.append({"id": o.case.id, "set": folder.name, "channel": o.case.channel,
                         "tone": o.case.tone, "read": predicted_tone(o),
                         "off": raw[o.case.id].get("off"),
                         "expect": o.case.expect.get("tone"),
                         "fired": o.fired.get("tone", []),
                         "raw": detail.get("raw", {}), "words": detail.get("words", {})})
    return rows


def report(rows: list[dict]) -> str:
    out = []
    tones = sorted({r["tone"] for r in rows if r["tone"]} | {r["read"] for r in rows})
    confusion = Counter((r["tone"], r["read"]) for r in rows if r["tone"])
    width = max(len(t) for t in tones)
    out.append("labelled \\ read".ljust(width + 2) + " ".join(t[:5].rjust(5) for t in tones)
               + "   acc")
    for t in tones:
        n = sum(confusion[(t, x)] for x in tones)
        if not n:
            continue
        cells = " ".join((str(confusion[(t, x)]) if confusion[(t, x)] else ".").rjust(5)
                         for x in tones)
        out.append(f"{t.ljust(width + 2)}{cells}   {confusion[(t, t)]}/{n}")
    right = sum(confusion[(t, t)] for t in tones)
    total = sum(confusion.values())
    out.append(f"dominant tone {right}/{total} = {right / total:.3f}" if total else "")
    tp = sum(1 for r in rows if r["expect"] and r["fired"])
    fp = sum(1 for r in rows if not r["expect"] and r["fired"])
    fn = sum(1 for r in rows if r["expect"] and not r["fired"])
    out.append(f"tone family: tp {tp} fp {fp} fn {fn}  P {tp / max(1, tp + fp):.3f}  "
               f"R {tp / max(1, tp + fn):.3f}")
    kinds = defaultdict(lambda: [0, 0])
    for r in rows:
        if r["expect"]:
            kinds[r["off"] or "?"][1] += 1
            kinds[r["off"] or "?"][0] += bool(r["fired"])
    for kind, (caught, n) in sorted(kinds.items()):
        out.append(f"  off={kind:10} recall {caught}/{n} = {caught / n:.3f}")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--dump", help="write every case's reading to this JSON file")
    args = parser.parse_args()
    rows = [r for folder in (args.folders or DEFAULT) for r in rows_of(folder)]
    print(report(rows))
    if args.dump:
        Path(args.dump).write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
