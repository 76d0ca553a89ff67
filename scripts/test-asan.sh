#!/usr/bin/env bash
# The Swift test suite under the address sanitizer: the package and its tests are built
# with -sanitize=address into .build-asan, and the tests run there, the end-to-end tests
# included (they run the sanitized `hiroba` of the same build). Any memory error, or a
# leak not in fuzz/lsan.supp, fails the run. Opt-in from scripts/test.sh with
# HIROBA_ASAN=1; docs/fuzzing.md says why it is not part of every CI run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_swift
ensure_system_libraries

echo "==> swift build --build-tests -sanitize=address (.build-asan)"
swift build --build-tests -Xswiftc -sanitize=address --scratch-path .build-asan
echo "==> swift test under the address sanitizer"
ASAN_OPTIONS="detect_leaks=1" LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0" \
  swift test --skip-build --scratch-path .build-asan
