#!/usr/bin/env python3
"""halves.py FIRST.json END.json : tp/fp/fn per family over END's files, in FIRST and END,
and the case ids that changed (a read or held-out half against the whole set's first run)."""
import json
import sys

first, end = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
totals = {}
for f in end:
    for fam, rb in end[f]["families"].items():
        ra = first[f]["families"][fam]
        t = totals.setdefault(fam, [0, 0, 0, 0, 0, 0])
        for i, k in enumerate(("tp", "fp", "fn")):
            t[i] += ra[k]
            t[3 + i] += rb[k]
        for k in ("misses", "false_alarms"):
            sa, sb = set(ra[k]), set(rb[k])
            if sa != sb:
                print(f, fam, k, "gone:", sorted(sa - sb), "new:", sorted(sb - sa))
for fam, t in totals.items():
    print(f"{fam}: first {t[0]}/{t[1]}/{t[2]} -> end {t[3]}/{t[4]}/{t[5]} (tp/fp/fn)")
