"""A country's scope key stored as its code (issue 15, item 2): ``c:KE`` is stored as
``KE`` (``schema.stored_key``).  A participation holds about four country keys (its
activity's country and member states, its organization's country), every other record
one or more: two bytes each, 1.3 MiB of the 50,000-organization region's 65.8 on SQLite
(docs/benchmarks-sync.md, Scenario F).  Only ``c:`` and two capitals is shortened; a key of
two capitals alone was never made (every key has a kind) and is refused since, so the
short form reads back as one key only.  Each record's keys are written again, sorted as
the program sorts them.

On SQLite each row is rewritten by a function of this migration's own; on PostgreSQL the
column is rewritten by an expression over the keys.  The program of before this migration cannot read the new keys:
the server is stopped for it (``lookingbeyond-server init --pending``, docs/deployment.md).

Revision ID: 0028_country_keys_shorter
Revises: 0027_values_laid_out
"""

from __future__ import annotations

import re
from typing import Any

from alembic import op

revision = "0028_country_keys_shorter"
down_revision = "0027_values_laid_out"
branch_labels = None
depends_on = None

LONG = re.compile(r"c:[A-Z]{2}\Z")
SHORT = re.compile(r"[A-Z]{2}\Z")


def shorter(key: str) -> str:
    return key[2:] if LONG.match(key) else key


def longer(key: str) -> str:
    return "c:" + key if SHORT.match(key) else key


def _sqlite(convert: Any, where: str) -> None:
    def keys(stored: str) -> str:
        found = sorted(map(convert, stored.split()))
        return f" {' '.join(found)} " if found else ""

    raw: Any = op.get_bind().connection.driver_connection  # sqlite3's own connection
    raw.create_function("lb_keys_0028", 1, keys, deterministic=True)
    op.execute(f"UPDATE records SET scope_keys = lb_keys_0028(scope_keys) WHERE {where}")


def _postgresql(each: str) -> None:
    """Every record's keys, each turned by ``each`` (an expression over ``k``), sorted by
    code point as Python sorts.  The column is rewritten through a function (a transform
    may not hold a subquery itself): PostgreSQL writes the table and its indexes again,
    with no row left behind (an UPDATE would leave every old row: migration 0027)."""
    op.execute(
        "CREATE FUNCTION pg_temp.lb_keys_0028(TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$ "
        "SELECT coalesce((SELECT ' ' || string_agg(s.k, ' ' ORDER BY s.k COLLATE \"C\") || ' ' "
        f"FROM (SELECT {each} AS k FROM unnest(string_to_array(btrim($1), ' ')) AS u(k) WHERE k <> '') s), '') $$")
    op.execute("ALTER TABLE records ALTER COLUMN scope_keys TYPE TEXT USING pg_temp.lb_keys_0028(scope_keys)")
    op.execute("DROP FUNCTION pg_temp.lb_keys_0028(TEXT)")
    if op.get_bind().exec_driver_sql("SELECT 1 FROM records LIMIT 1").first() is not None:
        op.execute("ANALYZE records")  # the planner's figures of the rewritten keys (none: never analysed)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite(shorter, "instr(scope_keys, ' c:') > 0")
        return
    _postgresql("CASE WHEN k ~ '^c:[A-Z]{2}$' THEN substr(k, 3) ELSE k END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite(longer, "scope_keys <> ''")
        return
    _postgresql("CASE WHEN k ~ '^[A-Z]{2}$' THEN 'c:' || k ELSE k END")
