"""The Reports page: the project's indicators for a period and filters, as headline figures,
a table, charts and a world map, each figure drilling down to the records behind it, and
the report exported to PDF, Excel, CSV or JSON.

Everything is computed on the database worker (``reports.indicators.compute`` through
``Ops.read``): the page only shows the :class:`~lookingbeyond_desktop.reports.model.Report`
that comes back, and keeps the one it shows until a newer one arrives.  A change of filter
recomputes after a short pause (a burst of changes computes once); a change of data
recomputes while the page is on screen, and when it next comes on screen otherwise.
Exports are written from the report on screen, so the file holds what the person sees, on
a file thread of the page's own (``ops.Files``): they need no database, and every page keeps
reading and saving while a PDF is written.  A failure is logged (``errors.loggable``: never a
value a person typed) and told in words, with where the log is when the words cannot say
what went wrong.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import traceback
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection, distinct, func, select

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.reports.model import (
    GROUPS,
    Column,
    Drill,
    Figure,
    Filters,
    Report,
    Row,
    Section,
)
from lookingbeyond_desktop.reports.tables import (
    ReportWords,
    cell_text,
    column_title,
    describe_filters,
    row_title,
)
from lookingbeyond_desktop.store.writer import TABLES
from lookingbeyond_desktop.ui import labels
from lookingbeyond_desktop.ui.entry import (
    CountryCompleter,
    DateField,
    guard_wheel,
    resolve_country_text,
)
from lookingbeyond_desktop.ui.export_dialog import write_failure_text
from lookingbeyond_desktop.ui.forms import ERROR_STYLE
from lookingbeyond_desktop.ui.layout import ElidedLabel, FlowLayout
from lookingbeyond_desktop.ui.list_filters import mark_problem, settle_country_box
from lookingbeyond_desktop.ui.ops import Files, Ops
from lookingbeyond_desktop.ui.report_charts import CHARTS, QtReportWords
from lookingbeyond_desktop.ui.report_dialogs import (
    DrillDialog,
    RatesDialog,
    failure_text,
    log_failure,
    log_file,
    log_words,
    needs_log,
)
from lookingbeyond_desktop.ui.sync_page import local_time

#: How long the page waits after a change of filter or data before computing again (ms).
DEBOUNCE_MS = 350
#: Characters a filter drop-down shows at its narrowest (its list shows entries whole).
FILTER_CHARS = 10
#: Tables whose changes can change the report.
REPORT_TABLES = frozenset({"organizations", "contacts", "activities", "participations", "grants"})
#: The export formats, in the order of the Export menu.
FORMATS = ("pdf", "xlsx", "csv", "json")
#: The least width of the table's names (pixels; a longer name is elided, whole in its tooltip).
NAMES_LEAST = 170
#: The most characters a text column of the table (an organization's country) is sized for.
TEXT_CHARS = 30
#: The headline figures of the strip, in order (``Report.totals`` keys).
TILES = ("organizations_engaged", "representatives", "unique_people", "activities",
         "member_states", "developing_country_share", "women_share")

ModelIndex = QModelIndex | QPersistentModelIndex

log = logging.getLogger(__name__)


def grouped_locale() -> QLocale:
    """The person's locale, always separating thousands (the "C" locale of a bare system
    leaves them out: 1680 reads worse than 1,680)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def whole_date(text: str) -> bool:
    """Whether a typed date looks finished: a full ISO date (2011-12-31), or a date that ends
    with its four-digit year (31/12/2011).  "2011-12-3" may still become "2011-12-31"."""
    text = text.strip()
    if re.match(r"\d{4}", text):
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is not None
    return re.search(r"\d{4}$", text) is not None


# -- the period -------------------------------------------------------------------------------


def year_period(year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of ``year``."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def quick_periods(today: dt.date, years: list[int]) -> list[tuple[str, tuple[dt.date | None,
                                                                              dt.date | None]]]:
    """The quick choices of the period: all time, this year, last year, then each year the
    data holds activities in (newest first), as (label, (from, to))."""
    choices: list[tuple[str, tuple[dt.date | None, dt.date | None]]] = [
        (QCoreApplication.translate("ReportsPage", "All time"), (None, None)),
        (QCoreApplication.translate("ReportsPage", "This year"), year_period(today.year)),
        (QCoreApplication.translate("ReportsPage", "Last year"), year_period(today.year - 1)),
    ]
    for year in sorted(set(years), reverse=True):
        if year not in (today.year, today.year - 1):
            choices.append((str(year), year_period(year)))
    return choices


def activity_years(connection: Connection) -> list[int]:
    """The years in which live activities start (worker side)."""
    activities = TABLES["activities"]
    year = func.substr(activities.c.start_date, 1, 4)
    found = connection.execute(select(distinct(year)).where(activities.c.deleted.is_(False)))
    return sorted(int(value) for (value,) in found if value and str(value).isdigit())


# -- the indicator table ----------------------------------------------------------------------


@dataclass(eq=False)
class _Node:
    """A line of the indicator table: an indicator group, a section's title, the titles of
    its columns, or a row of a section (sub-rows under their parent row)."""

    kind: str  # "group", "section", "columns" (the section's column titles) or "row"
    parent: _Node | None
    group: str = ""
    section: Section | None = None
    row: Row | None = None
    children: list[_Node] = field(default_factory=list)

    def number(self) -> int:
        """Its position under its parent."""
        siblings = self.parent.children if self.parent is not None else []
        return next(i for i, node in enumerate(siblings) if node is self)


#: Unicode's first-strong isolate and its end: a name inside them is laid out in its own
#: direction (an Arabic name right to left, its acronym in brackets on its left) whatever
#: the direction of the table.
FSI, PDI = "\u2068", "\u2069"


def isolate(name: str) -> str:
    """``name`` as a table shows it: isolated when it holds right-to-left letters (Arabic,
    Hebrew…) or the window is laid out right to left, so that its words, digits and
    brackets keep their order."""
    rtl = any(unicodedata.bidirectional(char) in ("R", "AL") for char in name)
    application = QCoreApplication.instance()
    mirrored = isinstance(application, QGuiApplication) and application.isRightToLeft()
    return f"{FSI}{name}{PDI}" if name and (rtl or mirrored) else name


#: The order the table shows some sections' columns in (the others: as computed): the most
#: engaged organizations' representatives under the meetings' representatives, their
#: activities in a column as narrow as theirs, so that the table keeps the width of its
#: figures at 1024×600.
SHOWN_ORDER: dict[str, tuple[str, ...]] = {
    "top_organizations": ("country", "representatives", "activities"),
}


def shown_columns(section: Section) -> tuple[Column, ...]:
    """A section's columns in the order the table shows them (:data:`SHOWN_ORDER`)."""
    order = SHOWN_ORDER.get(section.key)
    if not order:
        return section.columns
    rank = {key: number for number, key in enumerate(order)}
    return tuple(sorted(section.columns, key=lambda column: rank.get(column.key, len(rank))))


def _wrap_title(title: str, width: int = 14) -> str:
    """A column title on lines of about ``width`` characters (never cutting a word)."""
    import textwrap

    return "\n".join(textwrap.wrap(title, width, break_long_words=False)) or title


class ReportModel(QAbstractItemModel):
    """The indicator table of a report: groups, then sections, each with a line of its
    columns' titles, then its rows; column 0 names each line, the others hold the figures.
    Group and section lines span the whole width (:meth:`spanned`).

    Figures are formatted in the user's locale (``QtReportWords``); :meth:`figure` gives the
    :class:`Figure` behind a cell, for the drill-down."""

    def __init__(self, words: ReportWords, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.root = _Node("root", None)
        self.width = 1
        self.report: Report | None = None

    def set_report(self, report: Report | None) -> None:
        """Show ``report`` (None: nothing)."""
        self.beginResetModel()
        self.report = report
        self.root = _Node("root", None)
        self.width = 1
        groups: dict[str, _Node] = {}
        for section in report.sections if report is not None else []:
            group = groups.get(section.group)
            if group is None:
                group = _Node("group", self.root, group=section.group)
                groups[section.group] = group
                self.root.children.append(group)
            node = _Node("section", group, group=section.group, section=section)
            group.children.append(node)
            node.children.append(_Node("columns", node, group=section.group, section=section))
            self.width = max(self.width, 1 + len(section.columns))
            parent_row: _Node | None = None
            for row in section.rows:
                if row.level > 0 and parent_row is not None:
                    parent_row.children.append(_Node("row", parent_row, group=section.group,
                                                     section=section, row=row))
                    continue
                parent_row = _Node("row", node, group=section.group, section=section, row=row)
                node.children.append(parent_row)
        self.endResetModel()

    # -- structure --------------------------------------------------------------------------

    def _node(self, index: ModelIndex) -> _Node:
        if not index.isValid():
            return self.root
        node: _Node = index.internalPointer()
        return node

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < self.width:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.number(), 0, node)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return self.width

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Indicator") if section == 0 else ""
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def spanned(self, parent: QModelIndex = QModelIndex()) -> list[tuple[int, QModelIndex]]:
        """The lines that span the whole width (groups and section titles): (row, parent)."""
        found: list[tuple[int, QModelIndex]] = []
        for number in range(self.rowCount(parent)):
            index = self.index(number, 0, parent)
            if self._node(index).kind in ("group", "section"):
                found.append((number, parent))
                found.extend(self.spanned(index))
        return found

    # -- content ----------------------------------------------------------------------------

    def column(self, index: ModelIndex) -> Column | None:
        """The section column a cell belongs to (None for the name column and past the end)."""
        node = self._node(index)
        if node.section is None or index.column() == 0:
            return None
        columns = shown_columns(node.section)
        return columns[index.column() - 1] if index.column() - 1 < len(columns) else None

    def organization(self, index: ModelIndex) -> str | None:
        """The id of the organization a line of the table stands for (a row of a section of
        organizations, such as the most engaged ones), else None."""
        node = self._node(index)
        if (node.kind == "row" and node.row is not None and node.section is not None
                and node.section.row_kind == "organization" and node.row.key):
            return node.row.key
        return None

    def figure(self, index: ModelIndex) -> Figure | None:
        """The figure in a cell (None for a title, a text cell or an empty cell)."""
        node = self._node(index)
        column = self.column(index)
        if node.kind != "row" or node.row is None or column is None:
            return None
        cell = node.row.cells.get(column.key)
        return cell if isinstance(cell, Figure) else None

    def describe(self, index: ModelIndex) -> tuple[str, str]:
        """What a cell's figure is, for a drill-down's title: (row's name, column's title)."""
        node = self._node(index)
        column = self.column(index)
        if node.section is None or node.row is None or column is None:
            return "", ""
        return (row_title(node.section, node.row, self.words),
                column_title(column, self.words))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            column = self.column(index)
            if index.column() > 0 and (column is None or column.kind != "text"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and node.kind in ("group", "section", "columns"):
            font = QFont()
            font.setBold(True)
            if node.kind == "group":
                font.setPointSizeF(font.pointSizeF() + 1)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "columns":
            return QColor("#555555")
        if role == Qt.ItemDataRole.BackgroundRole and node.kind == "group":
            return QColor("#e6f4fb")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, index)
        if role == Qt.ItemDataRole.UserRole:
            return self.figure(index)
        return None

    def _text(self, node: _Node, index: ModelIndex) -> str:
        words = self.words
        if node.kind == "group":
            return words.text(GROUPS.get(node.group, node.group)) if index.column() == 0 else ""
        section = node.section
        assert section is not None
        if node.kind == "section":
            return words.text(section.title) if index.column() == 0 else ""
        if node.kind == "columns":
            if index.column() == 0:
                return ""
            column = self.column(index)
            return _wrap_title(column_title(column, words)) if column is not None else ""
        row = node.row
        assert row is not None
        if index.column() == 0:
            title = row_title(section, row, words)
            return isolate(title) if section.row_kind == "organization" else title
        column = self.column(index)
        if column is None:
            return ""
        return self.cell_display(section, column, row.cells.get(column.key))

    def cell_display(self, section: Section, column: Column, cell: Figure | str | None) -> str:
        """A cell as the table shows it: a country's code named in the user's language
        (the country of an organization), other text as it is, figures formatted."""
        if column.kind == "text" and isinstance(cell, str):
            if column.key == "country" and len(cell) == 2 and reference.country(cell):
                return self.words.country(cell)
            return isolate(cell) if section.row_kind == "organization" else cell
        return cell_text(cell, column.kind, self.words, currency=column.currency)

    def _tooltip(self, node: _Node, index: ModelIndex) -> str | None:
        words = self.words
        section = node.section
        if section is None:
            return None
        column = self.column(index)
        parts: list[str] = []
        if node.kind == "section" and section.note:
            parts.append(words.text(section.note))
        if column is not None and node.kind in ("columns", "row"):
            parts.append(column_title(column, words))
            if column.note:
                parts.append(words.text(column.note))
            if column.kind == "money" and column.currency == "USD" and self.report is not None:
                parts.append(self.tr("Converted with the rates as of %1 (%2).")
                             .replace("%1", words.date(self.report.rates.as_of))
                             .replace("%2", words.text(self.report.rates.source)))
        if node.kind == "row" and node.row is not None and index.column() == 0:
            parts.append(row_title(section, node.row, words))  # whole, when elided
            if section.note:
                parts.append(words.text(section.note))
        if (node.kind == "row" and node.row is not None and column is not None
                and column.kind == "text"):
            parts.insert(0, str(self._text(node, index)).strip(FSI + PDI))  # whole, if elided
        figure = self.figure(index)
        if figure is not None and figure.value is None:
            parts.append(self.tr("Not computable: nothing to count it on, or a currency without "
                             "a rate."))
        if figure is not None and figure.drill is not None:
            parts.append(self.tr("Double-click or press Enter to list the records behind it."))
        elif node.kind == "row" and self.organization(index):
            parts.append(self.tr("Double-click or press Enter to open the organization."))
        return "\n".join(parts) if parts else None


class IndicatorTree(QTreeView):
    """The indicator table; Enter on a figure drills down, as a double-click does."""

    sig_drill = Signal(QModelIndex)
    sig_resized = Signal()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.sig_resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.sig_drill.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


# -- the headline figures ---------------------------------------------------------------------


class FigureTile(QFrame):
    """One headline figure: the number large, its name below (and a detail line, e.g. how
    much is not recorded); a click (or Enter or Space when it has the focus) lists the
    records behind it, when there are records.  As narrow as its words allow, so that the
    seven figures fit one line of a 1024-pixel screen."""

    sig_clicked = Signal(str)

    STYLE = ("#figureTile {{ background: {bg}; border: 1px solid #c8dfee; border-radius: 4px; }}"
             "#figureTile:focus {{ border: 2px solid #009edb; }}")
    #: A caption narrower than this stays on one line.
    ONE_LINE = 100

    def __init__(self, key: str, caption: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.key = key
        self.drillable = False
        self.value_label = QLabel("–", self)
        self.value_label.setObjectName(f"total_{key}")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.55)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet("color: #1a5a8a;")
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #333333;")
        self.detail = QLabel(self)
        self.detail.setObjectName(f"detail_{key}")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #666666;")
        self.detail.hide()
        layout = QVBoxLayout(self)
        self._box = layout
        layout.setContentsMargins(7, 3, 7, 5)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self._style(False)
        self.fit()

    def _style(self, hover: bool) -> None:
        self.setStyleSheet(self.STYLE.format(bg="#dff0fa" if hover and self.drillable
                                             else "#f4f9fc"))

    def widths(self) -> tuple[int, int]:
        """The inner widths it can take: the least (the figure and the longest word whole,
        the caption wrapped at every word) and the one it prefers (a short caption on one
        line)."""
        small = self.caption.fontMetrics()
        texts = [self.caption.text()] + ([self.detail.text()] if self.detail.text() else [])
        longest = max((small.horizontalAdvance(word) for text in texts
                       for word in text.split()), default=0)
        whole = max(small.horizontalAdvance(text) for text in texts)
        value = self.value_label.fontMetrics().horizontalAdvance(self.value_label.text())
        least = max(value, longest, 56) + 2
        return least, max(least, min(whole, self.ONE_LINE) + 2)

    def fit(self, inner: int | None = None) -> None:
        """Take ``inner`` pixels of width inside its margins (at least its least width; by
        default the width it prefers), and the height its lines then take."""
        least, preferred = self.widths()
        inner = preferred if inner is None else max(least, inner)
        margins = self._box.contentsMargins()
        self.setFixedWidth(inner + margins.left() + margins.right() + 2)
        self._inner = inner

    def outer(self, inner: int) -> int:
        """The tile's width for ``inner`` pixels inside its margins."""
        margins = self._box.contentsMargins()
        return inner + margins.left() + margins.right() + 2

    def natural_height(self) -> int:
        """The height its lines take at its width."""
        margins = self._box.contentsMargins()
        height = self.value_label.sizeHint().height() + self.caption.heightForWidth(self._inner)
        if self.detail.text():
            height += self.detail.heightForWidth(self._inner)
        return height + margins.top() + margins.bottom() + 2

    def set_figure(self, text: str, *, drillable: bool, tooltip: str) -> None:
        """Show ``text``; ``drillable``: records stand behind it."""
        self.value_label.setText(text)
        self.drillable = drillable
        self.setCursor(Qt.CursorShape.PointingHandCursor if drillable
                       else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if drillable else Qt.FocusPolicy.NoFocus)
        hint = self.tr("Click to list the records behind it.") if drillable else ""
        self.setToolTip("\n".join(part for part in (tooltip, hint) if part))
        self.fit()

    def set_detail(self, text: str) -> None:
        """A second, smaller line (e.g. how much is not recorded)."""
        self.detail.setText(text)
        self.detail.setVisible(bool(text))
        self.fit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.drillable:
            self.sig_clicked.emit(self.key)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.drillable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                              Qt.Key.Key_Space):
            self.sig_clicked.emit(self.key)
            return
        super().keyPressEvent(event)

    def enterEvent(self, event: Any) -> None:
        self._style(True)
        super().enterEvent(event)

    def leaveEvent(self, event: Any) -> None:
        self._style(False)
        super().leaveEvent(event)


class _TileStrip(QWidget):
    """The strip of headline figures; says when its width changes (the figures then share
    it anew)."""

    sig_width = Signal(int)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.sig_width.emit(event.size().width())


# -- the page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labelled:
    """A filter's label (with its Alt-letter) and its widget, kept together on a line."""

    box: QWidget
    label: QLabel


class ReportsPage(QWidget):
    """The project's indicators for headquarters (see the module's doc)."""

    sig_open_record = Signal(str, str)  # table, id: MainWindow.open_record
    sig_computed = Signal(object)  # the Report now shown
    sig_exported = Signal(str, str)  # format, the file written
    sig_export_failed = Signal(str)  # the message shown
    sig_compute_failed = Signal(str)  # the message shown

    def __init__(self, ops: Ops, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._ops = ops
        #: Exports are written here, beside the database worker (they need no database).
        self.files = Files(name="report-files", parent=self)
        self.words = QtReportWords(grouped_locale())
        self.report: Report | None = None
        self.computing = False
        self.exporting = False
        self._generation = 0
        self._stale = True  # the data or the filters changed since the report shown
        self._shown_once = False
        self._applying = False
        self._years: list[int] = []
        self._periods: list[tuple[dt.date | None, dt.date | None] | None] = []
        self._last_dates: dict[str, dt.date | None] = {"from": None, "to": None}
        self.drill_dialog: DrillDialog | None = None
        self.rates_dialog: RatesDialog | None = None
        self.charts: dict[str, QChart] = {}
        self.chart_views: dict[str, QChartView] = {}
        self.today = dt.date.today()
        self._name_width = 200  # what the names of the table's rows need (_arrange_table)
        #: Each figure column's width: what its figures need, and with its text whole.
        self._widths: dict[int, tuple[int, int]] = {}

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.compute)

        self.filters_row = self._make_filters()
        self.message_bar = self._make_message_bar()
        self.tiles_box, self.tiles = self._make_tiles()
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("reportEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 12pt; color: #444444; padding: 8px;")
        self.empty_label.hide()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._make_table(), self.tr("Ta&ble"))
        self.tabs.addTab(self._make_charts(), self.tr("C&harts"))
        self.tabs.addTab(self._make_map(), self.tr("&Map"))
        self.tabs.setCornerWidget(self._make_actions(), Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda _index: self._draw_current_tab())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.filters_row)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tiles_box)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tabs, 1)
        ops.sig_changed.connect(self._data_changed)
        self._show_state()

    # -- building ---------------------------------------------------------------------------

    def _labelled(self, text: str, widget: QWidget, *extra: QWidget) -> Labelled:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        label = QLabel(text, box)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget, 1)
        for more in extra:
            row.addWidget(more, 1)
        return Labelled(box, label)

    def _combo(self, name: str, everything: str, choices: list[tuple[str, str]],
               tooltip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for code, label in choices:
            combo.addItem(label, code)
        combo.setMinimumContentsLength(FILTER_CHARS)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setToolTip(tooltip)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.currentIndexChanged.connect(self._filters_changed)
        guard_wheel(combo)
        return combo

    def _make_filters(self) -> QWidget:
        from lookingbeyond_desktop.ui.organizations.editor import (
            country_choices,
            network_choices,
            region_choices,
            theme_choices,
        )

        row = QWidget(self)
        row.setObjectName("reportFilters")
        flow = FlowLayout(row)
        self.period = QComboBox(self)
        self.period.setObjectName("reportPeriod")
        self.period.setToolTip(self.tr("The period: an activity counts when it starts in it; "
                                       "an organization is engaged when it took part in, or "
                                       "co-organized, such an activity."))
        self.period.currentIndexChanged.connect(self._period_chosen)
        guard_wheel(self.period)
        self.date_from = self._date("reportFrom", self.tr("From"))
        self.date_to = self._date("reportTo", self.tr("To"))
        self._fill_periods()
        period = self._labelled(self.tr("&Period:"), self.period, self.date_from, self.date_to)
        self.region = self._combo("reportRegion", self.tr("Any region"), region_choices(),
                                  self.tr("Organizations based in this UN M49 region or "
                                          "sub-region (activities held there, in the table by "
                                          "region)"))
        self.country = self._country()
        self.theme = self._combo("reportTheme", self.tr("Any thematic area"), theme_choices(),
                                 self.tr("Organizations working on it, activities on it; a "
                                         "thematic area includes its sub-themes"))
        self.theme.setMinimumContentsLength(FILTER_CHARS + 6)  # "Any thematic area" whole
        self.network = self._combo("reportNetwork", self.tr("Any network"), network_choices(),
                                   self.tr("Organizations that belong to this network"))
        offices = [(code, f"{labels.tr_reference(office.name)} ({code})")
                   for code, office in reference.offices().items()]
        self.office = self._combo("reportOffice", self.tr("Any office"), offices,
                                  self.tr("Activities this UNODC office organized"))
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setObjectName("reportClear")
        self.clear_button.setToolTip(self.tr("All time, no filter"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.filter_labels = {
            "period": period,
            "region": self._labelled(self.tr("&Region:"), self.region),
            "country": self._labelled(self.tr("&Country:"), self.country),
            "theme": self._labelled(self.tr("&Thematic area:"), self.theme),
            "network": self._labelled(self.tr("Net&work:"), self.network),
            "office": self._labelled(self.tr("&Office:"), self.office),
        }
        for name, labelled in self.filter_labels.items():
            flow.add(labelled.box, 2 if name == "period" else 1)
        flow.add(self.clear_button)
        return row

    def _date(self, name: str, placeholder: str) -> DateField:
        field_ = DateField(parent=self)
        field_.setObjectName(name)
        field_.setPlaceholderText(placeholder)
        field_.setToolTip(self.tr("%1: type a date or press F4 for a calendar; empty: no limit.")
                          .replace("%1", placeholder))
        field_.setMinimumWidth(field_.fontMetrics().horizontalAdvance("2011-12-31") + 64)
        field_.textChanged.connect(lambda _text, f=field_: self._date_changed(f))
        field_.editingFinished.connect(lambda f=field_: self._date_changed(f, finished=True))
        guard_wheel(field_)
        return field_

    def _country(self) -> QComboBox:
        from lookingbeyond_desktop.ui.organizations.editor import country_choices

        combo = QComboBox(self)
        combo.setObjectName("reportCountry")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(self.tr("Any country"), None)
        for code, label in country_choices():
            combo.addItem(label, code)
        combo.setMinimumContentsLength(FILTER_CHARS)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setToolTip(self.tr("Organizations based in this country: type its name in any UN "
                                 "language, or its code; or click it on the map"))
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        CountryCompleter(combo)
        line = combo.lineEdit()
        assert line is not None
        line.setClearButtonEnabled(True)
        line.setPlaceholderText(self.tr("Any country"))
        line.editingFinished.connect(self._settle_country)
        combo.currentIndexChanged.connect(self._country_chosen)
        combo.setEditText("")
        guard_wheel(combo)
        return combo

    def _make_actions(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 2, 2)
        self.busy = QProgressBar(box)
        self.busy.setObjectName("reportBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(60, 10)
        self.busy.hide()
        self.status = ElidedLabel("", minimum=100, parent=box)
        self.status.setObjectName("reportStatus")
        self.rates_button = QPushButton(self.tr("Exchange r&ates…"), box)
        self.rates_button.setObjectName("reportRates")
        self.rates_button.setToolTip(self.tr("The US-dollar rates grants are converted with: "
                                             "their date and source, to edit"))
        self.rates_button.clicked.connect(self.open_rates)
        self.export_button = QPushButton(self.tr("E&xport"), box)
        self.export_button.setObjectName("reportExport")
        self.export_button.setToolTip(self.tr("Save this report as a PDF, an Excel workbook, a "
                                              "CSV table or JSON"))
        menu = QMenu(self.export_button)
        menu.setObjectName("reportExportMenu")
        names = {"pdf": self.tr("&PDF report (A4)…"), "xlsx": self.tr("&Excel workbook…"),
                 "csv": self.tr("&CSV table…"), "json": self.tr("&JSON (for other programs)…")}
        self.export_actions = {}
        for fmt in FORMATS:
            action = menu.addAction(names[fmt])
            action.triggered.connect(lambda _checked=False, f=fmt: self.ask_export(f))
            self.export_actions[fmt] = action
        self.export_button.setMenu(menu)
        row.addWidget(self.busy)
        row.addWidget(self.status, 1)
        row.addWidget(self.rates_button)
        row.addWidget(self.export_button)
        return box

    def _make_message_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("reportMessage")
        self.message_label = QLabel(bar)
        self.message_label.setObjectName("reportMessageText")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Alt+F is the File menu, Alt+O the office filter.
        self.open_folder_button = QPushButton(self.tr("Open fol&der"), bar)
        self.open_folder_button.setObjectName("reportOpenFolder")
        self.open_folder_button.clicked.connect(self.open_export_folder)
        close = QPushButton(self.tr("Dismiss"), bar)
        close.setObjectName("reportMessageClose")
        close.clicked.connect(bar.hide)
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.message_label, 1)
        row.addWidget(self.open_folder_button)
        row.addWidget(close)
        bar.hide()
        self.exported_path: Path | None = None
        self.message_folder: Path | None = None  # what "Open folder" shows
        self._message_kind = ""  # what the bar speaks of: "compute", "export" or nothing
        return bar

    def _make_tiles(self) -> tuple[QWidget, dict[str, FigureTile]]:
        box = _TileStrip(self)
        box.setObjectName("reportTotals")
        flow = FlowLayout(box, spacing=6)
        captions = {
            "organizations_engaged": self.tr("Organizations engaged"),
            "representatives": self.tr("Representatives"),
            "unique_people": self.tr("Unique people"),
            "activities": self.tr("Activities"),
            "member_states": self.tr("Member States in joint activities"),
            "developing_country_share": self.tr("From developing countries"),
            "women_share": self.tr("Women"),
        }
        tiles: dict[str, FigureTile] = {}
        for key in TILES:
            tile = FigureTile(key, captions[key], parent=box)
            tile.sig_clicked.connect(self.drill_total)
            tiles[key] = tile
            flow.add(tile)
        height = max(tile.natural_height() for tile in tiles.values())
        for tile in tiles.values():
            tile.setFixedHeight(height)
        box.sig_width.connect(self.fit_tiles)
        return box, tiles

    def _make_table(self) -> QWidget:
        self.model = ReportModel(self.words, parent=self)
        self.tree = IndicatorTree(self)
        self.tree.setObjectName("reportTable")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setHeaderHidden(True)
        self.tree.doubleClicked.connect(self.drill_index)
        self.tree.sig_drill.connect(self.drill_index)
        self.tree.sig_resized.connect(self.fit_name_column)
        return self.tree

    def _make_charts(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setObjectName("reportCharts")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, (key, _build) in enumerate(CHARTS):
            view = QChartView(content)
            view.setObjectName(f"chart_{key}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)
            view.setMinimumWidth(260)
            self.chart_views[key] = view
            grid.addWidget(view, number // 2, number % 2)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        self._charts_drawn_for: Report | None = None
        return scroll

    def _make_map(self) -> QWidget:
        from lookingbeyond_desktop.ui.world_map import WorldMapWidget

        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        toggle = QHBoxLayout()
        self.map_organizations = QRadioButton(self.tr("Organizations engaged, by their country"),
                                              box)
        self.map_organizations.setObjectName("mapOrganizations")
        self.map_activities = QRadioButton(self.tr("Activities, by where they were held"), box)
        self.map_activities.setObjectName("mapActivities")
        self.map_organizations.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.map_organizations)
        group.addButton(self.map_activities)
        self.map_organizations.toggled.connect(self._map_toggled)
        self.map_hint = QLabel(self.tr("Click a country to report on it alone; click it again "
                                       "for every country."), box)
        self.map_hint.setObjectName("mapHint")
        self.map_hint.setWordWrap(True)
        self.map_hint.setStyleSheet("color: #555555;")
        toggle.addWidget(self.map_organizations)
        toggle.addWidget(self.map_activities)
        toggle.addWidget(self.map_hint, 1)
        self.world_map = WorldMapWidget(box)
        self.world_map.setObjectName("reportMap")
        self.world_map.sig_country_clicked.connect(self.map_clicked)
        self._map_drawn_for: Report | None = None
        layout.addLayout(toggle)
        layout.addWidget(self.world_map, 1)
        return box

    # -- the filters ------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        start, end = self._last_dates.get("from"), self._last_dates.get("to")
        self._applying = True
        try:
            self.period.clear()
            self._periods = []
            for label, dates in quick_periods(self.today, self._years):
                self.period.addItem(label)
                self._periods.append(dates)
            self.period.addItem(self.tr("Custom period"))
            self._periods.append(None)
            self._match_period(start, end)
        finally:
            self._applying = False

    def _match_period(self, start: dt.date | None, end: dt.date | None) -> None:
        """Select the quick choice of these dates ("Custom period" when none)."""
        dates = (start, end)
        index = self._periods.index(dates) if dates in self._periods else len(self._periods) - 1
        self.period.setCurrentIndex(index)

    @Slot(int)
    def _period_chosen(self, index: int) -> None:
        if self._applying:
            return
        dates = self._periods[index] if 0 <= index < len(self._periods) else None
        if dates is None:
            self.date_from.setFocus()  # "Custom period": the person types the dates
            return
        start, end = dates
        self._applying = True
        try:
            self.date_from.set_iso(start)
            self.date_to.set_iso(end)
            self._last_dates = {"from": start, "to": end}
            for date_field in (self.date_from, self.date_to):
                self._mark(date_field, "")
        finally:
            self._applying = False
        self._filters_changed()

    def _date_changed(self, date_field: DateField, *, finished: bool = False) -> None:
        """A date typed, picked or cleared: the period follows once the date is whole (a
        full ISO date, a date ending in its four-digit year, or the field left), so that
        "2010-12-3" on the way to "2010-12-31" computes nothing."""
        if self._applying:
            return
        name = "from" if date_field is self.date_from else "to"
        text = date_field.text().strip()
        found = date_field.date()
        if text and found is None:
            if finished or not date_field.hasFocus():
                self._mark(date_field, self.tr("Not a date: the period keeps its last date."))
            return
        if text and not finished and not whole_date(text):
            return
        self._mark(date_field, "")
        if self._last_dates.get(name) != found:
            self._last_dates[name] = found
            self._applying = True
            try:
                self._match_period(self._last_dates["from"], self._last_dates["to"])
            finally:
                self._applying = False
            self._filters_changed()

    def _mark(self, widget: QWidget, problem: str) -> None:
        mark_problem(widget, problem)

    @Slot()
    def _settle_country(self) -> None:
        """What was typed becomes the country it names; an empty box means every country."""
        settle_country_box(self.country, self._mark,
                           self.tr("No country is called “%1”: every country is counted."))

    @Slot(int)
    def _country_chosen(self, index: int) -> None:
        if index == 0:
            self.country.setEditText("")
        self._filters_changed()

    def filters(self) -> Filters:
        """The filters the row shows."""
        return Filters(start=self._last_dates.get("from"), end=self._last_dates.get("to"),
                       region=self.region.currentData(), country=self.country.currentData(),
                       theme=self.theme.currentData(), network=self.network.currentData(),
                       office=self.office.currentData())

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` in the row; the report is computed once, after a short pause."""
        self._applying = True
        try:
            self.date_from.set_iso(filters.start)
            self.date_to.set_iso(filters.end)
            self._last_dates = {"from": filters.start, "to": filters.end}
            self._match_period(filters.start, filters.end)
            for combo, value in ((self.region, filters.region), (self.country, filters.country),
                                 (self.theme, filters.theme), (self.network, filters.network),
                                 (self.office, filters.office)):
                index = combo.findData(value) if value is not None else 0
                combo.setCurrentIndex(max(index, 0))
                self._mark(combo, "")
            self.country.setEditText(self.country.currentText()
                                     if self.country.currentIndex() > 0 else "")
            for date_field in (self.date_from, self.date_to):
                self._mark(date_field, "")
        finally:
            self._applying = False
        self._filters_changed()

    @Slot()
    def clear_filters(self) -> None:
        """All time, no filter."""
        self.set_filters(Filters())

    def set_country(self, code: str | None) -> None:
        """Report on one country (None: every country)."""
        self.set_filters(replace(self.filters(), country=code))

    @Slot()
    def _filters_changed(self, *_args: Any) -> None:
        if self._applying:
            return
        self._stale = True
        self._timer.start()
        self._show_state()

    # -- computing --------------------------------------------------------------------------

    def shown(self) -> None:
        """The page came on screen: compute when something changed since the last time."""
        if not self._shown_once:
            self._shown_once = True
            self._read_years()
        if self._stale or self.report is None:
            self.compute()

    def _read_years(self) -> None:
        self._ops.read(activity_years, self._set_years, key=f"report-years-{id(self)}")

    @Slot(object)
    def _data_changed(self, tables: frozenset[str]) -> None:
        if not REPORT_TABLES & set(tables):
            return
        self._stale = True
        if not self._shown_once:
            return  # never shown: nothing to read until it is
        if "activities" in tables:
            self._read_years()
        if self.isVisible():
            self._timer.start()

    def _set_years(self, years: list[int]) -> None:
        if years != self._years:
            self._years = years
            self._fill_periods()

    @Slot()
    def compute(self) -> None:
        """Compute the report of the filters shown, on the worker."""
        from lookingbeyond_desktop.reports import indicators

        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self.computing = True
        self._stale = False
        filters = self.filters()
        self._show_state()
        work = functools.partial(_compute, indicators.compute, filters=filters, today=self.today)
        self._ops.read(work, lambda report: self._computed(generation, report),
                       failed=lambda error, trace: self._compute_failed(generation, error,
                                                                        trace),
                       key=f"report-{id(self)}")

    def _computed(self, generation: int, report: Report) -> None:
        if generation != self._generation:
            return  # the filters changed while it was computed: a newer report is coming
        self.computing = False
        if self._message_kind == "compute":
            self.message_bar.hide()  # the failure it told of is over
        self.report = report
        self.model.set_report(report)
        self._arrange_table()
        self._show_totals(report)
        self._charts_drawn_for = None
        self._map_drawn_for = None
        self._draw_current_tab()
        self._show_state()
        self.sig_computed.emit(report)

    def _compute_failed(self, generation: int, error: BaseException, trace: str) -> None:
        log_failure("the report could not be computed", error, trace)
        if generation != self._generation:
            return  # a newer report is coming
        self.computing = False
        self._show_state(self.tr("The report could not be computed."))
        text = self.tr("The report could not be computed: %1").replace(
            "%1", failure_text(error, self._ops))
        if self.report is not None:
            text += " " + self.tr("The figures below are those of the last report computed.")
        self._message(text, error=True,
                      folder=log_file(self._ops).parent if needs_log(error) else None,
                      kind="compute")
        self.sig_compute_failed.emit(self.message_label.text())

    def _show_state(self, problem: str = "") -> None:
        """The status beside the tabs: computing, a failure, or what the report covers."""
        pending = self.computing or self._timer.isActive()
        self.busy.setVisible(pending or self.exporting)
        self.export_button.setEnabled(self.report is not None and not self.exporting)
        self.status.setStyleSheet(ERROR_STYLE if problem else "")
        if problem:
            self.status.setText(problem)
        elif self.exporting:
            self.status.setText(self.tr("Exporting…"))
        elif pending:
            self.status.setText(self.tr("Computing…"))
        elif self.report is not None:
            text = self._as_of_text(self.report)
            self.status.setText(text)
            self.status.setToolTip(text + "\n" + self._as_of_tip(self.report))  # whole, then why
        else:
            self.status.setText("")
        report = self.report
        empty = report is not None and report.is_empty()
        self.empty_label.setVisible(empty)
        self.tiles_box.setVisible(not empty)
        if empty:
            self.empty_label.setText(self.tr(
                "Nothing in this period and these filters: no organization took part in an "
                "activity that starts in it. Choose “All time” or clear some filters."))

    def _as_of_text(self, report: Report) -> str:
        """How fresh the data is, and what this computer holds ("this computer holds: All
        regions"), so that the regions it holds are never read as the report's filter."""
        when = (local_time(report.as_of.isoformat()) if report.as_of
                else self.tr("not known (never synced, nothing saved)"))
        text = self.tr("Data as of %1").replace("%1", when)
        if report.scope:
            text += " · " + self.tr("this computer holds: %1").replace(
                "%1", self.words.text(report.scope))
        return text

    def _as_of_tip(self, report: Report) -> str:
        """The status's tooltip: what the figures count, in full sentences."""
        tip = self.tr("The figures count the records on this computer as they were at the "
                      "last sync with headquarters (or, never synced, at the last change saved "
                      "here).")
        if report.scope:
            tip += " " + self.tr("This computer holds the organizations of: %1. The filters "
                                 "above choose among them.").replace(
                "%1", self.words.text(report.scope))
        return tip

    def _arrange_table(self) -> None:
        for row, parent in self.model.spanned():
            self.tree.setFirstColumnSpanned(row, parent, True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        self._widths = {}
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self._widths[column] = (self._column_width(column, metrics),
                                    self._column_width(column, metrics, text=True))
            header.resizeSection(column, self._widths[column][0])
        self._name_width = self._names_width(QModelIndex(), 0)
        self.fit_name_column()

    def _names_width(self, parent: QModelIndex, depth: int) -> int:
        """The width the rows' names need, with their indentation."""
        metrics = self.tree.fontMetrics()
        widest = 0
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if index.internalPointer().kind == "row":
                text = str(self.model.data(index) or "")
                indent = self.tree.indentation() * (depth + 1)
                widest = max(widest, indent + metrics.horizontalAdvance(text) + 24)
            widest = max(widest, self._names_width(index, depth + 1))
        return widest

    def fit_name_column(self) -> None:
        """The names' column as wide as the names need, so that the figures sit beside
        them; narrower (down to :data:`NAMES_LEAST` pixels, a longer name elided, whole in
        its tooltip) when the figures would not fit otherwise.  Then
        the width left widens the columns that hold text (an organization's country) up to
        what their text needs: on a small screen such a text is elided (whole in its
        tooltip) rather than pushing the figures out of sight."""
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        figures = sum(base for base, _wanted in self._widths.values())
        room = self.tree.viewport().width() - figures
        names = max(NAMES_LEAST, min(self._name_width, room))
        header.resizeSection(0, names)
        spare = max(0, room - names)
        for column, (base, wanted) in sorted(self._widths.items()):
            extra = min(spare, max(0, wanted - base))
            spare -= extra
            header.resizeSection(column, base + extra)

    def _column_width(self, column: int, metrics: Any, *, text: bool = False) -> int:
        """Wide enough for the longest word of the titles and every figure of ``column``;
        ``text``: and for its text cells (an organization's country) up to
        :data:`TEXT_CHARS` characters, a longer one elided (whole in its tooltip)."""
        widest = 56
        text_most = metrics.averageCharWidth() * TEXT_CHARS
        for index in self._indexes(QModelIndex(), column):
            content = str(self.model.data(index) or "")
            cell_column = self.model.column(index)
            is_text = (cell_column is not None and cell_column.kind == "text"
                       and index.internalPointer().kind == "row")
            if is_text and not text:
                continue
            for line in content.split("\n"):
                width = metrics.horizontalAdvance(line)
                widest = max(widest, min(width, text_most) if is_text else width)
        return widest + 18

    def _indexes(self, parent: QModelIndex, column: int) -> list[QModelIndex]:
        found: list[QModelIndex] = []
        for row in range(self.model.rowCount(parent)):
            first = self.model.index(row, 0, parent)
            found.append(self.model.index(row, column, parent))
            found.extend(self._indexes(first, column))
        return found

    def _show_totals(self, report: Report) -> None:
        words = self.words
        from lookingbeyond_desktop.reports.indicators import TOTAL_NOTES

        for key, tile in self.tiles.items():
            figure = report.totals.get(key)
            kind = "share" if key.endswith("_share") else "count"
            text = cell_text(figure, kind, words) if figure is not None else "–"
            tile.set_figure(text, drillable=figure is not None and figure.drill is not None
                            and bool(figure.value), tooltip=words.text(TOTAL_NOTES.get(key, "")))
        missing = report.totals.get("sex_not_recorded_share")
        self.tiles["women_share"].set_detail(
            self.tr("%1 not recorded").replace("%1", words.share(missing.value))
            if missing is not None and missing.value else "")
        named = report.totals.get("named_people")
        self.tiles["unique_people"].set_detail(
            self.tr("%1 by name").replace("%1", words.count(named.value))
            if named is not None and named.value is not None else "")
        self._equal_tiles()

    def _equal_tiles(self) -> None:
        """Fit the headline figures to the strip's width, all of the same height."""
        self.fit_tiles(self.tiles_box.width())

    def fit_tiles(self, available: int) -> None:
        """Lay the headline figures on one line of ``available`` pixels when their figures
        and longest words fit (captions wrapping as much as they must: a long caption in
        another language takes another line, not another row of figures); when even that
        does not fit, each at its least width, wrapping onto a second row.  Then all take
        the height of the tallest, so that no line of a caption is cut."""
        tiles = list(self.tiles.values())
        if not tiles:
            return
        spacing = 6 * (len(tiles) - 1)
        pairs = [tile.widths() for tile in tiles]
        least = sum(tile.outer(low) for tile, (low, _high) in zip(tiles, pairs)) + spacing
        most = sum(tile.outer(high) for tile, (_low, high) in zip(tiles, pairs)) + spacing
        if available <= 0 or most <= available:
            inners = [high for _low, high in pairs]
        elif least <= available:
            room = available - least  # shared in proportion to what each would like more
            wish = sum(high - low for low, high in pairs) or 1
            inners = [low + (high - low) * room // wish for low, high in pairs]
        else:
            inners = [low for low, _high in pairs]
        for tile, inner in zip(tiles, inners):
            tile.fit(inner)
        height = max(tile.natural_height() for tile in tiles)
        for tile in tiles:
            tile.setFixedHeight(height)

    # -- charts and map ---------------------------------------------------------------------

    def _draw_current_tab(self) -> None:
        """Draw the charts or the map when they are on screen (and the report changed)."""
        if self.report is None:
            return
        current = self.tabs.currentIndex()
        if current == 1 and self._charts_drawn_for is not self.report:
            self._draw_charts()
        elif current == 2 and self._map_drawn_for is not self.report:
            self._draw_map()

    def _draw_charts(self) -> None:
        report = self.report
        if report is None:
            return
        for key, build in CHARTS:
            chart = build(report, self.words)
            view = self.chart_views[key]
            old = view.chart()
            view.setChart(chart)
            self.charts[key] = chart
            if old is not None and old is not chart:
                old.deleteLater()
        self._charts_drawn_for = report

    def _draw_map(self) -> None:
        report = self.report
        if report is None:
            return
        which = "organizations" if self.map_organizations.isChecked() else "activities"
        self.world_map.set_figures(report.by_country, which)
        self.world_map.set_selected(report.filters.country or "")
        self._map_drawn_for = report

    @Slot(bool)
    def _map_toggled(self, _on: bool) -> None:
        self.world_map.set_which("organizations" if self.map_organizations.isChecked()
                                 else "activities")

    @Slot(str)
    def map_clicked(self, code: str) -> None:
        """A country picked on the map: report on it alone; the pick cleared (the same
        country clicked again, the sea, Escape): every country."""
        if (code or None) != self.country.currentData():
            self.set_country(code or None)

    # -- drilling down ----------------------------------------------------------------------

    @Slot(QModelIndex)
    def drill_index(self, index: QModelIndex) -> None:
        """List the records behind the figure in a cell of the table; on a line of an
        organization (the most engaged ones), a cell without records behind it opens the
        organization."""
        figure = self.model.figure(index)
        if figure is None or figure.drill is None or self.report is None:
            organization = self.model.organization(index)
            if organization:
                self.sig_open_record.emit("organizations", organization)
            return
        row, column = self.model.describe(index)
        self.open_drill(figure.drill, title=f"{row} — {column}",
                        figure=cell_text(figure, "count", self.words))

    @Slot(str)
    def drill_total(self, key: str) -> None:
        """List the records behind a headline figure."""
        if self.report is None:
            return
        figure = self.report.totals.get(key)
        if figure is None or figure.drill is None:
            return
        tile = self.tiles.get(key)
        caption = tile.caption.text() if tile is not None else key
        self.open_drill(figure.drill, title=caption,
                        figure=cell_text(figure, "count", self.words))

    def open_drill(self, drill: Drill, *, title: str, figure: str) -> DrillDialog:
        """Open the list of the records behind a figure (one list at a time)."""
        assert self.report is not None
        if self.drill_dialog is not None:
            self.drill_dialog.close()
            self.drill_dialog.deleteLater()
        scope = "; ".join(f"{name}: {value}" for name, value
                          in describe_filters(self.report, self.words))
        dialog = DrillDialog(self._ops, self.report.filters, drill, title=title, figure=figure,
                             scope=scope, parent=self)
        dialog.sig_open_record.connect(self.sig_open_record)
        self.drill_dialog = dialog
        dialog.show()
        return dialog

    # -- exchange rates ---------------------------------------------------------------------

    @Slot()
    def open_rates(self) -> RatesDialog:
        """Show the exchange rates, to read or edit."""
        dialog = RatesDialog(self._ops, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(lambda _info: self.compute())
        dialog.destroyed.connect(lambda *_a: setattr(self, "rates_dialog", None))
        self.rates_dialog = dialog
        dialog.open()
        return dialog

    # -- exporting --------------------------------------------------------------------------

    def default_path(self, fmt: str) -> Path:
        """Where an export is offered to go: the Documents folder, a name with the period."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        filters = self.report.filters if self.report is not None else self.filters()
        if filters.start or filters.end:
            period = f"{filters.start or '…'} – {filters.end or '…'}"
        else:
            period = self.tr("all time")
        name = self.tr("Looking Beyond report %1").replace("%1", period)
        return Path(folder or ".") / f"{name}.{fmt}"

    def ask_export(self, fmt: str) -> None:
        """Ask where to save the report as ``fmt``, then write it."""
        if self.report is None or self.exporting:
            return
        kinds = {"pdf": self.tr("PDF documents (*.pdf)"),
                 "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                 "csv": self.tr("CSV files (*.csv)"), "json": self.tr("JSON files (*.json)")}
        chosen, _kind = QFileDialog.getSaveFileName(self, self.tr("Export the report"),
                                                    str(self.default_path(fmt)), kinds[fmt])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != "." + fmt:
            path = path.with_name(path.name + "." + fmt)
        self.export_to(fmt, path)

    def export_to(self, fmt: str, path: Path) -> None:
        """Write the report on screen to ``path`` as ``fmt``, off the GUI thread."""
        report = self.report
        if report is None or self.exporting:
            return
        self.exporting = True
        self.message_bar.hide()
        self._show_state()
        writer = _writer(fmt)
        words = self.words
        extra: dict[str, Any] = {}
        if fmt == "pdf":
            from lookingbeyond_desktop.reports import pdf

            try:  # QtCharts draws on the GUI thread only; the pages are written on the files'
                extra["charts"] = pdf.prepare_charts(report, words)
            except Exception as error:  # noqa: BLE001 - shown to the person, like a write failure
                self._export_failed(fmt, path, error, traceback.format_exc())
                return
        job = functools.partial(_export, writer, report=report, path=path, words=words,
                                extra=extra)
        self.files.run(job, lambda _result: self._exported(fmt, path),
                       failed=lambda error, trace: self._export_failed(fmt, path, error, trace))

    def _exported(self, fmt: str, path: Path) -> None:
        self.exporting = False
        self.exported_path = path
        self._message(self.tr("The report was saved to %1.").replace("%1", str(path)),
                      folder=path.parent, kind="export")
        self._show_state()
        self.sig_exported.emit(fmt, str(path))

    def _export_failed(self, fmt: str, path: Path, error: BaseException, trace: str) -> None:
        log_failure(f"the report could not be exported as {fmt.upper()}", error, trace)
        self.exporting = False
        message = write_failure_text(error, path)
        if needs_log(error):
            message += " " + log_words(self._ops)
        self._message(message, error=True,
                      folder=log_file(self._ops).parent if needs_log(error) else None,
                      kind="export")
        self._show_state()
        self.sig_export_failed.emit(message)

    def _message(self, text: str, *, error: bool = False, folder: Path | None = None,
                 kind: str = "") -> None:
        """Say ``text`` in the bar above the figures (red for a failure), with "Open folder"
        showing ``folder`` (the file written, or the log) when given."""
        self.message_label.setText(text)
        self.message_bar.setStyleSheet(
            "#reportMessage { background: #fde7e9; border: 1px solid #b3261e; }" if error else
            "#reportMessage { background: #e7f5e9; border: 1px solid #2e7d32; }")
        self.message_folder = folder
        self._message_kind = kind
        self.open_folder_button.setVisible(folder is not None)
        self.message_bar.show()

    @Slot()
    def open_export_folder(self) -> None:
        """Show the folder the message names (of the file just written, or of the log)."""
        if self.message_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.message_folder)))


def _compute(fn: Callable[..., Report], connection: Connection, *, filters: Filters,
             today: dt.date) -> Report:
    """``indicators.compute`` as a worker job (a plain function: no widget in the closure)."""
    return fn(connection, filters, today=today)


def _writer(fmt: str) -> Callable[..., Any]:
    """The function that writes a report as ``fmt``."""
    if fmt == "pdf":
        from lookingbeyond_desktop.reports import pdf

        return pdf.write_pdf
    from lookingbeyond_desktop.reports import tables

    return {"xlsx": tables.write_xlsx, "csv": tables.write_csv, "json": tables.write_json}[fmt]


def _export(writer: Callable[..., Any], *, report: Report, path: Path, words: ReportWords,
            extra: dict[str, Any]) -> None:
    """Write ``report`` to ``path`` (a job of the page's file thread: no database, no
    widget in the closure)."""
    writer(report, path, words=words, **extra)


__all__ = ["FigureTile", "ReportModel", "ReportsPage", "activity_years", "quick_periods"]
