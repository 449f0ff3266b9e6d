"""Benchmark of encryption at rest: the encrypted store (SQLCipher) beside the same data plain.

    .venv/bin/python bench/bench_cipher.py [--orgs 20000] [--rounds 3]

The same database, once encrypted (what the application uses) and once decrypted into a plain
SQLite file, opened through the same engine settings and the same write path:
- opening (engine, migrations check, first query), warm process, median of 30;
- search: 12 queries of bench_store.py, each run once just after opening (its pages read
  from the file) and then 20 times more (pages in the connection's cache);
- a burst of 1,000 edits, each its own transaction (every one flushed to the disk: FULL sync),
  and the same 1,000 edits in one transaction.
- the whole file read: `PRAGMA quick_check` (what the window runs at each start) and a
  backup with SQLite's online backup API.
The variants alternate, ``--rounds`` times, so that a busy machine weighs on both alike.
Prints figures and the ratio encrypted / plain (aim: within 15 %); asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text

from lookingbeyond_desktop.demo import generate
from lookingbeyond_desktop.store import Store, cipher
from lookingbeyond_desktop.store import database as db
from lookingbeyond_desktop.store.search import search_organizations

QUERIES = [
    "transparency", "trans", "corruption", "justice", "drug prevention", "Nairobi", "kenya",
    "fundación para la", "الشفافية", "противодействия коррупции", "反腐败", "human rights network",
]


def plain_engine(database: Path) -> Any:
    """The store's engine settings on a plain file (the standard sqlite3 module)."""
    engine = create_engine(f"sqlite:///{database}", hide_parameters=True,
                           json_serializer=db._json_dumps)
    event.listen(engine, "connect", db._on_connect)
    event.listen(engine, "begin", db._on_begin)
    return engine


def open_variant(folder: Path, variant: str) -> Store:
    database = folder / "lookingbeyond.sqlite3"
    engine = (plain_engine(database) if variant == "plain"
              else db.make_engine(database, cipher.folder_key(folder)))
    if variant == "no secure_delete":  # what overwriting freed space costs (erasure)
        event.listen(engine, "connect",
                     lambda connection, _record: connection.execute("PRAGMA secure_delete = OFF"))
    db.migrate(engine)
    return Store(folder, engine)


def decrypt_copy(source: Path, target: Path) -> None:
    """``target``: a plain copy of the encrypted folder ``source``."""
    target.mkdir(parents=True)
    key = cipher.folder_key(source)
    connection = cipher.connect(source / "lookingbeyond.sqlite3", key)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target / "lookingbeyond.sqlite3"),))
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()


def measure(folder: Path, variant: str, ids: list[str], seed: int) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {"open": [], "cold": [], "search": [], "burst": [],
                                       "one": [], "check": [], "backup": []}
    for _ in range(30):
        started = time.perf_counter()
        store = open_variant(folder, variant)
        with store.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1 FROM replica").scalar()
        figures["open"].append((time.perf_counter() - started) * 1000)
        store.close()
    store = open_variant(folder, variant)
    try:
        with store.engine.connect() as connection:
            for query in QUERIES:
                for run in range(21):
                    started = time.perf_counter()
                    search_organizations(connection, query, limit=50)
                    took = (time.perf_counter() - started) * 1000
                    # The first run of each query reads its pages from the file (decrypting
                    # them, when encrypted); the next 20 find them in the connection's cache.
                    figures["cold" if run == 0 else "search"].append(took)
        rng = random.Random(seed)
        started = time.perf_counter()
        for n in range(1000):
            with store.write(author="bench") as writer:
                writer.update("organizations", rng.choice(ids), {"notes": f"burst {seed} {n}"})
        figures["burst"].append(time.perf_counter() - started)
        started = time.perf_counter()
        with store.write(author="bench") as writer:
            for n in range(1000):
                writer.update("organizations", rng.choice(ids), {"notes": f"one {seed} {n}"})
        figures["one"].append(time.perf_counter() - started)
    finally:
        store.close()
    # The whole file read: the integrity check the window runs at start, and a backup (SQLite's
    # online backup API into a new file, encrypted with the same key when the store is).
    database = folder / "lookingbeyond.sqlite3"
    key = None if variant == "plain" else cipher.folder_key(folder)
    connection = sqlite3.connect(database) if key is None else cipher.connect(database, key)
    started = time.perf_counter()
    connection.execute("PRAGMA quick_check").fetchall()
    figures["check"].append(time.perf_counter() - started)
    copy_path = folder / f"copy-{seed}.sqlite3"
    copy = sqlite3.connect(copy_path) if key is None else cipher.connect(copy_path, key)
    started = time.perf_counter()
    connection.backup(copy)
    figures["backup"].append(time.perf_counter() - started)
    copy.close()
    connection.close()
    copy_path.unlink()
    return figures


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orgs", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, load "
          f"{os.getloadavg()[0]:.1f}, SQLCipher {cipher.dbapi().sqlite_version}")
    work = Path(tempfile.mkdtemp(prefix="bench-cipher-"))
    try:
        encrypted, plain = work / "encrypted", work / "plain"
        started = time.perf_counter()
        with Store.open(encrypted) as store:
            generate(store, organizations=args.orgs, seed=1)
            with store.engine.connect() as connection:
                ids = list(connection.execute(text("SELECT id FROM organizations")).scalars())
        decrypt_copy(encrypted, plain)
        print(f"data: {args.orgs:,} organizations ({time.perf_counter() - started:.0f} s to make); "
              f"encrypted file {(encrypted / 'lookingbeyond.sqlite3').stat().st_size / 2**20:.1f} MiB, "
              f"plain {(plain / 'lookingbeyond.sqlite3').stat().st_size / 2**20:.1f} MiB")
        totals: dict[str, dict[str, list[float]]] = {"plain": {}, "encrypted": {},
                                                     "no secure_delete": {}}
        for round_ in range(args.rounds):
            for variant, folder in (("plain", plain), ("encrypted", encrypted),
                                    ("no secure_delete", encrypted)):
                for name, values in measure(folder, variant, ids, round_).items():
                    totals[variant].setdefault(name, []).extend(values)
        rows = [
            ("open (engine, schema check, first query)", "open", "ms", statistics.median),
            ("search, first run of a query after opening", "cold", "ms", statistics.median),
            ("search again (pages cached), median", "search", "ms", statistics.median),
            ("search again (pages cached), p95", "search", "ms", p95),
            ("1,000 edits, one transaction each", "burst", "s", statistics.median),
            ("1,000 edits in one transaction", "one", "s", statistics.median),
            ("quick_check of the whole file", "check", "s", statistics.median),
            ("backup of the whole file (online backup API)", "backup", "s", statistics.median),
        ]
        print(f"\n{'':44} {'plain':>10} {'encrypted':>10} {'ratio':>7} {'no s_d':>10} {'s_d cost':>8}")
        for label, key, unit, how in rows:
            a, b = how(totals["plain"][key]), how(totals["encrypted"][key])
            c = how(totals["no secure_delete"][key])
            print(f"{label:44} {a:>8.2f}{unit:>2} {b:>8.2f}{unit:>2} {b / a:>7.2f} "
                  f"{c:>8.2f}{unit:>2} {b / c:>8.2f}")
        print("\nencrypted: the store as it runs (secure_delete on, store/cipher.py); no s_d: the "
              "same encrypted file with secure_delete off; s_d cost: encrypted / no s_d.")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
