"""What the desktop hands the sync side of its replica (:class:`sync.replica.LocalStore`):
the SQLAlchemy tables, the bulk insert, the derived search columns, the domain's
validator and the writer of this device's own edits.  ``sync/`` knows no schema beyond
its registry; everything else comes through here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, select

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.domain.validation import validate
from lookingbeyond_desktop.store.database import DiskFullError, Store, disk_guard
from lookingbeyond_desktop.store.writer import (
    SEARCH_SOURCES,
    TABLES,
    Prepared,
    Writer,
    derived_columns,
    insert_rows,
)
from sync.client import SyncError
from sync.registry import Registry
from sync.replica import Replication

# Pulled rows are checked by the domain's rules about the record itself, not by those that
# depend on this computer's date (its clock may be wrong) or on the value before (a grant
# may move several steps between two syncs): headquarters already decided those.
_NO_DATE_LIMIT = dt.date.max


class DesktopLocal:
    """The desktop's local store as sync sees it."""

    registry: Registry = REGISTRY
    tables: Mapping[str, Table] = TABLES
    search_sources: tuple[str, ...] = SEARCH_SOURCES

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def engine(self) -> Engine:
        """The store's engine."""
        return self.store.engine

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction (IMMEDIATE); a full disk becomes a retryable SyncError."""
        try:
            with disk_guard(self.store.folder), self.store.engine.connect() as connection:
                connection.execution_options(lb_write=True)
                with connection.begin():
                    yield connection
        except DiskFullError as error:  # nothing of this round was kept: sync again later
            raise SyncError("disk_full", str(error), retryable=True) from error

    def insert_rows(self, connection: Connection, table: str, rows: list[dict[str, Any]]) -> None:
        """Bulk insert of complete rows."""
        insert_rows(connection, table, rows)

    def derived_columns(self, table: str, record: Mapping[str, Any]) -> dict[str, Any]:
        """The device-local search columns of a record."""
        return derived_columns(table, record)

    def validate(self, table: str, record: Mapping[str, Any]) -> list[tuple[str, str]]:
        """The domain's rules a pulled record breaks, as (field, message)."""
        return [(error.field, error.message)
                for error in validate(table, record, today=_NO_DATE_LIMIT)]

    @contextmanager
    def writer(self, *, author: str | None = None) -> Iterator[Writer]:
        """A write transaction for this device's own edits (recorded as changes)."""
        with self.store.write(author=author) as writer:
            yield writer


def replication_for(store: Store) -> Replication:
    """The sync side of ``store``."""
    return Replication(DesktopLocal(store))


def requeue_refused(writer: Writer, refusals: Sequence[dict[str, Any]]) -> int:
    """Write the refused fields again as new edits of this device (their current values), so
    the next sync sends them; the refusals are forgotten (headquarters says again if it
    still refuses).  A refusal of the whole record re-sends every field.  Returns how many
    records were queued again."""
    queued = 0
    refusals_table = TABLES["sync_refusals"]
    for refusal in refusals:
        table, row_id, name = refusal["tbl"], refusal["row_id"], refusal.get("field")
        condition = (refusals_table.c.tbl == table) & (refusals_table.c.row_id == row_id)
        if name is not None:
            condition = condition & (refusals_table.c.field == name)
        writer.connection.execute(delete(refusals_table).where(condition))
        if table not in TABLES or table not in REGISTRY.names:
            continue
        columns = TABLES[table]
        stored = writer.connection.execute(
            select(columns).where(columns.c.id == row_id)).mappings().first()
        if stored is None:
            continue
        spec = REGISTRY.table(table)
        names = [name] if name in spec.field_names else [f for f in spec.field_names if f != "id"]
        writer.apply([Prepared(table, row_id, {f: stored[f] for f in names}, dict(stored))])
        queued += 1
    return queued


def quarantined(connection: Connection, *, limit: int = 500) -> list[dict[str, Any]]:
    """Pulled rows kept aside, newest first (for the "could not sync" list): table, id,
    field, code, reason and when; never the raw row."""
    quarantine = TABLES["sync_quarantine"]
    return [dict(row) for row in connection.execute(
        select(quarantine.c.tbl, quarantine.c.row_id, quarantine.c.field, quarantine.c.code,
               quarantine.c.reason, quarantine.c.at)
        .order_by(quarantine.c.id.desc()).limit(limit)).mappings()]


__all__ = ["DesktopLocal", "quarantined", "replication_for", "requeue_refused"]
