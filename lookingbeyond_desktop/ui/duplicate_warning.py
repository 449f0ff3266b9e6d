"""Before a likely duplicate is made: the check off the GUI thread, and the warning.

:class:`DuplicateChecker` (one per database worker, so one per open data folder) keeps a
:class:`~lookingbeyond_desktop.store.duplicates.LiveIndex` on the database thread: built
once in steps that leave the thread free between them (:meth:`DuplicateChecker.warm`),
then brought up to date before each check, which then takes a fraction of a second on
100,000 organizations.  The GUI thread never touches the index; it only holds it to hand
it to the jobs.

:class:`DuplicateWarning` lists the organizations a new one looks like — name, country,
how alike in words and as a percentage, and why, in the person's language — and offers
*Open* (the existing one instead), *Save as a new organization*, or *Cancel* (back to the
form).  Cancel is the default button, so Enter never saves a duplicate by accident.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.domain import matching
from lookingbeyond_desktop.domain.validation import FieldError
from lookingbeyond_desktop.store.duplicates import Likely, LiveIndex
from lookingbeyond_desktop.store.writer import Writer
from lookingbeyond_desktop.ui import labels
from lookingbeyond_desktop.ui.ops import Failed, Ops

#: From this score a match is "very likely" the same organization, below it "likely".
VERY_LIKELY = 0.9
WARNING_BOX = "duplicateWarning"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DuplicateWarning", text)


def reason_text(code: str) -> str:
    """Why two records look alike (a reason code of ``matching.REASONS``), in words."""
    return QCoreApplication.translate(matching.CONTEXT, matching.REASONS.get(code, code))


def reasons_text(codes: Sequence[str]) -> str:
    """Every reason, in words, one after the other."""
    return _tr(", ").join(reason_text(code) for code in codes)


def percent_text(score: float) -> str:
    """A score in [0, 1] as a percentage ("92%")."""
    return _tr("%1%").replace("%1", str(round(100 * score)))


def likeness_text(score: float) -> str:
    """How alike, in words and as a percentage ("very likely the same (92%)")."""
    words = (_tr("very likely the same (%1)") if score >= VERY_LIKELY
             else _tr("likely the same (%1)"))
    return words.replace("%1", percent_text(score))


def match_text(hit: Likely) -> str:
    """A match: its name, where it is, why it looks alike and how much ("“ترانسبرانسي
    المغرب”, Morocco, Rabat: name in another script, same city (92%)").  No bracket
    follows a name or a city: Qt would mirror it after an Arabic one."""
    if hit.row is not None:
        text = _tr("row %1 of this file, “%2”: %4 (%3)").replace("%1", str(hit.row))
    elif hit.country or hit.cities:
        text = _tr("“%2”, %5: %4 (%3)").replace("%5", where_text(hit))
    else:
        text = _tr("“%2”: %4 (%3)")
    return (text.replace("%2", name_text(hit)).replace("%3", percent_text(hit.score))
            .replace("%4", reasons_text(hit.reasons)))


def likely_line(hit: Likely) -> str:
    """A match on a line of its own, led by a word of the person's language (a line that
    began with an Arabic name would be laid out right to left in an English window)."""
    if hit.row is not None:
        return match_text(hit)
    return _tr("Likely %1").replace("%1", match_text(hit))


def name_text(hit: Likely) -> str:
    """A match's name, with its acronym when it has one ("Transparency Maroc (TM)")."""
    return _tr("%1 (%2)").replace("%1", hit.name).replace("%2", hit.acronym) if hit.acronym \
        else hit.name


def where_text(hit: Likely) -> str:
    """A match's country and first city ("Morocco, Rabat")."""
    country = labels.country(hit.country)
    if not hit.cities:
        return country
    return (_tr("%1, %2").replace("%1", country).replace("%2", hit.cities[0]) if country
            else hit.cities[0])


# -- the check, on the database thread ------------------------------------------------------


def organization_values(connection: Any, raw: Mapping[str, Any]
                        ) -> tuple[dict[str, Any], list[FieldError]]:
    """A new organization's values as the writer would store them (lists parsed, codes
    checked) and the rules it breaks, without writing (on the database thread)."""
    (prepared,) = Writer(connection).prepare_many("organizations", [(None, dict(raw))])
    return dict(prepared.values), list(prepared.errors)


class DuplicateChecker(QObject):
    """Looks for likely duplicates of records not yet saved, on the database worker of
    ``ops``, against one index of its data folder (:func:`checker_for` gives it)."""

    sig_ready = Signal()  # the index is built: checks are fast from now on

    def __init__(self, ops: Ops) -> None:
        super().__init__(ops)
        self.setObjectName("duplicateChecker")
        self._ops = ops
        self.live = LiveIndex()  # used on the database thread only
        self._warming = False
        self.ready = False

    def warm(self) -> None:
        """Build the index in the background, a step at a time (once)."""
        if self._warming or self.ready:
            return
        self._warming = True
        self._step()

    def _step(self) -> None:
        live = self.live
        self._ops.read(lambda connection: live.build_step(connection), self._stepped,
                       failed=self._warm_failed)

    def _stepped(self, done: bool) -> None:
        if not done:
            self._step()  # queued behind what the window asked meanwhile
            return
        self._warming = False
        self.ready = True
        if gc.get_freeze_count():
            # The application keeps what lives as long as the window out of the garbage
            # collector's full passes (app.run); the index does: hundreds of thousands of
            # objects each pass would walk, pausing the whole program.
            gc.freeze()
        self.sig_ready.emit()

    def _warm_failed(self, error: BaseException, trace: str) -> None:
        self._warming = False  # a check builds what is missing, and says what went wrong
        self._ops.sig_failed.emit(error, trace)

    def check(self, record: Mapping[str, Any], done: Callable[[Any], None], *,
              failed: Failed | None = None, key: str | None = None,
              only_when_ready: bool = False) -> int:
        """Check a new organization (its values as typed): ``done((errors, hits))`` on the
        GUI thread, with the rules it breaks and the likely existing organizations, best
        first.  ``only_when_ready``: ``done(None)`` at once if the index is not built yet
        (a hint while typing waits for the index rather than build it all in one go)."""
        live, raw = self.live, dict(record)

        def work(connection: Any) -> tuple[list[FieldError], list[Likely]] | None:
            if only_when_ready and not live.ready:
                return None
            values, errors = organization_values(connection, raw)
            return errors, live.likely(connection, values)

        return self._ops.read(work, done, failed=failed, key=key)


def checker_for(ops: Ops) -> DuplicateChecker:
    """The duplicate checker of ``ops``'s data folder (made the first time)."""
    found = ops.findChild(DuplicateChecker, "duplicateChecker")
    return found if isinstance(found, DuplicateChecker) else DuplicateChecker(ops)


# -- the warning ----------------------------------------------------------------------------


class DuplicateWarning(QDialog):
    """The organizations a new one looks like, and what to do: open one of them instead,
    save the new one anyway, or go back to it (the default: Enter and Escape)."""

    sig_open = Signal(str)  # the id of the existing organization to open instead
    sig_save = Signal()  # save the new organization anyway
    sig_back = Signal()  # back to the new organization, nothing saved

    def __init__(self, name: str, hits: Sequence[Likely], *, parent: QWidget | None = None,
                 open_text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(WARNING_BOX)
        self.hits = list(hits)
        # The first button's words, with %1 for the match (default: open it instead).
        self.open_text = open_text or self.tr("&Open “%1”")
        self.choice = ""
        self.setWindowTitle(self.tr("Already in the registry?"))
        self.text = QLabel(self)
        self.text.setObjectName("duplicateWarningText")
        self.text.setWordWrap(True)
        self.text.setText(self.tr(
            "“%1” looks like %n organization(s) already in the registry. Open the existing "
            "one instead of making a second record, or save this one as a new organization "
            "if it is another body.", "", len(self.hits)).replace("%1", name.strip()))
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(self.hits), 4, self)
        self.table.setObjectName("duplicateMatches")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organization"), self.tr("Where"), self.tr("How alike"), self.tr("Why")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        for row, hit in enumerate(self.hits):
            cells = (name_text(hit), where_text(hit), likeness_text(hit.score),
                     reasons_text(hit.reasons))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.table.currentCellChanged.connect(lambda *_args: self._selection_changed())

        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("duplicateOpen")
        self.save_button = QPushButton(self.tr("&Save as a new organization"), self)
        self.save_button.setObjectName("duplicateSave")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert self.cancel_button is not None
        self.cancel_button.setObjectName("duplicateCancel")
        for button in (self.open_button, self.save_button):
            button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter goes back: nothing is saved by accident
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.finished.connect(self._finished)
        if self.hits:
            self.table.setCurrentCell(0, 0)  # the best match (by cell: also right to left)
        self._selection_changed()
        # Room for the matches (a few, two lines each), inside a 1024×600 screen.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        line = self.fontMetrics().lineSpacing()
        rows = min(len(self.hits), 4) * (2 * line + 12) + line + 14
        self.resize(min(780, screen.width() - 40),
                    min(screen.height() - 60, rows + 5 * line + 90))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the columns have their widths

    def current(self) -> Likely | None:
        """The match selected."""
        row = self.table.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    @Slot()
    def _selection_changed(self) -> None:
        hit = self.current()
        name = hit.name if hit is not None else ""
        elided = self.open_button.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideMiddle, 260)
        self.open_button.setText(self.open_text.replace("%1", elided))
        self.open_button.setToolTip(name)
        self.open_button.setEnabled(hit is not None)

    @Slot()
    def _open(self) -> None:
        if self.current() is not None:
            self.choice = "open"
            self.accept()

    @Slot()
    def _save(self) -> None:
        self.choice = "save"
        self.accept()

    def _finished(self, _result: int) -> None:
        hit = self.current()
        if self.choice == "open" and hit is not None:
            self.sig_open.emit(hit.id)
        elif self.choice == "save":
            self.sig_save.emit()
        else:
            self.sig_back.emit()


__all__ = ["DuplicateChecker", "DuplicateWarning", "checker_for", "likeness_text",
           "likely_line", "match_text", "name_text", "organization_values", "percent_text",
           "reason_text", "reasons_text", "where_text"]
