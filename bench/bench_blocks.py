"""A probe of records stored many to a row, with everything that finds them (issue 15, item 2):
what headquarters would hold on SQLite and on PostgreSQL if it kept its records in blocks,
against the compressed JSON export, and what finding and editing records would cost.

    .venv/bin/python bench/bench_blocks.py [--orgs 50000] [--cache DIR]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test] [--size 64]

``bench_storage.py`` measured the blocks' bodies alone (33.5 MiB on the 50,000-organization
region) and left out what a server needs beside them: a record found by its id, the
children of a parent (re-keying, merges), the records a scope holds (pulls, snapshots).  This
probe builds all of it from the same rows, measures it and times the reads and writes a push
and a pull would make (records by id, edits, a parent's children, a Kenyan field laptop's
first 1,000 records in log order and its whole scope), beside the product's own tables and
statements in the same database; nothing of the product changes.

The layout probed (:func:`blocks_of`):

* the records in row id order (the order of the change log, migration 0030), a block every
  ``--size`` records or where the table changes; a record keeps its row id;
* a block's body: each record's 16-byte id, its stored versions, its scope keys as varints
  (a country's key interned, an ``o:``/``p:`` key as the named record's row id), its deleted
  flag and its values laid out (``packing.pack_laid_out``, uncompressed), the whole deflated
  with ``packing.DICTIONARY`` preset (zlib -6);
* PostgreSQL: one row a block, ``(bno, tbl, rid_from, ids bigint[], parents bigint[], keys
  bigint[], body bytea)``: each id's first 8 bytes, the row ids of the parents its records
  name (``ref_lists``) and its records' keys, each array with a GIN index; the primary key;
* SQLite: ``blk(bno INTEGER PRIMARY KEY, tbl, rid_from, body)``, ``blk_id(id, rid)``,
  ``blk_ref(parent, rid)`` and ``blk_key(key, bno)``, the last three ``WITHOUT ROWID``;
* the change log as it is (runs, migration 0030), counted from the product's own tables.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_storage import (GOAL, copy_to_postgres, json_export, load, machine, mib, read_only,  # noqa: E402
                           region_file)
from sync.server import packing  # noqa: E402
from sync.server.schema import KEY_UUID_MARK, unpack_rids  # noqa: E402

LOOKUPS = 500  # records a push reads by id at a time (service._stored_records)
EDITS = 100  # records edited by one push in the timing
REPEATS = 7


@dataclass
class Block:
    bno: int
    tbl: int
    rid_from: int
    rids: list[int] = field(default_factory=list)
    ids: list[bytes] = field(default_factory=list)
    parents: set[int] = field(default_factory=set)
    keys: set[int] = field(default_factory=set)
    parts: list[bytes] = field(default_factory=list)
    body: bytes = b""


@dataclass
class Blocks:
    blocks: list[Block]
    refs: list[tuple[int, int]]  # (parent rid, child rid)
    countries: dict[str, int]  # a country's stored key -> its number (key numbers: it times 4)
    records: int
    seconds: float


def varint(number: int, out: bytearray) -> None:
    packing.write_varint(number, out)


def deflate(raw: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, packing.DICTIONARY)
    return packer.compress(raw) + packer.flush()


def inflate(body: bytes) -> bytes:
    reader = zlib.decompressobj(-15, packing.DICTIONARY)
    return reader.decompress(body) + reader.flush()


def laid_out(stored: bytes) -> bytes:
    """A stored value in its laid-out form uncompressed (the block is compressed whole), or
    its JSON text after a zero byte (``packing.PLAIN``) where it has no layout: either reads
    back with ``packing.unpack``."""
    value = packing.unpack(stored)
    laid = packing.pack_laid_out(value)
    if laid is None:
        return b"\0" + packing.unpack_text(stored)
    if laid[0] >= packing.LAID_OUT_DEFLATED:
        reader = zlib.decompressobj(-15, packing.DICTIONARY)
        body = reader.decompress(laid[1:]) + reader.flush()
        return bytes((laid[0] - packing.LAID_OUT_DEFLATED + packing.LAID_OUT,)) + body
    return laid


def record_part(record_id: bytes, versions: bytes, keys: list[int], deleted: int, data: bytes) -> bytes:
    out = bytearray(record_id)
    varint(len(versions), out)
    out += versions
    varint(len(keys), out)
    for key in keys:
        varint(key, out)
    out.append(deleted)
    out += data
    framed = bytearray()
    varint(len(out), framed)
    return bytes(framed + out)


def record_parts(raw: bytes) -> list[bytes]:
    """A block's body inflated, split into its records (:func:`record_part`)."""
    parts, at = [], 0
    while at < len(raw):
        size, at = packing.read_varint(raw, at)
        parts.append(raw[at:at + size])
        at += size
    return parts


def parse_part(part: bytes, id_size: int = 16) -> tuple[bytes, bytes, list[int], int, object]:
    """A record as a block holds it (:func:`record_part`): id, versions, keys, deleted flag
    and its values unpacked."""
    at = id_size
    size, at = packing.read_varint(part, at)
    versions, at = part[at:at + size], at + size
    count, at = packing.read_varint(part, at)
    keys = []
    for _ in range(count):
        key, at = packing.read_varint(part, at)
        keys.append(key)
    return part[:id_size], versions, keys, part[at], packing.unpack(part[at + 1:])


def part_keys(part: bytes, id_size: int = 16) -> list[int]:
    """A record's key numbers as a block holds it, its values left packed."""
    size, at = packing.read_varint(part, id_size)
    count, at = packing.read_varint(part, at + size)
    keys = []
    for _ in range(count):
        key, at = packing.read_varint(part, at)
        keys.append(key)
    return keys


def id_prefix(record_id: bytes) -> int:
    """An id's first 8 bytes as a signed 64-bit number: what the GIN index of ids holds."""
    return int.from_bytes(record_id[:8].ljust(8, b"\0"), "big", signed=True)


def blocks_of(path: Path, size: int) -> Blocks:
    """The region's records in blocks of ``size`` (see the module's docstring)."""
    started = time.perf_counter()
    with contextlib.closing(read_only(path)) as connection:
        rid_of_id = {bytes(i): rid for rid, i in connection.execute("SELECT rid, id FROM records")}
        countries: dict[str, int] = {}

        def key_number(stored: str) -> int:
            kind, mark, value = stored.partition(KEY_UUID_MARK)
            if mark and len(value) == 22:
                named = rid_of_id.get(base64.urlsafe_b64decode(value + "=="))
                if named is not None:
                    return named * 4 + (1 if kind == "o" else 2)
            return countries.setdefault(stored, len(countries) + 1) * 4

        parents: dict[int, list[int]] = {}
        refs = sorted((int(p), c) for p, stored in connection.execute("SELECT parent_rid, rids FROM ref_lists")
                      for c in unpack_rids(stored))
        for parent, child in refs:
            parents.setdefault(child, []).append(parent)
        blocks: list[Block] = []
        current: Block | None = None
        rows = connection.execute(
            "SELECT rid, tbl, id, versions, scope_keys, deleted, data FROM records ORDER BY rid")
        while chunk := rows.fetchmany(20_000):
            for rid, tbl, record_id, versions, keys, deleted, data in chunk:
                table = bytes(tbl)[0]
                if current is None or current.tbl != table or len(current.rids) >= size:
                    current = Block(len(blocks) + 1, table, rid)
                    blocks.append(current)
                numbers = sorted(key_number(k) for k in keys.split())
                current.rids.append(rid)
                current.ids.append(bytes(record_id))
                current.parents.update(parents.get(rid, ()))
                current.keys.update(numbers)
                current.parts.append(record_part(bytes(record_id), bytes(versions), numbers, int(deleted),
                                                 laid_out(bytes(data))))
    for block in blocks:
        block.body = deflate(b"".join(block.parts))
    return Blocks(blocks, refs, countries, sum(len(b.rids) for b in blocks), time.perf_counter() - started)


def check_blocks(found: Blocks, path: Path) -> int:
    """Every block read back (inflated, split) against the region's rows: each record's id,
    versions, keys and values as the block holds them; SystemExit on the first that differs
    (the figures would be of something else).  The records checked."""
    by_rid = {rid: (block, slot) for block in found.blocks for slot, rid in enumerate(block.rids)}
    parts = {block.bno: record_parts(inflate(block.body)) for block in found.blocks}
    checked = 0
    with contextlib.closing(read_only(path)) as connection:
        rows = connection.execute("SELECT rid, id, versions, scope_keys, deleted, data FROM records")
        while chunk := rows.fetchmany(20_000):
            for rid, record_id, versions, keys, deleted, data in chunk:
                block, slot = by_rid[rid]
                part = parts[block.bno][slot]
                held_id, held_versions, held_keys, held_deleted, value = parse_part(part, len(record_id))
                if (held_id != bytes(record_id) or held_versions != bytes(versions)
                        or len(held_keys) != len(keys.split()) or not block.keys.issuperset(held_keys)
                        or held_deleted != int(deleted)
                        or value != packing.unpack(bytes(data))):
                    raise SystemExit(f"block {block.bno}: record {rid} is not held as stored")
                checked += 1
    if checked != found.records:
        raise SystemExit(f"{checked} records checked of {found.records}")
    return checked


# -- SQLite -----------------------------------------------------------------------------------

BLOCKS_SQLITE = """
CREATE TABLE blk (bno INTEGER PRIMARY KEY, tbl INTEGER NOT NULL, rid_from INTEGER NOT NULL,
                  body BLOB NOT NULL);
CREATE INDEX blk_rid ON blk (rid_from);
CREATE TABLE blk_id (id BLOB PRIMARY KEY, rid INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE blk_ref (parent INTEGER NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (parent, rid)) WITHOUT ROWID;
CREATE TABLE blk_key (key INTEGER NOT NULL, bno INTEGER NOT NULL, PRIMARY KEY (key, bno)) WITHOUT ROWID;
"""


def blocks_sqlite(found: Blocks, region: Path, target: Path) -> list[tuple[str, int]]:
    """The blocks in a SQLite file with the product's change log copied beside them
    (VACUUMed): (b-tree, bytes) of each part, from dbstat."""
    target.unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(target, isolation_level=None)) as db:
        db.executescript(BLOCKS_SQLITE)
        db.execute("BEGIN")
        db.executemany("INSERT INTO blk VALUES (?, ?, ?, ?)",
                       ((b.bno, b.tbl, b.rid_from, b.body) for b in found.blocks))
        db.executemany("INSERT INTO blk_id VALUES (?, ?)",
                       sorted((i, r) for b in found.blocks for i, r in zip(b.ids, b.rids)))
        db.executemany("INSERT INTO blk_ref VALUES (?, ?)", found.refs)
        db.executemany("INSERT INTO blk_key VALUES (?, ?)",
                       sorted((k, b.bno) for b in found.blocks for k in b.keys))
        db.execute("COMMIT")
        db.execute("ATTACH DATABASE ? AS region", (f"file:{region}?mode=ro",))
        db.execute("CREATE TABLE changelog AS SELECT * FROM region.changelog")
        db.execute("DETACH DATABASE region")
        db.execute("VACUUM")
        return [(name, int(size)) for name, size in db.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")]


# -- PostgreSQL -------------------------------------------------------------------------------

BLOCKS_POSTGRES = """
CREATE SCHEMA blocks;
CREATE TABLE blocks.blk (bno integer NOT NULL, tbl smallint NOT NULL, rid_from bigint NOT NULL,
                         ids bigint[] NOT NULL, parents bigint[] NOT NULL, keys bigint[] NOT NULL,
                         body bytea NOT NULL);
"""
BLOCKS_POSTGRES_INDEXES = """
ALTER TABLE blocks.blk ADD CONSTRAINT blk_pk PRIMARY KEY (bno);
CREATE INDEX blk_rid ON blocks.blk (rid_from);
CREATE INDEX blk_ids ON blocks.blk USING gin (ids);
CREATE INDEX blk_parents ON blocks.blk USING gin (parents);
CREATE INDEX blk_keys ON blocks.blk USING gin (keys);
"""


def blocks_postgres(found: Blocks, url: str) -> list[tuple[str, str, int]]:
    """The blocks in schema ``blocks`` of the database at ``url`` (the product's tables are
    beside them in ``public``): (relation, kind, bytes) of each part, the change log's
    from the product's own table."""
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as db:
        db.execute(BLOCKS_POSTGRES)
        with db.cursor() as cursor, cursor.copy("COPY blocks.blk FROM STDIN") as copy:
            copy.set_types(["int4", "int2", "int8", "int8[]", "int8[]", "int8[]", "bytea"])
            for b in found.blocks:
                copy.write_row((b.bno, b.tbl, b.rid_from, [id_prefix(i) for i in b.ids],
                                sorted(b.parents), sorted(b.keys), b.body))
        for statement in BLOCKS_POSTGRES_INDEXES.strip().splitlines():
            db.execute(statement)
        db.execute("VACUUM ANALYZE blocks.blk")
        rows = [(name, "table" if kind == "r" else "index", int(size)) for name, kind, size in db.execute(
            "SELECT c.relname, c.relkind, CASE WHEN c.relkind = 'r' THEN pg_table_size(c.oid) "
            "ELSE pg_relation_size(c.oid) END FROM pg_class c JOIN pg_namespace n ON n.oid = "
            "c.relnamespace WHERE n.nspname = 'blocks' AND c.relkind IN ('r', 'i') ORDER BY 3 DESC")]
        log = db.execute("SELECT pg_total_relation_size('public.changelog')").fetchone()[0]
        rows.append(("changelog (the product's)", "table", int(log)))
    return rows


# -- timings ----------------------------------------------------------------------------------


def median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:,.1f} ms"


def time_postgres(found: Blocks, url: str) -> list[tuple[str, str, str]]:
    """(what, the product's rows, blocks) medians over :data:`REPEATS` runs, on the same
    database: ``LOOKUPS`` records read by id with their values; ``EDITS`` records of
    different blocks given a new value (the block read, inflated, the record replaced,
    deflated, written; rolled back); the children of 100 parents found."""
    import psycopg

    rng = random.Random(15)
    every = [(b, slot) for b in found.blocks for slot in range(len(b.rids))]
    results = []
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as db:
        lookups: tuple[list[float], list[float]] = ([], [])
        for _ in range(REPEATS):
            picked = rng.sample(every, LOOKUPS)
            ids = [b.ids[slot] for b, slot in picked]
            started = time.perf_counter()
            rows = db.execute("SELECT id, data FROM records WHERE tbl = ANY(%s) AND id = ANY(%s)",
                              (sorted({bytes((b.tbl,)) for b, _s in picked}), ids)).fetchall()
            unpacked = [packing.unpack(bytes(d)) for _i, d in rows]
            lookups[0].append(time.perf_counter() - started)
            assert len(unpacked) == LOOKUPS
            db.execute("SET enable_seqscan = off")  # the planner takes 500 ids for most blocks
            started = time.perf_counter()
            wanted = set(ids)
            hits = 0
            for _bno, body in db.execute("SELECT bno, body FROM blocks.blk WHERE ids && %s::bigint[]",
                                         (sorted({id_prefix(i) for i in ids}),)):
                for part in record_parts(inflate(bytes(body))):
                    if part[:16] in wanted:
                        hits += parse_part(part)[4] is not None
            lookups[1].append(time.perf_counter() - started)
            db.execute("SET enable_seqscan = on")
            assert hits == LOOKUPS, hits
        results.append((f"{LOOKUPS} records read by id, values unpacked", median_ms(lookups[0]), median_ms(lookups[1])))
        db.rollback()
        edits: tuple[list[float], list[float]] = ([], [])
        for _ in range(REPEATS):
            picked = rng.sample(found.blocks, EDITS)
            started = time.perf_counter()
            for b in picked:
                db.execute("UPDATE records SET data = %s WHERE rid = %s",
                           (packing.pack({"name": f"edited {b.bno}"}), b.rids[0]))
            edits[0].append(time.perf_counter() - started)
            db.rollback()
            started = time.perf_counter()
            for b in picked:
                (body,) = db.execute("SELECT body FROM blocks.blk WHERE bno = %s", (b.bno,)).fetchone()
                parts = record_parts(inflate(bytes(body)))
                parts[0] = parts[0][:16] + b"edited"
                framed = bytearray()
                for part in parts:
                    varint(len(part), framed)
                    framed += part
                db.execute("UPDATE blocks.blk SET body = %s WHERE bno = %s", (deflate(bytes(framed)), b.bno))
            edits[1].append(time.perf_counter() - started)
            db.rollback()
        results.append((f"{EDITS} records edited, one a statement (rolled back)", median_ms(edits[0]),
                        median_ms(edits[1])))
        children: tuple[list[float], list[float]] = ([], [])
        parents = sorted({p for p, _c in found.refs})
        for _ in range(REPEATS):
            some = rng.sample(parents, 100)
            started = time.perf_counter()
            children_of = [c for _p, stored in db.execute("SELECT parent_rid, rids FROM ref_lists WHERE "
                                                          "parent_rid = ANY(%s::bigint[])", (some,))
                           for c in unpack_rids(stored)]
            rows = db.execute("SELECT id, data FROM records WHERE rid = ANY(%s::bigint[])", (children_of,)).fetchall()
            assert all(packing.unpack(bytes(d)) is not None for _i, d in rows)
            children[0].append(time.perf_counter() - started)
            db.execute("SET enable_seqscan = off")
            started = time.perf_counter()
            count = len(db.execute("SELECT bno, body FROM blocks.blk WHERE parents && %s::bigint[]", (some,)).fetchall())
            children[1].append(time.perf_counter() - started)
            db.execute("SET enable_seqscan = on")
            assert count
        results.append(("the blocks (rows) holding the children of 100 parents", median_ms(children[0]),
                        median_ms(children[1]) + " (bodies not inflated)"))
        db.rollback()
    results.extend(time_scope_reads(found, url))
    return results


def time_scope_reads(found: Blocks, url: str) -> list[tuple[str, str, str]]:
    """What a Kenyan field laptop reads: its first 1,000 records in the change log's order
    (the product's own statement, ``named_changelog`` and ``visible_record``, values
    unpacked), and every record of its scope as a snapshot reads them; against the blocks
    holding the key, inflated and filtered record by record."""
    import psycopg
    from sqlalchemy import create_engine, select

    from sync.server import scopes
    from sync.server.schema import ENTRY_ORDER, ENTRY_SEQ, changelog, named_changelog, records
    from sync.server.service import visible_record

    scope = scopes.scope_for("field", ["KE"], None)
    kenya = found.countries["KE"] * 4
    engine = create_engine(url)
    results = []
    try:
        for what, limit in (("a Kenyan laptop's first 1,000 records in log order", 1000),
                            ("every Kenyan record (a snapshot's reads)", None)):
            rows_times: list[float] = []
            block_times: list[float] = []
            for _ in range(REPEATS):
                with engine.connect() as connection:
                    started = time.perf_counter()
                    if limit is not None:
                        query = select(ENTRY_SEQ, records.c.id, records.c.data).select_from(named_changelog).where(
                            changelog.c.seq > 0, visible_record(scope, records)).order_by(*ENTRY_ORDER).limit(limit)
                    else:
                        query = select(records.c.id, records.c.data).where(visible_record(scope, records))
                    held = len(connection.execute(query).all())
                    rows_times.append(time.perf_counter() - started)
                with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as db:
                    db.execute("SET enable_seqscan = off")
                    started = time.perf_counter()
                    count = 0
                    for (body,) in db.execute("SELECT body FROM blocks.blk WHERE keys && %s::bigint[] ORDER BY bno",
                                              ([kenya],)):
                        for part in record_parts(inflate(bytes(body))):
                            if kenya in part_keys(part) and parse_part(part)[4] is not None:
                                count += 1
                                if count == limit:
                                    break
                        if count == limit:
                            break
                    block_times.append(time.perf_counter() - started)
                if count != held:
                    raise SystemExit(f"{what}: {held} records by the product's rows, {count} by the blocks")
            results.append((f"{what} ({held:,})", median_ms(rows_times), median_ms(block_times)))
    finally:
        engine.dispose()
    return results


# -- main -------------------------------------------------------------------------------------


def print_parts(title: str, parts: list[tuple[str, str, int]], records: int, export_gzip: int) -> int:
    total = sum(size for _n, _k, size in parts)
    print(f"  {title}: {mib(total)}, {total / records:,.0f} B per record, "
          f"{total / export_gzip:.2f}x gzip -6 (goal {GOAL:.0f}x)")
    for name, kind, size in parts:
        if size >= 64 * 1024:
            print(f"    {name:<28}{kind:<7}{mib(size):>11}{size / records:>7,.0f} B/record")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orgs", type=int, default=50_000, help="organizations in the region")
    parser.add_argument("--cache", default=None, help="a folder keeping built SQLite regions")
    parser.add_argument("--database-url", default=None, help="a PostgreSQL URL to create a fresh database next to")
    parser.add_argument("--size", type=int, default=64, help="records a block (default 64)")
    args = parser.parse_args()
    print(f"machine: {machine()}; SQLite {sqlite3.sqlite_version}")
    print(f"load: {load()}")
    folder = Path(tempfile.mkdtemp(prefix="lbd-bench-blocks-"))
    try:
        path = region_file(args, folder)
        export = json_export(path)
        found = blocks_of(path, args.size)
        bodies = sum(len(b.body) for b in found.blocks)
        print(f"  every block read back against the region's rows: {check_blocks(found, path):,} records as stored")
        print(f"\nthe region's {found.records:,} records in {len(found.blocks):,} blocks of at most {args.size} "
              f"({found.seconds:.1f} s to build): bodies {mib(bodies)}, {bodies / found.records:,.0f} B/record; "
              f"the export gzip -6 {mib(export.gzip6)}, the goal {mib(GOAL * export.gzip6)}")
        sqlite_parts = blocks_sqlite(found, path, folder / "blocks.db")
        print_parts("SQLite, blocks with their id, reference and key tables (after VACUUM)",
                    [(n, "", s) for n, s in sqlite_parts], found.records, export.gzip6)
        if args.database_url and args.database_url.startswith("postgres"):
            from tests.sync.pg import throwaway_database

            with throwaway_database(args.database_url, prefix="lb_blocks") as url:
                print(f"\n  PostgreSQL: fresh database {url.rsplit('/', 1)[-1]}; the product's tables copied "
                      f"in {copy_to_postgres(path, url):.1f} s")
                with contextlib.closing(__import__("psycopg").connect(
                        url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)) as db:
                    db.execute("VACUUM ANALYZE")
                parts = blocks_postgres(found, url)
                print_parts("PostgreSQL, blocks with GIN indexes of ids, parents and keys", parts,
                            found.records, export.gzip6)
                print(f"\n  timings on PostgreSQL (median of {REPEATS}; the product's layout, then blocks), "
                      f"load {load()}:")
                for what, rows, blocks in time_postgres(found, url):
                    print(f"    {what:<58}{rows:>12}  {blocks}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        print(f"load after: {load()}")


if __name__ == "__main__":
    main()
