"""The idle lock (issue 13): after a set time without use (15 minutes unless chosen
otherwise), or at once with File > Lock Now (Ctrl+L), the window hides its data behind a
lock screen; the headquarters password last used to log in on this computer, or a PIN
chosen here, opens it again.  Checked against salted hashes on the database worker
(``store/lock.py``); the secret typed is never kept, shown or logged.

While locked: the pages, the navigation, the menus, the toolbar and the status bar are
hidden, every shortcut of the window is off, and the dialogs that were open are hidden
(and come back, as they were, once unlocked).  A sync under way goes on.  Five wrong tries
in a row make the next one wait 30 seconds.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.store import lock
from lookingbeyond_desktop.ui.ops import Ops

TRIES_BEFORE_WAIT = 5
WAIT_SECONDS = 30

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Lock", text)


class IdleWatch(QObject):
    """Emits ``sig_idle`` once the person has not touched keyboard, mouse or screen for the
    interval (0: never)."""

    sig_idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sig_idle)
        self._interval_ms = 0
        self.last_use = time.monotonic()  # when the idle time last started from zero
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_interval_ms(self, interval_ms: int) -> None:
        """Lock after ``interval_ms`` without use (0: never); counts from now."""
        self._interval_ms = max(0, interval_ms)
        self.restart()

    def restart(self) -> None:
        """Count the idle time from now (or stop counting when locking is off)."""
        self.last_use = time.monotonic()
        if self._interval_ms > 0:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        """Stop counting (while locked)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _ACTIVITY and self._timer.isActive():
            self.last_use = time.monotonic()
            self._timer.start(self._interval_ms)
        return False


class LockScreen(QWidget):
    """What the window shows while locked: no data, a field for the password or PIN."""

    sig_try = Signal(str)  # what was typed (handed to the check, never kept)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.title = QLabel(_tr("This window is locked"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.explain = QLabel(_tr("It locked itself after a while without use, to keep the "
                                  "registry from other eyes. Type your headquarters password "
                                  "or your PIN to go on."), self)
        self.explain.setWordWrap(True)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("lockSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(_tr("Password or PIN"))
        self.secret.setAccessibleName(_tr("Password or PIN"))
        self.unlock_button = QPushButton(_tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.message = QLabel("", self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        box = QWidget(self)
        box.setFixedWidth(440)  # word-wrapped texts get the height their width needs
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        for widget in (self.title, self.explain, self.secret, self.unlock_button, self.message):
            inner.addWidget(widget)
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.secret.returnPressed.connect(self._try)
        self.unlock_button.clicked.connect(self._try)
        self._wrong = 0
        self._wait_left = 0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)

    def reset(self) -> None:
        """Ready for a new try: the field empty and focused."""
        self.secret.clear()
        if self._wait_left == 0:
            self.message.clear()
        self.secret.setFocus()

    def _try(self) -> None:
        typed = self.secret.text()
        if not typed or self._wait_left > 0:
            return
        self.secret.clear()
        self.secret.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.sig_try.emit(typed)

    def refused(self) -> None:
        """The password or PIN typed was wrong."""
        self._wrong += 1
        if self._wrong >= TRIES_BEFORE_WAIT:
            self._wrong = 0
            self._wait_left = WAIT_SECONDS
            self._show_wait()
            self._wait_timer.start()
            return
        self._ready(_tr("That is neither the password nor the PIN. Try again."))

    def accepted(self) -> None:
        """Unlocked: forget the tries."""
        self._wrong = 0
        self._ready("")

    def _ready(self, message: str) -> None:
        self.message.setText(message)
        self.secret.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.secret.setFocus()

    def _show_wait(self) -> None:
        self.message.setText(self.tr("Too many wrong tries: wait %n second(s).", "",
                                     self._wait_left))

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._show_wait()
            return
        self._wait_timer.stop()
        self._ready("")


class WindowLock(QObject):
    """Locks and unlocks one main window (its central widget must be ``stack``'s first
    page; the lock screen is added as the second).

    While locked, an application-wide event filter swallows every shortcut and key press
    outside the lock screen (actions keep their own enabled state, so nothing is stale
    after unlocking), and hides any dialog that opens meanwhile (a modal question is thus
    answered with its safe default, Cancel; a non-modal one comes back once unlocked).  The
    lock is kept in the folder's local settings: a window closed, killed or restarted while
    locked opens locked."""

    sig_locked = Signal(bool)

    def __init__(self, window: QMainWindow, ops: Ops, stack: QStackedWidget) -> None:
        super().__init__(window)
        self.window, self.ops, self.stack = window, ops, stack
        self.screen = LockScreen(stack)
        stack.addWidget(self.screen)
        self.watch = IdleWatch(self)
        self.watch.sig_idle.connect(self.lock)
        self.screen.sig_try.connect(self._check)
        self.locked = False
        self.possible = False  # something can unlock it (a password kept, or a PIN)
        self.minutes = lock.DEFAULT_IDLE_MINUTES
        self._hidden: list[QDialog] = []
        self._bars: list[tuple[QWidget, bool]] = []
        self.reload()

    def reload(self) -> None:
        """Read the settings again (after a login or a change of the lock settings)."""
        self.ops.read(lambda c: (lock.can_lock(c), lock.idle_minutes(c), lock.is_locked(c)),
                      self._configured)

    def _configured(self, found: tuple[bool, int, bool]) -> None:
        self.possible, self.minutes, was_locked = found
        if was_locked and self.possible:
            self.lock()  # closed, killed or restarted while locked: it stays locked
        elif not self.locked:
            self.watch.set_interval_ms(self.minutes * 60_000 if self.possible else 0)

    def lock(self) -> bool:
        """Hide the data behind the lock screen (False when nothing could unlock it)."""
        if self.locked:
            return True
        if not self.possible:
            return False
        self.locked = True
        self.watch.stop()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and isinstance(widget, QDialog):
                self._hide(widget)
        self._bars = [(bar, bar.isVisible()) for bar in (self.window.menuBar(), self.window.statusBar(),
                                                          *self.window.findChildren(QToolBar))]
        for bar, _visible in self._bars:
            bar.setVisible(False)
        self.stack.setCurrentWidget(self.screen)
        self.screen.reset()
        self._keep(True)
        self.sig_locked.emit(True)
        return True

    def _keep(self, locked: bool) -> None:
        def write(store: Any) -> None:
            with store.engine.begin() as connection:
                lock.set_locked(connection, locked)

        self.ops.with_store(write)

    def _hide(self, dialog: QDialog) -> None:
        """Hide a dialog while locked; it comes back when unlocked unless it ended."""
        if dialog in self._hidden:
            return
        self._hidden.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._ended(d))
        dialog.hide()

    def _ended(self, dialog: QDialog) -> None:
        if dialog in self._hidden:
            self._hidden.remove(dialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.locked:
            return False
        kind = event.type()
        if kind in (QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress,
                    QEvent.Type.KeyRelease):
            return self._in_window(watched) and not self._on_screen(watched)
        if kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            QTimer.singleShot(0, lambda d=watched: self._hide_if_locked(d))
        return False

    def _hide_if_locked(self, dialog: QDialog) -> None:
        if self.locked and _is_valid(dialog) and dialog.isVisible():
            self._hide(dialog)

    def _in_window(self, watched: QObject) -> bool:
        """Whether ``watched`` is part of this window (a widget in it, one of its actions)
        or a window of its own (a dialog: hidden while locked anyway)."""
        found: QObject | None = watched
        while found is not None:
            if found is self.window:
                return True
            found = found.parent()
        return isinstance(watched, QWidget) and watched.isWindow()

    def _on_screen(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (watched is self.screen
                                                 or self.screen.isAncestorOf(watched))

    def _check(self, typed: str) -> None:
        self.ops.read(lambda c: lock.unlocks(c, typed), self._checked,
                      failed=lambda _e, _t: self.screen.refused())

    def _checked(self, ok: bool) -> None:
        if not ok:
            self.screen.refused()
            return
        self.unlock()

    def unlock(self) -> None:
        """Show the window as it was."""
        if not self.locked:
            return
        self.locked = False
        app = QApplication.instance()
        try:
            if app is not None:
                app.removeEventFilter(self)
            self.screen.accepted()
            self.stack.setCurrentIndex(0)
            for bar, visible in self._bars:
                bar.setVisible(visible)
            for dialog in self._hidden:
                if _is_valid(dialog):  # not destroyed, not ended meanwhile
                    dialog.show()
        finally:
            self._hidden, self._bars = [], []
            self._keep(False)
            self.watch.restart()
            self.sig_locked.emit(False)


def _is_valid(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def _key_kind(folder: Any) -> str | None:
    """How the data folder's key is kept ("keyring" or "passphrase"), or None when that
    cannot be read (said nothing about, rather than wrongly)."""
    from lookingbeyond_desktop.store import cipher

    try:
        found = cipher.read_sidecar(folder)
    except cipher.CipherError:
        return None
    return str(found["kind"]) if found is not None else None


class LockSettingsDialog(QDialog):
    """After how long the window locks, and the PIN that opens it (File > Lock Settings)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockSettings")
        self.setWindowTitle(_tr("Lock Settings"))
        self.ops = ops
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, lock.MAX_IDLE_MINUTES)
        self.minutes.setSpecialValueText(_tr("never"))
        self.minutes.setSuffix(_tr(" min"))
        self.minutes.setValue(lock.DEFAULT_IDLE_MINUTES)
        self.minutes.setMinimumWidth(self.minutes.fontMetrics().horizontalAdvance("000 min") + 48)
        digits = QRegularExpressionValidator(r"[0-9]{0,12}", self)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("lockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(digits)
        self.pin_again = QLineEdit(self)
        self.pin_again.setObjectName("lockPinAgain")
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setValidator(digits)
        self.remove_pin = QCheckBox(_tr("Remove the PIN"), self)
        self.remove_pin.setVisible(False)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        # How the data on this computer is kept (encryption at rest), in words.
        self.protection = QLabel("", self)
        self.protection.setObjectName("lockSettingsProtection")
        self.protection.setWordWrap(True)
        self.error = QLabel("", self)
        self.error.setObjectName("lockSettingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(_tr("Lock after this long without use:"), self.minutes)
        form.addRow(_tr("New PIN (4 to 12 digits):"), self.pin)
        form.addRow(_tr("The PIN again:"), self.pin_again)
        form.addRow("", self.remove_pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        self.setMinimumWidth(480)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.protection)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.buttons.setEnabled(False)
        folder = ops.store.folder
        ops.read(lambda c: (lock.idle_minutes(c), lock.has_pin(c), lock.has_password(c),
                            _key_kind(folder)), self._loaded)

    def _loaded(self, found: tuple[int, bool, bool, str | None]) -> None:
        minutes, has_pin, has_password, kind = found
        if kind == "keyring":
            self.protection.setText(_tr(
                "The data on this computer is encrypted. Its key is kept in this computer's "
                "keyring, which your sign-in to the computer opens: keep that sign-in to "
                "yourself."))
        elif kind == "passphrase":
            self.protection.setText(_tr(
                "The data on this computer is encrypted with the passphrase typed each time "
                "it opens. Without the passphrase nobody can read it."))
        self.minutes.setValue(minutes)
        self.remove_pin.setVisible(has_pin)
        if has_password and has_pin:
            self.status.setText(_tr("Your headquarters password and your PIN open the window "
                                    "on this computer."))
        elif has_password:
            self.status.setText(_tr("Your headquarters password opens the window on this "
                                    "computer. A PIN is quicker to type."))
        elif has_pin:
            self.status.setText(_tr("Your PIN opens the window on this computer."))
        else:
            self.status.setText(_tr("Nobody has logged in to headquarters on this computer "
                                    "yet: choose a PIN so that the window can lock."))
        self.buttons.setEnabled(True)

    def _save(self) -> None:
        pin, again = self.pin.text(), self.pin_again.text()
        if pin != again:
            self.error.setText(_tr("The two PINs differ."))
            return
        low, high = lock.PIN_DIGITS
        if pin and not low <= len(pin) <= high:
            self.error.setText(_tr("A PIN has 4 to 12 digits."))
            return
        minutes, remove = self.minutes.value(), self.remove_pin.isChecked() and not pin

        def save(store: Any) -> None:
            with store.engine.begin() as connection:
                lock.set_idle_minutes(connection, minutes)
                if pin:
                    lock.set_pin(connection, pin)
                elif remove:
                    lock.set_pin(connection, None)

        self.buttons.setEnabled(False)
        self.pin.clear()  # the PIN typed is not kept in the window
        self.pin_again.clear()
        self.ops.with_store(save, lambda _r: self.accept(), failed=self._failed)

    def _failed(self, error: BaseException, _trace: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(_tr("The settings could not be kept: %1").replace("%1", str(error)))
