"""A record's values stored packed (issue 15, item 2): ``records.data`` holds the JSON text
compressed with deflate and a preset dictionary (``sync/server/packing.py``), 285 → 118 bytes
a record, instead of the JSON text (docs/benchmarks-sync.md, Scenario F).  The column becomes
binary (``BLOB`` / ``bytea``): the table is made again, its rows copied a thousand at a time in
(table, id) order, the old table dropped.  On SQLite the old table's pages are left free in
the file; ``database.init_database`` gives them back (``VACUUM``) after the upgrade.

The program of before this migration cannot read the new form: stop every instance before
upgrading (installer/server/install.sh does when a migration is pending), and downgrade
before going back to it (``downgrade`` writes the JSON text again).

Revision ID: 0015_packed_values
Revises: 0014_versions_star
"""

from __future__ import annotations

import json
import zlib
from typing import Any

import orjson
import sqlalchemy as sa
from alembic import op

# The frozen dictionary (its digest is pinned by tests/sync/server/test_packing.py).
from sync.server.packing import DICTIONARY

revision = "0015_packed_values"
down_revision = "0014_versions_star"
branch_labels = None
depends_on = None

CHUNK = 1000
NEW = "records_0015"


# The stored form, as this migration knows it (sync/server/packing.py may grow new forms).
def pack(value: Any) -> bytes:
    try:
        text, extra = orjson.dumps(value), 0
    except (TypeError, orjson.JSONEncodeError):
        text, extra = json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass"), 2
    compressor = zlib.compressobj(6, zlib.DEFLATED, -12, 4, zlib.Z_DEFAULT_STRATEGY, DICTIONARY)
    body = compressor.compress(text) + compressor.flush()
    if len(body) < len(text):
        return bytes((1 + extra,)) + body
    return bytes((extra,)) + text


def unpack(stored: Any) -> Any:
    if isinstance(stored, str):
        return json.loads(stored)
    stored = bytes(stored)
    form, body = stored[0], stored[1:]
    if form & 1:
        reader = zlib.decompressobj(-15, DICTIONARY)
        body = reader.decompress(body) + reader.flush()
    if form & 2:
        return json.loads(body.decode("utf-8", "surrogatepass"))
    return orjson.loads(body)


def _copy(data_type: Any, convert: Any) -> None:
    """Make the records table again with ``data`` of ``data_type``, each value converted."""
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    key = "pk_records_0015" if postgres else "pk_records"  # an index name is schema-wide there
    op.create_table(
        NEW,
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("data", data_type, nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("scope_keys", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("tbl", "id", name=key),
    )
    old = sa.table("records", sa.column("tbl", sa.String), sa.column("id", sa.String),
                   sa.column("data", sa.LargeBinary if data_type is sa.JSON else sa.JSON),
                   sa.column("versions", sa.JSON), sa.column("deleted", sa.Boolean),
                   sa.column("scope_keys", sa.Text))
    new = sa.table(NEW, sa.column("tbl", sa.String), sa.column("id", sa.String),
                   sa.column("data", data_type), sa.column("versions", sa.JSON),
                   sa.column("deleted", sa.Boolean), sa.column("scope_keys", sa.Text))
    after = ("", "")
    while True:
        rows = bind.execute(
            sa.select(old.c.tbl, old.c.id, old.c.data, old.c.versions, old.c.deleted, old.c.scope_keys)
            .where(sa.tuple_(old.c.tbl, old.c.id) > sa.tuple_(*map(sa.literal, after)))
            .order_by(old.c.tbl, old.c.id).limit(CHUNK)).all()
        if not rows:
            break
        after = (rows[-1].tbl, rows[-1].id)
        bind.execute(new.insert(), [
            {"tbl": row.tbl, "id": row.id, "data": convert(row.data), "versions": row.versions,
             "deleted": bool(row.deleted), "scope_keys": row.scope_keys} for row in rows])
    op.drop_table("records")
    op.rename_table(NEW, "records")
    if postgres:
        op.execute("ALTER TABLE records RENAME CONSTRAINT pk_records_0015 TO pk_records")


def upgrade() -> None:
    _copy(sa.LargeBinary, pack)


def downgrade() -> None:
    _copy(sa.JSON, unpack)
