"""domwhy.py RESULT_JSON SETDIR [PROFILES]: for each dominant-tone miss, the text, the tone read and its words."""
import json, subprocess, sys, tempfile, os
from pathlib import Path
res, setdir = json.load(open(sys.argv[1])), Path(sys.argv[2])
prof = Path(sys.argv[3]) if len(sys.argv) > 3 else setdir
for fname, v in res.items():
    if not (setdir / fname).exists():
        continue
    wrong = {w["id"]: w for w in v["dominant_tone"]["wrong"]}
    slug, lang = Path(fname).stem.rsplit("-", 1)
    p = prof / (f"{slug}.yaml" if lang == "fr" else f"{slug}-en.yaml")
    for line in open(setdir / fname):
        c = json.loads(line)
        if c["id"] not in wrong:
            continue
        with tempfile.TemporaryDirectory() as t:
            md = Path(t) / "d.md"
            md.write_text(f"---\nchannel: {c['channel']}\n---\n{c['text']}\n")
            o = subprocess.run([sys.executable, "-m", "brandlint", "check", str(md), "--profile", str(p),
                                "--format", "json", "--no-cache"], capture_output=True, text=True)
            doc = json.loads(o.stdout)["documents"][0]
        tone = doc.get("scores", {}).get("tone", {})
        w = wrong[c["id"]]
        print(f"== {c['id']} [{c['channel']}] expected {w['expected']} read {w['read']}")
        print("   " + c["text"][:700].replace("\n", "\n   "))
        vec = tone.get("vector") or tone.get("scores") or {}
        print("   vector:", {k: round(x, 2) for k, x in sorted(vec.items(), key=lambda kv: -kv[1])[:5]} if isinstance(vec, dict) else vec)
        ws = tone.get("words") or {}
        for k in (w["expected"], w["read"]):
            print(f"   {k}:", ws.get(k) if isinstance(ws, dict) else "")
