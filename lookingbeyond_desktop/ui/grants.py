"""The Grants page: seed funding to regional lead organizations and its status workflow
(proposed → approved → disbursed → report received → closed, one step at a time)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.domain import vocabulary
from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui import labels, undo
from lookingbeyond_desktop.ui.activities import meeting_choices
from lookingbeyond_desktop.ui.entry import DateField
from lookingbeyond_desktop.ui.forms import ERROR_STYLE, FieldDef, FieldForm, tr_field
from lookingbeyond_desktop.ui.history import HistoryView
from lookingbeyond_desktop.ui.list_filters import Choice, CountryChoice, FilterRow, Period
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.organizations.editor import theme_choices
from lookingbeyond_desktop.ui.pickers import RecordPicker
from lookingbeyond_desktop.ui.record_page import RecordEditor, RecordListPage
from lookingbeyond_desktop.ui.errors import problem_text
from lookingbeyond_desktop.ui.layout import forward_arrow

GRANT_FIELDS = (
    FieldDef("amount", "Amount", "decimal", placeholder="15000.00"),
    FieldDef("currency", "Currency", placeholder="USD"),
    FieldDef("purpose", "Purpose", "long"),
    FieldDef("follows_meeting", "Follows the meeting", "choice", meeting_choices),
    FieldDef("approved_on", "Approved on", "date"),
    FieldDef("disbursed_on", "Disbursed on", "date"),
    FieldDef("report_received_on", "Report received on", "date"),
    FieldDef("notes", "Notes", "long"),
)
FIELD_LABELS = {f.name: f.label for f in GRANT_FIELDS} | {
    "status": "Status", "organization_id": "Organization", "activity_ids": "Activities paid for"}
DATE_OF_STATUS = {"approved": "approved_on", "disbursed": "disbursed_on",
                  "report_received": "report_received_on"}
#: The date a step's date cannot precede (domain/validation.py: _grant's in_order rules).
PREVIOUS_DATE = {"disbursed_on": "approved_on", "report_received_on": "disbursed_on"}


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


class StepDateDialog(QDialog):
    """Asks the date of a grant's workflow step: today by default (or the date the step
    already had), typed or picked from a calendar; never in the future, never before the
    previous step's date.  ``chosen`` holds the date once accepted."""

    def __init__(self, step: str, field: str, *, shown: dt.date | None,
                 earliest: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grantStepDialog")
        self.setWindowTitle(self.tr("Mark as %1").replace("%1", step))
        self.earliest = earliest
        self.chosen: dt.date | None = None
        today = dt.date.today()
        self.latest = max(today, earliest) if earliest else today
        explain = QLabel(self.tr("On which date was this step taken?"), self)
        explain.setWordWrap(True)
        self.date = DateField(parent=self)
        self.date.setObjectName("grantStepDate")
        self.date.set_iso(shown or min(max(today, earliest or today), self.latest))
        self.error = QLabel(self)
        self.error.setObjectName("grantStepError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.date.textEdited.connect(lambda _text: self.error.hide())
        form = QFormLayout()
        label = QLabel(field, self)
        label.setBuddy(self.date)
        form.addRow(label, self.date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Mark as %1").replace("%1", step))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.date.setFocus()
        self.date.selectAll()

    def problem(self) -> str:
        """What is wrong with the date typed ('' when it can be used)."""
        chosen = self.date.date()
        if chosen is None:
            return self.tr("Type a date, or press F4 to pick one from a calendar.")
        if chosen > self.latest:
            return self.tr("The date cannot be in the future.")
        if self.earliest and chosen < self.earliest:
            return self.tr("The date cannot be before the previous step (%1).").replace(
                "%1", self.earliest.isoformat())
        return ""

    def accept(self) -> None:
        """Close with the date, or say next to the field why it cannot be used."""
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.date.setFocus()
            return
        self.chosen = self.date.date()
        super().accept()


def _rlos(connection: Any, typed: str) -> list[tuple[str, str]]:
    return browse.find_organizations(connection, typed, rlo_only=True)


class GrantEditor(RecordEditor):
    """Edits one grant and moves it through its workflow."""

    TABLE = "grants"
    ID_ATTR = "grant_id"

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, parent: QWidget | None = None) -> None:
        self.grant_id: str | None = None
        super().__init__(ops, undo_stack, object_name="grantEditor", parent=parent)
        self.activity_ids: list[str] = []
        self.step_dialog: StepDateDialog | None = None  # the date of a workflow step, asked

        self.title = self._make_title()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("grantStatus")
        self.status_label.setStyleSheet("font-size: 11pt;")
        self.status_label.setWordWrap(True)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("grantBack")
        self.back_button.clicked.connect(lambda: self.move_status(-1))
        self.advance_button = QPushButton(self)
        self.advance_button.setObjectName("grantAdvance")
        self.advance_button.clicked.connect(lambda: self.move_status(1))
        steps = QHBoxLayout()
        steps.addStretch(1)
        steps.addWidget(self.back_button)
        steps.addWidget(self.advance_button)
        flow = QVBoxLayout()  # the trail on its own line: it fits a narrow editor
        flow.addWidget(self.status_label)
        flow.addLayout(steps)

        self.organization = RecordPicker(ops, _rlos, parent=self)
        self.organization.setObjectName("grantOrganization")
        self.organization.setPlaceholderText(self.tr("Type the name of a regional lead organization"))
        self.organization.sig_chosen.connect(lambda _id: self._set_dirty(True))
        self.organization_error = QLabel(self)
        self.organization_error.setStyleSheet(ERROR_STYLE)
        self.organization_error.hide()
        self.form = FieldForm(GRANT_FIELDS, parent=self)
        self.form.sig_edited.connect(lambda: self._set_dirty(True))
        self.activities_list = QListWidget(self)
        self.activities_list.setObjectName("grantActivities")
        self.activities_list.setMaximumHeight(110)
        self.activity_picker = RecordPicker(ops, browse.find_activities, parent=self)
        self.activity_picker.setPlaceholderText(self.tr("Type part of an activity's title to link it"))
        self.activity_picker.sig_chosen.connect(self._link_activity)
        self.unlink_button = QPushButton(self.tr("Unlink"), self)
        self.unlink_button.clicked.connect(self._unlink_activity)
        top = QWidget(self)
        top_form = QFormLayout(top)
        top_form.setContentsMargins(0, 0, 0, 0)
        org_box = QVBoxLayout()
        org_box.addWidget(self.organization)
        org_box.addWidget(self.organization_error)
        top_form.addRow(self.tr("Organization"), org_box)
        activities_box = QVBoxLayout()
        activities_box.addWidget(self.activities_list)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.activity_picker, 1)
        picker_row.addWidget(self.unlink_button)
        activities_box.addLayout(picker_row)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(top)
        details_layout.addWidget(self.form)
        links = QFormLayout()
        links.addRow(self.tr("Activities paid for"), activities_box)
        details_layout.addLayout(links)
        details_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)
        self.history = HistoryView(field_labels=FIELD_LABELS, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(self.history, self.tr("History"))
        row = self._make_footer(self.tr("&Save"), self.tr("Re&vert"))
        self._finish_layout(flow, row)

    # -- loading --------------------------------------------------------------------------

    def new(self) -> None:
        """An empty grant (proposed)."""
        self.grant_id = None
        self.record = {"status": "proposed", "currency": "USD"}
        self.form.set_values(self.record)
        self.organization.set_choice(None, "")
        self._set_activities([], {})
        self.title.setText(self.tr("New grant"))
        self.history.show_entries([])
        self._show_status()
        self._set_dirty(False)

    def load(self, grant_id: str) -> None:
        """Show one grant."""
        self.grant_id = grant_id

        def work(connection: Any) -> dict[str, Any]:
            record = browse.record(connection, "grants", grant_id)
            if record is None:
                return {"record": None}
            return {
                "record": record,
                "organization": browse.organization_labels(connection, [record["organization_id"]]),
                "activities": browse.activity_labels(connection, record["activity_ids"] or []),
                "history": browse.history(connection, "grants", grant_id),
            }

        self._ops.read(work, lambda found: self._loaded(grant_id, found),
                       key=f"grant-editor-{id(self)}")

    def _loaded(self, grant_id: str, found: dict[str, Any]) -> None:
        if grant_id != self.grant_id or found["record"] is None:
            return
        self.record = found["record"]
        self.form.set_values(self.record)
        org_id = self.record["organization_id"]
        self.organization.set_choice(org_id, found["organization"].get(org_id, org_id))
        self.organization.setCursorPosition(0)  # a long name shows its start
        self._set_activities(list(self.record["activity_ids"] or []), found["activities"])
        self.title.setText(self.tr("%1 %2 — %3").replace("%1", format(self.record["amount"], ",f"))
                           .replace("%2", self.record["currency"])
                           .replace("%3", found["organization"].get(org_id, "")))
        self.history.show_entries(found["history"])
        self._show_status()
        self._set_dirty(False)
        self.organization_error.hide()
        self.sig_loaded.emit(grant_id)

    def _set_activities(self, ids: list[str], names: dict[str, str]) -> None:
        self.activity_ids = ids
        self.activities_list.clear()
        for activity_id in ids:
            item = QListWidgetItem(names.get(activity_id, activity_id), self.activities_list)
            item.setData(Qt.ItemDataRole.UserRole, activity_id)

    @Slot(str)
    def _link_activity(self, activity_id: str) -> None:
        if activity_id not in self.activity_ids:
            self.activity_ids.append(activity_id)
            item = QListWidgetItem(self.activity_picker.text(), self.activities_list)
            item.setData(Qt.ItemDataRole.UserRole, activity_id)
            self._set_dirty(True)
        self.activity_picker.clear()

    @Slot()
    def _unlink_activity(self) -> None:
        row = self.activities_list.currentRow()
        if row >= 0:
            item = self.activities_list.takeItem(row)
            self.activity_ids.remove(item.data(Qt.ItemDataRole.UserRole))
            self._set_dirty(True)

    def _show_status(self) -> None:
        status = self.record.get("status", "proposed")
        step = vocabulary.GRANT_FLOW.index(status)
        trail = f" {forward_arrow(self)} ".join(
            (f"<b>{labels.grant_status(code)}</b>" if code == status else labels.grant_status(code))
            for code in vocabulary.GRANT_FLOW)
        self.status_label.setText(trail)
        saved = self.grant_id is not None
        if step + 1 < len(vocabulary.GRANT_FLOW):
            nxt = vocabulary.GRANT_FLOW[step + 1]
            self.advance_button.setText(self.tr("Mark as %1").replace("%1", labels.grant_status(nxt)))
            self.advance_button.setEnabled(saved)
        else:
            self.advance_button.setText(self.tr("Closed"))
            self.advance_button.setEnabled(False)
        self.back_button.setText(self.tr("Step back"))
        self.back_button.setEnabled(saved and step > 0)

    @Slot(object)
    def _data_changed(self, tables: frozenset[str]) -> None:
        if self.grant_id and not self.dirty and "grants" in tables:
            self.load(self.grant_id)

    # -- saving ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The grant's values as edited."""
        return {**self.form.values(), "organization_id": self.organization.chosen_id,
                "activity_ids": list(self.activity_ids)}

    def _create_text(self, values: dict[str, Any]) -> str:
        return self.tr("Create grant")

    def _edit_text(self, values: dict[str, Any]) -> str:
        return self.tr("Edit grant")

    def move_status(self, step: int) -> None:
        """Move the saved grant one step forward or back.  A step forward that has a date
        (approved, disbursed, report received) first asks for it (:class:`StepDateDialog`);
        Cancel changes nothing."""
        if self.grant_id is None:
            return
        current = vocabulary.GRANT_FLOW.index(self.record.get("status", "proposed"))
        target = vocabulary.GRANT_FLOW[current + step]
        date_field = DATE_OF_STATUS.get(target)
        if step < 0 or not date_field:
            self._write_step(target, {"status": target})
            return
        edited = self.form.values()  # the dates as shown, saved or not
        dialog = StepDateDialog(
            labels.grant_status(target), tr_field(FIELD_LABELS[date_field]),
            shown=_as_date(edited.get(date_field)),
            earliest=_as_date(edited.get(PREVIOUS_DATE.get(date_field, ""))), parent=self)
        dialog.accepted.connect(
            lambda: self._write_step(target, {"status": target, date_field: dialog.chosen}))
        self.step_dialog = dialog
        dialog.open()

    def _write_step(self, target: str, changes: dict[str, Any]) -> None:
        """Write ``changes`` (one undo step), once the person has said what to do with
        unsaved edits (ui/leave.py)."""
        if self.grant_id is None:
            return
        grant_id = self.grant_id

        def done(change: tuple[dict[str, Any], dict[str, Any]]) -> None:
            if change[1]:
                self._undo.push(undo.edit_command(
                    self._ops, self.tr("Grant: %1").replace("%1", labels.grant_status(target)),
                    "grants", grant_id, *change))
            self.load(grant_id)

        def go() -> None:
            self._ops.write(lambda w: undo.prepare_update(w, "grants", grant_id, changes), done,
                            failed=self._failed, tables={"grants"})

        self.leave(go)  # unsaved edits: Save / Discard / Cancel first, never saved silently

    def _failed(self, error: BaseException, trace: str) -> None:
        if not isinstance(error, ValidationError):
            self._ops.sig_failed.emit(error, trace)
            return
        org_errors = [e for e in error.errors if e.field == "organization_id"]
        self.organization_error.setText("\n".join(
            self.tr("Organization %1").replace("%1", problem_text(e)) for e in org_errors))
        self.organization_error.setVisible(bool(org_errors))
        self.form.show_errors([e for e in error.errors if e.field != "organization_id"])


class GrantsPage(RecordListPage):
    """The list of grants beside the editor."""

    TABLE = "grants"
    WATCHED = frozenset({"grants", "organizations"})
    editor: GrantEditor

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, parent: QWidget | None = None) -> None:
        super().__init__(ops, undo_stack, object_name="grantsPage", parent=parent)
        self._build(
            search_name="grantSearch",
            placeholder=self.tr("Search purpose or organization…"),
            columns=[
                (self.tr("Organization"), lambda r: r["organization"]),
                (self.tr("Country"), lambda r: labels.country(r["country"])),
                (self.tr("Amount"), lambda r: f"{float(r['amount']):,.2f} {r['currency']}"),
                (self.tr("Status"), lambda r: labels.grant_status(r["status"])),
                (self.tr("Follows"), lambda r: labels.meeting(r["follows_meeting"])),
            ],
            table_name="grantsTable",
            widths=(300, 120, 120, 120, 100),
            make_editor=lambda: GrantEditor(ops, undo_stack, parent=self),
            new_text=self.tr("&New grant"),
            new_slot=self.new_grant,
            delete_text=self.tr("&Delete"),
            filters=self._make_filters,
        )

    def _make_filters(self, search: QLineEdit) -> FilterRow:
        """Approval period, the organization's country and thematic area, status, currency."""
        period = self.tr("Grants approved in this period (either date may stay empty); a "
                         "grant not yet approved has no approval date and is left out while "
                         "a date is set. Type a date or press F4 for a calendar.")
        return FilterRow(self._ops, search, table="grants", kind=browse.GrantFilter, specs=(
            Period(self.tr("Approved from"), self.tr("Approved until"), period),
            CountryChoice("country", self.tr("All countries"),
                          self.tr("The organization's country: type a country's name in any "
                                  "UN language, or its code")),
            Choice("theme", "themeFilter", self.tr("All thematic areas"), theme_choices,
                   tooltip=self.tr("The organization's thematic areas (a grant has none of its "
                                   "own); an area includes its sub-themes")),
            Choice("status", "statusFilter", self.tr("All statuses"),
                   lambda: [(code, labels.grant_status(code)) for code in vocabulary.GRANT_FLOW]),
            Choice("currency", "currencyFilter", self.tr("All currencies"),
                   query=lambda c: [(code, code) for code in browse.grant_currencies(c)],
                   table="grants"),
        ), parent=self)

    def _rows(self, connection: Any, typed: Any) -> list[dict[str, Any]]:
        return browse.grant_rows(connection, typed)

    def _count_text(self, count: int) -> str:
        return self.tr("%n grant(s)", "", count)

    def _filtered_count_text(self, count: int, total: int) -> str:
        return self.tr("%1 of %n grant(s)", "", total).replace("%1", str(count))

    def _delete_text(self, count: int) -> str:
        return self.tr("Delete %n grant(s)", "", count)

    def _delete_question(self, count: int) -> str:
        return self.tr("Delete %n grant(s)? They go to the Trash.", "", count)

    @Slot()
    def new_grant(self) -> None:
        """Start a new grant."""
        self._start_new()
        self.editor.organization.setFocus()
