"""The font shipped in the installed bundle for Chinese: loaded at start, used where the
person's usual font has no such characters, and listed with its licence in Help > About."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from lookingbeyond_desktop.ui import fonts
from lookingbeyond_desktop.ui.about import AboutDialog

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
# The same font file the bundle ships, as Debian installs it (scripts/setup.sh installs it).
SYSTEM_COPY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _fetch_font() -> ModuleType:
    sys.path.insert(0, str(INSTALLER))
    try:
        spec = importlib.util.spec_from_file_location("installer_fetch_font_ui",
                                                      INSTALLER / "fetch_font.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(INSTALLER))


@pytest.fixture
def bundle_fonts(tmp_path: Path) -> Iterator[Path]:
    """A font folder as the installer build makes it (written by installer/fetch_font.py's
    own writer); the application font is put back afterwards, and the font registered from
    this folder removed (left registered, a second copy of WenQuanYi Micro Hei from a
    temporary file changed how later tests' PDFs embed Chinese: their text lost the name)."""
    fetch = _fetch_font()
    folder = tmp_path / "fonts"
    fetch.write(folder, fetch.platforms.FONT, SYSTEM_COPY.read_bytes(),
                b"Apache-2.0, or GPL-3.0-or-later with the font exception")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    yield folder
    app.setFont(before)
    QFontDatabase.removeAllApplicationFonts()  # a source checkout registers none of its own
    fonts._loaded.pop(folder, None)


def test_the_shipped_font_is_loaded_after_the_usual_one(bundle_fonts: Path) -> None:
    """At start the bundle's font is registered and added at the end of the application
    font's families, so Qt takes Chinese characters from it when the usual font has none;
    the usual font stays first, and loading twice adds it once."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    first = app.font().families()[0] if app.font().families() else app.font().family()
    assert fonts.load_shipped_fonts(app, bundle_fonts) == ["WenQuanYi Micro Hei"]
    fonts.load_shipped_fonts(app, bundle_fonts)
    families = app.font().families()
    assert families[0] == first
    assert families.count("WenQuanYi Micro Hei") == 1 and families[-1] == "WenQuanYi Micro Hei"
    assert "WenQuanYi Micro Hei" in QFontDatabase.families(
        QFontDatabase.WritingSystem.SimplifiedChinese)


def test_a_source_checkout_or_a_damaged_description_loads_nothing(tmp_path: Path) -> None:
    """Without the bundle's font folder (a source checkout) nothing is loaded and the
    system's fonts serve; an unreadable fonts.json is logged and gives no font, not a crash."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert fonts.fonts_dir() is None  # this checkout has no resources/fonts
    assert fonts.load_shipped_fonts(app, None) == []
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / fonts.METADATA).write_text("[{\"name\": ", "utf-8")
    assert fonts.shipped_fonts(damaged) == []
    assert fonts.load_shipped_fonts(app, damaged) == []


def test_about_lists_the_shipped_font_with_its_licence(
        bundle_fonts: Path, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """In the installed application, Help > About names the font that covers Chinese, where
    it comes from, and its licence, beside the packages and the shipped data."""
    monkeypatch.setattr(fonts, "fonts_dir", lambda: bundle_fonts)
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    rows = [[dialog.table.item(row, column).text() for column in range(3)]
            for row in range(dialog.table.rowCount())]
    [font_row] = [row for row in rows if "WenQuanYi Micro Hei" in row[0]]
    assert "Chinese" in font_row[0]
    assert "wenq.org" in font_row[1] and "Debian" in font_row[1]
    assert "Apache-2.0" in font_row[2]

