"""The US-dollar rate table: the one that ships (resources/reference/usd_rates.json), the
copy a person edits on this computer (local_settings "usd_rates"), their checks, and the
conversion of grant amounts."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.reports.indicators import compute
from lookingbeyond_desktop.reports.model import Filters, RatesInfo
from lookingbeyond_desktop.reports.rates import (
    SETTING,
    load_rates,
    reset_rates,
    save_rates,
    shipped_rates,
    to_usd,
    validate_rates,
)
from lookingbeyond_desktop.store import Store

SHIPPED_FILE = Path(__file__).resolve().parents[2] / "resources" / "reference" / "usd_rates.json"


def edited(**changes: object) -> RatesInfo:
    """An edited table: EUR at 1.10, GBP at 1.30, set on 2011-11-30."""
    values: dict[str, object] = {"as_of": dt.date(2011, 11, 30),
                                 "source": "UN operational rates of exchange, November 2011",
                                 "usd_per_unit": {"EUR": Decimal("1.10"), "GBP": Decimal("1.30")}}
    values.update(changes)
    return RatesInfo(**values)  # type: ignore[arg-type]


def test_shipped_table_is_honest_and_complete() -> None:
    """The shipped file is of the reference version, dated, says the rates are approximate
    and must be replaced by the UN operational rates before official reporting, and gives a
    positive rate for every currency it lists, all ISO 4217 codes, US dollars at 1."""
    data = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))
    assert data["version"] == reference.REFERENCE_VERSION
    dt.date.fromisoformat(data["as_of"])
    assert "pproximate" in data["source"] and "UN operational rates" in data["source"]
    rates = shipped_rates()
    assert rates.as_of == dt.date.fromisoformat(data["as_of"])
    assert rates.usd_per_unit["USD"] == 1
    assert len(rates.usd_per_unit) == len(data["items"])
    for code, rate in rates.usd_per_unit.items():
        assert reference.is_currency(code) and rate > 0, code


def test_shipped_table_covers_the_currencies_likely_used() -> None:
    """The demo's grants (USD, EUR), the usual donors' currencies (GBP, CHF, JPY…) and those
    of the countries hosting UNODC field offices (offices.json) all have a rate; a rough
    sanity check: a euro is worth between 0.8 and 1.6 US dollars."""
    expected = {"USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "SEK", "NOK",
                # host countries of the field offices (Bulgaria uses the euro since 2026)
                "KES", "ZAR", "XOF", "EGP", "INR", "THB", "UZS", "RUB", "BRL", "MXN", "PAB",
                "AFN", "PKR", "IRR", "COP", "PEN", "BOB", "NGN", "MMK", "LAK", "VND", "IDR"}
    rates = shipped_rates().usd_per_unit
    assert expected <= set(rates)
    assert Decimal("0.8") < rates["EUR"] < Decimal("1.6")


def test_shipped_rates_are_a_fresh_copy() -> None:
    """Changing the table shipped_rates() returned changes nothing for the next caller."""
    first = shipped_rates()
    first.usd_per_unit["EUR"] = Decimal("99")
    assert shipped_rates().usd_per_unit["EUR"] != Decimal("99")


def test_a_new_folder_uses_the_shipped_table(store: Store) -> None:
    """No edited copy yet: load_rates() gives the shipped table."""
    with store.engine.connect() as connection:
        assert load_rates(connection) == shipped_rates()


def test_saved_table_is_kept_on_this_computer(store: Store) -> None:
    """save_rates() keeps the edited table in local_settings (one row, "usd_rates", JSON
    with as_of, source and rates as texts); load_rates() returns it, US dollars added at 1;
    nothing is recorded for sync (no change)."""
    with store.engine.connect() as connection:
        changes = connection.exec_driver_sql("SELECT count(*) FROM changes").scalar()
    with store.engine.begin() as connection:
        saved = save_rates(connection, edited())
    with store.engine.connect() as connection:
        loaded = load_rates(connection)
        row = connection.exec_driver_sql(
            "SELECT value FROM local_settings WHERE name = ?", (SETTING,)).scalar()
        assert connection.exec_driver_sql("SELECT count(*) FROM changes").scalar() == changes
    assert loaded == saved
    assert loaded.as_of == dt.date(2011, 11, 30)
    assert loaded.source == "UN operational rates of exchange, November 2011"
    assert loaded.usd_per_unit == {"USD": Decimal("1"), "EUR": Decimal("1.10"),
                                   "GBP": Decimal("1.30")}
    assert json.loads(str(row)) == {"as_of": "2011-11-30",
                               "source": "UN operational rates of exchange, November 2011",
                               "rates": {"USD": "1", "EUR": "1.10", "GBP": "1.30"}}


def test_saving_again_replaces_the_table(store: Store) -> None:
    """A second save replaces the first (one row): the EUR rate of the second counts, the
    GBP of the first is gone."""
    with store.engine.begin() as connection:
        save_rates(connection, edited())
        save_rates(connection, edited(usd_per_unit={"eur": "1.12"}, as_of="2011-12-31"))
    with store.engine.connect() as connection:
        loaded = load_rates(connection)
        count = connection.exec_driver_sql(
            "SELECT count(*) FROM local_settings WHERE name = ?", (SETTING,)).scalar()
    assert count == 1
    assert loaded.usd_per_unit == {"USD": Decimal("1"), "EUR": Decimal("1.12")}
    assert loaded.as_of == dt.date(2011, 12, 31)


def test_reset_goes_back_to_the_shipped_table(store: Store) -> None:
    """reset_rates() forgets the edited copy."""
    with store.engine.begin() as connection:
        save_rates(connection, edited())
        reset_rates(connection)
    with store.engine.connect() as connection:
        assert load_rates(connection) == shipped_rates()


@pytest.mark.parametrize(("rates", "message"), [
    ({"XYZ": "1.0"}, "“XYZ” is not an ISO 4217 currency code"),
    ({"EUR": "-1.08"}, "The rate of EUR must be more than zero"),
    ({"EUR": "0"}, "The rate of EUR must be more than zero"),
    ({"EUR": "abc"}, "The rate of EUR, “abc”, is not a number"),
    ({"EUR": "NaN"}, "The rate of EUR must be more than zero"),
    ({"EUR": True}, "The rate of EUR must be a number"),
    ({"USD": "2"}, "A US dollar is worth 1 US dollar"),
    ({"EUR": "1.1", "eur": "1.2"}, "EUR is given twice"),
    ({12: "1.1"}, "is not an ISO 4217 currency code"),
])
def test_bad_rates_are_refused(store: Store, rates: dict[object, object], message: str) -> None:
    """Codes must be ISO 4217 (any case), rates positive numbers, US dollars at 1: a bad
    value raises ValueError saying which and why, and nothing is saved."""
    with store.engine.begin() as connection:
        with pytest.raises(ValueError, match=message):
            save_rates(connection, edited(usd_per_unit=rates))
    with store.engine.connect() as connection:
        assert load_rates(connection) == shipped_rates()


def test_bad_date_is_refused() -> None:
    """The rates' date is required, as a date or YYYY-MM-DD."""
    with pytest.raises(ValueError, match="is not a date"):
        validate_rates("30/11/2011", "", {"EUR": "1.1"})
    with pytest.raises(ValueError, match="need the date"):
        validate_rates(None, "", {"EUR": "1.1"})


def test_a_damaged_local_copy_falls_back_to_the_shipped_table(store: Store) -> None:
    """A local copy damaged outside the application (not JSON, a negative rate) is ignored:
    reports use the shipped table rather than fail."""
    for damaged in ("{not json", json.dumps({"as_of": "2011-11-30", "source": "",
                                             "rates": {"EUR": "-3"}})):
        with store.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT OR REPLACE INTO local_settings (name, value, set_at) VALUES (?, ?, ?)",
                (SETTING, damaged, "2011-11-30"))
        with store.engine.connect() as connection:
            assert load_rates(connection) == shipped_rates()


def test_to_usd() -> None:
    """EUR 8,000 at 1.08 = USD 8,640.00; US dollars stay as they are; rounding to the cent,
    half up (EUR 0.05 at 1.05 = 0.0525 → 0.05; EUR 0.10 at 1.05 = 0.105 → 0.11); a code in
    lower case works; a currency without a rate gives None."""
    rates = RatesInfo(dt.date(2011, 1, 1), "test", {"USD": Decimal("1"), "EUR": Decimal("1.08"),
                                                    "CHF": Decimal("1.05")})
    assert to_usd(Decimal("8000.00"), "EUR", rates) == Decimal("8640.00")
    assert to_usd(Decimal("15000.00"), "USD", rates) == Decimal("15000.00")
    assert to_usd(Decimal("0.05"), "CHF", rates) == Decimal("0.05")
    assert to_usd(Decimal("0.10"), "chf", rates) == Decimal("0.11")
    assert to_usd(Decimal("100"), "KES", rates) is None


def test_reports_convert_with_this_computers_table(hand_made_store: Store,
                                                   hand_made_today: dt.date) -> None:
    """After EUR is set to 1.10 on this computer, the hand-made grants are worth USD 15,000
    + 8,000 × 1.10 + 5,000 × 1.10 = 29,300.00, and the report names the table it used."""
    with hand_made_store.engine.begin() as connection:
        save_rates(connection, edited())
    with hand_made_store.engine.connect() as connection:
        report = compute(connection, Filters(), today=hand_made_today)
    assert report.totals["grants_usd"].value == Decimal("29300.00")
    assert report.rates.as_of == dt.date(2011, 11, 30)
    assert report.rates.source == "UN operational rates of exchange, November 2011"
