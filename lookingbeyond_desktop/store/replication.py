"""The replica's side of sync: what to push, and applying what headquarters answers.

Remote values do not go through the :class:`Writer` (they are not this device's edits and
are not recorded as its changes); they are applied here, with their versions, in one
transaction per response together with the new cursor and acknowledgement: a crash leaves
either the whole response applied or none of it, and the next sync asks again.

Fields with local changes not yet acknowledged are left alone when pulling: they will be
pushed, and headquarters' decision comes back in the response to that push.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.store.database import DiskFullError, Store, disk_guard
from lookingbeyond_desktop.store.writer import (
    CHANGES,
    REPLICA,
    SEARCH_SOURCES,
    TABLES,
    Prepared,
    Writer,
    derived_columns,
    insert_rows,
)
from sync.client import ConfirmationNeeded, SyncError
from sync.hlc import ClockDriftError, HybridClock, pack, version_clock, wall_ms
from sync.protocol import DeviceTable

log = logging.getLogger(__name__)

SYNC_STATE = TABLES["sync_state"]
# Headquarters re-stamps versions more than this far ahead of its clock (service.MAX_SKEW_MS).
HQ_SKEW_MS = 5 * 60 * 1000
CONFLICTS = TABLES["conflicts"]
REFUSALS = TABLES["sync_refusals"]
DEFAULT_PUSH_BYTES = 256 * 1024
MAX_CHANGES_READ = 5_000  # pending changes read to build one batch
# A pull that would delete more than this share of the local records (and at least
# MASS_DELETE_MINIMUM of them) stops and asks a person first.
MASS_DELETE_SHARE = 0.2
MASS_DELETE_MINIMUM = 20


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

    def wire(self) -> dict[str, Any]:
        """The ``push`` member of a request."""
        return {"from": self.first, "upto": self.upto, "rows": self.rows}


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


class Replication:
    """Sync operations on a local store (no network here: see :mod:`sync.client`)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with disk_guard(self.store.folder), self.store.engine.connect() as connection:
                connection.execution_options(lb_write=True)
                with connection.begin():
                    yield connection
        except DiskFullError as error:  # nothing of this round was kept: sync again later
            raise SyncError("disk_full", str(error), retryable=True) from error

    def status(self) -> SyncStatus:
        """The replica's sync state."""
        with self.store.engine.connect() as connection:
            replica = connection.execute(select(REPLICA)).one()
            state = connection.execute(select(SYNC_STATE)).one()
        return SyncStatus(replica.device_id, state.server_url, state.user_name, state.cursor,
                          replica.pushed_seq, replica.last_seq, state.last_sync_at,
                          state.last_error, state.clock_offset_ms, list(state.wanted or []),
                          state.restored_at is not None, bool(state.realign))

    def configure(self, *, server_url: str, user_name: str) -> None:
        """Remember which headquarters and user this replica syncs with."""
        with self._write() as connection:
            connection.execute(update(SYNC_STATE).values(server_url=server_url, user_name=user_name))

    def record_failure(self, message: str, code: str | None = None) -> None:
        """Remember that a sync attempt failed, and why: the message (the client's English)
        and its code, which the window shows in the person's language.  Best effort:
        when even this cannot be written (a full disk), the error itself still reaches the
        person, so it is only logged."""
        try:
            with self._write() as connection:
                connection.execute(update(SYNC_STATE).values(
                    last_error=message, last_error_code=code, last_attempt_at=_now()))
        except SyncError as error:
            log.warning("could not record the sync failure: %s", error.message)

    def set_pushed(self, pushed: int) -> None:
        """Headquarters has this device's changes up to ``pushed``: send again from there."""
        with self._write() as connection:
            connection.execute(update(REPLICA).values(pushed_seq=pushed))

    def resolved_conflict_ids(self) -> list[str]:
        """Conflicts resolved here whose resolution headquarters has not acknowledged yet."""
        with self.store.engine.connect() as connection:
            return list(connection.execute(select(CONFLICTS.c.id).where(
                CONFLICTS.c.resolution.like("pending:%"))).scalars())

    def acknowledge_resolved(self, ids: list[str]) -> None:
        """Headquarters recorded these resolutions."""
        if not ids:
            return
        with self._write() as connection:
            for conflict_id in ids:
                stored = connection.execute(select(CONFLICTS.c.resolution).where(
                    CONFLICTS.c.id == conflict_id)).scalar()
                if stored and stored.startswith("pending:"):
                    connection.execute(update(CONFLICTS).where(CONFLICTS.c.id == conflict_id).values(
                        resolution=stored.removeprefix("pending:")))

    def conflicts(self, *, include_resolved: bool = False) -> list[dict[str, Any]]:
        """Conflicts kept for review, newest first, JSON-ready."""
        query = select(CONFLICTS).order_by(CONFLICTS.c.created_at.desc(), CONFLICTS.c.id)
        if not include_resolved:
            query = query.where(CONFLICTS.c.resolved_at.is_(None))
        with self.store.engine.connect() as connection:
            return [dict(row) for row in connection.execute(query).mappings()]

    def resolve_conflict(self, conflict_id: str, *, keep: str, value: Any = None, author: str | None = None) -> None:
        """Settle a conflict: keep the ``winner`` (nothing changes), bring back the ``loser``
        (written as a new edit that syncs like any other), or write a merged ``value``."""
        if keep not in ("winner", "loser", "value"):
            raise ValueError("keep is winner, loser or value")
        with self.store.engine.connect() as connection:
            conflict = connection.execute(select(CONFLICTS).where(CONFLICTS.c.id == conflict_id)).mappings().first()
        if conflict is None:
            raise KeyError(f"no conflict {conflict_id}")
        table, row_id, field_name = conflict["tbl"], conflict["row_id"], conflict["field"]
        with self.store.write(author=author) as writer:
            if keep != "winner":
                if conflict["kind"] == "field":
                    chosen = conflict["loser_value"] if keep == "loser" else value
                    spec = REGISTRY.table(table).field(field_name)
                    writer.update(table, row_id, {field_name: spec.decode(chosen)})
                else:  # a delete met an edit: keeping the edit means restoring the record
                    writer.restore(table, row_id)
            writer.connection.execute(update(CONFLICTS).where(CONFLICTS.c.id == conflict_id).values(
                resolved_at=_now(), resolution=f"pending:{keep}"))

    def reset(self) -> None:
        """Forget the pull cursor so the next sync reconciles everything again; local edits
        not yet acknowledged stay pending and are pushed as usual."""
        with self._write() as connection:
            connection.execute(update(SYNC_STATE).values(cursor=0, wanted=None))

    # -- push ---------------------------------------------------------------------------

    def build_push(self, *, limit_bytes: int = DEFAULT_PUSH_BYTES) -> PushBatch | None:
        """The next batch of pending changes, or None when nothing is pending."""
        with self.store.engine.connect() as connection:
            replica = connection.execute(select(REPLICA)).one()
            changes = connection.execute(
                select(CHANGES.c.device_seq, CHANGES.c.tbl, CHANGES.c.row_id, CHANGES.c.fields,
                       CHANGES.c.base)
                .where(CHANGES.c.device_id == replica.device_id,
                       CHANGES.c.device_seq > replica.pushed_seq)
                .order_by(CHANGES.c.device_seq)
                .limit(MAX_CHANGES_READ)
            ).all()
            if not changes:
                return None
            # Changes beyond those read go in a later batch (re-sending a field whose version
            # headquarters already has is a no-op there).
            more_pending = len(changes) == MAX_CHANGES_READ
            rows = _coalesce(changes)
            devices = DeviceTable()
            wire_rows: list[dict[str, Any]] = []
            size = 0
            upto = changes[-1].device_seq
            complete = True
            keys = list(rows)
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                stored = _fetch_rows(connection, chunk)
                for key in chunk:
                    pending = rows[key]
                    if wire_rows and size >= limit_bytes:
                        upto = pending.first_seq - 1
                        complete = False
                        break
                    row = self._wire_row(devices, key, pending, stored.get(key))
                    if row is not None:
                        wire_rows.append(row)
                        size += len(json.dumps(row, ensure_ascii=False))
                if not complete:
                    break
        return PushBatch(replica.pushed_seq + 1, upto, wire_rows, devices, complete and not more_pending)

    def _wire_row(
        self, devices: DeviceTable, key: tuple[str, str], pending: _Pending, stored: Any
    ) -> dict[str, Any] | None:
        table, row_id = key
        spec = REGISTRY.table(table)
        if stored is None:
            return None
        versions = stored["sync_field_versions"] or {}
        names = [f for f in spec.field_names if f != "id"] if pending.fields is None else sorted(pending.fields)
        triples = []
        for name in names:
            version = versions.get(name, stored["sync_version"])
            base = None if pending.fields is None else pending.bases.get(name)
            triples.append((name, spec.field(name).encode(stored[name]), version, base))
        row: dict[str, Any] = {"t": table, "i": row_id}
        if len({(version, base) for _n, _v, version, base in triples}) == 1:
            _name, _value, version, base = triples[0]  # one version and base for the row
            row["v"] = devices.pack(version)
            if base is not None:
                row["w"] = devices.pack(base)
            row["f"] = {name: [value] for name, value, _version, _base in triples}
        else:
            row["f"] = {name: [value, devices.pack(version), devices.pack(base)]
                        for name, value, version, base in triples}
        if pending.row_base is not None:
            row["b"] = devices.pack(pending.row_base)
        return row

    # -- applying a response ------------------------------------------------------------

    def apply_response(
        self, batch: PushBatch | None, response: dict[str, Any], *, local_clock_ms: int,
        allow_mass_delete: bool = False, requested: list[list[str]] | None = None,
    ) -> Outcome:
        """Apply one response in one transaction: acknowledgement, corrections, pulled rows,
        conflicts, refusals and the new cursor.  MassDeletion (before anything is written)
        when it would delete a large share of the local records, unless allowed."""
        outcome = Outcome()
        devices = DeviceTable(response.get("d") or [])
        with self._write() as connection:
            if not allow_mass_delete:
                self._guard_mass_deletion(connection, response)
            replica = connection.execute(select(REPLICA)).one()
            pushed = response.get("pushed")
            state = connection.execute(select(SYNC_STATE)).one()
            if isinstance(pushed, int) and state.realign and batch is None:
                # The first answer after restoring a backup: headquarters says how far it
                # holds this device's changes.  Unsent edits made since the backup (and
                # those the backup had not sent) go after that; re-sending a change it
                # already holds is a no-op there.
                if pushed > replica.pushed_seq:
                    outcome.renumbered = _renumber_pending(connection, replica, pushed)
                connection.execute(update(SYNC_STATE).values(realign=False))
                outcome.realigned = True
            elif isinstance(pushed, int) and pushed > replica.last_seq:
                # Headquarters holds more of this device's changes than this replica ever
                # made: it was restored from a backup or copied back.  Its newer edits reuse
                # sequence numbers headquarters already has and would be taken for changes
                # already received; move them after what headquarters holds.
                outcome.renumbered = _renumber_pending(connection, replica, pushed)
            elif isinstance(pushed, int):
                connection.execute(update(REPLICA).values(pushed_seq=pushed))
            else:
                pushed = replica.pushed_seq
            touched = {(r["t"], r["i"]) for r in [*response.get("fix", []), *response.get("rows", [])]}
            pending = _pending_fields(connection, replica.device_id, pushed, touched)
            # Pulled versions are checked against headquarters' time as well as ours: a
            # device whose clock is years behind must still observe what it pulls, or its
            # next edit would be ordered before edits it has seen.
            server_ms = response.get("clock") if isinstance(response.get("clock"), int) else None
            clock = HybridClock(last=replica.hlc, now_ms=lambda: max(wall_ms(), server_ms or 0))
            wanted = {tuple(w) for w in state.wanted or []}
            fixes = response.get("fix", [])
            fixed_rows = _fetch_rows(connection, [(r["t"], r["i"]) for r in fixes])
            for row in fixes:
                outcome.fixed += self._apply_row(connection, devices, row, pending, clock, wanted,
                                                 fixed_rows, {})
            rows = response.get("rows", [])
            present = {(r["t"], r["i"]) for r in rows}
            waiting = self._missing_parents(connection, rows, present, wanted)
            existing = _fetch_rows(connection, [(r["t"], r["i"]) for r in rows])
            inserts: dict[str, list[dict[str, Any]]] = {}
            for row in rows:
                if (row["t"], row["i"]) in waiting:
                    continue
                outcome.pulled += self._apply_row(connection, devices, row, pending, clock, wanted,
                                                  existing, inserts)
            for table in REGISTRY.names:  # parents before children
                insert_rows(connection, table, inserts.get(table, []))
            for conflict in response.get("conflicts", []):
                outcome.conflicts += self._store_conflict(connection, devices, conflict)
            for refusal in response.get("refused", []):
                outcome.refused.append(refusal)
                connection.execute(insert(REFUSALS).values(
                    tbl=str(refusal.get("t")), row_id=str(refusal.get("i")), field=refusal.get("field"),
                    code=str(refusal.get("code")), reason=str(refusal.get("reason")), at=_now()))
            for table, row_id in requested or []:
                if (table, row_id) in wanted:  # asked for in full and still incomplete:
                    wanted.discard((table, row_id))  # do not ask forever; say so instead
                    connection.execute(insert(REFUSALS).values(
                        tbl=table, row_id=row_id, field=None, code="unavailable",
                        reason="headquarters could not send this record in full", at=_now()))
            hlc = clock.last
            if server_ms is not None and (hlc >> 16) > server_ms + HQ_SKEW_MS:
                # Our clock ran ahead and headquarters re-stamped what we sent: come back to
                # its time (just past any re-stamped version), or every later edit of ours
                # would be re-stamped at push time and beat newer edits made meanwhile.
                hlc = pack(server_ms + HQ_SKEW_MS + 1, 0)
            connection.execute(update(REPLICA).values(hlc=hlc))
            server_clock = response.get("clock")
            offset = server_clock - local_clock_ms if isinstance(server_clock, int) else state.clock_offset_ms
            done = not response.get("more") and (batch is None or batch.complete) and not wanted
            connection.execute(update(SYNC_STATE).values(
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
                connection.execute(update(SYNC_STATE).values(restored_at=None))
            outcome.wanted = len(wanted)
        return outcome

    def _guard_mass_deletion(self, connection: Connection, response: dict[str, Any]) -> None:
        deleting: dict[str, set[str]] = {}
        for row in [*response.get("fix", []), *response.get("rows", [])]:
            value = row.get("f", {}).get("deleted")
            if value and value[0] is True:
                deleting.setdefault(row["t"], set()).add(row["i"])
        if sum(len(ids) for ids in deleting.values()) < MASS_DELETE_MINIMUM:
            return
        live_total = 0
        dying = 0
        for table, ids in deleting.items():
            columns = TABLES[table]
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
        wanted: set[tuple[str, ...]],
    ) -> set[tuple[str, str]]:
        """Rows whose parent this replica lacks wait: both are asked for in full."""
        needed: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for row in rows:
            for field_name, parent in REGISTRY.table(row["t"]).references:
                value = row["f"].get(field_name)
                parent_id = value[0] if value else None
                if parent_id is not None and (parent, parent_id) not in present:
                    needed.setdefault((parent, parent_id), []).append((row["t"], row["i"]))
        if not needed:
            return set()
        found = _fetch_rows(connection, list(needed), columns=("id",))
        waiting: set[tuple[str, str]] = set()
        for parent_key, children in needed.items():
            if parent_key not in found:
                wanted.add(parent_key)
                for child in children:
                    wanted.add(child)
                    waiting.add(child)
        return waiting

    def _apply_row(
        self,
        connection: Connection,
        devices: DeviceTable,
        row: dict[str, Any],
        pending: dict[tuple[str, str], set[str]],
        clock: HybridClock,
        wanted: set[tuple[str, ...]],
        existing: dict[tuple[str, str], Any],
        inserts: dict[str, list[dict[str, Any]]],
    ) -> int:
        table, row_id = row["t"], row["i"]
        spec = REGISTRY.table(table)
        columns = TABLES[table]
        local_pending = pending.get((table, row_id), set())
        values: dict[str, Any] = {}
        versions: dict[str, str] = {}
        row_version = devices.unpack(row.get("v"))
        newest = row_version or ""
        for name, pair in row["f"].items():
            value = pair[0]
            version = devices.unpack(pair[1]) if len(pair) > 1 else row_version
            assert version is not None
            if version > newest:
                newest = version
            if name in local_pending:
                continue
            values[name] = spec.field(name).decode(value)
            versions[name] = version
        if newest:
            try:
                clock.observe(version_clock(newest))
            except ClockDriftError:
                pass  # a far-future version is stored, but does not drag our clock along
        stored = existing.get((table, row_id))
        wanted.discard((table, row_id))
        if stored is None:
            missing = set(spec.field_names) - {"id"} - set(values)
            if missing:
                wanted.add((table, row_id))
                return 0
            record = {name: values[name] for name in spec.field_names if name != "id"}
            record |= {"id": row_id, "sync_version": min(versions.values()),
                       "sync_field_versions": versions}
            full = derived_columns(table, record) | record
            inserts.setdefault(table, []).append(full)
            existing[(table, row_id)] = {"__pending_insert__": full}
            return 1
        if "__pending_insert__" in stored:  # the same row twice in one response
            full = stored["__pending_insert__"]
            full.update(values)
            full["sync_field_versions"] = dict(full["sync_field_versions"]) | versions
            full.update(derived_columns(table, full))
            return 1
        if not values:
            return 0
        merged_versions = dict(stored["sync_field_versions"] or {}) | versions
        update_values: dict[str, Any] = {**values, "sync_field_versions": merged_versions}
        if any(name in SEARCH_SOURCES for name in values):
            update_values.update(derived_columns(table, {**stored, **values}))
        connection.execute(update(columns).where(columns.c.id == row_id).values(update_values))
        return 1

    def _store_conflict(self, connection: Connection, devices: DeviceTable, conflict: dict[str, Any]) -> int:
        exists = connection.execute(select(CONFLICTS.c.id).where(CONFLICTS.c.id == conflict["id"])).first()
        resolved_at = _now() if conflict.get("resolved") else None
        if exists is not None:
            if resolved_at:
                connection.execute(update(CONFLICTS).where(
                    CONFLICTS.c.id == conflict["id"], CONFLICTS.c.resolved_at.is_(None)
                ).values(resolved_at=resolved_at, resolution="elsewhere"))
            return 0
        winner_value, winner_version = conflict["winner"]
        loser_value, loser_version = conflict["loser"]
        connection.execute(insert(CONFLICTS).values(
            id=conflict["id"], tbl=conflict["t"], row_id=conflict["i"], field=conflict["field"],
            kind=conflict["kind"], winner_value=winner_value, winner_version=winner_version,
            loser_value=loser_value, loser_version=loser_version,
            loser_device=conflict.get("loser_device"), created_at=conflict.get("at") or _now(),
            resolved_at=resolved_at, resolution="elsewhere" if resolved_at else None,
        ))
        return 1


@dataclass
class _Pending:
    first_seq: int
    fields: set[str] | None  # None: a new row (every field)
    bases: dict[str, str]
    row_base: str | None


def _coalesce(changes: Sequence[Any]) -> dict[tuple[str, str], _Pending]:
    """Pending changes grouped by row, in the order of each row's first change; the base of
    a field is the one from its first pending change (what headquarters last sent)."""
    rows: dict[tuple[str, str], _Pending] = {}
    for change in changes:
        key = (change.tbl, change.row_id)
        fields = json.loads(change.fields) if isinstance(change.fields, str) else change.fields
        base = json.loads(change.base) if isinstance(change.base, str) else (change.base or {})
        pending = rows.get(key)
        if pending is None:
            pending = rows[key] = _Pending(change.device_seq, None if fields is None else set(),
                                           {}, base.get("*"))
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


def requeue_refused(writer: Writer, refusals: Sequence[dict[str, Any]]) -> int:
    """Write the refused fields again as new edits of this device (their current values), so
    the next sync sends them; the refusals are forgotten (headquarters says again if it
    still refuses).  A refusal of the whole record re-sends every field.  Returns how many
    records were queued again."""
    queued = 0
    for refusal in refusals:
        table, row_id, name = refusal["tbl"], refusal["row_id"], refusal.get("field")
        refusals_table = TABLES["sync_refusals"]
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


def _fetch_rows(
    connection: Connection, keys: list[tuple[str, str]], *, columns: tuple[str, ...] | None = None
) -> dict[tuple[str, str], Any]:
    """Local rows by (table, id), read a chunk of ids per query."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    found: dict[tuple[str, str], Any] = {}
    for table, ids in by_table.items():
        table_columns = TABLES[table]
        selected = [table_columns.c[name] for name in columns] if columns else [table_columns]
        unique = sorted(set(ids))
        for start in range(0, len(unique), 500):
            query = select(*selected).where(table_columns.c.id.in_(unique[start:start + 500]))
            for row in connection.execute(query).mappings():
                found[(table, row["id"])] = row
    return found


def _renumber_pending(connection: Connection, replica: Any, held: int) -> int:
    """Move this device's unacknowledged changes to just after ``held`` (what headquarters
    holds of the device) and return how many moved.  Every new number is above every old
    one, so the unique (device, sequence) constraint holds at each step."""
    shift = held - replica.pushed_seq
    moved = connection.execute(
        update(CHANGES)
        .where(CHANGES.c.device_id == replica.device_id, CHANGES.c.device_seq > replica.pushed_seq)
        .values(device_seq=CHANGES.c.device_seq + shift)
    ).rowcount
    connection.execute(update(REPLICA).values(pushed_seq=held, last_seq=replica.last_seq + shift))
    log.warning("this replica is behind what headquarters holds of it (restored or copied "
                "back): %d unsent changes renumbered after %d", moved, held)
    return int(moved)


def _pending_fields(
    connection: Connection, device_id: str, pushed: int, rows: set[tuple[str, str]]
) -> dict[tuple[str, str], set[str]]:
    """Fields of ``rows`` with local changes not yet acknowledged."""
    if not rows:
        return {}
    spec_fields = {t.name: set(t.field_names) for t in REGISTRY.tables}
    pending: dict[tuple[str, str], set[str]] = {}
    ids = sorted({row_id for _table, row_id in rows})
    for start in range(0, len(ids), 500):
        for change in connection.execute(
            select(CHANGES.c.tbl, CHANGES.c.row_id, CHANGES.c.fields).where(
                CHANGES.c.device_id == device_id, CHANGES.c.device_seq > pushed,
                CHANGES.c.row_id.in_(ids[start:start + 500]))
        ):
            if (change.tbl, change.row_id) not in rows:
                continue
            fields = json.loads(change.fields) if isinstance(change.fields, str) else change.fields
            pending.setdefault((change.tbl, change.row_id), set()).update(
                spec_fields[change.tbl] if fields is None else fields)
    return pending


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


__all__ = ["MassDeletion", "Outcome", "PushBatch", "Replication", "SyncStatus", "requeue_refused"]
