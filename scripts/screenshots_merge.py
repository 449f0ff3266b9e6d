"""Take the screenshots of the merge dialog (docs/duplicates.md, "Merging two records into
one") offscreen, on the first likely pair of differently written names of a demo folder:

    .venv/bin/python scripts/screenshots_merge.py [--data-dir DIR] [--language ar]
        [--out docs/screenshots]

merge-1024x600.png (the dialog on a small laptop) and merge-full.png (larger); with
--language, merge-1024x600-LANG.png and merge-full-LANG.png.  The default data folder is a
fresh one with 300 demo organizations (seed 1); nothing is merged.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--language", choices=("fr", "es", "ru", "ar", "zh_CN"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.language:
        os.environ["LOOKINGBEYOND_LANGUAGE"] = args.language
    folder = args.data_dir
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="merge-shots-")) / "data"
        subprocess.run([sys.executable, "-m", "lookingbeyond_desktop", "demo", "--data-dir",
                        str(folder), "--orgs", "300"], check=True, capture_output=True)
    from PySide6.QtCore import QSettings

    from lookingbeyond_desktop.app import application
    app = application([])
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.store.duplicates import duplicate_pairs
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.merge_dialog import MergeDialog
    from lookingbeyond_desktop.ui.ops import Ops

    def wait(condition: object, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
            app.processEvents()

    store = Store.open(folder)
    with store.engine.connect() as connection:
        pairs = [p for p in duplicate_pairs(connection) if p.names[0] != p.names[1]]
    if not pairs:
        print("no likely pair of differently written names in", folder, file=sys.stderr)
        return 1
    ops = Ops(store)
    window = MainWindow(ops, QSettings())
    window.resize(1024, 600)
    window.show()
    wait(lambda: ops.idle)
    dialog = MergeDialog(ops, window.undo_stack, pairs[0].keep, pairs[0].other, parent=window)
    dialog.show()
    wait(lambda: dialog.merge_button.isEnabled())
    suffix = f"-{args.language}" if args.language else ""
    args.out.mkdir(parents=True, exist_ok=True)
    for (width, height), name in (((1000, 560), "1024x600"), ((1200, 720), "full")):
        dialog.resize(width, height)
        wait(lambda: False, 0.2)
        path = args.out / f"merge-{name}{suffix}.png"
        dialog.grab().save(str(path))
        print(path)
    dialog.reject()
    ops.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
