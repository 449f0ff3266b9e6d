"""Take the screenshots of the passphrase questions (a computer with no keyring: encryption at
rest, docs/security.md "The laptop"), from the real application's opening under Xvfb:

    xvfb-run -s "-screen 0 1024x600x24" .venv/bin/python scripts/screenshots_passphrase.py \
        [--language ar] [--out docs/screenshots]

passphrase-new-WxH.png (a new folder: choose a passphrase, typed twice, the two differing)
and passphrase-wrong-WxH.png (opening it again after a wrong passphrase); with --language,
each name ends in -LANG.  The whole screen is grabbed, so the dialog is seen as placed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("fr", "es", "ru", "ar", "zh_CN"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if args.language:
        os.environ["LOOKINGBEYOND_LANGUAGE"] = args.language
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no keyring here
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lookingbeyond_desktop import app as app_module
    from lookingbeyond_desktop.store import cipher
    from lookingbeyond_desktop.ui.passphrase import PassphraseDialog

    app = app_module.application([])
    screen = app.primaryScreen().geometry()
    size = f"{screen.width()}x{screen.height()}"
    suffix = f"-{args.language}" if args.language else ""
    args.out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="passphrase-shots-")) / "data"
    # Each scene: (what to type in the two fields, screenshot name or None, then what to type
    # before pressing OK).
    plan = [("a passphrase to remember", "a passphrase to rem", "new", "a passphrase to remember"),
            ("not the passphrase", "", None, None),
            ("", "", "wrong", "a passphrase to remember")]

    done: set[int] = set()

    def step() -> None:
        if not plan:
            return
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, PassphraseDialog) and w.isVisible() and id(w) not in done),
                      None)
        if dialog is None:
            QTimer.singleShot(50, step)
            return
        done.add(id(dialog))
        first, second, name, then = plan.pop(0)
        dialog.first.setText(first)
        dialog.second.setText(second)

        def shoot_then_go_on() -> None:
            if name is not None:
                path = args.out / f"passphrase-{name}-{size}{suffix}.png"
                app.primaryScreen().grabWindow(0).save(str(path))
                print(path)
            if then is not None:
                dialog.first.setText(then)
                dialog.second.setText(then)
            dialog.buttons.accepted.emit()
            QTimer.singleShot(50, step)

        QTimer.singleShot(400, shoot_then_go_on)

    QTimer.singleShot(50, step)
    store = app_module.open_store(app, folder)
    assert store is not None
    store.close()
    cipher.forget_in_memory()
    QTimer.singleShot(50, step)
    store = app_module.open_store(app, folder)
    assert store is not None
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
