"""Type-ahead pickers of records (an organization, an activity) backed by worker queries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from lookingbeyond_desktop.ui.ops import Ops

Search = Callable[[Any, str], list[tuple[str, str]]]


class RecordPicker(QLineEdit):
    """Type part of a name, choose one of the records found; ``chosen_id`` is its id."""

    sig_chosen = Signal(str)

    def __init__(self, ops: Ops, search: Search, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._search = search
        self._ids: dict[str, str] = {}
        self.chosen_id: str | None = None
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._activated)
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._typed)

    @Slot(str)
    def _typed(self, typed: str) -> None:
        self.chosen_id = None
        if not typed.strip():
            self._model.setStringList([])
            return
        self._ops.read(lambda c: self._search(c, typed), self._found, key=f"picker-{id(self)}")

    def _found(self, hits: list[tuple[str, str]]) -> None:
        self._ids = {label: row_id for row_id, label in hits}
        self._model.setStringList([label for _id, label in hits])
        if hits and self.hasFocus():
            self.completer_.complete()

    @Slot(str)
    def _activated(self, label: str) -> None:
        self.set_choice(self._ids.get(label), label)

    def set_choice(self, row_id: str | None, label: str) -> None:
        """Show ``label`` as the chosen record ``row_id``."""
        self.chosen_id = row_id
        self.setText(label)
        if row_id:
            self.sig_chosen.emit(row_id)

    def choices(self) -> list[str]:
        """The labels offered now (for tests)."""
        return self._model.stringList()
