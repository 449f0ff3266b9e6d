"""Take the screenshots in docs/screenshots/ from the real application under Xvfb.

    .venv/bin/python scripts/screenshots.py [--data-dir DIR] [--out docs/screenshots]

Without a display it re-runs itself under ``xvfb-run`` (package ``xvfb``; Arabic and
Chinese glyphs need ``fonts-noto-core`` and ``fonts-wqy-microhei``).  The data folder
(default: a fresh one with 2,000 demo organizations, seed 1) is opened like
``lookingbeyond gui --data-dir DIR``; each page is grabbed with ``QWidget.grab()``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from typing import Any
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lookingbeyond_desktop.ui.layout import select_row  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only-sync-error", action="store_true",
                        help="take only sync-error.png (the Sync page after a failed sync)")
    parser.add_argument("--only-sync-quarantine", action="store_true",
                        help="take only sync-quarantine.png and sync-quarantine-1024x600.png "
                        "(the Sync page's \"Could not sync\" lists)")
    parser.add_argument("--only-reports", action="store_true",
                        help="take only the Reports page: reports.png, "
                        "reports-organizations.png, reports-charts.png, reports-map.png, "
                        "reports-drill-down.png, reports-rtl.png, reports-rtl-table.png "
                        "(1440×900) and reports-1024x600.png, reports-charts-1024x600.png, "
                        "reports-map-1024x600.png; with --dialogs: only the report dialogs "
                        "(report-drill-down-<size>.png, report-rates-<size>.png)")
    parser.add_argument("--only-damaged", action="store_true",
                        help="take only damaged-data.png (the question asked when the data "
                        "file is damaged)")
    parser.add_argument("--language", choices=("fr", "es", "ru", "ar", "zh_CN"),
                        help="the main pages in that language, at 1024×600 (and two at "
                        "1920×1080), into OUT/languages/LANGUAGE-PAGE-WxH.png")
    parser.add_argument("--sizes", action="store_true",
                        help="take every page at 1024×600 and at 1920×1080 "
                        "(<page>-1024x600.png, <page>-1920x1080.png)")
    parser.add_argument("--dialogs", action="store_true",
                        help="take the dialogs and page states of data entry at 1024×600 and "
                        "at 1920×1080, each on a screen of that size with the window behind "
                        "(<scene>-1024x600.png, <scene>-1920x1080.png): "
                        + ", ".join(DIALOG_SCENES))
    parser.add_argument("--only-erasure", action="store_true",
                        help="take only the erasure of a person's data by an hq user, on a "
                        "screen of 1024×600 and of 1920×1080: erasure-confirm-<size>.png "
                        "(the question) and erasure-erased-<size>.png (the organization "
                        "with the erased person)")
    parser.add_argument("--only-at-risk", action="store_true",
                        help="take only the at-risk organizations (issue 13) on a screen of "
                        "1024×600 and of 1920×1080: at-risk-editor-<size>.png (the box in "
                        "the editor, the mark in the list), at-risk-contacts-<size>.png (the "
                        "Contacts tab saying so) and at-risk-export-<size>.png (the export "
                        "dialog listing them by name)")
    parser.add_argument("--screen", help=argparse.SUPPRESS)  # --dialogs: one screen size
    args = parser.parse_args()
    if args.dialogs and args.screen is None:
        return dialogs_per_screen(args.data_dir, args.out, only_reports=args.only_reports)
    if args.only_erasure and args.screen is None:
        return erasure_per_screen(args.out)
    if args.only_at_risk and args.screen is None:
        return at_risk_per_screen(args.data_dir, args.out)
    if args.language:  # app.application() installs it
        os.environ["LOOKINGBEYOND_LANGUAGE"] = args.language
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
        return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 2000x1200x24",
                                sys.executable, *sys.argv])
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    if args.only_damaged:
        from lookingbeyond_desktop.app import application

        app = application()
        take_damaged(args.out)
        del app
        return 0
    if args.only_erasure:
        from lookingbeyond_desktop.app import application

        app = application()
        width, height = (int(part) for part in args.screen.split("x"))
        take_erasure(args.out, width, height)
        del app
        return 0
    if args.only_sync_error:
        from lookingbeyond_desktop.app import application

        app = application()
        take_sync_error(args.out)
        del app
        return 0
    if args.only_sync_quarantine:
        from lookingbeyond_desktop.app import application

        app = application()
        take_sync_quarantine(args.out)
        del app
        return 0
    data_dir = demo_folder(args.data_dir)
    if args.only_at_risk:
        width, height = (int(part) for part in args.screen.split("x"))
        take_at_risk(data_dir, args.out, width, height)
        return 0
    if args.dialogs:
        width, height = (int(part) for part in args.screen.split("x"))
        take_dialogs(data_dir, args.out, width, height, only_reports=args.only_reports)
        return 0
    if args.only_reports:
        from lookingbeyond_desktop.app import application

        app = application()
        take_reports(data_dir, args.out)
        del app
        return 0
    if args.sizes:
        take_sizes(data_dir, args.out)
        return 0
    if args.language:
        take_sizes(data_dir, args.out / "languages", prefix=f"{args.language}-", shots=LANGUAGE_SHOTS)
        return 0
    take(data_dir, args.out)
    return 0


def use_memory_keyring() -> None:
    """Keep device tokens in memory: the screenshots never write to a real keyring.  The key
    of a demo folder made before (in the keyring the demo command used) is still read from
    there, so that the encrypted folder opens."""
    import keyring
    from keyring.backend import KeyringBackend

    before = keyring.get_keyring()

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            if (service, username) not in self.secrets and username.startswith("database-key:"):
                return before.get_password(service, username)
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())


def sync_desk() -> tuple[Any, Any, Any, Any]:
    """An in-process headquarters (the real app, SQLite) with the user amina.odhiambo, and
    a window on a desk replica of 60 demo organizations that syncs with it."""
    from PySide6.QtCore import QSettings

    from lookingbeyond_desktop.demo import generate
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops
    from sync.server.database import init_database, make_engine
    from tests.sync.harness import session_for
    from tests.sync.world import World

    tmp = Path(tempfile.mkdtemp())
    engine = make_engine(f"sqlite:///{tmp / 'hq.db'}")
    init_database(engine)
    world = World(engine, tmp)
    world.user("amina.odhiambo")
    with Store.open(tmp / "desk") as seeded:
        generate(seeded, organizations=60, seed=3)
    store = Store.open(tmp / "desk")
    ops = Ops(store)
    window = MainWindow(ops, QSettings(), sync_session_factory=lambda: session_for(world.adapter))
    window.resize(1440, 900)
    window.show()
    return world, store, ops, window


def take(data_dir: Path, out: Path) -> None:
    """Open the window on ``data_dir`` and save one picture per page into ``out``."""
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from lookingbeyond_desktop.app import application
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    app = application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    store = Store.open(data_dir)
    ops = Ops(store)
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        QTest.qWait(ms)
        while not ops.idle:
            QTest.qWait(50)
        QTest.qWait(150)

    def shot(window: MainWindow, name: str) -> None:
        settle()
        window.grab().save(str(out / f"{name}.png"))
        print("saved", out / f"{name}.png")

    with store.engine.connect() as connection:
        arabic = connection.execute(text(
            "SELECT o.rid FROM organizations o WHERE o.country IN ('MA','TN','EG','JO','LB') "
            "AND o.deleted = 0 AND EXISTS (SELECT 1 FROM contacts c WHERE "
            "c.organization_id = o.id) ORDER BY o.rid LIMIT 1")).scalar()
        grant = connection.execute(text(
            "SELECT id FROM grants WHERE status = 'disbursed' LIMIT 1")).scalar()

    first = MainWindow(ops, QSettings(), first_run=True)
    first.resize(1440, 900)
    first.show()
    shot(first, "first-run")
    first.hide()
    first.deleteLater()

    window = MainWindow(ops, QSettings())
    window.resize(1440, 900)
    window.show()
    settle(800)
    window.go("overview")
    shot(window, "overview")

    window.go("organizations")
    page = window.organizations
    settle()
    row = page.model.row_of(int(arabic))
    page.table.scrollTo(page.model.index(row, 0), page.table.ScrollHint.PositionAtCenter)
    select_row(page.table, row)
    shot(window, "organizations")
    page.editor.tabs.setCurrentIndex(1)
    shot(window, "organization-contacts")
    page.editor.tabs.setCurrentIndex(3)
    shot(window, "organization-history")
    page.editor.tabs.setCurrentIndex(0)
    page.search.setText("transparen")
    page.region.setCurrentIndex(page.region.findData("019"))
    shot(window, "organizations-search-filter")
    page.clear_filters()

    window.go("activities")
    settle()
    activities = window.activities
    activities.search.setText("COSP3")
    settle()
    select_row(activities.table, 0)
    settle()
    activities.editor.tabs.setCurrentIndex(1)
    shot(window, "activities")

    window.go("grants")
    settle()
    grants = window.grants
    select_row(grants.table, max(0, grants.model.row_of(grant)))
    shot(window, "grants")

    window.go("organizations")
    settle()
    select_row(page.table, 3)
    select_row(page.table, 4)
    settle()
    page.delete_selected()
    settle()
    window.go("trash")
    shot(window, "trash")
    window.undo_action.trigger()
    settle()

    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window.go("organizations")
    row = page.model.row_of(int(arabic))
    page.table.scrollTo(page.model.index(row, 0), page.table.ScrollHint.PositionAtCenter)
    select_row(page.table, row)
    shot(window, "organizations-rtl")
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    QTimer.singleShot(0, window.close)
    settle(200)
    ops.shutdown()
    store.close()
    take_reports(data_dir, out)
    take_sync(out)
    take_sync_error(out)
    take_sync_quarantine(out)
    del app


#: The screen sizes of ``--sizes``: a small laptop and a full-HD monitor.
SIZES = ((1024, 600), (1920, 1080))
#: The pages of ``--sizes``, in the order of the navigation (the welcome screen first).
SIZED_PAGES = ("welcome", "overview", "organizations", "activities", "activity-participants",
               "grants", "trash", "sync", "conflicts", "reports")


def take_sizes(data_dir: Path, out: Path, *,
               shots: tuple[tuple[int, int, tuple[str, ...]], ...] | None = None,
               prefix: str = "") -> None:
    """Every page at each of :data:`SIZES`, as a person sees it: a record open in each
    editor, a deleted record in the Trash, the welcome screen of a new folder.  ``shots``:
    other (width, height, pages); ``prefix``: put before each file's name."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from sqlalchemy import text

    from lookingbeyond_desktop.app import application
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    app = application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    store = Store.open(data_dir)
    ops = Ops(store)
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        QTest.qWait(ms)
        while not ops.idle:
            QTest.qWait(50)
        QTest.qWait(150)

    with store.engine.connect() as connection:
        organization = connection.execute(text(
            "SELECT o.rid FROM organizations o WHERE o.is_rlo = 1 AND o.deleted = 0 "
            "AND EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = o.id) "
            "ORDER BY length(o.name) DESC LIMIT 1")).scalar()
        activity = connection.execute(text(
            "SELECT a.id FROM activities a WHERE a.deleted = 0 ORDER BY (SELECT count(*) FROM "
            "participations p WHERE p.activity_id = a.id) DESC LIMIT 1")).scalar()
        grant = connection.execute(text(
            "SELECT id FROM grants WHERE status = 'disbursed' LIMIT 1")).scalar()

    def scene(window: MainWindow, page: str) -> None:
        if page == "welcome":
            return
        if page == "organizations":
            window.go("organizations")
            settle()
            model = window.organizations.model
            row = model.row_of(int(organization))
            window.organizations.table.scrollTo(model.index(row, 0))
            select_row(window.organizations.table, row)
        elif page in ("activities", "activity-participants"):
            window.go("activities")
            settle()
            activities = window.activities
            select_row(activities.table, max(0, activities.model.row_of(activity)))
            settle()
            activities.editor.tabs.setCurrentIndex(1 if page == "activity-participants" else 0)
        elif page == "grants":
            window.go("grants")
            settle()
            select_row(window.grants.table, max(0, window.grants.model.row_of(grant)))
        elif page == "trash":
            window.go("organizations")
            settle()
            select_row(window.organizations.table, 2)
            settle()
            window.organizations.delete_selected()
            settle()
            window.go("trash")
        else:
            window.go(page)
        settle()

    for width, height, pages in shots or tuple((w, h, SIZED_PAGES) for w, h in SIZES):
        for page in pages:
            window = MainWindow(ops, QSettings(), first_run=page == "welcome")
            window.resize(width, height)
            window.show()
            settle(600)
            scene(window, page)
            name = f"{prefix}{page}-{width}x{height}.png"
            window.grab().save(str(out / name))
            size = window.size()
            print("saved", out / name, f"(window {size.width()}×{size.height()}, smallest "
                  f"{window.minimumSizeHint().width()}×{window.minimumSizeHint().height()})")
            if page == "trash":
                window.undo_action.trigger()
                settle()
            QTimer.singleShot(0, window.close)
            settle(100)
            window.deleteLater()
            settle(100)
    ops.shutdown()
    store.close()
    del app


#: The pictures of ``--language``: the main pages on a small laptop, two on a big screen.
LANGUAGE_SHOTS = (
    (1024, 600, ("overview", "organizations", "activity-participants", "grants", "sync",
                 "reports")),
    (1920, 1080, ("organizations", "reports")),
)


#: The scenes of ``--dialogs``, in the order they are taken.
DIALOG_SCENES = ("import-wizard-columns", "import-wizard-check", "export-dialog",
                 "attendance-sheet", "grant-step-date", "leave-question", "sync-login",
                 "views-menu", "report-drill-down", "report-rates")


def demo_folder(data_dir: Path | None) -> Path:
    """``data_dir``, or a fresh folder of 2,000 demo organizations (seed 1) that can still
    log in to headquarters (not a sandbox)."""
    folder = data_dir or Path(tempfile.mkdtemp()) / "demo"
    if not (folder / "lookingbeyond.sqlite3").exists():
        from lookingbeyond_desktop.demo import generate
        from lookingbeyond_desktop.store import Store

        with Store.open(folder) as store:
            generate(store, organizations=2_000, seed=1)
    return folder


def dialogs_per_screen(data_dir: Path | None, out: Path, *, only_reports: bool = False) -> int:
    """``--dialogs``: one Xvfb screen of each of :data:`SIZES`, so that a dialog sizes and
    places itself as it would on that screen; the same data folder for both
    (``only_reports``: only the Reports page's dialogs)."""
    if not shutil.which("xvfb-run"):
        print("--dialogs needs xvfb-run (package xvfb)", file=sys.stderr)
        return 1
    folder = demo_folder(data_dir)
    for width, height in SIZES:
        code = subprocess.call(["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24",
                                sys.executable, __file__, "--dialogs",
                                "--screen", f"{width}x{height}",
                                "--data-dir", str(folder), "--out", str(out),
                                *(["--only-reports"] if only_reports else [])])
        if code:
            return code
    return 0


def take_dialogs(data_dir: Path, out: Path, width: int, height: int, *,
                 only_reports: bool = False) -> None:
    """The :data:`DIALOG_SCENES` on a screen of ``width``×``height``: the window fills the
    screen, each dialog opens over it (``open()``/``show()``, as the menus do), and the
    whole screen is grabbed, so the picture is what a person sees (``only_reports``: only
    the last two, the Reports page's)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog
    from sqlalchemy import text

    from lookingbeyond_desktop.app import application
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    use_memory_keyring()
    app = application()
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

    def shot(scene: str) -> None:
        settle()
        name = f"{scene}-{width}x{height}.png"
        screen = QApplication.primaryScreen()
        screen.grabWindow(0).copy(0, 0, width, height).save(str(out / name))
        print("saved", out / name)

    def close(dialog: QDialog | None) -> None:
        if dialog is not None:
            dialog.reject()
        settle(100)

    with store.engine.connect() as connection:
        activity, country = connection.execute(text(
            "SELECT a.id, a.country FROM activities a WHERE a.deleted = 0 ORDER BY (SELECT "
            "count(*) FROM participations p WHERE p.activity_id = a.id) DESC LIMIT 1")).one()
        known = list(connection.execute(text(
            "SELECT DISTINCT name FROM organizations WHERE deleted = 0 AND country = :c "
            "ORDER BY length(name), name LIMIT 3"), {"c": country}).scalars())
        grant = connection.execute(text(
            "SELECT id FROM grants WHERE status = 'approved' AND deleted = 0 LIMIT 1")).scalar()

    window = MainWindow(ops, QSettings())
    window.move(0, 0)
    window.resize(width, height)
    window.show()
    settle(800)
    if not only_reports:
        take_entry_dialogs(window, files, settle, shot, close, activity=activity,
                           known=known, grant=grant)
    report_dialogs(window, settle, shot)

    window.hide()
    settle(200)
    ops.shutdown()
    store.close()
    del app


def take_entry_dialogs(window: Any, files: Path, settle: Callable[..., None],
                       shot: Callable[[str], None], close: Callable[[Any], None], *,
                       activity: Any, known: list[str], grant: Any) -> None:
    """The dialogs and page states of data entry (:data:`DIALOG_SCENES` but the last two)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    from lookingbeyond_desktop.ui.export_dialog import open_export_dialog
    from lookingbeyond_desktop.ui.import_wizard import open_import_wizard

    # 1-2. File ▸ Import… on the Organizations page: a CSV with one row missing its name.
    window.go("organizations")
    settle()
    partners = files / "partners-nairobi.csv"
    partners.write_text(
        "Name,Acronym,Country,E-mail,Website,Notes from the meeting\n"
        "Amal Association for Justice,AAJ,KE,info@amal.example.org,www.amal.example.org,"
        "Met at CoSP 3\n"
        "Youth Against Corruption,YAC,UG,yac@example.org,,\n"
        "Women's Legal Aid Centre,WLAC,TZ,,,Interested in the UNCAC review\n"
        ",XX,KE,,,No name on the sign-up sheet\n"
        "Integrity Watch Mombasa,IWM,KE,contact@iwm.example.org,,\n", encoding="utf-8")
    wizard = open_import_wizard(window)
    wizard.file_page.open_path(partners)
    settle()
    wizard.next()
    shot("import-wizard-columns")
    wizard.next()
    settle(600)
    shot("import-wizard-check")
    close(wizard)

    # 3. File ▸ Export… on the Organizations page.
    export = open_export_dialog(window)
    shot("export-dialog")
    close(export)

    # 4. An attendance sheet of five rows, three of them demo organizations (one misspelt).
    window.go("activities")
    settle()
    activities = window.activities
    select_row(activities.table, max(0, activities.model.row_of(activity)))
    settle()
    activities.editor.tabs.setCurrentIndex(1)
    settle()
    sheet = files / "attendance-day-1.csv"
    names = known + ["Coastal Women's Network", "Friends of the Lake Foundation"]
    if len(names) >= 2 and len(names[1]) > 4:
        names[1] = names[1][:-2] + names[1][-1] + names[1][-2]  # a typing slip
    people = ["Grace Wanjiru", "Peter Otieno", "Fatuma Ali", "Joseph Kamau", "Mary Achieng"]
    sexes = ["F", "M", "F", "M", "F"]
    sheet.write_text("Organization,Participant,Sex\n" + "".join(
        f"\"{name}\",{person},{sex}\n" for name, person, sex in zip(names, people, sexes)),
        encoding="utf-8")
    dialog = activities.editor.participants_panel.open_attendance_dialog()
    assert dialog is not None
    dialog.load_file(sheet)
    settle(800)
    shot("attendance-sheet")
    close(dialog)

    # 5. A grant approved, marked as disbursed: the date of the step is asked.
    window.go("grants")
    settle()
    grants = window.grants
    select_row(grants.table, max(0, grants.model.row_of(str(grant))))
    settle()
    grants.editor.advance_button.click()
    shot("grant-step-date")
    close(grants.editor.step_dialog)

    # 6. An organization edited, then left: Save, Discard or Cancel.
    window.go("organizations")
    settle()
    organizations = window.organizations
    select_row(organizations.table, 2)
    settle()
    editor = organizations.editor
    editor.tabs.setCurrentIndex(0)
    phone = editor.form.widgets["phone"]
    assert isinstance(phone, QLineEdit)
    phone.setFocus()
    phone.selectAll()
    QTest.keyClicks(phone, "+254 20 271 1111")
    settle()
    select_row(organizations.table, 3)
    settle()
    box = editor.leave_box
    if box is None:  # selecting another row did not ask: ask as the window would
        editor.leave(lambda: None)
        box = editor.leave_box
    shot("leave-question")
    if box is not None:
        box.button(QMessageBox.StandardButton.Discard).click()
    settle()

    # 7. The Sync page of a computer not yet enrolled, its login form filled in.
    window.go("sync")
    settle()
    login = window.sync_page
    login.server_edit.setText("https://lookingbeyond.example.org")
    login.user_edit.setText("amina.odhiambo")
    login.device_edit.setText("NAIROBI-LAPTOP-2")
    login.device_edit.setModified(True)
    login.password_edit.setFocus()
    shot("sync-login")

    # 8. Activities filtered by type, saved as a view, the Views menu open.
    window.go("activities")
    settle()
    row = activities.filters
    assert row is not None
    kind = row.combos["activity_type"]
    kind.setCurrentIndex(1)
    settle()
    row.save_view(kind.currentText())
    assert row.date_from is not None
    row.date_from.setFocus()
    QTest.keyClicks(row.date_from, "2020-01-01")
    row.date_from.editingFinished.emit()
    settle()
    row.save_view(kind.currentText() + " since 2020")
    row.apply_view(kind.currentText())
    settle()
    button = row.views_button
    row.views_menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    shot("views-menu")
    row.views_menu.hide()
    settle(100)



def report_dialogs(window: Any, settle: Callable[..., None], shot: Callable[[str], None]) -> None:
    """9-10. The Reports page: the records behind CoSP 3's organizations; the exchange
    rates, their whole source shown."""
    window.go("reports")
    settle(800)
    drill = open_report_drill(window)
    settle(600)
    shot("report-drill-down")
    drill.close()
    rates = window.reports.open_rates()
    settle(400)
    assert rates.source_edit.fully_visible(), "the rates' source is cut"
    shot("report-rates")
    rates.reject()
    settle(100)


def open_report_drill(window: Any) -> Any:
    """On the Reports page, the list of the organizations behind a meeting's figure (CoSP 3
    when the report has it, else the first meeting), as a double-click opens it."""
    page = window.reports
    model = page.model
    target = None
    for group in range(model.rowCount()):
        group_index = model.index(group, 0)
        for number in range(model.rowCount(group_index)):
            section_index = model.index(number, 0, group_index)
            node = section_index.internalPointer()
            if node.section is None or node.section.key != "by_meeting":
                continue
            for row in range(model.rowCount(section_index)):
                line = model.index(row, 0, section_index).internalPointer()
                if line.kind == "row" and (target is None or line.row.key == "COSP3"):
                    target = model.index(row, 1, section_index)
    assert target is not None, "the report has no meeting"
    page.tree.setCurrentIndex(target)
    page.drill_index(target)
    return page.drill_dialog


def take_reports(data_dir: Path, out: Path) -> None:
    """The Reports page, all time, no filter: at 1440×900 the table, the charts, the map,
    the records behind a figure, the page laid out right to left (the map); then the report
    on Asia, its table at the most engaged organizations (Arabic and Chinese names), left to
    right and right to left; at 1024×600 the table, the charts and the map."""
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from lookingbeyond_desktop.reports.model import Filters
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    ASIA = "142"  # UN M49
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    store = Store.open(data_dir)
    ops = Ops(store)
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        QTest.qWait(ms)
        while not ops.idle:
            QTest.qWait(50)
        QTest.qWait(150)

    def shot(window: MainWindow, name: str) -> None:
        settle()
        window.grab().save(str(out / f"{name}.png"))
        print("saved", out / f"{name}.png")

    def show_organizations(window: MainWindow, region: str | None) -> None:
        """The report on ``region`` (None: every region), its table scrolled to the most
        engaged organizations (their section's title at the top)."""
        page = window.reports
        page.tabs.setCurrentIndex(0)
        page.set_filters(Filters(region=region))
        settle(800)
        model = page.model
        for group in range(model.rowCount()):
            group_index = model.index(group, 0)
            for number in range(model.rowCount(group_index)):
                section = model.index(number, 0, group_index)
                node = section.internalPointer()
                if node.section is not None and node.section.row_kind == "organization":
                    page.tree.scrollTo(section, QAbstractItemView.ScrollHint.PositionAtTop)
                    settle(200)
                    page.tree.scrollTo(section, QAbstractItemView.ScrollHint.PositionAtTop)
                    return

    for width, height, suffix in ((1440, 900, ""), (1024, 600, "-1024x600")):
        window = MainWindow(ops, QSettings())
        window.move(0, 0)
        window.resize(width, height)
        window.show()
        settle(800)
        window.go("reports")
        page = window.reports
        settle(800)
        shot(window, f"reports{suffix}")
        if not suffix:  # Asia: Arabic and Chinese names among the most engaged
            show_organizations(window, ASIA)
            shot(window, "reports-organizations")
            page.clear_filters()
            settle(800)
            page.tree.scrollToTop()
        page.tabs.setCurrentIndex(1)
        shot(window, f"reports-charts{suffix}")
        page.tabs.setCurrentIndex(0)
        if not suffix:
            drill = open_report_drill(window)
            settle(600)
            frame = window.frameGeometry().united(drill.frameGeometry())
            QApplication.primaryScreen().grabWindow(0, 0, 0, frame.right() + 1,
                                                    frame.bottom() + 1).save(
                str(out / "reports-drill-down.png"))
            print("saved", out / "reports-drill-down.png")
            drill.close()
        page.tabs.setCurrentIndex(2)
        shot(window, f"reports-map{suffix}")
        if not suffix:  # right to left, as in Arabic: the page mirrors, the map does not
            QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            settle(400)
            shot(window, "reports-rtl")
            show_organizations(window, ASIA)
            shot(window, "reports-rtl-table")
            page.clear_filters()
            QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            settle(200)
        QTimer.singleShot(0, window.close)
        settle(100)
        window.deleteLater()
        settle(100)
    ops.shutdown()
    store.close()


def take_sync(out: Path) -> None:
    """The Sync and Conflicts pages: a small replica enrolled with an in-process headquarters
    (the real app), and a real conflict made by a second replica."""
    from PySide6.QtTest import QTest
    from sqlalchemy import text

    from tests.sync.credentials import PASSWORD
    from tests.sync.harness import SERVER_URL

    use_memory_keyring()
    world, store, ops, window = sync_desk()

    def settle(ms: int = 400) -> None:
        QTest.qWait(ms)
        while not ops.idle or window.sync_service.busy or window.sync_service.enrolling:
            QTest.qWait(50)
        QTest.qWait(150)

    def shot(name: str) -> None:
        settle()
        window.grab().save(str(out / f"{name}.png"))
        print("saved", out / f"{name}.png")

    page = window.sync_page
    window.go("sync")
    page.server_edit.setText(SERVER_URL)
    page.user_edit.setText("amina.odhiambo")
    page.password_edit.setText(PASSWORD)
    shot("sync-login")
    page.login_button.click()
    settle(800)
    other = world.device("nairobi-laptop", "amina.odhiambo")
    other.sync()
    with store.engine.connect() as connection:
        first, second = connection.execute(text(
            "SELECT id FROM organizations WHERE deleted = 0 ORDER BY sort_name LIMIT 2")).scalars()
    ops.write(lambda w: (w.update("organizations", first, {"phone": "+254 20 271 1111"}),
                         w.update("organizations", second, {"notes": "Hosted the regional "
                                                            "consultation after CoSP 3."})))
    settle()
    with other.write() as w:
        w.update("organizations", first, {"phone": "+254 722 000 222"})
        w.update("organizations", second, {"notes": "Co-organised the UNCAC review training "
                                          "with TI."})
    other.sync()
    window.sync_now()
    settle(800)
    ops.write(lambda w: w.update("organizations", first, {"email": "info@example.org"}))
    settle()
    window.refresh_status()
    shot("sync")
    window.go("conflicts")
    settle()
    window.conflicts.list.setCurrentRow(0)
    shot("conflicts")
    window.close()
    settle(200)
    ops.shutdown()
    store.close()
    world.close()
    world.engine.dispose()


def logged_in_desk(out: Path) -> tuple[Any, Any, Any, Any, Callable[..., None]]:
    """A sync desk (:func:`sync_desk`) logged in as amina.odhiambo from the Sync page, with
    settings in a temporary folder, and a ``settle`` that waits until the window is idle."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from tests.sync.credentials import PASSWORD
    from tests.sync.harness import SERVER_URL

    use_memory_keyring()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    world, store, ops, window = sync_desk()
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        QTest.qWait(ms)
        while not ops.idle or window.sync_service.busy or window.sync_service.enrolling:
            QTest.qWait(50)
        QTest.qWait(150)

    page = window.sync_page
    window.go("sync")
    page.server_edit.setText(SERVER_URL)
    page.user_edit.setText("amina.odhiambo")
    page.password_edit.setText(PASSWORD)
    page.login_button.click()
    settle(800)
    return world, store, ops, window, settle


def take_sync_error(out: Path) -> None:
    """The Sync page after a failed sync: enrolled and synced once, then an edit whose sync
    loses its connection (headquarters' reply never arrives), as a person sees it."""
    from sqlalchemy import text

    world, store, ops, window, settle = logged_in_desk(out)
    page = window.sync_page
    with store.engine.connect() as connection:
        first = connection.execute(text(
            "SELECT id FROM organizations WHERE deleted = 0 ORDER BY sort_name LIMIT 1")).scalar()
    ops.write(lambda w: w.update("organizations", first, {"phone": "+254 20 271 1111"}))
    settle()
    world.adapter.drop_next_response = True  # the connection drops before the reply
    page.sync_button.click()
    settle(600)
    window.refresh_status()
    settle()
    window.grab().save(str(out / "sync-error.png"))
    print("saved", out / "sync-error.png")
    window.close()
    settle(200)
    ops.shutdown()
    store.close()
    world.close()
    world.engine.dispose()


def take_sync_quarantine(out: Path) -> None:
    """The Sync page's "Could not sync" box, at full size and at 1024×600: headquarters
    narrows the account to one country (records of the others are withdrawn), a move of an
    organization out of that country is refused, and two records from an older
    headquarters that this version could not store are kept aside (a hand-built answer
    applied through Replication.apply_response, as in tests/sync/test_quarantine.py)."""
    from sqlalchemy import text

    from lookingbeyond_desktop.store.sync_adapter import replication_for
    from sync.hlc import wall_ms
    from sync.server import accounts
    from tests.sync.pulled import Answers, activity, organization

    world, store, ops, window, settle = logged_in_desk(out)
    page = window.sync_page
    with store.engine.connect() as connection:
        country, moved = connection.execute(text(
            "SELECT country, min(id) FROM organizations WHERE deleted = 0 GROUP BY country "
            "ORDER BY count(*) DESC, country LIMIT 1")).one()
        elsewhere = connection.execute(text(
            "SELECT country FROM organizations WHERE country <> :c LIMIT 1"),
            {"c": country}).scalar()
    with world.engine.begin() as connection:  # the office now covers one country only
        accounts.update_user(connection, "amina.odhiambo", role="field", countries=[country])
    ops.write(lambda w: w.update("organizations", moved, {"country": elsewhere}))
    settle()
    page.sync_button.click()  # the move is refused; the other countries are withdrawn
    settle(800)

    replication = replication_for(store)
    answers = Answers()
    rows = [answers.row("organizations", organization(name=None, country=country)),
            answers.row("activities", activity(start_date="3 May, probably", country=country))]
    response = answers.response(rows)
    response["cursor"] = replication.status().cursor  # headquarters' own cursor stays
    replication.apply_response(None, response, local_clock_ms=wall_ms())
    window.refresh_status()
    page.refresh_refusals()
    settle()
    for name, size in (("sync-quarantine", (1440, 900)),
                       ("sync-quarantine-1024x600", (1024, 600))):
        window.resize(*size)
        settle()
        window.grab().save(str(out / f"{name}.png"))
        print("saved", out / f"{name}.png", window.size().width(), window.size().height())
    window.close()
    settle(200)
    ops.shutdown()
    store.close()
    world.close()
    world.engine.dispose()


def erasure_per_screen(out: Path) -> int:
    """``--only-erasure``: one Xvfb screen of each of :data:`SIZES`, so that the question
    sizes and places itself as it would on that screen."""
    if not shutil.which("xvfb-run"):
        print("--only-erasure needs xvfb-run (package xvfb)", file=sys.stderr)
        return 1
    for width, height in SIZES:
        code = subprocess.call(["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24",
                                sys.executable, __file__, "--only-erasure",
                                "--screen", f"{width}x{height}", "--out", str(out)])
        if code:
            return code
    return 0


def take_erasure(out: Path, width: int, height: int) -> None:
    """An hq user erases a person's data (issue 13) on a screen of ``width``×``height``:
    the question asked first (erasure-confirm-<size>.png), then the organization with the
    erased person, once headquarters erased it and the sync brought the blanks
    (erasure-erased-<size>.png).  The whole screen is grabbed: the question is a window
    of its own."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox
    from sqlalchemy import text

    world, store, ops, window, settle = logged_in_desk(out)
    window.move(0, 0)
    window.resize(width, height)
    with store.engine.connect() as connection:
        org = connection.execute(text(
            "SELECT organization_id FROM contacts WHERE deleted = 0 GROUP BY organization_id "
            "ORDER BY count(*) DESC, organization_id LIMIT 1")).scalar()
    window.open_record("organizations", str(org))
    settle()
    editor = window.organizations.editor
    editor.tabs.setCurrentIndex(1)
    editor.contacts_table.setCurrentCell(min(1, editor.contacts_table.rowCount() - 1), 0)
    settle()

    def shot(scene: str) -> None:
        settle()
        name = f"{scene}-{width}x{height}.png"
        QApplication.primaryScreen().grabWindow(0).copy(0, 0, width, height).save(str(out / name))
        print("saved", out / name)

    for _ in range(100):  # the role is read off the GUI thread
        if editor.may_erase and editor._selected_contact() is not None:
            break
        QTest.qWait(50)
    box = editor.ask_erase_contact()
    assert box is not None, "the erasure is offered to an hq user"
    shot("erasure-confirm")
    next(button for button in box.buttons()
         if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole).click()
    while editor.erasing:  # headquarters answers, then the sync starts
        QTest.qWait(50)
    settle(800)
    editor.contacts_table.selectRow(next(row for row, contact in enumerate(editor.contacts)
                                         if contact.get("erased_on")))
    shot("erasure-erased")
    window.close()
    settle(200)
    ops.shutdown()
    store.close()
    world.close()
    world.engine.dispose()


def at_risk_per_screen(data_dir: Path | None, out: Path) -> int:
    """``--only-at-risk``: one Xvfb screen of each of :data:`SIZES`, the same demo folder."""
    if not shutil.which("xvfb-run"):
        print("--only-at-risk needs xvfb-run (package xvfb)", file=sys.stderr)
        return 1
    folder = demo_folder(data_dir)
    for width, height in SIZES:
        code = subprocess.call(["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24",
                                sys.executable, __file__, "--only-at-risk",
                                "--screen", f"{width}x{height}",
                                "--data-dir", str(folder), "--out", str(out)])
        if code:
            return code
    return 0


def take_at_risk(data_dir: Path, out: Path, width: int, height: int) -> None:
    """An organization the demo flags at risk, on a screen of ``width``×``height``: the
    list of its country (its name marked) with its editor scrolled to the box
    (at-risk-editor), its Contacts tab (at-risk-contacts), and File ▸ Export of the
    contacts listing the at-risk organizations by name (at-risk-export)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QScrollArea
    from sqlalchemy import text

    from lookingbeyond_desktop.app import application
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.export_dialog import open_export_dialog
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    use_memory_keyring()
    app = application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    store = Store.open(data_dir)
    ops = Ops(store)
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        QTest.qWait(ms)
        while not ops.idle:
            QTest.qWait(50)
        QTest.qWait(200)

    def shot(scene: str) -> None:
        settle()
        name = f"at-risk-{scene}-{width}x{height}.png"
        QApplication.primaryScreen().grabWindow(0).copy(0, 0, width, height).save(str(out / name))
        print("saved", out / name)

    with store.engine.connect() as connection:
        org, country = connection.execute(text(
            "SELECT id, country FROM organizations WHERE at_risk = 1 AND deleted = 0 "
            "ORDER BY sort_name LIMIT 1")).one()
    window = MainWindow(ops, QSettings())
    window.move(0, 0)
    window.resize(width, height)
    window.show()
    settle(800)
    window.go("organizations")
    page = window.organizations
    page.country.setCurrentIndex(page.country.findData(country))
    settle()
    window.open_record("organizations", str(org))
    settle()
    editor = page.editor
    box = editor.form.widgets["at_risk"]
    scroll = next(area for area in editor.findChildren(QScrollArea) if area.widget() is editor.form)
    scroll.ensureWidgetVisible(box, 0, 120)
    shot("editor")
    editor.tabs.setCurrentIndex(1)
    shot("contacts")
    editor.tabs.setCurrentIndex(0)
    dialog = open_export_dialog(window)
    dialog.table_radio.setChecked(True)
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData("contacts"))
    settle()
    shot("export")
    dialog.reject()
    window.hide()
    settle(200)
    ops.shutdown()
    store.close()
    del app


def take_damaged(out: Path) -> None:
    """The question asked when the data file is damaged and a backup exists."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from lookingbeyond_desktop import paths
    from lookingbeyond_desktop.store import Store, backup
    from lookingbeyond_desktop.ui.maintenance import damaged_dialog

    folder = Path(tempfile.mkdtemp()) / "data"
    with Store.open(folder) as store:
        with store.write() as writer:
            writer.create("organizations", {"name": "Kept safe", "country": "KE"})
        backup.make_backup(store)
    database = paths.database_path(folder)
    database.write_bytes(b"damaged" * 4096)
    box = damaged_dialog(None, folder, backup.check(database))
    box.show()
    for _ in range(20):
        QCoreApplication.processEvents()
    QTimer.singleShot(0, box.close)
    box.grab().save(str(out / "damaged-data.png"))


if __name__ == "__main__":
    sys.exit(main())

