"""Fonts shipped inside the installed application, so that Chinese shows on a computer that
has no font for it (a bare Debian, a Windows without its East Asian fonts).

The installer build puts them in ``lookingbeyond_desktop/resources/fonts/`` with a
``fonts.json`` naming each one, its source and licence (``installer/fetch_font.py``); a
source checkout has no such folder and uses the system's fonts.  Loaded fonts are added at
the end of the application font's family list: Qt looks there for a character the
person's usual font lacks, before the system's own fallbacks, on every platform alike.
"""

from __future__ import annotations

import importlib.resources
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

METADATA = "fonts.json"


@dataclass(frozen=True)
class ShippedFont:
    """One font file in the bundle, as ``fonts.json`` describes it."""

    name: str
    file: str
    source: str
    licence: str


def fonts_dir() -> Path | None:
    """The bundle's font folder, or None when there is none (a source checkout)."""
    try:
        folder = importlib.resources.files("lookingbeyond_desktop.resources") / "fonts"
    except (ImportError, TypeError):
        return None
    path = Path(str(folder))
    return path if path.is_dir() else None


def shipped_fonts(folder: Path | None = None) -> list[ShippedFont]:
    """The fonts ``folder`` (default: the bundle's) holds, from its ``fonts.json``; an
    unreadable description is logged and gives none (the system's fonts still work)."""
    folder = folder if folder is not None else fonts_dir()
    if folder is None or not (folder / METADATA).is_file():
        return []
    try:
        entries = json.loads((folder / METADATA).read_text("utf-8"))
        return [ShippedFont(name=str(entry["name"]), file=Path(str(entry["file"])).name,
                            source=str(entry["source"]), licence=str(entry["licence"]))
                for entry in entries]
    except (OSError, ValueError, TypeError, KeyError) as error:
        log.warning("the shipped fonts' description %s cannot be read: %s",
                    folder / METADATA, type(error).__name__)
        return []


_loaded: dict[Path, list[str]] = {}


def load_shipped_fonts(app: QApplication, folder: Path | None = None) -> list[str]:
    """Register the shipped fonts with Qt (once per folder) and put their families at the end
    of the application font's list; returns the families added."""
    folder = folder if folder is not None else fonts_dir()
    if folder is None:
        return []
    if folder not in _loaded:
        families: list[str] = []
        for font in shipped_fonts(folder):
            font_id = QFontDatabase.addApplicationFont(str(folder / font.file))
            if font_id < 0:
                log.warning("the shipped font %s cannot be loaded", folder / font.file)
                continue
            found = QFontDatabase.applicationFontFamilies(font_id)
            # A collection (.ttc) holds more faces (a monospaced one): keep the named one.
            families += [name for name in found if name == font.name] or found[:1]
        _loaded[folder] = families
    families = _loaded[folder]
    if families:
        base = app.font()
        chain = list(base.families()) or [base.family()]
        base.setFamilies(chain + [name for name in families if name not in chain])
        app.setFont(base)
    return families
