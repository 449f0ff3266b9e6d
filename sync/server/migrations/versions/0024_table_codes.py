"""Table names stored as one byte (issue 15, item 2): ``records.tbl`` and ``conflicts.tbl``
become ``BLOB`` / ``bytea``.  A synced table's name (``organizations``, ``contacts``,
``activities``, ``participations``, ``grants``) is stored as its code's byte (1 to 5), where
its text took 6 to 14 bytes in the row and again in the (table, id) index; any other name
(a retired table's) as its UTF-8 text, followed by ``0xff`` if it is one byte below 0x20
(``schema.table_stored``; docs/benchmarks-sync.md, Scenario F).

The codes are written here as they were at this revision (``schema.TABLE_CODES`` may grow
later; a migration never changes with it).  On SQLite ``records`` is made again keeping each
row id, and ``conflicts`` by Alembic's batch mode, the names converted by a function of this
migration's own; on PostgreSQL the columns' types are changed in place by an expression
that writes the same bytes.  The program of before this migration cannot read the new
names: the server is stopped for it (``lookingbeyond-server init --pending``,
docs/deployment.md).

Revision ID: 0024_table_codes
Revises: 0023_ids_as_bytes
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0024_table_codes"
down_revision = "0023_ids_as_bytes"
branch_labels = None
depends_on = None

CODES = {"organizations": 1, "contacts": 2, "activities": 3, "participations": 4, "grants": 5}
NAMES = {code: name for name, code in CODES.items()}
COLUMNS = ("rid INTEGER NOT NULL, tbl {tbl} NOT NULL, id BLOB NOT NULL, data BLOB NOT NULL, "
           "versions BLOB NOT NULL, deleted BOOLEAN NOT NULL, scope_keys TEXT DEFAULT '' NOT NULL, "
           "CONSTRAINT pk_records PRIMARY KEY (rid)")
SELECTED = "rid, {tbl}, id, data, versions, deleted, scope_keys"


def as_bytes(name: str) -> bytes:
    """A table's name as stored."""
    if name in CODES:
        return bytes((CODES[name],))
    text = name.encode("utf-8", "surrogatepass")
    return text + b"\xff" if len(text) == 1 and text[0] < 0x20 else text


def as_text(stored: bytes) -> str:
    """A stored table name as its text (the downgrade)."""
    if len(stored) == 1 and stored[0] < 0x20:
        return NAMES[stored[0]]
    if len(stored) == 2 and stored[1] == 0xFF and stored[0] < 0x20:
        stored = stored[:1]
    return stored.decode("utf-8", "surrogatepass")


def _pg_to_bytes(column: str) -> str:
    utf8 = f"convert_to({column}, 'UTF8')"
    coded = " ".join(f"WHEN '{name}' THEN '\\x{code:02x}'::bytea" for name, code in CODES.items())
    return (f"CASE {column} {coded} ELSE CASE WHEN octet_length({utf8}) = 1 AND ascii({column}) < 32 "
            f"THEN {utf8} || '\\xff'::bytea ELSE {utf8} END END")


def _pg_to_text(column: str) -> str:
    coded = " ".join(f"WHEN '\\x{code:02x}'::bytea THEN '{name}'" for name, code in CODES.items())
    return (f"CASE {column} {coded} ELSE convert_from(CASE WHEN octet_length({column}) = 2 "
            f"AND get_byte({column}, 1) = 255 AND get_byte({column}, 0) < 32 "
            f"THEN substring({column} FROM 1 FOR 1) ELSE {column} END, 'UTF8') END")


def _sqlite(tbl_type: str, old: Any, new: Any, convert: Any) -> None:
    """``records`` made again (each row with its row id) and ``conflicts`` by batch mode,
    with table names of ``tbl_type``, each converted."""
    raw: Any = op.get_bind().connection.driver_connection  # sqlite3's own connection
    raw.create_function("lb_table_0024", 1, convert, deterministic=True)
    op.execute(f"CREATE TABLE records_new ({COLUMNS.format(tbl=tbl_type)})")
    op.execute(f"INSERT INTO records_new ({SELECTED.format(tbl='tbl')}) "
               f"SELECT {SELECTED.format(tbl='lb_table_0024(tbl)')} FROM records ORDER BY rid")
    op.execute("DROP TABLE records")
    op.execute("ALTER TABLE records_new RENAME TO records")
    op.execute("CREATE UNIQUE INDEX ix_records_tbl_id ON records (tbl, id)")
    # Converted first: the batch's copy then casts each value to the type it already has.
    op.execute("UPDATE conflicts SET tbl = lb_table_0024(tbl)")
    with op.batch_alter_table("conflicts", recreate="always") as batch:
        batch.alter_column("tbl", type_=new, existing_type=old, existing_nullable=False)


def _postgresql(convert: Any) -> None:
    op.execute(f"ALTER TABLE records ALTER COLUMN tbl TYPE {convert('tbl')}")
    op.execute(f"ALTER TABLE conflicts ALTER COLUMN tbl TYPE {convert('tbl')}")
    if op.get_bind().exec_driver_sql("SELECT 1 FROM records LIMIT 1").first() is not None:
        op.execute("ANALYZE records, conflicts")  # a column's type changed: its figures are gone (none: never analysed)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite("BLOB", sa.String(30), sa.LargeBinary(), as_bytes)
        return
    _postgresql(lambda column: f"bytea USING {_pg_to_bytes(column)}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite("VARCHAR(30)", sa.LargeBinary(), sa.String(30), as_text)
        return
    _postgresql(lambda column: f"varchar(30) USING {_pg_to_text(column)}")
