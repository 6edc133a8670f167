"""trace.py PROFILE CHANNEL TEXT MODULE FUNC : the lines FUNC runs (each call), and its returns."""
import sys, linecache, importlib
from brandlint.analysis.pipeline import Analyser
from brandlint.engine import Engine
from brandlint.profile import load_profile
from brandlint.selection import Selection
from brandlint.sources import Document, SourceMap
prof, channel, text, modname, func = sys.argv[1:6]
text = text.replace("\\n", "\n")
mod = importlib.import_module(modname); fname = mod.__file__
profile = load_profile(prof)
engine = Engine(profile, Analyser(profile), Selection.build(profile))
def tracer(frame, event, arg):
    if frame.f_code.co_filename != fname or frame.f_code.co_name != func:
        return None
    def local(fr, ev, a):
        if ev == "line":
            print(f"  {fr.f_lineno}: {linecache.getline(fname, fr.f_lineno).rstrip()[:110]}")
        elif ev == "return":
            print(f"  RETURN {a!r}"[:200])
        return local
    print(f"-- call {func}")
    return local
document = Document(path="d.txt", text=text, source_map=SourceMap(text), channel=channel)
sys.settrace(tracer)
diags = next(iter(engine.run([document]))).diagnostics
sys.settrace(None)
for d in diags:
    print("  ", d.code, d.severity, repr(d.text), d.message[:160])
