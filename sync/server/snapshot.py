"""Snapshots: a device with nothing receives its scope as current rows, not as a walk of the
change log (``POST /v1/snapshot``, docs/sync-protocol.md "Snapshots").

A snapshot stands at one sequence number, its **cursor**, fixed when the first page is
served: the committed counter, read exactly as a pull reads its upper bound.  Pushes take
the counter lock and write the counter in the transaction that writes their changes, so
every change numbered up to the cursor is committed and in ``records`` when any page is read
(DESIGN invariant 7); a change committed later may show in a page or not, and reaches the
device by the ordinary pulls that go on from the cursor.

Pages walk ``records`` in (table in the registry's order, id) order with keyset pagination,
then the conflicts recorded up to the cursor in id order.  Each page is read in its own short
transaction, and the token of the next page (``s1.<cursor>.<table index>.<last id>``) is the
only state: no snapshot is kept at headquarters, any worker serves any page, and a page
asked for again (its reply was lost) is simply served again.  Every page filters by the
device's scope exactly as a pull does (the same SQL condition and the same rows: reference
rows for parents outside the scope, contacts blanked), and the token is checked like any
input: its cursor cannot pass the committed counter.  A device ordered wiped gets
``device_wipe`` and no page; it then syncs the ordinary way, which takes what it has not
sent before giving the order (:meth:`SyncService._wipe_ordered`).
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, LargeBinary, select, type_coerce

from sync.server import packing
from sync.server.schema import (STAR, DeviceNames, conflicts, counter, decode_versions, records, stored_one_version,
                                unpack_versions)
from sync.server.service import DeviceContext, SyncService, _approx_size, _conflict_size
from sync.wire import (
    PROTOCOL_VERSION,
    ColumnBlock,
    DeviceTable,
    ProtocolError,
    SnapshotRequest,
    conflict_devices,
    encode_device_names,
)

CHUNK = 1_000  # records read per query
PARENT_BATCH = 20  # rows of a scoped page whose parents are looked up together
_TOKEN = re.compile(r"^s1\.([0-9]{1,19})\.([0-9]{1,3})\.([0-9a-f-]{0,36})\Z")


def make_token(cursor: int, table_index: int, after: str) -> str:
    """The token of the page that starts after ``after`` in table ``table_index`` (the
    number of synced tables: the conflicts)."""
    return f"s1.{cursor}.{table_index}.{after}"


def read_token(token: str, upper: int, tables: int) -> tuple[int, int, str]:
    """(cursor, table index, last id) of a token; ProtocolError when headquarters did not
    write it (or wrote it before its database went back in time)."""
    found = _TOKEN.match(token)
    if found is None:
        raise ProtocolError("bad_request", "the snapshot page token is not one of this headquarters; "
                            "start the snapshot again")
    cursor, table_index, after = int(found.group(1)), int(found.group(2)), found.group(3)
    if cursor > upper or table_index > tables:
        raise ProtocolError("bad_request", "the snapshot page token is not one of this headquarters; "
                            "start the snapshot again")
    return cursor, table_index, after


def _full_row(outgoing: DeviceTable, table: str, record_id: str, data: dict[str, Any],
              versions: dict[str, str]) -> dict[str, Any]:
    """Every field of a record as a pulled row (what ``SyncService._pull_row`` with every
    field, then ``_compact_versions``, make), in one pass."""
    names = sorted(versions)
    distinct = set(versions.values())
    if len(distinct) == 1:
        return {"t": table, "i": record_id, "f": {name: [data.get(name)] for name in names},
                "v": outgoing.pack(distinct.pop())}
    pack = outgoing.pack
    return {"t": table, "i": record_id,
            "f": {name: [data.get(name), pack(versions[name])] for name in names}}


def _by_version(row: dict[str, Any]) -> tuple[str, int, int]:
    """A page's rows in (table, device, clock) order of their single version: rows in id
    order put random versions side by side (the order within a page means nothing)."""
    clock, _dot, device = str(row.get("v") or "").partition(".")
    try:
        return row["t"], int(device or 0), int(clock or "0", 16)
    except ValueError:
        return row["t"], 0, 0


class _Block:
    """The rows of one table a page sends in columns (``cols``, when the device asks for
    them): whole rows whose fields share one version, the registry's fields in its order."""

    def __init__(self, table: str, registry: Any) -> None:
        self.table = table
        self.columns = [name for name in registry.table(table).field_names if name != "id"]
        self.names = frozenset(self.columns)
        self.index = {name: position + 2 for position, name in enumerate(self.columns)}
        self.rows: list[tuple[str, list[Any]]] = []  # (version, row)
        # A laid-out value whose layout has exactly these fields in this order gives its
        # values as the row's (packing.unpack_laid_out).
        self.fields = tuple(self.columns)
        # The stored versions' JSON texts (``{"VERSION": [fields]}``, schema.Versions) seen
        # to give every field one version, without their version: a record whose text after
        # its first key is one of these is such a record, without parsing its versions.
        self.shapes: set[bytes] = set()

    def row_from_stored(self, outgoing: DeviceTable, record_id: str, data: dict[str, Any],
                        stored: bytes, names: DeviceNames) -> list[Any] | None:
        """The record as a row of this block (kept), or None when it cannot be one: its
        fields have versions of their own, or not every field of the table has one.
        ``stored``: its versions as stored (schema.encode_versions), ``names`` the
        connection's device names."""
        one = stored_one_version(stored, names)
        if one is not None:  # one version for every field of the data (schema.STAR)
            return self._keep(outgoing, record_id, data, one) if data.keys() == self.names else None
        end = stored.find(b'"', 3) if stored.startswith(b'\x00{"') else -1
        if end > 3 and stored[end:] in self.shapes:
            return self._keep(outgoing, record_id, data, stored[3:end].decode())
        versions = unpack_versions(decode_versions(stored, names), data)
        if len(versions) != len(self.columns):
            return None
        distinct = set(versions.values())
        if len(distinct) != 1 or versions.keys() != self.names:
            return None
        version = distinct.pop()
        if (isinstance(version, str) and end > 3 and stored[3:end] == version.encode()
                and STAR.encode() not in stored[end:]):  # a shape that lists its fields
            self.shapes.add(stored[end:])  # the stored form: its first key is the version
        return self._keep(outgoing, record_id, data, version)

    def keep_values(self, outgoing: DeviceTable, record_id: str, values: list[Any], version: str) -> list[Any]:
        """A record whose values, in this block's order, share one version, as a row (kept)."""
        row = [record_id, outgoing.pack(version), *values]
        self.rows.append((version, row))
        return row

    def _keep(self, outgoing: DeviceTable, record_id: str, data: dict[str, Any],
              version: str) -> list[Any]:
        get = data.get
        row = [record_id, outgoing.pack(version), *[get(name) for name in self.columns]]
        self.rows.append((version, row))
        return row

    def encode(self) -> dict[str, Any]:
        """The block as the page carries it, rows in version order (neighbouring versions
        compress better; the order within a page means nothing)."""
        self.rows.sort(key=itemgetter(0))
        return ColumnBlock(self.table, self.columns, [row for _version, row in self.rows]).encode()


def _get(row: Any, block: _Block | None, field_name: str) -> Any:
    """A field's wire value in a page's row, whichever form it travels in."""
    if isinstance(row, list):
        assert block is not None
        return row[block.index[field_name]]
    pair = row["f"].get(field_name)
    return pair[0] if pair else None


def _set(row: Any, block: _Block | None, field_name: str, value: Any) -> None:
    if isinstance(row, list):
        assert block is not None
        row[block.index[field_name]] = value
        return
    pair = row["f"].get(field_name)
    if pair is not None:
        pair[0] = value


class SnapshotService:
    """Serves snapshot pages over one headquarters store (one per request, like
    :class:`SyncService`, whose scope filter and row shapes it uses)."""

    def __init__(self, service: SyncService) -> None:
        self.service = service
        self.engine = service.engine
        self.registry = service.registry

    def page(self, device: DeviceContext, request: Any) -> dict[str, Any]:
        """One page of the device's snapshot."""
        req = SnapshotRequest.decode(request)
        if device.wipe_ordered:  # a device whose data is to be erased receives nothing
            raise ProtocolError("device_wipe", "Headquarters has asked for this computer's copy "
                                "of the registry to be erased: it receives nothing more.")
        names = self.registry.names
        service = self.service
        scope = device.scope
        outgoing = DeviceTable()
        rows: list[dict[str, Any]] = []
        references: list[dict[str, Any]] = []
        found_conflicts: list[dict[str, Any]] = []
        blocks: dict[str, _Block] = {}  # by table: whole rows at one version, in columns
        sent: set[tuple[str, str]] = set()  # reference rows already in this page
        size = 0
        with self.engine.connect() as connection:
            upper = int(connection.execute(select(counter.c.seq)).scalar_one())
            if req.page is None:
                cursor, table_index, after = upper, 0, ""
            else:
                cursor, table_index, after = read_token(req.page, upper, len(names))
            while table_index < len(names) and size < req.limit:
                table = names[table_index]
                # The stored values and versions as stored (unpacked and parsed here once:
                # the text's length sizes the page).
                query = select(records.c.id, type_coerce(records.c.data, LargeBinary).label("data"),
                               type_coerce(records.c.versions, LargeBinary).label("versions")) \
                    .where(records.c.tbl == table).order_by(records.c.id).limit(CHUNK)
                if after:  # ids in the order of their stored bytes (schema.RecordId)
                    query = query.where(records.c.id > after)
                if not scope.everything:
                    query = query.where(service._visible(scope, records.c.tbl, records.c.id))
                chunk = connection.execute(query).all()
                blank_contacts = table == "participations" and scope.role == "partner"
                keys_of = service._parent_keys_loader(connection)
                devices = DeviceNames(connection)
                block = blocks.get(table)
                if block is None and req.columns:
                    block = blocks[table] = _Block(table, self.registry)
                # Reference rows are added after every few rows, so that a page passes its
                # budget by at most a few records with their parents (MAX_ANSWER_BYTES).
                step = (len(chunk) or 1) if scope.everything else PARENT_BATCH
                for start in range(0, len(chunk), step):
                    added: list[Any] = []
                    for record_id, packed, versions_stored in chunk[start:start + step]:
                        row: Any = None
                        laid = packing.unpack_laid_out(packed)  # read once, whichever way it goes
                        if laid is None:
                            data, data_text = packing.unpack_with_text(packed)
                            text_size = len(data_text)
                        else:  # 0027: the values in their layout's order, the size of their text
                            fields, values = laid
                            text_size = len(packing.dumps(values)[0]) + packing.names_length(fields)
                            if (block is not None and fields == block.fields and not blank_contacts
                                    and (one := stored_one_version(versions_stored, devices)) is not None):
                                row = block.keep_values(outgoing, record_id, values, one)  # the row's, in order
                            data = dict(zip(fields, values)) if row is None else {}
                        if row is None:
                            row = None if block is None else block.row_from_stored(
                                outgoing, record_id, data, bytes(versions_stored), devices)
                            if row is None:
                                row = _full_row(outgoing, table, record_id, data,
                                                unpack_versions(decode_versions(versions_stored, devices), data))
                                rows.append(row)
                            if blank_contacts and not service._may_see_contact(device, data, keys_of):
                                _set(row, block, "contact_id", None)
                        added.append(row)
                        size += 60 + text_size
                        after = record_id
                        if size >= req.limit:
                            break
                    if not scope.everything and added:
                        size += self._add_parents(connection, device, outgoing, table, added,
                                                  references, sent, block)
                    if size >= req.limit:
                        break
                if size < req.limit and len(chunk) < CHUNK:
                    table_index, after = table_index + 1, ""
            done = False
            while table_index == len(names) and size < req.limit:
                query = select(conflicts).where(conflicts.c.seq <= cursor, conflicts.c.id > after) \
                    .order_by(conflicts.c.id).limit(CHUNK)
                if not scope.everything:
                    query = query.where(service._visible(scope, conflicts.c.tbl, conflicts.c.row_id))
                chunk = connection.execute(query).all()
                for stored in chunk:
                    conflict = {
                        "id": stored.id, "t": stored.tbl, "i": stored.row_id, "field": stored.field,
                        "kind": stored.kind, "winner": [stored.winner_value, stored.winner_version],
                        "loser": [stored.loser_value, stored.loser_version],
                        "loser_device": stored.loser_device, "at": stored.created_at,
                        "resolved": stored.resolved_seq is not None and int(stored.resolved_seq) <= cursor,
                    }
                    found_conflicts.append(conflict)
                    size += _conflict_size(conflict)
                    after = stored.id
                    if size >= req.limit:
                        break
                if size < req.limit and len(chunk) < CHUNK:
                    done = True
                    break
            for conflict in found_conflicts:
                for device_id in conflict_devices(conflict):
                    outgoing.add(device_id)
            known = service._device_names(connection, outgoing.ids)
            connection.rollback()
        rows.sort(key=_by_version)  # neighbouring versions compress better (about 10 %)
        page: dict[str, Any] = {
            "v": PROTOCOL_VERSION, "clock": service.now_ms(), "cursor": cursor,
            "next": None if done else make_token(cursor, table_index, after),
            "d": outgoing.ids, "rows": references + rows, "conflicts": found_conflicts,
        }
        if req.columns:
            page["cols"] = [block.encode() for block in blocks.values() if block.rows]
        named = encode_device_names(outgoing.ids, known)
        if named is not None:
            page["dn"] = named
        return page

    def _add_parents(self, connection: Connection, device: DeviceContext, outgoing: DeviceTable,
                     table: str, added: list[Any], references: list[dict[str, Any]],
                     sent: set[tuple[str, str]], block: _Block | None = None) -> int:
        """The parents outside the device's scope that rows of this page name travel as
        reference rows (once per page); a contact outside it is blanked instead: what a pull
        does (:meth:`SyncService._add_parents`), with the keys read once per chunk of rows."""
        links = self.registry.table(table).references
        wanted: dict[str, set[str]] = {}
        for row in added:
            for field_name, parent in links:
                value = _get(row, block, field_name)
                if isinstance(value, str):
                    wanted.setdefault(parent, set()).add(value)
        keys: dict[tuple[str, str], set[str]] = {}
        for parent, ids in wanted.items():
            ordered = sorted(ids)
            for start in range(0, len(ordered), 500):
                for found in connection.execute(select(records.c.id, records.c.scope_keys).where(
                        records.c.tbl == parent, records.c.id.in_(ordered[start:start + 500]))):
                    keys[(parent, found.id)] = set(found.scope_keys)
        scope = device.scope
        hidden = {(parent, parent_id) for parent, ids in wanted.items() for parent_id in ids
                  if not scope.sees(parent, keys.get((parent, parent_id), set()))}
        if not hidden:
            return 0
        loaded = self.service._load(connection, sorted(k for k in hidden
                                                       if k[0] != "contacts" and k not in sent))
        size = 0
        for row in added:
            for field_name, parent in links:
                value = _get(row, block, field_name)
                if value is None or (parent, value) not in hidden:
                    continue
                if parent == "contacts":
                    _set(row, block, field_name, None)
                    continue
                key = (parent, value)
                stored = loaded.get(key)
                if key in sent or stored is None:
                    continue
                reference = self.service._reference_row(outgoing, parent, value, stored, DeviceNames(connection))
                sent.add(key)
                references.append(reference)
                size += _approx_size(reference)
        return size


__all__ = ["SnapshotService", "make_token", "read_token"]
