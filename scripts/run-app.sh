#!/usr/bin/env bash
# Set everything up, load demo data into ./demo-data on first run, and open the application.
# Arguments are passed to the application (for example --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DATA_DIR=${LOOKINGBEYOND_DATA_DIR:-$PWD/demo-data}
if [ ! -f "$DATA_DIR/lookingbeyond.sqlite3" ]; then
  echo "run-app: loading demo data into $DATA_DIR"
  .venv/bin/lookingbeyond demo --data-dir "$DATA_DIR" --orgs 2000
fi
echo "run-app: opening Looking Beyond on $DATA_DIR"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-app: no display here (DISPLAY is not set): the window opens on a virtual X display (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/lookingbeyond --data-dir "$DATA_DIR" "$@"
fi
exec .venv/bin/lookingbeyond --data-dir "$DATA_DIR" "$@"
