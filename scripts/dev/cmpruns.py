"""cmpruns.py A_DIR B_DIR : per set/family tp fp fn and the case ids that changed."""
import json, sys, glob, os
a, b = sys.argv[1], sys.argv[2]
for fa in sorted(glob.glob(f"{a}/*.json")):
    fb = os.path.join(b, os.path.basename(fa))
    if not os.path.exists(fb): continue
    A, B = json.load(open(fa)), json.load(open(fb))
    for f in A:
        for fam, ra in A[f]["families"].items():
            rb = B[f]["families"][fam]
            for k in ("misses", "false_alarms"):
                sa, sb = set(ra[k]), set(rb[k])
                if sa != sb:
                    print(os.path.basename(fa), f, fam, k, "gone:", sorted(sa - sb), "new:", sorted(sb - sa))
