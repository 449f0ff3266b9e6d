"""Who may see and write which records: scope keys, computed by headquarters only.

Every record carries keys: ``c:<ISO country>`` for the countries it belongs to,
``o:<organization id>`` for the organizations it belongs to or that organize it (an
activity's ``co_organizers``), and ``p:<organization id>`` on an activity for each
organization with a live (not deleted) participation in it.  ``p:`` keys are recomputed
from the participations whenever one is added, moved or deleted, and are not inherited by
the activity's participations, so adding a participant never re-keys the others.  A device
sees a record when their keys meet:

- ``hq`` sees and writes everything;
- ``field`` holds ``c:`` keys for its countries (and the countries of its regions), and
  sees and writes every record carrying one of them;
- ``partner`` (a regional lead organization) holds ``o:<its organization>`` and
  ``p:<its organization>``.  It *sees* the records with either key (what it organizes or
  belongs to, the activities it takes part in) and, read-only, the organizations and
  activities of its countries (:data:`PARTNER_READABLE`).  It *writes* only records with
  its ``o:`` key: the activities it co-organizes (it cannot add itself as co-organizer of
  an activity it does not organize already: the record's keys before the change must allow
  the write too), the participations and grants of its organization, the participations of
  the activities it co-organizes, and its own contacts.  Taking part gives read access
  only (``p:``), and it ends when the participation is deleted or moved: the activity
  loses ``p:<organization>`` and is withdrawn from the partner's devices unless they see it
  otherwise.  It never sees contacts of other organizations: a participation's contact is
  blanked for it unless the contact is its own.

At-risk organizations (``organizations.at_risk``, issue 13): a flagged organization carries
:data:`AT_RISK_KEY`, a key no device holds, and its contacts inherit it *instead of* their
``o:<organization>`` key: they keep only the ``c:`` keys of their organization (the owning
office's countries).  So no partner sees or writes them, not even the partner that is the
flagged organization itself, and a participation's contact is blanked for it.  Flagging
re-keys the contacts through the ordinary cascade (a withdrawal: partners' devices are told
they are ``gone``); clearing the flag gives the ``o:`` key back (they are sent again).

References: a record a device writes may name only records that device sees (a new value
naming one it does not see is refused ``out_of_scope``, naming the field), except
:data:`CROSS_SCOPE_REFERENCES`: an organization of any country may take part in or
co-organize an activity of the writer's scope (regional consultations and
intergovernmental meetings bring CSOs of many countries together).  A parent outside a
device's scope that a row in its scope names travels as a *reference row*: id and the
fields the registry marks ``reference`` (names, type, country, dates; never contact
channels, notes, outcomes or personal fields), the other fields as null.  Contacts never
travel as reference rows: a reference to a contact outside the scope is blanked.

Leaving a scope: when a record loses keys (its country changed, a participation was
removed, a parent re-keyed so a child's inherited keys changed) headquarters stores a
withdrawal (``sync/server/withdrawals.py``); a device that saw the record under the lost
keys and does not see it now receives it in ``gone`` and nothing more about the record
reaches it (no row, no conflict, only a reference row while a row of its scope names it).
Narrowing a user's scope (``lookingbeyond-server user update``) withdraws in the same way
every record its old scope saw and its new one does not.  Settling a conflict needs write
access to its record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

# At risk: a flag that gives a record a key no device holds (``x:at-risk``, a marker); the
# records that inherit it lose their own keys of the prefixes SHIELDED names (below).
AT_RISK_PREFIX = "x"
AT_RISK_KEY = f"{AT_RISK_PREFIX}:at-risk"
FLAGS: dict[str, tuple[tuple[str, str], ...]] = {  # table: ((boolean field, key it gives), ...)
    "organizations": (("at_risk", AT_RISK_KEY),),
}
# A record's own fields that give keys: (field, prefix).
OWN_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    "organizations": (("country", "c"), ("id", "o")),
    "contacts": (("organization_id", "o"),),
    "activities": (("country", "c"), ("member_states", "c"), ("co_organizers", "o")),
    "participations": (("organization_id", "o"),),
    "grants": (("organization_id", "o"),),
}
# Parents whose keys a record inherits: (reference field, parent table, prefixes inherited).
INHERITED: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "contacts": (("organization_id", "organizations", ("c", AT_RISK_PREFIX)),),
    "participations": (
        ("activity_id", "activities", ("c", "o")),
        ("organization_id", "organizations", ("c",)),
    ),
    "grants": (("organization_id", "organizations", ("c",)),),
}
# A live participation makes its organization a participant of the activity: the activity
# holds the key p:<organization> while one exists, so a partner sees (reads) the
# activities it takes part in.  Recomputed from the participations, never only added.
GROWS: dict[str, tuple[str, str, str]] = {
    "participations": ("activity_id", "activities", "organization_id"),
}
GROW_PREFIX = "p"
MEMBER_PREFIX = "o"
SHIELDED: dict[str, frozenset[str]] = {
    "contacts": frozenset({MEMBER_PREFIX}),  # an at-risk organization's people: no partner
}
PARTNER_READABLE = frozenset({"organizations", "activities"})
PARTNER_WRITABLE = frozenset({"activities", "participations", "grants", "contacts"})
# (table, field) references that may name a record outside the writer's scope: an
# organization of another country taking part in, or co-organizing, an activity of the
# writer's scope.  The organization then reaches the writer's devices as a reference row
# only (reference fields), never in full.
CROSS_SCOPE_REFERENCES = frozenset({
    ("participations", "organization_id"),
    ("activities", "co_organizers"),
})


@dataclass(frozen=True)
class Scope:
    """What one device may see and write."""

    role: str
    country_keys: frozenset[str] = frozenset()
    organization_id: str | None = None

    @property
    def organization_keys(self) -> frozenset[str]:
        """A partner's keys: its organization, as member or organizer and as participant."""
        if not self.organization_id:
            return frozenset()
        return frozenset({f"{MEMBER_PREFIX}:{self.organization_id}",
                          f"{GROW_PREFIX}:{self.organization_id}"})

    @property
    def member_key(self) -> str | None:
        """A partner's write key: its organization as member or organizer (``o:``); taking
        part in an activity (``p:``) gives read access only."""
        return f"{MEMBER_PREFIX}:{self.organization_id}" if self.organization_id else None

    @property
    def everything(self) -> bool:
        """Headquarters: no filter."""
        return self.role == "hq"

    def sees(self, table: str, keys: Iterable[str]) -> bool:
        """Whether a record with ``keys`` is visible."""
        if self.everything:
            return True
        keys = set(keys)
        if self.role == "partner":
            if keys & self.organization_keys:
                return True
            return table in PARTNER_READABLE and bool(keys & self.country_keys)
        return bool(keys & self.country_keys)

    def writes(self, table: str, keys: Iterable[str]) -> bool:
        """Whether a record with ``keys`` may be written."""
        if self.everything:
            return True
        keys = set(keys)
        if self.role == "partner":
            return table in PARTNER_WRITABLE and self.member_key in keys
        return bool(keys & self.country_keys)


def scope_for(role: str, countries: Iterable[str], organization_id: str | None) -> Scope:
    """The scope of a user (countries already expanded from regions)."""
    return Scope(
        role=role,
        country_keys=frozenset(f"c:{code}" for code in countries),
        organization_id=organization_id,
    )


def record_keys(
    table: str,
    record_id: str,
    data: dict[str, Any],
    parent_keys: Callable[[str, str], set[str]],
) -> set[str]:
    """The keys of a record from its data and its parents' keys."""
    keys: set[str] = set()
    values = {"id": record_id, **data}
    for name, prefix in OWN_KEYS.get(table, ()):
        value = values.get(name)
        for item in value if isinstance(value, list) else [value]:
            if item:
                keys.add(f"{prefix}:{item}")
    for name, key in FLAGS.get(table, ()):
        if values.get(name):  # any true value: when in doubt, protect
            keys.add(key)
    for ref, parent_table, prefixes in INHERITED.get(table, ()):
        parent_id = values.get(ref)
        if parent_id:
            keys.update(k for k in parent_keys(parent_table, parent_id) if k[0] in prefixes)
    shielded = SHIELDED.get(table)
    if shielded and AT_RISK_KEY in keys:  # an at-risk organization's contact: no o: key
        keys = {k for k in keys if k.partition(":")[0] not in shielded}
    return keys
