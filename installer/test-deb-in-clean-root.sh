#!/usr/bin/env bash
# Install the built .deb into a clean Debian 12 root and check it, as root, in one command:
#
#   bash installer/test-deb-in-clean-root.sh [installer/dist/lookingbeyond_<version>_amd64.deb]
#
# A copy of a bare Debian 12 root ($FRESH_ROOT, default /work/fresh-root: debootstrap minbase
# + python3 and apt sources; never changed) is made in $TEST_ROOT (default /work/deb-root, made
# anew); in a chroot there (/proc, /sys, /dev, /dev/pts bound, unbound at the end whatever
# happens) the script:
#   - installs the .deb with apt-get (which pulls its Depends), and checks the root has no
#     font for Chinese but the bundle's own;
#   - runs 'lookingbeyond --version' and checks the links, desktop entry and icons;
#   - runs ldd on every bundled library: none may miss a system library;
#   - fills a demo data folder ('lookingbeyond demo --data-dir /tmp/d');
#   - opens the window under Xvfb: once on a new default data folder (it must be in the
#     user's home), three times on the demo data with LOOKINGBEYOND_EXIT_WHEN_READY (start-up
#     seconds; the first run is the first start after installing, and with DROP_CACHES=1 the
#     page cache is dropped before it, for a cold start), and once with
#     LOOKINGBEYOND_SCREENSHOT, whose picture is copied to $SCREENSHOT
#     (default docs/screenshots/installed-deb.png);
#   - once more in Chinese (LOOKINGBEYOND_LANGUAGE=zh_CN; the root has no system font for it,
#     so the characters come from the bundle's own font): ${SCREENSHOT%.png}-zh_CN.png;
#   - with BIG_ORGS=N (e.g. 100000), fills a replica of N organizations and times the
#     window's start on it: cold (page cache dropped) and twice warm;
#   - checks nothing was written under /opt/lookingbeyond, then removes the package and
#     checks the program is gone and the user's data is still there.
# It prints the figures (.deb size, installed size, start-up seconds) as 'figure NAME VALUE'
# lines and ends with 'installer test: OK'. KEEP_ROOT=1 keeps $TEST_ROOT for a look.
# tests/test_installer.py runs it (only with LOOKINGBEYOND_TEST_INSTALLER=1).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "test-deb: $*"; }
die() { echo "test-deb: FAILED: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root (chroot and mount need it)"

DEB=${1:-$(ls -t installer/dist/lookingbeyond_*_amd64.deb 2>/dev/null | head -1)}
[ -n "$DEB" ] && [ -f "$DEB" ] || die "no .deb: build it with bash installer/build-linux.sh"
DEB=$(realpath "$DEB")
FRESH=$(realpath "${FRESH_ROOT:-/work/fresh-root}")
ROOTDIR=${TEST_ROOT:-/work/deb-root}
SHOT=${SCREENSHOT:-$PWD/docs/screenshots/installed-deb.png}
[ -x "$FRESH/usr/bin/apt-get" ] || die "$FRESH is not a Debian root"
PACKAGE=$(dpkg-deb -f "$DEB" Package)
VERSION=$(dpkg-deb -f "$DEB" Version)
INSTALL_DIR=$(python3 installer/platforms.py get linux.install_dir)
BIN_LINK=$(python3 installer/platforms.py get linux.bin_link)
DESKTOP=$(python3 installer/platforms.py get linux.desktop_file)
ICON_PNG=$(python3 installer/platforms.py get linux.icon_png)
ICON_SVG=$(python3 installer/platforms.py get linux.icon_svg)

# shellcheck source=installer/clean-root.sh
. installer/clean-root.sh
finish() {
  local status=$?
  unmount_all || true
  if [ "${KEEP_ROOT:-0}" = 1 ] || [ $status -ne 0 ]; then say "kept $ROOTDIR"
  else remove_root || true; fi
  exit $status
}

[ "$(realpath -m "$ROOTDIR")" != "$FRESH" ] || die "TEST_ROOT must not be the fresh root"
if [ -e "$ROOTDIR" ]; then remove_root || die "cannot remove the old $ROOTDIR"; fi
trap finish EXIT
say "copying $FRESH to $ROOTDIR"
cp -a "$FRESH" "$ROOTDIR"
ROOTDIR=$(realpath "$ROOTDIR")
mount_all
cp -L /etc/resolv.conf "$ROOTDIR/etc/resolv.conf"
# X servers' abstract sockets are shared with the host's network namespace: start at a
# display number the host's own xvfb-run (from :99) is unlikely to hold.
XVFB=(xvfb-run -a -n 177 -s "-screen 0 1440x900x24")
installed_count() { in_root dpkg-query -W -f='${db:Status-Status}\n' | grep -c '^installed$'; }

# --- install ---------------------------------------------------------------------------------
cp "$DEB" "$ROOTDIR/tmp/"
say "apt-get update"
in_root apt-get update -qq 2> >(grep -v "configured multiple times" >&2) ||
  say "apt-get update reported errors (a source other than Debian's?)"
before=$(installed_count)
say "apt-get install ./$(basename "$DEB")"
in_root apt-get install -y -qq "/tmp/$(basename "$DEB")" > "$ROOTDIR/tmp/apt.log" 2>&1 ||
  { tail -30 "$ROOTDIR/tmp/apt.log"; die "apt-get install"; }
after=$(installed_count)
say "installed $PACKAGE $VERSION and $((after - before - 1)) packages it needs"
# Chinese must show with the font inside the bundle: the root has no font for it.
cjk=$(find "$ROOTDIR/usr/share/fonts" -type f \( -iname '*cjk*' -o -iname '*wqy*' \
  -o -iname '*droid*' -o -iname '*hei*' -o -iname '*song*' -o -iname '*ming*' \) 2>/dev/null)
[ -z "$cjk" ] || die "the root has a system font for Chinese: $cjk"
[ -f "$ROOTDIR$INSTALL_DIR/_internal/lookingbeyond_desktop/resources/fonts/wqy-microhei.ttc" ] ||
  die "the bundle has no font for Chinese"
say "no system font for Chinese; the bundle carries its own"

# --- the files -------------------------------------------------------------------------------
version_line=$(in_root lookingbeyond --version)
[ "$version_line" = "lookingbeyond $VERSION" ] || die "lookingbeyond --version said '$version_line'"
say "$version_line"
[ "$(readlink "$ROOTDIR$BIN_LINK")" = "$INSTALL_DIR/lookingbeyond" ] || die "$BIN_LINK"
for file in "$DESKTOP" "$ICON_PNG" "$ICON_SVG"; do
  [ -s "$ROOTDIR$file" ] || die "$file is missing"
done
grep -qx "Exec=lookingbeyond" "$ROOTDIR$DESKTOP" || die "the desktop entry runs something else"
[ -z "$(find "$ROOTDIR$INSTALL_DIR" ! -user root -print -quit)" ] || die "files not owned by root"
missing=$(in_root sh -c "
  export LD_LIBRARY_PATH=$INSTALL_DIR/_internal:$INSTALL_DIR/_internal/PySide6/Qt/lib
  find $INSTALL_DIR -type f -name '*.so*' | while read -r lib; do
    ldd \"\$lib\" 2>/dev/null | grep 'not found' | sed \"s|^|\$lib: |\"
  done")
[ -z "$missing" ] || { echo "$missing" >&2; die "bundled libraries miss system libraries"; }
say "ldd: every bundled library finds its system libraries"

# --- demo data and the window ----------------------------------------------------------------
touch "$ROOTDIR/tmp/installed-stamp"
start=$(date +%s.%N)
in_root lookingbeyond demo --data-dir /tmp/d
say "demo data in $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }") s"
[ -f "$ROOTDIR/tmp/d/lookingbeyond.sqlite3" ] || die "demo wrote no database in /tmp/d"
say "installing Xvfb in the root"
in_root apt-get install -y -qq --no-install-recommends xvfb xauth >> "$ROOTDIR/tmp/apt.log" 2>&1 ||
  { tail -30 "$ROOTDIR/tmp/apt.log"; die "apt-get install xvfb"; }

# A first start with no data folder named: the default one must be in the home folder.
in_root env LOOKINGBEYOND_EXIT_WHEN_READY=1 "${XVFB[@]}" lookingbeyond > /dev/null
[ -f "$ROOTDIR/root/.local/share/LookingBeyond/lookingbeyond.sqlite3" ] ||
  die "the default data folder is not ~/.local/share/LookingBeyond"
say "default data folder: /root/.local/share/LookingBeyond"

# Prints "figure NAME_wall_s WALL" and "figure NAME_ready_s READY" for one start of the window
# on the data folder FOLDER: wall seconds from starting the program to its exit once the first
# rows are shown, and the application's own count from opening the data folder ("ready S").
time_start() {
  local folder=$1 name=$2 timing
  timing=$(in_root env LOOKINGBEYOND_EXIT_WHEN_READY=1 FOLDER="$folder" "${XVFB[@]}" sh -c '
    start=$(date +%s.%N); out=$(lookingbeyond gui --data-dir "$FOLDER"); end=$(date +%s.%N)
    wall=$(awk "BEGIN { printf \"%.2f\", $end - $start }")
    echo "$wall $(echo "$out" | sed -n "s/^ready //p")"')
  set -- $timing
  [ -n "${2:-}" ] || die "the window on $folder did not say it was ready ($name)"
  echo "figure ${name}_wall_s $1"
  echo "figure ${name}_ready_s $2"
}
if [ "${DROP_CACHES:-0}" = 1 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
for run in 1 2 3; do
  time_start /tmp/d "startup_run$run"
done
in_root env LOOKINGBEYOND_SCREENSHOT=/tmp/installed-deb.png "${XVFB[@]}" \
  lookingbeyond gui --data-dir /tmp/d > /dev/null
[ -s "$ROOTDIR/tmp/installed-deb.png" ] || die "no screenshot"
mkdir -p "$(dirname "$SHOT")"
cp "$ROOTDIR/tmp/installed-deb.png" "$SHOT"
say "screenshot: $SHOT"
# The same window in Chinese: its words drawn with the bundle's font alone.
in_root env LOOKINGBEYOND_LANGUAGE=zh_CN LOOKINGBEYOND_SCREENSHOT=/tmp/installed-deb-zh.png \
  "${XVFB[@]}" lookingbeyond gui --data-dir /tmp/d > /dev/null
[ -s "$ROOTDIR/tmp/installed-deb-zh.png" ] || die "no screenshot in Chinese"
cp "$ROOTDIR/tmp/installed-deb-zh.png" "${SHOT%.png}-zh_CN.png"
say "screenshot in Chinese: ${SHOT%.png}-zh_CN.png"

# The start-up on a big replica (BIG_ORGS=100000: the issue's figure; the data takes minutes).
if [ -n "${BIG_ORGS:-}" ]; then
  start=$(date +%s.%N)
  in_root lookingbeyond demo --data-dir /tmp/big --orgs "$BIG_ORGS" > /dev/null
  say "demo data of $BIG_ORGS organizations in $(awk "BEGIN { printf \"%.0f\", $(date +%s.%N) - $start }") s"
  for run in cold warm1 warm2; do
    if [ "$run" = cold ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
    time_start /tmp/big "startup_${BIG_ORGS}_orgs_$run"
  done
fi
written=$(find "$ROOTDIR$INSTALL_DIR" -newer "$ROOTDIR/tmp/installed-stamp" -print -quit)
[ -z "$written" ] || die "the program wrote into its installation folder: $written"
say "nothing was written under $INSTALL_DIR"

echo "figure deb_bytes $(stat -c %s "$DEB")"
echo "figure deb_mib $(awk "BEGIN { printf \"%.1f\", $(stat -c %s "$DEB") / 1048576 }")"
echo "figure installed_mib $(du -sm "$ROOTDIR$INSTALL_DIR" | cut -f1)"
echo "figure installed_size_field_kib $(dpkg-deb -f "$DEB" Installed-Size)"
echo "figure dependencies_pulled $((after - before - 1))"

# --- removal ---------------------------------------------------------------------------------
in_root apt-get remove -y -qq "$PACKAGE" >> "$ROOTDIR/tmp/apt.log" 2>&1 || die "apt-get remove"
[ ! -e "$ROOTDIR$INSTALL_DIR" ] && [ ! -e "$ROOTDIR$BIN_LINK" ] || die "files left after removal"
[ -f "$ROOTDIR/tmp/d/lookingbeyond.sqlite3" ] || die "removal touched the user's data"
say "removed: the program is gone, the user's data is kept"
echo "installer test: OK"
