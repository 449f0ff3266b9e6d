#!/usr/bin/env bash
# Build the macOS disk image of Looking Beyond Desktop, in one command, on a Mac (macOS 12 or
# later, Xcode command line tools, python3.11 from python.org or Homebrew):
#
#   bash installer/macos/build-macos.sh   ->  installer/dist/LookingBeyond-<version>.dmg
#
# The same spec as Linux and Windows (installer/lookingbeyond.spec) makes
# installer/build/dist/Looking Beyond.app; hdiutil packs it with a link to /Applications.
# The bundle name, identifier and icon come from installer/platforms.py. The user's data goes
# to ~/Library/Application Support/LookingBeyond (platformdirs), never inside the .app.
# Signing and notarizing need the organization's Apple Developer ID: see installer/README.md.
# This cannot be built or tested on the Linux machine where the project is developed.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=$PWD/installer/build
DIST=$PWD/installer/dist
VENV=$BUILD/venv-macos
PYTHON=${PYTHON:-python3.11}
platform() { "$PYTHON" installer/platforms.py get "$1"; }

[ "$(uname -s)" = Darwin ] || { echo "build-macos: run this on macOS" >&2; exit 1; }
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q -c requirements.lock pyside6-essentials
for ts in resources/translations/lookingbeyond_*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$VENV/bin/python" -m pip install -q -c requirements.lock -r installer/requirements-build.txt .
VERSION=$("$VENV/bin/python" -c 'import lookingbeyond_desktop as p; print(p.__version__)')

mkdir -p "$BUILD" "$DIST"
"$VENV/bin/python" installer/fetch_font.py
"$VENV/bin/python" installer/render_icon.py "$BUILD/$(platform macos.icon)" \
  "$(platform macos.icon_size)"
"$VENV/bin/pyinstaller" --noconfirm --distpath "$BUILD/dist" --workpath "$BUILD/work-macos" \
  installer/lookingbeyond.spec
APP=$BUILD/dist/$(platform macos.bundle_name)
"$APP/Contents/MacOS/$(platform executable)" --version

STAGE=$BUILD/dmg
rm -rf "$STAGE"; mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG=$DIST/LookingBeyond-$VERSION.dmg
rm -f "$DMG"
hdiutil create -volname "$(platform macos.dmg_volume_name)" -srcfolder "$STAGE" -ov \
  -format UDZO "$DMG"
echo "build-macos: $DMG"
