# Shared by setup.sh and test.sh: install what Hiroba needs from Debian when missing.
# shellcheck shell=bash

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Please run as root or install sudo: $*" >&2; return 1; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# libcmark-gfm (with its GFM extensions) and libyaml, found through pkg-config.
ensure_system_libraries() {
  if ! command -v pkg-config >/dev/null || ! pkg-config --exists libcmark-gfm yaml-0.1; then
    echo "==> Installing libcmark-gfm and libyaml (apt-get)"
    apt_install pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev
  fi
}
