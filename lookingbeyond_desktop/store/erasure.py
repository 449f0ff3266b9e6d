"""Erased at headquarters, erased from every file of this data folder (issue 13, DESIGN
invariant 13).

The sync applies an erasure in the transaction that applies the answer
(``sync.replica.Replication._erase``): the personal fields are blanked, the record's
conflicts, refusals and quarantined versions forgotten, and the record listed in the
``local_settings`` row ``erasure_pending``.  Every connection of the store runs with
``secure_delete`` (cipher.apply_key), so the space the old values took in the database is
overwritten with zeros.  Once that transaction has committed, :func:`settle`:

1. checkpoints the write-ahead log and truncates it (its older frames held the old pages);
2. scrubs every other database of the folder, the backups and the damaged copies kept
   aside by a restore: the same blanks, the record's bookkeeping rows deleted, then
   ``VACUUM`` so that no free page keeps the old bytes;
3. clears the list, only then.

A crash before the list is cleared leaves it in place: :func:`settle` runs again when the
folder is next opened (``Store.open``), and scrubbing a file twice changes nothing.  A
backup that cannot be opened or scrubbed (damaged, or not of this folder) is removed, its
bytes overwritten first: a backup is a safety copy, and one that still holds an erased
person's data must not stay.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.store import cipher
from sync.registry import blank_value

log = logging.getLogger(__name__)

PENDING = "erasure_pending"  # sync.replica.ERASURE_SETTING (sync/ imports nothing of ours)
# The device-local tables that name a record and may hold its values.
_BOOKKEEPING = ("conflicts", "sync_refusals", "sync_quarantine")


def pending(engine: Engine) -> list[tuple[str, str]]:
    """The records erased here whose other files are not scrubbed yet."""
    with engine.connect() as connection:
        value = connection.exec_driver_sql(
            "SELECT value FROM local_settings WHERE name = ?", (PENDING,)).scalar()
    return [(str(table), str(row_id)) for table, row_id in json.loads(value)] if value else []


def settle(folder: Path, engine: Engine) -> int:
    """Scrub the erased records from the folder's other files (see the module's docstring);
    returns how many files were rewritten.  Safe to call at any time."""
    keys = pending(engine)
    if not keys:
        return 0
    checkpoint(engine)
    rewritten = 0
    done: set[Path] = set()
    while True:  # a backup finished meanwhile is scrubbed as well
        files = [path for path in other_databases(folder) if path not in done]
        if not files:
            break
        for path in files:
            done.add(path)
            rewritten += scrub_file(path, folder, keys)
    with engine.begin() as connection:  # cleared only if no erasure came meanwhile
        connection.exec_driver_sql("DELETE FROM local_settings WHERE name = ? AND value = ?",
                                   (PENDING, json.dumps(sorted([list(k) for k in keys]))))
    checkpoint(engine)
    if rewritten:
        log.info("erasure: %d other database file(s) of the data folder scrubbed", rewritten)
    return rewritten


def checkpoint(engine: Engine) -> None:
    """Fold the write-ahead log into the database and truncate it to nothing."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def other_databases(folder: Path) -> list[Path]:
    """The backups and the damaged copies a restore moved aside."""
    from lookingbeyond_desktop.store import backup  # (backup imports the database module)

    found = [item.path for item in backup.backups(folder)]
    for kept in sorted(folder.glob("damaged-*")):
        found.extend(sorted(kept.glob("*.sqlite3")))
    return found


def scrub_file(path: Path, folder: Path, keys: Iterable[tuple[str, str]]) -> int:
    """Blank the erased records in one database file and compact it; 1 when it changed.
    A file that cannot be opened or changed is removed (its bytes overwritten first)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        if table in REGISTRY and REGISTRY.table(table).erasure_field:
            by_table.setdefault(table, []).append(row_id)
    try:
        connection = cipher.connect_file(path, folder=folder, readonly=False)
    except cipher.errors(OSError, cipher.CipherError) as error:
        return _remove(path, error)
    try:
        connection.isolation_level = None
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("BEGIN IMMEDIATE")
        changed = sum(_scrub_table(connection, table, ids) for table, ids in by_table.items())
        connection.execute("COMMIT")
        if changed:
            connection.execute("VACUUM")  # no free page keeps the old bytes
    except cipher.errors(OSError) as error:
        connection.close()
        return _remove(path, error)
    connection.close()
    _remove_journals(path)
    return 1 if changed else 0


def _scrub_table(connection: Any, table: str, ids: list[str]) -> int:
    spec = REGISTRY.table(table)
    marker = spec.erasure_field
    assert marker is not None
    blanks = {name: _sql_value(blank_value(spec.field(name))) for name in spec.personal_fields}
    changed = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        differs = " OR ".join(f"{name} IS NOT ?" for name in blanks)
        cursor = connection.execute(
            f"UPDATE {table} SET {', '.join(f'{name} = ?' for name in blanks)}, "
            f"{marker} = coalesce({marker}, ?) WHERE id IN ({marks}) AND ({differs} OR {marker} IS NULL)",
            (*blanks.values(), dt.date.today().isoformat(), *chunk, *blanks.values()))
        changed += max(cursor.rowcount, 0)
        for bookkeeping in _BOOKKEEPING:
            cursor = connection.execute(
                f"DELETE FROM {bookkeeping} WHERE tbl = ? AND row_id IN ({marks})", (table, *chunk))
            changed += max(cursor.rowcount, 0)
    return changed


def _sql_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _remove(path: Path, error: BaseException) -> int:
    log.warning("erasure: %s could not be scrubbed (%s): removed", path.name, type(error).__name__)
    cipher.zero_and_remove(path)
    _remove_journals(path)
    return 1


def _remove_journals(path: Path) -> None:
    for suffix in ("-journal", "-wal", "-shm"):
        leftover = path.with_name(path.name + suffix)
        if leftover.exists():
            cipher.zero_and_remove(leftover)


__all__ = ["PENDING", "checkpoint", "other_databases", "pending", "scrub_file", "settle"]
