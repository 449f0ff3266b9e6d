"""Validation rules of the domain, with messages a person understands.

``clean`` turns raw input (typed in a form, read from a spreadsheet cell) into typed
values; ``validate`` checks a whole record.  Both report :class:`FieldError` s naming the
field, so that a form can show each message next to its field and an import can name
the row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from lookingbeyond_desktop.domain import reference, vocabulary
from sync.registry import FieldSpec, Kind
from sync.wire import MAX_LIST, MAX_RECORD_BYTES, MAX_TEXT, json_bytes

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
# Ranges: counts of people and amounts of money that no real record reaches, so that a
# typing slip or a hostile device cannot store a number some replica cannot hold.
MAX_COUNT = 1_000_000
MAX_AMOUNT = Decimal("1000000000000")  # 10^12, in any currency
AMOUNT_PLACES = 4
TRUE_WORDS = {"1", "true", "yes", "y", "x", "oui", "sí", "si", "да", "نعم", "是"}
FALSE_WORDS = {"0", "false", "no", "n", "", "non", "нет", "لا", "否"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for translation in ``context`` (lupdate reads it); returns it as is."""
    return text


class Term(str):
    """A word of the vocabulary given to a message (a grant status): the window shows it
    translated in the ``vocabulary`` context, like the message itself."""

    __slots__ = ()


def fill(template: str, args: tuple[str, ...]) -> str:
    """``template`` with ``%1``, ``%2``… replaced by ``args``, in one pass (a value holding
    "%2" is never replaced again)."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1]
                  if 0 < int(m.group(1)) <= len(args) else m.group(0), template)


@dataclass(frozen=True, slots=True)
class FieldError:
    """A problem with one field (``field`` is empty for a problem with the whole record).

    ``template`` is an English source string of the ``validation`` context with ``%1``,
    ``%2``… for ``args`` (the values quoted): the window translates it (``ui/errors``);
    ``message`` is the English text."""

    field: str
    template: str
    args: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        """The problem in English."""
        return fill(self.template, self.args)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class CleanError(ValueError):
    """A raw value that cannot become its field's type (:func:`clean`): a ``template`` of
    the ``validation`` context and its ``args``, like :class:`FieldError`."""

    def __init__(self, template: str, *args: str) -> None:
        super().__init__(fill(template, args))
        self.template = template
        self.values = args

    def field_error(self, field: str) -> FieldError:
        """The same problem, for ``field``."""
        return FieldError(field, self.template, self.values)


class ValidationError(ValueError):
    """A record broke one or more rules."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(str(error) for error in errors))
        self.errors = errors


def clean(spec: FieldSpec, raw: Any) -> Any:
    """The typed value of ``raw`` for field ``spec``; ValueError with a readable message."""
    if isinstance(raw, str):
        raw = raw.strip()
        if raw == "" and spec.kind is not Kind.BOOL:
            return [] if spec.kind is Kind.LIST else None
    if raw is None:
        return [] if spec.kind is Kind.LIST else None
    return _CLEANERS[spec.kind](raw)


def _clean_text(raw: Any) -> str:
    return str(raw).strip()


def _clean_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise CleanError(QT_TRANSLATE_NOOP("validation", "must be a whole number"))
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    try:
        return int(str(raw))
    except ValueError:
        raise CleanError(QT_TRANSLATE_NOOP("validation", "“%1” is not a whole number"), str(raw)) from None


def _clean_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    word = str(raw).strip().casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CleanError(QT_TRANSLATE_NOOP("validation", "“%1” is not yes or no"), str(raw))


def _clean_date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        raise CleanError(QT_TRANSLATE_NOOP("validation", "“%1” is not a date (write it as YYYY-MM-DD)"), str(raw)) from None


def _clean_decimal(raw: Any) -> Decimal:
    try:
        value = Decimal(str(raw).replace(",", "").replace(" ", ""))
    except InvalidOperation:
        raise CleanError(QT_TRANSLATE_NOOP("validation", "“%1” is not an amount"), str(raw)) from None
    if not value.is_finite():
        raise CleanError(QT_TRANSLATE_NOOP("validation", "“%1” is not an amount"), str(raw))
    return value


def _clean_list(raw: Any) -> list[str]:
    items = raw if isinstance(raw, (list, tuple)) else str(raw).split(";")
    seen: dict[str, None] = {}
    for item in items:
        text = str(item).strip()
        if text:
            seen.setdefault(text, None)
    return list(seen)


_CLEANERS: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: _clean_text,
    Kind.REF: _clean_text,
    Kind.INT: _clean_int,
    Kind.BOOL: _clean_bool,
    Kind.DATE: _clean_date,
    Kind.DECIMAL: _clean_decimal,
    Kind.LIST: _clean_list,
}

# Codes people type in lower case are stored in upper case.
UPPER_CODES = {"country", "currency", "rlo_region", "organizing_office", "follows_meeting", "meeting"}


def normalize(field: str, value: Any) -> Any:
    """Canonical spelling of a clean value (upper-case codes)."""
    if field in UPPER_CODES and isinstance(value, str):
        return value.upper()
    if field == "member_states" and isinstance(value, list):
        return [item.upper() for item in value]
    return value


class _Checker:
    """Collects the errors of one record."""

    def __init__(self, record: Mapping[str, Any]) -> None:
        self.record = record
        self.errors: list[FieldError] = []

    def fail(self, field: str, template: str, *args: str) -> None:
        self.errors.append(FieldError(field, template, args))

    def required(self, *fields: str) -> None:
        for field in fields:
            value = self.record.get(field)
            if value is None or (isinstance(value, str) and not value.strip()):
                self.fail(field, QT_TRANSLATE_NOOP("validation", "is required"))

    def lengths(self, table: str) -> None:
        """Each text and list within its cap (MAX_TEXT, MAX_LIST), and the whole record
        within the sync protocol's (sync.wire.MAX_RECORD_BYTES), in one pass over the
        values: every record pulled, imported or saved comes through here."""
        chars = 0
        for field, value in self.record.items():
            if value is None:
                chars += 40
            elif isinstance(value, str):
                length = len(value)
                chars += length
                if length > MAX_TEXT:
                    self.fail(field, QT_TRANSLATE_NOOP("validation", "is longer than %1 characters"), f"{MAX_TEXT:,}")
            elif isinstance(value, list):
                if len(value) > MAX_LIST:
                    self.fail(field, QT_TRANSLATE_NOOP("validation", "holds more than %1 items"), f"{MAX_LIST:,}")
                for item in value:
                    chars += len(str(item)) + 3
            else:
                chars += 40
        # A character takes at most six bytes of JSON: most records are far too small to
        # need encoding to know.
        if 6 * chars + 64 * len(self.record) < MAX_RECORD_BYTES:
            return
        from lookingbeyond_desktop.domain.registry import REGISTRY  # the registry imports models

        spec = REGISTRY.table(table)
        encoded = {name: spec.field(name).encode(value) for name, value in self.record.items()
                   if name in spec.field_names}
        if len(json_bytes(encoded)) > MAX_RECORD_BYTES:
            self.fail("", QT_TRANSLATE_NOOP("validation", "the record is larger than %1 KiB: shorten its longest texts"),
                      str(MAX_RECORD_BYTES // 1024))

    def choice(self, field: str, choices: Mapping[str, Any], template: str) -> None:
        """``template``: "“%1” is not a known …" (%1: the value)."""
        value = self.record.get(field)
        if value is not None and value not in choices:
            self.fail(field, template, str(value))

    def choices(self, field: str, choices: Mapping[str, Any], template: str) -> None:
        """``template``: "not a known …: %1" (%1: the unknown values)."""
        unknown = [v for v in self.record.get(field) or [] if v not in choices]
        if unknown:
            self.fail(field, template, ", ".join(unknown))

    def email(self, field: str) -> None:
        value = self.record.get(field)
        if value and not EMAIL.match(value):
            self.fail(field, QT_TRANSLATE_NOOP("validation", "“%1” is not an e-mail address (name@example.org)"), value)

    def url(self, field: str) -> None:
        value = self.record.get(field)
        if not value:
            return
        parts = urlsplit(value if "://" in value else f"https://{value}")
        host = parts.hostname or ""
        if parts.scheme not in ("http", "https") or "." not in host or " " in value:
            self.fail(field, QT_TRANSLATE_NOOP("validation", "“%1” is not a web address (www.example.org)"), value)

    def not_future(self, field: str, today: dt.date) -> None:
        value = self.record.get(field)
        if value is not None and value > today:
            self.fail(field, QT_TRANSLATE_NOOP("validation", "cannot be in the future"))

    def in_order(self, first: str, second: str, message: str) -> None:
        a, b = self.record.get(first), self.record.get(second)
        if a is not None and b is not None and b < a:
            self.fail(second, message)

    def non_negative(self, *fields: str) -> None:
        for field in fields:
            value = self.record.get(field)
            if value is not None and value < 0:
                self.fail(field, QT_TRANSLATE_NOOP("validation", "cannot be negative"))

    def at_most(self, limit: int | Decimal, *fields: str) -> None:
        for field in fields:
            value = self.record.get(field)
            if value is not None and value > limit:
                self.fail(field, QT_TRANSLATE_NOOP("validation", "cannot be more than %1"), f"{limit:,}")


def _organization(c: _Checker, today: dt.date, previous: Mapping[str, Any] | None) -> None:
    c.required("name", "country", "org_type", "ecosoc_status")
    c.choice("country", reference.countries(), QT_TRANSLATE_NOOP("validation", "“%1” is not a known country code (ISO 3166, e.g. KE)"))
    c.choice("org_type", vocabulary.ORG_TYPES, QT_TRANSLATE_NOOP("validation", "“%1” is not a known organization type"))
    c.choice("ecosoc_status", vocabulary.ECOSOC_STATUSES, QT_TRANSLATE_NOOP("validation", "“%1” is not a known ECOSOC status"))
    c.choices("themes", reference.themes(), QT_TRANSLATE_NOOP("validation", "not a known thematic area: %1"))
    c.choices("networks", reference.networks(), QT_TRANSLATE_NOOP("validation", "not a known network: %1"))
    if c.record.get("is_rlo"):
        c.required("rlo_region")
    c.choice("rlo_region", reference.regions(), QT_TRANSLATE_NOOP("validation", "“%1” is not a known UN M49 region code"))
    c.email("email")
    c.url("website")
    c.not_future("verified_on", today)


def _contact(c: _Checker, today: dt.date, previous: Mapping[str, Any] | None) -> None:
    if c.record.get("erased_on") is not None:
        # Erased at headquarters: the personal fields are blank for good (sync.registry.
        # blank_value), so what is required of a person's record is not asked of it.
        c.required("organization_id")
        for name in ("full_name", "email", "phone", "notes"):
            if c.record.get(name):
                c.fail(name, QT_TRANSLATE_NOOP("validation", "must stay blank: the person's data was erased"))
        return
    c.required("organization_id", "full_name", "consent_on")
    c.email("email")
    c.not_future("consent_on", today)


def _activity(c: _Checker, today: dt.date, previous: Mapping[str, Any] | None) -> None:
    c.required("title", "activity_type", "start_date")
    c.choice("activity_type", vocabulary.ACTIVITY_TYPES, QT_TRANSLATE_NOOP("validation", "“%1” is not a known activity type"))
    c.in_order("start_date", "end_date", QT_TRANSLATE_NOOP("validation", "cannot be before the start date"))
    c.choice("country", reference.countries(), QT_TRANSLATE_NOOP("validation", "“%1” is not a known country code (ISO 3166, e.g. KE)"))
    c.choices("member_states", reference.countries(), QT_TRANSLATE_NOOP("validation", "not a known country code: %1"))
    c.choices("themes", reference.themes(), QT_TRANSLATE_NOOP("validation", "not a known thematic area: %1"))
    c.choice("organizing_office", reference.offices(), QT_TRANSLATE_NOOP("validation", "“%1” is not a known UNODC office"))
    c.choice("meeting", reference.meetings(), QT_TRANSLATE_NOOP("validation", "“%1” is not a known intergovernmental meeting"))


def _participation(c: _Checker, today: dt.date, previous: Mapping[str, Any] | None) -> None:
    c.required("activity_id", "organization_id", "role", "representatives")
    c.choice("role", vocabulary.PARTICIPATION_ROLES, QT_TRANSLATE_NOOP("validation", "“%1” is not a known role"))
    c.non_negative("representatives", "women", "men")
    c.at_most(MAX_COUNT, "representatives", "women", "men")
    counted = (c.record.get("women") or 0) + (c.record.get("men") or 0)
    representatives = c.record.get("representatives")
    if representatives is not None and 0 <= representatives < counted:
        c.fail("representatives", QT_TRANSLATE_NOOP("validation", "is %1, fewer than the %2 women and men counted"),
               str(representatives), str(counted))


def _grant(c: _Checker, today: dt.date, previous: Mapping[str, Any] | None) -> None:
    c.required("organization_id", "amount", "currency", "purpose", "status")
    amount = c.record.get("amount")
    if amount is not None and amount <= 0:
        c.fail("amount", QT_TRANSLATE_NOOP("validation", "must be more than zero"))
    c.at_most(MAX_AMOUNT, "amount")
    exponent = amount.as_tuple().exponent if isinstance(amount, Decimal) else 0
    if isinstance(exponent, int) and exponent < -AMOUNT_PLACES:
        c.fail("amount", QT_TRANSLATE_NOOP("validation", "has more than %1 decimal places"), str(AMOUNT_PLACES))
    currency = c.record.get("currency")
    if currency and not reference.is_currency(currency):
        c.fail("currency", QT_TRANSLATE_NOOP("validation", "“%1” is not an ISO 4217 currency code (e.g. USD)"), currency)
    c.choice("status", vocabulary.GRANT_STATUSES, QT_TRANSLATE_NOOP("validation", "“%1” is not a known grant status"))
    c.choice("follows_meeting", reference.meetings(), QT_TRANSLATE_NOOP("validation", "“%1” is not a known intergovernmental meeting"))
    c.in_order("approved_on", "disbursed_on", QT_TRANSLATE_NOOP("validation", "cannot be before the approval"))
    c.in_order("disbursed_on", "report_received_on", QT_TRANSLATE_NOOP("validation", "cannot be before the disbursement"))
    old, new = (previous or {}).get("status"), c.record.get("status")
    if (
        old in vocabulary.GRANT_STATUSES
        and new in vocabulary.GRANT_STATUSES
        and not vocabulary.grant_transition_allowed(old, new)
    ):
        c.fail(
            "status",
            QT_TRANSLATE_NOOP("validation", "cannot move from “%1” to “%2”: a grant moves one step at a time"),
            Term(vocabulary.GRANT_STATUSES[old]), Term(vocabulary.GRANT_STATUSES[new]),
        )


_RULES: dict[str, Callable[[_Checker, dt.date, Mapping[str, Any] | None], None]] = {
    "organizations": _organization,
    "contacts": _contact,
    "activities": _activity,
    "participations": _participation,
    "grants": _grant,
}


def validate(
    table: str,
    record: Mapping[str, Any],
    *,
    previous: Mapping[str, Any] | None = None,
    today: dt.date | None = None,
) -> list[FieldError]:
    """Every rule that ``record`` (the whole row after the edit) breaks.

    ``previous`` is the row before the edit, for rules about transitions.
    """
    checker = _Checker(record)
    checker.lengths(table)
    _RULES[table](checker, today or dt.date.today(), previous)
    return checker.errors
