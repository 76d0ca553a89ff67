#!/usr/bin/env bash
# Runs every test: the Swift unit and end-to-end tests, then the checks of the built
# site in real tools (Nu HTML Checker, axe-core in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_system_libraries
echo "==> swift build --build-tests"
swift build --build-tests
echo "==> swift test"
swift test --skip-build

if [ -f tests/site/conftest.py ]; then
  echo "==> Site checks (tests/site)"
  bash scripts/test-tools.sh
  HIROBA_BIN="$PWD/.build/debug/hiroba" .venv/bin/python -m pytest -q tests/site
fi
