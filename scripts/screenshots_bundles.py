"""Take the screenshots of sync by file on the Sync page (docs/screenshots/bundle-*): the
"Sync by file" group and its account after writing a file for headquarters, then after
reading the reply headquarters made for it, from a real scene: an in-process headquarters
(the real app, SQLite), the window's desk and a second laptop that syncs over the network.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_bundles.py \
        [--out docs/screenshots] [--language ar]

The scene: the desk (enrolled once from its Sync page, as TURKANA-LAPTOP) changes three
organizations; a laptop in Nairobi adds two and syncs over the network; the desk writes a
file for headquarters, headquarters imports it (as ``lookingbeyond-server bundle import``
does) and the desk reads the reply.

Without --language: bundle-written-{1024x600,1920x1080}.png and
bundle-read-{1024x600,1920x1080}.png in English, then (in a second process, the language
being chosen when the application starts) bundle-written-1024x600-ar.png and
bundle-read-1024x600-ar.png.  With --language LANG: the two 1024×600 shots in LANG only.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

COMPUTER = "TURKANA-LAPTOP"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("fr", "es", "ru", "ar", "zh_CN"))
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
        return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24",
                                sys.executable, *sys.argv])
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    from screenshots_refusals import fresh_translation

    sizes: tuple[tuple[int, int], ...]
    if args.language:
        os.environ["LOOKINGBEYOND_LANGUAGE"] = args.language  # app.application() installs it
        fresh_translation(args.language)
        sizes, suffix = ((1024, 600),), f"-{args.language}"
    else:
        os.environ.pop("LOOKINGBEYOND_LANGUAGE", None)
        sizes, suffix = ((1024, 600), (1920, 1080)), ""
    platform.node = lambda: COMPUTER  # the name the Sync page offers this computer
    from lookingbeyond_desktop.app import application

    app = application()
    take(args.out, sizes, suffix)
    del app
    if args.language:
        return 0
    return subprocess.call([sys.executable, __file__, "--out", str(args.out), "--language", "ar"])


def take(out: Path, sizes: tuple[tuple[int, int], ...], suffix: str) -> None:
    """Stage the scene (the module's docstring) and grab the window on its Sync page."""
    from sqlalchemy import text

    from lookingbeyond_desktop.headquarters import REGISTRY, validate_pushed
    from lookingbeyond_desktop.ui.sync_page import bundle_file_name
    from screenshots import logged_in_desk  # the desk enrolled from its Sync page
    from sync.server.bundles import import_bundle

    world, store, ops, window, settle = logged_in_desk(out)
    page = window.sync_page
    laptop = world.device("NAIROBI-LAPTOP-2", "amina.odhiambo")
    laptop.sync()
    with store.engine.connect() as connection:
        chosen = list(connection.execute(text(
            "SELECT id FROM organizations WHERE deleted = 0 AND merged_into IS NULL "
            "ORDER BY sort_name LIMIT 3")).scalars())
    ops.write(lambda w: [w.update("organizations", org, {"phone": f"+254 54 2100{n}"})
                         for n, org in enumerate(chosen)])
    with laptop.write() as writer:
        writer.create("organizations", {"name": "Lodwar Youth Forum", "country": "KE"})
        writer.create("organizations", {"name": "Kakuma Women Network", "country": "KE"})
    laptop.sync()
    window.refresh_status()
    settle()

    import datetime as dt

    stick = Path(tempfile.mkdtemp(prefix="USB-STICK-"))
    made = stick / bundle_file_name(COMPUTER, dt.date.today())
    page.write_file(str(made))
    settle(600)
    window.refresh_status()
    settle()
    shoot(window, page, out, sizes, f"bundle-written{{size}}{suffix}", settle)

    reply = stick / "reply-from-headquarters.lbsync"
    result = import_bundle(world.engine, REGISTRY, validate_pushed, made.read_bytes())
    reply.write_bytes(result.reply)
    print("headquarters:", result.summary().replace("\n", " / "))
    page.read_reply(str(reply))
    settle(600)
    window.refresh_status()
    settle()
    shoot(window, page, out, sizes, f"bundle-read{{size}}{suffix}", settle)

    window.close()
    window.deleteLater()  # its worker threads stop now, not while Python exits
    settle(200)
    ops.shutdown()
    store.close()
    world.close()
    world.engine.dispose()
    shutil.rmtree(stick, ignore_errors=True)


def shoot(window, page, out: Path, sizes, pattern: str,  # type: ignore[no-untyped-def]
          settle) -> None:
    """Grab the window at each size, the "Sync by file" group and its account in sight."""
    out.mkdir(parents=True, exist_ok=True)
    for width, height in sizes:
        window.resize(width, height)
        settle(200)
        page.scroll.ensureWidgetVisible(page.file_box, 0, 0)
        page.scroll.ensureWidgetVisible(page.file_report_label, 0, 0)
        settle(200)
        path = out / (pattern.format(size=f"-{width}x{height}") + ".png")
        window.grab().save(str(path))
        print("saved", path, window.width(), window.height())


if __name__ == "__main__":
    sys.exit(main())
