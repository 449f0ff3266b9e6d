"""The filters of the Activities and Grants lists (store/browse.py ActivityFilter and
GrantFilter): each narrows the list in SQL, they combine, and an empty filter lists
everything live."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from lookingbeyond_desktop.store import Store, browse


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Four organizations, five activities (one deleted) and five grants (one deleted)."""
    with Store.open(tmp_path / "data") as opened:
        with opened.write(author="tester") as w:
            ke = w.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE",
                                            "themes": ["corruption.uncac"], "is_rlo": True,
                                            "rlo_region": "002"})
            ma = w.create("organizations", {"name": "Association Marocaine", "country": "MA",
                                            "themes": ["drugs"]})
            mx = w.create("organizations", {"name": "Transparencia Mexicana", "country": "MX",
                                            "themes": ["crime", "corruption"]})
            w.create("activities", {"title": "UNCAC review training", "activity_type": "training",
                                    "start_date": "2010-11-08", "end_date": "2010-11-10",
                                    "country": "KE", "themes": ["corruption.uncac"],
                                    "organizing_office": "RO-KE"})
            w.create("activities", {"title": "Consultation after CoSP 3", "start_date": "2010-01-20",
                                    "activity_type": "regional_consultation", "country": "QA",
                                    "themes": ["corruption"], "meeting": "COSP3",
                                    "organizing_office": "HQ"})
            w.create("activities", {"title": "Drug prevention dialogue", "activity_type": "dialogue",
                                    "start_date": "2011-06-01", "country": "MA",
                                    "themes": ["drugs"], "organizing_office": "RO-EG"})
            w.create("activities", {"title": "New year dialogue", "activity_type": "dialogue",
                                    "start_date": "2010-12-30", "end_date": "2011-01-02",
                                    "country": "KE", "themes": ["crime"]})
            gone = w.create("activities", {"title": "Deleted training", "start_date": "2010-11-09",
                                           "activity_type": "training", "country": "KE"})
            w.delete("activities", gone)
            for org, amount, currency, status, approved in (
                    (ke, "10000", "USD", "approved", "2010-03-01"),
                    (ke, "8000", "EUR", "disbursed", "2011-02-15"),
                    (ma, "5000", "USD", "proposed", None),
                    (mx, "7000", "MXN", "closed", "2009-12-31")):
                values = {"organization_id": org, "amount": amount, "currency": currency,
                          "purpose": f"Seed {amount} {currency}", "status": status,
                          "approved_on": approved}
                if status in ("disbursed", "closed"):
                    values["disbursed_on"] = approved
                if status == "closed":
                    values["report_received_on"] = approved
                w.create("grants", values)
            gone = w.create("grants", {"organization_id": mx, "amount": "1", "purpose": "Gone"})
            w.delete("grants", gone)
        yield opened


def _titles(store: Store, flt: browse.ActivityFilter) -> list[str]:
    with store.engine.connect() as c:
        return [row["title"] for row in browse.activity_rows(c, flt)]


def _purposes(store: Store, flt: browse.GrantFilter) -> set[str]:
    with store.engine.connect() as c:
        return {row["purpose"] for row in browse.grant_rows(c, flt)}


ALL_ACTIVITIES = ["Drug prevention dialogue", "New year dialogue", "UNCAC review training",
                  "Consultation after CoSP 3"]
ALL_GRANTS = {"Seed 10000 USD", "Seed 8000 EUR", "Seed 5000 USD", "Seed 7000 MXN"}


def test_an_empty_filter_lists_every_live_record(store: Store) -> None:
    """No text and no filter: every live activity (newest first) and grant; deleted ones
    never; the filter says it does not narrow, and the totals count the same records."""
    assert _titles(store, browse.ActivityFilter()) == ALL_ACTIVITIES
    assert _purposes(store, browse.GrantFilter()) == ALL_GRANTS
    assert not browse.ActivityFilter().narrows()
    assert not browse.GrantFilter(text="  ").narrows()
    assert browse.ActivityFilter(country="KE").narrows()
    assert browse.GrantFilter(text="seed").narrows()
    with store.engine.connect() as c:
        assert browse.live_total(c, "activities") == 4
        assert browse.live_total(c, "grants") == 4
        # The text-only form the callers used before filters still works.
        assert [r["title"] for r in browse.activity_rows(c, "uncac")] == ["UNCAC review training"]


def test_each_activity_filter_narrows_the_list(store: Store) -> None:
    """Period (held at least in part in it, either end open), country, thematic area (with
    its sub-themes), type, organizing office and meeting each keep only what they say."""
    flt = browse.ActivityFilter
    assert _titles(store, flt(date_from=dt.date(2011, 1, 1))) == [
        "Drug prevention dialogue", "New year dialogue"]  # the second ends in 2011
    assert _titles(store, flt(date_to=dt.date(2010, 11, 8))) == [
        "UNCAC review training", "Consultation after CoSP 3"]  # starts on the last day
    assert _titles(store, flt(date_from=dt.date(2010, 11, 10), date_to=dt.date(2010, 12, 31))) == [
        "New year dialogue", "UNCAC review training"]  # ends / starts inside the period
    assert _titles(store, flt(date_from=dt.date(2012, 1, 1))) == []
    assert _titles(store, flt(country="KE")) == ["New year dialogue", "UNCAC review training"]
    assert _titles(store, flt(theme="corruption")) == [
        "UNCAC review training", "Consultation after CoSP 3"]
    assert _titles(store, flt(theme="corruption.uncac")) == ["UNCAC review training"]
    assert _titles(store, flt(activity_type="dialogue")) == [
        "Drug prevention dialogue", "New year dialogue"]
    assert _titles(store, flt(office="RO-EG")) == ["Drug prevention dialogue"]
    assert _titles(store, flt(meeting="COSP3")) == ["Consultation after CoSP 3"]
    assert _titles(store, flt(text="dialogue")) == ["Drug prevention dialogue", "New year dialogue"]


def test_activity_filters_combine(store: Store) -> None:
    """Filters and text together keep only what passes every one of them."""
    flt = browse.ActivityFilter
    assert _titles(store, flt(country="KE", activity_type="training")) == ["UNCAC review training"]
    assert _titles(store, flt(country="KE", date_from=dt.date(2011, 1, 1))) == ["New year dialogue"]
    assert _titles(store, flt(text="dialogue", country="MA", theme="drugs",
                              date_to=dt.date(2011, 12, 31))) == ["Drug prevention dialogue"]
    assert _titles(store, flt(country="KE", theme="drugs")) == []


def test_each_grant_filter_narrows_the_list(store: Store) -> None:
    """Approval period (a grant not yet approved has no date and is left out), the
    organization's country and thematic area, status and currency."""
    flt = browse.GrantFilter
    assert _purposes(store, flt(date_from=dt.date(2010, 1, 1))) == {
        "Seed 10000 USD", "Seed 8000 EUR"}
    assert _purposes(store, flt(date_to=dt.date(2009, 12, 31))) == {"Seed 7000 MXN"}
    assert _purposes(store, flt(date_from=dt.date(2010, 1, 1), date_to=dt.date(2010, 12, 31))) == {
        "Seed 10000 USD"}
    assert _purposes(store, flt(country="KE")) == {"Seed 10000 USD", "Seed 8000 EUR"}
    assert _purposes(store, flt(theme="corruption")) == {
        "Seed 10000 USD", "Seed 8000 EUR", "Seed 7000 MXN"}
    assert _purposes(store, flt(theme="drugs")) == {"Seed 5000 USD"}
    assert _purposes(store, flt(status="proposed")) == {"Seed 5000 USD"}
    assert _purposes(store, flt(currency="USD")) == {"Seed 10000 USD", "Seed 5000 USD"}
    assert _purposes(store, flt(text="marocaine")) == {"Seed 5000 USD"}


def test_grant_filters_combine_and_currencies_are_listed(store: Store) -> None:
    """Filters and text together keep what passes all; the currency choices are the
    currencies of live grants."""
    flt = browse.GrantFilter
    assert _purposes(store, flt(country="KE", currency="USD")) == {"Seed 10000 USD"}
    assert _purposes(store, flt(currency="USD", status="approved",
                                date_to=dt.date(2010, 12, 31), text="seed")) == {"Seed 10000 USD"}
    assert _purposes(store, flt(country="MX", currency="USD")) == set()
    with store.engine.connect() as c:
        assert browse.grant_currencies(c) == ["EUR", "MXN", "USD"]


def test_filter_values_are_bound_never_spliced(store: Store) -> None:
    """Quotes and SQL in a filter's value are data: they match nothing and break nothing."""
    hostile = "KE' OR '1'='1"
    assert _titles(store, browse.ActivityFilter(country=hostile)) == []
    assert _titles(store, browse.ActivityFilter(theme="x') OR 1=1 --")) == []
    assert _purposes(store, browse.GrantFilter(currency=hostile, status="'; DROP TABLE grants;")) == set()
    assert _purposes(store, browse.GrantFilter()) == ALL_GRANTS
