"""What the record pages share: an editor with Save/Revert, and a searchable list beside it.

Every user-visible string stays in the subclass that owns it (passed in, or returned by a
hook), so that ``self.tr`` keeps its translation context and the .ts files stay valid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.ui import undo
from lookingbeyond_desktop.ui.entry import guard_wheel_in
from lookingbeyond_desktop.ui.errors import confirm
from lookingbeyond_desktop.ui.forms import FieldForm
from lookingbeyond_desktop.ui.layout import select_row
from lookingbeyond_desktop.ui.leave import ask_to_leave
from lookingbeyond_desktop.ui.list_filters import FilterRow
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.rows_model import RowsModel


class _OpsWidget(QWidget):
    """A widget named ``object_name`` that works through ``ops`` and records on the undo stack."""

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, object_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._ops = ops
        self._undo = undo_stack


class RecordEditor(_OpsWidget):
    """An editor of one record of ``TABLE``: dirty state, Save/Revert, create-or-update.

    Subclasses keep their own id attribute (``activity_id``, ``grant_id``, ...) and name it in
    ``ID_ATTR``; they implement ``new``, ``load`` and the undo texts.
    """

    sig_saved = Signal(str)
    sig_loaded = Signal(str)

    TABLE = ""
    ID_ATTR = ""
    form: FieldForm
    title: QLabel
    tabs: QTabWidget

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, object_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, undo_stack, object_name=object_name, parent=parent)
        setattr(self, self.ID_ATTR, None)
        self.record: dict[str, Any] = {}
        self.dirty = False
        self.leave_box: QMessageBox | None = None

    @property
    def record_id(self) -> str | None:
        """The id of the record shown (None for a new one)."""
        value: str | None = getattr(self, self.ID_ATTR)
        return value

    def _make_title(self) -> QLabel:
        title = QLabel(self)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        title.setWordWrap(True)
        return title

    def _make_footer(self, save_text: str, revert_text: str, *, default: bool = False) -> QHBoxLayout:
        """The Save and Revert buttons, right-aligned."""
        self.save_button = QPushButton(save_text, self)
        self.save_button.setObjectName("saveButton")
        if default:
            self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(revert_text, self)
        self.revert_button.clicked.connect(self.revert)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        return row

    def _finish_layout(self, extra: QWidget | QLayout | None, footer: QHBoxLayout) -> None:
        """Title, ``extra``, the tabs and the footer, top to bottom; then show a new record."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        if isinstance(extra, QLayout):
            layout.addLayout(extra)
        elif extra is not None:
            layout.addWidget(extra)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)
        guard_wheel_in(self)  # drop-downs built beside the form too (e.g. a grant's organization)
        self._ops.sig_changed.connect(self._data_changed)
        self.new()

    def _data_changed(self, tables: frozenset[str]) -> None:
        raise NotImplementedError

    def new(self) -> None:
        raise NotImplementedError

    def load(self, record_id: str) -> None:
        raise NotImplementedError

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    @Slot()
    def revert(self) -> None:
        """Forget unsaved edits."""
        self._set_dirty(False)
        if self.record_id:
            self.load(self.record_id)
        else:
            self.new()

    # -- leaving ------------------------------------------------------------------------

    def leave_name(self) -> str:
        """What the question before leaving calls the record ('' for a new one)."""
        return self.title.text() if self.record_id else ""

    def leave(self, then: Callable[[], None], *,
              on_cancel: Callable[[], None] | None = None) -> None:
        """Run ``then`` when the record may be left: at once when nothing is edited, else
        after asking (ui/leave.py). Save runs ``then`` only once saved: a save refused by
        validation keeps the record, its messages shown. Discard forgets the edits. Cancel
        (or Escape) stays: ``on_cancel`` runs. A question already open is not asked twice."""
        if not self.dirty:
            then()
            return
        if self.leave_box is not None:
            return

        def answered(action: Callable[[], None]) -> Callable[[], None]:
            def run() -> None:
                self.leave_box = None
                action()
            return run

        def discard() -> None:
            self._set_dirty(False)
            then()

        self.leave_box = ask_to_leave(
            self, self.leave_name(), on_save=answered(lambda: self.save(then=then)),
            on_discard=answered(discard), on_cancel=answered(on_cancel or (lambda: None)))

    # -- saving ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The record's values as edited."""
        return self.form.values()

    def _create_text(self, values: dict[str, Any]) -> str:
        raise NotImplementedError

    def _edit_text(self, values: dict[str, Any]) -> str:
        raise NotImplementedError

    def save(self, then: Any = None) -> None:
        """Save the record; ``then`` runs after success."""
        values = self.values()
        record_id = self.record_id
        table = self.TABLE
        if record_id is None:
            def created(new_id: str) -> None:
                self._undo.push(undo.create_command(self._ops, self._create_text(values), table,
                                                    new_id))
                self._after_save(new_id, then)

            self._ops.write(lambda w: w.create(table, values), created, failed=self._failed,
                            tables={table})
            return

        def updated(change: tuple[dict[str, Any], dict[str, Any]]) -> None:
            if change[1]:
                self._undo.push(undo.edit_command(self._ops, self._edit_text(values), table,
                                                  record_id, *change))
            self._after_save(record_id, then)

        self._ops.write(lambda w: undo.prepare_update(w, table, record_id, values), updated,
                        failed=self._failed, tables={table})

    def _after_save(self, record_id: str, then: Any) -> None:
        self._set_dirty(False)
        self.load(record_id)
        self.sig_saved.emit(record_id)
        if then:
            then()

    def _failed(self, error: BaseException, trace: str) -> None:
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
        else:
            self._ops.sig_failed.emit(error, trace)


class RecordListPage(_OpsWidget):
    """The searchable list of one table's records beside their editor.

    Subclasses call ``_build`` from ``__init__`` and provide ``_rows``, ``_count_text``,
    ``_delete_text`` and ``_delete_question``.
    """

    TABLE = ""
    WATCHED: frozenset[str] = frozenset()
    SELECT_AS_REQUESTED = False  # reselect the record shown when the reload was asked for
    editor: RecordEditor

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, object_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, undo_stack, object_name=object_name, parent=parent)
        self._loaded_once = False

    def _build(self, *, search_name: str, placeholder: str,
               columns: list[tuple[str, Callable[[dict[str, Any]], str]]], table_name: str,
               widths: Sequence[int], make_editor: Callable[[], RecordEditor], new_text: str,
               new_slot: Callable[[], None], delete_text: str, stretch: bool = False,
               filters: Callable[[QLineEdit], FilterRow] | None = None) -> None:
        """Lay out the page; ``filters`` makes the row of filters around the search box
        (ui/list_filters.py), which then spans the page above the list and the editor."""
        self.search = QLineEdit(self)
        self.search.setObjectName(search_name)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.filters = filters(self.search) if filters is not None else None
        if self.filters is not None:
            self.filters.sig_changed.connect(self.reload)
            self.addAction(self.filters.save_action)  # its shortcut, anywhere on the page
        self.model = RowsModel(columns, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName(table_name)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor = make_editor()
        self.editor.sig_saved.connect(lambda _id: self.reload())
        self.new_button = QPushButton(new_text, self)
        self.new_button.clicked.connect(new_slot)
        self.delete_button = QPushButton(delete_text, self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        if self.filters is None:
            left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        if stretch:
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 640])
        # Neither side can be dragged out of sight, and the list keeps room for its first
        # columns on a 1024-pixel screen (docs/architecture.md, "Small screens").
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        if self.filters is not None:
            layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self._ops.sig_changed.connect(self._data_changed)

    # -- hooks ----------------------------------------------------------------------------

    def _rows(self, connection: Any, typed: Any) -> list[dict[str, Any]]:
        """The rows to list: ``typed`` is the search text, or the page's filter when the
        page has a filter row."""
        raise NotImplementedError

    def _count_text(self, count: int) -> str:
        raise NotImplementedError

    def _filtered_count_text(self, count: int, total: int) -> str:
        """"N of M …": the list narrowed by the search or the filters (pages with filters)."""
        raise NotImplementedError

    def _delete_text(self, count: int) -> str:
        raise NotImplementedError

    def _delete_question(self, count: int) -> str:
        raise NotImplementedError

    def _delete_tables(self) -> set[str]:
        """The tables a delete touches."""
        return {self.TABLE}

    # -- the list -------------------------------------------------------------------------

    def shown(self) -> None:
        """The page came on screen: load it the first time."""
        if not self._loaded_once:
            self._loaded_once = True
            self.reload()

    @Slot()
    def reload(self, *_args: Any) -> None:
        """Query the list again."""
        filters = self.filters
        # With filters, the query is the page's filter (search text included) and a narrowed
        # list also counts every record, for "N of M".
        query: Any = self.search.text() if filters is None else filters.current()
        narrowed = filters is not None and query.narrows()
        requested = self.editor.record_id

        def fetch(connection: Any) -> tuple[list[dict[str, Any]], int | None]:
            rows = self._rows(connection, query)
            return rows, (filters.total(connection) if filters is not None and narrowed else None)

        def show(found: tuple[list[dict[str, Any]], int | None]) -> None:
            self._show(found[0], requested if self.SELECT_AS_REQUESTED else self.editor.record_id,
                       total=found[1])

        self._ops.read(fetch, show, key=f"{self.TABLE}-{id(self)}")

    def _show(self, rows: list[dict[str, Any]], current: str | None, *,
              total: int | None = None) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self._count_text(len(rows)) if total is None
                                 else self._filtered_count_text(len(rows), total))
        if current:
            row = self.model.row_of(current)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                select_row(self.table, row)
                self.table.selectionModel().blockSignals(False)

    @Slot(object)
    def _data_changed(self, tables: frozenset[str]) -> None:
        if self._loaded_once and tables & self.WATCHED:
            self.reload()

    def _current_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        record_id = self.model.rows[current.row()]["id"]
        if not self.editor.dirty:
            self.editor.load(record_id)
            return
        # Never saved nor dropped silently: ask (ui/leave.py). After the view has finished
        # with the click or key that moved the selection, put it back on the edited record.
        QTimer.singleShot(0, lambda: self._leave_for(record_id))

    def _leave_for(self, record_id: str) -> None:
        self._select(self.editor.record_id)
        self.editor.leave(lambda: self._open(record_id))

    def _open(self, record_id: str) -> None:
        self.editor.load(record_id)
        self._select(record_id)
        if self.SELECT_AS_REQUESTED:
            self.reload()  # supersedes the reload asked for by the save, which selects its record

    def _select(self, record_id: str | None) -> None:
        """Select the row of ``record_id`` (none: no row) without loading it."""
        row = self.model.row_of(record_id) if record_id else -1
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        self.table.viewport().update()

    def _start_new(self) -> None:
        """Empty the editor for a new record, once the edits of the record shown are saved
        or discarded as the person answers (the subclass then sets the focus)."""
        self.shown()

        def start() -> None:
            self.table.clearSelection()
            self.editor.new()

        self.editor.leave(start)

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected records (to the Trash)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.rows[row]["id"] for row in rows]
        if not ids and self.editor.record_id:
            ids = [self.editor.record_id]
        if not ids:
            return
        table = self.TABLE
        text = self._delete_text(len(ids))
        tables = self._delete_tables()

        def delete() -> None:
            def done(_result: Any) -> None:
                self._undo.push(undo.delete_command(self._ops, text, table, ids))
                if self.editor.record_id in ids:
                    self.editor.new()

            self._ops.write(lambda w: [w.delete(table, i) for i in ids], done, tables=tables)

        if len(ids) > 1:
            confirm(self, self._delete_question(len(ids)), delete)
        else:
            delete()
