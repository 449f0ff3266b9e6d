"""The headquarters side of one sync round trip: apply a device's push, answer its pull.

Storage-agnostic (SQLAlchemy Core on PostgreSQL or SQLite).  A push takes the lock of the
``counter`` row first, so pushes commit one after another and server sequence numbers are
committed in order: a pull (bounded by the committed counter) never skips a change.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Protocol

from sqlalchemy import (
    JSON,
    Connection,
    Engine,
    LargeBinary,
    Table,
    TypeDecorator,
    and_,
    bindparam,
    insert,
    null,
    or_,
    select,
    true,
    type_coerce,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from sync.gcpause import FreedLater, collection_paused
from sync.hlc import HybridClock, make_version, version_clock, version_device, wall_ms
from sync.merge import Current, Outcome, Pushed, decide
from sync.registry import FieldSpec, Kind, Registry, TableSpec
from sync.wire import (
    MAX_DEVICE_IDS,
    MAX_RECORD_BYTES,
    PROTOCOL_VERSION,
    UUID_RE,
    DeviceTable,
    ProtocolError,
    MAX_INT,
    MAX_TEXT,
    ColumnBlock,
    PushBatch,
    PushRow,
    Refusal,
    RowError,
    SyncRequest,
    conflict_devices,
    echo,
    encode_device_names,
    record_fits,
    value_problem,
    value_size,
    without_values,
)
from sync.wire import MAX_LIST, MAX_PUSH_ROWS
from sync.server import database, held, packer, packing, scopes, statistics, withdrawals
from sync.server.schema import (
    changelog,
    conflicts,
    counter,
    devices,
    Versions,
    lock_counter,
    holds_any,
    PackedKeys,
    keys_storable,
    device_number,
    log_changes,
    log_form,
    named_changelog,
    ENTRY_ORDER,
    ENTRY_SEQ,
    fold_runs,
    pack_keys,
    STAR,
    PackedVersions,
    DeviceNames,
    decode_versions,
    encode_versions,
    id_stored,
    one_version_stored,
    pack_versions,
    records,
    versions_for,
    MORE_RIDS,
    ref_lists,
    pack_rids,
    unpack_rids,
    table_stored,
    unpack_keys,
    unpack_versions,
    users,
)
from sync.server.scopes import Scope

log = logging.getLogger("lookingbeyond.server")

MAX_SKEW_MS = 5 * 60 * 1000  # versions further ahead of headquarters' clock are re-stamped
# Merges (issue 14): the one table whose records are merged, and its redirect field.
MERGE_TABLE = "organizations"
MERGED_INTO = "merged_into"
MAX_MERGE_CHAIN = 64
PULL_CHUNK = 1_000
# A push of at least this many rows is applied with the cycle collector paused (gcpause).
PAUSE_COLLECTOR_FROM_ROWS = 1_000
# A push of at least this many rows with new records in columns (a device's first push) is
# first applied without reading whether headquarters holds those records (_push).
UNREAD_NEW_FROM_ROWS = 1_000
Lookup = Callable[[str, str], "dict[str, Any] | None"]


class Validator(Protocol):
    """The domain's rules for a record, handed to headquarters when it starts.

    ``record`` and ``previous`` (None for a new record) hold wire values; ``lookup`` gives a
    referenced record's stored values (with ``deleted``), or None when headquarters has no
    such record.  Returns (field, message) for every rule broken; the field is "" for a
    rule about the whole record.  Messages may repeat values of ``record`` (they go back only
    to the device that pushed it), never of other records.

    A validator may say which fields of a referenced record it reads: an attribute
    ``referenced_fields``, table -> names of text fields.  A push then reads only those (with
    ``deleted``, and an organization's ``merged_into``) of the records its rows name, not
    their whole data; without it, ``lookup`` gives every field.

    A validator may also say which of its rules read only the record: an attribute
    ``apart``, (the name ``module:function`` of a function ``(table, record, previous)`` of
    those rules, a validator of the same signature as this one for the others).  A first
    push's large column blocks then have their new records checked against the first in
    headquarters' worker process while the serve process applies them with the second
    (packer.Checked).  Both together must be the validator's rules, and the first must be
    importable where the serve process runs."""

    def __call__(self, table: str, record: dict[str, Any], previous: dict[str, Any] | None,
                 lookup: Lookup) -> list[tuple[str, str]]: ...
# Test-only fault hook, off unless set: LOOKINGBEYOND_TEST_STALL=push (or =between, =pull)
# makes a sync print "test stall: push" and sleep: inside the push's transaction after its
# writes (push), after that transaction committed and before the pull's begins (between),
# inside the pull's transaction after a first page with more to come (pull); so a test can
# SIGKILL the server there (tests/sync/test_server_crash.py, tests/sync/server/test_lock_split.py).
# The sleep ends early once the file named by LOOKINGBEYOND_TEST_STALL_RELEASE exists.
STALL_ENV = "LOOKINGBEYOND_TEST_STALL"
STALL_RELEASE_ENV = "LOOKINGBEYOND_TEST_STALL_RELEASE"


def _test_stall(point: str) -> None:
    if os.environ.get(STALL_ENV) == point:
        print(f"test stall: {point}", flush=True)
        release = os.environ.get(STALL_RELEASE_ENV)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (release and os.path.exists(release)):
            time.sleep(0.01)


@dataclass(frozen=True)
class DeviceContext:
    """The authenticated device making a request."""

    device_id: str
    user_name: str
    scope: Scope
    wipe_ordered: bool = False  # an hq user ordered this device's data erased (remote wipe)


def _unconfirmed_refusals(req: SyncRequest, stored: Any, response: dict[str, Any],
                          pushed_seq: int) -> tuple[int | None, list[dict[str, Any]] | None]:
    """The refusals this answer carries, and what headquarters keeps of them.

    A refusal travels in the reply to a push.  If that reply is lost, the device sends the
    same changes again; headquarters, which holds them already, does not apply them again
    and would answer only "pushed up to N": the refusal would be gone, and the device would
    take its change for accepted (it would never converge, invariant 3).  So the refusals
    answered to the pushes up to ``refused_upto`` are kept, and added to every answer (once
    each) until the device shows it has them: a push that starts past ``refused_upto`` (its
    count moved on, so it read the reply that carried them) or a request with nothing to
    push.  Returns the new ``(refused_upto, refused)`` of the device (``None`` when none)."""
    kept: list[dict[str, Any]] = []
    # Only a push headquarters recognised as changes it holds (not applied again) gets the
    # kept refusals: one that goes further was applied and checked again row by row, and
    # its refusals are the fresh ones (a row refused then may be accepted now).
    if req.push is not None and stored.refused_upto is not None \
            and req.push.first <= int(stored.refused_upto) \
            and req.push.upto <= int(stored.pushed_seq):
        kept = [r for r in stored.refused or [] if isinstance(r, dict)]
    answered = response["refused"]
    seen = {_refusal_key(r) for r in answered}
    for refusal in kept:
        if _refusal_key(refusal) not in seen:
            seen.add(_refusal_key(refusal))
            answered.append(refusal)
    if req.push is None or not answered:
        return None, None
    return pushed_seq, list(answered)


class _ReadNew(Exception):
    """A new record taken as not held without reading it was refused, or one stored without
    the rules the worker checks breaks them (packer.Checked): the batch is applied again
    with every record read and every rule checked here (_push)."""


def _refusal_key(refusal: dict[str, Any]) -> tuple[Any, ...]:
    return (refusal.get("t"), refusal.get("i"), refusal.get("field"), refusal.get("code"))


class SyncService:
    """Applies pushes and answers pulls against one headquarters store."""

    def __init__(
        self,
        engine: Engine,
        registry: Registry,
        *,
        validator: Validator,
        now_ms: Callable[[], int] = wall_ms,
        later: FreedLater | None = None,
    ) -> None:
        """``later``: a large push's batch is kept there, to be freed once the answer is sent
        (the caller releases it: gcpause.FreedLater); without it, freed before answering."""
        self.engine = engine
        self.registry = registry
        self.validator = validator
        self.now_ms = now_ms
        self._referenced: dict[str, tuple[str, ...]] | None = getattr(validator, "referenced_fields", None)
        self._apart: tuple[str, Validator] | None = getattr(validator, "apart", None)
        if self._apart is not None:
            packer.rules_named(self._apart[0])  # importable, or the server does not start
        self._merge_references: dict[str, frozenset[str]] = {}  # per table: fields naming organizations
        self._statistics = statistics.for_engine(engine)  # one per engine, not per request
        self._held = held.for_engine(engine)  # parents the last push left, for the next (held.py)
        self._giving: tuple[tuple[int, int], dict[held.Key, held.Held]] | None = None
        self._parents = _parent_tables(registry)  # tables whose records a push reads as parents
        self._created = 0  # records the round trip's push created
        self._later = later

    # -- the round trip -----------------------------------------------------------------

    def sync(self, device: DeviceContext, request: Any) -> dict[str, Any]:
        """Answer one sync request (already authenticated and decoded).

        Two transactions, one after the other: the push half (under the counter lock when it
        has changes to apply) commits the rows, the change log, the counter and the device's
        ``pushed_seq`` together; the pull half then reads up to the committed counter without
        the lock, like a round trip that pushes nothing.  A server that dies between the two
        leaves a committed push unanswered: the device sends the same batch again, which
        ``pushed_seq`` recognises (docs/sync-protocol.md "Ordering and retries")."""
        # This round trip's own copy of the service: the halves keep their state on it
        # (_seq, _clock, _author, _size), and the round trips of one process run side by side.
        return copy.copy(self)._round_trip(device, request)

    def _round_trip(self, device: DeviceContext, request: Any) -> dict[str, Any]:
        req = SyncRequest.decode(request)
        incoming = DeviceTable(req.devices)
        outgoing = DeviceTable()
        response: dict[str, Any] = {
            "v": PROTOCOL_VERSION, "pushed": None, "refused": [], "fix": [], "rows": [],
            "conflicts": [], "more": False,
        }
        offset = self.now_ms() - req.clock if req.clock is not None else 0
        wiping = self._wipe_ordered(device, req)
        with self.engine.begin() as connection:
            pushed_seq = self._push_half(connection, device, req, incoming, outgoing, response, offset)
            if req.push is not None and req.push.count:
                _test_stall("push")  # rows, changelog, counter and pushed_seq written, not committed
        if self._giving is not None:  # committed: what it left is the next push's to take
            self._held.give(*self._giving)
        if req.push is not None and req.push.count:
            _test_stall("between")  # the push committed, its answer not yet built
        if self._created:  # PostgreSQL's statistics kept up with a large push, outside the lock
            self._statistics.created(self.engine, self._created)
        with self.engine.begin() as connection:
            if wiping:  # nothing more to a device whose data is to be erased: send the rest, ask again
                response.update(cursor=req.cursor, more=True)
            else:
                self._pull(connection, device, req, outgoing, response)
            for conflict in response["conflicts"]:  # their devices are named too
                for device_id in conflict_devices(conflict):
                    outgoing.add(device_id)
            names = self._device_names(connection, outgoing.ids)
        response["pushed"] = pushed_seq
        if req.push is not None:  # this headquarters takes new records in columns (PushBatch)
            response["push_cols"] = True
            response["push_rows"] = MAX_PUSH_ROWS  # and batches of up to this many rows
        response["clock"] = self.now_ms()
        response["d"] = outgoing.ids
        named = encode_device_names(outgoing.ids, names)
        if named is not None:
            response["dn"] = named
        return response

    def _push_half(self, connection: Connection, device: DeviceContext, req: SyncRequest,
                   incoming: DeviceTable, outgoing: DeviceTable, response: dict[str, Any],
                   offset: int) -> int:
        """The first transaction of a round trip: apply the push and settlements, and record
        what the device has sent (``pushed_seq``, the refusals it has not yet read) and when
        it synced.  Returns the device's ``pushed_seq``.

        A round trip that writes changes takes the counter lock before reading the device's
        row: a retry of the same batch that overlaps the original request (a client that
        gave up waiting) then reads the ``pushed_seq`` the original committed, and skips the
        batch.  One that pushes nothing takes no lock."""
        writes = req.push is not None or bool(req.resolved)
        # Pushes commit in sequence order (invariant 7): the counter, as committed, under its lock.
        locked = lock_counter(connection) if writes else None
        row = connection.execute(
            select(devices.c.pushed_seq, devices.c.refused_upto, devices.c.refused)
            .where(devices.c.id == device.device_id)
        ).one()
        pushed_seq = int(row.pushed_seq)
        if locked is not None:
            pushed_seq = self._push(connection, device, req, incoming, outgoing, response,
                                    pushed_seq, locked)
        refused_upto, refused = _unconfirmed_refusals(req, row, response, pushed_seq)
        synced_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        connection.execute(
            update(devices).where(devices.c.id == device.device_id).values(
                clock_offset_ms=offset, pushed_seq=pushed_seq, last_sync_at=synced_at,
                token_used_at=synced_at,  # a used token does not expire (accounts.TOKEN_IDLE_DAYS)
                refused_upto=refused_upto, refused=null() if refused is None else refused,
            )
        )
        return pushed_seq

    def _wipe_ordered(self, device: DeviceContext, req: SyncRequest) -> bool:
        """Whether an hq user ordered this device's data erased (remote wipe).  A request
        that still pushes changes is served (they are kept) with nothing to pull and
        ``more``; once the device has nothing left to send, the order is given: ProtocolError
        ``device_wipe`` (410), its time recorded, and the device erases its data and
        confirms (``/v1/wiped``)."""
        if not device.wipe_ordered:
            return False
        if (req.push is not None and req.push.count) or req.resolved:  # rows or column blocks
            return True
        with self.engine.begin() as connection:
            connection.execute(update(devices).where(
                devices.c.id == device.device_id, devices.c.wipe_sent_at.is_(None)).values(
                wipe_sent_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
        raise ProtocolError("device_wipe", "Headquarters has asked for this computer's copy of "
                            "the registry to be erased. Everything it had not sent has been "
                            "received; its data, backups, logs and sign-in are now erased.")

    def _device_names(self, connection: Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
        """The name and user of each device of the answer's device table (only those: a
        device learns the names of the computers whose work it already receives)."""
        wanted = [device_id for device_id in ids[:MAX_DEVICE_IDS] if device_id]
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(wanted), 500):
            for row in connection.execute(
                    select(devices.c.id, devices.c.name, users.c.name.label("user_name"))
                    .join(users, users.c.id == devices.c.user_id)
                    .where(devices.c.id.in_(wanted[start:start + 500]))):
                found[row.id] = (row.name or "", row.user_name or "")
        return found

    # -- push ---------------------------------------------------------------------------

    def _push(
        self,
        connection: Connection,
        device: DeviceContext,
        req: SyncRequest,
        incoming: DeviceTable,
        outgoing: DeviceTable,
        response: dict[str, Any],
        pushed_seq: int,
        locked: tuple[int, int],
    ) -> int:
        # The caller (_push_half) holds the counter lock and read it: ``locked`` is (seq, hlc).
        self._seq = locked[0]
        self._clock = HybridClock(last=locked[1], now_ms=self.now_ms)
        # What the last push of this process left, if nothing has written since (held.py).
        kept = self._held.take(locked)
        gives = True  # unless the batch writes beyond itself (merges, cascades: _apply_batch)
        self._restamped: dict[str, str] = {}  # one push repeats versions: stamp each once
        # Who is behind what this round trip stores (the audit, changelog's last columns).
        self._author = {"user_name": device.user_name, "author_device": device.device_id,
                        "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        push = req.push
        if push is not None:
            if push.first > pushed_seq + 1:
                raise ProtocolError(
                    "push_gap",
                    f"headquarters has this device's changes up to {pushed_seq}; "
                    f"send again from {pushed_seq + 1}",
                    {"pushed": pushed_seq},
                )
            if push.upto > pushed_seq:
                order = {name: i for i, name in enumerate(self.registry.names)}
                rows = [r for r in push.rows if isinstance(r, dict)]
                for _bad in (r for r in push.rows if not isinstance(r, dict)):
                    response["refused"].append(Refusal(None, None, None, "bad_request",
                                                       "a pushed row must be an object").encode())
                # Table by table in the registry's order (parents first), a table's column
                # blocks before its rows; within each, in the order sent (a stable sort).
                work: list[tuple[int, int, Any]] = sorted(
                    [(order.get(block.table, len(order)), 0, block) for block in push.blocks]
                    + [(order.get(str(r.get("t")), len(order)), 1, r) for r in rows],
                    key=lambda item: (item[0], item[1]))

                def apply(entries: dict[held.Key, held.Held], read_new: bool) -> tuple[
                        list[tuple[str, str]], bool, dict[held.Key, held.Held]]:
                    return self._apply_batch(connection, device, push, rows, work, incoming,
                                             outgoing, response, entries, read_new=read_new)

                read_new = not (push.blocks and push.count >= UNREAD_NEW_FROM_ROWS)
                if push.count >= packer.PACK_APART_FROM_ROWS:
                    packer.packer.warm()  # started while the push is read (packer.py)
                if not read_new:
                    # A device's first push: its new records (column blocks) are taken as new
                    # without reading whether headquarters holds them (it does not, but for
                    # a batch sent again after a lost answer, a restored laptop, or a device
                    # that lies), within a savepoint.  Storing one it holds breaks the
                    # primary key; refusing one it holds (read when refused) might have been
                    # decided otherwise had it been read first: either way the batch is
                    # undone and applied again, reading every record.  A first push then
                    # reads nothing of its 250,000 new records (docs/benchmarks-sync.md,
                    # Scenario B, twelfth session).
                    state = (self._seq, self._clock.last, self._created, len(response["refused"]),
                             len(response["fix"]), len(outgoing.ids))
                    try:
                        with connection.begin_nested():
                            merges, gives, left = apply(dict(kept), False)
                    except (IntegrityError, _ReadNew):
                        read_new = True  # applied again below, the failed attempt's objects freed
                    if read_new:
                        self._seq, last, self._created, refused, fixed, listed = state
                        self._clock = HybridClock(last=last, now_ms=self.now_ms)
                        self._restamped = {}
                        del response["refused"][refused:], response["fix"][fixed:]
                        outgoing.truncate(listed)
                if read_new:
                    merges, gives, left = apply(kept, True)
                kept = left
                for other_id, target_id in merges:
                    self._move_references(connection, other_id, target_id)
                pushed_seq = push.upto
        for conflict_id in req.resolved:
            self._resolve(connection, device, conflict_id)
        connection.execute(update(counter).values(seq=self._seq, hlc=self._clock.last))
        if gives:  # given once this transaction commits (_round_trip)
            self._giving = ((self._seq, self._clock.last), kept)
        return pushed_seq

    def _apply_batch(self, connection: Connection, device: DeviceContext, push: PushBatch,
                     rows: list[dict[str, Any]], work: list[tuple[int, int, Any]],
                     incoming: DeviceTable, outgoing: DeviceTable, response: dict[str, Any],
                     kept: dict[held.Key, held.Held], *, read_new: bool,
                     ) -> tuple[list[tuple[str, str]], bool, dict[held.Key, held.Held]]:
        """Apply one push's rows (``work``, in order) and write them.  Returns the merges it
        applied, whether what it leaves can be kept for the next push (not when it wrote
        beyond the batch: merges, cascaded keys), and that (``kept`` with what this batch
        read and wrote: _Batch.held_after).
        ``read_new`` False: the new records of column blocks are not read first (_push);
        a refusal of one raises _ReadNew."""
        batch = _Batch(connection)
        # A first push's large blocks: their rows checked against the domain's rules that
        # read only the record in the worker, while they are applied here with the others.
        checked = {} if read_new or self._apart is None else {
            id(block): _Checked(packer.Checked(self._apart[0], block.table, block.columns, block.rows),
                                self._apart[1])
            for block in push.blocks if len(block.rows) >= packer.CHECK_APART_FROM_ROWS}
        # A large batch (a device's first push) makes hundreds of thousands of
        # objects that live until it is flushed: the cycle collector waits (gcpause).
        with collection_paused() if push.count >= PAUSE_COLLECTOR_FROM_ROWS \
                else contextlib.nullcontext():
            batch.prefetch(self.registry, rows, push.blocks,
                           participants=device.scope.role == "partner",
                           referenced=self._referenced, left=kept, read_new=read_new)
            for _order, is_row, item in work:
                if is_row:
                    self._apply_or_refuse(batch, device, item, incoming, outgoing, response)
                else:
                    self._apply_block(batch, device, item, incoming, outgoing, response,
                                      checked.get(id(item)))
            for check in checked.values():
                if check.broken():  # a row taken without those rules breaks them: read
                    raise _ReadNew()  # again, every rule here (_push)
            self._flush(batch)
            self._created += len(batch.created)
            merges = batch.merges
            gives = not merges and not batch.cascade
            if gives:
                kept = batch.held_after(self._parents, kept, self._referenced)
            # Its objects freed before the collector runs again (a first collection
            # would otherwise scan them all: 60-70 ms a large batch): here, or once the
            # answer is sent, the collector paused until then (``later``).
            if self._later is not None and push.count >= PAUSE_COLLECTOR_FROM_ROWS:
                self._later.hold()
                self._later.keep(batch)
            del batch
        return merges, gives, kept

    def _apply_or_refuse(self, batch: _Batch, device: DeviceContext, pushed_row: Any,
                         incoming: DeviceTable, outgoing: DeviceTable, response: dict[str, Any]) -> None:
        """Apply one pushed row, or add its refusal to the answer."""
        try:
            self._apply_row(batch, device, pushed_row, incoming, outgoing, response)
        except RowError as refusal:  # echo only what the answer can carry
            named = pushed_row if isinstance(pushed_row, dict) else {}
            table, record_id = named.get("t"), named.get("i")
            if (batch.unread and isinstance(table, str) and isinstance(record_id, str)
                    and (table, record_id) in batch.unread and batch.stored(table, record_id)):
                # A record taken as new that headquarters holds: decided again with it read
                # (_push).  One it does not hold is refused as it would have been read.
                raise _ReadNew() from refusal
            # Whether headquarters holds the record: a device whose reply was lost sends its
            # creation again, and must not take a refused edit of it for a new record.
            holds = (isinstance(table, str) and isinstance(record_id, str)
                     and batch.records.get((table, record_id)) is not None)
            response["refused"].append(Refusal(
                echo(table), echo(record_id), echo(refusal.field), refusal.code, refusal.reason,
                holds).encode())

    # -- new records in columns (a device's first push) --------------------------------------

    def _apply_block(self, batch: _Batch, device: DeviceContext, block: ColumnBlock,
                     incoming: DeviceTable, outgoing: DeviceTable, response: dict[str, Any],
                     checked: _Checked | None = None) -> None:
        """Apply the rows of a push's column block.  A row that is plainly a new record
        this device may write (:meth:`_apply_new`) is stored through a short path; every
        other row is read as the pushed row it stands for (:meth:`ColumnBlock.as_row`) and
        goes through :meth:`_apply_row` with every check, so the two paths store, refuse
        and record alike (tests/sync/test_push_columns.py).  ``checked``: the block's rows
        are being checked against the validator's rules that read only the record
        (packer.Checked): the short path leaves those rules to it and notes the rows it
        stored."""
        plan = self._block_plan(block)
        taken, others = (checked.taken, checked.others) if checked is not None else (None, None)
        checks = None if plan is None else _checks_left(plan, block.rows)
        for index, row in enumerate(block.rows):
            if plan is not None and self._apply_new(batch, device, plan, row, incoming, others=others,
                                                    checks=checks):
                if taken is not None:
                    taken.append(index)
                continue
            self._apply_or_refuse(batch, device, block.as_row(row), incoming, outgoing, response)

    def _block_plan(self, block: ColumnBlock) -> _BlockPlan | None:
        """How to read a block's rows quickly, or None when its columns are not exactly
        the table's fields (every such row then takes the full path, which refuses it)."""
        table = block.table
        if table not in self.registry:
            return None
        spec = self.registry.table(table)
        names = tuple(block.columns)
        if set(names) != set(spec.field_names) - {"id"}:
            return None
        index = {name: i for i, name in enumerate(names)}
        kinds = {Kind.TEXT: _TEXT, Kind.REF: _REF, Kind.INT: _INT, Kind.BOOL: _BOOL}
        checks = tuple((i, kinds.get(spec.field(name).kind, _OTHER), spec.field(name))
                       for i, name in enumerate(names))
        naming = tuple(i for i, name in enumerate(names) if spec.field(name).ref_table == MERGE_TABLE)
        scoped = tuple((index[f.name], f.ref_table) for f in spec.fields
                       if f.ref_table is not None and (table, f.name) not in scopes.CROSS_SCOPE_REFERENCES)
        return _BlockPlan(
            table=table, spec=spec, names=names, width=len(names) + 2, checks=checks,
            erasure=index.get(spec.erasure_field) if spec.erasure_field else None,
            naming=naming, references=tuple((index[name], parent) for name, parent in spec.references),
            scoped=scoped)

    def _apply_new(self, batch: _Batch, device: DeviceContext, plan: _BlockPlan, row: Any,
                   incoming: DeviceTable, *, others: Validator | None = None,
                   checks: tuple[tuple[int, int, FieldSpec], ...] | None = None) -> bool:
        """Store one row of a column block when it is a new record that :meth:`_apply_row`
        would store as it is: an array of the block's width, a record id headquarters does
        not hold (nor this push so far), this device's version, every value of its field's
        kind, no erasure and no merge (none set, none named), its parents held, its keys
        and the records it names within the device's scope, the domain's rules kept.
        Returns False, having written nothing, for anything else: the full path decides.
        ``others``: the rules that read only the record (and its size) are being checked by
        the worker (:meth:`_apply_block`): only these, the validator's others, are checked
        here.  ``checks``: the value checks the block's columns left (:func:`_checks_left`;
        None: all of the plan's)."""
        if type(row) is not list or len(row) != plan.width:
            return False
        record_id = row[0]
        if type(record_id) is not str or not UUID_RE.match(record_id):
            return False
        table = plan.table
        if (table, record_id) in batch.present:
            return False
        try:
            version = incoming.unpack(row[1])
        except ProtocolError:
            return False
        if version is None or version_device(version) != device.device_id:
            return False
        values = row[2:]
        for index, kind, field_spec in plan.checks if checks is None else checks:
            value = values[index]
            if value is None:
                continue
            if kind == _TEXT:
                if type(value) is str and len(value) <= MAX_TEXT and value.isascii() and "\x00" not in value:
                    continue
            elif kind == _REF:
                if type(value) is str and UUID_RE.match(value):
                    continue
            elif kind == _INT:
                if type(value) is int and abs(value) < MAX_INT:
                    continue
            elif kind == _BOOL:
                if type(value) is bool:
                    continue
            if value_problem(field_spec, value) is not None:
                return False
        if plan.erasure is not None and values[plan.erasure] is not None:
            return False
        for index in plan.naming:  # a merged-away organization named: redirected by the full path
            value = values[index]
            if value is None:
                continue
            if table == MERGE_TABLE and plan.names[index] == MERGED_INTO:
                return False
            named = value if isinstance(value, list) else [value]
            if len(set(named)) != len(named):
                return False
            for target in named:
                found = batch.lookup_or_load(MERGE_TABLE, target) if isinstance(target, str) else None
                if found is not None and isinstance(found.get(MERGED_INTO), str):
                    return False
        for index, parent in plan.references:
            parent_id = values[index]
            if parent_id is not None and not batch.exists(parent, parent_id):
                return False
        record = dict(zip(plan.names, values))
        keys = scopes.record_keys(table, record_id, record, batch.parent_keys)
        scope = device.scope
        if not scope.writes(table, keys):
            return False
        try:
            packed = PackedKeys(pack_keys(keys))
        except ValueError:  # a country or id with a space in it: the full path refuses it
            return False
        if not scope.everything:
            for index, parent in plan.scoped:
                value = values[index]
                for parent_id in value if isinstance(value, list) else [value]:
                    if isinstance(parent_id, str) and not scope.sees(parent, batch.keys_for(parent, parent_id)):
                        return False
        if others is not None:
            if others(table, record, None, batch.lookup):
                return False
        else:
            try:
                self._check_record(batch, table, record, None)
            except RowError:
                return False
        restamped = self._restamped.get(version)
        if restamped is None:
            restamped = self._restamped[version] = self._restamp(version, device.device_id)
        self._store(batch, device, table, record_id, None, record, dict.fromkeys(plan.names, restamped),
                    list(plan.names), keys, set(), set(), False)
        batch.packed[(table, record_id)] = packed
        return True

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _parse_fields(
        self, device: DeviceContext, pushed_row: dict[str, Any], incoming: DeviceTable
    ) -> tuple[str, str, dict[str, Pushed]]:
        row = PushRow.decode(pushed_row, incoming, self.registry)
        pushed: dict[str, Pushed] = {}
        for name, change in row.fields.items():
            if version_device(change.version) != device.device_id:
                raise RowError("bad_value", f"{name}: the version is not this device's", name)
            restamped = self._restamped.get(change.version)
            if restamped is None:
                restamped = self._restamped[change.version] = self._restamp(change.version, device.device_id)
            pushed[name] = Pushed(change.value, restamped, change.base)
        return row.table, row.id, pushed

    def _apply_row(
        self,
        batch: _Batch,
        device: DeviceContext,
        pushed_row: dict[str, Any],
        incoming: DeviceTable,
        outgoing: DeviceTable,
        response: dict[str, Any],
    ) -> None:
        table, record_id, pushed = self._parse_fields(device, pushed_row, incoming)
        spec = self.registry.table(table)
        merging = pushed.get(MERGED_INTO) if table == MERGE_TABLE else None
        if merging is not None and merging.value is not None and device.scope.role == "partner":
            raise RowError("out_of_scope", "a partner may not merge organizations", MERGED_INTO)
        as_pushed = dict(pushed)  # the references the device named (its scope is checked on these)
        redirected = self._redirect(batch, table, record_id, pushed)
        row_base = incoming.unpack(pushed_row.get("b"))  # read by PushRow.decode already
        key = (table, record_id)
        current = batch.records.get(key)
        self._check_erasure(spec, current, pushed)
        data: dict[str, Any] = dict(current["data"]) if current else {}
        versions: dict[str, str] = dict(current["versions"]) if current else {}
        if current is None and set(spec.field_names) - {"id"} - set(pushed):
            missing = sorted(set(spec.field_names) - {"id"} - set(pushed))
            raise RowError("unknown_record", "a new record must come with every field: "
                          f"missing {', '.join(missing)}")
        proposed = data | {name: p.value for name, p in pushed.items()}
        for field_name, parent in spec.references:
            parent_id = proposed.get(field_name)
            if parent_id is not None and not batch.exists(parent, parent_id):
                raise RowError("missing_reference",
                              f"{field_name} refers to a record headquarters does not have", field_name)
        old_keys = batch.keys.get(key, set()) if current else set()
        grown = {k for k in old_keys if k.startswith(f"{scopes.GROW_PREFIX}:")}
        new_keys = scopes.record_keys(table, record_id, proposed, batch.parent_keys) | grown
        if not keys_storable(new_keys):  # a country or id with a space in it: no such record
            raise RowError("invalid_record", "a country or reference of this record is not a "
                           "single word; headquarters cannot file it")
        if not device.scope.writes(table, new_keys) or (current and not device.scope.writes(table, old_keys)):
            raise RowError("out_of_scope", f"this device may not write this record of {table}")
        self._check_reference_scope(batch, device, table, current, as_pushed)
        if current is None:  # a new record: every field applies (merge.decide), no conflict
            self._check_record(batch, table, proposed, None)
            versions = {name: p.version for name, p in pushed.items()}
            self._store(batch, device, table, record_id, None, proposed, versions,
                        list(pushed), new_keys, old_keys, grown, redirected)
            return
        decisions = {
            name: (now, decide(now, p)) for name, p in pushed.items()
            for now in [Current(data[name], versions[name]) if name in versions else None]
        }
        merged = dict(data) | {name: pushed[name].value for name, (_n, d) in decisions.items()
                               if d.outcome is Outcome.APPLY}
        if merged != data:  # headquarters stores only what every replica can apply (invariant 11)
            self._check_record(batch, table, merged, data)

        applied: list[str] = []
        kept: list[str] = []
        for name, p in pushed.items():
            now, decision = decisions[name]
            if decision.conflict:
                assert now is not None
                winner, loser = (p, now) if decision.outcome is Outcome.APPLY else (now, p)
                self._record_conflict(batch.connection, table, record_id, name, "field",
                                      winner.value, winner.version, loser.value, loser.version)
            if decision.outcome is Outcome.APPLY:
                data[name], versions[name] = p.value, p.version
                applied.append(name)
            elif decision.outcome is Outcome.KEEP:
                kept.append(name)
        self._review_deletes(batch.connection, device, table, record_id, current, pushed, row_base)
        if applied:
            keys_now = scopes.record_keys(table, record_id, data, batch.parent_keys) | grown
            self._store(batch, device, table, record_id, current, data, versions, applied,
                        keys_now, old_keys, grown, redirected)
        if kept:
            response["fix"].append(self._pull_row(
                device, outgoing, table, record_id, data, versions, kept, keys=batch.keys_for))

    def _check_erasure(self, spec: TableSpec, current: dict[str, Any] | None,
                       pushed: dict[str, Pushed]) -> None:
        """A record whose personal data headquarters erased takes no change but a delete
        (the device's change was made before it heard of the erasure; keeping it would put
        the person's data back), and only headquarters sets the erasure field."""
        marker = spec.erasure_field
        if marker is None:
            return
        if current is not None and current["data"].get(marker):
            if set(pushed) - {"deleted"}:
                raise RowError("personal_data_erased",
                               "this person's data was erased at headquarters; the change was not kept")
            return
        if marker in pushed and pushed[marker].value is not None:
            raise RowError("bad_value", f"{marker}: set by headquarters alone", marker)

    def _store(self, batch: _Batch, device: DeviceContext, table: str, record_id: str,
               current: dict[str, Any] | None, data: dict[str, Any], versions: dict[str, str],
               applied: list[str], keys_now: set[str], old_keys: set[str], grown: set[str],
               redirected: bool) -> None:
        """Remember a record's new state for the flush: the record, its references, its
        change-log entry, its keys (a withdrawal where it left some scope) and the
        activities whose participants it changes."""
        key = (table, record_id)
        batch.write(key, data, versions, new=current is None)
        inherited = scopes.INHERITED.get(table, ())
        if current is None or any(ref in applied for ref, _p, _x in inherited):
            now = _named_parents(inherited, data)
            if current is None:
                batch.refs[key] = now
            else:
                # ``ref_lists`` holds what the record named when the push read it (its whole
                # stored data): only the lists of parents that changed are written.
                before = _named_parents(inherited, current["data"])
                if key in batch.refs or set(before) != set(now):
                    batch.refs_before.setdefault(key, before)
                    batch.refs[key] = now
        batch.changelog.append({
            "seq": self._next_seq(), "tbl": table, "id": record_id,
            # A record that gained keys goes in full to the devices newly entitled to it.
            "fields": None if current is None or keys_now - old_keys else sorted(applied),
            # A reference headquarters redirected goes back to the pushing device too.
            "device_id": "" if redirected else device.device_id,
            **self._author, "what": "created" if current is None else "edited",
            # The author is named once: as ``device_id`` when that is its device (0016).
            "author_device": device.device_id if redirected else None,
            "changed": None if current is None else sorted(applied)})  # None: every field
        if table == MERGE_TABLE and MERGED_INTO in applied and data.get(MERGED_INTO):
            batch.merges.append((record_id, data[MERGED_INTO]))
        if keys_now != old_keys:
            batch.set_keys(key, keys_now)
            if current is not None:
                batch.cascade.append(key)
                if old_keys - keys_now:  # it left some devices' scope: withdrawn there
                    withdrawals.record(batch.connection, self._next_seq(), table, record_id,
                                       old_keys - keys_now)
        self._grow(batch, table, current, data)

    # -- merges ---------------------------------------------------------------------------

    def _final_organization(self, lookup: Lookup, organization_id: str) -> str:
        """Where a reference to ``organization_id`` lands: the end of its merged_into chain
        (a chain that loops stops where it would come back)."""
        seen = {organization_id}
        current = organization_id
        for _ in range(MAX_MERGE_CHAIN):
            record = lookup(MERGE_TABLE, current)
            target = record.get(MERGED_INTO) if record else None
            if not isinstance(target, str) or target in seen:
                return current
            seen.add(target)
            current = target
        return current

    def _redirect(self, batch: _Batch, table: str, record_id: str,
                  pushed: dict[str, Pushed]) -> bool:
        """Point every pushed reference to a merged-away organization at the record it was
        merged into (invariant 14: a device that had not heard of the merge).  Returns
        whether any value changed; a merge that would come back to itself is refused."""
        changed = False
        naming = self._merge_references.get(table)
        if naming is None:
            naming = self._merge_references[table] = frozenset(
                f.name for f in self.registry.table(table).fields if f.ref_table == MERGE_TABLE)
        if not naming:
            return False
        for name, change in list(pushed.items()):
            if name not in naming or change.value is None:
                continue
            value: Any = change.value
            if isinstance(value, list):
                new_value: Any = list(dict.fromkeys(
                    self._final_organization(batch.lookup_or_load, v) if isinstance(v, str) else v
                    for v in value))
            elif isinstance(value, str):
                new_value = self._final_organization(batch.lookup_or_load, value)
            else:
                continue
            if table == MERGE_TABLE and name == MERGED_INTO and new_value == record_id:
                raise RowError("invalid_record", "the organization would be merged into itself "
                              "(the other record was merged into this one)", name)
            if new_value != value:
                pushed[name] = Pushed(new_value, change.version, change.base)
                changed = True
        return changed

    def _move_references(self, connection: Connection, other_id: str, target_id: str) -> None:
        """After a merge, move every reference headquarters holds to ``other_id`` (those the
        merging device did not know) to where it now lands.  The moved fields keep their
        versions; each move is a change every device in scope receives, re-keyed like an
        edit."""
        def lookup(table: str, record_id: str) -> dict[str, Any] | None:
            found = connection.execute(select(records.c.data).where(
                records.c.tbl == table, records.c.id == record_id)).scalar()
            return dict(found) if found is not None else None

        target = self._final_organization(lookup, target_id)
        if target == other_id:
            return
        order = {name: i for i, name in enumerate(self.registry.names)}
        # The records in the list of children of the one merged away, with their row ids.
        listed = {(row.tbl, row.id): row.rid for _parent, row in _children(
            connection, MERGE_TABLE, [other_id], records.c.tbl, records.c.id)}
        found = set(listed)
        ends = {i: rid for _t, i, rid in _stored_records(connection, {MERGE_TABLE: {other_id, target}}, ("rid",))}
        away, into = ends.get(other_id), ends.get(target)
        listing = sorted({t.name for t in self.registry.tables for f in t.fields
                          if f.ref_table == MERGE_TABLE and (f.kind is Kind.LIST or t.name == MERGE_TABLE)})
        # Lists of ids are not in ``ref_lists``: every record of a table with such a list is read
        # (its stored value unpacked to text, not parsed; the database cannot search it).
        needle = other_id.encode()
        found |= {(row.tbl, row.id) for row in connection.execute(
            select(records.c.tbl, records.c.id, type_coerce(records.c.data, LargeBinary).label("data"))
            .where(records.c.tbl.in_(listing))) if needle in packing.unpack_text(row.data)}
        for table, record_id in sorted(found, key=lambda key: (order.get(key[0], 99), key[1])):
            stored = lookup(table, record_id)
            if stored is None:
                continue
            data = dict(stored)
            moved: list[str] = []
            for spec in self.registry.table(table).fields:
                if spec.ref_table != MERGE_TABLE:
                    continue
                value = data.get(spec.name)
                if isinstance(value, list) and other_id in value:
                    data[spec.name] = list(dict.fromkeys(target if v == other_id else v for v in value))
                elif value == other_id and not (table == MERGE_TABLE and record_id == target):
                    data[spec.name] = target
                else:
                    continue
                moved.append(spec.name)
            if not moved:
                continue
            connection.execute(update(records).where(records.c.tbl == table, records.c.id == record_id)
                               .values(data=data))
            # The reference moved: the record leaves the list of the one merged away and joins
            # the target's (where it may be already: a list holds each child once).
            child = listed.get((table, record_id))
            if child is not None and away is not None and into is not None:
                relist(connection, {into: {child}}, {away: {child}})
            log_changes(connection, [{"seq": self._next_seq(), "tbl": table, "id": record_id,
                                      "fields": sorted(moved), "device_id": "", **self._author,
                                      "what": "moved", "changed": sorted(moved)}])
            self._rekey(connection, table, record_id, data)
            rule = scopes.GROWS.get(table)
            if rule is not None and data.get(rule[0]):
                self._regrow(connection, rule[1], data[rule[0]])

    def _check_record(self, batch: _Batch, table: str, record: dict[str, Any],
                      previous: dict[str, Any] | None) -> None:
        """Refuse a record that is larger than the protocol carries or that breaks a rule of
        the domain (the desktop writer's own rules, handed to headquarters at start)."""
        if not record_fits(record):
            raise RowError("record_too_large", f"the record is larger than {MAX_RECORD_BYTES // 1024} KiB "
                          "(shorten its longest texts)")
        problems = self.validator(table, record, previous, batch.lookup)
        if problems:
            field_name, message = problems[0]
            reason = "; ".join(f"{f}: {without_values(m)}" if f else without_values(m)
                               for f, m in problems)
            raise RowError("invalid_record", reason, field_name or None)

    def _flush(self, batch: _Batch) -> None:
        """Write what a push changed, with a few statements for the whole batch."""
        connection = batch.connection
        batch.flush()
        for table, record_id in batch.cascade:
            self._cascade_keys(connection, table, record_id)
        # Activities whose participants changed: recomputed, or grown by new participants.
        self._regrow_many(connection, batch.grown | batch.joined.keys(),
                          {key: added for key, added in batch.joined.items() if key not in batch.grown})

    def _restamp(self, version: str, device_id: str) -> str:
        """A version from a clock far ahead of headquarters gets headquarters' time instead,
        so a laptop that believes it is 2031 does not win every conflict (invariant 6)."""
        now = self.now_ms()
        if (version_clock(version) >> 16) > now + MAX_SKEW_MS:
            return make_version(self._clock.tick(), device_id)
        self._clock.observe(version_clock(version))
        return version

    def _review_deletes(
        self,
        connection: Connection,
        device: DeviceContext,
        table: str,
        record_id: str,
        current: dict[str, Any],
        pushed: dict[str, Pushed],
        row_base: str | None,
    ) -> None:
        """A delete that meets an edit the device had not seen, or an edit of a record deleted
        meanwhile, is kept for review (invariant 5); not on a record whose personal data
        was erased (the only edit it met is the erasure: nothing to review or bring back)."""
        marker = self.registry.table(table).erasure_field
        if marker and current["data"].get(marker):
            return
        versions = dict(current["versions"])
        if "deleted" in pushed and pushed["deleted"].value is True and not current["deleted"]:
            unseen = {
                name: current["data"].get(name) for name, version in versions.items()
                if name != "deleted" and (row_base is None or version > row_base)
                and version_device(version) != device.device_id
            }
            if unseen:
                self._record_conflict(connection, table, record_id, "deleted", "deleted_edited",
                                      True, pushed["deleted"].version, unseen, None)
        elif "deleted" not in pushed and current["deleted"]:
            deleted_version = versions.get("deleted")
            if deleted_version and (row_base is None or deleted_version > row_base):
                edits = {name: p.value for name, p in pushed.items()}
                self._record_conflict(connection, table, record_id, "deleted", "edited_deleted",
                                      True, deleted_version, edits,
                                      max(p.version for p in pushed.values()))

    def _record_conflict(
        self,
        connection: Connection,
        table: str,
        record_id: str,
        field_name: str,
        kind: str,
        winner_value: Any,
        winner_version: str | None,
        loser_value: Any,
        loser_version: str | None,
    ) -> None:
        if loser_version is not None:
            exists = connection.execute(select(conflicts.c.id).where(
                conflicts.c.tbl == table, conflicts.c.row_id == record_id,
                conflicts.c.field == field_name, conflicts.c.loser_version == loser_version)).first()
            if exists is not None:  # a retried push: recorded before
                return
        connection.execute(insert(conflicts).values(
            id=str(uuid.uuid4()), seq=self._next_seq(), tbl=table, row_id=record_id,
            field=field_name, kind=kind, winner_value=winner_value, winner_version=winner_version,
            loser_value=loser_value, loser_version=loser_version,
            loser_device=version_device(loser_version) if loser_version else None,
            created_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        ))

    def _resolve(self, connection: Connection, device: DeviceContext, conflict_id: Any) -> None:
        if not isinstance(conflict_id, str):
            return
        found = connection.execute(select(conflicts.c.tbl, conflicts.c.row_id).where(
            conflicts.c.id == conflict_id, conflicts.c.resolved_seq.is_(None))).first()
        # Settling a conflict changes what every replica shows: it needs write access.
        if found is None or not device.scope.writes(found.tbl, self._keys(connection, found.tbl, found.row_id)):
            return
        connection.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(
            resolved_seq=self._next_seq(), resolution="resolved"))

    # -- scope keys ----------------------------------------------------------------------

    def _keys(self, connection: Connection, table: str, record_id: str) -> set[str]:
        found = connection.execute(select(records.c.scope_keys).where(
            records.c.tbl == table, records.c.id == record_id)).scalar()
        return set(found) if found is not None else set()

    def _parent_keys_loader(self, connection: Connection) -> Callable[[str, str], set[str]]:
        return lambda table, record_id: self._keys(connection, table, record_id)

    def _set_keys(self, connection: Connection, table: str, record_id: str, keys: set[str]) -> None:
        """Give a record exactly ``keys`` (stored in its row)."""
        _store_keys(connection, [(table, record_id, keys)])

    def _cascade_keys(self, connection: Connection, table: str, record_id: str) -> None:
        """Children inherit keys: recompute theirs, and send rows that became visible."""
        children = _children(connection, table, [record_id], records.c.tbl, records.c.id)
        for _parent, child in children:
            stored = connection.execute(select(records.c.data).where(
                records.c.tbl == child.tbl, records.c.id == child.id)).scalar_one()
            self._rekey(connection, child.tbl, child.id, dict(stored))

    def _rekey(self, connection: Connection, table: str, record_id: str, data: dict[str, Any]) -> None:
        old = self._keys(connection, table, record_id)
        new = scopes.record_keys(table, record_id, data, self._parent_keys_loader(connection))
        new |= {k for k in old if k.startswith(f"{scopes.GROW_PREFIX}:")}
        if new != old:
            self._set_keys(connection, table, record_id, new)
            if new - old:  # newly entitled devices receive the whole row
                log_changes(connection, [{"seq": self._next_seq(), "tbl": table, "id": record_id,
                                          "fields": None, "device_id": ""}])
            if old - new:  # and devices no longer entitled to it are told it is gone
                withdrawals.record(connection, self._next_seq(), table, record_id, old - new)
            if table == "contacts" and (scopes.AT_RISK_KEY in old) != (scopes.AT_RISK_KEY in new):
                self._resend_contact_id(connection, record_id, data.get("organization_id"))
            self._cascade_keys(connection, table, record_id)

    def _resend_contact_id(self, connection: Connection, contact_id: str, organization_id: Any) -> None:
        """A contact whose organization was flagged at risk, or no longer is: the
        participations naming it send their ``contact_id`` again, so that partners' devices
        hold it blanked while the contact is at risk (:meth:`_may_see_contact`) and get it back
        after (a device that joined meanwhile holds it blank).  A participation's contact is
        one of its organization's (a rule of the domain): they are found through that."""
        if not isinstance(organization_id, str):
            return
        naming = _children(connection, "organizations", [organization_id], records.c.id, records.c.data,
                           child_table="participations")
        for row in sorted((row for _parent, row in naming), key=lambda found: str(found.id)):
            if dict(row.data).get("contact_id") == contact_id:
                log_changes(connection, [{"seq": self._next_seq(), "tbl": "participations", "id": row.id,
                                          "fields": ["contact_id"], "device_id": ""}])

    def _grow(self, batch: _Batch, table: str, current: dict[str, Any] | None,
              data: dict[str, Any]) -> None:
        """A participation added, moved (to another activity or organization) or deleted:
        its activities' ``p:`` keys are recomputed when the push is flushed."""
        rule = scopes.GROWS.get(table)
        if rule is None:
            return
        ref, target_table, member_field = rule
        if current is None and not data.get("deleted") and data.get(ref):
            # A new live participation only adds its organization: the activity's keys grow
            # by it without reading all its participations again (_regrow_many, ``joined``).
            joined = batch.joined.setdefault((target_table, data[ref]), set())
            if data.get(member_field):
                joined.add(data[member_field])
            return
        before = current["data"] if current is not None else {}
        if current is not None and all(before.get(name) == data.get(name)
                                       for name in (ref, member_field, "deleted")):
            return
        for target_id in {before.get(ref), data.get(ref)}:
            if target_id:
                batch.grown.add((target_table, target_id))

    def _regrow(self, connection: Connection, table: str, record_id: str) -> None:
        """Give a record exactly the ``p:`` keys of its live participations (_regrow_many)."""
        self._regrow_many(connection, [(table, record_id)])

    def _regrow_many(self, connection: Connection, grown: Iterable[tuple[str, str]],
                     joined: dict[tuple[str, str], set[str]] | None = None) -> None:
        """Give each record exactly the ``p:`` keys of its live participations: a new
        participant's devices receive it in full; a participant whose last participation
        was deleted or moved loses it (a withdrawal), unless it sees it otherwise.
        ``joined``: records whose only change is new live participations, with their
        members: their keys as stored (which held their participations until now) grow by
        those, without reading every participation (a first push adds a region's
        participations batch after batch, each touching every activity).

        Read for up to 500 records a statement (a push of participations touches each of
        a region's activities, and an activity has hundreds of them: one query per activity
        and batch cost a first push several seconds); written and numbered record by
        record, in (table, id) order."""
        prefix = f"{scopes.GROW_PREFIX}:"
        joined = joined or {}
        by_table: dict[str, set[str]] = {}
        for table, record_id in grown:
            by_table.setdefault(table, set()).add(record_id)
        for chunk in _chunked(by_table):  # in (table, id) order, as the callers give them
            members: dict[tuple[str, str], set[str]] = {}
            old: dict[tuple[str, str], set[str]] = {}
            for table, ids in chunk:
                for record_id in ids:
                    members[(table, record_id)], old[(table, record_id)] = set(), set()
                ids = [record_id for record_id in ids if (table, record_id) not in joined]
                for child_table, (ref, target_table, member_field) in scopes.GROWS.items():
                    if target_table != table or not ids:
                        continue
                    # Two fields of each child (an activity has hundreds): each child's
                    # stored value is unpacked here, the database cannot read into it.
                    children = _children(connection, table, ids, records.c.data,
                                         child_table=child_table, live=True)
                    for parent_id, row in children:
                        child = row.data
                        named, member = child.get(ref), child.get(member_field)
                        if named == parent_id and isinstance(member, str) and member:
                            members[(table, parent_id)].add(f"{prefix}{member}")
            for table, record_id, stored_keys in _stored_records(connection, dict(chunk), ("scope_keys",)):
                old[(table, record_id)] = unpack_keys(stored_keys)
            entries: list[dict[str, Any]] = []
            rekeyed: list[tuple[str, str, set[str]]] = []
            for key in members:  # the chunk's records, in order
                table, record_id = key
                had = {k for k in old[key] if k.startswith(prefix)}
                now = had | {f"{prefix}{member}" for member in joined[key]} if key in joined else members[key]
                if now == had:
                    continue
                # p: keys are not inherited: the record's other keys stay as they are.
                rekeyed.append((table, record_id, (old[key] - had) | now))
                if now - had:
                    entries.append({"seq": self._next_seq(), "tbl": table, "id": record_id,
                                    "fields": None, "device_id": ""})
                if had - now:
                    withdrawals.record(connection, self._next_seq(), table, record_id, had - now)
            _store_keys(connection, rekeyed)
            log_changes(connection, entries)

    def _check_reference_scope(self, batch: _Batch, device: DeviceContext, table: str,
                               current: dict[str, Any] | None, pushed: dict[str, Pushed]) -> None:
        """A record may name (in a new value) only records its writer sees: otherwise naming
        a record of another scope would bring it to the writer's devices as a reference row.
        scopes.CROSS_SCOPE_REFERENCES are the exceptions the domain needs."""
        scope = device.scope
        if scope.everything:
            return
        spec = self.registry.table(table)
        before = current["data"] if current is not None else {}
        for name, change in pushed.items():
            parent = spec.field(name).ref_table
            if parent is None or (table, name) in scopes.CROSS_SCOPE_REFERENCES:
                continue
            had = before.get(name)
            known = set(had) if isinstance(had, list) else {had}
            value = change.value
            for parent_id in value if isinstance(value, list) else [value]:
                if not isinstance(parent_id, str) or parent_id in known:
                    continue
                if not scope.sees(parent, batch.keys_for(parent, parent_id)):
                    raise RowError("out_of_scope", f"{name} names a record of {parent} outside "
                                  "this device's scope", name)

    # -- pull ---------------------------------------------------------------------------

    def _visible(self, scope: Scope, table_column: Any, id_column: Any) -> Any:
        """A SQL condition: the record named by (table_column, id_column) is visible."""
        if table_column is records.c.tbl and id_column is records.c.id:
            return visible_record(scope, records)
        held = records.alias("held")
        return select(held.c.id).where(held.c.tbl == table_column, held.c.id == id_column,
                                       visible_record(scope, held)).exists()

    def _pull(
        self,
        connection: Connection,
        device: DeviceContext,
        req: SyncRequest,
        outgoing: DeviceTable,
        response: dict[str, Any],
    ) -> None:
        scope = device.scope
        upper = int(connection.execute(select(counter.c.seq)).scalar_one())
        cursor = req.cursor
        # Everything in the answer counts against the device's budget: corrections, rows,
        # their reference rows, conflicts and rows asked for by id (wire.MAX_ANSWER_BUDGET).
        budget = req.limit
        self._size = sum(_approx_size(row) for row in response["fix"])
        sent: dict[tuple[str, str], dict[str, Any]] = {}
        told: set[str] = set()  # conflicts already in this answer
        last_seq = cursor
        # A device's own changes are not sent back, unless it lost them (a restore).
        own = None if req.own else device_number(connection, device.device_id)
        while self._size < budget and last_seq < upper:
            # Each entry with its record's table and id (by row id, migration 0019), a run's
            # entries one by one (migration 0030: a row's ``seq`` is its run's last).
            query = select(ENTRY_SEQ, changelog.c.fields, records.c.tbl, records.c.id).select_from(
                named_changelog).where(
                changelog.c.seq > last_seq, ENTRY_SEQ > last_seq, ENTRY_SEQ <= upper,
            ).order_by(*ENTRY_ORDER).limit(PULL_CHUNK)
            if own is not None:
                query = query.where(changelog.c.device_no != own)
            if not scope.everything:
                query = query.where(visible_record(scope, records))
            entries = connection.execute(query).all()
            chunk_end = upper if len(entries) < PULL_CHUNK else int(entries[-1].seq)
            # Conflicts take sequence numbers too: they are walked in order with the rows,
            # so that a page stops at the budget wherever its bytes come from.
            events = self._conflict_events(connection, device, last_seq, chunk_end, told)
            wanted: dict[tuple[str, str], set[str] | None] = {}
            for entry in entries:
                key = (entry.tbl, entry.id)
                known = wanted.get(key, set())
                wanted[key] = None if entry.fields is None or known is None else known | set(entry.fields)
            rows = self._load(connection, list(wanted))
            walk: list[tuple[int, int, Any]] = sorted(
                [(int(entry.seq), 0, entry) for entry in entries]
                + [(seq, 1, event) for seq, event in events], key=lambda item: item[:2])
            stopped = False
            for seq, is_conflict, item in walk:
                last_seq = seq
                if is_conflict:
                    if item["id"] not in told:
                        told.add(item["id"])
                        response["conflicts"].append(item)
                        self._size += _conflict_size(item)
                else:
                    self._pull_entry(connection, device, outgoing, response, sent, wanted, rows, item)
                if self._size >= budget:
                    stopped = True
                    break
            if not stopped:
                last_seq = chunk_end
            if last_seq < upper:
                _test_stall("pull")
        # Records withdrawn from this device over the same range (a quarter of the budget at
        # most: beyond it the page stops at the last one listed, and the rest follow).
        gone, last_seq = withdrawals.gone_for(connection, scope, device.device_id, cursor,
                                              last_seq, budget // 4 + 1)
        if gone:
            response["gone"] = gone
        response["more"] = last_seq < upper
        response["cursor"] = last_seq
        if not self._add_wanted(connection, device, outgoing, response, req.want, sent, budget):
            response["more"] = True  # rows asked for by id wait for the next page

    def _pull_entry(
        self,
        connection: Connection,
        device: DeviceContext,
        outgoing: DeviceTable,
        response: dict[str, Any],
        sent: dict[tuple[str, str], dict[str, Any]],
        wanted: dict[tuple[str, str], set[str] | None],
        rows: dict[tuple[str, str], Any],
        entry: Any,
    ) -> None:
        """Add the row of one change-log entry (once per record and page) and its parents."""
        key = (entry.tbl, entry.id)
        if key not in wanted:
            return
        fields = wanted.pop(key)
        stored = rows.get(key)
        if stored is None:
            return
        data, versions = _data_and_versions(stored, DeviceNames(connection))
        names = sorted(versions) if fields is None else sorted(fields)
        row = self._pull_row(device, outgoing, entry.tbl, entry.id, data, versions, names,
                             keys=self._parent_keys_loader(connection))
        previous = sent.get(key)
        if previous is not None:  # the row again, from a later chunk: merge
            _expand_versions(previous)
            previous["f"].update(_expand_versions(row)["f"])
        else:
            sent[key] = row
            response["rows"].append(row)
        self._size += _approx_size(row)
        self._add_parents(connection, device, outgoing, response, sent, [key])

    def _load(self, connection: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
        found: dict[tuple[str, str], Any] = {}
        by_table: dict[str, list[str]] = {}
        for table, record_id in keys:
            by_table.setdefault(table, []).append(record_id)
        # Not the keys: an activity's hold one per participating organization (a long text),
        # and a pulled row needs its values and versions only.
        columns = (records.c.tbl, records.c.id, records.c.data, records.c.versions, records.c.deleted)
        for table, ids in by_table.items():
            for start in range(0, len(ids), 500):
                for row in connection.execute(select(*columns).where(
                        records.c.tbl == table, records.c.id.in_(ids[start:start + 500]))):
                    found[(table, row.id)] = row
        return found

    def _pull_row(
        self,
        device: DeviceContext,
        outgoing: DeviceTable,
        table: str,
        record_id: str,
        data: dict[str, Any],
        versions: dict[str, str],
        names: Iterable[str],
        *,
        keys: Callable[[str, str], set[str]],
    ) -> dict[str, Any]:
        """A record's ``names`` fields as a pulled row for ``device`` (``keys`` gives the
        scope keys of another record: the participation's contact)."""
        fields = {}
        for name in names:
            if name not in versions:
                continue
            value = data.get(name)
            if (table == "participations" and name == "contact_id" and value is not None
                    and not self._may_see_contact(device, data, keys)):
                value = None
            fields[name] = [value, versions[name]]
        return _compact_versions({"t": table, "i": record_id, "f": fields}, outgoing)

    def _reference_row(self, outgoing: DeviceTable, table: str, record_id: str, stored: Any,
                       names: DeviceNames) -> dict[str, Any]:
        """A parent outside the device's scope as a read-only reference row: every field (a
        replica stores it like any row), the values of those the registry marks
        ``reference`` only, the others null (contact channels, notes, outcomes)."""
        spec = self.registry.table(table)
        data, versions = _data_and_versions(stored, names)
        fields = {name: [data.get(name) if spec.field(name).reference else None, version]
                  for name, version in sorted(versions.items()) if name in spec.field_names}
        row = _compact_versions({"t": table, "i": record_id, "f": fields}, outgoing)
        row["r"] = True
        return row

    def _may_see_contact(self, device: DeviceContext, participation: dict[str, Any],
                         keys: Callable[[str, str], set[str]]) -> bool:
        """Whether a participation's contact may go to a device as it is.  A partner sees
        only contacts it sees as records: its own organization's, and never those of an
        organization at risk (they lack the ``o:`` key, scopes.AT_RISK_KEY), whichever row
        names them.  Other devices get the id (one outside a field device's scope is blanked
        with the parents, :meth:`_add_parents`)."""
        scope = device.scope
        if scope.role != "partner":
            return True
        if participation.get("organization_id") != scope.organization_id:
            return False  # not its own organization's: no need to read the contact's keys
        contact_id = participation.get("contact_id")
        return not isinstance(contact_id, str) or scope.sees("contacts", keys("contacts", contact_id))

    def _add_parents(
        self,
        connection: Connection,
        device: DeviceContext,
        outgoing: DeviceTable,
        response: dict[str, Any],
        sent: dict[tuple[str, str], dict[str, Any]],
        children: Iterable[tuple[str, str]],
    ) -> None:
        """Rows a replica enforces references to: parents outside the device's scope travel
        along as read-only reference rows; contacts outside it are blanked instead."""
        if device.scope.everything:
            return
        for table, row in ((key[0], sent[key]) for key in list(children)):
            for field_name, parent in self.registry.table(table).references:
                if field_name not in row["f"]:
                    continue
                parent_id = row["f"][field_name][0]
                if parent_id is None or (parent, parent_id) in sent:
                    continue
                keys = self._keys(connection, parent, parent_id)
                if device.scope.sees(parent, keys):
                    continue
                if parent == "contacts":
                    row["f"][field_name][0] = None
                    continue
                stored = self._load(connection, [(parent, parent_id)]).get((parent, parent_id))
                if stored is None:
                    continue
                reference = self._reference_row(outgoing, parent, parent_id, stored, DeviceNames(connection))
                sent[(parent, parent_id)] = reference
                response["rows"].insert(0, reference)
                self._size += _approx_size(reference)

    def _add_wanted(
        self,
        connection: Connection,
        device: DeviceContext,
        outgoing: DeviceTable,
        response: dict[str, Any],
        want: list[tuple[str, str]],
        sent: dict[tuple[str, str], dict[str, Any]],
        budget: int,
    ) -> bool:
        """Add rows asked for by id while the budget lasts; False when some had to wait."""
        for table, record_id in want:
            if (table, record_id) in sent or table not in self.registry:
                continue
            if self._size >= budget:
                return False
            if not device.scope.sees(table, self._keys(connection, table, record_id)):
                continue
            stored = self._load(connection, [(table, record_id)]).get((table, record_id))
            if stored is None:
                continue
            data, versions = _data_and_versions(stored, DeviceNames(connection))
            row = self._pull_row(device, outgoing, table, record_id, data, versions, sorted(versions),
                                 keys=self._parent_keys_loader(connection))
            sent[(table, record_id)] = row
            response["rows"].append(row)
            self._size += _approx_size(row)
        return True

    def _conflict_events(
        self, connection: Connection, device: DeviceContext, after: int, upto: int, told: set[str],
    ) -> list[tuple[int, dict[str, Any]]]:
        """Conflicts recorded or settled in (after, upto] on rows the device sees, each with
        the sequence number that puts it in this range."""
        query = select(conflicts).where(
            or_(and_(conflicts.c.seq > after, conflicts.c.seq <= upto),
                and_(conflicts.c.resolved_seq > after, conflicts.c.resolved_seq <= upto))
        ).order_by(conflicts.c.seq)
        if not device.scope.everything:
            query = query.where(self._visible(device.scope, conflicts.c.tbl, conflicts.c.row_id))
        events = []
        for row in connection.execute(query):
            if row.id in told:
                continue
            seq = int(row.seq) if after < int(row.seq) <= upto else int(row.resolved_seq)
            events.append((seq, {
                "id": row.id, "t": row.tbl, "i": row.row_id, "field": row.field, "kind": row.kind,
                "winner": [row.winner_value, row.winner_version],
                "loser": [row.loser_value, row.loser_version], "loser_device": row.loser_device,
                "at": row.created_at, "resolved": row.resolved_seq is not None,
            }))
        return events


def visible_record(scope: Scope, table: Any) -> Any:
    """A SQL condition: the record in a row of ``table`` (``records`` or an alias of it) is
    visible to ``scope`` (:meth:`Scope.sees`, in SQL)."""
    if scope.everything:
        return true()
    if scope.role == "partner":
        condition = holds_any(table.c.scope_keys, scope.organization_keys)
        if scope.country_keys:
            condition = or_(condition, and_(table.c.tbl.in_(sorted(scopes.PARTNER_READABLE)),
                                            holds_any(table.c.scope_keys, scope.country_keys)))
        return condition
    return holds_any(table.c.scope_keys, scope.country_keys)


def _data_and_versions(stored: Any, names: DeviceNames) -> tuple[dict[str, Any], dict[str, str]]:
    """A stored record's data and its field -> version (read with the data: schema.STAR,
    and the connection's device names: schema.VERSIONS_NUMBERED)."""
    data = dict(stored.data)
    return data, stored.versions.of(data, names)


def _compact_versions(row: dict[str, Any], outgoing: DeviceTable) -> dict[str, Any]:
    """Pack a row's versions; when every field has the same one, send it once as ``v``."""
    versions = {pair[1] for pair in row["f"].values()}
    if len(versions) == 1:
        row["v"] = outgoing.pack(versions.pop())
        row["f"] = {name: [pair[0]] for name, pair in row["f"].items()}
    else:
        row["f"] = {name: [pair[0], outgoing.pack(pair[1])] for name, pair in row["f"].items()}
    return row


def _approx_size(row: dict[str, Any]) -> int:
    """About how many bytes of JSON a pulled row takes (cheaper than encoding it twice)."""
    return 60 + sum(24 + value_size(pair[0]) for pair in row["f"].values())


def _conflict_size(conflict: dict[str, Any]) -> int:
    """About how many bytes of JSON a conflict takes."""
    return 300 + value_size(conflict["winner"][0]) + value_size(conflict["loser"][0])


def _expand_versions(row: dict[str, Any]) -> dict[str, Any]:
    """Undo :func:`_compact_versions` in place (each field with its own packed version)."""
    version = row.pop("v", None)
    if version is not None:
        row["f"] = {name: [pair[0], version] for name, pair in row["f"].items()}
    return row


_TEXT, _REF, _INT, _BOOL, _OTHER = range(5)  # how _apply_new checks a column's values


def _checks_left(plan: _BlockPlan, rows: list[Any]) -> tuple[tuple[int, int, FieldSpec], ...]:
    """The checks of ``plan`` that rows of a block still need one by one
    (:meth:`SyncService._apply_new`): a column whose every value, in the rows of the block's
    width, is null or of its field's kind is checked here at once, in a few passes in C
    (a first push: 1.7 s of headquarters' CPU for the region's 253,451 rows, row by row)."""
    shaped = [row for row in rows if type(row) is list and len(row) == plan.width]
    left = []
    for check in plan.checks:
        index, kind, field_spec = check
        column = [value for row in shaped if (value := row[index + 2]) is not None]
        if column and not _column_fits(kind, field_spec, column):
            left.append(check)
    return tuple(left)


def _column_fits(kind: int, field_spec: FieldSpec, column: list[Any]) -> bool:
    """Whether every value of ``column`` (none null) passes the check of :meth:`_apply_new`
    for ``kind``, or the protocol's own (:func:`value_problem`) for the kinds that has no
    quick check (each distinct value once): False sends the column back to the check row by
    row, which finds the rows that fail."""
    types = set(map(type, column))
    if kind == _TEXT or kind == _REF:
        if types != {str} or max(map(len, column)) > MAX_TEXT:
            return False
        if kind == _REF:
            return all(map(UUID_RE.match, column))
        joined = "".join(column)
        if "\x00" in joined:
            return False
        if not joined.isascii():  # storable: UTF-8 has no lone surrogate (joined, none pairs)
            try:
                joined.encode("utf-8")
            except UnicodeEncodeError:
                return False
        return True
    if kind == _INT:
        return types == {int} and max(map(abs, column)) < MAX_INT
    if kind == _BOOL:
        return types == {bool}
    checked: set[Any] = set()  # dates, decimals, lists: each distinct value once
    try:
        for value in column:
            seen = (type(value), tuple(value) if type(value) is list else value)
            if seen not in checked:
                if value_problem(field_spec, value) is not None:
                    return False
                checked.add(seen)
    except TypeError:  # a value that cannot be told from another (a list of lists, an object)
        return False
    return True


@dataclass(slots=True)
class _Checked:
    """A block being checked by the worker, the validator's other rules (checked here), and
    the indexes of its rows the short path stored without the rules the worker checks
    (SyncService._apply_block)."""

    check: packer.Checked
    others: Validator
    taken: list[int] = field(default_factory=list)

    def broken(self) -> bool:
        """Whether a row stored without those rules breaks them."""
        broken = self.check.broken()
        return bool(broken) and not broken.isdisjoint(self.taken)


@dataclass(frozen=True, slots=True)
class _BlockPlan:
    """What :meth:`SyncService._apply_new` needs of a push's column block, worked out once:
    its table and fields in the block's order, each column's check, where the erasure
    field is, the columns naming organizations (merges), the references that must be held
    and those whose targets the device must see."""

    table: str
    spec: TableSpec
    names: tuple[str, ...]
    width: int
    checks: tuple[tuple[int, int, FieldSpec], ...]
    erasure: int | None
    naming: tuple[int, ...]
    references: tuple[tuple[int, str], ...]
    scoped: tuple[tuple[int, str], ...]


class _Batch:
    """The state of one push: records and keys read once, writes gathered and flushed in a
    few statements (a push of thousands of rows is a handful of queries, not thousands)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.records: dict[tuple[str, str], dict[str, Any]] = {}
        self.present: set[tuple[str, str]] = set()
        self.parents: dict[tuple[str, str], dict[str, Any]] = {}  # referenced records' data
        self.keys: dict[tuple[str, str], set[str]] = {}
        self.packed: dict[tuple[str, str], PackedKeys] = {}  # new records' keys, checked and packed
        self.created: set[tuple[str, str]] = set()
        self.updated: set[tuple[str, str]] = set()
        self.keys_dirty: set[tuple[str, str]] = set()
        self.refs: dict[tuple[str, str], list[tuple[str, str]]] = {}
        # Of a stored record whose parents the push changes: those it named when read
        # (``ref_lists`` holds them); it leaves the lists of those it no longer names (flush).
        self.refs_before: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.changelog: list[dict[str, Any]] = []
        self.grown: set[tuple[str, str]] = set()  # their p: keys recomputed at the flush
        self.joined: dict[tuple[str, str], set[str]] = {}  # new members only (_regrow_many)
        self.cascade: list[tuple[str, str]] = []
        self.merges: list[tuple[str, str]] = []  # (merged away, into) applied by this push
        self.read: dict[tuple[str, str], held.Held] = {}  # parents as prefetch found them
        self.rids: dict[tuple[str, str], int] = {}  # row ids of records read or created
        self.unread: set[tuple[str, str]] = set()  # new records not read first (read_new False)

    def prefetch(self, registry: Registry, rows: list[dict[str, Any]],
                 blocks: Iterable[ColumnBlock] = (), *, participants: bool = True,
                 referenced: dict[str, tuple[str, ...]] | None = None,
                 left: Mapping[tuple[str, str], held.Held] | None = None,
                 read_new: bool = True) -> None:
        """Read the pushed records (rows and the rows of column blocks), the parents they
        name (pushed or already stored: an edit of a contact that does not resend
        organization_id still needs that parent's keys), and all their keys.
        ``participants`` False (a device whose scope is not a partner's: only country keys
        decide what it sees): the parents' ``p:`` keys are not read (an activity has one
        per participating organization; no record inherits them).  ``referenced`` (the
        validator's ``referenced_fields``): the fields of a parent to read, not its whole
        data (an organization's ``merged_into`` always: merges are followed).  ``left``:
        parents as the last push left them, nothing having written since (held.py), taken
        instead of read.  ``read_new`` False: the records of column blocks (new records)
        are not read, taken as not held (``unread``; _push)."""
        wanted: dict[str, set[str]] = {}
        targets: dict[str, set[str]] = {}
        # Per table, read once: the fields naming one record, and the lists of ids.
        naming: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}

        def fields_naming(table: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            found = naming.get(table)
            if found is None:
                refs = {name: parent for name, parent in registry.table(table).references}
                refs.update({name: parent for name, parent, _p in scopes.INHERITED.get(table, ())})
                rule = scopes.GROWS.get(table)
                if rule:
                    refs[rule[0]] = rule[1]
                lists = [(spec.name, spec.ref_table) for spec in registry.table(table).fields
                         if spec.kind is Kind.LIST and spec.ref_table is not None]
                found = naming[table] = (list(refs.items()), lists)
            return found

        def want_parents(table: str, values: dict[str, Any], pushed: bool) -> None:
            refs, lists = fields_naming(table)
            for name, parent in refs:
                value = values.get(name)
                if pushed:  # a wire triple [value, version, base] (or [value])
                    value = value[0] if isinstance(value, list) and value else None
                if isinstance(value, str) and UUID_RE.match(value):
                    wanted.setdefault(parent, set()).add(value)
            for name, parent in lists:  # lists of ids (co_organizers, activity_ids)
                value = values.get(name)
                if pushed:
                    value = value[0] if isinstance(value, list) and value else None
                if isinstance(value, list):
                    wanted.setdefault(parent, set()).update(
                        v for v in value[:MAX_LIST] if isinstance(v, str) and UUID_RE.match(v))

        for row in rows:
            table, record_id, fields = row.get("t"), row.get("i"), row.get("f")
            if (not isinstance(table, str) or table not in registry or not isinstance(record_id, str)
                    or not UUID_RE.match(record_id)):  # only ids that can be valid reach SQL
                continue
            wanted.setdefault(table, set()).add(record_id)
            targets.setdefault(table, set()).add(record_id)
            if isinstance(fields, dict):
                want_parents(table, fields, True)
        # A block's rows name their parents by column: gathered as they are, each distinct
        # value matched against an id's form once (a block of participations names a few
        # thousand parents in tens of thousands of rows).
        named: dict[str, set[Any]] = {}
        for block in blocks:
            table = block.table
            if table not in registry:
                continue
            width = len(block.columns) + 2
            position = {name: index + 2 for index, name in enumerate(block.columns)}
            references, lists = fields_naming(table)
            single = [(position[name], named.setdefault(parent, set()))
                      for name, parent in references if name in position]
            several = [(position[name], named.setdefault(parent, set()))
                       for name, parent in lists if name in position]
            block_ids = []
            for row in block.rows:
                if (type(row) is not list or len(row) != width or not isinstance(row[0], str)
                        or not UUID_RE.match(row[0])):
                    continue
                block_ids.append(row[0])
                for index, found in single:
                    value = row[index]
                    if isinstance(value, str):
                        found.add(value)
                for index, found in several:  # lists of ids (co_organizers, activity_ids)
                    value = row[index]
                    if isinstance(value, list):
                        found.update(v for v in value[:MAX_LIST] if isinstance(v, str))
            if read_new:
                wanted.setdefault(table, set()).update(block_ids)
                targets.setdefault(table, set()).update(block_ids)
            else:  # not read, nor read as a parent of another row
                self.unread.update((table, record_id) for record_id in block_ids)
        for parent_table, values in named.items():
            wanted.setdefault(parent_table, set()).update(v for v in values if UUID_RE.match(v))
        # A few statements for the whole push (each one waits for the database under the
        # counter lock): the written records, then the parents they name that are not
        # written, with the keys of both.
        names = DeviceNames(self.connection)
        for table, record_id, data, versions, deleted, keys, rid in _stored_records(
                self.connection, targets, ("data", "versions", "deleted", "scope_keys", "rid")):
            # rows being written: their whole state
            self.rids[(table, record_id)] = rid
            data = packing.unpack(data)
            self.records[(table, record_id)] = {
                "data": data, "versions": unpack_versions(decode_versions(versions, names), data),
                "deleted": bool(deleted)}
            self.present.add((table, record_id))
            self.keys[(table, record_id)] = unpack_keys(keys)
            want_parents(table, data, False)
        others = {table: {i for i in ids if i not in targets.get(table, ()) and (table, i) not in self.unread}
                  for table, ids in wanted.items()}
        # Parents only: do they exist, what do they hold (for validation), their keys?
        grow = f"{scopes.GROW_PREFIX}:"
        left = left or {}
        for table, ids in others.items():
            # Only the fields the push's validation reads of each parent, when it says which.
            taken = _taken(referenced, table)
            if taken is not None:  # those the last push left, as it left them
                for record_id in list(ids):
                    key = (table, record_id)
                    kept = left.get(key)
                    if kept is None or kept.taken != taken:
                        continue
                    ids.discard(record_id)
                    self.present.add(key)
                    self.parents[key] = {**dict(zip(taken, kept.fields)), "deleted": kept.deleted}
                    keys = unpack_keys(kept.keys)
                    self.keys[key] = keys if participants else {k for k in keys if not k.startswith(grow)}
                    self.read[key] = kept
                    self.rids[key] = kept.rid
                if not ids:
                    continue
            # Their values only when some are read (unpacked here: the database cannot read
            # into them); an activity's, for one, never are.
            columns = ("deleted", "scope_keys", "rid", *(("data",) if taken is None or taken else ()))
            for found in _stored_records(self.connection, {table: ids}, columns):
                key = (table, found[1])
                self.present.add(key)
                self.rids[key] = found[4]
                if taken is None:
                    parent = dict(packing.unpack(found[5]))
                elif taken:
                    stored = packing.unpack(found[5])
                    parent = {name: stored.get(name) for name in taken}  # text fields
                else:
                    parent = {}
                parent["deleted"] = bool(found[2])
                self.parents[key] = parent
                keys = unpack_keys(found[3])
                if taken is not None:
                    self.read[key] = held.Held(parent["deleted"], found[3], taken,
                                               tuple(parent[name] for name in taken), found[4])
                if not participants:
                    keys = {k for k in keys if not k.startswith(grow)}
                self.keys[key] = keys

    def held_after(self, parents: frozenset[str], kept: dict[tuple[str, str], held.Held],
                   referenced: dict[str, tuple[str, ...]] | None) -> dict[tuple[str, str], held.Held]:
        """What this batch leaves for the next push once flushed (held.py): ``kept`` (what
        it took) with the parents it read and the records it wrote of the tables that are
        parents; without the records whose participants changed (their ``p:`` keys were
        recomputed after the batch).  ``parents``: the tables others name."""
        for key, found in self.read.items():  # parents read (not written: those are not others)
            kept.pop(key, None)  # last in the order: the last to go past the limit (held.give)
            kept[key] = found
        taken_by_table: dict[str, tuple[str, ...] | None] = {}
        for key, record in self.records.items():
            table = key[0]
            if table not in parents:
                continue
            if table not in taken_by_table:
                taken_by_table[table] = _taken(referenced, table)
            taken = taken_by_table[table]
            if taken is None:
                continue
            keys = self.packed.get(key)
            stored = str(keys) if keys is not None else pack_keys(self.keys.get(key, set()))
            data = record["data"]
            kept.pop(key, None)
            kept[key] = held.Held(bool(record["deleted"]), stored, taken,
                                  tuple(data.get(name) for name in taken), self.rids[key])
        for key in self.grown | self.joined.keys():
            kept.pop(key, None)
        return kept

    def lookup(self, table: str, record_id: str) -> dict[str, Any] | None:
        """A referenced record's data as headquarters holds it now (None: not held)."""
        stored = self.records.get((table, record_id))
        if stored is not None:
            return {**stored["data"], "deleted": stored["deleted"]}
        return self.parents.get((table, record_id))

    def lookup_or_load(self, table: str, record_id: str) -> dict[str, Any] | None:
        """Like :meth:`lookup`, reading a record this push did not name (the next link of a
        chain of merges) once."""
        found = self.lookup(table, record_id)
        if found is None and (table, record_id) not in self.present and UUID_RE.match(record_id):
            for stored in self.connection.execute(
                    select(records.c.id, records.c.data, records.c.deleted, records.c.rid)
                    .where(records.c.tbl == table, records.c.id == record_id)):
                self.present.add((table, stored.id))
                self.rids[(table, stored.id)] = stored.rid
                self.parents[(table, stored.id)] = {**dict(stored.data), "deleted": stored.deleted}
                found = self.parents[(table, stored.id)]
        return found

    def stored(self, table: str, record_id: str) -> bool:
        """Whether headquarters' records hold the record (read now, not from the batch)."""
        return self.connection.execute(select(records.c.id).where(
            records.c.tbl == table, records.c.id == record_id)).first() is not None

    def exists(self, table: str, record_id: str) -> bool:
        """Whether headquarters has the record (before or within this push)."""
        return (table, record_id) in self.present

    def keys_for(self, table: str, record_id: str) -> set[str]:
        """The keys of any record (read when not already known: lists of ids)."""
        key = (table, record_id)
        if key not in self.keys and key not in self.present:
            found = self.connection.execute(select(records.c.scope_keys).where(
                records.c.tbl == table, records.c.id == record_id)).scalar()
            if found:
                self.keys[key] = set(found)
        return self.keys.get(key, set())

    def parent_keys(self, table: str, record_id: str) -> set[str]:
        """The keys of a parent (read in prefetch, or written earlier in this push)."""
        return self.keys.get((table, record_id), set())

    def write(self, key: tuple[str, str], data: dict[str, Any], versions: dict[str, str], *, new: bool) -> None:
        """Remember a record's new state."""
        self.records[key] = {"data": data, "versions": versions, "deleted": bool(data.get("deleted", False))}
        self.present.add(key)
        if new:
            self.created.add(key)
        elif key not in self.created:
            self.updated.add(key)

    def set_keys(self, key: tuple[str, str], keys: set[str]) -> None:
        """Remember a record's new keys."""
        self.keys[key] = set(keys)
        self.keys_dirty.add(key)
        self.packed.pop(key, None)

    def flush(self) -> None:
        """Write everything gathered."""
        c = self.connection
        order = sorted(self.created)
        # New records numbered in the order the change log names them, so that their
        # creations' entries fold into runs (schema.fold_runs, migration 0030); written in
        # the order of their ids (the (table, id) index's pages in turn).
        logged: dict[tuple[str, str], int] = {}
        for entry in self.changelog:
            logged.setdefault((entry["tbl"], entry["id"]), len(logged))
        numbered = sorted(order, key=lambda key: logged.get(key, len(logged)))
        self.rids.update(zip(numbered, new_row_ids(c, len(numbered))))
        rids = self.rids
        # A parent is held (a push refuses a reference to a record headquarters does not
        # have), and so read or created by this push; any other is read here, with any
        # record a change-log entry names that this push neither read nor created.
        unknown: dict[str, set[str]] = {}
        for parent in {parent for parents in (*self.refs.values(), *self.refs_before.values())
                       for parent in parents} - rids.keys():
            unknown.setdefault(parent[0], set()).add(parent[1])
        for entry in self.changelog:
            if (entry["tbl"], entry["id"]) not in rids:
                unknown.setdefault(entry["tbl"], set()).add(entry["id"])
        rids.update(((t, i), rid) for t, i, rid in _stored_records(c, unknown, ("rid",)))
        # The change log's devices numbered first: the versions written below store the
        # device of each by that number (schema.VERSIONS_NUMBERED, migration 0029).
        for entry in self.changelog:  # each names its record by row id (migration 0019)
            entry["rid"] = rids[(entry["tbl"], entry["id"])]
        numbers = log_form(c, self.changelog) if self.changelog else {}
        created = [{"rid": self.rids[(t, i)], "tbl": t, "id": i, **self.records[(t, i)],
                    "scope_keys": self.packed.get((t, i)) or self.keys.get((t, i), set())}
                   for t, i in order]
        # Many new records: their values packed by the worker while the other rows are
        # written, then stored (packer.py); few: packed as they are written.
        apart = packer.Apart([row["data"] for row in created]) \
            if len(created) >= packer.PACK_APART_FROM_ROWS else None
        if apart is None and created:
            insert_many(c, records, created, numbers=numbers)
        if self.updated:
            c.execute(update(records).where(records.c.tbl == bindparam("b_tbl"),
                                            records.c.id == bindparam("b_id"))
                      .values(data=bindparam("b_data"), versions=bindparam("b_versions"),
                              deleted=bindparam("b_deleted")),
                      [{"b_tbl": t, "b_id": i, "b_data": self.records[(t, i)]["data"],
                        "b_versions": encode_versions(versions_for(self.records[(t, i)]["versions"],
                                                                   self.records[(t, i)]["data"]), numbers),
                        "b_deleted": self.records[(t, i)]["deleted"]} for t, i in sorted(self.updated)])
        _store_keys(c, [(t, i, self.keys[(t, i)]) for t, i in sorted(self.keys_dirty)
                        if (t, i) not in self.created])
        # Each parent's list of children (ref_lists, migration 0031): a record joins the lists
        # of the parents it names and did not name when the push read it (a new record: all
        # it names), and leaves those of the parents it no longer names; the lists of the
        # parents it names still are not written.  (A list left naming a child that moved
        # could only cost work: every reader takes a child's parents from its own values.)
        missing = sum(1 for parents in self.refs.values() for parent in parents if parent not in rids)
        if missing:  # validation refuses such references: a defect if it ever happens
            log.warning("a push named %d parent record(s) headquarters does not hold; "
                        "their references were not stored", missing)
        added: dict[int, set[int]] = {}
        removed: dict[int, set[int]] = {}
        for key, parents in self.refs.items():
            now = {parent for parent in parents if parent in rids}
            before = set() if key in self.created else {parent for parent in self.refs_before.get(key, ())
                                                        if parent in rids}
            for parent in now - before:
                added.setdefault(rids[parent], set()).add(rids[key])
            for parent in before - now:
                removed.setdefault(rids[parent], set()).add(rids[key])
        relist(c, added, removed, fresh={self.rids[key] for key in self.created})
        if self.changelog:  # its devices by number, its time in seconds (log_form above: 0020)
            insert_many(c, changelog, fold_runs(self.changelog))
        if apart is not None:
            insert_many(c, records, created, data=apart.packed(), numbers=numbers)


def _store_keys(connection: Connection, keys: list[tuple[str, str, set[str]]]) -> None:
    """Give each ``(table, id, keys)`` record exactly those keys, in one statement."""
    if keys:
        connection.execute(update(records).where(records.c.tbl == bindparam("b_tbl"),
                                                 records.c.id == bindparam("b_id"))
                           .values(scope_keys=bindparam("b_keys")),
                           [{"b_tbl": t, "b_id": i, "b_keys": k} for t, i, k in keys])


# A push that gives at least this many parents children only appends them to their lists on
# PostgreSQL (relist); fewer are read and written again, each list one part again (a list
# given children by every day's pushes would otherwise carry a mark and a row id for each).
APPEND_FROM_PARENTS = 200


def relist(connection: Connection, added: Mapping[int, set[int]], removed: Mapping[int, set[int]], *,
           fresh: Iterable[int] = ()) -> None:
    """Give each parent's list of children (``ref_lists``, migration 0031) ``added`` and
    take ``removed`` from it (parents and children by row id), for a writer holding the
    counter lock (every writer of records does).  A parent that loses children: its list
    read, and written again if it changes (deleted, then inserted with the others: a
    statement each, whatever their number), not at all if left empty.  Parents that only
    gain children, :data:`APPEND_FROM_PARENTS` or more of them, on PostgreSQL: the children
    appended to their lists without reading them (one statement for every such parent: a
    first push gives tens of thousands of parents children, request after request, and
    reading their lists back cost it seconds); fewer, or on SQLite, whose reads cost no
    round trip: read and written again like the others.  ``fresh``: row ids the caller has just given, which no list names yet (not
    read)."""
    fresh = set(fresh)
    appended: dict[int, set[int]] = {}
    if connection.dialect.name == "postgresql":
        appended = {parent: children for parent, children in added.items() if parent not in removed and children}
        if len(appended) < APPEND_FROM_PARENTS:  # a day's push: its few lists kept in one part
            appended = {}
    parents = sorted((set(added) - set(appended)) | set(removed))
    stored = dict(_stored_lists(connection, [parent for parent in parents if parent not in fresh]))
    rows: list[dict[str, Any]] = []
    for parent in parents:
        had = set(stored.get(parent, ()))
        now = (had - removed.get(parent, set())) | added.get(parent, set())
        if now == had:
            stored.pop(parent, None)  # unchanged: neither deleted nor written
        elif now:
            rows.append({"parent_rid": parent, "rids": pack_rids(now)})
    for condition, parameters in _rid_chunks(connection, sorted(stored)):
        connection.exec_driver_sql(f"DELETE FROM ref_lists WHERE parent_rid {condition}", parameters)
    insert_many(connection, ref_lists, rows)
    if appended:
        order = sorted(appended)
        for start in range(0, len(order), 10_000):
            some = order[start:start + 10_000]
            connection.exec_driver_sql(
                "INSERT INTO ref_lists (parent_rid, rids) SELECT * FROM unnest(%s::bigint[], %s::bytea[]) "
                "ON CONFLICT (parent_rid) DO UPDATE SET rids = ref_lists.rids || %s || excluded.rids",
                (some, [pack_rids(appended[parent]) for parent in some], MORE_RIDS))


def _rid_chunks(connection: Connection, rids: list[int]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """``rids`` as conditions for the driver's own SQL, ``(condition, parameters)``: on
    PostgreSQL one array of up to 10,000 (one statement text, which psycopg prepares), on
    SQLite ``IN`` lists of up to 500.  Compiling such a statement through SQLAlchemy for
    every chunk cost a first push a second of headquarters' time (migration 0031)."""
    if connection.dialect.name == "postgresql":
        for start in range(0, len(rids), 10_000):
            yield "= ANY(%s)", (rids[start:start + 10_000],)
    else:
        for start in range(0, len(rids), 500):
            chunk = tuple(rids[start:start + 500])
            yield f"IN ({', '.join(['?'] * len(chunk))})", chunk


def _stored_lists(connection: Connection, parents: list[int]) -> Iterator[tuple[int, list[int]]]:
    """``(parent row id, its children's row ids)`` of those of ``parents`` that have a list
    (:func:`_rid_chunks` a statement)."""
    for condition, parameters in _rid_chunks(connection, parents):
        for parent, stored in connection.exec_driver_sql(
                f"SELECT parent_rid, rids FROM ref_lists WHERE parent_rid {condition}", parameters):
            yield int(parent), unpack_rids(stored)


def _children(connection: Connection, parent_table: str, parent_ids: Iterable[str], *columns: Any,
              child_table: str | None = None, live: bool = False) -> list[tuple[str, Any]]:
    """``(parent id, row)`` for every child of the records ``parent_ids`` of
    ``parent_table`` names (``ref_lists``), ``row`` the child's ``columns`` (of
    ``records``), children in the order of their row ids; ``child_table``: only children of
    that table; ``live``: only children not deleted."""
    parents_of: dict[int, list[str]] = {}
    wanted = sorted(set(parent_ids))
    for start in range(0, len(wanted), 500):
        for parent_id, stored in connection.execute(
                select(records.c.id, ref_lists.c.rids)
                .select_from(records.join(ref_lists, ref_lists.c.parent_rid == records.c.rid))
                .where(records.c.tbl == parent_table, records.c.id.in_(wanted[start:start + 500]))):
            for child in unpack_rids(stored):
                parents_of.setdefault(child, []).append(parent_id)
    found: list[tuple[str, Any]] = []
    children = sorted(parents_of)
    for start in range(0, len(children), 500):
        query = select(records.c.rid, *columns).where(records.c.rid.in_(children[start:start + 500]))
        if child_table is not None:
            query = query.where(records.c.tbl == child_table)
        if live:
            query = query.where(records.c.deleted.is_(False))
        for row in connection.execute(query.order_by(records.c.rid)):
            found.extend((parent_id, row) for parent_id in parents_of[row.rid])
    return found


def _named_parents(inherited: Iterable[tuple[str, str, Any]], values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The (parent table, parent id) a record's ``values`` name through the references it
    inherits keys by (``scopes.INHERITED``): the lists of children (``ref_lists``) it is in."""
    return [(parent, values[ref]) for ref, parent, _prefixes in inherited if values.get(ref)]


def _stored_records(connection: Connection, ids: Mapping[str, Iterable[str]], columns: Iterable[str],
                    size: int = 500) -> Iterator[Any]:
    """``(tbl, id, *columns)`` of the stored records ``ids`` names (per table), up to
    ``size`` ids a statement, table by table; ``columns`` are SQL expressions over
    ``records`` (column names).  Run as the driver's own SQL: a push
    reads tens of thousands of records this way, and SQLAlchemy's compiling of each
    statement's 500 parameters and its per-row processing cost more than the database's
    work (docs/benchmarks-sync.md, Scenario B).  Values come as the driver gives them:
    ``data`` and ``versions`` as bytes (``packing.unpack``, ``schema.decode_versions``); the
    table and id as the text asked for (stored as bytes, ``schema.table_stored``,
    ``schema.id_stored``)."""
    selected = ", ".join(("id", *columns))
    postgres = connection.dialect.name == "postgresql"
    for table in sorted(ids):
        some = sorted(ids[table])
        stored_table = table_stored(table)
        for start in range(0, len(some), size):
            named = {id_stored(record_id): record_id for record_id in some[start:start + size]}
            chunk = list(named)
            if postgres:
                # The ids as one array: one statement text for every chunk, which psycopg
                # prepares after five runs, and less to bind (a first push: half a second
                # to a second less on PostgreSQL; docs/benchmarks-sync.md, Scenario B).
                found = connection.exec_driver_sql(
                    f"SELECT {selected} FROM records WHERE tbl = %s AND id = ANY(%s)", (stored_table, chunk))
            else:
                found = connection.exec_driver_sql(
                    f"SELECT {selected} FROM records WHERE tbl = ? AND id IN ("
                    f"{', '.join(['?'] * len(chunk))})", (stored_table, *chunk))
            for row in found:
                yield (table, named[bytes(row[0])], *row[1:])


def _parent_tables(registry: Registry) -> frozenset[str]:
    """The tables whose records others name (references, lists of ids, inherited keys,
    participants): those a push reads as parents."""
    tables = {spec.ref_table for name in registry.names for spec in registry.table(name).fields
              if spec.ref_table is not None}
    tables.update(parent for named in scopes.INHERITED.values() for _f, parent, _p in named)
    tables.update(rule[1] for rule in scopes.GROWS.values())
    return frozenset(tables)


def _taken(referenced: dict[str, tuple[str, ...]] | None, table: str) -> tuple[str, ...] | None:
    """The fields a push reads of a parent of ``table``: those the validation names
    (``referenced``; None: it reads whole records), and an organization's ``merged_into``."""
    if referenced is None:
        return None
    return tuple(dict.fromkeys((*referenced.get(table, ()), *((MERGED_INTO,) if table == MERGE_TABLE else ()))))


def _chunked(ids: dict[str, set[str]], size: int = 500) -> Iterator[list[tuple[str, list[str]]]]:
    """``ids`` (per table) in chunks of at most ``size`` ids, each as (table, ids) pairs."""
    flat = sorted((table, record_id) for table, some in ids.items() for record_id in some)
    for start in range(0, len(flat), size):
        chunk: dict[str, list[str]] = {}
        for table, record_id in flat[start:start + size]:
            chunk.setdefault(table, []).append(record_id)
        yield list(chunk.items())


def new_row_ids(connection: Connection, count: int) -> list[int]:
    """Row ids for ``count`` new records (schema.records.rid), for a writer holding the
    counter lock (every writer of records does): on SQLite the next after the highest (as
    SQLite numbers a row given none); on PostgreSQL from the identity column's sequence."""
    if count <= 0:
        return []
    if connection.dialect.name == "postgresql":
        return list(connection.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence('records', 'rid')) FROM generate_series(1, %s)",
            (count,)).scalars())
    highest = connection.exec_driver_sql("SELECT max(rid) FROM records").scalar() or 0
    return list(range(highest + 1, highest + 1 + count))


def insert_many(connection: Connection, table: Table, rows: list[dict[str, Any]], *,
                data: list[bytes] | None = None, numbers: Mapping[str, int] | None = None) -> None:
    """Insert many rows of ``table``, each naming every column, with one statement run by
    the database driver (``executemany``; on PostgreSQL a ``COPY``, :func:`_copy_rows`),
    their JSON values written as the engine writes them (``database.json_dumps``; None as
    JSON ``null``, as SQLAlchemy's JSON type does, or as SQL's null where the column's type
    says ``none_as_null``).
    The same rows as ``connection.execute(insert(table), rows)``, without SQLAlchemy's
    per-row parameter processing: a first push inserts hundreds of thousands of rows.
    ``data``: ``records``' values already packed, one for each row (sync.server.packer).
    ``numbers``: device id -> number in ``log_devices`` (committed, or given in this
    transaction): versions by those devices store them (schema.encode_versions)."""
    if not rows:
        return
    names = [column.name for column in table.columns]
    dumps = database.json_dumps
    # Columns of a type of the schema's own (Versions, Keys, PackedJSON) are turned into
    # their stored form; versions straight into their bytes (versions_stored).
    by_version = {column.name for column in table.columns if isinstance(column.type, Versions)}
    stored_as = {column.name: column.type.process_bind_param for column in table.columns
                 if isinstance(column.type, TypeDecorator) and column.name not in by_version}
    as_json = {column.name for column in table.columns
               if isinstance(column.type, JSON) or (isinstance(column.type, TypeDecorator)
                                                    and isinstance(column.type.impl_instance, JSON))}
    # JSON columns that store None as SQL's null (the change log's fields, migration 0025)
    null_as_sql = {column.name for column in table.columns
                   if isinstance(column.type, JSON) and column.type.none_as_null}
    memo: dict[Any, str] = {None: dumps(None)}  # lists repeat (the fields a change names)

    def json_text(value: Any) -> str:
        if value is None or type(value) is list:
            try:
                key = value if value is None else tuple(value)
                found = memo.get(key)
            except TypeError:  # a list of lists
                return dumps(value)
            if found is None:
                found = memo[key] = dumps(value)
            return found
        return dumps(value)

    def versions_stored(versions: Any, data: Any) -> bytes | None:
        """``encode_versions(pack_versions(versions, data))`` (the row's data: its fields
        are the star's), without building the packed form when every field of the data has
        one version (a record created or edited in one go)."""
        if versions is None:
            return None
        if isinstance(versions, PackedVersions):
            return encode_versions(versions, numbers)
        distinct = set(versions.values())
        if len(distinct) == 1 and data is not None and versions.keys() == data.keys():
            version = distinct.pop()
            return ((isinstance(version, str) and one_version_stored(version, numbers))
                    or encode_versions({version: STAR}))
        return encode_versions(pack_versions(versions, data), numbers)

    values = itemgetter(*names)
    packed = [index for index, name in enumerate(names) if name in by_version]
    data_at = names.index("data") if packed and "data" in names else None  # records: its data
    encoded = [index for index, name in enumerate(names) if name in as_json and name not in by_version]
    sql_null = {index for index in encoded if names[index] in null_as_sql}
    converted = [(index, stored_as[name]) for index, name in enumerate(names)
                 if name in stored_as and not (data is not None and name == "data")]
    given = names.index("data") if data is not None else None
    dialect = connection.dialect

    def stored() -> Iterator[tuple[Any, ...]]:
        """Each row's values as stored, made as they are written."""
        if not encoded and not packed and not converted and given is None:
            yield from map(values, rows)
            return
        for position, row in enumerate(rows):
            found = list(values(row))
            for index in packed:  # before the data is encoded: its fields are the star's
                found[index] = versions_stored(found[index], None if data_at is None else found[data_at])
            for index, convert in converted:  # the data packed (schema.PackedJSON), keys
                found[index] = convert(found[index], dialect)
            for index in encoded:
                if found[index] is not None or index not in sql_null:
                    found[index] = json_text(found[index])
            if given is not None:
                found[given] = data[position]  # type: ignore[index]
            yield tuple(found)

    if connection.dialect.name == "postgresql":
        # Streamed: PostgreSQL stores the rows sent while the next are packed, instead of
        # starting once all are (docs/benchmarks-sync.md, Scenario B, thirteenth session).
        _copy_rows(connection, table.name, names, stored())
        return
    quote = connection.dialect.identifier_preparer.quote
    connection.exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
        f"VALUES ({', '.join(['?'] * len(names))})", list(stored()))


def _copy_rows(connection: Connection, table_name: str, names: list[str],
               parameters: Iterable[tuple[Any, ...]]) -> None:
    """PostgreSQL: the rows by ``COPY ... FROM STDIN`` on the transaction's own connection,
    one stream instead of a statement per row (psycopg's ``executemany`` sends an INSERT
    for each: a first push's inserts took a third of its time on PostgreSQL).  COPY reads
    each value as its column's text input (JSON text into ``json`` columns); a failure
    is raised as SQLAlchemy's error of its kind, as an INSERT's would be."""
    quote = connection.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table_name)} ({', '.join(quote(name) for name in names)}) FROM STDIN"
    raw: Any = connection.connection.dbapi_connection  # psycopg's connection, in the transaction
    module = connection.dialect.loaded_dbapi
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in parameters:
                copy.write_row(row)
    except module.Error as error:
        raise DBAPIError.instance(statement, None, error, module.Error, dialect=connection.dialect) from error
