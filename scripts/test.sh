#!/usr/bin/env bash
# Runs every test: builds Hiroba and its tests, then runs the Swift unit and end-to-end
# tests (the end-to-end tests run the built `hiroba`). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_swift
ensure_system_libraries

echo "==> swift build --build-tests"
swift build --build-tests

echo "==> swift test"
log="$(mktemp "${TMPDIR:-/tmp}/hiroba-test.XXXXXX")"
trap 'rm -f "$log"' EXIT
status=0
swift test --skip-build 2>&1 | tee "$log" || status=$?

echo
echo "==> Summary"
# Swift Testing ("Test run with N tests in M suites passed/failed …"), and XCTest's
# "Executed N tests" when there are XCTest tests at all.
grep -E 'Test run with [0-9]+ tests?' "$log" | tail -n 1 || true
grep -E 'Executed [1-9][0-9]* tests?' "$log" | tail -n 1 || true
if [ "$status" -ne 0 ]; then
  echo "FAILED (swift test exited with $status)" >&2
  exit "$status"
fi

# The search tokenizer of search.js against the vectors the Swift tests use.
echo "==> node tests/search/tokenizer.test.mjs"
command -v node >/dev/null 2>&1 || apt_install nodejs
node --test tests/search/

# Checks of the built site in real tools, when they are set up.
if [ -f tests/site/conftest.py ] && [ -f scripts/test-tools.sh ]; then
  echo "==> Site checks (tests/site)"
  bash scripts/test-tools.sh
  HIROBA_BIN="$(swift build --show-bin-path)/hiroba" .venv/bin/python -m pytest -q tests/site
fi
echo "All tests passed."
