# Shared by setup.sh and test.sh (sourced, not run): checks for Swift and installs the
# system libraries Hiroba links against when pkg-config cannot find them.
# shellcheck shell=bash

# Runs a command as root: directly when root, through sudo when it exists.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: need root to run: $* (run as root or install sudo)" >&2
    return 1
  fi
}

# Installs Debian packages (running `apt-get update` once per script run).
apt_updated=""
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: $* missing and apt-get is not available: install them by hand." >&2
    exit 2
  fi
  if [ -z "$apt_updated" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  echo "==> apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
    --no-install-recommends "$@" >/dev/null
}

# Swift 6 must already be installed (https://www.swift.org/install/).
ensure_swift() {
  if ! command -v swift >/dev/null 2>&1; then
    echo "error: swift not found. Install Swift 6 (https://www.swift.org/install/) and try again." >&2
    exit 2
  fi
}

# libcmark-gfm (with its GFM extensions) and libyaml, found through pkg-config.
# Installs them with apt-get on Debian/Ubuntu only when they are missing, so running
# this again changes nothing.
ensure_system_libraries() {
  if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark-gfm yaml-0.1; then
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: libcmark-gfm and libyaml were not found with pkg-config, and apt-get is not available." >&2
    echo "       Install pkg-config, cmark-gfm (with extensions) and libyaml with your package manager." >&2
    exit 2
  fi
  echo "==> Installing pkg-config, libcmark-gfm and libyaml (apt-get)"
  apt_install pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev
  if ! pkg-config --exists libcmark-gfm yaml-0.1; then
    echo "error: pkg-config still cannot find libcmark-gfm and yaml-0.1 after installing them." >&2
    exit 2
  fi
}
