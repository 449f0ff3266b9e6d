"""Failures shown to a person: a human message, the details folded away, the log's path."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lookingbeyond_desktop.domain.validation import FieldError, Term, ValidationError, fill
from lookingbeyond_desktop.store.database import DiskFullError, StoreError
from lookingbeyond_desktop.store.writer import RowsError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def problem_text(error: FieldError) -> str:
    """A broken rule's message in the person's language (the field not named)."""
    args = tuple(QCoreApplication.translate("vocabulary", arg) if isinstance(arg, Term) else arg
                 for arg in error.args)
    return fill(QCoreApplication.translate("validation", error.template), args)


def field_words(name: str) -> str:
    """A field's label as the editors show it, whichever table has it (the field's own name
    when none does)."""
    from lookingbeyond_desktop.domain.registry import REGISTRY
    from lookingbeyond_desktop.ui.conflicts_page import field_label

    for table in REGISTRY.tables:
        if name in table.field_names:
            return field_label(table.name, name)
    return name


def problem_with_field(error: FieldError) -> str:
    """A broken rule as a person reads it: the field's label, then the message."""
    if not error.field:
        return problem_text(error)
    return QCoreApplication.translate("FieldForm", "%1 %2").replace(
        "%1", field_words(error.field)).replace("%2", problem_text(error))


def human_message(error: BaseException) -> str:
    """What went wrong, in words a person can act on."""
    if isinstance(error, ValidationError):
        return _tr("The record was not saved: %1").replace(
            "%1", "; ".join(problem_with_field(e) for e in error.errors))
    if isinstance(error, RowsError):
        return _tr("Nothing was saved: %1").replace("%1", str(error))
    if isinstance(error, DiskFullError):
        return _tr("The disk is full, so this was not saved. Free some space on the disk, "
                   "then try again: nothing already saved was lost.")
    if isinstance(error, StoreError):
        return str(error)
    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
        return _tr("The database is busy with another program. Close it and try again.")
    if isinstance(error, OSError):
        return _tr("The disk could not be used: %1").replace("%1", error.strerror or str(error))
    return _tr("Something went wrong that the application did not expect. "
               "Your saved work is safe.")


def loggable(error: BaseException, trace: str) -> str:
    """What the log may keep of ``error``: a broken rule's message quotes the value a person
    typed (personal data), so only its fields are named; other errors keep their traceback
    (SQL errors carry no values: every engine hides its parameters)."""
    if isinstance(error, ValidationError):
        fields = sorted({e.field or "(record)" for e in error.errors})
        return f"the record was not saved: a rule broken in {', '.join(fields)}"
    if isinstance(error, RowsError):
        fields = sorted({e.field or "(record)" for found in error.errors.values() for e in found})
        return f"nothing was saved: {len(error.errors)} row(s) broke rules in {', '.join(fields)}"
    return trace


def show_error(parent: QWidget | None, error: BaseException, trace: str, *, log_file: Path | None,
               on_close: Callable[[], None] | None = None) -> QMessageBox:
    """A non-blocking message box for ``error``; details hold the traceback and the log path
    (the log, only what :func:`loggable` lets through)."""
    log.error("%s", loggable(error, trace))
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Looking Beyond"))
    box.setText(human_message(error))
    where = _tr("Details are in the log: %1").replace("%1", str(log_file)) if log_file else ""
    box.setInformativeText(where)
    box.setDetailedText(trace)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    if on_close is not None:
        box.finished.connect(lambda _result: on_close())
    box.open()
    return box


def confirm(parent: QWidget, text: str, on_yes: Callable[[], None], *, title: str = "") -> QMessageBox:
    """Ask a yes/no question without blocking; ``on_yes`` runs if the person agrees."""
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title or _tr("Looking Beyond"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def finished(result: int) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box
