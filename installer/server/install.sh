#!/usr/bin/env bash
# Install (or upgrade) the Looking Beyond headquarters server on a Debian 12 machine, as root,
# from a checkout of this repository:
#
#   sudo bash installer/server/install.sh --server-name hq.example.org
#
# What it does (docs/deployment.md explains each step and what to do instead by hand):
#   1. Debian's python3-venv, postgresql, nginx and openssl;
#   2. the system user 'lookingbeyond' (no login, no home);
#   3. /opt/lookingbeyond-server: a virtual environment with this package and the exact
#      versions of requirements.lock (pip's own settings apply: PIP_NO_INDEX=1 and
#      PIP_FIND_LINKS=DIR install from a folder of wheels, without the internet);
#   4. the PostgreSQL role and database 'lookingbeyond', reached over the local socket with
#      peer authentication (no password exists);
#   5. /etc/lookingbeyond/server.env (kept when it exists), the systemd units, the database
#      schema (lookingbeyond-server init) and /usr/local/sbin/lookingbeyond-server-admin;
#   6. the nginx site for --server-name, with a self-signed certificate in
#      /etc/lookingbeyond/tls/ until a real one is named with --certificate/--key;
#   7. the instances enabled and (when systemd runs) started or, on an upgrade, restarted one
#      at a time so that the other keeps serving; nginx reloaded.
# Run again after 'git pull' to upgrade: data and settings are kept.
set -euo pipefail
cd "$(dirname "$0")/../.."
SOURCE=$PWD
say() { echo "install-server: $*"; }
die() { echo "install-server: FAILED: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root"

NAME=""
CERT=""
KEY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --server-name) NAME=${2:?}; shift 2 ;;
    --certificate) CERT=${2:?}; shift 2 ;;
    --key) KEY=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
[ -n "$NAME" ] || die "--server-name NAME is needed (the address devices use, e.g. hq.example.org)"
[[ "$NAME" =~ ^[A-Za-z0-9.-]+$ ]] || die "--server-name must be a host name"
if [ -n "$CERT$KEY" ]; then
  [ -f "$CERT" ] && [ -f "$KEY" ] || die "--certificate and --key must both name files"
fi

PREFIX=/opt/lookingbeyond-server
ETC=/etc/lookingbeyond
UNIT_DIR=/etc/systemd/system
SITE=/etc/nginx/sites-available/lookingbeyond
INSTANCES=$(grep -o 'lookingbeyond-server@[0-9]*' installer/server/lookingbeyond-server.target |
  cut -d@ -f2 | tr '\n' ' ' | sed 's/ $//')
[ -n "$INSTANCES" ] || die "no instances in lookingbeyond-server.target"
running_systemd() { [ -d /run/systemd/system ]; }

# --- 1. Debian packages ----------------------------------------------------------------------
say "Debian packages"
export DEBIAN_FRONTEND=noninteractive
missing=""
for package in python3-venv postgresql nginx openssl; do
  dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qx installed ||
    missing="$missing $package"
done
if [ -n "$missing" ]; then
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q $missing
fi

# --- 2. the service's user -------------------------------------------------------------------
if ! id lookingbeyond > /dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin lookingbeyond
  say "system user lookingbeyond created"
fi

# --- 3. the program --------------------------------------------------------------------------
[ -x "$PREFIX/bin/python" ] || python3 -m venv "$PREFIX"
say "installing the server into $PREFIX (pinned by requirements.lock)"
"$PREFIX/bin/python" -m pip install -q --disable-pip-version-check --upgrade \
  -c "$SOURCE/requirements.lock" "$SOURCE"
install -d -m 755 "$PREFIX/share"
install -m 644 docs/deployment.md "$PREFIX/share/deployment.md"

# --- 4. the database -------------------------------------------------------------------------
if running_systemd; then systemctl start postgresql; fi
psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_admin -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'lookingbeyond'" | grep -qx 1 ||
  { psql_admin -d postgres -c "CREATE ROLE lookingbeyond LOGIN"; say "database role created"; }
psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'lookingbeyond'" |
  grep -qx 1 ||
  { psql_admin -d postgres -c "CREATE DATABASE lookingbeyond OWNER lookingbeyond ENCODING 'UTF8' TEMPLATE template0";
    say "database created"; }

# --- 5. settings, units, schema --------------------------------------------------------------
install -d -m 750 -o root -g lookingbeyond "$ETC"
if [ ! -f "$ETC/server.env" ]; then
  install -m 640 -o root -g lookingbeyond installer/server/server.env "$ETC/server.env"
  # Debian gives a cluster another port when 5432 was taken as it was made: name it.
  port=$(pg_lsclusters --no-header | awk 'NR == 1 { print $3 }')
  if [ -n "$port" ] && [ "$port" != 5432 ]; then
    sed -i "s|^\(LOOKINGBEYOND_DATABASE_URL=postgresql://lookingbeyond@/lookingbeyond?host=/run/postgresql\)$|\1\&port=$port|" \
      "$ETC/server.env"
  fi
  say "settings: $ETC/server.env (edit it, then restart the instances)"
fi
install -m 644 installer/server/lookingbeyond-server@.service "$UNIT_DIR/"
install -m 644 installer/server/lookingbeyond-server.target "$UNIT_DIR/"
cat > /usr/local/sbin/lookingbeyond-server-admin <<EOF
#!/bin/sh
# lookingbeyond-server run as the service's user with the service's settings, for the
# commands an operator types: user add, device list, init... (installed by install.sh)
# The settings are read as systemd reads them (NAME=value lines), not run as shell code.
while IFS= read -r line || [ -n "\$line" ]; do
  case "\$line" in
    ''|'#'*|';'*) ;;
    *=*) export "\$line" ;;
  esac
done < $ETC/server.env
exec runuser -u lookingbeyond -- $PREFIX/bin/lookingbeyond-server "\$@"
EOF
chmod 755 /usr/local/sbin/lookingbeyond-server-admin
# An upgrade whose schema changes stops the running instances first: the program they run
# cannot read what a migration writes (0010 stores versions in a new form). 3: pending.
pending=0
/usr/local/sbin/lookingbeyond-server-admin init --pending > /dev/null || pending=$?
if [ "$pending" = 3 ] && running_systemd && systemctl is-active -q lookingbeyond-server.target; then
  say "the database schema changes: stopping the instances while it is upgraded"
  systemctl stop lookingbeyond-server.target
fi
/usr/local/sbin/lookingbeyond-server-admin init

# --- 6. nginx --------------------------------------------------------------------------------
if [ -z "$CERT" ]; then
  CERT=$ETC/tls/$NAME.pem
  KEY=$ETC/tls/$NAME.key
  if [ ! -f "$CERT" ]; then
    install -d -m 700 "$ETC/tls"
    openssl req -x509 -newkey rsa:3072 -nodes -days 825 -subj "/CN=$NAME" \
      -addext "subjectAltName=DNS:$NAME" -keyout "$KEY" -out "$CERT" 2> /dev/null
    chmod 600 "$KEY"
    say "a self-signed certificate for $NAME is in $CERT: replace it (docs/deployment.md)"
  fi
fi
sed -e "s|hq\.example\.org;|$NAME;|g" \
    -e "s|/etc/letsencrypt/live/hq\.example\.org/fullchain\.pem|$CERT|" \
    -e "s|/etc/letsencrypt/live/hq\.example\.org/privkey\.pem|$KEY|" \
    installer/server/nginx-lookingbeyond.conf > "$SITE"
ln -sf "$SITE" /etc/nginx/sites-enabled/lookingbeyond
rm -f /etc/nginx/sites-enabled/default
nginx -t -q || die "nginx refuses the configuration (nginx -t)"

# --- 7. start ---------------------------------------------------------------------------------
units=""
for port in $INSTANCES; do units="$units lookingbeyond-server@$port.service"; done
# shellcheck disable=SC2086
systemctl enable -q lookingbeyond-server.target $units nginx postgresql
if running_systemd; then
  systemctl daemon-reload
  for unit in $units; do
    if systemctl is-active -q "$unit"; then
      systemctl restart "$unit"  # one at a time: nginx sends requests to the others meanwhile
    else
      systemctl start "$unit"
    fi
    port=${unit#lookingbeyond-server@}; port=${port%.service}
    for _ in $(seq 1 120); do
      if "$PREFIX/bin/python" -c "import sys, urllib.request; urllib.request.urlopen(
          'http://127.0.0.1:$port/v1/health', timeout=2)" 2> /dev/null; then break; fi
      sleep 0.5
    done
    systemctl is-active -q "$unit" || die "$unit did not start (journalctl -u $unit)"
  done
  systemctl start lookingbeyond-server.target
  systemctl reload-or-restart nginx
  say "running: https://$NAME (instances on ports $INSTANCES)"
else
  say "installed; systemd is not running here, so nothing was started"
fi
# Where PostgreSQL keeps the data, and whether that filesystem compresses it (a note if not).
# shellcheck source=installer/server/storage-note.sh
. installer/server/storage-note.sh
data_directory=$(psql_admin -d postgres -tAc "SHOW data_directory" 2> /dev/null || true)
if [ -n "$data_directory" ]; then storage_note "$data_directory"; fi
say "add the first user: lookingbeyond-server-admin user add NAME --role hq --password-stdin"
