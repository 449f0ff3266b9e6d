"""Benchmark of the local store: generation, search and opening, on a 100,000-organization region.

    .venv/bin/python bench/bench_store.py [--orgs 100000] [--reuse] [--folder bench/out/store-100k]

Prints figures; asserts nothing (goals: search p95 < 20 ms, aim < 5 ms; open < 200 ms;
generation < 60 s).  --reuse keeps an existing dataset instead of generating it again.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_sync import peak_rss_mib
from lookingbeyond_desktop.demo import generate
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.search import search_organizations

QUERIES = [
    "transparency", "transparéncia", "trans", "corruption", "justice", "drug prevention",
    "Nairobi", "kenya", "TI", "fundación para la", "الشفافية", "لمكافحة الفساد", "الرباط",
    "противодействия коррупции", "Москва", "反腐败", "透明", "human rights network",
    "VNGOC", "asociación",
]
REPEAT = 30


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the sorted values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orgs", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, default=Path("bench/out/store-100k"))
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()

    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if not (args.reuse and args.folder.exists()):
        shutil.rmtree(args.folder, ignore_errors=True)
        store = Store.open(args.folder)
        started = time.perf_counter()
        summary = generate(store, organizations=args.orgs, seed=1)
        elapsed = time.perf_counter() - started
        store.close()
        print(f"generation: {elapsed:.1f} s for " + ", ".join(
            f"{n:,} {t}" for t, n in summary.counts.items()))
    database = args.folder / "lookingbeyond.sqlite3"
    print(f"database: {database.stat().st_size / 2**20:.0f} MiB")

    # Opening: in this process (modules already imported), and a cold process end to end.
    opens = []
    for _ in range(20):
        started = time.perf_counter()
        store = Store.open(args.folder)
        with store.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1 FROM replica").scalar()
        opens.append((time.perf_counter() - started) * 1000)
        store.close()
    print(f"open store (warm process): median {statistics.median(opens):.1f} ms, "
          f"max {max(opens):.1f} ms")
    code = ("import time; t=time.perf_counter(); from lookingbeyond_desktop.store import Store; "
            f"s=Store.open({str(args.folder)!r}); c=s.engine.connect(); "
            "c.exec_driver_sql('SELECT 1 FROM replica').scalar(); "
            "print((time.perf_counter()-t)*1000)")
    colds = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                  check=True).stdout) for _ in range(5)]
    print(f"open store (new process, imports included): median {statistics.median(colds):.0f} ms")

    store = Store.open(args.folder)
    all_times: list[float] = []
    print(f"\nsearch ({REPEAT} runs per query, first 50 results, best first):")
    print(f"{'query':32} {'hits':>5} {'median ms':>10} {'p95 ms':>8}")
    with store.engine.connect() as connection:
        for query in QUERIES:
            times = []
            for _ in range(REPEAT):
                started = time.perf_counter()
                hits = search_organizations(connection, query, limit=50)
                times.append((time.perf_counter() - started) * 1000)
            all_times += times
            print(f"{query:32} {len(hits):>5} {statistics.median(times):>10.2f} "
                  f"{percentile(times, 0.95):>8.2f}")
    store.close()
    print(f"\nsearch over all queries: median {statistics.median(all_times):.2f} ms, "
          f"p95 {percentile(all_times, 0.95):.2f} ms, max {max(all_times):.2f} ms")
    print(f"peak resident memory of this process: "
          f"{peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
