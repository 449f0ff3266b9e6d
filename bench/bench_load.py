"""Load benchmark: 200 simulated devices sync a day of edits against headquarters on PostgreSQL.

    .venv/bin/python bench/bench_load.py                      # the full run: 1 then 2 servers
    .venv/bin/python bench/bench_load.py --devices 200 --servers 1
    .venv/bin/python bench/bench_load.py --servers 2 --concurrency 32 --organizations 3000
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

For each configuration, creates a fresh PostgreSQL database next to ``--database-url``
(dropped afterwards), starts ``--servers`` separate ``python -m lookingbeyond_desktop.headquarters serve``
processes on their own ports over it (devices alternate between them), seeds the region's
data through one hq device, lets every device pull its scope (the initial pull, reported on
its own), then runs the measured day: morning edits, a sync round, afternoon edits, a sync
round, and a quiet round; and checks that every device converged.  The engine, the world
and the checks are in ``tests/sync/loadgen.py`` (its docstring describes them).

Prints throughput (syncs/s, rows/s, requests/s), latency per HTTP round trip and per device
sync (p50 / p99 / max), errors and retries, conflicts (expected and found), CPU seconds of
the servers, of this database's PostgreSQL backends and of the generator (which runs in
this process and competes with the servers for the same cores), the mean number of
backends waiting on a lock, convergence and the machine.  Exits with status 1 when a device
did not converge or a sync failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lookingbeyond_desktop.headquarters  # noqa: E402,F401  (gives accounts their places)
from tests.sync.loadgen import (  # noqa: E402
    DEFAULT_ADMIN_URL,
    Day,
    LoadConfig,
    format_result,
    fresh_database,
    run_load,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=200, help="simulated devices (default 200)")
    parser.add_argument("--servers", default="1,2",
                        help="serve processes; a comma-separated list runs each in turn (default 1,2)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers per serve process")
    parser.add_argument("--concurrency", type=int, default=24, help="device syncs in flight (default 24)")
    parser.add_argument("--organizations", type=int, default=3000,
                        help="organizations seeded at headquarters (default 3000)")
    parser.add_argument("--day-organizations", type=int, default=Day.organizations)
    parser.add_argument("--day-contacts", type=int, default=Day.contacts)
    parser.add_argument("--day-participations", type=int, default=Day.participations)
    parser.add_argument("--day-edits", type=int, default=Day.edits)
    parser.add_argument("--database-url", default=DEFAULT_ADMIN_URL,
                        help="PostgreSQL server to create the throw-away database on")
    parser.add_argument("--enrol-over-http", action="store_true",
                        help="enrol every device through /v1/enrol (argon2 each) instead of "
                             "making the tokens in the database")
    parser.add_argument("--fresh-folders", action="store_true",
                        help="create every data folder with Store.open (migrations) instead of "
                             "copying one new folder and giving each copy its own device id")
    parser.add_argument("--keep", action="store_true", help="keep the devices' data folders")
    parser.add_argument("--pin", action="store_true",
                        help="the generator (this process) on CPU 0; the serve processes and "
                             "PostgreSQL's processes on the others (needs the right to move "
                             "PostgreSQL's: root or its owner; put back at the end)")
    args = parser.parse_args()
    server_cpus = pin_apart() if args.pin else None
    day = Day(organizations=args.day_organizations, contacts=args.day_contacts,
              participations=args.day_participations, edits=args.day_edits)
    status = 0
    for servers in (int(s) for s in str(args.servers).split(",")):
        config = LoadConfig(devices=args.devices, servers=servers, workers=args.workers,
                            concurrency=args.concurrency, organizations=args.organizations, day=day,
                            enrol_over_http=args.enrol_over_http,
                            template_folders=not args.fresh_folders, server_cpus=server_cpus)
        print(f"\n== {args.devices} devices, {servers} serve process(es) ==", flush=True)
        folder = Path(tempfile.mkdtemp(prefix="lbd-load-")) if args.keep else None
        started = time.perf_counter()
        with fresh_database(args.database_url) as url:
            result = run_load(config, url, folder)
        print(format_result(result), flush=True)
        print(f"(including creating and dropping the database: {time.perf_counter() - started:.1f} s)")
        if folder:
            print(f"kept {folder}")
        if not result.converged or result.errors:
            status = 1
    return status


def pin_apart() -> frozenset[int]:
    """Put this process on CPU 0 and every PostgreSQL process on the other CPUs (new
    backends are forked by the postmaster and inherit its CPUs); the serve processes get the
    same set.  Put back when this process exits."""
    import atexit
    import subprocess

    everything = os.sched_getaffinity(0)
    others = frozenset(everything - {0})
    if not others:
        raise SystemExit("--pin needs at least two CPUs")
    found = subprocess.run(["pgrep", "-x", "postgres"], capture_output=True, text=True).stdout.split()
    moved = []
    for pid in map(int, found):
        try:
            before = os.sched_getaffinity(pid)
            os.sched_setaffinity(pid, others)
            moved.append((pid, before))
        except OSError:
            pass  # gone meanwhile, or not ours to move
    atexit.register(lambda: [_restore(pid, before) for pid, before in moved])
    os.sched_setaffinity(0, {0})
    print(f"pinned: generator on CPU 0; serve processes and {len(moved)} PostgreSQL process(es) "
          f"on CPU {', '.join(map(str, sorted(others)))}", flush=True)
    return others


def _restore(pid: int, cpus: set[int]) -> None:
    try:
        os.sched_setaffinity(pid, cpus)
    except OSError:
        pass


if __name__ == "__main__":
    sys.exit(main())
