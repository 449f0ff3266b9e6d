"""Benchmark of the headquarters report on the 100,000-organization replica.

    .venv/bin/python bench/bench_report.py [--orgs 100000] [--runs 5]

Prints the size of the replica (organizations, participations), then the time of
``indicators.compute()`` — the whole report: every section (the most engaged organizations
too), totals, map figures — as the median of several runs, unfiltered and with filters, and
of ``indicators.drill()`` on three figures: wall-clock time and the CPU time of this process
(``time.process_time``: the fairer figure on a loaded machine), and the load average before
and after.  The issue's target: the whole report in under 2 s on this machine.

The replica is the one the other benchmarks and the slow tests use, built once under
$LOOKINGBEYOND_BENCH_CACHE (default /tmp/lookingbeyond-bench) by the demo generator
(3 participations per organization: 300,000).  Should a generator ever give fewer than
290,000 participations, the benchmark tops up a copy of its own (``…-report``), never the
shared replica nor the generator.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import os
import platform
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lookingbeyond_desktop.demo import generate  # noqa: E402
from lookingbeyond_desktop.reports.indicators import compute, drill  # noqa: E402
from lookingbeyond_desktop.reports.model import Drill, Figure, Filters, Report  # noqa: E402
from lookingbeyond_desktop.store import Store  # noqa: E402
from lookingbeyond_desktop.store.database import SCHEMA_HEAD  # noqa: E402

CACHE = Path(os.environ.get("LOOKINGBEYOND_BENCH_CACHE", "/tmp/lookingbeyond-bench"))
TARGET_PARTICIPATIONS = 300_000


def dataset(organizations: int, seed: int = 1) -> Path:
    """The cached replica (the same folder as bench/bench_gui.py and tests/ui/conftest.py)."""
    folder = CACHE / f"orgs{organizations}-seed{seed}-schema{SCHEMA_HEAD}"
    if not (folder / "complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building {organizations:,} organizations in {folder} (once, a few minutes)…",
              flush=True)
        with Store.open(folder) as store:
            generate(store, organizations=organizations, seed=seed)
        (folder / "complete").write_text("ok")
    return folder


def count(store: Store, table: str) -> int:
    """Live rows of ``table``."""
    with store.engine.connect() as connection:
        return int(connection.exec_driver_sql(
            f"SELECT count(*) FROM {table} WHERE deleted = 0").scalar_one())


def topped_up(folder: Path, wanted: int) -> Path:
    """``folder`` itself when it holds about ``wanted`` participations, else a copy of it
    with participations added (random organizations in existing activities)."""
    with Store.open(folder) as store:
        have = count(store, "participations")
    if have >= wanted * 0.97:
        return folder
    copy = folder.with_name(folder.name + "-report")
    if not (copy / "complete").exists():
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(folder, copy)
        (copy / "complete").unlink()
        rng = random.Random(1)
        with Store.open(copy) as store:
            with store.engine.connect() as connection:
                orgs = [r[0] for r in connection.exec_driver_sql(
                    "SELECT id FROM organizations WHERE deleted = 0")]
                acts = [r[0] for r in connection.exec_driver_sql(
                    "SELECT id FROM activities WHERE deleted = 0")]
            missing = wanted - have
            print(f"adding {missing:,} participations to a copy in {copy}…", flush=True)
            for start in range(0, missing, 5_000):
                rows = [{"activity_id": rng.choice(acts), "organization_id": rng.choice(orgs),
                         "representatives": rng.randint(1, 4)}
                        for _ in range(min(5_000, missing - start))]
                with store.write(author="bench") as writer:
                    writer.create_many("participations", rows)
        (copy / "complete").write_text("ok")
    return copy


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float, object]:
    """(first run, then the medians of the next ``runs``: wall-clock and CPU time of this
    process, and the last result); seconds."""
    started = time.perf_counter()
    result = fn()
    first = time.perf_counter() - started
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return first, statistics.median(times), statistics.median(cpu), result


def load_average() -> str:
    """The 1, 5 and 15-minute load averages, as uptime prints them."""
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--orgs", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, load average {load_average()}")
    folder = topped_up(dataset(args.orgs), TARGET_PARTICIPATIONS)
    with Store.open(folder) as store:
        print(f"replica: {folder}")
        print(f"  {count(store, 'organizations'):,} organizations, "
              f"{count(store, 'participations'):,} participations, "
              f"{count(store, 'activities'):,} activities, {count(store, 'grants'):,} grants")
        cases = {
            "no filter": Filters(),
            "2010": Filters(start=dt.date(2010, 1, 1), end=dt.date(2010, 12, 31)),
            "Africa (002)": Filters(region="002"),
            "corruption, 2011": Filters(theme="corruption", start=dt.date(2011, 1, 1),
                                        end=dt.date(2011, 12, 31)),
            "office HQ": Filters(office="HQ"),
            "network uncac_coalition": Filters(network="uncac_coalition"),
        }
        print(f"compute(): median of {args.runs} runs, wall clock (CPU time of this process; "
              "first run):")
        with store.engine.connect() as connection:
            for name, filters in cases.items():
                first, median, cpu, report = timed(
                    functools.partial(compute, connection, filters), args.runs)
                assert isinstance(report, Report)
                totals = report.totals
                print(f"  {name:<26} {median:6.3f} s (CPU {cpu:.3f} s, first {first:.3f} s)  "
                      f"{totals['organizations_engaged'].value:,} organizations engaged, "
                      f"{totals['representatives'].value:,} representatives, "
                      f"{totals['activities'].value:,} activities")
                connection.rollback()
            top = compute(connection, Filters()).section("top_organizations").rows[0]
            connection.rollback()
            top_drill = top.cells["activities"]
            assert isinstance(top_drill, Figure) and top_drill.drill is not None
            drills = {
                "CoSP 3 organizations": Drill("organizations", (
                    ("section", "by_meeting"), ("row", "COSP3"), ("column", "organizations"))),
                "all organizations engaged": Drill("organizations", (
                    ("total", "organizations_engaged"),)),
                "top organization's acts": top_drill.drill,
            }
            print(f"drill(): median of {args.runs} runs, wall clock (CPU time; first run):")
            for name, target in drills.items():
                first, median, cpu, records = timed(
                    functools.partial(drill, connection, Filters(), target), args.runs)
                assert isinstance(records, list)
                print(f"  {name:<26} {median:6.3f} s (CPU {cpu:.3f} s, first {first:.3f} s)  "
                      f"{len(records):,} records")
                connection.rollback()
    print(f"load average at the end: {load_average()}")


if __name__ == "__main__":
    main()
