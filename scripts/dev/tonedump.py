"""tonedump.py OUT.pkl SETDIR... : per labelled case, the tone reading's evidence, sentences
and raw weights, and the frame of every clause, pickled to replay dominant-tone designs
offline. Runs on the code of the current directory (a worktree at a first-run commit
replays what that code read), profiles from $PROFILES (default profiles/)."""
import os
import pickle
import sys
from pathlib import Path
from brandlint.cli import _engine_for
from brandlint.evaluation import load_cases
from brandlint.sources import Document, SourceMap
sys.path.insert(0, "scripts")
from blind_eval import profile_for as _pf  # noqa: E402

profile_for = lambda f: _pf(f, Path(os.environ.get("PROFILES", "profiles")))

out = []
for setdir in sys.argv[2:]:
    for f in sorted(Path(setdir).glob("*.jsonl")):
        cases = load_cases(f)
        eng = _engine_for(str(profile_for(f)))
        docs = (Document(path=str(f), text=c.text, id=c.id, channel=c.channel,
                         source_map=SourceMap(c.text, base_line=c.line - 1)) for c in cases)
        for c, (res, a) in zip(cases, eng.run_analysed(docs)):
            if a is None:
                continue
            tr = a.tone
            frames = {}
            for t in a.doc:
                if t.is_space or t.is_punct:
                    continue
                fr = a.frame(t)
                k = (fr.start, fr.end)
                if k not in frames:
                    d = a.doc
                    frames[k] = dict(cs=d[fr.start].idx, ce=d[fr.end - 1].idx + len(d[fr.end - 1]),
                                     speaker=fr.speaker, holder=fr.holder, topic=fr.topic, time=fr.time,
                                     modality=fr.modality, polarity=fr.polarity, act=fr.act,
                                     pred=d[fr.predicate].lemma_ if fr.predicate >= 0 else None)
            out.append(dict(set=Path(setdir).name, file=f.name, id=c.id, lang=a.language,
                            channel=c.channel, expected=c.tone, expect=c.expect, text=c.text,
                            evidence=[(e.tone, e.weight, e.start, e.end, e.text, e.signal, e.idea)
                                      for e in tr.evidence],
                            sentences=tr.sentences,
                            docsents=[(s.start_char, s.end_char) for s in a.doc.sents],
                            frames=sorted(frames.values(), key=lambda x: x["cs"]),
                            raw=tr.raw, dominant=tr.dominant, word_count=getattr(tr, 'word_count', 0),
                            targets=list(a.channel.tones) if hasattr(a.channel, "tones") else None,
                            purposes=getattr(tr, 'purposes', ()), service=getattr(tr, 'service', False)))
pickle.dump(out, open(sys.argv[1], "wb"))
print(len(out))
