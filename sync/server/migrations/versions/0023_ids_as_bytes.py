"""Record ids stored as bytes (issue 15, item 2): ``records.id`` and ``conflicts.row_id``
become ``BLOB`` / ``bytea``.  A UUID as the protocol writes it (lower case, with hyphens:
every id a device sends) is stored as its 16 bytes, where its text took 36 in the row and
36 again in the (table, id) index; any other id as its UTF-8 text followed by one ``0xff``
byte, or two when that would make 16 (``schema.id_stored``; docs/benchmarks-sync.md,
Scenario F).  A UUID's bytes sort as its text does.

On SQLite ``records`` is made again keeping each row id, and ``conflicts`` by Alembic's batch
mode, the ids converted by a function of this migration's own; on PostgreSQL the columns'
types are changed in place by an expression that writes the same bytes.  The program of
before this migration cannot read the new ids: the server is stopped for it
(``lookingbeyond-server init --pending``, docs/deployment.md).

Revision ID: 0023_ids_as_bytes
Revises: 0022_keys_uuid_base64
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0023_ids_as_bytes"
down_revision = "0022_keys_uuid_base64"
branch_labels = None
depends_on = None

UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
COLUMNS = ("rid INTEGER NOT NULL, tbl VARCHAR(30) NOT NULL, id {id} NOT NULL, data BLOB NOT NULL, "
           "versions BLOB NOT NULL, deleted BOOLEAN NOT NULL, scope_keys TEXT DEFAULT '' NOT NULL, "
           "CONSTRAINT pk_records PRIMARY KEY (rid)")
NAMES = "rid, tbl, {id}, data, versions, deleted, scope_keys"

_PG_UUID = "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'"


def as_bytes(text: str) -> bytes:
    """An id's text as stored."""
    if UUID_TEXT.match(text):
        return bytes.fromhex(text.replace("-", ""))
    stored = text.encode("utf-8", "surrogatepass") + b"\xff"
    return stored + b"\xff" if len(stored) == 16 else stored


def as_text(stored: bytes) -> str:
    """A stored id as its text (the downgrade)."""
    if len(stored) == 16:
        found = stored.hex()
        return f"{found[:8]}-{found[8:12]}-{found[12:16]}-{found[16:20]}-{found[20:]}"
    return stored.rstrip(b"\xff").decode("utf-8", "surrogatepass")


def _pg_to_bytes(column: str) -> str:
    utf8 = f"convert_to({column}, 'UTF8')"
    return (f"CASE WHEN {column} ~ {_PG_UUID} THEN decode(replace({column}, '-', ''), 'hex') "
            f"WHEN octet_length({utf8}) = 15 THEN {utf8} || '\\xffff'::bytea "
            f"ELSE {utf8} || '\\xff'::bytea END")


def _pg_to_text(column: str) -> str:
    return (f"CASE WHEN octet_length({column}) = 16 THEN CAST(encode({column}, 'hex') AS uuid)::text "
            f"ELSE convert_from(btrim({column}, '\\xff'::bytea), 'UTF8') END")


def _sqlite(id_type: str, old: Any, new: Any, convert: Any) -> None:
    """``records`` made again (each row with its row id) and ``conflicts`` by batch mode,
    with ids of ``id_type``, each converted."""
    raw: Any = op.get_bind().connection.driver_connection  # sqlite3's own connection
    raw.create_function("lb_id_0023", 1, convert, deterministic=True)
    op.execute(f"CREATE TABLE records_new ({COLUMNS.format(id=id_type)})")
    op.execute(f"INSERT INTO records_new ({NAMES.format(id='id')}) "
               f"SELECT {NAMES.format(id='lb_id_0023(id)')} FROM records ORDER BY rid")
    op.execute("DROP TABLE records")
    op.execute("ALTER TABLE records_new RENAME TO records")
    op.execute("CREATE UNIQUE INDEX ix_records_tbl_id ON records (tbl, id)")
    # Converted first: the batch's copy then casts each value to the type it already has.
    op.execute("UPDATE conflicts SET row_id = lb_id_0023(row_id)")
    with op.batch_alter_table("conflicts", recreate="always") as batch:
        batch.alter_column("row_id", type_=new, existing_type=old, existing_nullable=False)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite("BLOB", sa.String(36), sa.LargeBinary(), as_bytes)
        return
    op.execute(f"ALTER TABLE records ALTER COLUMN id TYPE bytea USING {_pg_to_bytes('id')}")
    op.execute(f"ALTER TABLE conflicts ALTER COLUMN row_id TYPE bytea USING {_pg_to_bytes('row_id')}")
    if op.get_bind().exec_driver_sql("SELECT 1 FROM records LIMIT 1").first() is not None:
        op.execute("ANALYZE records, conflicts")  # a column's type changed: its figures are gone (none: never analysed)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite("VARCHAR(36)", sa.LargeBinary(), sa.String(36), as_text)
        return
    op.execute(f"ALTER TABLE records ALTER COLUMN id TYPE varchar(36) USING {_pg_to_text('id')}")
    op.execute(f"ALTER TABLE conflicts ALTER COLUMN row_id TYPE varchar(36) USING {_pg_to_text('row_id')}")
