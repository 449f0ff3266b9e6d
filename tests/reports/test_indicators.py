"""The indicators on the hand-made dataset (tests/reports/conftest.py: every record in a
table there): every figure worked out by hand in its test's docstring, every filter, an
empty period, the records behind each figure (drill), and deleted records never counting.

Reports are computed with ``today`` = 2011-12-31 and rates of 1.08 USD per EUR."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Connection

from lookingbeyond_desktop.reports import indicators
from lookingbeyond_desktop.reports.indicators import MEASURES, compute, drill
from lookingbeyond_desktop.reports.model import (
    Drill,
    DrillRecord,
    Figure,
    Filters,
    RatesInfo,
    Report,
)
from lookingbeyond_desktop.store import Store

Ids = dict[str, str]
Y2010 = Filters(start=dt.date(2010, 1, 1), end=dt.date(2010, 12, 31))


@pytest.fixture
def connection(hand_made_store: Store) -> Iterator[Connection]:
    """A connection on the hand-made replica, as a read job gets one."""
    with hand_made_store.engine.connect() as opened:
        yield opened


@pytest.fixture
def report_of(connection: Connection, hand_made_today: dt.date,
              hand_made_rates: RatesInfo) -> Any:
    """compute() on the hand-made replica for some filters (2011-12-31, EUR at 1.08), in a
    fresh read transaction (as every read job has), so that it sees the latest writes."""
    def run(filters: Filters = Filters()) -> Report:
        connection.rollback()
        return compute(connection, filters, rates=hand_made_rates, today=hand_made_today)
    return run


def value(figure: Figure | str) -> Any:
    """A cell's value (a text cell is returned as is)."""
    return figure.value if isinstance(figure, Figure) else figure


def table(report: Report, key: str) -> dict[str, dict[str, Any]]:
    """A section as {row key: {column key: value}}."""
    return {row.key: {col: value(cell) for col, cell in row.cells.items()}
            for row in report.section(key).rows}


def totals(report: Report) -> dict[str, Any]:
    """The headline figures' values."""
    return {key: figure.value for key, figure in report.totals.items()}


def names(ids: Ids, found: list[str]) -> set[str]:
    """The readable keys of the dataset's records among ``found`` (ids)."""
    by_id = {record_id: key for key, record_id in ids.items()}
    return {by_id.get(record_id, record_id) for record_id in found}


def records_of(connection: Connection, filters: Filters,
               figure: Figure | str) -> list[DrillRecord]:
    """The records behind a figure."""
    assert isinstance(figure, Figure) and figure.drill is not None
    return drill(connection, filters, figure.drill)


def drilled(connection: Connection, filters: Filters, figure: Figure | str) -> list[str]:
    """The ids of the records behind a figure."""
    return [record.id for record in records_of(connection, filters, figure)]


# -- the headline figures --------------------------------------------------------------------------


def test_organizations_engaged(report_of: Any) -> None:
    """Engaged = took part in, or co-organized, a live activity in scope: tm, tma, cn, tik,
    vngoc, tir = 6.  idle took part only in the deleted training; gone is deleted."""
    assert totals(report_of())["organizations_engaged"] == 6


def test_representatives_and_activities(report_of: Any) -> None:
    """Representatives, added up over the live participations of live organizations in live
    activities: CoSP 3 3+2+1 = 6, side event 1+2 = 3, CND 53 4+1+1 = 6, Nairobi dialogue 3,
    Rabat consultation 2+1+2 = 5: 23 (gone's 5 and the deleted 7 and 2 left out).
    Activities: the six live ones (the cancelled training is deleted)."""
    found = totals(report_of())
    assert found["representatives"] == 23
    assert found["activities"] == 6


def test_people_counted_once_across_events(report_of: Any) -> None:
    """Ana is at CoSP 3, its side event and CND 53; Wanjiru at the side event and the
    Nairobi dialogue; Karim at CoSP 3: 3 named people.  People: 23 representatives, less
    the 6 participations that name a contact (each names one person), plus the 3 contacts
    counted once: 23 − 6 + 3 = 20."""
    found = totals(report_of())
    assert found["named_people"] == 3
    assert found["unique_people"] == 20


def test_shares(report_of: Any) -> None:
    """Developing countries: MX, MA, CN, KE of the 6 engaged (AT and RU are developed):
    4/6.  Women: 2+0 (CoSP 3) + 1+1 (side event) + 1+1 (CND 53) + 2 (Nairobi) + 1+0 (Rabat)
    = 9 of 9 women + 8 men recorded: 9/17.  Not recorded: karim's 2, vngoc's 2 of 4, cn's 1
    at CND 53, tik's 1 at Rabat = 6 of 23."""
    found = totals(report_of())
    assert found["developing_country_share"] == pytest.approx(4 / 6)
    assert found["women_share"] == pytest.approx(9 / 17)
    assert found["sex_not_recorded_share"] == pytest.approx(6 / 23)


def test_joint_activities_rlos_grants_totals(report_of: Any) -> None:
    """One joint activity (Nairobi) with 3 Member States (KE, UG, TZ); 3 RLOs (tm, tma,
    tik: a designation, counted whatever the period); 3 live grants: USD 15,000 + EUR 8,000
    × 1.08 + EUR 5,000 × 1.08 = USD 29,040.00 (the deleted USD 99,999 left out)."""
    found = totals(report_of())
    assert found["joint_activities"] == 1
    assert found["member_states"] == 3
    assert found["rlos"] == 3
    assert found["grants"] == 3
    assert found["grants_usd"] == Decimal("29040.00")


def test_totals_keys_cover_the_json_export(report_of: Any) -> None:
    """Every headline figure of the spec is there, in the order of indicators.TOTALS, and
    every one has a label and a definition."""
    report = report_of()
    assert list(report.totals) == list(indicators.TOTALS)
    assert set(indicators.TOTAL_NOTES) == set(indicators.TOTALS)
    assert {"organizations_engaged", "representatives", "unique_people", "activities",
            "member_states", "developing_country_share", "women_share"} <= set(report.totals)


# -- policy debate ---------------------------------------------------------------------------------


def test_by_meeting(report_of: Any) -> None:
    """CoSP 3 counts its own participation and its side event: organizations tm, tma, cn,
    tik (participant and co-organizer of the side event) = 4; representatives 6 + 3 = 9,
    women 2+0+1+1 = 4, men 1+1+0+1 = 3, not recorded karim's 2; 2 activities.  CND 53:
    vngoc, cn, tm = 3 organizations; 4+1+1 = 6 representatives, women 1+1 = 2, men 1, not
    recorded 2 (vngoc) + 1 (cn) = 3; 1 activity.  Rows in date order, labelled by the
    meeting's short name; no row for meetings without activities."""
    report = report_of()
    section = report.section("by_meeting")
    assert [(row.key, row.label) for row in section.rows] == [("COSP3", "CoSP 3"),
                                                              ("CND53", "CND 53")]
    assert table(report, "by_meeting") == {
        "COSP3": {"organizations": 4, "representatives": 9, "women": 4, "men": 3,
                  "not_recorded": 2, "activities": 2},
        "CND53": {"organizations": 3, "representatives": 6, "women": 2, "men": 1,
                  "not_recorded": 3, "activities": 1},
    }


def test_first_time(report_of: Any) -> None:
    """First engagement ever: tm, tma, cn (CoSP 3) and tik (side event) in 2009; vngoc in
    2010 (CND 53); tir in 2011 (Rabat) → 2009: 4, 2010: 1, 2011: 1."""
    assert table(report_of(), "first_time") == {
        "2009": {"organizations": 4}, "2010": {"organizations": 1},
        "2011": {"organizations": 1}}


def test_first_time_looks_before_the_period(report_of: Any) -> None:
    """In 2011 tma, tik and tir are engaged (Rabat), but tma and tik first took part in
    2009: only tir is new → 2011: 1.  In 2010 only vngoc is new (tm and cn were at CoSP 3
    in 2009; tik and tma too)."""
    year_2011 = Filters(start=dt.date(2011, 1, 1), end=dt.date(2011, 12, 31))
    assert table(report_of(year_2011), "first_time") == {"2011": {"organizations": 1}}
    assert table(report_of(Y2010), "first_time") == {"2010": {"organizations": 1}}


def test_first_time_counts_any_activity_ever(report_of: Any) -> None:
    """With the theme "drugs", cn is engaged through CND 53 (2010), but it first took part
    in CoSP 3 (2009, an anti-corruption meeting): cn counts in 2009, vngoc in 2010."""
    assert table(report_of(Filters(theme="drugs")), "first_time") == {
        "2009": {"organizations": 1}, "2010": {"organizations": 1}}


def test_first_time_under_an_office_or_an_open_period(report_of: Any) -> None:
    """Office RO-EG (Rabat, 2011): tma, tik and tir engaged; tma and tik first took part in
    2009 (CoSP 3, its side event), tir in 2011 → 2009: 2, 2011: 1.  Up to 2010 (no start):
    tm, tma, cn, tik first in 2009, vngoc in 2010 → 2009: 4, 2010: 1."""
    assert table(report_of(Filters(office="RO-EG")), "first_time") == {
        "2009": {"organizations": 2}, "2011": {"organizations": 1}}
    assert table(report_of(Filters(end=dt.date(2010, 12, 31))), "first_time") == {
        "2009": {"organizations": 4}, "2010": {"organizations": 1}}


# -- regional and thematic partnership -------------------------------------------------------------


def test_by_region(report_of: Any) -> None:
    """Organizations by their country, activities by where they were held:
    Africa — tma (MA, Northern Africa), tik (KE, Sub-Saharan Africa); Rabat (MA) and
    Nairobi (KE).  Americas — tm (MX, Latin America and the Caribbean); no activity.  Asia —
    cn (CN, Eastern Asia); CoSP 3 and its side event (QA, Western Asia), the dialogue (CN).
    Europe — vngoc (AT, Western Europe), tir (RU, Eastern Europe); CND 53 (AT).  Oceania:
    nothing, no row.  Sub-regions (level 1) follow their region."""
    report = report_of()
    rows = [(row.key, row.level) for row in report.section("by_region").rows]
    assert rows == [("002", 0), ("015", 1), ("202", 1), ("019", 0), ("419", 1),
                    ("142", 0), ("030", 1), ("145", 1), ("150", 0), ("151", 1), ("155", 1)]
    assert table(report, "by_region") == {
        "002": {"organizations": 2, "activities": 2},
        "015": {"organizations": 1, "activities": 1},
        "202": {"organizations": 1, "activities": 1},
        "019": {"organizations": 1, "activities": 0},
        "419": {"organizations": 1, "activities": 0},
        "142": {"organizations": 1, "activities": 3},
        "030": {"organizations": 1, "activities": 1},
        "145": {"organizations": 0, "activities": 2},
        "150": {"organizations": 2, "activities": 1},
        "151": {"organizations": 1, "activities": 0},
        "155": {"organizations": 1, "activities": 1},
    }


def test_by_theme(report_of: Any) -> None:
    """An area includes its sub-themes.  Drugs: cn (drugs.prevention) and vngoc = 2
    organizations; CND 53 and the dialogue (drugs.treatment) = 2 activities.  Corruption:
    tm, tma, tik, tir = 4; CoSP 3, the side event (review mechanism), Nairobi (prevention) =
    3.  Crime: tik (human trafficking) = 1; Rabat = 1.  Sub-themes: each with what names
    it.  Themes with nothing have no row."""
    report = report_of()
    section = report.section("by_theme")
    assert [(row.key, row.level) for row in section.rows] == [
        ("drugs", 0), ("drugs.prevention", 1), ("drugs.treatment", 1), ("corruption", 0),
        ("corruption.uncac", 1), ("corruption.review_mechanism", 1),
        ("corruption.prevention", 1), ("crime", 0), ("crime.human_trafficking", 1)]
    assert table(report, "by_theme") == {
        "drugs": {"organizations": 2, "activities": 2},
        "drugs.prevention": {"organizations": 1, "activities": 1},
        "drugs.treatment": {"organizations": 0, "activities": 1},
        "corruption": {"organizations": 4, "activities": 3},
        "corruption.uncac": {"organizations": 1, "activities": 1},
        "corruption.review_mechanism": {"organizations": 0, "activities": 1},
        "corruption.prevention": {"organizations": 0, "activities": 1},
        "crime": {"organizations": 1, "activities": 1},
        "crime.human_trafficking": {"organizations": 1, "activities": 1},
    }


def test_joint_activities(report_of: Any) -> None:
    """The Nairobi dialogue is the one joint government–CSO activity: Kenya, Uganda and
    Tanzania 1 each (by English name).  CoSP 3 names Qatar as a Member State but is no
    joint activity."""
    report = report_of()
    assert [row.key for row in report.section("joint_activities").rows] == ["KE", "TZ", "UG"]
    assert table(report, "joint_activities") == {
        "KE": {"activities": 1}, "TZ": {"activities": 1}, "UG": {"activities": 1}}


def test_rlos(report_of: Any) -> None:
    """RLOs by the region they lead: Africa tma and tik = 2, with the activities they took
    part in or co-organized: CoSP 3 (tma), the side event (tik), Nairobi (both), Rabat
    (both) = 4.  Americas: tm = 1, with CoSP 3, the side event and CND 53 = 3."""
    assert table(report_of(), "rlos") == {"002": {"rlos": 2, "activities": 4},
                                          "019": {"rlos": 1, "activities": 3}}


def test_by_office(report_of: Any) -> None:
    """HQ organized CoSP 3, the side event and CND 53 (3; the deleted training left out),
    engaging tm, tma, cn, tik, vngoc = 5; RO-KE Nairobi (tik, tma = 2); RO-EG Rabat (tma,
    tik, tir = 3; gone is deleted); RO-TH the dialogue with nobody (0).  Reference order."""
    report = report_of()
    assert [row.key for row in report.section("by_office").rows] == ["HQ", "RO-KE", "RO-EG",
                                                                     "RO-TH"]
    assert table(report, "by_office") == {
        "HQ": {"activities": 3, "organizations": 5},
        "RO-KE": {"activities": 1, "organizations": 2},
        "RO-EG": {"activities": 1, "organizations": 3},
        "RO-TH": {"activities": 1, "organizations": 0},
    }


def test_top_organizations(report_of: Any, connection: Connection, hand_made: Ids) -> None:
    """The most engaged organizations, most activities first, ties to more representatives:
    tik 3 (the side event — taking part and co-organizing count once —, the dialogue,
    Rabat; 2+3+1 = 6 representatives), tm 3 (CoSP 3, the side event, CND 53; 3+1+1 = 5),
    tma 3 (CoSP 3, Rabat, and the dialogue it co-organized; 2+2 = 4), cn 2 (1+1 = 2),
    vngoc 1 (4), tir 1 (2).  Rows keyed by the organization's id, labelled with its name;
    the country as its ISO code.  tik's activities drill to those three, its
    representatives to its three participations; tma's activities include the dialogue."""
    report = report_of()
    section = report.section("top_organizations")
    assert (section.group, section.row_kind) == ("partnership", "organization")
    assert [c.key for c in section.columns] == ["country", "activities", "representatives"]
    assert [(names(hand_made, [row.key]).pop(), row.label) for row in section.rows] == [
        ("tik", "Transparency International Kenya"), ("tm", "Transparencia Mexicana"),
        ("tma", "ترانسبرانسي المغرب"), ("cn", "透明国际中国联络处"),
        ("vngoc", "Vienna NGO Committee on Drugs"), ("tir", "Центр «Трансперенси Интернешнл – Р»")]
    assert [(value(row.cells["country"]), value(row.cells["activities"]),
             value(row.cells["representatives"])) for row in section.rows] == [
        ("KE", 3, 6), ("MX", 3, 5), ("MA", 3, 4), ("CN", 2, 2), ("AT", 1, 4), ("RU", 1, 2)]
    rows = {names(hand_made, [row.key]).pop(): row for row in section.rows}
    assert names(hand_made, drilled(connection, Filters(), rows["tik"].cells["activities"])) == {
        "cosp3_side", "joint", "consult"}
    assert names(hand_made, drilled(connection, Filters(),
                                    rows["tik"].cells["representatives"])) == {
        "p_side_tik", "p_joint_tik", "p_consult_tik"}
    assert names(hand_made, drilled(connection, Filters(), rows["tma"].cells["activities"])) == {
        "cosp3", "joint", "consult"}


def test_top_organizations_under_filters(report_of: Any, hand_made: Ids) -> None:
    """In 2010: tik (the dialogue, 3), tma (co-organized it, 0), vngoc (CND 53, 4), cn (1),
    tm (1): one activity each, by representatives then name: vngoc 4, tik 3, then tm 1 and
    cn 1 ("Transparencia…" sorts before the Chinese name), tma 0.  In Africa: tik 3 (6),
    tma 3 (4).  An empty period: no row."""
    def top(filters: Filters) -> list[tuple[str, int, int]]:
        return [(names(hand_made, [row.key]).pop(), value(row.cells["activities"]),
                 value(row.cells["representatives"]))
                for row in report_of(filters).section("top_organizations").rows]
    assert top(Y2010) == [("vngoc", 1, 4), ("tik", 1, 3), ("tm", 1, 1), ("cn", 1, 1),
                          ("tma", 1, 0)]
    assert top(Filters(region="002")) == [("tik", 3, 6), ("tma", 3, 4)]
    assert top(Filters(start=dt.date(2012, 1, 1))) == []


def test_top_organizations_keeps_twenty(hand_made_store: Store, hand_made: Ids,
                                        report_of: Any, connection: Connection) -> None:
    """Twenty more organizations ("Extra 01"…"Extra 20") each send two participations of one
    representative to the dialogue: 1 activity, 2 representatives each, but 2 engagements
    — as many as cn's.  The 20 listed: tik 3, tm 3, tma 3, cn 2, vngoc 1 (4 representatives:
    ahead of the extras though it has one engagement only), then Extra 01…Extra 15 (1, 2)
    by name; Extra 16…20 and tir (1, 2; its Cyrillic name sorts after the Latin ones) left
    out.  The extras' figures drill to their one activity and two participations."""
    with hand_made_store.write(author="tester") as writer:
        for number in range(1, 21):
            org = writer.create("organizations", {"name": f"Extra {number:02d}",
                                                  "country": "FR", "themes": ["corruption"]})
            for _ in range(2):
                writer.create("participations", {"activity_id": hand_made["planned"],
                                                 "organization_id": org,
                                                 "representatives": 1})
    rows = report_of().section("top_organizations").rows
    assert len(rows) == indicators.TOP_ORGANIZATIONS == 20
    assert [row.label for row in rows[:5]] == [
        "Transparency International Kenya", "Transparencia Mexicana", "ترانسبرانسي المغرب",
        "透明国际中国联络处", "Vienna NGO Committee on Drugs"]
    assert [row.label for row in rows[5:]] == [f"Extra {n:02d}" for n in range(1, 16)]
    assert all((value(row.cells["activities"]), value(row.cells["representatives"])) == (1, 2)
               for row in rows[5:])
    assert names(hand_made, drilled(connection, Filters(), rows[5].cells["activities"])) == {
        "planned"}
    assert len(drilled(connection, Filters(), rows[5].cells["representatives"])) == 2


def test_by_country_feeds_the_map(report_of: Any) -> None:
    """(organizations engaged based there, activities held there): MX (1, 0), MA (1, 1),
    CN (1, 1), AT (1, 1), KE (1, 1), RU (1, 0), QA (0, 2)."""
    assert report_of().by_country == {"AT": (1, 1), "CN": (1, 1), "KE": (1, 1), "MA": (1, 1),
                                      "MX": (1, 0), "QA": (0, 2), "RU": (1, 0)}


# -- seed funding ----------------------------------------------------------------------------------


def test_grants_by_status(report_of: Any) -> None:
    """Approved: g_tm USD 15,000 and g_tma EUR 8,000 = 2, USD 15,000 + 8,640 = 23,640.00;
    proposed: g_tik EUR 5,000 = 1, USD 5,400.00 (the deleted g_gone left out); the other
    statuses 0.  One money column per currency present, US dollars first."""
    report = report_of()
    section = report.section("grants")
    assert [c.key for c in section.columns] == ["count", "amount_USD", "amount_EUR", "usd"]
    assert [(c.kind, c.currency) for c in section.columns[1:]] == [
        ("money", "USD"), ("money", "EUR"), ("money", "USD")]
    assert [row.key for row in section.rows] == ["proposed", "approved", "disbursed",
                                                 "report_received", "closed"]
    found = table(report, "grants")
    assert found["approved"] == {"count": 2, "amount_USD": Decimal("15000.00"),
                                 "amount_EUR": Decimal("8000.00"), "usd": Decimal("23640.00")}
    assert found["proposed"] == {"count": 1, "amount_USD": Decimal("0"),
                                 "amount_EUR": Decimal("5000.00"), "usd": Decimal("5400.00")}
    assert found["closed"]["count"] == 0


def test_grants_by_meeting(report_of: Any) -> None:
    """CoSP 3 is followed by g_tm and g_tma = 2, which paid for one follow-up activity
    (Rabat, named by both) = 1, USD 23,640.00; g_tik follows no meeting: the row "" labelled
    "Not linked to a meeting", 1 grant, 0 activities, USD 5,400.00."""
    report = report_of()
    rows = report.section("grants_by_meeting").rows
    assert [(row.key, row.label) for row in rows] == [("COSP3", "CoSP 3"),
                                                      ("", "Not linked to a meeting")]
    assert table(report, "grants_by_meeting") == {
        "COSP3": {"grants": 2, "follow_up": 1, "usd": Decimal("23640.00")},
        "": {"grants": 1, "follow_up": 0, "usd": Decimal("5400.00")}}


def test_a_currency_without_rate_gives_no_us_dollars(report_of: Any, connection: Connection,
                                                     hand_made_today: dt.date) -> None:
    """With no rate for EUR, the US-dollar figures that include a euro grant are None (not
    computable), never a guess: approved and the total; the US-dollar-only sums stay."""
    rates = RatesInfo(dt.date(2011, 1, 1), "USD only", {"USD": Decimal("1")})
    report = compute(connection, Filters(), rates=rates, today=hand_made_today)
    assert report.totals["grants_usd"].value is None
    found = table(report, "grants")
    assert found["approved"]["usd"] is None
    assert found["disbursed"]["usd"] == Decimal("0.00")
    assert report.rates is rates


# -- data quality ----------------------------------------------------------------------------------


def test_quality(report_of: Any) -> None:
    """Of the 6 organizations engaged on 2011-12-31: tma verified 2009-12-01 (over a year
    ago) and cn never → 2 not verified for a year, 1 never; the dialogue has no
    participation → 1 activity without counts; karim's, cn's at CND 53 and tik's at Rabat
    have no count by sex → 3."""
    assert table(report_of(), "quality") == {
        "not_verified_year": {"count": 2}, "never_verified": {"count": 1},
        "activities_without_counts": {"count": 1}, "participations_without_sex": {"count": 3}}


def test_quality_counts_a_year_from_today(connection: Connection,
                                          hand_made_rates: RatesInfo) -> None:
    """On 2012-06-02 tm (verified 2011-06-01) and tik (2011-03-01) are over a year old too:
    tma, cn, tm, tik = 4; on 2010-06-01 no verification is a year old yet (tma's dates from
    2009-12-01), only cn (never) counts: 1."""
    later = compute(connection, Filters(), rates=hand_made_rates, today=dt.date(2012, 6, 2))
    earlier = compute(connection, Filters(), rates=hand_made_rates, today=dt.date(2010, 6, 1))
    assert table(later, "quality")["not_verified_year"] == {"count": 4}
    assert table(earlier, "quality")["not_verified_year"] == {"count": 1}


# -- filters ---------------------------------------------------------------------------------------


def test_period(report_of: Any) -> None:
    """2010: CND 53 and Nairobi start in it (the deleted training too, left out).  Engaged:
    vngoc, cn, tm (CND 53), tik and tma (co-organizer) = 5; representatives 6 + 3 = 9; 2
    named (ana, wanjiru), people 9 − 2 + 2 = 9; women 2 + 2 = 4 of 6 recorded; not recorded
    3 of 9; developing 4 of 5 (all but vngoc).  Grants approved in 2010: g_tm and g_tma
    (g_tik, proposed, has no approval date); only CND 53 among the meetings."""
    report = report_of(Y2010)
    found = totals(report)
    assert (found["organizations_engaged"], found["representatives"], found["activities"],
            found["named_people"], found["unique_people"]) == (5, 9, 2, 2, 9)
    assert found["women_share"] == pytest.approx(4 / 6)
    assert found["sex_not_recorded_share"] == pytest.approx(3 / 9)
    assert found["developing_country_share"] == pytest.approx(4 / 5)
    assert (found["grants"], found["grants_usd"]) == (2, Decimal("23640.00"))
    assert list(table(report, "by_meeting")) == ["CND53"]
    assert table(report, "by_office") == {"HQ": {"activities": 1, "organizations": 3},
                                          "RO-KE": {"activities": 1, "organizations": 2}}
    assert table(report, "rlos") == {"002": {"rlos": 2, "activities": 1},
                                     "019": {"rlos": 1, "activities": 1}}
    assert table(report, "quality") == {
        "not_verified_year": {"count": 2}, "never_verified": {"count": 1},
        "activities_without_counts": {"count": 0}, "participations_without_sex": {"count": 1}}


def test_open_ended_period(report_of: Any) -> None:
    """From 2011-01-01 with no end: Rabat and the dialogue; tma, tik, tir engaged (3);
    representatives 5."""
    found = totals(report_of(Filters(start=dt.date(2011, 1, 1))))
    assert (found["activities"], found["organizations_engaged"],
            found["representatives"]) == (2, 3, 5)


def test_region(report_of: Any) -> None:
    """Africa (002): the organizations covered are tma (MA) and tik (KE).  Activities: those
    held in Africa (Nairobi, Rabat) or with an African organization (CoSP 3 — tma — and its
    side event — tik): 4.  Representatives 2 (tma, CoSP 3) + 2 (tik, side event) + 3 (tik,
    Nairobi) + 2 + 1 (both at Rabat) = 10; named karim and wanjiru, in 3 participations:
    people 10 − 3 + 2 = 9.  CoSP 3: 2 organizations, 4 representatives (women 1, men 1,
    not recorded 2), 2 activities.  Grants of tma and tik: EUR 8,000 + 5,000 = USD
    14,040.00.  RLOs: Africa's 2 only.  Activities by region place CoSP 3 where it was held
    (Western Asia)."""
    report = report_of(Filters(region="002"))
    found = totals(report)
    assert (found["organizations_engaged"], found["activities"], found["representatives"],
            found["named_people"], found["unique_people"]) == (2, 4, 10, 2, 9)
    assert found["developing_country_share"] == 1.0
    assert (found["grants"], found["grants_usd"]) == (2, Decimal("14040.00"))
    assert table(report, "by_meeting") == {"COSP3": {
        "organizations": 2, "representatives": 4, "women": 1, "men": 1, "not_recorded": 2,
        "activities": 2}}
    assert table(report, "rlos") == {"002": {"rlos": 2, "activities": 4}}
    by_region = table(report, "by_region")
    assert by_region["002"] == {"organizations": 2, "activities": 2}
    assert by_region["145"] == {"organizations": 0, "activities": 2}
    assert table(report, "first_time") == {"2009": {"organizations": 2}}


def test_country_and_intermediate_region(report_of: Any) -> None:
    """Kenya: tik only; the side event, Nairobi and Rabat (3 activities); 2 + 3 + 1 = 6
    representatives; CoSP 3 counts only the side event: 1 organization, 2 representatives,
    1 activity.  Eastern Africa (014, an intermediate region) gives the same figures."""
    for filters in (Filters(country="KE"), Filters(region="014")):
        report = report_of(filters)
        found = totals(report)
        assert (found["organizations_engaged"], found["activities"],
                found["representatives"]) == (1, 3, 6)
        assert table(report, "by_meeting")["COSP3"] == {
            "organizations": 1, "representatives": 2, "women": 1, "men": 1,
            "not_recorded": 0, "activities": 1}


def test_theme_area_includes_sub_themes(report_of: Any) -> None:
    """Drugs: the organizations working on it are cn (drugs.prevention) and vngoc (drugs);
    the activities on it CND 53 and the dialogue (drugs.treatment).  Engaged: vngoc and cn
    at CND 53 (tm there works on corruption) = 2, 4 + 1 = 5 representatives; the dialogue
    has no participation (1 activity without counts).  No grant (tm, tma and tik work on
    corruption): 0, USD 0.00.  No RLO."""
    report = report_of(Filters(theme="drugs"))
    found = totals(report)
    assert (found["organizations_engaged"], found["activities"], found["representatives"],
            found["grants"], found["grants_usd"], found["rlos"]) == (
        2, 2, 5, 0, Decimal("0.00"), 0)
    assert table(report, "by_theme") == {
        "drugs": {"organizations": 2, "activities": 2},
        "drugs.prevention": {"organizations": 1, "activities": 1},
        "drugs.treatment": {"organizations": 0, "activities": 1}}
    assert table(report, "quality")["activities_without_counts"] == {"count": 1}


def test_sub_theme(report_of: Any) -> None:
    """drugs.prevention: cn works on it (vngoc's "drugs" is the whole area, not this
    sub-theme); CND 53 is on it: 1 organization, 1 activity, 1 representative."""
    found = totals(report_of(Filters(theme="drugs.prevention")))
    assert (found["organizations_engaged"], found["activities"],
            found["representatives"]) == (1, 1, 1)


def test_network(report_of: Any) -> None:
    """ti_chapter: tm, tma, tir.  Their activities: CoSP 3, the side event, CND 53, Nairobi
    (tma co-organizes), Rabat = 5 (not the dialogue).  Representatives 3 + 2 + 1 + 1 + 2 + 2
    = 11 (Nairobi: a co-organizer without representatives); named ana (3 participations)
    and karim (1): people 11 − 4 + 2 = 9."""
    report = report_of(Filters(network="ti_chapter"))
    found = totals(report)
    assert (found["organizations_engaged"], found["activities"], found["representatives"],
            found["named_people"], found["unique_people"]) == (3, 5, 11, 2, 9)
    assert table(report, "by_meeting")["COSP3"]["organizations"] == 2


def test_office(report_of: Any) -> None:
    """HQ: CoSP 3, the side event, CND 53 (3 activities); tm, tma, cn, tik, vngoc engaged
    (5); 6 + 3 + 6 = 15 representatives; no grant paid for an HQ activity (0).  RO-EG: the
    two grants that paid for Rabat."""
    report = report_of(Filters(office="HQ"))
    found = totals(report)
    assert (found["activities"], found["organizations_engaged"], found["representatives"],
            found["grants"]) == (3, 5, 15, 0)
    assert list(table(report, "by_office")) == ["HQ"]
    assert totals(report_of(Filters(office="RO-EG")))["grants"] == 2


def test_empty_period(report_of: Any) -> None:
    """2012 holds nothing: every count 0, every share None (not computable), no row in the
    sections that list what was found, the five grant statuses at 0 and USD 0.00, the data
    quality at 0, an empty map.  The RLOs stay (a designation: 3), with 0 activities."""
    report = report_of(Filters(start=dt.date(2012, 1, 1), end=dt.date(2012, 12, 31)))
    found = totals(report)
    assert report.is_empty()
    for key in ("organizations_engaged", "representatives", "unique_people", "named_people",
                "activities", "member_states", "joint_activities", "grants"):
        assert found[key] == 0, key
    for key in ("developing_country_share", "women_share", "sex_not_recorded_share"):
        assert found[key] is None, key
    assert found["grants_usd"] == Decimal("0.00")
    assert found["rlos"] == 3
    for key in ("by_meeting", "first_time", "by_region", "by_theme", "joint_activities",
                "by_office", "grants_by_meeting"):
        assert report.section(key).rows == (), key
    assert all(row["count"] == 0 for row in table(report, "grants").values())
    assert all(row["count"] == 0 for row in table(report, "quality").values())
    assert table(report, "rlos") == {"002": {"rlos": 2, "activities": 0},
                                     "019": {"rlos": 1, "activities": 0}}
    assert report.by_country == {}


def test_filter_that_matches_nothing(report_of: Any) -> None:
    """A country with no organization (Fiji): nothing engaged, no activity (none held in
    Fiji), shares None."""
    report = report_of(Filters(country="FJ"))
    assert report.is_empty()
    assert totals(report)["women_share"] is None


def test_empty_replica(store: Store, hand_made_rates: RatesInfo) -> None:
    """A new, empty data folder gives a report of zeros, not an error."""
    with store.engine.connect() as connection:
        report = compute(connection, Filters(), rates=hand_made_rates)
    assert report.is_empty()
    assert report.scope == "No organizations on this computer yet"


# -- drill: the records behind the figures ---------------------------------------------------------


def _figures(report: Report) -> Iterator[tuple[str, str, str, Figure]]:
    for key, figure in report.totals.items():
        if figure.drill is not None:
            yield "totals", "", key, figure
    for section in report.sections:
        for row in section.rows:
            for column, cell in row.cells.items():
                if isinstance(cell, Figure) and cell.drill is not None:
                    yield section.key, row.key, column, cell


_PARTICIPATION_VALUES = {"representatives": "representatives", "women": "women", "men": "men",
                         "not_recorded": "representatives - coalesce(women, 0) - "
                                         "coalesce(men, 0)"}


@pytest.mark.parametrize("filters", [Filters(), Y2010, Filters(region="002"),
                                     Filters(theme="drugs"), Filters(network="ti_chapter"),
                                     Filters(office="HQ")],
                         ids=["all", "2010", "africa", "drugs", "ti_chapter", "hq"])
def test_every_figure_drills_to_its_records(report_of: Any, connection: Connection,
                                            filters: Filters) -> None:
    """For every figure of the report: a count lists exactly as many records as it counts
    (distinct records: organizations, activities, contacts, grants); a sum of
    representatives, women, men or "not recorded" lists the participations that add up to
    it exactly; an amount lists the grants whose amounts add up to it."""
    report = report_of(filters)
    checked = 0
    for section, _row, column, figure in _figures(report):
        ids = drilled(connection, filters, figure)
        assert len(ids) == len(set(ids))
        kind = figure.drill.kind if figure.drill else ""
        measure = MEASURES.get((section, column))
        if section == "totals" and column == "representatives":
            expression = "representatives"
        elif measure is not None and measure.value is not None:
            expression = _PARTICIPATION_VALUES[column]
        else:
            expression = None
        if column.startswith("amount_"):
            marks = ", ".join("?" for _ in ids) or "NULL"
            amounts = connection.exec_driver_sql(
                f"SELECT amount FROM grants WHERE id IN ({marks})", tuple(ids)).scalars()
            assert sum((Decimal(a) for a in amounts), Decimal(0)) == figure.value
        elif expression is not None and column != "unique_people":
            assert kind == "participations"
            marks = ", ".join("?" for _ in ids) or "NULL"
            total = connection.exec_driver_sql(
                f"SELECT coalesce(sum({expression}), 0) FROM participations "
                f"WHERE id IN ({marks})", tuple(ids)).scalar()
            assert total == figure.value, (section, _row, column)
        elif column not in ("unique_people", "member_states"):
            assert len(ids) == figure.value, (section, _row, column)
        checked += 1
    assert checked > 20


def test_drill_lists_exactly_the_records(connection: Connection, hand_made: Ids,
                                         report_of: Any) -> None:
    """CoSP 3's organizations: tm, tma, cn, tik (not gone); its representatives: the five
    live participations of CoSP 3 and its side event; its "not recorded": karim's; the
    named people: ana, karim, wanjiru; the organizations engaged for the first time in
    2010: vngoc; the approved euro grants: g_tma; the activities CoSP 3's grants paid for:
    Rabat; the activities without counts: the dialogue."""
    report = report_of()
    meeting = {row.key: row for row in report.section("by_meeting").rows}["COSP3"]
    assert names(hand_made, drilled(connection, Filters(), meeting.cells["organizations"])) == {
        "tm", "tma", "cn", "tik"}
    assert names(hand_made, drilled(connection, Filters(),
                                    meeting.cells["representatives"])) == {
        "p_cosp3_tm", "p_cosp3_tma", "p_cosp3_cn", "p_side_tm", "p_side_tik"}
    assert names(hand_made, drilled(connection, Filters(), meeting.cells["not_recorded"])) == {
        "p_cosp3_tma"}
    assert names(hand_made, drilled(connection, Filters(), report.totals["named_people"])) == {
        "ana", "karim", "wanjiru"}
    first = {row.key: row for row in report.section("first_time").rows}["2010"]
    assert names(hand_made, drilled(connection, Filters(), first.cells["organizations"])) == {
        "vngoc"}
    approved = {row.key: row for row in report.section("grants").rows}["approved"]
    assert names(hand_made, drilled(connection, Filters(), approved.cells["amount_EUR"])) == {
        "g_tma"}
    cosp3 = report.section("grants_by_meeting").rows[0]
    assert names(hand_made, drilled(connection, Filters(), cosp3.cells["follow_up"])) == {
        "consult"}
    quality = {row.key: row for row in report.section("quality").rows}
    assert names(hand_made, drilled(connection, Filters(),
                                    quality["activities_without_counts"].cells["count"])) == {
        "planned"}
    assert names(hand_made, drilled(connection, Filters(),
                                    quality["not_verified_year"].cells["count"])) == {"tma", "cn"}


def test_drill_records_read_as_a_list(connection: Connection, hand_made: Ids,
                                      report_of: Any) -> None:
    """A drilled record names the table and id to open, a label (name, title) and a short
    detail (country; date and country; the activity of a participation; the organization of
    a contact; amount and status of a grant), sorted by label."""
    report = report_of()
    africa = {row.key: row for row in report.section("by_region").rows}["002"]
    records = records_of(connection, Filters(), africa.cells["organizations"])
    assert [(r.table, r.label, r.detail) for r in records] == [
        ("organizations", "Transparency International Kenya", "Kenya"),
        ("organizations", "ترانسبرانسي المغرب", "Morocco")]
    grant = drill(connection, Filters(), Drill("grants", (("section", "grants"),
                                                          ("row", "approved"),
                                                          ("column", "amount_EUR"))))
    assert [(r.table, r.id, r.detail) for r in grant] == [
        ("grants", hand_made["g_tma"], "8,000.00 EUR, Approved")]
    people = records_of(connection, Filters(), report.totals["named_people"])
    assert [(r.label, r.detail) for r in people] == [
        ("Ana Gómez", "Transparencia Mexicana"),
        ("Wanjiru Kamau", "Transparency International Kenya"),
        ("كريم بنعلي", "ترانسبرانسي المغرب")]


def test_drill_under_filters(connection: Connection, hand_made: Ids, report_of: Any) -> None:
    """Under the Africa filter, CoSP 3's organizations are tma and tik only, and the
    activities in scope are CoSP 3, the side event, Nairobi and Rabat."""
    africa = Filters(region="002")
    report = report_of(africa)
    meeting = report.section("by_meeting").rows[0]
    assert names(hand_made, drilled(connection, africa, meeting.cells["organizations"])) == {
        "tma", "tik"}
    assert names(hand_made, drilled(connection, africa, report.totals["activities"])) == {
        "cosp3", "cosp3_side", "joint", "consult"}


def test_deleted_records_never_count(connection: Connection, hand_made: Ids,
                                     report_of: Any) -> None:
    """The deleted organization (gone), participation (cn's 7 at the side event), activity
    (the training, with idle's participation) and grant (g_gone) appear behind no figure
    of any report, and idle (only in the deleted training) is never engaged."""
    gone = {hand_made[key] for key in ("gone", "p_side_cn", "cancelled", "p_cancelled_idle",
                                       "g_gone", "idle")}
    for filters in (Filters(), Y2010, Filters(region="150")):
        report = report_of(filters)
        for _section, _row, _column, figure in _figures(report):
            assert not gone & set(drilled(connection, filters, figure))


def test_a_deleted_contact_counts_as_unnamed(hand_made_store: Store, hand_made: Ids,
                                             report_of: Any) -> None:
    """Deleting karim: 2 named people (ana, wanjiru); CoSP 3's participation of tma keeps
    its 2 representatives, now unnamed: people 23 − 5 + 2 = 20, representatives 23."""
    with hand_made_store.write(author="tester") as writer:
        writer.delete("contacts", hand_made["karim"])
    found = totals(report_of())
    assert (found["named_people"], found["unique_people"], found["representatives"]) == (
        2, 20, 23)


def test_an_edit_shows_in_the_next_report(hand_made_store: Store, hand_made: Ids,
                                          report_of: Any) -> None:
    """Deleting CND 53 (and with it its three participations) takes its 6 representatives
    and vngoc (engaged only there) out: 17 representatives, 5 organizations, no CND 53 row."""
    with hand_made_store.write(author="tester") as writer:
        writer.delete("activities", hand_made["cnd53"])
    report = report_of()
    assert (totals(report)["representatives"], totals(report)["organizations_engaged"]) == (
        17, 5)
    assert list(table(report, "by_meeting")) == ["COSP3"]


def test_an_office_the_reference_data_lacks(hand_made_store: Store, hand_made: Ids,
                                            report_of: Any, connection: Connection) -> None:
    """An activity organized by an office code this version does not know (data of a newer
    one, written past validation here) still counts, under its code: Rabat by "CO-XX", with
    its 3 organizations (tma, tik, tir), and drills to them."""
    with hand_made_store.engine.begin() as writer:
        writer.exec_driver_sql("UPDATE activities SET organizing_office = 'CO-XX' WHERE id = ?",
                               (hand_made["consult"],))
    report = report_of()
    found = table(report, "by_office")
    assert found["CO-XX"] == {"activities": 1, "organizations": 3}
    assert found["HQ"] == {"activities": 3, "organizations": 5}
    row = {r.key: r for r in report.section("by_office").rows}["CO-XX"]
    assert names(hand_made, drilled(connection, Filters(), row.cells["organizations"])) == {
        "tma", "tik", "tir"}


# -- the report itself -----------------------------------------------------------------------------


def test_sections_follow_the_spec(report_of: Any) -> None:
    """The sections, in order, with their groups, row kinds and column keys as the shared
    spec names them (and the most engaged organizations after the offices); every count
    cell is a Figure with a way to its records, a text cell a str; every section and column
    is titled."""
    report = report_of()
    assert [(s.key, s.group, s.row_kind) for s in report.sections] == [
        ("by_meeting", "policy", "meeting"), ("first_time", "policy", "year"),
        ("by_region", "partnership", "region"), ("by_theme", "partnership", "theme"),
        ("joint_activities", "partnership", "country"), ("rlos", "partnership", "region"),
        ("by_office", "partnership", "office"),
        ("top_organizations", "partnership", "organization"), ("grants", "grants", "status"),
        ("grants_by_meeting", "grants", "meeting"), ("quality", "quality", "measure")]
    columns = {s.key: [c.key for c in s.columns] for s in report.sections}
    assert columns["by_meeting"] == ["organizations", "representatives", "women", "men",
                                     "not_recorded", "activities"]
    assert columns["rlos"] == ["rlos", "activities"]
    assert columns["by_office"] == ["activities", "organizations"]
    assert columns["grants_by_meeting"] == ["grants", "follow_up", "usd"]
    assert columns["quality"] == ["count"]
    for section in report.sections:
        assert section.title and section.note
        for column in section.columns:
            assert column.title
            for row in section.rows:
                cell = row.cells[column.key]
                assert isinstance(cell, str if column.kind == "text" else Figure)
                if column.kind == "count":
                    assert cell.drill is not None, (section.key, column.key)


def test_as_of_is_the_newest_change_or_the_last_sync(hand_made_store: Store,
                                                     report_of: Any) -> None:
    """Never synced: the newest change saved on this computer.  After a sync: its time."""
    with hand_made_store.engine.connect() as connection:
        newest = connection.exec_driver_sql(
            "SELECT max(at) FROM changes").scalar()
    assert report_of().as_of == dt.datetime.fromisoformat(str(newest))
    with hand_made_store.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE sync_state SET last_sync_at = '2011-12-30T17:45:00+00:00'")
    assert report_of().as_of == dt.datetime(2011, 12, 30, 17, 45, tzinfo=dt.timezone.utc)


def test_scope_in_words(hand_made_store: Store, report_of: Any) -> None:
    """The hand-made replica holds organizations of four regions (none in Oceania): they
    are named; a demo folder says so."""
    assert report_of().scope == "Africa, Americas, Asia and Europe"
    with hand_made_store.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO local_settings (name, value, set_at) VALUES "
                                   "('demo_data', 'generated', '2011-01-01')")
    assert report_of().scope == "Africa, Americas, Asia and Europe (demo data)"


def test_nothing_left_behind(connection: Connection, report_of: Any) -> None:
    """compute() and drill() leave no temporary table on the connection, and its
    temporary cache size as it was."""
    before = connection.exec_driver_sql("PRAGMA temp.cache_size").scalar()
    report = report_of()
    records_of(connection, Filters(), report.totals["organizations_engaged"])
    tables = connection.exec_driver_sql(
        "SELECT name FROM sqlite_temp_master WHERE type = 'table'").scalars().all()
    assert tables == []
    assert connection.exec_driver_sql("PRAGMA temp.cache_size").scalar() == before


def test_default_rates_are_this_computers(connection: Connection,
                                          hand_made_today: dt.date) -> None:
    """Without rates, compute() uses the table load_rates() gives (here the shipped one)."""
    from lookingbeyond_desktop.reports.rates import load_rates

    report = compute(connection, Filters(), today=hand_made_today)
    assert report.rates == load_rates(connection)


def test_figures_without_records_behind_them_offer_no_list(report_of: Any) -> None:
    """Unique people (20: named contacts once, plus representatives nobody named) and Member
    States (3 countries) have no list of records that adds up to them, so they offer none
    (the window does not make them clickable) rather than a list of something else."""
    report = report_of(Filters())
    assert report.totals["unique_people"].value == 20
    assert report.totals["member_states"].value == 3
    assert report.totals["unique_people"].drill is None
    assert report.totals["member_states"].drill is None
    assert report.totals["named_people"].drill is not None
