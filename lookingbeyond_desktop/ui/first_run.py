"""The welcome screen of a new, empty data folder: try the application on demo data (a
sandbox that can never reach headquarters), or start an empty registry for real work.

Both choices are kept in the data folder itself (store/sandbox.py), so every new folder
shows this screen once, and a folder started empty on purpose is not asked again.

Layout: one centred column whose width is bounded by its layout (not by min/max widths on
each widget), labels that wrap, and a scroll area around it, so long translations grow the
column downwards (or scroll on a small screen) instead of running into the buttons.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop.ui.ops import ALL_TABLES, Ops

DEMO_ORGANIZATIONS = 2_000
COLUMN_WIDTH = 640  # the column's widest, in pixels: lines a person can read in one glance


class FirstRunPage(QWidget):
    """Shown when the data folder is new and empty; ``sig_finished`` once the person has
    chosen and the choice is stored."""

    sig_finished = Signal()

    def __init__(self, ops: Ops, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        self._ops = ops
        self.column = QWidget(self)
        self.column.setObjectName("firstRunColumn")
        self.column.setMaximumWidth(COLUMN_WIDTH)

        self.title = self._label(self.tr("Welcome to Looking Beyond"), "firstRunTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.text = self._label(self.tr(
            "This is your office's registry of civil-society partners: organizations, their "
            "contacts, the activities they took part in and the seed funding they received. "
            "Everything works offline; your changes are sent to headquarters when a "
            "connection is set up."), "firstRunText")

        self.demo_button = self._button(self.tr("Explore with &demo data"), "loadDemo")
        self.demo_button.clicked.connect(self.load_demo)
        self.demo_note = self._note(self.tr(
            "Fills this data folder with made-up organizations, activities and grants to try "
            "the application. A demo folder can never be connected to headquarters: for real "
            "work, start another data folder (File > New data folder…)."), "demoNote")
        self.empty_button = self._button(self.tr("Start with an &empty registry"), "startEmpty")
        self.empty_button.clicked.connect(self.start_empty)
        self.later = self._note(self.tr(
            "You can connect to headquarters later, on the Sync page: your work is kept on "
            "this computer until then."), "startEmptyNote")
        self.progress = QProgressBar(self.column)
        self.progress.setObjectName("firstRunProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()

        column = QVBoxLayout(self.column)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addSpacing(16)
        for widget in (self.demo_button, self.demo_note):
            column.addWidget(widget)
        column.addSpacing(12)
        for widget in (self.empty_button, self.later):
            column.addWidget(widget)
        column.addSpacing(8)
        column.addWidget(self.progress)

        # Centred by stretches around the column (not alignment flags, which would stop the
        # wrapped labels from getting the height their width needs).
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.column, 100)
        row.addStretch(1)
        content = QWidget(self)
        content.setObjectName("firstRunContent")
        outer = QVBoxLayout(content)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("firstRunScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self.column)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _note(self, text: str, name: str) -> QLabel:
        label = self._label(text, name)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self.column)
        button.setObjectName(name)
        button.setMinimumHeight(40)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _busy(self, busy: bool) -> None:
        self.demo_button.setEnabled(not busy)
        self.empty_button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def _failed(self, error: BaseException, trace: str) -> None:
        self._busy(False)
        self._ops.sig_failed.emit(error, trace)

    @Slot()
    def load_demo(self) -> None:
        """Fill the registry with demo data and mark the folder a demo folder (one
        transaction, on the worker), then carry on."""
        from lookingbeyond_desktop.demo import generate

        self._busy(True)

        def work(store: Any) -> Any:
            return generate(store, organizations=DEMO_ORGANIZATIONS, sandbox=True)

        self._ops.with_store(work, lambda _summary: self.sig_finished.emit(), failed=self._failed,
                             tables=ALL_TABLES)

    @Slot()
    def start_empty(self) -> None:
        """Remember (in the data folder, on the worker) that this folder starts empty on
        purpose, then carry on: the welcome screen does not come back for it."""
        from lookingbeyond_desktop.store.sandbox import mark_started_empty

        self._busy(True)

        def work(store: Any) -> None:
            with store.engine.connect() as connection:
                connection.execution_options(lb_write=True)  # BEGIN IMMEDIATE, like writes
                with connection.begin():
                    mark_started_empty(connection)

        def done(_result: Any) -> None:
            self._busy(False)
            self.sig_finished.emit()

        self._ops.with_store(work, done, failed=self._failed)
