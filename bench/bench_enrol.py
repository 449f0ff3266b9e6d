"""An enrolment burst against a real headquarters server: does its memory stay bounded?

Starts `lookingbeyond-server serve` (a child process, SQLite in a temporary folder unless
--database-url is given), creates --users users, then fires --burst enrolment requests at
once (threads released together), half with a wrong password and half with the right one.
Each password check runs argon2 with 64 MiB of memory: without a bound, tens of requests at
once take gigabytes.  Prints how the requests were answered (503 busy ones carry
Retry-After), the server's peak resident memory (VmHWM of the server process and its
children, summed) and the bound the server states (sync/server/settings.py).

    .venv/bin/python bench/bench_enrol.py                      # 100 at once, 2 checks at a time
    .venv/bin/python bench/bench_enrol.py --hash-concurrency 40 # about what it was unbounded
    .venv/bin/python bench/bench_enrol.py --burst 30 --json     # one JSON line (the tests use it)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Real argon2 parameters here and in the server it starts, even when run from the test suite
# (which hashes cheaply elsewhere): this measures the memory real sign-ins take.
os.environ.pop("LOOKINGBEYOND_TEST_CHEAP_HASH", None)

import lookingbeyond_desktop.headquarters  # noqa: E402,F401  (headquarters' reference data)
from sync.server import accounts  # noqa: E402
from sync.server.database import init_database, make_engine  # noqa: E402
from sync.server.settings import HASH_CONCURRENCY_ENV, ServerSettings  # noqa: E402
from tests.sync.credentials import PASSWORD  # noqa: E402
from tests.sync.server.hq_server import start_server  # noqa: E402

MIB = 1024 * 1024


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def peak_rss_bytes(pid: int) -> int:
    """The summed peak resident memory (VmHWM) of ``pid`` and its descendants."""
    total = 0
    for member in process_tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                total += int(line.split()[1]) * 1024
    return total


def run(*, burst: int, users: int, hash_concurrency: int, workers: int,
        database_url: str | None) -> dict[str, Any]:
    """Set up, start the server, fire the burst; the figures."""
    with tempfile.TemporaryDirectory(prefix="bench-enrol-") as folder:
        url = database_url or f"sqlite:///{Path(folder) / 'hq.db'}"
        engine = make_engine(url)
        init_database(engine)
        names = [f"bench{n}" for n in range(users)]
        with engine.begin() as connection:
            for name in names:
                accounts.add_user(connection, name, PASSWORD, role="hq")
        engine.dispose()
        server = start_server(url, workers=workers,
                              env={HASH_CONCURRENCY_ENV: str(hash_concurrency)})
        try:
            requests.get(f"{server.base}/v1/health", timeout=30)
            base_rss = peak_rss_bytes(server.process.pid)
            gate = threading.Barrier(burst)

            def enrol(n: int) -> tuple[str, str | None]:
                right = (n // users) % 2 == 1  # each user: as many right as wrong
                body = {"user": names[n % users], "device_id": f"{n:032x}", "device_name": "bench",
                        "password": PASSWORD if right else f"wrong password {n}"}
                gate.wait()
                answer = requests.post(f"{server.base}/v1/enrol", json=body, timeout=300)
                code = "ok" if answer.status_code == 200 else answer.json()["error"]["code"]
                return code, answer.headers.get("Retry-After")

            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=burst) as pool:
                answers = list(pool.map(enrol, range(burst)))
            seconds = time.perf_counter() - started
            peak = peak_rss_bytes(server.process.pid)
        finally:
            server.stop()
    codes = Counter(code for code, _retry in answers)
    settings = ServerSettings(hash_concurrency=hash_concurrency)
    return {
        "burst": burst, "users": users, "workers": workers, "hash_concurrency": hash_concurrency,
        "answers": dict(sorted(codes.items())),
        "busy_503": codes.get("busy", 0),
        "busy_with_retry_after": sum(1 for code, retry in answers if code == "busy" and retry),
        "seconds": round(seconds, 2),
        "base_rss_mib": round(base_rss / MIB, 1),
        "peak_rss_mib": round(peak / MIB, 1),
        "bound_mib": round(settings.memory_bound_bytes(workers) / MIB, 1),
        "within_bound": peak <= settings.memory_bound_bytes(workers),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=100, help="requests at once (default: %(default)s)")
    parser.add_argument("--users", type=int, default=10, help="users they sign in as (default: %(default)s)")
    parser.add_argument("--hash-concurrency", type=int, default=accounts.DEFAULT_HASH_CONCURRENCY,
                        help="the server's --hash-concurrency (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--database-url", default=None, help="default: SQLite in a temporary folder")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    figures = run(burst=args.burst, users=args.users, hash_concurrency=args.hash_concurrency,
                  workers=args.workers, database_url=args.database_url)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"{figures['burst']} enrolments at once ({figures['users']} users, half with a wrong "
          f"password), {figures['workers']} worker(s), --hash-concurrency {figures['hash_concurrency']}"
          f" [{os.cpu_count()} CPUs]")
    print(f"  answers: {figures['answers']} in {figures['seconds']} s")
    print(f"  503 busy: {figures['busy_503']} ({figures['busy_with_retry_after']} with Retry-After)")
    print(f"  server memory: {figures['base_rss_mib']} MiB after start, peak {figures['peak_rss_mib']} MiB;"
          f" stated bound {figures['bound_mib']} MiB -> {'within' if figures['within_bound'] else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
