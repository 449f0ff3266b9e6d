"""Help > About: the version, the data folder, and what the application is made of with the
licence of each part (the Python packages it runs on, found from the installed package's
own requirements, and the data it ships)."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lookingbeyond_desktop import __version__
from lookingbeyond_desktop.ui.fonts import shipped_fonts
from lookingbeyond_desktop.ui.layout import left_to_right

# The application's own distribution (pyproject.toml's name).
DISTRIBUTION = "lookingbeyond-desktop"

# The data shipped beside the code: (what, where it comes from, licence).
SHIPPED_DATA: tuple[tuple[str, str, str], ...] = (
    ("Natural Earth 1:110m (world map)", "naturalearthdata.com, via world-atlas 2.0.2",
     "Public domain; world-atlas: ISC"),
    ("Country names in six languages", "iso-codes (Debian), via pycountry", "LGPL-2.1-only"),
    ("UN M49 regions", "United Nations Statistics Division", "Public"),
)


def _licence(distribution: importlib.metadata.Distribution) -> str:
    metadata = distribution.metadata
    expression = metadata.get("License-Expression") or ""
    if expression:
        return expression
    text = metadata.get("License") or ""
    if text and len(text) <= 60 and "\n" not in text:
        return text
    classifiers = "; ".join(c.split("::")[-1].strip() for c in metadata.get_all("Classifier") or []
                            if c.startswith("License ::"))
    if classifiers or not text:
        return classifiers
    return text.splitlines()[0][:60]  # a licence's whole text: its first line


def components(root: str = DISTRIBUTION) -> list[tuple[str, str, str]]:
    """(name, version, licence) of every package ``root`` needs to run, found through the
    requirements of the installed packages (extras and other platforms' needs left out),
    by name; empty when ``root`` is not installed (a source tree without set-up)."""
    seen: dict[str, tuple[str, str, str]] = {}
    waiting = [root]
    while waiting:
        name = waiting.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            distribution = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        seen[key] = (distribution.metadata["Name"], distribution.version, _licence(distribution))
        for requirement in distribution.requires or []:
            head, _, marker = requirement.partition(";")
            if "extra" in marker:
                continue
            if marker.strip() and not _marker_holds(marker):
                continue
            match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", head)
            if match:
                waiting.append(match.group(1))
    own = re.sub(r"[-_.]+", "-", root).lower()
    return sorted((row for key, row in seen.items() if key != own), key=lambda r: r[0].lower())


def _marker_holds(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # without packaging, count the requirement
        return True
    try:
        return bool(Marker(marker.strip()).evaluate())
    except Exception:  # a marker packaging cannot read: count it  # noqa: BLE001
        return True


class AboutDialog(QDialog):
    """The version, the data folder (with a button that opens it) and the table of parts
    and their licences."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Looking Beyond"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Looking Beyond %1").replace("%1", __version__), self)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr(
            "The registry of UNODC's civil-society partners: organizations, contacts, "
            "activities and seed funding, kept on this computer and synced with "
            "headquarters."), self, wordWrap=True))
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self.tr("Your data: %1").replace(
            "%1", left_to_right(str(data_dir))), self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        folder_row.addWidget(self.folder_label, 1)
        open_button = QPushButton(self.tr("&Open the folder"), self)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir))))
        folder_row.addWidget(open_button)
        layout.addLayout(folder_row)
        layout.addWidget(QLabel(self.tr(
            "Your data is kept outside the application's folder: installing a newer version "
            "or removing the application leaves it as it is."), self, wordWrap=True))
        layout.addWidget(QLabel(self.tr("What it is made of, and the licence of each part:"),
                                self))
        parts = components()
        shipped = [*SHIPPED_DATA, *((self.tr("%1 (font for Chinese)").replace("%1", font.name),
                                     font.source, font.licence) for font in shipped_fonts())]
        self.table = QTableWidget(len(parts) + len(shipped), 3, self)
        self.table.setObjectName("aboutComponents")
        self.table.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Version or source"),
                                              self.tr("Licence")])
        for row, (name, version, licence) in enumerate([*parts, *shipped]):
            for column, text in enumerate((name, version, licence)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()  # a long licence wraps rather than being cut
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)
