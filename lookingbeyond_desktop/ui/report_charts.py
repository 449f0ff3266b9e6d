"""The report's charts, built as :class:`QChart` objects from a computed
:class:`~lookingbeyond_desktop.reports.model.Report`: shown by the Reports page and rendered
into the PDF (``reports/pdf.py``).  Also :class:`QtReportWords`, the report's words in the
user's language.

Every chart has no animation (a PDF page and a screenshot show it finished), names its
categories in full (wrapped, never cut) and writes each bar's value beside it, so that it
reads at 1024×600 and on an A4 page alike.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import math
import textwrap
import weakref
from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.reports.model import (
    QT_TRANSLATE_NOOP,
    Figure,
    Number,
    Report,
    Row,
    Section,
)
from lookingbeyond_desktop.reports.tables import ReportWords, row_title
from lookingbeyond_desktop.ui import labels

__all__ = [
    "CHARTS",
    "QtReportWords",
    "UN_BLUE",
    "UN_DARK",
    "grants_chart",
    "meeting_chart",
    "region_chart",
    "theme_chart",
]

UN_BLUE = QColor("#009edb")
UN_DARK = QColor("#1a5a8a")
LABEL_COLOR = QColor("#222222")

W_MEETINGS = QT_TRANSLATE_NOOP("report", "Organizations and representatives by meeting")
W_REGIONS = QT_TRANSLATE_NOOP("report", "Organizations engaged by region")
W_COUNTRIES = QT_TRANSLATE_NOOP("report", "The countries with the most organizations engaged")
W_THEMES = QT_TRANSLATE_NOOP("report", "Organizations engaged by thematic area")
W_GRANTS = QT_TRANSLATE_NOOP("report", "Grants by status, in US dollars")
W_RATES_AS_OF = QT_TRANSLATE_NOOP("report", "Rates as of %1.")
W_ORGANIZATIONS = QT_TRANSLATE_NOOP("report", "Organizations")
W_REPRESENTATIVES = QT_TRANSLATE_NOOP("report", "Representatives")
W_US_DOLLARS = QT_TRANSLATE_NOOP("report", "US dollars")
W_EMPTY_CHART = QT_TRANSLATE_NOOP("report", "%1 — nothing to show")
W_NO_RATE = QT_TRANSLATE_NOOP("report", "Amounts in %1 are left out: no exchange rate.")
W_NO_RATE_ANY = QT_TRANSLATE_NOOP("report", "Amounts in a currency without an exchange rate "
                                  "are left out.")


class QtReportWords(ReportWords):
    """The report's words in the user's language: report strings through
    ``QCoreApplication.translate("report", …)``, names through ``ui/labels``, numbers and
    dates in the user's locale."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale or QLocale()

    def text(self, source: str) -> str:
        """A report string, translated."""
        return QCoreApplication.translate("report", source) if source else source

    def row_label(self, row_kind: str, key: str, label: str) -> str:
        """A row's name through the labels of its kind."""
        named: dict[str, Callable[[str], str]] = {
            "meeting": self.meeting, "region": self.region, "theme": self.theme,
            "status": self.grant_status, "country": self.country, "office": self.office,
        }
        if row_kind in named and key:
            return named[row_kind](key)
        return label or key

    def country(self, code: str) -> str:
        """A country's name, translated."""
        return labels.country(code)

    def region(self, code: str) -> str:
        """A region's name, translated."""
        return labels.region(code)

    def theme(self, code: str) -> str:
        """A thematic area's name, translated."""
        return labels.theme(code)

    def network(self, code: str) -> str:
        """A network's name, translated."""
        found = reference.networks().get(code)
        return labels.tr_reference(found.name) if found else code

    def office(self, code: str) -> str:
        """A UNODC office's name, translated."""
        found = reference.offices().get(code)
        return labels.tr_reference(found.name) if found else code

    def meeting(self, code: str) -> str:
        """A meeting's short name."""
        return labels.meeting(code)

    def grant_status(self, code: str) -> str:
        """A grant status, translated."""
        return labels.grant_status(code)

    def count(self, value: Number) -> str:
        """A whole number in the user's locale."""
        return self.locale.toString(int(value))

    def share(self, value: Number) -> str:
        """A percentage with one decimal, in the user's locale."""
        return self.locale.toString(float(value) * 100, "f", 1) + self.locale.percent()

    def money(self, value: Number, currency: str | None) -> str:
        """An amount with two decimals, in the user's locale."""
        return self.locale.toString(float(value), "f", 2)

    def date(self, value: dt.date) -> str:
        """A date, as YYYY-MM-DD (unambiguous in every language)."""
        return value.isoformat()


def _words(words: ReportWords | None) -> ReportWords:
    return words if words is not None else QtReportWords()


def _number(cell: Figure | str | None) -> float:
    if isinstance(cell, Figure) and cell.value is not None:
        return float(cell.value)
    return 0.0


def _column(rows: Sequence[Row], key: str) -> list[float]:
    """A column's figures, row by row (0 for a figure that cannot be computed)."""
    return [_number(row.cells.get(key)) for row in rows]


def _wrapped(label: str, width: int = 18) -> str:
    """A category's name on lines of about ``width`` characters (axis labels are rich text:
    lines joined with <br>)."""
    lines = textwrap.wrap(label, width)
    return "<br>".join(html.escape(line) for line in lines) or html.escape(label)


def _nice_step(least: float) -> float:
    """The smallest of 1, 2, 2.5, 5 (times a power of ten) at least ``least``; whole for
    counts (an axis of 0, 0.5, 1… people reads oddly)."""
    power = 10 ** math.floor(math.log10(least)) if least > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= least:
            return max(factor * power, 1.0)
    return 10 * power


#: The chart's title, and the smaller line under it, in points.
TITLE_PT = 11.0
NOTE_PT = 8.5
NOTE_COLOR = "#555555"


def _note_font(title_font: QFont) -> QFont:
    font = QFont(title_font)
    font.setBold(False)
    font.setPointSizeF(NOTE_PT)
    return font


def _wrap_to(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width`` (a single word wider
    than that keeps its own line)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def title_html(title: str, note: str, title_font: QFont, width: float | None) -> str:
    """A chart's title as the rich text QtCharts shows: ``title`` (bold) and ``note`` (a
    smaller grey line under it), each broken into lines no wider than ``width`` (None: not
    broken).  QtCharts cuts a title wider than its chart with "..."; broken into lines it
    never is."""
    def lines(text: str, font: QFont) -> str:
        parts = [text] if width is None else _wrap_to(text, QFontMetricsF(font), width)
        return "<br>".join(html.escape(part, quote=False) for part in parts)

    text = lines(title, title_font)
    if note:
        text += (f"<br><span style=\"font-size:{NOTE_PT:g}pt; font-weight:normal; "
                 f"color:{NOTE_COLOR};\">{lines(note, _note_font(title_font))}</span>")
    if "<br>" not in text:
        return text  # one line: as QtCharts centres it
    return f"<div align=\"center\">{text}</div>"  # lines centred under each other


def title_width(chart: QChart) -> float:
    """The width a chart's title may take: the chart's, less its margins and the title's
    own (with a few pixels to spare for the bold glyphs' overhang)."""
    margins = chart.margins()
    layout = chart.layout()
    inner = 0.0
    if layout is not None:
        left, _top, right, _bottom = cast(tuple[float, float, float, float],
                                          layout.getContentsMargins())
        inner = left + right
    return chart.size().width() - margins.left() - margins.right() - inner - 16


def _fit_title(chart: QChart, title: str, note: str) -> None:
    """Break the title into lines that fit the chart's width (on every resize)."""
    width = title_width(chart)
    if width <= 40:
        return
    text = title_html(title, note, chart.titleFont(), width)
    if chart.title() != text:
        chart.setTitle(text)


def set_chart_title(chart: QChart, title: str, note: str = "") -> None:
    """Give ``chart`` the title ``title`` with ``note`` in a smaller line under it, broken
    into lines to fit the chart's width now and whenever it is resized (a chart view on a
    small screen, a chart laid out on an A4 page): never cut."""
    chart.setProperty("plainTitle", title)
    chart.setProperty("titleNote", note)
    chart.setTitle(title_html(title, note, chart.titleFont(), None))
    if not chart.property("fitsTitle"):
        chart.setProperty("fitsTitle", True)
        chart.geometryChanged.connect(functools.partial(_refit, weakref.ref(chart)))
    if chart.size().width() > 0:
        _fit_title(chart, title, note)


def _refit(ref: weakref.ref[QChart]) -> None:
    chart = ref()
    if chart is not None:
        _fit_title(chart, str(chart.property("plainTitle") or ""),
                   str(chart.property("titleNote") or ""))


def _new_chart(title: str, note: str = "") -> QChart:
    chart = QChart()
    font = QFont(chart.titleFont())
    font.setPointSizeF(TITLE_PT)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.legend().hide()
    # Figures in the user's locale, thousands separated: 155,850 US dollars, not 155850.
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    chart.setLocale(locale)
    chart.setLocalizeNumbers(True)
    set_chart_title(chart, title, note)
    return chart


def _bars(chart: QChart, categories: Sequence[str], sets: Sequence[tuple[str, QColor, list[float]]],
          *, horizontal: bool, money: bool = False, empty_title: str = "") -> QChart:
    """Fill ``chart`` with bar sets over ``categories`` (horizontal bars list the first
    category at the top)."""
    if not categories:
        set_chart_title(chart, empty_title)
    order = list(range(len(categories)))
    if horizontal:
        order.reverse()  # Qt draws the first category at the bottom; people read from the top
    series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    highest = 0.0
    # Within a group too, Qt draws the first set at the bottom: reversed, the first set is on
    # top, and the legend (reversed again) still lists it first.
    for name, color, values in (list(reversed(sets)) if horizontal else sets):
        bars = QBarSet(name)
        bars.setColor(color)
        bars.setBorderColor(color)
        bars.setLabelColor(LABEL_COLOR)
        if len(sets) > 1:  # thinner bars side by side: smaller values beside them
            small = QFont(bars.labelFont())
            small.setPointSizeF(7.5)
            bars.setLabelFont(small)
        for index in order:
            bars.append(values[index])
        highest = max([highest, *values])
        series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsPrecision(15)  # whole numbers in full, never 1.2e+06
    series.setLabelsFormat("@value")
    if len(sets) > 1:
        series.setBarWidth(0.8)
        chart.legend().show()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setReverseMarkers(horizontal)
    chart.addSeries(series)
    axis_categories = QBarCategoryAxis()
    axis_categories.append([_wrapped(categories[index], 22 if horizontal else 14)
                            for index in order] or [""])
    axis_categories.setTruncateLabels(False)  # a narrow screen wraps names, never cuts them
    values_axis = QValueAxis()
    step = _nice_step(max(highest, 1.0) * 1.12 / 4)  # room for the value beside the longest bar
    values_axis.setRange(0, step * 4)
    values_axis.setTickCount(5)
    values_axis.setLabelFormat("%.0f")  # whole steps (_nice_step); "%d" shows nothing localized
    category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(axis_categories, category_side)
    chart.addAxis(values_axis, value_side)
    series.attachAxis(axis_categories)
    series.attachAxis(values_axis)
    return chart


def _section(report: Report, key: str) -> Section | None:
    try:
        return report.section(key)
    except KeyError:
        return None


def meeting_chart(report: Report, words: ReportWords | None = None) -> QChart:
    """Organizations and representatives by intergovernmental meeting (each meeting with its
    side events), in date order from the top."""
    words = _words(words)
    section = _section(report, "by_meeting")
    rows = list(section.rows) if section else []
    title = words.text(W_MEETINGS)
    chart = _new_chart(title)
    names = [row_title(section, row, words) for row in rows] if section else []
    return _bars(chart, names, [
        (words.text(W_ORGANIZATIONS), UN_BLUE, _column(rows, "organizations")),
        (words.text(W_REPRESENTATIVES), UN_DARK,
         _column(rows, "representatives")),
    ], horizontal=True, empty_title=words.arg(W_EMPTY_CHART, title))


def region_chart(report: Report, words: ReportWords | None = None) -> QChart:
    """Organizations engaged by UN M49 region; by sub-region when they are all in one region,
    by country (the most engaged, at most :data:`TOP_COUNTRIES`) when they are all in one
    sub-region (a report on one region).  Regions without an organization engaged are left
    out (the table lists them when activities were held there)."""
    words = _words(words)
    section = _section(report, "by_region")
    engaged = [row for row in section.rows
               if _number(row.cells.get("organizations"))] if section else []
    rows = [row for row in engaged if row.level == 0]
    if len(rows) <= 1 and len([row for row in engaged if row.level == 1]) > 1:
        rows = [row for row in engaged if row.level == 1]
    if len(rows) == 1 and len([c for c, (orgs, _a) in report.by_country.items() if orgs]) > 1:
        return _country_chart(report, words)
    title = words.text(W_REGIONS)
    chart = _new_chart(title)
    names = [row_title(section, row, words) for row in rows] if section else []
    return _bars(chart, names, [
        (words.text(W_ORGANIZATIONS), UN_BLUE, _column(rows, "organizations")),
    ], horizontal=False, empty_title=words.arg(W_EMPTY_CHART, title))


#: How many countries the chart of a one-region report shows.
TOP_COUNTRIES = 12


def _country_chart(report: Report, words: ReportWords) -> QChart:
    """The countries with the most organizations engaged (a report on one region)."""
    ranked = sorted(((code, orgs, acts) for code, (orgs, acts) in report.by_country.items()
                     if orgs), key=lambda item: (-item[1], -item[2], words.country(item[0])))
    ranked = ranked[:TOP_COUNTRIES]
    chart = _new_chart(words.text(W_COUNTRIES))
    return _bars(chart, [words.country(code) for code, _orgs, _acts in ranked], [
        (words.text(W_ORGANIZATIONS), UN_BLUE, [float(orgs) for _code, orgs, _acts in ranked]),
    ], horizontal=True)


def theme_chart(report: Report, words: ReportWords | None = None) -> QChart:
    """Organizations engaged by thematic area (the areas only, not their sub-themes)."""
    words = _words(words)
    section = _section(report, "by_theme")
    rows = [row for row in section.rows if row.level == 0] if section else []
    title = words.text(W_THEMES)
    chart = _new_chart(title)
    names = [row_title(section, row, words) for row in rows] if section else []
    return _bars(chart, names, [
        (words.text(W_ORGANIZATIONS), UN_DARK, _column(rows, "organizations")),
    ], horizontal=True, empty_title=words.arg(W_EMPTY_CHART, title))


def grants_chart(report: Report, words: ReportWords | None = None) -> QChart:
    """Grants by status, their amounts converted to US dollars with the report's rates
    (the rates' date under the title, and the currencies left out for want of a rate;
    statuses without grants left out)."""
    words = _words(words)
    section = _section(report, "grants")
    rows = [row for row in section.rows if _number(row.cells.get("count"))] if section else []
    title = words.text(W_GRANTS)
    note = words.arg(W_RATES_AS_OF, words.date(report.rates.as_of))
    if any(isinstance(cell := r.cells.get("usd"), Figure) and cell.value is None for r in rows):
        columns = section.columns if section is not None else ()
        missing = sorted({column.currency for column in columns
                          if column.kind == "money" and column.currency and column.key != "usd"
                          and column.currency not in report.rates.usd_per_unit
                          and any(_number(r.cells.get(column.key)) for r in rows)})
        note += " " + (words.arg(W_NO_RATE, ", ".join(missing)) if missing
                       else words.text(W_NO_RATE_ANY))
    chart = _new_chart(title, note)
    names = [row_title(section, row, words) for row in rows] if section else []
    return _bars(chart, names, [
        (words.text(W_US_DOLLARS), UN_BLUE,
         [float(math.floor(_number(r.cells.get("usd")) + 0.5)) for r in rows]),  # whole dollars
    ], horizontal=False, money=True,
        empty_title=words.arg(W_EMPTY_CHART, title))


#: Every chart of a report, in the order the PDF shows them: (key, builder).
CHARTS: tuple[tuple[str, Callable[[Report, ReportWords | None], QChart]], ...] = (
    ("meetings", meeting_chart),
    ("regions", region_chart),
    ("themes", theme_chart),
    ("grants", grants_chart),
)
