#!/usr/bin/env python3
"""Dump the tone reading of every labelled tone draft, one JSON line a draft, for fitting
and checking how the dominant tone is named (`scripts/dev/fit_dominant.py`).

    python scripts/dev/tonefeatures.py OUT.jsonl corpora/eval/tone-blind* [--profiles DIR]

Each line: set, id, language, channel, the channel's target tones and service flag, the
labelled dominant tone and `off`, the reading's raw weights, coverage, purposes, sentence
count, and the dominant tone the reading names today.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from brandlint.cli import _engine_for
    from brandlint.evaluation import load_cases, run_cases
    from brandlint.profile import load_profile

    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--profiles", default=str(ROOT / "profiles"))
    ap.add_argument("--only", help="a features file: read only its cases whose reading "
                                   "holds this tone (`--only F.jsonl:coldness`)")
    args = ap.parse_args()
    only = None
    if args.only:
        path, tone = args.only.rsplit(":", 1)
        only = {json.loads(line)["id"] for line in open(path, encoding="utf-8")
                if json.loads(line)["raw"].get(tone)}
    with open(args.out, "w", encoding="utf-8") as out:
        for folder in args.sets:
            files = sorted(Path(folder).glob("*.jsonl")) if Path(folder).is_dir() \
                else [Path(folder)]
            for path in files:
                labels = {}
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        rec = json.loads(line)
                        labels[str(rec.get("id"))] = rec
                cases = [c for c in load_cases(path) if c.tone and
                         (only is None or c.id in only)]
                if not cases:
                    continue
                slug, lang = path.stem.rsplit("-", 1)
                profile_path = Path(args.profiles) / (f"{slug}.yaml" if lang == "fr"
                                                      else f"{slug}-en.yaml")
                if not profile_path.exists():
                    profile_path = ROOT / "profiles" / profile_path.name
                if not profile_path.exists():  # every case names its own (tone-fr.jsonl)
                    profile_path = Path(cases[0].profile)
                profiles = {}
                outcomes = run_cases(_engine_for(str(profile_path)), cases, str(path),
                                     engine_for=_engine_for)
                for o in outcomes:
                    detail = o.scores.get("tone_detail") or {}
                    key = o.case.profile or str(profile_path)
                    if key not in profiles:
                        profiles[key] = load_profile(key)
                    profile = profiles[key]
                    name = o.case.channel or profile.default_channel
                    channel = profile.channels.get(name)
                    out.write(json.dumps({
                        "set": Path(folder).name, "file": path.name, "id": o.case.id,
                        "language": profile.language, "channel": name,
                        "targets": list(channel.tones) if channel else [],
                        "service": bool(channel.service) if channel else False,
                        "expected": o.case.tone, "off": labels[o.case.id].get("off"),
                        "raw": detail.get("raw", {}), "coverage": detail.get("coverage", {}),
                        "purposes": detail.get("purposes", []),
                        "sentences": detail.get("sentences", 0),
                        "words": len(o.case.text.split()),
                        "dominant": detail.get("dominant"),
                        "fired": sorted(o.fired.get("tone", []))}, ensure_ascii=False)
                              + "\n")
                out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
