"""promwhy.py PROFILE CHANNEL TEXT: for each delay mention, which line of find_promises drops it."""
import sys, linecache
from brandlint.analysis import promises as P
from brandlint.analysis.pipeline import Analyser
from brandlint.engine import Engine
from brandlint.profile import load_profile
from brandlint.selection import Selection
from brandlint.sources import Document, SourceMap
prof, channel, text = sys.argv[1], sys.argv[2], sys.argv[3].replace("\\n", "\n")
profile = load_profile(prof)
engine = Engine(profile, Analyser(profile), Selection.build(profile))
document = engine.resolve_channel(Document(path="d.txt", text=text, source_map=SourceMap(text), channel=channel))
(d_, doc), = list(engine.analyser.pipe([document]))
a = engine.analyse(d_, doc)
print("services:", a.service_index[0])
code = P.find_promises.__code__
state = {"mention": None, "last": []}
def tracer(frame, event, arg):
    if frame.f_code is not code:
        return None
    def local(frame, event, arg):
        if event == "line":
            m = frame.f_locals.get("mention")
            if m is not state["mention"]:
                state["mention"] = m
                print("-- mention", m.text if m else None, m.kind if m else "")
            line = linecache.getline(code.co_filename, frame.f_lineno).strip()
            if line.startswith("continue") or "attached =" in line or line.startswith("service, index"):
                print("   ", frame.f_lineno, line[:100], "| prev:", state["last"][-1][:110] if state["last"] else "")
            state["last"].append(f"{frame.f_lineno} {line}")
        return local
    return local
sys.settrace(tracer)
res = P.find_promises(a)
sys.settrace(None)
for p in res: print("PROMISE", p.mention.text, p.service, p.exceeds)
