"""Benchmark of duplicate detection: quality on the labelled set, and speed at 100,000.

    .venv/bin/python bench/bench_duplicates.py [--min-score S] [--big [--no-scan]] [--orgs N]

Prints precision and recall at the threshold (default: the shipped one) on both halves of
tests/data/duplicates_labelled.json — ``tune`` (used to choose the rules and the threshold)
and ``test`` (held out) — scoring each half as ``lookingbeyond duplicates`` does: its records
written to a fresh replica, the whole registry scanned with blocking, each labelled pair
looked up among the pairs found; with a sweep of thresholds on the tune half.

With ``--big``, also times a full scan (``duplicate_pairs``: reading the registry, blocking,
comparing; ``--no-scan`` leaves it out) and the checks made before a duplicate is made
(docs/duplicates.md, "Before a duplicate is made"): ``RegistryIndex.load``; the window's
``LiveIndex`` built in steps (total, worst step); catching up with nothing changed, with
one organization saved, and after a sync (every row compared); one candidate checked
(median and 90th percentile over 200 names); an import's check of 1,000 new rows — on the
100,000-organization demo replica, built once by the demo generator under
$LOOKINGBEYOND_BENCH_CACHE (default /tmp/lookingbeyond-bench, the folder
bench/bench_report.py uses).  The cached replica is never written: it is copied to a
temporary folder first.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lookingbeyond_desktop.domain.matching import THRESHOLD  # noqa: E402
from lookingbeyond_desktop.store import Store  # noqa: E402
from lookingbeyond_desktop.store import import_plan  # noqa: E402
from lookingbeyond_desktop.store.duplicates import (  # noqa: E402
    LiveIndex,
    RegistryIndex,
    likely_duplicates,
)
from tests.data.labelled import score_half  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from bench_report import dataset  # noqa: E402  (the replica the other benchmarks use)

def quality(min_score: float) -> None:
    """Precision and recall on both halves, and a sweep on the tune half."""
    for split in ("tune", "test"):
        with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder)) as store:
            scores = score_half(store, split, min_score=min_score)
        print(f"{split:5} half: {scores.pairs} pairs, precision {scores.precision:.3f}, "
              f"recall {scores.recall:.3f} at {min_score:g} "
              f"(tp {scores.true_positives}, fp {scores.false_positives}, "
              f"fn {scores.false_negatives})")
    print("tune half, other thresholds:")
    for threshold in (0.6, 0.65, 0.7, 0.8, 0.85, 0.9):
        with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder)) as store:
            scores = score_half(store, "tune", min_score=threshold)
        print(f"  {threshold:.2f}: precision {scores.precision:.3f}, recall {scores.recall:.3f}")


def speed(organizations: int, min_score: float, *, scan: bool = True) -> None:
    """Time a full scan and the checks before a duplicate is made, on a copy of the demo
    replica."""
    source = dataset(organizations)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "replica"
        shutil.copytree(source, copy)
        with Store.open(copy) as store:
            if scan:
                full_scan(store, min_score)
            before_saving(store, Path(folder))
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


def full_scan(store: Store, min_score: float) -> None:
    """``lookingbeyond duplicates``: read, file, compare every block."""
    with store.engine.connect() as connection:
        started, cpu = time.perf_counter(), time.process_time()
        index = RegistryIndex.load(connection)
        loaded = time.perf_counter() - started
        pairs = index.pairs(min_score=min_score)
        wall, spent = time.perf_counter() - started, time.process_time() - cpu
        compared = sum(len(b) * (len(b) - 1) // 2 for b in index.blocks.values()
                       if 2 <= len(b) <= 60)
        print(f"full scan of {len(index):,} organizations: {wall:.1f} s wall "
              f"({spent:.1f} s CPU; reading and filing {loaded:.1f} s), "
              f"{len(pairs):,} pairs at {min_score:g}, {len(index.blocks):,} keys, "
              f"≤{compared:,} block pairs")
        started = time.perf_counter()
        hits = likely_duplicates(connection, {"name": "Centre for Integrity – Nairobi",
                                              "country": "KE"}, index=index)
        print(f"one candidate against the loaded index: "
              f"{(time.perf_counter() - started) * 1000:.0f} ms ({len(hits)} hits)")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def before_saving(store: Store, folder: Path) -> None:
    """The window's checks: the live index built in steps and kept current, one candidate,
    an import of 1,000 rows."""
    with store.engine.connect() as connection:
        started = time.perf_counter()
        loaded = RegistryIndex.load(connection)
        print(f"RegistryIndex.load of {len(loaded):,} organizations: "
              f"{_ms(time.perf_counter() - started)}")
        del loaded
    live = LiveIndex()
    steps, worst = 0, 0.0
    started = time.perf_counter()
    while True:
        with store.engine.connect() as connection:  # one job of the database worker
            step = time.perf_counter()
            done = live.build_step(connection)
            worst = max(worst, time.perf_counter() - step)
        steps += 1
        if done:
            break
    print(f"LiveIndex built in {steps} steps of {LiveIndex.STEP:,}: "
          f"{_ms(time.perf_counter() - started)} in all, the longest step {_ms(worst)}")
    with store.engine.connect() as connection:
        started = time.perf_counter()
        live.refresh(connection)
        print(f"catching up, nothing changed: {(time.perf_counter() - started) * 1000:.2f} ms")
        names = connection.exec_driver_sql(
            "SELECT name, country FROM organizations WHERE deleted = 0").all()
    with store.write(author="bench") as writer:
        writer.create("organizations", {"name": "Transparency Maroc", "country": "MA",
                                        "org_type": "ngo", "ecosoc_status": "none"})
    with store.engine.connect() as connection:
        started = time.perf_counter()
        live.refresh(connection)
        print(f"catching up after one organization saved: "
              f"{(time.perf_counter() - started) * 1000:.1f} ms")
    with store.engine.begin() as connection:  # what an applied sync answer moves
        connection.exec_driver_sql("UPDATE sync_state SET cursor = cursor + 1")
    with store.engine.connect() as connection:
        started = time.perf_counter()
        live.refresh(connection)
        print(f"catching up after a sync (every row compared): "
              f"{_ms(time.perf_counter() - started)}")
    chance = random.Random(14)
    sample = chance.sample(names, 200)
    times = []
    with store.engine.connect() as connection:
        for name, country in sample:  # a known name with a word more: hits, as a rule
            started = time.perf_counter()
            live.likely(connection, {"name": f"{name} Trust", "country": country})
            times.append(time.perf_counter() - started)
        started = time.perf_counter()
        hits = live.likely(connection, {"name": "ترانسبرانسي المغرب", "country": "MA"})
        across = time.perf_counter() - started
    times.sort()
    print(f"one candidate checked against the live index: median {_ms(times[100])}, "
          f"90th percentile {_ms(times[180])}, longest {_ms(times[-1])} (200 names); "
          f"ترانسبرانسي المغرب: {_ms(across)}, {len(hits)} hit(s)")
    rows = [f"{name} Trust,{country}" for name, country in chance.sample(names, 1_000)]
    path = folder / "import.csv"
    path.write_text("Name,Country\n" + "\n".join(f'"{r.rsplit(",", 1)[0]}",'
                                                   f'{r.rsplit(",", 1)[1]}' for r in rows),
                    encoding="utf-8")
    source = import_plan.inspect_source(path)
    with store.engine.connect() as connection:
        started = time.perf_counter()
        plain = import_plan.check_rows(connection, "organizations", source, ["name", "country"])
        checked = time.perf_counter() - started
        started = time.perf_counter()
        result = import_plan.check_rows(connection, "organizations", source,
                                        ["name", "country"], duplicates=live.current(connection))
        looked = time.perf_counter() - started
    print(f"import of 1,000 new rows: checking them {_ms(checked)}, with the look-up of likely "
          f"duplicates {_ms(looked)} ({len(result.likely_numbers)} flagged; "
          f"{plain.valid} valid)")


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-score", type=float, default=THRESHOLD)
    parser.add_argument("--big", action="store_true", help="also time the 100,000 replica")
    parser.add_argument("--orgs", type=int, default=100_000)
    parser.add_argument("--no-scan", action="store_true",
                        help="with --big: leave out the full scan (about two minutes)")
    parser.add_argument("--no-quality", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.no_quality:
        quality(args.min_score)
    if args.big:
        speed(args.orgs, args.min_score, scan=not args.no_scan)


if __name__ == "__main__":
    main()
