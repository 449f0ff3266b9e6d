#!/usr/bin/env bash
# The suite's proof under load (docs/testing.md, "Proof under load"): the README's test command
# (`CI=true bash .ci/run`) three times in a row on a clean clone of one commit while two busy
# loops keep both cores busy, then once under `nice -n 19` with one core kept busy.
#
#   bash scripts/prove-under-load.sh [COMMIT] [OUT]     # COMMIT: default HEAD; OUT: a folder for the logs
#
# Each run's log is OUT/busy1.log … OUT/nice.log (last lines: pytest's summary and
# "== exit N after S s"); OUT/load.log has the load average every minute.  Takes about
# 1½–2 hours on two cores.  The clones are made beside this checkout (../<name>-run1 …) so that
# ../shared is beside them as in CI; they are deleted after a green run.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
commit=$(git -C "$here" rev-parse --short "${1:-HEAD}")
out=${2:-$here/../prove-under-load-$commit}
mkdir -p "$out"
loads=()
for _ in 1 2; do python3 -c 'while True: pass' & loads+=($!); done
(while sleep 60; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; done) > "$out/load.log" 2>&1 &
watcher=$!
trap 'kill "${loads[@]}" "$watcher" 2>/dev/null' EXIT

run() {  # run NAME [nice]
  local name=$1 clone prefix=()
  clone="$(dirname "$here")/$(basename "$here")-$name"
  [ "${2:-}" = nice ] && prefix=(nice -n 19)
  rm -rf "$clone"
  git clone -q "$here" "$clone" && git -C "$clone" checkout -q "$commit"
  {
    echo "== $name of $commit ${prefix[*]}, $(date -u)"
    local start status
    start=$(date +%s)
    (cd "$clone" && CI=true "${prefix[@]}" bash .ci/run)
    status=$?
    echo "== exit $status after $(( $(date +%s) - start )) s"
    [ "$status" -eq 0 ] && rm -rf "$clone"
  } > "$out/$name.log" 2>&1
  tail -n 3 "$out/$name.log"
}

run busy1
run busy2
run busy3
kill "${loads[1]}"  # one core kept busy: at nice 19 beside two busy loops the suite would get ~1.5 % of the CPU
run nice nice
