#!/bin/sh
# Assemble the kit a blind writer reads (and nothing else): the product contract, the
# labelling guide, the campaign format, two example profiles, the round's instructions,
# and the names already taken by the project's profiles and campaign sets.
#
#   sh docs/blind-kit/build.sh [OUT]        # default /work/blind-kit
#
# Writers are told to read OUT/WRITER-COMMON.txt first; copy ROUNDnn.md to a new round
# (new sectors per writer) and point WRITER-COMMON.txt at it.
set -eu
cd "$(dirname "$0")/../.."
OUT=${1:-/work/blind-kit}
mkdir -p "$OUT"
cp ../shared/SPEC.md "$OUT/" 2>/dev/null || cp /work/shared/SPEC.md "$OUT/"
cp corpora/eval/LABELLING.md docs/blind-kit/CAMPAIGN-FORMAT.md docs/blind-kit/WRITER-COMMON.txt \
   docs/blind-kit/ROUND*.md "$OUT/"
cp profiles/lego.yaml "$OUT/example-profile-fr.yaml"
cp profiles/lego-en.yaml "$OUT/example-profile-en.yaml"
{ grep -h "^brand:" profiles/*.yaml corpora/*/*/profile.yaml corpora/blind-held/*/profiles/*.yaml | sed 's/^brand: *//; s/"//g'
  ls profiles corpora/blind-held/*/profiles | grep yaml | sed 's/-en\.yaml$//; s/\.yaml$//'
  for d in corpora/campaigns*/*/; do basename "$d"; done; } | sort -fu > "$OUT/TAKEN-NAMES.txt"
echo "kit in $OUT ($(wc -l < "$OUT/TAKEN-NAMES.txt") taken names)"
