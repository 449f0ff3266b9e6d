"""The main window: navigation between the pages, menus with shortcuts, the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import datetime as dt

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QHBoxLayout,
    QStackedWidget,
    QStyle,
    QWidget,
)

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import browse
from lookingbeyond_desktop.ui.errors import confirm, show_error
from lookingbeyond_desktop.ui.layout import ElidedLabel, fit_small_screens, left_to_right
from lookingbeyond_desktop.ui.ops import ALL_TABLES, Ops
from lookingbeyond_desktop.ui.organizations.page import OrganizationsPage
from lookingbeyond_desktop.ui.sync_page import local_time
from lookingbeyond_desktop.ui.sync_worker import SessionFactory, SyncService, plain_session

PAGES = ("overview", "organizations", "activities", "grants", "trash", "sync", "conflicts",
         "reports")
#: Days without a successful sync after which the banner warns (QSettings ``sync/warnDays``).
DEFAULT_WARN_DAYS = 3


class MainWindow(QMainWindow):
    """The window field staff live in all day."""

    sig_ready = Signal()  # the first rows of the organizations list are on screen

    def __init__(self, ops: Ops, settings: QSettings, *, first_run: bool = False,
                 sync_session_factory: SessionFactory = plain_session,
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
        self.switch_to: Path | None = None  # another data folder to open once this closes
        self.wipe_ordered = False  # headquarters ordered this folder erased (remote wipe)
        self.wipe_by_file = False  # ... in a reply file (headquarters is not told over the network)
        self._ready = False

        from lookingbeyond_desktop.ui.activities import ActivitiesPage
        from lookingbeyond_desktop.ui.conflicts_page import ConflictsPage
        from lookingbeyond_desktop.ui.sync_page import SyncPage
        from lookingbeyond_desktop.ui.first_run import FirstRunPage
        from lookingbeyond_desktop.ui.grants import GrantsPage
        from lookingbeyond_desktop.ui.overview import OverviewPage
        from lookingbeyond_desktop.ui.reports_page import ReportsPage
        from lookingbeyond_desktop.ui.trash import TrashPage

        self.overview = OverviewPage(ops, parent=self)
        self.organizations = OrganizationsPage(ops, self.undo_stack, parent=self)
        self.activities = ActivitiesPage(ops, self.undo_stack, parent=self)
        self.grants = GrantsPage(ops, self.undo_stack, parent=self)
        self.trash = TrashPage(ops, self.undo_stack, parent=self)
        self.sync_service = SyncService(ops.store, settings, session_factory=sync_session_factory,
                                        parent=self)
        self.sync_page = SyncPage(ops, self.sync_service, parent=self)
        self.conflicts = ConflictsPage(ops, parent=self)
        self.reports = ReportsPage(ops, parent=self)
        self.reports.sig_open_record.connect(self.open_record)
        self.overview_state: dict[str, Any] = {}
        self.first_run = FirstRunPage(ops, parent=self)
        self.first_run.sig_finished.connect(self._first_run_done)
        self.pages: dict[str, QWidget] = {
            "overview": self.overview, "organizations": self.organizations,
            "activities": self.activities, "grants": self.grants, "trash": self.trash,
            "sync": self.sync_page, "conflicts": self.conflicts, "reports": self.reports,
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
            "sync": QStyle.StandardPixmap.SP_BrowserReload,
            "conflicts": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "reports": QStyle.StandardPixmap.SP_FileDialogContentsView,
        }
        titles = self.page_titles()
        titles["conflicts"] = self.conflicts_title(0)
        for name in PAGES:
            item = QListWidgetItem(style.standardIcon(icons[name]), titles[name], self.nav)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.nav.setFixedWidth(self._nav_width())
        self.nav.currentRowChanged.connect(self._nav_changed)

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._make_banner())
        row = QHBoxLayout()
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        # The idle lock (ui/lock.py) puts its screen in place of everything else.
        self.lock_stack = QStackedWidget(self)
        self.lock_stack.setObjectName("lockStack")
        self.lock_stack.addWidget(central)
        self.setCentralWidget(self.lock_stack)
        for page in (*self.pages.values(), self.first_run):
            fit_small_screens(page)  # forms scroll vertically only (ui/layout.py)

        self._make_status_bar()
        from lookingbeyond_desktop.ui.lock import WindowLock

        self.window_lock = WindowLock(self, ops, self.lock_stack)
        self._make_actions()
        ops.sig_failed.connect(self.show_failure)
        ops.sig_changed.connect(self._schedule_status)
        self._connect_sync()
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
        self.sync_service.sig_sandbox.connect(self._show_sandbox)
        self.read_sandbox()

    def page_titles(self) -> dict[str, str]:
        """Translated names of the pages."""
        return {"overview": self.tr("Overview"), "organizations": self.tr("Organizations"),
                "activities": self.tr("Activities"), "grants": self.tr("Grants"),
                "trash": self.tr("Trash"), "sync": self.tr("Sync"),
                "conflicts": self.tr("Conflicts"), "reports": self.tr("Reports")}

    def _nav_width(self) -> int:
        """Wide enough for the longest page name with its icon, and no wider: the pages
        need the room on a 1024-pixel screen."""
        metrics = self.nav.fontMetrics()
        names = [*self.page_titles().values(), self.conflicts_title(999)]
        text = max(metrics.horizontalAdvance(name) for name in names)
        return max(130, min(200, text + self.nav.iconSize().width() + 36))

    def conflicts_title(self, count: int) -> str:
        """The navigation entry of the Conflicts page, with how many wait."""
        return self.tr("Conflicts (%n)", "", count)

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
                       self.save_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        # Import and export of tables (ui/import_wizard.py, ui/export_dialog.py).
        from lookingbeyond_desktop.ui.export_dialog import open_export_dialog
        from lookingbeyond_desktop.ui.import_wizard import open_import_wizard

        self.import_action = self._action(self.tr("&Import…"), "Ctrl+I",
                                          lambda: open_import_wizard(self))
        self.export_action = self._action(self.tr("&Export…"), "Ctrl+E",
                                          lambda: open_export_dialog(self))
        for action in (self.import_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        # Another data folder (a real one beside a demo one): the window reopens on it.
        self.open_folder_action = self._action(self.tr("&Open data folder…"), None,
                                               lambda: self.choose_data_folder(new=False))
        self.new_folder_action = self._action(self.tr("New data &folder…"), None,
                                              lambda: self.choose_data_folder(new=True))
        for action in (self.open_folder_action, self.new_folder_action, self.log_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock Now"), "Ctrl+L", self.lock_now)
        self.lock_settings_action = self._action(self.tr("Lock Se&ttings…"), None,
                                                 self.open_lock_settings)
        for action in (self.lock_action, self.lock_settings_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.language_menu = self._language_menu()
        file_menu.addMenu(self.language_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
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
        for action in (self.undo_action, self.redo_action, self.delete_action, self.find_action,
                       self.organizations.merge_action):
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
        sync_menu = menu.addMenu(self.tr("&Sync"))
        self.sync_action = self._action(self.tr("&Sync now"), None, self.sync_now)
        self.sync_action.setObjectName("syncNowAction")
        self.sync_action.setShortcuts([QKeySequence("Ctrl+Shift+S"), QKeySequence("F9")])
        self.cancel_sync_action = self._action(self.tr("&Cancel the sync"), None,
                                               self.sync_service.cancel)
        self.cancel_sync_action.setEnabled(False)
        for action in (self.sync_action, self.cancel_sync_action):
            sync_menu.addAction(action)
        # Sync by file (issue 16), for a computer without a connection: on the Sync page.
        self.file_menu = sync_menu.addMenu(self.tr("Sync by &File"))
        self.write_file_action = self._action(self.tr("&Write a File for Headquarters…"),
                                              "Ctrl+Shift+E", self.write_file)
        self.write_file_action.setObjectName("writeBundleAction")
        self.read_reply_action = self._action(self.tr("&Read a Reply from Headquarters…"),
                                              "Ctrl+Shift+R", self.read_reply)
        self.read_reply_action.setObjectName("readReplyAction")
        for action in (self.write_file_action, self.read_reply_action):
            self.file_menu.addAction(action)
        # For the Civil Society Team only (hq users): headquarters refuses the others anyway.
        self.devices_action = self._action(self.tr("Computers of the &Project…"), None,
                                           self.open_devices)
        self.devices_action.setVisible(False)
        sync_menu.addSeparator()
        sync_menu.addAction(self.devices_action)
        self._show_hq_actions()
        help_menu = menu.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Looking Beyond"), None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Sync"))
        toolbar.setObjectName("syncToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        toolbar.addAction(self.sync_action)

    def _show_hq_actions(self) -> None:
        """Show what only hq users may use, once the role kept at enrolment is read."""
        from lookingbeyond_desktop.store.sandbox import ROLE, get_setting

        self.ops.read(lambda c: get_setting(c, ROLE),
                      lambda role: self.devices_action.setVisible(role == "hq"))

    def open_devices(self) -> None:
        """Sync > Computers of the Project…: the enrolled computers, and remote wipe."""
        from lookingbeyond_desktop.store.sync_adapter import replication_for
        from lookingbeyond_desktop.ui.devices import DevicesDialog

        def opened(state: Any) -> None:
            if not state.server_url:
                return
            dialog = DevicesDialog(state.server_url, state.device_id,
                                   self.sync_service.session_factory, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.devices_box = dialog

        self.ops.with_store(lambda store: replication_for(store).status(), opened)

    def show_about(self) -> None:
        """Help > About: version, data folder, the parts and their licences."""
        from lookingbeyond_desktop.ui.about import AboutDialog

        self.about_dialog = AboutDialog(self.data_dir, self)
        self.about_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog.show()

    def choose_data_folder(self, *, new: bool) -> None:
        """Ask for another data folder (an empty one when ``new``) and reopen on it."""
        from lookingbeyond_desktop.app import ask_data_folder

        folder = ask_data_folder(self, current=self.data_dir, new=new)
        if folder is not None:
            self.open_data_folder(folder)

    def _language_menu(self) -> QMenu:
        """File > Language: the system's language or one of the six, each named in itself."""
        from lookingbeyond_desktop.app import LANGUAGES, chosen_language

        title = self.tr("&Language")
        if title.replace("&", "") != "Language":  # found again by someone who cannot read it
            title += " (Language)"
        menu = QMenu(title, self)
        group = QActionGroup(menu)
        current = chosen_language()
        for code, name in {"": self.tr("The system's language"), **LANGUAGES}.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
        return menu

    def choose_language(self, code: str) -> None:
        """Keep ``code`` as the interface's language ("" for the system's) and open the
        window again in it (unsaved edits are asked about as when closing; kept open, the
        window shows the language from the next start)."""
        from lookingbeyond_desktop.app import LANGUAGE_KEY, chosen_language

        if code == chosen_language():
            return
        self.settings.setValue(LANGUAGE_KEY, code)
        self.open_data_folder(self.data_dir)

    def open_data_folder(self, folder: Path) -> None:
        """Close this window so that the application opens ``folder`` instead (app.run)."""
        self.switch_to = folder
        self.close()

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def lock_now(self) -> None:
        """Lock the window at once (File > Lock Now); when nothing could open it again (no
        login on this computer, no PIN), offer to choose a PIN instead."""
        if not self.window_lock.lock():
            self.open_lock_settings()

    def open_lock_settings(self) -> None:
        """After how long the window locks, and its PIN (File > Lock Settings…)."""
        from lookingbeyond_desktop.ui.lock import LockSettingsDialog

        dialog = LockSettingsDialog(self.ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the PIN typed goes with it
        dialog.accepted.connect(self.window_lock.reload)
        dialog.open()
        self.lock_settings_box = dialog

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

    @Slot(str, str)
    def open_record(self, table: str, record_id: str) -> None:
        """Show a record in its page's editor (``table`` is organizations, activities or
        grants; a contact or participation is opened through the record it belongs to).
        Unsaved edits in that editor are not saved nor dropped silently: the editor asks
        first, as when moving to another row (ui/leave.py)."""
        name = {"organizations": "organizations", "activities": "activities",
                "grants": "grants"}.get(table)
        if name is None:
            return
        self.go(name)
        page: Any = self.pages[name]
        editor = page.editor
        editor.leave(lambda: editor.load(record_id))

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
        self.folder_label = ElidedLabel(self.tr("Data: %1").replace("%1", left_to_right(str(self.data_dir))),
                                        minimum=120, parent=self)
        self.folder_label.setObjectName("statusFolder")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("statusPending")
        self.sync_label = QLabel(self.tr("Last sync: never"), self)
        self.sync_label.setObjectName("statusLastSync")
        self.hq_label = QLabel(self.tr("Headquarters: not enrolled"), self)
        self.hq_label.setObjectName("statusHeadquarters")
        self.hq_label.setToolTip(self.tr("Log in on the Sync page to connect this computer."))
        for label in (self.folder_label, self.pending_label, self.sync_label, self.hq_label):
            bar.addPermanentWidget(label)

    @Slot(object)
    def _schedule_status(self, _tables: Any = None) -> None:
        self._status_timer.start()

    def refresh_status(self) -> None:
        """Read where sync stands (on the worker) and show it everywhere."""
        self.ops.read(browse.sync_overview, self._show_status, key="status-bar")

    def _show_status(self, overview: dict[str, Any]) -> None:
        self.overview_state = overview
        self.pending_label.setText(self.tr("%n change(s) to send", "", overview["pending"]))
        last = overview.get("last_sync_at")
        self.sync_label.setText(self.tr("Last sync: %1").replace("%1", local_time(last)) if last
                                else self.tr("Last sync: never"))
        self.conflicts.own_device = overview.get("device_id") or ""
        self.sync_page.show_overview(overview)
        self.sync_service.set_enrolled(overview.get("server_url"))
        self._set_conflict_count(int(overview.get("conflicts", 0)))
        self._update_banner()

    def _set_conflict_count(self, count: int) -> None:
        self.nav.item(PAGES.index("conflicts")).setText(self.conflicts_title(count))

    # -- sync -----------------------------------------------------------------------------

    def _connect_sync(self) -> None:
        service = self.sync_service
        service.sig_started.connect(self._sync_started)
        service.sig_finished.connect(self._sync_finished)
        service.sig_failed.connect(self._sync_failed)
        service.sig_enrolled.connect(self._enrolled)
        service.sig_reachability.connect(self._show_reachability)
        service.sig_retry_scheduled.connect(self._retry_scheduled)
        self.sync_page.sig_show_conflicts.connect(lambda: self.go("conflicts"))
        self.sync_page.sig_open_record.connect(self.open_record)
        self.conflicts.sig_count.connect(self._set_conflict_count)
        service.sig_file_started.connect(self._file_started)
        service.sig_file_written.connect(self._file_written)
        service.sig_file_failed.connect(self._file_failed)
        self.sync_page.sig_reply_read.connect(self._reply_read)

    def _file_page(self) -> bool:
        """Show the Sync page for sync by file; False (login form in focus) when this
        computer is not connected to headquarters yet."""
        self.go("sync")
        if not self.overview_state.get("server_url"):
            self.sync_page.server_edit.setFocus()
            return False
        return True

    def write_file(self) -> None:
        """Sync > Sync by File > Write a File for Headquarters… (on the Sync page)."""
        if self._file_page():
            self.sync_page.choose_file_to_write()

    def read_reply(self) -> None:
        """Sync > Sync by File > Read a Reply from Headquarters… (on the Sync page)."""
        if self._file_page():
            self.sync_page.choose_reply_to_read()

    def _enable_sync_actions(self, enabled: bool) -> None:
        for action in (self.sync_action, self.write_file_action, self.read_reply_action):
            action.setEnabled(enabled)

    @Slot(str)
    def _file_started(self, job: str) -> None:
        self._enable_sync_actions(False)
        self.statusBar().showMessage(self.tr("Writing the file for headquarters…") if job == "write"
                                     else self.tr("Reading the reply from headquarters…"))

    @Slot(object, str)
    def _file_written(self, _result: Any, _path: str) -> None:
        self._enable_sync_actions(True)
        self.statusBar().showMessage(self.tr("The file for headquarters is written."), 5000)
        self.refresh_status()

    @Slot(str, str, str)
    def _file_failed(self, job: str, _code: str, _message: str) -> None:
        self._enable_sync_actions(True)
        self.statusBar().showMessage(self.tr("The file could not be written.") if job == "write"
                                     else self.tr("The reply could not be read."), 10_000)
        self.refresh_status()

    @Slot(object)
    def _reply_read(self, result: Any) -> None:
        if result.wipe:
            self._leave_for_wipe(by_file=True)
            return
        self._enable_sync_actions(True)
        self.ops.sig_changed.emit(ALL_TABLES)  # received rows, markers and conflicts: read again
        self.refresh_status()
        self.statusBar().showMessage(self.tr("The reply from headquarters is read."), 5000)

    def _leave_for_wipe(self, *, by_file: bool = False) -> None:
        """Headquarters ordered this computer's data erased (everything unsent was sent
        first): leave at once, without asking about unsaved edits; app.run erases the folder
        once the database is closed, then says so (an order read from a reply file is not
        confirmed to headquarters over the network: ``wipe_by_file``)."""
        self.wipe_ordered = True
        self.wipe_by_file = by_file
        self.hide()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def sync_now(self) -> None:
        """Sync with headquarters now (the Sync page when this computer is not enrolled)."""
        if not self.overview_state.get("server_url"):
            self.go("sync")
            self.sync_page.server_edit.setFocus()
            return
        self.sync_page.sync_now()

    @Slot()
    def _sync_started(self) -> None:
        self._enable_sync_actions(False)
        self.cancel_sync_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Syncing with headquarters…"))

    def _sync_ended(self) -> None:
        self._enable_sync_actions(True)
        self.cancel_sync_action.setEnabled(False)
        self.ops.sig_changed.emit(ALL_TABLES)  # pulled rows, markers and conflicts: read again
        self.refresh_status()

    @Slot(object)
    def _sync_finished(self, report: Any) -> None:
        self._sync_ended()
        self.statusBar().showMessage(self.tr("Sync finished."), 5000)

    @Slot(str, str, bool)
    def _sync_failed(self, code: str, message: str, _retryable: bool) -> None:
        from lookingbeyond_desktop.ui.sync_page import human_sync_message

        if code == "device_wipe":
            self._leave_for_wipe()
            return
        self._sync_ended()
        self.statusBar().showMessage(human_sync_message(code, message), 10_000)

    @Slot(int)
    def _retry_scheduled(self, minutes: int) -> None:
        self.hq_label.setToolTip(self.tr("The next try is in %n minute(s).", "", minutes))

    @Slot(object)
    def _enrolled(self, _answer: Any) -> None:
        self.window_lock.reload()  # the password just used now opens the idle lock
        self._show_hq_actions()
        self.refresh_status()
        self.sync_page.sync_now()

    @Slot(str)
    def _show_reachability(self, state: str) -> None:
        texts = {"reachable": self.tr("Headquarters: reachable"),
                 "unreachable": self.tr("Headquarters: unreachable"),
                 "not_enrolled": self.tr("Headquarters: not enrolled")}
        self.hq_label.setText(texts.get(state, state))

    def _make_banner(self) -> QFrame:
        self.banner = QFrame(self)
        self.banner.setObjectName("syncBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("#syncBanner { background: #fff4ce; border: 1px solid #c19c00; }"
                                  "#syncBanner QLabel { color: #3b2f00; }")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("syncBannerText")
        self.banner_label.setWordWrap(True)
        button = QPushButton(self.tr("Sync now"), self.banner)
        button.setObjectName("bannerSyncButton")
        button.clicked.connect(self.sync_now)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.banner_label, 1)
        row.addWidget(button)
        self.banner.hide()
        return self.banner

    def warn_days(self) -> int:
        """Days without a successful sync before the banner shows."""
        return max(1, int(self.settings.value("sync/warnDays", DEFAULT_WARN_DAYS)))

    def _update_banner(self) -> None:
        overview = self.overview_state
        if not overview.get("server_url"):
            self.banner.hide()
            return
        last = overview.get("last_sync_at")
        if not last:
            self.banner_label.setText(self.tr(
                "This computer has never synced with headquarters: your changes exist only here."))
            self.banner.show()
            return
        try:
            moment = dt.datetime.fromisoformat(last)
        except ValueError:
            self.banner.hide()
            return
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        days = (dt.datetime.now(dt.timezone.utc) - moment).days
        if days >= self.warn_days():
            self.banner_label.setText(self.tr(
                "No sync with headquarters for %n day(s): your recent changes exist only on this "
                "computer.", "", days))
            self.banner.show()
        else:
            self.banner.hide()

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
        # The choice is kept in the data folder itself (store/sandbox.py), not in QSettings:
        # every new folder asks once.
        self.read_sandbox()
        self.nav.setEnabled(True)
        self.go("organizations")
        self.refresh_all()

    def read_sandbox(self) -> None:
        """Find out (on the worker) whether the folder holds demo data."""
        from lookingbeyond_desktop.store.sandbox import is_demo

        self.ops.read(is_demo, self.sync_service.set_sandbox, key="sandbox")

    @Slot(bool)
    def _show_sandbox(self, demo: bool) -> None:
        self.setWindowTitle(self.tr("Looking Beyond — demo data") if demo
                            else self.tr("Looking Beyond"))

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
        if self.window_lock.locked:
            # Closing would show unsaved work (its questions name the records) or quit and
            # reopen unlocked: the window stays as it is until unlocked.
            event.ignore()
            return
        dirty = [(name, page.editor) for name, page in (
            ("organizations", self.organizations), ("activities", self.activities),
            ("grants", self.grants)) if page.editor.dirty]
        if dirty:
            # Never save nor drop an edit silently: ask, on its page, as every editor does
            # when its record is left (ui/leave.py); Save or Discard then try closing again
            # (the next editor with edits asks in turn), Cancel keeps the window open.
            event.ignore()
            name, editor = dirty[0]
            self.go(name)

            def stay() -> None:
                self.switch_to = None  # a folder switch given up: a later Quit just quits

            editor.leave(self.close, on_cancel=stay)
            return
        draft = self.organizations.editor.draft
        if draft is not None:
            # A new organization set aside for a likely duplicate (ui/duplicate_warning.py)
            # is unsaved work too: never dropped without asking.
            event.ignore()
            self.go("organizations")

            def close_anyway() -> None:
                self.organizations.editor.discard_draft()
                self.close()

            confirm(self, self.tr(
                "The new organization “%1” that you set aside is not saved. Close and lose "
                "it? (Cancel, then “Back to it”, to save it.)").replace(
                    "%1", str(draft.get("name") or "")), close_anyway)
            return
        self.save_settings()
        self.sync_service.shutdown()
        event.accept()


def data_folder_of(window: MainWindow) -> Path:
    """The data folder a window shows (for tests)."""
    return window.data_dir
