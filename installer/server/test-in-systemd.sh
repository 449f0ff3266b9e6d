#!/usr/bin/env bash
# The headquarters deployment tested for real, as root, in one command:
#
#   bash installer/server/test-in-systemd.sh
#
# A copy of a bare Debian 12 root ($FRESH_ROOT, default /work/fresh-root: debootstrap
# minbase + python3, never changed; see installer/test-deb-in-clean-root.sh) gets systemd and
# the Debian packages install.sh asks for (the only step that needs the internet, done in a
# chroot with services kept from starting), and a folder of the pinned wheels is made on this
# machine. The root is then booted with systemd as its init (systemd-nspawn, private network:
# nothing reaches the outside), and there a probe service:
#   - runs installer/server/install.sh --server-name hq-test from a copy of this checkout
#     (PIP_NO_INDEX=1 PIP_FIND_LINKS=/wheels: an offline server);
#   - checks PostgreSQL, nginx and both lookingbeyond-server@ instances are active, run as
#     the user 'lookingbeyond' with the unit's hardening in force;
#   - adds a user with lookingbeyond-server-admin, enrols a device with the real
#     'lookingbeyond' command over HTTPS (trusting the self-signed certificate install.sh
#     made), imports an organization and syncs;
#   - stops one instance (systemctl stop) and syncs an edit through the other;
#   - runs install.sh again (the upgrade: instances restarted one at a time) and syncs;
#   - finds the organization in headquarters' PostgreSQL database and no error in the
#     instances' journal;
# then powers the container off. The probe's log is printed; the script ends with
# 'deployment test: OK'. KEEP_ROOT=1 keeps the root ($TEST_ROOT, default /work/hq-root).
set -euo pipefail
cd "$(dirname "$0")/../.."
SOURCE=$PWD
say() { echo "test-deployment: $*"; }
die() { echo "test-deployment: FAILED: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root (chroot and systemd-nspawn need it)"
command -v systemd-nspawn > /dev/null ||
  die "systemd-nspawn is missing: apt-get install systemd-container"
FRESH=$(realpath "${FRESH_ROOT:-/work/fresh-root}")
ROOTDIR=${TEST_ROOT:-/work/hq-root}
WHEELS=${WHEELS:-$SOURCE/installer/build/server-wheels}
OUT=$(mktemp -d /tmp/hq-probe.XXXXXX)
[ -x "$FRESH/usr/bin/apt-get" ] || die "$FRESH is not a Debian root"
[ "$(realpath -m "$ROOTDIR")" != "$FRESH" ] || die "TEST_ROOT must not be the fresh root"

# shellcheck source=installer/clean-root.sh
. installer/clean-root.sh
finish() {
  local status=$?
  unmount_all || true
  if [ "${KEEP_ROOT:-0}" = 1 ] || [ $status -ne 0 ]; then say "kept $ROOTDIR"
  else remove_root || true; fi
  rm -rf "$OUT"
  exit $status
}
if [ -e "$ROOTDIR" ]; then remove_root || die "cannot remove the old $ROOTDIR"; fi
trap finish EXIT

# --- the root, with systemd and the Debian packages (the internet is needed here only) -------
say "copying $FRESH to $ROOTDIR"
cp -a "$FRESH" "$ROOTDIR"
mount_all
cp -L /etc/resolv.conf "$ROOTDIR/etc/resolv.conf"
# Nothing installed in the chroot may start (it would run on this machine's network).
printf '#!/bin/sh\nexit 101\n' > "$ROOTDIR/usr/sbin/policy-rc.d"
chmod 755 "$ROOTDIR/usr/sbin/policy-rc.d"
say "apt-get install systemd and the server's Debian packages"
in_root apt-get update -qq 2> >(grep -v "configured multiple times" >&2) || true
in_root apt-get install -y -qq systemd systemd-sysv dbus python3-venv postgresql nginx openssl \
  > "$OUT/apt.log" 2>&1 || { tail -30 "$OUT/apt.log"; die "apt-get install"; }
rm "$ROOTDIR/usr/sbin/policy-rc.d"
unmount_all

# --- the wheels (an offline server installs from a folder) -----------------------------------
say "the pinned wheels in $WHEELS"
mkdir -p "$WHEELS"
python3 -m pip download -q --disable-pip-version-check -d "$WHEELS" -c requirements.lock \
  "$SOURCE" setuptools wheel keyrings.alt > "$OUT/pip.log" 2>&1 ||
  { tail -30 "$OUT/pip.log"; die "pip download"; }
rm -f "$WHEELS"/lookingbeyond_desktop-*  # built again from the copied source by install.sh

# --- the checkout and the probe --------------------------------------------------------------
SRC=$ROOTDIR/usr/local/src/lookingbeyond
mkdir -p "$SRC"
git ls-files -co --exclude-standard -z | (cd "$SOURCE" && xargs -0 cp --parents -t "$SRC")
cat > "$ROOTDIR/usr/local/sbin/deployment-probe" <<'PROBE'
#!/bin/bash
# Runs once inside the booted container (probe.service); its exit status is the verdict.
set -euxo pipefail
PASSWORD='field office 2026 probe'
LB=/opt/lookingbeyond-server/bin/lookingbeyond
ORG=5b0e9a52-7c1d-4e8f-9a3b-2c4d6e8f0a1b
grep -q hq-test /etc/hosts || echo "127.0.0.1 hq-test" >> /etc/hosts
cd /usr/local/src/lookingbeyond
export PIP_NO_INDEX=1 PIP_FIND_LINKS=/wheels
started=$(date +%s)
bash installer/server/install.sh --server-name hq-test
echo "figure install_seconds $(( $(date +%s) - started ))"
for unit in postgresql nginx lookingbeyond-server@8471 lookingbeyond-server@8472 \
    lookingbeyond-server.target; do
  systemctl is-active -q "$unit"
done
# Each instance runs as 'lookingbeyond', hardened as the unit says.
for port in 8471 8472; do
  pid=$(systemctl show -p MainPID --value "lookingbeyond-server@$port")
  [ "$(awk '/^Uid:/ { print $2 }' "/proc/$pid/status")" = "$(id -u lookingbeyond)" ]
  grep -q '^NoNewPrivs:[[:space:]]*1' "/proc/$pid/status"
  grep -q '^Seccomp:[[:space:]]*2' "/proc/$pid/status"
  # Memory of the instance: its process and its workers (the unit's control group).
  group=$(systemctl show -p ControlGroup --value "lookingbeyond-server@$port")
  procs=/sys/fs/cgroup/unified$group/cgroup.procs
  [ -f "$procs" ] || procs=/sys/fs/cgroup$group/cgroup.procs
  kib=0
  for member in $(cat "$procs"); do
    kib=$(( kib + $(awk '/^VmRSS:/ { print $2 }' "/proc/$member/status") ))
  done
  echo "figure instance_${port}_processes $(wc -l < "$procs") rss_mib $(( kib / 1024 ))"
done
systemctl show -p ProtectSystem -p ProtectHome -p PrivateTmp lookingbeyond-server@8471

echo "$PASSWORD" | lookingbeyond-server-admin user add amina --role hq --password-stdin
# Test-only: a file keyring for the device's token (a real laptop has the system's).
/opt/lookingbeyond-server/bin/python -m pip install -q -c requirements.lock keyrings.alt
export PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring
export REQUESTS_CA_BUNDLE=/etc/lookingbeyond/tls/hq-test.pem
echo "$PASSWORD" | $LB login --data-dir /root/laptop --server https://hq-test --user amina \
  --password-stdin --device-name PROBE-LAPTOP
printf 'id,name,country\n%s,Transparency International Kenya,KE\n' "$ORG" > /root/orgs.csv
$LB import --data-dir /root/laptop --table organizations /root/orgs.csv
$LB sync --data-dir /root/laptop

systemctl stop lookingbeyond-server@8471
printf 'id,acronym\n%s,TI-Kenya\n' "$ORG" > /root/edit.csv
$LB import --data-dir /root/laptop --table organizations /root/edit.csv
$LB sync --data-dir /root/laptop
systemctl start lookingbeyond-server@8471

# The upgrade: the same command again, instances restarted one at a time.
bash installer/server/install.sh --server-name hq-test
$LB sync --data-dir /root/laptop
$LB status --data-dir /root/laptop --json | grep -q '"pending_changes": 0'

# The values are stored packed (migration 0015): read back through the server's own code.
packed=$(runuser -u postgres -- psql -X -d lookingbeyond -tAc \
  "SELECT encode(data, 'hex') FROM records WHERE tbl = 'organizations' AND id = '$ORG'")
found=$(/opt/lookingbeyond-server/bin/python -c \
  'import sys; from sync.server import packing; print(packing.unpack(bytes.fromhex(sys.argv[1])).get("acronym"))' \
  "$packed")
echo "headquarters' database holds the organization, acronym: $found"
[ "$found" = TI-Kenya ]
errors=$(journalctl -q --no-pager -p err -u 'lookingbeyond-server@*' || true)
[ -z "$errors" ] || { echo "$errors"; exit 1; }
journalctl -q --no-pager -u 'lookingbeyond-server@8472' | tail -5
echo PROBE-OK
PROBE
chmod 755 "$ROOTDIR/usr/local/sbin/deployment-probe"
cat > "$ROOTDIR/etc/systemd/system/deployment-probe.service" <<'UNIT'
[Unit]
Description=The deployment test's probe
After=multi-user.target
[Service]
Type=oneshot
ExecStart=/bin/bash -c '/usr/local/sbin/deployment-probe > /probe/log 2>&1; echo $? > /probe/status'
ExecStartPost=/bin/systemctl poweroff --no-block
[Install]
WantedBy=multi-user.target
UNIT
ln -sf /etc/systemd/system/deployment-probe.service \
  "$ROOTDIR/etc/systemd/system/multi-user.target.wants/deployment-probe.service"

# --- boot ------------------------------------------------------------------------------------
say "booting the root with systemd (systemd-nspawn, private network)"
started=$(date +%s)
timeout 1500 systemd-nspawn -q --register=no --keep-unit --private-network --machine=hq-test \
  -D "$ROOTDIR" -b --bind="$OUT:/probe" --bind-ro="$WHEELS:/wheels" > "$OUT/boot.log" 2>&1 ||
  true
say "the container ran $(( $(date +%s) - started )) s"
[ -f "$OUT/log" ] || { tail -40 "$OUT/boot.log"; die "the probe never ran"; }
cat "$OUT/log" | grep -v '^+ ' | sed 's/^/  probe: /'
grep '^figure ' "$OUT/log" || true
[ "$(cat "$OUT/status" 2>/dev/null)" = 0 ] || {
  grep '^+ ' "$OUT/log" | tail -5; die "the probe failed (status $(cat "$OUT/status" 2>/dev/null))"; }
grep -q PROBE-OK "$OUT/log" || die "the probe did not finish"
echo "deployment test: OK"
