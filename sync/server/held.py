"""What a serve process's last committed push left in the records it wrote or read as
parents, kept for the next push while nothing else has written since.

A device's first push is thirty batches, and each batch names the parents of its rows:
the participations of one batch name some 6,600 contacts and 8,800 organizations, most of
them written or read by the batches before.  Reading them again (their keys, whether they
are deleted, the fields the push's validation reads of them) was a tenth of a first push on
SQLite and more on PostgreSQL (docs/benchmarks-sync.md, Scenario B, twelfth session).

Kept only while it cannot be stale: every transaction that writes ``records`` takes the
counter lock and moves the counter's ``(seq, hlc)`` (a push numbers each change, an erasure
its own), so entries given after a commit at ``(seq, hlc)`` are taken by the next push only
if it finds the counter, under its lock, still at exactly that state; after any other
writer (another process's push, an erasure from the command line) they no longer match and
are dropped, and a push of this process that failed gives nothing back.  A push whose
writes reach records the batch did not read itself (a parent's keys passed on to its
children, a merge moving references) gives nothing; records whose participants changed (an
activity's ``p:`` keys, recomputed after the batch) are left out.  The counter only moves
forward while the database is in use: a database restored under a running serve process
would need the process restarted (docs/deployment.md says to stop it first).

Each entry is what :meth:`service._Batch.prefetch` reads of a parent: whether it is
deleted, its keys as stored, and the values of the fields the validation reads of it (not
the record): a region's organizations and contacts are 103,000 entries, about 50 MB (a serve
process's peak during a first push of 50,000 organizations: 255 MiB, against 203 without).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from sync.server.database import PerEngine

# At most this many records are kept (the least recently read or written go first), about
# 75 MB: a region of 50,000 organizations has about 103,000 records that are parents.
MAX_HELD = 150_000

Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Held:
    """One record as the last push left it: ``deleted``, its keys as stored (packed text),
    ``fields``, the values of ``taken`` (the names the validation reads of a parent of its
    table, in that order), and its row id (what ``ref_lists`` names it by)."""

    deleted: bool
    keys: str
    taken: tuple[str, ...]
    fields: tuple[Any, ...]
    rid: int


class HeldRecords:
    """The entries of one engine (a serve process), handed from push to push (thread-safe:
    pushes run one at a time under the counter lock, their answers side by side)."""

    def __init__(self, limit: int = MAX_HELD) -> None:
        self._lock = threading.Lock()
        self._limit = limit
        self._state: tuple[int, int] | None = None
        self._entries: dict[Key, Held] = {}

    def take(self, state: tuple[int, int]) -> dict[Key, Held]:
        """The entries, if the counter (read under its lock) is at ``state``, the state the
        push that gave them committed; else none.  Either way the keeper is left empty (a
        push that fails gives nothing back)."""
        with self._lock:
            entries = self._entries if self._state == state else {}
            self._entries, self._state = {}, None
            return entries

    def give(self, state: tuple[int, int], entries: dict[Key, Held]) -> None:
        """Keep ``entries``, valid at the committed counter ``state`` (past the limit, the
        first in ``entries`` are dropped: the least recently read or written).  Entries of
        an older state than those kept (a round trip that committed before another gave
        later) are not kept."""
        if len(entries) > self._limit:
            for key in list(entries)[:len(entries) - self._limit]:
                del entries[key]
        with self._lock:
            if self._state is None or state[0] >= self._state[0]:
                self._entries, self._state = entries, state

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._entries


# The one HeldRecords of an engine (a SyncService is made per request).
for_engine: PerEngine[HeldRecords] = PerEngine(HeldRecords)


__all__ = ["MAX_HELD", "Held", "HeldRecords", "for_engine"]
