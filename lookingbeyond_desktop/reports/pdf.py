"""The report as an A4 PDF, drawn with Qt: a title page stating what the report covers (the
filters in words, the data's as-of date, when it was generated, the scope, the US dollar
rates) and the headline figures; the charts (``ui/report_charts.py``, drawn as vectors);
the world map of organizations engaged by country (``ui/world_map.py``); then every section's
table, a table row never cut by a page break (its header repeated on the next page); page
numbers on every page.

Text is laid out by Qt (HarfBuzz shaping, the Unicode bidirectional algorithm, font
fallback), so Arabic names are joined and read right to left and Chinese names find a font
that has them (DejaVu Sans and WenQuanYi Micro Hei on Linux: ``scripts/setup.sh``).  Qt's
PDF engine embeds a subset of every font used (``FontFile2``) with a ``ToUnicode`` map, so
the file reads the same on any computer and its text can be searched and extracted.

Drawing needs a Qt application object with widgets (QtCharts draws through QGraphicsWidget):
:func:`ensure_application` makes an offscreen one for the command line.  The charts are
drawn on the thread that owns that application (:func:`prepare_charts`; the GUI thread in the
window); :func:`write_pdf` given them may run on any thread (the window's file thread).
The file appears only when complete (written next to its destination, then moved into
place); a folder that cannot be written to raises an :class:`OSError` naming the path.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QThread
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPicture,
)

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.reports.model import (
    GROUPS,
    QT_TRANSLATE_NOOP,
    Column,
    Figure,
    Report,
    Section,
)
from lookingbeyond_desktop.reports.tables import (
    W_NOTHING,
    W_REPORT_TITLE,
    W_SCOPE,
    W_TOTALS,
    ReportWords,
    _atomic_file,
    cell_text,
    column_title,
    describe_report,
    group_title,
    row_kind_title,
    row_title,
    totals_rows,
)

__all__ = ["PreparedCharts", "ensure_application", "prepare_charts", "write_pdf"]

Progress = Callable[[int, int], None]
Op = Callable[[QPainter], None]

UN_BLUE = QColor("#009edb")
UN_DARK = QColor("#1a5a8a")
TEXT = QColor("#1f1f1f")
MUTED = QColor("#5a5a5a")
RULE = QColor("#b8c7d6")
HEADER_FILL = QColor("#dcebf7")
ZEBRA = QColor("#f4f8fb")

# Font families in order of preference; Qt falls back through them (and then the system's
# fonts) for every character, so Arabic and Chinese names find a font that holds them.
FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Noto Naskh Arabic",
            "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei"]

W_SUBTITLE = QT_TRANSLATE_NOOP("report", "Civil society organizations in UNODC's work: "
                               "the indicators of the Looking Beyond project")
W_COVERS = QT_TRANSLATE_NOOP("report", "What this report covers")
W_HOLDS = QT_TRANSLATE_NOOP("report", "This computer holds")
W_EMPTY = QT_TRANSLATE_NOOP("report", "Nothing was counted: no activity in scope starts in this "
                            "period, or no organization matches these filters.")
W_DEFINITIONS = QT_TRANSLATE_NOOP("report", "How the figures are counted")
W_DEFINITIONS_TEXT = QT_TRANSLATE_NOOP(
    "report",
    "An organization is engaged in a period when it took part in, or co-organized, an activity "
    "that starts in the period. A meeting's figures include every activity linked to that "
    "meeting: the participation in the meeting itself and its side events. People are counted "
    "once however many events they attended. The share of women is taken over the "
    "participations whose counts by sex are recorded. Amounts in US dollars use the rates "
    "stated above. Deleted records never count.")
W_CHARTS = QT_TRANSLATE_NOOP("report", "Charts")
W_MAP = QT_TRANSLATE_NOOP("report", "Organizations engaged by country")
W_MAP_LEGEND = QT_TRANSLATE_NOOP("report", "Organizations engaged")
W_TOP_COUNTRIES = QT_TRANSLATE_NOOP("report", "Countries with the most organizations engaged")
W_ORGANIZATIONS = QT_TRANSLATE_NOOP("report", "Organizations")
W_ACTIVITIES_HELD = QT_TRANSLATE_NOOP("report", "Activities held there")
W_TABLES = QT_TRANSLATE_NOOP("report", "The figures in full")
W_CONTINUED = QT_TRANSLATE_NOOP("report", "%1 (continued)")
W_PAGE = QT_TRANSLATE_NOOP("report", "Page %1 of %2")
W_FOOTER = QT_TRANSLATE_NOOP("report", "Looking Beyond report · data as of %1")
W_FOOTER_UNKNOWN = QT_TRANSLATE_NOOP("report", "Looking Beyond report")

#: How many countries the table under the map lists.
TOP_COUNTRIES = 15

_app: QCoreApplication | None = None  # the application this module made, kept alive


def ensure_application() -> QGuiApplication:
    """The running Qt application, or a new one made for drawing reports: offscreen when
    there is no display (``QT_QPA_PLATFORM`` is set to ``offscreen`` only then, and only
    when it is not set already).  An application without widgets (a bare
    QCoreApplication or QGuiApplication) cannot draw charts: RuntimeError."""
    global _app
    from PySide6.QtWidgets import QApplication

    existing = QCoreApplication.instance()
    if existing is None:
        no_display = (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                      and not os.environ.get("WAYLAND_DISPLAY"))
        if no_display and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = QApplication(["lookingbeyond-report"])
        return _app
    if not isinstance(existing, QApplication):
        raise RuntimeError("a PDF report needs a QApplication (its charts are drawn by QtCharts)")
    return existing


@dataclass(frozen=True)
class PreparedCharts:
    """A report's charts drawn (as vectors, into pictures) for its PDF, at ``dpi``.  QtCharts
    may only be used on the GUI thread: the window calls :func:`prepare_charts` there and
    hands the result to :func:`write_pdf` on its file thread."""

    dpi: int
    pictures: dict[str, QPicture]


def prepare_charts(report: Report, words: ReportWords | None = None) -> PreparedCharts:
    """Draw the report's charts at the sizes its PDF gives them.  On the thread of the Qt
    application only (QtCharts shares objects between charts): RuntimeError elsewhere."""
    from lookingbeyond_desktop.ui.report_charts import CHARTS

    app = ensure_application()
    if QThread.currentThread() != app.thread():
        raise RuntimeError("a report's charts are drawn on the GUI thread: call "
                           "pdf.prepare_charts(report, words) there and pass them to write_pdf")
    words = words or ReportWords()
    dpi = _layout_dpi()
    builders = dict(CHARTS)
    pictures = {}
    for key, size in _chart_sizes(report, dpi):
        picture = _chart_picture(builders[key], report, words, size)
        if picture is not None:
            pictures[key] = picture
    return PreparedCharts(dpi, pictures)


def write_pdf(report: Report, path: Path, *, words: ReportWords | None = None,
              progress: Progress | None = None, charts: PreparedCharts | None = None) -> int:
    """Write ``report`` as an A4 PDF at ``path`` (in ``words``' language: English by
    default); returns the number of pages.  ``progress(done, total)`` is told of each page
    drawn.  ``charts``: the report's charts from :func:`prepare_charts` (required when this
    runs on another thread than the GUI's; drawn here otherwise).  Atomic: on any failure
    nothing is left under ``path`` (a previous file there stays as it was)."""
    ensure_application()
    words = words or ReportWords()
    if charts is None:
        charts = prepare_charts(report, words)
    path = Path(path)
    with _atomic_file(path) as tmp:
        writer = QPdfWriter(str(tmp))
        dpi = charts.dpi
        writer.setResolution(dpi)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        writer.setTitle(words.text(W_REPORT_TITLE))
        writer.setCreator("Looking Beyond Desktop")
        document = _Document(writer, report, words, charts)
        pages = document.build()
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write a PDF file at {path}")
        try:
            for number, page in enumerate(pages, start=1):
                if number > 1:
                    writer.newPage()
                for op in page:
                    op(painter)
                document.footer(painter, number, len(pages))
                if progress is not None:
                    progress(number, len(pages))
        finally:
            painter.end()
        del painter, writer  # the writer closes the file
        _check_complete(tmp, path)
    return len(pages)


#: The page: A4, its margins (left, top, right, bottom) in millimetres; the footer sits in
#: the bottom margin.
A4_MM = (210.0, 297.0)
MARGINS_MM = (18.0, 16.0, 18.0, 20.0)
#: The space between two charts, in points.
CHART_GAP_PT = 14.0


def _body(dpi: float) -> QRectF:
    """The part of an A4 page the report's body fills, in units of ``dpi``."""
    mm = dpi / 25.4
    left, top, right, bottom = MARGINS_MM
    return QRectF(left * mm, top * mm, (A4_MM[0] - left - right) * mm,
                  (A4_MM[1] - top - bottom) * mm)


def _chart_sizes(report: Report, dpi: float) -> list[tuple[str, QSizeF]]:
    """Each chart's size on the page: the width of the body; the meetings' chart as tall as
    its meetings need (a page at most), the others two to a page."""
    from lookingbeyond_desktop.ui.report_charts import CHARTS

    body = _body(dpi)
    pt = dpi / 72
    try:
        meetings = len(report.section("by_meeting").rows)
    except KeyError:
        meetings = 0
    heading = 40 * pt  # the "Charts" heading on the first page of charts
    half = (body.height() - heading - 2 * CHART_GAP_PT * pt) / 2
    sizes = []
    for key, _build in CHARTS:
        if key == "meetings":
            height = min(max((90 + 26 * meetings) * pt, half), body.height() - heading)
        else:
            height = half
        sizes.append((key, QSizeF(body.width(), height)))
    return sizes


def _layout_dpi() -> int:
    """The resolution the PDF is laid out at: the screen's logical dots per inch, the one
    QtCharts measures its text with, so that a chart's fonts and geometry agree."""
    screen = QGuiApplication.primaryScreen()
    dpi = round(screen.logicalDotsPerInchY()) if screen is not None else 96
    return dpi if 48 <= dpi <= 600 else 96


def _check_complete(tmp: Path, path: Path) -> None:
    """Refuse a file Qt could not finish (a full disk): Qt's PDF engine reports no error."""
    try:
        size = tmp.stat().st_size
        with open(tmp, "rb") as stream:
            stream.seek(max(0, size - 64))
            tail = stream.read()
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(path)) from None
    if size == 0 or b"%%EOF" not in tail:
        raise OSError(f"the PDF could not be written completely at {path} (is the disk full?)")


@dataclass
class _Row:
    """A table row as text: its cells, the first one indented by ``level``."""

    cells: list[str]
    level: int = 0
    bold: bool = False


@dataclass
class _Table:
    """A table to lay out: a title, an optional note, headers and rows; ``numeric`` says
    which columns are right-aligned numbers."""

    title: str
    headers: list[str]
    rows: list[_Row]
    numeric: list[bool]
    note: str = ""
    empty: str = ""


class _Document:
    """Lays the report out page by page (a list of drawing steps per page), so that the
    total number of pages is known before the first page is drawn."""

    def __init__(self, writer: QPdfWriter, report: Report, words: ReportWords,
                 charts: PreparedCharts) -> None:
        self.writer = writer
        self.prepared = charts
        self.report = report
        self.words = words
        self.dpi = writer.resolution()
        self.body = _body(self.dpi)
        self.pages: list[list[Op]] = [[]]
        self.y = self.body.top()

    # -- units, fonts, measuring -----------------------------------------------------------

    def pt(self, points: float) -> float:
        """Points (1/72 inch) in the writer's units."""
        return points * self.dpi / 72

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        """The report's font at ``size`` points."""
        font = QFont()
        font.setFamilies(FAMILIES)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def height_of(self, text: str, font: QFont, width: float,
                  flags: int = int(Qt.TextFlag.TextWordWrap)) -> float:
        """The height ``text`` takes, wrapped at ``width``."""
        metrics = QFontMetricsF(font, self.writer)
        if not text:
            return metrics.height()
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()

    def width_of(self, text: str, font: QFont) -> float:
        """The width of ``text`` on one line."""
        return QFontMetricsF(font, self.writer).horizontalAdvance(text)

    # -- pages -----------------------------------------------------------------------------

    def new_page(self) -> None:
        """Start a new page (none when the current one is still empty)."""
        if self.pages[-1]:
            self.pages.append([])
        self.y = self.body.top()

    def room(self) -> float:
        """Height left on the current page."""
        return self.body.bottom() - self.y

    def ensure(self, height: float) -> None:
        """A new page unless ``height`` fits on this one."""
        if height > self.room() and self.y > self.body.top():
            self.new_page()

    def add(self, op: Op) -> None:
        """A drawing step on the current page."""
        self.pages[-1].append(op)

    def text(self, text: str, font: QFont, *, color: QColor = TEXT, after: float = 0.0,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
        """A paragraph at the cursor (on a new page when it does not fit); returns its height."""
        height = self.height_of(text, font, self.body.width())
        self.ensure(height)
        rect = QRectF(self.body.left(), self.y, self.body.width(), height)
        flags = int(align) | int(Qt.TextFlag.TextWordWrap)

        def draw(painter: QPainter) -> None:
            painter.setFont(font)
            painter.setPen(color)
            painter.drawText(rect, flags, text)

        self.add(draw)
        self.y += height + after
        return height

    def rule(self, color: QColor = UN_BLUE, width_pt: float = 2.0, after: float = 0.0) -> None:
        """A horizontal line across the body."""
        y = self.y + self.pt(width_pt) / 2
        left, right = self.body.left(), self.body.right()
        pen = QPen(color, self.pt(width_pt))

        def draw(painter: QPainter) -> None:
            painter.setPen(pen)
            painter.drawLine(int(left), int(y), int(right), int(y))

        self.add(draw)
        self.y += self.pt(width_pt) + after

    # -- the report ------------------------------------------------------------------------

    def build(self) -> list[list[Op]]:
        """Lay out every page."""
        self.title_page()
        self.charts()
        self.world_map()
        self.tables()
        if not self.pages[-1]:
            self.pages.pop()
        return self.pages

    def title_page(self) -> None:
        words = self.words
        self.rule(UN_BLUE, 4, after=self.pt(14))
        self.text(words.text(W_REPORT_TITLE), self.font(22, bold=True), color=UN_DARK,
                  after=self.pt(6))
        self.text(words.text(W_SUBTITLE), self.font(11), color=MUTED, after=self.pt(18))
        self.text(words.text(W_COVERS), self.font(13, bold=True), color=UN_DARK, after=self.pt(4))
        # "Scope" is what this computer holds, not what the report covers: said so, so that
        # "All regions" is never read against the region filter above it.
        scope = words.text(W_SCOPE)
        covers = [_Row([words.text(W_HOLDS) if name == scope else name, value])
                  for name, value in describe_report(self.report, words)]
        self.table(_Table("", ["", ""], covers, [False, False]), header=False,
                   first_width=self.pt(130), label_bold=True)
        self.y += self.pt(14)
        if self.report.is_empty():
            self.text(words.text(W_EMPTY), self.font(11, bold=True), color=QColor("#8a1a1a"),
                      after=self.pt(10))
        totals = []
        for total, title, figure in totals_rows(self.report, words):
            currency = "USD" if total.kind == "money" else None
            value = cell_text(figure, total.kind, words, currency=currency)
            if currency:
                value = f"{value} {currency}"
            totals.append(_Row([title, value]))
        self.table(_Table(words.text(W_TOTALS), [words.text(W_TOTALS), ""], totals,
                          [False, True]), header=False, first_width=self.body.width() * 0.7,
                   title_font=self.font(13, bold=True))
        self.y += self.pt(14)
        self.text(words.text(W_DEFINITIONS), self.font(11, bold=True), color=UN_DARK,
                  after=self.pt(3))
        self.text(words.text(W_DEFINITIONS_TEXT), self.font(9), color=MUTED)

    def charts(self) -> None:
        if not self.prepared.pictures:
            return  # nothing to draw (an empty period): no page of empty frames
        self.new_page()
        self.heading(self.words.text(W_CHARTS))
        for key, size in _chart_sizes(self.report, self.dpi):
            picture = self.prepared.pictures.get(key)
            if picture is None:
                continue
            self.ensure(size.height())
            rect = QRectF(self.body.left(), self.y, size.width(), size.height())
            self.add(_chart_step(picture, rect))
            self.y += size.height() + self.pt(CHART_GAP_PT)

    def world_map(self) -> None:
        from lookingbeyond_desktop.reports import worldmap
        from lookingbeyond_desktop.ui.world_map import paint_world_map

        words = self.words
        if not any(orgs for orgs, _activities in self.report.by_country.values()):
            return  # an empty map says less than the title page's "Nothing was counted"
        self.new_page()
        self.heading(words.text(W_MAP))
        values = {code: organizations for code, (organizations, _activities)
                  in self.report.by_country.items() if organizations}
        height = self.body.width() / worldmap.ASPECT + self.pt(18)  # and the disclaimer
        rect = QRectF(self.body.left(), self.y, self.body.width(), height)
        highlight = self.report.filters.country
        font = self.font(9)
        legend = words.text(W_MAP_LEGEND)

        def draw(painter: QPainter) -> None:
            painter.setFont(font)
            paint_world_map(painter, rect, values, highlight=highlight, legend=legend)

        self.add(draw)
        self.y += height + self.pt(14)
        ranked = sorted(self.report.by_country.items(),
                        key=lambda item: (-item[1][0], -item[1][1], words.country(item[0])))
        rows = [_Row([words.country(code), words.count(orgs), words.count(activities)])
                for code, (orgs, activities) in ranked[:TOP_COUNTRIES] if orgs or activities]
        self.table(_Table(words.text(W_TOP_COUNTRIES),
                          [words.text(ROW_COUNTRY), words.text(W_ORGANIZATIONS),
                           words.text(W_ACTIVITIES_HELD)],
                          rows, [False, True, True], empty=words.text(W_NOTHING)))

    def heading(self, text: str) -> None:
        """A chapter's heading."""
        self.text(text, self.font(16, bold=True), color=UN_DARK, after=self.pt(2))
        self.rule(UN_BLUE, 1.2, after=self.pt(10))

    def tables(self) -> None:
        words = self.words
        self.new_page()
        self.heading(words.text(W_TABLES))
        for group in GROUPS:
            sections = [s for s in self.report.sections if s.group == group]
            if not sections:
                continue
            title = group_title(group, words)
            height = self.height_of(title, self.font(14, bold=True), self.body.width())
            self.ensure(height + self.pt(120))  # a group's title never ends a page
            self.text(title, self.font(14, bold=True), color=UN_DARK, after=self.pt(6))
            for section in sections:
                table = self.section_table(section)
                if table.title == title:  # "Data quality" under "Data quality"
                    table.title = ""
                self.table(table)
                self.y += self.pt(12)

    def section_table(self, section: Section) -> _Table:
        """A section as a table of text."""
        words = self.words
        headers = [row_kind_title(section, words)] + [column_title(c, words)
                                                      for c in section.columns]
        rows = []
        for row in section.rows:
            cells = [row_title(section, row, words)]
            for column in section.columns:
                cells.append(self.cell(column, row.cells.get(column.key)))
            rows.append(_Row(cells, level=row.level, bold=row.level == 0 and any(
                other.level > 0 for other in section.rows)))
        numeric = [False] + [c.kind != "text" for c in section.columns]
        return _Table(words.text(section.title), headers, rows, numeric,
                      note=words.text(section.note) if section.note else "",
                      empty=words.text(W_NOTHING))

    def cell(self, column: Column, cell: Figure | str | None) -> str:
        """A cell as the page prints it: a country's ISO code (the country of an organization)
        by its name in the report's language, other text as it is, figures formatted."""
        if column.kind == "text" and column.key == "country" and isinstance(cell, str):
            return country_name(cell, self.words)
        return cell_text(cell, column.kind, self.words, currency=column.currency)

    # -- tables ----------------------------------------------------------------------------

    def table(self, table: _Table, *, header: bool = True, first_width: float | None = None,
              label_bold: bool = False, title_font: QFont | None = None) -> None:
        """Lay a table out at the cursor: its title and note kept with its first rows, every
        row whole on one page, the header repeated after a page break."""
        body_font = self.font(8.5)
        bold_font = self.font(8.5, bold=True)
        pad = self.pt(3.5)
        widths = self.column_widths(table, body_font, bold_font, pad, first_width)
        title_font = title_font or self.font(11.5, bold=True)
        note_font = self.font(8, italic=True)

        def row_height(cells: list[str], font: QFont, level: int = 0) -> float:
            heights = [self.height_of(text, font, width - 2 * pad - (self.pt(10) * level
                                                                     if index == 0 else 0))
                       for index, (text, width) in enumerate(zip(cells, widths))]
            return max(heights) + 2 * pad

        header_height = row_height(table.headers, bold_font) if header else 0.0
        title_height = (self.height_of(table.title, title_font, self.body.width()) + self.pt(3)
                        if table.title else 0.0)
        note_height = (self.height_of(table.note, note_font, self.body.width()) + self.pt(3)
                       if table.note else 0.0)
        rows = table.rows or [_Row([table.empty] + [""] * (len(widths) - 1))]
        first = row_height(rows[0].cells, bold_font if rows[0].bold else body_font, rows[0].level)
        self.ensure(title_height + note_height + header_height + first)
        if table.title:
            self.text(table.title, title_font, color=UN_DARK, after=self.pt(3))
        if table.note:
            self.text(table.note, note_font, color=MUTED, after=self.pt(3))
        if header:
            self.table_row(table.headers, widths, table.numeric, bold_font, pad, header_height,
                           fill=HEADER_FILL)
        for index, row in enumerate(rows):
            font = bold_font if row.bold else body_font
            height = row_height(row.cells, font, row.level)
            if height > self.room() and self.y > self.body.top():
                self.new_page()
                if table.title:
                    self.text(self.words.arg(W_CONTINUED, table.title), self.font(10, bold=True),
                              color=MUTED, after=self.pt(3))
                if header:
                    self.table_row(table.headers, widths, table.numeric, bold_font, pad,
                                   header_height, fill=HEADER_FILL)
            fill = ZEBRA if index % 2 else None
            fonts = [bold_font if (row.bold or (label_bold and column == 0)) else body_font
                     for column in range(len(widths))]
            self.table_row(row.cells, widths, table.numeric, fonts, pad, height, fill=fill,
                           level=row.level)

    def column_widths(self, table: _Table, font: QFont, bold: QFont, pad: float,
                      first_width: float | None) -> list[float]:
        """The first column takes what the number columns leave (each as wide as its widest
        value or the longest word of its title, at least 44 points)."""
        count = len(table.headers)
        total = self.body.width()
        if count == 1:
            return [total]
        if first_width is not None:
            rest = (total - first_width) / (count - 1)
            return [first_width] + [rest] * (count - 1)
        widths = []
        for column in range(1, count):
            longest = max([self.width_of(word, bold) for word in table.headers[column].split()]
                          + [self.width_of(row.cells[column], font) for row in table.rows]
                          + [0.0])
            widths.append(max(longest + 2 * pad, self.pt(44)))
        least_first = self.pt(150)
        if sum(widths) > total - least_first:  # too many columns: narrow them all alike
            scale = (total - least_first) / sum(widths)
            widths = [width * scale for width in widths]
        return [total - sum(widths)] + widths

    def table_row(self, cells: list[str], widths: list[float], numeric: list[bool],
                  font: QFont | list[QFont], pad: float, height: float, *,
                  fill: QColor | None = None, level: int = 0) -> None:
        """One row at the cursor (the caller made room for it)."""
        fonts = font if isinstance(font, list) else [font] * len(cells)
        top = self.y
        left = self.body.left()
        width = self.body.width()
        indent = self.pt(10) * level

        def draw(painter: QPainter) -> None:
            if fill is not None:
                painter.fillRect(QRectF(left, top, width, height), fill)
            painter.setPen(QPen(RULE, self.pt(0.5)))
            painter.drawLine(QRectF(left, top + height, width, 0).topLeft(),
                             QRectF(left, top + height, width, 0).topRight())
            x = left
            for index, (text, column_width) in enumerate(zip(cells, widths)):
                shift = indent if index == 0 else 0.0
                rect = QRectF(x + pad + shift, top + pad, column_width - 2 * pad - shift,
                              height - 2 * pad)
                align = (Qt.AlignmentFlag.AlignRight if numeric[index]
                         else Qt.AlignmentFlag.AlignLeft)
                painter.setFont(fonts[index])
                painter.setPen(TEXT)
                painter.drawText(rect, int(align) | int(Qt.AlignmentFlag.AlignTop)
                                 | int(Qt.TextFlag.TextWordWrap), text)
                x += column_width

        self.add(draw)
        self.y += height

    # -- every page --------------------------------------------------------------------------

    def footer(self, painter: QPainter, number: int, total: int) -> None:
        """The page's number and what the report is, under the body."""
        words = self.words
        top = self.body.bottom() + self.pt(12)
        rect = QRectF(self.body.left(), top, self.body.width(), self.pt(14))
        painter.setPen(QPen(RULE, self.pt(0.5)))
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.setFont(self.font(8))
        painter.setPen(MUTED)
        as_of = self.report.as_of
        left = (words.arg(W_FOOTER, words.datetime(as_of)) if as_of
                else words.text(W_FOOTER_UNKNOWN))
        text_rect = rect.adjusted(0, self.pt(3), 0, self.pt(3))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft), left)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight),
                         words.arg(W_PAGE, str(number), str(total)))


ROW_COUNTRY = QT_TRANSLATE_NOOP("report", "Country")


def country_name(code: str, words: ReportWords) -> str:
    """The name of the country ``code`` (ISO alpha-2) in ``words``' language (the reference
    data's English name by default); text that is no country's code is printed as it is."""
    return words.country(code) if reference.country(code) else code


def _chart_step(picture: QPicture, rect: QRectF) -> Op:
    """A drawing step that replays a chart's picture into ``rect``."""

    def draw(painter: QPainter) -> None:
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        painter.drawPicture(0, 0, picture)
        painter.restore()

    return draw


def _chart_picture(build: Callable[[Report, ReportWords | None], object], report: Report,
                   words: ReportWords, size: QSizeF) -> QPicture | None:
    """A chart drawn as vectors into a picture of ``size`` (the chart laid out at that size,
    in the page's units, so that its text and bars keep their sizes); None for a chart with
    nothing to show (the page gives the next chart its place)."""
    from PySide6.QtCharts import QAbstractBarSeries, QChart
    from PySide6.QtWidgets import QGraphicsScene

    chart = build(report, words)
    assert isinstance(chart, QChart)
    if not any(bars.at(index) for series in chart.series()
               if isinstance(series, QAbstractBarSeries)
               for bars in series.barSets() for index in range(bars.count())):
        return None
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(size)
    scene.setSceneRect(QRectF(0, 0, size.width(), size.height()))
    layout = chart.layout()
    if layout is not None:
        layout.activate()
    picture = QPicture()
    painter = QPainter(picture)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()),
                 QRectF(0, 0, size.width(), size.height()))
    painter.end()
    scene.clear()  # deletes the chart now
    return picture
