"""Read-only questions the desktop screens ask of the replica (Qt-free).

Lists return local integer keys (``rid``) so that a view can hold only keys and fetch the
rows it shows in pages; every function takes an open SQLAlchemy ``Connection`` and
neither writes nor keeps it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, text

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.domain.attendance import Candidate, search_terms
from lookingbeyond_desktop.domain.textsearch import fold, match_query, sort_key
from lookingbeyond_desktop.store.writer import TABLES

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
                    "is_rlo", "cities")
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
    joins, where, params = _org_conditions(flt)
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


def _org_conditions(flt: OrgFilter) -> tuple[str, list[str], dict[str, Any]]:
    joins = ""
    where = ["o.deleted = 0"]
    params: dict[str, Any] = {}
    query = match_query(flt.text) if flt.text else None
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


def activity_rows(connection: Connection, typed: str = "") -> list[dict[str, Any]]:
    """Live activities (newest first) whose title, city or country contains ``typed``,
    each with how many organizations and representatives took part."""
    where = "a.deleted = 0"
    params: dict[str, Any] = {}
    if typed.strip():
        where += (" AND (a.title LIKE :like OR a.city LIKE :like OR a.country = :upper "
                  "OR a.meeting LIKE :like)")
        params = {"like": f"%{typed.strip()}%", "upper": typed.strip().upper()}
    rows = connection.execute(
        text(
            "SELECT a.rid, a.id, a.title, a.activity_type, a.start_date, a.end_date, a.city, "
            "a.country, a.meeting, coalesce(p.organizations, 0) AS organizations, "
            "coalesce(p.representatives, 0) AS representatives "
            "FROM activities a LEFT JOIN (SELECT activity_id, "
            "count(DISTINCT organization_id) AS organizations, "
            "sum(representatives) AS representatives FROM participations WHERE deleted = 0 "
            "GROUP BY activity_id) p ON p.activity_id = a.id "
            f"WHERE {where} ORDER BY a.start_date DESC, a.rid DESC"
        ),
        params,
    ).mappings()
    return [dict(row) for row in rows]


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
    hits: list[dict[str, Any]] = []
    query = match_query(typed)
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


def grant_rows(connection: Connection, typed: str = "") -> list[dict[str, Any]]:
    """Live grants with their organization's name, newest first; ``typed`` filters on
    purpose or organization name."""
    where = "g.deleted = 0"
    params: dict[str, Any] = {}
    if typed.strip():
        where += " AND (g.purpose LIKE :like OR o.name LIKE :like OR g.status = :typed)"
        params = {"like": f"%{typed.strip()}%", "typed": typed.strip()}
    rows = connection.execute(
        text(
            "SELECT g.rid, g.id, g.organization_id, o.name AS organization, o.country, g.amount, "
            "g.currency, g.status, g.follows_meeting, g.purpose, g.approved_on "
            "FROM grants g JOIN organizations o ON o.id = g.organization_id "
            f"WHERE {where} ORDER BY g.rid DESC"
        ),
        params,
    ).mappings()
    return [dict(row) for row in rows]


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
    """One recorded change of a record."""

    seq: int
    at: str
    author: str
    device_id: str
    op: str  # insert | update | delete | restore
    fields: list[str] | None  # None: every field (a creation)


def history(connection: Connection, table: str, row_id: str) -> list[HistoryEntry]:
    """Every change recorded for one row, newest first."""
    rows = connection.exec_driver_sql(
        "SELECT seq, at, author, device_id, op, fields FROM changes "
        "WHERE tbl = ? AND row_id = ? ORDER BY seq DESC",
        (table, row_id),
    )
    return [
        HistoryEntry(seq, at, author or "", device_id, op, json.loads(fields) if fields else None)
        for seq, at, author, device_id, op, fields in rows
    ]


@dataclass(frozen=True, slots=True)
class TrashItem:
    """A deleted record that can be restored."""

    table: str
    id: str
    label: str
    deleted_at: str
    deleted_by: str


_TRASH_LABELS = {
    "organizations": ("SELECT t.id, t.name FROM organizations t WHERE t.deleted = 1", ""),
    "contacts": (
        "SELECT t.id, t.full_name || ' — ' || o.name FROM contacts t "
        "JOIN organizations o ON o.id = t.organization_id WHERE t.deleted = 1 AND o.deleted = 0",
        "",
    ),
    "activities": ("SELECT t.id, t.start_date || ' ' || t.title FROM activities t "
                   "WHERE t.deleted = 1", ""),
    "participations": (
        "SELECT t.id, o.name || ' — ' || a.title FROM participations t "
        "JOIN organizations o ON o.id = t.organization_id "
        "JOIN activities a ON a.id = t.activity_id WHERE t.deleted = 1 AND a.deleted = 0",
        "",
    ),
    "grants": (
        "SELECT t.id, t.amount || ' ' || t.currency || ' — ' || o.name FROM grants t "
        "JOIN organizations o ON o.id = t.organization_id WHERE t.deleted = 1",
        "",
    ),
}


def trash(connection: Connection) -> list[TrashItem]:
    """Deleted records that can be restored, most recently deleted first.

    Contacts and participations deleted together with their organization or activity are
    not listed on their own: restoring the parent brings them back.
    """
    items: list[TrashItem] = []
    for table, (sql, _) in _TRASH_LABELS.items():
        for row_id, label in connection.exec_driver_sql(sql):
            items.append(TrashItem(table, row_id, label or "", "", ""))
    if not items:
        return items
    when: dict[tuple[str, str], tuple[int, str, str]] = {}
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rows = connection.exec_driver_sql(
            "SELECT tbl, row_id, max(seq), at, author FROM changes "
            f"WHERE op = 'delete' AND row_id IN ({marks}) GROUP BY tbl, row_id",
            tuple(item.id for item in chunk),
        )
        for tbl, row_id, seq, at, author in rows:
            when[(tbl, row_id)] = (seq, at, author or "")
    dated = [
        TrashItem(item.table, item.id, item.label, *when.get((item.table, item.id), (0, "", ""))[1:])
        for item in items
    ]
    dated.sort(key=lambda item: when.get((item.table, item.id), (0, "", ""))[0], reverse=True)
    return dated


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
    conflicts = connection.exec_driver_sql(
        "SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").scalar_one()
    refusals = connection.exec_driver_sql(
        "SELECT count(*) FROM (SELECT DISTINCT tbl, row_id, field FROM sync_refusals)").scalar_one()
    return {**dict(state), "device_id": device_id, "conflicts": int(conflicts),
            "refusals": int(refusals), **pending_and_counts(connection)}


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
    return rows


__all__ = [
    "ActivityTotals",
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
    "find_participants",
    "history",
    "organization_candidates",
    "organization_rids",
    "organization_rows",
    "participant_contacts",
    "participants",
    "record",
    "record_labels",
    "sync_marks",
    "sync_overview",
    "sync_refusals",
    "trash",
    "unresolved_conflicts",
]
