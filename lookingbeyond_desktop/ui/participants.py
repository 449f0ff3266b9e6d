"""Who took part in an activity: an editable grid, entered by keyboard or pasted from a
spreadsheet.

The grid (:class:`ParticipantsGrid`) is a ``QTableView`` over :class:`ParticipantsModel`,
which holds the participant rows as read by ``browse.participants`` and the values a
person typed that break a rule (kept visible, in red, until fixed or Escape).  Every
committed cell edit is one write through ``Ops`` and one undo step; a paste is one write
and one undo step whatever its size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QItemSelectionModel,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIntValidator,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.domain import attendance, vocabulary
from lookingbeyond_desktop.domain.validation import MAX_COUNT, ValidationError
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.store.writer import RowsError, Writer
from lookingbeyond_desktop.ui import labels, undo
from lookingbeyond_desktop.ui.duplicate_warning import DuplicateWarning, checker_for
from lookingbeyond_desktop.ui.erased import (
    ERASED_COLOR,
    erased_font,
    erased_name,
    erased_tip,
)
from lookingbeyond_desktop.ui.errors import confirm, problem_text
from lookingbeyond_desktop.ui.layout import forward_arrow
from lookingbeyond_desktop.ui.forms import ERROR_STYLE
from lookingbeyond_desktop.ui.entry import guard_wheel
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.organizations.editor import (
    NEW_ORGANIZATION,
    ORGANIZATION_FIELDS,
    RecordDialog,
)

if TYPE_CHECKING:
    from lookingbeyond_desktop.ui.attendance import AttendanceDialog

Index = QModelIndex | QPersistentModelIndex

ORGANIZATION, CONTACT, ROLE, REPRESENTATIVES, WOMEN, MEN, NOT_RECORDED, NOTES = range(8)
FIELDS = ("organization", "contact_id", "role", "representatives", "women", "men", "",
          "notes")
COUNTS = (REPRESENTATIVES, WOMEN, MEN)
EDITABLE = (CONTACT, ROLE, REPRESENTATIVES, WOMEN, MEN, NOTES)
ERROR_BACKGROUND = QColor("#f9dedc")
ERROR_TEXT = QColor("#b3261e")


def _tr(text: str) -> str:
    return QApplication.translate("ParticipantsModel", text)


@dataclass(frozen=True)
class CellEdit:
    """Values typed into one participant row that pass the grid's checks, ready to write."""

    row_id: str
    organization: str
    values: dict[str, Any]


def parse_count(text: str, *, required: bool) -> tuple[int | None, str]:
    """``(value, message)``: a count typed in a cell, or why it is not one."""
    typed = text.strip()
    if not typed:
        return None, _tr("is required") if required else ""
    if not typed.isdigit():
        return None, _tr("“%1” is not a whole number of people (0 or more)").replace("%1", typed)
    value = int(typed)
    if value > MAX_COUNT:
        return None, _tr("cannot be more than %1").replace("%1", f"{MAX_COUNT:,}")
    return value, ""


def check_row(stored: dict[str, Any], typed: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The values of ``typed`` (field → text or code) as the store takes them, and a message
    per field that breaks a rule; the rule across fields (women + men ≤ representatives)
    is checked on the row as it would be after the edit."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, raw in typed.items():
        if name in ("representatives", "women", "men"):
            value, message = parse_count(str(raw if raw is not None else ""),
                                         required=name == "representatives")
            if message:
                errors[name] = message
            else:
                values[name] = value
        else:
            values[name] = raw
    if not errors:
        merged = {**stored, **values}
        representatives = merged.get("representatives") or 0
        counted = (merged.get("women") or 0) + (merged.get("men") or 0)
        if counted > representatives:
            message = _tr("%1 women and men is more than the %2 representatives").replace(
                "%1", str(counted)).replace("%2", str(representatives))
            for name in ("representatives", "women", "men"):
                if name in typed:
                    errors[name] = message
    return values, errors


class ParticipantsModel(QAbstractTableModel):
    """The participant rows of one activity, with values typed but not yet accepted.

    ``sig_commit(CellEdit)`` asks the screen to write an edit that passed the checks;
    ``sig_problems(str)`` says what is wrong now ('' when nothing is).
    """

    sig_commit = Signal(object)
    sig_problems = Signal(str)

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.contacts: dict[str, list[tuple[str, str]]] = {}
        # {contact id: day} of the people whose data headquarters erased: shown so, by
        # no name (set_erased, read with the rows).
        self.erased: dict[str, str] = {}
        self.pending: dict[str, dict[str, Any]] = {}  # row id → field → typed value
        self.errors: dict[str, dict[str, str]] = {}  # row id → field → message
        self._headers = [
            self.tr("Organization"), self.tr("Contact"), self.tr("Role"),
            self.tr("Representatives"), self.tr("Women"), self.tr("Men"),
            self.tr("Not recorded"), self.tr("Notes")]

    # -- content --------------------------------------------------------------------------

    def set_rows(self, rows: list[dict[str, Any]], contacts: dict[str, list[tuple[str, str]]]) -> None:
        """Show ``rows``; values typed and still refused stay on their rows."""
        self.contacts = contacts
        same = [r["id"] for r in rows] == [r["id"] for r in self.rows]
        if same:
            # Only the cells whose value changed: a range would reset every open editor
            # (Qt updates editors within a changed range) and lose what is being typed.
            old, self.rows = self.rows, rows
            for position, (before, after) in enumerate(zip(old, rows)):
                for column, name in enumerate(FIELDS):
                    keys = ("organization", "contact", "contact_id") if column == CONTACT \
                        else ("representatives", "women", "men") if column == NOT_RECORDED \
                        else (name,)
                    if any(before.get(k) != after.get(k) for k in keys):
                        cell = self.index(position, column)
                        self.dataChanged.emit(cell, cell)
        else:
            self.beginResetModel()
            self.rows = rows
            ids = {r["id"] for r in rows}
            self.pending = {k: v for k, v in self.pending.items() if k in ids}
            self.errors = {k: v for k, v in self.errors.items() if k in ids}
            self.endResetModel()
        self._report()

    def set_erased(self, erased: dict[str, str]) -> None:
        """The erased people among the contacts shown (``{contact id: day erased}``)."""
        if erased == self.erased:
            return
        self.erased = erased
        if self.rows:
            self.dataChanged.emit(self.index(0, CONTACT), self.index(len(self.rows) - 1, CONTACT))

    def _erased_contact(self, row: dict[str, Any]) -> str | None:
        """The contact a row shows, when that person's data was erased."""
        contact = self.pending.get(row["id"], {}).get("contact_id", row.get("contact_id"))
        return contact if contact in self.erased else None

    def row_of(self, row_id: str) -> int:
        """The row showing participation ``row_id`` (-1 when none)."""
        return next((i for i, r in enumerate(self.rows) if r["id"] == row_id), -1)

    def has_problems(self) -> bool:
        """Whether typed values are waiting to be fixed."""
        return bool(self.errors)

    def problem_text(self) -> str:
        """Every refused value, one line per row ('' when none)."""
        lines = []
        for row in self.rows:
            messages = self.errors.get(row["id"])
            if messages:
                names = {f: self._headers[FIELDS.index(f)] for f in messages}
                text = "; ".join(f"{names[f]}: {m}" for f, m in messages.items())
                lines.append(f"{row['organization']} — {text}")
        return "\n".join(lines)

    def _report(self) -> None:
        self.sig_problems.emit(self.problem_text())

    # -- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == NOT_RECORDED:
                return self.tr("Representatives whose sex was not recorded: representatives "
                               "minus women and men (computed)")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        name = FIELDS[column]
        typed = self.pending.get(row["id"], {})
        message = self.errors.get(row["id"], {}).get(name)
        if role == Qt.ItemDataRole.DisplayRole:
            if name in typed:
                return self._show(column, row, typed[name])
            return self._show(column, row, row.get(name))
        if role == Qt.ItemDataRole.EditRole:
            value = typed.get(name, row.get(name)) if name else None
            return "" if value is None else (value if column in (ROLE, CONTACT) else str(value))
        erased = self._erased_contact(row) if column == CONTACT else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if erased is not None and not message:
                return erased_tip(self.erased[erased])
            return message or (self.headerData(NOT_RECORDED, Qt.Orientation.Horizontal, role)
                               if column == NOT_RECORDED else None)
        if role == Qt.ItemDataRole.BackgroundRole and message:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if message:
                return QBrush(ERROR_TEXT)
            if column == NOT_RECORDED:
                return QBrush(QColor("#5f6368"))
            if erased is not None:
                return QBrush(ERASED_COLOR)
        if role == Qt.ItemDataRole.FontRole and erased is not None:
            return erased_font(QApplication.font())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (*COUNTS, NOT_RECORDED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def _show(self, column: int, row: dict[str, Any], value: Any) -> str:
        if column == ROLE:
            return labels.role(value)
        if column == CONTACT:
            if value is None:
                return ""
            if value in self.erased:
                return erased_name()
            names = dict(self.contacts.get(row["organization_id"], []))
            return names.get(value, row.get("contact") or "") if value == row.get("contact_id") \
                else names.get(value, "")
        if column == NOT_RECORDED:
            return self._not_recorded(row)
        return "" if value is None else str(value)

    def _not_recorded(self, row: dict[str, Any]) -> str:
        typed = self.pending.get(row["id"], {})
        values = {}
        for name in ("representatives", "women", "men"):
            raw = typed.get(name, row.get(name))
            value, message = parse_count("" if raw is None else str(raw), required=False)
            if message:
                return ""
            values[name] = value
        if values["representatives"] is None:
            return ""
        rest = values["representatives"] - (values["women"] or 0) - (values["men"] or 0)
        return str(rest) if rest >= 0 else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        row = self.rows[index.row()]
        name = FIELDS[index.column()]
        if name in ("contact_id", "notes") and value == "":
            value = None
        stored = row.get(name)
        typed = dict(self.pending.get(row["id"], {}))
        if name not in typed and _same(stored, value):
            return False
        typed[name] = value
        self.edit_row(row["id"], typed)
        return True

    def edit_row(self, row_id: str, typed: dict[str, Any]) -> None:
        """Check the values typed into one row; commit them or keep them with their messages."""
        position = self.row_of(row_id)
        row = self.rows[position]
        values, errors = check_row(row, typed)
        if errors:
            self.pending[row_id] = typed
            self.errors[row_id] = errors
        else:
            self.pending.pop(row_id, None)
            self.errors.pop(row_id, None)
            changed = {k: v for k, v in values.items() if not _same(row.get(k), v)}
            if changed:
                row.update(changed)  # shown at once; the write confirms or puts it back
                self.sig_commit.emit(CellEdit(row_id, row["organization"], changed))
        self.dataChanged.emit(self.index(position, 0), self.index(position, NOTES))
        self._report()

    def refuse(self, row_id: str, typed: dict[str, Any], errors: dict[str, str]) -> None:
        """A write was refused: show the typed values again with the store's messages."""
        position = self.row_of(row_id)
        if position < 0:
            return
        self.pending[row_id] = typed
        self.errors[row_id] = errors
        self.dataChanged.emit(self.index(position, 0), self.index(position, NOTES))
        self._report()

    def forget(self, row_id: str) -> bool:
        """Drop the refused values of one row (Escape); True if there were some."""
        if row_id not in self.pending and row_id not in self.errors:
            return False
        self.pending.pop(row_id, None)
        self.errors.pop(row_id, None)
        position = self.row_of(row_id)
        self.dataChanged.emit(self.index(position, 0), self.index(position, NOTES))
        self._report()
        return True


def _same(stored: Any, typed: Any) -> bool:
    if stored is None or typed is None:
        return (stored is None or stored == "") and (typed is None or typed == "")
    return str(stored) == str(typed)




class ParticipantDelegate(QStyledItemDelegate):
    """Editors of the grid: a role list, a contact list, a count box (digits only), text."""

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column in (ROLE, CONTACT):
            combo = QComboBox(parent)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            guard_wheel(combo)
            model = index.model()
            if column == ROLE:
                combo.setObjectName("roleEditor")
                for code in vocabulary.PARTICIPATION_ROLES:
                    combo.addItem(labels.role(code), code)
            else:
                combo.setObjectName("contactEditor")
                combo.addItem(self.tr("(no one named)"), None)
                assert isinstance(model, ParticipantsModel)
                organization = model.rows[index.row()]["organization_id"]
                for contact_id, name in model.contacts.get(organization, []):
                    combo.addItem(erased_name() if contact_id in model.erased else name, contact_id)
            return combo
        line = QLineEdit(parent)
        line.setFrame(False)
        if column in COUNTS:
            line.setObjectName("countEditor")
            line.setValidator(QIntValidator(0, MAX_COUNT, line))
            line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            line.setObjectName("notesEditor")
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value if value != "" else None)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ParticipantsGrid(QTableView):
    """The grid of participants, made for the keyboard.

    Typing starts editing; Tab and Shift+Tab move across the cells a person can change;
    Enter commits and goes to the next row's Representatives; Delete clears the selected
    cells, or removes the selected participants when whole rows (or organizations) are
    selected; Ctrl+V pastes rows copied from a spreadsheet; Escape drops refused values.
    """

    sig_paste = Signal(str)
    sig_clear = Signal(object)  # list of (row id, field)
    sig_remove = Signal(object)  # list of row ids

    def __init__(self, model: ParticipantsModel, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsGrid")
        self.setModel(model)
        self.setItemDelegate(ParticipantDelegate(parent=self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        metrics = self.fontMetrics()
        widths = {ORGANIZATION: 190, CONTACT: 120, ROLE: 95, NOTES: 120}
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = widths.get(column, metrics.horizontalAdvance(title) + 24)
            header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The organization column takes the room the other columns leave (never less
        than its starting width): names read whole on a wide screen, and a narrow one
        scrolls sideways only as much as it must."""
        super().resizeEvent(event)
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(self.model().columnCount())
                     if c != ORGANIZATION)
        header.resizeSection(ORGANIZATION, max(190, self.viewport().width() - others))

    @property
    def grid_model(self) -> ParticipantsModel:
        """The model shown."""
        model = self.model()
        assert isinstance(model, ParticipantsModel)
        return model

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        if action in (QAbstractItemView.CursorAction.MoveNext,
                      QAbstractItemView.CursorAction.MovePrevious):
            seen = 0
            while index.isValid() and index.column() not in EDITABLE and seen < 2 * len(FIELDS):
                self.setCurrentIndex(index)
                index = super().moveCursor(action, modifiers)
                seen += 1
        return index

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._next_row()
            return
        super().closeEditor(editor, hint)

    def _next_row(self) -> None:
        row = self.currentIndex().row()
        self.go_to(min(row + 1, self.grid_model.rowCount() - 1), REPRESENTATIVES)

    def go_to(self, row: int, column: int) -> None:
        """Make one cell current and the only one selected."""
        target = self.grid_model.index(row, column)
        if target.isValid():
            self.selectionModel().setCurrentIndex(
                target, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            # The grid's own keys win over the window's shortcuts (Delete deletes the
            # activity elsewhere on the page).
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Escape) \
                    or event.matches(QKeySequence.StandardKey.Paste):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.sig_paste.emit(QApplication.clipboard().text())
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._next_row()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._delete()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Escape:
                index = self.currentIndex()
                if index.isValid() and self.grid_model.forget(
                        self.grid_model.rows[index.row()]["id"]):
                    event.accept()
                    return
        super().keyPressEvent(event)

    def selected_cells(self) -> list[tuple[int, int]]:
        """(row, column) of the selected cells, or of the current one when none is."""
        cells = sorted({(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()})
        if not cells and self.currentIndex().isValid():
            cells = [(self.currentIndex().row(), self.currentIndex().column())]
        return cells

    def _delete(self) -> None:
        cells = self.selected_cells()
        rows = self.grid_model.rows
        whole = sorted({r for r, c in cells if c == ORGANIZATION}
                       | {r for r in {r for r, _c in cells}
                          if all((r, c) in cells for c in range(len(FIELDS)))})
        if whole:
            self.sig_remove.emit([rows[r]["id"] for r in whole])
            return
        cleared = [(rows[r]["id"], FIELDS[c]) for r, c in cells if c in (CONTACT, WOMEN, MEN, NOTES)]
        if cleared:
            self.sig_clear.emit(cleared)


def parse_pasted(text: str) -> list[list[str]]:
    """Rows of tab-separated cells as a spreadsheet copies them (a trailing line break and
    blank lines are left out)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [line.split("\t") for line in lines if line.strip()]


HEADER_WORDS = {"organization", "organisation", "organización", "organizacion", "name", "nom",
                "nombre"}


def paste_plan(rows: Sequence[dict[str, Any]], start_row: int, start_column: int,
               cells: list[list[str]], selected_rows: Sequence[int] = ()
               ) -> tuple[list[tuple[str, dict[str, Any]]], list[str]]:
    """Pasted cells laid over the grid from (start_row, start_column): ``[(row id, typed
    values)]`` and the lines that fell outside the grid.  One value pasted over several
    selected rows fills each of them (as a spreadsheet does)."""
    edits: list[tuple[str, dict[str, Any]]] = []
    outside: list[str] = []
    if len(cells) == 1 and len(cells[0]) == 1 and len(selected_rows) > 1:
        targets = [(row, cells[0]) for row in selected_rows]
    else:
        targets = [(start_row + offset, line) for offset, line in enumerate(cells)]
    for row, line in targets:
        if row >= len(rows):
            outside.append("\t".join(line))
            continue
        typed: dict[str, Any] = {}
        for offset, value in enumerate(line):
            column = start_column + offset
            if column >= len(FIELDS) or column not in (ROLE, REPRESENTATIVES, WOMEN, MEN, NOTES):
                continue
            name = FIELDS[column]
            typed[name] = _role_code(value) if column == ROLE else value.strip()
        if typed:
            edits.append((rows[row]["id"], typed))
    return edits, outside


def _role_code(text: str) -> str:
    typed = text.strip().casefold()
    for code, label in vocabulary.PARTICIPATION_ROLES.items():
        if typed in (code, label.casefold(), labels.role(code).casefold()):
            return code
    return text.strip()


def organization_lines(cells: list[list[str]]) -> list[tuple[str, dict[str, Any]]]:
    """Pasted lines that start with an organization's name: ``(name, typed values)``.

    After the name come either numbers only (representatives, women, men), or the grid's
    own columns in order (contact left out: role, representatives, women, men, not
    recorded, notes).  A first line that looks like a header is left out."""
    found: list[tuple[str, dict[str, Any]]] = []
    for number, line in enumerate(cells):
        name = line[0].strip()
        if not name or (number == 0 and name.casefold() in HEADER_WORDS):
            continue
        rest = [cell.strip() for cell in line[1:]]
        typed: dict[str, Any] = {}
        while rest and not rest[-1]:
            rest.pop()
        if rest and all(cell.isdigit() or not cell for cell in rest):
            for field_name, cell in zip(("representatives", "women", "men"), rest):
                if cell:
                    typed[field_name] = cell
        else:
            columns: tuple[str | None, ...] = (None, "role", "representatives", "women", "men",
                                               None, "notes")
            for column_name, cell in zip(columns, rest):
                if column_name and cell:
                    typed[column_name] = _role_code(cell) if column_name == "role" else cell
        found.append((name, typed))
    return found



# -- writes (run on the database worker) --------------------------------------------------

Change = tuple[str, dict[str, Any], dict[str, Any]]  # row id, values before, values after


@dataclass
class PasteResult:
    """What a paste of organization lines did."""

    created: list[str]
    changes: list[Change]
    unmatched: list[str]
    guessed: list[tuple[str, str, int]]  # name pasted, organization taken, score
    repeated: list[str] = field(default_factory=list)  # lines naming an organization pasted above


def update_many(writer: Writer, items: Sequence[tuple[str, dict[str, Any]]]) -> list[Change]:
    """Apply several participant edits in the writer's transaction (all or nothing)."""
    prepared = writer.prepare_many("participations", list(items))
    writer.apply(prepared)
    return [(p.row_id, {n: (p.previous or {}).get(n) for n in p.values}, dict(p.values))
            for p in prepared if p.values]


def paste_organizations(writer: Writer, activity_id: str, lines: list[tuple[str, dict[str, Any]]],
                        present: dict[str, str]) -> PasteResult:
    """Add (or update, when already taking part) the organizations named in pasted lines.

    ``present`` maps an organization id to its participation in the activity.  A name is
    taken when it matches a known organization exactly or almost (score ≥ SURE); the
    others are reported and left out.
    """
    names = [name for name, _typed in lines]
    candidates = browse.organization_candidates(writer.connection, names)
    created_rows: list[dict[str, Any]] = []
    updates: list[tuple[str, dict[str, Any]]] = []
    unmatched: list[str] = []
    guessed: list[tuple[str, str, int]] = []
    seen: set[str] = set()
    repeated: list[str] = []
    for name, typed in lines:
        found = attendance.best_matches(name, candidates, limit=1, floor=attendance.SURE)
        if not found:
            unmatched.append(name)
            continue
        match = found[0]
        if match.score < attendance.EXACT:
            guessed.append((name, match.label, match.score))
        if match.id in seen:
            repeated.append(name)  # told, never dropped silently
            continue
        seen.add(match.id)
        if match.id in present:
            if typed:
                updates.append((present[match.id], typed))
        else:
            created_rows.append({"activity_id": activity_id, "organization_id": match.id,
                                 **typed})
    changes = update_many(writer, updates) if updates else []
    created = writer.create_many("participations", created_rows) if created_rows else []
    return PasteResult(created, changes, unmatched, guessed, repeated)


def many_command(ops: Ops, text: str, created: Sequence[str], changes: Sequence[Change],
                 *, created_table: str = "participations",
                 extra_created: Sequence[tuple[str, str]] = ()) -> undo.WriteCommand:
    """One undo step for rows created and rows changed together; ``extra_created`` are
    (table, id) of parents created first (undone last)."""
    made = list(created)
    edits = list(changes)
    parents = list(extra_created)

    def undo_fn(w: Writer) -> None:
        for row_id in made:
            w.delete(created_table, row_id)
        for row_id, before, _after in edits:
            w.update("participations", row_id, before)
        for table, row_id in reversed(parents):
            w.delete(table, row_id)

    def redo_fn(w: Writer) -> None:
        for table, row_id in parents:
            w.restore(table, row_id)
        for row_id in made:
            w.restore(created_table, row_id)
        for row_id, _before, after in edits:
            w.update("participations", row_id, after)

    tables = {"participations", *(table for table, _id in parents)}
    return undo.WriteCommand(ops, text, undo=undo_fn, redo=redo_fn, tables=tables)


def rows_error_text(error: RowsError, names: Sequence[str]) -> str:
    """A refused batch in a person's words: the row's organization and the first problem."""
    lines = []
    for index, problems in sorted(error.errors.items())[:5]:
        who = names[index] if index < len(names) else str(index + 1)
        lines.append(f"{who}: " + "; ".join(map(str, problems)))
    return "\n".join(lines)


# -- the tab ------------------------------------------------------------------------------


class ParticipantsPanel(QWidget):
    """The Participants tab: find organizations and people, add several at once, create an
    organization, read an attendance sheet, and the grid of who took part."""

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPanel")
        self._ops = ops
        self._undo = undo_stack
        self.activity_id: str | None = None
        self.activity_country: str | None = None
        self.dialog: QDialog | None = None
        self._writing = 0  # grid writes not answered yet
        self._deferred: tuple[list[dict[str, Any]], dict[str, list[tuple[str, str]]]] | None = None

        self.hint = QLabel(self.tr("Save the activity to add who took part."), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText(self.tr("Find organizations or people to add"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(self._search_enter)
        self.search.installEventFilter(self)
        self.results = QListWidget(self)
        self.results.setObjectName("participantResults")
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setMaximumHeight(120)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.add_selected())
        self.results.itemChanged.connect(lambda _item: self._update_add_button())
        self.results.itemSelectionChanged.connect(self._update_add_button)
        self.results_hint = QLabel(self.tr(
            "Tick several with Space or a click (or select them with Shift and Ctrl), "
            "then Ctrl+Enter adds them all."), self)
        self.results_hint.setObjectName("resultsHint")
        self.results_hint.setWordWrap(True)
        self.results_hint.setStyleSheet("color: #5f6368;")
        self.add_button = QPushButton(self.tr("Add &selected"), self)
        self.add_button.setObjectName("addParticipants")
        self.add_button.setToolTip(self.tr("Ctrl+Enter"))
        self.add_button.clicked.connect(self.add_selected)
        self.new_org_button = QPushButton(self.tr("New &organization…"), self)
        self.new_org_button.setObjectName("newOrganizationButton")
        self.new_org_button.clicked.connect(self.new_organization)
        self.sheet_button = QPushButton(self.tr("From attendance s&heet…"), self)
        self.sheet_button.setObjectName("attendanceButton")
        self.sheet_button.clicked.connect(self.open_attendance_dialog)

        self.model = ParticipantsModel(parent=self)
        self.model.sig_commit.connect(self._commit)
        self.model.sig_problems.connect(self._show_problems)
        self.grid = ParticipantsGrid(self.model, parent=self)
        self.grid.sig_paste.connect(self.paste)
        self.grid.sig_clear.connect(self.clear_cells)
        self.grid.sig_remove.connect(self.remove)
        self.grid_hint = QLabel(self.tr(
            "Type to change a cell · Tab: next cell · Enter: next row · Ctrl+V: paste from "
            "a spreadsheet · Delete: clear or remove · Esc: drop a refused value"), self)
        self.grid_hint.setWordWrap(True)
        self.grid_hint.setStyleSheet("color: #5f6368;")
        self.problems = QLabel(self)
        self.problems.setObjectName("participantProblems")
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("participantNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        search_row = QHBoxLayout()
        find_label = QLabel(self.tr("Loo&k up:"), self)
        find_label.setBuddy(self.search)
        search_row.addWidget(find_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.add_button)
        layout.addLayout(search_row)
        layout.addWidget(self.results)
        layout.addWidget(self.results_hint)
        more = QHBoxLayout()
        more.addWidget(self.new_org_button)
        more.addWidget(self.sheet_button)
        more.addStretch(1)
        more.addWidget(self.remove_button)
        layout.addLayout(more)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.notice)
        layout.addWidget(self.grid_hint)
        self._set_results_visible()
        self._update_add_button()

    # -- showing --------------------------------------------------------------------------

    def show_rows(self, activity_id: str | None, country: str | None,
                  rows: list[dict[str, Any]], contacts: dict[str, list[tuple[str, str]]],
                  erased: dict[str, str] | None = None) -> None:
        """Show the participants of ``activity_id`` (None: not saved yet); ``erased``:
        {contact id: day} of the people among them whose data headquarters erased (read
        with the rows, ui.erased.erased_among)."""
        same_activity = activity_id == self.activity_id
        if not same_activity:
            self.model.pending.clear()
            self.model.errors.clear()
            self.notice.hide()
        self.activity_id = activity_id
        self.activity_country = country
        saved = activity_id is not None
        for widget in (self.search, self.results, self.add_button, self.new_org_button,
                       self.sheet_button, self.grid, self.remove_button):
            widget.setEnabled(saved)
        self.hint.setVisible(not saved)
        self.model.set_erased(erased or {})
        if self._writing and same_activity:
            # Rows read before a write still running would show old values over what
            # was just typed: the reload that follows the last write shows them.
            self._deferred = (rows, contacts)
            return
        self.model.set_rows(rows, contacts)

    def _write(self, fn: Any, done: Any, failed: Any, tables: set[str]) -> None:
        """A grid write; rows read while it runs are shown once every write is answered."""
        self._writing += 1

        def finish() -> None:
            self._writing -= 1
            if not self._writing and self._deferred is not None:
                rows, contacts = self._deferred
                self._deferred = None
                self.model.set_rows(rows, contacts)

        def on_done(result: Any) -> None:
            finish()
            done(result)

        def on_failed(error: BaseException, trace: str) -> None:
            finish()
            failed(error, trace)

        self._ops.write(fn, on_done, failed=on_failed, tables=tables)

    @Slot(str)
    def _show_problems(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- finding and adding ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results and event.type() in (QEvent.Type.ShortcutOverride,
                                                        QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                # Untick here; never the window's Delete (which deletes the activity).
                event.accept()
                item = self.results.currentItem()
                if event.type() == QEvent.Type.KeyPress and item is not None:
                    item.setCheckState(Qt.CheckState.Unchecked)
                return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.results.currentItem():
                    self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    @Slot(str)
    def _find(self, typed: str) -> None:
        if not typed.strip():
            self.results.clear()
            self._set_results_visible()
            return
        self._ops.read(lambda c: browse.find_participants(c, typed), self._show_results,
                       key=f"participant-search-{id(self)}")

    def _set_results_visible(self) -> None:
        shown = self.results.count() > 0
        self.results.setVisible(shown)
        self.results_hint.setVisible(shown)

    def _show_results(self, hits: list[dict[str, Any]]) -> None:
        present = {(p["organization_id"], p["contact_id"]) for p in self.model.rows}
        self.results.blockSignals(True)
        self.results.clear()
        for hit in hits:
            key = (hit["organization_id"], hit["contact_id"])
            label = hit["label"]
            if key in present:
                label = self.tr("%1 (already taking part)").replace("%1", label)
            item = QListWidgetItem(label, self.results)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.results.blockSignals(False)
        if self.results.count():
            self.results.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._set_results_visible()
        self._update_add_button()

    def chosen(self) -> list[tuple[str, str | None]]:
        """The organizations and people ticked in the results (when none is ticked, those
        selected), in list order."""
        items = [self.results.item(row) for row in range(self.results.count())]
        ticked = [item for item in items if item.checkState() == Qt.CheckState.Checked]
        keys: list[tuple[str, str | None]] = []
        for item in ticked or [item for item in items if item.isSelected()]:
            pair = item.data(Qt.ItemDataRole.UserRole)
            keys.append((pair[0], pair[1]))
        return keys

    def _update_add_button(self) -> None:
        count = len(self.chosen())
        self.add_button.setText(self.tr("Add %n selected", "", count) if count
                                else self.tr("Add &selected"))

    @Slot()
    def _search_enter(self) -> None:
        if not self.chosen() and self.results.count():
            self.results.item(0).setSelected(True)
        self.add_selected()

    @Slot()
    def add_selected(self) -> None:
        """Add the chosen organizations and people as participants (one step to undo)."""
        activity_id = self.activity_id
        if activity_id is None:
            return
        present = {(p["organization_id"], p["contact_id"]) for p in self.model.rows}
        chosen = [key for key in dict.fromkeys(self.chosen()) if key not in present]
        if not chosen:
            return
        rows = [{"activity_id": activity_id, "organization_id": org, "contact_id": contact}
                for org, contact in chosen]

        self._ops.write(lambda w: w.create_many("participations", rows), self._added,
                        tables={"participations"})

    def _added(self, ids: list[str]) -> None:
        """New participations written: one step to undo, the search cleared, the cursor on
        the first new row."""
        self._undo.push(undo.WriteCommand(
            self._ops, self.tr("Add %n participant(s)", "", len(ids)),
            undo=lambda w: [w.delete("participations", i) for i in ids],
            redo=lambda w: [w.restore("participations", i) for i in ids],
            tables={"participations"}))
        self.search.clear()
        self._focus_first_new(ids)

    def _focus_first_new(self, ids: list[str]) -> None:
        """After the reload, put the cursor on the first new row's Representatives."""
        self._wanted = ids[0] if ids else None
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def after_reload(self) -> None:
        """Called by the editor once new rows are shown."""
        wanted = getattr(self, "_wanted", None)
        if wanted:
            row = self.model.row_of(wanted)
            if row >= 0:
                self._wanted = None
                self.grid.go_to(row, REPRESENTATIVES)

    # -- grid edits -----------------------------------------------------------------------

    @Slot(object)
    def _commit(self, edit: CellEdit) -> None:
        values = dict(edit.values)
        row_id = edit.row_id
        text = self.tr("Edit participant “%1”").replace("%1", edit.organization)

        def done(change: tuple[dict[str, Any], dict[str, Any]]) -> None:
            if change[1]:
                self._undo.push(undo.edit_command(self._ops, text, "participations", row_id,
                                                  *change))

        def failed(error: BaseException, trace: str) -> None:
            if isinstance(error, ValidationError):
                self.model.refuse(row_id, {k: "" if v is None else str(v) if k in (
                    "representatives", "women", "men") else v for k, v in values.items()},
                    {(e.field if e.field in values else next(iter(values))): problem_text(e)
                     for e in error.errors})
            else:
                self._ops.sig_failed.emit(error, trace)
            self.reload_needed()

        self._write(lambda w: undo.prepare_update(w, "participations", row_id, values), done,
                    failed, {"participations"})

    def reload_needed(self) -> None:
        """Ask the editor to read the rows again (a refused write showed a value not stored)."""
        self._ops.sig_changed.emit(frozenset({"participations"}))

    @Slot(str)
    def paste(self, text: str) -> None:
        """Rows copied from a spreadsheet: organization lines add or update participants;
        cells pasted elsewhere fill the grid from the current cell.  One undo step."""
        activity_id = self.activity_id
        cells = parse_pasted(text)
        if activity_id is None or not cells:
            return
        current = self.grid.currentIndex()
        start_row = current.row() if current.isValid() else 0
        start_column = current.column() if current.isValid() else ORGANIZATION
        selected = self.grid.selected_cells()
        if selected:
            start_row, start_column = min(r for r, _c in selected), min(c for _r, c in selected)
        if start_column == ORGANIZATION or not self.model.rows:
            self._paste_organizations(activity_id, organization_lines(cells))
            return
        edits, outside = paste_plan(self.model.rows, start_row, start_column, cells,
                                    sorted({r for r, _c in selected}))
        problems = []
        checked: list[tuple[str, dict[str, Any]]] = []
        for row_id, typed in edits:
            row = self.model.rows[self.model.row_of(row_id)]
            values, errors = check_row(row, typed)
            if errors:
                problems.append(f"{row['organization']}: " + "; ".join(errors.values()))
            else:
                checked.append((row_id, values))
        if problems:
            self._show_problems(self.tr("Nothing was pasted:") + "\n" + "\n".join(problems))
            return
        if not checked:
            return
        self._write_changes(checked, self.tr("Paste into %n participant(s)", "", len(checked)))
        if outside:
            self._say(self.tr("%n pasted line(s) fell below the last participant and were left "
                              "out.", "", len(outside)))

    def _write_changes(self, items: list[tuple[str, dict[str, Any]]], text: str) -> None:
        names = [self.model.rows[self.model.row_of(i)]["organization"] for i, _v in items]

        def done(changes: list[Change]) -> None:
            if changes:
                self._undo.push(many_command(self._ops, text, [], changes))

        def failed(error: BaseException, trace: str) -> None:
            if isinstance(error, RowsError):
                self._show_problems(self.tr("Nothing was saved:") + "\n"
                                    + rows_error_text(error, names))
            else:
                self._ops.sig_failed.emit(error, trace)

        self._write(lambda w: update_many(w, items), done, failed, {"participations"})

    def _paste_organizations(self, activity_id: str,
                             lines: list[tuple[str, dict[str, Any]]]) -> None:
        if not lines:
            return
        present: dict[str, str] = {}
        for row in self.model.rows:
            present.setdefault(row["organization_id"], row["id"])
        names = [name for name, _typed in lines]

        def done(result: PasteResult) -> None:
            count = len(result.created) + len(result.changes)
            if count:
                self._undo.push(many_command(
                    self._ops, self.tr("Paste %n participant(s)", "", count), result.created,
                    result.changes))
                self._focus_first_new(result.created)
            said = [self.tr("%n organization(s) pasted.", "", count)]
            if result.guessed:
                said.append(self.tr("Taken as the closest known name:") + " " + "; ".join(
                    f"{typed} {forward_arrow(self)} {label} ({score})"
                    for typed, label, score in result.guessed))
            if result.unmatched:
                said.append(self.tr("Not found, left out (add them with New organization):")
                            + " " + "; ".join(result.unmatched))
            if result.repeated:
                said.append(self.tr("Left out, their organization was on an earlier line (add "
                                    "its numbers to that line):") + " "
                            + "; ".join(result.repeated))
            self._say(" ".join(said))

        def failed(error: BaseException, trace: str) -> None:
            if isinstance(error, RowsError):
                self._show_problems(self.tr("Nothing was pasted:") + "\n"
                                    + rows_error_text(error, names))
            else:
                self._ops.sig_failed.emit(error, trace)

        self._ops.write(lambda w: paste_organizations(w, activity_id, lines, present), done,
                        failed=failed, tables={"participations"})

    @Slot(object)
    def clear_cells(self, cells: list[tuple[str, str]]) -> None:
        """Empty the chosen cells (contact, women, men, notes): one undo step."""
        items: dict[str, dict[str, Any]] = {}
        for row_id, name in cells:
            items.setdefault(row_id, {})[name] = None
        self._write_changes(list(items.items()),
                            self.tr("Clear %n cell(s)", "", len(cells)))

    @Slot()
    def remove_selected(self) -> None:
        """Remove the participants whose cells are selected."""
        rows = sorted({r for r, _c in self.grid.selected_cells()})
        self.remove([self.model.rows[r]["id"] for r in rows if r < len(self.model.rows)])

    @Slot(object)
    def remove(self, ids: list[str]) -> None:
        """Remove participants (to the Trash); several are removed after a question."""
        if not ids:
            return
        text = self.tr("Remove %n participant(s)", "", len(ids))

        def remove() -> None:
            self._ops.write(
                lambda w: [w.delete("participations", i) for i in ids],
                lambda _r: self._undo.push(undo.delete_command(self._ops, text, "participations",
                                                               ids)),
                tables={"participations"})

        if len(ids) > 1:
            confirm(self, self.tr("Remove %n participant(s) from this activity?", "", len(ids)),
                    remove)
        else:
            remove()

    # -- a new organization ---------------------------------------------------------------

    @Slot()
    def new_organization(self) -> None:
        """A small form (name, type, country) that creates an organization and adds it as
        a participant, in one step to undo, without leaving the activity.  An organization
        likely already in the registry is shown first, to be added instead."""
        activity_id = self.activity_id
        if activity_id is None:
            return
        fields = tuple(f for f in ORGANIZATION_FIELDS if f.name in ("name", "acronym", "org_type",
                                                                     "country"))
        values = {**NEW_ORGANIZATION, "name": self.search.text().strip(),
                  "country": self.activity_country}

        def create(record: dict[str, Any], dialog: RecordDialog) -> None:
            def work(w: Writer) -> tuple[str, str]:
                org_id = w.create("organizations", record)
                return org_id, w.create("participations", {"activity_id": activity_id,
                                                           "organization_id": org_id})

            def done(ids: tuple[str, str]) -> None:
                org_id, participation_id = ids
                self._undo.push(many_command(
                    self._ops, self.tr("Create “%1” and add it").replace(
                        "%1", str(record.get("name") or "")),
                    [participation_id], [], extra_created=[("organizations", org_id)]))
                self.search.clear()
                self._focus_first_new([participation_id])
                dialog.accept()

            def failed(error: BaseException, trace: str) -> None:
                if not dialog.failed(error):
                    self._ops.sig_failed.emit(error, trace)

            self._ops.write(work, done, failed=failed,
                            tables={"organizations", "participations"})

        def save(raw: dict[str, Any], dialog: RecordDialog) -> None:
            record = {**NEW_ORGANIZATION, **raw}

            def checked(result: Any) -> None:
                errors, hits = result
                if errors or not hits:  # a broken rule is told by the write, as before
                    create(record, dialog)
                    return
                warning = DuplicateWarning(str(record.get("name") or ""), hits, parent=dialog,
                                           open_text=self.tr("&Add “%1” instead"))
                warning.sig_open.connect(lambda org_id: self._add_existing(org_id, dialog))
                warning.sig_save.connect(lambda: create(record, dialog))
                self.duplicate_box = warning
                warning.open()

            checker_for(self._ops).check(record, checked,
                                         failed=lambda *_args: create(record, dialog))

        dialog = RecordDialog(self.tr("New organization"), fields, values, save, parent=self)
        dialog.setObjectName("newOrganizationDialog")
        self.dialog = dialog
        dialog.open()

    def _add_existing(self, org_id: str, dialog: RecordDialog) -> None:
        """The person chose the organization already in the registry: add it as a
        participant (nothing new is created)."""
        activity_id = self.activity_id
        if activity_id is None:
            return
        if any(row["organization_id"] == org_id and row["contact_id"] is None
               for row in self.model.rows):
            dialog.accept()  # it takes part already
            return
        rows = [{"activity_id": activity_id, "organization_id": org_id, "contact_id": None}]

        def done(ids: list[str]) -> None:
            self._added(ids)
            dialog.accept()

        self._ops.write(lambda w: w.create_many("participations", rows), done,
                        tables={"participations"})

    # -- attendance sheet -----------------------------------------------------------------

    @Slot()
    def open_attendance_dialog(self) -> AttendanceDialog | None:
        """Open the dialog that reads an attendance sheet into this activity."""
        if self.activity_id is None:
            return None
        from lookingbeyond_desktop.ui.attendance import AttendanceDialog

        present = {row["organization_id"] for row in self.model.rows}
        dialog = AttendanceDialog(self._ops, self._undo, self.activity_id, self.activity_country,
                                  present, parent=self)
        dialog.sig_added.connect(self._focus_first_new)
        self.dialog = dialog
        dialog.open()
        return dialog
