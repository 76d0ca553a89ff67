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
  swift test --skip-build --scratch-path .build-asan --skip SiteServerTests
# The served-site tests talk to the server through Foundation's URLSession, whose curl
# handles outlive the session and keep the test's responses (and the served site they
# came from) reachable only from them: LeakSanitizer reports all of that at exit. Memory
# errors are still checked; leaks are not, in this one suite (docs/fuzzing.md).
echo "==> swift test --filter SiteServerTests under the address sanitizer (no leak check)"
ASAN_OPTIONS="detect_leaks=0" swift test --skip-build --scratch-path .build-asan --filter SiteServerTests
