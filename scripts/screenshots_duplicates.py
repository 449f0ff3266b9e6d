"""Take the screenshots of "Before a duplicate is made" (docs/duplicates.md) under Xvfb, on a
1024×600 screen with the window behind each dialog, as a person sees them:

    .venv/bin/python scripts/screenshots_duplicates.py [--data-dir DIR] [--out docs/screenshots]

duplicates-warning.png (the organization editor's warning at Save), duplicates-warning-rtl.png
(the same laid out right to left), duplicates-import.png (the import preview with flagged
rows) and duplicates-attendance.png (an attendance sheet's likely match).  The data folder
(default: a fresh one with 2,000 demo organizations, seed 1) gets a few organizations the
scenes look like; use a throw-away folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

WIDTH, HEIGHT = 1024, 600


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--rtl", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        if not shutil.which("xvfb-run"):
            print("needs xvfb-run (package xvfb)", file=sys.stderr)
            return 1
        from screenshots import demo_folder

        folder = demo_folder(args.data_dir)
        add_look_alikes(folder)
        for rtl in (False, True):
            code = subprocess.call(["xvfb-run", "-a", "-s", f"-screen 0 {WIDTH}x{HEIGHT}x24",
                                    sys.executable, __file__, "--data-dir", str(folder),
                                    "--out", str(args.out), *(["--rtl"] if rtl else [])])
            if code:
                return code
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    take(args.data_dir, args.out, rtl=args.rtl)
    return 0


def add_look_alikes(folder: Path) -> None:
    """The organizations the scenes are made to look like (once)."""
    from sqlalchemy import text

    from lookingbeyond_desktop.store import Store

    with Store.open(folder) as store:
        with store.engine.connect() as connection:
            if connection.execute(text("SELECT count(*) FROM organizations WHERE website = "
                                       "'https://www.transparencymaroc.ma'")).scalar():
                return
        with store.write(author="screenshots") as writer:
            writer.create("organizations", {
                "name": "ترانسبرانسي المغرب", "acronym": "TM", "country": "MA",
                "cities": ["الرباط"], "website": "https://www.transparencymaroc.ma",
                "org_type": "ngo", "ecosoc_status": "none"})
            writer.create("organizations", {
                "name": "Association Marocaine pour la Transparence", "country": "MA",
                "cities": ["Rabat"], "org_type": "ngo", "ecosoc_status": "none"})
            writer.create("organizations", {
                "name": "مركز القدس للدراسات", "country": "PS", "cities": ["القدس"],
                "phone": "+970 2 295 1111", "org_type": "ngo", "ecosoc_status": "none"})


def take(data_dir: Path, out: Path, *, rtl: bool) -> None:
    """The scenes (``rtl``: only the warning, laid out right to left)."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from lookingbeyond_desktop.app import application
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.duplicate_warning import checker_for
    from lookingbeyond_desktop.ui.import_wizard import open_import_wizard
    from lookingbeyond_desktop.ui.layout import select_row
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops
    from screenshots import use_memory_keyring

    use_memory_keyring()
    app = application()
    if rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    store = Store.open(data_dir)
    ops = Ops(store)
    out.mkdir(parents=True, exist_ok=True)
    files = Path(tempfile.mkdtemp())

    def settle(ms: int = 400) -> None:
        QTest.qWait(ms)
        while not ops.idle:
            QTest.qWait(50)
        QTest.qWait(200)

    def shot(name: str) -> None:
        settle()
        QApplication.primaryScreen().grabWindow(0).copy(0, 0, WIDTH, HEIGHT).save(
            str(out / name))
        print("saved", out / name)

    window = MainWindow(ops, QSettings())
    window.move(0, 0)
    window.resize(WIDTH, HEIGHT)
    window.show()
    settle(800)

    # 1. A new organization typed in Latin letters, already there in Arabic: Save warns.
    window.go("organizations")
    settle()
    page = window.organizations
    page.new_organization()
    form = page.editor.form
    for name, value in (("name", "Transparency Maroc"), ("acronym", "TM"),
                        ("cities", "Rabat"), ("website", "www.transparencymaroc.ma")):
        form.widgets[name].setFocus()
        QTest.keyClicks(form.widgets[name], value)
    form.set_value("country", "MA")
    checker = checker_for(ops)
    while not checker.ready:
        QTest.qWait(100)
    settle(1200)  # the line while typing
    page.editor.save_button.click()
    settle(600)
    shot("duplicates-warning-rtl.png" if rtl else "duplicates-warning.png")
    if page.editor.duplicate_box is not None:
        page.editor.duplicate_box.reject()
    settle()
    page.editor.revert()
    settle()
    if rtl:
        window.hide()
        ops.shutdown()
        store.close()
        del app
        return

    # 2. File ▸ Import… of partners met at a consultation: two rows flagged.
    partners = files / "partners-rabat.csv"
    partners.write_text(
        "Name,Acronym,Country,City,Website\n"
        "Transparency Maroc,TM,MA,Rabat,www.transparencymaroc.ma\n"
        "Youth Against Corruption,YAC,MA,Fès,\n"
        "Markaz al-Quds lil-Dirasat,,PS,Jerusalem,\n"
        "Women's Legal Aid Centre,WLAC,MA,Casablanca,\n"
        "Youth Against Corruption,YAC,MA,Fes,\n", encoding="utf-8")
    wizard = open_import_wizard(window)
    wizard.file_page.open_path(partners)
    settle()
    wizard.next()
    settle()
    mapping = wizard.mapping_page
    for column, field in enumerate(("name", "acronym", "country", "cities", "website")):
        mapping.set_field(column, field)
    wizard.next()
    settle(800)
    shot("duplicates-import.png")
    wizard.reject()
    settle()

    # 3. An attendance sheet naming an organization in Latin letters known in Arabic.
    with store.engine.connect() as connection:
        activity = connection.execute(text(
            "SELECT id FROM activities WHERE deleted = 0 AND country = 'MA' "
            "ORDER BY start_date DESC LIMIT 1")).scalar()
    window.go("activities")
    settle()
    activities = window.activities
    activities.search.setText("")
    settle()
    if activity is not None:
        select_row(activities.table, max(0, activities.model.row_of(str(activity))))
    else:  # a new activity in Morocco
        activities.new_activity()
        activities.editor.form.set_value("title", "Regional consultation on UNCAC review")
        activities.editor.form.set_value("activity_type", "regional_consultation")
        activities.editor.form.set_value("start_date", "2010-11-03")
        activities.editor.form.set_value("country", "MA")
        activities.editor.save()
    settle()
    activities.editor.tabs.setCurrentIndex(1)
    settle()
    sheet = files / "attendance-rabat.csv"
    sheet.write_text("Organization,Participant,Sex,Country\n"
                     "Transparency Maroc,Rachid Alaoui,M,MA\n"
                     "Transparency Maroc,Khadija Bennani,F,MA\n"
                     "Association Marocaine pour la Transparence,Samira Idrissi,F,MA\n"
                     "Jeunes contre la corruption – Fès,Youssef Tazi,M,MA\n",
                     encoding="utf-8")
    dialog = activities.editor.participants_panel.open_attendance_dialog()
    assert dialog is not None
    dialog.load_file(sheet)
    settle(1000)
    shot("duplicates-attendance.png")
    dialog.reject()
    settle()
    window.hide()
    ops.shutdown()
    store.close()
    del app


if __name__ == "__main__":
    sys.exit(main())
