"""The dialogs of the Reports page: the records behind a figure (:class:`DrillDialog`) and
the exchange rates US-dollar figures are converted with (:class:`RatesDialog`).

Both read and write on the database worker (``Ops``): the list behind a figure is queried by
``reports.indicators.drill`` when a person asks for it, never kept in the report; the rates
live in the data folder's ``local_settings`` (``reports.rates``), which never syncs: a field
office may use its own, the report states which.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.reports.model import Drill, DrillRecord, Filters, RatesInfo
from lookingbeyond_desktop.store.database import StoreError
from lookingbeyond_desktop.store.writer import RowsError
from lookingbeyond_desktop.ui.entry import DateField, format_number, parse_number
from lookingbeyond_desktop.ui.errors import human_message, loggable
from lookingbeyond_desktop.ui.forms import ERROR_STYLE
from lookingbeyond_desktop.ui.layout import select_row
from lookingbeyond_desktop.ui.ops import Ops

#: The tables MainWindow.open_record can show.
OPENABLE = frozenset({"organizations", "activities", "grants"})
#: Records shown through the record they belong to: a participation in its activity, a
#: person at their organization (table, column holding the owner's id, owner's table).
OWNERS = {"participations": ("participations", "activity_id", "activities"),
          "contacts": ("contacts", "organization_id", "organizations")}

ModelIndex = QModelIndex | QPersistentModelIndex

log = logging.getLogger(__name__)

#: Failures whose message says what went wrong and what to do (ui/errors.human_message): a
#: person is not sent to the log for them.
EXPLAINED = (OSError, StoreError, ValidationError, RowsError, sqlite3.OperationalError)


def log_file(ops: Ops) -> Path:
    """The log of the data folder ``ops`` works on (the window's ``log_file``)."""
    return paths.log_dir(ops.store.folder) / "lookingbeyond.log"


def log_failure(what: str, error: BaseException, trace: str) -> None:
    """Put a failure in the log: ``what`` failed, then what :func:`loggable` lets through
    (a broken rule's fields, never the values a person typed; else the traceback)."""
    log.error("%s:\n%s", what, loggable(error, trace))


def needs_log(error: BaseException) -> bool:
    """Whether the words for ``error`` cannot say what went wrong, so that the person is
    told where the details are (the log)."""
    return not isinstance(error, EXPLAINED)


def failure_text(error: BaseException, ops: Ops) -> str:
    """What went wrong, in words (:func:`human_message`), and where the log is when the
    words cannot say it."""
    text = human_message(error)
    if needs_log(error):
        text += " " + log_words(ops)
    return text


def log_words(ops: Ops) -> str:
    """"Details are in the log: <file>" (the words of the window's error box)."""
    return QCoreApplication.translate("errors", "Details are in the log: %1").replace(
        "%1", str(log_file(ops)))


# -- the records behind a figure -----------------------------------------------------------


class DrillModel(QAbstractTableModel):
    """The records of a drill-down: their name and a short detail (country, date, status)."""

    def __init__(self, headers: tuple[str, str], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[DrillRecord] = []
        self.headers = headers

    def set_records(self, records: list[DrillRecord]) -> None:
        """Show ``records`` (in the order given)."""
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 1:
                return record.detail
            # A withheld or erased person's label is a source string of the "report" context.
            return QCoreApplication.translate("report", record.label) if record.withheld else record.label
        if role == Qt.ItemDataRole.FontRole and record.withheld and index.column() == 0:
            from lookingbeyond_desktop.ui.erased import erased_font

            return erased_font(QFont())
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class _RecordTable(QTableView):
    """The list of records; Enter opens the current one (as double-click does)."""

    sig_enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.sig_enter.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class DrillDialog(QDialog):
    """The records behind one figure of a report, read on the worker, with "Open" that
    asks the window to show the record chosen (``sig_open_record(table, id)``).

    The dialog is not modal: a person can open one record after another from it while the
    window shows each."""

    sig_open_record = Signal(str, str)
    sig_loaded = Signal(int)  # how many records are listed
    sig_failed = Signal(str)  # the message shown when they could not be listed

    def __init__(self, ops: Ops, filters: Filters, drill: Drill, *, title: str, figure: str,
                 scope: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillDialog")
        self.setWindowTitle(self.tr("Records behind a figure"))
        self.ops = ops
        self.filters = filters
        self.drill = drill
        self.loaded = False
        heading = QLabel(title, self)
        heading.setObjectName("drillTitle")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.scope_label = QLabel(scope, self)
        self.scope_label.setObjectName("drillScope")
        self.scope_label.setWordWrap(True)
        self.scope_label.setStyleSheet("color: #555555;")
        self.scope_label.setVisible(bool(scope))
        self.figure = figure
        self.count_label = QLabel(self.tr("Listing the records…"), self)
        self.count_label.setObjectName("drillCount")
        self.count_label.setWordWrap(True)
        self.model = DrillModel((self.tr("Name"), self.tr("Details")), parent=self)
        self.table = _RecordTable(self)
        self.table.setObjectName("drillRecords")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_open())
        self.table.sig_enter.connect(self.open_current)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(self.tr("&Open"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("drillOpen")
        self.open_button.setToolTip(self.tr("Show the record chosen in its page (Enter or a "
                                            "double-click do the same)"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_current)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 460)
        self.load()

    def load(self) -> None:
        """Read the records on the worker."""
        from lookingbeyond_desktop.reports import indicators

        work = functools.partial(_drill, indicators.drill, filters=self.filters, drill=self.drill)
        self.ops.read(work, self._show, failed=self._failed, key=f"drill-{id(self)}")

    def _show(self, records: list[DrillRecord]) -> None:
        self.loaded = True
        self.model.set_records(records)
        self.count_label.setText(self._count_text(len(records)))
        self.count_label.setStyleSheet("")
        if records:
            select_row(self.table, 0)
            self.table.setFocus()
        self._update_open()
        self.sig_loaded.emit(len(records))

    def _count_text(self, count: int) -> str:
        """How many records are listed ("Organizations: 4"; no plural to agree with)."""
        kind = self.drill.kind
        number = self.locale().toString(count)
        if kind == "participations":
            return (self.tr("Participations in activities: %1, adding up to %2")
                    .replace("%1", number).replace("%2", self.figure))
        names = {"organizations": self.tr("Organizations: %1"),
                 "activities": self.tr("Activities: %1"), "grants": self.tr("Grants: %1"),
                 "contacts": self.tr("People: %1")}
        return names.get(kind, self.tr("Records: %1")).replace("%1", number)

    def _failed(self, error: BaseException, trace: str) -> None:
        log_failure(f"the records behind a figure ({self.drill.kind}) could not be listed",
                    error, trace)
        self.loaded = True
        self.count_label.setText(self.tr("The records could not be listed: %1")
                                 .replace("%1", failure_text(error, self.ops)))
        self.count_label.setStyleSheet(ERROR_STYLE)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sig_failed.emit(self.count_label.text())

    def current_record(self) -> DrillRecord | None:
        """The record chosen in the list."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record: DrillRecord = self.model.records[index.row()]
        return record

    def _update_open(self) -> None:
        record = self.current_record()
        self.open_button.setEnabled(record is not None and (record.table in OPENABLE
                                                            or record.table in OWNERS))

    @Slot()
    def open_current(self) -> None:
        """Ask the window to show the record chosen (a participation: its activity; a person:
        their organization, found on the worker)."""
        record = self.current_record()
        if record is None:
            return
        if record.table in OPENABLE:
            self.sig_open_record.emit(record.table, record.id)
        elif record.table in OWNERS:
            self.ops.read(functools.partial(owner_of, table=record.table, record_id=record.id),
                          self._open_owner)

    def _open_owner(self, owner: tuple[str, str] | None) -> None:
        if owner is not None:
            self.sig_open_record.emit(*owner)


def owner_of(connection: Any, *, table: str, record_id: str) -> tuple[str, str] | None:
    """The (table, id) of the record a participation or a contact belongs to (worker side)."""
    from sqlalchemy import select

    from lookingbeyond_desktop.store.writer import TABLES

    name, column, owner = OWNERS[table]
    rows = TABLES[name]
    found = connection.execute(select(rows.c[column]).where(rows.c.id == record_id)).scalar()
    return (owner, str(found)) if found else None


def _drill(fn: Any, connection: Any, *, filters: Filters, drill: Drill) -> list[DrillRecord]:
    """``indicators.drill`` as a worker job (a plain function: no widget in the closure)."""
    found: list[DrillRecord] = fn(connection, filters, drill)
    return found


# -- exchange rates ------------------------------------------------------------------------


def _rate_text(value: Decimal) -> str:
    """A rate as the person reads it: the locale's digits, no needless zeros."""
    normalized = value.normalize()
    if normalized == normalized.to_integral():
        normalized = normalized.quantize(Decimal(1))
    return format_number(normalized)


class SourceEdit(QTextEdit):
    """The rates' source, as plain text: as tall as its words need at its width (wrapped at
    words, no scroll bar), so that a person reads the whole source without scrolling; up to
    :attr:`MAX_LINES` lines, past which it scrolls."""

    MAX_LINES = 12
    MIN_LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self.fit)
        self.fit()

    def _height_for(self, lines: int) -> int:
        margin = self.document().documentMargin()
        return round(self.fontMetrics().lineSpacing() * lines + 2 * margin
                     + 2 * self.frameWidth())

    def content_height(self) -> int:
        """The height the whole text takes at the box's width, frame included."""
        document = self.document()
        document.setTextWidth(self.viewport().width())
        return round(document.size().height() + 2 * self.frameWidth())

    def fit(self) -> None:
        """Take the height the text needs (between :attr:`MIN_LINES` and :attr:`MAX_LINES`
        lines; past that the box scrolls)."""
        wanted = max(self._height_for(self.MIN_LINES), self.content_height())
        most = self._height_for(self.MAX_LINES)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if wanted > most
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = min(wanted, most)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """A new width wraps the text differently: take the height it then needs."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()

    def fully_visible(self) -> bool:
        """Whether the whole text shows without scrolling."""
        return self.content_height() <= self.height()


class RatesDialog(QDialog):
    """The US-dollar rates of this data folder: their date and source, and a table of
    currencies and US dollars per unit that can be edited, checked and saved, or put back
    to the rates shipped with the application."""

    sig_saved = Signal(object)  # the RatesInfo saved

    def __init__(self, ops: Ops, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratesDialog")
        self.setWindowTitle(self.tr("Exchange rates"))
        self.ops = ops
        self.loaded = False
        self.saving = False
        intro = QLabel(self.tr(
            "Grants are counted in US dollars with these rates: US dollars for one unit of each "
            "currency. They are kept in this data folder only, and every report states their "
            "date and source."), self)
        intro.setWordWrap(True)
        self.date_edit = DateField(parent=self)
        self.date_edit.setObjectName("ratesDate")
        self.source_edit = SourceEdit(self)
        self.source_edit.setObjectName("ratesSource")
        self.source_edit.setPlaceholderText(self.tr("e.g. UN operational rates of exchange, "
                                                    "treasury.un.org, June 2011"))
        self.source_edit.setTabChangesFocus(True)
        form = QFormLayout()
        date_label = QLabel(self.tr("Rates &as of:"), self)
        date_label.setBuddy(self.date_edit)
        source_label = QLabel(self.tr("So&urce:"), self)
        source_label.setBuddy(self.source_edit)
        form.addRow(date_label, self.date_edit)
        form.addRow(source_label, self.source_edit)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("ratesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("US dollars per unit")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 120)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(self.tr("Currency: its three-letter ISO code (EUR). Rate: how "
                                      "many US dollars one unit is worth (1.08)."))
        self.add_button = QPushButton(self.tr("A&dd currency"), self)
        self.add_button.setObjectName("ratesAdd")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("ratesRemove")
        self.remove_button.clicked.connect(self.remove_row)
        self.restore_button = QPushButton(self.tr("Restore &shipped rates"), self)
        self.restore_button.setObjectName("ratesRestore")
        self.restore_button.setToolTip(self.tr("Put back the rates that came with the "
                                               "application (saved when you press Save)"))
        self.restore_button.clicked.connect(self.restore_shipped)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        self.status = QLabel(self)
        self.status.setObjectName("ratesStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("ratesSave")
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Wide enough to read the source in a few lines; never larger than the screen.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(620, screen.width() - 40), min(560, screen.height() - 40))
        self.load()

    # -- reading ----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the rates in use on the worker."""
        from lookingbeyond_desktop.reports import rates

        self.ops.read(rates.load_rates, self.show_rates, failed=self._read_failed)

    def show_rates(self, info: RatesInfo) -> None:
        """Fill the dialog with ``info``."""
        self.loaded = True
        self.date_edit.set_iso(info.as_of)
        self.source_edit.setPlainText(info.source)
        self.table.setRowCount(0)
        for currency, rate in sorted(info.usd_per_unit.items()):
            self.add_row(currency, _rate_text(rate))
        self.save_button.setEnabled(True)
        self.table.setFocus()
        self._say("")

    def _read_failed(self, error: BaseException, trace: str) -> None:
        log_failure("the exchange rates could not be read", error, trace)
        self.loaded = True
        self.save_button.setEnabled(False)  # nothing read: saving would replace them blind
        self._say(self.tr("The rates could not be read: %1")
                  .replace("%1", failure_text(error, self.ops)), error=True)

    def _save_failed(self, error: BaseException, trace: str) -> None:
        log_failure("the exchange rates could not be saved", error, trace)
        self.saving = False
        self.save_button.setEnabled(True)
        self._say(self.tr("The rates were not saved: %1")
                  .replace("%1", failure_text(error, self.ops)), error=True)

    @Slot()
    def restore_shipped(self) -> None:
        """Show the rates shipped with the application (saved with Save)."""
        from lookingbeyond_desktop.reports import rates

        self.show_rates(rates.shipped_rates())
        self._say(self.tr("The shipped rates are shown: press Save to use them."))

    # -- editing ----------------------------------------------------------------------------

    def add_row(self, currency: str = "", rate: str = "") -> None:
        """Add a row (an empty one, focused, when called from the button)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(currency))
        item = QTableWidgetItem(rate)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, item)
        if not currency:
            self.table.setCurrentCell(row, 0)
            first = self.table.item(row, 0)
            if first is not None:
                self.table.editItem(first)

    @Slot()
    def remove_row(self) -> None:
        """Remove the selected currency."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def rates_info(self) -> tuple[RatesInfo | None, list[str]]:
        """The rates the dialog shows, or the problems that keep them from being saved."""
        problems: list[str] = []
        as_of = self.date_edit.date()
        if as_of is None:
            problems.append(self.tr("Give the date of the rates."))
        source = " ".join(self.source_edit.toPlainText().split())
        if not source:
            problems.append(self.tr("Say where the rates come from."))
        found: dict[str, Decimal] = {}
        for row in range(self.table.rowCount()):
            currency = self._text(row, 0).upper()
            typed = self._text(row, 1)
            if not currency and not typed:
                continue
            line = row + 1
            if not (len(currency) == 3 and currency.isalpha() and reference.is_currency(currency)):
                problems.append(self.tr("Line %1: “%2” is not a currency code (three letters, "
                                        "e.g. EUR).").replace("%1", str(line))
                                .replace("%2", currency))
                continue
            if currency in found:
                problems.append(self.tr("Line %1: %2 is listed twice.").replace("%1", str(line))
                                .replace("%2", currency))
                continue
            rate = parse_number(typed, whole=False)
            if rate is None or rate <= 0:
                problems.append(self.tr("Line %1: the rate of %2 must be a number above zero "
                                        "(US dollars for one %2).").replace("%1", str(line))
                                .replace("%2", currency))
                continue
            if currency == "USD" and rate != 1:
                problems.append(self.tr("Line %1: one US dollar is worth 1 US dollar.")
                                .replace("%1", str(line)))
                continue
            found[currency] = rate
        if problems or as_of is None:
            return None, problems
        return RatesInfo(as_of=as_of, source=source, usd_per_unit=found), []

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setVisible(bool(text))  # no empty gap above the buttons

    # -- saving -----------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        """Check the rates; save them on the worker and close, or say what is wrong."""
        if self.saving or not self.loaded:
            return
        info, problems = self.rates_info()
        if info is None:
            self._say("\n".join(problems), error=True)
            return
        from lookingbeyond_desktop.reports import rates

        self.saving = True
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"))
        self.ops.write(functools.partial(_save_rates, rates.save_rates, info=info),
                       lambda _result: self._saved(info), failed=self._save_failed, tables=())

    def _saved(self, info: RatesInfo) -> None:
        self.saving = False
        self.sig_saved.emit(info)
        self.accept()


def _save_rates(fn: Any, writer: Any, *, info: RatesInfo) -> None:
    """``rates.save_rates`` inside the write transaction (local settings never sync)."""
    fn(writer.connection, info)


__all__ = ["DrillDialog", "DrillModel", "OPENABLE", "RatesDialog", "SourceEdit"]
