"""The window's idle lock (issue 13): it hides the data after a time without use, and the
password kept at login or a PIN opens it again; the secret is kept only as a salted hash."""

from __future__ import annotations

from typing import Any

import shiboken6

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout
from sqlalchemy import text

from lookingbeyond_desktop.store import lock
from tests.ui.conftest import WAIT_MS, settle

PIN = "482916"


def set_secret(window: Any, qtbot: Any, *, pin: str | None = None, password: str | None = None) -> None:
    """Keep a PIN or a password in the window's data folder, as the settings dialog or a
    login would, and let the window read it."""
    with window.ops.store.engine.begin() as connection:
        if pin is not None:
            lock.set_pin(connection, pin)
        if password is not None:
            lock.remember_password(connection, password)
    window.window_lock.reload()
    settle(qtbot, window.ops)


def type_secret(window: Any, qtbot: Any, secret: str) -> None:
    """Type ``secret`` on the lock screen and press Enter; wait for the check."""
    field = window.window_lock.screen.secret
    qtbot.waitUntil(field.isEnabled, timeout=WAIT_MS)
    qtbot.keyClicks(field, secret)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, window.ops)


def test_the_window_locks_when_idle_hides_everything_and_the_pin_opens_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With a PIN chosen, the time without use elapsing locks the window: the lock screen
    replaces pages, navigation, menus, toolbar and status bar, and no shortcut works (Ctrl+N
    makes nothing). A wrong PIN says so and keeps it locked; the right one brings the same
    page back, with its menus and shortcuts."""
    set_secret(window, qtbot, pin=PIN)
    window.go("activities")
    window.window_lock.watch.set_interval_ms(300)
    qtbot.waitUntil(lambda: window.window_lock.locked, timeout=WAIT_MS)
    # Locked: the idle time back to a minute, so that the unlock below (which restarts the
    # watch) is not locked again by a busy machine's slow settle before the checks.
    window.window_lock.watch.set_interval_ms(60_000)
    screen = window.window_lock.screen
    assert window.lock_stack.currentWidget() is screen
    assert not window.organizations.table.isVisible() and not window.nav.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.secret, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "activities"

    type_secret(window, qtbot, "000000")
    assert window.window_lock.locked
    assert "neither the password nor the PIN" in screen.message.text()
    type_secret(window, qtbot, PIN)
    assert not window.window_lock.locked
    assert window.lock_stack.currentIndex() == 0 and window.current_page() == "activities"
    assert window.menuBar().isVisible() and window.new_org_action.isEnabled()
    assert screen.secret.text() == "" and screen.message.text() == ""


def test_the_password_kept_at_login_opens_it_and_is_kept_only_as_a_salted_hash(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The headquarters password kept at login opens the lock (File > Lock Now, Ctrl+L);
    what the data folder holds is a salted argon2id hash, different each time it is kept, and
    the password appears nowhere in it."""
    password = "Kisumu-Lake-2024!"
    set_secret(window, qtbot, password=password)
    with window.ops.store.engine.connect() as connection:
        stored = connection.execute(text("SELECT value FROM local_settings WHERE name = :n"),
                                    {"n": lock.PASSWORD}).scalar_one()
    assert stored.startswith("$argon2id$") and password not in stored
    with window.ops.store.engine.begin() as connection:
        lock.remember_password(connection, password)
        again = connection.execute(text("SELECT value FROM local_settings WHERE name = :n"),
                                   {"n": lock.PASSWORD}).scalar_one()
    assert again != stored and lock.check_secret(password, again)  # a new salt each time
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.window_lock.locked, timeout=WAIT_MS)
    type_secret(window, qtbot, password)
    assert not window.window_lock.locked


def test_use_keeps_the_window_open(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing or clicking counts the idle time from zero again."""
    set_secret(window, qtbot, pin=PIN)
    watch = window.window_lock.watch
    watch.set_interval_ms(60_000)
    for act in (lambda: qtbot.keyClick(window.organizations.table, Qt.Key.Key_Down),
                lambda: qtbot.mouseClick(window.organizations.table.viewport(),
                                         Qt.MouseButton.LeftButton, pos=QPoint(20, 20))):
        before = watch.last_use
        qtbot.wait(50)
        act()
        assert watch.last_use > before
        assert watch._timer.isActive()  # noqa: SLF001 (counting again, from zero)
    assert not window.window_lock.locked


def test_open_dialogs_are_hidden_while_locked_and_come_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dialog open when the window locks is hidden (its contents would show the data) and
    is shown again, as it was, once unlocked."""
    set_secret(window, qtbot, pin=PIN)
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel("Transparency Kenya: +254 20 123 4567", dialog))
    dialog.show()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert window.window_lock.lock()
    assert not dialog.isVisible()
    type_secret(window, qtbot, PIN)
    assert dialog.isVisible()
    dialog.close()


def test_five_wrong_tries_make_the_next_one_wait(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """After five wrong tries the field is off and the screen says how long to wait; the
    right PIN is not even checked meanwhile."""
    set_secret(window, qtbot, pin=PIN)
    assert window.window_lock.lock()
    for _ in range(5):
        type_secret(window, qtbot, "1111")
    screen = window.window_lock.screen
    assert "wait 30 second" in screen.message.text()
    assert not screen.secret.isEnabled()
    screen.secret.setText(PIN)
    screen._try()  # noqa: SLF001 (Enter while waiting)
    settle(qtbot, window.ops)
    assert window.window_lock.locked


def test_without_a_password_or_pin_lock_now_asks_for_a_pin_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a computer where nobody logged in and no PIN was chosen, Lock Now cannot lock (it
    could not be opened again): it opens Lock Settings, which says why (and that the data is
    encrypted, its key in the keyring); a PIN typed twice is kept (hashed) with the idle
    time, and Lock Now then locks."""
    window.lock_now()
    dialog = window.lock_settings_box
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=WAIT_MS)
    assert not window.window_lock.locked
    assert "choose a PIN" in dialog.status.text()
    # It also says how the data on this computer is kept: encrypted, its key in the keyring.
    assert "encrypted" in dialog.protection.text() and "keyring" in dialog.protection.text()
    dialog.minutes.setValue(5)
    qtbot.keyClicks(dialog.pin, PIN)
    qtbot.keyClicks(dialog.pin_again, "482917")
    dialog.buttons.accepted.emit()
    assert "differ" in dialog.error.text()
    dialog.pin_again.clear()
    qtbot.keyClicks(dialog.pin_again, PIN)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS)
    settle(qtbot, window.ops)
    with window.ops.store.engine.connect() as connection:
        assert lock.idle_minutes(connection) == 5
        stored = connection.execute(text("SELECT value FROM local_settings WHERE name = :n"),
                                    {"n": lock.PIN}).scalar_one()
    assert PIN not in stored and lock.check_secret(PIN, stored)
    assert window.window_lock.possible and window.window_lock.minutes == 5
    window.lock_now()
    assert window.window_lock.locked


def test_a_wipe_order_closes_the_window_at_once_without_asking(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """When a sync ends with headquarters' order to erase this computer's copy, the window
    hides and leaves the event loop at once (no question about unsaved edits: the data is
    to be erased); app.run then erases the folder once the database is closed."""
    window.organizations.new_organization()
    window._sync_failed("device_wipe", "erase", False)  # noqa: SLF001 (the sync service's signal)
    assert window.wipe_ordered and not window.isVisible()


def test_closing_while_locked_is_refused_and_a_restart_opens_locked(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Closing the window while locked does nothing (no question naming a record, no quit
    that would reopen unlocked); the lock is kept in the folder, so a window opened again
    on it (after a restart, or a killed process) opens locked."""
    from PySide6.QtCore import QSettings

    from lookingbeyond_desktop.ui.main_window import MainWindow

    set_secret(window, qtbot, pin=PIN)
    window.organizations.new_organization()
    qtbot.keyClicks(window.organizations.editor.form.widgets["name"], "Unsaved work")
    assert window.window_lock.lock()
    settle(qtbot, window.ops)
    assert not window.close()
    assert window.isVisible() and window.window_lock.locked
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window] == []
    again = MainWindow(window.ops, QSettings())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.window_lock.locked, timeout=WAIT_MS)
    assert again.lock_stack.currentWidget() is again.window_lock.screen
    type_secret(again, qtbot, PIN)
    assert not again.window_lock.locked
    settle(qtbot, window.ops)
    with window.ops.store.engine.connect() as connection:
        assert not lock.is_locked(connection)
    again.close()
    type_secret(window, qtbot, PIN)


def test_a_question_that_pops_up_while_locked_is_hidden_and_the_lock_keeps_working(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A message box opened while locked (a sync's question or error) never shows over the
    lock screen: a modal one ends at once with its safe answer (Cancel); after unlocking the
    idle time counts again and no action keeps a state from the lock."""
    from PySide6.QtWidgets import QMessageBox

    set_secret(window, qtbot, pin=PIN)
    assert window.window_lock.lock()
    answers: list[int] = []

    def ask() -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "Sync",
                          "Headquarters' changes would delete 120 records of Transparency Kenya",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
        answers.append(box.exec())

    QTimer.singleShot(0, ask)
    qtbot.waitUntil(lambda: answers != [], timeout=WAIT_MS)
    assert answers == [QMessageBox.StandardButton.Cancel] or answers[0] != QMessageBox.StandardButton.Yes
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window] == []
    window.sync_action.setEnabled(True)  # as a sync ending during the lock does
    type_secret(window, qtbot, PIN)
    assert not window.window_lock.locked
    assert window.window_lock.watch._timer.isActive()  # noqa: SLF001 (counting again)
    assert window.sync_action.isEnabled()


def test_lock_settings_say_the_data_is_encrypted_with_the_passphrase(tmp_path, qtbot, no_keyring) -> None:  # type: ignore[no-untyped-def]
    """On a computer without a keyring, Lock Settings says the data is encrypted with the
    passphrase typed at each opening (not that a keyring keeps its key)."""
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.lock import LockSettingsDialog
    from lookingbeyond_desktop.ui.ops import Ops

    store = Store.open(tmp_path / "data", passphrase="a passphrase to remember")
    ops = Ops(store)
    try:
        dialog = LockSettingsDialog(ops)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=WAIT_MS)
        assert "encrypted with the passphrase" in dialog.protection.text()
        assert "keyring" not in dialog.protection.text()
    finally:
        ops.shutdown()
        store.close()
