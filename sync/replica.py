"""The replica's side of sync: what to push, and applying what headquarters answers.

This module knows no schema: it reads the synced tables and fields from the registry and
is handed everything else by the application that keeps the replica (a :class:`LocalStore`:
the SQLAlchemy tables, the bulk insert, the derived columns, the domain's validator and
the writer for this device's own edits).

Remote values do not go through the application's writer (they are not this device's
edits and are not recorded as its changes); they are applied here, with their versions, in
one transaction per response together with the new cursor and acknowledgement: a crash
leaves either the whole response applied or none of it, and the next sync asks again.

Fields with local changes not yet acknowledged are left alone when pulling: they will be
pushed, and headquarters' decision comes back in the response to that push.

A pulled row this replica cannot apply (a value that does not decode for its kind, a
record the domain's rules refuse, a constraint of the local database, a field the registry
does not know, a parent that never comes) is **quarantined** (DESIGN invariant 11): kept
aside in ``sync_quarantine`` with a reason naming the field, never the value, while the rest
of the response is applied and the cursor moves on.  A later version of that row that
applies removes it from the quarantine.

Records listed in a response's ``gone`` left this device's scope: they are **withdrawn**
(DESIGN invariant 12): personal fields blanked first, then the row removed, without any
change that syncs back; a row still referenced by a local row stays as a blanked reference.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import math
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, update
from sqlalchemy import exc as sa_exc

from sync.client import ConfirmationNeeded, SyncError
from sync.hlc import ClockDriftError, HybridClock, pack, version_clock, wall_ms
from sync.wire import (
    MAX_PUSH_ROWS,
    PUSH_BATCH_BYTES,
    PUSH_ROWS_ANY,
    DeviceTable,
    FieldChange,
    ProtocolError,
    PushRow,
    SnapshotPage,
    device_names,
    encode_device_names,
    json_size,
    without_values,
)
from sync.wire import ColumnBlock
from sync.wire import PushBatch as WirePushBatch
from sync.registry import FieldSpec, Kind, Registry, TableSpec, blank_value

log = logging.getLogger(__name__)

# Headquarters re-stamps versions more than this far ahead of its clock (service.MAX_SKEW_MS).
HQ_SKEW_MS = 5 * 60 * 1000
DEFAULT_PUSH_BYTES = PUSH_BATCH_BYTES
# Pending changes read to build one batch: at most a push (PUSH_ROWS_ANY unless headquarters
# said it takes more, ``rows`` of build_push).
MAX_CHANGES_READ = PUSH_ROWS_ANY
# A pull that would delete more than this share of the local records (and at least
# MASS_DELETE_MINIMUM of them) stops and asks a person first.
MASS_DELETE_SHARE = 0.2
MASS_DELETE_MINIMUM = 20
INSERT_CHUNK = 2_000  # rows per bulk insert; a failing chunk is retried row by row
# The ``local_settings`` row (optional table of the LocalStore) that holds the token of the
# next page of a snapshot under way (absent: none).
SNAPSHOT_SETTING = "sync_snapshot"
# The ``local_settings`` row that lists ([[table, id], ...]) the records erased here whose
# values may still be in this replica's other files (its backups): cleared by the store's
# ``settle_erasures`` once they are scrubbed (docs/security.md, "Erasure").
ERASURE_SETTING = "erasure_pending"
INT64 = (-(1 << 63), (1 << 63) - 1)
# Text fields blanked when a withdrawn record stays as a reference row, besides every
# field the registry marks personal, for a table whose registry marks no field safe for a
# reference row (FieldSpec.reference): contact channels and free text, by name.
PRIVATE_TEXT = frozenset({"email", "phone", "address", "notes", "outcomes", "follow_up",
                          "full_name", "position"})

# Quarantine codes (stable: the window words them in the person's language).
UNKNOWN_TABLE = "unknown_table"
UNKNOWN_FIELD = "unknown_field"
UNDECODABLE = "undecodable"
MISSING = "missing"
INVALID = "invalid"
CONSTRAINT = "constraint"
MISSING_PARENT = "missing_parent"
UNAVAILABLE = "unavailable"  # a refusal kept here: a record asked for in full never came
ERASED_REFUSAL = "personal_data_erased"  # headquarters erased the person: a refusal never kept
# The kind of a conflict entry made by discarding a change headquarters refused: the values
# refused are kept there (device-local: headquarters never heard of it).
REFUSED = "refused"


class LocalWriter(Protocol):
    """This device's own edits (recorded as changes that sync), from the application."""

    @property
    def connection(self) -> Connection: ...
    def update(self, table: str, row_id: str, changes: Mapping[str, Any]) -> list[str]: ...
    def restore(self, table: str, row_id: str) -> int: ...


class LocalStore(Protocol):
    """What the application hands the sync side of a replica.

    ``tables`` holds the synced tables by name and the replica's own tables under the names
    ``replica``, ``changes``, ``sync_state``, ``conflicts``, ``sync_refusals`` and
    ``sync_quarantine``, and optionally ``device_names`` (device_id, device_name, user_name,
    seen_at: the names of computers, kept from enrolment and from answers) and
    ``local_settings`` (name, value, set_at: where a snapshot under way stands).  ``validate``
    returns the (field, message) pairs that a whole decoded record breaks ('' for the whole record); ``derived_columns`` the device-local
    columns computed from a record's ``search_sources`` fields.
    """

    registry: Registry
    tables: Mapping[str, Table]
    search_sources: tuple[str, ...]

    @property
    def engine(self) -> Engine: ...
    def transaction(self) -> AbstractContextManager[Connection]: ...
    def insert_rows(self, connection: Connection, table: str, rows: list[dict[str, Any]]) -> None: ...
    def derived_columns(self, table: str, record: Mapping[str, Any]) -> dict[str, Any]: ...
    def validate(self, table: str, record: Mapping[str, Any]) -> list[tuple[str, str]]: ...
    def writer(self, *, author: str | None = None) -> AbstractContextManager[LocalWriter]: ...


class MassDeletion(ConfirmationNeeded):
    """Applying a response would delete many local records: a person must confirm."""

    def __init__(self, deleting: int, live: int) -> None:
        super().__init__(f"headquarters' changes would delete {deleting:,} of the {live:,} records here")
        self.deleting = deleting
        self.live = live


@dataclass
class PushBatch:
    """The pending changes of one request: device sequence range and rows in wire form."""

    first: int
    upto: int
    rows: list[dict[str, Any]]
    devices: DeviceTable
    complete: bool  # every pending change is in this batch
    blocks: list[ColumnBlock] = field(default_factory=list)  # new records in columns

    @property
    def count(self) -> int:
        """Rows in the batch, those of the column blocks included."""
        return len(self.rows) + sum(len(block.rows) for block in self.blocks)

    def wire(self) -> WirePushBatch:
        """The ``push`` member of a request."""
        return WirePushBatch(self.first, self.upto, self.rows, self.blocks)


@dataclass(slots=True)
class PreparedBlock:
    """What :meth:`_Pull._prepare_block` made of a snapshot page's column block: for
    each row the record it stores, or None (the full reading decides); the fields naming a
    parent; the ids the block sends twice; the versions of the rows made, newest first."""

    rows: list[dict[str, Any] | None]
    parents: list[tuple[str, str]] = field(default_factory=list)
    twice: frozenset[str] = frozenset()
    newest_first: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    """What applying one response did."""

    pulled: int = 0
    fixed: int = 0
    refused: list[dict[str, Any]] = field(default_factory=list)
    conflicts: int = 0
    wanted: int = 0
    renumbered: int = 0  # pending changes moved after what headquarters holds (a restored replica)
    realigned: bool = False  # a restored replica learnt what headquarters holds: push now
    quarantined: int = 0  # pulled rows kept aside (not applied) by this response
    released: int = 0  # quarantined rows a later good version replaced
    withdrawn: int = 0  # records that left this device's scope and were removed here
    dropped: int = 0  # unsent local changes of withdrawn records, dropped
    erased: int = 0  # records whose personal data headquarters erased, erased here too


@dataclass(frozen=True)
class SyncStatus:
    """Where the replica stands."""

    device_id: str
    server_url: str | None
    user_name: str | None
    cursor: int
    pushed_seq: int
    last_seq: int
    last_sync_at: str | None
    last_error: str | None
    clock_offset_ms: int
    wanted: list[list[str]]
    restored: bool = False  # restored from a backup: pull this device's own changes back too
    realign: bool = False  # restored and headquarters not asked yet how far it holds ours

    @property
    def pending(self) -> int:
        """Changes not yet acknowledged by headquarters."""
        return self.last_seq - self.pushed_seq


class _Bad(Exception):
    """A pulled row this replica cannot apply: why, naming the field, never the value."""

    def __init__(self, code: str, field_name: str | None, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.field = field_name
        self.reason = reason


class Replication:
    """Sync operations on a local replica (no network here: see :mod:`sync.client`)."""

    def __init__(self, local: LocalStore) -> None:
        self.local = local
        self.registry = local.registry
        tables = local.tables
        self.replica_table = tables["replica"]
        self.changes_table = tables["changes"]
        self.state_table = tables["sync_state"]
        self.conflicts_table = tables["conflicts"]
        self.refusals_table = tables["sync_refusals"]
        self.quarantine_table = tables["sync_quarantine"]
        self.names_table: Table | None = tables.get("device_names")
        # The records a snapshot started here on an empty replica has inserted so far, by
        # table (parent tables only): while it is complete, a page's lookups (is this row
        # or this parent held?) are answered from it, not from the database.
        self._snapshot_rows: dict[str, set[str]] | None = None
        self._parent_tables = {parent for spec in self.registry.tables for _f, parent in spec.references}
        # Per table, its fields but the id in the registry's order, each with the encoder its
        # value needs for the wire (None: the value as it is): a column block's layout.
        self._encoders: dict[str, tuple[tuple[str, Callable[[Any], Any] | None], ...]] = {
            spec.name: tuple((f.name, None if f.kind in (Kind.TEXT, Kind.REF, Kind.INT) else f.encode)
                             for f in spec.fields if f.name != "id")
            for spec in self.registry.tables}
        # Per table, where a row of select(table) holds the version, the fields' own
        # versions and each field of _encoders, with its encoder (_column_row).
        self._positions: dict[str, tuple[int, int, tuple[tuple[int, Callable[[Any], Any] | None], ...]]] = {}

    def _write(self) -> AbstractContextManager[Connection]:
        return self.local.transaction()

    def _table(self, name: str) -> Table:
        return self.local.tables[name]

    def status(self) -> SyncStatus:
        """The replica's sync state."""
        with self.local.engine.connect() as connection:
            replica = connection.execute(select(self.replica_table)).one()
            state = connection.execute(select(self.state_table)).one()
        return SyncStatus(replica.device_id, state.server_url, state.user_name, state.cursor,
                          replica.pushed_seq, replica.last_seq, state.last_sync_at,
                          state.last_error, state.clock_offset_ms, list(state.wanted or []),
                          state.restored_at is not None, bool(state.realign))

    def configure(self, *, server_url: str, user_name: str) -> None:
        """Remember which headquarters and user this replica syncs with."""
        with self._write() as connection:
            connection.execute(update(self.state_table).values(server_url=server_url, user_name=user_name))

    def record_enrolment(self, *, server_url: str, user_name: str, device_name: str) -> None:
        """Remember, in one transaction, the headquarters and user this replica now syncs
        with, that its edits from now on are the user's (the author of the edits recorded
        before stays as it was), and the name a person gave this computer."""
        with self._write() as connection:
            connection.execute(update(self.state_table).values(server_url=server_url, user_name=user_name))
            connection.execute(update(self.replica_table).values(author=user_name))
            device_id = connection.execute(select(self.replica_table.c.device_id)).scalar_one()
            self._remember_names(connection, {device_id: (device_name, user_name)})

    def _remember_names(self, connection: Connection, names: Mapping[str, tuple[str, str]]) -> None:
        """Keep the names of computers (and their users) for History, Trash and Conflicts."""
        table = self.names_table
        if table is None or not names:
            return
        known = {row.device_id: (row.device_name, row.user_name) for row in connection.execute(
            select(table.c.device_id, table.c.device_name, table.c.user_name)
            .where(table.c.device_id.in_(list(names))))}
        for device_id, (device_name, user_name) in names.items():
            if device_id not in known:
                connection.execute(insert(table).values(
                    device_id=device_id, device_name=device_name, user_name=user_name,
                    seen_at=_now()))
            elif known[device_id] != (device_name, user_name):
                connection.execute(update(table).where(table.c.device_id == device_id).values(
                    device_name=device_name, user_name=user_name, seen_at=_now()))

    def record_failure(self, message: str, code: str | None = None) -> None:
        """Remember that a sync attempt failed, and why: the message (the client's English)
        and its code, which the window shows in the person's language.  Best effort:
        when even this cannot be written (a full disk), the error itself still reaches the
        person, so it is only logged."""
        try:
            with self._write() as connection:
                connection.execute(update(self.state_table).values(
                    last_error=message, last_error_code=code, last_attempt_at=_now()))
        except SyncError as error:
            log.warning("could not record the sync failure: %s", error.message)

    def set_pushed(self, pushed: int) -> None:
        """Headquarters has this device's changes up to ``pushed``: send again from there."""
        with self._write() as connection:
            connection.execute(update(self.replica_table).values(pushed_seq=pushed))

    def resolved_conflict_ids(self) -> list[str]:
        """Conflicts resolved here whose resolution headquarters has not acknowledged yet."""
        conflicts = self.conflicts_table
        with self.local.engine.connect() as connection:
            return list(connection.execute(select(conflicts.c.id).where(
                conflicts.c.resolution.like("pending:%"))).scalars())

    def acknowledge_resolved(self, ids: list[str]) -> None:
        """Headquarters recorded these resolutions."""
        if not ids:
            return
        conflicts = self.conflicts_table
        with self._write() as connection:
            for conflict_id in ids:
                stored = connection.execute(select(conflicts.c.resolution).where(
                    conflicts.c.id == conflict_id)).scalar()
                if stored and stored.startswith("pending:"):
                    connection.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(
                        resolution=stored.removeprefix("pending:")))

    def conflicts(self, *, include_resolved: bool = False) -> list[dict[str, Any]]:
        """Conflicts kept for review, newest first, JSON-ready."""
        conflicts = self.conflicts_table
        query = select(conflicts).order_by(conflicts.c.created_at.desc(), conflicts.c.id)
        if not include_resolved:
            query = query.where(conflicts.c.resolved_at.is_(None))
        with self.local.engine.connect() as connection:
            return [dict(row) for row in connection.execute(query).mappings()]

    def quarantine(self) -> list[dict[str, Any]]:
        """Pulled rows kept aside, newest first, JSON-ready: table, id, field, code, reason
        and when (not the raw row: it may hold personal data)."""
        quarantine = self.quarantine_table
        with self.local.engine.connect() as connection:
            return [dict(row) for row in connection.execute(
                select(quarantine.c.tbl, quarantine.c.row_id, quarantine.c.field, quarantine.c.code,
                       quarantine.c.reason, quarantine.c.at)
                .order_by(quarantine.c.id.desc())).mappings()]

    # -- refused changes ------------------------------------------------------------------

    def refused_context(self, connection: Connection, table: str, row_id: str
                        ) -> tuple[list[str], bool]:
        """The fields of ``row_id`` that headquarters refused, and whether the record is one
        headquarters never had (:func:`refused_context`)."""
        return refused_context(connection, self.refusals_table, self.registry, table, row_id)

    def discard_refused(self, keys: Sequence[tuple[str, str]]) -> int:
        """Give up refused changes of the records ``keys`` (table, id), never losing them:
        each becomes an entry on the Conflicts page (kind ``refused``) holding the values
        headquarters refused, to bring back or to let go later.  A record headquarters has
        returns to its version at the next sync (it is asked for in full); a record it never
        had goes to the Trash here, without a change that syncs, and its unsent changes are
        dropped (their values are in the entry).  Returns how many records were discarded."""
        discarded = 0
        with self._write() as connection:
            replica = connection.execute(select(self.replica_table)).one()
            state = connection.execute(select(self.state_table)).one()
            wanted = {tuple(w) for w in state.wanted or []}
            for table, row_id in dict.fromkeys((str(t), str(i)) for t, i in keys):
                if table not in self.registry:
                    continue
                names, new = self.refused_context(connection, table, row_id)
                columns = self._table(table)
                stored = connection.execute(select(columns).where(
                    columns.c.id == row_id)).mappings().first()
                refusals = self.refusals_table
                connection.execute(delete(refusals).where(
                    refusals.c.tbl == table, refusals.c.row_id == row_id))
                if stored is None or not (names or new):
                    discarded += 1
                    continue  # withdrawn, never here, or nothing refused: nothing to keep
                spec = self.registry.table(table)
                versions = stored["sync_field_versions"] or {}
                entries = [("", {name: spec.field(name).encode(stored[name]) for name in spec.field_names
                                 if name not in ("id", "deleted")}, stored["sync_version"])] if new else [
                    (name, spec.field(name).encode(stored[name]), versions.get(name, stored["sync_version"]))
                    for name in names]
                for field_name, value, version in entries:
                    connection.execute(insert(self.conflicts_table).values(
                        id=uuid.uuid4().hex, tbl=table, row_id=row_id, field=field_name, kind=REFUSED,
                        winner_value=None, winner_version=None, loser_value=value,
                        loser_version=version, loser_device=replica.device_id, created_at=_now(),
                        resolved_at=None, resolution=None))
                if new:
                    connection.execute(delete(self.changes_table).where(
                        self.changes_table.c.device_id == replica.device_id,
                        self.changes_table.c.device_seq > replica.pushed_seq,
                        self.changes_table.c.tbl == table, self.changes_table.c.row_id == row_id))
                    connection.execute(update(columns).where(columns.c.id == row_id).values(deleted=True))
                else:
                    wanted.add((table, row_id))
                discarded += 1
                log.info("refused change of %s %s discarded (kept for review)", table, row_id)
            connection.execute(update(self.state_table).values(
                wanted=[list(w) for w in sorted(wanted)] or None))
        return discarded

    def resolve_conflict(self, conflict_id: str, *, keep: str, value: Any = None, author: str | None = None) -> None:
        """Settle a conflict: keep the ``winner`` (nothing changes), bring back the ``loser``
        (written as a new edit that syncs like any other), or write a merged ``value``."""
        if keep not in ("winner", "loser", "value"):
            raise ValueError("keep is winner, loser or value")
        conflicts = self.conflicts_table
        with self.local.engine.connect() as connection:
            conflict = connection.execute(select(conflicts).where(conflicts.c.id == conflict_id)).mappings().first()
        if conflict is None:
            raise KeyError(f"no conflict {conflict_id}")
        table, row_id, field_name = conflict["tbl"], conflict["row_id"], conflict["field"]
        if conflict["kind"] == REFUSED:
            if keep != "winner":  # sending it again is the application's (see sync_adapter)
                raise ValueError("a discarded refused change is brought back by sending it again")
            with self._write() as connection:  # headquarters never knew it: settled here only
                connection.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(
                    resolved_at=_now(), resolution="discarded"))
            return
        with self.local.writer(author=author) as writer:
            if keep != "winner":
                if conflict["kind"] == "field":
                    chosen = conflict["loser_value"] if keep == "loser" else value
                    spec = self.registry.table(table).field(field_name)
                    writer.update(table, row_id, {field_name: spec.decode(chosen)})
                else:  # a delete met an edit: keeping the edit means restoring the record
                    writer.restore(table, row_id)
            writer.connection.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(
                resolved_at=_now(), resolution=f"pending:{keep}"))

    def reset(self) -> None:
        """Forget the pull cursor so the next sync reconciles everything again; local edits
        not yet acknowledged stay pending and are pushed as usual."""
        with self._write() as connection:
            connection.execute(update(self.state_table).values(cursor=0, wanted=None))
            if self._snapshot_token(connection):  # from now on: pulls from 0
                self._finish_snapshot(connection)

    # -- snapshots (a first sync) -------------------------------------------------------

    def snapshot_start(self) -> str | None:
        """Where a snapshot stands for this replica: the token of the next page of a
        snapshot interrupted earlier (resumed), "" when it holds nothing yet and should
        start one (cursor 0, no synced rows, nothing pending, not a restored backup), None
        when it pulls the ordinary way (docs/sync-protocol.md, Snapshots)."""
        with self.local.engine.connect() as connection:
            token = self._snapshot_token(connection)
            self._snapshot_rows = None
            if token:
                return token
            replica = connection.execute(select(self.replica_table)).one()
            state = connection.execute(select(self.state_table)).one()
            if (state.cursor != 0 or state.wanted or state.restored_at is not None or state.realign
                    or replica.last_seq != replica.pushed_seq):
                return None
            for table in self.registry.names:
                columns = self._table(table)
                if connection.execute(select(columns.c.id).limit(1)).first() is not None:
                    return None
        self._snapshot_rows = {}  # from an empty replica: every row held will be listed
        return ""

    def forget_snapshot(self) -> None:
        """Give up a snapshot (headquarters no longer serves its pages): what it applied
        stays, the cursor stays 0, and ordinary pulls reconcile everything from there."""
        with self._write() as connection:
            self._finish_snapshot(connection)

    def apply_snapshot_page(self, page: SnapshotPage, *, local_clock_ms: int) -> Outcome:
        """Apply one snapshot page in one transaction, exactly as a pulled answer's rows
        and conflicts are applied (the same decoding, checks and quarantine, bulk inserts of
        new rows), with the token of the next page kept in the same transaction (an
        interrupted snapshot resumes there).  The last page moves the cursor to the
        snapshot's: ordinary pulls go on from it."""
        last = page.next is None
        rows, blocks = page.rows, page.blocks
        if blocks and self._snapshot_rows is None:  # resumed: every row read as a pulled row
            rows = [*rows, *(block.as_row(row) for block in blocks for row in block.rows)]
            blocks = []
        document: dict[str, Any] = {
            "v": page.version, "clock": page.clock, "d": list(page.devices),
            "rows": rows, "conflicts": [c.encode() for c in page.conflicts],
            "more": not last, "pushed": None,
        }
        named = encode_device_names(page.devices, page.names)
        if named is not None:
            document["dn"] = named
        if last:
            document["cursor"] = page.cursor
        else:
            with self.local.engine.connect() as connection:
                document["cursor"] = connection.execute(select(self.state_table.c.cursor)).scalar_one()

        def bookkeeping(connection: Connection) -> None:
            if last:
                self._finish_snapshot(connection)
            else:
                self._set_snapshot_token(connection, page.next)

        return self.apply_response(None, document, local_clock_ms=local_clock_ms,
                                   also=bookkeeping, snapshot=True, blocks=blocks)

    def _finish_snapshot(self, connection: Connection) -> None:
        """A snapshot is over (applied, or given up): forget its token, build again the
        indexes its pages set aside, and the search index over the rows they inserted
        without it."""
        self._set_snapshot_token(connection, None)
        self._snapshot_rows = None
        restore = getattr(self.local, "restore_indexes", None)
        if callable(restore):
            restore(connection)
        rebuild = getattr(self.local, "rebuild_search_index", None)
        if callable(rebuild):
            rebuild(connection)

    def _snapshot_token(self, connection: Connection) -> str | None:
        settings = self.local.tables.get("local_settings")
        if settings is None:
            return None
        return connection.execute(select(settings.c.value).where(
            settings.c.name == SNAPSHOT_SETTING)).scalar()

    def _set_snapshot_token(self, connection: Connection, token: str | None) -> None:
        settings = self.local.tables.get("local_settings")
        if settings is None:  # a store without local settings: a snapshot restarts as pulls
            return
        connection.execute(delete(settings).where(settings.c.name == SNAPSHOT_SETTING))
        if token is not None:
            connection.execute(insert(settings).values(name=SNAPSHOT_SETTING, value=token, set_at=_now()))

    # -- push ---------------------------------------------------------------------------

    def build_push(self, *, limit_bytes: int = DEFAULT_PUSH_BYTES, after: int | None = None,
                   columns: bool = False, rows: int | None = None) -> PushBatch | None:
        """The next batch of pending changes, or None when nothing is pending.

        When every pending change was dropped (its record was withdrawn) the batch has no
        rows: it only tells headquarters that those sequence numbers are used.  ``after``
        (a file for headquarters, several batches at once): the batch that follows the one
        ending there, instead of the first unacknowledged change.  ``columns`` (headquarters
        said it takes them): records made here and not yet sent, every field at one
        version, go in column blocks, one per table (a first push of a whole region is
        mostly these).  ``rows``: at most this many rows (headquarters' ``push_rows``; never
        more than MAX_PUSH_ROWS), else MAX_CHANGES_READ, what every headquarters takes."""
        read = MAX_CHANGES_READ if rows is None else max(1, min(rows, MAX_PUSH_ROWS))
        changes_table = self.changes_table
        with self.local.engine.connect() as connection:
            replica = connection.execute(select(self.replica_table)).one()
            sent_upto = max(replica.pushed_seq, after or 0)
            changes = connection.execute(
                select(changes_table.c.device_seq, changes_table.c.tbl, changes_table.c.row_id,
                       changes_table.c.fields, changes_table.c.base)
                .where(changes_table.c.device_id == replica.device_id,
                       changes_table.c.device_seq > sent_upto)
                .order_by(changes_table.c.device_seq)
                .limit(read)
            ).all()
            if not changes:
                if replica.last_seq > sent_upto:
                    return PushBatch(sent_upto + 1, replica.last_seq, [], DeviceTable(), True)
                return None
            # Changes beyond those read go in a later batch (re-sending a field whose version
            # headquarters already has is a no-op there).
            more_pending = len(changes) == read
            coalesced = _coalesce(changes)
            devices = DeviceTable()
            wire_rows: list[dict[str, Any]] = []
            size = 0
            upto = changes[-1].device_seq
            if not more_pending:  # changes dropped at the end (withdrawn) are covered too
                upto = max(upto, replica.last_seq)
            complete = True
            keys = list(coalesced)
            blocks: dict[str, ColumnBlock] = {}
            count = 0
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                stored = self._fetch_rows(connection, chunk, mappings=False)
                for key in chunk:
                    pending = coalesced[key]
                    if count and (size >= limit_bytes or count >= read):
                        upto = pending.first_seq - 1
                        complete = False
                        break
                    found = stored.get(key)
                    row: Any = None
                    if columns and pending.fields is None and pending.row_base is None:
                        row = self._column_row(devices, blocks, key, found)
                    if row is None:
                        row = self._wire_row(devices, key, pending, None if found is None else found._mapping)
                        if row is not None:
                            wire_rows.append(row)
                    if row is not None:
                        count += 1
                        # Bytes, not characters: headquarters caps requests in bytes, and a
                        # device may cut its batches far above 256 KiB (sync.client.PushSizer).
                        size += json_size(row)
                if not complete:
                    break
        return PushBatch(sent_upto + 1, upto, wire_rows, devices, complete and not more_pending,
                         list(blocks.values()))

    def _column_row(self, devices: DeviceTable, blocks: dict[str, ColumnBlock],
                    key: tuple[str, str], stored: Any) -> list[Any] | None:
        """A record made here, not yet sent, as a row of its table's column block
        (``[id, version, value, ...]``), when every field is at the record's one version;
        None otherwise (it goes as a row).  ``stored``: its row of ``select(table)`` (a
        Row, read by position: :meth:`_fetch_rows` with ``mappings=False``)."""
        table, row_id = key
        if stored is None or table not in self.registry:
            return None
        at = self._positions.get(table)
        if at is None:  # where each column is in a row of select(table): once a table
            position = {name: i for i, name in enumerate(self._table(table).c.keys())}
            at = self._positions[table] = (
                position["sync_version"], position["sync_field_versions"],
                tuple((position[name], encode) for name, encode in self._encoders[table]))
        versioned, own_versions, layout = at
        version = stored[versioned]
        own = stored[own_versions]
        if own and any(v != version for v in own.values()):
            return None
        block = blocks.get(table)
        if block is None:
            block = blocks[table] = ColumnBlock(table, [name for name, _encode in self._encoders[table]], [])
        row = [row_id, devices.pack(version),
               *[stored[i] if encode is None else encode(stored[i]) for i, encode in layout]]
        block.rows.append(row)
        return row

    def _wire_row(
        self, devices: DeviceTable, key: tuple[str, str], pending: _Pending, stored: Any
    ) -> dict[str, Any] | None:
        table, row_id = key
        if stored is None or table not in self.registry:
            return None
        spec = self.registry.table(table)
        versions = stored["sync_field_versions"] or {}
        names = [f for f in spec.field_names if f != "id"] if pending.fields is None else sorted(pending.fields)
        changes = {
            name: FieldChange(spec.field(name).encode(stored[name]),
                              versions.get(name, stored["sync_version"]),
                              None if pending.fields is None else pending.bases.get(name))
            for name in names
        }
        return PushRow(table, row_id, changes, pending.row_base).encode(devices)

    # -- applying a response ------------------------------------------------------------

    def apply_response(
        self, batch: PushBatch | None, response: dict[str, Any], *, local_clock_ms: int,
        allow_mass_delete: bool = False, requested: list[list[str]] | None = None,
        also: Callable[[Connection], None] | None = None, snapshot: bool = False,
        late: bool = False, blocks: Sequence[ColumnBlock] = (),
    ) -> Outcome:
        """Apply one response in one transaction: acknowledgement, corrections, pulled rows
        (those that cannot be applied are quarantined), conflicts, refusals, withdrawals and
        the new cursor.  MassDeletion (before anything is written) when it would delete a
        large share of the local records, unless allowed.

        ``late``: an answer that may be older than what this replica has applied since (a
        reply carried on a file, read after ordinary syncs or another reply): the
        acknowledgement and the cursor only move forward, and the pulled rows and
        withdrawals of an answer that ends at or before this replica's cursor are left out
        (every change up to the cursor was applied; an old withdrawal must not remove a
        record that came back since).

        ``blocks``: a snapshot page's rows in columns, for a snapshot started on an empty
        replica (:meth:`apply_snapshot_page`): new whole rows, inserted in bulk by
        :meth:`_Pull.apply_block`; any row that path cannot take as it is (unreadable, a
        broken rule, a missing parent, an erasure, a record already held) is read as the
        pulled row it stands for, here, with every check above."""
        outcome = Outcome()
        devices = DeviceTable(response.get("d") or [])
        with self._write() as connection:
            state = connection.execute(select(self.state_table)).one()
            if late:
                response = dict(response)
                if isinstance(response.get("cursor"), int) and response["cursor"] <= state.cursor:
                    response.update(rows=[], gone=[], more=False, cursor=state.cursor)
                    requested = None  # rows asked for came (or not) in what was applied since
            if not allow_mass_delete:
                self._guard_mass_deletion(connection, response)
            replica = connection.execute(select(self.replica_table)).one()
            pushed = response.get("pushed")
            if late and isinstance(pushed, int) and pushed < replica.pushed_seq:
                pushed = response["pushed"] = replica.pushed_seq
            if isinstance(pushed, int) and state.realign and batch is None:
                # The first answer after restoring a backup: headquarters says how far it
                # holds this device's changes.  Unsent edits made since the backup (and
                # those the backup had not sent) go after that; re-sending a change it
                # already holds is a no-op there.
                if pushed > replica.pushed_seq:
                    outcome.renumbered = self._renumber_pending(connection, replica, pushed)
                connection.execute(update(self.state_table).values(realign=False))
                outcome.realigned = True
            elif isinstance(pushed, int) and pushed > replica.last_seq:
                # Headquarters holds more of this device's changes than this replica ever
                # made: it was restored from a backup or copied back.  Its newer edits reuse
                # sequence numbers headquarters already has and would be taken for changes
                # already received; move them after what headquarters holds.
                outcome.renumbered = self._renumber_pending(connection, replica, pushed)
            elif isinstance(pushed, int):
                connection.execute(update(self.replica_table).values(pushed_seq=pushed))
            else:
                pushed = replica.pushed_seq
            wanted = {tuple(w) for w in state.wanted or []}
            gone = response.get("gone") or []
            if gone:  # before the rows: a reference row of a withdrawn record may follow
                outcome.withdrawn, outcome.dropped = self._withdraw(
                    connection, replica.device_id, gone, wanted)
            fixes = [r for r in response.get("fix", []) if _well_formed(r)]
            rows = [r for r in response.get("rows", []) if _well_formed(r)]
            touched = {(r["t"], r["i"]) for r in [*fixes, *rows]}
            in_columns = {(block.table, row[0]) for block in blocks
                          for width in (len(block.columns) + 2,) for row in block.rows
                          if type(row) is list and len(row) == width and type(row[0]) is str}
            touched |= in_columns
            pending = self._pending_fields(connection, replica.device_id, pushed, touched)
            # Pulled versions are checked against headquarters' time as well as ours: a
            # device whose clock is years behind must still observe what it pulls, or its
            # next edit would be ordered before edits it has seen.
            server_ms = response.get("clock") if isinstance(response.get("clock"), int) else None
            clock = HybridClock(last=replica.hlc, now_ms=lambda: max(wall_ms(), server_ms or 0))
            pull = _Pull(self, connection, devices, pending, clock, wanted)
            for row in response.get("rows", []) + response.get("fix", []):
                if not _well_formed(row):
                    pull.quarantine(row, _Bad(UNDECODABLE, None, "the record could not be read"))
            fixed_rows = self._fetch_rows(connection, [(r["t"], r["i"]) for r in fixes])
            for row in fixes:
                outcome.fixed += pull.apply_row(row, fixed_rows, None)
            present = {(r["t"], r["i"]) for r in rows} | in_columns
            known = self._snapshot_rows if snapshot else None
            inserts: dict[str, list[dict[str, Any]]] = {}
            if blocks:
                aside = {(r["t"], r["i"]) for r in rows}  # also sent as pulled rows: read so
                fast: dict[str, set[str]] = known if known is not None else {}
                for block in blocks:
                    taken, fallback = pull.apply_block(block, fast, present, aside, inserts)
                    outcome.pulled += taken
                    rows.extend(fallback)
            waiting = self._missing_parents(connection, rows, present, wanted, known)
            keys = [(r["t"], r["i"]) for r in rows]
            if known is not None:  # a snapshot from nothing: only rows it inserted are held
                keys = [key for key in keys if key[1] in known.get(key[0], ())]
            elif snapshot:  # a snapshot page (resumed): mostly new rows; read only those held
                keys = sorted(self._held(connection, keys))
            existing = self._fetch_rows(connection, keys)
            erased_before = self._erased_here(existing)
            for row in rows:
                if (row["t"], row["i"]) in waiting:
                    continue
                outcome.pulled += pull.apply_row(row, existing, inserts)
            if known is not None and any(inserts.values()):
                # A snapshot from nothing: the tables' plain indexes may be set aside until
                # its end (built once, by sorting, instead of row by row); the local store
                # decides from the page's rows.
                set_aside = getattr(self.local, "pause_indexes", None)
                if callable(set_aside):
                    set_aside(connection, sum(len(batch) for batch in inserts.values()))
            # A snapshot's pages skip the search index (built once, after the last page).
            paused = getattr(self.local, "search_index_paused", None) if snapshot else None
            with paused(connection) if callable(paused) else contextlib.nullcontext():
                for table in self.registry.names:  # parents before children
                    outcome.pulled -= pull.insert(table, inserts.get(table, []))
            for table, row_id in requested or []:
                key = (table, row_id)
                if key not in wanted:
                    continue
                wanted.discard(key)  # asked for in full and still incomplete: do not ask forever
                child = next((r for r in rows if (r["t"], r["i"]) == key and key in waiting), None)
                if child is not None:  # its parent never came: keep it aside, say so
                    pull.quarantine(child, _Bad(MISSING_PARENT, None,
                                                "refers to a record headquarters could not send"))
                else:
                    connection.execute(insert(self.refusals_table).values(
                        tbl=table, row_id=row_id, field=None, code=UNAVAILABLE,
                        reason="headquarters could not send this record in full", at=_now()))
            if pull.quarantined or waiting:
                outcome.pulled -= pull.check_references(existing)
            pull.release()
            for conflict in response.get("conflicts", []):
                outcome.conflicts += self._store_conflict(connection, devices, conflict)
            # Names of the computers in this answer (a malformed one is left out: a name is
            # for people to read and never stops a sync).
            self._remember_names(connection, device_names(response, strict=False))
            held_refusals: set[tuple[Any, ...]] = {
                (r.tbl, r.row_id, r.field, r.code) for r in connection.execute(select(
                    self.refusals_table.c.tbl, self.refusals_table.c.row_id,
                    self.refusals_table.c.field, self.refusals_table.c.code))
            } if response.get("refused") else set()
            for refusal in response.get("refused", []):
                outcome.refused.append(refusal)
                said = (str(refusal.get("t")), str(refusal.get("i")), refusal.get("field"),
                        str(refusal.get("code")))
                if said in held_refusals:  # answered again (a lost reply, a file read twice)
                    continue
                held_refusals.add(said)
                fields, new_record = _pushed_context(batch, refusal)
                connection.execute(insert(self.refusals_table).values(
                    tbl=str(refusal.get("t")), row_id=str(refusal.get("i")), field=refusal.get("field"),
                    code=str(refusal.get("code")), reason=str(refusal.get("reason")), at=_now(),
                    fields=fields, new_record=new_record))
            erased = [key for key in self._erased_in([*fixes, *rows]) if key not in erased_before]
            # A change refused because the person's data was erased, answered after this
            # replica erased them (a reply read late, an edit made meanwhile): nothing of it
            # is kept either, neither as a refusal nor on the Conflicts page (invariant 13).
            refused_erased = sorted({(str(r.get("t")), str(r.get("i"))) for r in response.get("refused", [])
                                     if r.get("code") == ERASED_REFUSAL} - set(erased))
            if refused_erased:
                erased += sorted(self._erased_here(self._fetch_rows(connection, refused_erased)))
            if erased:  # after the rows, conflicts and refusals: none of them may keep a value
                outcome.erased, dropped = self._erase(connection, replica.device_id, pushed, erased,
                                                      wanted)
                outcome.dropped += dropped
            outcome.quarantined = pull.quarantined
            outcome.released = pull.released
            hlc = clock.last
            if server_ms is not None and (hlc >> 16) > server_ms + HQ_SKEW_MS:
                # Our clock ran ahead and headquarters re-stamped what we sent: come back to
                # its time (just past any re-stamped version), or every later edit of ours
                # would be re-stamped at push time and beat newer edits made meanwhile.
                hlc = pack(server_ms + HQ_SKEW_MS + 1, 0)
            connection.execute(update(self.replica_table).values(hlc=hlc))
            server_clock = response.get("clock")
            offset = server_clock - local_clock_ms if isinstance(server_clock, int) else state.clock_offset_ms
            done = not response.get("more") and (batch is None or batch.complete) and not wanted
            connection.execute(update(self.state_table).values(
                cursor=int(response.get("cursor", state.cursor)),
                clock_offset_ms=offset,
                wanted=[list(w) for w in sorted(wanted)] or None,
                last_attempt_at=_now(),
                last_sync_at=_now() if done else state.last_sync_at,
                last_error=None,
                last_error_code=None,
            ))
            if state.restored_at is not None and not response.get("more") and not outcome.realigned:
                # A restored replica has its own changes since the backup back: done.
                connection.execute(update(self.state_table).values(restored_at=None))
            outcome.wanted = len(wanted)
            if also is not None:  # the caller's own bookkeeping, in the same transaction
                also(connection)
        if outcome.erased:  # committed: now out of the log and the backups
            settle = getattr(self.local, "settle_erasures", None)
            if callable(settle):
                settle()
        if snapshot and self._snapshot_rows is not None:  # committed: held from now on
            for table, row_id in pull.inserted:
                if table in self._parent_tables:
                    self._snapshot_rows.setdefault(table, set()).add(row_id)
        return outcome

    def _guard_mass_deletion(self, connection: Connection, response: dict[str, Any]) -> None:
        deleting: dict[str, set[str]] = {}
        for row in [*response.get("fix", []), *response.get("rows", [])]:
            if not _well_formed(row) or row["t"] not in self.registry:
                continue
            value = row["f"].get("deleted")
            if isinstance(value, list) and value and value[0] is True:
                deleting.setdefault(row["t"], set()).add(row["i"])
        if sum(len(ids) for ids in deleting.values()) < MASS_DELETE_MINIMUM:
            return
        live_total = 0
        dying = 0
        for table, ids in deleting.items():
            columns = self._table(table)
            live_total += connection.execute(
                select(func.count()).select_from(columns).where(columns.c.deleted.is_(False))).scalar_one()
            for start in range(0, len(ids), 500):
                chunk = sorted(ids)[start:start + 500]
                dying += connection.execute(select(func.count()).select_from(columns).where(
                    columns.c.id.in_(chunk), columns.c.deleted.is_(False))).scalar_one()
        if dying >= MASS_DELETE_MINIMUM and dying > MASS_DELETE_SHARE * max(live_total, 1):
            raise MassDeletion(dying, live_total)

    def _missing_parents(
        self, connection: Connection, rows: list[dict[str, Any]], present: set[tuple[str, str]],
        wanted: set[tuple[str, ...]], known: dict[str, set[str]] | None = None,
    ) -> set[tuple[str, str]]:
        """Rows whose parent this replica lacks wait: both are asked for in full."""
        needed: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for row in rows:
            if row["t"] not in self.registry:
                continue
            for field_name, parent in self.registry.table(row["t"]).references:
                value = row["f"].get(field_name)
                parent_id = value[0] if isinstance(value, list) and value else None
                if isinstance(parent_id, str) and (parent, parent_id) not in present:
                    needed.setdefault((parent, parent_id), []).append((row["t"], row["i"]))
        if known is not None:  # parents a snapshot from nothing inserted: held
            needed = {key: children for key, children in needed.items()
                      if key[1] not in known.get(key[0], ())}
        if not needed:
            return set()
        found = self._held(connection, list(needed))
        waiting: set[tuple[str, str]] = set()
        for parent_key, children in needed.items():
            if parent_key not in found:
                wanted.add(parent_key)
                for child in children:
                    wanted.add(child)
                    waiting.add(child)
        return waiting

    def _store_conflict(self, connection: Connection, devices: DeviceTable, conflict: dict[str, Any]) -> int:
        conflicts = self.conflicts_table
        exists = connection.execute(select(conflicts.c.id).where(conflicts.c.id == conflict["id"])).first()
        resolved_at = _now() if conflict.get("resolved") else None
        if exists is not None:
            if resolved_at:
                connection.execute(update(conflicts).where(
                    conflicts.c.id == conflict["id"], conflicts.c.resolved_at.is_(None)
                ).values(resolved_at=resolved_at, resolution="elsewhere"))
            return 0
        winner_value, winner_version = conflict["winner"]
        loser_value, loser_version = conflict["loser"]
        connection.execute(insert(conflicts).values(
            id=conflict["id"], tbl=conflict["t"], row_id=conflict["i"], field=conflict["field"],
            kind=conflict["kind"], winner_value=winner_value, winner_version=winner_version,
            loser_value=loser_value, loser_version=loser_version,
            loser_device=conflict.get("loser_device"), created_at=conflict.get("at") or _now(),
            resolved_at=resolved_at, resolution="elsewhere" if resolved_at else None,
        ))
        return 1

    # -- withdrawal ---------------------------------------------------------------------

    def _withdraw(
        self, connection: Connection, device_id: str, gone: Sequence[Any], wanted: set[tuple[str, ...]]
    ) -> tuple[int, int]:
        """Remove records that left this device's scope, children before parents, without
        any change that syncs back; returns (records withdrawn, local changes dropped)."""
        order = {name: index for index, name in enumerate(self.registry.names)}
        keys = sorted({(str(item[0]), str(item[1])) for item in gone
                       if isinstance(item, (list, tuple)) and len(item) == 2 and item[0] in order},
                      key=lambda key: (-order[key[0]], key[1]))
        pushed = connection.execute(select(self.replica_table.c.pushed_seq)).scalar_one()
        withdrawn = dropped = 0
        for table, row_id in keys:
            wanted.discard((table, row_id))
            changes = self.changes_table
            dropped += int(connection.execute(delete(changes).where(
                changes.c.device_id == device_id, changes.c.device_seq > pushed,
                changes.c.tbl == table, changes.c.row_id == row_id)).rowcount)
            for bookkeeping in (self.conflicts_table, self.refusals_table, self.quarantine_table):
                connection.execute(delete(bookkeeping).where(
                    bookkeeping.c.tbl == table, bookkeeping.c.row_id == row_id))
            if self._withdraw_row(connection, table, row_id):
                withdrawn += 1
        return withdrawn, dropped

    def _withdraw_row(self, connection: Connection, table: str, row_id: str) -> bool:
        columns = self._table(table)
        stored = connection.execute(select(columns).where(columns.c.id == row_id)).mappings().first()
        if stored is None:
            return False  # not here (or withdrawn before): nothing to do
        spec = self.registry.table(table)
        referenced = self._referenced(connection, table, row_id)
        blanked = blanked_on_withdrawal(spec) if referenced else {
            name for name in spec.field_names if name not in ("id", "deleted")}
        values = {name: _blank(spec.field(name), columns.c[name].nullable) for name in blanked}
        record = {**stored, **values}
        values |= self.local.derived_columns(table, record)
        # Personal fields first: the values are overwritten before the row goes, so they do
        # not linger in the row's page, the search index or the write-ahead log's last copy.
        connection.execute(update(columns).where(columns.c.id == row_id).values(values))
        if not referenced:
            connection.execute(delete(columns).where(columns.c.id == row_id))
        return True

    def _referenced(self, connection: Connection, table: str, row_id: str) -> bool:
        """Whether a local row (that stays) refers to this one by a foreign key."""
        for child in self.registry.tables:
            for field_name, parent in child.references:
                if parent != table:
                    continue
                columns = self._table(child.name)
                if connection.execute(select(columns.c.id).where(
                        columns.c[field_name] == row_id).limit(1)).first() is not None:
                    return True
        return False

    # -- erasure -------------------------------------------------------------------------

    def _erased_in(self, rows: Sequence[Any]) -> list[tuple[str, str]]:
        """The records a pulled row says headquarters erased (its erasure field set)."""
        found: list[tuple[str, str]] = []
        for row in rows:
            if not _well_formed(row) or row["t"] not in self.registry:
                continue
            marker = self.registry.table(row["t"]).erasure_field
            pair = row["f"].get(marker) if marker else None
            if isinstance(pair, list) and pair and pair[0]:
                found.append((str(row["t"]), str(row["i"])))
        return found

    def _erased_here(self, stored: Mapping[tuple[str, str], Any]) -> set[tuple[str, str]]:
        """The held records already erased here (a row asked for again in full brings the
        erasure a second time: nothing more to do)."""
        found = set()
        for (table, row_id), row in stored.items():
            marker = self.registry.table(table).erasure_field if table in self.registry else None
            if marker and row is not None and row.get(marker) is not None:
                found.add((table, row_id))
        return found

    def _erase(self, connection: Connection, device_id: str, pushed: int,
               keys: Sequence[tuple[str, str]], wanted: set[tuple[str, ...]]) -> tuple[int, int]:
        """Erase here what headquarters erased (DESIGN invariant 13), in the transaction that
        applies the answer: the record's unsent changes are dropped (headquarters refuses
        them), its conflicts, refusals and quarantined versions forgotten, and its personal
        fields blanked whatever this replica held (a local edit the pull left in place
        included).  A record whose unsent changes were dropped (or refused) is asked for in
        full (``want``): what else those changes had set here (a delete, a position) goes
        back to headquarters' version.  The store overwrites freed space (``secure_delete``) and,
        once this commits, truncates its log and scrubs its backups (``settle_erasures``).
        Returns (records erased, changes dropped)."""
        erased = dropped = 0
        changes = self.changes_table
        for table, row_id in keys:
            gone = int(connection.execute(delete(changes).where(
                changes.c.device_id == device_id, changes.c.device_seq > pushed,
                changes.c.tbl == table, changes.c.row_id == row_id)).rowcount)
            dropped += gone
            refused = 0
            for bookkeeping in (self.conflicts_table, self.refusals_table, self.quarantine_table):
                count = int(connection.execute(delete(bookkeeping).where(
                    bookkeeping.c.tbl == table, bookkeeping.c.row_id == row_id)).rowcount)
                refused += count if bookkeeping is self.refusals_table else 0
            if gone or refused:  # local changes headquarters will never take: its version
                wanted.add((table, row_id))
            spec, columns = self.registry.table(table), self._table(table)
            blanks = {name: _blank(spec.field(name), columns.c[name].nullable)
                      for name in spec.personal_fields}
            erased += int(connection.execute(update(columns).where(
                columns.c.id == row_id).values(blanks)).rowcount)
        settings = self.local.tables.get("local_settings")
        if settings is not None:  # the backups still hold them until settled
            held = connection.execute(select(settings.c.value).where(
                settings.c.name == ERASURE_SETTING)).scalar()
            listed = {tuple(item) for item in json.loads(held)} if held else set()
            listed.update(keys)
            connection.execute(delete(settings).where(settings.c.name == ERASURE_SETTING))
            connection.execute(insert(settings).values(
                name=ERASURE_SETTING, value=json.dumps(sorted(listed)), set_at=_now()))
        return erased, dropped

    # -- helpers ------------------------------------------------------------------------

    def _held(self, connection: Connection, keys: list[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of ``keys`` (table, id) this replica holds: one plain statement per chunk of
        ids (a snapshot asks this of every row and parent it brings)."""
        by_table: dict[str, set[str]] = {}
        for table, row_id in keys:
            if table in self.registry and isinstance(row_id, str):
                by_table.setdefault(table, set()).add(row_id)
        found: set[tuple[str, str]] = set()
        for table, ids in by_table.items():
            name = self._table(table).name
            unique = sorted(ids)
            for start in range(0, len(unique), 500):
                chunk = unique[start:start + 500]
                found.update((table, row[0]) for row in connection.exec_driver_sql(
                    f"SELECT id FROM {name} WHERE id IN ({', '.join('?' * len(chunk))})",
                    tuple(chunk)))
        return found

    def _fetch_rows(
        self, connection: Connection, keys: list[tuple[str, str]], *, columns: tuple[str, ...] | None = None,
        mappings: bool = True,
    ) -> dict[tuple[str, str], Any]:
        """Local rows by (table, id), read a chunk of ids per query: each a mapping, or with
        ``mappings`` False the Row itself (read by position; ``row._mapping`` by name)."""
        by_table: dict[str, list[str]] = {}
        for table, row_id in keys:
            if table in self.registry:
                by_table.setdefault(table, []).append(row_id)
        found: dict[tuple[str, str], Any] = {}
        for table, ids in by_table.items():
            table_columns = self._table(table)
            selected = [table_columns.c[name] for name in columns] if columns else [table_columns]
            unique = sorted(set(ids))
            for start in range(0, len(unique), 500):
                query = select(*selected).where(table_columns.c.id.in_(unique[start:start + 500]))
                if mappings:
                    for mapping in connection.execute(query).mappings().all():
                        found[(table, mapping["id"])] = mapping
                else:
                    for row in connection.execute(query).all():
                        found[(table, row.id)] = row
        return found

    def _renumber_pending(self, connection: Connection, replica: Any, held: int) -> int:
        """Move this device's unacknowledged changes to just after ``held`` (what headquarters
        holds of the device) and return how many moved.  Every new number is above every old
        one, so the unique (device, sequence) constraint holds at each step."""
        changes = self.changes_table
        shift = held - replica.pushed_seq
        moved = connection.execute(
            update(changes)
            .where(changes.c.device_id == replica.device_id, changes.c.device_seq > replica.pushed_seq)
            .values(device_seq=changes.c.device_seq + shift)
        ).rowcount
        connection.execute(update(self.replica_table).values(pushed_seq=held, last_seq=replica.last_seq + shift))
        log.warning("this replica is behind what headquarters holds of it (restored or copied "
                    "back): %d unsent changes renumbered after %d", moved, held)
        return int(moved)

    def _pending_fields(
        self, connection: Connection, device_id: str, pushed: int, rows: set[tuple[str, str]]
    ) -> dict[tuple[str, str], set[str]]:
        """Fields of ``rows`` with local changes not yet acknowledged."""
        if not rows:
            return {}
        changes = self.changes_table
        if connection.execute(select(changes.c.device_seq).where(
                changes.c.device_id == device_id, changes.c.device_seq > pushed).limit(1)).first() is None:
            return {}  # nothing unsent at all (a first sync): no row has pending fields
        spec_fields = {t.name: set(t.field_names) for t in self.registry.tables}
        pending: dict[tuple[str, str], set[str]] = {}
        by_table: dict[str, list[str]] = {}
        for table, row_id in sorted(rows):
            if table in spec_fields:
                by_table.setdefault(table, []).append(row_id)
        # Read by table and ids alone, through the (table, row id) index, and the unsent
        # ones kept here: given the device and sequence too, SQLite walks every unsent
        # change by its (device, sequence) key instead, for each chunk (a first push: 25 ms
        # an answer, while headquarters waited for the next request).
        for table, ids in by_table.items():
            for start in range(0, len(ids), 500):
                for change in connection.execute(
                    select(changes.c.row_id, changes.c.fields, changes.c.device_id, changes.c.device_seq)
                    .where(changes.c.tbl == table, changes.c.row_id.in_(ids[start:start + 500]))
                ):
                    if change.device_id != device_id or change.device_seq <= pushed:
                        continue
                    fields = json.loads(change.fields) if isinstance(change.fields, str) else change.fields
                    pending.setdefault((table, change.row_id), set()).update(
                        spec_fields[table] if fields is None else fields)
        return pending


class _Pull:
    """Applying the pulled rows of one response, with the quarantine."""

    def __init__(self, replication: Replication, connection: Connection, devices: DeviceTable,
                 pending: dict[tuple[str, str], set[str]], clock: HybridClock,
                 wanted: set[tuple[str, ...]]) -> None:
        self.r = replication
        self.local = replication.local
        self.registry = replication.registry
        self.connection = connection
        self.devices = devices
        self.pending = pending
        self.clock = clock
        self.wanted = wanted
        self.quarantined = 0
        self.released = 0
        self.raw: dict[tuple[str, str], dict[str, Any]] = {}  # wire rows inserted, by key
        # Rows of a snapshot's column blocks inserted, by key: (block, row as it came).
        self.columnar: dict[tuple[str, str], tuple[ColumnBlock, list[Any]]] = {}
        self.inserted: set[tuple[str, str]] = set()
        self.applied: set[tuple[str, str]] = set()  # rows updated by this response
        self.kept: set[tuple[str, str]] = set()  # rows quarantined by this response
        self.held = {(row.tbl, row.row_id) for row in connection.execute(
            select(replication.quarantine_table.c.tbl, replication.quarantine_table.c.row_id))}
        self._validated: Callable[[str, Mapping[str, Any]], list[tuple[str, str]]] = self.local.validate
        self._fields: dict[str, dict[str, FieldSpec]] = {}  # by table: its pulled fields by name
        self._required: dict[str, frozenset[str]] = {}  # by table: its NOT NULL columns

    # -- one row ------------------------------------------------------------------------

    def apply_row(self, row: dict[str, Any], existing: dict[tuple[str, str], Any],
                  inserts: dict[str, list[dict[str, Any]]] | None) -> int:
        """Apply (or queue for the bulk insert) one pulled row; 1 when it counts as pulled."""
        try:
            return self._apply_row(row, existing, inserts)
        except _Bad as bad:
            self.quarantine(row, bad)
            return 0

    def _apply_row(self, row: dict[str, Any], existing: dict[tuple[str, str], Any],
                   inserts: dict[str, list[dict[str, Any]]] | None) -> int:
        table, row_id = row["t"], row["i"]
        if table not in self.registry:
            raise _Bad(UNKNOWN_TABLE, None, f"{table!r} is not a table this version keeps")
        spec = self.registry.table(table)
        columns = self.r._table(table)
        local_pending = self.pending.get((table, row_id), set())
        values, versions, newest = self._decode(spec, columns, row)
        if newest:
            try:
                self.clock.observe(version_clock(newest))
            except ClockDriftError:
                pass  # a far-future version is stored, but does not drag our clock along
        for name in local_pending:
            values.pop(name, None)
            versions.pop(name, None)
        stored = existing.get((table, row_id))
        key = (table, row_id)
        self.wanted.discard(key)
        if stored is None:
            if inserts is None:
                return 0  # a correction of a row this replica does not hold
            if len(values) < len(self._fields[table]):  # a field is missing (values holds
                self.wanted.add(key)                     # only known fields, never "id")
                return 0
            record = {name: values[name] for name in spec.field_names if name != "id"}
            self._check(spec, columns, {"id": row_id, **record}, set(values))
            record |= {"id": row_id, "sync_version": min(versions.values()),
                       "sync_field_versions": versions}
            full = self.local.derived_columns(table, record) | record
            inserts.setdefault(table, []).append(full)
            existing[key] = {"__pending_insert__": full}
            self.raw[key] = row
            return 1
        if "__pending_insert__" in stored:  # the same row twice in one response
            full = stored["__pending_insert__"]
            merged = {**full, **values}
            self._check(spec, columns, merged, set(values))
            full.update(values)
            full["sync_field_versions"] = dict(full["sync_field_versions"]) | versions
            full.update(self.local.derived_columns(table, full))
            self.raw[key] = row
            return 1
        if not values:
            return 0
        held_versions = stored["sync_field_versions"] or {}
        if key not in self.held and key not in self.applied and all(
                stored[name] == value and (held_versions.get(name) or stored["sync_version"]) == versions[name]
                for name, value in values.items()):
            # Exactly what this replica holds (headquarters sends an activity again to every
            # device of its scope when its participants change, the device that pushed them
            # included): nothing to write, and nothing that counts as pulled.  Not for a row
            # this answer already changed: ``stored`` is the row as it was before the answer.
            return 0
        merged = {name: stored[name] for name in spec.field_names} | values
        self._check(spec, columns, merged, set(values))
        merged_versions = dict(stored["sync_field_versions"] or {}) | versions
        update_values: dict[str, Any] = {**values, "sync_field_versions": merged_versions}
        if any(name in self.local.search_sources for name in values):
            update_values.update(self.local.derived_columns(table, {**stored, **values}))
        try:
            with self.connection.begin_nested():
                self.connection.execute(update(columns).where(columns.c.id == row_id).values(update_values))
        except (sa_exc.DBAPIError, OverflowError, ValueError, TypeError) as error:
            raise _bad_from_database(error) from None
        self.applied.add(key)
        if key in self.held:  # the rest of the quarantined version was not applied: ask in full
            self.wanted.add(key)
        return 1

    # -- a snapshot's rows in columns -------------------------------------------------------

    def _prepare_block(self, block: ColumnBlock) -> PreparedBlock:
        """Each row of a column block as the record it stores (the row a pulled row of the
        same fields would give: values decoded, the local database's required values
        present, the domain's rules kept, the search columns made, the one version kept
        once), or None where only the full reading may decide (a row not an array of the
        block's width, an unreadable version or value, a missing required value, a broken
        rule, an erasure).  Reads nothing but the registry and the schema."""
        table = block.table
        names = block.columns
        if table not in self.registry:
            return PreparedBlock([None] * len(block.rows))
        spec = self.registry.table(table)
        fields = self._fields.get(table)
        if fields is None:
            fields = self._fields[table] = {item.name: item for item in spec.fields if item.name != "id"}
        if len(names) != len(fields) or not all(name in fields for name in names):
            return PreparedBlock([None] * len(block.rows))  # a field unknown or missing
        required = self._required.get(table)
        if required is None:
            columns = self.r._table(table)
            required = self._required[table] = frozenset(
                name for name in spec.field_names if not columns.c[name].nullable)
        # Values whose wire form is their stored form need only their type checked; the
        # others are decoded as a pulled row's are (a whole number of another form, say,
        # sends the row to the full reading, which knows it).
        plain_types = {Kind.TEXT: str, Kind.REF: str, Kind.BOOL: bool, Kind.INT: int}
        typed = [(index, plain_types[fields[name].kind]) for index, name in enumerate(names)
                 if fields[name].kind in plain_types]
        others = [(index, fields[name]) for index, name in enumerate(names)
                  if fields[name].kind not in plain_types]
        low, high = INT64
        needed = [index for index, name in enumerate(names) if name in required]
        erasure = names.index(spec.erasure_field) if spec.erasure_field in names else None
        width = len(names) + 2
        keys = ("id", *names)
        unpack = self.devices.unpack
        validate = self._validated
        derived = self.local.derived_columns
        seen: set[str] = set()
        once: set[str] = set()
        twice: set[str] = set()  # ids sent more than once: every copy read in page order
        made: list[dict[str, Any] | None] = []
        for row in block.rows:
            if type(row) is not list or len(row) != width or type(row[0]) is not str:
                made.append(None)
                continue
            row_id = row[0]
            (twice if row_id in once else once).add(row_id)
            try:
                version = unpack(row[1])
            except ProtocolError:
                version = None
            values = row[2:]
            if version is None or (erasure is not None and values[erasure] is not None):
                made.append(None)
                continue
            readable = True
            for index, kind in typed:
                value = values[index]
                if value is None:
                    continue
                if type(value) is not kind or (isinstance(value, int) and not low <= value <= high):
                    readable = False
                    break
            if readable:
                try:
                    for index, field_spec in others:
                        values[index] = decode_value(field_spec, values[index])
                except _Bad:
                    readable = False
            if readable:
                for index in needed:
                    if values[index] is None:
                        readable = False
                        break
            if not readable:
                made.append(None)
                continue
            record = dict(zip(keys, (row_id, *values)))
            if validate(table, record):
                made.append(None)
                continue
            seen.add(version)
            # Every field at the row's one version: stored as a record made here is, the
            # version once and no per-field list (fields without their own version are at
            # ``sync_version``); a per-field list would double the database.
            record["sync_version"] = version
            record["sync_field_versions"] = None
            extra = derived(table, record)  # the search columns (organizations)
            if extra:
                extra.update(record)
                record = extra
            made.append(record)
        parents = [(name, parent) for name, parent in spec.references if name in fields]
        return PreparedBlock(made, parents, frozenset(twice), sorted(seen, reverse=True))

    def apply_block(self, block: ColumnBlock, known: dict[str, set[str]],
                    present: set[tuple[str, str]], aside: set[tuple[str, str]],
                    inserts: dict[str, list[dict[str, Any]]]) -> tuple[int, list[dict[str, Any]]]:
        """Queue for the bulk insert the rows of a snapshot page's column block that a
        replica filled from nothing can take as they are: what :meth:`_prepare_block`
        made of them (every value of its field's kind, no broken rule, no
        erasure: the same stored row as :meth:`apply_row` makes of the same pulled row),
        for new records (``known``: what the snapshot inserted so far; not held, kept
        aside, pending or sent twice) whose parents are held or in the page (``present``).
        Returns (rows queued, the others as pulled rows): :meth:`apply_row` reads those
        with every check, and keeps aside or asks again for what it must.  A row that is
        not even an array of the block's width is kept aside here."""
        prepared = self._prepare_block(block)
        table = block.table
        fallback: list[dict[str, Any]] = []
        held_here = known.get(table, set())
        parents = prepared.parents
        twice = prepared.twice
        pending, wanted, quarantined = self.pending, self.wanted, self.held
        queue = inserts.setdefault(table, [])
        taken = 0
        for row, full in zip(block.rows, prepared.rows):
            if full is None:
                self._to_fallback(block, row, fallback)
                continue
            row_id = full["id"]
            key = (table, row_id)
            readable = not (row_id in held_here or row_id in twice or key in aside
                            or key in quarantined or key in pending or key in self.raw
                            or key in self.columnar)
            if readable:
                for name, parent in parents:  # held already, or arriving in this page
                    parent_id = full[name]
                    if (parent_id is not None and parent_id not in known.get(parent, ())
                            and (parent, parent_id) not in present):
                        readable = False
                        break
            if not readable:
                self._to_fallback(block, row, fallback)
                continue
            queue.append(full)
            self.columnar[key] = (block, row)
            if wanted:
                wanted.discard(key)
            taken += 1
        for version in prepared.newest_first:  # the newest the clock accepts
            try:
                self.clock.observe(version_clock(version))
                break
            except ClockDriftError:
                continue  # a far-future version is stored, but does not drag our clock along
        return taken, fallback

    def _to_fallback(self, block: ColumnBlock, row: Any, fallback: list[dict[str, Any]]) -> None:
        """A row of a column block read as the pulled row it stands for (kept aside at
        once when it is not even an array of the block's width)."""
        pulled = block.as_row(row)
        if _well_formed(pulled):
            fallback.append(pulled)
        else:
            self.quarantine(pulled, _Bad(UNDECODABLE, None, "the record could not be read"))

    def raw_row(self, key: tuple[str, str]) -> dict[str, Any]:
        """The row as it came, for the quarantine: a pulled row, or a column block's row in
        the pulled form."""
        found = self.raw.get(key)
        if found is not None:
            return found
        in_block = self.columnar.get(key)
        if in_block is not None:
            pulled = in_block[0].as_row(in_block[1])  # inserted: an array of the block's width
            if isinstance(pulled, dict):
                return pulled
        return {"t": key[0], "i": key[1]}

    def _decode(self, spec: TableSpec, columns: Table, row: dict[str, Any]
                ) -> tuple[dict[str, Any], dict[str, str], str]:
        """Typed values and versions of a wire row; _Bad when a value does not fit its kind."""
        try:
            row_version = self.devices.unpack(row.get("v"))
        except ProtocolError:
            raise _Bad(UNDECODABLE, None, "the record's version could not be read") from None
        newest = row_version or ""
        values: dict[str, Any] = {}
        versions: dict[str, str] = {}
        known = self._fields.get(spec.name)
        if known is None:  # the table's fields by name, "id" left out (it is never pulled)
            known = self._fields[spec.name] = {
                item.name: item for item in spec.fields if item.name != "id"}
        unpack = self.devices.unpack
        for name, pair in row["f"].items():
            field_spec = known.get(name)
            if field_spec is None:
                raise _Bad(UNKNOWN_FIELD, str(name)[:40], f"{str(name)[:40]} is not a field this version knows")
            if not isinstance(pair, list) or not pair:
                raise _Bad(UNDECODABLE, name, f"{name} could not be read")
            if len(pair) > 1:
                try:
                    version = unpack(pair[1])
                except ProtocolError:
                    version = None
            else:
                version = row_version
            if version is None:
                raise _Bad(UNDECODABLE, name, f"the version of {name} could not be read")
            if version > newest:
                newest = version
            values[name] = decode_value(field_spec, pair[0])
            versions[name] = version
        return values, versions, newest

    def _check(self, spec: TableSpec, columns: Table, record: Mapping[str, Any], pulled: set[str]) -> None:
        """The local database's NOT NULL columns and the domain's rules, before any write.
        An existing row is refused only for problems in the fields just pulled (or in the
        whole record), not for what it already held."""
        required = self._required.get(spec.name)
        if required is None:  # the table's NOT NULL columns, read from the schema once
            required = self._required[spec.name] = frozenset(
                name for name in spec.field_names if not columns.c[name].nullable)
        for name in pulled:
            if name in required and record.get(name) is None:
                raise _Bad(MISSING, name, f"{name} is missing")
        for field_name, message in self._validated(spec.name, record):
            if field_name and field_name not in pulled:
                continue
            if message == "is required":
                raise _Bad(MISSING, field_name or None, f"{field_name} is missing")
            raise _Bad(INVALID, field_name or None, _without_values(field_name, message))

    # -- bulk insert ----------------------------------------------------------------------

    def insert(self, table: str, rows: list[dict[str, Any]]) -> int:
        """Insert the new rows of ``table`` in bulk; a chunk that fails goes again row by row
        in savepoints and the rows that still fail are quarantined.  Returns how many."""
        failed = 0
        for start in range(0, len(rows), INSERT_CHUNK):
            chunk = rows[start:start + INSERT_CHUNK]
            try:
                with self.connection.begin_nested():
                    self.local.insert_rows(self.connection, table, chunk)
            except (sa_exc.DBAPIError, OverflowError, ValueError, TypeError):
                for row in chunk:
                    try:
                        with self.connection.begin_nested():
                            self.local.insert_rows(self.connection, table, [row])
                    except (sa_exc.DBAPIError, OverflowError, ValueError, TypeError) as error:
                        failed += 1
                        key = (table, row["id"])
                        self.quarantine(self.raw_row(key), _bad_from_database(error))
                        continue
                    self.inserted.add((table, row["id"]))
                continue
            self.inserted.update((table, row["id"]) for row in chunk)
        return failed

    def check_references(self, existing: dict[tuple[str, str], Any]) -> int:
        """Rows of this response left pointing at a parent that did not arrive (it was
        quarantined, or still waits): inserted ones are taken out again and quarantined,
        updated ones get their previous values back.  Returns how many were taken out."""
        removed = 0
        for table in reversed(self.registry.names):  # children first
            columns = self.r._table(table)
            spec = self.registry.table(table)
            violations = self.connection.exec_driver_sql(f"PRAGMA foreign_key_check({table})").all()
            for rowid in sorted({violation[1] for violation in violations}):
                row_id = self.connection.exec_driver_sql(
                    f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).scalar()
                if row_id is None:
                    continue
                key = (table, str(row_id))
                bad = _Bad(MISSING_PARENT, None, "refers to a record this replica does not hold")
                if key in self.inserted:
                    self.connection.execute(delete(columns).where(columns.c.id == key[1]))
                    self.inserted.discard(key)
                    removed += 1
                    self.quarantine(self.raw_row(key), bad)
                elif key in self.applied and key in existing:
                    before = existing[key]
                    self.connection.execute(update(columns).where(columns.c.id == key[1]).values(
                        {name: before[name] for name in spec.field_names if name != "id"}
                        | {"sync_field_versions": before["sync_field_versions"]}
                        | self.local.derived_columns(table, before)))
                    self.applied.discard(key)
                    removed += 1
                    self.quarantine({"t": table, "i": key[1]}, bad)
        return removed

    # -- the quarantine ---------------------------------------------------------------------

    def quarantine(self, row: Any, bad: _Bad) -> None:
        """Keep ``row`` aside with its reason; a newer bad version replaces an older one."""
        table = str(row.get("t"))[:30] if isinstance(row, dict) else "?"
        row_id = str(row.get("i"))[:36] if isinstance(row, dict) else "?"
        self.wanted.discard((table, row_id))
        quarantine = self.r.quarantine_table
        self.connection.execute(delete(quarantine).where(
            quarantine.c.tbl == table, quarantine.c.row_id == row_id))
        self.connection.execute(insert(quarantine).values(
            tbl=table, row_id=row_id, field=bad.field, code=bad.code, reason=bad.reason,
            raw=_raw(row, self.devices), at=_now()))
        self.held.add((table, row_id))
        self.kept.add((table, row_id))
        self.quarantined += 1
        log.warning("pulled row %s %s quarantined (%s): %s", table, row_id, bad.code, bad.reason)

    def release(self) -> None:
        """Rows applied by this response leave the quarantine; rows kept aside for want of
        a parent are asked for again (their parent may have just arrived)."""
        quarantine = self.r.quarantine_table
        done = [key for key in (self.inserted | self.applied) if key in self.held and key not in self.kept]
        for table, row_id in done:
            self.connection.execute(delete(quarantine).where(
                quarantine.c.tbl == table, quarantine.c.row_id == row_id))
            self.held.discard((table, row_id))
        self.released = len(done)
        if done:
            orphans = self.connection.execute(select(quarantine.c.tbl, quarantine.c.row_id).where(
                quarantine.c.code == MISSING_PARENT)).all()
            self.wanted.update((table, row_id) for table, row_id in orphans)


# -- values ------------------------------------------------------------------------------


def decode_value(spec: FieldSpec, value: Any) -> Any:
    """The Python value of a wire value of field ``spec``; _Bad (naming the field, never the
    value) when it does not fit the field's kind or what a replica can store."""
    name = spec.name
    if value is None:
        return None
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.REF):
        if not isinstance(value, str):
            raise _Bad(UNDECODABLE, name, f"{name} is not text")
        return value
    if kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise _Bad(UNDECODABLE, name, f"{name} is not a whole number")
        if not INT64[0] <= value <= INT64[1]:
            raise _Bad(UNDECODABLE, name, f"{name} is a number too large to store")
        return value
    if kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise _Bad(UNDECODABLE, name, f"{name} is not true or false")
        return value
    if kind is Kind.DATE:
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else _not(name, "a date")
        except ValueError:
            raise _Bad(UNDECODABLE, name, f"{name} is not a date") from None
    if kind is Kind.DECIMAL:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise _Bad(UNDECODABLE, name, f"{name} is not a number")
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise _Bad(UNDECODABLE, name, f"{name} is not a number") from None
        if not number.is_finite() or (isinstance(value, float) and not math.isfinite(value)):
            raise _Bad(UNDECODABLE, name, f"{name} is not a finite number")
        return number
    if kind is Kind.LIST:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise _Bad(UNDECODABLE, name, f"{name} is not a list of text")
        return list(value)
    return spec.decode(value)


def _not(name: str, what: str) -> Any:
    raise _Bad(UNDECODABLE, name, f"{name} is not {what}")


def _well_formed(row: Any) -> bool:
    return (isinstance(row, dict) and isinstance(row.get("t"), str) and isinstance(row.get("i"), str)
            and isinstance(row.get("f"), dict))


def refused_context(connection: Connection, refusals: Table, registry: Registry, table: str,
                    row_id: str) -> tuple[list[str], bool]:
    """The fields of ``row_id`` that headquarters refused (every field the refused rows
    carried: a refusal names one field, but the whole pushed row was refused) and whether
    the record is one headquarters never had."""
    found = connection.execute(select(refusals.c.field, refusals.c.fields, refusals.c.code,
                                      refusals.c.new_record).where(
        refusals.c.tbl == table, refusals.c.row_id == row_id)).all()
    every = [name for name in registry.table(table).field_names if name != "id"]
    names: set[str] = set()
    new = False
    for refusal in found:
        if refusal.code == UNAVAILABLE:  # a record headquarters could not send: not ours
            continue
        new = new or bool(refusal.new_record) or refusal.code == "unknown_record"
        carried = refusal.fields if isinstance(refusal.fields, list) else None
        if carried is None:  # kept before 0007: the field named, or the whole record
            carried = [refusal.field] if refusal.field else every
        names.update(name for name in carried if name in every)
    return [name for name in every if name in names], new


def _pushed_context(batch: PushBatch | None, refusal: Any) -> tuple[list[str] | None, bool | None]:
    """The fields the refused row carried, and whether it created a record headquarters
    never had: no base version, and headquarters did not say it holds the record (``held``:
    a creation whose reply was lost is sent again whole); (None, None) when the row is not
    in ``batch``."""
    fields, new = _pushed_row_context(batch, refusal)
    if new and isinstance(refusal, dict) and refusal.get("held") is True:
        new = False
    return fields, new


def _pushed_row_context(batch: PushBatch | None, refusal: Any) -> tuple[list[str] | None, bool | None]:
    """The fields the refused row carried, and whether it carried no base version."""
    if batch is None or not isinstance(refusal, dict):
        return None, None
    for block in batch.blocks:  # records made here: every field, no base
        if block.table == refusal.get("t") and any(row[0] == refusal.get("i") for row in block.rows):
            return sorted(block.columns), True
    for row in batch.rows:
        if row.get("t") == refusal.get("t") and row.get("i") == refusal.get("i"):
            found = row.get("f")
            fields: dict[str, Any] = found if isinstance(found, dict) else {}
            based = row.get("w") is not None or row.get("b") is not None or any(
                isinstance(pair, list) and len(pair) > 2 and pair[2] is not None
                for pair in fields.values())
            return sorted(fields), not based
    return None, None


def _without_values(field_name: str, message: str) -> str:
    """The domain's message without the values it quotes (they may be personal data)."""
    message = without_values(message)
    return f"{field_name} {message}" if field_name else message


_CONSTRAINT = re.compile(r"constraint failed: \w+\.(\w+)")


def _bad_from_database(error: BaseException) -> _Bad:
    """What the local database refused, from its own message (never the statement's
    parameters: SQLAlchemy's text of an error holds them)."""
    original = getattr(error, "orig", None) or error
    text = str(original).splitlines()[0] if str(original) else type(original).__name__
    found = _CONSTRAINT.search(text)
    field_name = found.group(1) if found else None
    if isinstance(original, OverflowError):
        return _Bad(UNDECODABLE, None, "a number is too large to store")
    return _Bad(CONSTRAINT, field_name, f"the local database refused it ({text[:200]})")


def _raw(row: Any, devices: DeviceTable) -> Any:
    """The row as received, its versions written in full (the message's device table is
    not kept), for a person or a later version to look at."""
    if not _well_formed(row):
        try:
            json.dumps(row)
            return row
        except (TypeError, ValueError):
            return None
    def full(packed: Any) -> Any:
        try:
            return devices.unpack(packed)
        except ProtocolError:
            return packed
    fields: dict[str, Any] = {}
    for name, pair in row["f"].items():
        if isinstance(pair, list) and len(pair) > 1:
            fields[name] = [pair[0], full(pair[1]), *pair[2:]]
        else:
            fields[name] = pair
    raw: dict[str, Any] = {"t": row["t"], "i": row["i"], "f": fields}
    if "v" in row:
        raw["v"] = full(row["v"])
    if row.get("r"):
        raw["r"] = True
    return raw


def blanked_on_withdrawal(spec: TableSpec) -> set[str]:
    """The fields blanked when a withdrawn record stays as a reference row: every field the
    registry does not mark safe for a reference row (``FieldSpec.reference``); with no such
    marker on the table, every personal field and contact channels and free text by name.
    References to other records stay (the local foreign keys need them)."""
    kept = {"id", "deleted"}
    marked = any(getattr(item, "reference", False) and item.name not in kept for item in spec.fields)
    blanked: set[str] = set()
    for item in spec.fields:
        if item.name in kept or item.kind is Kind.REF:
            continue
        if marked and not getattr(item, "reference", False):
            blanked.add(item.name)
        elif item.personal or (item.kind is Kind.TEXT and item.name in PRIVATE_TEXT):
            blanked.add(item.name)
    return blanked


def _blank(spec: FieldSpec, nullable: bool | None) -> Any:
    """The blank of a field for this replica's column (its own nullability decides)."""
    return blank_value(dataclasses.replace(spec, nullable=bool(nullable)))


@dataclass(slots=True)
class _Pending:
    first_seq: int
    fields: set[str] | None  # None: a new row (every field)
    bases: dict[str, str]
    row_base: str | None


def _coalesce(changes: Sequence[Sequence[Any]]) -> dict[tuple[str, str], _Pending]:
    """Pending changes, each (device sequence, table, row id, fields, base), grouped by row,
    in the order of each row's first change; the base of a field is the one from its first
    pending change (what headquarters last sent)."""
    rows: dict[tuple[str, str], _Pending] = {}
    for seq, table, row_id, fields, base in changes:
        key = (table, row_id)
        pending = rows.get(key)
        if fields is None and base is None:  # a new row, every field (a first push: all of them)
            if pending is None:
                rows[key] = _Pending(seq, None, {}, None)
            else:
                pending.fields = None
            continue
        if isinstance(fields, str):
            fields = json.loads(fields)
        base = json.loads(base) if isinstance(base, str) else (base or {})
        if pending is None:
            pending = rows[key] = _Pending(seq, None if fields is None else set(), {}, base.get("*"))
        if pending.fields is None:
            continue
        if fields is None:
            pending.fields = None
            continue
        for name in fields:
            if name not in pending.fields:
                pending.fields.add(name)
                if name in base:
                    pending.bases[name] = base[name]
    return rows


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


__all__ = ["REFUSED", "LocalStore", "LocalWriter", "MassDeletion", "Outcome", "PushBatch", "Replication", "SyncStatus",
           "blanked_on_withdrawal", "decode_value", "refused_context"]
