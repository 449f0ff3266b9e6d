"""The first-run screen: load demo data, or start empty and connect to headquarters later."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from lookingbeyond_desktop.ui.ops import ALL_TABLES, Ops

DEMO_ORGANIZATIONS = 2_000


class FirstRunPage(QWidget):
    """Shown when the data folder is empty; ``sig_finished`` when the person has chosen."""

    sig_finished = Signal()

    def __init__(self, ops: Ops, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        self._ops = ops
        title = QLabel(self.tr("Welcome to Looking Beyond"), self)
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        text = QLabel(self.tr(
            "This is your office's registry of civil-society partners: organizations, their "
            "contacts, the activities they took part in and the seed funding they received. "
            "Everything works offline; your changes are sent to headquarters when a "
            "connection is set up."), self)
        text.setWordWrap(True)
        text.setMaximumWidth(620)
        self.demo_button = QPushButton(self.tr("Explore with &demo data"), self)
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.setMinimumHeight(40)
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button = QPushButton(self.tr("Start with an &empty registry"), self)
        self.empty_button.setObjectName("startEmpty")
        self.empty_button.setMinimumHeight(40)
        self.empty_button.clicked.connect(self.sig_finished)
        later = QLabel(self.tr("You can connect to headquarters later: your work is kept on "
                               "this computer until then."), self)
        later.setWordWrap(True)
        later.setStyleSheet("color: #555;")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text, self.demo_button, self.empty_button, later, self.progress):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            widget.setMaximumWidth(620)
            widget.setMinimumWidth(420)
        layout.addStretch(2)

    @Slot()
    def load_demo(self) -> None:
        """Fill the registry with demo data (on the worker), then carry on."""
        from lookingbeyond_desktop.demo import generate

        self.demo_button.setEnabled(False)
        self.empty_button.setEnabled(False)
        self.progress.show()

        def work(store: Any) -> Any:
            return generate(store, organizations=DEMO_ORGANIZATIONS)

        def failed(error: BaseException, trace: str) -> None:
            self.progress.hide()
            self.demo_button.setEnabled(True)
            self.empty_button.setEnabled(True)
            self._ops.sig_failed.emit(error, trace)

        self._ops.with_store(work, lambda _summary: self.sig_finished.emit(), failed=failed,
                             tables=ALL_TABLES)
