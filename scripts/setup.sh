#!/usr/bin/env bash
# Sets up and builds the sample site: installs the system libraries when missing,
# builds Hiroba in release mode, checks content/ and builds the site into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_system_libraries
echo "==> Building hiroba (release)"
swift build -c release --product hiroba
echo "==> Checking content/"
.build/release/hiroba check --content content
echo "==> Building the site into output/"
.build/release/hiroba build --content content --output output
cat <<'MSG'

Done. Open output/index.html, or serve the folder to follow links as on the web:
  python3 -m http.server --directory output 8000   →  http://127.0.0.1:8000/
MSG
