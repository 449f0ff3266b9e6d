"""What erasing a person costs a laptop (issue 13, item 3): the scrub of one backup
(the person blanked, then VACUUM so no free page keeps the old bytes), for a replica of
``--orgs`` demo organizations.  The live database pays only an UPDATE (secure_delete: see
bench_cipher.py); each of the folder's backups (at most three) pays this once per sync that
brings erasures.

    .venv/bin/python bench/bench_erasure.py --orgs 10000 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from lookingbeyond_desktop.demo import generate
from lookingbeyond_desktop.store import Store, backup, cipher, erasure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orgs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    work = Path(tempfile.mkdtemp(prefix="bench-erasure-"))
    folder = work / "data"
    try:
        with Store.open(folder) as store:
            generate(store, organizations=args.orgs, seed=1)
            with store.engine.connect() as connection:
                people = list(connection.execute(text(
                    "SELECT id FROM contacts ORDER BY id LIMIT :n"), {"n": args.rounds}).scalars())
            timings = []
            for person in people:
                backup.make_backup(store)
                path = backup.backups(folder)[0].path
                size = path.stat().st_size / 2**20
                started = time.perf_counter()
                assert erasure.scrub_file(path, folder, [("contacts", person)]) == 1
                timings.append(time.perf_counter() - started)
        print(f"{args.orgs:,} organizations: a backup of {size:.1f} MiB scrubbed in "
              f"{statistics.median(timings):.2f} s (median of {len(timings)}; "
              f"{', '.join(f'{t:.2f}' for t in timings)} s)")
    finally:
        cipher.forget(folder)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
