"""What a report is: its filters, its figures grouped in sections, and the way from every
figure to the records behind it.  Plain Python: never imports Qt.

:mod:`lookingbeyond_desktop.reports.indicators` computes a :class:`Report` from a replica;
the Reports page (``ui/reports_page.py``), the exports (:mod:`.tables`, :mod:`.pdf`) and the
command line (``lookingbeyond report``) only render it.  Definitions of every figure:
``docs/reports.md``.

Words a person reads (section and column titles, notes) are English source strings marked
with :func:`QT_TRANSLATE_NOOP` in the ``report`` context, so that ``pyside6-lupdate`` finds
them here and the window shows them translated (``QCoreApplication.translate("report", s)``);
the command line writes them in English.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

__all__ = [
    "CONTEXT",
    "Column",
    "Drill",
    "DrillRecord",
    "Figure",
    "Filters",
    "QT_TRANSLATE_NOOP",
    "Report",
    "Row",
    "Section",
]

#: The translation context of every report string.
CONTEXT = "report"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True, slots=True)
class Filters:
    """What a report covers.  ``None`` everywhere: everything this replica holds.

    - ``start``/``end``: the period, both days included; an activity is in it when it
      *starts* in it.
    - ``region``: a UN M49 code of a region, sub-region or intermediate region
      (``reference.regions()``); ``country``: an ISO 3166-1 alpha-2 code.  Both narrow the
      organizations counted (by the organization's country).
    - ``theme``: a thematic area or sub-theme code (an area includes its sub-themes).
    - ``network``: a partner network code; ``office``: a UNODC office code (the activity's
      organizing office).
    """

    start: dt.date | None = None
    end: dt.date | None = None
    region: str | None = None
    country: str | None = None
    theme: str | None = None
    network: str | None = None
    office: str | None = None

    def as_json(self) -> dict[str, str | None]:
        """The filters as the JSON export states them (dates as YYYY-MM-DD)."""
        return {
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "region": self.region,
            "country": self.country,
            "theme": self.theme,
            "network": self.network,
            "office": self.office,
        }

    def is_empty(self) -> bool:
        """Whether no filter is set."""
        return not any(value is not None for value in self.as_json().values())


DrillKind = Literal["organizations", "activities", "participations", "grants", "contacts"]


@dataclass(frozen=True, slots=True)
class Drill:
    """How to find the records behind one figure again: which records (``kind``) and the
    criteria that select them under the report's filters (``criteria``: small, hashable
    values, e.g. ``(("meeting", "COSP3"), ("engaged", True))``).  The report keeps no lists
    of ids, so it stays small on 100,000 organizations; ``indicators.drill`` runs the query
    when a person asks."""

    kind: DrillKind
    criteria: tuple[tuple[str, Any], ...] = ()

    def get(self, name: str, default: Any = None) -> Any:
        """One criterion's value."""
        for key, value in self.criteria:
            if key == name:
                return value
        return default


@dataclass(frozen=True, slots=True)
class DrillRecord:
    """One record behind a figure, as a list shows it: ``table`` and ``id`` open it in the
    window; ``label`` names it (an organization's name, an activity's title); ``detail`` is
    a short second column (country, date, status…).  ``withheld``: the label is not the
    record's name but :data:`~lookingbeyond_desktop.reports.indicators.WITHHELD` (a person
    of an organization at risk, not named unless asked for)."""

    table: str
    id: str
    label: str
    detail: str = ""
    withheld: bool = False


Number = int | float | Decimal


@dataclass(frozen=True, slots=True)
class Figure:
    """One number of the report.  ``value`` None: not computable (a share of nothing);
    ``drill`` None: no records stand behind it (a share, a sum in US dollars)."""

    value: Number | None
    drill: Drill | None = None


ColumnKind = Literal["text", "count", "share", "money", "date"]


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a section: ``key`` (as in the JSON export), ``title`` (English, marked
    for translation), ``kind`` (how to show its values: a share is 0.0–1.0, shown as a
    percentage; money is a :class:`~decimal.Decimal` in ``currency``, or US dollars when
    ``currency`` is "USD" and the column converts)."""

    key: str
    title: str
    kind: ColumnKind = "count"
    currency: str | None = None
    note: str = ""  # a tooltip: the column's definition


@dataclass(frozen=True, slots=True)
class Row:
    """A row of a section: ``key`` is the code the row stands for (a meeting code such as
    "COSP3", an M49 region code, a theme code, a grant status, an office code, a year);
    ``label`` its English name from the reference data (the window translates it by the
    section's ``row_kind``); ``level`` 1 for a sub-theme under its area or a sub-region under
    its region; ``cells`` maps column keys to figures (text columns hold str values)."""

    key: str
    label: str
    cells: dict[str, Figure | str]
    level: int = 0


RowKind = Literal["meeting", "region", "country", "theme", "status", "office", "year",
                  "measure", "currency", "organization"]


@dataclass(frozen=True, slots=True)
class Section:
    """One table of the report.  ``group`` is the indicator group it belongs to (one XLSX
    sheet, one chapter of the PDF): "policy", "partnership", "grants" or "quality".
    ``row_kind`` says what the rows' keys are, so that the window can translate labels and
    the map or charts can find the rows they draw."""

    key: str
    group: Literal["policy", "partnership", "grants", "quality"]
    title: str
    row_kind: RowKind
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    note: str = ""  # the definitions behind the section, for a tooltip and the PDF


GROUPS: dict[str, str] = {
    "policy": QT_TRANSLATE_NOOP("report", "Policy debate"),
    "partnership": QT_TRANSLATE_NOOP("report", "Regional and thematic partnership"),
    "grants": QT_TRANSLATE_NOOP("report", "Seed funding"),
    "quality": QT_TRANSLATE_NOOP("report", "Data quality"),
}


@dataclass(frozen=True, slots=True)
class RatesInfo:
    """The exchange rates a report converted with: US dollars per unit of each currency,
    the date they were set and where they came from (shown beside every US-dollar figure)."""

    as_of: dt.date
    source: str
    usd_per_unit: dict[str, Decimal]


@dataclass(slots=True)
class Report:
    """A computed report.

    ``totals`` holds the headline figures; its keys include at least those of the JSON
    export (``organizations_engaged``, ``representatives``, ``unique_people``,
    ``activities``, ``member_states``, ``developing_country_share``, ``women_share``).
    ``sections`` are the tables, in the order they are shown.  ``as_of`` is how fresh the
    data is: the last successful sync with headquarters, else the newest change saved on
    this device; ``generated_at`` when the report was computed.  ``by_country`` feeds the
    map: ISO alpha-2 → (organizations engaged, activities held there).
    """

    filters: Filters
    generated_at: dt.datetime
    as_of: dt.datetime | None
    totals: dict[str, Figure]
    sections: list[Section]
    rates: RatesInfo
    by_country: dict[str, tuple[int, int]] = field(default_factory=dict)
    scope: str = ""  # "all regions" at headquarters, else the regions this replica holds

    def section(self, key: str) -> Section:
        """The section with this key (KeyError when there is none)."""
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def is_empty(self) -> bool:
        """Whether nothing at all was counted (an empty period, a filter that matches nothing)."""
        value = self.totals.get("activities")
        engaged = self.totals.get("organizations_engaged")
        return not (value and value.value) and not (engaged and engaged.value)
