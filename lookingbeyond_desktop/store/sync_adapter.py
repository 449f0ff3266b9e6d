"""What the desktop hands the sync side of its replica (:class:`sync.replica.LocalStore`):
the SQLAlchemy tables, the bulk insert, the derived search columns, the domain's
validator and the writer of this device's own edits.  ``sync/`` knows no schema beyond
its registry; everything else comes through here.

:func:`enrol_device` and :func:`run_sync` are the one door to headquarters for the command
line and the window: a data folder holding demo data is refused there, before any network
call (:mod:`lookingbeyond_desktop.store.sandbox`).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import requests
from sqlalchemy import Connection, Engine, Table, delete, insert, select, update

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.domain.validation import validate
from lookingbeyond_desktop.store import indexes
from lookingbeyond_desktop.store.database import DiskFullError, Store, disk_guard
from lookingbeyond_desktop.store.writer import (
    SEARCH_SOURCES,
    TABLES,
    Prepared,
    Writer,
    derived_columns,
    insert_rows,
)
from lookingbeyond_desktop.store.sandbox import ROLE, get_setting, put_setting, refuse_demo
from sync import session as sync_session
from sync.client import ProgressCallback, SyncError, SyncReport
from sync.wire import AppRelease, app_release
from sync.registry import Registry
from sync.replica import REFUSED, Replication, refused_context

# Pulled rows are checked by the domain's rules about the record itself, not by those that
# depend on this computer's date (its clock may be wrong) or on the value before (a grant
# may move several steps between two syncs): headquarters already decided those.
_NO_DATE_LIMIT = dt.date.max


# The organizations' full-text index and the trigger that indexes an inserted row
# (store migration 0001).
SEARCH_INDEX = "organizations_fts"
SEARCH_INSERT_TRIGGER = "organizations_fts_ai"


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

    @contextmanager
    def search_index_paused(self, connection: Connection) -> Iterator[None]:
        """Inserts in this block (of the caller's transaction) skip the search index: a
        snapshot's pages are indexed once, by :meth:`rebuild_search_index` (for a large
        region several times faster than the insert trigger row by row).  The trigger is
        taken from the schema and put back as it was before the transaction ends, so a
        crash or a rollback leaves it in place."""
        found = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (SEARCH_INSERT_TRIGGER,)).scalar()
        if found is None:
            yield
            return
        connection.exec_driver_sql(f"DROP TRIGGER {SEARCH_INSERT_TRIGGER}")
        try:
            yield
        finally:
            connection.exec_driver_sql(found)

    def pause_indexes(self, connection: Connection, rows: int) -> None:
        """Set the synced tables' plain indexes aside for a snapshot into this empty
        replica whose page inserts ``rows`` rows, in the caller's transaction, when that is
        at least :data:`indexes.PAUSE_FROM_ROWS` (store/indexes.py)."""
        if rows >= indexes.PAUSE_FROM_ROWS:
            indexes.pause(connection, list(self.registry.names))

    def restore_indexes(self, connection: Connection) -> None:
        """Build again, in the caller's transaction, the indexes a snapshot set aside."""
        indexes.restore(connection)

    def rebuild_search_index(self, connection: Connection) -> None:
        """Build the organizations' full-text index again from the table, in the caller's
        transaction (after a snapshot's pages were inserted without it)."""
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES ('rebuild')")

    def settle_erasures(self) -> None:
        """After an answer that erased records committed: the write-ahead log truncated,
        the backups scrubbed (store/erasure.py)."""
        from lookingbeyond_desktop.store import erasure

        erasure.settle(self.store.folder, self.store.engine)

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


def enrol_device(store: Store, server_url: str, user: str, password: str, device_name: str,
                 *, session: requests.Session | None = None) -> sync_session.EnrolResult:
    """Enrol this data folder's device with headquarters (:func:`sync.session.enrol_device`)
    unless the folder holds demo data: then the ``demo_data`` SyncError, before any network
    call.  The command line and the window's network thread both come through here."""
    refuse_demo(store)
    result = sync_session.enrol_device(replication_for(store), server_url, user, password,
                                       device_name, session=session)
    with store.engine.begin() as connection:  # what this computer may do (merges: not a partner)
        put_setting(connection, ROLE, result.role)
        # The password now unlocks the window's idle lock on this computer, offline (kept
        # as a salted hash only: store/lock.py).
        from lookingbeyond_desktop.store.lock import remember_password

        remember_password(connection, password)
    return result


def run_sync(store: Store, *, cancel: threading.Event | None = None,
             progress: ProgressCallback | None = None, allow_mass_delete: bool = False,
             reset: bool = False, session: requests.Session | None = None) -> SyncReport:
    """One full sync of this data folder (:func:`sync.session.run_sync`) unless it holds
    demo data: then the ``demo_data`` SyncError, before any network call (a demo folder
    enrolled by an older version is stopped here too)."""
    refuse_demo(store)
    report = sync_session.run_sync(replication_for(store), cancel=cancel, progress=progress,
                                   allow_mass_delete=allow_mass_delete, reset=reset,
                                   session=session)
    try:
        with disk_guard(), store.engine.begin() as connection:
            remember_release(connection, report.app, unless_known=True)
    except (DiskFullError, OSError):  # only for people to read: never fails a finished sync
        pass
    return report


def export_bundle(store: Store) -> Any:
    """A sealed file for headquarters of what this data folder would send in a sync
    (:func:`sync.bundle_client.export_bundle`); SyncError ``demo_data``, ``not_enrolled``,
    ``no_keys`` or a keyring error first, BundleError when the file cannot be made."""
    from sync.bundle_client import export_bundle as export

    replication, keys = _bundle_side(store)
    return export(replication, keys)


def import_reply(store: Store, data: bytes, *, allow_mass_delete: bool = False) -> Any:
    """Read headquarters' reply into this data folder (:func:`sync.bundle_client.import_reply`);
    the same errors as :func:`export_bundle`."""
    from sync.bundle_client import import_reply as read

    replication, keys = _bundle_side(store)
    return read(replication, keys, data, allow_mass_delete=allow_mass_delete)


def _bundle_side(store: Store) -> tuple[Replication, Any]:
    refuse_demo(store)
    replication = replication_for(store)
    status = replication.status()
    if not status.server_url:
        raise SyncError("not_enrolled", sync_session.NOT_ENROLLED, retryable=False)
    return replication, sync_session.bundle_keys(status.device_id)


#: ``local_settings`` row: the newest application version headquarters announced at the
#: last sync (JSON of ``sync.wire.AppRelease``), absent when it announced none.
APP_RELEASE = "app_release"


def remember_release(connection: Connection, release: AppRelease | None, *,
                     unless_known: bool = False) -> None:
    """Keep what headquarters announced at the last sync (forget it when it announced none).
    With ``unless_known``, a value already kept is left as it is: most syncs hear what the
    last one heard, and a write is a commit to the disk (synchronous=FULL) for nothing."""
    value = json.dumps(release.encode()) if release is not None else None
    if unless_known and get_setting(connection, APP_RELEASE) == value:
        return
    put_setting(connection, APP_RELEASE, value)


def newer_release(connection: Connection, current: str) -> AppRelease | None:
    """The version headquarters announced at the last sync when it is newer than
    ``current`` (this application's), else None."""
    text = get_setting(connection, APP_RELEASE)
    try:
        release = app_release({"app": json.loads(text)}) if text else None
    except ValueError:
        return None
    if release is None:
        return None
    from packaging.version import InvalidVersion, Version  # only when one was announced

    try:
        newer = Version(release.newest) > Version(current)
    except InvalidVersion:
        return None
    return release if newer else None


def requeue_refused(writer: Writer, refusals: Sequence[dict[str, Any]]) -> int:
    """Write the refused fields again as new edits of this device (their current values), so
    the next sync sends them; the refusals are forgotten (headquarters says again if it
    still refuses).  A refusal of the whole record re-sends every field.  Returns how many
    records were queued again."""
    queued = 0
    refusals_table = TABLES["sync_refusals"]
    for table, row_id in dict.fromkeys((r["tbl"], r["row_id"]) for r in refusals):
        # Every field the refused rows carried (the whole row was refused, not only the
        # field named), every field for a record headquarters never had (0007).
        if table in TABLES and table in REGISTRY.names:
            names, new = refused_context(writer.connection, refusals_table, REGISTRY, table, row_id)
            if new:
                names = [f for f in REGISTRY.table(table).field_names if f != "id"]
        writer.connection.execute(delete(refusals_table).where(
            (refusals_table.c.tbl == table) & (refusals_table.c.row_id == row_id)))
        if table not in TABLES or table not in REGISTRY.names:
            continue
        columns = TABLES[table]
        stored = writer.connection.execute(
            select(columns).where(columns.c.id == row_id)).mappings().first()
        if stored is None or not names:
            continue
        writer.apply([Prepared(table, row_id, {f: stored[f] for f in names}, dict(stored))])
        queued += 1
    return queued


def bring_back_refused(writer: Writer, conflict_id: str) -> int:
    """Send again the values of a refused change that was discarded (an entry of kind
    ``refused`` on the Conflicts page): a record headquarters never had comes back from the
    Trash and is sent whole; a field is written again with the value refused.  The entry is
    settled; headquarters says again if it still refuses.  Returns how many records."""
    conflicts, state = TABLES["conflicts"], TABLES["sync_state"]
    entry = writer.connection.execute(select(conflicts).where(
        conflicts.c.id == conflict_id, conflicts.c.kind == REFUSED)).mappings().first()
    if entry is None or entry["resolved_at"] is not None or entry["tbl"] not in REGISTRY.names:
        return 0
    table, row_id = entry["tbl"], entry["row_id"]
    spec, columns = REGISTRY.table(table), TABLES[table]
    stored = writer.connection.execute(select(columns).where(columns.c.id == row_id)).mappings().first()
    count = 0
    if stored is not None:
        if entry["field"]:
            values = {entry["field"]: spec.field(entry["field"]).decode(entry["loser_value"])}
        else:  # the whole record, as it was when discarded
            values = {name: spec.field(name).decode(value)
                      for name, value in dict(entry["loser_value"] or {}).items()
                      if name in spec.field_names and name not in ("id", "deleted")}
            if stored["deleted"]:
                writer.restore(table, row_id)
                stored = writer.connection.execute(
                    select(columns).where(columns.c.id == row_id)).mappings().one()
            values["deleted"] = stored["deleted"]  # a new record travels with every field
        writer.apply([Prepared(table, row_id, values, dict(stored))])
        if not entry["field"]:  # the whole record is ours again: not headquarters' version
            wanted = [w for w in writer.connection.execute(select(state.c.wanted)).scalar() or []
                      if tuple(w) != (table, row_id)]
            writer.connection.execute(update(state).values(wanted=wanted or None))
        # One field sent again: the record stays asked for in full, so the other discarded
        # fields still return to headquarters' values; the pull keeps this field, which is
        # waiting to be sent (a field with a pending local change is never overwritten).
        count = 1
    writer.connection.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(
        resolved_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        resolution="sent_again"))
    return count


def quarantined(connection: Connection, *, limit: int = 500) -> list[dict[str, Any]]:
    """Pulled rows kept aside, newest first (for the "could not sync" list): table, id,
    field, code, reason and when; never the raw row."""
    quarantine = TABLES["sync_quarantine"]
    return [dict(row) for row in connection.execute(
        select(quarantine.c.tbl, quarantine.c.row_id, quarantine.c.field, quarantine.c.code,
               quarantine.c.reason, quarantine.c.at)
        .order_by(quarantine.c.id.desc()).limit(limit)).mappings()]


__all__ = ["DesktopLocal", "enrol_device", "quarantined", "replication_for", "requeue_refused",
           "run_sync"]
