"""US-dollar exchange rates for the seed-funding figures: the table that ships with the
application (``resources/reference/usd_rates.json``) and the copy a person edited on this
computer (the ``local_settings`` row named ``usd_rates``, which never syncs).

A report converts each grant's amount with the rate of its currency (US dollars per unit),
rounded to the cent; a currency without a rate gives no US-dollar figure (None), never a
guess.  The rates' date and source are shown beside every US-dollar figure.

The local copy is JSON: ``{"as_of": "YYYY-MM-DD", "source": str, "rates": {"EUR": "1.08",
...}}``.  Plain Python: never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import json
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.reports.model import RatesInfo

__all__ = ["SETTING", "load_rates", "reset_rates", "save_rates", "shipped_rates", "to_usd",
           "validate_rates"]

#: The ``local_settings`` row that holds this computer's edited table.
SETTING = "usd_rates"
_FILE = "usd_rates.json"
_SOURCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "reference"
CENT = Decimal("0.01")


def _read_shipped() -> str:
    """The shipped file's text: the installed package data, else the source tree's copy."""
    try:
        installed = importlib.resources.files("lookingbeyond_desktop.resources") / "reference"
        if installed.is_dir() and (installed / _FILE).is_file():
            return (installed / _FILE).read_text(encoding="utf-8")
    except (ImportError, TypeError):
        pass
    return (_SOURCE_DIR / _FILE).read_text(encoding="utf-8")


@functools.cache
def _shipped() -> RatesInfo:
    try:
        data = json.loads(_read_shipped())
    except (OSError, ValueError) as exc:
        raise reference.ReferenceDataError(f"cannot read reference file {_FILE}: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != reference.REFERENCE_VERSION:
        raise reference.ReferenceDataError(
            f"{_FILE}: expected version {reference.REFERENCE_VERSION!r}")
    items = data.get("items")
    if not isinstance(items, list):
        raise reference.ReferenceDataError(f"{_FILE}: expected a list of items")
    try:
        rates = {str(item["currency"]): item["usd_per_unit"] for item in items}
        return validate_rates(data.get("as_of"), data.get("source"), rates)
    except (KeyError, TypeError, ValueError) as exc:
        raise reference.ReferenceDataError(f"{_FILE}: {exc}") from exc


def shipped_rates() -> RatesInfo:
    """The rate table that ships with the application (a fresh copy: safe to change)."""
    shipped = _shipped()
    return RatesInfo(shipped.as_of, shipped.source, dict(shipped.usd_per_unit))


def _rate(currency: str, value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        raise ValueError(f"The rate of {currency} must be a number, not {value!r}.")
    try:
        rate = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise ValueError(f"The rate of {currency}, “{value}”, is not a number.") from None
    if not rate.is_finite() or rate <= 0:
        raise ValueError(f"The rate of {currency} must be more than zero (it is “{value}”).")
    return rate


def validate_rates(as_of: Any, source: Any, rates: Mapping[Any, Any]) -> RatesInfo:
    """A checked :class:`RatesInfo` from loose values (a date or "YYYY-MM-DD", a text, a
    mapping of currency codes to US dollars per unit, as numbers or texts).

    Raises ValueError, saying what is wrong, for a missing or malformed date, a code that
    is not ISO 4217, a rate that is not a positive number, or a US-dollar rate other than 1.
    Codes are upper-cased; US dollars are always 1."""
    if isinstance(as_of, dt.datetime):
        as_of = as_of.date()
    if isinstance(as_of, str):
        try:
            as_of = dt.date.fromisoformat(as_of.strip())
        except ValueError:
            raise ValueError(f"The rates' date, “{as_of}”, is not a date (YYYY-MM-DD).") from None
    if not isinstance(as_of, dt.date):
        raise ValueError("The rates need the date they were set (YYYY-MM-DD).")
    if source is None:
        source = ""
    if not isinstance(source, str):
        raise ValueError("The rates' source must be a text.")
    if not isinstance(rates, Mapping):
        raise ValueError("The rates must map currency codes to US dollars per unit.")
    checked: dict[str, Decimal] = {}
    for code, value in rates.items():
        if not isinstance(code, str) or not reference.is_currency(code.strip()):
            raise ValueError(f"“{code}” is not an ISO 4217 currency code (e.g. EUR).")
        currency = code.strip().upper()
        if currency in checked:
            raise ValueError(f"{currency} is given twice.")
        rate = _rate(currency, value)
        if currency == "USD" and rate != 1:
            raise ValueError(f"A US dollar is worth 1 US dollar, not {value}.")
        checked[currency] = rate
    checked.setdefault("USD", Decimal("1"))
    ordered = {"USD": checked.pop("USD"), **dict(sorted(checked.items()))}
    return RatesInfo(as_of=as_of, source=source.strip(), usd_per_unit=ordered)


def _encode(info: RatesInfo) -> str:
    return json.dumps({"as_of": info.as_of.isoformat(), "source": info.source,
                       "rates": {code: format(rate, "f")
                                 for code, rate in info.usd_per_unit.items()}},
                      ensure_ascii=False)


def load_rates(connection: Connection) -> RatesInfo:
    """The rates reports use on this computer: the edited copy if a person saved one
    (:func:`save_rates`), else the shipped table.  A local copy that cannot be read (it
    was damaged outside the application) is ignored in favour of the shipped table."""
    value = connection.exec_driver_sql(
        "SELECT value FROM local_settings WHERE name = ?", (SETTING,)).scalar()
    if value is None:
        return shipped_rates()
    try:
        data = json.loads(value)
        return validate_rates(data["as_of"], data.get("source", ""), data["rates"])
    except (KeyError, TypeError, ValueError):
        return shipped_rates()


def save_rates(connection: Connection, info: RatesInfo) -> RatesInfo:
    """Keep ``info`` as this computer's rate table (the ``usd_rates`` local setting, created
    or replaced); returns it as checked (codes upper-cased, US dollars at 1).  Raises
    ValueError on bad values (see :func:`validate_rates`), writing nothing.  The caller
    commits (e.g. inside ``store.write()`` or an ``Ops.write`` job: ``writer.connection``)."""
    checked = validate_rates(info.as_of, info.source, info.usd_per_unit)
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    connection.exec_driver_sql(
        "INSERT INTO local_settings (name, value, set_at) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET value = excluded.value, set_at = excluded.set_at",
        (SETTING, _encode(checked), now))
    return checked


def reset_rates(connection: Connection) -> None:
    """Forget this computer's edited table: reports use the shipped one again (the caller
    commits)."""
    connection.exec_driver_sql("DELETE FROM local_settings WHERE name = ?", (SETTING,))


def to_usd(amount: Decimal, currency: str, rates: RatesInfo) -> Decimal | None:
    """``amount`` of ``currency`` in US dollars, rounded to the cent (half up); None when
    the table has no rate for the currency."""
    code = currency.upper()
    rate = Decimal("1") if code == "USD" else rates.usd_per_unit.get(code)
    if rate is None:
        return None
    return (Decimal(amount) * rate).quantize(CENT, rounding=ROUND_HALF_UP)
