"""The Trash: deleted records, restorable (a restore is an edit that syncs like any other)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui import undo
from lookingbeyond_desktop.ui.erased import erased_among, mark_item
from lookingbeyond_desktop.ui.errors import confirm
from lookingbeyond_desktop.ui.history import _local_time, computer_label, computer_tip
from lookingbeyond_desktop.ui.ops import Ops


class TrashPage(QWidget):
    """Deleted organizations, contacts, activities, participants and grants."""

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashPage")
        self._ops = ops
        self._undo = undo_stack
        self._loaded_once = False
        self.items: list[browse.TrashItem] = []
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("trashTable")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Record"),
                                              self.tr("Deleted"), self.tr("Deleted by"),
                                              self.tr("Where")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.restore_selected)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        ops.sig_changed.connect(self._data_changed)

    def kinds(self) -> dict[str, str]:
        """Translated names of the kinds of record."""
        return {"organizations": self.tr("Organization"), "contacts": self.tr("Contact"),
                "activities": self.tr("Activity"), "participations": self.tr("Participant"),
                "grants": self.tr("Grant")}

    def shown(self) -> None:
        """The page came on screen."""
        self._loaded_once = True
        self.reload()

    def reload(self) -> None:
        """Query the deleted records again."""
        def read(connection: Any) -> tuple[list[browse.TrashItem], dict[str, str]]:
            items = browse.trash(connection)
            return items, erased_among(connection, [i.id for i in items if i.table == "contacts"])

        self._ops.read(read, lambda found: self._show(*found), key=f"trash-{id(self)}")

    def _show(self, items: list[browse.TrashItem], erased: dict[str, str] | None = None) -> None:
        """``erased``: {contact id: day} of the people whose data headquarters erased."""
        self.items = items
        erased = erased or {}
        kinds = self.kinds()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            where = computer_label(item.own, item.device_name) if item.device_id else ""
            for column, value in enumerate((kinds.get(item.table, item.table), item.label,
                                            _local_time(item.deleted_at) if item.deleted_at else "",
                                            item.deleted_by
                                            or (self.tr("unknown") if where else ""),
                                            where)):
                cell = QTableWidgetItem(value)
                if column == 4:
                    cell.setToolTip(computer_tip(item.device_id, item.device_name))
                if column == 1 and item.table == "contacts" and item.id in erased:
                    mark_item(cell, erased[item.id])  # its label is " — organization"
                    cell.setText(cell.text() + value)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.heading.setText(
            self.tr("%n deleted record(s). Restoring an organization or an activity also brings "
                    "back the contacts or participants deleted with it.", "", len(items)))
        self.restore_button.setEnabled(bool(items))

    @Slot(object)
    def _data_changed(self, _tables: frozenset[str]) -> None:
        if self._loaded_once:
            self.reload()

    @Slot()
    def restore_selected(self, *_args: Any) -> None:
        """Restore the selected records (asks first when several)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        pairs = [(self.items[row].table, self.items[row].id) for row in rows if row < len(self.items)]
        if not pairs:
            return
        text = self.tr("Restore %n record(s)", "", len(pairs))

        def restore() -> None:
            self._ops.write(lambda w: [w.restore(t, i) for t, i in pairs],
                            lambda _r: self._undo.push(undo.restore_command(self._ops, text, pairs)),
                            tables=set().union(*(undo.tables_of(t) for t, _i in pairs)))

        if len(pairs) > 1:
            confirm(self, self.tr("Restore %n record(s)?", "", len(pairs)), restore)
        else:
            restore()
