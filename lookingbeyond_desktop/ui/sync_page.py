"""The Sync page: logging in to headquarters, "Sync now" with progress and Cancel, where sync
stands (last success, changes waiting, the last problem), what could not sync (changes
headquarters refused, with Retry; records it sent that could not be stored here) and
"Reset and reconcile again"."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.store.sync_adapter import quarantined, requeue_refused
from lookingbeyond_desktop.ui.conflicts_page import field_label
from lookingbeyond_desktop.ui.errors import confirm
from lookingbeyond_desktop.ui.ops import ALL_TABLES, Ops
from lookingbeyond_desktop.ui.sync_worker import LOGIN_CODES, SyncService


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


def human_sync_message(code: str, message: str) -> str:
    """A failed sync in words a person can act on, in their language (the client's own
    English message for codes not listed)."""
    if code == "http_error":  # no JSON error from headquarters: a proxy or a broken server
        found = re.search(r"HTTP (\d{3})", message)
        status = found.group(1) if found else "?"
        if status.startswith("5"):
            return _tr("Headquarters, or a proxy on the way, had a problem (HTTP %1). Nothing was "
                       "lost; it will be tried again.").replace("%1", status)
        return _tr("Headquarters refused the request (HTTP %1). Check the server address; if it "
                   "is right, ask the Civil Society Team.").replace("%1", status)
    known = {
        "unreachable": _tr("Unable to connect to headquarters, or the connection dropped. Nothing "
                           "was lost; it will be tried again."),
        "timeout": _tr("Headquarters stopped answering in the middle of the sync. Nothing was "
                       "lost; it will be tried again."),
        "dns": _tr("The name of the headquarters server could not be found. Check the address "
                   "and the connection."),
        "bad_reply": _tr("The reply from headquarters was damaged on the way or could not be "
                         "read. Nothing was applied and nothing was lost; it will be tried again."),
        "rate_limited": _tr("Headquarters is busy. Nothing was lost; it will be tried again."),
        "busy": _tr("Headquarters is busy signing other people in. Nothing was lost; try again "
                    "in a few seconds."),
        "too_many_devices": _tr("This account already has as many computers as headquarters "
                                "allows. Ask the Civil Society Team to revoke one you no longer "
                                "use, then log in again."),
        "request_timeout": _tr("The connection to headquarters was too slow, so headquarters "
                               "stopped waiting. Nothing was lost; it will be tried again."),
        "too_long": _tr("The sync needed more round trips than allowed. Nothing was lost; it will "
                        "be tried again."),
        "internal": _tr("Something unexpected went wrong during the sync (the details are in the "
                        "log). Nothing was lost; it will be tried again."),
        "cancelled": _tr("Sync cancelled. Changes sent so far are kept."),
        "not_enrolled": _tr("This computer is not connected to headquarters yet: log in below."),
        "token_invalid": _tr("Headquarters no longer accepts this computer's key: log in again."),
        "token_expired": _tr("This computer has not synced with headquarters for a long time, so "
                             "its key has expired: log in again. Nothing here is lost."),
        "device_revoked": _tr("Headquarters has withdrawn this computer's access. Ask the Civil "
                              "Society Team, then log in again."),
        "protocol_unsupported": _tr("This version of the application is too old for headquarters: "
                                    "install the new version, then sync."),
        "no_keyring": _tr("No system keyring is available to keep this computer's key safely. On "
                          "Linux install and unlock GNOME Keyring or KWallet, then log in again. "
                          "The key is never written to a plain file."),
        "bad_url": _tr("The server address is not usable: it should look like "
                       "https://headquarters.example.org"),
        "mass_delete": _tr("Headquarters' changes would delete many records here, so nothing was "
                           "changed. Confirm to apply them."),
        "disk_full": _tr("The disk is full, so this part of the sync was not saved (nothing "
                         "was lost). Free some space; the sync is tried again by itself."),
    }
    return known.get(code, message)


class _ListTable(QTableWidget):
    """A list that asks for no more height than its minimum: on a small screen the page
    fits (or nearly) instead of pushing the next list out of sight; spare height still goes
    to the lists."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _show_rows(table: QTableWidget, rows: int) -> None:
    """Keep room for the header and ``rows`` rows, however small the window."""
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                           + rows * table.verticalHeader().defaultSectionSize()
                           + 2 * table.frameWidth())


def local_time(at: str | None) -> str:
    """An ISO time from the database as the person's local date and time."""
    if not at:
        return ""
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class SyncPage(QWidget):
    """Everything about reconciling with headquarters, on one page."""

    sig_show_conflicts = Signal()

    def __init__(self, ops: Ops, service: SyncService, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._ops = ops
        self.service = service
        self.overview: dict[str, Any] = {}
        self.refusals: list[dict[str, Any]] = []
        self.quarantine: list[dict[str, Any]] = []
        self.question: QMessageBox | None = None
        self._login_wanted = False
        self._last_failure: tuple[str, str] | None = None  # (the client's words, ours)

        # Everything sits in a scroll area: on a 1024×600 screen the lists stay readable
        # (a few rows each) and the rest of the page is reached by scrolling.
        content = QWidget(self)
        content.setObjectName("syncPageContent")
        title = QLabel(self.tr("Synchronisation with headquarters"), content)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addWidget(self._make_status_box())
        layout.addWidget(self._make_login_box())
        layout.addWidget(self._make_refusals_box(), 1)
        layout.addStretch(0)
        self.refusals_box.setVisible(False)  # until the lists are read: nothing to show yet
        self.reset_button = QPushButton(self.tr("Reset and reconcile again…"), self)
        self.reset_button.setObjectName("resetSyncButton")
        self.reset_button.setToolTip(self.tr(
            "Ask headquarters for everything again and compare it with what is here."))
        self.reset_button.clicked.connect(self.ask_reset)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("syncScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        service.sig_started.connect(self._started)
        service.sig_progress.connect(self._progress)
        service.sig_finished.connect(self._finished)
        service.sig_failed.connect(self._failed)
        service.sig_mass_delete.connect(self.ask_mass_delete)
        service.sig_enrolled.connect(self._enrolled)
        service.sig_enrol_failed.connect(self._enrol_failed)
        service.sig_retry_scheduled.connect(self._retry_scheduled)
        service.sig_cancelling.connect(self._cancelling)
        self._show_busy(False)

    # -- building -------------------------------------------------------------------------

    def _make_status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Headquarters"), self)
        form = self._status_form = QFormLayout()
        self.server_label = self._value_label("syncServer")
        self.last_sync_label = self._value_label("syncLastSuccess")
        self.pending_label = self._value_label("syncPending")
        self.conflicts_link = QLabel(self)
        self.conflicts_link.setObjectName("syncConflicts")
        self.conflicts_link.linkActivated.connect(lambda _link: self.sig_show_conflicts.emit())
        self.error_label = self._value_label("syncLastError")
        form.addRow(self.tr("Server:"), self.server_label)
        form.addRow(self.tr("Last successful sync:"), self.last_sync_label)
        form.addRow(self.tr("Waiting to be sent:"), self.pending_label)
        form.addRow(self.tr("Conflicts:"), self.conflicts_link)
        form.addRow(self.tr("Last problem:"), self.error_label)

        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(lambda: self.sync_now())
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelSyncButton")
        self.cancel_button.clicked.connect(self.service.cancel)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("syncProgressLabel")
        self.report_label = self._value_label("syncReport")
        row = QHBoxLayout()
        for widget in (self.sync_button, self.cancel_button, self.progress, self.progress_label):
            row.addWidget(widget)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addLayout(row)
        column.addWidget(self.report_label)
        return box

    def _value_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _make_login_box(self) -> QGroupBox:
        self.login_box = QGroupBox(self.tr("Log in to headquarters"), self)
        self.login_box.setObjectName("loginBox")
        explain = QLabel(self.tr(
            "Connect this computer once with your headquarters account. The password is not "
            "kept: headquarters gives this computer a key that stays in the system keyring."),
            self.login_box)
        explain.setWordWrap(True)
        self.server_edit = QLineEdit(self.login_box)
        self.server_edit.setObjectName("loginServer")
        self.server_edit.setPlaceholderText(self.tr("https://headquarters.example.org"))
        self.user_edit = QLineEdit(self.login_box)
        self.user_edit.setObjectName("loginUser")
        self.password_edit = QLineEdit(self.login_box)
        self.password_edit.setObjectName("loginPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.login)
        self.login_button = QPushButton(self.tr("Log in"), self.login_box)
        self.login_button.setObjectName("loginButton")
        self.login_button.clicked.connect(self.login)
        self.login_message = self._value_label("loginMessage")
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.server_edit)
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.login_message, 1)
        column = QVBoxLayout(self.login_box)
        column.addWidget(explain)
        column.addLayout(form)
        column.addLayout(buttons)
        return self.login_box

    def _make_refusals_box(self) -> QGroupBox:
        self.refusals_box = QGroupBox(self.tr("Could not sync"), self)
        self.refusals_box.setObjectName("refusalsBox")
        explain = QLabel(self.tr("Changes headquarters refused to take, with its reason. Once the "
                                 "reason is dealt with (for example your rights were extended), "
                                 "Retry sends them again."), self.refusals_box)
        explain.setWordWrap(True)
        self.refusals_table = _ListTable(0, 4, self.refusals_box)
        self.refusals_table.setObjectName("refusalsTable")
        self.refusals_table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Reason"), self.tr("When")])
        self.refusals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refusals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refusals_table.verticalHeader().setVisible(False)
        header = self.refusals_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        _show_rows(self.refusals_table, 2)
        self.retry_button = QPushButton(self.tr("Retry"), self.refusals_box)
        self.retry_button.setObjectName("retryRefusedButton")
        self.retry_button.setToolTip(self.tr("Send the selected changes again (all of them when "
                                             "none is selected)."))
        self.retry_button.clicked.connect(self.retry_refused)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        self.quarantine_explain = QLabel(self.tr(
            "Records headquarters sent that this version could not store. The rest of the sync "
            "went on; a corrected version from headquarters replaces them by itself."),
            self.refusals_box)
        self.quarantine_explain.setWordWrap(True)
        self.quarantine_table = _ListTable(0, 2, self.refusals_box)
        self.quarantine_table.setObjectName("quarantineTable")
        self.quarantine_table.setHorizontalHeaderLabels([self.tr("What happened"), self.tr("When")])
        self.quarantine_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quarantine_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quarantine_table.verticalHeader().setVisible(False)
        self.quarantine_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.quarantine_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        _show_rows(self.quarantine_table, 2)
        column = QVBoxLayout(self.refusals_box)
        column.addWidget(explain)
        column.addWidget(self.refusals_table, 1)
        column.addLayout(row)
        column.addWidget(self.quarantine_explain)
        column.addWidget(self.quarantine_table, 1)
        return self.refusals_box

    # -- showing where sync stands --------------------------------------------------------

    def shown(self) -> None:
        """The page came on screen: read the refusals again."""
        self.refresh_refusals()

    def show_overview(self, overview: dict[str, Any]) -> None:
        """Show the replica's sync state (from browse.sync_overview)."""
        self.overview = overview
        enrolled = bool(overview.get("server_url"))
        if enrolled:
            self.server_label.setText(self.tr("%1 as %2").replace("%1", overview["server_url"])
                                      .replace("%2", overview.get("user_name") or ""))
        else:
            self.server_label.setText(self.tr("Not connected yet: log in below."))
        last = overview.get("last_sync_at")
        self.last_sync_label.setText(local_time(last) if last else self.tr("Never"))
        self.pending_label.setText(self.tr("%n change(s)", "", int(overview.get("pending", 0))))
        count = int(overview.get("conflicts", 0))
        review = self.tr("%n to review", "", count)
        self.conflicts_link.setText(f'<a href="#conflicts">{review}</a>' if count else review)
        error = overview.get("last_error")
        failure = self._last_failure
        told = failure is not None and error == failure[0]
        if failure is not None and told:
            error = failure[1]  # the stored English text, as told in the person's language
        elif error and overview.get("last_error_code"):  # a failure from before a restart
            error = human_sync_message(str(overview["last_error_code"]), error)
        self.error_label.setText(error or self.tr("No problem"))
        # The failure just told under "Sync now" is not repeated in "Last problem:".
        self._status_form.setRowVisible(self.error_label, not told)
        self.error_label.setStyleSheet("color: #a4262c;" if error else "")
        self.login_box.setVisible(not enrolled or self._login_wanted)
        if not self.server_edit.text() and overview.get("server_url"):
            self.server_edit.setText(overview["server_url"])
        if not self.user_edit.text() and overview.get("user_name"):
            self.user_edit.setText(overview["user_name"])
        self._show_busy(self.service.busy)
        if int(overview.get("refusals", 0)) != len(self.refusals):
            self.refresh_refusals()

    def refresh_refusals(self) -> None:
        """Read the "could not sync" list (refused changes, rows kept aside) on the database
        worker."""
        self._ops.read(lambda connection: (browse.sync_refusals(connection), quarantined(connection)),
                       self._show_could_not_sync, key="sync-refusals")

    def _show_could_not_sync(self, lists: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        refusals, kept = lists
        self._show_refusals(refusals)
        self._show_quarantine(kept)

    def _show_quarantine(self, kept: list[dict[str, Any]]) -> None:
        self.quarantine = kept
        table = self.quarantine_table
        table.setRowCount(len(kept))
        for row, item in enumerate(kept):
            cells = (self.quarantine_words(item), local_time(item["at"]))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"{item['tbl']} {item['row_id']}")
                table.setItem(row, column, cell)
        self.quarantine_explain.setVisible(bool(kept))
        self.quarantine_table.setVisible(bool(kept))
        self.refusals_box.setVisible(bool(self.refusals) or bool(kept))

    def quarantine_words(self, item: dict[str, Any]) -> str:
        """A row kept aside, in the person's words: what headquarters sent and why it could
        not be stored (the field, never the value)."""
        what = {
            "organizations": self.tr("an organization"),
            "contacts": self.tr("a contact"),
            "activities": self.tr("an activity"),
            "participations": self.tr("a participation"),
            "grants": self.tr("a grant"),
        }.get(str(item["tbl"]), self.tr("a record"))
        field = field_label(str(item["tbl"]), item["field"]) if item.get("field") else ""
        code = item.get("code")
        if code == "missing" and field:
            why = self.tr("“%1” is missing").replace("%1", field)
        elif code == "invalid" and field:
            why = self.tr("“%1” is not valid").replace("%1", field)
        elif code == "undecodable" and field:
            why = self.tr("“%1” could not be read").replace("%1", field)
        elif code == "unknown_field":
            why = self.tr("it has a field this version does not know; installing the newest "
                          "version may help")
        elif code == "missing_parent":
            why = self.tr("it belongs to a record that never arrived")
        elif code == "unknown_table":
            why = self.tr("this version does not know that kind of record")
        else:
            why = self.tr("this computer's database refused it")
        return (self.tr("Headquarters sent %1 this version could not store: %2")
                .replace("%1", what).replace("%2", why))

    def refusal_words(self, refusal: dict[str, Any]) -> str:
        """Why headquarters refused a change, in the person's words (headquarters' own
        English reason for a code not listed: it names fields, never values)."""
        field = field_label(str(refusal["tbl"]), refusal["field"]) if refusal.get("field") else ""
        known = {
            "out_of_scope": self.tr("Your account may not make this change: the record, or "
                                    "what it would become, is outside your office's countries."),
            "invalid_record": (self.tr("Headquarters does not accept the value of “%1”.")
                               .replace("%1", field) if field else
                               self.tr("Headquarters does not accept this record as it is.")),
            "record_too_large": self.tr("The record is too large to send: shorten its longest "
                                        "texts (notes, outcomes)."),
            "missing_reference": (self.tr("“%1” refers to a record headquarters does not "
                                          "have.").replace("%1", field) if field else
                                  self.tr("It refers to a record headquarters does not have.")),
            "unknown_record": self.tr("Headquarters does not have this record in full. "
                                      "“Reset and reconcile again” can help."),
            "unknown_table": self.tr("This version and headquarters do not agree on this kind "
                                     "of record: install the newest version."),
            "unknown_field": self.tr("This version and headquarters do not agree on this field: "
                                     "install the newest version."),
        }
        return known.get(str(refusal.get("code")), str(refusal["reason"]))

    def _show_refusals(self, refusals: list[dict[str, Any]]) -> None:
        self.refusals = refusals
        table = self.refusals_table
        table.setRowCount(len(refusals))
        for row, refusal in enumerate(refusals):
            field = refusal["field"]
            cells = (refusal["label"] or self.tr("a record no longer on this computer"),
                     field_label(str(refusal["tbl"]), field) if field else self.tr("whole record"),
                     self.refusal_words(refusal), local_time(refusal["at"]))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(str(text))
                # headquarters' own words (English, no values) for the Civil Society Team
                cell.setToolTip(f"{refusal['code']}: {refusal['reason']}")
                table.setItem(row, column, cell)
        self.refusals_table.setVisible(bool(refusals))
        self.retry_button.setVisible(bool(refusals))
        self.refusals_box.setVisible(bool(refusals) or bool(self.quarantine))
        self.retry_button.setEnabled(bool(refusals) and not self.service.busy)

    def _show_busy(self, busy: bool) -> None:
        enrolled = bool(self.overview.get("server_url"))
        self.sync_button.setEnabled(enrolled and not busy and not self.service.enrolling)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy and not self.service.cancel_event.is_set())
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.reset_button.setEnabled(enrolled and not busy)
        self.retry_button.setEnabled(bool(self.refusals) and not busy)
        self.login_button.setEnabled(not busy and not self.service.enrolling)

    # -- actions --------------------------------------------------------------------------

    def sync_now(self, *, allow_mass_delete: bool = False, reset: bool = False) -> bool:
        """Start a sync (nothing happens when one is running)."""
        return self.service.sync_now(allow_mass_delete=allow_mass_delete, reset=reset)

    @Slot()
    def login(self) -> None:
        """Enrol with the address, user and password typed."""
        server, user = self.server_edit.text().strip(), self.user_edit.text().strip()
        if not server or not user or not self.password_edit.text():
            self.login_message.setText(self.tr("Type the server address, your user name and "
                                               "your password."))
            return
        if "://" not in server:
            server = "https://" + server
            self.server_edit.setText(server)
        if self.service.login(server, user, self.password_edit.text()):
            self.login_message.setText(self.tr("Connecting to headquarters…"))
            self._show_busy(self.service.busy)

    @Slot(object)
    def _enrolled(self, answer: Any) -> None:
        self.password_edit.clear()
        self._login_wanted = False
        self.login_message.setText(self.tr("This computer is now connected to headquarters."))
        self.report_label.setText(self.tr("Connected as %1. The first sync starts now.")
                                  .replace("%1", str(answer.get("user") or self.user_edit.text())))

    @Slot(str, str)
    def _enrol_failed(self, code: str, message: str) -> None:
        self._show_busy(self.service.busy)
        self.login_message.setText(human_sync_message(code, message))

    @Slot()
    def ask_reset(self) -> None:
        """Confirm, then forget the pull cursor and sync everything again."""
        self.question = confirm(self, self.tr(
            "Ask headquarters for all the data again and reconcile it with this computer? "
            "Your changes not yet sent are kept and sent as usual. This can take a while on a "
            "slow connection."), lambda: self.sync_now(reset=True),
            title=self.tr("Reset and reconcile again"))

    @Slot(int, int)
    def ask_mass_delete(self, deleting: int, live: int) -> None:
        """Headquarters' answer would delete many records: ask before applying it."""
        box = QMessageBox(self)
        box.setObjectName("massDeleteBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Many records would be deleted"))
        box.setText(self.tr("Headquarters' changes would delete %1 of the %2 records on this "
                            "computer. Nothing has been changed yet.")
                    .replace("%1", f"{deleting:,}").replace("%2", f"{live:,}"))
        box.setInformativeText(self.tr("Apply these deletions? Choose No if this looks wrong, and "
                                       "ask the Civil Society Team."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def finished(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.sync_now(allow_mass_delete=True)
            box.deleteLater()

        box.finished.connect(finished)
        box.open()
        self.question = box

    @Slot()
    def retry_refused(self) -> None:
        """Queue the selected refused changes (all when none is selected) and sync."""
        rows = sorted({index.row() for index in self.refusals_table.selectionModel().selectedRows()})
        chosen = [self.refusals[row] for row in rows] or list(self.refusals)
        if not chosen:
            return
        tables = {item["tbl"] for item in chosen} & ALL_TABLES
        self._ops.write(lambda w: requeue_refused(w, chosen), lambda _n: self._requeued(),
                        tables=tables or ALL_TABLES)

    def _requeued(self) -> None:
        self.refresh_refusals()
        self.sync_now()

    # -- answers from the network thread --------------------------------------------------

    @Slot()
    def _started(self) -> None:
        self.progress_label.setText(self.tr("Connecting to headquarters…"))
        self.report_label.setStyleSheet("")
        self._show_busy(True)

    @Slot()
    def _cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling after the current round trip…"))

    @Slot(str, int, int)
    def _progress(self, _stage: str, rounds: int, pulled: int) -> None:
        if self.service.cancel_event.is_set():
            return  # keep saying that it is stopping
        self.progress_label.setText(self.tr("Round trip %1, %n record(s) received", "", pulled)
                                    .replace("%1", str(rounds)))

    @Slot(object)
    def _finished(self, report: Any) -> None:
        self._show_busy(False)
        self._last_failure = None
        text = self.tr("Sent %n record(s)", "", report.pushed_rows) + "; " + \
            self.tr("received %n record(s)", "", report.pulled_rows)
        if report.conflicts:
            text += "; " + self.tr("%n new conflict(s) to review", "", report.conflicts)
        if report.refused:
            text += "; " + self.tr("%n change(s) refused", "", report.refused)
        if getattr(report, "quarantined", 0):
            text += "; " + self.tr("%n record(s) from headquarters could not be stored here",
                                   "", report.quarantined)
        text += "."
        if getattr(report, "withdrawn", 0):
            text += " " + self.tr("%n record(s) left this office's scope and were removed from "
                                  "this computer.", "", report.withdrawn)
        self.report_label.setText(text)
        self.refresh_refusals()

    @Slot(str, str, bool)
    def _failed(self, code: str, message: str, _retryable: bool) -> None:
        self._show_busy(False)
        self._last_failure = (message, human_sync_message(code, message))
        self.report_label.setText(self._last_failure[1])
        self.report_label.setStyleSheet("" if code == "cancelled" else "color: #a4262c;")
        if code in LOGIN_CODES:
            self._login_wanted = True
            self.login_box.setVisible(True)
            self.login_message.setText(human_sync_message(code, message))

    @Slot(int)
    def _retry_scheduled(self, minutes: int) -> None:
        self.report_label.setText(self.report_label.text() + " " + self.tr(
            "Trying again in %n minute(s).", "", minutes))


__all__ = ["SyncPage", "human_sync_message", "local_time"]
