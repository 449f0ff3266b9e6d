"""The project's indicators, computed from the replica: :func:`compute` makes a
:class:`~lookingbeyond_desktop.reports.model.Report`, :func:`drill` lists the records behind
any of its figures.  Definitions of every figure and filter: ``docs/reports.md``.

How it counts (the same words in the sections' notes):

- The **organizations the report covers** are the live organizations that pass the
  organization filters: region and country (by the organization's country), theme (its
  themes; an area includes its sub-themes) and network (those it belongs to).
- The **activities in scope** are the live activities that start in the period, were
  organized by the chosen office, are on the chosen theme (by the activity's themes), and —
  when a region, country or network is chosen — were held in that region or country or
  had an organization the report covers take part in them or co-organize them.
- An organization is **engaged** when it took part in (a participation) or co-organized
  (``co_organizers``) an activity in scope.  Participations count when their activity is
  in scope and their organization is covered.  Deleted (tombstoned) records never count.

The work is done by SQLite: a few temporary tables (``temp.rep_*``, dropped before
returning) hold the organizations covered, the live activities and the participations in
scope with small integer keys, and every figure is one aggregate over them.  A figure
keeps no list of ids: its :class:`Drill` names the section, row and column it comes from,
and :func:`drill` runs the same query for that one row.  No Qt here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from sqlalchemy import Connection

from lookingbeyond_desktop.domain import reference, vocabulary
from lookingbeyond_desktop.reports import rates as rates_module
from lookingbeyond_desktop.reports.model import (
    QT_TRANSLATE_NOOP,
    Column,
    Drill,
    DrillKind,
    DrillRecord,
    Figure,
    Filters,
    Number,
    RatesInfo,
    Report,
    Row,
    RowKind,
    Section,
)

__all__ = ["MEASURES", "TOP_ORGANIZATIONS", "TOTALS", "TOTAL_NOTES", "compute", "drill"]


#: The headline figures, in the order they are shown: key → English label.
TOTALS: dict[str, str] = {
    "organizations_engaged": QT_TRANSLATE_NOOP("report", "Organizations engaged"),
    "representatives": QT_TRANSLATE_NOOP("report", "Representatives (counted at every event)"),
    "unique_people": QT_TRANSLATE_NOOP("report", "People (a named contact counted once)"),
    "named_people": QT_TRANSLATE_NOOP("report", "Named contacts"),
    "activities": QT_TRANSLATE_NOOP("report", "Activities"),
    "member_states": QT_TRANSLATE_NOOP("report", "Member States in joint activities"),
    "developing_country_share": QT_TRANSLATE_NOOP(
        "report",
        "Organizations from developing countries"),
    "women_share": QT_TRANSLATE_NOOP("report", "Women among representatives (where recorded)"),
    "sex_not_recorded_share": QT_TRANSLATE_NOOP(
        "report",
        "Representatives whose sex is not recorded"),
    "joint_activities": QT_TRANSLATE_NOOP("report", "Joint government–CSO activities"),
    "rlos": QT_TRANSLATE_NOOP("report", "Regional lead organizations (RLOs)"),
    "grants": QT_TRANSLATE_NOOP("report", "Grants"),
    "grants_usd": QT_TRANSLATE_NOOP("report", "Grants in US dollars"),
}

#: What each headline figure means (a tooltip; docs/reports.md says the same).
TOTAL_NOTES: dict[str, str] = {
    "organizations_engaged": QT_TRANSLATE_NOOP(
        "report",
        "Organizations that took part in, or co-organized, an activity starting in the period."),
    "representatives": QT_TRANSLATE_NOOP(
        "report",
        "Representatives of the organizations at the activities in scope, added up over the "
        "activities: a person at two events counts twice."),
    "unique_people": QT_TRANSLATE_NOOP(
        "report",
        "Representatives with each named contact counted once however many events they attended; "
        "representatives recorded without a name count once per event."),
    "named_people": QT_TRANSLATE_NOOP(
        "report",
        "Contacts named as participants of the activities in scope, each counted once."),
    "activities": QT_TRANSLATE_NOOP(
        "report",
        "Activities in scope: starting in the period (and matching the filters)."),
    "member_states": QT_TRANSLATE_NOOP(
        "report",
        "Member States named in the joint government–CSO activities in scope, each counted once."),
    "developing_country_share": QT_TRANSLATE_NOOP(
        "report",
        "Share of the organizations engaged that are based in a developing country (UN M49 "
        "classification)."),
    "women_share": QT_TRANSLATE_NOOP(
        "report",
        "Women among the representatives whose sex was recorded."),
    "sex_not_recorded_share": QT_TRANSLATE_NOOP(
        "report",
        "Share of the representatives whose sex was not recorded."),
    "joint_activities": QT_TRANSLATE_NOOP(
        "report",
        "Activities of the type “joint government–CSO activity” in scope."),
    "rlos": QT_TRANSLATE_NOOP(
        "report",
        "Organizations designated regional lead organizations, whatever the period (a designation,"
        " not an event)."),
    "grants": QT_TRANSLATE_NOOP(
        "report",
        "Seed-funding grants to the organizations covered, approved in the period (grants not yet "
        "approved count only without a period)."),
    "grants_usd": QT_TRANSLATE_NOOP(
        "report",
        "The grants' amounts converted to US dollars with the rate table shown; none when a "
        "currency has no rate."),
}

#: Section titles (English source strings).
_SECTION_TITLES: dict[str, str] = {
    "by_meeting": QT_TRANSLATE_NOOP("report", "Intergovernmental meetings"),
    "first_time": QT_TRANSLATE_NOOP("report", "Organizations engaged for the first time"),
    "by_region": QT_TRANSLATE_NOOP("report", "Organizations and activities by region"),
    "by_theme": QT_TRANSLATE_NOOP("report", "Organizations and activities by thematic area"),
    "joint_activities": QT_TRANSLATE_NOOP("report",
                                          "Joint government–CSO activities by Member State"),
    "rlos": QT_TRANSLATE_NOOP("report", "Regional lead organizations (RLOs)"),
    "by_office": QT_TRANSLATE_NOOP("report", "Activities by UNODC office"),
    "top_organizations": QT_TRANSLATE_NOOP("report", "The most engaged organizations"),
    "grants": QT_TRANSLATE_NOOP("report", "Seed funding by status"),
    "grants_by_meeting": QT_TRANSLATE_NOOP("report", "Seed funding by meeting followed"),
    "quality": QT_TRANSLATE_NOOP("report", "Data quality"),
}

_SECTION_NOTES: dict[str, str] = {
    "by_meeting": QT_TRANSLATE_NOOP(
        "report",
        "A meeting's figures include every activity linked to it: the participation in the meeting"
        " itself and its side events. Organizations took part or co-organized; representatives are"
        " added up over the activities; women and men as recorded; “not recorded”: representatives"
        " whose sex was not recorded."),
    "first_time": QT_TRANSLATE_NOOP(
        "report",
        "Organizations engaged in the period whose first engagement ever (in any activity this "
        "computer holds) was in that year."),
    "by_region": QT_TRANSLATE_NOOP(
        "report",
        "Organizations engaged, by the country they are based in; activities in scope, by the "
        "country where they were held (UN M49 regions and sub-regions)."),
    "by_theme": QT_TRANSLATE_NOOP(
        "report",
        "Organizations engaged that work on the theme (their thematic areas); activities in scope "
        "on the theme.  An area includes its sub-themes."),
    "joint_activities": QT_TRANSLATE_NOOP(
        "report",
        "Joint government–CSO activities in scope, by Member State involved."),
    "rlos": QT_TRANSLATE_NOOP(
        "report",
        "Regional lead organizations by the region they lead, and the activities in scope they "
        "took part in or co-organized."),
    "by_office": QT_TRANSLATE_NOOP(
        "report",
        "Activities in scope by the UNODC office that organized them, and the organizations "
        "engaged in them."),
    "top_organizations": QT_TRANSLATE_NOOP(
        "report", "The 20 organizations engaged in the most activities in scope (taking part or "
        "co-organizing); ties go to the one with more representatives, then by name."),
    "grants": QT_TRANSLATE_NOOP(
        "report",
        "Grants by status, amounts in the currency of each grant and in US dollars at the rates "
        "shown."),
    "grants_by_meeting": QT_TRANSLATE_NOOP(
        "report",
        "Grants by the intergovernmental meeting they follow, and the follow-up activities they "
        "paid for."),
    "quality": QT_TRANSLATE_NOOP(
        "report",
        "Gaps in the records behind this report: organizations engaged whose record was not "
        "verified in the last year, activities in scope with no participation recorded, "
        "participations with no count by sex."),
}

_QUALITY_ROWS: dict[str, str] = {
    "not_verified_year": QT_TRANSLATE_NOOP(
        "report",
        "Organizations not verified for over a year (or never)"),
    "never_verified": QT_TRANSLATE_NOOP("report", "Organizations never verified"),
    "activities_without_counts": QT_TRANSLATE_NOOP(
        "report",
        "Activities without any participation recorded"),
    "participations_without_sex": QT_TRANSLATE_NOOP(
        "report",
        "Participations with no count by sex"),
}
_NOT_LINKED = QT_TRANSLATE_NOOP("report", "Not linked to a meeting")
_MEETING_BODIES = ("CoSP", "CND", "CCPCJ", "Crime Congress", "IRG")

_COL_ORGS = Column("organizations", QT_TRANSLATE_NOOP("report", "Organizations"),
                   note=QT_TRANSLATE_NOOP("report",
                                          "Organizations engaged (took part or co-organized)"))


# -- the temporary tables --------------------------------------------------------------------

_TEMP_TABLES = ("rep_country", "rep_theme", "rep_org", "rep_act", "rep_pall", "rep_coorg",
                "rep_bit", "rep_engorg")
#: Pages of memory the temporary tables may use (negative: KiB), the connection's own
#: setting restored afterwards.  SQLite's default, 2 MiB, makes them spill to a file.
_TEMP_CACHE_KIB = 131_072


def _drop(connection: Connection) -> None:
    for name in _TEMP_TABLES:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{name}")


def _theme_condition(column: str) -> str:
    return (f"EXISTS (SELECT 1 FROM json_each({column}) j WHERE j.value = :theme "
            "OR substr(j.value, 1, length(:theme) + 1) = :theme || '.')")


def _params(filters: Filters) -> dict[str, Any]:
    return {
        "start": filters.start.isoformat() if filters.start else None,
        # (the same day as a number, YYYYMMDD: the temporary tables keep days so)
        "startday": int(filters.start.strftime("%Y%m%d")) if filters.start else None,
        "end": filters.end.isoformat() if filters.end else None,
        "region_countries": json.dumps(sorted(reference.countries_in_region(filters.region)))
        if filters.region else "[]",
        "country": filters.country.upper() if filters.country else None,
        "theme": filters.theme,
        "network": filters.network,
        "office": filters.office,
    }


def _bits() -> dict[str, int]:
    """A bit for each meeting ("m:COSP3") and office ("o:HQ") code of the reference data;
    empty when they are too many for one integer (the organizations per meeting and office
    are then counted pair by pair)."""
    codes = [f"m:{code}" for code in reference.meetings()]
    codes += [f"o:{code}" for code in reference.offices()]
    return {code: bit for bit, code in enumerate(codes)} if len(codes) <= 62 else {}


class _Scope:
    """The temporary tables of one computation, on ``connection``, for ``filters``:

    - ``rep_org``: the organizations covered (``k`` = their ``rid``);
    - ``rep_act``: every live activity (``k`` = its ``rid``), ``inscope`` 1 for those in scope,
      ``day`` its start as a number YYYYMMDD;
    - ``rep_pall``: every live participation of a covered organization in a live activity
      (``inscope`` as its activity's; ``org``, ``act`` and ``prid`` the organization's,
      activity's and participation's ``rid``), its counts, and its contact's id (None when it
      names nobody, or a deleted contact), ``rlo`` 1 for a regional lead organization's,
      and the activity's start (its ``day``: a number compares quicker than a date's text),
      meeting and bits (its meeting's and office's);
    - ``rep_coorg``: the covered organizations co-organizing live activities, likewise;
    - ``rep_engorg``: the organizations engaged, with their first engagement ever, the
      meetings and offices they were engaged at (bits) and their engagements in scope
      (``n``, one per participation or co-organization: at least their activities).

    A context manager: the tables are dropped, and the temporary cache size restored, on
    leaving."""

    def __init__(self, connection: Connection, filters: Filters, *, narrow: str = "",
                 params: dict[str, Any] | None = None) -> None:
        self.connection = connection
        self.filters = filters
        self.params = {**_params(filters), **(params or {})}
        #: A further condition on the activities (``a``) when only some matter (a drill
        #: into one meeting's figures): first engagements are then not looked for.
        self.narrow = narrow
        self._cache: int | None = None

    def __enter__(self) -> _Scope:
        self._cache = self.connection.exec_driver_sql("PRAGMA temp.cache_size").scalar()
        self.connection.exec_driver_sql(f"PRAGMA temp.cache_size = -{_TEMP_CACHE_KIB}")
        try:
            self._fill()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *_exc: object) -> None:
        _drop(self.connection)
        if self._cache is not None:
            self.connection.exec_driver_sql(f"PRAGMA temp.cache_size = {int(self._cache)}")

    def _fill(self) -> None:
        filters, params = self.filters, self.params
        _drop(self.connection)
        run = self.connection.exec_driver_sql
        run("CREATE TEMP TABLE rep_country (iso2 TEXT PRIMARY KEY, developing INTEGER, "
            "region TEXT, subregion TEXT) WITHOUT ROWID")
        run("INSERT INTO temp.rep_country VALUES (?, ?, ?, ?)",
            [(c.iso2, int(c.developing), c.region_code, c.subregion_code)
             for c in reference.countries().values()])
        # A theme code stored on a record counts for itself and for its area.
        run("CREATE TEMP TABLE rep_theme (value TEXT, code TEXT, PRIMARY KEY (value, code)) "
            "WITHOUT ROWID")
        run("INSERT INTO temp.rep_theme VALUES (?, ?)",
            [(t.code, code) for t in reference.themes().values()
             for code in ((t.code,) if t.parent is None else (t.code, t.parent))])

        where = ["o.deleted = 0"]
        if filters.region:
            where.append("o.country IN (SELECT value FROM json_each(:region_countries))")
        if filters.country:
            where.append("o.country = :country")
        if filters.theme:
            where.append(_theme_condition("o.themes"))
        if filters.network:
            where.append("EXISTS (SELECT 1 FROM json_each(o.networks) j "
                         "WHERE j.value = :network)")
        # (rlo: a regional lead organization of a region; the index by id carries it to
        # the participations, so that the RLOs' activities are counted from a flag.)
        run("CREATE TEMP TABLE rep_org (k INTEGER PRIMARY KEY, id TEXT NOT NULL, "
            "country TEXT, themes TEXT, verified_on TEXT, is_rlo INTEGER, rlo_region TEXT, "
            "rlo INTEGER)")
        run("INSERT INTO temp.rep_org SELECT o.rid, o.id, o.country, o.themes, o.verified_on, "
            "o.is_rlo, o.rlo_region, o.is_rlo AND o.rlo_region IS NOT NULL "
            f"FROM organizations o WHERE {' AND '.join(where)}", params)
        run("CREATE UNIQUE INDEX temp.rep_org_id ON rep_org (id, k, rlo)")

        base = ["1"]
        if filters.start:
            base.append("a.start_date >= :start")
        if filters.end:
            base.append("a.start_date <= :end")
        if filters.office:
            base.append("a.organizing_office = :office")
        if filters.theme:
            base.append(_theme_condition("a.themes"))
        if self.narrow:
            base.append(f"({self.narrow})")
        run("CREATE TEMP TABLE rep_act (k INTEGER PRIMARY KEY, id TEXT NOT NULL, "
            "start_date TEXT, country TEXT, activity_type TEXT, office TEXT, meeting TEXT, "
            "themes TEXT, member_states TEXT, co_organizers TEXT, inscope INTEGER, bits INTEGER, "
            "day INTEGER)")
        run("INSERT INTO temp.rep_act SELECT a.rid, a.id, a.start_date, a.country, "
            "a.activity_type, a.organizing_office, a.meeting, a.themes, a.member_states, "
            f"a.co_organizers, ({' AND '.join(base)}), 0, "
            "CAST(replace(substr(a.start_date, 1, 10), '-', '') AS INTEGER) "
            "FROM activities a WHERE a.deleted = 0", params)
        run("CREATE UNIQUE INDEX temp.rep_act_id ON rep_act (id, k)")

        # The meetings and offices of each activity as bits (_bits: one per meeting and
        # office code): the organizations per meeting and per office are then counted from
        # one value per organization, not from distinct pairs of 300,000 engagements.
        bits = _bits()
        if bits:
            run("CREATE TEMP TABLE rep_bit (code TEXT PRIMARY KEY, bit INTEGER) WITHOUT ROWID")
            run("INSERT INTO temp.rep_bit VALUES (?, ?)", list(bits.items()))
            run("UPDATE temp.rep_act SET bits = "
                "coalesce((SELECT 1 << bit FROM temp.rep_bit WHERE code = 'm:' || meeting), 0) "
                "| coalesce((SELECT 1 << bit FROM temp.rep_bit WHERE code = 'o:' || office), 0)")

        # One pass over the participations (the only one over the participations table),
        # carrying what the figures read of the activity (start, meeting, bits).
        run("CREATE TEMP TABLE rep_pall (org INTEGER, act INTEGER, prid INTEGER, "
            "contact TEXT, reps INTEGER, women INTEGER, men INTEGER, inscope INTEGER, "
            "rlo INTEGER, start INTEGER, meeting TEXT, bits INTEGER)")
        run("INSERT INTO temp.rep_pall SELECT o.k, a.k, p.rid, p.contact_id, "
            "p.representatives, p.women, p.men, a.inscope, o.rlo, a.day, a.meeting, "
            "a.bits FROM participations p JOIN temp.rep_act a ON a.id = p.activity_id "
            "JOIN temp.rep_org o ON o.id = p.organization_id WHERE p.deleted = 0"
            + (" AND a.inscope" if self.narrow else ""))
        # A deleted contact no longer names anyone: its representatives count as unnamed.
        if run("SELECT 1 FROM contacts WHERE deleted = 1 LIMIT 1").first():
            run("UPDATE temp.rep_pall SET contact = NULL WHERE contact IN "
                "(SELECT id FROM contacts WHERE deleted = 1)")
        run("CREATE TEMP TABLE rep_coorg (org INTEGER, act INTEGER, inscope INTEGER, "
            "start INTEGER, meeting TEXT, bits INTEGER, PRIMARY KEY (org, act)) WITHOUT ROWID")
        run("INSERT OR IGNORE INTO temp.rep_coorg SELECT o.k, a.k, a.inscope, a.day, "
            "a.meeting, a.bits FROM temp.rep_act a, json_each(a.co_organizers) j "
            "JOIN temp.rep_org o ON o.id = j.value "
            "WHERE a.co_organizers IS NOT NULL AND a.co_organizers != '[]'")

        places = []  # a network has no place: its organizations' activities only
        if filters.region:
            places.append("a.country IN (SELECT value FROM json_each(:region_countries))")
        if filters.country:
            places.append("a.country = :country")
        if filters.region or filters.country or filters.network:
            held = " AND ".join(places) or "0"
            run("CREATE INDEX temp.rep_pall_act ON rep_pall (act)")
            run(f"UPDATE temp.rep_act AS a SET inscope = 0 WHERE inscope AND NOT ({held} "
                "OR EXISTS (SELECT 1 FROM temp.rep_pall p WHERE p.act = a.k) "
                "OR EXISTS (SELECT 1 FROM temp.rep_coorg c WHERE c.act = a.k))", params)
            for table in ("rep_pall", "rep_coorg"):
                run(f"UPDATE temp.{table} SET inscope = 0 WHERE inscope AND act IN "
                    "(SELECT k FROM temp.rep_act WHERE NOT inscope)")

        # The organizations engaged: one upsert keyed by organization (quicker than a GROUP
        # BY, and SQLite has no aggregate for the OR of the bits), with the meetings and
        # offices of their engagements in scope and how many there are.
        run("CREATE TEMP TABLE rep_engorg (k INTEGER PRIMARY KEY, first INTEGER, bits INTEGER, "
            "n INTEGER)")
        for table in ("rep_pall", "rep_coorg"):
            run(f"INSERT INTO temp.rep_engorg SELECT org, start, bits, 1 FROM temp.{table} "
                "WHERE inscope ON CONFLICT (k) DO UPDATE SET first = min(first, excluded.first), "
                "bits = bits | excluded.bits, n = n + 1")
        # Engagements out of scope (before the period, in another office…) may come first.
        # When only the period limits the activities, only those before it can.
        if filters.office or filters.theme or self.narrow:
            earlier = "1"
        elif filters.start:
            earlier = "start < :startday"
        else:
            earlier = "0"
        outside = earlier != "0" and run(
            "SELECT 1 FROM temp.rep_act WHERE NOT inscope LIMIT 1").first()
        for table in ("rep_pall", "rep_coorg") if outside else ():
            run(f"INSERT INTO temp.rep_engorg SELECT org, start, 0, 0 FROM temp.{table} e "
                f"WHERE NOT inscope AND {earlier} "
                "AND start < (SELECT first FROM temp.rep_engorg WHERE k = e.org) "
                "ON CONFLICT (k) DO UPDATE SET first = min(first, excluded.first)", params)


# -- measures: one query of (row, record[, value]) per column ---------------------------------


@dataclass(frozen=True, slots=True)
class Measure:
    """How one column of a section is counted: ``sql`` selects ``row`` (the row key),
    ``rec`` (the key of a record of ``kind``) and the columns ``value`` uses.  A count
    column (``value`` None) counts the distinct records of a row; a sum column adds
    ``value`` up, and its records are those where ``value`` is more than zero."""

    kind: DrillKind
    sql: str
    value: str | None = None
    distinct: bool = True


def _engagements(select: str, where: str = "1", join: str = "") -> str:
    """``select`` over the engagements in scope (aliased ``e``: org, act, start, meeting,
    bits), participations and co-organizations alike, with an optional ``join``."""
    return " UNION ALL ".join(f"SELECT {select} FROM temp.{table} e {join} "
                              f"WHERE e.inscope AND {where}"
                              for table in ("rep_pall", "rep_coorg"))


_ENGAGED_ORGS = "SELECT '' AS row, k AS rec FROM temp.rep_engorg"
_IN_SCOPE_ACTS = "SELECT '' AS row, k AS rec FROM temp.rep_act WHERE inscope"
_PARTS = ("SELECT '' AS row, prid AS rec, reps, women, men, contact FROM temp.rep_pall "
          "WHERE inscope")
_JOINT = ("SELECT '' AS row, k AS rec FROM temp.rep_act "
          "WHERE inscope AND activity_type = 'joint_activity'")
_NOT_RECORDED = "max(reps - coalesce(women, 0) - coalesce(men, 0), 0)"
_MEETING_PARTS = ("SELECT meeting AS row, prid AS rec, reps, women, men FROM temp.rep_pall "
                  "WHERE inscope AND meeting IS NOT NULL")
_ORG_REGIONS = ("SELECT c.region AS row, o.k AS rec FROM temp.rep_engorg e "
                "JOIN temp.rep_org o ON o.k = e.k JOIN temp.rep_country c ON c.iso2 = o.country "
                "UNION ALL SELECT c.subregion, o.k FROM temp.rep_engorg e "
                "JOIN temp.rep_org o ON o.k = e.k JOIN temp.rep_country c ON c.iso2 = o.country "
                "WHERE c.subregion IS NOT NULL")
_ACT_REGIONS = ("SELECT c.region AS row, a.k AS rec FROM temp.rep_act a "
                "JOIN temp.rep_country c ON c.iso2 = a.country WHERE a.inscope "
                "UNION ALL SELECT c.subregion, a.k FROM temp.rep_act a "
                "JOIN temp.rep_country c ON c.iso2 = a.country "
                "WHERE a.inscope AND c.subregion IS NOT NULL")
_JOIN_ORG = "JOIN temp.rep_org o ON o.k = e.org"
_ORG_THEMES = ("SELECT t.code AS row, o.k AS rec FROM temp.rep_engorg e "
               "JOIN temp.rep_org o ON o.k = e.k, json_each(o.themes) j "
               "JOIN temp.rep_theme t ON t.value = j.value")

#: Every column of every section (and every headline count): (section, column) → Measure.
#: Headline figures are under the section "totals", in the row "".  :func:`drill` lists
#: the records of one row; :func:`compute` counts them all at once (a few figures through
#: quicker queries that give the same numbers: see ``_Fast``).
MEASURES: dict[tuple[str, str], Measure] = {
    ("totals", "organizations_engaged"): Measure("organizations", _ENGAGED_ORGS, distinct=False),
    ("totals", "representatives"): Measure("participations", _PARTS, "reps", False),
    ("totals", "unique_people"): Measure("participations", _PARTS, "reps", False),
    ("totals", "named_people"): Measure(
        "contacts", "SELECT '' AS row, contact AS rec FROM temp.rep_pall "
                    "WHERE inscope AND contact IS NOT NULL"),
    ("totals", "activities"): Measure("activities", _IN_SCOPE_ACTS, distinct=False),
    ("totals", "member_states"): Measure("activities", _JOINT, distinct=False),
    ("totals", "joint_activities"): Measure("activities", _JOINT, distinct=False),
    ("totals", "rlos"): Measure(
        "organizations", "SELECT '' AS row, k AS rec FROM temp.rep_org WHERE is_rlo",
        distinct=False),
    ("by_meeting", "organizations"): Measure(
        "organizations", _engagements("e.meeting AS row, e.org AS rec", "e.meeting IS NOT NULL")),
    ("by_meeting", "representatives"): Measure("participations", _MEETING_PARTS, "reps", False),
    ("by_meeting", "women"): Measure("participations", _MEETING_PARTS, "women", False),
    ("by_meeting", "men"): Measure("participations", _MEETING_PARTS, "men", False),
    ("by_meeting", "not_recorded"): Measure("participations", _MEETING_PARTS, _NOT_RECORDED,
                                            False),
    ("by_meeting", "activities"): Measure(
        "activities", "SELECT meeting AS row, k AS rec FROM temp.rep_act "
                      "WHERE inscope AND meeting IS NOT NULL", distinct=False),
    ("first_time", "organizations"): Measure(
        "organizations", "SELECT CAST(first / 10000 AS TEXT) AS row, k AS rec "
                         "FROM temp.rep_engorg WHERE :startday IS NULL OR first >= :startday",
        distinct=False),
    ("by_region", "organizations"): Measure("organizations", _ORG_REGIONS, distinct=False),
    ("by_region", "activities"): Measure("activities", _ACT_REGIONS, distinct=False),
    ("by_theme", "organizations"): Measure("organizations", _ORG_THEMES),
    ("by_theme", "activities"): Measure(
        "activities", "SELECT t.code AS row, a.k AS rec FROM temp.rep_act a, "
                      "json_each(a.themes) j JOIN temp.rep_theme t ON t.value = j.value "
                      "WHERE a.inscope"),
    ("joint_activities", "activities"): Measure(
        "activities", "SELECT j.value AS row, a.k AS rec FROM temp.rep_act a, "
                      "json_each(a.member_states) j "
                      "WHERE a.inscope AND a.activity_type = 'joint_activity'"),
    ("rlos", "rlos"): Measure(
        "organizations", "SELECT rlo_region AS row, k AS rec FROM temp.rep_org "
                         "WHERE is_rlo AND rlo_region IS NOT NULL", distinct=False),
    ("rlos", "activities"): Measure(
        "activities", _engagements("o.rlo_region AS row, e.act AS rec",
                                   "e.org IN (SELECT k FROM temp.rep_org WHERE is_rlo "
                                   "AND rlo_region IS NOT NULL)",
                                   "JOIN temp.rep_org o ON o.k = e.org")),
    ("by_office", "activities"): Measure(
        "activities", "SELECT office AS row, k AS rec FROM temp.rep_act "
                      "WHERE inscope AND office IS NOT NULL", distinct=False),
    ("by_office", "organizations"): Measure(
        "organizations", _engagements("a.office AS row, e.org AS rec", "a.office IS NOT NULL",
                                      "JOIN temp.rep_act a ON a.k = e.act")),
    ("top_organizations", "activities"): Measure(
        "activities", _engagements("o.id AS row, e.act AS rec", join=_JOIN_ORG)),
    ("top_organizations", "representatives"): Measure(
        "participations", f"SELECT o.id AS row, e.prid AS rec, e.reps FROM temp.rep_pall e "
                          f"{_JOIN_ORG} WHERE e.inscope", "reps", False),
    ("quality", "not_verified_year"): Measure(
        "organizations", "SELECT 'not_verified_year' AS row, o.k AS rec FROM temp.rep_engorg e "
                         "JOIN temp.rep_org o ON o.k = e.k "
                         "WHERE o.verified_on IS NULL OR o.verified_on < :cutoff",
        distinct=False),
    ("quality", "never_verified"): Measure(
        "organizations", "SELECT 'never_verified' AS row, o.k AS rec FROM temp.rep_engorg e "
                         "JOIN temp.rep_org o ON o.k = e.k WHERE o.verified_on IS NULL",
        distinct=False),
    ("quality", "activities_without_counts"): Measure(
        "activities", "SELECT 'activities_without_counts' AS row, a.k AS rec "
                      "FROM temp.rep_act a WHERE a.inscope AND NOT EXISTS ("
                      "SELECT 1 FROM participations p JOIN organizations o "
                      "ON o.id = p.organization_id AND o.deleted = 0 "
                      "WHERE p.activity_id = a.id AND p.deleted = 0)", distinct=False),
    ("quality", "participations_without_sex"): Measure(
        "participations", "SELECT 'participations_without_sex' AS row, prid AS rec "
                          "FROM temp.rep_pall WHERE inscope AND women IS NULL AND men IS NULL",
        distinct=False),
}


def _aggregate(connection: Connection, measures: Sequence[Measure],
               params: dict[str, Any]) -> list[dict[str, Number]]:
    """Per measure, its figure for every row (measures sharing one query run together)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, measure in enumerate(measures):
        groups[measure.sql].append(index)
    result: list[dict[str, Number]] = [{} for _ in measures]
    for sql, indexes in groups.items():
        expressions = []
        for index in indexes:
            measure = measures[index]
            if measure.value is not None:
                expressions.append(f"coalesce(sum({measure.value}), 0)")
            else:
                expressions.append(f"count({'DISTINCT ' if measure.distinct else ''}rec)")
        rows = connection.exec_driver_sql(
            f"SELECT row, {', '.join(expressions)} FROM ({sql}) GROUP BY row", params)
        for row in rows:
            for position, index in enumerate(indexes):
                result[index][row[0]] = row[position + 1]
    return result


def _fig(section: str, column: str, row: str, value: Number | None) -> Figure:
    criteria: tuple[tuple[str, Any], ...] = (
        (("total", column),) if section == "totals"
        else (("section", section), ("row", row), ("column", column)))
    kind = MEASURES[(section, column)].kind
    return Figure(value if value is not None else 0, Drill(kind, criteria))


# -- compute ------------------------------------------------------------------------------


def _cutoff(today: dt.date) -> str:
    """The day a year before ``today``: verified before it is "over a year ago"."""
    try:
        return today.replace(year=today.year - 1).isoformat()
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28).isoformat()


def _share(part: Number | None, whole: Number | None) -> Figure:
    if not whole:
        return Figure(None)
    return Figure(float(part or 0) / float(whole))


def compute(connection: Connection, filters: Filters, *, rates: RatesInfo | None = None,
            today: dt.date | None = None) -> Report:
    """The report for ``filters`` on the replica ``connection`` reads (a read job's
    connection; nothing is written but temporary tables, dropped before returning).

    ``rates``: the US-dollar rates to convert grants with (default: :func:`rates.load_rates`);
    ``today``: the day "verified over a year ago" is counted from (default: today)."""
    today = today or dt.date.today()
    rates = rates or rates_module.load_rates(connection)
    generated = dt.datetime.now(dt.timezone.utc)
    with _Scope(connection, filters) as scope:
        params = {**scope.params, "cutoff": _cutoff(today)}
        fast = _Fast(connection, params)
        keys = [key for key in MEASURES if key not in fast.values]
        values = dict(zip(keys, _aggregate(connection, [MEASURES[k] for k in keys], params)))
        values.update(fast.values)
        grants = _grants(connection, filters, params)
        totals = _totals(connection, values, fast, grants, rates)
        sections = [
            _by_meeting(values), _first_time(values), _by_region(values), _by_theme(values),
            _joint(values), _rlos(values), _by_office(values), _top_section(values, fast.top),
            _grants_section(grants, rates), _grants_by_meeting(connection, grants, rates),
            _quality(values, today),
        ]
        by_country = _by_country(connection, fast.org_countries)
    return Report(filters=filters, generated_at=generated, as_of=_as_of(connection),
                  totals=totals, sections=sections, rates=rates, by_country=by_country,
                  scope=_scope(connection))


class _TopOrganization(NamedTuple):
    id: str
    name: str
    country: str
    activities: int
    representatives: int


class _Fast:
    """Figures :func:`compute` counts through quicker queries than their measure's (the
    same numbers: the tests compare every figure with the records :func:`drill` lists):
    the organizations engaged by country with their verification (regions, developing
    countries, the map, data quality), by year of first engagement, by their list of themes
    and by their set of meetings and offices (bits), which many share; the participations'
    sums in one scan; the RLOs' activities from the rows flagged as theirs; the most engaged
    organizations from the engagements counted per organization.  ``values`` holds them as
    the measures would."""

    def __init__(self, connection: Connection, params: dict[str, Any]) -> None:
        run = connection.exec_driver_sql
        self.values: dict[tuple[str, str], dict[str, Number]] = {}
        self._engaged(connection, params)
        themes: dict[str, int] = defaultdict(int)
        for listed, n in run("SELECT o.themes, count(*) FROM temp.rep_engorg e "
                             "JOIN temp.rep_org o ON o.k = e.k GROUP BY o.themes").all():
            for code in _theme_codes(json.loads(listed) if listed else []):
                themes[code] += n
        self.values[("by_theme", "organizations")] = dict(themes)
        self._meetings_and_offices(connection)
        self._participations(connection)
        self.values[("rlos", "activities")] = {region: n for region, n in run(
            "SELECT o.rlo_region, count(DISTINCT e.act) FROM (SELECT org, act "
            "FROM temp.rep_pall WHERE rlo AND inscope UNION ALL SELECT org, act "
            "FROM temp.rep_coorg WHERE inscope AND org IN (SELECT k FROM temp.rep_org "
            "WHERE rlo)) e JOIN temp.rep_org o ON o.k = e.org GROUP BY o.rlo_region")}
        self.top = _top_organizations(connection)
        self.values[("top_organizations", "activities")] = {
            top.id: top.activities for top in self.top}
        self.values[("top_organizations", "representatives")] = {
            top.id: top.representatives for top in self.top}

    def _engaged(self, connection: Connection, params: dict[str, Any]) -> None:
        """The organizations engaged by country, with their verification (the regions, the
        developing countries, the map, data quality and the count of organizations
        engaged), and by year of first engagement."""
        run = connection.exec_driver_sql
        countries: dict[str, int] = {}
        engaged = stale = never = 0
        for country, n, unverified, old in run(
                "SELECT o.country, count(*), sum(o.verified_on IS NULL), "
                "sum(o.verified_on IS NULL OR o.verified_on < :cutoff) FROM temp.rep_engorg e "
                "JOIN temp.rep_org o ON o.k = e.k GROUP BY o.country", params).all():
            countries[country] = n
            engaged += n
            stale += old
            never += unverified
        years: dict[str, int] = {year: n for year, n in run(
            "SELECT CAST(first / 10000 AS TEXT), count(*) FROM temp.rep_engorg "
            "WHERE :startday IS NULL OR first >= :startday GROUP BY 1", params).all()}
        self.org_countries: dict[str, int] = dict(countries)
        regions: dict[str, int] = defaultdict(int)
        self.developing = 0
        for code, n in self.org_countries.items():
            found = reference.country(code)
            if found is None:
                continue
            for region in (found.region_code, found.subregion_code):
                if region:
                    regions[region] += n
            self.developing += n if found.developing else 0
        self.values.update({
            ("totals", "organizations_engaged"): {"": engaged},
            ("by_region", "organizations"): dict(regions),
            ("first_time", "organizations"): dict(years),
            ("quality", "not_verified_year"): {"not_verified_year": stale},
            ("quality", "never_verified"): {"never_verified": never},
        })

    def _meetings_and_offices(self, connection: Connection) -> None:
        """The organizations engaged per meeting and per office, from their bits, grouped
        sixteen bits at a time (a few hundred sets each, where all the bits at once make
        tens of thousands), each set counted for every bit in it.  Left to the measures
        (pair by pair) when the bits cannot say (codes the reference data lacks, too many
        codes)."""
        run = connection.exec_driver_sql
        bits = _bits()
        unknown = bits and run(  # a code the reference data lacks (data of a newer version)
            "SELECT 1 FROM temp.rep_act WHERE inscope AND ("
            "(meeting IS NOT NULL AND 'm:' || meeting NOT IN (SELECT code FROM temp.rep_bit)) OR "
            "(office IS NOT NULL AND 'o:' || office NOT IN (SELECT code FROM temp.rep_bit)))"
        ).first()
        if not bits or unknown:
            return
        counted: dict[int, int] = defaultdict(int)
        for first in range(0, max(bits.values()) + 1, _BITS_AT_ONCE):
            mask = (((1 << _BITS_AT_ONCE) - 1) << first) & ((1 << 62) - 1)
            for pattern, n in run("SELECT bits & ?, count(*) FROM temp.rep_engorg GROUP BY 1",
                                  (mask,)).all():
                while pattern:
                    low = pattern & -pattern
                    counted[low] += n
                    pattern ^= low
        for prefix, section in (("m:", "by_meeting"), ("o:", "by_office")):
            self.values[(section, "organizations")] = {
                code[2:]: counted[1 << bit] for code, bit in bits.items()
                if code.startswith(prefix) and counted[1 << bit]}

    def _participations(self, connection: Connection) -> None:
        """The participations' sums, in all and by meeting, and the named people."""
        run = connection.exec_driver_sql
        sums = ("sum(e.reps), sum(e.contact IS NOT NULL AND e.reps > 0), sum(e.women), "
                f"sum(e.men), sum({_NOT_RECORDED}), sum(e.women IS NULL AND e.men IS NULL)")
        totals = run(f"SELECT {sums} FROM temp.rep_pall e WHERE e.inscope").one()
        reps, named_rows, self.women, self.men, self.not_recorded, no_sex = (
            int(v or 0) for v in totals)
        by_meeting: dict[str, dict[str, Number]] = defaultdict(dict)
        for meeting, *row in run(
                f"SELECT e.meeting, {sums} FROM temp.rep_pall e "
                "WHERE e.inscope AND e.meeting IS NOT NULL GROUP BY e.meeting").all():
            numbers = [int(v or 0) for v in row]
            for column, number in zip(("representatives", "women", "men", "not_recorded"),
                                      (numbers[0], numbers[2], numbers[3], numbers[4])):
                by_meeting[column][meeting] = number
        for column in ("representatives", "women", "men", "not_recorded"):
            self.values[("by_meeting", column)] = by_meeting[column]
        self.values[("quality", "participations_without_sex")] = {
            "participations_without_sex": no_sex}
        # (a GROUP BY in a subquery is quicker than count(DISTINCT) on SQLite 3.40)
        named = int(run("SELECT count(*) FROM (SELECT contact FROM temp.rep_pall "
                        "WHERE inscope AND contact IS NOT NULL GROUP BY contact)").scalar_one())
        self.unique_people = reps - named_rows + named
        self.values.update({
            ("totals", "representatives"): {"": reps},
            ("totals", "unique_people"): {"": self.unique_people},
            ("totals", "named_people"): {"": named},
        })


#: The engagements in scope (org, act, reps) of a few organizations, ``chosen`` (a CTE of
#: their ``k`` and ``id``: the candidates among the most engaged): read through the
#: participations' index by organization instead of over every participation; the same rows
#: as ``rep_pall`` and ``rep_coorg`` hold for them.
_ENGAGEMENTS_OF_CHOSEN = (
    "SELECT c.k AS org, a.k AS act, p.representatives AS reps FROM chosen c "
    "JOIN participations p ON p.organization_id = c.id "
    "JOIN temp.rep_act a ON a.id = p.activity_id WHERE p.deleted = 0 AND a.inscope "
    "UNION ALL SELECT e.org, e.act, 0 FROM temp.rep_coorg e "
    "WHERE e.inscope AND e.org IN (SELECT k FROM chosen)")

#: How many bits of the meetings and offices are counted at once (see ``_Fast``).
_BITS_AT_ONCE = 16

#: How many organizations the section of the most engaged ones lists.
TOP_ORGANIZATIONS = 20


def _top_organizations(connection: Connection,
                       limit: int = TOP_ORGANIZATIONS) -> list[_TopOrganization]:
    """The ``limit`` organizations engaged in the most activities in scope (taking part or
    co-organizing); ties go to the one with more representatives, then by name and id.

    ``rep_engorg.n`` counts engagements, at least an organization's activities (more when
    it has several participations in one activity): the activities are counted exactly
    only for the organizations whose ``n`` reaches the ``limit``-th largest, and, should
    repeated participations bring the ``limit``-th count below that, again for those whose
    ``n`` reaches it: nobody left out could then count as many."""
    run = connection.exec_driver_sql
    threshold = run("SELECT n FROM temp.rep_engorg ORDER BY n DESC LIMIT 1 OFFSET ?",
                    (limit - 1,)).scalar()
    threshold = int(threshold) if threshold is not None else 1
    while True:
        found = [_TopOrganization(*row) for row in run(
            "WITH chosen AS MATERIALIZED (SELECT o.k, o.id FROM temp.rep_engorg g "
            "JOIN temp.rep_org o ON o.k = g.k WHERE g.n >= :t) "
            "SELECT o.id, o.name, o.country, count(DISTINCT e.act) AS acts, sum(e.reps) AS reps "
            f"FROM ({_ENGAGEMENTS_OF_CHOSEN}) e JOIN organizations o ON o.rid = e.org "
            "GROUP BY e.org ORDER BY acts DESC, reps DESC, o.name, o.id LIMIT :limit",
            {"t": threshold, "limit": limit})]
        if len(found) < limit or found[-1].activities >= threshold:
            return found
        threshold = found[-1].activities


def _theme_codes(listed: Iterable[str]) -> set[str]:
    """The theme codes a list of themes counts for: each, and the area of each sub-theme."""
    known = reference.themes()
    codes = set()
    for code in listed:
        theme = known.get(code)
        if theme is not None:
            codes.add(code)
            if theme.parent:
                codes.add(theme.parent)
    return codes


def _totals(connection: Connection, values: dict[tuple[str, str], dict[str, Number]],
            fast: _Fast, grants: list[_Grant], rates: RatesInfo) -> dict[str, Figure]:
    def total(key: str) -> Number:
        return values[("totals", key)].get("", 0)

    member_states = connection.exec_driver_sql(
        "SELECT count(DISTINCT j.value) FROM temp.rep_act a, json_each(a.member_states) j "
        "WHERE a.inscope AND a.activity_type = 'joint_activity'").scalar() or 0
    engaged = total("organizations_engaged")
    representatives = total("representatives")
    return {
        "organizations_engaged": _fig("totals", "organizations_engaged", "", engaged),
        "representatives": _fig("totals", "representatives", "", representatives),
        # No list stands behind these two: people not named cannot be listed, and Member
        # States are not records (the joint activities are, under "joint_activities").
        "unique_people": Figure(fast.unique_people),
        "named_people": _fig("totals", "named_people", "", total("named_people")),
        "activities": _fig("totals", "activities", "", total("activities")),
        "member_states": Figure(int(member_states)),
        "developing_country_share": _share(fast.developing, engaged),
        "women_share": _share(fast.women, fast.women + fast.men),
        "sex_not_recorded_share": _share(fast.not_recorded, representatives),
        "joint_activities": _fig("totals", "joint_activities", "", total("joint_activities")),
        "rlos": _fig("totals", "rlos", "", total("rlos")),
        "grants": Figure(len(grants), Drill("grants", (("total", "grants"),))),
        "grants_usd": Figure(_usd_sum(grants, rates)),
    }


def _cells(values: dict[tuple[str, str], dict[str, Number]], section: str, row: str,
           columns: Iterable[str]) -> dict[str, Figure | str]:
    return {column: _fig(section, column, row, values[(section, column)].get(row, 0))
            for column in columns}


def _has_any(cells: dict[str, Figure | str]) -> bool:
    return any(isinstance(cell, Figure) and cell.value for cell in cells.values())


def _section(key: str, group: Literal["policy", "partnership", "grants", "quality"],
             row_kind: RowKind, columns: tuple[Column, ...], rows: Sequence[Row]) -> Section:
    return Section(key, group, _SECTION_TITLES[key], row_kind, columns, tuple(rows),
                   _SECTION_NOTES[key])


def _by_meeting(values: dict[tuple[str, str], dict[str, Number]]) -> Section:
    columns = (
        _COL_ORGS,
        Column("representatives", QT_TRANSLATE_NOOP("report", "Representatives"),
               note=QT_TRANSLATE_NOOP("report", "Representatives at the meeting and its side "
                                                "events, added up over the events")),
        Column("women", QT_TRANSLATE_NOOP("report", "Women"),
               note=QT_TRANSLATE_NOOP("report", "Women among them, as recorded")),
        Column("men", QT_TRANSLATE_NOOP("report", "Men"),
               note=QT_TRANSLATE_NOOP("report", "Men among them, as recorded")),
        Column("not_recorded", QT_TRANSLATE_NOOP("report", "Not recorded"),
               note=QT_TRANSLATE_NOOP("report", "Representatives whose sex was not recorded")),
        Column("activities", QT_TRANSLATE_NOOP("report", "Activities"),
               note=QT_TRANSLATE_NOOP("report", "The participation in the meeting and its "
                                                "side events")),
    )
    rows = []
    for code, meeting in reference.meetings().items():
        if meeting.body not in _MEETING_BODIES or code not in values[("by_meeting",
                                                                       "activities")]:
            continue
        rows.append(Row(code, meeting.short,
                        _cells(values, "by_meeting", code, (c.key for c in columns))))
    return _section("by_meeting", "policy", "meeting",
                   columns, tuple(rows))


def _first_time(values: dict[tuple[str, str], dict[str, Number]]) -> Section:
    found = values[("first_time", "organizations")]
    rows = tuple(Row(year, year, _cells(values, "first_time", year, ("organizations",)))
                 for year in sorted(found) if found[year])
    column = Column("organizations",
                    QT_TRANSLATE_NOOP("report", "Organizations engaged for the first time"),
                    note=_SECTION_NOTES["first_time"])
    return _section("first_time", "policy", "year", (column,), rows)


def _by_region(values: dict[tuple[str, str], dict[str, Number]]) -> Section:
    columns = (Column("organizations", QT_TRANSLATE_NOOP("report", "Organizations"),
                      note=QT_TRANSLATE_NOOP("report",
                                             "Organizations engaged, based in the region")),
               Column("activities", QT_TRANSLATE_NOOP("report", "Activities"),
                      note=QT_TRANSLATE_NOOP("report", "Activities in scope held in the region")))
    regions = reference.regions()
    rows = []
    for code, region in regions.items():
        if region.kind != "region":
            continue
        cells = _cells(values, "by_region", code, ("organizations", "activities"))
        if not _has_any(cells):
            continue
        rows.append(Row(code, region.name, cells))
        for sub_code, sub in regions.items():
            if sub.kind == "subregion" and sub.parent == code:
                sub_cells = _cells(values, "by_region", sub_code, ("organizations", "activities"))
                if _has_any(sub_cells):
                    rows.append(Row(sub_code, sub.name, sub_cells, level=1))
    return _section("by_region", "partnership", "region", columns, tuple(rows))


def _by_theme(values: dict[tuple[str, str], dict[str, Number]]) -> Section:
    columns = (Column("organizations", QT_TRANSLATE_NOOP("report", "Organizations"),
                      note=QT_TRANSLATE_NOOP("report",
                                             "Organizations engaged that work on the theme")),
               Column("activities", QT_TRANSLATE_NOOP("report", "Activities"),
                      note=QT_TRANSLATE_NOOP("report", "Activities in scope on the theme")))
    rows = []
    for code, theme in reference.themes().items():
        cells = _cells(values, "by_theme", code, ("organizations", "activities"))
        if _has_any(cells):
            rows.append(Row(code, theme.name, cells, level=0 if theme.parent is None else 1))
    return _section("by_theme", "partnership", "theme", columns,
                   tuple(rows))


def _joint(values: dict[tuple[str, str], dict[str, Number]]) -> Section:
    found = values[("joint_activities", "activities")]
    names = {code: _country_name(code) for code in found}
    rows = tuple(Row(code, names[code], _cells(values, "joint_activities", code, ("activities",)))
                 for code in sorted(found, key=lambda c: names[c]))
    column = Column("activities", QT_TRANSLATE_NOOP("report", "Joint activities"),
                    note=QT_TRANSLATE_NOOP("report", "Joint government–CSO activities in scope "
                                                     "involving the Member State"))
    return _section("joint_activities", "partnership", "country",
                   (column,), rows)


def _rlos(values: dict[tuple[str, str], dict[str, Number]]) -> Section:
    columns = (Column("rlos", QT_TRANSLATE_NOOP("report", "RLOs"),
                      note=QT_TRANSLATE_NOOP("report",
                                             "Regional lead organizations of the region")),
               Column("activities", QT_TRANSLATE_NOOP("report", "Activities"),
                      note=QT_TRANSLATE_NOOP("report", "Activities in scope they took part "
                                                       "in or co-organized")))
    found = set(values[("rlos", "rlos")]) | set(values[("rlos", "activities")])
    rows = tuple(Row(code, region.name, _cells(values, "rlos", code, ("rlos", "activities")))
                 for code, region in reference.regions().items() if code in found)
    return _section("rlos", "partnership", "region", columns, rows)


def _by_office(values: dict[tuple[str, str], dict[str, Number]]) -> Section:
    columns = (Column("activities", QT_TRANSLATE_NOOP("report", "Activities"),
                      note=QT_TRANSLATE_NOOP("report", "Activities in scope the office organized")),
               Column("organizations", QT_TRANSLATE_NOOP("report", "Organizations"),
                      note=QT_TRANSLATE_NOOP("report", "Organizations engaged in them")))
    found = values[("by_office", "activities")]
    offices = reference.offices()
    known = [code for code in offices if code in found]
    unknown = sorted(code for code in found if code not in offices)
    rows = tuple(Row(code, offices[code].name if code in offices else code,
                     _cells(values, "by_office", code, ("activities", "organizations")))
                 for code in (*known, *unknown))
    return _section("by_office", "partnership", "office",
                   columns, rows)


def _top_section(values: dict[tuple[str, str], dict[str, Number]],
                 top: list[_TopOrganization]) -> Section:
    """The most engaged organizations: rows keyed by the organization's id, labelled with
    its name; the country is its ISO code (a text cell the renderers name)."""
    columns = (
        Column("country", QT_TRANSLATE_NOOP("report", "Country"), "text",
               note=QT_TRANSLATE_NOOP("report", "The country the organization is based in")),
        Column("activities", QT_TRANSLATE_NOOP("report", "Activities"),
               note=QT_TRANSLATE_NOOP("report", "Activities in scope it took part in or "
                                                "co-organized")),
        Column("representatives", QT_TRANSLATE_NOOP("report", "Representatives"),
               note=QT_TRANSLATE_NOOP("report", "Its representatives at those activities, "
                                                "added up over the activities")),
    )
    rows = []
    for found in top:
        cells: dict[str, Figure | str] = {"country": found.country}
        cells.update(_cells(values, "top_organizations", found.id,
                            ("activities", "representatives")))
        rows.append(Row(found.id, found.name, cells))
    return _section("top_organizations", "partnership", "organization", columns, rows)


def _quality(values: dict[tuple[str, str], dict[str, Number]], today: dt.date) -> Section:
    column = Column("count", QT_TRANSLATE_NOOP("report", "Count"))
    rows = []
    for key, label in _QUALITY_ROWS.items():
        figure = _fig("quality", key, key, values[("quality", key)].get(key, 0))
        if key == "not_verified_year" and figure.drill is not None:  # "a year" from today
            figure = Figure(figure.value, Drill(figure.drill.kind, (
                *figure.drill.criteria, ("today", today.isoformat()))))
        rows.append(Row(key, label, {"count": figure}))
    return _section("quality", "quality", "measure",
                   (column,), tuple(rows))


def _by_country(connection: Connection,
                org_countries: dict[str, int]) -> dict[str, tuple[int, int]]:
    acts: dict[str, int] = {code: n for code, n in connection.exec_driver_sql(
        "SELECT country, count(*) FROM temp.rep_act WHERE inscope AND country IS NOT NULL "
        "GROUP BY country")}
    return {code: (int(org_countries.get(code, 0)), int(acts.get(code, 0)))
            for code in sorted(set(org_countries) | set(acts))}


# -- grants (few: counted in Python, money kept exact) ------------------------------------------


@dataclass(frozen=True, slots=True)
class _Grant:
    rid: int
    id: str
    organization: str
    amount: Decimal
    currency: str
    status: str
    meeting: str
    activity_ids: tuple[str, ...]


def _grants(connection: Connection, filters: Filters, params: dict[str, Any]) -> list[_Grant]:
    """The live grants of the organizations covered, approved in the period (no period: all),
    paying for an activity of the chosen office (when one is chosen)."""
    where = ["g.deleted = 0"]
    if filters.start:
        where.append("g.approved_on >= :start")
    if filters.end:
        where.append("g.approved_on <= :end")
    if filters.office:
        where.append("EXISTS (SELECT 1 FROM json_each(g.activity_ids) j "
                     "JOIN temp.rep_act a ON a.id = j.value WHERE a.office = :office)")
    rows = connection.exec_driver_sql(
        "SELECT g.rid, g.id, o2.name, g.amount, g.currency, g.status, g.follows_meeting, "
        "g.activity_ids FROM grants g JOIN temp.rep_org o ON o.id = g.organization_id "
        f"JOIN organizations o2 ON o2.rid = o.k WHERE {' AND '.join(where)} ORDER BY g.rid",
        params)
    return [_Grant(rid, gid, name, Decimal(amount), (currency or "USD").upper(), status,
                   meeting or "", tuple(json.loads(paid) if paid else ()))
            for rid, gid, name, amount, currency, status, meeting, paid in rows]


def _usd_sum(grants: Iterable[_Grant], rates: RatesInfo) -> Decimal | None:
    total = Decimal("0.00")
    for grant in grants:
        usd = rates_module.to_usd(grant.amount, grant.currency, rates)
        if usd is None:
            return None
        total += usd
    return total


def _currencies(grants: Iterable[_Grant]) -> list[str]:
    present = {grant.currency for grant in grants}
    return [c for c in ("USD",) if c in present] + sorted(present - {"USD"})


def _grants_section(grants: list[_Grant], rates: RatesInfo) -> Section:
    currencies = _currencies(grants)
    columns = (
        Column("count", QT_TRANSLATE_NOOP("report", "Grants")),
        *(Column(f"amount_{cur}", cur, "money", cur,
                 note=QT_TRANSLATE_NOOP("report", "Amounts of the grants made in this currency"))
          for cur in currencies),
        Column("usd", QT_TRANSLATE_NOOP("report", "In US dollars"), "money", "USD",
               note=QT_TRANSLATE_NOOP("report", "All the grants' amounts converted to US "
                                                "dollars at the rates shown")),
    )
    rows = []
    for status, label in vocabulary.GRANT_STATUSES.items():
        mine = [g for g in grants if g.status == status]
        cells: dict[str, Figure | str] = {
            "count": Figure(len(mine), _grant_drill("grants", status, "count"))}
        for cur in currencies:
            amount = sum((g.amount for g in mine if g.currency == cur), Decimal("0.00"))
            cells[f"amount_{cur}"] = Figure(amount, _grant_drill("grants", status,
                                                                  f"amount_{cur}"))
        cells["usd"] = Figure(_usd_sum(mine, rates))
        rows.append(Row(status, label, cells))
    return _section("grants", "grants", "status", columns,
                   tuple(rows))


def _grant_drill(section: str, row: str, column: str) -> Drill:
    kind: DrillKind = "activities" if column == "follow_up" else "grants"
    return Drill(kind, (("section", section), ("row", row), ("column", column)))


def _live_activities(connection: Connection, ids: Iterable[str]) -> dict[str, int]:
    """Of these activity ids, the live ones → their local keys."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = connection.exec_driver_sql(
        "SELECT id, rid FROM activities WHERE deleted = 0 AND id IN "
        "(SELECT value FROM json_each(?))", (json.dumps(wanted),))
    return {row_id: rid for row_id, rid in rows}


def _grants_by_meeting(connection: Connection, grants: list[_Grant],
                       rates: RatesInfo) -> Section:
    columns = (
        Column("grants", QT_TRANSLATE_NOOP("report", "Grants")),
        Column("follow_up", QT_TRANSLATE_NOOP("report", "Follow-up activities"),
               note=QT_TRANSLATE_NOOP("report", "Activities the grants paid for")),
        Column("usd", QT_TRANSLATE_NOOP("report", "In US dollars"), "money", "USD"),
    )
    live = _live_activities(connection, (a for g in grants for a in g.activity_ids))
    meetings = reference.meetings()
    present = {g.meeting for g in grants}
    order = [code for code in meetings if code in present]
    order += sorted(code for code in present if code and code not in meetings)
    if "" in present:
        order.append("")
    rows = []
    for code in order:
        mine = [g for g in grants if g.meeting == code]
        paid = {a for g in mine for a in g.activity_ids if a in live}
        label = (meetings[code].short if code in meetings else code) if code else _NOT_LINKED
        rows.append(Row(code, label, {
            "grants": Figure(len(mine), _grant_drill("grants_by_meeting", code, "grants")),
            "follow_up": Figure(len(paid), _grant_drill("grants_by_meeting", code,
                                                        "follow_up")),
            "usd": Figure(_usd_sum(mine, rates)),
        }))
    return _section("grants_by_meeting", "grants", "meeting", columns, tuple(rows))


# -- freshness and scope ------------------------------------------------------------------------


def _parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _as_of(connection: Connection) -> dt.datetime | None:
    """The last successful sync with headquarters, else the newest change made here."""
    synced = connection.exec_driver_sql("SELECT last_sync_at FROM sync_state").scalar()
    if synced:
        return _parse_time(synced)
    newest = connection.exec_driver_sql(
        "SELECT at FROM changes WHERE device_id = (SELECT device_id FROM replica) "
        "ORDER BY device_seq DESC LIMIT 1").scalar()
    return _parse_time(newest)


_ALL_REGIONS = QT_TRANSLATE_NOOP("report", "All regions")
_NO_RECORDS = QT_TRANSLATE_NOOP("report", "No organizations on this computer yet")
_DEMO = QT_TRANSLATE_NOOP("report", "demo data")


def _scope(connection: Connection) -> str:
    """What this replica holds, in a person's words: "All regions" when organizations of
    every UN region are here in number (at least 1 in 20 of them each), else the regions
    that are ("Africa", "Africa and Asia").  A field office's copy also holds some
    organizations from elsewhere (those that took part in its activities): the share keeps
    them from widening the scope.  "(demo data)" is added for a demo folder."""
    # The live organizations by country: all of them, counted from the index by country
    # alone, less the deleted ones (a plain scan; a filter on "deleted" through that index
    # would read every organization's row in the index's order, several times slower).
    live: dict[str, int] = {code: n for code, n in connection.exec_driver_sql(
        "SELECT country, count(*) FROM organizations GROUP BY country").all()}
    for code, n in connection.exec_driver_sql(
            "SELECT country, count(*) FROM organizations NOT INDEXED WHERE deleted = 1 "
            "GROUP BY country").all():
        live[code] -= n
    counts = [(code, n) for code, n in live.items() if n]
    total = sum(n for _, n in counts)
    by_region: dict[str, int] = defaultdict(int)
    for code, n in counts:
        found = reference.country(code) if code else None
        if found is not None and found.region_code:
            by_region[found.region_code] += n
    regions = reference.regions()
    everywhere = [code for code, region in regions.items() if region.kind == "region"]
    held = [code for code in everywhere if total and by_region[code] * 20 >= total]
    if not held:
        words = _NO_RECORDS
    elif len(held) == len(everywhere):
        words = _ALL_REGIONS
    else:
        names = [regions[code].name for code in held]
        words = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    demo = connection.exec_driver_sql(
        "SELECT 1 FROM local_settings WHERE name = 'demo_data'").first()
    return f"{words} ({_DEMO})" if demo else words


# -- drill --------------------------------------------------------------------------------------


#: The activities that can stand behind a figure of a section (or of one column of it):
#: a drill into it looks at those only.
_NARROW: dict[tuple[str, str], str] = {
    ("by_meeting", ""): "a.meeting = :drill_row",
    ("by_office", ""): "a.organizing_office = :drill_row",
    ("top_organizations", ""): "a.id IN (SELECT activity_id FROM participations "
                               "WHERE organization_id = :drill_row AND deleted = 0) "
                               "OR EXISTS (SELECT 1 FROM json_each(a.co_organizers) j "
                               "WHERE j.value = :drill_row)",
    ("joint_activities", ""): "a.activity_type = 'joint_activity'",
    ("by_region", "activities"): "a.country IN (SELECT iso2 FROM temp.rep_country "
                                 "WHERE :drill_row IN (region, subregion))",
    ("by_theme", "activities"): "EXISTS (SELECT 1 FROM json_each(a.themes) j "
                                "WHERE j.value = :drill_row OR substr(j.value, 1, "
                                "length(:drill_row) + 1) = :drill_row || '.')",
}


def drill(connection: Connection, filters: Filters, drill: Drill, *,
          include_at_risk: Collection[str] = ()) -> list[DrillRecord]:
    """The records behind one figure of ``compute(connection, filters)``: ``drill`` is the
    figure's :attr:`Figure.drill`.  Sorted by label.  A count's records are as many as the
    count; a sum's (representatives, women…) are the participations that add to it.  A
    contact of an organization at risk is listed without its name (:data:`WITHHELD`)
    unless its organization's id is in ``include_at_risk``: the count stays right, the
    person is not named."""
    criteria = dict(drill.criteria)
    section = str(criteria.get("section", "totals"))
    column = str(criteria.get("column", criteria.get("total", "")))
    row = str(criteria.get("row", ""))
    narrow = _NARROW.get((section, column), _NARROW.get((section, ""), ""))
    with _Scope(connection, filters, narrow=narrow, params={"drill_row": row}) as scope:
        params = dict(scope.params)
        today = criteria.get("today")
        params["cutoff"] = _cutoff(dt.date.fromisoformat(today) if isinstance(today, str)
                                   else dt.date.today())
        if section in ("grants", "grants_by_meeting") or column == "grants":
            return _grant_records(connection, filters, params, section, row, column)
        measure = MEASURES.get((section, column))
        if measure is None:
            raise KeyError(f"no figure {section}/{column} to drill into")
        where = "row = :drill_row" + (f" AND ({measure.value}) > 0" if measure.value else "")
        params["drill_row"] = row
        keys = f"SELECT DISTINCT rec FROM ({measure.sql}) WHERE {where}"
        return _records(connection, measure.kind, keys, params, include_at_risk=include_at_risk)


def _records(connection: Connection, kind: DrillKind, keys: str, params: dict[str, Any], *,
             include_at_risk: Collection[str] = ()) -> list[DrillRecord]:
    fetch: dict[str, tuple[str, Callable[[Sequence[Any]], DrillRecord]]] = {
        "organizations": (
            f"SELECT id, name, country FROM organizations WHERE rid IN ({keys})",
            lambda r: DrillRecord("organizations", r[0], r[1], _country_name(r[2]))),
        "activities": (
            f"SELECT id, title, start_date, country FROM activities WHERE rid IN ({keys})",
            lambda r: DrillRecord("activities", r[0], r[1],
                                  ", ".join(x for x in (r[2], _country_name(r[3])) if x))),
        "participations": (
            "SELECT p.id, o.name, a.title, a.start_date FROM participations p "
            "JOIN organizations o ON o.id = p.organization_id "
            f"JOIN activities a ON a.id = p.activity_id WHERE p.rid IN ({keys})",
            lambda r: DrillRecord("participations", r[0], r[1], f"{r[2]}, {r[3]}")),
        "contacts": (
            "SELECT c.id, c.full_name, o.name, o.at_risk, o.id, c.erased_on FROM contacts c "
            f"JOIN organizations o ON o.id = c.organization_id WHERE c.id IN ({keys})",
            lambda r: DrillRecord("contacts", r[0], ERASED, r[2], withheld=True) if r[5]
            else DrillRecord("contacts", r[0], r[1], r[2]) if not r[3] or r[4] in include_at_risk
            else DrillRecord("contacts", r[0], WITHHELD, r[2], withheld=True)),
    }
    sql, make = fetch[kind]
    records = [make(row) for row in connection.exec_driver_sql(sql, params).all()]
    return sorted(records, key=lambda r: (r.label.casefold(), r.detail, r.id))


#: The label of a contact of an at-risk organization in a drill-down (a source string of
#: the ``report`` context: the window translates it).
WITHHELD = QT_TRANSLATE_NOOP("report", "Name withheld: organization at risk")
#: The label of a person whose data headquarters erased (still counted where they took part).
ERASED = QT_TRANSLATE_NOOP("report", "Erased person")


def _country_name(code: str | None) -> str:
    found = reference.country(code) if code else None
    return found.name if found else (code or "")


def _grant_records(connection: Connection, filters: Filters, params: dict[str, Any],
                   section: str, row: str, column: str) -> list[DrillRecord]:
    grants = _grants(connection, filters, params)
    if section == "grants":
        grants = [g for g in grants if g.status == row]
        if column.startswith("amount_"):
            grants = [g for g in grants if g.currency == column.removeprefix("amount_")]
    elif section == "grants_by_meeting":
        grants = [g for g in grants if g.meeting == row]
        if column == "follow_up":
            live = _live_activities(connection, (a for g in grants for a in g.activity_ids))
            keys = "SELECT value FROM json_each(:paid)"
            params["paid"] = json.dumps(sorted(live.values()))
            return _records(connection, "activities", keys, params)
    statuses = vocabulary.GRANT_STATUSES
    records = [DrillRecord("grants", g.id, g.organization,
                           f"{g.amount:,.2f} {g.currency}, {statuses.get(g.status, g.status)}")
               for g in grants]
    return sorted(records, key=lambda r: (r.label.casefold(), r.detail, r.id))
