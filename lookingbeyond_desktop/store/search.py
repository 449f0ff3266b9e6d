"""Full-text search over organizations (FTS5 on folded names, aliases, acronyms, cities, notes)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, text

from lookingbeyond_desktop.domain.textsearch import has_pinyin, match_query

_SEARCH = text(
    "SELECT o.id, o.name, o.acronym, o.country, o.cities "
    "FROM organizations_fts f JOIN organizations o ON o.rid = f.rowid "
    "WHERE organizations_fts MATCH :query AND o.deleted = 0 "
    "ORDER BY f.rank LIMIT :limit"
)


@dataclass(frozen=True, slots=True)
class OrganizationHit:
    """One organization found by a search."""

    id: str
    name: str
    acronym: str | None
    country: str
    cities: list[str]


def organization_query(connection: Connection, typed: str) -> str | None:
    """The full-text query for what a person typed, across scripts: read as pinyin as well
    ("fanfubai" for 反腐败 inside a Chinese name) only when it finds no organization
    otherwise, since many English words also cut into pinyin syllables ("women", "land")."""
    query = match_query(typed, across_scripts=True)
    if query is None or not has_pinyin(typed):
        return query
    found = connection.exec_driver_sql(
        "SELECT 1 FROM organizations_fts WHERE organizations_fts MATCH ? LIMIT 1", (query,)).first()
    return query if found is not None else match_query(typed, across_scripts=True, pinyin=True)


def search_organizations(
    connection: Connection, typed: str, *, limit: int = 50
) -> list[OrganizationHit]:
    """Live organizations matching what a person typed, best first (every word, as prefixes)."""
    query = organization_query(connection, typed)
    if query is None:
        return []
    rows = connection.execute(_SEARCH, {"query": query, "limit": limit})
    return [
        OrganizationHit(row.id, row.name, row.acronym, row.country, _cities(row.cities))
        for row in rows
    ]


def _cities(raw: str | None) -> list[str]:
    return [str(city) for city in json.loads(raw)] if raw else []
