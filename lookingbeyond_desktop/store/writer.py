"""The one path through which synced rows are written.

Every create, update, delete and restore validates the record, writes the row and
records the change (which fields, this device, its next sequence number, a hybrid
logical clock version) in the *same* transaction: after a crash either the edit and its
record are both on disk, or neither is.  Deletes are tombstones (``deleted`` = true).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from operator import itemgetter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select, update

from lookingbeyond_desktop.domain import textsearch
from lookingbeyond_desktop.domain.models import Base, new_id
from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.domain.validation import (
    QT_TRANSLATE_NOOP,
    CleanError,
    FieldError,
    ValidationError,
    clean,
    normalize,
    validate,
)
from sync.hlc import HybridClock, make_version
from sync.registry import Kind, TableSpec

TABLES: dict[str, Table] = dict(Base.metadata.tables)
REPLICA = TABLES["replica"]
CHANGES = TABLES["changes"]

# Deleting a parent tombstones its children in the same transaction; restoring the parent
# brings back the children that went with it.
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "organizations": (("contacts", "organization_id"),),
    "activities": (("participations", "activity_id"),),
}
PARENT_LINKS: dict[str, tuple[str, str]] = {
    child: (parent, link) for parent, links in CHILDREN.items() for child, link in links
}
DEFAULTS: dict[str, dict[str, Any]] = {
    "organizations": {"org_type": "ngo", "ecosoc_status": "none", "is_rlo": False, "at_risk": False},
    "contacts": {},
    "activities": {},
    "participations": {"role": "participant", "representatives": 1},
    "grants": {"status": "proposed", "currency": "USD"},
}
_CHANGE_COLUMNS = ("device_id", "device_seq", "txn", "version", "tbl", "row_id", "op", "fields",
                   "author", "at", "base")
SEARCH_SOURCES = ("name", "aliases", "acronym", "cities", "notes")
CHUNK = 500  # ids per IN (...) query, under SQLite's variable limit


class RowsError(ValueError):
    """Some rows of a batch broke rules: ``errors`` maps a row's index to its problems."""

    def __init__(self, errors: dict[int, list[FieldError]]) -> None:
        self.errors = errors
        first = next(iter(errors.items()))
        super().__init__(f"{len(errors)} row(s) have problems; first, row {first[0]}: "
                         + "; ".join(map(str, first[1])))


@dataclass
class Prepared:
    """A checked write, ready to apply: a new row (``previous`` is None) or an update."""

    table: str
    row_id: str
    values: dict[str, Any]  # a new row's every field, or an update's changed fields only
    previous: dict[str, Any] | None = None
    errors: list[FieldError] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        """Whether this creates a row."""
        return self.previous is None


class Writer:
    """Writes and records changes inside one open write transaction."""

    def __init__(self, connection: Connection, *, author: str | None = None) -> None:
        self._conn = connection
        replica = connection.execute(select(REPLICA)).one()
        self.device_id: str = replica.device_id
        self.author: str = replica.author if author is None else author
        self._seq: int = replica.last_seq
        self._clock = HybridClock(last=replica.hlc)
        self.txn = uuid.uuid4().hex
        self._pending: list[dict[str, Any]] = []
        self._now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        self.today = dt.date.today()

    @property
    def connection(self) -> Connection:
        """The transaction's connection, for bookkeeping written together with the edits."""
        return self._conn

    # -- public API ---------------------------------------------------------------------

    def create(self, table: str, values: Mapping[str, Any]) -> str:
        """Create a row from ``values`` (raw or typed); returns its id. ValidationError if invalid."""
        (prepared,) = self.prepare_many(table, [(None, values)], single=True)
        self.apply([prepared])
        return prepared.row_id

    def create_many(self, table: str, rows: Iterable[Mapping[str, Any]]) -> list[str]:
        """Create many rows at once (all or nothing); RowsError names the bad rows."""
        prepared = self.prepare_many(table, [(None, row) for row in rows])
        self.apply(prepared)
        return [item.row_id for item in prepared]

    def update(self, table: str, row_id: str, changes: Mapping[str, Any]) -> list[str]:
        """Change some fields of a row; returns the names of the fields that changed."""
        (prepared,) = self.prepare_many(table, [(row_id, changes)], single=True)
        self.apply([prepared])
        return list(prepared.values)

    def delete(self, table: str, row_id: str) -> int:
        """Tombstone a row and its live children; returns how many rows were deleted."""
        count = self._set_deleted(table, row_id, True)
        for child_table, link in CHILDREN.get(table, ()):
            child_rows = self._conn.execute(
                select(TABLES[child_table].c.id).where(
                    TABLES[child_table].c[link] == row_id, TABLES[child_table].c.deleted.is_(False)
                )
            ).scalars()
            for child_id in list(child_rows):
                count += self.delete(child_table, child_id)
        return count

    def restore(self, table: str, row_id: str) -> int:
        """Bring back a deleted row and the children deleted with it; returns how many."""
        previous = self._fetch(table, row_id)
        if previous is None:
            raise ValidationError([FieldError("", QT_TRANSLATE_NOOP("validation", "the record does not exist"))])
        if not previous["deleted"]:
            return 0
        if previous.get("merged_into"):
            raise ValidationError([FieldError("", QT_TRANSLATE_NOOP(
                "validation", "was merged into another organization: undo the merge instead"))])
        parent = PARENT_LINKS.get(table)
        if parent is not None:
            parent_row = self._fetch(parent[0], previous[parent[1]])
            if parent_row is None or parent_row["deleted"]:
                raise ValidationError(
                    [FieldError(parent[1], QT_TRANSLATE_NOOP("validation", "belongs to a deleted record: restore that first"))]
                )
        deleting_txn = self._last_delete_txn(table, row_id)
        count = self._set_deleted(table, row_id, False)
        for child_table, link in CHILDREN.get(table, ()):
            for child_id in self._deleted_children(child_table, link, row_id, deleting_txn):
                count += self.restore(child_table, child_id)
        return count

    def write_recorded(self, table: str, row_id: str, values: Mapping[str, Any], *, op: str) -> None:
        """Write ``values`` (typed, already checked by the caller) to a row and record the
        change, without the rules of an edit: for merges only (``store/merges.py``), which
        move references of deleted rows too and mark a record merged and deleted at once."""
        previous = self._fetch(table, row_id)
        if previous is None:
            raise ValidationError([FieldError("", QT_TRANSLATE_NOOP("validation", "the record does not exist"))])
        changed = {name: value for name, value in values.items() if previous.get(name) != value}
        if changed:
            self._update(Prepared(table, row_id, changed, previous), op=op)

    def prepare_many(
        self,
        table: str,
        items: Sequence[tuple[str | None, Mapping[str, Any]]],
        *,
        single: bool = False,
    ) -> list[Prepared]:
        """Check writes without applying them: ``(row_id, values)`` pairs.

        A pair whose row_id names an existing row updates the fields given; any other
        pair creates a row (with that id when one is given).  Errors are collected on
        each item rather than raised, so a caller can report every bad row at once;
        ``single`` raises the first item's ValidationError instead.
        """
        spec = REGISTRY.table(table)
        existing = self._fetch_many(table, [row_id for row_id, _ in items if row_id])
        prepared = [self._prepare_one(spec, row_id, raw, existing) for row_id, raw in items]
        self._check_references(spec, prepared)
        if single and prepared[0].errors:
            raise ValidationError(prepared[0].errors)
        return prepared

    def apply(self, prepared: Sequence[Prepared]) -> None:
        """Write checked items and record their changes; RowsError if any item has errors."""
        bad = {index: item.errors for index, item in enumerate(prepared) if item.errors}
        if bad:
            raise RowsError(bad)
        new = [item for item in prepared if item.is_new]
        if new:
            self._insert(new)
        for item in prepared:
            if not item.is_new and item.values:
                self._update(item, op="update")

    def finish(self) -> None:
        """Flush recorded changes and the replica's counters (called before commit)."""
        self._flush_changes()
        self._conn.execute(update(REPLICA).values(last_seq=self._seq, hlc=self._clock.last))

    # -- preparing ----------------------------------------------------------------------

    def _prepare_one(
        self,
        spec: TableSpec,
        row_id: str | None,
        raw: Mapping[str, Any],
        existing: dict[str, dict[str, Any]],
    ) -> Prepared:
        errors: list[FieldError] = []
        values: dict[str, Any] = {}
        for name, value in raw.items():
            if name == "id":
                continue
            try:
                field_spec = spec.field(name)
            except KeyError:
                errors.append(FieldError(name, QT_TRANSLATE_NOOP("validation", "is not a field of %1"), (spec.name,)))
                continue
            if name == "deleted":
                errors.append(FieldError(name, QT_TRANSLATE_NOOP("validation", "is changed by deleting or restoring")))
                continue
            if name == "merged_into":
                errors.append(FieldError(name, QT_TRANSLATE_NOOP("validation", "is changed by merging")))
                continue
            if field_spec.erasure:
                if value is not None and value != "":  # (an empty cell of an import)
                    errors.append(FieldError(name, QT_TRANSLATE_NOOP(
                        "validation", "is set by headquarters when it erases a person's data")))
                continue
            try:
                values[name] = normalize(name, clean(field_spec, value))
            except CleanError as error:
                errors.append(error.field_error(name))
            except ValueError as error:
                errors.append(FieldError(name, str(error)))
        previous = existing.get(row_id) if row_id else None
        if previous is None:
            return self._prepare_new(spec, row_id, values, errors)
        if previous["deleted"]:
            errors.append(FieldError("", QT_TRANSLATE_NOOP("validation", "the record is deleted: restore it before editing")))
        if spec.erasure_field and previous.get(spec.erasure_field) is not None and values:
            errors.append(FieldError("", QT_TRANSLATE_NOOP(
                "validation", "headquarters erased this person's data: the record cannot be edited")))
        changed = {k: v for k, v in values.items() if previous.get(k) != v}
        merged = {**previous, **changed}
        bad_fields = {error.field for error in errors}
        errors.extend(
            error
            for error in validate(spec.name, merged, previous=previous, today=self.today)
            if error.field not in bad_fields
        )
        return Prepared(spec.name, previous["id"], changed, previous, errors)

    def _prepare_new(
        self, spec: TableSpec, row_id: str | None, values: dict[str, Any], errors: list[FieldError]
    ) -> Prepared:
        if row_id is not None:
            try:
                row_id = str(uuid.UUID(row_id))
            except ValueError:
                errors.append(FieldError("id", QT_TRANSLATE_NOOP("validation", "“%1” is not a known record or a UUID"), (str(row_id),)))
        record: dict[str, Any] = {}
        for field_spec in spec.fields:
            if field_spec.name in ("id", "deleted"):
                continue
            default = [] if field_spec.kind is Kind.LIST else DEFAULTS[spec.name].get(field_spec.name)
            value = values.get(field_spec.name)
            record[field_spec.name] = default if value is None or value == [] else value
        bad_fields = {error.field for error in errors}
        errors.extend(
            error
            for error in validate(spec.name, record, today=self.today)
            if error.field not in bad_fields
        )
        return Prepared(spec.name, row_id or new_id(), record, None, errors)

    def _check_references(self, spec: TableSpec, prepared: list[Prepared]) -> None:
        """Referenced rows must exist and be live; a participant contact must belong to
        the participating organization."""
        for field_spec in spec.fields:
            target = field_spec.ref_table
            if target is None:
                continue
            wanted = {
                ref
                for item in prepared
                for ref in _as_list(item.values.get(field_spec.name))
            }
            if not wanted:
                continue
            live = self._live_ids(target, wanted)
            for item in prepared:
                missing = [r for r in _as_list(item.values.get(field_spec.name)) if r not in live]
                if missing:
                    item.errors.append(
                        FieldError(field_spec.name, QT_TRANSLATE_NOOP("validation", "refers to no live record: %1"),
                                   (", ".join(missing),))
                    )
        if spec.name == "participations":
            self._check_contact_organizations(prepared)

    def _check_contact_organizations(self, prepared: list[Prepared]) -> None:
        def final(item: Prepared, name: str) -> Any:
            if name in item.values:
                return item.values[name]
            return (item.previous or {}).get(name)

        contacts = {final(item, "contact_id") for item in prepared} - {None}
        owners: dict[str, str] = {}
        contacts_table = TABLES["contacts"]
        for chunk in _chunks(sorted(contacts)):
            rows = self._conn.execute(
                select(contacts_table.c.id, contacts_table.c.organization_id).where(
                    contacts_table.c.id.in_(chunk)
                )
            )
            owners.update((row.id, row.organization_id) for row in rows)
        for item in prepared:
            contact = final(item, "contact_id")
            if contact in owners and owners[contact] != final(item, "organization_id"):
                item.errors.append(
                    FieldError("contact_id", QT_TRANSLATE_NOOP("validation", "is a contact of another organization"))
                )

    # -- writing ------------------------------------------------------------------------

    def _record(
        self,
        table: str,
        row_id: str,
        op: str,
        fields: list[str] | None,
        base: dict[str, str] | None = None,
    ) -> str:
        self._seq += 1
        version = make_version(self._clock.tick(), self.device_id)
        self._pending.append(
            {
                "device_id": self.device_id,
                "device_seq": self._seq,
                "txn": self.txn,
                "version": version,
                "tbl": table,
                "row_id": row_id,
                "op": op,
                "fields": fields,
                "author": self.author,
                "at": self._now,
                "base": base,
            }
        )
        return version

    def _insert(self, items: list[Prepared]) -> None:
        table = items[0].table
        rows = []
        for item in items:
            version = self._record(table, item.row_id, "insert", None)
            row = {**item.values, "id": item.row_id, "deleted": False, "sync_version": version,
                   "sync_field_versions": None}
            rows.append(derived_columns(table, row) | row)
        insert_rows(self._conn, table, rows)
        if len(self._pending) >= 10_000:
            self._flush_changes()

    def _update(self, item: Prepared, *, op: str) -> None:
        assert item.previous is not None
        fields = sorted(item.values)
        versions = dict(item.previous.get("sync_field_versions") or {})
        row_version = item.previous["sync_version"]
        base = {name: versions.get(name, row_version) for name in fields}
        base["*"] = max([row_version, *versions.values()])
        version = self._record(item.table, item.row_id, op, fields, base)
        versions.update({name: version for name in fields})
        values = {**item.values, "sync_field_versions": versions}
        merged = {**item.previous, **item.values}
        if any(name in SEARCH_SOURCES for name in fields):
            values.update(derived_columns(item.table, merged))
        table = TABLES[item.table]
        self._conn.execute(update(table).where(table.c.id == item.row_id).values(values))

    def _set_deleted(self, table: str, row_id: str, deleted: bool) -> int:
        previous = self._fetch(table, row_id)
        if previous is None:
            raise ValidationError([FieldError("", QT_TRANSLATE_NOOP("validation", "the record does not exist"))])
        if previous["deleted"] == deleted:
            return 0
        item = Prepared(table, row_id, {"deleted": deleted}, previous)
        self._update(item, op="delete" if deleted else "restore")
        return 1

    def _flush_changes(self) -> None:
        if self._pending:
            self._conn.exec_driver_sql(
                f"INSERT INTO changes ({', '.join(_CHANGE_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in _CHANGE_COLUMNS)})",
                [
                    tuple(_json(c[k]) if k in ("fields", "base") and c[k] is not None else c[k]
                          for k in _CHANGE_COLUMNS)
                    for c in self._pending
                ],
            )
            self._pending = []

    # -- reading ------------------------------------------------------------------------

    def _fetch(self, table: str, row_id: str) -> dict[str, Any] | None:
        return self._fetch_many(table, [row_id]).get(row_id)

    def _fetch_many(self, table: str, row_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        columns = TABLES[table]
        for chunk in _chunks(sorted(set(row_ids))):
            for row in self._conn.execute(select(columns).where(columns.c.id.in_(chunk))).mappings():
                found[row["id"]] = dict(row)
        return found

    def _live_ids(self, table: str, ids: set[str]) -> set[str]:
        columns = TABLES[table]
        live: set[str] = set()
        for chunk in _chunks(sorted(ids)):
            live.update(
                self._conn.execute(
                    select(columns.c.id).where(columns.c.id.in_(chunk), columns.c.deleted.is_(False))
                ).scalars()
            )
        return live

    def _last_delete_txn(self, table: str, row_id: str) -> str | None:
        self._flush_changes()
        return self._conn.execute(
            select(CHANGES.c.txn)
            .where(CHANGES.c.tbl == table, CHANGES.c.row_id == row_id, CHANGES.c.op == "delete")
            .order_by(CHANGES.c.seq.desc())
            .limit(1)
        ).scalar()

    def _deleted_children(
        self, table: str, link: str, parent_id: str, txn: str | None
    ) -> list[str]:
        if txn is None:
            return []
        child = TABLES[table]
        deleted_then = (
            select(CHANGES.c.row_id)
            .where(CHANGES.c.txn == txn, CHANGES.c.tbl == table, CHANGES.c.op == "delete")
            .scalar_subquery()
        )
        return list(
            self._conn.execute(
                select(child.c.id).where(
                    child.c[link] == parent_id, child.c.deleted.is_(True), child.c.id.in_(deleted_then)
                )
            ).scalars()
        )


_ENCODE_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps without its keywords


def _json(value: Any) -> str:
    if type(value) is list and not value:  # most lists of a record are empty
        return "[]"
    return _ENCODE_JSON(value)


_ENCODERS: dict[Kind, Callable[[Any], Any]] = {
    Kind.LIST: _json,
    Kind.DATE: lambda value: value.isoformat(),
    Kind.DECIMAL: lambda value: format(value, "f"),
    Kind.BOOL: int,
}


def _kind(table: str, column: str) -> Kind | None:
    spec = REGISTRY.table(table)
    return spec.field(column).kind if column in spec.field_names else None


def insert_rows(connection: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert complete rows (same keys in each) straight through the driver: bulk inserts
    (imports, demo data, first pulls and snapshots) are the hot path, so each row's values
    are taken in one C-level step and only the columns that need it are encoded."""
    if not rows:
        return
    columns = list(rows[0])
    encoded: list[tuple[int, Callable[[Any], Any]]] = []
    for index, name in enumerate(columns):
        kind = _kind(table, name)
        encoder = _json if name == "sync_field_versions" else (
            None if kind is None else _ENCODERS.get(kind))
        if encoder is not None:
            encoded.append((index, encoder))
    values_of = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    parameters: list[tuple[Any, ...]] = []
    append = parameters.append
    for row in rows:
        values = list(values_of(row))
        for index, encoder in encoded:
            value = values[index]
            if value is not None:
                values[index] = encoder(value)
        append(tuple(values))
    connection.exec_driver_sql(sql, parameters)


def derived_columns(table: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """Device-local columns computed from a row (the organizations' search text)."""
    if table != "organizations":
        return {}
    names = [record.get("name"), *(record.get("aliases") or []), record.get("acronym")]
    other = [*(record.get("cities") or []), record.get("notes")]
    return {
        "search_names": textsearch.index_text(names, with_transliteration=True),
        "search_other": textsearch.index_text(other),
        "sort_name": textsearch.sort_key(record.get("name") or ""),
    }


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


__all__ = ["Prepared", "RowsError", "Writer"]
