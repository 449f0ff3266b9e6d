"""A report as data files: JSON (one object, the names the issue fixes), CSV (the indicator
table, one line per figure) and XLSX (a first sheet stating what the report covers, then one
sheet per indicator group).  Plain Python: never imports Qt.

Words a person reads come from a :class:`ReportWords`: English by default (the command line),
translated by the window (``ui.report_charts.QtReportWords``).  Files appear only when
complete (written next to their destination, then moved into place), so a full disk or a
crash never leaves half a report under the final name.  Text cells of CSV and XLSX are
neutralised like every other export (:func:`~lookingbeyond_desktop.store.exchange.neutralise_cell`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from lookingbeyond_desktop.domain import reference, vocabulary
from lookingbeyond_desktop.reports.indicators import TOTALS as TOTAL_TITLES
from lookingbeyond_desktop.reports.model import (
    GROUPS,
    QT_TRANSLATE_NOOP,
    Column,
    Figure,
    Number,
    Report,
    Row,
    Section,
)
from lookingbeyond_desktop.store.exchange import neutralise_cell

__all__ = [
    "TOTALS",
    "ReportWords",
    "Total",
    "cell_text",
    "describe_filters",
    "report_json",
    "write_csv",
    "write_json",
    "write_xlsx",
]


@dataclass(frozen=True, slots=True)
class Total:
    """A headline figure: its key in ``Report.totals``, its title, how to show it."""

    key: str
    title: str
    kind: str = "count"  # "count", "share" or "money" (US dollars)


def _total_kind(key: str) -> str:
    return "share" if key.endswith("_share") else "money" if key.endswith("_usd") else "count"


#: The headline figures, in the order the exports and the PDF's first page show them (the
#: titles are those of :data:`indicators.TOTALS`, the window's too).
TOTALS: tuple[Total, ...] = tuple(Total(key, title, _total_kind(key))
                                  for key, title in TOTAL_TITLES.items())

# Fixed words of the exports (found by lupdate in the "report" context).
W_REPORT_TITLE = QT_TRANSLATE_NOOP("report", "Looking Beyond: report on civil society engagement")
W_REPORT = QT_TRANSLATE_NOOP("report", "Report")
W_FILTERS = QT_TRANSLATE_NOOP("report", "Filters")
W_NO_FILTERS = QT_TRANSLATE_NOOP("report", "All the data, no filter")
W_PERIOD = QT_TRANSLATE_NOOP("report", "Period")
W_FROM = QT_TRANSLATE_NOOP("report", "From")
W_TO = QT_TRANSLATE_NOOP("report", "To")
W_ALL_DATES = QT_TRANSLATE_NOOP("report", "all dates")
W_SINCE = QT_TRANSLATE_NOOP("report", "from %1")
W_UNTIL = QT_TRANSLATE_NOOP("report", "until %1")
W_BETWEEN = QT_TRANSLATE_NOOP("report", "%1 to %2")
W_REGION = QT_TRANSLATE_NOOP("report", "Region")
W_COUNTRY = QT_TRANSLATE_NOOP("report", "Country")
W_THEME = QT_TRANSLATE_NOOP("report", "Thematic area")
W_NETWORK = QT_TRANSLATE_NOOP("report", "Network")
W_OFFICE = QT_TRANSLATE_NOOP("report", "Office")
W_AS_OF = QT_TRANSLATE_NOOP("report", "Data as of")
W_AS_OF_UNKNOWN = QT_TRANSLATE_NOOP("report", "not known (never synced, nothing saved)")
W_GENERATED = QT_TRANSLATE_NOOP("report", "Generated at")
W_SCOPE = QT_TRANSLATE_NOOP("report", "Scope")
W_RATES = QT_TRANSLATE_NOOP("report", "US dollar rates")
W_RATES_TEXT = QT_TRANSLATE_NOOP("report", "as of %1. %2")
W_TOTALS = QT_TRANSLATE_NOOP("report", "Headline figures")
W_FIGURE = QT_TRANSLATE_NOOP("report", "Figure")
W_VALUE = QT_TRANSLATE_NOOP("report", "Value")
W_NOT_COMPUTABLE = QT_TRANSLATE_NOOP("report", "n/a")
W_NOTHING = QT_TRANSLATE_NOOP("report", "Nothing to show.")
W_GROUP = QT_TRANSLATE_NOOP("report", "Group")
W_SECTION = QT_TRANSLATE_NOOP("report", "Section")
W_ROW = QT_TRANSLATE_NOOP("report", "Row")
W_CODE = QT_TRANSLATE_NOOP("report", "Code")
W_COLUMN = QT_TRANSLATE_NOOP("report", "Column")
W_IN_CURRENCY = QT_TRANSLATE_NOOP("report", "%1 (%2)")
W_TOTALS_SECTION = QT_TRANSLATE_NOOP("report", "Totals")


class ReportWords:
    """The words of a report in one language: English (the source strings and the reference
    data's names) by default.  The window passes a subclass that translates through Qt
    (``QCoreApplication.translate("report", …)`` and ``ui/labels``) and formats numbers in the
    user's locale; this module never imports Qt."""

    def text(self, source: str) -> str:
        """A report string (a title, a note, a fixed word) in this language."""
        return source

    def arg(self, source: str, *values: str) -> str:
        """``source`` in this language with ``%1``, ``%2``… replaced by ``values``."""
        text = self.text(source)
        # One pass, so that a value holding "%2" is never replaced again.
        return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1]
                      if 0 < int(m.group(1)) <= len(values) else m.group(0), text)

    def row_label(self, row_kind: str, key: str, label: str) -> str:
        """The name of a row (``label`` is its English name from the reference data)."""
        return label or key

    def country(self, code: str) -> str:
        """A country's name."""
        found = reference.country(code)
        return found.name if found else code

    def region(self, code: str) -> str:
        """A UN M49 region's name."""
        found = reference.regions().get(code)
        return found.name if found else code

    def theme(self, code: str) -> str:
        """A thematic area's or sub-theme's name."""
        found = reference.themes().get(code)
        return found.name if found else code

    def network(self, code: str) -> str:
        """A partner network's name."""
        found = reference.networks().get(code)
        return found.name if found else code

    def office(self, code: str) -> str:
        """A UNODC office's name."""
        found = reference.offices().get(code)
        return found.name if found else code

    def meeting(self, code: str) -> str:
        """An intergovernmental meeting's short name."""
        found = reference.meetings().get(code)
        return found.short if found else code

    def grant_status(self, code: str) -> str:
        """A grant status's label."""
        return vocabulary.GRANT_STATUSES.get(code, code)

    def count(self, value: Number) -> str:
        """A whole number, with thousands separated."""
        return f"{int(value):,}"

    def share(self, value: Number) -> str:
        """A share 0..1 as a percentage with one decimal."""
        return f"{float(value) * 100:.1f}%"

    def money(self, value: Number, currency: str | None) -> str:
        """An amount with two decimals (the currency is in the column's title)."""
        return f"{_money(value):,.2f}"

    def date(self, value: dt.date) -> str:
        """A date (YYYY-MM-DD: read the same way everywhere)."""
        return value.isoformat()

    def datetime(self, value: dt.datetime) -> str:
        """A moment, in UTC to the minute."""
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.strftime("%Y-%m-%d %H:%M") + " UTC"


def _money(value: Number) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def row_title(section: Section, row: Row, words: ReportWords) -> str:
    """The name a person reads for a row, in ``words``' language."""
    if section.row_kind == "measure" or row.key == "":
        return words.text(row.label)
    return words.row_label(section.row_kind, row.key, row.label)


ROW_KIND_TITLES: dict[str, str] = {
    "meeting": QT_TRANSLATE_NOOP("report", "Meeting"),
    "region": QT_TRANSLATE_NOOP("report", "Region"),
    "country": QT_TRANSLATE_NOOP("report", "Member State"),
    "theme": QT_TRANSLATE_NOOP("report", "Thematic area"),
    "status": QT_TRANSLATE_NOOP("report", "Status"),
    "office": QT_TRANSLATE_NOOP("report", "Office"),
    "year": QT_TRANSLATE_NOOP("report", "Year"),
    "measure": QT_TRANSLATE_NOOP("report", "Measure"),
    "currency": QT_TRANSLATE_NOOP("report", "Currency"),
    "organization": QT_TRANSLATE_NOOP("report", "Organization"),
}


def row_kind_title(section: Section, words: ReportWords) -> str:
    """The title of a section's first column (what its rows are: Meeting, Region…)."""
    return words.text(ROW_KIND_TITLES.get(section.row_kind, W_ROW))


def column_title(column: Column, words: ReportWords) -> str:
    """A column's title; money columns name their currency."""
    title = words.text(column.title)
    # The converted column says "US dollars" in words; the others name their currency.
    if (column.kind == "money" and column.currency and column.currency not in title
            and column.key != "usd"):
        return words.arg(W_IN_CURRENCY, title, column.currency)
    return title


def figure_value(cell: Figure | str | None) -> Number | str | None:
    """The value a cell holds (a text column's text, a figure's number)."""
    if isinstance(cell, Figure):
        return cell.value
    return cell


def text_value(value: str, words: ReportWords) -> str:
    """A text cell as a person reads it.  Text cells hold codes where a code is what the
    report means (the country of each of the most engaged organizations: its ISO 3166
    alpha-2 code, which the JSON export keeps): a known country's code is shown by the
    country's name, anything else as it is."""
    if len(value) == 2 and value.isupper() and reference.country(value) is not None:
        return words.country(value)
    return value


def cell_text(cell: Figure | str | None, kind: str, words: ReportWords, *,
              currency: str | None = None) -> str:
    """A cell as a person reads it: counts with separators, shares as percentages, money
    with two decimals, "n/a" for a figure that cannot be computed, text through
    :func:`text_value` (a country's code named)."""
    value = figure_value(cell)
    if value is None:
        return words.text(W_NOT_COMPUTABLE) if isinstance(cell, Figure) else ""
    if isinstance(value, str):
        return text_value(value, words)
    if kind == "share":
        return words.share(value)
    if kind == "money":
        return words.money(value, currency)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return words.count(value)


def describe_filters(report: Report, words: ReportWords) -> list[tuple[str, str]]:
    """The report's filters in words, one (name, value) pair each; one pair saying there is
    no filter when none is set."""
    filters = report.filters
    pairs: list[tuple[str, str]] = []
    if filters.start or filters.end:
        if filters.start and filters.end:
            period = words.arg(W_BETWEEN, words.date(filters.start), words.date(filters.end))
        elif filters.start:
            period = words.arg(W_SINCE, words.date(filters.start))
        else:
            assert filters.end is not None
            period = words.arg(W_UNTIL, words.date(filters.end))
        pairs.append((words.text(W_PERIOD), period))
    named = (
        (W_REGION, filters.region, words.region),
        (W_COUNTRY, filters.country, words.country),
        (W_THEME, filters.theme, words.theme),
        (W_NETWORK, filters.network, words.network),
        (W_OFFICE, filters.office, words.office),
    )
    for title, code, name in named:
        if code:
            pairs.append((words.text(title), f"{name(code)} ({code})"))
    if not pairs:
        pairs.append((words.text(W_FILTERS), words.text(W_NO_FILTERS)))
    return pairs


def describe_report(report: Report, words: ReportWords) -> list[tuple[str, str]]:
    """What a report covers, in words: its filters, the data's as-of date, when it was
    generated, the scope and the US dollar rates used (the first sheet, the title page)."""
    pairs = describe_filters(report, words)
    pairs.append((words.text(W_AS_OF), words.datetime(report.as_of) if report.as_of
                  else words.text(W_AS_OF_UNKNOWN)))
    pairs.append((words.text(W_GENERATED), words.datetime(report.generated_at)))
    if report.scope:
        pairs.append((words.text(W_SCOPE), words.text(report.scope)))
    pairs.append((words.text(W_RATES), rates_text(report, words)))
    return pairs


def rates_text(report: Report, words: ReportWords) -> str:
    """The rates' date and source, e.g. "as of 2025-01-01. UN operational rates"."""
    return words.arg(W_RATES_TEXT, words.date(report.rates.as_of), words.text(report.rates.source))


def totals_rows(report: Report, words: ReportWords) -> list[tuple[Total, str, Figure]]:
    """The headline figures present in the report: (total, title, figure), in TOTALS order."""
    rows: list[tuple[Total, str, Figure]] = []
    for total in TOTALS:
        figure = report.totals.get(total.key)
        if figure is not None:
            rows.append((total, words.text(total.title), figure))
    return rows


def group_title(group: str, words: ReportWords) -> str:
    """An indicator group's title (Policy debate, …)."""
    return words.text(GROUPS.get(group, group))


# -- JSON ------------------------------------------------------------------------------------

# Row kinds whose rows say their level (a sub-region under its region, a sub-theme under its area).
_LEVELLED = frozenset({"region", "theme"})


def _json_number(value: Number | str | None, kind: str) -> Any:
    """A value as JSON: counts as integers, money with two decimals, shares as 0..1."""
    if value is None or isinstance(value, str):
        return value
    if kind == "money":
        return float(_money(value))
    if kind == "share":
        return float(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and kind == "count" and value.is_integer():
        return int(value)
    return value


def _json_row(section: Section, row: Row) -> dict[str, Any]:
    item: dict[str, Any] = {section.row_kind: row.key or None}
    if section.row_kind == "organization":
        item["name"] = row.label  # an id alone names no one
    if section.row_kind in _LEVELLED:
        item["level"] = row.level
    amounts: dict[str, Any] = {}
    for column in section.columns:
        value = _json_number(figure_value(row.cells.get(column.key)), column.kind)
        if section.key == "grants" and column.key.startswith("amount_") and column.currency:
            amounts[column.currency] = value
        else:
            item[column.key] = value
    if section.key == "grants":
        item["amounts"] = amounts
    return item


def report_json(report: Report) -> dict[str, Any]:
    """The report as one JSON object (the names the issue fixes: ``filters``, ``totals``,
    ``by_meeting``, ``by_region``, ``by_theme``, ``grants``, … and ``rates``).  Codes, never
    names: a meeting's reference code, a region's M49 code, a theme's code, a grant status."""
    kinds = {total.key: total.kind for total in TOTALS}
    result: dict[str, Any] = {
        "filters": report.filters.as_json(),
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "generated_at": report.generated_at.isoformat(),
        "scope": report.scope,
        "totals": {key: _json_number(figure.value, kinds.get(key, "count"))
                   for key, figure in report.totals.items()},
    }
    for section in report.sections:
        result[section.key] = [_json_row(section, row) for row in section.rows]
    result["rates"] = {
        "as_of": report.rates.as_of.isoformat(),
        "source": report.rates.source,
        "usd_per_unit": {currency: float(rate)
                         for currency, rate in sorted(report.rates.usd_per_unit.items())},
    }
    return result


def write_json(report: Report, path: Path, *, words: ReportWords | None = None) -> None:
    """Write :func:`report_json` to ``path`` (UTF-8, indented), atomically.  ``words`` is
    accepted like the other writers' and unused: JSON holds codes, never words."""
    text = json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n"
    with _atomic_file(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


# -- CSV -------------------------------------------------------------------------------------

W_UNIT = QT_TRANSLATE_NOOP("report", "Unit")
W_UNIT_COUNT = QT_TRANSLATE_NOOP("report", "count")
W_UNIT_SHARE = QT_TRANSLATE_NOOP("report", "share (0 to 1)")


def _csv_value(value: Number | str | None, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_cell(value)
    if kind == "money":
        return f"{_money(value):.2f}"
    if kind == "share":
        return f"{float(value):.4f}"
    number = _json_number(value, kind)
    return str(number)


def _unit(kind: str, currency: str | None, words: ReportWords) -> str:
    if kind == "money":
        return currency or ""
    if kind == "share":
        return words.text(W_UNIT_SHARE)
    if kind == "count":
        return words.text(W_UNIT_COUNT)
    return ""


def csv_rows(report: Report, words: ReportWords) -> Iterator[list[str]]:
    """The indicator table, one line per figure: group, section, row, code, column, unit,
    value (first what the report covers, then the headline figures, then every section).
    Text is neutralised against spreadsheet formulas; numbers are plain (a dot for decimals)."""
    safe = neutralise_cell
    yield [safe(words.text(title)) for title in (W_GROUP, W_SECTION, W_ROW, W_CODE, W_COLUMN,
                                                 W_UNIT, W_VALUE)]
    report_title = words.text(W_REPORT)
    for name, text in describe_report(report, words):
        yield ["", safe(report_title), "", "", safe(name), "", safe(text)]
    totals_title = words.text(W_TOTALS)
    for total, title, figure in totals_rows(report, words):
        currency = "USD" if total.kind == "money" else None
        yield ["", safe(totals_title), safe(title), safe(total.key), "",
               _unit(total.kind, currency, words), _csv_value(figure.value, total.kind)]
    for section in report.sections:
        group = safe(group_title(section.group, words))
        title = safe(words.text(section.title))
        for row in section.rows:
            label = safe(row_title(section, row, words))
            for column in section.columns:
                value = figure_value(row.cells.get(column.key))
                if isinstance(value, str):
                    value = text_value(value, words)
                yield [group, title, label, safe(row.key), safe(column_title(column, words)),
                       _unit(column.kind, column.currency, words), _csv_value(value, column.kind)]


def write_csv(report: Report, path: Path, *, words: ReportWords | None = None) -> None:
    """Write the indicator table as CSV: UTF-8 with a byte-order mark (so that Excel reads
    Arabic and Chinese names), one line per figure (:func:`csv_rows`), atomically."""
    words = words or ReportWords()
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(csv_rows(report, words))
    with _atomic_file(path) as tmp:
        tmp.write_bytes(buffer.getvalue().encode("utf-8-sig"))


# -- XLSX ------------------------------------------------------------------------------------

SHEET_TITLES: dict[str, str] = {
    "policy": QT_TRANSLATE_NOOP("report", "Policy debate"),
    "partnership": QT_TRANSLATE_NOOP("report", "Partnership"),
    "grants": QT_TRANSLATE_NOOP("report", "Seed funding"),
    "quality": QT_TRANSLATE_NOOP("report", "Data quality"),
}
_COUNT_FORMAT = "#,##0"
_MONEY_FORMAT = "#,##0.00"
_SHARE_FORMAT = "0.0%"
_HEADER_FILL = "DCEBF7"


def _sheet_title(text: str, taken: set[str]) -> str:
    """A legal, unique worksheet name (at most 31 characters, none of []:*?/\\)."""
    base = re.sub(r"[\[\]:*?/\\]", " ", text).strip()[:31] or "Sheet"
    title, number = base, 2
    while title.casefold() in taken:
        suffix = f" ({number})"
        title, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(title.casefold())
    return title


def _xlsx_value(value: Number | str | None, kind: str) -> tuple[Any, str | None]:
    """A cell's value and number format: numbers stay numbers."""
    if value is None:
        return None, None
    if isinstance(value, str):
        return neutralise_cell(value), None
    if kind == "money":
        return float(_money(value)), _MONEY_FORMAT
    if kind == "share":
        return float(value), _SHARE_FORMAT
    number = _json_number(value, "count")
    return number, _COUNT_FORMAT if isinstance(number, int) else "#,##0.00"


def write_xlsx(report: Report, path: Path, *, words: ReportWords | None = None) -> None:
    """Write the report as a workbook: a first sheet stating the title, the filters in
    words, the data's as-of date, when it was generated, the rates and the headline figures;
    then one sheet per indicator group with each section as a titled table.  Counts, money
    and shares are numbers (with number formats: money's currency in its column's title,
    shares as percentages); column widths fit their contents.  Written atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils.exceptions import IllegalCharacterError

    words = words or ReportWords()
    workbook = Workbook()
    taken: set[str] = set()
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor=_HEADER_FILL)
    widths: dict[Any, dict[int, int]] = {}

    def put(sheet: Any, row: int, column: int, value: Any, *, number_format: str | None = None,
            font: Any = None, fill: Any = None, indent: int = 0, measure: bool = True) -> None:
        if isinstance(value, str):  # openpyxl refuses control characters a name may hold
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell = sheet.cell(row=row, column=column, value=value)
        if number_format:
            cell.number_format = number_format
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if indent:
            cell.alignment = Alignment(indent=indent)
        if value is not None and measure:  # titles and notes overflow into empty cells
            shown = len(f"{value:,.2f}") if isinstance(value, (int, float)) else len(str(value))
            column_widths = widths.setdefault(sheet.title, {})
            column_widths[column] = max(column_widths.get(column, 0), shown + 2 * indent)

    first = workbook.active
    assert first is not None  # a new workbook has its one sheet
    first.title = _sheet_title(words.text(W_REPORT), taken)
    put(first, 1, 1, neutralise_cell(words.text(W_REPORT_TITLE)), font=Font(bold=True, size=14),
        measure=False)
    line = 3
    for name, text in describe_report(report, words):
        put(first, line, 1, neutralise_cell(name), font=bold)
        put(first, line, 2, neutralise_cell(text))
        line += 1
    line += 1
    put(first, line, 1, neutralise_cell(words.text(W_TOTALS)), font=Font(bold=True, size=12),
        measure=False)
    line += 1
    put(first, line, 1, neutralise_cell(words.text(W_FIGURE)), font=bold, fill=header_fill)
    put(first, line, 2, neutralise_cell(words.text(W_VALUE)), font=bold, fill=header_fill)
    for total, title, figure in totals_rows(report, words):
        line += 1
        if total.kind == "money":
            title = words.arg(W_IN_CURRENCY, title, "USD")
        put(first, line, 1, neutralise_cell(title))
        value, number_format = _xlsx_value(figure.value, total.kind)
        put(first, line, 2, value if value is not None else words.text(W_NOT_COMPUTABLE),
            number_format=number_format)

    for group in GROUPS:
        sections = [section for section in report.sections if section.group == group]
        if not sections:
            continue
        sheet = workbook.create_sheet(_sheet_title(
            words.text(SHEET_TITLES.get(group, group)), taken))
        put(sheet, 1, 1, neutralise_cell(group_title(group, words)), font=Font(bold=True, size=14),
            measure=False)
        line = 3
        for section in sections:
            put(sheet, line, 1, neutralise_cell(words.text(section.title)),
                font=Font(bold=True, size=12), measure=False)
            line += 1
            if section.note:
                put(sheet, line, 1, neutralise_cell(words.text(section.note)),
                    font=Font(italic=True), measure=False)
                line += 1
            headers = [row_kind_title(section, words), words.text(W_CODE)] + [
                column_title(column, words) for column in section.columns]
            for index, header in enumerate(headers, start=1):
                put(sheet, line, index, neutralise_cell(header), font=bold, fill=header_fill)
            line += 1
            if not section.rows:
                put(sheet, line, 1, neutralise_cell(words.text(W_NOTHING)), font=Font(italic=True),
                    measure=False)
                line += 1
            for row in section.rows:
                put(sheet, line, 1, neutralise_cell(row_title(section, row, words)),
                    indent=2 * row.level)
                put(sheet, line, 2, neutralise_cell(row.key) if row.key else None)
                for index, column in enumerate(section.columns, start=3):
                    shown = figure_value(row.cells.get(column.key))
                    if isinstance(shown, str):
                        shown = text_value(shown, words)
                    value, number_format = _xlsx_value(shown, column.kind)
                    put(sheet, line, index, value, number_format=number_format)
                line += 1
            line += 1

    for sheet in workbook.worksheets:
        for number, width in widths.get(sheet.title, {}).items():
            cap = 60 if number == 1 else 40
            sheet.column_dimensions[get_column_letter(number)].width = min(max(width + 2, 8), cap)
    try:
        with _atomic_file(path) as tmp:
            workbook.save(tmp)
    except IllegalCharacterError:
        raise ValueError("a name in the report holds control characters that a workbook "
                         "cannot hold: export it as CSV or JSON") from None


# -- writing files ---------------------------------------------------------------------------


@contextmanager
def _atomic_file(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path``, moved into place only when the block succeeds
    (after an fsync), removed otherwise; an OSError names ``path``, not the temporary, and
    keeps its own words when it has no error number.  The file gets the permissions a new
    file gets here (mkstemp's are the owner's only: colleagues could not open a report
    saved to a shared folder)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise _naming(error, path) from None
    os.close(handle)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except OSError as error:
        raise _naming(error, path) from None
    finally:
        if tmp.exists():
            tmp.unlink()


def _naming(error: OSError, path: Path) -> OSError:
    """``error`` naming ``path``: the same kind of error with the same number and words, or,
    for one raised with a message only, that message with the path."""
    if error.errno is None:
        return type(error)(f"{error}: {path}")
    return type(error)(error.errno, error.strerror, str(path))


def _umask() -> int:
    """The process's umask (read by setting it and putting it back: done once, at import,
    not while another thread may be creating files)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()
