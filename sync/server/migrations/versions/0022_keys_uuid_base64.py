"""Scope keys naming a record by its UUID stored shorter (issue 15, item 2): a key
``<kind>:<UUID>`` (``o:<organization id>``, ``p:<organization id>``) is stored as
``<kind>~<the UUID's 16 bytes in base64url, unpadded>``, 22 characters instead of 36
(``schema.stored_key``; about 23 bytes a record, docs/benchmarks-sync.md, Scenario F).  Any
other key is stored as it was; no key held a ``~`` (none is made with one).  Each record's
keys are written again, sorted as the program sorts them.

On SQLite each row is rewritten by a function of this migration's own; on PostgreSQL by an
expression over the keys.  The program of before this migration cannot read the new keys:
the server is stopped for it (``lookingbeyond-server init --pending``, docs/deployment.md).

Revision ID: 0022_keys_uuid_base64
Revises: 0021_versions_binary
"""

from __future__ import annotations

import base64
import re
from typing import Any

from alembic import op

revision = "0022_keys_uuid_base64"
down_revision = "0021_versions_binary"
branch_labels = None
depends_on = None

UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
MARK = "~"
SHORT = re.compile(r"[^:~]+~[A-Za-z0-9_-]{22}\Z")
_PG_UUID = "'^[^:~]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'"
_PG_SHORT = "'^[^:~]+~[A-Za-z0-9_-]{22}$'"


def shorter(key: str) -> str:
    kind, colon, value = key.partition(":")
    if kind and colon and UUID_TEXT.match(value):
        return kind + MARK + base64.urlsafe_b64encode(bytes.fromhex(value.replace("-", ""))).decode()[:22]
    return key


def longer(key: str) -> str:
    if not SHORT.match(key):
        return key
    kind, _mark, value = key.partition(MARK)
    raw = base64.urlsafe_b64decode(value + "==").hex()
    return f"{kind}:{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


def _sqlite(convert: Any) -> None:
    def keys(stored: str) -> str:
        found = sorted(map(convert, stored.split()))
        return f" {' '.join(found)} " if found else ""

    raw: Any = op.get_bind().connection.driver_connection  # sqlite3's own connection
    raw.create_function("lb_keys_0022", 1, keys, deterministic=True)
    op.execute("UPDATE records SET scope_keys = lb_keys_0022(scope_keys) WHERE scope_keys <> ''")


def _postgresql(each: str, where: str) -> None:
    """Every record's keys, each turned by ``each`` (an expression over ``k``), sorted by
    code point as Python sorts."""
    op.execute(
        "UPDATE records SET scope_keys = coalesce((SELECT ' ' || string_agg(s.k, ' ' ORDER BY s.k COLLATE \"C\") "
        f"|| ' ' FROM (SELECT {each} AS k FROM unnest(string_to_array(btrim(scope_keys), ' ')) AS u(k) "
        f"WHERE k <> '') s), '') WHERE {where}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite(shorter)
        return
    _postgresql(f"CASE WHEN k ~ {_PG_UUID} THEN split_part(k, ':', 1) || '~' || rtrim(translate(encode("
                "decode(replace(split_part(k, ':', 2), '-', ''), 'hex'), 'base64'), '+/', '-_'), '=') ELSE k END",
                "scope_keys ~ '[0-9a-f]{8}-[0-9a-f]{4}-'")
    if op.get_bind().exec_driver_sql("SELECT 1 FROM records LIMIT 1").first() is not None:
        op.execute("ANALYZE records")  # the planner's figures of the rewritten keys (none: never analysed)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite(longer)
        return
    _postgresql(f"CASE WHEN k ~ {_PG_SHORT} THEN split_part(k, '~', 1) || ':' || CAST(encode(decode("
                "translate(split_part(k, '~', 2), '-_', '+/') || '==', 'base64'), 'hex') AS uuid)::text ELSE k END",
                "scope_keys LIKE '%~%'")
