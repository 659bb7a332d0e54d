#!/usr/bin/env bash
# Fails when the committed dist/ is not the build of this commit's sources (the runner executes
# dist/ as committed). Used by the ci and release workflows; `NODE=… scripts/check-dist.sh` picks
# the node that builds (Node 24 in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
"${NODE:-node}" scripts/build.mjs
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "::error title=dist/ is stale::dist/ is not the build of this commit: run \`make build\` and commit dist/"
  git status --short -- dist
  exit 1
fi
echo "dist/ is the build of this commit"
