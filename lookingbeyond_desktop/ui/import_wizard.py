"""File ▸ Import…: a wizard that brings a spreadsheet (CSV, XLSX) or a JSON file into a table.

1. **File**: the file, and for a workbook (or a JSON export of several tables) the sheet.
2. **Columns**: the table the rows go to, and which field each column fills (the labels a
   person reads, guessed from the headers).  The mapping a person settles on is remembered
   in QSettings per file layout (target table + the file's headers in order) and proposed
   again for the next file with the same columns.
3. **Check**: every row through the store writer's own rules, each problem inline (a red
   cell with its message as tooltip, and the row's problems in their own column).  The
   Import button stays disabled while any row has a problem: a file is imported whole or
   not at all, so the person fixes the file and chooses *Check again*.  Rows that would
   create an organization likely already in the registry (or one an earlier row of the
   file creates) are named with the match and why; they are skipped unless the person
   ticks *Create anyway* on the row (or for all of them).
4. **Import**: on the database worker, in one write transaction, with progress; Cancel sets
   a ``threading.Event`` that the import checks between chunks of rows, and the transaction
   rolls back: nothing is written.  A finished import is one step on the undo stack (undo
   moves the new records to the Trash and writes the previous values of updated ones back).

Reading and checking are Qt-free (``store/import_plan.py``); this module only shows them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lookingbeyond_desktop.domain.validation import FieldError
from lookingbeyond_desktop.store import import_plan
from lookingbeyond_desktop.store.import_plan import (
    IMPORT_TABLES,
    CheckResult,
    ImportCancelled,
    ImportOutcome,
    RowCheck,
    Source,
    SourceError,
)
from lookingbeyond_desktop.store.writer import RowsError
from lookingbeyond_desktop.ui import undo
from lookingbeyond_desktop.ui.duplicate_warning import checker_for, likely_line
from lookingbeyond_desktop.ui.errors import human_message, problem_text
from lookingbeyond_desktop.ui.forms import ERROR_STYLE as ERROR_STYLE_TEXT
from lookingbeyond_desktop.ui.forms import tr_field
from lookingbeyond_desktop.ui.entry import guard_wheel
from lookingbeyond_desktop.ui.ops import Ops

_EXTRA_LABELS: dict[str, dict[str, str]] = {
    "": {"id": str(QT_TRANSLATE_NOOP("fields", "Record identifier"))},
    "contacts": {"organization_id": str(QT_TRANSLATE_NOOP("fields", "Organization"))},
    "activities": {"co_organizers": str(QT_TRANSLATE_NOOP("fields", "Co-organizers"))},
    "participations": {"activity_id": str(QT_TRANSLATE_NOOP("fields", "Activity")),
                       "organization_id": str(QT_TRANSLATE_NOOP("fields", "Organization")),
                       "contact_id": str(QT_TRANSLATE_NOOP("fields", "Contact")),
                       "role": str(QT_TRANSLATE_NOOP("fields", "Role")),
                       "representatives": str(QT_TRANSLATE_NOOP("fields", "Representatives")),
                       "women": str(QT_TRANSLATE_NOOP("fields", "Women")),
                       "men": str(QT_TRANSLATE_NOOP("fields", "Men")),
                       "notes": str(QT_TRANSLATE_NOOP("fields", "Notes"))},
}
ERROR_BACKGROUND = QColor("#fde7e4")
LIKELY_BACKGROUND = QColor("#fff4d6")
LIKELY_FOREGROUND = QColor("#8a4b00")
SETTINGS_MAPPING = "import/mapping/"
SETTINGS_TABLE = "import/table/"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def table_title(table: str) -> str:
    """A table's name as a person reads it."""
    return {
        "organizations": _tr("Organizations"),
        "contacts": _tr("Contacts of organizations"),
        "activities": _tr("Activities"),
        "participations": _tr("Participants of activities"),
        "grants": _tr("Grants"),
    }.get(table, table)


def source_labels(table: str) -> dict[str, str]:
    """The untranslated label (a source string of the ``fields`` context) of each field."""
    from lookingbeyond_desktop.ui.activities import FIELD_LABELS as ACTIVITY
    from lookingbeyond_desktop.ui.grants import FIELD_LABELS as GRANT
    from lookingbeyond_desktop.ui.organizations.editor import CONTACT_FIELDS
    from lookingbeyond_desktop.ui.organizations.editor import FIELD_LABELS as ORGANIZATION

    by_table: dict[str, dict[str, str]] = {
        "organizations": dict(ORGANIZATION),
        "contacts": {f.name: f.label for f in CONTACT_FIELDS},
        "activities": dict(ACTIVITY),
        "grants": dict(GRANT),
    }
    found = {**_EXTRA_LABELS[""], **by_table.get(table, {}), **_EXTRA_LABELS.get(table, {})}
    return {name: found.get(name, name.replace("_", " ").capitalize())
            for name in import_plan.importable_fields(table)}


def field_labels(table: str) -> dict[str, str]:
    """Each importable field's label in the user's language."""
    return {name: tr_field(label) for name, label in source_labels(table).items()}


def source_error_text(error: SourceError) -> str:
    """Why a file cannot be imported, in the user's language."""
    d = error.details
    texts = {
        "format": _tr("%1 cannot be imported: choose a CSV file, an Excel workbook (.xlsx) "
                      "or a JSON file."),
        "missing": _tr("%1 does not exist any more."),
        "folder": _tr("%1 is a folder: choose a file."),
        "unreadable": _tr("%1 cannot be read: you may not have permission to open it."),
        "too_big": _tr("%1 is larger than %2 MB: split it into smaller files."),
        "empty": _tr("%1 is empty."),
        "encoding": _tr("%1 is not saved as UTF-8 text. In your spreadsheet, save it as "
                        "“CSV UTF-8”, then choose it again."),
        "not_text": _tr("%1 is not a text file: is it really a CSV file?"),
        "csv_syntax": _tr("%1 is not a valid CSV file (line %2): a quote may be left open."),
        "no_header": _tr("%1 has no column names: its first row must name the columns."),
        "unnamed_column": _tr("Column %2 of %1 has no name: name every column in the first "
                              "row."),
        "repeated_column": _tr("%1 names a column twice (%2): give each column its own name."),
        "extra_cells": _tr("Row %2 of %1 has more cells than there are column names."),
        "too_many_rows": _tr("%1 has more than %2 rows: split it into smaller files."),
        "no_rows": _tr("%1 has no rows under its column names."),
        "bad_workbook": _tr("%1 is not a readable Excel workbook (.xlsx)."),
        "empty_sheet": _tr("The sheet “%2” of %1 is empty."),
        "bad_json": _tr("%1 is not a JSON list of records (line %2)."),
    }
    second = next((d[key] for key in ("megabytes", "line", "column", "columns", "row", "rows",
                                      "sheet") if key in d), "")
    text = texts.get(error.code, str(error))
    if isinstance(second, int):
        second = f"{second:,}"
    return text.replace("%1", f"“{d.get('name', '')}”").replace("%2", str(second))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(item) for item in value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10] if not hasattr(value, "hour") or not (
            value.hour or value.minute) else str(value.isoformat())
    return str(value)




# -- pages --------------------------------------------------------------------------------


class FilePage(QWizardPage):
    """Step 1: which file, and which sheet of it."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._loading = False
        self._generation = 0
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV file, an Excel workbook (.xlsx) or a JSON file whose "
                                 "first row (or keys) name the columns."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Choose a file…"))
        self.path_edit.editingFinished.connect(self._typed)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self.browse)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"), self)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.status = QLabel(self)
        self.status.setObjectName("importFileStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        form.addRow(self.sheet_label, self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._show_sheets(())

    @Slot()
    def browse(self) -> None:
        """Ask for a file."""
        start = self.path_edit.text() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a file"), start,
            self.tr("Spreadsheets and data (*.csv *.xlsx *.xlsm *.json);;All files (*)"))
        if chosen:
            self.open_path(Path(chosen))

    @Slot()
    def _typed(self) -> None:
        text = self.path_edit.text().strip()
        source = self._wizard.source
        if text and (source is None or Path(text) != source.path):
            self.open_path(Path(text))

    @Slot(int)
    def _sheet_chosen(self, index: int) -> None:
        source = self._wizard.source
        sheet = self.sheet_combo.itemText(index)
        if source is None or sheet != source.sheet:
            self.open_path(Path(self.path_edit.text().strip()), sheet=sheet)

    def open_path(self, path: Path, *, sheet: str | None = None) -> None:
        """Read ``path`` (on the worker) and show what it holds."""
        self.path_edit.setText(str(path))
        self._wizard.source = None
        self._loading = True
        self._generation += 1
        generation = self._generation
        self._set_status(self.tr("Reading %1…").replace("%1", path.name))
        self.completeChanged.emit()

        def done(source: Source) -> None:
            if generation == self._generation:
                self._loaded(source)

        def failed(error: BaseException, trace: str) -> None:
            if generation == self._generation:
                self._failed(error, trace)

        self._wizard.ops.with_store(lambda _store: import_plan.inspect_source(path, sheet=sheet),
                                    done, failed=failed)

    def _loaded(self, source: Source) -> None:
        self._loading = False
        self._wizard.source = source
        self._show_sheets(source.sheets, source.sheet)
        columns = ", ".join(source.header[:8]) + ("…" if len(source.header) > 8 else "")
        self._set_status(self.tr("%n row(s) to read.", "", len(source.rows)) + " "
                         + self.tr("Columns: %1").replace("%1", columns))
        self.completeChanged.emit()

    def _failed(self, error: BaseException, trace: str) -> None:
        self._loading = False
        if isinstance(error, SourceError):
            # Another sheet of the workbook may hold the rows: keep the choice.
            self._show_sheets(error.details.get("sheets", ()), error.details.get("chosen"))
            message = source_error_text(error)
        else:
            self._show_sheets(())
            message = human_message(error)
        self._set_status(message, error=True)
        self.completeChanged.emit()

    def _show_sheets(self, sheets: Sequence[str], chosen: str | None = None) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheets))
        if chosen is not None:
            self.sheet_combo.setCurrentText(chosen)
        several = len(sheets) > 1
        self.sheet_combo.setVisible(several)
        self.sheet_label.setVisible(several)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE_TEXT if error else "")
        self.status.setProperty("isError", error)

    def error_text(self) -> str:
        """The message shown when the file cannot be imported ('' when none)."""
        return str(self.status.text()) if self.status.property("isError") else ""

    def isComplete(self) -> bool:
        return self._wizard.source is not None and not self._loading


class MappingPage(QWizardPage):
    """Step 2: the table, and which field each column of the file fills."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Choose where the rows go and which field each column fills. "
                                 "Columns set to “Not imported” are left out."))
        self.table_combo = QComboBox(self)
        self.table_combo.setObjectName("importTable")
        for table in IMPORT_TABLES:
            self.table_combo.addItem(table_title(table), table)
        self.table_combo.currentIndexChanged.connect(self._table_changed)
        guard_wheel(self.table_combo)
        self.grid = QTableWidget(0, 3, self)
        self.grid.setObjectName("importMapping")
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Field")])
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 200)
        header.resizeSection(2, 240)
        self.remembered_label = QLabel(self)
        self.remembered_label.setObjectName("importRemembered")
        self.remembered_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("importMappingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE_TEXT)
        form = QFormLayout()
        into = QLabel(self.tr("&Import into:"), self)
        into.setBuddy(self.table_combo)
        form.addRow(into, self.table_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.remembered_label)
        layout.addWidget(self.message)
        self.combos: list[QComboBox] = []
        self.remembered = False

    def initializePage(self) -> None:
        source = self._wizard.source
        assert source is not None
        table = str(self._wizard.settings.value(
            SETTINGS_TABLE + import_plan.header_key(source.header), self._wizard.table))
        index = self.table_combo.findData(table if table in IMPORT_TABLES else self._wizard.table)
        self.table_combo.blockSignals(True)
        self.table_combo.setCurrentIndex(max(index, 0))
        self.table_combo.blockSignals(False)
        self._table_changed()

    @Slot()
    def _table_changed(self, *_args: Any) -> None:
        source = self._wizard.source
        if source is None:
            return
        table = str(self.table_combo.currentData())
        self._wizard.table = table
        labels = field_labels(table)
        remembered = self.remembered_mapping(table, source.header)
        self.remembered = remembered is not None
        if remembered is None:
            english = source_labels(table)
            guesses = {name: [labels[name], english[name]] for name in labels}
            mapping = import_plan.guess_mapping(table, source.header, guesses)
        else:
            mapping = remembered
        self.grid.setRowCount(len(source.header))
        self.combos = []
        first = source.rows[0][1] if source.rows else ()
        for row, column in enumerate(source.header):
            self.grid.setItem(row, 0, QTableWidgetItem(column))
            sample = QTableWidgetItem(_cell_text(first[row]) if row < len(first) else "")
            sample.setForeground(QBrush(QColor("#555555")))
            self.grid.setItem(row, 1, sample)
            combo = QComboBox(self.grid)
            combo.setObjectName(f"importField{row}")
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            guard_wheel(combo)
            combo.addItem(self.tr("Not imported"), None)
            for name, label in labels.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(combo.findData(mapping[row]), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.grid.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.remembered_label.setText(
            self.tr("These columns were matched as you matched them last time for this file "
                    "layout.") if self.remembered else "")
        self._mapping_changed()

    def remembered_mapping(self, table: str, header: Sequence[str]) -> list[str | None] | None:
        """The mapping saved for this table and these headers, if any still fits."""
        saved = self._wizard.settings.value(SETTINGS_MAPPING + import_plan.layout_key(table, header))
        if not saved:
            return None
        try:
            fields = json.loads(str(saved))
        except ValueError:
            return None
        known = set(import_plan.importable_fields(table))
        if not isinstance(fields, list) or len(fields) != len(header):
            return None
        return [name if name in known else None for name in fields]

    def mapping(self) -> list[str | None]:
        """The field chosen for each column (None: not imported)."""
        return [combo.currentData() for combo in self.combos]

    def set_field(self, column: int, field: str | None) -> None:
        """Choose the field of one column (as a person would)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    @Slot()
    def _mapping_changed(self, *_args: Any) -> None:
        table = self._wizard.table
        mapping = self.mapping()
        labels = field_labels(table)
        problems = []
        missing = import_plan.missing_required(table, mapping)
        if missing:
            problems.append(self.tr("Choose a column for: %1.").replace(
                "%1", ", ".join(labels[name] for name in missing)))
        repeated = import_plan.repeated_fields(mapping)
        if repeated:
            problems.append(self.tr("Several columns fill the same field: %1.").replace(
                "%1", ", ".join(labels[name] for name in repeated)))
        if not any(mapping):
            problems.append(self.tr("Choose a field for at least one column."))
        self.message.setText("\n".join(problems))
        self.message.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.message.text()

    def validatePage(self) -> bool:
        source = self._wizard.source
        assert source is not None
        table = self._wizard.table
        mapping = self.mapping()
        self._wizard.mapping = mapping
        settings = self._wizard.settings
        settings.setValue(SETTINGS_MAPPING + import_plan.layout_key(table, source.header),
                          json.dumps(mapping))
        settings.setValue(SETTINGS_TABLE + import_plan.header_key(source.header), table)
        return True


class PreviewModel(QAbstractTableModel):
    """The rows of the file as they will be imported, each problem in its cell; when some
    rows likely duplicate an organization, a *Create anyway* box (unticked: skipped) and
    the likely match with why, before the file's columns."""

    sig_choices = Signal()  # a likely duplicate was ticked or unticked

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: CheckResult | None = None
        self.columns: list[tuple[int, str]] = []  # (column of the file, header text)
        self.labels: dict[str, str] = {}
        self.mapping: list[str | None] = []
        self.only_errors = False
        self.create_anyway: set[int] = set()  # numbers of likely duplicates to create anyway
        self._lead = 2  # columns before the file's: Row, Problems (+ Create anyway, Likely)
        self._shown: list[int] = []
        self._cell_errors: list[dict[int, list[str]]] = []
        self._row_errors: list[list[str]] = []

    def set_result(self, result: CheckResult, mapping: list[str | None], header: Sequence[str],
                   labels: dict[str, str]) -> None:
        """Show ``result``; ``mapping`` and ``labels`` name the columns."""
        self.beginResetModel()
        self.result, self.mapping, self.labels = result, mapping, labels
        self.create_anyway &= set(result.likely_numbers)
        self._lead = 4 if result.likely_numbers else 2
        self.columns = [(column, labels[name] if import_plan.same_words(labels[name], header[column])
                         else f"{labels[name]} ({header[column]})")
                        for column, name in enumerate(mapping) if name]
        self._cell_errors, self._row_errors = [], []
        for row in result.rows:
            cells: dict[int, list[str]] = {}
            everything: list[str] = []
            for error in row.errors:
                text = self.error_text(error)
                everything.append(text)
                column = import_plan.field_column(mapping, error)
                if column is not None:
                    cells.setdefault(column, []).append(text)
            self._cell_errors.append(cells)
            self._row_errors.append(everything)
        self._filter()
        self.endResetModel()

    def error_text(self, error: FieldError) -> str:
        """A problem as a person reads it: the field's label and the rule's message."""
        if not error.field:
            return problem_text(error)
        label = self.labels.get(error.field, error.field)
        return QCoreApplication.translate("FieldForm", "%1 %2").replace(
            "%1", label).replace("%2", problem_text(error))

    def set_only_errors(self, only: bool) -> None:
        """Show only the rows with problems or likely duplicates (or every row)."""
        self.beginResetModel()
        self.only_errors = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = self.result.rows if self.result else []
        self._shown = [i for i, row in enumerate(rows)
                       if not self.only_errors or self._row_errors[i] or row.likely]

    # -- likely duplicates ----------------------------------------------------------------

    def skipped(self) -> set[int]:
        """The numbers of the rows left out: likely duplicates not ticked *Create anyway*."""
        likely = set(self.result.likely_numbers) if self.result else set()
        return likely - self.create_anyway

    def set_create_anyway(self, numbers: Iterable[int], create: bool) -> None:
        """Tick (create anyway) or untick (skip) the likely duplicates ``numbers``."""
        likely = set(self.result.likely_numbers) if self.result else set()
        chosen = set(numbers) & likely
        if create:
            self.create_anyway |= chosen
        else:
            self.create_anyway -= chosen
        if self.rowCount() and self._lead == 4:
            self.dataChanged.emit(self.index(0, 2), self.index(self.rowCount() - 1, 3))
        self.sig_choices.emit()

    def likely_text(self, row: RowCheck) -> str:
        """The row's likely duplicates, one after the other."""
        return "; ".join(likely_line(hit) for hit in row.likely)

    # -- the model ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._lead + len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Problems")
        if section < self._lead:
            return self.tr("Create anyway") if section == 2 else self.tr("Likely already there")
        return self.columns[section - self._lead][1]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.isValid() and index.column() == 2 and self._lead == 4 and self.result:
            if self.result.rows[self._shown[index.row()]].likely:
                found |= Qt.ItemFlag.ItemIsUserCheckable
        return found

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.result is None
                or index.column() != 2 or self._lead != 4):
            return False
        row = self.result.rows[self._shown[index.row()]]
        if not row.likely:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_create_anyway([row.number], checked)
        return True

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.result is None:
            return None
        number = self._shown[index.row()]
        row = self.result.rows[number]
        column = index.column()
        if column == 0:
            return row.number if role == Qt.ItemDataRole.DisplayRole else None
        if column == 1:
            problems = self._row_errors[number]
            if role == Qt.ItemDataRole.DisplayRole:
                if problems:
                    return "; ".join(problems)
                if row.likely:
                    return (self.tr("Created anyway") if row.number in self.create_anyway
                            else self.tr("Skipped: likely a duplicate"))
                return self.tr("OK")
            if role == Qt.ItemDataRole.ToolTipRole and problems:
                return "\n".join(problems)
            if role == Qt.ItemDataRole.ForegroundRole and problems:
                return QBrush(QColor("#b3261e"))
            if role == Qt.ItemDataRole.ForegroundRole and row.likely:
                return QBrush(LIKELY_FOREGROUND)
            return None
        if column < self._lead:
            return self._likely_data(row, column, role)
        file_column = self.columns[column - self._lead][0]
        errors = self._cell_errors[number].get(file_column)
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(row.cells[file_column])
        if role == Qt.ItemDataRole.ToolTipRole and errors:
            return "\n".join(errors)
        if role == Qt.ItemDataRole.BackgroundRole and errors:
            return QBrush(ERROR_BACKGROUND)
        return None

    def _likely_data(self, row: RowCheck, column: int, role: int) -> Any:
        if not row.likely:
            return None
        if column == 2 and role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if row.number in self.create_anyway
                    else Qt.CheckState.Unchecked)
        if column == 3 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.likely_text(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LIKELY_BACKGROUND)
        return None

    def file_row(self, view_row: int) -> int:
        """The file's row number shown at ``view_row``."""
        assert self.result is not None
        return self.result.rows[self._shown[view_row]].number


class PreviewPage(QWizardPage):
    """Step 3: every row checked, problems inline; Import only when no row has one."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._checking = False
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Every row is checked with the rules of the forms. A file is "
                                 "imported whole or not at all: fix the rows with problems in "
                                 "the file, save it, then choose Check again."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.only_errors = QCheckBox(self.tr("Show only rows with &problems or likely "
                                             "duplicates"), self)
        self.only_errors.setObjectName("importOnlyErrors")
        self.only_errors.toggled.connect(self._only_errors)
        self.skip_all = QPushButton(self.tr("S&kip all likely duplicates"), self)
        self.skip_all.setObjectName("importSkipLikely")
        self.skip_all.clicked.connect(lambda: self.create_all_likely(False))
        self.create_all = QPushButton(self.tr("Create all any&way"), self)
        self.create_all.setObjectName("importCreateLikely")
        self.create_all.clicked.connect(lambda: self.create_all_likely(True))
        self.recheck = QPushButton(self.tr("Check &again"), self)
        self.recheck.setObjectName("importRecheck")
        self.recheck.setToolTip(self.tr("Read the file again (after fixing it) and check every "
                                        "row."))
        self.recheck.clicked.connect(self.check_again)
        self.model = PreviewModel(parent=self)
        self.model.sig_choices.connect(self._choices_changed)
        self.view = QTableView(self)
        self.view.setObjectName("importPreview")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        row = QHBoxLayout()
        row.addWidget(self.only_errors)
        row.addStretch(1)
        row.addWidget(self.skip_all)
        row.addWidget(self.create_all)
        row.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._show_likely_buttons(False)

    def initializePage(self) -> None:
        self.run_check()

    def _show_likely_buttons(self, shown: bool) -> None:
        self.skip_all.setVisible(shown)
        self.create_all.setVisible(shown)

    def create_all_likely(self, create: bool) -> None:
        """Tick (create anyway) or untick (skip) every likely duplicate."""
        check = self._wizard.check
        if check is not None:
            self.model.set_create_anyway(check.likely_numbers, create)

    @Slot()
    def _choices_changed(self) -> None:
        self._show_summary()
        self.completeChanged.emit()

    @Slot()
    def check_again(self) -> None:
        """Read the file again (the person may have fixed it) and check every row."""
        source = self._wizard.source
        if source is None:
            return
        path, sheet = source.path, source.sheet
        self._start()

        def done(fresh: Source) -> None:
            if list(fresh.header) != list(source.header):
                self._checking = False
                self._show_problem(self.tr("The columns of the file changed: go Back and "
                                           "match them again."))
                return
            self._wizard.source = fresh
            self.run_check()

        def failed(error: BaseException, _trace: str) -> None:
            self._checking = False
            self._show_problem(source_error_text(error) if isinstance(error, SourceError)
                               else human_message(error))

        self._wizard.ops.with_store(lambda _s: import_plan.inspect_source(path, sheet=sheet),
                                    done, failed=failed)

    def run_check(self) -> None:
        """Check every row on the worker, then show them; rows that create organizations
        are also looked up in the registry's index (kept on the worker) and among the
        file's earlier rows."""
        source, table, mapping = self._wizard.source, self._wizard.table, self._wizard.mapping
        assert source is not None
        self._start()
        live = checker_for(self._wizard.ops).live

        def check(connection: Any) -> CheckResult:
            index = live.current(connection) if table == "organizations" else None
            return import_plan.check_rows(connection, table, source, mapping, duplicates=index)

        self._wizard.ops.read(check, self._checked, failed=self._check_failed,
                              key="import-check")

    def _start(self) -> None:
        self._checking = True
        self._wizard.check = None
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking the rows…"))
        self.recheck.setEnabled(False)
        self.completeChanged.emit()

    def _checked(self, result: CheckResult) -> None:
        self._checking = False
        self.recheck.setEnabled(True)
        self._wizard.check = result
        source = self._wizard.source
        assert source is not None
        self.model.set_result(result, self._wizard.mapping, source.header,
                              field_labels(self._wizard.table))
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            widest = 460 if column == 3 and result.likely_numbers else 320  # the why: wider
            if self.view.columnWidth(column) > widest:
                self.view.setColumnWidth(column, widest)
        self._show_likely_buttons(bool(result.likely_numbers))
        self._show_summary()
        self.completeChanged.emit()

    def _show_summary(self) -> None:
        result = self._wizard.check
        if result is None:
            return
        skipped = len(self.model.skipped())
        valid = self.tr("%n row(s) can be imported.", "", result.valid - skipped)
        if result.invalid:
            self.summary.setStyleSheet(ERROR_STYLE_TEXT)
            text = valid + " " + self.tr(
                "Rows with problems: %n. Nothing can be imported until they are fixed in the "
                "file.", "", result.invalid)
        else:
            self.summary.setStyleSheet("")
            text = valid + " " + self.tr("No row has a problem.")
        if result.likely_numbers:
            text += " " + self.tr(
                "%n row(s) look like an organization already in the registry, or one an "
                "earlier row creates (in yellow): they are skipped unless you tick "
                "“Create anyway”.", "", len(result.likely_numbers))
            if skipped:
                text += " " + self.tr("Skipped now: %n.", "", skipped)
        if result.formula_cells:
            text += " " + self.tr(
                "%n cell(s) start like a spreadsheet formula (=, +, -, @): they are imported as "
                "text.", "", len(result.formula_cells))
        self.summary.setText(text)

    def _check_failed(self, error: BaseException, trace: str) -> None:
        self._checking = False
        self.recheck.setEnabled(True)
        self._show_problem(human_message(error))

    def _show_problem(self, text: str) -> None:
        self.recheck.setEnabled(True)
        self.summary.setStyleSheet(ERROR_STYLE_TEXT)
        self.summary.setText(text)
        self.completeChanged.emit()

    @Slot(bool)
    def _only_errors(self, only: bool) -> None:
        self.model.set_only_errors(only)

    def isComplete(self) -> bool:
        check = self._wizard.check
        return (not self._checking and check is not None and check.invalid == 0
                and check.valid > len(self.model.skipped()))


class ProgressPage(QWizardPage):
    """Step 4: the import itself, with progress and cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.running = False
        self.finished = False
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The rows are written in one step: all of them, or none."))
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.warnings = QPlainTextEdit(self)
        self.warnings.setObjectName("importWarnings")
        self.warnings.setReadOnly(True)
        self.warnings.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.warnings, 1)
        layout.addStretch(0)
        wizard.sig_progress.connect(self._progress)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        """Run the import on the database worker, in one transaction."""
        wizard = self._wizard
        source, table, mapping = wizard.source, wizard.table, list(wizard.mapping)
        assert source is not None
        skip = wizard.preview_page.model.skipped()
        wizard.cancel_requested.clear()
        self.running, self.finished = True, False
        self.bar.setRange(0, 0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Importing %n row(s)… Cancel stops the import and leaves "
                                    "the data as it was.", "", len(source.rows) - len(skip)))
        wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.completeChanged.emit()

        def work(writer: Any) -> ImportOutcome:
            return import_plan.run_import(writer, table, source, mapping,
                                          cancel=wizard.cancel_requested,
                                          progress=wizard.report_progress, skip=skip)

        wizard.ops.write(work, self._done, failed=self._failed, tables=undo.tables_of(table))

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self.running and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _done(self, outcome: ImportOutcome) -> None:
        wizard = self._wizard
        self._finish()
        result = outcome.result
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(self.tr("Imported into %1: %2 created, %3 updated, %4 unchanged. "
                                    "Edit ▸ Undo takes the whole import back.")
                            .replace("%1", table_title(wizard.table))
                            .replace("%2", f"{result.created:,}")
                            .replace("%3", f"{result.updated:,}")
                            .replace("%4", f"{result.unchanged:,}"))
        if outcome.skipped:
            self.status.setText(self.status.text() + " " + self.tr(
                "%n likely duplicate(s) skipped.", "", outcome.skipped))
        if result.warnings:
            self.warnings.setPlainText("\n".join(result.warnings[:200]))
            self.warnings.show()
        wizard.push_undo(outcome)
        wizard.sig_imported.emit(outcome)

    def _failed(self, error: BaseException, trace: str) -> None:
        self._finish()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.setStyleSheet(ERROR_STYLE_TEXT)
        if isinstance(error, ImportCancelled):
            self.status.setText(self.tr("The import was cancelled: nothing was imported."))
        elif isinstance(error, RowsError):
            self.status.setText(self.tr("Nothing was imported: %n row(s) broke a rule (the data "
                                        "changed since the rows were checked). Run the import "
                                        "again to see them.", "", len(error.errors)))
        else:
            self.status.setText(self.tr("Nothing was imported.") + " " + human_message(error))
        self._wizard.sig_import_failed.emit(error)

    def _finish(self) -> None:
        self.running, self.finished = False, True
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished


# -- the wizard ---------------------------------------------------------------------------


class ImportWizard(QWizard):
    """File ▸ Import…: file, columns, check, import."""

    #: Emitted from the database worker's thread between chunks of rows (done, total): a
    #: queued connection shows it; a direct connection runs on the worker (tests cancel there).
    sig_progress = Signal(int, int)
    sig_imported = Signal(object)  # ImportOutcome
    sig_import_failed = Signal(object)  # the exception (ImportCancelled when cancelled)

    def __init__(self, ops: Ops, undo_stack: QUndoStack, settings: QSettings, *,
                 table: str = "organizations", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a file"))
        self.ops = ops
        self.undo_stack = undo_stack
        self.settings = settings
        self.table = table if table in IMPORT_TABLES else "organizations"
        self.source: Source | None = None
        self.mapping: list[str | None] = []
        self.check: CheckResult | None = None
        self.cancel_requested = threading.Event()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.progress_page = ProgressPage(self)
        if self.table == "organizations":
            checker_for(ops).warm()  # the registry's index, built while a file is chosen
        for page in (self.file_page, self.mapping_page, self.preview_page, self.progress_page):
            self.addPage(page)
        # Room for the preview on a large screen; inside a 1024×600 laptop screen.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(720, screen.height() - 60))

    def report_progress(self, done: int, total: int) -> None:
        """Called on the worker's thread by the import: pass it on to the window."""
        self.sig_progress.emit(done, total)

    def push_undo(self, outcome: ImportOutcome) -> None:
        """One undo step for the whole import."""
        table = self.table
        created = list(outcome.created)
        updated = list(outcome.updated)
        if not created and not updated:
            return

        def take_back(writer: Any) -> None:
            for row_id in created:
                writer.delete(table, row_id)
            for row_id, before, _after in updated:
                writer.update(table, row_id, before)

        def do_again(writer: Any) -> None:
            for row_id in created:
                writer.restore(table, row_id)
            for row_id, _before, after in updated:
                writer.update(table, row_id, after)

        count = len(created) + len(updated)
        source = self.source
        text = self.tr("Import %n record(s) from %1", "", count).replace(
            "%1", source.path.name if source else "")
        self.undo_stack.push(undo.WriteCommand(self.ops, text, undo=take_back, redo=do_again,
                                               tables=undo.tables_of(table)))

    @property
    def importing(self) -> bool:
        """Whether an import is running."""
        return self.progress_page.running

    @Slot()
    def cancel_import(self) -> None:
        """Ask the running import to stop; it rolls back and nothing is written."""
        if self.importing:
            self.cancel_requested.set()
            self.progress_page.status.setText(self.tr("Cancelling… nothing will be imported."))
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def reject(self) -> None:
        if self.importing:  # Cancel, Escape or the window's close button while importing
            self.cancel_import()
            return
        super().reject()


def open_import_wizard(window: Any) -> ImportWizard:
    """Show the import wizard over ``window`` (the main window), for the table of the page
    on screen."""
    page = window.current_page() if hasattr(window, "current_page") else ""
    table = page if page in IMPORT_TABLES else "organizations"
    wizard = ImportWizard(window.ops, window.undo_stack, window.settings, table=table,
                          parent=window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def imported(outcome: ImportOutcome) -> None:
        result = outcome.result
        window.statusBar().showMessage(
            _tr("Imported: %1 created, %2 updated.").replace("%1", f"{result.created:,}")
            .replace("%2", f"{result.updated:,}"), 8000)

    wizard.sig_imported.connect(imported)
    window.import_wizard = wizard
    wizard.open()
    return wizard


__all__ = ["ImportWizard", "field_labels", "open_import_wizard", "source_error_text",
           "table_title"]
