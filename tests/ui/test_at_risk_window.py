"""At-risk organizations in the window (issue 13, item 4): the editor's checkbox, saved and
undone like any field; the list's mark before the name; the Contacts tab saying why its
people's details stay on this computer; the export dialog leaving their contacts out unless
each organization is ticked by name."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox
from sqlalchemy import text

from lookingbeyond_desktop.ui.export_dialog import ExportDialog

from lookingbeyond_desktop.ui.organizations.model import AT_RISK_MARK, AT_RISK_ROLE
from tests.ui.conftest import WAIT_MS, settle


def _flag_of(window, org_id: str) -> bool:  # type: ignore[no-untyped-def]
    with window.ops.store.engine.connect() as connection:
        return bool(connection.execute(text("SELECT at_risk FROM organizations WHERE id = :i"),
                                       {"i": org_id}).scalar())


def _row_of(page, org_id: str) -> int:  # type: ignore[no-untyped-def]
    with page._ops.store.engine.connect() as connection:
        rid = connection.execute(text("SELECT rid FROM organizations WHERE id = :i"), {"i": org_id}).scalar()
    return int(page.model.row_of(rid))


def test_the_checkbox_sets_the_flag_and_undo_clears_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ticking "At risk" in the editor and saving flags the organization: the list marks
    its name (a flag, a tooltip in plain words), the Contacts tab says its people's details
    stay on this computer; Undo clears the flag and every mark, Redo sets it again."""
    page = window.organizations
    with window.ops.store.engine.connect() as connection:
        org_id = connection.execute(text("SELECT id FROM organizations WHERE at_risk = 0 AND "
                                         "deleted = 0 ORDER BY sort_name LIMIT 1")).scalar()
    page.table.selectRow(_row_of(page, org_id))
    settle(qtbot, window.ops)
    editor = page.editor
    assert editor.org_id == org_id
    box = editor.form.widgets["at_risk"]
    assert isinstance(box, QCheckBox) and not box.isChecked()
    assert "contact details" in box.text() and editor.contacts_at_risk.isHidden()
    assert not _flag_of(window, org_id)

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert editor.dirty
    window.save_action.trigger()
    settle(qtbot, window.ops)
    assert _flag_of(window, org_id)
    row = _row_of(page, org_id)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row, 0), AT_RISK_ROLE) is True, timeout=WAIT_MS)
    name = page.model.data(page.model.index(row, 0))
    assert name.startswith(AT_RISK_MARK) and editor.record["name"] in name
    assert "At risk" in page.model.data(page.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert not editor.contacts_at_risk.isHidden()
    assert editor.tabs.tabText(1).startswith(AT_RISK_MARK)

    window.undo_action.trigger()
    settle(qtbot, window.ops)
    assert not _flag_of(window, org_id)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row, 0), AT_RISK_ROLE) is False, timeout=WAIT_MS)
    assert not page.model.data(page.model.index(row, 0)).startswith(AT_RISK_MARK)
    qtbot.waitUntil(lambda: not editor.form.widgets["at_risk"].isChecked(), timeout=WAIT_MS)
    assert editor.contacts_at_risk.isHidden()
    window.redo_action.trigger()
    settle(qtbot, window.ops)
    assert _flag_of(window, org_id)
    qtbot.waitUntil(lambda: editor.form.widgets["at_risk"].isChecked(), timeout=WAIT_MS)


def test_the_flag_fits_a_small_screen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1024x600 the checkbox's words are not cut: the form is at least as wide as the
    checkbox asks (the details scroll down, never sideways)."""
    window.resize(1024, 600)
    page = window.organizations
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    box = page.editor.form.widgets["at_risk"]
    qtbot.waitUntil(lambda: box.isVisible(), timeout=WAIT_MS)
    assert box.width() >= box.sizeHint().width() or box.width() >= box.minimumSizeHint().width()


def test_the_demo_marks_its_at_risk_organizations(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The demo flags two made-up organizations: the list marks exactly those, and opening
    one shows the box ticked and its contacts saying they stay on this computer."""
    page = window.organizations
    with window.ops.store.engine.connect() as connection:
        flagged = [row.id for row in connection.execute(text(
            "SELECT id FROM organizations WHERE at_risk = 1 AND deleted = 0"))]
    assert len(flagged) == 2
    for org_id in flagged:
        row = _row_of(page, org_id)
        page.table.scrollTo(page.model.index(row, 0))
        qtbot.waitUntil(lambda r=row: page.model.cached(r) is not None, timeout=WAIT_MS)
        assert page.model.data(page.model.index(row, 0), AT_RISK_ROLE) is True
        assert page.model.data(page.model.index(row, 0)).startswith(AT_RISK_MARK)
    page.table.selectRow(_row_of(page, flagged[0]))
    qtbot.waitUntil(lambda: page.editor.record.get("id") == flagged[0], timeout=WAIT_MS)
    settle(qtbot, window.ops)
    assert page.editor.form.widgets["at_risk"].isChecked()
    assert not page.editor.contacts_at_risk.isHidden() and page.editor.contacts


def _contacts_of(window, org_ids: list[str]) -> set[str]:  # type: ignore[no-untyped-def]
    with window.ops.store.engine.connect() as connection:
        return {row.id for row in connection.execute(text(
            "SELECT id FROM contacts WHERE deleted = 0 AND organization_id IN "
            "(SELECT value FROM json_each(:ids))"), {"ids": json.dumps(org_ids)})}


def _export_contacts(window, qtbot, dialog, out: Path) -> tuple[set[str], str]:  # type: ignore[no-untyped-def]
    """Export the whole contacts table to ``out`` through the dialog (saying yes to the
    personal-data question); the ids the file holds, and the question asked."""
    dialog.path_edit.setText(str(out))
    dialog.path_edit.textEdited.emit(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible(),
                    timeout=WAIT_MS)
    question = dialog.confirm_box.text()
    with qtbot.waitSignal(dialog.sig_exported, timeout=WAIT_MS):
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    data = json.loads(out.read_text(encoding="utf-8"))
    return {row["id"] for row in data["contacts"]}, question


def test_the_export_dialog_leaves_at_risk_contacts_out_unless_ticked_by_name(
        window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Exporting contacts lists the at-risk organizations by name, none ticked: the file
    leaves out their people and the question counts only those written.  Ticking one
    organization puts its people in the file, and only its."""
    with window.ops.store.engine.connect() as connection:
        flagged = {row.id: row.name for row in connection.execute(text(
            "SELECT id, name FROM organizations WHERE at_risk = 1 AND deleted = 0"))}
        everyone = {row.id for row in connection.execute(text("SELECT id FROM contacts WHERE deleted = 0"))}
    first, second = sorted(flagged)
    dialog = ExportDialog(window.ops, current=None, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.at_risk_checks) == 2, timeout=WAIT_MS)
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData("contacts"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    assert dialog.at_risk_box.isVisible()
    assert {box.text() for box in dialog.at_risk_checks.values()} == set(flagged.values())
    assert not any(box.isChecked() for box in dialog.at_risk_checks.values())

    held, question = _export_contacts(window, qtbot, dialog, tmp_path / "none.json")
    assert held == everyone - _contacts_of(window, [first, second])
    assert f"{len(held)} person" in question

    again = ExportDialog(window.ops, current=None, parent=window)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: len(again.at_risk_checks) == 2, timeout=WAIT_MS)
    again.table_combo.setCurrentIndex(again.table_combo.findData("contacts"))
    again.format_combo.setCurrentIndex(again.format_combo.findData("json"))
    again.at_risk_checks[first].setChecked(True)
    held, _question = _export_contacts(window, qtbot, again, tmp_path / "first.json")
    assert held == everyone - _contacts_of(window, [second])


def test_the_export_dialog_says_nothing_of_at_risk_for_other_tables(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The at-risk list shows only when contacts are exported (other tables hold no
    people)."""
    dialog = ExportDialog(window.ops, current=None, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.at_risk_checks) == 2, timeout=WAIT_MS)
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData("organizations"))
    assert not dialog.at_risk_box.isVisible()
