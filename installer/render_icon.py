"""Render installer/icons/lookingbeyond.svg to the bitmaps the installers need, with Qt.

    python installer/render_icon.py OUT.png [SIZE]    # PNG, SIZE×SIZE pixels (default 256)

The Linux package ships the PNG; on Windows and macOS PyInstaller makes the program's .ico
or .icns from it (with Pillow).

Runs with the build environment's PySide6 (QtSvg is in PySide6-Essentials), no display needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SVG = Path(__file__).resolve().parent / "icons" / "lookingbeyond.svg"


def render(size: int) -> QImage:
    """The icon drawn on a transparent square of ``size`` pixels."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icon: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    app = QGuiApplication([sys.argv[0]])
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    size = int(argv[1]) if len(argv) == 2 else 256
    if not render(size).save(str(out)):
        print(f"render_icon: could not write {out}", file=sys.stderr)
        return 1
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
