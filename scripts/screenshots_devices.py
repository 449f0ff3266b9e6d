"""Take the screenshots of Sync > Computers of the Project… (docs/security.md, Remote wipe):
an hq user's window listing three computers, one of them ordered erased, and the question
asked before erasing:

    xvfb-run -a .venv/bin/python scripts/screenshots_devices.py [--out docs/screenshots]

devices-1024x600.png and devices-erase-1024x600.png in English, then (a second process)
devices-1024x600-ar.png.  Headquarters runs in-process (tests/sync/world.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("fr", "es", "ru", "ar", "zh_CN"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    from screenshots_refusals import fresh_translation

    if args.language:
        os.environ["LOOKINGBEYOND_LANGUAGE"] = args.language
        fresh_translation(args.language)
    else:
        os.environ.pop("LOOKINGBEYOND_LANGUAGE", None)
    from lookingbeyond_desktop.app import application

    app = application()
    suffix = f"-{args.language}" if args.language else ""
    take(args.out, suffix)
    del app
    if args.language:
        return 0
    return subprocess.call([sys.executable, __file__, "--out", str(args.out), "--language", "ar"])


def take(out: Path, suffix: str) -> None:
    """Log in as an hq user, enrol two more computers, order one erased, and shoot."""
    from screenshots import logged_in_desk

    world, _store, _ops, window, settle = logged_in_desk(out)
    world.user("wanjiku", role="field", countries=["KE"])
    world.device("NAIROBI-LAPTOP-2", "wanjiku").sync()
    lost = world.device("MOMBASA-LAPTOP", "wanjiku")
    lost.sync()
    from sync.server import accounts

    with world.engine.begin() as connection:
        accounts.request_wipe(connection, lost.store.device_id)
    window.resize(1024, 600)
    from PySide6.QtTest import QTest

    window.open_devices()
    settle(800)
    dialog = window.devices_box
    for _ in range(200):  # the list comes on the dialog's own thread
        if dialog.refresh_button.isEnabled():
            break
        QTest.qWait(50)
    settle(400)
    print(dialog.status.text())
    path = out / f"devices-1024x600{suffix}.png"
    dialog.grab().save(str(path))
    print(path)
    if suffix:
        return
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).text() == "NAIROBI-LAPTOP-2")
    dialog.table.selectRow(row)
    dialog.erase_button.click()
    settle(300)
    path = out / "devices-erase-1024x600.png"
    dialog.confirm_box.grab().save(str(path))
    print(path)


if __name__ == "__main__":
    sys.exit(main())
