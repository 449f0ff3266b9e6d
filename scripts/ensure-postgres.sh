#!/usr/bin/env bash
# Find a PostgreSQL database for the headquarters tests, or start a throw-away one; say which.
#
#   bash scripts/ensure-postgres.sh --env-file FILE   # writes `export LOOKINGBEYOND_TEST_PG_URL=…`
#   bash scripts/ensure-postgres.sh --stop FILE       # stops the throw-away cluster FILE names
#   bash scripts/ensure-postgres.sh                   # only checks (steps 1 and 2)
#
# In this order:
# 1. $LOOKINGBEYOND_TEST_PG_URL is set: it must answer a query, else stop with an error.
# 2. A server on 127.0.0.1:$LOOKINGBEYOND_PG_PORT (default 5432) where user postgres can open
#    database `test` without a password and answer `SELECT 1`: use it as it is.
# 3. Otherwise a throw-away cluster of its own: initdb in a temporary folder, trust
#    authentication for that cluster only, listening on 127.0.0.1 on a free port, with a
#    database `test`; stopped and deleted by `--stop` (scripts/run-tests.sh does that on exit).
#    The PostgreSQL server programs are installed from Debian when missing (as root or
#    through sudo); without them (no network) it stops, naming the packages.
# It never changes the configuration of a cluster it did not create.
# LOOKINGBEYOND_FORCE_THROWAWAY_PG=1 skips step 2 (how the throw-away branch is tested).
set -euo pipefail
cd "$(dirname "$0")/.."

HOST=127.0.0.1
PORT=${LOOKINGBEYOND_PG_PORT:-5432}
PACKAGES="postgresql postgresql-client"
say() { echo "ensure-postgres: $*"; }
fail() { echo "ensure-postgres: $*" >&2; exit 1; }

mode=${1:-}
file=${2:-}
case "$mode" in
  --env-file|--stop) [ -n "$file" ] || fail "usage: $0 --env-file FILE | --stop FILE" ;;
  "") file=/dev/null ;;
  *) fail "usage: $0 --env-file FILE | --stop FILE" ;;
esac

if [ "$mode" = --stop ]; then
  [ -s "$file" ] || exit 0
  # shellcheck disable=SC1090
  . "$file"
  folder=${LOOKINGBEYOND_THROWAWAY_PG_DIR:-}
  if [ -n "$folder" ] && [ -d "$folder" ]; then
    as_owner=()
    [ "$(id -u)" -eq 0 ] && as_owner=(runuser -u "$(stat -c %U "$folder")" --)
    "${as_owner[@]}" "$LOOKINGBEYOND_THROWAWAY_PG_BIN/pg_ctl" -D "$folder/data" -m fast -w stop \
      >/dev/null 2>&1 || true
    rm -rf "$folder"
    say "stopped and removed the throw-away PostgreSQL cluster in $folder"
  fi
  exit 0
fi

# The libpq form of a SQLAlchemy URL (postgresql+psycopg://… -> postgresql://…).
libpq_url() { echo "${1/postgresql+psycopg:/postgresql:}"; }

# Does the database at URL answer `SELECT 1`?  psql when there is one, else psycopg from .venv
# (pg_isready only says a server listens, not that the database can be used).
answers() {
  local url
  url=$(libpq_url "$1")
  if command -v psql >/dev/null 2>&1; then
    PGCONNECT_TIMEOUT=5 psql "$url" -XtAc "SELECT 1" 2>/dev/null | grep -qx 1
  elif [ -x .venv/bin/python ]; then
    .venv/bin/python - "$url" >/dev/null 2>&1 <<'PY'
import sys

import psycopg

with psycopg.connect(sys.argv[1], connect_timeout=5) as connection:
    assert connection.execute("SELECT 1").fetchone() == (1,)
PY
  else
    return 1
  fi
}

write_env() {
  {
    echo "export LOOKINGBEYOND_TEST_PG_URL='$1'"
    if [ -n "${2:-}" ]; then
      echo "LOOKINGBEYOND_THROWAWAY_PG_DIR='$2'"
      echo "LOOKINGBEYOND_THROWAWAY_PG_BIN='$3'"
    fi
  } > "$file"
}

# 1. Given by the person.
if [ -n "${LOOKINGBEYOND_TEST_PG_URL:-}" ]; then
  answers "$LOOKINGBEYOND_TEST_PG_URL" \
    || fail "LOOKINGBEYOND_TEST_PG_URL is set but its database does not answer a query."
  say "using \$LOOKINGBEYOND_TEST_PG_URL (it answers)"
  write_env "$LOOKINGBEYOND_TEST_PG_URL"
  exit 0
fi

# 2. A server already here, used as it is.
url="postgresql+psycopg://postgres@$HOST:$PORT/test"
if [ "${LOOKINGBEYOND_FORCE_THROWAWAY_PG:-0}" != 1 ] && answers "$url"; then
  say "using PostgreSQL on $HOST:$PORT, database test (it answers; nothing changed)"
  write_env "$url"
  exit 0
fi

# 3. A throw-away cluster (only with --env-file: something must stop it).
if [ "$mode" != --env-file ]; then
  fail "no PostgreSQL with a database test answers on $HOST:$PORT; run scripts/run-tests.sh
  (it starts a throw-away cluster for the run), or set LOOKINGBEYOND_TEST_PG_URL"
fi
# First the server programs (Debian keeps them out of PATH).
find_bin() {
  local dir
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

no_postgres() {
  echo "ensure-postgres: no PostgreSQL database for the headquarters tests, and $1." >&2
  echo "  Either install the Debian packages: apt-get install --no-install-recommends $PACKAGES" >&2
  echo "  or point the tests at a database that answers:" >&2
  echo "    export LOOKINGBEYOND_TEST_PG_URL=postgresql+psycopg://USER@HOST:PORT/DATABASE" >&2
  exit 1
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    no_postgres "the PostgreSQL server programs are missing (I am not root and there is no sudo)"
  fi
  say "no PostgreSQL here: installing the Debian packages $PACKAGES"
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
        --no-install-recommends $PACKAGES >/dev/null; }; then
    no_postgres "installing $PACKAGES failed (no network?)"
  fi
  bin=$(find_bin || true)
  [ -n "$bin" ] || no_postgres "initdb is still missing after installing $PACKAGES"
fi

free_port() {
  local python=python3
  [ -x .venv/bin/python ] && python=.venv/bin/python
  "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

folder=$(mktemp -d "${TMPDIR:-/tmp}/lookingbeyond-pg.XXXXXX")
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root: the cluster belongs to an unprivileged user.
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || owner=nobody
  chown "$owner" "$folder"
  as_owner=(runuser -u "$owner" --)
fi
chmod 700 "$folder"
port=$(free_port)
say "no PostgreSQL with a database test answers on $HOST:$PORT: starting a throw-away cluster"
say "  in $folder on $HOST:$port (trust for this cluster only; stopped and deleted after the run)"
if ! "${as_owner[@]}" "$bin/initdb" -D "$folder/data" -U postgres --auth=trust -E UTF8 \
     --locale=C.UTF-8 >"$folder/initdb.log" 2>&1; then
  cat "$folder/initdb.log" >&2
  rm -rf "$folder"
  fail "initdb failed (above)"
fi
# Throw-away data: no fsync.  Listens on 127.0.0.1 only; its socket stays in the folder.
if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
     -o "-c listen_addresses=$HOST -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
     start >/dev/null; then
  cat "$folder/server.log" >&2 || true
  rm -rf "$folder"
  fail "the throw-away cluster did not start (its log is above)"
fi
write_env "postgresql+psycopg://postgres@$HOST:$port/test" "$folder" "$bin"
if ! "${as_owner[@]}" "$bin/createdb" -h "$HOST" -p "$port" -U postgres test; then
  bash "$0" --stop "$file"
  fail "could not create the database test in the throw-away cluster"
fi
say "throw-away PostgreSQL ready: LOOKINGBEYOND_TEST_PG_URL=postgresql+psycopg://postgres@$HOST:$port/test"
