#!/usr/bin/env python3
"""judgedkept.py JUDGED.md ALL.json : of the judged findings, how many still fire (same
document id and code, at warning or above) in a later merged report, per verdict."""
import json
import re
import sys
from collections import Counter

RANK = {"info": 0, "warning": 1, "error": 2}
firing = set()
for doc in json.load(open(sys.argv[2]))["documents"]:
    for d in doc.get("diagnostics", []):
        if RANK.get(d.get("severity"), 0) >= 1:
            firing.add((doc.get("id"), d["code"]))
counts = Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 6 or not cells[0].isdigit():
        continue
    # (a judge may add the brand after the id: "twcs-106606 (American Airlines)")
    ident = re.sub(r"\s*\(.*\)$", "", cells[1])
    code, verdict = cells[2].split()[0], cells[4].strip("* ").lower()
    verdict = re.sub(r"[^a-z]", "", verdict)
    kept = (ident, code) in firing
    counts[(verdict, "still fires" if kept else "gone")] += 1
for (verdict, state), n in sorted(counts.items()):
    print(f"{verdict:8} {state:12} {n}")
