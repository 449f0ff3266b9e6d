#!/usr/bin/env bash
# Build the Debian package of Looking Beyond Desktop on Debian 12 (amd64), in one command:
#
#   bash installer/build-linux.sh        ->  installer/dist/lookingbeyond_<version>_amd64.deb
#
# 1. a build environment in installer/build/venv: the application (not editable) with the
#    pinned packages of requirements.lock as constraints (so no test tools), and the pinned
#    build tools of installer/requirements-build.txt; reused while those files are unchanged;
# 2. the translations compiled (.ts -> .qm, as scripts/setup.sh does), the font that covers
#    Chinese taken from Debian's archive (installer/fetch_font.py, SHA-256 checked);
# 3. PyInstaller with installer/lookingbeyond.spec (onedir) into installer/build/dist;
# 4. the .deb packed with dpkg-deb: /opt/lookingbeyond/, /usr/bin/lookingbeyond,
#    the desktop entry and the icons. Paths, Depends and the rest: installer/platforms.py.
#
# Needs: python3 with venv, dpkg-deb (Debian's dpkg), the network for PyPI on the first run,
# and the Debian packages scripts/setup.sh installs (Qt must start offscreen to draw the icon).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=$ROOT/installer/build
DIST=$ROOT/installer/dist
VENV=$BUILD/venv
PYTHON=${PYTHON:-python3}
platform() { "$PYTHON" installer/platforms.py get "$1"; }

# --- 1. the build environment ---------------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
  echo "build-linux: creating the build environment in $VENV"
  "$PYTHON" -m venv "$VENV"
fi
stamp=$VENV/.lbd-build-installed
# The .qm files are package data: compile them before the application is installed.
for ts in resources/translations/lookingbeyond_*.ts; do
  qm=${ts%.ts}.qm
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    if [ -x "$VENV/bin/pyside6-lrelease" ]; then LRELEASE=$VENV/bin/pyside6-lrelease
    else LRELEASE=""; fi
    if [ -z "$LRELEASE" ]; then  # first run: PySide6 is not in the build environment yet
      "$VENV/bin/python" -m pip install -q --disable-pip-version-check -c requirements.lock \
        pyside6-essentials
      LRELEASE=$VENV/bin/pyside6-lrelease
    fi
    "$LRELEASE" -silent "$ts" -qm "$qm"
    echo "build-linux: compiled $(basename "$qm")"
  fi
done
newest_source=$(find lookingbeyond_desktop sync resources pyproject.toml requirements.lock \
  installer/requirements-build.txt -newer "$stamp" -type f ! -name '*.pyc' -print -quit \
  2>/dev/null || true)
if [ ! -f "$stamp" ] || [ -n "$newest_source" ]; then
  echo "build-linux: installing the application and the build tools (pinned)"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    -c requirements.lock -r installer/requirements-build.txt .
  touch "$stamp"
fi
VERSION=$("$VENV/bin/python" -c 'import lookingbeyond_desktop as p; print(p.__version__)')

# --- 2. the icons and the bundled font -------------------------------------------------------
mkdir -p "$BUILD" "$DIST"
"$PYTHON" installer/fetch_font.py
"$VENV/bin/python" installer/render_icon.py "$BUILD/lookingbeyond-256.png" 256

# --- 3. PyInstaller -------------------------------------------------------------------------
echo "build-linux: PyInstaller (onedir) into installer/build/dist"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$BUILD/dist" \
  --workpath "$BUILD/work" installer/lookingbeyond.spec
BUNDLE=$BUILD/dist/$(platform executable)
"$BUNDLE/$(platform executable)" --version

# --- 4. the .deb ----------------------------------------------------------------------------
PKG=$BUILD/deb
rm -rf "$PKG"
INSTALL_DIR=$(platform linux.install_dir)
mkdir -p "$PKG/DEBIAN" "$PKG$INSTALL_DIR" "$PKG$(dirname "$(platform linux.bin_link)")" \
  "$PKG$(dirname "$(platform linux.desktop_file)")" \
  "$PKG$(dirname "$(platform linux.icon_png)")" "$PKG$(dirname "$(platform linux.icon_svg)")"
cp -a "$BUNDLE/." "$PKG$INSTALL_DIR/"
ln -s "$INSTALL_DIR/$(platform executable)" "$PKG$(platform linux.bin_link)"
"$PYTHON" installer/platforms.py desktop-entry > "$PKG$(platform linux.desktop_file)"
install -m 644 "$BUILD/lookingbeyond-256.png" "$PKG$(platform linux.icon_png)"
install -m 644 installer/icons/lookingbeyond.svg "$PKG$(platform linux.icon_svg)"
# Files readable by all, programs and folders executable; root owns everything in the .deb.
chmod -R u+rwX,go+rX,go-w "$PKG"
installed_kib=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
"$PYTHON" installer/platforms.py deb-control "$VERSION" "$installed_kib" > "$PKG/DEBIAN/control"
DEB=$DIST/$(platform linux.package)_${VERSION}_$(platform linux.architecture).deb
rm -f "$DEB"
dpkg-deb --build --root-owner-group -Zxz "$PKG" "$DEB" >/dev/null
echo "build-linux: $DEB ($(du -h "$DEB" | cut -f1); installed: $((installed_kib / 1024)) MiB)"
