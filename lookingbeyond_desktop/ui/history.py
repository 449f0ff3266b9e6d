"""A record's history: who (a person: the headquarters user) changed which fields, when, and
on which computer (by the name a person gave it; its id only in a tooltip)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
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
            [self.tr("When"), self.tr("Who"), self.tr("Where"), self.tr("What"),
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
                self._where(entry),
                self._operation(entry.op),
                self._fields(entry),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setToolTip(computer_tip(entry.device_id, entry.device_name))
                elif column == 3 and entry.elsewhere:
                    item.setToolTip(self.tr(
                        "The latest change of these fields, made on another computer and "
                        "received by sync; earlier changes made there are kept at headquarters."))
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _where(self, entry: HistoryEntry) -> str:
        return computer_label(entry.own, entry.device_name)

    def _operation(self, op: str) -> str:
        return {
            "insert": self.tr("Created"),
            "update": self.tr("Edited"),
            "delete": self.tr("Deleted"),
            "restore": self.tr("Restored"),
            "merge": self.tr("Merged into another organization"),
            "unmerge": self.tr("Merge undone"),
        }.get(op, op)

    def _fields(self, entry: HistoryEntry) -> str:
        if entry.fields is None or entry.op in ("delete", "restore", "merge", "unmerge"):
            return ""
        return ", ".join(tr_field(self._field_labels.get(name, name)) for name in entry.fields)

    def text_at(self, row: int, column: int) -> str:
        """The text of one cell (for tests)."""
        item = self.item(row, column)
        return item.text() if item else ""


def computer_label(own: bool, device_name: str) -> str:
    """A computer as a person reads it: "this computer", the name a person gave another
    one, or "another computer" while its name is not known here (its name and id go in a
    tooltip: :func:`computer_tip`)."""
    if own:
        return _tr("this computer")
    return device_name or _tr("another computer")


def computer_tip(device_id: str, device_name: str) -> str:
    """The tooltip of a computer: its name and its id."""
    if not device_id:
        return ""
    tip = _tr("Computer id: %1").replace("%1", device_id)
    return f"{device_name}\n{tip}" if device_name else tip


def person_on_computer(user_name: str, own: bool, device_name: str) -> str:
    """"Amina Diallo on NAIROBI-LAPTOP-2", "Amina Diallo on this computer", "another
    computer" when neither is known."""
    where = computer_label(own, device_name)
    if not user_name:
        return where
    return _tr("%1 on %2").replace("%1", user_name).replace("%2", where)


def _tr(text: str) -> str:
    return QCoreApplication.translate("people", text)


def _local_time(at: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


__all__ = ["HistoryView", "Qt", "computer_label", "computer_tip", "person_on_computer"]
