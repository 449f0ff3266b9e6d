#!/usr/bin/env bash
# Set up Looking Beyond Desktop on Debian 12 (or a machine that already has what it needs):
# the system libraries Qt needs, a virtual environment in .venv with the pinned packages,
# and the application itself (editable).  Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Python with venv (the venv brings its own pip: no python3-pip); Qt offscreen, on a real (or
# virtual) X display and on Wayland; fonts for Arabic and Chinese names.  Each package once.
APT_PACKAGES=(
  python3 python3-venv
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
  xvfb xauth libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libwayland-cursor0 libwayland-egl1
  fonts-dejavu-core fonts-wqy-microhei
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup: these Debian packages are missing and I am not root (and there is no sudo):" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating the virtual environment in .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.lbd-installed
if [ ! -f "$stamp" ] || [ requirements.lock -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing the pinned Python packages (requirements.lock)"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  touch "$stamp"
fi
# The compiled translations (.qm) are built here from their sources (.ts), never committed.
built=()
for ts in resources/translations/lookingbeyond_*.ts; do
  qm=${ts%.ts}.qm
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
    built+=("$(basename "$qm")")
  fi
done
[ ${#built[@]} -eq 0 ] || echo "setup: compiled the translations: ${built[*]}"
echo "setup: ready ($(.venv/bin/python --version))"
