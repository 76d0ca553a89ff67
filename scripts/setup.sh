#!/usr/bin/env bash
# Sets up Hiroba and the sample site: installs the system libraries when missing,
# builds Hiroba in release mode, checks content/ and builds the site into output/.
# Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_swift
ensure_system_libraries

echo "==> Building hiroba (release)"
swift build -c release --product hiroba
hiroba="$(swift build -c release --show-bin-path)/hiroba"

echo "==> Checking content/ (as of today)"
"$hiroba" check --content content

echo "==> Building the site into output/"
"$hiroba" build --content content --output output

cat <<MSG

Done: the content check passed and the site is in $PWD/output/
Open output/index.html, or serve the folder to follow links as on the web:
  python3 -m http.server --directory output 8000   ->  http://127.0.0.1:8000/
Check again after editing content/:
  ${hiroba#"$PWD"/} check
Or preview while you edit (rebuilds and reloads the browser on every save):
  ${hiroba#"$PWD"/} serve          ->  http://127.0.0.1:1313/
MSG
