"""Upkeep of the data file while the window is open: the integrity check at start and the
daily automatic backup, on a thread of their own (their own SQLite connections, so the
database worker and the window go on meanwhile); and the dialog that offers a backup when
the file is damaged.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import backup

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("maintenance", text)


class Maintenance(QObject):
    """Checks the data file, then backs it up when a backup is due.

    Signals (delivered on the GUI thread):
        sig_damaged(problems): the file failed integrity_check (no backup is made then).
        sig_backed_up(path, size): a backup was made.
        sig_failed(message): a backup could not be made (a full disk, say); nothing else
            is affected.
    """

    sig_damaged = Signal(list)
    sig_backed_up = Signal(str, int)
    sig_failed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self) -> None:
        """Run the check (and the backup if due) in the background."""
        self._thread = threading.Thread(target=self._run, name="maintenance", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the check or backup under way (the application is closing) and wait for
        the thread; a half-made backup is removed, never left looking like a good one."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            # The full integrity_check with the daily backup; at other starts the
            # quick_check (it reads every page but skips matching indexes to tables:
            # 4 s instead of 14 s on a 415 MB replica).
            due = backup.is_due(self.folder)
            # Integrity only: the schema is checked on what is restored (backup.restore).
            problems = backup.check(paths.database_path(self.folder), quick=not due, stop=self._stop,
                                    schema=False)
            if problems:
                log.error("the database fails its integrity check (%d problems)", len(problems))
                self.sig_damaged.emit(problems)
                return
            if due:
                made = backup.make_backup(self.folder, stop=self._stop)
                self.sig_backed_up.emit(str(made.path), made.size)
        except backup.Stopped:
            log.info("data file check or backup stopped: the application is closing")
        except backup.BackupError as error:
            log.warning("%s", error)
            self.sig_failed.emit(str(error))
        except Exception:  # never a silent dead thread
            log.exception("data file upkeep failed")
            self.sig_failed.emit(_tr("The automatic backup failed; see the log."))


def damaged_dialog(parent: QWidget | None, folder: Path, problems: list[str]) -> QMessageBox:
    """The question shown when the data file is damaged: restore the newest good backup,
    or quit.  The caller runs it (``exec``) and reads ``restore_button``."""
    box = QMessageBox(parent)
    box.setObjectName("damagedBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Looking Beyond"))
    box.setText(_tr("The data file of Looking Beyond is damaged, so the application cannot "
                    "trust what it reads from it."))
    good = backup.newest_good(folder)
    details = "\n".join(problems[:20])
    box.setDetailedText(f"{paths.database_path(folder)}\n\n{details}")
    box.restore_button = None  # type: ignore[attr-defined]
    if good is not None:
        when = good.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        box.setInformativeText(
            _tr("An automatic backup from %1 is available. Restoring it brings back the data "
                "as it was then; the next sync fetches from headquarters what this computer "
                "had synced since. Edits made after the backup and not yet synced cannot be "
                "recovered. The damaged file is kept in the data folder, not deleted.").replace("%1", when))
        restore = box.addButton(_tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        box.restore_button = restore  # type: ignore[attr-defined]
        box.setDefaultButton(restore)
    else:
        box.setInformativeText(
            _tr("There is no usable backup in %1. Ask the Civil Society Team for help; the "
                "damaged file is left as it is.").replace("%1", str(backup.backup_dir(folder))))
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    return box


def ask_and_restore(parent: QWidget | None, folder: Path, problems: list[str]) -> bool:
    """Show :func:`damaged_dialog`; restore when the person agrees.  True when restored.
    The store must be closed."""
    box = damaged_dialog(parent, folder, problems)
    box.exec()
    restore = getattr(box, "restore_button", None)
    if restore is None or box.clickedButton() is not restore:
        return False
    try:
        kept = backup.restore(folder, backup.newest_good(folder))  # type: ignore[arg-type]
    except backup.BackupError as error:
        QMessageBox.critical(parent, _tr("Looking Beyond"), str(error))
        return False
    log.info("restored a backup; the damaged file is in %s", kept)
    return True
