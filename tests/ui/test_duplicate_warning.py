"""Before a likely duplicate is made (docs/duplicates.md, "Before a duplicate is made"): the
organization editor's warning and its line while typing, the import preview's flagged rows
and the attendance sheet's likely matches — real widgets on real stores in tmp folders,
the checks on the database worker."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.ui.attendance import NEW, AttendanceDialog
from lookingbeyond_desktop.ui.duplicate_warning import DuplicateWarning, checker_for
from lookingbeyond_desktop.ui.import_wizard import ImportWizard
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.organizations.page import OrganizationsPage
from tests.conftest import make_org
from tests.ui.conftest import WAIT_MS, gui_thread_io, settle


@dataclass
class Desk:
    """A store holding a few organizations (one in Arabic script), its worker, the
    Organizations page."""

    store: Store
    ops: Ops
    undo_stack: QUndoStack
    page: OrganizationsPage
    arabic: str  # ترانسبرانسي المغرب, Morocco

    def names(self) -> list[str]:
        """The live organizations' names, sorted."""
        with self.store.engine.connect() as connection:
            return sorted(connection.execute(text(
                "SELECT name FROM organizations WHERE deleted = 0")).scalars())


@pytest.fixture
def desk(tmp_path: Path, qtbot) -> Iterator[Desk]:  # type: ignore[no-untyped-def]
    """A real store in tmp_path with the Organizations page on its worker."""
    store = Store.open(tmp_path / "data")
    arabic = make_org(store, name="ترانسبرانسي المغرب", country="MA", cities=["الرباط"])
    make_org(store, name="Amal Association", country="KE")
    ops = Ops(store)
    stack = QUndoStack()
    page = OrganizationsPage(ops, stack)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.start()
    settle(qtbot, ops)
    yield Desk(store, ops, stack, page, arabic)
    stack.clear()
    ops.shutdown()
    store.close()


def _type_in(widget, value: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``value`` as an input method commits it (any script), an edit by the person."""
    from PySide6.QtGui import QInputMethodEvent

    widget.clear()
    event = QInputMethodEvent("", [])
    event.setCommitString(value)
    QApplication.sendEvent(widget, event)


def _new(desk: Desk, name: str, country: str) -> None:
    desk.page.new_organization()
    form = desk.page.editor.form
    _type_in(form.widgets["name"], name)
    form.set_value("country", country)


def _warning(desk: Desk, qtbot) -> DuplicateWarning:  # type: ignore[no-untyped-def]
    """Press Save and wait for the warning."""
    editor = desk.page.editor
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.duplicate_box is not None and editor.duplicate_box.isVisible(),
                    timeout=WAIT_MS)
    box = editor.duplicate_box
    assert box is not None
    return box


def test_a_name_in_another_script_is_shown_with_why_and_enter_goes_back(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Saving "Transparency Maroc" (Morocco) shows ترانسبرانسي المغرب first, with its
    country and city, how alike in words and a percentage, and the reason in words; the
    check runs
    off the GUI thread; Enter is Cancel (the default), which goes back to the form with
    nothing saved and the typing kept."""
    _new(desk, "Transparency Maroc", "MA")
    with gui_thread_io(desk.store.engine) as seen:
        box = _warning(desk, qtbot)
    assert seen.queries == []
    assert box.hits[0].id == desk.arabic
    cells = [box.table.item(0, column).text() for column in range(4)]
    assert cells[0] == "ترانسبرانسي المغرب" and cells[1] == "Morocco, الرباط"
    assert "likely the same" in cells[2] and "%" in cells[2]
    assert cells[3] == "name in another script"
    assert "ترانسبرانسي المغرب" in box.open_button.text()
    assert box.cancel_button.isDefault() and not box.save_button.isDefault()
    qtbot.keyClick(box.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.page.editor.duplicate_box is None, timeout=WAIT_MS)
    settle(qtbot, desk.ops)
    editor = desk.page.editor
    assert desk.names() == ["Amal Association", "ترانسبرانسي المغرب"]
    assert editor.org_id is None and editor.dirty
    assert editor.form.values()["name"] == "Transparency Maroc"


def test_open_shows_the_existing_one_and_keeps_the_new_one_aside(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """"Open" shows the existing organization instead and saves nothing; what was typed is
    set aside under a bar, and "Back to it" brings it back, still to be saved."""
    _new(desk, "Transparency Maroc", "MA")
    box = _warning(desk, qtbot)
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ops)
    editor = desk.page.editor
    assert editor.org_id == desk.arabic and not editor.dirty
    assert editor.form.values()["name"] == "ترانسبرانسي المغرب"
    assert desk.names() == ["Amal Association", "ترانسبرانسي المغرب"]
    assert editor.draft_bar.isVisible()
    assert "Transparency Maroc" in editor.draft_label.text()
    qtbot.mouseClick(editor.back_to_draft, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ops)
    assert editor.org_id is None and editor.dirty and not editor.draft_bar.isVisible()
    assert editor.form.values()["name"] == "Transparency Maroc"
    assert editor.form.values()["country"] == "MA"


def test_save_as_new_saves_and_the_next_check_knows_it(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """"Save as a new organization" saves it (one undo step); the index kept on the worker
    then knows it at once: the same name typed again is warned about, naming both."""
    _new(desk, "Transparency Maroc", "MA")
    box = _warning(desk, qtbot)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ops)
    editor = desk.page.editor
    saved = editor.org_id
    assert saved is not None and not editor.dirty
    assert desk.names() == ["Amal Association", "Transparency Maroc", "ترانسبرانسي المغرب"]
    assert desk.undo_stack.count() == 1
    _new(desk, "Transparency Maroc", "MA")
    again = _warning(desk, qtbot)
    assert [hit.id for hit in again.hits] == [saved, desk.arabic]
    again.reject()


def test_no_warning_when_editing_or_when_nothing_matches(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """An organization nothing in the registry looks like is saved at once; an existing
    organization edited (even to a name like another) is saved without a warning."""
    editor = desk.page.editor
    _new(desk, "Wajir Peace Forum", "KE")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ops)
    assert editor.duplicate_box is None and editor.org_id is not None and not editor.dirty
    assert "Wajir Peace Forum" in desk.names()
    _type_in(editor.form.widgets["name"], "Amal Association")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ops)
    assert editor.duplicate_box is None and not editor.dirty
    assert desk.names().count("Amal Association") == 2


def test_a_form_the_rules_refuse_shows_its_messages_not_a_warning(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new organization that looks like one but breaks a rule shows the rule's message
    under its field first: the warning would only come after it is fixed."""
    _new(desk, "Transparency Maroc", "MA")
    editor = desk.page.editor
    _type_in(editor.form.widgets["email"], "not-an-address")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ops)
    assert editor.duplicate_box is None and "e-mail" in editor.form.error_text("email")
    assert editor.dirty and editor.save_button.isEnabled()


def test_the_line_while_typing_names_the_likely_match(desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing a new organization's name (a pause, then a look-up on the worker) shows a line
    naming the likely match and why; its link opens the same warning."""
    checker = checker_for(desk.ops)
    _new(desk, "Transparency Maroc", "MA")
    editor = desk.page.editor
    qtbot.waitUntil(lambda: checker.ready, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: editor.hint.isVisible() and bool(editor.hint_hits), timeout=WAIT_MS)
    assert "ترانسبرانسي المغرب" in editor.hint.text()
    assert "name in another script" in editor.hint.text()
    box = editor.show_hint_matches()
    assert box is not None and box.hits[0].id == desk.arabic
    box.reject()
    editor.revert()
    assert not editor.hint.isVisible()


# -- import --------------------------------------------------------------------------------


def test_the_import_preview_flags_likely_duplicates_and_skips_them(desk: Desk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Rows that would create an organization already in the registry (another script) or
    one an earlier row creates are named in the preview with the match and why, and are
    skipped unless ticked "Create anyway" (one by one, or all); the import says how many
    it skipped."""
    path = tmp_path / "orgs.csv"
    path.write_text("Name,Country\nTransparency Maroc,MA\nYouth Network,UG\nYouth Network,UG\n"
                    "Wajir Peace Forum,KE\n", encoding="utf-8")
    wizard = ImportWizard(desk.ops, desk.undo_stack, QSettings(), table="organizations")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.open_path(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=WAIT_MS)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check is not None, timeout=WAIT_MS)
    page, model = wizard.preview_page, wizard.preview_page.model
    assert wizard.check.likely_numbers == [2, 4]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Row", "Problems", "Create anyway", "Likely already there"]
    maroc = model.data(model.index(0, 3))
    assert "ترانسبرانسي المغرب" in maroc and "Morocco" in maroc
    assert "name in another script" in maroc
    assert "row 3 of this file" in model.data(model.index(2, 3))
    assert model.data(model.index(0, 1)) == "Skipped: likely a duplicate"
    assert model.data(model.index(1, 3)) is None  # "Youth Network" the first time: fine
    assert model.skipped() == {2, 4} and page.skip_all.isVisible()
    assert "2 row(s) look like" in page.summary.text()
    page.create_all_likely(True)
    assert model.skipped() == set()
    model.setData(model.index(0, 2), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.skipped() == {2}
    page.only_errors.setChecked(True)
    assert model.rowCount() == 2
    with qtbot.waitSignal(wizard.sig_imported, timeout=WAIT_MS) as imported:
        wizard.next()
    outcome = imported.args[0]
    assert (outcome.result.created, outcome.skipped) == (3, 1)
    assert "1 likely duplicate(s) skipped" in wizard.progress_page.status.text()
    assert "Transparency Maroc" not in desk.names()
    assert desk.names().count("Youth Network") == 2


# -- attendance sheet ------------------------------------------------------------------------


def test_the_attendance_sheet_offers_the_existing_organization_in_another_script(desk: Desk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A sheet naming "Transparency Maroc" (no such spelling in the registry) would create
    it; the likely existing ترانسبرانسي المغرب is offered in its choices, flagged on its
    line and named below the list with why and a "Use it" link; choosing it adds the
    participation to it and creates nothing."""
    with desk.store.write() as writer:
        activity = writer.create("activities", {"title": "Regional consultation",
                                                "activity_type": "regional_consultation",
                                                "start_date": "2010-05-01", "country": "MA"})
    sheet = tmp_path / "presence.csv"
    sheet.write_text("Name,Organization\nA. Alaoui,Transparency Maroc\nB. Idrissi,"
                     "Wajir Peace Forum\n", encoding="utf-8")
    dialog = AttendanceDialog(desk.ops, desk.undo_stack, activity, "MA", set())
    qtbot.addWidget(dialog)
    dialog.show()
    with gui_thread_io(desk.store.engine) as seen:
        dialog.load_file(sheet)
        qtbot.waitUntil(lambda: dialog.matched is not None, timeout=WAIT_MS)
    assert seen.queries == []
    maroc, wajir = dialog.matched.entries
    assert maroc.choice == NEW and [hit.id for hit in maroc.likely] == [desk.arabic]
    assert wajir.choice == NEW and wajir.likely == []
    combo = dialog.preview.cellWidget(0, 1)
    index = combo.findData(desk.arabic)
    assert index >= 0 and "name in another script" in combo.itemText(index)
    assert "“ترانسبرانسي المغرب”, Morocco, الرباط" in combo.itemText(index)
    assert "may already be in the registry" in dialog.preview.item(0, 7).text()
    assert "may already be" not in dialog.preview.item(1, 7).text()
    assert "1 of them may already be in the registry" in dialog.status.text()
    note = dialog.likely_note.text()
    assert dialog.likely_note.isVisible() and "“Transparency Maroc” may already be" in note
    assert "ترانسبرانسي المغرب" in note and "name in another script" in note
    dialog.use_likely(f"0:{desk.arabic}")  # its "Use it" link
    assert maroc.choice == desk.arabic and combo.currentData() == desk.arabic
    assert "may already be in the registry" not in dialog.preview.item(0, 7).text()
    assert not dialog.likely_note.isVisible()
    dialog.add_button.click()
    settle(qtbot, desk.ops)
    with desk.store.engine.connect() as connection:
        joined = sorted(connection.execute(text(
            "SELECT o.name FROM participations p JOIN organizations o ON o.id = "
            "p.organization_id WHERE p.activity_id = :a AND p.deleted = 0"),
            {"a": activity}).scalars())
    assert joined == ["Wajir Peace Forum", "ترانسبرانسي المغرب"]
    assert "Transparency Maroc" not in desk.names()


# -- 100,000 organizations -------------------------------------------------------------------


@pytest.mark.slow
def test_a_new_organization_is_checked_on_100000_without_blocking_the_gui(big_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On the 100,000-organization folder, typing a new organization builds the registry's
    index in the background (in steps on the database worker) and Save shows the warning:
    the GUI thread runs no query and never hangs (a heartbeat bound, not a speed limit).
    Nothing is written (the warning is cancelled)."""
    from lookingbeyond_desktop.ui.heartbeat import Heartbeat
    from tests.ui.conftest import HANG_MS

    store = Store.open(big_dir)
    ops = Ops(store)
    stack = QUndoStack()
    beat = Heartbeat()
    # As app.run does once the window is open: what lives as long as the window is frozen
    # out of the collector's full passes, and the checker freezes the index once built.
    gc.freeze()
    try:
        with store.engine.connect() as connection:
            name, country = connection.execute(text(
                "SELECT name, country FROM organizations WHERE deleted = 0 ORDER BY rid "
                "LIMIT 1 OFFSET 5000")).one()
        page = OrganizationsPage(ops, stack)
        qtbot.addWidget(page)
        page.show()
        beat.start()
        with gui_thread_io(store.engine) as seen:
            page.new_organization()
            _type_in(page.editor.form.widgets["name"], name)
            page.editor.form.set_value("country", country)
            qtbot.waitUntil(lambda: checker_for(ops).ready, timeout=8 * WAIT_MS)
            qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: page.editor.duplicate_box is not None, timeout=WAIT_MS)
            box = page.editor.duplicate_box
            assert box is not None and box.hits[0].name == name
            box.reject()
            settle(qtbot, ops)
        beat.stop()
        assert seen.queries == [], seen.queries[:5]
        print(f"heartbeat worst {beat.worst:.0f} ms")
        assert beat.worst < HANG_MS, f"GUI thread hung {beat.worst:.0f} ms"
        assert page.editor.org_id is None and page.editor.dirty
    finally:
        beat.stop()
        stack.clear()
        ops.shutdown()
        store.close()
        gc.unfreeze()


def test_closing_the_window_asks_before_losing_a_new_organization_set_aside(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new organization set aside with "Open" is unsaved work: closing the window asks
    first (Cancel is the default and keeps the window and the draft); Yes closes."""
    from PySide6.QtWidgets import QMessageBox

    page = window.organizations
    window.go("organizations")
    window.ops.write(lambda w: w.create("organizations", {
        "name": "ترانسبرانسي المغرب", "country": "MA", "cities": ["الرباط"]}))
    settle(qtbot, window.ops)
    name = "Transparency Maroc"
    page.new_organization()
    _type_in(page.editor.form.widgets["name"], name)
    page.editor.form.set_value("country", "MA")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.duplicate_box is not None
                    and page.editor.duplicate_box.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(page.editor.duplicate_box.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ops)
    assert page.editor.draft is not None
    window.close()
    box = window.findChild(QMessageBox, "confirmBox")
    assert box is not None and box.isVisible() and name in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and page.editor.draft is not None
    window.close()
    box = [b for b in window.findChildren(QMessageBox, "confirmBox") if b.isVisible()][0]
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert page.editor.draft is None
