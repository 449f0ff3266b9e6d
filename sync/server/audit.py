"""Who changed a record, or one of its fields, when and from which device (issue 13):
read from the change log, whose entries name the user, device and time behind each change
headquarters stored (migration 0006).  ``lookingbeyond-server audit --record ID``.
The log has no index by record (migration 0017): a question reads all of it (26 ms for
255,891 entries on SQLite)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, func, or_, select

from sync.server.schema import (ENTRY_ORDER, ENTRY_SEQ, LOGGED_AUTHOR, LOGGED_DEVICE, LOGGED_USER, audited_changelog, changelog,
                                devices, logged_at, records)


@dataclass(frozen=True)
class AuditEntry:
    """One change headquarters stored."""

    seq: int
    at: str | None  # ISO 8601, UTC; None for a change stored before the audit began
    user: str | None  # the headquarters user whose device sent it (None: unknown)
    device_id: str | None
    device_name: str | None
    table: str
    what: str  # created | edited | moved (a merge moved a reference) | unknown
    fields: list[str] | None  # the fields it changed (None: every field of a creation, else unknown)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def record_history(connection: Connection, record_id: str, field: str | None = None) -> list[AuditEntry]:
    """The changes of the record ``record_id`` (any table), oldest first; with ``field``,
    only those that changed that field.  Headquarters' own upkeep (a record re-sent to
    devices newly entitled to it) is not a change and is left out."""
    query = (select(ENTRY_SEQ, records.c.tbl, LOGGED_DEVICE, LOGGED_USER,
                    LOGGED_AUTHOR, changelog.c.at, changelog.c.what, changelog.c.changed,
                    changelog.c.fields, devices.c.name.label("device_name"))
             .select_from(audited_changelog.outerjoin(devices, devices.c.id == func.coalesce(
                 LOGGED_AUTHOR, LOGGED_DEVICE)))
             .where(records.c.id == record_id,
                    or_(changelog.c.what.is_not(None), changelog.c.device_no != 0))
             .order_by(*ENTRY_ORDER))  # a run's entries one by one (migration 0030)
    found: list[AuditEntry] = []
    for row in connection.execute(query):
        audited = row.what is not None
        fields = row.changed if audited else row.fields
        names = [str(f) for f in fields] if isinstance(fields, list) else None
        if field is not None and names is not None and field not in names:
            continue
        found.append(AuditEntry(
            seq=int(row.seq), at=logged_at(row.at), user=row.user_name,
            # Null: the device is ``device_id`` (a device's own push, migration 0016; an
            # entry of before the audit).
            device_id=row.author_device or (row.device_id or None),
            device_name=row.device_name, table=str(row.tbl),
            what=str(row.what) if audited else "unknown", fields=names))
    return found


def describe(entry: AuditEntry) -> str:
    """One line for a person: when, who, from which device, what and which fields."""
    when = entry.at or "(stored before the audit began)"
    who = entry.user or "unknown user"
    device = (f"{entry.device_name} ({entry.device_id})" if entry.device_name
              else entry.device_id or "unknown device")
    fields = ", ".join(entry.fields) if entry.fields else "all fields" if entry.what == "created" else "?"
    return f"{when}  {who}  {device}  {entry.table}  {entry.what}: {fields}"


__all__ = ["AuditEntry", "describe", "record_history"]
