"""Erasure of a person's data at headquarters (the right to be forgotten; issue 13, DESIGN
invariant 13).

``lookingbeyond-server erase contact ID`` (or ``POST /v1/erase`` from an hq user's device)
blanks the personal fields of the record (those the registry marks ``personal``) and sets
its erasure field (``FieldSpec.erasure``: the day of the erasure), in one transaction under
the counter lock, as a change of headquarters' own at a new sequence number: every device
that sees the record receives it like any change and then removes the values from its
database and its backups (``sync/replica.py``, ``Replication._erase``).  Headquarters keeps
no other copy: ``records`` holds only the current values, the change log only field names,
and the record's conflicts (which hold values that lost) are deleted.  What remains is the
id and the references (a contact's organization), so participations that name the person
still count.  From then on every push to the record is refused (``personal_data_erased``) except a delete.

The bytes: on SQLite the statements run with ``secure_delete`` (SQLite overwrites the freed
space with zeros) and the write-ahead log is checkpointed and truncated afterwards
(:func:`settle`); on PostgreSQL the old row versions are dead tuples that no query or dump
returns, and ``VACUUM`` (run by :func:`settle`) makes their space free for reuse.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update

from sync.hlc import HybridClock, make_version, version_clock, wall_ms
from sync.registry import Registry, blank_value
from sync.server.schema import DeviceNames, conflicts, counter, lock_counter, log_changes, records, versions_for

log = logging.getLogger(__name__)

# The device id of headquarters' own versions (an erasure ordered on its command line).
HEADQUARTERS_DEVICE = "0" * 32


class ErasureError(ValueError):
    """The erasure cannot be done; the message says why (no personal data in it)."""


@dataclass(frozen=True)
class Erased:
    """What an erasure did."""

    table: str
    record_id: str
    erased_on: str  # ISO date
    already: bool  # the record had been erased before (nothing changed but its conflicts)
    conflicts_removed: int


def erasable_tables(registry: Registry) -> list[str]:
    """The synced tables whose records can be erased (they declare an erasure field)."""
    return [table.name for table in registry.tables if table.erasure_field]


def erase(connection: Connection, registry: Registry, table: str, record_id: str, *,
          user_name: str | None, device_id: str | None = None,
          now: dt.datetime | None = None) -> Erased:
    """Erase the personal fields of one record (see the module's docstring), in the
    caller's transaction.  ``device_id``: the hq user's device that asked (None: the
    command line)."""
    if table not in registry or not registry.table(table).erasure_field:
        raise ErasureError(f"only records of {', '.join(erasable_tables(registry))} hold "
                           f"personal data that can be erased, not {table}")
    spec = registry.table(table)
    marker = spec.erasure_field
    assert marker is not None
    if connection.dialect.name == "sqlite":  # freed space overwritten with zeros
        connection.exec_driver_sql("PRAGMA secure_delete = ON")
    # The counter lock first, as for a push: the change gets the next sequence number and
    # commits in order (invariant 7).
    state_seq, state_hlc = lock_counter(connection)
    stored = connection.execute(select(records.c.data, records.c.versions).where(
        records.c.tbl == table, records.c.id == record_id)).first()
    if stored is None:
        raise ErasureError(f"headquarters has no record {record_id} in {table}")
    removed = _forget_conflicts(connection, table, record_id)
    data = dict(stored.data)
    versions = stored.versions.of(data, DeviceNames(connection))
    if data.get(marker):
        return Erased(table, record_id, str(data[marker]), True, removed)
    moment = now or dt.datetime.now(dt.timezone.utc)
    today = moment.date().isoformat()
    target = {name: spec.field(name).encode(blank_value(spec.field(name)))
              for name in spec.personal_fields} | {marker: today}
    changed = sorted(name for name, value in target.items()
                     if name not in versions or data.get(name) != value)
    # Newer than every version the record holds, so every replica takes the blanks over
    # whatever it had (a laptop whose clock ran ahead included).
    clock = HybridClock(last=max([state_hlc, *(version_clock(v) for v in versions.values())]),
                        now_ms=wall_ms)
    version = make_version(clock.tick(), device_id or HEADQUARTERS_DEVICE)
    data |= target
    versions |= {name: version for name in changed}
    connection.execute(update(records).where(records.c.tbl == table, records.c.id == record_id)
                       .values(data=data, versions=versions_for(versions, data)))
    seq = state_seq + 1
    log_changes(connection, [{
        "seq": seq, "tbl": table, "id": record_id, "fields": changed,
        "device_id": "",  # every device receives it, the one that asked included
        "user_name": user_name, "author_device": device_id, "at": moment.isoformat(timespec="seconds"),
        "what": "erased", "changed": changed}])
    connection.execute(update(counter).values(seq=seq, hlc=clock.last))
    log.info("erased the personal fields of %s %s (change %d)", table, record_id, seq)
    return Erased(table, record_id, today, False, removed)


def settle(engine: Engine) -> None:
    """After an erasure committed: leave no old copy in the database's files where the
    backend allows it (SQLite: checkpoint and truncate the write-ahead log; PostgreSQL:
    VACUUM the tables that held the values).  Never fails the erasure: it is committed."""
    try:
        if engine.dialect.name == "sqlite":  # on the driver's connection: outside any
            raw = engine.raw_connection()     # transaction ("begin" issues one), or refused
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            finally:
                raw.close()
        elif engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM records, conflicts")
    except Exception:  # noqa: BLE001 - a busy file now is cleaned at a later checkpoint
        log.warning("could not compact the database after an erasure", exc_info=True)


def _forget_conflicts(connection: Connection, table: str, record_id: str) -> int:
    """The record's conflicts hold values that lost (a person's former e-mail…): gone."""
    result = connection.execute(delete(conflicts).where(
        conflicts.c.tbl == table, conflicts.c.row_id == record_id))
    return int(result.rowcount or 0)


__all__ = ["HEADQUARTERS_DEVICE", "Erased", "ErasureError", "erasable_tables", "erase",
           "settle"]
