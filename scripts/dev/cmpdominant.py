"""cmpdominant.py A_DIR B_DIR : dominant-tone totals per set file and the case ids that changed."""
import glob
import json
import os
import sys

a, b = sys.argv[1], sys.argv[2]
tot = [0, 0, 0]
for fa in sorted(glob.glob(f"{a}/t*.json")):
    fb = os.path.join(b, os.path.basename(fa))
    if not os.path.exists(fb):
        continue
    A, B = json.load(open(fa)), json.load(open(fb))
    for f in A:
        da, db = A[f].get("dominant_tone") or {}, (B.get(f) or {}).get("dominant_tone") or {}
        wa = {w["id"] for w in da.get("wrong", [])}
        wb = {w["id"] for w in db.get("wrong", [])}
        tot[0] += da.get("correct", 0)
        tot[1] += db.get("correct", 0)
        tot[2] += da.get("cases", 0)
        if wa != wb:
            print(os.path.basename(fa), f, "gained:", sorted(wa - wb), "lost:", sorted(wb - wa))
print("dominant right A", tot[0], "B", tot[1], "of", tot[2])
