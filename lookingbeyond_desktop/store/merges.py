"""Merging two organizations into one, as a recorded change that syncs (issue 14).

A merge of OTHER into KEEP, in one write transaction:

1. KEEP takes the fields a person chose from OTHER (``take``), and OTHER's names become
   KEEP's other names, so a search for either name finds the record kept;
2. every reference to OTHER — contacts, participation, grants, activities' co-organizers,
   and organizations merged into OTHER before — moves to KEEP, deleted rows included (a
   contact restored later belongs to the record kept);
3. OTHER is marked ``merged_into`` KEEP and deleted: a tombstone kept for good as a
   redirect.

Each step is an ordinary recorded change, so it syncs with the invariants of every edit.
Headquarters adds what one device cannot know (``sync/server/service.py``): a reference to
OTHER pushed later by a device that had not heard of the merge is redirected to KEEP, and
references headquarters holds that the merging device never saw are moved too.

A merge made here is logged (``merge_log``) so that it can be undone while nothing else
has changed the two records: the undo is again a set of recorded changes that sync.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, Text, insert, select, update

from lookingbeyond_desktop.domain.models import Base
from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.domain.validation import QT_TRANSLATE_NOOP, FieldError, ValidationError
from lookingbeyond_desktop.store.sandbox import enrolled_role
from lookingbeyond_desktop.store.writer import TABLES, Writer
from sync.registry import Kind

ORGANIZATIONS = "organizations"
MERGE_LOG: Table = Base.metadata.tables["merge_log"]

# The fields a person may take from the other record: every synced field but the record's
# identity and its state.
TAKEABLE: tuple[str, ...] = tuple(
    name for name in REGISTRY.table(ORGANIZATIONS).field_names
    if name not in ("id", "deleted", "merged_into"))

# Every field that names an organization: (table, field, holds a list of ids), children
# first so that a participation moves after the contact it names.
REFERENCES: tuple[tuple[str, str, bool], ...] = tuple(
    (table.name, spec.name, spec.kind is Kind.LIST)
    for table in sorted(REGISTRY.tables, key=lambda t: t.name == ORGANIZATIONS)
    for spec in table.fields
    if spec.ref_table == ORGANIZATIONS
)


@dataclass
class MergeResult:
    """What a merge did, for the person who asked for it."""

    keep_id: str
    other_id: str
    taken: list[str] = field(default_factory=list)  # fields KEEP took from OTHER
    names_added: list[str] = field(default_factory=list)  # OTHER's names now KEEP's aliases
    moved: dict[str, int] = field(default_factory=dict)  # table -> references moved


def _problem(message: str, *args: str, name: str = "") -> ValidationError:
    return ValidationError([FieldError(name, message, args)])


def merge(writer: Writer, keep_id: str, other_id: str, take: Iterable[str] = ()) -> MergeResult:
    """Merge the organization ``other_id`` into ``keep_id`` (see the module); ValidationError
    when it cannot be done (nothing is written then: the caller's transaction rolls back)."""
    if enrolled_role(writer.connection) == "partner":  # headquarters refuses it too
        raise _problem(QT_TRANSLATE_NOOP(
            "validation", "a partner organization's account cannot merge organizations: ask "
            "the UNODC office"))
    rows = _organizations(writer, [keep_id, other_id])
    keep, other = rows.get(keep_id), rows.get(other_id)
    if keep is None or other is None:
        raise _problem(QT_TRANSLATE_NOOP("validation", "the record does not exist"))
    if keep_id == other_id:
        raise _problem(QT_TRANSLATE_NOOP("validation", "an organization cannot be merged into itself"))
    for row in (keep, other):
        if row["merged_into"]:
            raise _problem(QT_TRANSLATE_NOOP("validation", "“%1” was already merged into another organization"),
                           row["name"])
        if row["deleted"]:
            raise _problem(QT_TRANSLATE_NOOP("validation", "“%1” is deleted: restore it before merging"),
                           row["name"])
    take = list(dict.fromkeys(take))
    unknown = [name for name in take if name not in TAKEABLE]
    if unknown:
        raise _problem(QT_TRANSLATE_NOOP("validation", "cannot be taken from the other record"),
                       name=unknown[0])

    result = MergeResult(keep_id, other_id)
    changes = {name: other[name] for name in take if other[name] != keep[name]}
    result.taken = sorted(changes)
    final = {**keep, **changes}
    known = {_fold(final["name"]), *map(_fold, final["aliases"] or [])}
    added: list[str] = []
    for name in [other["name"], *(other["aliases"] or [])]:
        if name and _fold(name) not in known:
            known.add(_fold(name))
            added.append(name)
    if added:
        changes["aliases"] = [*(final["aliases"] or []), *added]
        result.names_added = added
    keep_before = {name: keep[name] for name in changes}
    if changes:
        writer.update(ORGANIZATIONS, keep_id, changes)

    moved: list[list[str]] = []
    for table, name, is_list in REFERENCES:
        for row_id, value, deleted in referring(writer.connection, table, name, is_list, other_id):
            if is_list:
                new_value: Any = list(dict.fromkeys(keep_id if v == other_id else v for v in value))
            else:
                new_value = keep_id
            if deleted or (table, name) == (ORGANIZATIONS, "merged_into"):
                writer.write_recorded(table, row_id, {name: new_value}, op="update")
            else:
                writer.update(table, row_id, {name: new_value})
            moved.append([table, row_id, name])
            result.moved[table] = result.moved.get(table, 0) + 1
    writer.write_recorded(ORGANIZATIONS, other_id, {"merged_into": keep_id, "deleted": True},
                          op="merge")
    after = _organizations(writer, [keep_id, other_id])
    writer.connection.execute(insert(MERGE_LOG).values(
        txn=writer.txn, keep_id=keep_id, other_id=other_id, keep_before=_jsonable(keep_before),
        moved=moved, versions_after={"keep": _versions(after[keep_id]),
                                     "other": _versions(after[other_id])},
        at=_now()))
    return result


def undo_merge(writer: Writer, other_id: str) -> MergeResult:
    """Undo the last merge made on this computer of ``other_id``: OTHER comes back, KEEP's
    fields as they were, the references moved back (those still on KEEP).  Refused once
    anything else has changed either record (here or elsewhere, received by sync)."""
    log = writer.connection.execute(
        select(MERGE_LOG).where(MERGE_LOG.c.other_id == other_id, MERGE_LOG.c.undone_at.is_(None))
        .order_by(MERGE_LOG.c.at.desc()).limit(1)).mappings().first()
    if log is None:
        raise _problem(QT_TRANSLATE_NOOP(
            "validation", "no merge of this organization made on this computer can be undone"))
    keep_id = log["keep_id"]
    rows = _organizations(writer, [keep_id, other_id])
    keep, other = rows.get(keep_id), rows.get(other_id)
    if (keep is None or other is None or other["merged_into"] != keep_id
            or _versions(keep) != log["versions_after"]["keep"]
            or _versions(other) != log["versions_after"]["other"]):
        raise _problem(QT_TRANSLATE_NOOP(
            "validation", "the two records have changed since the merge: it can no longer be undone"))
    result = MergeResult(keep_id, other_id, taken=sorted(log["keep_before"]))
    writer.write_recorded(ORGANIZATIONS, other_id, {"merged_into": None, "deleted": False},
                          op="unmerge")
    before = _typed(log["keep_before"])
    if before:
        writer.write_recorded(ORGANIZATIONS, keep_id, before, op="update")
    for table, row_id, name in log["moved"]:
        current = TABLES[table]
        row = writer.connection.execute(
            select(current.c[name]).where(current.c.id == row_id)).first()
        if row is None:
            continue
        value = row[0]
        if isinstance(value, list):
            if keep_id not in value:
                continue
            new_value: Any = [other_id if v == keep_id else v for v in value]
        elif value == keep_id:
            new_value = other_id
        else:
            continue  # moved elsewhere since: left where a person put it
        writer.write_recorded(table, row_id, {name: new_value}, op="update")
        result.moved[table] = result.moved.get(table, 0) + 1
    writer.connection.execute(update(MERGE_LOG).where(MERGE_LOG.c.txn == log["txn"])
                              .values(undone_at=_now()))
    return result


def last_merge(writer_or_connection: Any, other_id: str) -> dict[str, Any] | None:
    """This computer's last merge of ``other_id`` not undone (its log row), or None."""
    connection = getattr(writer_or_connection, "connection", writer_or_connection)
    row = connection.execute(
        select(MERGE_LOG).where(MERGE_LOG.c.other_id == other_id, MERGE_LOG.c.undone_at.is_(None))
        .order_by(MERGE_LOG.c.at.desc()).limit(1)).mappings().first()
    return dict(row) if row is not None else None


# -- helpers ------------------------------------------------------------------------------------

def _organizations(writer: Writer, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    table = TABLES[ORGANIZATIONS]
    return {row["id"]: dict(row) for row in writer.connection.execute(
        select(table).where(table.c.id.in_(list(ids)))).mappings()}


def referring(connection: Connection, table: str, name: str, is_list: bool,
              other_id: str) -> list[tuple[str, Any, bool]]:
    """(id, value, deleted) of every row of ``table`` whose ``name`` names ``other_id``."""
    columns = TABLES[table]
    column = columns.c[name]
    if is_list:  # a JSON list of ids: found by its text, then checked exactly
        query = select(columns.c.id, column, columns.c.deleted).where(
            column.cast(Text).contains(other_id))
    else:
        query = select(columns.c.id, column, columns.c.deleted).where(column == other_id)
    found = []
    for row in connection.execute(query.order_by(columns.c.id)):
        value = row[1]
        if is_list and other_id not in (value or []):
            continue
        found.append((row[0], value, bool(row[2])))
    return found


def _versions(row: dict[str, Any]) -> dict[str, Any]:
    return {"row": row["sync_version"], "fields": dict(row["sync_field_versions"] or {})}


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    spec = REGISTRY.table(ORGANIZATIONS)
    return {name: spec.field(name).encode(value) for name, value in values.items()}


def _typed(values: dict[str, Any]) -> dict[str, Any]:
    spec = REGISTRY.table(ORGANIZATIONS)
    return {name: spec.field(name).decode(value) for name, value in values.items()}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
