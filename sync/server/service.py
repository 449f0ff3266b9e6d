"""The headquarters side of one sync round trip: apply a device's push, answer its pull.

Storage-agnostic (SQLAlchemy Core on PostgreSQL or SQLite).  A push takes the lock of the
``counter`` row first, so pushes commit one after another and server sequence numbers are
committed in order: a pull (bounded by the committed counter) never skips a change.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, delete, insert, or_, select, update

from sync.hlc import HybridClock, make_version, version_clock, version_device, wall_ms
from sync.merge import Current, Outcome, Pushed, decide
from sync.protocol import (
    DEFAULT_RESPONSE_BYTES,
    MAX_PUSH_ROWS,
    OLDEST_SUPPORTED,
    PROTOCOL_VERSION,
    DeviceTable,
    ProtocolError,
)
from sync.registry import FieldSpec, Kind, Registry
from sync.server import scopes
from sync.server.schema import changelog, conflicts, counter, devices, records, refs, row_keys
from sync.server.scopes import Scope

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")  # \Z: "$" lets "\n" through
PACKED_VERSION_RE = re.compile(r"^[0-9a-f]{1,16}\.[0-9]{1,6}\Z")  # what DeviceTable.pack writes
MAX_SEQ = 2**63 - 1  # sequence numbers and cursors are 64-bit integers in the database
MAX_CLOCK = 2**53  # |clock| in ms; beyond this the stored offset would overflow
MAX_SKEW_MS = 5 * 60 * 1000  # versions further ahead of headquarters' clock are re-stamped
MAX_LIST = 1_000
MAX_TEXT = 10_000
PULL_CHUNK = 1_000
Validator = Callable[[str, dict[str, Any]], list[tuple[str, str]]]
# Test-only fault hook, off unless set: LOOKINGBEYOND_TEST_STALL=push (or =pull) makes a sync
# print "test stall: push" and sleep inside its open transaction, after a push's writes (or
# after the first page of a pull with more to come), so a test can SIGKILL the server
# mid-batch (tests/sync/test_server_crash.py).
STALL_ENV = "LOOKINGBEYOND_TEST_STALL"


def _test_stall(point: str) -> None:
    if os.environ.get(STALL_ENV) == point:
        print(f"test stall: {point}", flush=True)
        time.sleep(120)


@dataclass(frozen=True)
class DeviceContext:
    """The authenticated device making a request."""

    device_id: str
    user_name: str
    scope: Scope


class Refused(Exception):
    """A pushed row cannot be applied; the rest of the push goes on."""

    def __init__(self, code: str, reason: str, field: str | None = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.field = field


class SyncService:
    """Applies pushes and answers pulls against one headquarters store."""

    def __init__(
        self,
        engine: Engine,
        registry: Registry,
        *,
        validator: Validator | None = None,
        now_ms: Callable[[], int] = wall_ms,
    ) -> None:
        self.engine = engine
        self.registry = registry
        self.validator = validator
        self.now_ms = now_ms

    # -- the round trip -----------------------------------------------------------------

    def sync(self, device: DeviceContext, request: Any) -> dict[str, Any]:
        """Answer one sync request (already authenticated and decoded)."""
        req = _parse_request(request)
        incoming = DeviceTable(req["d"])
        outgoing = DeviceTable()
        response: dict[str, Any] = {
            "v": PROTOCOL_VERSION, "pushed": None, "refused": [], "fix": [], "rows": [],
            "conflicts": [], "more": False,
        }
        offset = self.now_ms() - req["clock"] if req["clock"] is not None else 0
        with self.engine.begin() as connection:
            row = connection.execute(
                select(devices.c.pushed_seq).where(devices.c.id == device.device_id)
            ).one()
            pushed_seq = int(row.pushed_seq)
            if req["push"] is not None or req["resolved"]:
                pushed_seq = self._push(connection, device, req, incoming, outgoing, response,
                                        pushed_seq)
            synced_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            connection.execute(
                update(devices).where(devices.c.id == device.device_id).values(
                    clock_offset_ms=offset, pushed_seq=pushed_seq, last_sync_at=synced_at,
                    token_used_at=synced_at,  # a used token does not expire (accounts.TOKEN_IDLE_DAYS)
                )
            )
            if req["push"] is not None and req["push"]["rows"]:
                _test_stall("push")  # rows, changelog, counter and pushed_seq written, not committed
            self._pull(connection, device, req, outgoing, response)
        response["pushed"] = pushed_seq
        response["clock"] = self.now_ms()
        response["d"] = outgoing.ids
        return response

    # -- push ---------------------------------------------------------------------------

    def _push(
        self,
        connection: Connection,
        device: DeviceContext,
        req: dict[str, Any],
        incoming: DeviceTable,
        outgoing: DeviceTable,
        response: dict[str, Any],
        pushed_seq: int,
    ) -> int:
        # Lock the counter row: pushes commit in sequence order (invariant 7).
        connection.execute(update(counter).values(seq=counter.c.seq))
        state = connection.execute(select(counter.c.seq, counter.c.hlc)).one()
        self._seq = int(state.seq)
        self._clock = HybridClock(last=int(state.hlc), now_ms=self.now_ms)
        self._restamped: dict[str, str] = {}  # one push repeats versions: stamp each once
        push = req["push"]
        if push is not None:
            if push["from"] > pushed_seq + 1:
                raise ProtocolError(
                    "push_gap",
                    f"headquarters has this device's changes up to {pushed_seq}; "
                    f"send again from {pushed_seq + 1}",
                    {"pushed": pushed_seq},
                )
            if push["upto"] > pushed_seq:
                order = {name: i for i, name in enumerate(self.registry.names)}
                rows = sorted((r for r in push["rows"] if isinstance(r, dict)),
                              key=lambda r: order.get(str(r.get("t")), len(order)))
                for bad in (r for r in push["rows"] if not isinstance(r, dict)):
                    response["refused"].append({"t": None, "i": None, "field": None,
                                                "code": "bad_request",
                                                "reason": "a pushed row must be an object"})
                batch = _Batch(connection)
                batch.prefetch(self.registry, rows)
                for pushed_row in rows:
                    try:
                        self._apply_row(batch, device, pushed_row, incoming, outgoing, response)
                    except Refused as refusal:  # echo only what the answer can carry
                        response["refused"].append({
                            "t": _echo(pushed_row.get("t")), "i": _echo(pushed_row.get("i")),
                            "field": _echo(refusal.field), "code": refusal.code,
                            "reason": refusal.reason})
                self._flush(batch)
                pushed_seq = push["upto"]
        for conflict_id in req["resolved"]:
            self._resolve(connection, device, conflict_id)
        connection.execute(update(counter).values(seq=self._seq, hlc=self._clock.last))
        return pushed_seq

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _parse_fields(
        self, device: DeviceContext, pushed_row: dict[str, Any], incoming: DeviceTable
    ) -> tuple[str, str, dict[str, Pushed]]:
        table, record_id, fields = pushed_row.get("t"), pushed_row.get("i"), pushed_row.get("f")
        if not isinstance(table, str) or table not in self.registry:
            raise Refused("unknown_table", f"{table!r} is not a synced table")
        if not isinstance(record_id, str) or not UUID_RE.match(record_id):
            raise Refused("bad_value", "the record id is not a UUID", "id")
        if not isinstance(fields, dict) or not fields:
            raise Refused("bad_request", "a pushed row needs fields")
        spec = self.registry.table(table)
        pushed: dict[str, Pushed] = {}
        row_version, row_base = pushed_row.get("v"), pushed_row.get("w")
        for name, triple in fields.items():
            if name == "id" or name not in spec.field_names:
                raise Refused("unknown_field", f"{table} has no field {name!r}", name)
            if isinstance(triple, list) and len(triple) == 1 and row_version is not None:
                triple = [triple[0], row_version, row_base]  # the row's version and base
            if not isinstance(triple, list) or len(triple) != 3:
                raise Refused("bad_request", f"field {name!r} must be [value, version, base]", name)
            value, version, base = triple
            problem = wire_problem(spec.field(name), value)
            if problem:
                raise Refused("bad_value", f"{name}: {problem}", name)
            full_version = _unpack(incoming, version)
            if full_version is None or version_device(full_version) != device.device_id:
                raise Refused("bad_value", f"{name}: the version is not this device's", name)
            restamped = self._restamped.get(full_version)
            if restamped is None:
                restamped = self._restamped[full_version] = self._restamp(full_version, device.device_id)
            pushed[name] = Pushed(value, restamped, _unpack(incoming, base))
        return table, record_id, pushed

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
        row_base = _unpack(incoming, pushed_row.get("b"))
        key = (table, record_id)
        current = batch.records.get(key)
        data: dict[str, Any] = dict(current["data"]) if current else {}
        versions: dict[str, str] = dict(current["versions"]) if current else {}
        if current is None and set(spec.field_names) - {"id"} - set(pushed):
            missing = sorted(set(spec.field_names) - {"id"} - set(pushed))
            raise Refused("unknown_record", "a new record must come with every field: "
                          f"missing {', '.join(missing)}")
        proposed = data | {name: p.value for name, p in pushed.items()}
        for field_name, parent in spec.references:
            parent_id = proposed.get(field_name)
            if parent_id is not None and not batch.exists(parent, parent_id):
                raise Refused("missing_reference",
                              f"{field_name} refers to a record headquarters does not have", field_name)
        old_keys = batch.keys.get(key, set()) if current else set()
        grown = {k for k in old_keys if k.startswith(f"{scopes.GROW_PREFIX}:")}
        new_keys = scopes.record_keys(table, record_id, proposed, batch.parent_keys) | grown
        if not device.scope.writes(table, new_keys) or (current and not device.scope.writes(table, old_keys)):
            raise Refused("out_of_scope", f"this device may not write this record of {table}")
        if self.validator is not None:
            problems = self.validator(table, proposed)
            if problems:
                field_name, message = problems[0]
                raise Refused("invalid_record", "; ".join(f"{f}: {m}" for f, m in problems), field_name)

        applied: list[str] = []
        kept: list[str] = []
        for name, p in pushed.items():
            now = Current(data[name], versions[name]) if current is not None and name in versions else None
            decision = decide(now, p)
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
        if current is not None:
            self._review_deletes(batch.connection, device, table, record_id, current, pushed, row_base)
        if applied:
            batch.write(key, data, versions, new=current is None)
            keys_now = scopes.record_keys(table, record_id, data, batch.parent_keys) | grown
            if current is None or any(ref in applied for ref, _p, _x in scopes.INHERITED.get(table, ())):
                batch.refs[key] = [
                    (parent, data[ref]) for ref, parent, _prefixes in scopes.INHERITED.get(table, ())
                    if data.get(ref)
                ]
            batch.changelog.append({
                "seq": self._next_seq(), "tbl": table, "id": record_id,
                "fields": None if current is None else sorted(applied), "device_id": device.device_id})
            if keys_now != old_keys:
                batch.set_keys(key, keys_now)
                if current is not None:
                    batch.cascade.append(key)
            self._grow(batch, table, data)
        if kept:
            response["fix"].append(self._pull_row(
                device, outgoing, table, record_id, data, versions, kept))

    def _flush(self, batch: _Batch) -> None:
        """Write what a push changed, with a few statements for the whole batch."""
        connection = batch.connection
        for key in sorted(batch.grown):  # activities that gained a participant
            batch.changelog.append({"seq": self._next_seq(), "tbl": key[0], "id": key[1],
                                    "fields": None, "device_id": ""})
        batch.flush()
        for table, record_id in batch.cascade:
            self._cascade_keys(connection, table, record_id)

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
        meanwhile, is kept for review (invariant 5)."""
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
        if found is None or not device.scope.sees(found.tbl, self._keys(connection, found.tbl, found.row_id)):
            return
        connection.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(
            resolved_seq=self._next_seq(), resolution="resolved"))

    # -- scope keys ----------------------------------------------------------------------

    def _keys(self, connection: Connection, table: str, record_id: str) -> set[str]:
        return set(connection.execute(select(row_keys.c.key).where(
            row_keys.c.tbl == table, row_keys.c.id == record_id)).scalars())

    def _parent_keys_loader(self, connection: Connection) -> Callable[[str, str], set[str]]:
        return lambda table, record_id: self._keys(connection, table, record_id)

    def _set_keys(self, connection: Connection, table: str, record_id: str, keys: set[str]) -> None:
        connection.execute(delete(row_keys).where(row_keys.c.tbl == table, row_keys.c.id == record_id))
        if keys:
            connection.execute(insert(row_keys), [{"tbl": table, "id": record_id, "key": k} for k in sorted(keys)])

    def _cascade_keys(self, connection: Connection, table: str, record_id: str) -> None:
        """Children inherit keys: recompute theirs, and send rows that became visible."""
        children = connection.execute(select(refs.c.tbl, refs.c.id).where(
            refs.c.parent_tbl == table, refs.c.parent_id == record_id)).all()
        for child in children:
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
                connection.execute(insert(changelog).values(
                    seq=self._next_seq(), tbl=table, id=record_id, fields=None, device_id=""))
            self._cascade_keys(connection, table, record_id)

    def _grow(self, batch: _Batch, table: str, data: dict[str, Any]) -> None:
        rule = scopes.GROWS.get(table)
        if rule is None:
            return
        ref, target_table, member_field = rule
        target_id, member = data.get(ref), data.get(member_field)
        if not target_id or not member:
            return
        target = (target_table, target_id)
        key = f"{scopes.GROW_PREFIX}:{member}"
        keys = batch.keys.get(target, set())
        if key not in keys:  # p: keys are not inherited: no cascade
            batch.set_keys(target, keys | {key})
            if target not in batch.created:
                batch.grown.add(target)

    # -- pull ---------------------------------------------------------------------------

    def _visible(self, scope: Scope, table_column: Any, id_column: Any) -> Any:
        """A SQL condition: the row named by (table_column, id_column) is visible."""
        def has(keys: Iterable[str]) -> Any:
            return select(row_keys.c.id).where(
                row_keys.c.tbl == table_column, row_keys.c.id == id_column,
                row_keys.c.key.in_(sorted(keys))).exists()
        if scope.role == "partner":
            condition = has(scope.organization_keys)
            if scope.country_keys:
                condition = or_(condition, and_(
                    table_column.in_(sorted(scopes.PARTNER_READABLE)), has(scope.country_keys)))
            return condition
        return has(scope.country_keys)

    def _pull(
        self,
        connection: Connection,
        device: DeviceContext,
        req: dict[str, Any],
        outgoing: DeviceTable,
        response: dict[str, Any],
    ) -> None:
        scope = device.scope
        upper = int(connection.execute(select(counter.c.seq)).scalar_one())
        cursor = req["cursor"]
        budget = req["limit"]
        size = 0
        sent: dict[tuple[str, str], dict[str, Any]] = {}
        last_seq = cursor
        while size < budget and last_seq < upper:
            query = select(changelog).where(
                changelog.c.seq > last_seq, changelog.c.seq <= upper,
            ).order_by(changelog.c.seq).limit(PULL_CHUNK)
            if not req["own"]:  # a device's own changes are not sent back, unless it lost
                query = query.where(changelog.c.device_id != device.device_id)  # them (a restore)
            if not scope.everything:
                query = query.where(self._visible(scope, changelog.c.tbl, changelog.c.id))
            entries = connection.execute(query).all()
            if not entries:
                last_seq = upper
                break
            wanted: dict[tuple[str, str], set[str] | None] = {}
            for entry in entries:
                key = (entry.tbl, entry.id)
                known = wanted.get(key, set())
                wanted[key] = None if entry.fields is None or known is None else known | set(entry.fields)
            rows = self._load(connection, list(wanted))
            for entry in entries:
                key = (entry.tbl, entry.id)
                last_seq = int(entry.seq)
                if key not in wanted:
                    continue
                fields = wanted.pop(key)
                stored = rows.get(key)
                if stored is None:
                    continue
                names = sorted(stored.versions) if fields is None else sorted(fields)
                row = self._pull_row(device, outgoing, entry.tbl, entry.id, dict(stored.data),
                                     dict(stored.versions), names)
                previous = sent.get(key)
                if previous is not None:  # the row again, from a later chunk: merge
                    _expand_versions(previous)
                    previous["f"].update(_expand_versions(row)["f"])
                else:
                    sent[key] = row
                    response["rows"].append(row)
                size += _approx_size(row)
                if size >= budget:
                    break
            if len(entries) < PULL_CHUNK and size < budget:
                last_seq = upper
            if last_seq < upper:
                _test_stall("pull")
        response["more"] = last_seq < upper
        response["cursor"] = last_seq
        self._add_parents(connection, device, outgoing, response, sent)
        self._add_wanted(connection, device, outgoing, response, req["want"], sent)
        self._add_conflicts(connection, device, response, cursor, last_seq)

    def _load(self, connection: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
        found: dict[tuple[str, str], Any] = {}
        by_table: dict[str, list[str]] = {}
        for table, record_id in keys:
            by_table.setdefault(table, []).append(record_id)
        for table, ids in by_table.items():
            for start in range(0, len(ids), 500):
                for row in connection.execute(select(records).where(
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
    ) -> dict[str, Any]:
        fields = {}
        for name in names:
            if name not in versions:
                continue
            value = data.get(name)
            if (table == "participations" and name == "contact_id" and value is not None
                    and not self._may_see_contact(device, data)):
                value = None
            fields[name] = [value, versions[name]]
        return _compact_versions({"t": table, "i": record_id, "f": fields}, outgoing)

    def _may_see_contact(self, device: DeviceContext, participation: dict[str, Any]) -> bool:
        """Partners see only their own organization's contacts (others are blanked later,
        when the contact is outside the device's scope)."""
        scope = device.scope
        if scope.role != "partner":
            return True
        return participation.get("organization_id") == scope.organization_id

    def _add_parents(
        self,
        connection: Connection,
        device: DeviceContext,
        outgoing: DeviceTable,
        response: dict[str, Any],
        sent: dict[tuple[str, str], dict[str, Any]],
    ) -> None:
        """Rows a replica enforces references to: parents outside the device's scope travel
        along as read-only reference rows; contacts outside it are blanked instead."""
        if device.scope.everything:
            return
        for (table, _record_id), row in list(sent.items()):
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
                reference = self._pull_row(device, outgoing, parent, parent_id, dict(stored.data),
                                           dict(stored.versions), sorted(stored.versions))
                reference["r"] = True
                sent[(parent, parent_id)] = reference
                response["rows"].insert(0, reference)

    def _add_wanted(
        self,
        connection: Connection,
        device: DeviceContext,
        outgoing: DeviceTable,
        response: dict[str, Any],
        want: list[tuple[str, str]],
        sent: dict[tuple[str, str], dict[str, Any]],
    ) -> None:
        for table, record_id in want[:1000]:
            if (table, record_id) in sent or table not in self.registry:
                continue
            if not device.scope.sees(table, self._keys(connection, table, record_id)):
                continue
            stored = self._load(connection, [(table, record_id)]).get((table, record_id))
            if stored is None:
                continue
            row = self._pull_row(device, outgoing, table, record_id, dict(stored.data),
                                 dict(stored.versions), sorted(stored.versions))
            sent[(table, record_id)] = row
            response["rows"].append(row)

    def _add_conflicts(
        self, connection: Connection, device: DeviceContext, response: dict[str, Any],
        cursor: int, upto: int,
    ) -> None:
        query = select(conflicts).where(
            or_(and_(conflicts.c.seq > cursor, conflicts.c.seq <= upto),
                and_(conflicts.c.resolved_seq > cursor, conflicts.c.resolved_seq <= upto))
        ).order_by(conflicts.c.seq)
        if not device.scope.everything:
            query = query.where(self._visible(device.scope, conflicts.c.tbl, conflicts.c.row_id))
        for row in connection.execute(query):
            response["conflicts"].append({
                "id": row.id, "t": row.tbl, "i": row.row_id, "field": row.field, "kind": row.kind,
                "winner": [row.winner_value, row.winner_version],
                "loser": [row.loser_value, row.loser_version], "loser_device": row.loser_device,
                "at": row.created_at, "resolved": row.resolved_seq is not None,
            })


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
    size = 60
    for pair in row["f"].values():
        value = pair[0]
        size += 24 + (len(value) if isinstance(value, str) else
                      sum(len(v) + 3 for v in value) if isinstance(value, list) else 6)
    return size


def _expand_versions(row: dict[str, Any]) -> dict[str, Any]:
    """Undo :func:`_compact_versions` in place (each field with its own packed version)."""
    version = row.pop("v", None)
    if version is not None:
        row["f"] = {name: [pair[0], version] for name, pair in row["f"].items()}
    return row


def _storable(text: str) -> bool:
    """Whether text can be stored and sent back: UTF-8 encodable (no lone surrogates, which
    JSON escapes can carry) and without NUL (PostgreSQL text and jsonb refuse it)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _echo(value: Any) -> str | None:
    """A pushed name or id as a refusal may repeat it: only short, storable text."""
    return value if isinstance(value, str) and len(value) <= 200 and _storable(value) else None


def _unpack(incoming: DeviceTable, packed: Any) -> str | None:
    """DeviceTable.unpack, after checking the exact packed form: ``int()`` alone would take
    ``"1.-1"`` (the last device), ``"0x1.0"``, ``" 1.0"`` or ``"1_0.0"``."""
    if packed is not None and not (isinstance(packed, str) and PACKED_VERSION_RE.match(packed)):
        raise ProtocolError("bad_request", f"malformed version {packed!r}")
    return incoming.unpack(packed)


def wire_problem(spec: FieldSpec, value: Any) -> str | None:
    """Why a wire value does not fit its field's kind (None when it fits)."""
    if value is None:
        return None
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.REF):
        if not isinstance(value, str):
            return "must be text"
        if len(value) > MAX_TEXT:
            return f"is longer than {MAX_TEXT} characters"
        if not _storable(value):
            return "must be Unicode text without NUL characters"
        if kind is Kind.REF and not UUID_RE.match(value):
            return "must be a record id"
        return None
    if kind is Kind.INT:
        ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53
        return None if ok else "must be a whole number"
    if kind is Kind.BOOL:
        return None if isinstance(value, bool) else "must be true or false"
    if kind is Kind.DATE:
        try:
            dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            return "must be a date (YYYY-MM-DD)"
        return None
    if kind is Kind.DECIMAL:
        try:
            ok = isinstance(value, str) and Decimal(value).is_finite()
        except InvalidOperation:
            ok = False
        return None if ok else "must be a decimal number written as text"
    if kind is Kind.LIST:
        ok = isinstance(value, list) and len(value) <= MAX_LIST and all(
            isinstance(v, str) and len(v) <= MAX_TEXT and _storable(v) for v in value)
        if ok and spec.ref_table:
            ok = all(UUID_RE.match(v) for v in value)
        return None if ok else "must be a list of text"
    return "has an unknown kind"


def _parse_request(request: Any) -> dict[str, Any]:
    if not isinstance(request, dict):
        raise ProtocolError("bad_request", "the request must be a JSON object")
    version = request.get("v")
    if not isinstance(version, int) or not OLDEST_SUPPORTED <= version <= PROTOCOL_VERSION:
        raise ProtocolError(
            "protocol_unsupported",
            f"This version of Looking Beyond speaks sync protocol {version!r}; headquarters "
            f"serves versions {OLDEST_SUPPORTED} to {PROTOCOL_VERSION}. Please install the "
            "current version of the application, then sync again.",
        )
    cursor = request.get("cursor", 0)
    if not isinstance(cursor, int) or isinstance(cursor, bool) or not 0 <= cursor <= MAX_SEQ:
        raise ProtocolError("bad_request", "cursor must be a non-negative whole number")
    limit = request.get("limit")
    if limit is None:  # absent or null (the API description allows null): the default budget
        limit = DEFAULT_RESPONSE_BYTES
    if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
        raise ProtocolError("bad_request", "limit must be a positive whole number")
    clock = request.get("clock")
    if clock is not None and (not isinstance(clock, int) or isinstance(clock, bool)
                              or abs(clock) > MAX_CLOCK):
        raise ProtocolError("bad_request", "clock must be milliseconds since 1970")
    device_ids = request.get("d", [])
    if not isinstance(device_ids, list) or not all(isinstance(d, str) and len(d) <= 32 for d in device_ids):
        raise ProtocolError("bad_request", "d must be a list of device ids")
    push = request.get("push")
    if push is not None:
        if not isinstance(push, dict):
            raise ProtocolError("bad_request", "push must be an object")
        first, upto, rows = push.get("from"), push.get("upto"), push.get("rows")
        if (not isinstance(first, int) or not isinstance(upto, int) or isinstance(first, bool)
                or isinstance(upto, bool) or first < 1 or upto < first - 1 or upto > MAX_SEQ
                or not isinstance(rows, list)):
            raise ProtocolError("bad_request", "push needs from ≥ 1, upto ≥ from − 1 and a list of rows")
        if len(rows) > MAX_PUSH_ROWS:  # refused before any row is looked at
            raise ProtocolError("batch_too_large", f"a push carries at most {MAX_PUSH_ROWS:,} rows "
                                f"(this one has {len(rows):,}); send it in smaller batches")
    want = request.get("want", [])
    if not isinstance(want, list) or not all(
            isinstance(w, list) and len(w) == 2 and all(isinstance(x, str) and _storable(x) for x in w)
            for w in want):
        raise ProtocolError("bad_request", "want must be a list of [table, id] pairs")
    resolved = request.get("resolved", [])
    if not isinstance(resolved, list) or not all(
            _storable(r) for r in resolved if isinstance(r, str)):
        raise ProtocolError("bad_request", "resolved must be a list of conflict ids")
    own = request.get("own", False)
    if not isinstance(own, bool):
        raise ProtocolError("bad_request", "own must be true or false")
    return {"cursor": cursor, "limit": min(limit, 8 * DEFAULT_RESPONSE_BYTES), "clock": clock,
            "d": device_ids, "push": push, "want": [tuple(w) for w in want], "resolved": resolved,
            "own": own}


class _Batch:
    """The state of one push: records and keys read once, writes gathered and flushed in a
    few statements (a push of thousands of rows is a handful of queries, not thousands)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.records: dict[tuple[str, str], dict[str, Any]] = {}
        self.present: set[tuple[str, str]] = set()
        self.keys: dict[tuple[str, str], set[str]] = {}
        self.created: set[tuple[str, str]] = set()
        self.updated: set[tuple[str, str]] = set()
        self.keys_dirty: set[tuple[str, str]] = set()
        self.refs: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.changelog: list[dict[str, Any]] = []
        self.grown: set[tuple[str, str]] = set()
        self.cascade: list[tuple[str, str]] = []

    def prefetch(self, registry: Registry, rows: list[dict[str, Any]]) -> None:
        """Read the pushed records, the parents they name (pushed or already stored: an edit
        of a contact that does not resend organization_id still needs that parent's keys),
        and all their keys."""
        wanted: dict[str, set[str]] = {}
        targets: dict[str, set[str]] = {}

        def want_parents(table: str, values: dict[str, Any], pushed: bool) -> None:
            refs = {name: parent for name, parent in registry.table(table).references}
            refs.update({name: parent for name, parent, _p in scopes.INHERITED.get(table, ())})
            rule = scopes.GROWS.get(table)
            if rule:
                refs[rule[0]] = rule[1]
            for name, parent in refs.items():
                value = values.get(name)
                if pushed:  # a wire triple [value, version, base] (or [value])
                    value = value[0] if isinstance(value, list) and value else None
                if isinstance(value, str) and UUID_RE.match(value):
                    wanted.setdefault(parent, set()).add(value)

        for row in rows:
            table, record_id, fields = row.get("t"), row.get("i"), row.get("f")
            if (not isinstance(table, str) or table not in registry or not isinstance(record_id, str)
                    or not UUID_RE.match(record_id)):  # only ids that can be valid reach SQL
                continue
            wanted.setdefault(table, set()).add(record_id)
            targets.setdefault(table, set()).add(record_id)
            if isinstance(fields, dict):
                want_parents(table, fields, True)
        for table, ids in targets.items():  # rows being written: their whole state
            ordered = sorted(ids)
            for start in range(0, len(ordered), 500):
                for stored in self.connection.execute(select(records).where(
                        records.c.tbl == table, records.c.id.in_(ordered[start:start + 500]))):
                    self.records[(table, stored.id)] = {
                        "data": dict(stored.data), "versions": dict(stored.versions),
                        "deleted": stored.deleted}
                    self.present.add((table, stored.id))
                    want_parents(table, dict(stored.data), False)
        for table, ids in wanted.items():
            ordered = sorted(ids)
            pushed_here = targets.get(table, set())
            for start in range(0, len(ordered), 500):
                chunk = ordered[start:start + 500]
                others = [i for i in chunk if i not in pushed_here]
                if others:  # parents only: do they exist?
                    self.present.update((table, found) for found in self.connection.execute(
                        select(records.c.id).where(records.c.tbl == table,
                                                   records.c.id.in_(others))).scalars())
                for key_row in self.connection.execute(select(row_keys.c.id, row_keys.c.key).where(
                        row_keys.c.tbl == table, row_keys.c.id.in_(chunk))):
                    self.keys.setdefault((table, key_row.id), set()).add(key_row.key)

    def exists(self, table: str, record_id: str) -> bool:
        """Whether headquarters has the record (before or within this push)."""
        return (table, record_id) in self.present

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

    def flush(self) -> None:
        """Write everything gathered."""
        c = self.connection
        if self.created:
            c.execute(insert(records), [
                {"tbl": t, "id": i, **self.records[(t, i)]} for t, i in sorted(self.created)])
        if self.updated:
            c.execute(update(records).where(records.c.tbl == bindparam("b_tbl"),
                                            records.c.id == bindparam("b_id"))
                      .values(data=bindparam("b_data"), versions=bindparam("b_versions"),
                              deleted=bindparam("b_deleted")),
                      [{"b_tbl": t, "b_id": i, "b_data": self.records[(t, i)]["data"],
                        "b_versions": self.records[(t, i)]["versions"],
                        "b_deleted": self.records[(t, i)]["deleted"]} for t, i in sorted(self.updated)])
        dirty = sorted(self.keys_dirty)
        stale = [k for k in dirty if k not in self.created]
        if stale:
            c.execute(delete(row_keys).where(row_keys.c.tbl == bindparam("b_tbl"),
                                             row_keys.c.id == bindparam("b_id")),
                      [{"b_tbl": t, "b_id": i} for t, i in stale])
        key_rows = [{"tbl": t, "id": i, "key": k} for t, i in dirty for k in sorted(self.keys[(t, i)])]
        if key_rows:
            c.execute(insert(row_keys), key_rows)
        stale_refs = [k for k in sorted(self.refs) if k not in self.created]
        if stale_refs:
            c.execute(delete(refs).where(refs.c.tbl == bindparam("b_tbl"), refs.c.id == bindparam("b_id")),
                      [{"b_tbl": t, "b_id": i} for t, i in stale_refs])
        ref_rows = [{"parent_tbl": pt, "parent_id": pi, "tbl": t, "id": i}
                    for (t, i), parents in sorted(self.refs.items()) for pt, pi in parents]
        if ref_rows:
            c.execute(insert(refs), ref_rows)
        if self.changelog:
            c.execute(insert(changelog), self.changelog)
