"""A record's history from the change log: who changed which fields, when, from which device."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from lookingbeyond_desktop.store.browse import HistoryEntry
from lookingbeyond_desktop.ui.forms import tr_field


class HistoryView(QTableWidget):
    """The changes of one record, newest first (a record has tens of them, not thousands)."""

    def __init__(self, *, field_labels: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("history")
        self._field_labels = field_labels or {}
        self.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Device"), self.tr("What"),
             self.tr("Fields")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)

    def show_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """Show ``entries`` (newest first)."""
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                _local_time(entry.at),
                entry.author or self.tr("unknown"),
                entry.device_id[:8],
                self._operation(entry.op),
                self._fields(entry),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setToolTip(entry.device_id)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _operation(self, op: str) -> str:
        return {
            "insert": self.tr("Created"),
            "update": self.tr("Edited"),
            "delete": self.tr("Deleted"),
            "restore": self.tr("Restored"),
        }.get(op, op)

    def _fields(self, entry: HistoryEntry) -> str:
        if entry.fields is None or entry.op in ("delete", "restore"):
            return ""
        return ", ".join(tr_field(self._field_labels.get(name, name)) for name in entry.fields)

    def text_at(self, row: int, column: int) -> str:
        """The text of one cell (for tests)."""
        item = self.item(row, column)
        return item.text() if item else ""


def _local_time(at: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


__all__ = ["HistoryView", "Qt"]
