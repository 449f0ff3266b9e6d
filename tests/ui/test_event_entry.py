"""Fast event entry: the participants grid by keyboard, paste from a spreadsheet, several
organizations at once, co-organizers, a new organization from the picker, an attendance
sheet, and the activity form at 1024x600."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QMessageBox

from lookingbeyond_desktop.ui.participants import (
    MEN,
    NOT_RECORDED,
    ORGANIZATION,
    REPRESENTATIVES,
    ROLE,
    WOMEN,
)
from tests.ui.conftest import WAIT_MS, gui_thread_io, settle
from tests.ui.test_organizations import _db, _type_in


def _new_activity(window, qtbot, title: str = "Consultation in Nairobi") -> object:  # type: ignore[no-untyped-def]
    """A saved new activity in Kenya, its Participants tab on screen."""
    window.new_activity_action.trigger()
    editor = window.activities.editor
    _type_in(qtbot, editor.form.widgets["title"], title)
    editor.form.set_value("start_date", "2010-10-04")
    editor.form.set_value("country", "KE")
    window.save_action.trigger()
    settle(qtbot, window.ops)
    assert editor.activity_id is not None
    editor.tabs.setCurrentIndex(1)
    return editor


def _org_names(window, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    rows = _db(window, "SELECT name FROM organizations WHERE deleted = 0 ORDER BY rid LIMIT :n",
               n=count)
    return [row.name for row in rows]


def _participations(window, activity_id: str):  # type: ignore[no-untyped-def]
    return _db(window, "SELECT o.name, p.representatives, p.women, p.men, p.role "
               "FROM participations p JOIN organizations o ON o.id = p.organization_id "
               "WHERE p.activity_id = :a AND p.deleted = 0 ORDER BY o.name", a=activity_id)


def _paste(qtbot, grid, text: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(text)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasted_names_and_counts_become_participants_in_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tab-separated rows copied from a spreadsheet (name, representatives, women, men)
    are matched to known organizations, misspelt ones by a close match; an unknown name is
    reported and left out, and so is a second line naming an organization already pasted
    (told, never dropped silently); everything pasted is undone in one step."""
    editor = _new_activity(window, qtbot)
    names = _org_names(window, 3)
    typo = names[2][:-1] + ("x" if names[2][-1] != "x" else "y")
    text = (f"Organization\tParticipants\tWomen\tMen\n{names[0]}\t3\t2\t1\n"
            f"{names[1].upper()}\t2\t\t\n{typo}\t4\t1\t1\nNo Such Organization Anywhere\t5\t\t\n"
            f"{names[0].lower()}\t7\t\t\n")
    panel = editor.participants_panel
    _paste(qtbot, editor.grid, text)
    settle(qtbot, window.ops)
    rows = _participations(window, editor.activity_id)
    assert sorted((r.name, r.representatives, r.women, r.men) for r in rows) == sorted([
        (names[0], 3, 2, 1), (names[1], 2, None, None), (names[2], 4, 1, 1)])
    assert "No Such Organization Anywhere" in panel.notice.text()
    assert "earlier line" in panel.notice.text() and names[0].lower() in panel.notice.text()
    assert editor.grid.model().rowCount() == 3
    window.undo_action.trigger()
    settle(qtbot, window.ops)
    assert _participations(window, editor.activity_id) == []


def test_counts_are_typed_with_tab_and_enter_and_each_cell_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing starts editing a count; Tab goes to the next count and Enter to the next
    row's representatives; "not recorded" is computed; the role is chosen in the cell;
    every committed cell is one undo step; no query runs on the GUI thread."""
    editor = _new_activity(window, qtbot)
    names = _org_names(window, 2)
    _paste(qtbot, editor.grid, "\n".join(names))
    settle(qtbot, window.ops)
    grid = editor.grid
    model = grid.model()
    grid.setFocus()
    grid.go_to(0, REPRESENTATIVES)
    with gui_thread_io(window.ops.store.engine) as seen:
        for keys in ("5", Qt.Key.Key_Tab, "2", Qt.Key.Key_Tab, "1", Qt.Key.Key_Return,
                     "3", Qt.Key.Key_Return):
            if isinstance(keys, str):
                qtbot.keyClicks(QApplication.focusWidget(), keys)
            else:
                qtbot.keyClick(QApplication.focusWidget(), keys)
            settle(qtbot, window.ops)
    assert seen.queries == []
    assert [model.index(0, c).data() for c in (REPRESENTATIVES, WOMEN, MEN, NOT_RECORDED)] == [
        "5", "2", "1", "2"]
    assert [model.index(1, c).data() for c in (REPRESENTATIVES, NOT_RECORDED)] == ["3", "3"]
    assert grid.currentIndex().row() == 1

    grid.go_to(0, ROLE)
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert combo.objectName() == "roleEditor"
    combo.setCurrentIndex(combo.findData("speaker"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    settle(qtbot, window.ops)
    assert {r.role for r in _participations(window, editor.activity_id)} == {
        "speaker", "participant"}
    steps = window.undo_stack.count()
    window.undo_action.trigger()  # the role
    window.undo_action.trigger()  # the second row's representatives
    settle(qtbot, window.ops)
    assert window.undo_stack.index() == steps - 2
    first = [r for r in _participations(window, editor.activity_id) if r.name == model.rows[0][
        "organization"]][0]
    assert (first.representatives, first.women, first.men, first.role) == (5, 2, 1, "participant")


def test_a_refused_count_stays_visible_until_fixed_or_escape(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Women and men above the representatives: the typed value stays in red with the
    message, nothing is written; fixing the representatives writes both; a letter never
    reaches the cell (digits only); Escape drops a refused value."""
    editor = _new_activity(window, qtbot)
    _paste(qtbot, editor.grid, _org_names(window, 1)[0] + "\t2")
    settle(qtbot, window.ops)
    grid, model = editor.grid, editor.grid.model()
    grid.setFocus()
    grid.go_to(0, WOMEN)
    qtbot.keyClicks(grid, "3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    settle(qtbot, window.ops)
    cell = model.index(0, WOMEN)
    assert cell.data() == "3" and "more than" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.participants_panel.problems.isVisible()
    assert _participations(window, editor.activity_id)[0].women is None

    grid.go_to(0, REPRESENTATIVES)
    qtbot.keyClicks(grid, "4")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, window.ops)
    row = _participations(window, editor.activity_id)[0]
    assert (row.representatives, row.women) == (4, 3)
    assert not editor.participants_panel.problems.isVisible()

    grid.go_to(0, MEN)
    qtbot.keyClicks(grid, "x")
    assert QApplication.focusWidget().text() == ""  # the validator refuses letters
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClicks(grid, "9")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    settle(qtbot, window.ops)
    assert model.index(0, MEN).data() == "9"
    grid.go_to(0, MEN)
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert model.index(0, MEN).data() == "" and not model.has_problems()
    assert _participations(window, editor.activity_id)[0].men is None


def test_paste_into_a_count_column_and_delete_clear_and_remove(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Cells pasted into the women column fill the rows below in one undo step; Delete
    clears selected count cells; Delete on several organizations asks before removing."""
    editor = _new_activity(window, qtbot)
    _paste(qtbot, editor.grid, "\n".join(f"{n}\t5" for n in _org_names(window, 3)))
    settle(qtbot, window.ops)
    grid, model = editor.grid, editor.grid.model()
    grid.go_to(0, WOMEN)
    _paste(qtbot, grid, "1\n2\n3\n")
    settle(qtbot, window.ops)
    assert [model.index(r, WOMEN).data() for r in range(3)] == ["1", "2", "3"]
    window.undo_action.trigger()
    settle(qtbot, window.ops)
    assert [model.index(r, WOMEN).data() for r in range(3)] == ["", "", ""]
    window.redo_action.trigger()
    settle(qtbot, window.ops)
    assert [model.index(r, WOMEN).data() for r in range(3)] == ["1", "2", "3"]

    grid.go_to(1, WOMEN)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    settle(qtbot, window.ops)
    assert model.index(1, WOMEN).data() == ""

    grid.go_to(0, ORGANIZATION)
    grid.selectionModel().select(model.index(1, ORGANIZATION),
                                 grid.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    box = editor.findChild(QMessageBox, "confirmBox")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, window.ops)
    assert model.rowCount() == 1


def test_several_organizations_are_ticked_with_space_and_added_with_ctrl_enter(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """In the search results, Space ticks an organization (checkboxes show it), Down moves,
    and Ctrl+Enter adds every ticked one in one step; the cursor lands on the first new
    row's representatives."""
    editor = _new_activity(window, qtbot)
    panel = editor.participants_panel
    _type_in(qtbot, panel.search, "trans")
    settle(qtbot, window.ops)
    assert panel.results.isVisible() and panel.results_hint.isVisible()
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    results = panel.results
    assert results.hasFocus()
    organizations = [i for i in range(results.count())
                     if results.item(i).data(Qt.ItemDataRole.UserRole)[1] is None]
    assert len(organizations) >= 3
    for _row in range(3):
        qtbot.keyClick(results, Qt.Key.Key_Space)
        qtbot.keyClick(results, Qt.Key.Key_Down)
    assert sum(results.item(i).checkState() == Qt.CheckState.Checked
               for i in range(results.count())) == 3
    assert "3" in panel.add_button.text()
    qtbot.keyClick(results, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window.ops)
    assert len(_participations(window, editor.activity_id)) == 3
    qtbot.waitUntil(lambda: editor.grid.currentIndex().column() == REPRESENTATIVES,
                    timeout=WAIT_MS)
    window.undo_action.trigger()
    settle(qtbot, window.ops)
    assert _participations(window, editor.activity_id) == []


def test_co_organizers_are_chosen_saved_and_shown_again(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Co-organizers are picked by type-ahead in the Details form, saved with the activity
    (a synced list of organizations), shown again on reload, and removed with Delete."""
    editor = _new_activity(window, qtbot)
    editor.tabs.setCurrentIndex(0)
    picker = editor.co_organizers.picker
    _type_in(qtbot, picker, "trans")
    settle(qtbot, window.ops)
    assert picker.choices()
    picker.completer_.activated.emit(picker.choices()[0])
    assert editor.dirty
    window.save_action.trigger()
    settle(qtbot, window.ops)
    stored = _db(window, "SELECT co_organizers FROM activities WHERE id = :i",
                 i=editor.activity_id)[0].co_organizers
    assert stored.count("-") >= 4 and len(editor.co_organizers.ids) == 1
    assert stored.strip('[]"') == editor.co_organizers.ids[0]
    editor.load(editor.activity_id)
    settle(qtbot, window.ops)
    assert editor.co_organizers.list.count() == 1
    assert editor.co_organizers.list.item(0).text() == picker.choices()[0]
    editor.co_organizers.list.setCurrentRow(0)
    editor.co_organizers.list.setFocus()
    qtbot.keyClick(editor.co_organizers.list, Qt.Key.Key_Delete)
    assert editor.co_organizers.ids == [] and editor.dirty


def test_a_new_organization_is_created_from_the_picker_and_added(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """"New organization…" opens a small form with the typed name and the activity's
    country; saving creates the organization and its participation; one undo removes both."""
    editor = _new_activity(window, qtbot)
    panel = editor.participants_panel
    _type_in(qtbot, panel.search, "Wajir Peace Forum")
    qtbot.mouseClick(panel.new_org_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.values()["name"] == "Wajir Peace Forum"
    assert dialog.form.values()["country"] == "KE"
    dialog.buttons.accepted.emit()
    settle(qtbot, window.ops)
    assert [r.name for r in _participations(window, editor.activity_id)] == ["Wajir Peace Forum"]
    window.undo_action.trigger()
    settle(qtbot, window.ops)
    assert _participations(window, editor.activity_id) == []
    assert _db(window, "SELECT deleted FROM organizations WHERE name = 'Wajir Peace Forum'"
               )[0].deleted


def test_a_new_organization_likely_in_the_registry_is_offered_instead(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """"New organization…" for a name already in the registry in another script shows the
    likely match first; "Add … instead" adds the existing organization as the participant
    and creates nothing."""
    window.ops.write(lambda w: w.create("organizations", {
        "name": "مركز القدس للدراسات", "country": "KE"}))
    settle(qtbot, window.ops)
    editor = _new_activity(window, qtbot)
    panel = editor.participants_panel
    _type_in(qtbot, panel.search, "Markaz al-Quds lil-Dirasat")
    qtbot.mouseClick(panel.new_org_button, Qt.MouseButton.LeftButton)
    panel.dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: getattr(panel, "duplicate_box", None) is not None
                    and panel.duplicate_box.isVisible(), timeout=WAIT_MS)
    box = panel.duplicate_box
    assert box.hits[0].name == "مركز القدس للدراسات"
    assert box.open_button.text().startswith("&Add “")
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ops)
    assert [r.name for r in _participations(window, editor.activity_id)] == ["مركز القدس للدراسات"]
    assert _db(window, "SELECT count(*) AS n FROM organizations WHERE name LIKE 'Markaz%'")[0].n == 0


def test_an_attendance_sheet_is_matched_previewed_and_added_in_one_step(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A CSV attendance list (one row per person, French headers) is read off the GUI
    thread, its columns guessed, its organizations matched with scores (exact 100), a new
    one offered for creation; adding writes every participation with its counts in one
    step, which one undo takes back."""
    editor = _new_activity(window, qtbot)
    names = _org_names(window, 2)
    sheet = tmp_path / "presence.csv"
    sheet.write_text(f"Nom;Organisation;Sexe\nA. Diallo;{names[0]};F\nB. Sow;{names[0]};H\n"
                     f"C. Ba;{names[1]};F\nD. Kane;Kqzxw Wajiré;F\n",
                     encoding="cp1252" if all(n.isascii() for n in names) else "utf-8")
    dialog = editor.participants_panel.open_attendance_dialog()
    with gui_thread_io(window.ops.store.engine) as seen:
        dialog.load_file(sheet)
        qtbot.waitUntil(lambda: dialog.matched is not None, timeout=WAIT_MS)
    assert seen.queries == []
    assert dialog.mapping == {0: "contact", 1: "organization", 2: "sex"}
    entries = dialog.matched.entries
    assert [e.group.name for e in entries] == [names[0], names[1], "Kqzxw Wajiré"]
    assert entries[0].matches[0].score == 100 and entries[0].choice == entries[0].matches[0].id
    assert entries[2].choice == "\x00new"
    assert "score 100" in dialog.preview.cellWidget(0, 1).currentText()
    assert dialog.add_button.isEnabled()
    dialog.add_button.click()
    settle(qtbot, window.ops)
    rows = {r.name: (r.representatives, r.women, r.men)
            for r in _participations(window, editor.activity_id)}
    assert rows == {names[0]: (2, 1, 1), names[1]: (1, 1, 0),
                    "Kqzxw Wajiré": (1, 1, 0)}
    window.undo_action.trigger()
    settle(qtbot, window.ops)
    assert _participations(window, editor.activity_id) == []


def test_two_lines_of_one_organization_in_a_sheet_are_stopped_and_a_guessed_country_is_said(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Two spellings in a sheet that match the same known organization cannot both be added
    (one would be a second participation of it): both are marked, Add is off until one is
    left out; a new organization created with the activity's country, because the sheet has
    no country column, says so."""
    editor = _new_activity(window, qtbot)
    known = _db(window, "SELECT name, acronym FROM organizations WHERE deleted = 0 AND "
                "acronym IS NOT NULL AND length(acronym) > 2 ORDER BY name LIMIT 1")[0]
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f"Name,Organization\nA. Diallo,{known.name}\nB. Sow,{known.acronym}\n"
                     "C. Ba,Kqzxw Wajiré\n", encoding="utf-8")
    dialog = editor.participants_panel.open_attendance_dialog()
    dialog.load_file(sheet)
    qtbot.waitUntil(lambda: dialog.matched is not None, timeout=WAIT_MS)
    entries = dialog.matched.entries
    assert len(entries) == 3 and entries[0].choice == entries[1].choice
    assert "another line" in dialog.preview.item(0, 7).text()
    assert not dialog.add_button.isEnabled()
    assert "the activity's country" in dialog.preview.item(2, 7).text()
    combo = dialog.preview.cellWidget(1, 1)
    combo.setCurrentIndex(combo.findData("\x00skip"))
    assert "another line" not in dialog.preview.item(0, 7).text()
    assert dialog.add_button.isEnabled()
    dialog.reject()


def test_a_bad_attendance_file_is_explained_and_adds_nothing(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A binary file named .csv and an empty file each give a clear message in the dialog;
    the Add button stays off and nothing is written."""
    editor = _new_activity(window, qtbot)
    dialog = editor.participants_panel.open_attendance_dialog()
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\x00\x00\x00" * 100)
    dialog.load_file(bad)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert "Nothing was added" in dialog.error.text() and "CSV" in dialog.error.text()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    dialog.load_file(empty)
    qtbot.waitUntil(lambda: "empty" in dialog.error.text(), timeout=WAIT_MS)
    assert not dialog.add_button.isEnabled()
    assert _participations(window, editor.activity_id) == []


def test_the_activity_form_fits_1024_by_600(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1024x600 (navigation 190 px, the list beside) the Details form scrolls vertically
    only and no label is cut; the participants grid and its search keep usable widths."""
    window.resize(1024, 600)
    window.go("activities")
    settle(qtbot, window.ops)
    page = window.activities
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    editor = page.editor
    editor.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.width() <= 1024, timeout=WAIT_MS)
    scroll = editor.details_scroll
    bar = scroll.horizontalScrollBar()
    # Layout runs through posted events: a pause for them to begin, then waited for.
    qtbot.wait(50)
    qtbot.waitUntil(lambda: bar.maximum() == 0 and not bar.isVisible(), timeout=WAIT_MS)
    assert bar.maximum() == 0 and not bar.isVisible()
    layout = editor.form.layout()
    assert isinstance(layout, QFormLayout)
    labels = [layout.itemAt(r, QFormLayout.ItemRole.LabelRole) for r in range(layout.rowCount())]
    labels = [item.widget() for item in labels if item is not None]
    assert len([w for w in labels if isinstance(w, QLabel)]) >= 14
    for label in labels:
        if isinstance(label, QLabel) and label.isVisible():
            assert label.sizeHint().width() <= label.width() or label.wordWrap() and \
                label.heightForWidth(label.width()) <= label.height(), label.text()
    editor.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: editor.participants_panel.search.width() >= 200 and (
        editor.grid.viewport().height() >= 3 * editor.grid.verticalHeader().defaultSectionSize()),
        timeout=WAIT_MS)
    assert editor.participants_panel.search.width() >= 200
    assert editor.grid.viewport().height() >= 3 * editor.grid.verticalHeader().defaultSectionSize()
