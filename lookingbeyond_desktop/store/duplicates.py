"""Likely duplicate organizations in the local replica (no Qt; the rules are
:mod:`lookingbeyond_desktop.domain.matching`'s).

Comparing every organization with every other is 5·10⁹ pairs at 100,000 organizations, so
records are *blocked*: :class:`RegistryIndex` reads the live organizations once and files
each under its blocking keys (a rare word's consonant skeleton, two words together, the
acronym in its country, the website and e-mail domains, the phone); only records that
share a key held by at most :data:`BLOCK_LIMIT` records are compared.  Records with the
same folded name in the same country are one group first: each is paired with the oldest
of the group, and only the oldest enters the blocks, so a name repeated 500 times costs
499 comparisons, not 124,750.

:class:`LiveIndex` is one such index kept current while a window is open: built once (in
steps, on the window's database thread), then caught up before each check with what the
change log and the sync state say changed, so that checking one new record costs a
fraction of a second instead of reading the whole registry again.
"""

from __future__ import annotations

import bisect
import heapq
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from lookingbeyond_desktop.domain import matching
from lookingbeyond_desktop.domain.matching import Profile

#: A blocking key held by more records than this says too little to compare them all.
BLOCK_LIMIT = 60
#: For one candidate (not the whole registry) larger blocks are still looked through.
CANDIDATE_BLOCK_LIMIT = 2_000
#: ... and at most this many of the records found there are compared with it, those that
#: share the most keys first: a name made of a registry's commonest words otherwise costs
#: thousands of comparisons (0.14 s at 100,000; 0.03 s with this limit, the same hits).
CANDIDATE_COMPARE_LIMIT = 1_000
# Counted as this many shared keys: the same name in the same country is compared first.
_SAME_NAME = 1_000

# Leaders this alike have their group-mates compared too (a mate may share a phone).
_NEAR = 0.5
# Two alike groups are compared member with member up to this many pairs.
_CROSS_LIMIT = 100

_COLUMNS = "id, name, aliases, acronym, country, cities, email, phone, website"


@dataclass(frozen=True, slots=True)
class Likely:
    """An existing organization that a candidate may be (or, in an import, an earlier row
    of the same file: ``row`` is its number and ``id`` is empty)."""

    id: str
    name: str
    score: float
    reasons: tuple[str, ...]
    country: str = ""
    row: int | None = None
    acronym: str = ""
    cities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two live organizations that are likely one: ``keep`` is the older record."""

    keep: str
    other: str
    names: tuple[str, str]
    score: float
    reasons: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        """The pair as the ``duplicates --json`` command prints it."""
        return {"keep": self.keep, "other": self.other, "names": list(self.names),
                "score": self.score, "reasons": list(self.reasons)}


def _record(row: Any) -> dict[str, Any]:
    return {"id": row[0], "name": row[1], "aliases": _list(row[2]), "acronym": row[3],
            "country": row[4], "cities": _list(row[5]), "email": row[6], "phone": row[7],
            "website": row[8]}


def _list(raw: str | None) -> list[str]:
    return [str(item) for item in json.loads(raw)] if raw else []


class RegistryIndex:
    """The live organizations' profiles, filed under their blocking keys.

    Records are added oldest first (:meth:`load`); :meth:`add` and :meth:`remove` keep the
    index current one record at a time (a record created, changed or deleted), so that a
    window need not read the registry again after each save (:class:`LiveIndex`)."""

    def __init__(self, profiles: Iterable[Profile] = (), *,
                 rids: Iterable[int] | None = None) -> None:
        #: every record ever filed, by position; None where one was removed
        self.profiles: list[Profile | None] = []
        self._rids: list[int] = []  # each position's age (the row's rid): the oldest leads
        self._names: list[str] = []  # each position's exact key
        self.position: dict[str, int] = {}
        #: records with the same name (folded) in the same country, oldest first
        self.by_name: dict[str, list[int]] = {}
        self.blocks: dict[str, list[int]] = {}
        ages = iter(rids) if rids is not None else None
        for order, p in enumerate(profiles):
            self.add(p, rid=next(ages) if ages is not None else order)

    @classmethod
    def load(cls, connection: Connection) -> RegistryIndex:
        """Read every live organization (oldest first)."""
        index = cls()
        for row in connection.exec_driver_sql(
                f"SELECT rid, {_COLUMNS} FROM organizations WHERE deleted = 0 ORDER BY rid"):
            index.add(matching.profile(_record(row[1:])), rid=row[0])
        return index

    def __len__(self) -> int:
        return len(self.position)

    @property
    def groups(self) -> list[list[int]]:
        """Each name repeated in a country (or said once): its records, oldest first."""
        return list(self.by_name.values())

    # -- keeping it current -------------------------------------------------------------

    def add(self, p: Profile, *, rid: int) -> None:
        """File ``p`` (``rid``: its age; a record already filed under its id is replaced).

        A name repeated in a country is filed once, under its oldest record; what tells
        records apart (website, phone, …) is filed for each."""
        if p.id in self.position:
            self.remove(p.id)
        i = len(self.profiles)
        key = matching.exact_key(p)
        self.profiles.append(p)
        self._rids.append(rid)
        self._names.append(key)
        if p.id:
            self.position[p.id] = i
        if not key:
            self._file(i, matching.blocking_keys(p))
            return
        group = self.by_name.setdefault(key, [])
        if not group or self._rids[group[-1]] <= rid:
            group.append(i)  # the usual case: records come oldest first
        else:
            group.insert(bisect.bisect_right([self._rids[j] for j in group], rid), i)
        if group[0] != i:
            self._file(i, matching.identity_keys(p))
            return
        if len(group) > 1:  # an older record joined a group: it leads now
            self._unfile(group[1], self._name_only_keys(group[1]))
        self._file(i, matching.blocking_keys(p))

    def remove(self, record_id: str) -> int | None:
        """Take the record ``record_id`` out; returns its age (rid), None if not filed."""
        i = self.position.pop(record_id, None)
        if i is None:
            return None
        p = self.profiles[i]
        assert p is not None
        key = self._names[i]
        group = self.by_name.get(key, [i]) if key else [i]
        leads = group[0] == i
        self._unfile(i, matching.blocking_keys(p) if leads else matching.identity_keys(p))
        if key:
            group.remove(i)
            if not group:
                del self.by_name[key]
            elif leads:  # the next oldest leads the group now
                self._file(group[0], self._name_only_keys(group[0]))
        self.profiles[i] = None
        return self._rids[i]

    def rid_of(self, record_id: str) -> int | None:
        """The age (rid) of a filed record."""
        i = self.position.get(record_id)
        return None if i is None else self._rids[i]

    def _name_only_keys(self, i: int) -> set[str]:
        p = self.profiles[i]
        assert p is not None
        return matching.blocking_keys(p) - matching.identity_keys(p)

    def _file(self, i: int, keys: Iterable[str]) -> None:
        for key in keys:
            self.blocks.setdefault(key, []).append(i)

    def _unfile(self, i: int, keys: Iterable[str]) -> None:
        for key in keys:
            block = self.blocks.get(key)
            if block is not None and i in block:
                block.remove(i)
                if not block:
                    del self.blocks[key]

    # -- looking up ---------------------------------------------------------------------

    def _members(self, i: int) -> Sequence[int]:
        """The records of ``i``'s name when ``i`` leads a group of several, else ``[i]``."""
        key = self._names[i]
        group = self.by_name.get(key) if key else None
        return group if group is not None and len(group) > 1 and group[0] == i else [i]

    def candidates(self, p: Profile, *, limit: int = CANDIDATE_BLOCK_LIMIT,
                   most: int | None = None) -> set[int]:
        """Positions of the records sharing a key (or the folded name) with ``p``; with
        ``most``, only that many: those sharing the most keys (the same name first)."""
        shared: Counter[int] = Counter()
        for key in matching.blocking_keys(p):
            block = self.blocks.get(key, ())
            if len(block) <= limit:
                shared.update(block)
        for i in self.by_name.get(matching.exact_key(p), ()):
            shared[i] += _SAME_NAME
        for leader, count in list(shared.items()):
            for i in self._members(leader):
                shared.setdefault(i, count)
        if most is None or len(shared) <= most:
            return set(shared)
        return set(heapq.nlargest(most, shared, key=shared.__getitem__))

    def pairs(self, *, min_score: float) -> list[DuplicatePair]:
        """Every likely pair among the records, best first."""
        compared: set[tuple[int, int]] = set()
        found: list[DuplicatePair] = []
        for members in self.by_name.values():
            for i in members[1:]:
                compared.add((members[0], i))
                self._keep_if_alike(members[0], i, min_score, found)
        for block in self.blocks.values():
            if len(block) < 2 or len(block) > BLOCK_LIMIT:
                continue
            for x, i in enumerate(block):
                for j in block[x + 1 :]:
                    pair = (i, j) if i < j else (j, i)
                    if pair in compared:
                        continue
                    compared.add(pair)
                    score = self._keep_if_alike(pair[0], pair[1], min_score, found)
                    if score >= min_score * _NEAR:
                        self._group_mates(pair, min_score, compared, found)
        return sorted(found, key=lambda d: (-d.score, d.keep, d.other))

    def _group_mates(self, pair: tuple[int, int], min_score: float,
                     compared: set[tuple[int, int]], found: list[DuplicatePair]) -> None:
        """Two group leaders alike: compare each with the other's group too (its members
        share the name, not the website, phone or city that may tip the score).  Large
        groups only as a star, each leader with the other's members: two groups of 300
        cost 600 comparisons, not 90,000."""
        first = self._members(pair[0])
        second = self._members(pair[1])
        if len(first) * len(second) <= _CROSS_LIMIT:
            todo = [(i, j) for i in first for j in second]
        else:
            todo = [(pair[0], j) for j in second] + [(i, pair[1]) for i in first]
        for i, j in todo:
            if i != j:
                key = (i, j) if i < j else (j, i)
                if key not in compared:
                    compared.add(key)
                    self._keep_if_alike(key[0], key[1], min_score, found)

    def _keep_if_alike(self, i: int, j: int, min_score: float,
                       found: list[DuplicatePair]) -> float:
        if self._rids[j] < self._rids[i]:  # the older record is the one to keep
            i, j = j, i
        a, b = self.profiles[i], self.profiles[j]
        assert a is not None and b is not None
        match = matching.compare(a, b)
        if match.score >= min_score:
            found.append(DuplicatePair(a.id, b.id, (a.names[0], b.names[0]), match.score,
                                       match.reasons))
        return match.score


def likely_duplicates(connection: Connection, candidate: Mapping[str, Any], *,
                      min_score: float = matching.THRESHOLD, limit: int = 10,
                      index: RegistryIndex | None = None) -> list[Likely]:
    """Live organizations that ``candidate`` (a record as written, with or without an id)
    is likely to be, best first.  Give ``index`` to check many candidates against one read
    of the registry (an import); without it the registry is read for this one."""
    if index is None:
        index = RegistryIndex.load(connection)
    return likely_in(index, matching.profile(candidate), min_score=min_score, limit=limit)


def likely_in(index: RegistryIndex, p: Profile, *, min_score: float = matching.THRESHOLD,
              limit: int = 10, blocks: int = CANDIDATE_BLOCK_LIMIT,
              most: int = CANDIDATE_COMPARE_LIMIT) -> list[Likely]:
    """The records of ``index`` that the profile ``p`` is likely to be, best first: those
    in blocks of at most ``blocks`` records, ``most`` of them compared (:meth:`candidates`)."""
    found: list[Likely] = []
    for i in index.candidates(p, limit=blocks, most=most):
        other = index.profiles[i]
        if other is None or (other.id and other.id == p.id):
            continue
        match = matching.compare(p, other)
        if match.score >= min_score:
            found.append(Likely(other.id, other.names[0], match.score, match.reasons,
                                other.country, acronym=other.acronym, cities=other.cities))
    found.sort(key=lambda hit: (-hit.score, hit.name, hit.id))
    return found[:limit]


def duplicate_pairs(connection: Connection, *, min_score: float = matching.THRESHOLD,
                    ) -> list[DuplicatePair]:
    """Likely duplicate pairs among the live organizations, best first."""
    return RegistryIndex.load(connection).pairs(min_score=min_score)


# -- one index kept current, for the window -----------------------------------------------


@dataclass(frozen=True, slots=True)
class _Mark:
    """What the database says about how far it has changed (each read in microseconds)."""

    seq: int  # the last change this replica recorded (its own edits, through the writer)
    rid: int  # the newest organization row
    sync: tuple[Any, ...]  # the sync state: moves with every answer applied, or a restore


def _mark_of(connection: Connection) -> _Mark:
    seq = connection.exec_driver_sql("SELECT max(seq) FROM changes").scalar()
    rid = connection.exec_driver_sql("SELECT max(rid) FROM organizations").scalar()
    sync = connection.exec_driver_sql(
        "SELECT cursor, last_attempt_at, restored_at, wanted FROM sync_state").first()
    return _Mark(int(seq or 0), int(rid or 0), tuple(sync) if sync is not None else ())


class LiveIndex:
    """The registry index of one data folder, built once and kept current — for checking
    one new record at a time (the window's editor, an import, an attendance sheet).

    Built in steps of :data:`STEP` records (:meth:`build_step`), so that the thread it
    lives on (the window's database thread) stays free for other work between steps;
    :meth:`current` finishes a build not yet done.  Before each use it asks the database
    how far it has changed (:class:`_Mark`: three one-row reads) and catches up: the
    organizations this replica's own writes touched since are read again (the change
    log names them), and rows added since (by any means) are filed; after a sync or a
    restore, every live record's compared columns are read and only those that differ are
    filed again.  Not thread-safe: use it from one thread."""

    STEP = 500

    def __init__(self) -> None:
        self.index = RegistryIndex()
        self._hashes: dict[int, int] = {}  # rid → hash of the compared columns
        self._after: int | None = 0  # the build's next rid; None once built
        self._mark: _Mark | None = None

    @property
    def ready(self) -> bool:
        """Whether the build is done (the index may still need to catch up)."""
        return self._after is None

    def build_step(self, connection: Connection, *, rows: int = STEP) -> bool:
        """File the next ``rows`` live organizations; True once every one is filed."""
        if self._after is None:
            return True
        if self._mark is None:  # what changes after this is caught up by refresh()
            self._mark = _mark_of(connection)
        found = connection.exec_driver_sql(
            f"SELECT rid, {_COLUMNS} FROM organizations WHERE deleted = 0 AND rid > ? "
            "ORDER BY rid LIMIT ?", (self._after, rows)).all()
        for row in found:
            self._put(row)
        self._after = int(found[-1][0]) if len(found) == rows else None
        return self._after is None

    def current(self, connection: Connection) -> RegistryIndex:
        """The index, built if need be and brought up to date with the database."""
        while not self.build_step(connection, rows=10 * self.STEP):
            pass
        self.refresh(connection)
        return self.index

    def refresh(self, connection: Connection) -> None:
        """Catch up with what changed in the database since the index last looked."""
        if self._mark is None or self._after is not None:
            return
        mark = _mark_of(connection)
        last = self._mark
        if mark == last:
            return
        if mark.sync != last.sync or mark.seq < last.seq or mark.rid < last.rid:
            self._rescan(connection)
        else:
            if mark.seq > last.seq:
                ids = [row[0] for row in connection.exec_driver_sql(
                    "SELECT DISTINCT row_id FROM changes WHERE seq > ? "
                    "AND tbl = 'organizations'", (last.seq,))]
                self._reread(connection, ids)
            if mark.rid > last.rid:  # rows added, with a change record or without one
                for row in connection.exec_driver_sql(
                        f"SELECT rid, {_COLUMNS} FROM organizations WHERE deleted = 0 "
                        "AND rid > ?", (last.rid,)):
                    self._put(row)
        self._mark = mark

    def likely(self, connection: Connection, candidate: Mapping[str, Any], *,
               min_score: float = matching.THRESHOLD, limit: int = 10) -> list[Likely]:
        """The live organizations ``candidate`` is likely to be, best first (as
        :func:`likely_duplicates`, against this index brought up to date)."""
        found = likely_in(self.current(connection), matching.profile(candidate),
                          min_score=min_score, limit=limit)
        if not found:
            return found
        # a record trashed by a path that leaves no mark (a refused creation discarded)
        marks = ", ".join("?" for _ in found)
        live = {row[0] for row in connection.exec_driver_sql(
            f"SELECT id FROM organizations WHERE deleted = 0 AND id IN ({marks})",
            tuple(hit.id for hit in found))}
        return [hit for hit in found if hit.id in live]

    # -- filing -------------------------------------------------------------------------

    def _put(self, row: Any) -> None:
        """File a row (rid, then the compared columns) unless it is filed as it is."""
        rid, values = int(row[0]), tuple(row[1:])
        digest = hash(values)
        if self._hashes.get(rid) == digest:
            return
        self.index.add(matching.profile(_record(values)), rid=rid)
        self._hashes[rid] = digest

    def _drop(self, record_id: str) -> None:
        rid = self.index.remove(record_id)
        if rid is not None:
            self._hashes.pop(rid, None)

    def _reread(self, connection: Connection, ids: list[str]) -> None:
        """Read the records ``ids`` again: file the live ones, drop the others."""
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            seen: set[str] = set()
            for row in connection.exec_driver_sql(
                    f"SELECT rid, {_COLUMNS}, deleted FROM organizations WHERE id IN ({marks})",
                    tuple(chunk)):
                seen.add(row[1])
                if row[-1]:
                    self._drop(row[1])
                else:
                    self._put(row[:-1])
            for gone in set(chunk) - seen:  # taken out of the table (left the scope)
                self._drop(gone)

    def _rescan(self, connection: Connection) -> None:
        """Compare every live record with what is filed; file again only what differs."""
        live: set[int] = set()
        for row in connection.exec_driver_sql(
                f"SELECT rid, {_COLUMNS} FROM organizations WHERE deleted = 0"):
            live.add(int(row[0]))
            self._put(row)
        for rid in set(self._hashes) - live:
            self._hashes.pop(rid, None)
        for record_id in [i for i, p in self.index.position.items()
                          if self.index.rid_of(i) not in live]:
            self.index.remove(record_id)
