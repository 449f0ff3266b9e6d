"""The main window: navigation between the pages, menus with shortcuts, the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QHBoxLayout,
    QStackedWidget,
    QStyle,
    QWidget,
)

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui.errors import show_error
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.organizations.page import OrganizationsPage

PAGES = ("overview", "organizations", "activities", "grants", "trash")


class MainWindow(QMainWindow):
    """The window field staff live in all day."""

    sig_ready = Signal()  # the first rows of the organizations list are on screen

    def __init__(self, ops: Ops, settings: QSettings, *, first_run: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ops = ops
        self.settings = settings
        self.data_dir = ops.store.folder
        self.log_file = paths.log_dir(self.data_dir) / "lookingbeyond.log"
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.setWindowTitle(self.tr("Looking Beyond"))
        self.error_box: Any = None
        self._ready = False

        from lookingbeyond_desktop.ui.activities import ActivitiesPage
        from lookingbeyond_desktop.ui.first_run import FirstRunPage
        from lookingbeyond_desktop.ui.grants import GrantsPage
        from lookingbeyond_desktop.ui.overview import OverviewPage
        from lookingbeyond_desktop.ui.trash import TrashPage

        self.overview = OverviewPage(ops, parent=self)
        self.organizations = OrganizationsPage(ops, self.undo_stack, parent=self)
        self.activities = ActivitiesPage(ops, self.undo_stack, parent=self)
        self.grants = GrantsPage(ops, self.undo_stack, parent=self)
        self.trash = TrashPage(ops, self.undo_stack, parent=self)
        self.first_run = FirstRunPage(ops, parent=self)
        self.first_run.sig_finished.connect(self._first_run_done)
        self.pages: dict[str, QWidget] = {
            "overview": self.overview, "organizations": self.organizations,
            "activities": self.activities, "grants": self.grants, "trash": self.trash,
        }
        self.stack = QStackedWidget(self)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.stack.addWidget(self.first_run)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        style = self.style()
        icons = {
            "overview": QStyle.StandardPixmap.SP_FileDialogInfoView,
            "organizations": QStyle.StandardPixmap.SP_DirHomeIcon,
            "activities": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "grants": QStyle.StandardPixmap.SP_DialogApplyButton,
            "trash": QStyle.StandardPixmap.SP_TrashIcon,
        }
        titles = self.page_titles()
        for name in PAGES:
            item = QListWidgetItem(style.standardIcon(icons[name]), titles[name], self.nav)
            item.setData(Qt.ItemDataRole.UserRole, name)
        sync = QListWidgetItem(self.tr("Sync (coming)"), self.nav)
        sync.setFlags(Qt.ItemFlag.NoItemFlags)
        sync.setToolTip(self.tr("Synchronisation with headquarters arrives in a later version."))
        self.nav.setFixedWidth(190)
        self.nav.currentRowChanged.connect(self._nav_changed)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._make_status_bar()
        self._make_actions()
        ops.sig_failed.connect(self.show_failure)
        ops.sig_changed.connect(self._schedule_status)
        self.organizations.sig_status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.organizations.model.sig_rows_arrived.connect(self._rows_arrived)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(300)
        self._status_timer.timeout.connect(self.refresh_status)

        self.resize(1360, 820)
        self._restore_settings()
        if first_run:
            self.stack.setCurrentWidget(self.first_run)
            self.nav.setEnabled(False)
        else:
            self.go("organizations")
        self.organizations.start()
        self.refresh_status()

    def page_titles(self) -> dict[str, str]:
        """Translated names of the pages."""
        return {"overview": self.tr("Overview"), "organizations": self.tr("Organizations"),
                "activities": self.tr("Activities"), "grants": self.tr("Grants"),
                "trash": self.tr("Trash")}

    # -- actions --------------------------------------------------------------------------

    def _make_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_org_action = self._action(self.tr("&New organization"), QKeySequence.StandardKey.New,
                                           self._new_organization)
        self.new_activity_action = self._action(self.tr("New &activity"), "Ctrl+Shift+A",
                                                self._new_activity)
        self.new_grant_action = self._action(self.tr("New &grant"), "Ctrl+Shift+G", self._new_grant)
        self.save_action = self._action(self.tr("&Save"), QKeySequence.StandardKey.Save, self.save_current)
        self.log_action = self._action(self.tr("Open the &log folder"), None, self.open_log_folder)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        for action in (self.new_org_action, self.new_activity_action, self.new_grant_action,
                       self.save_action, self.log_action, self.quit_action):
            file_menu.addAction(action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo),
                                       QKeySequence("Ctrl+Y")])
        self.delete_action = self._action(self.tr("&Delete"), QKeySequence.StandardKey.Delete,
                                          self.delete_current)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.organizations.table.addAction(self.delete_action)
        self.find_action = self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self.find)
        for action in (self.undo_action, self.redo_action, self.delete_action, self.find_action):
            edit_menu.addAction(action)
        view_menu = menu.addMenu(self.tr("&Go"))
        titles = self.page_titles()
        self.page_actions: dict[str, QAction] = {}
        for number, name in enumerate(PAGES, start=1):
            action = self._action(titles[name], f"Ctrl+{number}", lambda n=name: self.go(n))
            self.page_actions[name] = action
            view_menu.addAction(action)
        self.refresh_action = self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh,
                                           self.refresh_all)
        view_menu.addAction(self.refresh_action)

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def go(self, name: str) -> None:
        """Show the page ``name``."""
        self.nav.setCurrentRow(PAGES.index(name))

    @Slot(int)
    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            page = self.pages[PAGES[row]]
            self.stack.setCurrentWidget(page)
            if hasattr(page, "shown"):
                page.shown()

    def current_page(self) -> str:
        """The name of the page on screen."""
        for name, page in self.pages.items():
            if self.stack.currentWidget() is page:
                return name
        return "first_run"

    def _new_organization(self) -> None:
        self.go("organizations")
        self.organizations.new_organization()

    def _new_activity(self) -> None:
        self.go("activities")
        self.activities.new_activity()

    def _new_grant(self) -> None:
        self.go("grants")
        self.grants.new_grant()

    def save_current(self) -> None:
        """Save the editor of the page on screen."""
        page = self.stack.currentWidget()
        editor = getattr(page, "editor", None)
        if editor is not None and editor.dirty:
            editor.save()

    def delete_current(self) -> None:
        """Delete what is selected on the page on screen."""
        page = self.stack.currentWidget()
        if hasattr(page, "delete_selected"):
            page.delete_selected()

    def find(self) -> None:
        """Focus the search box of the page on screen."""
        page = self.stack.currentWidget()
        search = getattr(page, "search", None)
        if search is not None:
            search.setFocus()
            search.selectAll()

    def refresh_all(self) -> None:
        """Query every page again."""
        self.ops.sig_changed.emit(frozenset({"organizations", "contacts", "activities",
                                             "participations", "grants"}))

    def open_log_folder(self) -> None:
        """Show the log folder in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

    # -- status bar -----------------------------------------------------------------------

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.folder_label = QLabel(self.tr("Data: %1").replace("%1", str(self.data_dir)), self)
        self.folder_label.setObjectName("statusFolder")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("statusPending")
        self.sync_label = QLabel(self.tr("Last sync: never"), self)
        self.hq_label = QLabel(self.tr("Headquarters: not connected"), self)
        self.hq_label.setObjectName("statusHeadquarters")
        self.hq_label.setToolTip(self.tr("Connect to headquarters once sync is set up."))
        for label in (self.folder_label, self.pending_label, self.sync_label, self.hq_label):
            bar.addPermanentWidget(label)

    @Slot(object)
    def _schedule_status(self, _tables: Any = None) -> None:
        self._status_timer.start()

    def refresh_status(self) -> None:
        """Count pending changes (on the worker) and show them."""
        self.ops.read(browse.pending_and_counts, self._show_status, key="status-bar")

    def _show_status(self, counts: dict[str, int]) -> None:
        self.pending_label.setText(self.tr("%n change(s) to send", "", counts["pending"]))

    def _rows_arrived(self) -> None:
        if not self._ready:
            self._ready = True
            self.sig_ready.emit()

    @Slot(object, str)
    def show_failure(self, error: BaseException, trace: str) -> None:
        """Tell the person what failed, with the details and the log's path."""
        self.error_box = show_error(self, error, trace, log_file=self.log_file)

    @Slot()
    def _first_run_done(self) -> None:
        self.settings.setValue("firstRunDone", True)
        self.nav.setEnabled(True)
        self.go("organizations")
        self.refresh_all()

    # -- settings -------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.organizations.restore_settings(self.settings)

    def save_settings(self) -> None:
        """Remember the window's layout and column choices."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.organizations.save_settings(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        dirty = [page.editor for page in (self.organizations, self.activities, self.grants)
                 if page.editor.dirty]
        if dirty:
            # Never lose an edit: save, then close once the worker has written it.
            event.ignore()
            editor = dirty[0]
            editor.save(then=self.close)
            return
        self.save_settings()
        event.accept()


def data_folder_of(window: MainWindow) -> Path:
    """The data folder a window shows (for tests)."""
    return window.data_dir
