"""The window on a computer without a keyring: the data folder's passphrase is chosen once and
asked for at each opening (issue 13, encryption at rest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from lookingbeyond_desktop import app, paths
from lookingbeyond_desktop.store import Store, cipher
from lookingbeyond_desktop.ui.passphrase import PassphraseDialog


def test_choosing_a_passphrase_needs_eight_characters_typed_twice(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The dialog for a new folder enables its button only for a passphrase of at least 8
    characters typed the same twice, and says what is missing."""
    dialog = PassphraseDialog(Path("/data"), new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.first, "short")
    assert not ok.isEnabled() and "8" in dialog.problem.text()
    qtbot.keyClicks(dialog.first, " but long")
    qtbot.keyClicks(dialog.second, "short but lon")
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    qtbot.keyClicks(dialog.second, "g")
    assert ok.isEnabled() and dialog.problem.text() == ""
    assert dialog.first.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.passphrase() == "short but long"


def shown_dialog() -> PassphraseDialog | None:
    """The passphrase dialog on the screen, if any."""
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, PassphraseDialog) and w.isVisible()), None)


def answer_next_dialog(typed: list[str], seen: list[str]) -> None:
    """When the next passphrase dialog shows, note its message and type ``typed[0]``
    (in both fields of a new folder's dialog) and press OK."""

    def answer() -> None:
        dialog = shown_dialog()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.problem.text())
        text = typed.pop(0)
        dialog.first.setText(text)
        dialog.second.setText(text)
        if typed:
            QTimer.singleShot(20, answer)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(20, answer)


def test_the_window_asks_for_the_passphrase_again_after_a_wrong_one(
        tmp_path: Path, qapp: QApplication, no_keyring: None) -> None:
    """A new folder on a computer without a keyring: the window has a passphrase chosen and
    opens the store with it; at the next opening a wrong passphrase is answered with "does
    not open" and the dialog again, the right one opens the data."""
    folder = tmp_path / "data"
    seen: list[str] = []
    answer_next_dialog(["a passphrase to remember"], seen)
    store = app.open_store(qapp, folder)
    assert isinstance(store, Store)
    store.close()
    assert cipher.read_sidecar(folder)["kind"] == "passphrase"  # type: ignore[index]
    cipher.forget_in_memory()
    answer_next_dialog(["not the passphrase", "a passphrase to remember"], seen)
    store = app.open_store(qapp, folder)
    assert isinstance(store, Store)
    store.close()
    assert seen[1] == "" and "does not open" in seen[2]
    assert paths.database_path(folder).read_bytes()[:16] != cipher.PLAIN_HEADER


def test_cancelling_the_passphrase_opens_nothing(
        tmp_path: Path, qapp: QApplication, no_keyring: None) -> None:
    """Cancel at the passphrase question: no store, and no data folder file is made."""
    folder = tmp_path / "data"

    def cancel() -> None:
        dialog = shown_dialog()
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    QTimer.singleShot(20, cancel)
    assert app.open_store(qapp, folder) is None
    assert not paths.database_path(folder).exists()
