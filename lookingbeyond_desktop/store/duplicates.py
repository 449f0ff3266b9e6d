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
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from lookingbeyond_desktop.domain import matching
from lookingbeyond_desktop.domain.matching import Profile

#: A blocking key held by more records than this says too little to compare them all.
BLOCK_LIMIT = 60
#: For one candidate (not the whole registry) larger blocks are still looked through.
CANDIDATE_BLOCK_LIMIT = 2_000

# Leaders this alike have their group-mates compared too (a mate may share a phone).
_NEAR = 0.5
# Two alike groups are compared member with member up to this many pairs.
_CROSS_LIMIT = 100

_COLUMNS = "id, name, aliases, acronym, country, cities, email, phone, website"


@dataclass(frozen=True, slots=True)
class Likely:
    """An existing organization that a candidate may be."""

    id: str
    name: str
    score: float
    reasons: tuple[str, ...]


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
    """The live organizations' profiles, filed under their blocking keys."""

    def __init__(self, profiles: Iterable[Profile]) -> None:
        self.profiles: list[Profile] = list(profiles)
        self.position = {p.id: i for i, p in enumerate(self.profiles)}
        groups: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(self.profiles):
            groups[matching.exact_key(p)].append(i)
        #: each record's group leader (the oldest record with its name in its country)
        self.leader = [0] * len(self.profiles)
        self.groups = [members for key, members in groups.items() if key]
        self.by_name = {key: members for key, members in groups.items() if key}
        self.members = {members[0]: members for members in self.groups if len(members) > 1}
        for members in groups.values():
            for i in members:
                self.leader[i] = members[0]
        blocks: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(self.profiles):
            # a name repeated in a country is filed once (its oldest record); what tells
            # records apart (website, phone, …) is filed for each
            keys = matching.blocking_keys(p) if self.leader[i] == i else matching.identity_keys(p)
            for key in keys:
                blocks[key].append(i)
        self.blocks = dict(blocks)

    @classmethod
    def load(cls, connection: Connection) -> RegistryIndex:
        """Read every live organization (oldest first)."""
        rows = connection.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM organizations WHERE deleted = 0 ORDER BY rid")
        return cls(matching.profile(_record(row)) for row in rows)

    def candidates(self, p: Profile, *, limit: int = CANDIDATE_BLOCK_LIMIT) -> set[int]:
        """Positions of the records sharing a key (or the folded name) with ``p``."""
        found: set[int] = set()
        for key in matching.blocking_keys(p):
            block = self.blocks.get(key, ())
            if len(block) <= limit:
                found.update(block)
        found.update(self.by_name.get(matching.exact_key(p), ()))
        for leader in list(found):
            found.update(self.members.get(leader, ()))
        return found

    def pairs(self, *, min_score: float) -> list[DuplicatePair]:
        """Every likely pair among the records, best first."""
        compared: set[tuple[int, int]] = set()
        found: list[DuplicatePair] = []
        for members in self.groups:
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
        first = self.members.get(pair[0], [pair[0]])
        second = self.members.get(pair[1], [pair[1]])
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
        a, b = self.profiles[i], self.profiles[j]
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
    index = index or RegistryIndex.load(connection)
    p = matching.profile(candidate)
    found: list[Likely] = []
    for i in index.candidates(p):
        other = index.profiles[i]
        if other.id and other.id == p.id:
            continue
        match = matching.compare(p, other)
        if match.score >= min_score:
            found.append(Likely(other.id, other.names[0], match.score, match.reasons))
    found.sort(key=lambda hit: (-hit.score, hit.name, hit.id))
    return found[:limit]


def duplicate_pairs(connection: Connection, *, min_score: float = matching.THRESHOLD,
                    ) -> list[DuplicatePair]:
    """Likely duplicate pairs among the live organizations, best first."""
    return RegistryIndex.load(connection).pairs(min_score=min_score)
