"""Render the pages of a PDF report to PNG images with QtPdf (as a reader would see them).

    .venv/bin/python scripts/report_pages.py REPORT.pdf OUTDIR [--dpi 110] [--pages 1,3,5]
        [--prefix report-]

Writes OUTDIR/<prefix>1.png, <prefix>2.png… (only the pages asked for, numbered from 1) and
prints each file written.  Runs offscreen (no display needed).  Used to make
docs/screenshots/report-*.png from a report of the demo data:

    lookingbeyond demo --data-dir /tmp/demo
    lookingbeyond report --data-dir /tmp/demo --format pdf --out /tmp/demo.pdf
    .venv/bin/python scripts/report_pages.py /tmp/demo.pdf docs/screenshots --pages 1,2,4,7
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Render the pages; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path, help="the PDF to render")
    parser.add_argument("out", type=Path, help="the folder to write PNG files into")
    parser.add_argument("--dpi", type=float, default=110.0,
                        help="resolution of the images (default: 110)")
    parser.add_argument("--pages", default="",
                        help="comma-separated page numbers, from 1 (default: every page)")
    parser.add_argument("--prefix", default="report-", help="file name prefix (default: report-)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    document = QPdfDocument()
    error = document.load(str(args.pdf))
    if error != QPdfDocument.Error.None_:
        print(f"report_pages: cannot read {args.pdf}: {error.name}", file=sys.stderr)
        return 1
    wanted = ([int(part) for part in args.pages.split(",") if part.strip()]
              if args.pages else list(range(1, document.pageCount() + 1)))
    args.out.mkdir(parents=True, exist_ok=True)
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    for number, page in enumerate(wanted, start=1):
        if not 1 <= page <= document.pageCount():
            print(f"report_pages: {args.pdf} has no page {page}", file=sys.stderr)
            return 1
        points = document.pagePointSize(page - 1)
        size = QSize(round(points.width() * args.dpi / 72), round(points.height() * args.dpi / 72))
        image = document.render(page - 1, size, options)
        flat = QImage(image.size(), QImage.Format.Format_RGB32)  # a page is white paper
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        target = args.out / f"{args.prefix}{number if args.pages else page}.png"
        if not flat.save(str(target)):
            print(f"report_pages: cannot write {target}", file=sys.stderr)
            return 1
        print(target)
    document.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
