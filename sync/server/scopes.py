"""Who may see and write which records: scope keys, computed by headquarters.

Every record carries keys: ``c:<ISO country>`` for the countries it belongs to,
``o:<organization id>`` for the organizations it belongs to or that organize it, and
``p:<organization id>`` on an activity for each organization taking part in it (not
inherited by the activity's participation, so that adding a participant never re-keys the
others).  A device sees a record when their keys meet:

- ``hq`` sees and writes everything;
- ``field`` holds ``c:`` keys for its countries (and the countries of its regions), and
  sees and writes every record carrying one of them;
- ``partner`` (a regional lead organization) holds ``o:<its organization>``: it sees and
  writes the activities, participation and grants its organization takes part in and its
  own contacts; it also *sees* (read-only) the organizations and activities of its
  countries.  It never sees contacts of other organizations: a participation's contact is
  blanked for it unless the contact is its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

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
    "contacts": (("organization_id", "organizations", ("c",)),),
    "participations": (
        ("activity_id", "activities", ("c", "o")),
        ("organization_id", "organizations", ("c",)),
    ),
    "grants": (("organization_id", "organizations", ("c",)),),
}
# A participation makes its organization a participant of the activity: the activity
# gains the key p:<organization>, so a partner sees the activities it takes part in.
GROWS: dict[str, tuple[str, str, str]] = {
    "participations": ("activity_id", "activities", "organization_id"),
}
GROW_PREFIX = "p"
PARTNER_READABLE = frozenset({"organizations", "activities"})
PARTNER_WRITABLE = frozenset({"activities", "participations", "grants", "contacts"})


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
        return frozenset({f"o:{self.organization_id}", f"{GROW_PREFIX}:{self.organization_id}"})

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
            return table in PARTNER_WRITABLE and bool(keys & self.organization_keys)
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
    for ref, parent_table, prefixes in INHERITED.get(table, ()):
        parent_id = values.get(ref)
        if parent_id:
            keys.update(k for k in parent_keys(parent_table, parent_id) if k[0] in prefixes)
    return keys
