"""What rewriting moved children's references costs headquarters (issue 15; the twenty-first
session): deleting a child's references by the child alone, as a push did until then, against
deleting its (old parent, child) and (new parent, child) pairs, as ``service._Batch.flush``
does now, on the 50,000-organization region's 351,026 references.

    .venv/bin/python bench/bench_refs.py [--orgs 50000] [--cache DIR]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

``refs`` is indexed by parent on both backends (SQLite's key is (parent, child); PostgreSQL's
index is on the parent, migration 0026), not by child: a delete by child reads the whole
table.  Each statement runs inside a transaction that is rolled back; median of 5 for 1, 100
and 500 children picked at random.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_storage import copy_to_postgres, load, machine, region_file  # noqa: E402

CHILDREN = (1, 100, 500)
REPEATS = 5


def measure(url: str) -> list[tuple[int, float, float]]:
    """(children, ms by child, ms by pair) for each of :data:`CHILDREN`."""
    from sqlalchemy import bindparam, create_engine, delete

    from sync.server.schema import refs

    engine = create_engine(url)
    rng = random.Random(15)
    found = []
    try:
        with engine.connect() as connection:
            pairs = [tuple(row) for row in connection.execute(refs.select())]
            for count in CHILDREN:
                by_child, by_pair = [], []
                for _ in range(REPEATS):
                    some = rng.sample(pairs, count)
                    started = time.perf_counter()
                    connection.execute(delete(refs).where(refs.c.rid.in_(sorted(r for _p, r in some))))
                    by_child.append(time.perf_counter() - started)
                    connection.rollback()
                    # each child's old parent and a new one: two pairs a child, as a move deletes
                    moved = [{"b_parent": p, "b_rid": r} for p, r in some] + \
                        [{"b_parent": p + 1, "b_rid": r} for p, r in some]
                    started = time.perf_counter()
                    connection.execute(delete(refs).where(refs.c.parent_rid == bindparam("b_parent"),
                                                          refs.c.rid == bindparam("b_rid")), moved)
                    by_pair.append(time.perf_counter() - started)
                    connection.rollback()
                found.append((count, statistics.median(by_child) * 1000, statistics.median(by_pair) * 1000))
    finally:
        engine.dispose()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orgs", type=int, default=50_000)
    parser.add_argument("--cache", default=None, help="a folder keeping built SQLite regions")
    parser.add_argument("--database-url", default=None, help="a PostgreSQL URL to create a fresh database next to")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    folder = Path(tempfile.mkdtemp(prefix="lbd-bench-refs-"))
    try:
        path = region_file(args, folder)
        backends = [("SQLite", f"sqlite:///{path}", None)]
        if args.database_url and args.database_url.startswith("postgres"):
            backends.append(("PostgreSQL", None, args.database_url))
        for name, url, base in backends:
            if base is not None:
                from tests.sync.pg import throwaway_database

                with throwaway_database(base, prefix="lb_refs") as fresh:
                    copy_to_postgres(path, fresh)
                    from sqlalchemy import create_engine, text

                    engine = create_engine(fresh, isolation_level="AUTOCOMMIT")
                    with engine.connect() as connection:
                        connection.execute(text("VACUUM ANALYZE"))
                    engine.dispose()
                    rows = measure(fresh)
            else:
                rows = measure(url)
            print(f"\n{name} (load {load()}): a push moving N children, their references deleted")
            for count, by_child, by_pair in rows:
                print(f"  {count:>4} children: by child {by_child:7.1f} ms, by (parent, child) pair {by_pair:7.1f} ms")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
