"""Add the organizations of an attendance sheet (CSV or XLSX) to an activity in one step.

The file is read, its columns guessed and its rows matched on the database worker
(``domain/attendance.py`` does the reading, grouping and scoring); the person checks each
organization's match (with its score), may change it, create the organization or leave it
out, and adds everything in one transaction and one undo step — or nothing.

A name the sheet would create is also looked up across scripts and spellings in the
registry's index (``store/duplicates.py``, kept on the worker): "Transparency Maroc" on the
sheet finds ترانسبرانسي المغرب.  Those likely existing organizations are offered first in
its choices and named, with why, beside it, so that the person picks one instead of making
a duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.domain import attendance, reference
from lookingbeyond_desktop.domain.attendance import Candidate, Group, Match, Problem, Sheet, SheetError
from lookingbeyond_desktop.domain import matching
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.store.duplicates import Likely, RegistryIndex, likely_in
from lookingbeyond_desktop.ui import labels
from lookingbeyond_desktop.store.writer import RowsError, Writer
from lookingbeyond_desktop.ui.duplicate_warning import checker_for, likely_line
from lookingbeyond_desktop.ui.forms import ERROR_STYLE
from lookingbeyond_desktop.ui.entry import guard_wheel
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.participants import many_command, rows_error_text

NEW = "\x00new"
TAKE = 85  # from this score the closest known organization is proposed; below, a new one
SKIP = "\x00skip"
LIKELY_COLOR = "#8a4b00"


@dataclass
class Entry:
    """One organization of the sheet, its candidates and the person's choice."""

    group: Group
    matches: list[Match]
    choice: str = SKIP  # an organization id, NEW or SKIP
    contact: Match | None = None
    people_matched: list[str] = field(default_factory=list)
    #: organizations the name likely is across scripts and spellings, not among ``matches``
    likely: list[Likely] = field(default_factory=list)


@dataclass
class Matched:
    """What the worker found for a sheet and a mapping."""

    entries: list[Entry]
    orphans: list[Problem]
    contacts: dict[str, list[Candidate]]  # organization id → its contacts


def match_sheet(connection: Any, sheet: Sheet, mapping: dict[int, str], *,
                country: str | None = None, index: RegistryIndex | None = None) -> Matched:
    """Group the sheet's rows by organization and find candidates (on the worker); with
    the registry's ``index``, also the organizations each name likely is across scripts
    (a group without a country is looked for in ``country``, the activity's)."""
    groups, orphans = attendance.group_rows(sheet, mapping)
    candidates = browse.organization_candidates(connection, [g.name for g in groups])
    entries = [Entry(g, attendance.best_matches(g.name, candidates)) for g in groups]
    if index is not None:
        for entry in entries:
            known = {m.id for m in entry.matches}
            where = entry.group.country or country or ""
            found = likely_in(index, matching.profile({"name": entry.group.name,
                                                       "country": where}), limit=5)
            entry.likely = [hit for hit in found if hit.id not in known]
    ids = {m.id for e in entries for m in e.matches} | {h.id for e in entries for h in e.likely}
    contacts: dict[str, list[Candidate]] = {}
    for contact in browse.contact_candidates(connection, sorted(ids)):
        contacts.setdefault(contact.owner or "", []).append(contact)
    return Matched(entries, orphans, contacts)


def add_entries(writer: Writer, activity_id: str, entries: list[Entry],
                country: str | None) -> tuple[list[str], list[tuple[str, str]]]:
    """Create the new organizations and every participation, in the writer's transaction."""
    created_orgs: list[tuple[str, str]] = []
    rows: list[dict[str, Any]] = []
    for entry in entries:
        if entry.choice == SKIP:
            continue
        org_id = entry.choice
        if org_id == NEW:
            org_id = writer.create("organizations", {
                "name": entry.group.name, "country": entry.group.country or country,
                "org_type": "ngo", "ecosoc_status": "none"})
            created_orgs.append(("organizations", org_id))
        rows.append({"activity_id": activity_id, "organization_id": org_id,
                     "contact_id": entry.contact.id if entry.contact else None,
                     "representatives": entry.group.representatives,
                     "women": entry.group.women, "men": entry.group.men})
    return writer.create_many("participations", rows), created_orgs




class AttendanceDialog(QDialog):
    """Read an attendance sheet, check its matches, add it to the activity."""

    sig_added = Signal(object)  # the new participations' ids

    def __init__(self, ops: Ops, undo_stack: QUndoStack, activity_id: str, country: str | None,
                 present: set[str], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Add from an attendance sheet"))
        self._ops = ops
        self._undo = undo_stack
        self.activity_id = activity_id
        self.country = country
        self.present = present
        self.sheet: Sheet | None = None
        self.mapping: dict[int, str] = {}
        self.matched: Matched | None = None
        checker_for(ops).warm()  # the registry's index, built while the file is chosen

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("attendancePath")
        self.path_edit.setPlaceholderText(self.tr("A .csv or .xlsx file: one row per person"))
        self.path_edit.returnPressed.connect(lambda: self.load_file(Path(self.path_edit.text())))
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.status = QLabel(self)
        self.status.setObjectName("attendanceStatus")
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("attendanceError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.columns = QTableWidget(0, 3, self)
        self.columns.setObjectName("attendanceColumns")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the sheet"), self.tr("First value"), self.tr("Means")])
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.preview = QTableWidget(0, 8, self)
        self.preview.setObjectName("attendancePreview")
        self.preview.setHorizontalHeaderLabels([
            self.tr("In the sheet"), self.tr("Added as"), self.tr("Rows"),
            self.tr("People known"), self.tr("Representatives"), self.tr("Women"),
            self.tr("Men"), self.tr("Problems")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.preview.fontMetrics()
        for column, width in enumerate((170, 260, 50, 90, 70, 55, 50)):
            item = self.preview.horizontalHeaderItem(column)
            title = item.text() if item is not None else ""
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 20))

        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(self.tr("&Add"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("attendanceAdd")
        self.add_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("What each column means (guessed from its header; "
                                            "change it if it is wrong):"), top))
        top_layout.addWidget(self.columns)
        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("Organizations found, with how sure each match "
                                               "is (100: the same name):"), bottom))
        bottom_layout.addWidget(self.preview)
        self.likely_note = QLabel(bottom)
        self.likely_note.setObjectName("attendanceLikely")
        self.likely_note.setWordWrap(True)
        self.likely_note.setTextFormat(Qt.TextFormat.RichText)
        self.likely_note.setStyleSheet(f"color: {LIKELY_COLOR};")
        self.likely_note.linkActivated.connect(self.use_likely)
        self.likely_note.hide()
        bottom_layout.addWidget(self.likely_note)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        # As large as the sheet needs, never larger than the screen (a 1024x600 laptop).
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(980, screen.width() - 40), min(620, screen.height() - 60))

    # -- reading --------------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        """Ask for the file, then read it."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Attendance sheet"), "",
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read ``path`` on the worker; a bad file is said in the dialog and changes nothing."""
        self.path_edit.setText(str(path))
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._show_error("")
        self.add_button.setEnabled(False)
        self._ops.with_store(lambda _store: attendance.read_sheet(path), self._read,
                             failed=self._read_failed)

    def _read(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.mapping = attendance.guess_mapping(sheet.header)
        self._show_columns()
        self._match()

    def _read_failed(self, error: BaseException, trace: str) -> None:
        if isinstance(error, (SheetError, OSError)):
            self.status.setText("")
            self._show_error(self.sheet_error_text(error))
            return
        self._ops.sig_failed.emit(error, trace)

    def sheet_error_text(self, error: BaseException) -> str:
        """Why a file could not be read, in the person's words."""
        if not isinstance(error, SheetError):
            return self.tr("The file could not be read: %1").replace("%1", str(error))
        texts = {
            "missing": self.tr("There is no file %1.").replace("%1", error.detail),
            "folder": self.tr("%1 is a folder, not a file.").replace("%1", error.detail),
            "too_big": self.tr("The file is too big for an attendance sheet (%1; at most "
                               "20 MB).").replace("%1", error.detail),
            "not_sheet": self.tr("This is not a spreadsheet: choose a .csv or .xlsx file."),
            "not_text": self.tr("This file is not text that can be read as CSV. Save it from "
                                "the spreadsheet as “CSV UTF-8” or as .xlsx."),
            "bad_csv": self.tr("The CSV file is malformed near line %1.").replace(
                "%1", error.detail.split(":")[0]),
            "empty": self.tr("The file is empty."),
            "no_header": self.tr("The first row must name the columns."),
            "too_many_rows": self.tr("The file has more than %1 rows: that is not an "
                                     "attendance sheet.").replace("%1", error.detail),
            "unreadable_xlsx": self.tr("The workbook cannot be read: is it an .xlsx file?"),
        }
        return texts.get(error.code, str(error)) + " " + self.tr("Nothing was added.")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- columns --------------------------------------------------------------------------

    def meaning_labels(self) -> list[tuple[str, str]]:
        """(meaning, label) of every choice of the Means column."""
        return [("", self.tr("(not used)")), ("organization", self.tr("Organization")),
                ("contact", self.tr("Person's name")), ("email", self.tr("E-mail")),
                ("sex", self.tr("Sex (F/M)")), ("representatives", self.tr("Number of people")),
                ("women", self.tr("Women")), ("men", self.tr("Men")),
                ("country", self.tr("Country code"))]

    def _show_columns(self) -> None:
        assert self.sheet is not None
        header = self.sheet.header
        first = self.sheet.rows[0][1] if self.sheet.rows else []
        self.columns.setRowCount(len(header))
        for index, name in enumerate(header):
            self.columns.setItem(index, 0, QTableWidgetItem(name or f"#{index + 1}"))
            self.columns.setItem(index, 1, QTableWidgetItem(first[index] if index < len(first)
                                                            else ""))
            combo = QComboBox(self.columns)
            combo.setObjectName(f"meaning_{index}")
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            guard_wheel(combo)
            for meaning, label in self.meaning_labels():
                combo.addItem(label, meaning)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.get(index, ""))))
            combo.currentIndexChanged.connect(lambda _i, c=index, w=combo: self.set_meaning(
                c, w.currentData()))
            self.columns.setCellWidget(index, 2, combo)
        self.columns.resizeColumnToContents(0)

    def set_meaning(self, column: int, meaning: str) -> None:
        """Say what a column means (one column per meaning), then match again."""
        for other, taken in list(self.mapping.items()):
            if taken == meaning and other != column:
                del self.mapping[other]
                widget = self.columns.cellWidget(other, 2)
                if isinstance(widget, QComboBox):
                    widget.blockSignals(True)
                    widget.setCurrentIndex(0)
                    widget.blockSignals(False)
        if meaning:
            self.mapping[column] = meaning
        else:
            self.mapping.pop(column, None)
        self._match()

    # -- matching -------------------------------------------------------------------------

    def _match(self) -> None:
        sheet, mapping = self.sheet, dict(self.mapping)
        if sheet is None:
            return
        if "organization" not in mapping.values():
            self.matched = None
            self.preview.setRowCount(0)
            self._show_error(self.tr("Say which column names the organization."))
            self.add_button.setEnabled(False)
            return
        self._show_error("")
        self.status.setText(self.tr("Matching…"))
        live, country = checker_for(self._ops).live, self.country
        self._ops.read(lambda c: match_sheet(c, sheet, mapping, country=country,
                                             index=live.current(c)),
                       self._matched, key=f"attendance-{id(self)}")

    def _matched(self, matched: Matched) -> None:
        self.matched = matched
        for entry in matched.entries:
            self._default_choice(entry)
        self._show_preview()

    def _default_choice(self, entry: Entry) -> None:
        best = entry.matches[0] if entry.matches else None
        if best is not None and best.id in self.present:
            entry.choice = SKIP
        elif best is not None and best.score >= TAKE:
            entry.choice = best.id
        else:
            entry.choice = NEW
        self._match_people(entry)

    def _match_people(self, entry: Entry) -> None:
        entry.contact = None
        entry.people_matched = []
        if self.matched is None or entry.choice in (NEW, SKIP):
            return
        pool = self.matched.contacts.get(entry.choice, [])
        for name, email in entry.group.contacts:
            found = attendance.match_contact(name, email, pool)
            if found is not None:
                entry.people_matched.append(f"{found.label} ({found.score})")
                if entry.contact is None:
                    entry.contact = found

    def problems_of(self, entry: Entry) -> tuple[list[str], bool]:
        """What is wrong with one organization's rows, and whether it stops the adding."""
        texts: list[str] = []
        blocking = False
        for problem in entry.group.problems:
            if problem.code == "not_count":
                texts.append(self.tr("row %1: “%2” is not a number of people").replace(
                    "%1", str(problem.row)).replace("%2", problem.value))
                blocking = True
            elif problem.code == "too_many":
                texts.append(self.tr("%1 women and men is more than the representatives")
                             .replace("%1", problem.value))
                blocking = True
            elif problem.code == "unknown_sex":
                texts.append(self.tr("row %1: “%2” is neither F nor M (counted as not "
                                     "recorded)").replace("%1", str(problem.row)).replace(
                                         "%2", problem.value))
        if entry.choice == NEW and entry.likely:
            texts.append(self.tr("may already be in the registry: see below"))
        if entry.choice == NEW:
            country = entry.group.country or self.country
            if not country:
                texts.append(self.tr("a new organization needs a country: add a country "
                                     "column or set the activity's country"))
                blocking = True
            elif country not in reference.countries():
                texts.append(self.tr("“%1” is not a country code").replace("%1", country))
                blocking = True
            elif not entry.group.country:  # said, so that a wrong guess is seen
                texts.append(self.tr("created in %1, the activity's country (the sheet has "
                                     "none)").replace("%1", labels.country(country)))
        score = next((m.score for m in entry.matches if m.id == entry.choice), None)
        if score is not None and score < attendance.EXACT:
            texts.append(self.tr("not the same name: check the match"))
        if entry.choice not in (NEW, SKIP) and entry.choice in self.present:
            texts.append(self.tr("already taking part"))
            blocking = True
        others = self.matched.entries if self.matched else []
        if entry.choice not in (NEW, SKIP) and any(
                other is not entry and other.choice == entry.choice for other in others):
            texts.append(self.tr("the same organization as another line: leave one out or "
                                 "choose another match"))
            blocking = True
        if entry.choice == SKIP:
            return texts, False
        return texts, blocking

    def _show_preview(self) -> None:
        matched = self.matched
        assert matched is not None
        self.preview.setRowCount(len(matched.entries))
        for row, entry in enumerate(matched.entries):
            group = entry.group
            self.preview.setItem(row, 0, QTableWidgetItem(group.name))
            combo = QComboBox(self.preview)
            combo.setObjectName(f"choice_{row}")
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            guard_wheel(combo)
            for match in entry.matches:
                combo.addItem(self.tr("%1 (score %2)").replace("%1", match.label).replace(
                    "%2", str(match.score)), match.id)
            for hit in entry.likely:  # the same organization in another script or spelling
                text = likely_line(hit)
                combo.addItem(text, hit.id)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            combo.addItem(self.tr("Create new organization “%1”").replace("%1", group.name), NEW)
            combo.addItem(self.tr("Leave out"), SKIP)
            combo.setCurrentIndex(max(0, combo.findData(entry.choice)))
            combo.currentIndexChanged.connect(
                lambda _i, e=entry, w=combo: self.choose(e, str(w.currentData())))
            self.preview.setCellWidget(row, 1, combo)
            self._fill_row(row, entry)
        self._update_state()

    def choose(self, entry: Entry, choice: str) -> None:
        """The person chose what an organization of the sheet is."""
        entry.choice = choice
        self._match_people(entry)
        assert self.matched is not None
        for row, each in enumerate(self.matched.entries):  # a choice can clash with another line
            self._fill_row(row, each)
        self._update_state()

    def _fill_row(self, row: int, entry: Entry) -> None:
        group = entry.group
        people = QTableWidgetItem(f"{len(entry.people_matched)} / {len(group.contacts)}")
        people.setToolTip("\n".join(entry.people_matched))
        texts, blocking = self.problems_of(entry)
        problem = QTableWidgetItem("; ".join(texts))
        problem.setToolTip("\n".join(texts))
        if blocking:
            problem.setForeground(Qt.GlobalColor.darkRed)
        elif entry.choice == NEW and entry.likely:
            problem.setForeground(QColor(LIKELY_COLOR))
        cells: list[str | QTableWidgetItem] = [", ".join(map(str, group.rows[:6])) + ("…" if len(group.rows) > 6 else ""),
                 people, str(group.representatives), _count(group.women), _count(group.men),
                 problem]
        for offset, value in enumerate(cells):
            item = value if isinstance(value, QTableWidgetItem) else QTableWidgetItem(value)
            if offset in (2, 3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.preview.setItem(row, offset + 2, item)

    def chosen_entries(self) -> list[Entry]:
        """The organizations that will be added."""
        return [e for e in (self.matched.entries if self.matched else []) if e.choice != SKIP]

    def blocking_count(self) -> int:
        """How many organizations have a problem that stops the adding."""
        return sum(1 for e in (self.matched.entries if self.matched else [])
                   if self.problems_of(e)[1])

    def _update_state(self) -> None:
        matched = self.matched
        assert matched is not None
        entries = self.chosen_entries()
        blocked = self.blocking_count()
        people = sum(e.group.representatives for e in entries)
        new = sum(1 for e in entries if e.choice == NEW)
        likely = sum(1 for e in entries if e.choice == NEW and e.likely)
        text = self.tr("%n organization(s) to add", "", len(entries)) + " · " + self.tr(
            "%n representative(s)", "", people) + " · " + self.tr(
            "%n new organization(s)", "", new)
        if likely:
            text += " · " + self.tr("%n of them may already be in the registry (see below "
                                    "the list)", "", likely)
        if matched.orphans:
            text += " · " + self.tr("rows without an organization, left out: %1").replace(
                "%1", ", ".join(str(p.row) for p in matched.orphans[:10]))
        self.status.setText(text)
        if blocked:
            self._show_error(self.tr("%n organization(s) have a problem (in red): fix it, "
                                     "choose another match, or leave them out.", "", blocked))
        else:
            self._show_error("")
        self._show_likely()
        self.add_button.setEnabled(bool(entries) and not blocked)
        self.add_button.setText(self.tr("&Add %n organization(s)", "", len(entries))
                                if entries else self.tr("&Add"))

    def _show_likely(self) -> None:
        """Below the list: each name to be created that may already be in the registry,
        its likely matches with why, and a link that chooses one instead."""
        lines = []
        for row, entry in enumerate(self.matched.entries if self.matched else []):
            if entry.choice != NEW or not entry.likely:
                continue
            use = _html(self.tr("Use it"))
            lines.append(_html(self.tr("“%1” may already be in the registry:")
                               .replace("%1", entry.group.name)))
            lines += [f"&nbsp;&nbsp;• {_html(likely_line(hit))} <a href=\"{row}:{hit.id}\">"
                      f"{use}</a>" for hit in entry.likely[:3]]
        self.likely_note.setText("<br>".join(lines))
        self.likely_note.setVisible(bool(lines))

    @Slot(str)
    def use_likely(self, link: str) -> None:
        """Choose a likely existing organization for a line of the sheet ("row:id")."""
        row_text, _colon, org_id = link.partition(":")
        combo = self.preview.cellWidget(int(row_text), 1) if row_text.isdigit() else None
        if isinstance(combo, QComboBox) and combo.findData(org_id) >= 0:
            combo.setCurrentIndex(combo.findData(org_id))

    # -- adding ---------------------------------------------------------------------------

    @Slot()
    def add(self) -> None:
        """Add every chosen organization in one transaction and one undo step."""
        entries = self.chosen_entries()
        if not entries or self.blocking_count():
            return
        activity_id, country = self.activity_id, self.country
        names = [e.group.name for e in entries]
        self.add_button.setEnabled(False)

        def done(result: tuple[list[str], list[tuple[str, str]]]) -> None:
            created, orgs = result
            self._undo.push(many_command(
                self._ops, self.tr("Add %n participant(s) from an attendance sheet", "",
                                   len(created)), created, [], extra_created=orgs))
            self.sig_added.emit(created)
            self.accept()

        def failed(error: BaseException, trace: str) -> None:
            self.add_button.setEnabled(True)
            if isinstance(error, RowsError):
                self._show_error(self.tr("Nothing was added:") + "\n"
                                 + rows_error_text(error, names))
            elif isinstance(error, ValueError):
                self._show_error(self.tr("Nothing was added: %1").replace("%1", str(error)))
            else:
                self._ops.sig_failed.emit(error, trace)

        self._ops.write(lambda w: add_entries(w, activity_id, entries, country), done,
                        failed=failed, tables={"organizations", "participations"})


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _count(value: int | None) -> str:
    return "" if value is None else str(value)
