"""errs.py SETDIR FAMILY [--min-severity X]: list misses/false alarms with text, note and findings."""
import json, subprocess, sys, tempfile, os
from pathlib import Path
setdir, fam = Path(sys.argv[1]), sys.argv[2]
sev = sys.argv[4] if len(sys.argv) > 4 else "warning"
prof = Path(os.environ.get("PROFILES", "profiles"))
FAM = {"overpromise": "BL3", "idea": "BL1", "tone": "BL2", "sincerity": "BL4", "terminology": "BL5"}[fam]
for f in sorted(setdir.glob("*.jsonl")):
    slug, lang = f.stem.rsplit("-", 1)
    p = prof / (f"{slug}.yaml" if lang == "fr" else f"{slug}-en.yaml")
    out = subprocess.run([sys.executable, "-m", "brandlint", "eval", str(f), "--profile", str(p),
                          "--format", "json", "--min-severity", sev], capture_output=True, text=True)
    rep = json.loads(out.stdout)["families"].get(fam)
    if not rep: continue
    bad = {i: "MISS" for i in rep["misses"]} | {i: "FALSE" for i in rep["false_alarms"]}
    for line in f.read_text().splitlines():
        c = json.loads(line)
        if c["id"] not in bad: continue
        with tempfile.TemporaryDirectory() as t:
            md = Path(t) / "d.md"
            md.write_text(f"---\nchannel: {c['channel']}\n---\n{c['text']}\n")
            o = subprocess.run([sys.executable, "-m", "brandlint", "check", str(md), "--profile", str(p),
                                "--format", "json", "--no-cache"], capture_output=True, text=True)
            diags = [d for doc in json.loads(o.stdout)["documents"] for d in doc["diagnostics"]
                     if d["code"].startswith(FAM)]
        print(f"== {bad[c['id']]} {c['id']} [{c['channel']}] note: {c.get('note')}")
        print("   " + c["text"].replace("\n", "\n   "))
        for d in diags:
            print(f"   -> {d['code']} {d['severity']} «{d['text']}» {d['message'][:160]}")
