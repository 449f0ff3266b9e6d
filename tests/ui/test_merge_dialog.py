"""The window's merge of two organizations: side by side, a proposed value per field, one
undoable step (issue 14)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from lookingbeyond_desktop.ui.merge_dialog import MergeDialog
from tests.ui.conftest import WAIT_MS, settle


def two_records(window: Any) -> dict[str, str]:
    """Two records of one organization (the second with a phone and a newer notes) and a
    contact of the second, written through the window's own database worker."""
    ids: dict[str, str] = {}

    def write(w: Any) -> None:
        ids["keep"] = w.create("organizations", {"name": "Transparency Maroc", "country": "MA",
                                                 "notes": "Old note"})
        ids["other"] = w.create("organizations", {"name": "ترانسبرانسي المغرب", "country": "MA",
                                                  "phone": "+212 522 00 00 00"})
        ids["contact"] = w.create("contacts", {"organization_id": ids["other"],
                                               "full_name": "Amina B.", "consent_on": "2024-01-01", "erased_on": None})
        w.update("organizations", ids["other"], {"notes": "Newer note"})

    window.ops.write(write)
    return ids  # filled once the worker has written: settle first


def value(window: Any, table: str, row_id: str, column: str) -> Any:
    """One stored value, read on the test's own connection."""
    with window.ops.store.engine.connect() as connection:
        return connection.execute(text(f"SELECT {column} FROM {table} WHERE id = :id"),
                                  {"id": row_id}).scalar()


def open_dialog(window: Any, qtbot: Any, first: str, second: str) -> MergeDialog:
    dialog = MergeDialog(window.ops, window.undo_stack, first, second, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=WAIT_MS)
    return dialog


def test_the_dialog_proposes_the_fuller_and_newer_values_and_merges(window: Any, qtbot: Any) -> None:
    """The phone the kept record lacks and the other's newer notes are proposed; merging
    takes them, moves the contact, and leaves the other record as a deleted redirect."""
    ids = two_records(window)
    settle(qtbot, window.ops)
    dialog = open_dialog(window, qtbot, ids["keep"], ids["other"])
    assert dialog.keep.id == ids["other"]  # the record its contact names is kept by default
    dialog.keep_buttons[0].setChecked(True)  # keep the first one instead
    assert dialog.keep.id == ids["keep"]
    assert sorted(dialog.taken()) == ["notes", "phone"]
    assert "1 contact" in dialog.summary.text()
    with qtbot.waitSignal(dialog.sig_merged, timeout=WAIT_MS):
        dialog.merge_button.click()
    settle(qtbot, window.ops)
    assert value(window, "organizations", ids["keep"], "phone") == "+212 522 00 00 00"
    assert value(window, "organizations", ids["keep"], "notes") == "Newer note"
    assert value(window, "contacts", ids["contact"], "organization_id") == ids["keep"]
    assert value(window, "organizations", ids["other"], "merged_into") == ids["keep"]


def test_a_merge_is_undone_and_redone_from_the_edit_menu(window: Any, qtbot: Any) -> None:
    """Edit > Undo takes the merge back (the other record and its contact return); Redo
    merges again with the same choices."""
    ids = two_records(window)
    settle(qtbot, window.ops)
    dialog = open_dialog(window, qtbot, ids["keep"], ids["other"])
    dialog.keep_buttons[0].setChecked(True)
    dialog.choices["phone"].button(1).setChecked(True)  # keep the kept record's empty phone
    with qtbot.waitSignal(dialog.sig_merged, timeout=WAIT_MS):
        dialog.merge_button.click()
    settle(qtbot, window.ops)
    assert value(window, "organizations", ids["keep"], "phone") is None
    window.undo_stack.undo()
    settle(qtbot, window.ops)
    assert value(window, "organizations", ids["other"], "merged_into") is None
    assert value(window, "organizations", ids["other"], "deleted") == 0
    assert value(window, "contacts", ids["contact"], "organization_id") == ids["other"]
    window.undo_stack.redo()
    settle(qtbot, window.ops)
    assert value(window, "organizations", ids["other"], "merged_into") == ids["keep"]


def test_a_refused_merge_says_why_and_keeps_the_dialog(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    """When the merge is refused (here: the other record was deleted meanwhile), the person
    is told in words and the dialog stays open to choose again."""
    from PySide6.QtWidgets import QMessageBox

    ids = two_records(window)
    settle(qtbot, window.ops)
    dialog = open_dialog(window, qtbot, ids["keep"], ids["other"])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message: shown.append(message))
    window.ops.write(lambda w: w.delete("organizations", dialog.other.id))
    settle(qtbot, window.ops)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert "is deleted" in shown[0] and dialog.isVisible() and dialog.merge_button.isEnabled()


def test_the_organizations_page_merges_the_two_selected_records(window: Any, qtbot: Any) -> None:
    """Edit > Merge Two Organizations… (also in the list's right-click menu, Ctrl+Shift+M) is
    offered only when exactly two organizations are selected, and opens the merge of those
    two."""
    from PySide6.QtCore import QItemSelectionModel

    page = window.organizations
    selection = page.table.selectionModel()
    model = page.model
    assert not page.merge_action.isEnabled()
    selection.select(model.index(0, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    assert not page.merge_action.isEnabled()  # one is not enough
    selection.select(model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    assert page.merge_action.isEnabled()
    assert page.merge_action in page.table.actions()  # the right-click menu
    assert page.merge_action in window.menuBar().actions()[1].menu().actions()  # Edit
    page.merge_action.trigger()
    qtbot.waitUntil(lambda: getattr(page, "merge_dialog", None) is not None
                    and page.merge_dialog.merge_button.isEnabled(), timeout=WAIT_MS)
    names = {button.text() for button in page.merge_dialog.keep_buttons}
    assert names == {model.index(row, 0).data() for row in (0, 1)}
    page.merge_dialog.reject()
