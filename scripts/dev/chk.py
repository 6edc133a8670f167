"""chk.py PROFILE CHANNEL TEXT... : diagnostics, and frames of tokens matching --tok WORD."""
import sys
from brandlint.analysis.pipeline import Analyser
from brandlint.engine import Engine
from brandlint.profile import load_profile
from brandlint.selection import Selection
from brandlint.sources import Document, SourceMap
args = sys.argv[1:]
toks = []
while "--tok" in args:
    i = args.index("--tok"); toks.append(args[i + 1]); del args[i:i + 2]
prof, channel, texts = args[0], args[1], args[2:]
profile = load_profile(prof)
engine = Engine(profile, Analyser(profile), Selection.build(profile))
for text in texts:
    text = text.replace("\\n", "\n")
    document = engine.resolve_channel(Document(path="d.txt", text=text, source_map=SourceMap(text), channel=channel))
    (d_, doc), = list(engine.analyser.pipe([document]))
    a = engine.analyse(d_, doc)
    print("##", text[:100])
    for t in doc:
        if t.lower_ in toks:
            print("  frame", t.text, t.i, a.frame(t))
            print("  parse:", [(x.text, x.pos_, x.dep_, x.head.i) for x in a.clause(t)])
    for p in a.promises:
        print("  promise:", p)
    document = Document(path="d.txt", text=text, source_map=SourceMap(text), channel=channel)
    for d in next(iter(engine.run([document]))).diagnostics:
        print("  ", d.code, d.severity, repr(d.text), d.message[:140])
