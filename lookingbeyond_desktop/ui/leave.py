"""The one question every editor asks before it leaves a record with unsaved edits.

The rule (docs/architecture.md, "Leaving a changed record"): nothing is saved or dropped
without the person's word. Save / Discard / Cancel, Save the default (Enter keeps the work),
Escape the same as Cancel (nothing happens, the person stays on the record).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

LEAVE_BOX = "leaveBox"


def ask_to_leave(parent: QWidget, name: str, *, on_save: Callable[[], None],
                 on_discard: Callable[[], None],
                 on_cancel: Callable[[], None] | None = None) -> QMessageBox:
    """Ask, without blocking, whether to save the edits of the record called ``name`` (''
    for a record never saved); run the callback of the answer. Closing the box is Cancel."""
    box = QMessageBox(parent)
    box.setObjectName(LEAVE_BOX)
    box.setIcon(QMessageBox.Icon.Warning)
    translate = QCoreApplication.translate
    box.setWindowTitle(translate("leave", "Unsaved changes"))
    if name.strip():
        box.setText(translate("leave", "Save your changes to “%1”?").replace("%1", name.strip()))
    else:
        box.setText(translate("leave", "Save this new record?"))
    box.setInformativeText(translate("leave", "If you discard them, your changes are lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def finished(_result: int) -> None:
        answer = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            on_save()
        elif answer == QMessageBox.StandardButton.Discard:
            on_discard()
        elif on_cancel is not None:
            on_cancel()

    box.finished.connect(finished)
    box.open()
    return box
