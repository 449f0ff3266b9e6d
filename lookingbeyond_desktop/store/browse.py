"""Read-only questions the desktop screens ask of the replica (Qt-free).

Lists return local integer keys (``rid``) so that a view can hold only keys and fetch the
rows it shows in pages; every function takes an open SQLAlchemy ``Connection`` and
neither writes nor keeps it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, text

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.domain.attendance import Candidate, search_terms
from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.domain.textsearch import fold, match_query, sort_key
from lookingbeyond_desktop.store.writer import TABLES
from sync.hlc import unpack, version_clock, version_device

CHUNK = 500

#: Columns of the organizations list, in display order, and the SQL that sorts each.
ORG_SORT = {
    "name": "o.sort_name",
    "acronym": "o.acronym",
    "country": "o.country",
    "org_type": "o.org_type",
    "themes": "o.themes",
    "is_rlo": "o.is_rlo",
    "cities": "o.cities",
    "networks": "o.networks",
}
ORG_LIST_COLUMNS = ("rid", "id", "name", "acronym", "country", "org_type", "themes", "networks",
                    "is_rlo", "cities", "at_risk")
LIST_FIELDS = {"themes", "networks", "cities", "aliases", "member_states", "co_organizers",
               "activity_ids"}


@dataclass(frozen=True, slots=True)
class OrgFilter:
    """What the organizations list shows: typed text and the filters chosen (None: any)."""

    text: str = ""
    region: str | None = None
    country: str | None = None
    theme: str | None = None
    network: str | None = None
    org_type: str | None = None
    rlo_only: bool = False


def organization_rids(
    connection: Connection, flt: OrgFilter, *, sort: str | None = "name", descending: bool = False
) -> list[int]:
    """Keys of the live organizations that pass ``flt``, in display order.

    With search text and no explicit ``sort`` the best matches come first.
    """
    joins, where, params = _org_conditions(flt, connection)
    if sort is None or sort not in ORG_SORT:
        order = "f.rank" if joins else "o.sort_name"
    else:
        order = ORG_SORT[sort]
    direction = "DESC" if descending else "ASC"
    ordered = (f"SELECT o.rid AS rid FROM organizations o {joins} WHERE {' AND '.join(where)} "
               f"ORDER BY {order} {direction}, o.rid {direction}")
    # The keys come back as one text value, in one step, not one row (and one round of the
    # GIL) each: fetched row by row, 63,000 keys took 2-4 times as long while the GUI thread
    # was busy.  group_concat() takes the rows in the subquery's order (SQLite keeps a
    # FROM-clause subquery's ORDER BY under an aggregate other than count/min/max);
    # test_browse pins that the keys match the row-by-row query, order included.
    joined = connection.exec_driver_sql(
        f"SELECT group_concat(rid) FROM ({ordered})", params).scalar()
    return list(map(int, joined.split(","))) if joined else []


def _org_conditions(flt: OrgFilter, connection: Connection) -> tuple[str, list[str], dict[str, Any]]:
    from lookingbeyond_desktop.store.search import organization_query

    joins = ""
    where = ["o.deleted = 0"]
    params: dict[str, Any] = {}
    query = organization_query(connection, flt.text) if flt.text else None
    if flt.text and query is None:
        where.append("0")  # only punctuation typed: nothing can match
    if query is not None:
        joins = "JOIN organizations_fts f ON f.rowid = o.rid"
        where.append("organizations_fts MATCH :query")
        params["query"] = query
    if flt.region:
        where.append("o.country IN (SELECT value FROM json_each(:region_countries))")
        params["region_countries"] = json.dumps(sorted(reference.countries_in_region(flt.region)))
    if flt.country:
        where.append("o.country = :country")
        params["country"] = flt.country
    if flt.theme:
        where.append("EXISTS (SELECT 1 FROM json_each(o.themes) j WHERE j.value = :theme "
                     "OR substr(j.value, 1, length(:theme) + 1) = :theme || '.')")
        params["theme"] = flt.theme
    if flt.network:
        where.append("EXISTS (SELECT 1 FROM json_each(o.networks) j WHERE j.value = :network)")
        params["network"] = flt.network
    if flt.org_type:
        where.append("o.org_type = :org_type")
        params["org_type"] = flt.org_type
    if flt.rlo_only:
        where.append("o.is_rlo = 1")
    return joins, where, params




def organization_rows(connection: Connection, rids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The list columns of the organizations with these keys (deleted ones included)."""
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(rids), CHUNK):
        chunk = list(rids[start : start + CHUNK])
        marks = ", ".join("?" for _ in chunk)
        rows = connection.exec_driver_sql(
            f"SELECT {', '.join(ORG_LIST_COLUMNS)} FROM organizations WHERE rid IN ({marks})",
            tuple(chunk),
        )
        for row in rows:
            record = dict(zip(ORG_LIST_COLUMNS, row))
            for name in ("themes", "networks", "cities"):
                record[name] = json.loads(record[name]) if record[name] else []
            record["is_rlo"] = bool(record["is_rlo"])
            record["at_risk"] = bool(record["at_risk"])
            found[record["rid"]] = record
    return found


def record(connection: Connection, table: str, row_id: str) -> dict[str, Any] | None:
    """Every column of one row, typed (dates, lists, decimals), or None if there is none."""
    columns = TABLES[table]
    row = connection.execute(select(columns).where(columns.c.id == row_id)).mappings().first()
    return None if row is None else dict(row)


def record_by_rid(connection: Connection, table: str, rid: int) -> dict[str, Any] | None:
    """Every column of the row with local key ``rid``, typed."""
    columns = TABLES[table]
    row = connection.execute(select(columns).where(columns.c.rid == rid)).mappings().first()
    return None if row is None else dict(row)


def contacts_of(connection: Connection, organization_id: str) -> list[dict[str, Any]]:
    """The live contacts of an organization, by name."""
    columns = TABLES["contacts"]
    rows = connection.execute(
        select(columns)
        .where(columns.c.organization_id == organization_id, columns.c.deleted.is_(False))
        .order_by(columns.c.full_name)
    ).mappings()
    return [dict(row) for row in rows]


def activities_of(connection: Connection, organization_id: str) -> list[dict[str, Any]]:
    """The activities an organization took part in, newest first, with its role and numbers."""
    rows = connection.execute(
        text(
            "SELECT a.id, a.title, a.activity_type, a.start_date, a.country, p.role, "
            "p.representatives FROM participations p JOIN activities a ON a.id = p.activity_id "
            "WHERE p.organization_id = :org AND p.deleted = 0 AND a.deleted = 0 "
            "ORDER BY a.start_date DESC, a.title"
        ),
        {"org": organization_id},
    ).mappings()
    return [dict(row) for row in rows]


class _ListFilter:
    """What the Activities and Grants filters share: typed text, and choices (None: any)."""

    __slots__ = ()
    text: str

    def narrows(self) -> bool:
        """Whether anything is typed or chosen (the list is then not every record)."""
        choices: tuple[str, ...] = type(self).__slots__  # the subclass's fields
        return bool(self.text.strip()) or any(
            getattr(self, name) is not None for name in choices if name != "text")


@dataclass(frozen=True, slots=True)
class ActivityFilter(_ListFilter):
    """What the activities list shows: typed text and the filters chosen (None: any).

    The period keeps the activities held at least in part between ``date_from`` and
    ``date_to`` (either may be open); ``theme`` includes its sub-themes."""

    text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None
    theme: str | None = None
    activity_type: str | None = None
    office: str | None = None
    meeting: str | None = None



def _theme_condition(column: str) -> str:
    """A JSON list of theme codes in ``column`` holds :theme or one of its sub-themes."""
    return (f"EXISTS (SELECT 1 FROM json_each({column}) j WHERE j.value = :theme "
            "OR substr(j.value, 1, length(:theme) + 1) = :theme || '.')")


def _activity_conditions(flt: ActivityFilter) -> tuple[list[str], dict[str, Any]]:
    where = ["a.deleted = 0"]
    params: dict[str, Any] = {}
    typed = flt.text.strip()
    if typed:
        where.append("(a.title LIKE :like OR a.city LIKE :like OR a.country = :upper "
                     "OR a.meeting LIKE :like)")
        params |= {"like": f"%{typed}%", "upper": typed.upper()}
    if flt.date_from is not None:
        where.append("coalesce(a.end_date, a.start_date) >= :date_from")
        params["date_from"] = flt.date_from.isoformat()
    if flt.date_to is not None:
        where.append("a.start_date <= :date_to")
        params["date_to"] = flt.date_to.isoformat()
    for name, column in (("country", "a.country"), ("activity_type", "a.activity_type"),
                         ("office", "a.organizing_office"), ("meeting", "a.meeting")):
        value = getattr(flt, name)
        if value is not None:
            where.append(f"{column} = :{name}")
            params[name] = value
    if flt.theme is not None:
        where.append(_theme_condition("a.themes"))
        params["theme"] = flt.theme
    return where, params


def activity_rows(connection: Connection, flt: ActivityFilter | str = "") -> list[dict[str, Any]]:
    """Live activities (newest first) that pass ``flt`` (a filter, or text that the title,
    city, country code or meeting contains), each with how many organizations and
    representatives took part."""
    if isinstance(flt, str):
        flt = ActivityFilter(text=flt)
    where, params = _activity_conditions(flt)
    rows = connection.execute(
        text(
            "SELECT a.rid, a.id, a.title, a.activity_type, a.start_date, a.end_date, a.city, "
            "a.country, a.meeting, coalesce(p.organizations, 0) AS organizations, "
            "coalesce(p.representatives, 0) AS representatives "
            "FROM activities a LEFT JOIN (SELECT activity_id, "
            "count(DISTINCT organization_id) AS organizations, "
            "sum(representatives) AS representatives FROM participations WHERE deleted = 0 "
            "GROUP BY activity_id) p ON p.activity_id = a.id "
            f"WHERE {' AND '.join(where)} ORDER BY a.start_date DESC, a.rid DESC"
        ),
        params,
    ).mappings()
    return [dict(row) for row in rows]


def live_total(connection: Connection, table: str) -> int:
    """How many live records ``table`` (activities or grants) holds: the M of "N of M"."""
    if table not in ("activities", "grants"):
        raise ValueError(f"no live total for {table}")
    return int(connection.exec_driver_sql(
        f"SELECT count(*) FROM {table} WHERE deleted = 0").scalar_one())


def participants(connection: Connection, activity_id: str) -> list[dict[str, Any]]:
    """The live participations of an activity with the names of organization and contact."""
    rows = connection.execute(
        text(
            "SELECT p.id, p.organization_id, p.contact_id, p.role, p.representatives, p.women, "
            "p.men, p.notes, o.name AS organization, o.country, c.full_name AS contact "
            "FROM participations p JOIN organizations o ON o.id = p.organization_id "
            "LEFT JOIN contacts c ON c.id = p.contact_id "
            "WHERE p.activity_id = :activity AND p.deleted = 0 ORDER BY o.sort_name, p.rid"
        ),
        {"activity": activity_id},
    ).mappings()
    return [dict(row) for row in rows]


@dataclass(frozen=True, slots=True)
class ActivityTotals:
    """What the project reports about one activity, computed from its participations."""

    representatives: int
    organizations: int
    women: int
    men: int
    unknown_sex: int  # representatives whose sex was not recorded
    member_states: int


def activity_totals(connection: Connection, activity_id: str) -> ActivityTotals:
    """Representatives, distinct organizations, women, men and Member States of an activity."""
    row = connection.execute(
        text(
            "SELECT coalesce(sum(representatives), 0), count(DISTINCT organization_id), "
            "coalesce(sum(women), 0), coalesce(sum(men), 0) "
            "FROM participations WHERE activity_id = :activity AND deleted = 0"
        ),
        {"activity": activity_id},
    ).one()
    states = connection.execute(
        text("SELECT member_states FROM activities WHERE id = :activity"), {"activity": activity_id}
    ).scalar()
    representatives, organizations, women, men = (int(value) for value in row)
    return ActivityTotals(
        representatives=representatives,
        organizations=organizations,
        women=women,
        men=men,
        unknown_sex=max(0, representatives - women - men),
        member_states=len(json.loads(states)) if states else 0,
    )


def find_participants(connection: Connection, typed: str, *, limit: int = 30) -> list[dict[str, Any]]:
    """Organizations (full-text) and contacts (by name) matching ``typed``, for type-ahead.

    Each hit has ``organization_id``, ``contact_id`` (None for an organization) and ``label``.
    """
    from lookingbeyond_desktop.store.search import organization_query

    hits: list[dict[str, Any]] = []
    query = organization_query(connection, typed)
    if query is None:
        return hits
    orgs = connection.execute(
        text(
            "SELECT o.id, o.name, o.acronym, o.country FROM organizations_fts f "
            "JOIN organizations o ON o.rid = f.rowid WHERE organizations_fts MATCH :query "
            "AND o.deleted = 0 ORDER BY f.rank LIMIT :limit"
        ),
        {"query": query, "limit": limit},
    )
    for row in orgs:
        acronym = f" ({row.acronym})" if row.acronym else ""
        hits.append({"organization_id": row.id, "contact_id": None,
                     "label": f"{row.name}{acronym} — {row.country}"})
    words = fold(typed).split()
    if words:
        contacts = connection.execute(
            text(
                "SELECT c.id, c.full_name, c.organization_id, o.name FROM contacts c "
                "JOIN organizations o ON o.id = c.organization_id "
                "WHERE c.deleted = 0 AND o.deleted = 0 AND c.full_name LIKE :like LIMIT :limit"
            ),
            {"like": f"%{typed.strip()}%", "limit": limit},
        )
        for row in contacts:
            hits.append({"organization_id": row.organization_id, "contact_id": row.id,
                         "label": f"{row.full_name} — {row.name}"})
    return hits


def participant_contacts(connection: Connection, activity_id: str) -> dict[str, list[tuple[str, str]]]:
    """The live contacts of each organization taking part in an activity, by name:
    ``{organization id: [(contact id, full name), ...]}`` (the grid's contact choices)."""
    rows = connection.execute(
        text(
            "SELECT c.organization_id, c.id, c.full_name FROM contacts c "
            "WHERE c.deleted = 0 AND c.organization_id IN (SELECT organization_id FROM "
            "participations WHERE activity_id = :activity AND deleted = 0) "
            "ORDER BY c.full_name"
        ),
        {"activity": activity_id},
    )
    found: dict[str, list[tuple[str, str]]] = {}
    for organization_id, contact_id, name in rows:
        found.setdefault(organization_id, []).append((contact_id, name))
    return found


def organization_candidates(connection: Connection, names: Sequence[str], *,
                            per_name: int = 15) -> list[Candidate]:
    """Live organizations that the typed ``names`` may mean: those with the same name,
    acronym or other name, and the best full-text hits on any of each name's words (the
    fuzzy scoring itself is ``domain.attendance``'s)."""
    ids: set[str] = set()
    keys = sorted({sort_key(name) for name in names if name.strip()})
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        ids.update(row[0] for row in connection.exec_driver_sql(
            f"SELECT id FROM organizations WHERE deleted = 0 AND (sort_name IN ({marks}) "
            f"OR lower(acronym) IN ({marks}))", (*chunk, *chunk)))
    for name in names:
        terms = search_terms(name)
        if not terms:
            continue
        query = " OR ".join(f'"{term}"*' for term in terms[:12])
        ids.update(row[0] for row in connection.execute(
            text("SELECT o.id FROM organizations_fts f JOIN organizations o ON o.rid = f.rowid "
                 "WHERE organizations_fts MATCH :query AND o.deleted = 0 ORDER BY f.rank "
                 "LIMIT :limit"),
            {"query": query, "limit": per_name}))
    candidates: list[Candidate] = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for row_id, name, acronym, country, aliases in connection.exec_driver_sql(
                f"SELECT id, name, acronym, country, aliases FROM organizations "
                f"WHERE id IN ({marks})", tuple(chunk)):
            other = json.loads(aliases) if aliases else []
            label = _org_label({"name": name, "acronym": acronym, "country": country})
            candidates.append(Candidate(row_id, label, (name, acronym or "", *other)))
    return candidates


def contact_candidates(connection: Connection, organization_ids: Sequence[str]) -> list[Candidate]:
    """The live contacts of these organizations, as candidates (``owner``: the organization)."""
    found: list[Candidate] = []
    ordered = sorted(set(organization_ids))
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for row_id, name, email, owner in connection.exec_driver_sql(
                f"SELECT id, full_name, email, organization_id FROM contacts "
                f"WHERE deleted = 0 AND organization_id IN ({marks})", tuple(chunk)):
            found.append(Candidate(row_id, name, (name,), owner=owner, email=email or ""))
    return found


def find_organizations(connection: Connection, typed: str, *, rlo_only: bool = False,
                       limit: int = 30) -> list[tuple[str, str]]:
    """(id, label) of live organizations matching ``typed`` (every word, as prefixes)."""
    flt = OrgFilter(text=typed, rlo_only=rlo_only)
    rids = organization_rids(connection, flt, sort=None)[:limit]
    rows = organization_rows(connection, rids)
    return [(rows[rid]["id"], _org_label(rows[rid])) for rid in rids if rid in rows]


def _org_label(row: dict[str, Any]) -> str:
    acronym = f" ({row['acronym']})" if row.get("acronym") else ""
    return f"{row['name']}{acronym} — {row['country']}"


def organization_labels(connection: Connection, ids: Sequence[str]) -> dict[str, str]:
    """Readable labels of organizations by id (deleted ones too)."""
    labels: dict[str, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        marks = ", ".join("?" for _ in chunk)
        for row in connection.exec_driver_sql(
            f"SELECT id, name, acronym, country FROM organizations WHERE id IN ({marks})",
            tuple(chunk),
        ):
            labels[row[0]] = _org_label({"name": row[1], "acronym": row[2], "country": row[3]})
    return labels


def activity_labels(connection: Connection, ids: Sequence[str]) -> dict[str, str]:
    """Readable labels of activities by id: date and title."""
    labels: dict[str, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        marks = ", ".join("?" for _ in chunk)
        for row in connection.exec_driver_sql(
            f"SELECT id, start_date, title FROM activities WHERE id IN ({marks})", tuple(chunk)
        ):
            labels[row[0]] = f"{row[1]} {row[2]}"
    return labels


def find_activities(connection: Connection, typed: str, *, limit: int = 30) -> list[tuple[str, str]]:
    """(id, label) of live activities whose title contains ``typed``."""
    rows = connection.execute(
        text("SELECT id, start_date, title FROM activities WHERE deleted = 0 AND title LIKE :like "
             "ORDER BY start_date DESC LIMIT :limit"),
        {"like": f"%{typed.strip()}%", "limit": limit},
    )
    return [(row.id, f"{row.start_date} {row.title}") for row in rows]


@dataclass(frozen=True, slots=True)
class GrantFilter(_ListFilter):
    """What the grants list shows: typed text and the filters chosen (None: any).

    The period is the grant's approval date (``approved_on``): a grant not yet approved has
    none and is left out while a period is set.  Country and theme are the organization's
    (a grant has neither of its own); ``theme`` includes its sub-themes."""

    text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None
    theme: str | None = None
    status: str | None = None
    currency: str | None = None



def _grant_conditions(flt: GrantFilter) -> tuple[list[str], dict[str, Any]]:
    where = ["g.deleted = 0"]
    params: dict[str, Any] = {}
    typed = flt.text.strip()
    if typed:
        where.append("(g.purpose LIKE :like OR o.name LIKE :like OR g.status = :typed)")
        params |= {"like": f"%{typed}%", "typed": typed}
    if flt.date_from is not None:
        where.append("g.approved_on >= :date_from")
        params["date_from"] = flt.date_from.isoformat()
    if flt.date_to is not None:
        where.append("g.approved_on <= :date_to")
        params["date_to"] = flt.date_to.isoformat()
    for name, column in (("country", "o.country"), ("status", "g.status"),
                         ("currency", "g.currency")):
        value = getattr(flt, name)
        if value is not None:
            where.append(f"{column} = :{name}")
            params[name] = value
    if flt.theme is not None:
        where.append(_theme_condition("o.themes"))
        params["theme"] = flt.theme
    return where, params


def grant_rows(connection: Connection, flt: GrantFilter | str = "") -> list[dict[str, Any]]:
    """Live grants that pass ``flt`` (a filter, or text that the purpose or organization's
    name contains, or a status code), with their organization's name, newest first."""
    if isinstance(flt, str):
        flt = GrantFilter(text=flt)
    where, params = _grant_conditions(flt)
    rows = connection.execute(
        text(
            "SELECT g.rid, g.id, g.organization_id, o.name AS organization, o.country, g.amount, "
            "g.currency, g.status, g.follows_meeting, g.purpose, g.approved_on "
            "FROM grants g JOIN organizations o ON o.id = g.organization_id "
            f"WHERE {' AND '.join(where)} ORDER BY g.rid DESC"
        ),
        params,
    ).mappings()
    return [dict(row) for row in rows]


def grant_currencies(connection: Connection) -> list[str]:
    """The currencies the live grants are in, alphabetically (the currency filter's choices)."""
    return [row[0] for row in connection.exec_driver_sql(
        "SELECT DISTINCT currency FROM grants WHERE deleted = 0 AND currency IS NOT NULL "
        "AND currency != '' ORDER BY currency")]


def counts_by_region(connection: Connection) -> dict[str, int]:
    """Live organizations per UN M49 region code (countries without a region are left out)."""
    counts: Counter[str] = Counter()
    countries = reference.countries()
    for country, count in connection.exec_driver_sql(
        "SELECT country, count(*) FROM organizations WHERE deleted = 0 GROUP BY country"
    ):
        found = countries.get(country)
        if found is not None and found.region_code:
            counts[found.region_code] += count
    return dict(counts)


def counts_by_theme(connection: Connection) -> dict[str, int]:
    """Live organizations per thematic area (top-level theme code)."""
    rows = connection.exec_driver_sql(
        "SELECT j.value, count(DISTINCT o.rid) FROM organizations o, json_each(o.themes) j "
        "WHERE o.deleted = 0 AND instr(j.value, '.') = 0 GROUP BY j.value"
    )
    return {value: count for value, count in rows}


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change of a record: who (the author: a headquarters user name once the computer
    is enrolled) changed which fields, when, on which computer."""

    seq: int
    at: str
    author: str
    device_id: str
    op: str  # insert | update | delete | restore
    fields: list[str] | None  # None: every field (a creation)
    device_name: str = ""  # the name a person gave that computer ("" when not known here)
    own: bool = True  # made on this computer
    # The latest change of these fields made on another computer, read from the versions
    # the record holds (this computer's change log has only its own edits).
    elsewhere: bool = False


def own_device(connection: Connection) -> str:
    """This replica's device id."""
    return str(connection.exec_driver_sql("SELECT device_id FROM replica").scalar_one())


def device_names(connection: Connection, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """``{device id: (device name, user name)}`` of the computers among ``ids`` whose names
    are known here (this one's from its login, the others' from sync answers)."""
    wanted = sorted({device for device in ids if device})
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        holes = ", ".join("?" for _ in chunk)
        for device, name, user in connection.exec_driver_sql(
                "SELECT device_id, device_name, user_name FROM device_names "
                f"WHERE device_id IN ({holes})", tuple(chunk)):
            found[device] = (name or "", user or "")
    return found


def version_time(version: str) -> str:
    """When a version was made (its hybrid clock), as the change log writes times."""
    try:
        ms = unpack(version_clock(version))[0]
        moment = dt.datetime.fromtimestamp(ms / 1000, dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        return ""
    return moment.isoformat(timespec="seconds")


def _synced_fields(table: str) -> list[str]:
    return [name for name in REGISTRY.table(table).field_names if name != "id"]


def _field_versions(raw: Any) -> dict[str, str]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return {}
    if not isinstance(raw, dict):
        return {}
    return {str(name): version for name, version in raw.items() if isinstance(version, str)}


def history(connection: Connection, table: str, row_id: str) -> list[HistoryEntry]:
    """Every change recorded for one row on this computer, and the latest change of each
    field made on another computer (from the record's versions), newest first."""
    own = own_device(connection)
    rows = connection.exec_driver_sql(
        "SELECT seq, at, author, device_id, op, fields FROM changes "
        "WHERE tbl = ? AND row_id = ? ORDER BY seq DESC",
        (table, row_id),
    )
    local = [(seq, at, author or "", device_id, op, json.loads(fields) if fields else None)
             for seq, at, author, device_id, op, fields in rows]
    stored = connection.exec_driver_sql(
        "SELECT deleted, sync_field_versions, sync_version "
        f"FROM {TABLES[table].name} WHERE id = ?", (row_id,)).first() if table in TABLES else None
    # A field without a version of its own is at the record's (a record made here, or
    # received whole at one version, keeps no per-field list).
    versions = ({name: version for name in _synced_fields(table)
                 for version in (_field_versions(stored[1]).get(name, stored[2]),) if version}
                if stored is not None else {})
    elsewhere: dict[str, list[str]] = {}  # version -> its fields, of other computers
    for name, version in sorted(versions.items()):
        device = version_device(version)
        if device and device != own:
            elsewhere.setdefault(version, []).append(name)
    names = device_names(connection, [*(entry[3] for entry in local),
                                      *(version_device(v) for v in elsewhere)])
    entries = [HistoryEntry(seq, at, author, device_id, op, fields,
                            names.get(device_id, ("", ""))[0], device_id == own)
               for seq, at, author, device_id, op, fields in local]
    for version, fields in elsewhere.items():
        device = version_device(version)
        device_name, user_name = names.get(device, ("", ""))
        if fields == ["deleted"]:
            op = "delete" if stored is not None and stored[0] else "restore"
        elif (stored is not None and version == stored[2]) or (
                not local and len(fields) == len(versions)):
            op = "insert"  # the record's first version (or every field from one change)
        else:
            op = "update"
        shown = None if op == "insert" else [name for name in fields if name != "deleted"]
        entries.append(HistoryEntry(0, version_time(version), user_name, device, op, shown,
                                    device_name, False, True))
    entries.sort(key=lambda entry: entry.at, reverse=True)  # stable: the log's order kept
    return entries


@dataclass(frozen=True, slots=True)
class TrashItem:
    """A deleted record that can be restored."""

    table: str
    id: str
    label: str
    deleted_at: str
    deleted_by: str  # a person: the headquarters user (before enrolment, the login name)
    device_id: str = ""  # the computer it was deleted on ("" when not known)
    device_name: str = ""  # the name a person gave that computer ("" when not known here)
    own: bool = True  # deleted on this computer


_TRASH_LABELS = {
    # A record merged into another is a redirect kept for good, not a deleted record to
    # restore (its merge is undone with Edit > Undo or `lookingbeyond merge --undo`).
    "organizations": ("SELECT t.id, t.name, t.sync_field_versions FROM organizations t "
                      "WHERE t.deleted = 1 AND t.merged_into IS NULL", ""),
    "contacts": (
        "SELECT t.id, t.full_name || ' — ' || o.name, t.sync_field_versions FROM contacts t "
        "JOIN organizations o ON o.id = t.organization_id WHERE t.deleted = 1 AND o.deleted = 0",
        "",
    ),
    "activities": ("SELECT t.id, t.start_date || ' ' || t.title, t.sync_field_versions "
                   "FROM activities t WHERE t.deleted = 1", ""),
    "participations": (
        "SELECT t.id, o.name || ' — ' || a.title, t.sync_field_versions FROM participations t "
        "JOIN organizations o ON o.id = t.organization_id "
        "JOIN activities a ON a.id = t.activity_id WHERE t.deleted = 1 AND a.deleted = 0",
        "",
    ),
    "grants": (
        "SELECT t.id, t.amount || ' ' || t.currency || ' — ' || o.name, t.sync_field_versions "
        "FROM grants t JOIN organizations o ON o.id = t.organization_id WHERE t.deleted = 1",
        "",
    ),
}


def trash(connection: Connection) -> list[TrashItem]:
    """Deleted records that can be restored, most recently deleted first, each with who
    deleted it and on which computer (this one from its change log, another from the
    version of the record's deletion and the names sync brought).

    Contacts and participations deleted together with their organization or activity are
    not listed on their own: restoring the parent brings them back.  Organizations merged
    into another are not listed: they are redirects, not deleted records.
    """
    found: list[tuple[str, str, str, dict[str, str]]] = []
    for table, (sql, _) in _TRASH_LABELS.items():
        for row_id, label, versions in connection.exec_driver_sql(sql):
            found.append((table, row_id, label or "", _field_versions(versions)))
    if not found:
        return []
    own = own_device(connection)
    when: dict[tuple[str, str], tuple[int, str, str]] = {}
    for start in range(0, len(found), CHUNK):
        chunk = found[start : start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rows = connection.exec_driver_sql(
            "SELECT tbl, row_id, max(seq), at, author FROM changes "
            f"WHERE op = 'delete' AND row_id IN ({marks}) GROUP BY tbl, row_id",
            tuple(item[1] for item in chunk),
        )
        for tbl, row_id, seq, at, author in rows:
            when[(tbl, row_id)] = (seq, at, author or "")
    deleters = {version_device(versions["deleted"]) for *_, versions in found
                if "deleted" in versions}
    names = device_names(connection, [own, *deleters])
    dated: list[tuple[str, int, TrashItem]] = []
    for table, row_id, label, versions in found:
        version = versions.get("deleted", "")
        device = version_device(version) if version else ""
        if device and device != own:  # deleted on another computer; it reached us by sync
            device_name, user_name = names.get(device, ("", ""))
            at = version_time(version)
            dated.append((at, 0, TrashItem(table, row_id, label, at, user_name, device,
                                           device_name, False)))
            continue
        seq, at, author = when.get((table, row_id), (0, "", ""))
        dated.append((at, seq, TrashItem(table, row_id, label, at, author, own if seq else "",
                                         names.get(own, ("", ""))[0] if seq else "", True)))
    dated.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [item for _at, _seq, item in dated]


def pending_and_counts(connection: Connection) -> dict[str, int]:
    """Changes not yet sent to headquarters and live organizations, for the status bar."""
    pending = connection.exec_driver_sql(
        "SELECT count(*) FROM changes c, replica r "
        "WHERE c.device_id = r.device_id AND c.device_seq > r.pushed_seq"
    ).scalar_one()
    organizations = connection.exec_driver_sql(
        "SELECT count(*) FROM organizations WHERE deleted = 0"
    ).scalar_one()
    return {"pending": int(pending), "organizations": int(organizations)}


def is_empty(connection: Connection) -> bool:
    """Whether the replica holds no record at all (live or deleted): a first run."""
    for table in ("organizations", "activities", "grants"):
        if connection.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first():
            return False
    return True


# -- sync: status, per-record markers, refusals, conflicts --------------------------------

#: The column that names a record of each synced table in lists a person reads.
LABEL_COLUMNS = {"organizations": "name", "contacts": "full_name", "activities": "title",
                 "grants": "purpose"}


def sync_overview(connection: Connection) -> dict[str, Any]:
    """Where sync stands, for the status bar, the banner and the Sync page (JSON-ready)."""
    state = connection.exec_driver_sql(
        "SELECT server_url, user_name, last_sync_at, last_attempt_at, last_error, last_error_code, cursor "
        "FROM sync_state").mappings().one()
    device_id = connection.exec_driver_sql("SELECT device_id FROM replica").scalar_one()
    device_name = device_names(connection, [device_id]).get(device_id, ("", ""))[0]
    conflicts = connection.exec_driver_sql(
        "SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").scalar_one()
    refusals = connection.exec_driver_sql(
        "SELECT count(*) FROM (SELECT DISTINCT tbl, row_id, field FROM sync_refusals)").scalar_one()
    from lookingbeyond_desktop import __version__
    from lookingbeyond_desktop.store.sync_adapter import newer_release

    newer = newer_release(connection, __version__)
    return {**dict(state), "device_id": device_id, "device_name": device_name,
            "conflicts": int(conflicts),
            "refusals": int(refusals), **pending_and_counts(connection),
            "newer_app": newer.encode() if newer is not None else None}


def sync_marks(connection: Connection, table: str, ids: Sequence[str]) -> dict[str, str]:
    """``{row id: "conflict" | "pending"}`` for the rows of ``table`` among ``ids`` that have
    an unresolved conflict or local changes headquarters has not acknowledged (a conflict
    wins).  One query for a whole page of rows."""
    marks: dict[str, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        if not chunk:
            continue
        holes = ", ".join("?" for _ in chunk)
        rows = connection.exec_driver_sql(
            f"SELECT row_id, 'conflict' FROM conflicts WHERE tbl = ? AND resolved_at IS NULL "
            f"AND row_id IN ({holes}) "
            f"UNION SELECT c.row_id, 'pending' FROM changes c, replica r WHERE c.tbl = ? "
            f"AND c.device_id = r.device_id AND c.device_seq > r.pushed_seq AND c.row_id IN ({holes})",
            (table, *chunk, table, *chunk))
        for row_id, mark in rows:
            if marks.get(row_id) != "conflict":
                marks[row_id] = mark
    return marks


def record_labels(connection: Connection, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """A readable name for each ``(table, row id)``; rows not held here are left out."""
    wanted: dict[str, set[str]] = {}
    for table, row_id in keys:
        wanted.setdefault(table, set()).add(row_id)
    labels: dict[tuple[str, str], str] = {}
    for table, ids in wanted.items():
        column = LABEL_COLUMNS.get(table)
        if column is None:
            continue
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start : start + CHUNK]
            holes = ", ".join("?" for _ in chunk)
            for row_id, label in connection.exec_driver_sql(
                    f"SELECT id, {column} FROM {table} WHERE id IN ({holes})", tuple(chunk)):
                labels[(table, row_id)] = str(label or "")
    return labels


def sync_refusals(connection: Connection, *, limit: int = 500) -> list[dict[str, Any]]:
    """What headquarters refused to take, newest first: one entry per record and field (the
    latest refusal), with the record's name when it is held here."""
    rows = [dict(row) for row in connection.exec_driver_sql(
        "SELECT max(id) AS id, tbl, row_id, field, code, reason, max(at) AS at FROM sync_refusals "
        "GROUP BY tbl, row_id, field ORDER BY max(id) DESC LIMIT ?", (limit,)).mappings()]
    labels = record_labels(connection, [(r["tbl"], r["row_id"]) for r in rows])
    for row in rows:
        row["label"] = labels.get((row["tbl"], row["row_id"]), "")
    return rows


def unresolved_conflicts(connection: Connection) -> list[dict[str, Any]]:
    """Conflicts waiting for a person, oldest first, with the record's name ("label")."""
    rows = [dict(row) for row in connection.exec_driver_sql(
        "SELECT id, tbl, row_id, field, kind, winner_value, winner_version, loser_value, "
        "loser_version, loser_device, created_at FROM conflicts WHERE resolved_at IS NULL "
        "ORDER BY created_at, id").mappings()]
    labels = record_labels(connection, [(r["tbl"], r["row_id"]) for r in rows])
    for row in rows:
        for name in ("winner_value", "loser_value"):
            if isinstance(row[name], str):
                try:
                    row[name] = json.loads(row[name])
                except ValueError:
                    pass
        row["label"] = labels.get((row["tbl"], row["row_id"]), "")
    devices = {row["loser_device"] for row in rows if row["loser_device"]} | {
        version_device(row[name]) for row in rows for name in ("winner_version", "loser_version")
        if row[name]}
    names = device_names(connection, devices)
    for row in rows:  # {device id: (device name, user name)} of the computers it names
        row["names"] = {device: names[device] for device in (
            row["loser_device"], *(version_device(row[name]) for name in
                                   ("winner_version", "loser_version") if row[name]))
            if device in names}
    # Two merges of one record into different ones: the records they name, by name.
    merged = [(row, name) for row in rows if row["tbl"] == "organizations"
              and row["field"] == "merged_into" for name in ("winner_value", "loser_value")
              if isinstance(row[name], str)]
    targets = record_labels(connection, [("organizations", row[name]) for row, name in merged])
    for row, name in merged:
        row.setdefault("value_labels", {})[name] = targets.get(("organizations", row[name]), "")
    return rows


__all__ = [
    "ActivityFilter",
    "ActivityTotals",
    "GrantFilter",
    "HistoryEntry",
    "OrgFilter",
    "TrashItem",
    "activities_of",
    "activity_rows",
    "activity_totals",
    "contact_candidates",
    "contacts_of",
    "counts_by_region",
    "counts_by_theme",
    "device_names",
    "find_participants",
    "grant_currencies",
    "grant_rows",
    "history",
    "live_total",
    "organization_candidates",
    "organization_rids",
    "organization_rows",
    "own_device",
    "participant_contacts",
    "participants",
    "record",
    "record_labels",
    "sync_marks",
    "sync_overview",
    "sync_refusals",
    "trash",
    "unresolved_conflicts",
    "version_time",
]
