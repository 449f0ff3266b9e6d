"""A version's device stored by its number (issue 15, item 2): a record whose fields all
carry one version stored it as the clock's 8 bytes and the device id's 16 (25 bytes with
the form's, migration 0021); the device is now its number in ``log_devices``, which the
change log already names devices by (migration 0020), as a varint: 10 bytes for the first
127 devices, 11 for the next 16,256 (``schema.VERSIONS_NUMBERED``; 3.4 MiB of the
50,000-organization region's 64.5 on SQLite, docs/benchmarks-sync.md, Scenario F).  A
version whose device has no number (it never pushed a change) keeps the 25 bytes, and so
does any other form.

``log_devices`` only ever gains rows, so a number names one device for good; a reader keeps
the numbers it read (``schema.DeviceNames``).  On SQLite the rows are rewritten by a
function of this migration's own; on PostgreSQL the column is rewritten through a function
of a scratch table of the numbers (no row left behind, as in migration 0027).  The
downgrade writes every such version's device id again.  The program of before this
migration cannot read the new form: the server is stopped for it (``lookingbeyond-server
init --pending``, docs/deployment.md).

Revision ID: 0029_versions_devices_numbered
Revises: 0028_country_keys_shorter
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from alembic import op

revision = "0029_versions_devices_numbered"
down_revision = "0028_country_keys_shorter"
branch_labels = None
depends_on = None

ONE, NUMBERED = 1, 2  # the forms' first bytes: clock and device id; clock and device number
DEVICE_ID = re.compile(r"[0-9a-f]{32}\Z")  # as a version spells its device (lower-case hex)


def varint(number: int) -> bytes:
    out = bytearray()
    while number >= 0x80:
        out.append((number & 0x7F) | 0x80)
        number >>= 7
    out.append(number)
    return bytes(out)


def _numbers() -> dict[str, bytes]:
    """Each device id a version can name (32 lower-case hex digits) -> its number's varint."""
    rows = op.get_bind().exec_driver_sql("SELECT n, device_id FROM log_devices").all()
    return {device_id: varint(n) for n, device_id in rows if n > 0 and DEVICE_ID.match(device_id)}


def _sqlite(convert: Callable[[bytes], bytes], where: str) -> None:
    raw: Any = op.get_bind().connection.driver_connection  # sqlite3's own connection
    raw.create_function("lb_versions_0029", 1, convert, deterministic=True)
    op.execute(f"UPDATE records SET versions = lb_versions_0029(versions) WHERE {where}")


def _postgresql(numbers: dict[str, bytes], each: str) -> None:
    """The column rewritten through ``each`` (SQL over ``$1``, the stored versions, and the
    scratch table ``numbers_0029``): the table and its indexes are written again with no
    row left behind (an UPDATE would leave every old row: migration 0027)."""
    if not numbers:
        return
    raw: Any = op.get_bind().connection.dbapi_connection  # psycopg's, in the migration's transaction
    op.execute("CREATE TEMPORARY TABLE numbers_0029 (device_id TEXT PRIMARY KEY, number BYTEA NOT NULL UNIQUE) "
               "ON COMMIT DROP")
    with raw.cursor() as cursor, cursor.copy("COPY numbers_0029 (device_id, number) FROM STDIN") as copy:
        for device_id, number in numbers.items():
            copy.write_row((device_id, number))
    op.execute(f"CREATE FUNCTION pg_temp.lb_versions_0029(BYTEA) RETURNS BYTEA LANGUAGE sql STABLE AS $$ {each} $$")
    op.execute("ALTER TABLE records ALTER COLUMN versions TYPE BYTEA USING pg_temp.lb_versions_0029(versions)")
    op.execute("DROP FUNCTION pg_temp.lb_versions_0029(BYTEA)")
    if op.get_bind().exec_driver_sql("SELECT 1 FROM records LIMIT 1").first() is not None:
        op.execute("ANALYZE records")  # (none: never analysed)


def upgrade() -> None:
    numbers = _numbers()
    if op.get_bind().dialect.name == "sqlite":
        def numbered(stored: bytes) -> bytes:
            if len(stored) == 25 and stored[0] == ONE:
                number = numbers.get(stored[9:].hex())
                if number is not None:
                    return bytes((NUMBERED,)) + stored[1:9] + number
            return stored

        if numbers:
            _sqlite(numbered, f"length(versions) = 25 AND substr(versions, 1, 1) = x'{ONE:02x}'")
        return
    _postgresql(numbers, "SELECT CASE WHEN length($1) = 25 AND get_byte($1, 0) = 1 THEN coalesce(("
                         "SELECT decode('02', 'hex') || substr($1, 2, 8) || t.number FROM numbers_0029 t "
                         "WHERE t.device_id = encode(substr($1, 10, 16), 'hex')), $1) ELSE $1 END")


def downgrade() -> None:
    numbers = _numbers()
    if op.get_bind().dialect.name == "sqlite":
        devices = {number: bytes.fromhex(device_id) for device_id, number in numbers.items()}

        def by_id(stored: bytes) -> bytes:
            if 10 <= len(stored) <= 18 and stored[0] == NUMBERED:
                device = devices.get(bytes(stored[9:]))
                if device is not None:
                    return bytes((ONE,)) + stored[1:9] + device
            return stored

        if numbers:
            _sqlite(by_id, f"length(versions) BETWEEN 10 AND 18 AND substr(versions, 1, 1) = x'{NUMBERED:02x}'")
        return
    _postgresql(numbers, "SELECT CASE WHEN length($1) BETWEEN 10 AND 18 AND get_byte($1, 0) = 2 THEN coalesce(("
                         "SELECT decode('01', 'hex') || substr($1, 2, 8) || decode(t.device_id, 'hex') "
                         "FROM numbers_0029 t WHERE t.number = substr($1, 10)), $1) ELSE $1 END")
