"""A read-only table model over rows already fetched by the worker (lists of a few
thousand rows: activities, grants). The organizations list has its own lazy model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[dict[str, Any]], str]]


class RowsModel(QAbstractTableModel):
    """Rows (dicts with an ``id``) shown through column formatters."""

    def __init__(self, columns: Sequence[Column], *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows`` (a new query result)."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, row_id: str) -> int:
        """The row of a record id, or -1."""
        return next((n for n, row in enumerate(self.rows) if row["id"] == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](row)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None
