"""Benchmark of headquarters' storage (issue 15, item 2): bytes per record on SQLite and on
PostgreSQL, against the compressed JSON export of the same region.

    .venv/bin/python bench/bench_storage.py [--orgs 50000] [--cache DIR]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

The region is the one of bench/bench_first_sync.py: a device that ran
``demo.generate(organizations=N, seed=3)`` pushed everything to a real headquarters on
SQLite.  ``--cache DIR`` starts from a copy of ``DIR/hq-<N>.db`` when it is there (the file
itself is never opened for writing); without it, or when it is missing, the region is built
(minutes; with ``--cache`` it is kept there for next time).

1. SQLite: the file before and after ``VACUUM``; bytes per table and per index (the ``dbstat``
   virtual table; without it, each b-tree rebuilt alone in a scratch file and its pages
   counted); the bytes of each text column; bytes per record.
2. PostgreSQL (``--database-url``): a fresh database ``lb_storage_<random>`` next to the one
   given (dropped at the end, also on failure), its schema made by the project's own
   ``init_database``, every table copied with ``COPY`` in chunks, ``VACUUM ANALYZE``, then
   ``pg_total_relation_size`` / ``pg_relation_size`` / TOAST / ``pg_indexes_size`` per table,
   each index, the columns' average widths (``pg_stats``); the indexes again after ``REINDEX``
   (how much of them is the fill that inserts in arrival order leave).
3. The yardstick: the JSON export of the same data, one object per record
   ``{"table", "id", "fields"}`` per line, written from headquarters' ``records.data`` (the
   records' current values), plain and gzip at levels 6 and 9.
4. The ratio storage / compressed export against the goal (at most 3 times).
5. Probes for what would meet it (measured; nothing of the product changed): the files
   compressed by 128 KiB blocks (what a compressing filesystem would keep), and a compact
   layout (:class:`Compact`: integer row ids, 16-byte ids, interned names, one version per
   record, ``data`` compressed record by record with a preset dictionary per table, scope
   keys as integers) built from the same rows in a scratch SQLite file and in a schema of
   the throw-away PostgreSQL database.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import shutil
import sqlite3
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import machine  # noqa: E402
from sync.server.schema import (VERSIONS_NUMBERED, VERSIONS_ONE, decode_versions, id_read, table_read, unpack_rids,  # noqa: E402
                                unpack_keys, unpack_versions)

GOAL = 3.0  # storage at most three times the compressed JSON export
CHUNK = 20_000  # rows read from SQLite per fetch while copying to PostgreSQL
BIG_TABLES = ("records", "row_keys", "refs", "ref_lists", "changelog")  # row_keys: before 0013; refs: before 0031
MiB = 2**20
SMALL_PG = 256 * 1024  # PostgreSQL tables and indexes below this are summed in one line


def load() -> str:
    """The load averages (1, 5, 15 minutes)."""
    with contextlib.suppress(OSError):
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return "unknown"


def mib(size: float) -> str:
    return f"{size / MiB:,.1f} MiB"


# -- the region -------------------------------------------------------------------------------


def migrate(path: Path) -> None:
    """Bring a cached headquarters (built by older code) to this code's schema, as a server
    upgrade does, printing how long the migrations took."""
    from lookingbeyond_desktop.domain.registry import REGISTRY
    from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine

    engine = make_engine(f"sqlite:///{path}")
    try:
        was = current_revision(engine)
        if was == SCHEMA_HEAD:
            return
        started = time.perf_counter()
        init_database(engine, REGISTRY)
        print(f"  migrated from {was} to {SCHEMA_HEAD}: {time.perf_counter() - started:.1f} s")
    finally:
        engine.dispose()


def region_file(args: argparse.Namespace, folder: Path) -> Path:
    """A SQLite headquarters holding the region, in ``folder`` (a copy of the cached one, or
    built now with bench_first_sync's functions)."""
    copy = folder / "hq.db"
    cached = Path(args.cache) / f"hq-{args.orgs}.db" if args.cache else None
    if cached is not None and cached.exists():
        started = time.perf_counter()
        shutil.copyfile(cached, copy)
        wal = Path(f"{cached}-wal")  # changes not yet checkpointed into the file, if any
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, f"{copy}-wal")
        print(f"  region: a copy of {cached} ({time.perf_counter() - started:.1f} s)")
        migrate(copy)
        return copy
    import bench_first_sync

    print(f"  region: building {args.orgs:,} organizations (minutes)"
          + (f"; kept as {cached}" if cached is not None else ""))
    build = argparse.Namespace(orgs=args.orgs, database_url=None, cache=args.cache, push_only=False,
                               spy=None)
    with bench_first_sync.region(build, folder):
        pass  # the server stops here; its SQLite file stays in the folder
    return copy


# -- SQLite -----------------------------------------------------------------------------------


@dataclass
class Btree:
    name: str
    table: str
    index: bool
    size: int


@dataclass
class SqliteFigures:
    before: int
    after: int
    btrees: list[Btree]
    how: str
    rows: dict[str, int]
    columns: dict[str, dict[str, int]] = field(default_factory=dict)
    before_btrees: dict[str, int] = field(default_factory=dict)


def file_size(path: Path) -> int:
    """The database file with its WAL and shared memory, if any."""
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
               if p.exists())


def has_dbstat(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("SELECT count(*) FROM dbstat WHERE name = 'sqlite_schema'").fetchone()
    except sqlite3.OperationalError:
        return False
    return True


def sqlite_btrees(path: Path, *, use_dbstat: bool = True) -> tuple[list[Btree], str]:
    """Bytes of every table and index of the file, largest first, and how they were found."""
    connection = sqlite3.connect(path)
    try:
        objects = {name: (kind, table) for kind, name, table in connection.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")}
        if use_dbstat and has_dbstat(connection):
            sizes = dict(connection.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"))
            how = "dbstat"
        else:
            sizes = _btrees_rebuilt(connection, path.parent / "scratch.db", objects)
            how = ("no dbstat in this sqlite3: each table copied alone into a scratch file, "
                   "its indexes made there, pages counted (PRAGMA page_count); a table's figure "
                   "includes the indexes its constraints make")
    finally:
        connection.close()
    btrees = [Btree(name, objects.get(name, ("table", name))[1], objects.get(name, ("table",))[0]
                    == "index", int(size)) for name, size in sizes.items()]
    return sorted(btrees, key=lambda b: -b.size), how


def _btrees_rebuilt(connection: sqlite3.Connection, scratch: Path,
                    objects: dict[str, tuple[str, str]]) -> dict[str, int]:
    """Without dbstat: the pages of each table (with the indexes its constraints make) and of
    each of its other indexes, rebuilt alone in a scratch file (packed, like after VACUUM)."""
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    sizes: dict[str, int] = {}
    tables = [name for name, (kind, _) in objects.items()
              if kind == "table" and not name.startswith("sqlite_")]
    for table in tables:
        sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        scratch.unlink(missing_ok=True)
        connection.execute("ATTACH DATABASE ? AS scratch", (str(scratch),))
        try:
            connection.execute(f"PRAGMA scratch.page_size = {page_size}")
            connection.execute(re.sub(r"^CREATE TABLE\s+", "CREATE TABLE scratch.", sql, count=1))
            connection.execute(f'INSERT INTO scratch."{table}" SELECT * FROM main."{table}"')
            connection.commit()
            pages = connection.execute("PRAGMA scratch.page_count").fetchone()[0]
            sizes[table] = (pages - 1) * page_size  # less the schema's page
            for name, index_sql in connection.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                    "AND sql IS NOT NULL", (table,)).fetchall():
                connection.execute(re.sub(r"^CREATE (UNIQUE )?INDEX\s+", r"CREATE \1INDEX scratch.",
                                          index_sql, count=1))
                connection.commit()
                now = connection.execute("PRAGMA scratch.page_count").fetchone()[0]
                sizes[name], pages = (now - pages) * page_size, now
        finally:
            connection.execute("DETACH DATABASE scratch")
            scratch.unlink(missing_ok=True)
    return sizes


def table_rows(connection: sqlite3.Connection) -> dict[str, int]:
    names = [n for (n,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def column_bytes(connection: sqlite3.Connection, table: str) -> dict[str, int]:
    """The bytes each column's values take as text (integers as their digits)."""
    columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    sums = connection.execute("SELECT " + ", ".join(
        f'COALESCE(SUM(LENGTH(CAST("{c}" AS BLOB))), 0)' for c in columns)
        + f' FROM "{table}"').fetchone()
    return dict(zip(columns, sums))


def measure_sqlite(path: Path, *, use_dbstat: bool) -> SqliteFigures:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_size(path)
    btrees_before, how = sqlite_btrees(path, use_dbstat=use_dbstat)
    started = time.perf_counter()
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = table_rows(connection)
        columns = {t: column_bytes(connection, t) for t in BIG_TABLES if t in rows}
    print(f"  VACUUM: {time.perf_counter() - started:.1f} s")
    after = file_size(path)
    btrees, _ = sqlite_btrees(path, use_dbstat=use_dbstat)
    return SqliteFigures(before, after, btrees, how, rows, columns,
                         {b.name: b.size for b in btrees_before})


def print_sqlite(figures: SqliteFigures, records: int) -> None:
    print(f"\nSQLite: file {mib(figures.before)} before VACUUM, {mib(figures.after)} after "
          f"({figures.after / records:,.0f} B per record row; {records:,} records); "
          f"per b-tree from {figures.how}")
    before = figures.before_btrees
    print(f"  {'b-tree':<38}{'kind':<7}{'rows':>11}{'before':>12}{'after':>12}{'B/row':>8}"
          f"{'B/record':>10}{'share':>7}")
    for b in figures.btrees:
        if b.size <= 8192:
            continue
        rows = figures.rows.get(b.table, 0)
        print(f"  {b.name:<38}{'index' if b.index else 'table':<7}{rows:>11,}"
              f"{mib(before.get(b.name, 0)):>12}{mib(b.size):>12}"
              f"{(b.size / rows if rows else 0):>8,.0f}{b.size / records:>10,.0f}"
              f"{b.size / figures.after:>7.1%}")
    small = [b for b in figures.btrees if b.size <= 8192]
    print(f"  ({len(small)} small b-trees of one or two pages: {mib(sum(b.size for b in small))})")
    by_table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for b in figures.btrees:
        by_table[b.table][b.index] += b.size
    print(f"  per table, after VACUUM:  {'table':>10}{'indexes':>12}{'total':>12}{'B/record':>10}")
    for table, (data, indexes) in sorted(by_table.items(), key=lambda kv: -sum(kv[1]))[:6]:
        print(f"    {table:<22}{mib(data):>12}{mib(indexes):>12}{mib(data + indexes):>12}"
              f"{(data + indexes) / records:>10,.0f}")
    print("  text in the big tables' columns (bytes as stored, no headers or b-tree overhead):")
    for table in BIG_TABLES:
        sums = figures.columns.get(table)
        if not sums:
            continue
        rows = figures.rows[table]
        parts = ", ".join(f"{c} {mib(n)} ({n / rows:,.0f}/row)" for c, n in sums.items())
        print(f"    {table} ({rows:,} rows): {parts}")


# -- PostgreSQL -------------------------------------------------------------------------------


@dataclass
class PgTable:
    name: str
    rows: int
    total: int
    heap: int
    toast: int
    indexes: int
    indexes_rebuilt: int = 0


@dataclass
class PgFigures:
    tables: list[PgTable]
    index_sizes: dict[str, tuple[str, int, int]]  # index -> (table, size, size after REINDEX)
    widths: dict[str, list[tuple[str, int]]]
    database: int
    copy_seconds: float
    blocks: tuple[int, int] | str = "not measured"
    compact: list[tuple[str, str, int]] = field(default_factory=list)
    compact_blocks: tuple[int, int] | str = "not measured"
    filesystem: FilesystemModel | None = None


def copy_to_postgres(sqlite_path: Path, url: str) -> float:
    """The project's schema in the database at ``url``, then every table of the SQLite file
    copied into it (COPY, in chunks); the seconds the copy took."""
    from sqlalchemy import Boolean

    from lookingbeyond_desktop.headquarters import domain
    from sync.server.database import init_database, make_engine
    from sync.server.schema import metadata

    engine = make_engine(url)
    try:
        registry, _validator = domain()
        init_database(engine, registry)
        source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
        present = {n for (n,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        started = time.perf_counter()
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            if driver is None:
                raise SystemExit("no psycopg connection under SQLAlchemy's")
            cursor = driver.cursor()
            for table in reversed(metadata.sorted_tables):  # rows the migrations wrote (counter)
                cursor.execute(f'DELETE FROM "{table.name}"')
            for table in metadata.sorted_tables:
                if table.name not in present:
                    continue
                have = {row[1] for row in source.execute(f'PRAGMA table_info("{table.name}")')}
                columns = [c for c in table.columns if c.name in have]
                flags = [isinstance(c.type, Boolean) for c in columns]
                names = ", ".join(f'"{c.name}"' for c in columns)
                rows = source.execute(f'SELECT {names} FROM "{table.name}"')
                with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                    while chunk := rows.fetchmany(CHUNK):
                        for row in chunk:
                            copy.write_row([bool(v) if flag and v is not None else v
                                            for v, flag in zip(row, flags)])
                raw.commit()
            cursor.close()
        finally:
            raw.close()
            source.close()
        return time.perf_counter() - started
    finally:
        engine.dispose()


SIZES = """
SELECT c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid), pg_relation_size(c.oid),
       COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0), pg_indexes_size(c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind = 'r'
"""
INDEXES = """
SELECT i.relname, t.relname, pg_relation_size(i.oid)
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'
"""


def measure_postgres(sqlite_path: Path, base_url: str, compact: Compact | None) -> PgFigures:
    from sqlalchemy import create_engine, text

    from tests.sync.pg import throwaway_database

    with throwaway_database(base_url, prefix="lb_storage") as url:
        print(f"  PostgreSQL: fresh database {url.rsplit('/', 1)[-1]}")
        copy_seconds = copy_to_postgres(sqlite_path, url)
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                started = time.perf_counter()
                connection.execute(text("VACUUM ANALYZE"))
                print(f"  VACUUM ANALYZE: {time.perf_counter() - started:.1f} s")
                tables = [PgTable(*row) for row in connection.execute(text(SIZES))]
                for table in tables:  # reltuples is an estimate; the bench wants the count
                    table.rows = connection.execute(text(f'SELECT count(*) FROM "{table.name}"')).scalar_one()
                indexes = {name: (table, size) for name, table, size in connection.execute(text(INDEXES))}
                widths: dict[str, list[tuple[str, int]]] = {}
                for table_name in BIG_TABLES:
                    widths[table_name] = [tuple(r) for r in connection.execute(text(
                        "SELECT attname, avg_width FROM pg_stats WHERE schemaname = 'public' "
                        "AND tablename = :t ORDER BY attname"), {"t": table_name})]
                database = connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
                started = time.perf_counter()
                filesystem = FilesystemModel()
                blocks = postgres_blocks(url, model=filesystem)
                print(f"  files read back and compressed by blocks: {time.perf_counter() - started:.1f} s")
                started = time.perf_counter()
                for table in tables:
                    if table.rows:
                        connection.execute(text(f'REINDEX TABLE "{table.name}"'))
                print(f"  REINDEX: {time.perf_counter() - started:.1f} s")
                rebuilt = {name: size for name, _t, size in connection.execute(text(INDEXES))}
                for table in tables:
                    table.indexes_rebuilt = connection.execute(
                        text("SELECT pg_indexes_size(CAST(:t AS regclass))"), {"t": table.name}).scalar_one()
        finally:
            engine.dispose()
        compact_sizes: list[tuple[str, str, int]] = []
        compact_blocks: tuple[int, int] | str = "not measured"
        if compact is not None:
            started = time.perf_counter()
            compact_sizes = compact_postgres(compact, url)
            compact_blocks = postgres_blocks(url, "compact")
            print(f"  the compact layout copied and indexed: {time.perf_counter() - started:.1f} s")
    index_sizes = {name: (table, size, rebuilt.get(name, 0)) for name, (table, size) in indexes.items()}
    return PgFigures(sorted(tables, key=lambda t: -t.total), index_sizes, widths, database,
                     copy_seconds, blocks, compact_sizes, compact_blocks,
                     filesystem if isinstance(blocks, tuple) else None)


def print_postgres(figures: PgFigures, records: int) -> int:
    total = sum(t.total for t in figures.tables)
    print(f"\nPostgreSQL: the project's tables {mib(total)} after VACUUM ANALYZE "
          f"({total / records:,.0f} B per record row); the whole database {mib(figures.database)} "
          f"(with the system catalogs); copied by COPY in {figures.copy_seconds:.1f} s")
    print(f"  {'table':<16}{'rows':>11}{'total':>12}{'heap':>12}{'TOAST':>11}{'indexes':>12}"
          f"{'B/row':>8}{'B/record':>10}{'share':>7}{'idx REINDEXed':>15}")
    for t in figures.tables:
        if t.total < SMALL_PG:
            continue
        print(f"  {t.name:<16}{t.rows:>11,}{mib(t.total):>12}{mib(t.heap):>12}{mib(t.toast):>11}"
              f"{mib(t.indexes):>12}{(t.total / t.rows if t.rows else 0):>8,.0f}"
              f"{t.total / records:>10,.0f}{t.total / total:>7.1%}{mib(t.indexes_rebuilt):>15}")
    small = [t for t in figures.tables if t.total < SMALL_PG]
    print(f"  ({len(small)} small tables: {mib(sum(t.total for t in small))})")
    print(f"  {'index':<34}{'table':<12}{'size':>12}{'B/row':>8}{'after REINDEX':>15}")
    rows = {t.name: t.rows for t in figures.tables}
    for name, (table, size, rebuilt) in sorted(figures.index_sizes.items(), key=lambda kv: -kv[1][1]):
        if size < SMALL_PG:
            continue
        print(f"  {name:<34}{table:<12}{mib(size):>12}{size / max(rows.get(table, 1), 1):>8,.0f}"
              f"{mib(rebuilt):>15}")
    rebuilt_total = total - sum(t.indexes - t.indexes_rebuilt for t in figures.tables)
    print(f"  total with every index rebuilt (REINDEX): {mib(rebuilt_total)} "
          f"({rebuilt_total / records:,.0f} B per record row)")
    print("  average stored width of the columns (pg_stats.avg_width, bytes):")
    for table, widths in figures.widths.items():
        print(f"    {table}: " + ", ".join(f"{name} {width}" for name, width in widths))
    if isinstance(figures.blocks, tuple):
        plain, packed = figures.blocks
        print(f"  its files compressed by 128 KiB blocks (zlib -6, as a compressing filesystem "
              f"would): {mib(plain)} -> {mib(packed)} ({packed / records:,.0f} B per record row)")
    else:
        print(f"  its files compressed by blocks: {figures.blocks}")
    return total


# -- the yardstick: the JSON export -----------------------------------------------------------


@dataclass
class Export:
    records: int
    plain: int
    gzip6: int
    gzip9: int
    per_table: dict[str, int]


def data_text(stored: str | bytes) -> str:
    """A record's values as JSON text, from what ``records.data`` holds: the text itself
    before migration 0015, the packed form since (``sync/server/packing.py``)."""
    from sync.server import packing

    return stored if isinstance(stored, str) else packing.unpack_text(stored).decode("utf-8", "surrogatepass")


def stored_versions(stored: str | bytes, devices: dict[int, str]) -> dict[str, Any]:
    """A record's versions in their packed form, from what ``records.versions`` holds: JSON
    text before migration 0021, the binary form since (``schema.decode_versions``); a
    version's device by its number since 0029 (``devices``: ``log_devices``, number -> id)."""
    from sync.server import packing

    if isinstance(stored, str):
        return json.loads(stored)
    if stored[:1] == bytes((VERSIONS_NUMBERED,)):  # as one version by device id (VERSIONS_ONE)
        number, _end = packing.read_varint(stored, 9)
        stored = bytes((VERSIONS_ONE,)) + stored[1:9] + bytes.fromhex(devices[number])
    return decode_versions(stored)


def read_only(path: Path) -> sqlite3.Connection:
    """headquarters' SQLite file opened to read, with ``lb_id(id)``: a record id as text
    whatever its stored form (bytes since migration 0023), and ``lb_keys(scope_keys)``: the
    keys as text with every id in full (shorter since 0022), and ``lb_table(tbl)``: a table's
    name whatever its stored form (a byte since 0024)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.create_function("lb_id", 1, lambda value: id_read(value) if isinstance(value, bytes) else value,
                               deterministic=True)
    connection.create_function("lb_table", 1, lambda value: table_read(value) if isinstance(value, bytes) else value,
                               deterministic=True)
    connection.create_function("lb_keys", 1, lambda stored: " ".join(sorted(unpack_keys(stored))),
                               deterministic=True)
    return connection


def json_export(path: Path) -> Export:
    """The records' current values as JSON lines, counted plain and gzip-compressed."""
    six, nine = zlib.compressobj(6, zlib.DEFLATED, 31), zlib.compressobj(9, zlib.DEFLATED, 31)
    plain = gzip6 = gzip9 = count = 0
    per_table: Counter[str] = Counter()
    with contextlib.closing(read_only(path)) as connection:
        rows = connection.execute("SELECT lb_table(tbl) AS name, lb_id(id), data FROM records ORDER BY name, id")
        while chunk := rows.fetchmany(CHUNK):
            # ``data`` is the JSON headquarters wrote (orjson's compact text), packed since
            # migration 0015 (the text again by data_text)
            lines = [f'{{"table": {json.dumps(t)}, "id": {json.dumps(i)}, "fields": {data_text(d)}}}\n'
                     for t, i, d in chunk]
            for (table, _i, _d), line in zip(chunk, lines):
                per_table[table] += len(line.encode())
            block = "".join(lines).encode()
            plain += len(block)
            gzip6 += len(six.compress(block))
            gzip9 += len(nine.compress(block))
            count += len(chunk)
    gzip6 += len(six.flush())
    gzip9 += len(nine.flush())
    return Export(count, plain, gzip6, gzip9, dict(per_table))


# -- probes for a layout that fits ------------------------------------------------------------

BLOCK = 128 * 1024  # a compressing filesystem's record (ZFS's default recordsize)


def blocks_compressed(chunks: Any) -> tuple[int, int]:
    """Bytes read and their sum once each 128 KiB block is compressed alone (zlib -6): what a
    filesystem compressing its records (ZFS, btrfs) would keep of a database's files."""
    plain = packed = 0
    for block in chunks:
        plain += len(block)
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        packed += min(len(block), len(packer.compress(block) + packer.flush()))
    return plain, packed


SECTOR = 4096  # a filesystem's allocation unit (ZFS with ashift=12, btrfs)
RECORDS = (8 * 1024, 16 * 1024, BLOCK)  # recordsizes tried: PostgreSQL's page, twice it, ZFS's default


def filesystem_compressors() -> list[tuple[str, Any]]:
    """(name, compress) for the compressions a filesystem offers that this Python can run:
    gzip-6 always (zlib), lz4 and zstd-3 (ZFS's and btrfs's usual) with the ``bench`` extra
    (``.venv/bin/pip install -e '.[bench]'``)."""
    found: list[tuple[str, Any]] = [("gzip-6", lambda data: zlib.compress(data, 6))]
    with contextlib.suppress(ImportError):
        import lz4.block

        found.append(("lz4", lambda data: lz4.block.compress(data, store_size=False)))
    with contextlib.suppress(ImportError):
        import zstandard

        zstd = zstandard.ZstdCompressor(level=3)
        found.append(("zstd-3", zstd.compress))
    return found


class FilesystemModel:
    """What a compressing filesystem would allocate for files read through it in chunks of
    :data:`BLOCK` (each file's chunks in turn, from its start): each record of each size of
    :data:`RECORDS` compressed alone by each compressor, kept compressed only when that saves
    an eighth (ZFS's rule), rounded up to whole :data:`SECTOR` s either way."""

    def __init__(self) -> None:
        self.compressors = filesystem_compressors()
        self.plain = 0
        self.stored = {(record, name): 0 for record in RECORDS for name, _c in self.compressors}

    def add(self, chunk: bytes) -> None:
        self.plain += len(chunk)
        for record in RECORDS:
            for start in range(0, len(chunk), record):
                piece = chunk[start:start + record]
                raw = -(-len(piece) // SECTOR) * SECTOR
                for name, compress in self.compressors:
                    packed = -(-len(compress(piece)) // SECTOR) * SECTOR
                    self.stored[(record, name)] += packed if packed <= len(piece) * 7 // 8 else raw

    def feed(self, chunks: Any) -> Any:
        """``chunks`` passed on, each one added."""
        for chunk in chunks:
            self.add(chunk)
            yield chunk


def print_filesystem(title: str, model: FilesystemModel, export: Export) -> None:
    names = [name for name, _c in model.compressors]
    print(f"  {title}, {mib(model.plain)} of files (ZFS's rules: {SECTOR // 1024} KiB sectors, a record "
          f"kept compressed when that saves an eighth); x gzip -6 of the export:")
    print("    record  " + "".join(f"{name:>22}" for name in names))
    for record in RECORDS:
        cells = []
        for name in names:
            size = model.stored[(record, name)]
            cells.append(f"{mib(size)} ({size / export.gzip6:.2f}x)")
        print(f"    {record // 1024:>3} KiB " + "".join(f"{cell:>22}" for cell in cells))
    if len(names) < 3:
        print("    (lz4 and zstd: .venv/bin/pip install -e '.[bench]')")


def file_blocks(path: Path) -> Any:
    with path.open("rb") as stream:
        while block := stream.read(BLOCK):
            yield block


@dataclass
class Compact:
    """The rows of a compact layout (a proposal measured here, not the product's): an integer
    row id per record; ids as 16 bytes; table names, devices, users and field lists interned;
    one version (clock + device) per record with per-field exceptions only where they differ;
    ``data`` compressed record by record with zlib and a preset dictionary per table; scope
    keys as integers (``o:``/``p:`` keys: the record's row id; others interned)."""

    rec: list[list[Any]] = field(default_factory=list)  # rid tbl uid hlc dev versions keys parents data deleted
    keys: list[tuple[int, int]] = field(default_factory=list)  # key, rid
    refs: list[tuple[int, int]] = field(default_factory=list)  # parent, rid
    log: list[tuple[Any, ...]] = field(default_factory=list)  # seq rid fields dev user author at what changed
    names: list[tuple[int, str, bytes]] = field(default_factory=list)  # n, kind, value
    one_version: int = 0
    versions_stored: int = 0
    data_json: int = 0
    data_packed: int = 0
    positional_packed: int = 0  # the same values as a JSON array in field order, compressed alike


def as_array(data: str) -> bytes:
    """A record's values without their field names (the registry knows the order)."""
    return json.dumps(list(json.loads(data).values()), ensure_ascii=False).encode()


def compact_rows(path: Path, dictionary_bytes: int = 32_768) -> Compact:
    """The region's records, keys, references and change log in the compact layout."""
    import uuid
    from datetime import datetime

    interned: dict[tuple[str, str | bytes], int] = {}

    def intern(kind: str, value: str | bytes) -> int:
        return interned.setdefault((kind, value), len(interned) + 1)

    compact = Compact()
    rng = random.Random(15)
    with contextlib.closing(read_only(path)) as connection:
        dictionaries: dict[str, bytes] = {}
        positional: dict[str, bytes] = {}
        for (table,) in connection.execute("SELECT DISTINCT lb_table(tbl) FROM records").fetchall():
            rows = [data_text(d) for (d,) in connection.execute("SELECT data FROM records WHERE lb_table(tbl) = ?", (table,))]
            for kind, target in (("json", dictionaries), ("positional", positional)):
                picked, size = [], 0
                for data in rng.sample(rows, min(len(rows), 400)):
                    encoded = data.encode() if kind == "json" else as_array(data)
                    if size + len(encoded) > dictionary_bytes:
                        break
                    picked.append(encoded)
                    size += len(encoded)
                target[table] = b"".join(picked)
            intern("dictionary " + table, dictionaries[table])
        rid_of: dict[str, int] = {}
        devices = dict(connection.execute("SELECT n, device_id FROM log_devices").fetchall()) \
            if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'log_devices'").fetchone() else {}
        for rid, (table, record_id, stored, versions, deleted) in enumerate(connection.execute(
                "SELECT lb_table(tbl) AS name, lb_id(id), data, versions, deleted FROM records ORDER BY name, id"), 1):
            data = data_text(stored)
            rid_of[record_id] = rid
            compact.versions_stored += len(versions if isinstance(versions, bytes) else versions.encode())
            each = unpack_versions(stored_versions(versions, devices), json.loads(data))  # any stored form
            common, _ = Counter(each.values()).most_common(1)[0] if each else ("", 0)
            if len(common) == 48 and all(c in "0123456789abcdef" for c in common):
                hlc, device = int(common[:16], 16), intern("device", common[16:])
            else:
                hlc, device = 0, intern("device", common)
            others = {f: v for f, v in each.items() if v != common}
            compact.one_version += not others
            encoded = data.encode()
            packer = zlib.compressobj(6, zlib.DEFLATED, -15, zdict=dictionaries[table])
            packed = packer.compress(encoded) + packer.flush()
            compact.data_json += len(encoded)
            compact.data_packed += len(packed)
            packer = zlib.compressobj(6, zlib.DEFLATED, -15, zdict=positional[table])
            compact.positional_packed += len(packer.compress(as_array(data)) + packer.flush())
            try:
                uid = uuid.UUID(record_id).bytes
            except ValueError:
                uid = record_id.encode()
            compact.rec.append([rid, intern("table", table), uid, hlc, device,
                                json.dumps(others).encode() if others else None, [], [],
                                packed, bool(deleted)])

        def key_number(key: str) -> int:
            kind, _, rest = key.partition(":")
            if kind in ("o", "p") and rest in rid_of:
                return rid_of[rest] * 4 + (1 if kind == "o" else 2)
            return intern("key", key) * 4

        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'row_keys'").fetchone():
            held_keys = connection.execute("SELECT id, key FROM row_keys").fetchall()
        else:  # migration 0013: the keys in the records' own rows
            held_keys = [(record_id, key) for record_id, stored in connection.execute(
                "SELECT lb_id(id), lb_keys(scope_keys) FROM records") for key in stored.split()]
        for record_id, key in held_keys:
            rid, number = rid_of[record_id], key_number(key)
            compact.keys.append((number, rid))
            compact.rec[rid - 1][6].append(number)
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'ref_lists'").fetchone():
            id_of = dict(connection.execute("SELECT rid, lb_id(id) FROM records").fetchall())
            held_refs = [(id_of[parent], id_of[child]) for parent, stored in connection.execute(  # 0031: by parent
                "SELECT parent_rid, rids FROM ref_lists") for child in unpack_rids(stored)
                if parent in id_of and child in id_of]
        elif "parent_rid" in {row[1] for row in connection.execute("PRAGMA table_info(refs)")}:
            held_refs = connection.execute(  # migration 0018: by row id
                "SELECT lb_id(parent.id), lb_id(child.id) FROM refs JOIN records parent ON parent.rid = refs.parent_rid "
                "JOIN records child ON child.rid = refs.rid").fetchall()
        else:
            held_refs = connection.execute("SELECT parent_id, id FROM refs").fetchall()
        for parent_id, record_id in held_refs:
            compact.refs.append((rid_of[parent_id], rid_of[record_id]))
            compact.rec[rid_of[record_id] - 1][7].append(rid_of[parent_id])
        logged = {row[1] for row in connection.execute("PRAGMA table_info(changelog)")}
        by_row_id, numbered = "rid" in logged, "device_no" in logged  # migrations 0019, 0020
        for seq, record_id, fields, device, user, author, at, what, changed in connection.execute(
                "SELECT seq, " + ("lb_id(records.id)" if by_row_id else "id")
                + (", fields, device_no, " + ("user_no" if "user_no" in logged else "user_name") + ", author_no"
                   if numbered
                   else ", fields, device_id, user_name, author_device")
                + ", at, what, changed FROM changelog"
                + (" JOIN records ON records.rid = changelog.rid" if by_row_id else "")):
            if isinstance(at, str):
                moment: int | None = int(datetime.fromisoformat(at).timestamp() * 1000)
            else:
                moment = at * 1000 if at is not None else None
            device, author = (str(device), str(author) if author is not None else None) if numbered \
                else (device, author)
            compact.log.append((
                seq, rid_of.get(record_id) or intern("id", record_id),
                None if fields in (None, "null") else intern("fields", fields),
                intern("device", device), intern("user", str(user)) if user else None,  # a number since 0025
                intern("device", author) if author else None, moment,
                intern("what", str(what)) if what else None,  # a code since 0025
                intern("fields", changed) if changed else None))
    compact.keys.sort()
    compact.refs.sort()
    compact.names = [(n, kind, value if isinstance(value, bytes) else value.encode())
                     for (kind, value), n in interned.items()]
    return compact


COMPACT_SQLITE = """
CREATE TABLE names (n INTEGER PRIMARY KEY, kind TEXT NOT NULL, value BLOB NOT NULL);
CREATE TABLE rec (rid INTEGER PRIMARY KEY, tbl INTEGER NOT NULL, uid BLOB NOT NULL,
                  hlc INTEGER NOT NULL, dev INTEGER NOT NULL, versions BLOB, keys BLOB NOT NULL,
                  data BLOB NOT NULL, deleted INTEGER NOT NULL);
CREATE UNIQUE INDEX rec_uid ON rec (uid);
CREATE TABLE rec_key (key INTEGER NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (key, rid)) WITHOUT ROWID;
CREATE TABLE rec_ref (parent INTEGER NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (parent, rid)) WITHOUT ROWID;
CREATE TABLE log (seq INTEGER PRIMARY KEY, rid INTEGER NOT NULL, fields INTEGER, dev INTEGER NOT NULL,
                  user INTEGER, author INTEGER, at INTEGER, what INTEGER, changed INTEGER);
CREATE INDEX log_rid ON log (rid);
"""


def packed_ints(numbers: list[int]) -> bytes:
    from array import array

    return array("i", sorted(numbers)).tobytes()


def compact_sqlite(compact: Compact, path: Path) -> tuple[int, list[Btree]]:
    """The compact layout in a SQLite file (VACUUMed): its size and b-trees."""
    path.unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.executescript(COMPACT_SQLITE)
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO names VALUES (?, ?, ?)", compact.names)
        connection.executemany("INSERT INTO rec VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (
            (rid, tbl, uid, hlc, dev, versions, packed_ints(keys), data, int(deleted))
            for rid, tbl, uid, hlc, dev, versions, keys, _parents, data, deleted in compact.rec))
        connection.executemany("INSERT INTO rec_key VALUES (?, ?)", compact.keys)
        connection.executemany("INSERT INTO rec_ref VALUES (?, ?)", compact.refs)
        connection.executemany("INSERT INTO log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", compact.log)
        connection.execute("COMMIT")
        connection.execute("VACUUM")
    btrees, _how = sqlite_btrees(path)
    return file_size(path), btrees


COMPACT_POSTGRES = """
CREATE SCHEMA compact;
CREATE TABLE compact.names (n integer PRIMARY KEY, kind text NOT NULL, value bytea NOT NULL);
CREATE TABLE compact.rec (hlc bigint NOT NULL, rid integer NOT NULL, dev integer NOT NULL,
                          tbl smallint NOT NULL, deleted boolean NOT NULL, uid uuid NOT NULL,
                          keys integer[] NOT NULL, parents integer[], versions bytea,
                          data bytea NOT NULL);
CREATE TABLE compact.log (seq bigint NOT NULL, at bigint, rid integer NOT NULL, fields integer,
                          dev integer NOT NULL, "user" integer, author integer, changed integer,
                          what smallint);
"""
COMPACT_POSTGRES_INDEXES = """
ALTER TABLE compact.rec ADD CONSTRAINT rec_pk PRIMARY KEY (rid);
CREATE UNIQUE INDEX rec_uid ON compact.rec (uid);
CREATE INDEX rec_keys ON compact.rec USING gin (keys);
CREATE INDEX rec_parents ON compact.rec USING gin (parents);
ALTER TABLE compact.log ADD CONSTRAINT log_pk PRIMARY KEY (seq);
CREATE INDEX log_rid ON compact.log (rid);
"""


def compact_postgres(compact: Compact, url: str) -> list[tuple[str, str, int]]:
    """The compact layout in schema ``compact`` of the database at ``url`` (scope keys and
    parents as integer arrays with GIN indexes): (relation, kind, bytes) of each part."""
    import uuid

    import psycopg

    rows = []
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as db:
        db.execute(COMPACT_POSTGRES)
        with db.cursor() as cursor:
            with cursor.copy("COPY compact.names FROM STDIN") as copy:
                copy.set_types(["int4", "text", "bytea"])
                for row in compact.names:
                    copy.write_row((row[0], row[1], row[2]))
            with cursor.copy("COPY compact.rec FROM STDIN") as copy:
                copy.set_types(["int8", "int4", "int4", "int2", "bool", "uuid", "int4[]", "int4[]",
                                "bytea", "bytea"])
                for rid, tbl, uid, hlc, dev, versions, keys, parents, data, deleted in compact.rec:
                    copy.write_row((hlc, rid, dev, tbl, deleted, uuid.UUID(bytes=uid) if len(uid) == 16
                                    else uuid.uuid5(uuid.NAMESPACE_OID, uid.decode()),
                                    sorted(keys), sorted(parents) or None, versions, data))
            with cursor.copy("COPY compact.log (seq, rid, fields, dev, \"user\", author, at, what, "
                             "changed) FROM STDIN") as copy:
                copy.set_types(["int8", "int4", "int4", "int4", "int4", "int4", "int8", "int2", "int4"])
                for row in compact.log:
                    copy.write_row(row)
        for statement in COMPACT_POSTGRES_INDEXES.strip().splitlines():
            db.execute(statement)
        db.execute("VACUUM ANALYZE compact.rec, compact.log, compact.names")
        for name, kind, size in db.execute(
                "SELECT c.relname, c.relkind, CASE WHEN c.relkind = 'r' THEN "
                "pg_table_size(c.oid) ELSE pg_relation_size(c.oid) END FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'compact' "
                "AND c.relkind IN ('r', 'i') ORDER BY 3 DESC"):
            rows.append((name, "table" if kind == "r" else "index", int(size)))
    return rows


def postgres_blocks(url: str, schema: str = "public",
                    model: FilesystemModel | None = None) -> tuple[int, int] | str:
    """The files of a schema's tables (heap, TOAST, indexes) read back with
    ``pg_read_binary_file`` and compressed by 128 KiB blocks (and given to ``model``); a
    reason when not allowed."""
    import psycopg

    def chunks(db: Any, files: list[tuple[str, int]]) -> Any:
        for path, size in files:
            for offset in range(0, size, BLOCK):
                yield db.execute("SELECT pg_read_binary_file(%s, %s, %s)",
                                 (path, offset, min(BLOCK, size - offset))).fetchone()[0]

    try:
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"),
                             autocommit=True) as db:
            db.execute("CHECKPOINT")  # the pages COPY left in shared buffers, onto the files
            files = [(p, int(s)) for p, s in db.execute(
                "SELECT pg_relation_filepath(c.oid), pg_relation_size(c.oid) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'i', 't') "
                "AND (n.nspname = %(schema)s OR c.oid IN (SELECT reltoastrelid FROM pg_class x "
                "JOIN pg_namespace y ON y.oid = x.relnamespace WHERE y.nspname = %(schema)s) "
                "OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT "
                "reltoastrelid FROM pg_class x JOIN pg_namespace y ON y.oid = x.relnamespace "
                "WHERE y.nspname = %(schema)s)))", {"schema": schema})]
            if any(size >= 2**30 for _p, size in files):
                return "a relation of 1 GiB or more (several segment files): not read"
            read = chunks(db, files)
            return blocks_compressed(model.feed(read) if model is not None else read)
    except psycopg.Error as error:
        return f"not measured ({type(error).__name__}: {str(error).splitlines()[0]})"


def print_compact(compact: Compact, path: Path, btrees: list[Btree], postgres: PgFigures | None,
                  export: Export) -> None:
    size = file_size(path)
    records = len(compact.rec)
    print("\nthe compact layout (a proposal, measured on the same rows; see Compact):")
    print(f"  records whose fields all carry one version: {compact.one_version:,} of {records:,} "
          f"(versions as stored today {compact.versions_stored / records:,.0f} B/record)")
    print(f"  data compressed record by record (zlib -6, a 32 KiB preset dictionary per table): "
          f"{compact.data_json / records:,.0f} -> {compact.data_packed / records:,.0f} B/record "
          f"({compact.data_packed / compact.data_json:.0%})")
    print(f"  the values without field names (a JSON array in field order), compressed alike: "
          f"{compact.positional_packed / records:,.0f} B/record")
    print(f"  SQLite (after VACUUM): {mib(size)}, {size / records:,.0f} B per record, "
          f"{size / export.gzip6:.2f}x gzip -6 (goal {GOAL:.0f}x)")
    for b in btrees:
        if b.size > 8192:
            print(f"    {b.name:<14}{'index' if b.index else 'table':<7}{mib(b.size):>11}"
                  f"{b.size / records:>7,.0f} B/record")
    packed = blocks_compressed(file_blocks(path))[1]
    print(f"  the compact SQLite file compressed by 128 KiB blocks: {mib(packed)}, "
          f"{packed / records:,.0f} B per record, {packed / export.gzip6:.2f}x gzip -6")
    if postgres is not None and postgres.compact:
        total = sum(s for _n, _k, s in postgres.compact)
        print(f"  PostgreSQL (indexes made after the copy; heap with TOAST): {mib(total)}, "
              f"{total / records:,.0f} B per record, {total / export.gzip6:.2f}x gzip -6")
        for name, kind, part in postgres.compact:
            if part > SMALL_PG:
                print(f"    {name:<14}{kind:<7}{mib(part):>11}{part / records:>7,.0f} B/record")
        if isinstance(postgres.compact_blocks, tuple):
            packed = postgres.compact_blocks[1]
            print(f"  PostgreSQL's compact files compressed by 128 KiB blocks: {mib(packed)}, "
                  f"{packed / records:,.0f} B per record, {packed / export.gzip6:.2f}x gzip -6")


def records_in_blocks(path: Path, sizes: tuple[int, ...] = (64, 256)) -> list[tuple[int, int, int]]:
    """Records stored many to a row (a probe of the storage of its own that the goal on
    PostgreSQL would need; nothing of the product changed): each table's records in id
    order, ``N`` at a time, each its 16-byte id, its versions and scope keys as stored and
    its values' JSON text, deflated together (zlib -6).  (N, blocks, bytes) for each N.  On
    PostgreSQL such a block is one row whose body TOAST keeps in chunks of about 2 KB: a few
    per cent more than the bytes."""
    found = []
    with contextlib.closing(read_only(path)) as connection:
        rows = connection.execute(
            "SELECT tbl, id, data, versions, scope_keys FROM records ORDER BY tbl, id").fetchall()
    for size in sizes:
        total = blocks = 0
        table, block = None, []
        for tbl, record_id, data, versions, keys in [*rows, (None, b"", b"", b"", "")]:
            if block and (tbl != table or len(block) >= size):
                total += len(zlib.compress(b"".join(block), 6))
                blocks += 1
                block = []
            if tbl is None:
                break
            table = tbl
            block.append(bytes(record_id) + bytes(versions) + keys.encode() + b"\0"
                         + data_text(data).encode("utf-8", "surrogatepass") + b"\n")
        found.append((size, blocks, total))
    return found


def change_log_runs(path: Path) -> tuple[int, int]:
    """(entries, rows): how many entries the change log holds and in how many rows (a run of
    entries is one row since migration 0030: ``changelog.more``; a row an entry before)."""
    with contextlib.closing(read_only(path)) as connection:
        logged = {row[1] for row in connection.execute("PRAGMA table_info(changelog)")}
        more = "coalesce(more, 0) + 1" if "more" in logged else "1"
        entries, rows = connection.execute(f"SELECT sum({more}), count(*) FROM changelog").fetchone()
    return int(entries or 0), int(rows)


def print_blocks(path: Path, export: Export) -> None:
    records = export.records
    print("\nrecords many to a row (a probe: the storage of its own PostgreSQL would need for the "
          "goal; the records alone, the change log and references on top; bench_blocks.py builds the "
          "whole layout, with what finds the records, and times it):")
    for size, blocks, total in records_in_blocks(path):
        print(f"  {size} records a block: {blocks:,} blocks, {mib(total)}, {total / records:,.0f} B/record, "
              f"{total / export.gzip6:.2f}x gzip -6")
    entries, rows = change_log_runs(path)
    print(f"  the change log's {entries:,} entries are {rows:,} rows (runs of entries alike whose sequence "
          f"numbers and row ids follow on: migration 0030)")


# -- main -------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orgs", type=int, default=50_000, help="organizations in the region")
    parser.add_argument("--cache", default=None, help="a folder keeping built SQLite regions "
                        "(hq-<orgs>.db; copied, never written)")
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL URL to create a fresh database next to (default: "
                             "SQLite only)")
    parser.add_argument("--no-dbstat", action="store_true",
                        help="count SQLite's b-trees without dbstat (the fallback), to check it")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    print(f"machine: {machine()}; SQLite {sqlite3.sqlite_version}")
    print(f"load: {load()}")
    folder = Path(tempfile.mkdtemp(prefix="lbd-bench-storage-"))
    try:
        path = region_file(args, folder)
        export = json_export(path)
        records = export.records
        sqlite_figures = measure_sqlite(path, use_dbstat=not args.no_dbstat)
        print_sqlite(sqlite_figures, records)
        sqlite_filesystem = FilesystemModel()
        sqlite_blocks = blocks_compressed(sqlite_filesystem.feed(file_blocks(path)))
        print(f"  the file compressed by 128 KiB blocks (zlib -6, as a compressing filesystem "
              f"would): {mib(sqlite_blocks[1])} ({sqlite_blocks[1] / records:,.0f} B per record row)")
        started = time.perf_counter()
        compact = compact_rows(path)
        _size, compact_btrees = compact_sqlite(compact, folder / "compact.db")
        print(f"\n  the compact layout built (SQLite): {time.perf_counter() - started:.1f} s")
        postgres = None
        if args.database_url and args.database_url.startswith("postgres"):
            print(f"\n  load before PostgreSQL: {load()}")
            postgres = measure_postgres(path, args.database_url, compact)
            print_postgres(postgres, records)
        print(f"\nyardstick: the JSON export of the {records:,} records' current values, one "
              "object per record {\"table\", \"id\", \"fields\"} per line, written from "
              "headquarters' records.data (the desktop's export_json reads a device store, "
              "not headquarters; not used)")
        print(f"  plain {mib(export.plain)} ({export.plain / records:,.0f} B/record); "
              f"gzip -6 {mib(export.gzip6)} ({export.gzip6 / records:,.0f} B/record); "
              f"gzip -9 {mib(export.gzip9)} ({export.gzip9 / records:,.0f} B/record)")
        print("  plain per table: " + ", ".join(
            f"{t} {mib(n)}" for t, n in sorted(export.per_table.items(), key=lambda kv: -kv[1])))
        print(f"\nratio storage / compressed export (goal: at most {GOAL:.0f}x, i.e. "
              f"{mib(GOAL * export.gzip6)} against gzip -6):")
        storages = [("SQLite after VACUUM", sqlite_figures.after),
                    ("SQLite before VACUUM", sqlite_figures.before)]
        if postgres is not None:
            storages.append(("PostgreSQL (tables + indexes + TOAST)",
                             sum(t.total for t in postgres.tables)))
            storages.append(("PostgreSQL, every index rebuilt", sum(
                t.total - t.indexes + t.indexes_rebuilt for t in postgres.tables)))
        storages.append(("SQLite file on a compressing filesystem", sqlite_blocks[1]))
        if postgres is not None and isinstance(postgres.blocks, tuple):
            storages.append(("PostgreSQL on a compressing filesystem", postgres.blocks[1]))
        for name, size in storages:
            print(f"  {name:<40}{mib(size):>12}  {size / export.gzip6:>6.2f}x gzip -6, "
                  f"{size / export.gzip9:>6.2f}x gzip -9, {size / export.plain:>5.2f}x plain")
        print("\non a compressing filesystem, record by record:")
        print_filesystem("SQLite's file after VACUUM", sqlite_filesystem, export)
        if postgres is not None and postgres.filesystem is not None:
            print_filesystem("PostgreSQL's tables, TOAST and indexes", postgres.filesystem, export)
        print_compact(compact, folder / "compact.db", compact_btrees, postgres, export)
        print_blocks(path, export)
    finally:
        if args.keep:
            print(f"\nkept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
        print(f"load after: {load()}")


if __name__ == "__main__":
    main()
