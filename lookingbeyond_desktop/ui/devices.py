"""The project's computers, for the Civil Society Team (hq users): which are enrolled, whose
they are, when they last synced, and the remote wipe of one that was lost or stolen
(Sync > Computers of the Project…; issue 13).  Headquarters decides who may see and order
this (``/v1/devices``); the window only offers it to hq users.  Network calls run on a
thread of their own; nothing here blocks the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.ui.ops import Files
from lookingbeyond_desktop.ui.sync_page import human_sync_message, local_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("Devices", text)


def hq_user(connection: Any) -> bool:
    """Whether this data folder was enrolled for an hq user (the Civil Society Team), who
    alone may administer from the window: the computers of the project and their remote
    wipe, the erasure of a person's data.  Headquarters refuses the others all the same."""
    from lookingbeyond_desktop.store.sandbox import enrolled_role

    return enrolled_role(connection) == "hq"


def state_text(state: str) -> str:
    """A device's state in words."""
    return {
        "active": _tr("in use"),
        "revoked": _tr("signed out by headquarters"),
        "wipe ordered": _tr("to be erased at its next sync"),
        "wipe sent": _tr("erasing (not yet confirmed)"),
        "wiped": _tr("erased"),
    }.get(state, state)


class DevicesDialog(QDialog):
    """Every enrolled computer, and "Erase Its Data…" for one of them."""

    def __init__(self, server_url: str, device_id: str, session_factory: Callable[[], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesDialog")
        self.setWindowTitle(_tr("Computers of the Project"))
        self.server_url, self.own_id, self.session_factory = server_url, device_id, session_factory
        self.files = Files(name="devices", parent=self)
        self.intro = QLabel(_tr("Every computer enrolled with headquarters. A lost or stolen one "
                                "can be erased: at its next sync it sends what it has not sent, "
                                "then erases its copy of the registry and signs out for good."), self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("devicesTable")
        self.table.setHorizontalHeaderLabels([_tr("Computer"), _tr("Person"), _tr("Last sync"),
                                              _tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel("", self)
        self.status.setObjectName("devicesStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = QPushButton(_tr("&Refresh"), self)
        self.erase_button = QPushButton(_tr("&Erase Its Data…"), self)
        self.erase_button.setEnabled(False)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.erase_button.clicked.connect(self.ask_erase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.devices: list[dict[str, Any]] = []
        self.confirm_box: QMessageBox | None = None
        self.refresh()

    # -- network, on the dialog's own thread ------------------------------------------------

    def _call(self, fn: Callable[[str, Any], Any], done: Callable[[Any], None]) -> None:
        from sync import client

        own, factory = self.own_id, self.session_factory

        def work() -> Any:
            return fn(client.load_token(own), factory())

        self.refresh_button.setEnabled(False)
        self.erase_button.setEnabled(False)
        self.files.run(work, done, failed=self._failed)

    def refresh(self) -> None:
        """Ask headquarters for the list again."""
        from sync import client

        url = self.server_url
        self.status.setText(_tr("Asking headquarters…"))
        self._call(lambda token, session: client.list_devices(url, token, session=session),
                   self._listed)

    def _listed(self, devices: list[dict[str, Any]]) -> None:
        self.devices = devices
        self.table.setRowCount(len(devices))
        for row, device in enumerate(devices):
            name = device.get("name") or device["id"][:8]
            if device["id"] == self.own_id:
                name = _tr("%1 (this computer)").replace("%1", name)
            cells = (name, device.get("user") or "",
                     local_time(device["last_sync_at"]) if device.get("last_sync_at") else _tr("never"),
                     state_text(str(device.get("state"))))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(device["id"])
                    item.setData(Qt.ItemDataRole.UserRole, device["id"])
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status.setText(self.tr("%n computer(s).", "", len(devices)))
        self.refresh_button.setEnabled(True)
        self._selection_changed()

    def selected(self) -> dict[str, Any] | None:
        """The device of the selected row."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.devices[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        device = self.selected()
        self.erase_button.setEnabled(device is not None and device["id"] != self.own_id
                                     and device.get("state") == "active")

    def ask_erase(self) -> None:
        """Ask before ordering the selected computer's wipe (Cancel is the default)."""
        device = self.selected()
        if device is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Erase a computer's data"),
                          _tr("Erase everything on “%1” (%2)? At its next sync it sends what it "
                              "has not sent, then erases its copy of the registry, its backups and "
                              "logs, and signs out for good. This cannot be undone.")
                          .replace("%1", device.get("name") or device["id"][:8])
                          .replace("%2", device.get("user") or ""),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("eraseBox")
        erase = box.addButton(_tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is erase, device))
        self.confirm_box = box
        box.open()

    def _answered(self, erase: bool, device: dict[str, Any]) -> None:
        if not erase:
            return
        from sync import client

        url, target = self.server_url, device["id"]
        self.status.setText(_tr("Asking headquarters…"))
        self._call(lambda token, session: client.order_wipe(url, token, target, session=session),
                   lambda _when: self.refresh())

    def _failed(self, error: BaseException, _trace: str) -> None:
        self.refresh_button.setEnabled(True)
        self._selection_changed()
        code, message = getattr(error, "code", "internal"), getattr(error, "message", str(error))
        if code == "forbidden":
            self.status.setText(_tr("Only the Civil Society Team (hq users) may see the "
                                    "project's computers."))
        else:
            self.status.setText(human_sync_message(code, message))
