"""The read-only queries behind the desktop screens (store/browse.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.store import Store, browse


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh replica with a few organizations, contacts, one activity and one grant."""
    with Store.open(tmp_path / "data") as opened:
        with opened.write(author="tester") as w:
            ids = {
                "ti": w.create("organizations", {"name": "Transparency International Kenya",
                                                 "country": "KE", "themes": ["corruption"],
                                                 "networks": ["ti_chapter"], "is_rlo": True,
                                                 "rlo_region": "002"}),
                "ar": w.create("organizations", {"name": "جمعية الشفافية", "country": "TN",
                                                 "themes": ["corruption.uncac", "drugs"]}),
                "mx": w.create("organizations", {"name": "Transparencia Mexicana", "country": "MX",
                                                 "themes": ["crime"], "org_type": "network"}),
            }
            ids["c1"] = w.create("contacts", {"organization_id": ids["ti"], "full_name": "Amina Odhiambo",
                                              "consent_on": "2010-01-01", "erased_on": None})
            ids["act"] = w.create("activities", {"title": "UNCAC training", "activity_type": "training",
                                                 "start_date": "2011-02-14",
                                                 "member_states": ["KE", "UG"]})
            for org, reps, women, men in (("ti", 3, 2, 1), ("ar", 2, None, None), ("mx", 1, 1, 0)):
                w.create("participations", {"activity_id": ids["act"], "organization_id": ids[org],
                                            "representatives": reps, "women": women, "men": men})
            ids["grant"] = w.create("grants", {"organization_id": ids["ti"], "amount": "10000",
                                               "purpose": "Consultation"})
        opened.ids = ids  # type: ignore[attr-defined]
        yield opened


def _names(store: Store, flt: browse.OrgFilter, **kw: object) -> list[str]:
    with store.engine.connect() as c:
        rids = browse.organization_rids(c, flt, **kw)  # type: ignore[arg-type]
        rows = browse.organization_rows(c, rids)
    return [rows[rid]["name"] for rid in rids]


def test_filters_and_search_select_the_right_organizations(store: Store) -> None:
    """Text (folded, prefix), region, country, theme (an area includes its sub-themes),
    network, type and RLO each narrow the list; deleted rows never appear."""
    assert _names(store, browse.OrgFilter(text="transpar")) != []
    assert set(_names(store, browse.OrgFilter(text="TRANSPARÉN"))) == {
        "Transparency International Kenya", "Transparencia Mexicana"}
    assert _names(store, browse.OrgFilter(region="002")) == sorted(
        ["Transparency International Kenya", "جمعية الشفافية"], key=lambda n: n.casefold())
    assert _names(store, browse.OrgFilter(country="MX")) == ["Transparencia Mexicana"]
    assert _names(store, browse.OrgFilter(theme="corruption")) == [
        "Transparency International Kenya", "جمعية الشفافية"]
    assert _names(store, browse.OrgFilter(network="ti_chapter")) == ["Transparency International Kenya"]
    assert _names(store, browse.OrgFilter(org_type="network")) == ["Transparencia Mexicana"]
    assert _names(store, browse.OrgFilter(rlo_only=True)) == ["Transparency International Kenya"]
    assert _names(store, browse.OrgFilter(text="!!!")) == []
    with store.write() as w:
        w.delete("organizations", store.ids["mx"])  # type: ignore[attr-defined]
    assert "Transparencia Mexicana" not in _names(store, browse.OrgFilter())


def test_sorting_by_name_country_and_descending(store: Store) -> None:
    """Rows come by folded name by default, by country code when asked, reversed on request."""
    assert _names(store, browse.OrgFilter()) == [
        "Transparencia Mexicana", "Transparency International Kenya", "جمعية الشفافية"]
    assert _names(store, browse.OrgFilter(), sort="country") == [
        "Transparency International Kenya", "Transparencia Mexicana", "جمعية الشفافية"]
    assert _names(store, browse.OrgFilter(), sort="country", descending=True) == [
        "جمعية الشفافية", "Transparencia Mexicana", "Transparency International Kenya"]


def test_keys_come_in_the_same_order_as_row_by_row(store: Store) -> None:
    """organization_rids() reads the keys as one group_concat() value: they are the keys,
    in the order, of the plain ORDER BY query read a row at a time (ranks, ties broken by
    key, names, descending, filters), deleted rows left out."""
    words = ("transparency", "centre", "justice", "integrity", "fundación", "observatoire",
             "трансparency", "civil", "society", "forum", "transparent", "centro")
    with store.write(author="tester") as w:
        made = [w.create("organizations", {
            "name": " ".join(words[(i * k) % len(words)] for k in (1, 3, 7)[: 1 + i % 3]),
            "acronym": f"T{i % 17}", "country": ("KE", "MX", "TN", "FR")[i % 4],
            "notes": words[(i * 5) % len(words)] if i % 2 else None}) for i in range(240)]
        for org_id in made[::29]:
            w.delete("organizations", org_id)
    cases: list[tuple[browse.OrgFilter, str | None, bool]] = [
        (browse.OrgFilter(), "name", False), (browse.OrgFilter(), "name", True),
        (browse.OrgFilter(), "country", False), (browse.OrgFilter(), None, False),
        (browse.OrgFilter(country="MX"), "acronym", True),
        (browse.OrgFilter(text="!!!"), None, False), (browse.OrgFilter(text="zzz"), None, False)]
    for typed in ("t", "tr", "transpa", "c", "centre j", "ф", "civil soc", "forum"):
        cases += [(browse.OrgFilter(text=typed), None, False),
                  (browse.OrgFilter(text=typed), None, True),
                  (browse.OrgFilter(text=typed), "name", False),
                  (browse.OrgFilter(text=typed, country="KE"), None, False)]
    with store.engine.connect() as c:
        for flt, sort, descending in cases:
            joins, where, params = browse._org_conditions(flt, c)
            order = (browse.ORG_SORT[sort] if sort in browse.ORG_SORT
                     else "f.rank" if joins else "o.sort_name")
            direction = "DESC" if descending else "ASC"
            expected = [row[0] for row in c.exec_driver_sql(
                f"SELECT o.rid FROM organizations o {joins} WHERE {' AND '.join(where)} "
                f"ORDER BY {order} {direction}, o.rid {direction}", params)]
            got = browse.organization_rids(c, flt, sort=sort, descending=descending)
            assert got == expected, (flt, sort, descending)
        assert len(browse.organization_rids(c, browse.OrgFilter(text="transpa"), sort=None)) > 20


def test_activity_totals_are_computed_from_participations(store: Store) -> None:
    """6 representatives of 3 organizations, 3 women, 1 man, 2 not recorded, 2 Member
    States; a deleted participation no longer counts."""
    ids = store.ids  # type: ignore[attr-defined]
    with store.engine.connect() as c:
        totals = browse.activity_totals(c, ids["act"])
        listed = browse.activity_rows(c, "uncac")
        people = browse.participants(c, ids["act"])
    assert totals == browse.ActivityTotals(6, 3, 3, 1, 2, 2)
    assert [(r["organizations"], r["representatives"]) for r in listed] == [(3, 6)]
    with store.write() as w:
        w.delete("participations", people[0]["id"])
    with store.engine.connect() as c:
        assert browse.activity_totals(c, ids["act"]).organizations == 2


def test_history_and_trash(store: Store) -> None:
    """A record's history lists its creation, edits (with the fields) and deletion, newest
    first; the Trash lists a deleted organization once (its contacts come back with it)
    and a restore empties it."""
    ids = store.ids  # type: ignore[attr-defined]
    with store.write(author="editor") as w:
        w.update("organizations", ids["ti"], {"acronym": "TI-K", "phone": "+254 1"})
    with store.write(author="deleter") as w:
        w.delete("organizations", ids["ti"])
    with store.engine.connect() as c:
        entries = browse.history(c, "organizations", ids["ti"])
        trash = browse.trash(c)
    assert [(e.op, e.author) for e in entries] == [
        ("delete", "deleter"), ("update", "editor"), ("insert", "tester")]
    assert entries[1].fields == ["acronym", "phone"]
    assert [(t.table, t.deleted_by) for t in trash] == [("organizations", "deleter")]
    with store.write() as w:
        w.restore("organizations", ids["ti"])
    with store.engine.connect() as c:
        assert browse.trash(c) == []
        assert [c_["full_name"] for c_ in browse.contacts_of(c, ids["ti"])] == ["Amina Odhiambo"]


def test_counts_by_region_and_theme(store: Store) -> None:
    """Counts per M49 region and per thematic area (a sub-theme alone does not count for
    its area: the area must be listed)."""
    with store.engine.connect() as c:
        regions = browse.counts_by_region(c)
        themes = browse.counts_by_theme(c)
    assert regions == {"002": 2, "019": 1}
    assert themes == {"corruption": 1, "drugs": 1, "crime": 1}
    assert set(regions) <= set(reference.regions())


def test_type_ahead_finds_organizations_and_contacts(store: Store) -> None:
    """The participant type-ahead offers organizations by name and contacts by name."""
    with store.engine.connect() as c:
        orgs = browse.find_participants(c, "transpa")
        people = browse.find_participants(c, "Amina")
        rlos = browse.find_organizations(c, "trans", rlo_only=True)
    assert {h["contact_id"] for h in orgs} == {None} and len(orgs) == 2
    assert [h["label"].split(" — ")[0] for h in people if h["contact_id"]] == ["Amina Odhiambo"]
    assert [label for _id, label in rlos] == ["Transparency International Kenya — KE"]


def test_status_counts_and_first_run(tmp_path: Path, store: Store) -> None:
    """Pending changes count this device's unsent changes; an empty replica is a first run."""
    with store.engine.connect() as c:
        counts = browse.pending_and_counts(c)
        assert not browse.is_empty(c)
    assert counts["organizations"] == 3 and counts["pending"] >= 9
    with Store.open(tmp_path / "empty") as empty, empty.engine.connect() as c:
        assert browse.is_empty(c)


def test_sync_marks_flag_pending_rows_and_conflicts_in_one_query_per_page(store: Store) -> None:
    """Rows with changes headquarters has not acknowledged are "pending"; a row with an
    unresolved conflict is "conflict" (over pending); acknowledged rows carry no mark."""
    from sqlalchemy import text

    ids = store.ids  # type: ignore[attr-defined]
    orgs = [ids["ti"], ids["ar"], ids["mx"]]
    with store.engine.connect() as c:
        assert browse.sync_marks(c, "organizations", orgs) == {i: "pending" for i in orgs}
    with store.engine.begin() as c:
        c.execute(text("UPDATE replica SET pushed_seq = last_seq"))
        c.execute(text("INSERT INTO conflicts (id, tbl, row_id, field, kind, winner_value, "
                       "loser_value, created_at) VALUES ('k1', 'organizations', :i, 'phone', "
                       "'field', '\"1\"', '\"2\"', '2011-01-01')"), {"i": ids["ar"]})
    with store.write(author="tester") as w:
        w.update("organizations", ids["mx"], {"acronym": "TM"})
    with store.engine.connect() as c:
        assert browse.sync_marks(c, "organizations", orgs) == {ids["ar"]: "conflict",
                                                             ids["mx"]: "pending"}
        (conflict,) = browse.unresolved_conflicts(c)
        assert conflict["label"] == "جمعية الشفافية" and conflict["loser_value"] == "2"
        overview = browse.sync_overview(c)
    assert overview["pending"] == 1 and overview["conflicts"] == 1 and overview["server_url"] is None


def test_sync_refusals_list_the_latest_refusal_per_record_and_field(store: Store) -> None:
    """Repeated refusals of the same field show once (the latest reason), with the record's
    name; requeue_refused writes the field again as a pending change and forgets it."""
    from sqlalchemy import text

    from lookingbeyond_desktop.store.sync_adapter import requeue_refused

    ti = store.ids["ti"]  # type: ignore[attr-defined]
    with store.engine.begin() as c:
        c.execute(text("UPDATE replica SET pushed_seq = last_seq"))
        for reason, at in (("old reason", "2011-01-01"), ("outside your scope", "2011-01-02")):
            c.execute(text("INSERT INTO sync_refusals (tbl, row_id, field, code, reason, at) VALUES "
                           "('organizations', :i, 'country', 'scope', :r, :at)"),
                      {"i": ti, "r": reason, "at": at})
    with store.engine.connect() as c:
        (refusal,) = browse.sync_refusals(c)
    assert refusal["reason"] == "outside your scope"
    assert refusal["label"] == "Transparency International Kenya"
    with store.write(author="tester") as w:
        assert requeue_refused(w, [refusal]) == 1
    with store.engine.connect() as c:
        assert browse.sync_refusals(c) == []
        assert browse.sync_marks(c, "organizations", [ti]) == {ti: "pending"}
        fields = c.execute(text("SELECT fields FROM changes ORDER BY device_seq DESC LIMIT 1")).scalar()
    assert "country" in fields
