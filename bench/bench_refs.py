"""What headquarters' lists of children cost (issue 15; migration 0031): moving children from
one parent to another as a push's flush does (``service.relist``: the two parents' lists read,
deleted and written again), adding children to the region's largest list, and reading the
children of parents (``service._children``), on the 50,000-organization region's 351,026
references listed by their parents.

    .venv/bin/python bench/bench_refs.py [--orgs 50000] [--cache DIR]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

Each operation runs inside a transaction that is rolled back; median of 5, children and
parents picked at random.  Prints figures; asserts nothing.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_storage import copy_to_postgres, load, machine, region_file  # noqa: E402

CHILDREN = (1, 100, 500)
REPEATS = 5


def measure(url: str) -> list[tuple[str, float]]:
    """(operation, median ms) for each operation timed."""
    from sqlalchemy import create_engine, select

    from sync.server.schema import records, ref_lists, unpack_rids
    from sync.server.service import _children, relist

    engine = create_engine(url)
    rng = random.Random(15)
    found: list[tuple[str, float]] = []

    def timed(label: str, run: Any) -> None:
        spent = []
        with engine.connect() as connection:
            for _ in range(REPEATS):
                started = time.perf_counter()
                run(connection)
                spent.append(time.perf_counter() - started)
                connection.rollback()
        found.append((label, statistics.median(spent) * 1000))

    try:
        with engine.connect() as connection:
            lists = {int(p): unpack_rids(stored) for p, stored in connection.execute(
                select(ref_lists.c.parent_rid, ref_lists.c.rids))}
            organizations = connection.execute(select(records.c.id).where(
                records.c.tbl == "organizations")).scalars().all()
        pairs = [(parent, child) for parent, children in lists.items() for child in children]
        parents = sorted(lists)
        for count in CHILDREN:
            def move(connection: Any, count: int = count) -> None:
                some = rng.sample(pairs, count)
                away: dict[int, set[int]] = {}
                into: dict[int, set[int]] = {}
                for parent, child in some:
                    away.setdefault(parent, set()).add(child)
                    into.setdefault(rng.choice(parents), set()).add(child)
                relist(connection, into, away)
            timed(f"{count} {'child' if count == 1 else 'children'} moved to another parent in one push", move)
        largest = max(lists, key=lambda parent: len(lists[parent]))
        top = max(max(children) for children in lists.values())

        def join(connection: Any) -> None:
            relist(connection, {largest: set(range(top + 1, top + 101))}, {})
        timed(f"100 children added to the largest list ({len(lists[largest]):,} children)", join)

        def read(connection: Any) -> None:
            _children(connection, "organizations", rng.sample(organizations, 100), records.c.id, records.c.data)
        timed("the children of 100 organizations read, with their values", read)
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
            print(f"\n{name} (load {load()}), median of {REPEATS}:")
            for label, ms in rows:
                print(f"  {label}: {ms:.1f} ms")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
