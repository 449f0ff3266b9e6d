#!/usr/bin/env bash
# Set everything up and run the whole test suite (Qt offscreen; slow tests included).
# Arguments are passed to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/ensure-postgres.sh
export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "run-tests: pytest collected no tests: that is a failure, not a pass." >&2
  exit 1
fi
exit "$status"
