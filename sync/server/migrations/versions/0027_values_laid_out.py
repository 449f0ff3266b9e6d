"""A record's values laid out (issue 15, item 2): ``records.data`` holds a synced table's
values without their field names, each a tag byte and its bytes, a record id as its 16
bytes and a date as a number, deflated where that pays (``packing.pack_laid_out``, forms
``0x20 + n`` and ``0x40 + n``): 119 → 87 bytes a record on the 50,000-organization region,
whose participations were half their three ids (docs/benchmarks-sync.md, Scenario F).  A
value that does not fit a layout exactly keeps its JSON form.

Every stored value is read and written again in Python.  On SQLite the table is made again
keeping each row's row id (the old table's pages are then given back by
``database.init_database``'s ``VACUUM``); on PostgreSQL the new values are copied into a
scratch table and the column is rewritten from it (``ALTER ... TYPE ... USING``), which
writes the table and its indexes again compactly.  A value this program cannot read is left as
it was.  The downgrade writes every laid-out value in the JSON forms again.

The program of before this migration cannot read the new forms: the server is stopped for
it (``lookingbeyond-server init --pending``, docs/deployment.md).

Revision ID: 0027_values_laid_out
Revises: 0026_refs_index_deduplicated
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alembic import op

# The forms are packing's own: it reads every form it ever wrote, and the layouts are frozen.
from sync.server import packing

revision = "0027_values_laid_out"
down_revision = "0026_refs_index_deduplicated"
branch_labels = None
depends_on = None

COLUMNS = ("rid INTEGER NOT NULL, tbl BLOB NOT NULL, id BLOB NOT NULL, data BLOB NOT NULL, "
           "versions BLOB NOT NULL, deleted BOOLEAN NOT NULL, scope_keys TEXT DEFAULT '' NOT NULL, "
           "CONSTRAINT pk_records PRIMARY KEY (rid)")
NAMES = "rid, tbl, id, {data}, versions, deleted, scope_keys"
CHUNK = 5_000


def laid_out(stored: bytes) -> bytes:
    """A stored value in a layout form when it fits one; else as it was."""
    try:
        return packing.pack_laid_out(packing.unpack(stored)) or stored
    except ValueError:  # unreadable already: left for whoever can read it
        return stored


def as_json(stored: bytes) -> bytes:
    """A laid-out stored value in the JSON forms (the downgrade); any other as it was."""
    if packing.is_laid_out(stored):
        return packing.pack_json(packing.unpack(stored))
    return stored


def _sqlite(convert: Callable[[bytes], bytes]) -> None:
    """``records`` made again, each row with its row id, its value converted."""
    raw: Any = op.get_bind().connection.driver_connection  # sqlite3's own connection
    raw.create_function("lb_data_0027", 1, convert, deterministic=True)
    op.execute(f"CREATE TABLE records_new ({COLUMNS})")
    op.execute(f"INSERT INTO records_new ({NAMES.format(data='data')}) "
               f"SELECT {NAMES.format(data='lb_data_0027(data)')} FROM records ORDER BY rid")
    op.execute("DROP TABLE records")
    op.execute("ALTER TABLE records_new RENAME TO records")
    op.execute("CREATE UNIQUE INDEX ix_records_tbl_id ON records (tbl, id)")


def _postgresql(convert: Callable[[bytes], bytes]) -> None:
    """Each value converted in Python, chunk by chunk, copied into a scratch table; the
    column then rewritten from it, the table and its indexes written again compactly."""
    bind = op.get_bind()
    raw: Any = bind.connection.dbapi_connection  # psycopg's, in the migration's transaction
    op.execute("CREATE TEMPORARY TABLE data_0027 (rid BIGINT NOT NULL, data BYTEA NOT NULL) ON COMMIT DROP")
    after = -(2**63)
    changed = 0
    while True:
        rows = bind.exec_driver_sql("SELECT rid, data FROM records WHERE rid > %s ORDER BY rid LIMIT %s",
                                    (after, CHUNK)).all()
        if not rows:
            break
        after = rows[-1][0]
        with raw.cursor() as cursor, cursor.copy("COPY data_0027 (rid, data) FROM STDIN") as copy:
            for rid, stored in rows:
                stored = bytes(stored)
                new = convert(stored)
                if new != stored:
                    copy.write_row((rid, new))
                    changed += 1
    if not changed:
        return
    op.execute("CREATE UNIQUE INDEX ON data_0027 (rid)")
    # The column rewritten through a function of the scratch table (a transform may not hold a
    # subquery itself): PostgreSQL writes the table and its indexes again with the new values,
    # and no row left behind (an UPDATE would leave every old row, and CLUSTER in the same
    # transaction keeps them).
    op.execute("CREATE FUNCTION pg_temp.lb_data_0027(BIGINT, BYTEA) RETURNS BYTEA LANGUAGE sql STABLE "
               "AS 'SELECT coalesce((SELECT d.data FROM data_0027 d WHERE d.rid = $1), $2)'")
    op.execute("ALTER TABLE records ALTER COLUMN data TYPE BYTEA USING pg_temp.lb_data_0027(rid, data)")
    op.execute("DROP FUNCTION pg_temp.lb_data_0027(BIGINT, BYTEA)")
    op.execute("ANALYZE records")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite(laid_out)
        return
    _postgresql(laid_out)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite(as_json)
        return
    _postgresql(as_json)
