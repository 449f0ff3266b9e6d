"""The Sync page: logging in to headquarters, "Sync now" with progress and Cancel, where sync
stands (last success, changes waiting, the last problem), sync by file (a sealed file for
headquarters, and reading its reply, for a computer without a connection), what could not
sync (changes headquarters refused, with Retry; records it sent that could not be stored
here) and "Reset and reconcile again"."""

from __future__ import annotations

import datetime as dt
import html
import platform
import re
from typing import Any

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
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
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop import __version__
from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.store.sync_adapter import quarantined, replication_for, requeue_refused
from lookingbeyond_desktop.ui.conflicts_page import field_label
from lookingbeyond_desktop.ui.errors import confirm
from lookingbeyond_desktop.ui.layout import left_to_right
from lookingbeyond_desktop.ui.ops import ALL_TABLES, Ops
from lookingbeyond_desktop.ui.sync_worker import LOGIN_CODES, SyncService
from sync.wire import MAX_DEVICE_NAME


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


def human_file_message(job: str, code: str, message: str) -> str:
    """Why writing a file for headquarters (``job`` "write") or reading its reply ("read")
    failed, in the person's words and language; never an internal code.  ``message`` is
    the file system's own words for ``write_error`` / ``read_error``."""
    if code == "write_error":
        return _tr("The file could not be written there (%1). Nothing was lost: the changes "
                   "are still waiting to be sent. Check that the USB stick or disk is plugged "
                   "in and has free space, or choose another place, and write the file "
                   "again.").replace("%1", message)
    if code == "read_error":
        return _tr("The file could not be read (%1). Check that the USB stick or disk is "
                   "plugged in, then try again. Nothing was changed here.").replace("%1", message)
    nothing = _tr("Nothing was read from it and nothing was changed here.")
    known = {
        "damaged": _tr("This file is damaged or incomplete: it may have been cut short while it "
                       "was copied, or the USB stick was pulled out too early.") + " " + nothing
                   + " " + _tr("Copy the reply again from headquarters."),
        "not_a_bundle": _tr("This is not a sync file of Looking Beyond.") + " " + nothing,
        "unsupported": _tr("This file was made by a newer version of Looking Beyond: install "
                           "the newest version to read it.") + " " + nothing,
        "too_large": (_tr("This file is larger than any reply headquarters makes.") + " " + nothing
                      if job == "read" else
                      _tr("There are too many changes for one file. Nothing was lost; ask the "
                          "Civil Society Team for help.")),
        "foreign": _tr("This reply was made by another headquarters, not the one this computer "
                       "is connected to.") + " " + nothing,
        "other_device": _tr("This reply was made for another computer: it answers a file "
                            "written there.") + " " + nothing + " " + _tr(
                                "Give it to the computer it belongs to."),
        "bad_signature": _tr("This reply was changed after headquarters made it, or was not "
                             "made by the headquarters this computer is connected to.") + " "
                         + nothing,
        "wrong_kind": _tr("This file was written on a computer for headquarters, not a reply "
                          "from headquarters. Take it to headquarters; a computer reads only "
                          "the replies headquarters makes.") + " " + nothing,
        "out_of_order": _tr("This reply answers a file made before this computer's data was "
                            "reset or restored.") + " " + nothing + " " + _tr(
                                "Write a new file and carry it to headquarters."),
        "no_keys": _tr("This computer does not have headquarters' keys for sync by file yet. "
                       "Connect it to headquarters once (Sync now, or log in again); from then "
                       "on it can sync by file."),
        "unknown_device": _tr("Headquarters does not know this computer.") + " " + nothing,
        "device_revoked": _tr("Headquarters has withdrawn this computer's access. Ask the Civil "
                              "Society Team, then log in again."),
        "mass_delete": _tr("Headquarters' reply would delete many records here, so nothing was "
                           "changed."),
        "not_enrolled": _tr("This computer is not connected to headquarters yet: log in first "
                            "(once, with a connection); then it can sync by file."),
        "no_keyring": _tr("No system keyring is available to keep this computer's keys safely. On "
                          "Linux install and unlock GNOME Keyring or KWallet, then log in again."),
        "keyring": _tr("The system keyring, where this computer's keys are kept, could not be "
                       "read. Unlock it (or log in to the computer again), then try again."),
        "disk_full": _tr("This computer's disk is full, so the reply could not be saved (nothing "
                         "was lost). Free some space, then read the reply again."),
        "internal": (_tr("Something unexpected went wrong while writing the file (the details "
                         "are in the log). Nothing was lost.") if job == "write" else
                     _tr("Something unexpected went wrong while reading the reply (the details "
                         "are in the log). Nothing was lost.")),
    }
    if code == "demo_data":
        return message  # SyncService.demo_message(), already in the person's language
    return known.get(code, (_tr("The file could not be written. Nothing was lost.")
                            if job == "write" else
                            _tr("The reply could not be read. Nothing was changed here.")))


def bundle_file_name(computer: str, day: dt.date) -> str:
    """The name offered for a file for headquarters: lookingbeyond-<computer>-<date>.lbsync
    (the computer's name made safe for any file system)."""
    safe = re.sub(r"[^\w.-]+", "-", computer, flags=re.UNICODE).strip("-.") or "computer"
    return f"lookingbeyond-{safe[:60]}-{day.isoformat()}.lbsync"


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


# -- refused changes ----------------------------------------------------------------------

# Where each kind of record is opened: its own page, or the record it belongs to.
_OPEN_AT = {"organizations": ("organizations", "id"), "contacts": ("organizations", "organization_id"),
            "activities": ("activities", "id"), "participations": ("activities", "activity_id"),
            "grants": ("grants", "id")}


def refused_changes(connection: Any) -> list[dict[str, Any]]:
    """Every change headquarters refused (the latest refusal per record and field), newest
    first, with the record's name (``label``) and where to open it (``open_table``,
    ``open_id``).  Runs on the database worker."""
    rows = [dict(row) for row in connection.exec_driver_sql(
        "SELECT max(id) AS id, tbl, row_id, field, code, reason, max(at) AS at FROM sync_refusals "
        "GROUP BY tbl, row_id, field ORDER BY max(id) DESC").mappings()]
    keys = [(r["tbl"], r["row_id"]) for r in rows]
    labels = browse.record_labels(connection, keys)
    links: dict[tuple[str, str], str] = {}
    for table, (_target, column) in _OPEN_AT.items():
        ids = sorted({row_id for tbl, row_id in keys if tbl == table})
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            holes = ", ".join("?" for _ in chunk)
            if table == "participations":  # named by organization and activity
                for row_id, link, org, title in connection.exec_driver_sql(
                        "SELECT p.id, p.activity_id, o.name, a.title FROM participations p "
                        "LEFT JOIN organizations o ON o.id = p.organization_id "
                        "LEFT JOIN activities a ON a.id = p.activity_id "
                        f"WHERE p.id IN ({holes})", tuple(chunk)):
                    links[(table, row_id)] = link
                    labels[(table, row_id)] = " — ".join(str(x) for x in (org, title) if x)
            else:
                for row_id, link in connection.exec_driver_sql(
                        f"SELECT id, {column} FROM {table} WHERE id IN ({holes})", tuple(chunk)):
                    links[(table, row_id)] = link
    for row in rows:
        key = (row["tbl"], row["row_id"])
        row["label"] = labels.get(key, "")
        row["open_table"] = _OPEN_AT.get(row["tbl"], ("", ""))[0]
        row["open_id"] = links.get(key)
    return rows


def record_kind(table: str) -> str:
    """What kind of record a table holds, as a person says it."""
    return {
        "organizations": _tr("Organization"),
        "contacts": _tr("Contact"),
        "activities": _tr("Activity"),
        "participations": _tr("Participation"),
        "grants": _tr("Grant"),
    }.get(table, _tr("Record"))


# Kinds of problem in headquarters' validation (its English reason, values removed), by
# what its message says (domain/validation.py); each is told in the person's words.
_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("refers to a deleted record", QT_TRANSLATE_NOOP(
        "sync", "“%1” names a record that was deleted at headquarters meanwhile.")),
    ("a restore and a merge crossed", QT_TRANSLATE_NOOP(
        "sync", "This organization was merged into another one on one computer and brought "
        "back from the Trash on another at the same time: look at both records before trying "
        "again.")),
    ("is required", QT_TRANSLATE_NOOP("sync", "“%1” is empty, and headquarters requires it.")),
    ("is longer than", QT_TRANSLATE_NOOP("sync", "“%1” is longer than headquarters accepts.")),
    ("holds more than", QT_TRANSLATE_NOOP("sync", "“%1” has more entries than headquarters accepts.")),
    ("currency code", QT_TRANSLATE_NOOP("sync", "“%1” is not a currency headquarters knows.")),
    ("not a known", QT_TRANSLATE_NOOP("sync", "“%1” holds a choice headquarters does not know.")),
    ("e-mail", QT_TRANSLATE_NOOP("sync", "“%1” is not an e-mail address headquarters accepts.")),
    ("web address", QT_TRANSLATE_NOOP("sync", "“%1” is not a web address headquarters accepts.")),
    ("in the future", QT_TRANSLATE_NOOP("sync", "“%1” is a date in the future.")),
    ("cannot be before", QT_TRANSLATE_NOOP("sync", "“%1” is earlier than the date it must follow.")),
    ("negative", QT_TRANSLATE_NOOP("sync", "“%1” is below zero.")),
    ("cannot be more than", QT_TRANSLATE_NOOP("sync", "“%1” is larger than headquarters accepts.")),
    ("fewer than", QT_TRANSLATE_NOOP("sync", "“%1” is fewer than the women and men counted.")),
    ("more than zero", QT_TRANSLATE_NOOP("sync", "“%1” must be more than zero.")),
    ("decimal places", QT_TRANSLATE_NOOP("sync", "“%1” has more decimal places than headquarters accepts.")),
    ("cannot move from", QT_TRANSLATE_NOOP("sync", "“%1” skips a step: a grant moves one step at a time.")),
    ("larger than", QT_TRANSLATE_NOOP(
        "sync", "The record is too large to send: shorten its longest texts (notes, outcomes).")),
)


def _problem_kind(field: str | None, reason: str) -> str | None:
    """Which of _PROBLEMS headquarters' reason names for ``field`` (the first part that
    names it, else the whole reason)."""
    parts = [part.strip() for part in reason.split(";")]
    named = [part for part in parts if field and part.startswith(f"{field}:")]
    text = (named or parts or [""])[0]
    for marker, words in _PROBLEMS:
        if marker in text:
            return words
    return None


def refusal_reason(refusal: dict[str, Any]) -> str:
    """Why headquarters refused a change, as one sentence in the person's language: per
    refusal code and, for a broken rule, per kind of problem; fields by the labels the forms
    use.  Never headquarters' code or field names."""
    table, name = str(refusal.get("tbl")), refusal.get("field")
    field = field_label(table, str(name)) if name else ""
    code = str(refusal.get("code"))
    if code == "missing_reference":
        parent = _parent_table(table, name)
        return {
            "organizations": _tr("The organization it belongs to is not at headquarters yet."),
            "activities": _tr("The activity it belongs to is not at headquarters yet."),
            "contacts": _tr("The contact it names is not at headquarters yet."),
        }.get(parent or "", _tr("A record it refers to is not at headquarters yet."))
    if code == "out_of_scope":
        if name and _parent_table(table, name):
            return _tr("“%1” names a record your account cannot see at headquarters.").replace(
                "%1", field)
        return _tr("Headquarters does not allow your account to change this region's records.")
    if code == "invalid_record":
        words = _problem_kind(name, str(refusal.get("reason") or ""))
        if words is not None:
            return _tr(words).replace("%1", field)
        return (_tr("Headquarters does not accept the value of “%1”.").replace("%1", field) if field
                else _tr("Headquarters does not accept this record as it is."))
    known = {
        "record_too_large": _tr("The record is too large to send: shorten its longest texts "
                                "(notes, outcomes)."),
        "unknown_record": _tr("Headquarters does not have this record in full: Retry sends it "
                              "whole."),
        "unavailable": _tr("Headquarters could not send this record: it may be outside your "
                           "office's countries now."),
        "unknown_table": _tr("This version and headquarters do not agree on this kind of "
                             "record: install the newest version."),
        "unknown_field": _tr("This version and headquarters do not agree on a field: install "
                             "the newest version."),
        "bad_value": (_tr("Headquarters could not read the value of “%1”: install the newest "
                          "version.").replace("%1", field) if field else
                      _tr("Headquarters could not read this change: install the newest version.")),
        "bad_request": _tr("Headquarters could not read this change: install the newest version."),
        "personal_data_erased": _tr("Headquarters erased this person's details at their "
                                    "request; your change to them was not kept."),
    }
    return known.get(code, _tr("Headquarters did not accept this change."))


def _parent_table(table: str, name: Any) -> str | None:
    try:
        return REGISTRY.table(table).field(str(name)).ref_table if name else None
    except KeyError:
        return None


class RefusedModel(QAbstractItemModel):
    """Refused changes grouped by reason: a row per reason (with how many changes), under
    it a row per change naming the record.  Holds what was read on the database worker."""

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[dict[str, Any]]]] = []

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        """Group ``entries`` (from :func:`refused_changes`) by their reason's words."""
        grouped: dict[str, list[dict[str, Any]]] = {}
        for entry in entries:
            grouped.setdefault(refusal_reason(entry), []).append(entry)
        self.beginResetModel()
        self.groups = sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))
        self.endResetModel()

    def entries_of(self, indexes: list[QModelIndex]) -> list[dict[str, Any]]:
        """The changes that ``indexes`` stand for (a group: all of its changes), once each."""
        chosen: dict[tuple[str, str, Any], dict[str, Any]] = {}
        for index in indexes:
            group = index.internalId()
            entries = self.groups[index.row()][1] if group == 0 else [
                self.groups[group - 1][1][index.row()]]
            for entry in entries:
                chosen.setdefault((entry["tbl"], entry["row_id"], entry["field"]), entry)
        return list(chosen.values())

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
              ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_tr("Reason and record"), _tr("Kind"), _tr("Changes / when"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = index.internalId()
        if group == 0:
            reason, entries = self.groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                count = self.tr("%n change(s)", "", len(entries))
                return (reason, "", count)[index.column()] \
                    if role == Qt.ItemDataRole.DisplayRole else reason
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        entry = self.groups[group - 1][1][index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = entry.get("label") or _tr("(a record no longer on this computer)")
            cells = (name, record_kind(str(entry["tbl"])), local_time(entry.get("at")))
            return cells[index.column()] if role == Qt.ItemDataRole.DisplayRole else name
        return None


class _WrappedReasons(QStyledItemDelegate):
    """Row heights for a first column whose text wraps in its width, so that a long reason
    is read in full on a 1024×600 screen.  QTreeView asks its delegate for a row's height
    without a width (it would then be one line, elided): this one gives it the column's.
    The other columns are sized to their contents, on one line."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.column() != 0:
            return super().sizeHint(option, index)
        view = self._view
        depth = int(view.rootIsDecorated())  # the tree's indentation, in the first column
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = view.columnWidth(0) - depth * view.indentation()
        wrapped = QStyleOptionViewItem(option)
        # (the style wraps only within a valid rectangle: its height does not matter)
        wrapped.rect = QRect(0, 0, max(width, 1), max(option.rect.height(), 1))
        return super().sizeHint(wrapped, index)


class RefusedView(QTreeView):
    """The refused changes; Enter opens the record, Delete discards.  Text wraps (a reason
    can be a long sentence, longer still in some languages): rows are as tall as they need,
    measured again when the columns change width."""

    sig_open = Signal()
    sig_discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_WrappedReasons(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.header().sectionResized.connect(lambda *_args: self.scheduleDelayedItemsLayout())

    def sizeHint(self) -> QSize:
        """No more height than its minimum (as _ListTable): on a small screen the actions
        below stay in sight; spare height still goes to the list."""
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def event(self, event: QEvent) -> bool:
        # Enter and Delete are this list's own keys, before the window's shortcuts (Edit >
        # Delete) would take them.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_open.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.sig_discard.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SyncPage(QWidget):
    """Everything about reconciling with headquarters, on one page."""

    sig_show_conflicts = Signal()
    sig_open_record = Signal(str, str)  # table, id: show this record in its page
    sig_discarded = Signal()  # refused changes became entries of the Conflicts page
    sig_reply_read = Signal(object)  # a reply was read (a sync.bundle_client.ReplyResult)

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
        self._lists_read = False  # the "could not sync" lists were read once
        self._error: str | None = None  # the last failure, in the person's words
        self._told = False  # ... already told under "Sync now"
        self._reply_path: str | None = None  # the reply being read (asked again after a question)

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
        layout.addWidget(self._make_file_box())
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
        service.sig_sandbox.connect(self._show_sandbox)
        service.sig_file_started.connect(self._file_started)
        service.sig_file_written.connect(self._file_written)
        service.sig_reply_read.connect(self._reply_read)
        service.sig_file_failed.connect(self._file_failed)
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
        self.version_label = self._value_label("syncAppVersion")
        self.version_label.setOpenExternalLinks(True)
        self.version_label.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.tr("This application:"), self.version_label)

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

    def _make_file_box(self) -> QGroupBox:
        self.file_box = QGroupBox(self.tr("Sync by file"), self)
        self.file_box.setObjectName("syncByFileBox")
        explain = QLabel(self.tr(
            "No connection here? Write a file for headquarters, carry it there (a USB stick, "
            "or a colleague who travels), and read the reply headquarters gives you."),
            self.file_box)
        explain.setWordWrap(True)
        self.write_file_button = QPushButton(self.tr("Write a File for Headquarters…"),
                                             self.file_box)
        self.write_file_button.setObjectName("writeBundleButton")
        self.write_file_button.setToolTip(self.tr(
            "Put the changes waiting to be sent, and what this computer asks of headquarters, "
            "in one sealed file."))
        self.write_file_button.clicked.connect(self.choose_file_to_write)
        self.read_reply_button = QPushButton(self.tr("Read a Reply from Headquarters…"),
                                             self.file_box)
        self.read_reply_button.setObjectName("readReplyButton")
        self.read_reply_button.setToolTip(self.tr(
            "Read the reply headquarters made for a file from this computer."))
        self.read_reply_button.clicked.connect(self.choose_reply_to_read)
        self.file_progress = QProgressBar(self.file_box)
        self.file_progress.setObjectName("bundleProgress")
        self.file_progress.setRange(0, 0)
        self.file_progress.setTextVisible(False)
        self.file_progress.setMaximumWidth(160)
        self.file_report_label = self._value_label("bundleReport")
        row = QHBoxLayout()
        for widget in (self.write_file_button, self.read_reply_button, self.file_progress):
            row.addWidget(widget)
        row.addStretch(1)
        column = QVBoxLayout(self.file_box)
        column.addWidget(explain)
        column.addLayout(row)
        column.addWidget(self.file_report_label)
        self.file_report_label.setVisible(False)
        self.file_progress.setVisible(False)
        return self.file_box

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
        self.device_edit = QLineEdit(platform.node(), self.login_box)
        self.device_edit.setObjectName("loginDeviceName")
        self.device_edit.setMaxLength(MAX_DEVICE_NAME)
        self.device_edit.setPlaceholderText(self.tr("e.g. NAIROBI-LAPTOP-2"))
        self.device_edit.setToolTip(self.tr(
            "Colleagues see your changes in History, Trash and Conflicts under your user name "
            "and this computer's name: choose one they will recognise."))
        self.login_button = QPushButton(self.tr("Log in"), self.login_box)
        self.login_button.setObjectName("loginButton")
        self.login_button.clicked.connect(self.login)
        self.login_message = self._value_label("loginMessage")
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.server_edit)
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("This &computer's name:"), self.device_edit)
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
        self.refused_summary = QLabel(self.refusals_box)
        self.refused_summary.setObjectName("refusedSummary")
        self.refused_summary.setWordWrap(True)
        font = self.refused_summary.font()
        font.setBold(True)
        self.refused_summary.setFont(font)
        self.refused_explain = QLabel(self.tr(
            "Grouped by reason. Open shows the record; Retry sends the change again at the next "
            "sync once the reason is dealt with (for example your rights were extended); "
            "Discard gives it up and keeps the values on the Conflicts page, where they can be "
            "sent again later."), self.refusals_box)
        self.refused_explain.setWordWrap(True)
        self.refused_model = RefusedModel(parent=self)
        self.refused_view = RefusedView(self.refusals_box)
        self.refused_view.setObjectName("refusedView")
        self.refused_view.setModel(self.refused_model)
        self.refused_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.refused_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refused_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.refused_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        rows = 4
        self.refused_view.setMinimumHeight(header.sizeHint().height() + rows * (
            self.refused_view.fontMetrics().height() + 8) + 2 * self.refused_view.frameWidth())
        self.refused_view.sig_open.connect(self.open_selected)
        self.refused_view.sig_discard.connect(self.discard_selected)
        self.refused_view.activated.connect(lambda index: self.open_selected()
                                            if index.parent().isValid() else None)
        self.refused_view.selectionModel().selectionChanged.connect(
            lambda *_args: self._enable_refused_actions())
        self.open_button = QPushButton(self.tr("&Open"), self.refusals_box)
        self.open_button.setObjectName("openRefusedButton")
        self.open_button.setToolTip(self.tr("Show the selected record in its page (Enter)."))
        self.open_button.clicked.connect(self.open_selected)
        self.discard_button = QPushButton(self.tr("&Discard…"), self.refusals_box)
        self.discard_button.setObjectName("discardRefusedButton")
        self.discard_button.setToolTip(self.tr(
            "Give up the selected changes (Delete). Their values stay on the Conflicts page, "
            "where they can be sent again."))
        self.discard_button.clicked.connect(self.discard_selected)
        self.retry_button = QPushButton(self.tr("&Retry"), self.refusals_box)
        self.retry_button.setObjectName("retryRefusedButton")
        self.retry_button.setToolTip(self.tr("Send the selected changes again (all of them when "
                                             "none is selected)."))
        self.retry_button.clicked.connect(self.retry_refused)
        row = QHBoxLayout()
        for button in (self.open_button, self.retry_button, self.discard_button):
            row.addWidget(button)
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
        column.addWidget(self.refused_summary)
        column.addWidget(self.refused_explain)
        column.addWidget(self.refused_view, 2)
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
        if enrolled and overview.get("device_name"):
            self.server_label.setText(
                self.tr("%1 as %2, from this computer (%3)").replace("%1", overview["server_url"])
                .replace("%2", overview.get("user_name") or "")
                .replace("%3", overview["device_name"]))
        elif enrolled:
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
        self._error = error
        self._told = told
        self._show_problem()
        self._show_version(overview.get("newer_app"))
        self.login_box.setVisible(not enrolled or self._login_wanted)
        if not self.server_edit.text() and overview.get("server_url"):
            self.server_edit.setText(overview["server_url"])
        if not self.user_edit.text() and overview.get("user_name"):
            self.user_edit.setText(overview["user_name"])
        if overview.get("device_name") and not self.device_edit.isModified():
            self.device_edit.setText(overview["device_name"])  # the name it was given before
        self._show_busy(self.service.busy)
        if not self._lists_read or int(overview.get("refusals", 0)) != len(self.refusals):
            self.refresh_refusals()

    def _show_version(self, newer: dict[str, str] | None) -> None:
        """This application's version, and the newer one headquarters announced, if any,
        with where to get it."""
        current = self.tr("Looking Beyond %1").replace("%1", html.escape(__version__))
        if not newer:
            self.version_label.setText(current)
            return
        text = self.tr("%1 — a newer version, %2, is available.").replace("%1", current).replace(
            "%2", f"<b>{html.escape(newer['newest'])}</b>")
        url = newer.get("url")
        if url:
            link = f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>'
            text += " " + self.tr("Get it from %1").replace("%1", link)
        else:
            text += " " + self.tr("Ask headquarters for it.")
        self.version_label.setText(text)

    def refused_count(self) -> int:
        """How many changes headquarters did not accept: the list's own count once it is
        read (the overview's until then), so the status line and the list agree."""
        return len(self.refusals) if self._lists_read else int(self.overview.get("refusals", 0))

    def refused_text(self) -> str:
        """The summary of the "could not sync" list, or '' when it is empty."""
        count = self.refused_count()
        return self.tr("Headquarters did not accept %n change(s).", "", count) if count else ""

    def _show_problem(self) -> None:
        """"Last problem:": the last failure, else the refused changes and the rows kept
        aside (never "No problem" while the list below shows some)."""
        problems = [self._error] if self._error else []
        if self.refused_count():
            problems.append(self.refused_text() + " " + self.tr("See “Could not sync” below."))
        if self.quarantine:
            problems.append(self.tr("%n record(s) from headquarters could not be stored here.",
                                    "", len(self.quarantine)))
        self.error_label.setText("\n".join(problems) or self.tr("No problem"))
        # The failure just told under "Sync now" is not repeated in "Last problem:".
        self._status_form.setRowVisible(self.error_label, not self._told or len(problems) > 1)
        self.error_label.setStyleSheet("color: #a4262c;" if problems else "")

    def refresh_refusals(self) -> None:
        """Read the "could not sync" list (refused changes, rows kept aside) on the database
        worker."""
        self._ops.read(lambda connection: (refused_changes(connection), quarantined(connection)),
                       self._show_could_not_sync, key="sync-refusals")

    def _show_could_not_sync(self, lists: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        refusals, kept = lists
        self._lists_read = True
        self.quarantine = kept
        self._show_refusals(refusals)
        self._show_quarantine(kept)
        self._show_problem()

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
        """Why headquarters refused a change, in the person's words (:func:`refusal_reason`)."""
        return refusal_reason(refusal)

    def _show_refusals(self, refusals: list[dict[str, Any]]) -> None:
        self.refusals = refusals
        self.refused_model.set_entries(refusals)
        if len(refusals) <= 40:  # a few: show every record; thousands: the reasons first
            self.refused_view.expandAll()
        if refusals and not self.refused_view.currentIndex().isValid():
            self.refused_view.setCurrentIndex(self.refused_model.index(0, 0))
        self.refused_summary.setText(self.refused_text())
        for widget in (self.refused_summary, self.refused_explain, self.refused_view,
                       self.open_button, self.retry_button, self.discard_button):
            widget.setVisible(bool(refusals))
        self.refusals_box.setVisible(bool(refusals) or bool(self.quarantine))
        self._enable_refused_actions()

    def _enable_refused_actions(self) -> None:
        busy = self.service.busy
        chosen = bool(self.selected_refusals(fallback=False))
        self.open_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen and not busy)
        self.retry_button.setEnabled(bool(self.refusals) and not busy)

    def selected_refusals(self, *, fallback: bool = True) -> list[dict[str, Any]]:
        """The refused changes selected (a group stands for all of its changes); the
        current row's when nothing is selected and ``fallback``."""
        indexes = self.refused_view.selectionModel().selectedRows(0)
        if not indexes and fallback and self.refused_view.currentIndex().isValid():
            indexes = [self.refused_view.currentIndex()]
        return self.refused_model.entries_of(indexes)

    def _show_busy(self, busy: bool) -> None:
        enrolled = bool(self.overview.get("server_url"))
        filing = busy and self.service.file_job is not None  # sync by file, not a sync
        syncing = busy and not filing
        self.sync_button.setEnabled(enrolled and not busy and not self.service.enrolling)
        self.cancel_button.setVisible(syncing)
        self.cancel_button.setEnabled(syncing and not self.service.cancel_event.is_set())
        self.progress.setVisible(syncing)
        self.progress_label.setVisible(syncing)
        self.file_box.setVisible(enrolled and not self.service.sandbox)
        for button in (self.write_file_button, self.read_reply_button):
            button.setEnabled(enrolled and not busy and not self.service.enrolling
                              and not self.service.sandbox)
        self.file_progress.setVisible(filing)
        self.reset_button.setEnabled(enrolled and not busy)
        if hasattr(self, "refused_model"):
            self._enable_refused_actions()
        self.login_button.setEnabled(not busy and not self.service.enrolling
                                     and not self.service.sandbox)

    @Slot(bool)
    def _show_sandbox(self, demo: bool) -> None:
        """A demo folder: say why it can never log in, in place of the login's answers."""
        self.login_message.setText(self.service.demo_message() if demo else "")
        self._show_busy(self.service.busy)

    # -- actions --------------------------------------------------------------------------

    def sync_now(self, *, allow_mass_delete: bool = False, reset: bool = False) -> bool:
        """Start a sync (nothing happens when one is running)."""
        return self.service.sync_now(allow_mass_delete=allow_mass_delete, reset=reset)

    def file_actions_enabled(self) -> bool:
        """Whether sync by file can start now (enrolled, not a demo folder, nothing running)."""
        return self.write_file_button.isEnabled()

    def _file_folder(self) -> str:
        """Where the file dialogs open: the folder used last, else Documents."""
        folder = QSettings().value("sync/bundleFolder", "")
        if folder and Path(str(folder)).is_dir():
            return str(folder)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
            or str(Path.home())

    @Slot()
    def choose_file_to_write(self) -> None:
        """Ask where to write the file for headquarters, then write it off the GUI thread."""
        if not self.file_actions_enabled():
            return
        computer = str(self.overview.get("device_name") or platform.node() or "computer")
        suggested = str(Path(self._file_folder()) / bundle_file_name(computer, dt.date.today()))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Write a File for Headquarters"), suggested,
            self.tr("Sync files (*.lbsync)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".lbsync":
            path = path.with_name(path.name + ".lbsync")
        QSettings().setValue("sync/bundleFolder", str(path.parent))
        self.write_file(str(path))

    def write_file(self, path: str) -> bool:
        """Write the file for headquarters to ``path`` (False when something else runs)."""
        return self.service.write_file(path)

    @Slot()
    def choose_reply_to_read(self) -> None:
        """Ask for headquarters' reply, then read it off the GUI thread."""
        if not self.file_actions_enabled():
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Read a Reply from Headquarters"), self._file_folder(),
            self.tr("Sync files (*.lbsync);;All files (*)"))
        if not chosen:
            return
        QSettings().setValue("sync/bundleFolder", str(Path(chosen).parent))
        self.read_reply(chosen)

    def read_reply(self, path: str, *, allow_mass_delete: bool = False) -> bool:
        """Read headquarters' reply from ``path`` (False when something else runs)."""
        self._reply_path = path
        return self.service.read_reply(path, allow_mass_delete=allow_mass_delete)

    @Slot()
    def login(self) -> None:
        """Enrol with the address, user and password typed."""
        server, user = self.server_edit.text().strip(), self.user_edit.text().strip()
        device_name = " ".join(self.device_edit.text().split())
        if not server or not user or not self.password_edit.text():
            self.login_message.setText(self.tr("Type the server address, your user name and "
                                               "your password."))
            return
        if not device_name:
            self.login_message.setText(self.tr("Give this computer a name that colleagues will "
                                               "recognise, e.g. NAIROBI-LAPTOP-2."))
            self.device_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if "://" not in server:
            server = "https://" + server
            self.server_edit.setText(server)
        if self.service.login(server, user, self.password_edit.text(), device_name):
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
        indexes = self.refused_view.selectionModel().selectedRows(0)
        chosen = self.refused_model.entries_of(indexes) or list(self.refusals)
        if not chosen:
            return
        tables = {item["tbl"] for item in chosen} & ALL_TABLES
        self._ops.write(lambda w: requeue_refused(w, chosen), lambda _n: self._requeued(),
                        tables=tables or ALL_TABLES)

    def _requeued(self) -> None:
        self.refresh_refusals()
        self.sync_now()

    @Slot()
    def open_selected(self) -> None:
        """Show the selected record (the first of several) in its page."""
        chosen = self.selected_refusals()
        if chosen and chosen[0].get("open_id"):
            self.sig_open_record.emit(str(chosen[0]["open_table"]), str(chosen[0]["open_id"]))

    @Slot()
    def discard_selected(self) -> None:
        """Ask, then give up the selected refused changes: their values become entries of
        the Conflicts page (sync.replica.Replication.discard_refused), never lost."""
        chosen = self.selected_refusals()
        if not chosen or self.service.busy:
            return
        keys = list(dict.fromkeys((str(item["tbl"]), str(item["row_id"])) for item in chosen))
        if len(keys) == 1:
            question = self.tr("Discard the change to “%1” that headquarters did not accept? "
                               "The record goes back to headquarters' version at the next sync "
                               "(or to the Trash, if headquarters never had it). The values "
                               "stay on the Conflicts page, where they can be sent again."
                               ).replace("%1", chosen[0].get("label") or record_kind(chosen[0]["tbl"]))
        else:
            question = self.tr("Discard the changes to %n record(s) that headquarters did not "
                               "accept? Each record goes back to headquarters' version at the "
                               "next sync (or to the Trash, if headquarters never had it). The "
                               "values stay on the Conflicts page, where they can be sent "
                               "again.", "", len(keys))
        self.question = confirm(self, question, lambda: self._discard(keys),
                                title=self.tr("Discard refused changes"))

    def _discard(self, keys: list[tuple[str, str]]) -> None:
        if self.service.busy:
            # A sync started while the question was open: a change sent again may be on its
            # way to headquarters; discard once the round trip has been recorded.
            QTimer.singleShot(500, lambda: self._discard(keys))
            return
        tables = ({table for table, _id in keys} & ALL_TABLES) | {"conflicts"}

        def done(_count: int) -> None:
            self.refresh_refusals()
            self.sig_discarded.emit()
            if self.overview.get("server_url") and not self.service.busy:
                self.sync_now()  # headquarters' version comes back now when it can

        self._ops.with_store(lambda store: replication_for(store).discard_refused(keys),
                             done, tables=tables)

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
        if getattr(report, "erased", 0):
            text += " " + self.tr("Headquarters erased the personal data of %n person(s) at "
                                  "their request: removed from this computer too.", "",
                                  report.erased)
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

    # -- answers of sync by file ------------------------------------------------------------

    def _tell_file(self, text: str, *, problem: bool = False) -> None:
        self.file_report_label.setText(text)
        self.file_report_label.setStyleSheet("color: #a4262c;" if problem else "")
        self.file_report_label.setVisible(bool(text))
        self.scroll.ensureWidgetVisible(self.file_report_label)

    @Slot(str)
    def _file_started(self, job: str) -> None:
        self._tell_file(self.tr("Writing the file for headquarters…") if job == "write"
                        else self.tr("Reading the reply from headquarters…"))
        self._show_busy(True)

    @Slot(object, str)
    def _file_written(self, result: Any, path: str) -> None:
        self._show_busy(self.service.busy)
        self._tell_file(self.written_words(result, path))

    def written_words(self, result: Any, path: str) -> str:
        """What the file written holds and what to do next, in the person's words
        (from an :class:`sync.bundle_client.ExportResult`)."""
        if result.records:
            first = self.tr("The file carries %n changed record(s) made on this computer, and "
                            "asks headquarters for what changed since this computer last heard "
                            "from it.", "", result.records)
        else:
            first = self.tr("The file carries no changes (nothing is waiting to be sent); it "
                            "asks headquarters for what changed since this computer last heard "
                            "from it.")
        lines = [first]
        if result.settled_conflicts:
            lines.append(self.tr("It also carries %n conflict(s) settled here.", "",
                                 result.settled_conflicts))
        if result.left_for_later:
            lines.append(self.tr("%n further change(s) did not fit: they go in the next file.",
                                 "", result.left_for_later))
        lines.append(self.tr("It is sealed for headquarters: nobody else can read it, and any "
                             "change to it is detected. The changes stay “not sent” until the "
                             "reply is read here."))
        lines.append("")  # what it holds, then where it is and what to do with it
        lines.append(self.tr("Written to %1 (%2 KB).").replace("%1", left_to_right(path))
                     .replace("%2", f"{max(1, round(len(result.data) / 1024)):,}"))
        # The command and the address keep their left-to-right order in any language.
        lines.append(self.tr("Next: carry it to headquarters. There it is read with “%1” or on "
                             "headquarters' %2 page. Bring back the reply it gives and choose "
                             "“Read a Reply from Headquarters…”.")
                     .replace("%1", left_to_right("lookingbeyond-server bundle import"))
                     .replace("%2", left_to_right("/bundle")))
        return "\n".join(lines)

    @Slot(object)
    def _reply_read(self, result: Any) -> None:
        self._show_busy(self.service.busy)
        self._tell_file(self.reply_words(result))
        self.refresh_refusals()
        self.sig_reply_read.emit(result)

    def reply_words(self, result: Any) -> str:
        """What reading a reply did, in the person's words (from a
        :class:`sync.bundle_client.ReplyResult`)."""
        waiting = (self.tr("Every change made here has reached headquarters.")
                   if not result.pending else
                   self.tr("%n change(s) made here are still waiting to be sent.", "",
                           result.pending))
        if result.already_read:
            return self.tr("This reply was read on this computer before; nothing changed.") \
                + "\n" + waiting
        lines = [self.tr("Read the reply headquarters made on %1.").replace(
            "%1", local_time(result.made_at) or "?")]
        received = self.tr("Received %n record(s)", "", result.received)
        if result.fixed:
            received += "; " + self.tr("%n value(s) corrected by headquarters", "", result.fixed)
        lines.append(received + ".")
        if result.refused:
            lines.append(self.tr("Headquarters refused %n change(s): see “Could not sync” below.",
                                 "", len(result.refused)))
        if result.conflicts:
            lines.append(self.tr("%n conflict(s) to review.", "", result.conflicts))
        if result.withdrawn:
            lines.append(self.tr("%n record(s) left this office's scope and were removed from "
                                 "this computer.", "", result.withdrawn))
        if getattr(result, "erased", 0):
            lines.append(self.tr("Headquarters erased the personal data of %n person(s) at "
                                 "their request: removed from this computer too.", "",
                                 result.erased))
        if result.quarantined:
            lines.append(self.tr("%n record(s) from headquarters could not be stored here.",
                                 "", result.quarantined))
        lines.append(waiting)
        if result.more:
            lines.append(self.tr("Headquarters has more for this computer: write a new file and "
                                 "carry it there again."))
        return "\n".join(lines)

    @Slot(str, str, str)
    def _file_failed(self, job: str, code: str, message: str) -> None:
        self._show_busy(self.service.busy)
        words = human_file_message(job, code, message)
        self._tell_file(words, problem=True)
        if code == "mass_delete" and self._reply_path:
            numbers = [int(n) for n in message.split() if n.isdigit()]
            deleting, live = (numbers + [0, 0])[:2] if len(numbers) == 2 else (0, 0)
            self.ask_file_mass_delete(self._reply_path, deleting, live)

    def ask_file_mass_delete(self, path: str, deleting: int = 0, live: int = 0) -> None:
        """The reply would delete many records here: ask, with how many of how many (default
        No), then read it again allowing the deletions."""
        box = QMessageBox(self)
        box.setObjectName("massDeleteBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Many records would be deleted"))
        if deleting and live:
            box.setText(self.tr("Headquarters' changes would delete %1 of the %2 records on this "
                                "computer. Nothing has been changed yet.")
                        .replace("%1", f"{deleting:,}").replace("%2", f"{live:,}"))
        else:
            box.setText(self.tr("Headquarters' reply would delete many of the records on this "
                                "computer. Nothing has been changed yet."))
        box.setInformativeText(self.tr("Apply these deletions? Choose No if this looks wrong, and "
                                       "ask the Civil Society Team."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def finished(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.read_reply(path, allow_mass_delete=True)
            box.deleteLater()

        box.finished.connect(finished)
        box.open()
        self.question = box

    @Slot(int)
    def _retry_scheduled(self, minutes: int) -> None:
        self.report_label.setText(self.report_label.text() + " " + self.tr(
            "Trying again in %n minute(s).", "", minutes))


__all__ = ["SyncPage", "bundle_file_name", "human_file_message", "human_sync_message",
           "local_time"]
