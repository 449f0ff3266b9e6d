"""Asking for the data folder's passphrase, where no keyring keeps its key (issue 13).

The data folder's database is encrypted (``store/cipher.py``).  Where the computer has a
keyring, its key is kept there and nothing is asked; where it has none, the person chooses a
passphrase when the folder is made and types it each time the window opens it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.store.cipher import MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    """One passphrase field to open a folder, or two (typed twice) to choose one for a new
    folder; OK is enabled only when what is typed can be used."""

    def __init__(self, folder: Path, *, new: bool, wrong: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setObjectName("passphrase-dialog")
        self.setWindowTitle(self.tr("Choose a Passphrase") if new else self.tr("Unlock the Data"))
        layout = QVBoxLayout(self)
        if new:
            text = self.tr(
                "This computer has no keyring to keep the key that encrypts the data in %1. "
                "Choose a passphrase instead: you will type it each time the data is opened.\n\n"
                "Keep it safe. Without it nobody, not even headquarters, can read this folder; "
                "what was synced can be synced again into a new folder.").replace("%1", _path(folder))
        else:
            text = self.tr("The data in %1 is encrypted with a passphrase. Type it to open "
                           "the data.").replace("%1", _path(folder))
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.first)
        self.second = QLineEdit()
        self.second.setObjectName("passphrase-again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(self.tr("&Again:"), self.second)
        else:
            self.second.hide()
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("passphrase-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Lock the Data With It") if new else self.tr("&Open"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        if wrong:
            self.problem.setText(self.tr("That passphrase does not open this data. Try again."))
        self._check()
        self.setMinimumWidth(min(520, max(360, self.sizeHint().width())))

    def passphrase(self) -> str:
        """What was typed."""
        return self.first.text()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        typed = self.first.text()
        if not self.new:
            ok.setEnabled(bool(typed))
            return
        if len(typed) < MIN_PASSPHRASE:
            problem = self.tr("At least %n characters.", "", MIN_PASSPHRASE) if typed else ""
        elif self.second.text() != typed:
            problem = self.tr("The two passphrases differ.") if self.second.text() else ""
        else:
            problem = ""
        self.problem.setText(problem)
        ok.setEnabled(len(typed) >= MIN_PASSPHRASE and self.second.text() == typed)


def _path(folder: Path) -> str:
    """A path inside a sentence of either direction: isolated left to right (Arabic)."""
    return "\u2066" + str(folder) + "\u2069"


def ask_passphrase(folder: Path, *, new: bool, wrong: bool = False,
                   parent: QWidget | None = None) -> str | None:
    """The passphrase typed, or None when the person cancels."""
    dialog = PassphraseDialog(folder, new=new, wrong=wrong, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()
