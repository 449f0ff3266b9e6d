"""The Activities page: the list, the editor, and fast entry of who took part.

Totals ("N representatives of M organizations") are computed from the participations,
never typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from lookingbeyond_desktop.domain import reference, vocabulary
from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui import labels, undo
from lookingbeyond_desktop.ui.errors import confirm
from lookingbeyond_desktop.ui.forms import FieldDef, FieldForm
from lookingbeyond_desktop.ui.history import HistoryView
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.organizations.editor import (
    RecordDialog,
    _fill,
    _table,
    country_choices,
    theme_choices,
)
from lookingbeyond_desktop.ui.record_page import RecordEditor, RecordListPage


def _activity_types() -> list[tuple[str, str]]:
    return [(code, labels.activity_type(code)) for code in vocabulary.ACTIVITY_TYPES]


def _offices() -> list[tuple[str, str]]:
    return [(code, f"{labels.tr_reference(o.name)} ({code})") for code, o in reference.offices().items()]


def meeting_choices() -> list[tuple[str, str]]:
    """Intergovernmental meetings, by date."""
    return [(code, f"{m.short} — {m.city}, {m.start.year}") for code, m in reference.meetings().items()]


def _roles() -> list[tuple[str, str]]:
    return [(code, labels.role(code)) for code in vocabulary.PARTICIPATION_ROLES]


ACTIVITY_FIELDS = (
    FieldDef("title", "Title"),
    FieldDef("activity_type", "Type", "choice", _activity_types),
    FieldDef("start_date", "Start date", "date"),
    FieldDef("end_date", "End date", "date"),
    FieldDef("city", "City"),
    FieldDef("country", "Country", "country", country_choices),
    FieldDef("themes", "Thematic areas", "checks", theme_choices),
    FieldDef("organizing_office", "Organizing office", "choice", _offices),
    FieldDef("meeting", "Intergovernmental meeting", "choice", meeting_choices),
    FieldDef("member_states", "Member States involved", "list", placeholder="KE; UG; TZ"),
    FieldDef("outcomes", "Outcomes", "long"),
    FieldDef("follow_up", "Follow-up", "long"),
    FieldDef("notes", "Notes", "long"),
)
PARTICIPATION_FIELDS = (
    FieldDef("role", "Role", "choice", _roles, optional=False),
    FieldDef("representatives", "Representatives", "int"),
    FieldDef("women", "Women", "int"),
    FieldDef("men", "Men", "int"),
    FieldDef("notes", "Notes", "long"),
)
FIELD_LABELS = {f.name: f.label for f in ACTIVITY_FIELDS}


class ActivityEditor(RecordEditor):
    """Edits one activity and its participants."""

    sig_totals = Signal(object)
    TABLE = "activities"
    ID_ATTR = "activity_id"

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, parent: QWidget | None = None) -> None:
        self.activity_id: str | None = None
        super().__init__(ops, undo_stack, object_name="activityEditor", parent=parent)
        self.participants: list[dict[str, Any]] = []
        self.totals: browse.ActivityTotals | None = None
        self.dialog: RecordDialog | None = None

        self.title = self._make_title()
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("activityTotals")
        self.totals_label.setStyleSheet("font-size: 11pt;")
        self.totals_label.setWordWrap(True)
        self.form = FieldForm(ACTIVITY_FIELDS, parent=self)
        self.form.sig_edited.connect(lambda: self._set_dirty(True))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)

        self.participant_search = QLineEdit(self)
        self.participant_search.setObjectName("participantSearch")
        self.participant_search.setPlaceholderText(
            self.tr("Type an organization or a person; choose several; press Enter to add"))
        self.participant_search.textChanged.connect(self._find_participants)
        self.participant_search.returnPressed.connect(self._search_enter)
        self.results = QListWidget(self)
        self.results.setObjectName("participantResults")
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setMaximumHeight(130)
        self.results.itemActivated.connect(lambda _item: self.add_selected())
        self.add_button = QPushButton(self.tr("Add &selected"), self)
        self.add_button.setObjectName("addParticipants")
        self.add_button.clicked.connect(self.add_selected)
        self.participants_table = _table(self, [
            self.tr("Organization"), self.tr("Contact"), self.tr("Role"),
            self.tr("Representatives"), self.tr("Women"), self.tr("Men")])
        self.participants_table.setObjectName("participantsTable")
        self.participants_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.participants_table.doubleClicked.connect(self.edit_participant)
        self.edit_participant_button = QPushButton(self.tr("&Edit numbers…"), self)
        self.edit_participant_button.clicked.connect(self.edit_participant)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_participants)
        self.participants_hint = QLabel(self.tr("Save the activity to add who took part."), self)
        participants_page = QWidget(self)
        p_layout = QVBoxLayout(participants_page)
        p_layout.addWidget(self.participants_hint)
        search_row = QHBoxLayout()
        search_row.addWidget(self.participant_search, 1)
        search_row.addWidget(self.add_button)
        p_layout.addLayout(search_row)
        p_layout.addWidget(self.results)
        p_layout.addWidget(self.participants_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_participant_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        p_layout.addLayout(buttons)

        self.history = HistoryView(field_labels=FIELD_LABELS, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(participants_page, self.tr("Participants"))
        self.tabs.addTab(self.history, self.tr("History"))
        row = self._make_footer(self.tr("&Save"), self.tr("Re&vert"))
        self._finish_layout(self.totals_label, row)

    # -- loading --------------------------------------------------------------------------

    def new(self) -> None:
        """An empty activity."""
        self.activity_id = None
        self.record = {"activity_type": "training"}
        self.form.set_values(self.record)
        self.title.setText(self.tr("New activity"))
        self._show({"participants": [], "totals": None, "history": []})
        self._set_dirty(False)

    def load(self, activity_id: str) -> None:
        """Show one activity (fetched on the worker)."""
        self.activity_id = activity_id

        def work(connection: Any) -> dict[str, Any]:
            return {
                "record": browse.record(connection, "activities", activity_id),
                "participants": browse.participants(connection, activity_id),
                "totals": browse.activity_totals(connection, activity_id),
                "history": browse.history(connection, "activities", activity_id),
            }

        self._ops.read(work, lambda found: self._loaded(activity_id, found),
                       key=f"activity-editor-{id(self)}")

    def _loaded(self, activity_id: str, found: dict[str, Any]) -> None:
        if activity_id != self.activity_id or found["record"] is None:
            return
        if not self.dirty:
            self.record = found["record"]
            self.form.set_values(self.record)
            self.title.setText(self.record["title"])
        self._show(found)
        self.sig_loaded.emit(activity_id)

    def _show(self, found: dict[str, Any]) -> None:
        self.participants = found["participants"]
        saved = self.activity_id is not None
        for widget in (self.participant_search, self.results, self.add_button,
                       self.edit_participant_button, self.remove_button):
            widget.setEnabled(saved)
        self.participants_hint.setVisible(not saved)
        _fill(self.participants_table, [
            (p["organization"], p["contact"] or "", labels.role(p["role"]),
             str(p["representatives"]), _count(p["women"]), _count(p["men"]))
            for p in self.participants])
        self.history.show_entries(found["history"])
        self.totals = found["totals"]
        self.totals_label.setText(self.totals_text(self.totals) if self.totals else "")
        self.tabs.setTabText(1, self.tr("Participants (%1)").replace("%1", str(len(self.participants))))
        self.sig_totals.emit(self.totals)

    def totals_text(self, totals: browse.ActivityTotals) -> str:
        """The project's report line for an activity, computed from its participants."""
        head = self.tr("%n representative(s)", "", totals.representatives) + " " + self.tr(
            "of %n organization(s)", "", totals.organizations)
        sexes = self.tr("women: %1, men: %2, not recorded: %3").replace(
            "%1", str(totals.women)).replace("%2", str(totals.men)).replace(
            "%3", str(totals.unknown_sex))
        states = self.tr("%n Member State(s) involved", "", totals.member_states)
        return f"{head} · {sexes} · {states}"

    @Slot(object)
    def _data_changed(self, tables: frozenset[str]) -> None:
        if self.activity_id and tables & {"activities", "participations", "organizations",
                                          "contacts"}:
            self.load(self.activity_id)

    # -- saving ---------------------------------------------------------------------------

    def _create_text(self, values: dict[str, Any]) -> str:
        return self.tr("Create activity “%1”").replace("%1", values["title"])

    def _edit_text(self, values: dict[str, Any]) -> str:
        return self.tr("Edit activity “%1”").replace("%1", values["title"])

    def _failed(self, error: BaseException, trace: str) -> None:
        super()._failed(error, trace)
        if isinstance(error, ValidationError):
            self.tabs.setCurrentIndex(0)

    # -- participants ---------------------------------------------------------------------

    @Slot(str)
    def _find_participants(self, typed: str) -> None:
        if not typed.strip():
            self.results.clear()
            return
        self._ops.read(lambda c: browse.find_participants(c, typed), self._show_results,
                       key=f"participant-search-{id(self)}")

    def _show_results(self, hits: list[dict[str, Any]]) -> None:
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(hit["label"], self.results)
            item.setData(Qt.ItemDataRole.UserRole, (hit["organization_id"], hit["contact_id"]))
        if self.results.count():
            self.results.setCurrentRow(0)

    @Slot()
    def _search_enter(self) -> None:
        if not self.results.selectedItems() and self.results.count():
            self.results.item(0).setSelected(True)
        self.add_selected()

    @Slot()
    def add_selected(self) -> None:
        """Add the chosen organizations and contacts as participants (one step to undo)."""
        activity_id = self.activity_id
        if activity_id is None:
            return
        present = {(p["organization_id"], p["contact_id"]) for p in self.participants}
        chosen: list[tuple[str, str | None]] = []
        for item in self.results.selectedItems():
            pair = item.data(Qt.ItemDataRole.UserRole)
            key = (pair[0], pair[1])
            if key not in present and key not in chosen:
                chosen.append(key)
        if not chosen:
            return
        rows = [{"activity_id": activity_id, "organization_id": org, "contact_id": contact}
                for org, contact in chosen]

        def done(ids: list[str]) -> None:
            text = self.tr("Add %n participant(s)", "", len(ids))
            self._undo.push(undo.WriteCommand(
                self._ops, text,
                undo=lambda w: [w.delete("participations", i) for i in ids],
                redo=lambda w: [w.restore("participations", i) for i in ids],
                tables={"participations"}))
            self.participant_search.clear()
            self.results.clear()

        self._ops.write(lambda w: w.create_many("participations", rows), done,
                        tables={"participations"})

    def _selected_participants(self) -> list[dict[str, Any]]:
        rows = sorted({index.row() for index in self.participants_table.selectionModel().selectedRows()})
        return [self.participants[row] for row in rows if row < len(self.participants)]

    @Slot()
    def edit_participant(self) -> None:
        """Open the numbers of the selected participant."""
        selected = self._selected_participants()
        if not selected:
            return
        participant = selected[0]
        participation_id = participant["id"]

        def save(raw: dict[str, Any], dialog: RecordDialog) -> None:
            def failed(error: BaseException, trace: str) -> None:
                if not dialog.failed(error):
                    self._ops.sig_failed.emit(error, trace)

            def done(change: tuple[dict[str, Any], dict[str, Any]]) -> None:
                if change[1]:
                    self._undo.push(undo.edit_command(
                        self._ops, self.tr("Edit participant “%1”").replace(
                            "%1", participant["organization"]),
                        "participations", participation_id, *change))
                dialog.accept()

            self._ops.write(lambda w: undo.prepare_update(w, "participations", participation_id, raw),
                            done, failed=failed, tables={"participations"})

        self.dialog = RecordDialog(participant["organization"], PARTICIPATION_FIELDS, participant,
                                   save, parent=self)
        self.dialog.open()

    @Slot()
    def remove_participants(self) -> None:
        """Remove the selected participants (to the Trash)."""
        ids = [p["id"] for p in self._selected_participants()]
        if not ids:
            return
        text = self.tr("Remove %n participant(s)", "", len(ids))

        def remove() -> None:
            self._ops.write(
                lambda w: [w.delete("participations", i) for i in ids],
                lambda _r: self._undo.push(undo.delete_command(self._ops, text, "participations", ids)),
                tables={"participations"})

        if len(ids) > 1:
            confirm(self, self.tr("Remove %n participant(s) from this activity?", "", len(ids)), remove)
        else:
            remove()


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


class ActivitiesPage(RecordListPage):
    """The list of activities beside the editor."""

    TABLE = "activities"
    WATCHED = frozenset({"activities", "participations"})
    SELECT_AS_REQUESTED = True
    editor: ActivityEditor

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, parent: QWidget | None = None) -> None:
        super().__init__(ops, undo_stack, object_name="activitiesPage", parent=parent)
        self._build(
            search_name="activitySearch",
            placeholder=self.tr("Search titles, cities, country codes…"),
            columns=[
                (self.tr("Date"), lambda r: str(r["start_date"])),
                (self.tr("Title"), lambda r: r["title"]),
                (self.tr("Type"), lambda r: labels.activity_type(r["activity_type"])),
                (self.tr("Country"), lambda r: labels.country(r["country"])),
                (self.tr("Organizations"), lambda r: str(r["organizations"])),
                (self.tr("Representatives"), lambda r: str(r["representatives"])),
            ],
            table_name="activitiesTable",
            widths=(90, 330, 160, 110, 100, 110),
            make_editor=lambda: ActivityEditor(ops, undo_stack, parent=self),
            new_text=self.tr("&New activity"),
            new_slot=self.new_activity,
            delete_text=self.tr("&Delete"),
            stretch=True,
        )
        QShortcut(QKeySequence("Ctrl+Return"), self, self.editor.add_selected)

    def _rows(self, connection: Any, typed: str) -> list[dict[str, Any]]:
        return browse.activity_rows(connection, typed)

    def _count_text(self, count: int) -> str:
        return self.tr("%n activity(ies)", "", count)

    def _delete_text(self, count: int) -> str:
        return self.tr("Delete %n activity(ies)", "", count)

    def _delete_question(self, count: int) -> str:
        return self.tr("Delete %n activity(ies) and their participants? They go to "
                       "the Trash.", "", count)

    def _delete_tables(self) -> set[str]:
        return undo.tables_of("activities")

    @Slot()
    def new_activity(self) -> None:
        """Start a new activity."""
        self._start_new()
        self.editor.form.widgets["title"].setFocus()
