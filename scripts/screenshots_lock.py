"""Take the screenshots of the idle lock (docs/security.md, "The laptop"): the locked
window and the Lock Settings dialog, offscreen, on a demo folder with a PIN chosen:

    .venv/bin/python scripts/screenshots_lock.py [--language ar] [--out docs/screenshots]

lock-1024x600.png and lock-1920x1080.png (the locked window), lock-settings-1024x600.png;
with --language, each name ends in -LANG.  The data folder is a fresh one with 300 demo
organizations (seed 1).
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
    parser.add_argument("--language", choices=("fr", "es", "ru", "ar", "zh_CN"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.language:
        os.environ["LOOKINGBEYOND_LANGUAGE"] = args.language
    folder = Path(tempfile.mkdtemp(prefix="lock-shots-")) / "data"
    subprocess.run([sys.executable, "-m", "lookingbeyond_desktop", "demo", "--data-dir",
                    str(folder), "--orgs", "300"], check=True, capture_output=True)
    from PySide6.QtCore import QSettings

    from lookingbeyond_desktop.app import application
    app = application([])
    from lookingbeyond_desktop.store import Store, lock
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    def wait(condition: object, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
            app.processEvents()

    store = Store.open(folder)
    with store.engine.begin() as connection:
        lock.set_pin(connection, "482916")
    ops = Ops(store)
    window = MainWindow(ops, QSettings())
    window.show()
    wait(lambda: ops.idle and window.organizations.model.loaded)
    window.window_lock.reload()
    wait(lambda: ops.idle and window.window_lock.possible)
    suffix = f"-{args.language}" if args.language else ""
    args.out.mkdir(parents=True, exist_ok=True)
    window.lock_now()
    screen = window.window_lock.screen
    for _ in range(2):  # two wrong tries: the message shows
        screen.secret.setText("1111")
        screen.unlock_button.click()
        wait(lambda: ops.idle and screen.secret.isEnabled())
    for width, height in ((1024, 600), (1920, 1080)):
        window.resize(width, height)
        wait(lambda: False, 0.3)
        path = args.out / f"lock-{width}x{height}{suffix}.png"
        window.grab().save(str(path))
        print(path)
    window.window_lock.unlock()
    window.resize(1024, 600)
    window.open_lock_settings()
    dialog = window.lock_settings_box
    wait(lambda: dialog.buttons.isEnabled())
    wait(lambda: False, 0.3)
    path = args.out / f"lock-settings-1024x600{suffix}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.reject()
    ops.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
