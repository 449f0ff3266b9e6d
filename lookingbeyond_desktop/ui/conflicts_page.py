"""The Conflicts page: the same field changed in two places (or an edit met a delete); the
value kept and the other one side by side, and a person's choice, applied on the database
worker through sync.replica.Replication.resolve_conflict (a choice other than the kept value is written
as a new edit that syncs like any other)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.domain import vocabulary
from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.store.sync_adapter import bring_back_refused, replication_for
from lookingbeyond_desktop.ui import labels
from lookingbeyond_desktop.ui.erased import BLANK_DATE
from lookingbeyond_desktop.ui.forms import tr_field
from lookingbeyond_desktop.ui.history import computer_tip, person_on_computer
from lookingbeyond_desktop.ui.ops import Ops
from sync.hlc import unpack, version_clock, version_device
from sync.registry import Kind
from sync.replica import REFUSED


def _tr(text: str) -> str:
    return QCoreApplication.translate("conflicts", text)


# The participation grid's column labels (English; translated in the "fields" context).
PARTICIPATION_LABELS = {"role": "Role", "representatives": "Representatives", "women": "Women",
                        "men": "Men", "notes": "Notes"}


def field_source_label(table: str, name: str) -> str:
    """A field's label as the editors show it, untranslated (a source string of the
    ``fields`` context)."""
    from lookingbeyond_desktop.ui.activities import FIELD_LABELS as ACTIVITY
    from lookingbeyond_desktop.ui.grants import FIELD_LABELS as GRANT
    from lookingbeyond_desktop.ui.organizations.editor import CONTACT_FIELDS
    from lookingbeyond_desktop.ui.organizations.editor import FIELD_LABELS as ORGANIZATION

    found = {"organizations": ORGANIZATION, "activities": ACTIVITY, "grants": GRANT,
             "contacts": {f.name: f.label for f in CONTACT_FIELDS},
             "participations": PARTICIPATION_LABELS}.get(table, {})
    if name not in found and name.endswith("_id"):  # a reference: the kind of record it names
        return name.removesuffix("_id").replace("_", " ").capitalize()
    return found.get(name, name.replace("_", " ").capitalize())


def field_label(table: str, name: str) -> str:
    """A field's label as the editors show it."""
    if name == "deleted":
        return _tr("Deleted or not")
    return tr_field(field_source_label(table, name))


def record_name(conflict: dict[str, Any]) -> str:
    """A record not held here any more, named by its kind (never its id)."""
    return _tr("A record no longer on this computer")


def conflict_field(conflict: dict[str, Any]) -> str:
    """The field of a conflict entry ("whole record" for a discarded new record)."""
    return field_label(conflict["tbl"], conflict["field"]) if conflict["field"] else _tr("whole record")


def refused_values(table: str, name: str, value: Any) -> str:
    """The values of a discarded refused change as a person reads them: one field's value,
    or the filled fields of a whole record, one per line."""
    if name:
        return display_value(table, name, value)
    if not isinstance(value, dict):
        return _tr("(empty)")
    return "\n".join(f"{field_label(table, field)}: {display_value(table, field, item)}"
                     for field, item in value.items()
                     if item not in (None, "", []) and not field.endswith("_id"))


def kind_label(kind: str) -> str:
    """What kind of collision a conflict is."""
    return {
        "field": _tr("changed in two places"),
        "edited_deleted": _tr("edited here, deleted elsewhere"),
        "deleted_edited": _tr("deleted here, edited elsewhere"),
        REFUSED: _tr("refused by headquarters, discarded"),
    }.get(kind, kind)


def field_kind(table: str, name: str) -> Kind | None:
    """The wire kind of a synced field (None when unknown)."""
    try:
        return REGISTRY.table(table).field(name).kind
    except KeyError:
        return None


def display_value(table: str, name: str, value: Any) -> str:
    """A field's wire value as a person reads it."""
    if name == "deleted":
        return _tr("Deleted") if value else _tr("Present")
    if value is None or value == "" or value == [] or _blanked_date(table, name, value):
        return _tr("(empty)")
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if name in ("country",):
        return labels.country(value)
    if name == "org_type":
        return labels.org_type(value)
    if name == "ecosoc_status":
        return labels.tr_vocabulary(vocabulary.ECOSOC_STATUSES.get(value, value))
    if name == "rlo_region":
        return labels.region(value)
    if name == "activity_type":
        return labels.activity_type(value)
    if name == "status" and table == "grants":
        return labels.grant_status(value)
    if name == "themes" and isinstance(value, list):
        return labels.themes(value, areas_only=False)
    if name == "networks" and isinstance(value, list):
        return labels.networks(value)
    if name == "member_states" and isinstance(value, list):
        return ", ".join(labels.country(code) for code in value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _blanked_date(table: str, name: str, value: Any) -> bool:
    """A personal date that was blanked (an erased person's consent date holds the epoch):
    never shown as a date."""
    try:
        spec = REGISTRY.table(table).field(name)
    except KeyError:
        return False
    return spec.personal and spec.kind is Kind.DATE and value == BLANK_DATE.isoformat()


def origin(version: str | None, own_device: str,
           names: Mapping[str, tuple[str, str]] | None = None) -> str:
    """Who wrote a version, on which computer, and when (from its hybrid clock): "From Amina
    Diallo on NAIROBI-LAPTOP-2, 2026-03-02 10:15"; "another computer" while its name is
    not known here (``names``: {device id: (device name, user name)})."""
    if not version:
        return ""
    device = version_device(version)
    try:
        moment = dt.datetime.fromtimestamp(unpack(version_clock(version))[0] / 1000, dt.timezone.utc)
        when = moment.astimezone().strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError, OSError):
        when = "?"
    device_name, user_name = (names or {}).get(device, ("", ""))
    who = person_on_computer(user_name, device == own_device, device_name)
    return _tr("From %1, %2").replace("%1", who).replace("%2", when)


def origin_tip(version: str | None, names: Mapping[str, tuple[str, str]] | None = None) -> str:
    """The name and id of the computer that wrote a version, for a tooltip."""
    if not version:
        return ""
    device = version_device(version)
    return computer_tip(device, (names or {}).get(device, ("", ""))[0])


def merged_list(first: Any, second: Any) -> list[str]:
    """The union of two list values, in first-seen order."""
    union: list[str] = []
    for item in [*(first or []), *(second or [])]:
        if item not in union:
            union.append(item)
    return union


class MergeDialog(QDialog):
    """An editor prefilled with both texts, for a person to combine them."""

    def __init__(self, first: str, second: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge the two values"))
        explain = QLabel(self.tr("Both values are below. Edit them into the one to keep."), self)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("mergeEditor")
        self.editor.setPlainText(f"{first}\n{second}" if first and second else first or second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def value(self) -> str:
        """The merged text."""
        return self.editor.toPlainText().strip()


class ConflictsPage(QWidget):
    """Review the conflicts kept by sync, one at a time or many with the same choice."""

    sig_count = Signal(int)  # unresolved conflicts after each refresh

    def __init__(self, ops: Ops, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPage")
        self._ops = ops
        self.conflicts: list[dict[str, Any]] = []
        self.own_device = ""
        self.merge_dialog: MergeDialog | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("conflictsList")
        self.list.currentRowChanged.connect(self._selected)

        self.title = QLabel(self)
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.kept_box, self.kept_value, self.kept_origin = self._side(
            "keptValue", self.tr("Kept now"))
        self.other_box, self.other_value, self.other_origin = self._side(
            "otherValue", self.tr("The other value"))
        sides = QHBoxLayout()
        sides.addWidget(self.kept_box, 1)
        sides.addWidget(self.other_box, 1)

        self.keep_button = QPushButton(self.tr("Keep this one"), self)
        self.keep_button.setObjectName("keepWinnerButton")
        self.keep_button.clicked.connect(lambda: self.resolve("winner"))
        self.other_button = QPushButton(self.tr("Keep the other"), self)
        self.other_button.setObjectName("keepLoserButton")
        self.other_button.clicked.connect(lambda: self.resolve("loser"))
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge)
        self.apply_all = QCheckBox(self.tr("Apply this choice to the remaining conflicts of this kind"),
                                   self)
        self.apply_all.setObjectName("applyToRemaining")
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.other_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.addWidget(self.title)
        column.addWidget(self.explain)
        column.addLayout(sides)
        column.addLayout(buttons)
        column.addWidget(self.apply_all)
        column.addStretch(1)
        self.empty = QLabel(self.tr("No conflicts to review. When the same field is changed on two "
                                    "computers before they sync, both values are kept here for "
                                    "you to choose."), self)
        self.empty.setObjectName("noConflicts")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.empty)
        self.detail_stack.addWidget(detail)

        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ops.sig_changed.connect(lambda _tables: self.refresh())

    def _side(self, name: str, title: str) -> tuple[QGroupBox, QLabel, QLabel]:
        box = QGroupBox(title, self)
        value = QLabel(box)
        value.setObjectName(name)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        value.setMinimumHeight(60)
        where = QLabel(box)
        where.setObjectName(name + "Origin")
        where.setWordWrap(True)
        where.setEnabled(False)  # drawn in the muted colour of secondary text
        column = QVBoxLayout(box)
        column.addWidget(value, 1)
        column.addWidget(where)
        return box, value, where

    # -- the list -------------------------------------------------------------------------

    def shown(self) -> None:
        """The page came on screen."""
        self.refresh()

    def refresh(self) -> None:
        """Read the unresolved conflicts on the database worker."""
        self._ops.read(browse.unresolved_conflicts, self._show, key="conflicts")

    def _show(self, conflicts: list[dict[str, Any]]) -> None:
        current = self.current()
        self.conflicts = conflicts
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in conflicts:
            text = "%s — %s\n%s" % (conflict["label"] or record_name(conflict),
                                    conflict_field(conflict), kind_label(conflict["kind"]))
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, conflict["id"])
        self.list.blockSignals(False)
        ids = [c["id"] for c in conflicts]
        row = ids.index(current["id"]) if current and current["id"] in ids else 0
        self.list.setCurrentRow(row if conflicts else -1)
        self._selected(self.list.currentRow())
        self.sig_count.emit(len(conflicts))

    def current(self) -> dict[str, Any] | None:
        """The conflict on screen."""
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    @Slot(int)
    def _selected(self, _row: int) -> None:
        conflict = self.current()
        self.detail_stack.setCurrentIndex(0 if conflict is None else 1)
        if conflict is None:
            return
        table, name = conflict["tbl"], conflict["field"]
        self.other_button.setEnabled(True)  # not for two merges (below)
        self.title.setText("%s — %s" % (conflict["label"] or record_name(conflict), conflict_field(conflict)))
        refused = conflict["kind"] == REFUSED
        self.kept_box.setTitle(self.tr("Headquarters' version") if refused else self.tr("Kept now"))
        self.other_box.setTitle(self.tr("Refused and discarded") if refused else
                                self.tr("The other value"))
        self.keep_button.setText(self.tr("&Let it go") if refused else self.tr("Keep this one"))
        self.other_button.setText(self.tr("&Send it again") if refused else self.tr("Keep the other"))
        if refused:
            self.explain.setText(self.tr(
                "Headquarters did not accept this change and it was discarded on this computer. "
                "The values refused are kept here: send them again (headquarters says again if "
                "it still refuses), or let them go."))
            self.kept_value.setText(self.tr(
                "Headquarters never had this record: it is in the Trash on this computer.")
                if not name else self.tr("The value headquarters holds, brought back by the next "
                                         "sync."))
            self.other_value.setText(refused_values(table, name, conflict["loser_value"]))
            self.kept_origin.setText("")
            self.kept_origin.setToolTip("")
            self._show_origin(self.other_origin, conflict, "loser_version")
            self.merge_button.setEnabled(False)
            return
        if conflict["kind"] == "field":
            self.explain.setText(self.tr("This field was changed on two computers before they "
                                         "synced. One value is kept now; the other is here for "
                                         "you to bring back if it was the right one."))
        else:
            self.explain.setText(self.tr("The record was deleted on one computer and edited on "
                                         "another. Keeping the edit brings the record back."))
        self.kept_value.setText(display_value(table, name, conflict["winner_value"]))
        self.other_value.setText(display_value(table, name, conflict["loser_value"]))
        self._show_origin(self.kept_origin, conflict, "winner_version")
        self._show_origin(self.other_origin, conflict, "loser_version")
        kind = field_kind(table, name)
        self.merge_button.setEnabled(conflict["kind"] == "field" and kind in (Kind.TEXT, Kind.LIST))
        if (table, name) == ("organizations", "merged_into"):  # two merges of one record
            into = conflict.get("value_labels", {})
            for label, side in ((self.kept_value, "winner_value"), (self.other_value, "loser_value")):
                label.setText(self.tr("Merged into “%1”").replace(
                    "%1", into.get(side) or self.tr("another organization")))
            self.explain.setText(self.tr(
                "This organization was merged into two different records on two computers. "
                "It now points to the first; what named it went there too. If both records are "
                "one organization, merge them as well; if the other merge was right, merge the "
                "first record into the other one."))
            self.other_button.setEnabled(False)  # a merge is redone by merging, not by a value

    def _show_origin(self, label: QLabel, conflict: dict[str, Any], side: str) -> None:
        label.setText(origin(conflict[side], self.own_device, conflict.get("names")))
        label.setToolTip(origin_tip(conflict[side], conflict.get("names")))

    # -- choices --------------------------------------------------------------------------

    def resolve(self, keep: str, value: Any = None) -> None:
        """Settle the conflict on screen (and, when asked, the others of its kind)."""
        conflict = self.current()
        if conflict is None:
            return
        targets = [conflict["id"]]
        if self.apply_all.isChecked() and keep != "value":
            targets += [c["id"] for c in self.conflicts
                        if c["id"] != conflict["id"] and c["kind"] == conflict["kind"]]
        author = self._ops.author
        tables = {c["tbl"] for c in self.conflicts if c["id"] in targets}

        if conflict["kind"] == REFUSED and keep == "loser":
            self._set_enabled(False)
            self._ops.write(lambda w: sum(bring_back_refused(w, conflict_id) for conflict_id in targets),
                            lambda _n: self._set_enabled(True), failed=self._resolve_failed,
                            tables=tables | {"conflicts"})
            return

        def work(store: Any) -> int:
            replication = replication_for(store)
            for conflict_id in targets:
                replication.resolve_conflict(conflict_id, keep=keep, value=value, author=author)
            return len(targets)

        self._set_enabled(False)
        self._ops.with_store(work, lambda _n: self._set_enabled(True),
                             failed=self._resolve_failed, tables=tables)

    def _resolve_failed(self, error: BaseException, trace: str) -> None:
        self._set_enabled(True)
        self._ops.sig_failed.emit(error, trace)
        self.refresh()

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.keep_button, self.other_button):
            button.setEnabled(enabled)
        if not enabled:
            self.merge_button.setEnabled(False)
        else:
            self._selected(self.list.currentRow())

    @Slot()
    def merge(self) -> None:
        """Combine both values: the union of two lists, or a text a person edits."""
        conflict = self.current()
        if conflict is None:
            return
        kind = field_kind(conflict["tbl"], conflict["field"])
        if kind is Kind.LIST:
            self.resolve("value", merged_list(conflict["winner_value"], conflict["loser_value"]))
            return
        dialog = MergeDialog(str(conflict["winner_value"] or ""), str(conflict["loser_value"] or ""),
                             parent=self)
        dialog.accepted.connect(lambda: self.resolve("value", dialog.value()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.merge_dialog = dialog
        dialog.open()


__all__ = ["ConflictsPage", "MergeDialog", "display_value", "merged_list", "origin"]
