#!/usr/bin/env python3
"""Compare the findings of two merged real-text reports (scripts/realtext/run.sh all.json).

    python scripts/dev/realcmp.py A/all.json B/all.json [--code BL3] [--min-severity warning]

Prints the counts per code prefix in A and B, then the findings only in A (gone) and
only in B (added), keyed by (document id, code, quoted words).
"""
import argparse
import json
from collections import Counter

RANK = {"info": 0, "warning": 1, "error": 2}


def keys(path, codes, minsev):
    out = {}
    for doc in json.load(open(path))["documents"]:
        for d in doc.get("diagnostics", []):
            if RANK.get(d.get("severity"), 0) < RANK[minsev]:
                continue
            if codes and not any(d["code"].startswith(c) for c in codes):
                continue
            out[(doc.get("id") or doc.get("path"), d["code"], d.get("text", ""))] = d
    return out


ap = argparse.ArgumentParser()
ap.add_argument("a")
ap.add_argument("b")
ap.add_argument("--code", action="append", default=[])
ap.add_argument("--min-severity", default="warning")
args = ap.parse_args()
a = keys(args.a, args.code, args.min_severity)
b = keys(args.b, args.code, args.min_severity)
ca = Counter(k[1][:3] for k in a)
cb = Counter(k[1][:3] for k in b)
for fam in sorted(set(ca) | set(cb)):
    print(f"{fam}: {ca[fam]} -> {cb[fam]}")
for label, only in (("gone", set(a) - set(b)), ("added", set(b) - set(a))):
    print(f"-- {label}: {len(only)}")
    for k in sorted(only):
        print("  ", *k)
