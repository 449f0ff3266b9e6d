"""Activities with participants and computed totals; grants through their workflow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from lookingbeyond_desktop.ui.participants import REPRESENTATIVES, WOMEN
from tests.ui.conftest import settle
from tests.ui.test_organizations import _db, _type_in


def test_log_activity_with_three_organizations_and_totals(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new activity gets three organizations added in one go through the type-ahead; the
    totals line is computed from the participations (3 representatives of 3 organizations),
    follows an edit of the numbers, and counts the Member States."""
    window.new_activity_action.trigger()
    editor = window.activities.editor
    form = editor.form
    _type_in(qtbot, form.widgets["title"], "Regional consultation on UNCAC review")
    form.set_value("activity_type", "regional_consultation")
    _type_in(qtbot, form.widgets["start_date"], "2010-10-04")
    _type_in(qtbot, form.widgets["member_states"], "ke; ug; tz")
    window.save_action.trigger()
    settle(qtbot, window.ops)
    assert editor.activity_id is not None
    editor.tabs.setCurrentIndex(1)

    _type_in(qtbot, editor.participant_search, "trans")
    settle(qtbot, window.ops)
    org_items = [editor.results.item(i) for i in range(editor.results.count())
                 if editor.results.item(i).data(Qt.ItemDataRole.UserRole)[1] is None]
    assert len(org_items) >= 3
    for item in org_items[:3]:
        item.setSelected(True)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ops)
    assert editor.grid.model().rowCount() == 3
    totals = editor.totals
    assert (totals.representatives, totals.organizations, totals.member_states) == (3, 3, 3)
    assert editor.totals_label.text().startswith("3 representative(s) of 3 organization(s)")

    grid = editor.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, REPRESENTATIVES))
    for key in ("4", Qt.Key.Key_Tab, "3", Qt.Key.Key_Tab, "1", Qt.Key.Key_Return):
        if isinstance(key, str):
            qtbot.keyClicks(grid.focusWidget(), key)
        else:
            qtbot.keyClick(grid.focusWidget(), key)
        settle(qtbot, window.ops)
    assert (editor.totals.representatives, editor.totals.women, editor.totals.men) == (6, 3, 1)

    for _step in range(3):  # men, women, representatives: one undo step per cell
        window.undo_action.trigger()
    window.undo_action.trigger()  # the three participants, in one step
    settle(qtbot, window.ops)
    assert (editor.totals.representatives, editor.totals.organizations) == (0, 0)
    row = window.activities.model.row_of(editor.activity_id)
    assert window.activities.model.rows[row]["organizations"] == 0


def test_participant_numbers_are_validated_in_the_grid(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """More women and men than representatives is refused, with the message in the grid
    (the cell's tooltip and the line under it); the typed value stays, nothing is
    written."""
    window.go("activities")
    settle(qtbot, window.ops)
    page = window.activities
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    editor = page.editor
    participant = editor.participants[0]["id"]
    before = _db(window, "SELECT representatives, women, men FROM participations WHERE id = :i",
                 i=participant)[0]
    grid = editor.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, WOMEN))
    qtbot.keyClicks(grid, str(before.representatives + 1))
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Tab)
    settle(qtbot, window.ops)
    women = grid.model().index(0, WOMEN)
    assert women.data() == str(before.representatives + 1)
    assert "more than" in women.data(Qt.ItemDataRole.ToolTipRole)
    assert "more than" in editor.participants_panel.problems.text()
    assert _db(window, "SELECT representatives, women, men FROM participations WHERE id = :i",
               i=participant)[0] == before


def test_record_grant_and_move_it_through_its_workflow(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A grant to an RLO is recorded with its amount, currency, meeting and a paid-for
    activity, then moved proposed → approved → disbursed (each step's date asked, today
    accepted), one step back, and the step back undone."""
    window.new_grant_action.trigger()
    editor = window.grants.editor
    _type_in(qtbot, editor.organization, "transparencia")
    settle(qtbot, window.ops)
    assert editor.organization.choices(), "the type-ahead offers RLOs"
    editor.organization.completer_.activated.emit(editor.organization.choices()[0])
    assert editor.organization.chosen_id
    _type_in(qtbot, editor.form.widgets["amount"], "12,500.00")
    _type_in(qtbot, editor.form.widgets["currency"], "eur")
    editor.form.set_value("purpose", "Regional consultation after CoSP 3")
    editor.form.set_value("follows_meeting", "COSP3")
    _type_in(qtbot, editor.activity_picker, "Training")
    settle(qtbot, window.ops)
    editor.activity_picker.completer_.activated.emit(editor.activity_picker.choices()[0])
    assert len(editor.activity_ids) == 1
    window.save_action.trigger()
    settle(qtbot, window.ops)
    grant_id = editor.grant_id
    assert grant_id is not None
    row = _db(window, "SELECT amount, currency, status, activity_ids, follows_meeting "
              "FROM grants WHERE id = :i", i=grant_id)[0]
    assert (row.amount, row.currency, row.status, row.follows_meeting) == (
        "12500.00", "EUR", "proposed", "COSP3")
    status = lambda: _db(window, "SELECT status, approved_on, disbursed_on FROM grants "  # noqa: E731
                         "WHERE id = :i", i=grant_id)[0]
    qtbot.mouseClick(editor.advance_button, Qt.MouseButton.LeftButton)
    editor.step_dialog.buttons.accepted.emit()  # the date asked: today, as offered
    settle(qtbot, window.ops)
    assert status().status == "approved" and status().approved_on
    qtbot.mouseClick(editor.advance_button, Qt.MouseButton.LeftButton)
    editor.step_dialog.buttons.accepted.emit()
    settle(qtbot, window.ops)
    assert status().status == "disbursed" and status().disbursed_on
    assert "Report received" in editor.advance_button.text()
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ops)
    assert status().status == "approved"
    window.undo_action.trigger()
    settle(qtbot, window.ops)
    assert status().status == "disbursed"
    assert editor.history.rowCount() == 5  # created, approved, disbursed, back, undone


def test_grant_without_organization_says_so_next_to_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Saving a grant with no organization and no amount writes nothing and shows both
    messages beside their fields."""
    window.new_grant_action.trigger()
    editor = window.grants.editor
    editor.form.set_value("purpose", "Something")
    editor.save()
    settle(qtbot, window.ops)
    assert editor.organization_error.isVisible()
    assert "required" in editor.form.error_text("amount")
    with window.ops.store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM grants WHERE purpose = 'Something'")
                                  ).scalar() == 0
