"""offjudged.py JUDGING_MD REPORT.json [REPORT.json ...] : which findings judged in a
docs/realtext/*-judging.md record ("N. wrong — ID CODE …" / "N. **right** — ID CODE …")
still fire at warning or above in new reports (same document, same code)."""
import json
import re
import sys
from collections import Counter

verdicts = []
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^\d+\. (\*\*right\*\*|wrong) — (\S+) (BL\d+)", line.strip())
    if m:
        verdicts.append(("right" if "right" in m.group(1) else "wrong", m.group(2), m.group(3)))
fired = set()
for path in sys.argv[2:]:
    report = json.load(open(path, encoding="utf-8"))
    for doc in report["documents"]:
        for d in doc["diagnostics"]:
            if d.get("severity") in ("warning", "error"):
                fired.add((d.get("id") or doc.get("id"), d["code"]))
kept = Counter()
for verdict, doc_id, code in set(verdicts):
    kept[verdict, (doc_id, code) in fired] += 1
for verdict in ("right", "wrong"):
    print(f"judged {verdict}: {kept[verdict, True]} still fire, {kept[verdict, False]} gone")
