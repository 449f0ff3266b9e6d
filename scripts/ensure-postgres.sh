#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432 for the headquarters tests:
# user postgres with trust authentication from 127.0.0.1, and a database named `test`.
# Does nothing when one already answers.  Installs and starts Debian's postgresql otherwise
# (as root, or through sudo).  Exports nothing: the tests read $LOOKINGBEYOND_TEST_PG_URL,
# default postgresql+psycopg://postgres@127.0.0.1:5432/test.
set -euo pipefail

HOST=127.0.0.1
PORT=5432
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$HOST" -p "$PORT"; then
  echo "ensure-postgres: PostgreSQL answers on $HOST:$PORT"
  exit 0
fi
if ! command -v pg_isready >/dev/null 2>&1 && (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
  echo "ensure-postgres: a server listens on $HOST:$PORT (no client tools here to ask it more)"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "ensure-postgres: PostgreSQL does not answer on $HOST:$PORT and I am neither root nor" >&2
  echo "  able to sudo. Install it: apt-get install postgresql, then start a cluster." >&2
  exit 1
fi

if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "ensure-postgres: installing postgresql"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql
fi

version=$(ls /etc/postgresql | sort -V | tail -n 1)
conf=/etc/postgresql/$version/main
# Trust local test connections over TCP from 127.0.0.1 (a throw-away test cluster).
if ! $SUDO grep -qE '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$conf/pg_hba.conf"; then
  $SUDO sed -i '1i host all all 127.0.0.1/32 trust' "$conf/pg_hba.conf"
fi
$SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
  || $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main reload

for _ in $(seq 1 30); do
  pg_isready -q -h "$HOST" -p "$PORT" && break
  sleep 1
done
if ! pg_isready -q -h "$HOST" -p "$PORT"; then
  echo "ensure-postgres: PostgreSQL $version did not start on $HOST:$PORT" >&2
  exit 1
fi
if ! psql -h "$HOST" -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='test'" | grep -q 1; then
  psql -h "$HOST" -p "$PORT" -U postgres -c "CREATE DATABASE test" >/dev/null
fi
echo "ensure-postgres: PostgreSQL $version answers on $HOST:$PORT (database test)"
