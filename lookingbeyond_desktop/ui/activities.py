"""The Activities page: the list, the editor (with its co-organizers), and the
Participants tab (``ui/participants.py``) for fast entry of who took part.

Totals ("N representatives of M organizations") are computed from the participations,
never typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
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

from lookingbeyond_desktop.domain import reference, vocabulary
from lookingbeyond_desktop.domain.validation import ValidationError
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui import labels, undo
from lookingbeyond_desktop.ui.forms import FieldDef, FieldForm, tr_field
from lookingbeyond_desktop.ui.erased import erased_among
from lookingbeyond_desktop.ui.history import HistoryView
from lookingbeyond_desktop.ui.list_filters import Choice, CountryChoice, FilterRow, Period
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.organizations.editor import country_choices, theme_choices
from lookingbeyond_desktop.ui.participants import ParticipantsPanel
from lookingbeyond_desktop.ui.pickers import RecordPicker
from lookingbeyond_desktop.ui.record_page import RecordEditor, RecordListPage


def _activity_types() -> list[tuple[str, str]]:
    return [(code, labels.activity_type(code)) for code in vocabulary.ACTIVITY_TYPES]


def _offices() -> list[tuple[str, str]]:
    return [(code, f"{labels.tr_reference(o.name)} ({code})") for code, o in reference.offices().items()]


def meeting_choices() -> list[tuple[str, str]]:
    """Intergovernmental meetings, by date."""
    return [(code, f"{labels.meeting(code)} — {m.city}, {m.start.year}")
            for code, m in reference.meetings().items()]


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
FIELD_LABELS = {f.name: f.label for f in ACTIVITY_FIELDS} | {"co_organizers": "Co-organizers"}


class CoOrganizers(QWidget):
    """The organizations that organized an activity with the office: a type-ahead to add
    one, the list of those chosen (Delete removes the selected one)."""

    sig_edited = Signal()

    def __init__(self, ops: Ops, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coOrganizers")
        self.ids: list[str] = []
        self.picker = RecordPicker(ops, browse.find_organizations, parent=self)
        self.picker.setObjectName("coOrganizerPicker")
        self.picker.setPlaceholderText(self.tr("Type part of a name to add an organization"))
        self.picker.sig_chosen.connect(self._chosen)
        self.list = QListWidget(self)
        self.list.setObjectName("coOrganizerList")
        self.list.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.picker)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() in (QEvent.Type.KeyPress,
                                                     QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                # Delete here removes a co-organizer, never the activity (the window's
                # Delete shortcut): claim the key before shortcuts see it.
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def set_ids(self, ids: list[str], names: dict[str, str]) -> None:
        """Show ``ids`` (labels from ``names``) without marking the record edited."""
        self.ids = list(ids)
        self.list.clear()
        for org_id in self.ids:
            item = QListWidgetItem(names.get(org_id, org_id), self.list)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
        self.picker.clear()

    @Slot(str)
    def _chosen(self, org_id: str) -> None:
        if org_id not in self.ids:
            self.ids.append(org_id)
            item = QListWidgetItem(self.picker.text(), self.list)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            self.sig_edited.emit()
        self.picker.clear()

    @Slot()
    def remove_selected(self) -> None:
        """Take the selected organization off the list."""
        item = self.list.currentItem()
        if item is None:
            return
        self.ids.remove(item.data(Qt.ItemDataRole.UserRole))
        self.list.takeItem(self.list.row(item))
        self.sig_edited.emit()


class ActivityEditor(RecordEditor):
    """Edits one activity, its co-organizers and its participants."""

    sig_totals = Signal(object)
    TABLE = "activities"
    ID_ATTR = "activity_id"

    def __init__(self, ops: Ops, undo_stack: QUndoStack, *, parent: QWidget | None = None) -> None:
        self.activity_id: str | None = None
        super().__init__(ops, undo_stack, object_name="activityEditor", parent=parent)
        self.totals: browse.ActivityTotals | None = None

        self.title = self._make_title()
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("activityTotals")
        self.totals_label.setStyleSheet("font-size: 11pt;")
        self.totals_label.setWordWrap(True)
        self.form = FieldForm(ACTIVITY_FIELDS, parent=self)
        self.form.sig_edited.connect(lambda: self._set_dirty(True))
        self.co_organizers = CoOrganizers(ops, parent=self.form)
        self.co_organizers.sig_edited.connect(lambda: self._set_dirty(True))
        self._insert_co_organizers()
        _fit_narrow(self.form)
        self.details_scroll = QScrollArea(self)
        self.details_scroll.setObjectName("activityDetails")
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.details_scroll.setWidget(self.form)

        self.participants_panel = ParticipantsPanel(ops, undo_stack, parent=self)
        self.participant_search = self.participants_panel.search
        self.results = self.participants_panel.results
        self.add_button = self.participants_panel.add_button
        self.grid = self.participants_panel.grid

        self.history = HistoryView(field_labels=FIELD_LABELS, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.details_scroll, self.tr("&Details"))
        self.tabs.addTab(self.participants_panel, self.tr("Participants"))
        self.tabs.addTab(self.history, self.tr("History"))
        row = self._make_footer(self.tr("&Save"), self.tr("Re&vert"))
        self._finish_layout(self.totals_label, row)

    def _insert_co_organizers(self) -> None:
        """Put the co-organizers right after the organizing office in the form."""
        layout = self.form.layout()
        assert isinstance(layout, QFormLayout)
        office_box = self.form.widgets["organizing_office"].parentWidget()
        position: Any = layout.getWidgetPosition(office_box) if office_box else (-1, None)
        row = int(position[0])
        label = QLabel(tr_field("Co-organizers"), self.form)
        label.setBuddy(self.co_organizers.picker)
        layout.insertRow(row + 1 if row >= 0 else layout.rowCount(), label, self.co_organizers)

    @property
    def participants(self) -> list[dict[str, Any]]:
        """The participant rows shown."""
        return self.participants_panel.model.rows

    # -- loading --------------------------------------------------------------------------

    def new(self) -> None:
        """An empty activity."""
        self.activity_id = None
        self.record = {"activity_type": "training"}
        self.form.set_values(self.record)
        self.co_organizers.set_ids([], {})
        self.title.setText(self.tr("New activity"))
        self._show({"participants": [], "contacts": {}, "erased": {}, "totals": None, "history": []})
        self._set_dirty(False)

    def load(self, activity_id: str) -> None:
        """Show one activity (fetched on the worker)."""
        self.activity_id = activity_id

        def work(connection: Any) -> dict[str, Any]:
            record = browse.record(connection, "activities", activity_id)
            co = list(record["co_organizers"] or []) if record else []
            participants = browse.participants(connection, activity_id)
            contacts = browse.participant_contacts(connection, activity_id)
            people = [*(row["contact_id"] for row in participants if row.get("contact_id")),
                      *(person for listed in contacts.values() for person, _name in listed)]
            return {
                "record": record,
                "co_names": browse.organization_labels(connection, co),
                "participants": participants,
                "contacts": contacts,
                # The people among them whose data headquarters erased (shown so, by no name).
                "erased": erased_among(connection, people),
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
            self.co_organizers.set_ids(list(self.record["co_organizers"] or []),
                                       found["co_names"])
            self.title.setText(self.record["title"])
        self._show(found)
        self.sig_loaded.emit(activity_id)

    def _show(self, found: dict[str, Any]) -> None:
        self.participants_panel.show_rows(self.activity_id, self.record.get("country"),
                                          found["participants"], found["contacts"],
                                          found["erased"])
        self.participants_panel.after_reload()
        self.history.show_entries(found["history"])
        self.totals = found["totals"]
        self.totals_label.setText(self.totals_text(self.totals) if self.totals else "")
        self.tabs.setTabText(1, self.tr("&Participants (%1)").replace(
            "%1", str(len(self.participants))))
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

    def values(self) -> dict[str, Any]:
        """The form's values and the co-organizers."""
        return {**self.form.values(), "co_organizers": list(self.co_organizers.ids)}

    def _create_text(self, values: dict[str, Any]) -> str:
        return self.tr("Create activity “%1”").replace("%1", values["title"])

    def _edit_text(self, values: dict[str, Any]) -> str:
        return self.tr("Edit activity “%1”").replace("%1", values["title"])

    def _failed(self, error: BaseException, trace: str) -> None:
        super()._failed(error, trace)
        if isinstance(error, ValidationError):
            self.tabs.setCurrentIndex(0)

    # -- participants ---------------------------------------------------------------------

    @Slot()
    def add_selected(self) -> None:
        """Add the organizations and people chosen in the search results (one undo step)."""
        self.participants_panel.add_selected()


def _fit_narrow(form: FieldForm) -> None:
    """Let the form shrink to a narrow editor: long choice lists and long labels no longer
    set its minimum width, so it scrolls vertically only."""
    for widget in form.widgets.values():
        if isinstance(widget, QComboBox):
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
        widget.setMinimumWidth(0)
    layout = form.layout()
    if isinstance(layout, QFormLayout):
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setWordWrap(True)


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
            filters=self._make_filters,
        )
        QShortcut(QKeySequence("Ctrl+Return"), self, self.editor.add_selected)

    def _make_filters(self, search: QLineEdit) -> FilterRow:
        """Period, country, thematic area, type, organizing office and meeting."""
        period = self.tr("Activities held, at least in part, in this period (either date "
                         "may stay empty). Type a date or press F4 for a calendar.")
        return FilterRow(self._ops, search, table="activities", kind=browse.ActivityFilter, specs=(
            Period(self.tr("From date"), self.tr("To date"), period),
            CountryChoice("country", self.tr("All countries"),
                          self.tr("Where the activity was held: type a country's name in any "
                                  "UN language, or its code")),
            Choice("theme", "themeFilter", self.tr("All thematic areas"), theme_choices,
                   tooltip=self.tr("A thematic area includes its sub-themes")),
            Choice("activity_type", "typeFilter", self.tr("All types"), _activity_types),
            Choice("office", "officeFilter", self.tr("All offices"), _offices,
                   tooltip=self.tr("The UNODC office that organized the activity")),
            Choice("meeting", "meetingFilter", self.tr("All meetings"), meeting_choices,
                   tooltip=self.tr("The intergovernmental meeting the activity was part of "
                                   "or followed")),
        ), parent=self)

    def _rows(self, connection: Any, typed: Any) -> list[dict[str, Any]]:
        return browse.activity_rows(connection, typed)

    def _count_text(self, count: int) -> str:
        return self.tr("%n activity(ies)", "", count)

    def _filtered_count_text(self, count: int, total: int) -> str:
        return self.tr("%1 of %n activity(ies)", "", total).replace("%1", str(count))

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
