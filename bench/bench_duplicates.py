"""Benchmark of duplicate detection: quality on the labelled set, and speed at 100,000.

    .venv/bin/python bench/bench_duplicates.py [--min-score S] [--big] [--orgs N]

Prints precision and recall at the threshold (default: the shipped one) on both halves of
tests/data/duplicates_labelled.json — ``tune`` (used to choose the rules and the threshold)
and ``test`` (held out) — scoring each half as ``lookingbeyond duplicates`` does: its records
written to a fresh replica, the whole registry scanned with blocking, each labelled pair
looked up among the pairs found; with a sweep of thresholds on the tune half.

With ``--big``, also times a full scan (``duplicate_pairs``: reading the registry, blocking,
comparing) and one candidate check on the 100,000-organization demo replica, built once by
the demo generator under $LOOKINGBEYOND_BENCH_CACHE (default /tmp/lookingbeyond-bench, the
folder bench/bench_report.py uses).  The cached replica is never written: it is copied to
a temporary folder first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lookingbeyond_desktop.domain.matching import THRESHOLD  # noqa: E402
from lookingbeyond_desktop.store import Store  # noqa: E402
from lookingbeyond_desktop.store.duplicates import (  # noqa: E402
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


def speed(organizations: int, min_score: float) -> None:
    """Time a full scan and one candidate check on a copy of the demo replica."""
    source = dataset(organizations)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "replica"
        shutil.copytree(source, copy)
        with Store.open(copy) as store, store.engine.connect() as connection:
            started, cpu = time.perf_counter(), time.process_time()
            index = RegistryIndex.load(connection)
            loaded = time.perf_counter() - started
            pairs = index.pairs(min_score=min_score)
            wall, spent = time.perf_counter() - started, time.process_time() - cpu
            compared = sum(len(b) * (len(b) - 1) // 2 for b in index.blocks.values()
                           if 2 <= len(b) <= 60)
            print(f"full scan of {len(index.profiles):,} organizations: {wall:.1f} s wall "
                  f"({spent:.1f} s CPU; reading and filing {loaded:.1f} s), "
                  f"{len(pairs):,} pairs at {min_score:g}, {len(index.blocks):,} keys, "
                  f"≤{compared:,} block pairs")
            started = time.perf_counter()
            hits = likely_duplicates(connection, {"name": "Centre for Integrity – Nairobi",
                                                  "country": "KE"}, index=index)
            print(f"one candidate against the loaded index: "
                  f"{(time.perf_counter() - started) * 1000:.0f} ms ({len(hits)} hits)")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-score", type=float, default=THRESHOLD)
    parser.add_argument("--big", action="store_true", help="also time the 100,000 replica")
    parser.add_argument("--orgs", type=int, default=100_000)
    args = parser.parse_args()
    quality(args.min_score)
    if args.big:
        speed(args.orgs, args.min_score)


if __name__ == "__main__":
    main()
