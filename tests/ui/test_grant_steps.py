"""A grant's workflow step asks for its date (today by default, typed or picked), refuses a
date in the future or before the previous step, changes nothing on Cancel, and is one undo
step."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, settle
from tests.ui.test_organizations import _db, _type_in


def _approved_grant(window: Any, qtbot: Any) -> tuple[str, dt.date]:
    """An approved, not yet disbursed demo grant, open in the editor; its approval date."""
    grant_id, approved_on = _db(window, "SELECT id, approved_on FROM grants WHERE status = "
                                "'approved' AND deleted = 0 AND disbursed_on IS NULL "
                                "ORDER BY approved_on LIMIT 1")[0]
    window.go("grants")
    editor = window.grants.editor
    editor.load(grant_id)
    qtbot.waitUntil(lambda: editor.grant_id == grant_id and editor.record.get("id") == grant_id,
                    timeout=WAIT_MS)
    settle(qtbot, window.ops)
    return grant_id, dt.date.fromisoformat(str(approved_on)[:10])


def _state(window: Any, grant_id: str) -> tuple[str, Any]:
    row = _db(window, "SELECT status, disbursed_on FROM grants WHERE id = :i", i=grant_id)[0]
    return row.status, row.disbursed_on


def _advance(editor: Any, qtbot: Any) -> Any:
    qtbot.mouseClick(editor.advance_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.step_dialog is not None and editor.step_dialog.isVisible(),
                    timeout=WAIT_MS)
    return editor.step_dialog


def test_step_asks_its_date_and_writes_the_date_typed(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Marking an approved 2011 grant as disbursed asks the date (today offered), and the
    date typed, one after the approval, is the one stored; the step is one undo step that
    brings back both the status and the empty date."""
    grant_id, approved_on = _approved_grant(window, qtbot)
    editor = window.grants.editor
    steps_before = window.undo_stack.count()
    dialog = _advance(editor, qtbot)
    assert dialog.date.date() == dt.date.today()
    assert _state(window, grant_id) == ("approved", None), "nothing is written before OK"
    wanted = approved_on + dt.timedelta(days=20)
    _type_in(qtbot, dialog.date, wanted.isoformat())
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    settle(qtbot, window.ops)
    assert not dialog.isVisible()
    status, disbursed_on = _state(window, grant_id)
    assert status == "disbursed" and str(disbursed_on)[:10] == wanted.isoformat()
    assert window.undo_stack.count() == steps_before + 1
    window.undo_action.trigger()
    settle(qtbot, window.ops)
    assert _state(window, grant_id) == ("approved", None)


def test_cancel_changes_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Cancel (Escape) in the step's date dialog leaves the grant, the editor and the undo
    history as they were."""
    grant_id, _approved_on = _approved_grant(window, qtbot)
    editor = window.grants.editor
    steps_before = window.undo_stack.count()
    dialog = _advance(editor, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle(qtbot, window.ops)
    assert not dialog.isVisible()
    assert _state(window, grant_id) == ("approved", None)
    assert window.undo_stack.count() == steps_before
    assert editor.record["status"] == "approved" and not editor.dirty


def test_future_date_and_date_before_the_previous_step_are_refused(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A disbursement dated tomorrow, or before the approval, is refused next to the field
    with the reason; the dialog stays open and nothing is written until a good date."""
    grant_id, approved_on = _approved_grant(window, qtbot)
    dialog = _advance(window.grants.editor, qtbot)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    _type_in(qtbot, dialog.date, tomorrow.isoformat())
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "future" in dialog.error.text()
    _type_in(qtbot, dialog.date, (approved_on - dt.timedelta(days=1)).isoformat())
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "previous step" in dialog.error.text()
    _type_in(qtbot, dialog.date, "not a date")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error.isVisible()
    settle(qtbot, window.ops)
    assert _state(window, grant_id) == ("approved", None)
    _type_in(qtbot, dialog.date, approved_on.isoformat())  # the same day is allowed
    dialog.buttons.accepted.emit()
    settle(qtbot, window.ops)
    assert _state(window, grant_id)[0] == "disbursed"


def test_date_picked_from_the_calendar(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """F4 in the date field opens the calendar; the day picked there is the step's date."""
    grant_id, approved_on = _approved_grant(window, qtbot)
    dialog = _advance(window.grants.editor, qtbot)
    qtbot.keyClick(dialog.date, Qt.Key.Key_F4)
    popup = dialog.date.popup
    assert popup is not None and popup.isVisible()
    from PySide6.QtCore import QDate

    picked = approved_on + dt.timedelta(days=3)
    popup.calendar.clicked.emit(QDate(picked.year, picked.month, picked.day))
    assert dialog.date.date() == picked
    dialog.buttons.accepted.emit()
    settle(qtbot, window.ops)
    status, disbursed_on = _state(window, grant_id)
    assert status == "disbursed" and str(disbursed_on)[:10] == picked.isoformat()


def test_a_step_with_unsaved_edits_asks_first_and_cancel_writes_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """"Step back" while the form holds an unsaved edit asks Save / Discard / Cancel
    (ui/leave.py) instead of saving the edit with the step; Cancel writes neither; Discard
    drops the edit and takes the step."""
    from PySide6.QtWidgets import QMessageBox

    grant_id, _approved_on = _approved_grant(window, qtbot)
    editor = window.grants.editor
    purpose = _db(window, "SELECT purpose FROM grants WHERE id = :i", i=grant_id)[0].purpose
    editor.form.set_value("purpose", "Changed by accident")
    assert editor.dirty
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.leave_box is not None and editor.leave_box.isVisible(),
                    timeout=WAIT_MS)
    editor.leave_box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, window.ops)
    assert _state(window, grant_id) == ("approved", None)
    assert _db(window, "SELECT purpose FROM grants WHERE id = :i", i=grant_id)[0].purpose == purpose
    assert editor.dirty
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.leave_box is not None and editor.leave_box.isVisible(),
                    timeout=WAIT_MS)
    editor.leave_box.button(QMessageBox.StandardButton.Discard).click()
    settle(qtbot, window.ops)
    assert _state(window, grant_id)[0] == "proposed"
    assert _db(window, "SELECT purpose FROM grants WHERE id = :i", i=grant_id)[0].purpose == purpose
