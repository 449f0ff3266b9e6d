#!/usr/bin/env bash
# Set everything up and run the test suite (Qt offscreen).
#   bash scripts/run-tests.sh            # everything, slow tests included (what .ci/run runs)
#   bash scripts/run-tests.sh --quick    # the inner loop: without the `slow` tests (docs/testing.md)
# Other arguments are passed to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
# --quick: no `slow` tests, and not the heaviest modules (each over ~45 s of a 30-minute
# run on busy cores, or the heaviest left when --quick grew past 5 minutes; docs/testing.md
# has the measure).  .ci/run runs them all.
QUICK_IGNORE=(
  tests/sync/server/test_accounts.py tests/sync/server/test_auth_faults.py
  tests/sync/server/test_fuzz.py tests/sync/server/test_hq_validation.py
  tests/sync/server/test_server_cli.py tests/sync/test_clocks.py tests/sync/test_faults.py
  tests/ui/test_sync_faults_gui.py tests/store/test_bad_local_conditions.py
  tests/sync/test_merges_sync.py tests/test_cli_quick_sync.py
)
quick=()
if [ "${1:-}" = --quick ]; then
  shift
  quick=(-m "not slow")
  for module in "${QUICK_IGNORE[@]}"; do quick+=(--ignore "$module"); done
fi
bash scripts/setup.sh
# The deployment tests' tools (tests/test_deployment.py): openssl for a throw-away certificate,
# systemd-analyze to check the units (nginx the tests unpack themselves, never installed).
tools=()
command -v openssl > /dev/null || tools+=(openssl)
command -v systemd-analyze > /dev/null || tools+=(systemd)
if [ ${#tools[@]} -gt 0 ] && command -v apt-get > /dev/null; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO=sudo; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${tools[@]}" > /dev/null ||
    echo "run-tests: could not install ${tools[*]}: the deployment tests will say so" >&2
fi
# PostgreSQL for the headquarters tests: an existing one, or a throw-away cluster stopped on exit.
pg_env=$(mktemp "${TMPDIR:-/tmp}/lookingbeyond-pg-env.XXXXXX")
trap 'bash scripts/ensure-postgres.sh --stop "$pg_env"; rm -f "$pg_env"' EXIT
bash scripts/ensure-postgres.sh --env-file "$pg_env"
# shellcheck disable=SC1090
. "$pg_env"
export QT_QPA_PLATFORM=offscreen
# Two test processes (pytest-xdist) on a 2-core machine, at most four on a larger one; each
# takes whole modules (their module-scoped servers and replicas are made once), the heaviest
# first (tests/conftest.py HEAVY_FIRST).  LOOKINGBEYOND_TEST_WORKERS=0 runs in one process;
# so does `-n 0` among the arguments (the last -n given wins).
cpus=$(nproc 2>/dev/null || echo 2)
workers=${LOOKINGBEYOND_TEST_WORKERS:-$(( cpus < 2 ? 2 : (cpus > 4 ? 4 : cpus) ))}
parallel=(-n "$workers")
[ "$workers" = 0 ] || parallel+=(--dist loadfile --no-loadscope-reorder)
status=0
.venv/bin/python -m pytest "${parallel[@]}" "${quick[@]}" "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "run-tests: pytest collected no tests: that is a failure, not a pass." >&2
  exit 1
fi
exit "$status"
