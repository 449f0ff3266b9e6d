"""The application: wires the store, the database worker and the main window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from lookingbeyond_desktop import APP_AUTHOR, APP_NAME, __version__, paths
from lookingbeyond_desktop.ui.fonts import load_shipped_fonts

log = logging.getLogger("lookingbeyond")
TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"
if not TRANSLATIONS.is_dir():  # running from a source tree without the package mapping
    TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
#: When set, the application prints the seconds from start to the first rows and quits
#: (the startup benchmark reads it).
ENV_EXIT_WHEN_READY = "LOOKINGBEYOND_EXIT_WHEN_READY"
#: When set to a file name (.png), the application also saves a picture of its window there
#: once the first rows are shown, then quits (installer/test-deb-in-clean-root.sh reads it).
ENV_SCREENSHOT = "LOOKINGBEYOND_SCREENSHOT"


#: The languages of the interface: the code of their translation file → their name in
#: themselves (what the Language menu shows).  "" is the system's language.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
    "zh_CN": "中文",
}
#: QSettings key: the language chosen in File > Language ("" or absent: the system's).
LANGUAGE_KEY = "ui/language"
#: Overrides the chosen language (a code of LANGUAGES), e.g. for screenshots.
ENV_LANGUAGE = "LOOKINGBEYOND_LANGUAGE"


def chosen_language() -> str:
    """The language code chosen ($LOOKINGBEYOND_LANGUAGE, then File > Language), or "" for
    the system's language."""
    code = os.environ.get(ENV_LANGUAGE) or str(QSettings().value(LANGUAGE_KEY, "", type=str) or "")
    return code if code in LANGUAGES else ""


def ui_locale() -> QLocale:
    """The locale of the interface: the chosen language, else the system's locale (its own
    date and number forms kept when its language is one of ours)."""
    code = chosen_language()
    return QLocale(code) if code else QLocale.system()


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (made once), with names, translators and layout direction."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    load_shipped_fonts(app)  # the installed bundle's font for Chinese (none from source)
    install_translators(app, ui_locale())
    return app


_installed: list[QTranslator] = []


def remove_translators(app: QApplication) -> None:
    """Take out the translators :func:`install_translators` put in (English words again)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QApplication, locale: QLocale) -> None:
    """Qt's own translations beside the application's, for ``locale`` (replacing those
    installed before), which also becomes the default locale: dates and numbers in its
    form, and the window's direction (right to left for Arabic)."""
    remove_translators(app)
    QLocale.setDefault(locale)
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("lookingbeyond", str(translations_dir()))):
        translator = QTranslator(app)
        found = translator.load(locale, name, "_", folder)
        if not found and name == "lookingbeyond":  # English plurals are a translation too
            found = translator.load(f"{name}_en", folder)
        if found:
            app.installTranslator(translator)
            _installed.append(translator)
    app.setLayoutDirection(locale.textDirection())


def translations_dir() -> Path:
    """Where the compiled translations (.qm) are."""
    try:
        import importlib.resources

        installed = importlib.resources.files("lookingbeyond_desktop.resources") / "translations"
        if installed.is_dir():
            return Path(str(installed))
    except (ImportError, TypeError):
        pass
    return TRANSLATIONS


#: QSettings key: the data folder last opened from File > Open / New data folder, opened
#: again when no folder is named (``--data-dir`` or ``$LOOKINGBEYOND_DATA_DIR``).
LAST_FOLDER_KEY = "dataFolder/last"


def run(data_dir: Path | None, *, argv: Sequence[str] | None = None, rtl: bool = False) -> int:
    """Open the window on the data folder ``data_dir`` (None: the folder last opened from
    the File menu, else the default one); returns the exit status.

    When the data file turns out to be damaged (on opening, or by the integrity check that
    runs once the window is open) the person is offered the newest good backup; after
    restoring it the window opens again on the restored data.  File > Open / New data
    folder closes the window and opens it again on the folder chosen."""
    started = time.perf_counter()
    from lookingbeyond_desktop.cli import setup_logging

    app = application(argv)
    if rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    if data_dir is None:
        data_dir = last_data_dir()
    while True:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            QMessageBox.critical(None, app.translate("app", "Looking Beyond"),
                                 f"{data_dir}: {error.strerror or error}")
            return 1
        setup_logging(data_dir)
        status = _open_window(app, data_dir, started)
        if isinstance(status, Path):  # File > Open / New data folder, or File > Language
            data_dir = status
            QSettings().setValue(LAST_FOLDER_KEY, str(data_dir))
            install_translators(app, ui_locale())
            if rtl:
                app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        elif status != RESTART:
            return status


def last_data_dir() -> Path:
    """The folder last opened from the File menu when it still exists, else the default
    data folder (``$LOOKINGBEYOND_DATA_DIR`` or the user data folder)."""
    if os.environ.get(paths.ENV_DATA_DIR):
        return paths.data_dir()
    last = str(QSettings().value(LAST_FOLDER_KEY, "", type=str) or "")
    if last and Path(last).is_dir():
        return Path(last)
    return paths.data_dir()


def ask_data_folder(parent: QWidget, *, current: Path, new: bool) -> Path | None:
    """Ask for a data folder: an existing one to open, or (``new``) a folder for a new,
    empty registry; None when the person cancels or picks the folder already open."""
    title = (QApplication.translate("app", "New data folder: choose or make an empty folder") if new
             else QApplication.translate("app", "Open a data folder"))
    chosen = QFileDialog.getExistingDirectory(parent, title, str(current.parent))
    if not chosen:
        return None
    folder = Path(chosen)
    if folder.resolve() == current.resolve():
        QMessageBox.information(parent, QApplication.translate("app", "Looking Beyond"),
                                QApplication.translate("app", "This data folder is already open."))
        return None
    holds_data = paths.database_path(folder).exists()
    if new and holds_data:
        answer = QMessageBox.question(parent, QApplication.translate("app", "Looking Beyond"), QApplication.translate(
            "app", "%1 already holds Looking Beyond data. Open it as it is?").replace(
            "%1", str(folder)))
        return folder if answer == QMessageBox.StandardButton.Yes else None
    if not new and not holds_data:
        answer = QMessageBox.question(parent, QApplication.translate("app", "Looking Beyond"), QApplication.translate(
            "app", "There is no Looking Beyond data in %1. Start a new data folder there?")
            .replace("%1", str(folder)))
        return folder if answer == QMessageBox.StandardButton.Yes else None
    return folder


RESTART = -1  # _open_window's answer when a backup was restored: open the window again


def open_store(app: QApplication, data_dir: Path) -> Any:
    """Open the data folder's store, asking for its passphrase where no keyring keeps its key
    (again after a wrong one); None when the person cancels.  A plain folder of an earlier
    version is encrypted first, off the GUI thread, behind a busy dialog."""
    from lookingbeyond_desktop.store import LockedStoreError, Store, WrongPassphraseError, cipher

    passphrase: str | None = None
    while True:
        try:
            if cipher.is_plain(paths.database_path(data_dir)):
                return _busy(app, app.translate("app", "Encrypting the data on this computer…"),
                             lambda: Store.open(data_dir, passphrase=passphrase))
            return Store.open(data_dir, passphrase=passphrase)
        except LockedStoreError as error:
            from lookingbeyond_desktop.ui.passphrase import ask_passphrase

            passphrase = ask_passphrase(data_dir, new=error.new,
                                        wrong=isinstance(error, WrongPassphraseError))
            if passphrase is None:
                return None


def _busy(app: QApplication, label: str, work: Any) -> Any:
    """Run ``work`` on a thread while a busy dialog (no Cancel: what it does must finish)
    keeps the screen alive; its result, or its exception raised here."""
    import threading

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the GUI thread below
            outcome["error"] = error

    dialog = QProgressDialog(label, "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(app.translate("app", "Looking Beyond"))
    dialog.setMinimumDuration(300)
    worker = threading.Thread(target=run, name="open-store", daemon=True)
    worker.start()
    loop = QEventLoop()
    while worker.is_alive():
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        worker.join(0.02)
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _open_window(app: QApplication, data_dir: Path, started: float) -> int | Path:
    from lookingbeyond_desktop.store import DamagedStoreError, StoreError
    from lookingbeyond_desktop.store.sandbox import needs_welcome
    from lookingbeyond_desktop.ui.maintenance import Maintenance, ask_and_restore

    try:
        store = open_store(app, data_dir)
    except DamagedStoreError as error:
        log.error("the data file cannot be opened: %s", error)
        return RESTART if ask_and_restore(None, data_dir, error.problems) else 1
    except (StoreError, OSError) as error:
        QMessageBox.critical(None, app.translate("app", "Looking Beyond"), str(error))
        return 1
    if store is None:  # the person did not give the passphrase
        return 1
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    settings = QSettings()
    with store.engine.connect() as connection:  # before the window exists: nothing to freeze
        first_run = needs_welcome(connection)
    ops = Ops(store)
    window = MainWindow(ops, settings, first_run=first_run)
    screenshot = os.environ.get(ENV_SCREENSHOT)
    if os.environ.get(ENV_EXIT_WHEN_READY) or screenshot:
        def ready() -> None:
            print(f"ready {time.perf_counter() - started:.3f}", flush=True)
            QTimer.singleShot(500 if screenshot else 0, close)  # let the rows paint first

        def close() -> None:
            if screenshot:
                window.grab().save(screenshot)
            window.close()
        window.sig_ready.connect(ready)
        if first_run:
            QTimer.singleShot(0, ready)
    damage: list[str] = []
    maintenance = Maintenance(data_dir, window)

    def damaged(problems: list[str]) -> None:
        damage.extend(problems or ["integrity_check failed"])
        # Leave the event loop even when a close would wait (an error box about a failed
        # read, an editor saving into the damaged file); the question is asked once the
        # store is closed.
        window.hide()
        app.quit()

    def backed_up(path: str, size: int) -> None:
        window.statusBar().showMessage(
            app.translate("app", "Backed up the data (%1 MB).").replace("%1", f"{size / 1e6:.1f}"),
            5000)

    def backup_failed(message: str) -> None:
        window.statusBar().showMessage(
            app.translate("app", "The automatic backup failed: %1").replace("%1", message), 30_000)

    maintenance.sig_damaged.connect(damaged)
    maintenance.sig_backed_up.connect(backed_up)
    maintenance.sig_failed.connect(backup_failed)
    window.show()
    maintenance.start()
    # Everything made so far lives as long as the window: keep it out of the garbage
    # collector's full passes, which would otherwise pause the GUI thread as data grows.
    gc.freeze()
    log.info("window open on %s", data_dir)
    wipe: tuple[str, str, bool] | None = None
    try:
        status = app.exec()
    finally:
        window.sync_service.shutdown()  # never leave the network thread running
        ops.shutdown()
        maintenance.stop()
        if window.wipe_ordered:
            from lookingbeyond_desktop.store.sync_adapter import replication_for

            state = replication_for(store).status()
            # an order read from a reply file is not confirmed over the network
            wipe = (state.device_id, state.server_url or "", not window.wipe_by_file)
        store.close()
    if wipe is not None:
        return _wipe(app, data_dir, *wipe)
    if damage:
        return RESTART if ask_and_restore(None, data_dir, damage) else 1
    if window.switch_to is not None:
        return window.switch_to
    return status


def _wipe(app: Any, data_dir: Path, device_id: str, server_url: str, confirm: bool = True) -> int:
    """Headquarters ordered this computer's copy erased (remote wipe): erase it (the window
    and its database are closed), tell headquarters (not when the order came in a reply
    file: ``confirm`` False), forget the token, and say so."""
    from lookingbeyond_desktop.store.wipe import carry_out

    outcome = carry_out(data_dir, device_id, server_url, confirm=confirm)
    text = app.translate("app", "Headquarters asked for this computer's copy of the registry to "
                                "be erased. Everything it had not sent was received first. The "
                                "data, its backups and logs, and the sign-in on this computer "
                                "are now erased.")
    if confirm and outcome.confirmed_at is None:
        text += "\n\n" + app.translate("app", "Headquarters could not be told yet; the data is "
                                              "erased all the same.")
    QMessageBox.information(None, app.translate("app", "Looking Beyond"), text)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The ``lookingbeyond-gui`` entry point."""
    parser = argparse.ArgumentParser(prog="lookingbeyond-gui")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder")
    parser.add_argument("--rtl", action="store_true", help="lay the window out right-to-left")
    args, rest = parser.parse_known_args(argv)
    folder = paths.data_dir(args.data_dir) if args.data_dir else None
    return run(folder, argv=[sys.argv[0], *rest], rtl=args.rtl)


if __name__ == "__main__":
    sys.exit(main())
