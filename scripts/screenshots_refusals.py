"""Take the screenshots of the Sync page's refused changes (docs/screenshots/sync-refused-*)
from a real scene: an in-process headquarters (the real app, SQLite), the window's desk
and a second laptop, each refusal made by the sync that really meets it.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_refusals.py \
        [--out docs/screenshots] [--language ar]

The scene (see lookingbeyond_desktop/headquarters.py, validate_pushed):

* the desk deletes the organization OTHER and syncs; the laptop, which still has OTHER,
  merges it into KEEP and deletes a third organization GONE;
* meanwhile the desk brings OTHER back from the Trash (after the merge, so its restore
  wins "deleted") and adds a contact to GONE;
* the laptop syncs, then the desk: headquarters refuses the restore ("a restore and a
  merge crossed": a live redirect) and the contact ("refers to a deleted record").

Without --language: sync-refused-1024x600.png and sync-refused-1920x1080.png in English,
then (in a second process, the language being chosen when the application starts)
sync-refused-1024x600-ar.png.  With --language LANG: sync-refused-1024x600-LANG.png only.
When a language's compiled translation (.qm) is older than its source (.ts), the source
is compiled into a temporary folder for the shots (the tree's .qm files are left alone).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("fr", "es", "ru", "ar", "zh_CN"))
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
        return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24",
                                sys.executable, *sys.argv])
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    shots: tuple[tuple[tuple[int, int], str], ...]
    if args.language:
        os.environ["LOOKINGBEYOND_LANGUAGE"] = args.language  # app.application() installs it
        fresh_translation(args.language)
        shots = (((1024, 600), f"sync-refused-1024x600-{args.language}"),)
    else:
        os.environ.pop("LOOKINGBEYOND_LANGUAGE", None)
        shots = (((1024, 600), "sync-refused-1024x600"),
                 ((1920, 1080), "sync-refused-1920x1080"))
    from lookingbeyond_desktop.app import application

    app = application()
    take_refused(args.out, shots)
    del app
    if args.language:
        return 0
    return subprocess.call([sys.executable, __file__, "--out", str(args.out), "--language", "ar"])


def fresh_translation(language: str) -> None:
    """Point the application at an up-to-date .qm of ``language``: the tree's when it is
    newer than its .ts, else one compiled now into a temporary folder."""
    from lookingbeyond_desktop import app

    folder = app.translations_dir()
    source = ROOT / "resources" / "translations" / f"lookingbeyond_{language}.ts"
    compiled = folder / f"lookingbeyond_{language}.qm"
    if compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime:
        return
    temporary = Path(tempfile.mkdtemp(prefix="refused-qm-"))
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm",
                    str(temporary / compiled.name)], check=True)
    app.translations_dir = lambda: temporary
    print(f"{compiled.name} is older than its .ts: compiled into {temporary}")


def take_refused(out: Path, shots: tuple[tuple[tuple[int, int], str], ...]) -> None:
    """Stage the scene (the module's docstring) and grab the window on its Sync page."""
    from PySide6.QtTest import QTest
    from sqlalchemy import text

    from lookingbeyond_desktop.store.merges import merge
    from screenshots import logged_in_desk  # the desk enrolled from its Sync page

    world, store, ops, window, settle = logged_in_desk(out)
    page = window.sync_page
    laptop = world.device("geneva-laptop", "amina.odhiambo")
    laptop.sync()
    with store.engine.connect() as connection:
        other = connection.execute(text(  # one whose restore brings back nothing else
            "SELECT id FROM organizations o WHERE deleted = 0 AND merged_into IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = o.id) "
            "AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.organization_id = o.id) "
            "ORDER BY sort_name LIMIT 1")).scalar_one()
        keep, gone = connection.execute(text(
            "SELECT id FROM organizations WHERE deleted = 0 AND merged_into IS NULL "
            "AND id <> :other ORDER BY sort_name LIMIT 2"), {"other": other}).scalars()

    ops.write(lambda w: w.delete("organizations", other))  # the desk: OTHER to the Trash
    settle()
    page.sync_button.click()
    settle(800)
    with laptop.write() as writer:  # the laptop never heard of it: merges, deletes
        merge(writer, keep, other)
        writer.delete("organizations", gone)
    QTest.qWait(20)  # the desk's restore comes after the merge: it wins "deleted"
    consent = (dt.date.today() - dt.timedelta(days=30)).isoformat()
    ops.write(lambda w: (w.restore("organizations", other),
                         w.create("contacts", {"organization_id": gone,
                                               "full_name": "Wanjiku Kamau",
                                               "position": "Programme officer",
                                               "consent_on": consent})))
    settle()
    laptop.sync()
    page.sync_button.click()  # both changes are refused
    settle(800)
    window.refresh_status()
    page.refresh_refusals()
    settle()
    with store.engine.connect() as connection:
        reasons = connection.execute(text(
            "SELECT tbl, field, code, reason FROM sync_refusals ORDER BY id")).all()
    for row in reasons:  # what headquarters said (no personal data: table, field, rule)
        print("refused:", *row)
    out.mkdir(parents=True, exist_ok=True)
    for size, name in shots:
        window.resize(*size)
        settle()
        page.scroll.ensureWidgetVisible(page.refusals_box, 0, 0)
        page.scroll.ensureWidgetVisible(page.retry_button)
        settle(200)
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print("saved", path, window.width(), window.height())
    window.close()
    window.deleteLater()  # its worker threads stop now, not while Python exits
    settle(200)
    ops.shutdown()
    store.close()
    world.close()
    world.engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
