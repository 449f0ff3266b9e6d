"""References listed by parent (issue 15, item 2): ``ref_lists`` holds one row a parent,
its children's row ids packed (sorted, each a varint of how much it exceeds the one before;
``schema.pack_rids``; on PostgreSQL a push appends the children it adds after a zero,
``schema.MORE_RIDS``), where ``refs`` held one row a reference.  On PostgreSQL a row costs
28 bytes of header and pointer before its two row ids, and each took an entry of the
parent's index: the 351,026 references of the 50,000-organization region were 18.4 MiB,
listed by their 51,390 parents 3.8 MiB (5.4 MiB as a first push into PostgreSQL leaves them,
appended to request after request); on SQLite 3.9 → 1.1 MiB (docs/benchmarks-sync.md,
Scenario F).  References are only ever looked up by parent (a
parent's children, to re-key them, to move them in a merge, to count a participant).

The upgrade reads the references in the order of their parents, streamed (this process
holds one parent's children at a time, so a headquarters of any size upgrades in the same
memory: the region's in 1.0 s on SQLite, 1.4–1.9 s on PostgreSQL, the process's peak RSS
the same as with nothing to migrate), and writes each parent's list; equal rows (nothing refused them on PostgreSQL,
migration 0026) become one child.  A reference naming no record keeps its negative row id
(migration 0030).  The downgrade writes each list's references one a row again (4.6 s on
PostgreSQL for the region), with the key (SQLite) or the index on the parent (PostgreSQL) of
migration 0026.  The program of
before this migration cannot read references listed: the server is stopped for it
(``lookingbeyond-server init --pending``, docs/deployment.md).

Revision ID: 0031_references_listed_by_parent
Revises: 0030_change_log_runs
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlalchemy as sa
from alembic import op

revision = "0031_references_listed_by_parent"
down_revision = "0030_change_log_runs"
branch_labels = None
depends_on = None

_BATCH = 2000  # lists (upgrade) or references (downgrade) written a statement


def _varint(number: int, out: bytearray) -> None:
    while number >= 0x80:
        out.append((number & 0x7F) | 0x80)
        number >>= 7
    out.append(number)


def _pack(rids: Iterable[int]) -> bytes:
    """As ``schema.pack_rids`` at this migration (frozen: stored lists are read by it)."""
    out = bytearray()
    last: int | None = None
    for rid in sorted(set(rids)):
        _varint((rid * 2 if rid >= 0 else -rid * 2 - 1) if last is None else rid - last, out)
        last = rid
    return bytes(out)


def _unpack(stored: bytes) -> list[int]:
    """The row ids of a parent's list as ``schema.unpack_rids`` at this migration reads it:
    lists :func:`_pack` made, each after the first following a zero (a push appends to a
    parent's list on PostgreSQL); sorted, each once."""
    body, at, last, found = bytes(stored), 0, None, set()
    while at < len(body):
        number = shift = 0
        while True:
            byte = body[at]
            at += 1
            number |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                break
        if last is None:
            last = number // 2 if number % 2 == 0 else -(number + 1) // 2
        elif number == 0:
            last = None
            continue
        else:
            last += number
        found.add(last)
    return sorted(found)


def _rid_type(sqlite: bool) -> str:
    return "INTEGER" if sqlite else "BIGINT"


def _by_parent(bind: sa.Connection) -> Iterator[tuple[int, list[int]]]:
    """Each parent of ``refs`` with its children, in the order of the parents, streamed (a
    server-side cursor on PostgreSQL; the lists are written between its pages on the same
    connection, as SQLite and psycopg both allow)."""
    rows = bind.exec_driver_sql("SELECT parent_rid, rid FROM refs ORDER BY parent_rid, rid",
                                execution_options={"stream_results": True, "max_row_buffer": _BATCH * 10})
    parent: int | None = None
    children: list[int] = []
    try:
        for found, child in rows:
            if found != parent:
                if parent is not None:
                    yield parent, children
                parent, children = found, []
            children.append(child)
    finally:
        rows.close()
    if parent is not None:
        yield parent, children


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.execute(f"CREATE TABLE ref_lists (parent_rid {_rid_type(sqlite)} NOT NULL, rids {'BLOB' if sqlite else 'BYTEA'} "
               "NOT NULL, CONSTRAINT pk_ref_lists PRIMARY KEY (parent_rid))")
    write = sa.text("INSERT INTO ref_lists (parent_rid, rids) VALUES (:parent, :rids)")
    pending: list[dict[str, object]] = []
    for parent, children in _by_parent(bind):
        pending.append({"parent": parent, "rids": _pack(children)})
        if len(pending) >= _BATCH:
            bind.execute(write, pending)
            pending.clear()
    if pending:
        bind.execute(write, pending)
    op.execute("DROP TABLE refs")
    if not sqlite:
        op.execute("ANALYZE ref_lists")


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    integer = _rid_type(sqlite)
    if sqlite:  # as migrations 0011 and 0018 made it
        op.execute(f"CREATE TABLE refs (parent_rid {integer} NOT NULL, rid {integer} NOT NULL, "
                   "CONSTRAINT pk_refs PRIMARY KEY (parent_rid, rid)) WITHOUT ROWID")
    else:  # as migration 0026 left it
        op.execute(f"CREATE TABLE refs (parent_rid {integer} NOT NULL, rid {integer} NOT NULL)")
    write = sa.text("INSERT INTO refs (parent_rid, rid) VALUES (:parent, :rid)")
    pending: list[dict[str, int]] = []
    rows = bind.exec_driver_sql("SELECT parent_rid, rids FROM ref_lists ORDER BY parent_rid",
                                execution_options={"stream_results": True, "max_row_buffer": 1000})
    listed = list(rows.fetchmany(1000))
    while listed:
        for parent, stored in listed:
            for child in _unpack(stored):
                pending.append({"parent": parent, "rid": child})
            if len(pending) >= _BATCH:
                bind.execute(write, pending)
                pending.clear()
        listed = list(rows.fetchmany(1000))
    rows.close()
    if pending:
        bind.execute(write, pending)
    if not sqlite:
        op.execute("CREATE INDEX ix_refs_parent_rid ON refs (parent_rid)")
    op.execute("DROP TABLE ref_lists")
