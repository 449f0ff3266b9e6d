"""Merge two records of one organization: side by side, a choice per field, then one undoable
step that syncs (``store/merges.py`` does the work)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection, select

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.store.merges import REFERENCES, TAKEABLE, merge, referring, undo_merge
from lookingbeyond_desktop.store.writer import TABLES
from lookingbeyond_desktop.ui.conflicts_page import display_value, field_label
from lookingbeyond_desktop.ui.errors import human_message, problem_with_field
from lookingbeyond_desktop.ui.layout import left_to_right
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.undo import WriteCommand

ORGANIZATIONS = "organizations"
MERGE_TABLES = {ORGANIZATIONS, *(table for table, _name, _is_list in REFERENCES)}


@dataclass
class Side:
    """One of the two records, as read for the dialog."""

    id: str
    values: dict[str, Any]  # wire values of the takeable fields
    versions: dict[str, str]  # each field's version (its record's creation when never edited)
    edited: set[str]  # fields changed since the record was created
    references: dict[str, int]  # table -> rows that name it


def load_sides(connection: Connection, first_id: str, second_id: str) -> list[Side]:
    """Both records with their field versions and how many rows name each (worker thread)."""
    table = TABLES[ORGANIZATIONS]
    spec = REGISTRY.table(ORGANIZATIONS)
    sides = []
    for row in connection.execute(select(table).where(table.c.id.in_([first_id, second_id]))).mappings():
        field_versions = dict(row["sync_field_versions"] or {})
        references: dict[str, int] = {}
        for ref_table, name, is_list in REFERENCES:
            if ref_table == ORGANIZATIONS:
                continue
            count = sum(not deleted for _id, _value, deleted in
                        referring(connection, ref_table, name, is_list, row["id"]))
            if count:
                references[ref_table] = count
        sides.append(Side(
            id=row["id"],
            values={name: spec.field(name).encode(row[name]) for name in TAKEABLE},
            versions={name: field_versions.get(name, row["sync_version"]) for name in TAKEABLE},
            # Changed after the record was made: a version newer than the record's first
            # (a field without one of its own is at it).
            edited={name for name in TAKEABLE
                    if field_versions.get(name, row["sync_version"]) != row["sync_version"]},
            references=references))
    sides.sort(key=lambda side: [first_id, second_id].index(side.id))
    return sides


LEFT_TO_RIGHT = {"email", "phone", "website", "verified_on"}
MAX_SHOWN = 48  # characters of a value beside its button (more: the tooltip has it all)


def _shortened(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 1].rstrip() + "…"


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def proposed_from_other(keep: Side, other: Side) -> dict[str, str]:
    """The fields whose value the other record should give, with why: the kept record has
    none ("fuller"), or someone changed the other's after the kept one's was written
    ("newer"; a value the other record was only created with is not newer for that)."""
    proposals = {}
    for name in TAKEABLE:
        mine, theirs = keep.values[name], other.values[name]
        if mine == theirs or _empty(theirs) or name == "aliases":
            continue
        if _empty(mine):
            proposals[name] = "fuller"
        elif name in other.edited and other.versions[name] > keep.versions[name]:
            proposals[name] = "newer"
    return proposals


class MergeDialog(QDialog):
    """Which record is kept, which value of each differing field it keeps, and what moves."""

    sig_merged = Signal(str, str)  # kept id, merged-away id

    def __init__(self, ops: Ops, undo_stack: QUndoStack, first_id: str, second_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two organizations"))
        self._ops = ops
        self._undo = undo_stack
        self.sides: list[Side] = []
        self.keep_index = 0
        self.choices: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Choose the record to keep and, for each field that differs, the value it keeps. "
            "The other record's contacts, participation, grants and co-organizing move to the "
            "kept one; its names become other names of the kept one. It is kept out of sight as "
            "a pointer, so that what other computers add to it before they hear of the merge "
            "lands on the kept one."), self, wordWrap=True)
        layout.addWidget(self.intro)
        self.keep_group = QButtonGroup(self)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep:"), self))
        self.keep_buttons = [QRadioButton(self), QRadioButton(self)]
        for index, button in enumerate(self.keep_buttons):
            button.setObjectName(f"keepSide{index}")
            self.keep_group.addButton(button, index)
            keep_row.addWidget(button, 1)
        self.keep_group.idToggled.connect(self._keep_toggled)
        layout.addLayout(keep_row)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.grid_host = QWidget(self.scroll)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.scroll.setWidget(self.grid_host)
        layout.addWidget(self.scroll, 1)
        self.summary = QLabel(self, wordWrap=True)
        self.summary.setObjectName("mergeSummary")
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        ops.read(lambda connection: load_sides(connection, first_id, second_id), self._loaded,
                 failed=self._failed)

    # -- filling ---------------------------------------------------------------------------

    def _loaded(self, sides: list[Side]) -> None:
        if len(sides) != 2:
            self._show_problem(self.tr("One of the two organizations is no longer here."))
            self.reject()
            return
        self.sides = sides
        for button, side in zip(self.keep_buttons, sides):
            button.setText(side.values["name"])
        # Keep the record more rows name (fewer moves), else the first one chosen.
        weights = [sum(side.references.values()) for side in sides]
        self.keep_index = 1 if weights[1] > weights[0] else 0
        self.keep_buttons[self.keep_index].setChecked(True)
        self._fill()
        self.merge_button.setEnabled(True)

    def _keep_toggled(self, index: int, checked: bool) -> None:
        if checked and self.sides and index != self.keep_index:
            self.keep_index = index
            self._fill()

    @property
    def keep(self) -> Side:
        """The record kept."""
        return self.sides[self.keep_index]

    @property
    def other(self) -> Side:
        """The record merged away."""
        return self.sides[1 - self.keep_index]

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.choices = {}
        keep, other = self.keep, self.other
        proposals = proposed_from_other(keep, other)
        header = [QLabel(self.tr("Field"), self.grid_host),
                  QLabel(self.tr("Kept record: %1").replace("%1", keep.values["name"]), self.grid_host),
                  QLabel(self.tr("Other record: %1").replace("%1", other.values["name"]), self.grid_host)]
        for column, label in enumerate(header):
            label.setStyleSheet("font-weight: 600;")
            label.setWordWrap(True)
            self.grid.addWidget(label, 0, column)
        row = 1
        same = 0
        for name in TAKEABLE:
            mine, theirs = keep.values[name], other.values[name]
            if mine == theirs or name == "aliases":
                same += mine == theirs
                continue
            self.grid.addWidget(QLabel(field_label(ORGANIZATIONS, name), self.grid_host), row, 0,
                                Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self.grid_host)
            for column, value in ((1, mine), (2, theirs)):
                shown = display_value(ORGANIZATIONS, name, value)
                written = _shortened(shown)
                if name in LEFT_TO_RIGHT and not _empty(value):
                    written = left_to_right(written)  # a phone stays +660 1180 in Arabic
                button = QRadioButton(written, self.grid_host)
                if len(shown) > MAX_SHOWN:  # the whole value in its tooltip
                    button.setToolTip(shown)
                button.setObjectName(f"take_{name}_{column}")
                group.addButton(button, column)
                self.grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
            why = proposals.get(name)
            group.button(2 if why else 1).setChecked(True)
            if why:
                note = self.tr("newer") if why == "newer" else self.tr("the kept record has none")
                proposed = group.button(2)
                proposed.setToolTip("\n".join(filter(None, (
                    self.tr("Proposed: %1").replace("%1", note), proposed.toolTip()))))
                proposed.setText(f"{proposed.text()}  ({note})")
            self.choices[name] = group
            row += 1
        if not self.choices:
            self.grid.addWidget(QLabel(self.tr("The two records hold the same values."),
                                       self.grid_host), row, 0, 1, 3)
            row += 1
        self.grid.setRowStretch(row, 1)
        self.summary.setText(self._summary(same))

    def _summary(self, same: int) -> str:
        other = self.other
        parts = []
        counts = other.references
        if counts.get("contacts"):
            parts.append(self.tr("%n contact(s)", "", counts["contacts"]))
        if counts.get("participations"):
            parts.append(self.tr("%n participation record(s)", "", counts["participations"]))
        if counts.get("grants"):
            parts.append(self.tr("%n grant(s)", "", counts["grants"]))
        if counts.get("activities"):
            parts.append(self.tr("%n co-organized activity(ies)", "", counts["activities"]))
        moves = (self.tr("Moves to the kept record: %1.").replace("%1", ", ".join(parts))
                 if parts else self.tr("Nothing else names the other record."))
        names = self.tr("“%1” becomes one of the kept record's other names.").replace(
            "%1", other.values["name"])
        return f"{moves} {names} " + self.tr("Edit > Undo takes the merge back.")

    # -- merging ---------------------------------------------------------------------------

    def taken(self) -> list[str]:
        """The fields whose value comes from the other record."""
        return [name for name, group in self.choices.items() if group.checkedId() == 2]

    def merge(self) -> None:
        """Merge, as one undoable step; the dialog stays open when it is refused."""
        if not self.sides:
            return
        keep_id, other_id, take = self.keep.id, self.other.id, self.taken()
        names = (self.keep.values["name"], self.other.values["name"])
        self.merge_button.setEnabled(False)

        def done(_result: Any) -> None:
            text = self.tr("Merge “%1” into “%2”").replace("%1", names[1]).replace("%2", names[0])
            self._undo.push(WriteCommand(
                self._ops, text, undo=lambda w: undo_merge(w, other_id),
                redo=lambda w: merge(w, keep_id, other_id, take), tables=MERGE_TABLES))
            self.sig_merged.emit(keep_id, other_id)
            self.accept()

        def refused(error: BaseException, _trace: str) -> None:
            self.merge_button.setEnabled(True)
            self._failed(error, _trace)

        self._ops.write(lambda w: merge(w, keep_id, other_id, take), done, failed=refused,
                        tables=MERGE_TABLES)

    def _failed(self, error: BaseException, _trace: str) -> None:
        if isinstance(error, ValidationError):
            text = "; ".join(problem_with_field(problem) for problem in error.errors)
            self._show_problem(self.tr("The organizations were not merged: %1").replace("%1", text))
        else:
            self._show_problem(human_message(error))

    def _show_problem(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Merge two organizations"), text)
