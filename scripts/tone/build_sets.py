"""Writes corpora/eval/tone-fr.jsonl and tone-en.jsonl from the hand-labelled drafts in
fr_cases.py and en_cases.py (one place to read and review the labels)."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import en_cases  # noqa: E402
import fr_cases  # noqa: E402

for language, module in (("fr", fr_cases), ("en", en_cases)):
    out = HERE.parents[1] / "corpora" / "eval" / f"tone-{language}.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for case_id, profile, channel, tone, flagged, text, note in module.CASES:
            f.write(json.dumps({"id": f"tone-{case_id}", "profile": profile, "channel": channel,
                                "text": text, "tone": tone, "expect": {"tone": flagged},
                                "note": note}, ensure_ascii=False) + "\n")
    print(out, len(module.CASES))
