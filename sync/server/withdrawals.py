"""Records that leave a device's scope are withdrawn from it (sync invariant 12).

When a record loses scope keys, headquarters stores a withdrawal at a new server sequence
number (under the counter lock, like a change), with the keys it lost.  A pull over
``(cursor, last_seq]`` lists in ``gone`` every withdrawn record that the device saw under
the lost keys and does not see now, so a lost answer is sent again and nothing is skipped
(invariant 7); from then on nothing more about the record reaches the device (rows,
conflicts and wanted rows are filtered by the record's keys now), except a reference row
while a row of its scope still names it.

Narrowing a user's scope stores one withdrawal per record the old scope saw and the new
one does not, for that user's devices (``user_id``); widening it logs the newly visible
records as changes, so the user's devices receive them in full.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, insert, or_, select, update

from sync.server.schema import counter, devices, holds_any, lock_counter, log_changes, records, withdrawals
from sync.server.scopes import Scope

CHUNK = 1_000
# An entry of ``gone`` costs about this many bytes of JSON besides its table and id.
GONE_OVERHEAD = 8


def record(connection: Connection, seq: int, table: str, record_id: str,
           lost: Iterable[str]) -> None:
    """Store that ``table``/``record_id`` lost the keys ``lost`` at sequence ``seq``."""
    connection.execute(insert(withdrawals).values(
        seq=seq, tbl=table, id=record_id, keys=sorted(lost), user_id=None))


def gone_for(
    connection: Connection, scope: Scope, device_id: str, cursor: int, upto: int, budget: int,
) -> tuple[list[list[str]], int]:
    """The records withdrawn from this device over ``(cursor, upto]``, at most about
    ``budget`` bytes of them, and the sequence number they cover up to (``upto``, or less
    when the budget ran out: the pull's cursor must then stop there)."""
    if scope.everything or upto <= cursor:
        return [], upto
    user_id = connection.execute(
        select(devices.c.user_id).where(devices.c.id == device_id)).scalar()
    gone: list[list[str]] = []
    listed: set[tuple[str, str]] = set()
    size = 0
    last = cursor
    while last < upto:
        entries = connection.execute(
            select(withdrawals).where(
                withdrawals.c.seq > last, withdrawals.c.seq <= upto,
                or_(withdrawals.c.user_id.is_(None), withdrawals.c.user_id == user_id))
            .order_by(withdrawals.c.seq).limit(CHUNK)).all()
        if not entries:
            break
        # Saw it under the lost keys (an entry of a narrowed user: saw it before).
        candidates = [e for e in entries if e.keys is None or scope.sees(e.tbl, e.keys)]
        now = _keys_now(connection, [(e.tbl, e.id) for e in candidates])
        chosen = {(e.tbl, e.id, e.seq) for e in candidates
                  if not scope.sees(e.tbl, now.get((e.tbl, e.id), set()))}
        for entry in entries:
            last = int(entry.seq)
            key = (entry.tbl, entry.id)
            if (entry.tbl, entry.id, entry.seq) not in chosen or key in listed:
                continue
            listed.add(key)
            gone.append([entry.tbl, entry.id])
            size += len(entry.tbl) + len(entry.id) + GONE_OVERHEAD
            if size >= budget:
                return gone, last
        if len(entries) < CHUNK:
            break
    return gone, upto


def _keys_now(connection: Connection, wanted: list[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    by_table: dict[str, list[str]] = {}
    for table, record_id in wanted:
        by_table.setdefault(table, []).append(record_id)
    found: dict[tuple[str, str], set[str]] = {}
    for table, ids in by_table.items():
        unique = sorted(set(ids))
        for start in range(0, len(unique), 500):
            for row in connection.execute(select(records.c.id, records.c.scope_keys).where(
                    records.c.tbl == table, records.c.id.in_(unique[start:start + 500]))):
                if row.scope_keys:
                    found[(table, row.id)] = set(row.scope_keys)
    return found


# -- a user's scope changed -------------------------------------------------------------------


def scope_change(connection: Connection, user_id: int, old: Scope, new: Scope) -> tuple[int, int]:
    """Record what a change of a user's scope means for its devices: a withdrawal (for that
    user only) of every record ``old`` saw and ``new`` does not, and a change (every field)
    of every record ``new`` sees and ``old`` did not.  Returns (withdrawn, newly visible).
    Takes the counter lock: the entries get new sequence numbers, in order."""
    seq, _hlc = lock_counter(connection)

    def next_seq() -> int:
        nonlocal seq
        seq += 1
        return seq

    leaving, arriving = list(_leaving(connection, old, new)), list(_leaving(connection, new, old))
    lost = _store(leaving, lambda t, i: {
        "seq": next_seq(), "tbl": t, "id": i, "keys": None, "user_id": user_id},
        lambda rows: connection.execute(insert(withdrawals), rows))
    gained = _store(arriving, lambda t, i: {
        "seq": next_seq(), "tbl": t, "id": i, "fields": None, "device_id": ""},
        lambda rows: log_changes(connection, rows))
    connection.execute(update(counter).values(seq=seq))
    return lost, gained


def _store(found: Iterable[tuple[str, str]], make: Callable[[str, str], dict[str, Any]],
           write: Callable[[list[dict[str, Any]]], Any]) -> int:
    count = 0
    batch: list[dict[str, Any]] = []
    for record_table, record_id in found:
        batch.append(make(record_table, record_id))
        count += 1
        if len(batch) >= CHUNK:
            write(batch)
            batch = []
    if batch:
        write(batch)
    return count


def _leaving(connection: Connection, before: Scope, after: Scope) -> Iterator[tuple[str, str]]:
    """The records ``before`` sees and ``after`` does not, in (table, id) order."""
    if after.everything:
        return
    for table, record_id, keys in _seen_by(connection, before):
        if not after.sees(table, keys):
            yield table, record_id


def _seen_by(connection: Connection, scope: Scope) -> Iterator[tuple[str, str, set[str]]]:
    """Every record ``scope`` sees, with its keys, in the order of the stored table and id
    (a synced table's code since migration 0024, then the id's bytes)."""
    query = select(records.c.tbl, records.c.id, records.c.scope_keys).order_by(records.c.tbl, records.c.id)
    if not scope.everything:  # every record, keyless ones included; else those with a key of its
        mine = scope.country_keys | scope.organization_keys
        if not mine:
            return
        query = query.where(holds_any(records.c.scope_keys, mine))
    for row in connection.execute(query):
        if scope.sees(row.tbl, row.scope_keys):
            yield row.tbl, row.id, row.scope_keys
