"""The organization editor: every field with its message beside it, the organization's
contacts, its activity history and its change history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from lookingbeyond_desktop.ui import labels, undo
from lookingbeyond_desktop.ui.forms import FieldDef, FieldForm
from lookingbeyond_desktop.ui.history import HistoryView
from lookingbeyond_desktop.ui.ops import Ops
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
    TABLE = "organizations"
    ID_ATTR = "org_id"

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, parent: QWidget | None = None) -> None:
        self.org_id: str | None = None
        super().__init__(ops, undo_stack, object_name="organizationEditor", parent=parent)
        self.dialog: RecordDialog | None = None
        self.contacts: list[dict[str, Any]] = []

        self.title = self._make_title()
        self.title.setObjectName("editorTitle")
        self.form = FieldForm(ORGANIZATION_FIELDS, parent=self)
        self.form.sig_edited.connect(self._edited)
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
        contacts_page = QWidget(self)
        contacts_layout = QVBoxLayout(contacts_page)
        contacts_layout.addWidget(self.contacts_hint)
        contacts_layout.addWidget(self.contacts_table)
        row = QHBoxLayout()
        for button in (self.add_contact_button, self.edit_contact_button,
                       self.delete_contact_button):
            row.addWidget(button)
        row.addStretch(1)
        contacts_layout.addLayout(row)

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
        self._finish_layout(None, buttons)

    # -- loading --------------------------------------------------------------------------

    def new(self) -> None:
        """An empty organization, not saved until Save."""
        self.org_id = None
        self.record = dict(NEW_ORGANIZATION)
        self.form.set_values(self.record)
        self.title.setText(self.tr("New organization"))
        self._show_related({"contacts": [], "activities": [], "history": []})
        self._set_dirty(False)
        self.tabs.setCurrentIndex(0)

    def load(self, org_id: str) -> None:
        """Show the organization ``org_id`` (fetched on the worker)."""
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
        _fill(self.contacts_table, [
            (c["full_name"], c["position"] or "", c["email"] or "", c["phone"] or "",
             str(c["consent_on"] or "")) for c in self.contacts])
        _fill(self.activities_table, [
            (str(a["start_date"]), a["title"], labels.activity_type(a["activity_type"]),
             labels.role(a["role"]), str(a["representatives"])) for a in found["activities"]])
        self.history.show_entries(found["history"])
        self.tabs.setTabText(1, self.tr("Contacts (%1)").replace("%1", str(len(self.contacts))))

    @Slot(object)
    def _data_changed(self, tables: frozenset[str]) -> None:
        if self.org_id and not self.dirty and tables & {"organizations", "contacts",
                                                          "participations", "activities"}:
            self.load(self.org_id)

    def _edited(self) -> None:
        self._set_dirty(True)

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
