"""Score brandlint on the blind sets of corpora/eval/heldout3 (or another folder).

Each `<slug>-fr.jsonl` runs with `profiles/<slug>.yaml`, each `<slug>-en.jsonl` with
`profiles/<slug>-en.yaml`. Prints TP/FP/FN/TN, precision and recall per brand and in
total for the families the set labels; `--json` writes the per-case misses too.

    python scripts/blind_eval.py [FOLDER] [--json OUT] [--families F,…] [--min-severity info]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ("overpromise", "idea", "terminology")


def profile_for(case_file: Path, profiles: Path = ROOT / "profiles") -> Path:
    slug, lang = case_file.stem.rsplit("-", 1)
    return profiles / (f"{slug}.yaml" if lang == "fr" else f"{slug}-en.yaml")


def run(case_file: Path, profiles: Path, full: bool = False,
        min_severity: str = "warning") -> dict:
    out = subprocess.run([sys.executable, "-m", "brandlint", "eval", str(case_file),
                          "--profile", str(profile_for(case_file, profiles)), "--format", "json",
                          "--min-severity", min_severity],
                         capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        raise SystemExit(f"{case_file}: {out.stderr.strip()}")
    report = json.loads(out.stdout)
    return report if full else report["families"]


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(ROOT / "corpora/eval/heldout3"))
    parser.add_argument("--json", dest="json_out")
    parser.add_argument("--profiles", default=str(ROOT / "profiles"),
                        help="folder of the brand profiles (a blind set kept outside the "
                             "repository carries its own)")
    parser.add_argument("--families", default=",".join(FAMILIES),
                        help="comma-separated families to score (e.g. sincerity, tone)")
    parser.add_argument("--min-severity", default="warning", choices=("info", "warning", "error"),
                        help="count findings from this severity up (info: hints count too, "
                             "e.g. the idea's absence, a hint unless the channel requires it)")
    args = parser.parse_args()
    families_wanted = tuple(args.families.split(","))
    totals = {f: defaultdict(int) for f in families_wanted}
    extra: dict[str, defaultdict] = {"dominant_tone": defaultdict(int),
                                     "kinds": defaultdict(lambda: [0, 0])}
    details = {}
    print(f"{'set':22} " + " ".join(f"{f[:5]:>5} P     R    " for f in families_wanted))
    for case_file in sorted(Path(args.folder).glob("*.jsonl")):
        report = run(case_file, Path(args.profiles), full=True,
                     min_severity=args.min_severity)
        families = report["families"]
        details[case_file.name] = report
        tone = report.get("dominant_tone") or {}
        extra["dominant_tone"]["cases"] += tone.get("cases", 0)
        extra["dominant_tone"]["correct"] += tone.get("correct", 0)
        for kind, score in (report.get("kinds") or {}).items():
            extra["kinds"][kind][0] += score["caught"]
            extra["kinds"][kind][1] += score["cases"]
        cells = []
        for f in families_wanted:
            s = families.get(f, {})
            for k in ("tp", "fp", "fn", "tn"):
                totals[f][k] += s.get(k, 0)
            cells.append(f"{s.get('tp', 0):>3}/{s.get('fp', 0):<2}/{s.get('fn', 0):<2} "
                         f"{ratio(s.get('tp', 0), s.get('tp', 0) + s.get('fp', 0)):>5} "
                         f"{ratio(s.get('tp', 0), s.get('tp', 0) + s.get('fn', 0)):>5}")
        print(f"{case_file.name:22} " + " | ".join(cells))
    print("\nTOTAL (tp fp fn tn precision recall)")
    for f in families_wanted:
        t = totals[f]
        print(f"  {f:12} {t['tp']:>4} {t['fp']:>4} {t['fn']:>4} {t['tn']:>4}  "
              f"P {ratio(t['tp'], t['tp'] + t['fp'])}  R {ratio(t['tp'], t['tp'] + t['fn'])}")
    tone = extra["dominant_tone"]
    if tone["cases"]:
        print(f"  dominant tone: {tone['correct']}/{tone['cases']} = "
              f"{ratio(tone['correct'], tone['cases'])}")
    for kind, (caught, cases) in sorted(extra["kinds"].items()):
        print(f"  kind {kind:16} recall {caught}/{cases} = {ratio(caught, cases)}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(details, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
