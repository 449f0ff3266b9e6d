"""File ▸ Export…: the list on screen (with its search and filters) or a whole table, to CSV,
an Excel workbook (.xlsx) or JSON.

The rows are read and written on the database worker, in one read transaction (the file
holds one consistent moment), with progress and cancel; the file appears only when complete
(``store/exchange.py``: a temporary file renamed into place), so a full disk, a folder that
refuses writing or a cancel leaves whatever was there before.  CSV and XLSX columns carry
the labels a person reads, and text cells that a spreadsheet would run as formulas are
neutralised; JSON keeps the field names.  Contacts are personal data (docs/security.md):
exporting them asks first, naming what the file will hold and how many people.  The
contacts of organizations flagged at risk are left out unless the person ticks each such
organization, listed by name (unticked when the dialog opens).
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection, func, select

from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.store.database import DiskFullError, is_disk_full
from lookingbeyond_desktop.store.exchange import (
    ExchangeError,
    ExportCancelled,
    at_risk_organizations,
    export_records,
    ids_of_rids,
    left_out,
)
from lookingbeyond_desktop.store.import_plan import IMPORT_TABLES
from lookingbeyond_desktop.store.writer import TABLES
from lookingbeyond_desktop.ui.errors import confirm, human_message
from lookingbeyond_desktop.ui.forms import ERROR_STYLE
from lookingbeyond_desktop.ui.import_wizard import field_labels, table_title
from lookingbeyond_desktop.ui.ops import Ops

FORMATS = ("csv", "xlsx", "json")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


@dataclass(frozen=True)
class ListChoice:
    """The list a page shows now: its table, how many rows, and how to read their ids
    (on the worker) in the order shown."""

    table: str
    count: int
    ids: Callable[[Connection], list[str]]


def _organization_ids(connection: Connection, *, flt: Any, sort: Any,
                      descending: bool) -> list[str]:
    """The ids of the organizations a filter and sort list, in their order (on the worker)."""
    rids = browse.organization_rids(connection, flt, sort=sort, descending=descending)
    return ids_of_rids(connection, "organizations", rids)


def current_list(window: Any) -> ListChoice | None:
    """What the page on screen lists, with its search and filters (None: no list there)."""
    page_name = window.current_page() if hasattr(window, "current_page") else ""
    page = getattr(window, "pages", {}).get(page_name)
    if page is None:
        return None
    if page_name == "organizations":
        model = page.model
        return ListChoice("organizations", model.rowCount(), functools.partial(
            _organization_ids, flt=model.filter, sort=model.sort_key,
            descending=model.descending))
    table = getattr(page, "TABLE", "")
    rows = getattr(getattr(page, "model", None), "rows", None)
    if table in IMPORT_TABLES and isinstance(rows, list):
        ids = [str(row["id"]) for row in rows]
        return ListChoice(table, len(ids), lambda _connection: ids)
    return None


def live_count(connection: Connection, table: str) -> int:
    """How many live records a table holds."""
    columns = TABLES[table]
    return int(connection.execute(select(func.count()).select_from(columns).where(
        columns.c.deleted.is_(False))).scalar_one())


def write_failure_text(error: BaseException, path: Path) -> str:
    """Why an export failed, in words a person can act on."""
    if isinstance(error, ExportCancelled):
        return _tr("The export was cancelled: no file was written.")
    if isinstance(error, DiskFullError) or (isinstance(error, OSError) and is_disk_full(error)):
        return _tr("The disk is full: the file was not written. Free some space or choose "
                   "another disk.")
    if isinstance(error, PermissionError) or (isinstance(error, OSError)
                                              and error.errno in (errno.EACCES, errno.EROFS)):
        return _tr("The file could not be written to %1: you may not write in that folder, "
                   "or the file is open in another program. Choose another place or close "
                   "it.").replace("%1", str(path.parent))
    if isinstance(error, FileNotFoundError):
        return _tr("The folder %1 does not exist: choose another place.").replace(
            "%1", str(path.parent))
    if isinstance(error, ExchangeError):
        return _tr("The file was not written: %1").replace("%1", str(error))
    return _tr("The file was not written.") + " " + human_message(error)


class ExportDialog(QDialog):
    """What to export, in which format, to which file; then the export with progress."""

    # Emitted from the worker thread while rows are written (done, total).
    sig_progress = Signal(int, int)
    sig_exported = Signal(int, str)  # how many records, the file
    sig_failed = Signal(str)  # the message shown

    def __init__(self, ops: Ops, *, current: ListChoice | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.ops = ops
        self.current = current
        self.running = False
        self.cancel_requested = threading.Event()
        self.confirm_box: Any = None

        self.current_radio = QRadioButton(self)
        self.current_radio.setObjectName("exportCurrent")
        self.table_radio = QRadioButton(self.tr("A &whole table:"), self)
        self.table_radio.setObjectName("exportTable")
        group = QButtonGroup(self)
        group.addButton(self.current_radio)
        group.addButton(self.table_radio)
        self.table_combo = QComboBox(self)
        self.table_combo.setObjectName("exportTableChoice")
        for table in IMPORT_TABLES:
            self.table_combo.addItem(table_title(table), table)
        if current is not None:
            self.current_radio.setText(self.tr("The &list on screen, with its search and "
                                               "filters: %1, %n record(s)", "", current.count)
                                       .replace("%1", table_title(current.table)))
            self.current_radio.setChecked(True)
            self.table_combo.setCurrentIndex(max(self.table_combo.findData(current.table), 0))
        else:
            self.current_radio.setText(self.tr("The list on screen (this page has no list)"))
            self.current_radio.setEnabled(False)
            self.table_radio.setChecked(True)
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("exportFormat")
        self.format_combo.addItem(self.tr("CSV (opens in any spreadsheet)"), "csv")
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format_combo.addItem(self.tr("JSON (for other programs)"), "json")
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        browse_button = QPushButton(self.tr("&Browse…"), self)
        browse_button.clicked.connect(self.browse)
        self.personal_note = QLabel(self.tr(
            "Contacts are personal data: the file will hold people's names, e-mail addresses, "
            "phone numbers and notes. Keep it safe and delete it when it is no longer needed."),
            self)
        self.personal_note.setObjectName("exportPersonalNote")
        self.personal_note.setWordWrap(True)
        self.personal_note.setStyleSheet("color: #6b4e00;")
        self.personal_note.hide()
        # The at-risk organizations, each with its own tick (none ticked): their contacts go
        # in only when asked for by name.  Filled from the worker when the dialog opens.
        self.at_risk_box = QWidget(self)
        self.at_risk_box.setObjectName("exportAtRisk")
        self.at_risk_label = QLabel(self.at_risk_box)
        self.at_risk_label.setWordWrap(True)
        self.at_risk_list = QWidget(self.at_risk_box)
        self.at_risk_rows = QVBoxLayout(self.at_risk_list)
        self.at_risk_rows.setContentsMargins(0, 0, 0, 0)
        at_risk_scroll = QScrollArea(self.at_risk_box)
        at_risk_scroll.setWidgetResizable(True)
        at_risk_scroll.setWidget(self.at_risk_list)
        at_risk_scroll.setMaximumHeight(120)
        at_risk_layout = QVBoxLayout(self.at_risk_box)
        at_risk_layout.setContentsMargins(0, 0, 0, 0)
        at_risk_layout.addWidget(self.at_risk_label)
        at_risk_layout.addWidget(at_risk_scroll)
        self.at_risk_box.hide()
        self.at_risk_checks: dict[str, QCheckBox] = {}  # organization id: its tick
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("exportProgress")
        self.bar.hide()
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        what = QVBoxLayout()
        what.addWidget(self.current_radio)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table_radio)
        table_row.addWidget(self.table_combo, 1)
        what.addLayout(table_row)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("What:"), what)
        format_label = QLabel(self.tr("&Format:"), self)
        format_label.setBuddy(self.format_combo)
        form.addRow(format_label, self.format_combo)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.personal_note)
        layout.addWidget(self.at_risk_box)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for signal in (self.current_radio.toggled, self.table_combo.currentIndexChanged,
                       self.format_combo.currentIndexChanged):
            signal.connect(self._choice_changed)
        self.table_combo.activated.connect(lambda _i: self.table_radio.setChecked(True))
        self.sig_progress.connect(self._progress)
        self._path_touched = False
        self.path_edit.textEdited.connect(self._touched)
        self._choice_changed()
        self.setMinimumWidth(600)
        self.adjustSize()
        self.ops.read(at_risk_organizations, self._show_at_risk)

    # -- choices ----------------------------------------------------------------------------

    def table(self) -> str:
        """The table exported."""
        if self.current_radio.isChecked() and self.current is not None:
            return self.current.table
        return str(self.table_combo.currentData())

    def fmt(self) -> str:
        """The format chosen: csv, xlsx or json."""
        return str(self.format_combo.currentData())

    def included_at_risk(self) -> list[str]:
        """The at-risk organizations whose contacts the person asked for (ticked)."""
        return [org_id for org_id, box in self.at_risk_checks.items() if box.isChecked()]

    def _show_at_risk(self, organizations: list[tuple[str, str]]) -> None:
        for org_id, name in organizations:
            box = QCheckBox(name, self.at_risk_list)
            box.setObjectName(f"exportAtRisk_{org_id}")
            self.at_risk_rows.addWidget(box)
            self.at_risk_checks[org_id] = box
        self.at_risk_label.setText(self.tr(
            "The contacts of %n organization(s) at risk are left out. Include the contacts of "
            "these at-risk organizations only if you must:", "", len(organizations)))
        self._choice_changed()

    @Slot()
    def _touched(self, *_args: Any) -> None:
        self._path_touched = True

    @Slot()
    def _choice_changed(self, *_args: Any) -> None:
        personal = self.table() == "contacts"
        if personal != self.personal_note.isVisibleTo(self):
            self.personal_note.setVisible(personal)
            self.adjustSize()
        at_risk = personal and bool(self.at_risk_checks)
        if at_risk != self.at_risk_box.isVisibleTo(self):
            self.at_risk_box.setVisible(at_risk)
            self.adjustSize()
        if self._path_touched and self.path_edit.text():
            path = Path(self.path_edit.text())
            self.path_edit.setText(str(path.with_suffix("." + self.fmt())))
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{table_title(self.table())} {dt.date.today().isoformat()}.{self.fmt()}"
        self.path_edit.setText(str(Path(folder or ".") / name))

    @Slot()
    def browse(self) -> None:
        """Ask where to write the file."""
        from PySide6.QtWidgets import QFileDialog

        filters = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                   "json": self.tr("JSON files (*.json)")}
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"),
                                                      self.path_edit.text(), filters[self.fmt()])
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != "." + self.fmt():
                path = path.with_name(path.name + "." + self.fmt())
            self.path_edit.setText(str(path))
            self._path_touched = True

    # -- running ----------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Export (after asking, for personal data)."""
        if self.running:
            return
        text = self.path_edit.text().strip()
        if not text:
            self._show_status(self.tr("Choose the file to write."), error=True)
            return
        path = Path(text)
        table = self.table()
        if table != "contacts":
            self.run(path)
            return
        current = self.current if self.current_radio.isChecked() else None
        if current is not None:
            self._confirm_personal(path, current.count)
        else:
            included = self.included_at_risk()
            self.ops.read(lambda c: live_count(c, "contacts") - left_out(c, included),
                          lambda count: self._confirm_personal(path, count))

    def _confirm_personal(self, path: Path, count: int) -> None:
        question = self.tr(
            "This file will hold personal data of %n person(s): their names, positions, e-mail "
            "addresses, phone numbers, consent dates and notes. Anyone who gets the file can "
            "read them. Export the contacts?", "", count)
        self.confirm_box = confirm(self, question, lambda: self.run(path),
                                   title=self.tr("Export personal data"))

    def run(self, path: Path) -> None:
        """Write the file on the worker."""
        table, fmt = self.table(), self.fmt()
        choice = self.current if self.current_radio.isChecked() else None
        included = self.included_at_risk()
        headers = field_labels(table)
        title = table_title(table)
        self.cancel_requested.clear()
        self.running = True
        self.export_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self._show_status(self.tr("Exporting… Cancel stops it and writes no file."))

        def work(connection: Connection) -> int:
            ids = choice.ids(connection) if choice is not None else None
            return export_records(connection, path, table=table, fmt=fmt, ids=ids,
                                  progress=self.sig_progress.emit, cancel=self.cancel_requested,
                                  headers=headers, sheet_title=title, include_at_risk=included)

        def done(count: int) -> None:
            self.running = False
            self.sig_exported.emit(count, str(path))
            self.accept()

        def failed(error: BaseException, _trace: str) -> None:
            self.running = False
            self.export_button.setEnabled(True)
            self.bar.hide()
            message = write_failure_text(error, path)
            self._show_status(message, error=True)
            self.sig_failed.emit(message)

        self.ops.read(work, done, failed=failed)

    @Slot(int, int)
    def exported_message(self, count: int, path: str) -> str:
        """What the status bar says once ``count`` records are in the file ``path``."""
        return self.tr("Exported %n record(s) to %1.", "", count).replace("%1", path)

    def _progress(self, done: int, total: int) -> None:
        if self.running and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def reject(self) -> None:
        if self.running:  # Cancel or Escape while writing: stop, keep the dialog to say so
            self.cancel_requested.set()
            self._show_status(self.tr("Cancelling…"))
            return
        super().reject()


def open_export_dialog(window: Any) -> ExportDialog:
    """Show the export dialog over ``window`` (the main window) for the page on screen."""
    dialog = ExportDialog(window.ops, current=current_list(window), parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def exported(count: int, path: str) -> None:
        window.statusBar().showMessage(
            dialog.exported_message(count, path), 8000)

    dialog.sig_exported.connect(exported)
    window.export_dialog = dialog
    dialog.open()
    return dialog


__all__ = ["ExportDialog", "ListChoice", "current_list", "open_export_dialog"]
