"""The organization editor: every field with its message beside it, the organization's
contacts, its activity history and its change history.

A new organization is checked against the registry before it is saved (docs/duplicates.md,
"Before a duplicate is made"): while the name is typed, a line says what it looks like;
at Save, likely existing matches are shown (ui/duplicate_warning.py) and the person opens
the existing one instead — what was typed is kept, one click away — saves anyway, or goes
back to the form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.domain import reference, vocabulary
from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.store.duplicates import Likely
from lookingbeyond_desktop.ui import labels, undo
from lookingbeyond_desktop.ui.duplicate_warning import (
    DuplicateWarning,
    checker_for,
    match_text,
)
from lookingbeyond_desktop.ui.forms import FieldDef, FieldForm
from lookingbeyond_desktop.ui.devices import hq_user
from lookingbeyond_desktop.ui.erased import (
    consent_text,
    erasure_failure_text,
    is_erased,
    mark_item,
)
from lookingbeyond_desktop.ui.history import HistoryView
from lookingbeyond_desktop.ui.ops import Files, Ops
from lookingbeyond_desktop.ui.organizations.model import AT_RISK_COLOR, AT_RISK_MARK
from lookingbeyond_desktop.ui.record_page import RecordEditor


def _org_types() -> list[tuple[str, str]]:
    return [(code, labels.org_type(code)) for code in vocabulary.ORG_TYPES]


def _ecosoc() -> list[tuple[str, str]]:
    return [(code, labels.tr_vocabulary(label)) for code, label in vocabulary.ECOSOC_STATUSES.items()]


def country_choices() -> list[tuple[str, str]]:
    """(code, "Name (code)") of every country, by name."""
    pairs = [(code, f"{labels.country(code)} ({code})") for code in reference.countries()]
    return sorted(pairs, key=lambda pair: pair[1])


def region_choices() -> list[tuple[str, str]]:
    """The five UN M49 regions and their sub-regions."""
    return [(code, ("" if r.kind == "region" else "   ") + labels.region(code))
            for code, r in reference.regions().items() if r.kind != "intermediate"]


def theme_choices() -> list[tuple[str, str]]:
    """Thematic areas with their sub-themes indented."""
    return [(code, ("" if t.parent is None else "   ") + labels.theme(code))
            for code, t in reference.themes().items()]


def network_choices() -> list[tuple[str, str]]:
    """Partner networks by name."""
    return [(code, labels.tr_reference(n.name)) for code, n in reference.networks().items()]


ORGANIZATION_FIELDS = (
    FieldDef("name", "Name"),
    FieldDef("aliases", "Other names", "list"),
    FieldDef("acronym", "Acronym"),
    FieldDef("org_type", "Type", "choice", _org_types, optional=False),
    FieldDef("country", "Country", "country", country_choices),
    FieldDef("cities", "Cities", "list"),
    FieldDef("themes", "Thematic areas", "checks", theme_choices),
    FieldDef("networks", "Networks", "checks", network_choices),
    FieldDef("is_rlo", "Regional lead organization", "bool"),
    FieldDef("rlo_region", "RLO region", "choice", region_choices),
    FieldDef("ecosoc_status", "ECOSOC status", "choice", _ecosoc, optional=False),
    FieldDef("at_risk", "At risk", "bool"),
    FieldDef("email", "E-mail", placeholder="name@example.org"),
    FieldDef("phone", "Phone"),
    FieldDef("website", "Website", placeholder="www.example.org"),
    FieldDef("address", "Address", "long"),
    FieldDef("verified_on", "Verified on", "date"),
    FieldDef("notes", "Notes", "long"),
)
CONTACT_FIELDS = (
    FieldDef("full_name", "Full name"),
    FieldDef("position", "Position"),
    FieldDef("email", "E-mail", placeholder="name@example.org"),
    FieldDef("phone", "Phone"),
    FieldDef("consent_on", "Consent given on", "date"),
    FieldDef("notes", "Notes", "long"),
)
FIELD_LABELS = {f.name: f.label for f in ORGANIZATION_FIELDS}
NEW_ORGANIZATION: dict[str, Any] = {"org_type": "ngo", "ecosoc_status": "none"}
#: How long typing pauses before the name is looked up in the registry (milliseconds).
HINT_DELAY_MS = 600
HINT_STYLE = "color: #8a4b00;"


class RecordDialog(QDialog):
    """A small record (contact, participation) in a form; saved by the caller's ``save``."""

    def __init__(self, title: str, fields: tuple[FieldDef, ...], values: dict[str, Any],
                 save: Callable[[dict[str, Any], RecordDialog], None], *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("recordDialog")
        self.form = FieldForm(fields, parent=self)
        self.form.set_values(values)
        self._save = save
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    @Slot()
    def _on_save(self) -> None:
        self._save(self.form.values(), self)

    def failed(self, error: BaseException) -> bool:
        """Show a validation error in the form; False for other failures."""
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
            return True
        return False


class OrganizationEditor(RecordEditor):
    """Edits one organization; ``sig_saved(id)`` after a save."""

    sig_dirty = Signal(bool)
    sig_erased = Signal(str)  # headquarters erased a contact's data (the day, ISO)
    TABLE = "organizations"
    ID_ATTR = "org_id"

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, parent: QWidget | None = None) -> None:
        self.org_id: str | None = None
        super().__init__(ops, undo_stack, object_name="organizationEditor", parent=parent)
        self.dialog: RecordDialog | None = None
        self.contacts: list[dict[str, Any]] = []
        # Before a duplicate is made: the checker, the line while typing, the warning at
        # Save, and a new organization set aside when the existing one was opened instead.
        self.duplicates = checker_for(ops)
        self.duplicates.sig_ready.connect(self._schedule_hint)
        self.duplicate_box: DuplicateWarning | None = None
        self.hint_hits: list[Likely] = []
        self.draft: dict[str, Any] | None = None
        self.checking = False
        self._generation = 0  # a new record or another one shown: older answers are dropped
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self._look_up_hint)
        self.hint = QLabel(self)
        self.hint.setObjectName("duplicateHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.linkActivated.connect(lambda _link: self.show_hint_matches())
        self.hint.hide()
        self.draft_bar = QFrame(self)
        self.draft_bar.setObjectName("draftBar")
        self.draft_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.draft_label = QLabel(self.draft_bar)
        self.draft_label.setWordWrap(True)
        self.back_to_draft = QPushButton(self.tr("&Back to it"), self.draft_bar)
        self.back_to_draft.setObjectName("backToDraft")
        self.back_to_draft.clicked.connect(self.restore_draft)
        self.drop_draft = QPushButton(self.tr("Discard it"), self.draft_bar)
        self.drop_draft.setObjectName("discardDraft")
        self.drop_draft.clicked.connect(self.discard_draft)
        draft_row = QHBoxLayout(self.draft_bar)
        draft_row.setContentsMargins(6, 2, 6, 2)
        draft_row.addWidget(self.draft_label, 1)
        draft_row.addWidget(self.back_to_draft)
        draft_row.addWidget(self.drop_draft)
        self.draft_bar.hide()
        notes = QVBoxLayout()
        notes.setContentsMargins(0, 0, 0, 0)
        notes.addWidget(self.draft_bar)
        notes.addWidget(self.hint)

        self.title = self._make_title()
        self.title.setObjectName("editorTitle")
        self.form = FieldForm(ORGANIZATION_FIELDS, parent=self)
        self.form.sig_edited.connect(self._edited)
        self.at_risk_note = self._explain_at_risk()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)

        self.contacts_table = _table(self, [self.tr("Name"), self.tr("Position"), self.tr("E-mail"),
                                            self.tr("Phone"), self.tr("Consent")])
        self.contacts_table.setObjectName("contactsTable")
        self.contacts_table.doubleClicked.connect(self.edit_contact)
        self.add_contact_button = QPushButton(self.tr("&Add contact…"), self)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.delete_contact_button = QPushButton(self.tr("Delete contact"), self)
        self.delete_contact_button.clicked.connect(self.delete_contact)
        self.contacts_hint = QLabel(self.tr("Save the organization to add its contacts."), self)
        self.contacts_at_risk = QLabel(self.tr(
            "%1 This organization is at risk: these people's contact details stay on "
            "headquarters' and this office's computers. They are not sent to partners' "
            "computers, and exports and reports leave them out unless you ask for them by "
            "name.").replace("%1", AT_RISK_MARK), self)
        self.contacts_at_risk.setObjectName("contactsAtRisk")
        self.contacts_at_risk.setWordWrap(True)
        self.contacts_at_risk.setStyleSheet(f"color: {AT_RISK_COLOR};")
        self.contacts_at_risk.hide()
        contacts_page = QWidget(self)
        contacts_layout = QVBoxLayout(contacts_page)
        contacts_layout.addWidget(self.contacts_hint)
        contacts_layout.addWidget(self.contacts_at_risk)
        contacts_layout.addWidget(self.contacts_table)
        # The right to be forgotten (issue 13): for hq users only (_role_known).
        self.erase_contact_button = QPushButton(self.tr("Erase Personal Data…"), self)
        self.erase_contact_button.setObjectName("eraseContactButton")
        self.erase_contact_button.clicked.connect(self.ask_erase_contact)
        self.erase_contact_button.hide()
        self.contacts_status = QLabel("", self)
        self.contacts_status.setObjectName("contactsStatus")
        self.contacts_status.setWordWrap(True)
        self.contacts_status.hide()
        self.contacts_table.itemSelectionChanged.connect(self._contact_selected)
        self.may_erase = self.erasing = False
        self.erase_org: str | None = None  # the organization whose contact is being erased
        self.erase_target: str | None = None
        self.erasure: Files | None = None  # the request to headquarters, off the GUI thread
        self.erase_box: QMessageBox | None = None
        self.erased_box: QMessageBox | None = None
        self.erase_failed_box: QMessageBox | None = None
        row = QHBoxLayout()
        for button in (self.add_contact_button, self.edit_contact_button,
                       self.delete_contact_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.erase_contact_button)
        contacts_layout.addLayout(row)
        contacts_layout.addWidget(self.contacts_status)

        self.activities_table = _table(self, [self.tr("Date"), self.tr("Activity"), self.tr("Type"),
                                              self.tr("Role"), self.tr("Representatives")])
        self.activities_table.setObjectName("organizationActivities")
        self.history = HistoryView(field_labels=FIELD_LABELS, parent=self)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(contacts_page, self.tr("Contacts"))
        self.tabs.addTab(self.activities_table, self.tr("Activities"))
        self.tabs.addTab(self.history, self.tr("History"))

        buttons = self._make_footer(self.tr("&Save"), self.tr("Re&vert"), default=True)
        self._finish_layout(notes, buttons)

    def _explain_at_risk(self) -> QLabel:
        """The at-risk checkbox says what it does in a line under it (wrapped: the words
        never widen the form on a small screen)."""
        box = self.form.widgets["at_risk"]
        assert isinstance(box, QCheckBox)
        box.setText(self.tr("Protect its people's contact details"))
        note = QLabel(self.tr(
            "For people in danger if their names were known. Only headquarters and the office "
            "of its country receive their contact details, never partners or other "
            "countries' offices. Exports and reports leave them out unless you ask for them "
            "by name."), self.form)
        note.setObjectName("atRiskNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        holder = box.parentWidget()
        assert holder is not None
        column = holder.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(1, note)
        return note

    # -- loading --------------------------------------------------------------------------

    def new(self) -> None:
        """An empty organization, not saved until Save."""
        self._forget_checks()
        self.org_id = None
        self.record = dict(NEW_ORGANIZATION)
        self.form.set_values(self.record)
        self.title.setText(self.tr("New organization"))
        self._show_related({"contacts": [], "activities": [], "history": []})
        self._set_dirty(False)
        self.tabs.setCurrentIndex(0)

    def load(self, org_id: str) -> None:
        """Show the organization ``org_id`` (fetched on the worker)."""
        if org_id != self.org_id:
            self._forget_checks()
        self.org_id = org_id

        def work(connection: Any) -> dict[str, Any]:
            return {
                "record": browse.record(connection, "organizations", org_id),
                "contacts": browse.contacts_of(connection, org_id),
                "activities": browse.activities_of(connection, org_id),
                "history": browse.history(connection, "organizations", org_id),
            }

        self._ops.read(work, lambda found: self._loaded(org_id, found), key=f"org-editor-{id(self)}")

    def _loaded(self, org_id: str, found: dict[str, Any]) -> None:
        if org_id != self.org_id or found["record"] is None:
            return
        self.record = found["record"]
        self.form.set_values(self.record)
        self.title.setText(self.record["name"])
        self._show_related(found)
        self._set_dirty(False)
        self.sig_loaded.emit(org_id)

    def _show_related(self, found: dict[str, Any]) -> None:
        self.contacts = found["contacts"]
        saved = self.org_id is not None
        for widget in (self.add_contact_button, self.edit_contact_button,
                       self.delete_contact_button):
            widget.setEnabled(saved)
        self.contacts_hint.setVisible(not saved)
        # Says what the saved record is (not an unsaved tick in the form).
        at_risk = saved and bool(self.record.get("at_risk"))
        self.contacts_at_risk.setVisible(at_risk)
        _fill(self.contacts_table, [
            (c["full_name"], c["position"] or "", c["email"] or "", c["phone"] or "",
             consent_text(c)) for c in self.contacts])
        self._show_contact_marks()
        _fill(self.activities_table, [
            (str(a["start_date"]), a["title"], labels.activity_type(a["activity_type"]),
             labels.role(a["role"]), str(a["representatives"])) for a in found["activities"]])
        self.history.show_entries(found["history"])
        title = self.tr("Contacts (%1)").replace("%1", str(len(self.contacts)))
        self.tabs.setTabText(1, f"{AT_RISK_MARK} {title}" if at_risk else title)

    @Slot(object)
    def _data_changed(self, tables: frozenset[str]) -> None:
        if self.org_id and not self.dirty and tables & {"organizations", "contacts",
                                                          "participations", "activities"}:
            self.load(self.org_id)

    def _edited(self) -> None:
        self._set_dirty(True)
        if self.org_id is None:
            self.duplicates.warm()  # the registry's index, built while the form is filled in
            self._schedule_hint()

    def _set_dirty(self, dirty: bool) -> None:
        super()._set_dirty(dirty)
        self.sig_dirty.emit(dirty)

    @Slot()
    def revert(self) -> None:
        """Forget unsaved edits."""
        if self.org_id:
            self._set_dirty(False)
            self.load(self.org_id)
        else:
            self.new()

    # -- saving ---------------------------------------------------------------------------

    def save(self, then: Any = None) -> None:
        """Save the record; ``then`` runs after success.  A new organization is first
        checked against the registry (off the GUI thread): when it looks like existing
        ones, the person chooses before anything is written (:meth:`warn`)."""
        values = self.values()
        if self.org_id is not None or not str(values.get("name") or "").strip():
            super().save(then)  # an edit, or a form the rules will refuse anyway
            return
        if self.checking:
            return  # Save pressed again while the check runs
        self.checking = True
        self.save_button.setEnabled(False)
        generation = self._generation

        def still_checking() -> None:  # said only when the check takes a while
            if self.checking and generation == self._generation:
                self._show_hint(self.tr("Looking for this organization in the registry…"))

        QTimer.singleShot(300, self, still_checking)

        def done(result: tuple[list[Any], list[Likely]]) -> None:
            if generation != self._generation:
                return  # another record is shown now; this one keeps its edits
            self._checked()
            errors, hits = result
            if errors:
                self._failed(ValidationError(errors), "")
            elif hits:
                self.warn(hits, then)
            else:
                super(OrganizationEditor, self).save(then)

        def failed(error: BaseException, trace: str) -> None:
            # The check is a help: when it cannot run, the save still does, and the
            # failure is reported as any other.
            if generation == self._generation:
                self._checked()
                super(OrganizationEditor, self).save(then)
            self._ops.sig_failed.emit(error, trace)

        self.duplicates.check(values, done, failed=failed)

    def _checked(self) -> None:
        self.checking = False
        self.save_button.setEnabled(self.dirty)
        self._show_hits(self.hint_hits)

    def warn(self, hits: list[Likely], then: Any = None) -> DuplicateWarning:
        """Show the likely existing matches of the new organization: *Open* shows the
        existing one instead (what was typed is set aside, see :meth:`restore_draft`),
        *Save as a new organization* saves (then runs ``then``), *Cancel* goes back to the
        form with nothing saved."""
        name = str(self.values().get("name") or "")
        box = DuplicateWarning(name, hits, parent=self)
        self.duplicate_box = box

        def forget() -> None:
            self.duplicate_box = None
            box.deleteLater()

        def save() -> None:
            forget()
            super(OrganizationEditor, self).save(then)

        def open_existing(org_id: str) -> None:
            forget()
            self.open_instead(org_id)

        def back() -> None:
            forget()
            self.form.widgets["name"].setFocus(Qt.FocusReason.OtherFocusReason)

        box.sig_save.connect(save)
        box.sig_open.connect(open_existing)
        box.sig_back.connect(back)
        box.open()
        return box

    def open_instead(self, org_id: str) -> None:
        """Show the existing organization ``org_id`` instead of the new one being typed,
        which is set aside, not lost: a bar above the form brings it back (or drops it)."""
        values = self.values()
        self.draft = values
        name = str(values.get("name") or "").strip()
        self.draft_label.setText(self.tr("Your new organization “%1” was not saved.")
                                 .replace("%1", name))
        self.draft_label.setToolTip(name)
        self.draft_bar.show()
        self._set_dirty(False)
        self.load(org_id)

    @Slot()
    def restore_draft(self) -> None:
        """Bring back the new organization set aside (asking first when the organization
        shown has edits of its own)."""
        draft = self.draft
        if draft is None:
            return

        def restore() -> None:
            self.draft = None
            self.draft_bar.hide()
            self.new()
            self.form.set_values(draft)
            self._set_dirty(True)
            self.form.widgets["name"].setFocus(Qt.FocusReason.OtherFocusReason)
            self._schedule_hint()

        self.leave(restore)

    @Slot()
    def discard_draft(self) -> None:
        """Forget the new organization set aside."""
        self.draft = None
        self.draft_bar.hide()

    # -- the line while typing ---------------------------------------------------------

    def _forget_checks(self) -> None:
        self._generation += 1
        self._hint_timer.stop()
        self.checking = False
        self.hint_hits = []
        self.hint.hide()

    @Slot()
    def _schedule_hint(self) -> None:
        if self.org_id is None and self.dirty:
            self._hint_timer.start()

    @Slot()
    def _look_up_hint(self) -> None:
        values = self.values()
        if self.org_id is not None or not str(values.get("name") or "").strip():
            self._show_hits([])
            return
        generation = self._generation

        def done(result: tuple[list[Any], list[Likely]] | None) -> None:
            if result is not None and generation == self._generation and not self.checking:
                self._show_hits(result[1])

        # Only once the index is built (it is being built in the background): a hint never
        # makes the worker build it all in one go.
        self.duplicates.check(values, done, key=f"duplicate-hint-{id(self)}",
                              only_when_ready=True,
                              failed=lambda _error, _trace: self._show_hits([]))

    def _show_hits(self, hits: list[Likely]) -> None:
        self.hint_hits = list(hits)
        if not hits or self.org_id is not None:
            self.hint.hide()
            return
        first = match_text(hits[0])
        text = (self.tr("Looks like %1.").replace("%1", first) if len(hits) == 1 else
                self.tr("Looks like %1, and %n more.", "", len(hits) - 1).replace("%1", first))
        link = self.tr("Show…")
        self._show_hint(f"{_html(text)} <a href=\"show\">{_html(link)}</a>")

    def _show_hint(self, html: str) -> None:
        self.hint.setText(html)
        self.hint.show()

    @Slot()
    def show_hint_matches(self) -> DuplicateWarning | None:
        """The warning for the matches the line names (its "Show…" link)."""
        if not self.hint_hits or self.org_id is not None:
            return None
        return self.warn(self.hint_hits)

    def _create_text(self, values: dict[str, Any]) -> str:
        return self.tr("Create “%1”").replace("%1", str(values.get("name") or ""))

    def _edit_text(self, values: dict[str, Any]) -> str:
        return self.tr("Edit “%1”").replace("%1", str(self.record.get("name") or ""))

    def _failed(self, error: BaseException, trace: str) -> None:
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
            self.tabs.setCurrentIndex(0)
            return
        self._ops.sig_failed.emit(error, trace)

    # -- contacts -------------------------------------------------------------------------

    @Slot()
    def add_contact(self) -> None:
        """Open the form of a new contact of this organization."""
        if self.org_id is None:
            return
        self._open_contact(None, {})

    @Slot()
    def edit_contact(self) -> None:
        """Open the selected contact's form."""
        row = self.contacts_table.currentRow()
        if 0 <= row < len(self.contacts):
            if is_erased(self.contacts[row]):  # nothing left to edit: say why
                self._explain_erased(self.contacts[row])
                return
            self._open_contact(self.contacts[row]["id"], self.contacts[row])

    def _open_contact(self, contact_id: str | None, values: dict[str, Any]) -> None:
        org_id = self.org_id
        assert org_id is not None

        def save(raw: dict[str, Any], dialog: RecordDialog) -> None:
            def failed(error: BaseException, trace: str) -> None:
                if not dialog.failed(error):
                    self._ops.sig_failed.emit(error, trace)

            if contact_id is None:
                raw = {**raw, "organization_id": org_id}
                self._ops.write(lambda w: w.create("contacts", raw),
                                lambda new_id: self._contact_saved(dialog, new_id, None, raw),
                                failed=failed, tables={"contacts"})
            else:
                self._ops.write(lambda w: undo.prepare_update(w, "contacts", contact_id, raw),
                                lambda change: self._contact_saved(dialog, contact_id, change, raw),
                                failed=failed, tables={"contacts"})

        title = self.tr("New contact") if contact_id is None else self.tr("Contact")
        self.dialog = RecordDialog(title, CONTACT_FIELDS, values, save, parent=self)
        self.dialog.open()

    def _contact_saved(self, dialog: RecordDialog, contact_id: str,
                       change: tuple[dict[str, Any], dict[str, Any]] | None,
                       raw: dict[str, Any]) -> None:
        name = str(raw.get("full_name") or "")
        if change is None:
            self._undo.push(undo.create_command(
                self._ops, self.tr("Add contact “%1”").replace("%1", name), "contacts", contact_id))
        elif change[1]:
            self._undo.push(undo.edit_command(
                self._ops, self.tr("Edit contact “%1”").replace("%1", name), "contacts",
                contact_id, *change))
        dialog.accept()

    @Slot()
    def delete_contact(self) -> None:
        """Delete the selected contact (to the Trash)."""
        row = self.contacts_table.currentRow()
        if not 0 <= row < len(self.contacts):
            return
        contact = self.contacts[row]
        contact_id = contact["id"]
        self._ops.write(
            lambda w: w.delete("contacts", contact_id),
            lambda _count: self._undo.push(undo.delete_command(
                self._ops, self.tr("Delete contact “%1”").replace("%1", contact["full_name"]),
                "contacts", [contact_id])),
            tables={"contacts"})

    # -- erasing a person's data (the right to be forgotten, issue 13) ----------------------

    def _selected_contact(self) -> dict[str, Any] | None:
        row = self.contacts_table.currentRow()
        return self.contacts[row] if 0 <= row < len(self.contacts) else None

    def _show_contact_marks(self) -> None:
        """Erased people in grey italics, and the erasure action for an hq user."""
        erased = [row for row, contact in enumerate(self.contacts) if is_erased(contact)]
        for row in erased:
            item = self.contacts_table.item(row, 0)
            if item is not None:
                mark_item(item, self.contacts[row]["erased_on"])
        if erased:  # the words in italics, not the empty name, set the column's width
            self.contacts_table.resizeColumnToContents(0)
        if self.erase_org != self.org_id:  # what was said about another organization
            self.erase_org = self.erase_target = None
            self._say("")
        elif not self.erasing and any(c["id"] == self.erase_target and is_erased(c)
                                      for c in self.contacts):
            self._say(self.tr("This person's data is erased, at headquarters and on this "
                              "computer."))
        self._ops.read(hq_user, self._role_known, key=f"org-editor-role-{id(self)}")
        self._contact_selected()

    def _role_known(self, hq: bool) -> None:
        self.may_erase = hq
        self.erase_contact_button.setVisible(hq)
        self._contact_selected()

    @Slot()
    def _contact_selected(self) -> None:
        contact = self._selected_contact()
        button = self.erase_contact_button
        button.setEnabled(self.may_erase and not self.erasing and contact is not None
                          and not is_erased(contact))
        if contact is not None and is_erased(contact):
            button.setToolTip(self.tr("This person's data was already erased."))
        elif self.erasing:
            button.setToolTip(self.tr("Headquarters is being asked to erase a person's data."))
        elif contact is None:
            button.setToolTip(self.tr("Select a contact first."))
        else:
            button.setToolTip(self.tr(
                "Erase this person's name, e-mail, phone, consent date and notes for good, at "
                "headquarters and on every computer (needs a connection)."))

    def _say(self, text: str) -> None:
        self.contacts_status.setText(text)
        self.contacts_status.setVisible(bool(text))

    def _explain_erased(self, contact: dict[str, Any]) -> QMessageBox:
        """Why an erased person has no form to edit."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Erased person"), self.tr(
            "There is nothing to edit: headquarters erased this person's data on %1, on "
            "every computer. They still count in the activities they took part in, without a "
            "name. If the person joins again, add them as a new contact with their consent.").replace("%1", str(contact["erased_on"])),
            QMessageBox.StandardButton.Ok, self)
        box.setObjectName("erasedContactBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.erased_box = box
        box.open()
        return box

    @Slot()
    def ask_erase_contact(self) -> QMessageBox | None:
        """Ask before erasing the selected person's data (Cancel is the default)."""
        contact = self._selected_contact()
        if contact is None or is_erased(contact) or not self.may_erase or self.erasing:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase a person's data"), self.tr(
            "Erase the personal data of “%1” for good?").replace("%1", contact["full_name"]),
            QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Headquarters removes this person's name, e-mail, phone, consent date and notes "
            "now, and every computer that holds them at its next sync, from its backups "
            "too. This cannot be undone.\n\nThe person stays counted in the activities they "
            "took part in, without a name. Erasing needs a connection to headquarters."))
        box.setObjectName("eraseContactBox")
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        contact_id = str(contact["id"])

        def answered(_result: int) -> None:
            if box.clickedButton() is erase:
                self.erase_contact(contact_id)

        box.finished.connect(answered)
        self.erase_box = box
        box.open()
        return box

    def erase_contact(self, contact_id: str) -> None:
        """Ask headquarters to erase a contact's personal data (off the GUI thread), then
        sync so that this computer removes it too."""
        from lookingbeyond_desktop.store.sync_adapter import replication_for

        self.erasing, self.erase_org, self.erase_target = True, self.org_id, contact_id
        self._contact_selected()
        self._say(self.tr("Asking headquarters to erase this person's data…"))
        self._ops.with_store(lambda store: replication_for(store).status(),
                             lambda state: self._send_erasure(state, contact_id),
                             failed=self._erasure_failed)

    def _send_erasure(self, state: Any, contact_id: str) -> None:
        from sync import client
        from sync.client import SyncError

        if not state.server_url:
            self._erasure_failed(SyncError("not_enrolled", "not enrolled", retryable=False), "")
            return
        service = getattr(self.window(), "sync_service", None)  # the window's network session
        factory = service.session_factory if service is not None else client.make_session
        url, device_id = str(state.server_url), str(state.device_id)

        def send() -> str:
            return client.order_erasure(url, client.load_token(device_id), "contacts",
                                        contact_id, session=factory())

        if self.erasure is None:
            self.erasure = Files(name="erasure", parent=self)
        self.erasure.run(send, self._erased, failed=self._erasure_failed)

    def _erased(self, day: str) -> None:
        self.erasing = False
        self._contact_selected()
        service = getattr(self.window(), "sync_service", None)
        if service is not None and service.sync_now():
            self._say(self.tr("Headquarters erased this person's data (%1). Syncing, so that "
                              "this computer removes it too…").replace("%1", day))
        else:
            self._say(self.tr("Headquarters erased this person's data (%1). This computer "
                              "removes it at its next sync.").replace("%1", day))
        self.sig_erased.emit(day)

    def _erasure_failed(self, error: BaseException, trace: str) -> None:
        self.erasing = False
        self._contact_selected()
        self._say("")
        code = getattr(error, "code", None)
        if code is None:  # not a refusal nor the network: a fault, shown as any other
            self._ops.sig_failed.emit(error, trace)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase a person's data"),
                          erasure_failure_text(code, getattr(error, "message", "")),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("erasureFailedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.erase_failed_box = box
        box.open()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if value.isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
