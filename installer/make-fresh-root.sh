#!/usr/bin/env bash
# Make the bare Debian 12 root the clean-root tests copy (test-deb-in-clean-root.sh,
# server/test-in-systemd.sh), as root, in one command:
#
#   bash installer/make-fresh-root.sh [FOLDER]        # default /work/fresh-root
#
# debootstrap (minbase) of bookworm, this machine's apt sources and extra CA certificates
# (a proxy's, where the network needs one), then python3, python3-venv, git and
# ca-certificates: what a person has on a fresh Debian before following the README.
# Made in FOLDER.tmp and renamed when complete, so an interrupted run leaves no half root.
set -euo pipefail
ROOT=${1:-/work/fresh-root}
[ "$(id -u)" -eq 0 ] || { echo "make-fresh-root: run as root" >&2; exit 1; }
command -v debootstrap > /dev/null ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap > /dev/null
rm -rf "$ROOT.tmp"
debootstrap --variant=minbase bookworm "$ROOT.tmp" http://deb.debian.org/debian
cp -L /etc/resolv.conf "$ROOT.tmp/etc/resolv.conf"
mkdir -p "$ROOT.tmp/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/*.crt "$ROOT.tmp/usr/local/share/ca-certificates/" \
  2> /dev/null || true
if compgen -G "/etc/apt/sources.list.d/*" > /dev/null; then
  rm -f "$ROOT.tmp/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/* "$ROOT.tmp/etc/apt/sources.list.d/"
fi
[ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$ROOT.tmp/etc/apt/sources.list"
chroot "$ROOT.tmp" apt-get update -q
DEBIAN_FRONTEND=noninteractive chroot "$ROOT.tmp" apt-get install -y -q \
  python3 python3-venv git ca-certificates
chroot "$ROOT.tmp" update-ca-certificates > /dev/null
rm -rf "$ROOT"
mv "$ROOT.tmp" "$ROOT"
echo "make-fresh-root: $ROOT ready"
