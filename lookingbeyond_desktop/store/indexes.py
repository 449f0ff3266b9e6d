"""The synced tables' secondary indexes set aside while a first sync fills an empty replica.

A snapshot (docs/sync-protocol.md, Snapshots) inserts a whole region, hundreds of thousands
of rows, into an empty replica.  Each insert also goes into every index of its table, at a
random place (the indexed values are ids and names): for a 50,000-organization region that
upkeep was a fifth of the device's time.  Built once after the last page, by sorting, the
same indexes cost under a second (bench/bench_first_sync.py).

So the first large page of a snapshot from nothing (at least :data:`PAUSE_FROM_ROWS` rows
inserted: below that the upkeep costs less than dropping and building the indexes) drops
the synced tables' plain indexes (never a UNIQUE one: those keep a constraint) in its own
transaction, and writes what it dropped —
each index's ``CREATE INDEX`` statement as SQLite held it — in the ``local_settings`` row
:data:`PAUSED_SETTING` of the same transaction.  The indexes come back:

* in the transaction that ends the snapshot (its last page, or a snapshot given up);
* when the store is opened and the row is still there (a process killed mid-snapshot, a
  backup taken during one and restored), before the migrations run, so that the schema
  is again exactly the one its revision records.

Meanwhile every query still answers the same (an index only makes it faster), and the
backups' schema check (:mod:`.backup`) accepts an index missing exactly as the row records
it, and nothing else."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from sqlalchemy import Connection

#: A snapshot page inserting fewer rows than this leaves the indexes as they are: for a
#: region of a few hundred rows, sixteen statements of DDL cost more than the upkeep
#: (a 50,000-organization region's pages insert 3,852 rows for the first, 7,000–11,000 for
#: the others).
PAUSE_FROM_ROWS = 2000

#: The ``local_settings`` row listing the indexes set aside ([[name, sql], ...]).
PAUSED_SETTING = "indexes_paused"

# Only a plain index over named columns is ever set aside, or built again from the row: a
# row that says anything else (a copied or altered file) is not SQL this module runs.
_CREATE_INDEX = re.compile(r'CREATE INDEX "?(\w+)"? ON "?(\w+)"? ?\("?\w+"?(?:, ?"?\w+"?)*\)')


def paused(connection: Any) -> dict[str, str]:
    """The indexes set aside now, by name (their ``CREATE INDEX`` statements); empty when
    none are, or when the database has no ``local_settings`` table yet.  ``connection``: a
    SQLAlchemy connection, or a DB-API one (the backups' check)."""
    run = getattr(connection, "exec_driver_sql", None) or connection.execute
    has_table = run("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'local_settings'").fetchone()
    if has_table is None:
        return {}
    row = run("SELECT value FROM local_settings WHERE name = ?", (PAUSED_SETTING,)).fetchone()
    if row is None or row[0] is None:
        return {}
    try:
        listed = json.loads(row[0]) if isinstance(row[0], str) else row[0]
        pairs = [(str(name), str(sql)) for name, sql in listed]
    except (TypeError, ValueError):  # not a list of pairs: nothing is taken as set aside
        return {}
    return {name: sql for name, sql in pairs
            if (match := _CREATE_INDEX.fullmatch(sql)) is not None and match.group(1) == name}


def pause(connection: Connection, tables: list[str]) -> int:
    """Drop the plain (not UNIQUE) indexes of ``tables`` and record them, in the caller's
    transaction; nothing when some are set aside already.  Returns how many were dropped."""
    if paused(connection):
        return 0
    found = [(str(name), str(sql)) for name, sql in connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' for _ in tables)}) ORDER BY name", tuple(tables))
        if _CREATE_INDEX.fullmatch(str(sql))]
    if not found:
        return 0
    connection.exec_driver_sql(
        "INSERT INTO local_settings (name, value, set_at) VALUES (?, ?, ?)",
        (PAUSED_SETTING, json.dumps(found),
         dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
    for name, _sql in found:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return len(found)


def restore(connection: Connection) -> int:
    """Build again the indexes set aside, in the caller's transaction, and forget the row.
    Returns how many were listed."""
    listed = paused(connection)
    for name, sql in sorted(listed.items()):
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).first()
        if exists is None:
            connection.exec_driver_sql(sql)
    connection.exec_driver_sql("DELETE FROM local_settings WHERE name = ?", (PAUSED_SETTING,))
    return len(listed)
