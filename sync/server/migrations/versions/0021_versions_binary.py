"""A record's versions stored binary (issue 15, item 2): ``records.versions`` becomes
``BLOB`` / ``bytea``.  One version for every field of the record (``{"<version>": "*"}``,
every record created or edited in one go) whose version is the usual 16 hex digits of clock
and 32 of device id is stored as a byte of form and the version's 24 bytes: 25 bytes
instead of 56 of JSON text.  Any other versions keep their JSON text, after a byte of form
(``schema.encode_versions``; docs/benchmarks-sync.md, Scenario F).

On SQLite the table is made again keeping each row's row id, the versions converted by a
function of this migration's own; on PostgreSQL the column's type is changed in place by an
expression.  Both write what ``schema.encode_versions`` writes: the same bytes for one
version, JSON text that reads as the same versions otherwise (the tests compare).
The program of before this migration cannot read the new form: the server is stopped for
it (``lookingbeyond-server init --pending``, docs/deployment.md).

Revision ID: 0021_versions_binary
Revises: 0020_change_log_devices_numbered
"""

from __future__ import annotations

import json
import re
from typing import Any

from alembic import op

revision = "0021_versions_binary"
down_revision = "0020_change_log_devices_numbered"
branch_labels = None
depends_on = None

# The forms, as this migration knows them (schema.encode_versions may grow new ones).
JSON_FORM = 0
ONE_FORM = 1
HEX_VERSION = re.compile(r"[0-9a-f]{48}\Z")

COLUMNS = ("rid INTEGER NOT NULL, tbl VARCHAR(30) NOT NULL, id VARCHAR(36) NOT NULL, data BLOB NOT NULL, "
           "versions {versions} NOT NULL, deleted BOOLEAN NOT NULL, scope_keys TEXT DEFAULT '' NOT NULL, "
           "CONSTRAINT pk_records PRIMARY KEY (rid)")
NAMES = "rid, tbl, id, data, {versions}, deleted, scope_keys"

# PostgreSQL: a JSON value's text is kept as it was written, spaces and all.
_PG_ONE = r"""'^\{\s*"[0-9a-f]{48}"\s*:\s*"\*"\s*\}$'"""


def encode(text: str | bytes) -> bytes:
    """Stored versions' JSON text in the binary form."""
    packed = json.loads(text)
    if isinstance(packed, dict) and len(packed) == 1:
        ((version, fields),) = packed.items()
        if fields == "*" and isinstance(version, str) and HEX_VERSION.match(version):
            return bytes((ONE_FORM,)) + bytes.fromhex(version)
    try:
        body = json.dumps(packed, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in a device id
        body = json.dumps(packed, separators=(",", ":")).encode("ascii")
    return bytes((JSON_FORM,)) + body


def decode(stored: bytes) -> str:
    """Binary stored versions as JSON text (the downgrade)."""
    if stored[0] == ONE_FORM:
        return json.dumps({bytes(stored[1:]).hex(): "*"}, separators=(",", ":"))
    return bytes(stored[1:]).decode("utf-8")


def _sqlite_rebuild(versions_type: str, convert: Any) -> None:
    """records made again, each row with its row id, its versions converted."""
    raw: Any = op.get_bind().connection.driver_connection  # sqlite3's own connection
    raw.create_function("lb_versions_0021", 1, convert, deterministic=True)
    op.execute(f"CREATE TABLE records_new ({COLUMNS.format(versions=versions_type)})")
    op.execute(f"INSERT INTO records_new ({NAMES.format(versions='versions')}) "
               f"SELECT {NAMES.format(versions='lb_versions_0021(versions)')} FROM records ORDER BY rid")
    op.execute("DROP TABLE records")
    op.execute("ALTER TABLE records_new RENAME TO records")
    op.execute("CREATE UNIQUE INDEX ix_records_tbl_id ON records (tbl, id)")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_rebuild("BLOB", encode)
        return
    op.execute(
        "ALTER TABLE records ALTER COLUMN versions TYPE bytea USING CASE "
        f"WHEN versions::text ~ {_PG_ONE} "
        "THEN '\\x01'::bytea || decode(substring(versions::text from '[0-9a-f]{48}'), 'hex') "
        "ELSE '\\x00'::bytea || convert_to(versions::text, 'UTF8') END")
    if op.get_bind().exec_driver_sql("SELECT 1 FROM records LIMIT 1").first() is not None:
        op.execute("ANALYZE records")  # a column's type changed: its figures are gone (none: never analysed)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_rebuild("JSON", decode)
        return
    op.execute(
        "ALTER TABLE records ALTER COLUMN versions TYPE json USING CASE "
        "WHEN get_byte(versions, 0) = 1 "
        "THEN ('{\"' || encode(substring(versions from 2), 'hex') || '\":\"*\"}')::json "
        "ELSE convert_from(substring(versions from 2), 'UTF8')::json END")
