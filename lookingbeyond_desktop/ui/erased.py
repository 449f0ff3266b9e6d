"""How the window shows a person whose data headquarters erased (issue 13, the right to be
forgotten; ``sync/server/erasure.py``): "Erased person" in grey italics where the name was,
never a consent date (a blanked NOT NULL date holds the epoch, which is no consent date),
and no form to edit.  Who may order an erasure, and how: the organization editor's
contacts (``ui/organizations/editor.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QTableWidgetItem
from sqlalchemy import Connection, select

#: The grey of an erased person's line (readable on white: 5.7:1).
ERASED_COLOR = QColor("#6b6b6b")
#: The value a blanked consent date holds (sync.registry.blank_value): never shown.
BLANK_DATE = dt.date(1970, 1, 1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Erasure", text)


def erased_name() -> str:
    """What is shown in place of an erased person's name."""
    return _tr("Erased person")


def is_erased(contact: Mapping[str, Any]) -> bool:
    """Whether a contact's row (as the store reads it) had its personal data erased."""
    return contact.get("erased_on") is not None


def erased_tip(erased_on: Any) -> str:
    """A tooltip for an erased person: when, and what it means."""
    return _tr("Headquarters erased this person's data on %1. They still count in the "
               "activities they took part in, without a name.").replace("%1", str(erased_on))


def consent_text(contact: Mapping[str, Any]) -> str:
    """The consent date as shown: nothing for an erased person or a blank date."""
    value = contact.get("consent_on")
    if is_erased(contact) or value is None or str(value) == BLANK_DATE.isoformat():
        return ""
    return str(value)


def erased_font(font: QFont) -> QFont:
    """``font`` in italics (a copy); unchanged in a right-to-left language, whose fonts here
    have no italic Arabic letters (they came out as empty boxes: the grey says it)."""
    italic = QFont(font)
    italic.setItalic(QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    return italic


def mark_item(item: QTableWidgetItem, erased_on: Any) -> None:
    """Show a table cell as an erased person's: the words, grey, italic, with the tip."""
    item.setText(erased_name())
    item.setFont(erased_font(item.font()))
    item.setForeground(QBrush(ERASED_COLOR))
    item.setToolTip(erased_tip(erased_on))


def erased_among(connection: Connection, ids: Iterable[str]) -> dict[str, str]:
    """``{contact id: day erased}`` of the erased contacts among ``ids`` (for views whose
    rows carry only a contact's name)."""
    from lookingbeyond_desktop.store.writer import TABLES

    contacts = TABLES["contacts"]
    wanted = sorted({i for i in ids if i})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row_id, day in connection.execute(
                select(contacts.c.id, contacts.c.erased_on).where(
                    contacts.c.id.in_(chunk), contacts.c.erased_on.is_not(None))):
            found[row_id] = str(day)
    return found


def erasure_failure_text(code: str, message: str) -> str:
    """Why headquarters did not erase a person's data, in words a person can act on."""
    from lookingbeyond_desktop.ui.sync_page import human_sync_message

    if code in ("unreachable", "dns"):
        return _tr("Headquarters could not be reached, so nothing was erased. Erasing a "
                   "person's data needs a connection: try again when this computer is online.")
    if code in ("timeout", "request_timeout", "bad_reply"):
        return _tr("The connection to headquarters failed before it answered, so this computer "
                   "does not know whether the data was erased. Try again when the connection "
                   "is better: erasing twice does no harm.")
    if code == "forbidden":
        return _tr("Headquarters refused: only the Civil Society Team (headquarters users) may "
                   "erase a person's data.")
    if code == "not_found":
        return _tr("Headquarters does not have this contact yet: it was never synced. Sync, "
                   "then erase it again (or delete it: it never left this computer).")
    if code == "not_enrolled":
        return _tr("This computer is not connected to headquarters: log in on the Sync page, "
                   "then try again.")
    if code in ("token_invalid", "token_expired", "device_revoked", "no_keyring",
                "protocol_unsupported", "bad_url", "rate_limited", "busy", "http_error"):
        return human_sync_message(code, message)
    return _tr("Headquarters could not erase this person's data because of an unexpected "
               "error (the details are in its log). Try again later.")


__all__ = ["BLANK_DATE", "ERASED_COLOR", "consent_text", "erased_among", "erased_font",
           "erased_name", "erased_tip", "erasure_failure_text", "is_erased", "mark_item"]
