#!/usr/bin/env python3
"""How the analysis reads real rows: the message function, whether it is a system
message / written to someone, and the reply's cues.

    python scripts/dev/readdoc.py PROFILE.yaml CORPUS.jsonl ID [ID ...]
"""
import json
import sys

from brandlint.analysis.pipeline import Analyser
from brandlint.analysis.reply import speaks_to_someone
from brandlint.engine import Engine
from brandlint.profile import load_profile
from brandlint.selection import Selection
from brandlint.sources import Document, SourceMap

profile = load_profile(sys.argv[1])
engine = Engine(profile, Analyser(profile), Selection.build(profile))
ids = set(sys.argv[3:])
for line in open(sys.argv[2], encoding="utf-8"):
    row = json.loads(line)
    if row["id"] not in ids:
        continue
    doc = engine.resolve_channel(Document(path="x", text=row["text"],
                                          source_map=SourceMap(row["text"]),
                                          channel=row.get("channel")))
    (d_, d), = list(engine.analyser.pipe([doc]))
    a = engine.analyse(d_, d)
    r = a.reply
    print("==", row["id"], "| function:", a.function.kind, "| system:", a.system_message,
          "| speaks:", speaks_to_someone(a))
    print("  ", row["text"][:300].replace("\n", " / "))
    for name in ("problems", "outside_problems", "reported_problems", "apologies", "next_steps", "vague_steps", "blame", "doubt", "condescension", "marketing", "repeats", "complaint_markers"):
        cues = getattr(r, name, None)
        if cues:
            print(f"   {name}:", [(a.doc[c.start:c.end].text, getattr(c, "detail", None) or c) for c in cues][:8])
