"""The Organizations page driven through its real widgets, on a real replica."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from lookingbeyond_desktop.store import browse
from tests.ui.conftest import settle


def _db(window, sql: str, **params):  # type: ignore[no-untyped-def]
    with window.ops.store.engine.connect() as connection:
        return connection.execute(text(sql), params).fetchall()


def _type_in(qtbot, widget, value: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``value`` key by key (QtTest can only simulate ASCII keys: other text is
    committed as an input method would, which also counts as the user's edit)."""
    widget.clear()
    if value.isascii():
        qtbot.keyClicks(widget, value)
    else:
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtWidgets import QApplication

        event = QInputMethodEvent("", [])
        event.setCommitString(value)
        QApplication.sendEvent(widget, event)


def test_create_organization_with_contacts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing a new organization and saving it creates one row; its contacts, added through
    the contact dialog, are stored under it and listed on the Contacts tab."""
    page = window.organizations
    window.new_org_action.trigger()
    form = page.editor.form
    _type_in(qtbot, form.widgets["name"], "جمعية الشفافية في تونس")
    _type_in(qtbot, form.widgets["acronym"], "JST")
    form.set_value("country", "TN")
    form.set_value("themes", ["corruption", "corruption.uncac"])
    _type_in(qtbot, form.widgets["email"], "info@jst.tn")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ops)
    rows = _db(window, "SELECT id, country, themes FROM organizations WHERE name = :n",
               n="جمعية الشفافية في تونس")
    assert len(rows) == 1 and rows[0].country == "TN"
    org_id = rows[0].id
    assert page.editor.org_id == org_id and not page.editor.dirty

    for name, consent in (("Leila Ben Salah", "2010-05-01"), ("Karim Haddad", "2011-01-12")):
        page.editor.add_contact()
        dialog = page.editor.dialog
        _type_in(qtbot, dialog.form.widgets["full_name"], name)
        _type_in(qtbot, dialog.form.widgets["consent_on"], consent)
        dialog.buttons.accepted.emit()
        settle(qtbot, window.ops)
        assert not dialog.isVisible()
    contacts = _db(window, "SELECT full_name FROM contacts WHERE organization_id = :o "
                   "AND deleted = 0 ORDER BY full_name", o=org_id)
    assert [c.full_name for c in contacts] == ["Karim Haddad", "Leila Ben Salah"]
    assert page.editor.contacts_table.rowCount() == 2
    assert page.editor.history.rowCount() >= 1  # its creation, from the change log


def test_validation_messages_sit_next_to_their_fields(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Saving an organization without a name and with a bad e-mail writes nothing and shows
    each message under its own field; a contact without consent date stays in its dialog."""
    page = window.organizations
    before = _db(window, "SELECT count(*) AS n FROM organizations")[0].n
    window.new_org_action.trigger()
    form = page.editor.form
    _type_in(qtbot, form.widgets["email"], "not-an-address")
    page.editor.save()
    settle(qtbot, window.ops)
    assert "required" in form.error_text("name")
    assert "e-mail" in form.error_text("email")
    assert form.error_text("acronym") == ""
    assert _db(window, "SELECT count(*) AS n FROM organizations")[0].n == before
    assert page.editor.dirty  # the edit is still there to be fixed

    page.table.selectRow(0)  # leaving asks (ui/leave.py); Save is refused by validation
    from PySide6.QtWidgets import QApplication
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    QApplication.activeModalWidget().button(QMessageBox.StandardButton.Save).click()
    settle(qtbot, window.ops)  # the dirty, invalid edit was not silently dropped
    assert page.editor.org_id is None and page.editor.dirty
    assert "required" in form.error_text("name")
    assert _db(window, "SELECT count(*) AS n FROM organizations")[0].n == before


def test_edit_undo_redo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """An edit saved from the editor can be undone (the old value is written back as a new,
    recorded change) and redone, from the Edit menu's actions."""
    page = window.organizations
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    org_id = page.editor.org_id
    old_name = page.editor.record["name"]
    _type_in(qtbot, page.editor.form.widgets["name"], "Renamed Organization")
    window.save_action.trigger()
    settle(qtbot, window.ops)
    name = lambda: _db(window, "SELECT name FROM organizations WHERE id = :i", i=org_id)[0].name  # noqa: E731
    assert name() == "Renamed Organization"
    window.undo_action.trigger()
    settle(qtbot, window.ops)
    assert name() == old_name
    window.redo_action.trigger()
    settle(qtbot, window.ops)
    assert name() == "Renamed Organization"
    ops = [r.op for r in _db(window, "SELECT op FROM changes WHERE row_id = :i ORDER BY seq", i=org_id)]
    assert ops[-3:] == ["update", "update", "update"]
    assert page.editor.form.widgets["name"].text() == "Renamed Organization"


def test_delete_many_asks_then_trash_restores(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Deleting several organizations asks first; they leave the list, appear in the Trash
    with their contacts hidden under them, and a restore brings them (and the contacts
    deleted with them) back; undo of the delete works too."""
    page = window.organizations
    total = page.model.rowCount()
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0), page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows)
    settle(qtbot, window.ops)
    rids = page.selected_rids()
    assert len(rids) == 2
    window.delete_action.trigger()
    settle(qtbot, window.ops)
    box = page.findChild(QMessageBox, "confirmBox")
    assert box is not None and box.isVisible()
    assert page.model.rowCount() == total  # nothing deleted before the answer
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, window.ops)
    assert page.model.rowCount() == total - 2
    assert all(page.model.row_of(rid) == -1 for rid in rids)

    window.go("trash")
    settle(qtbot, window.ops)
    trash = window.trash
    kinds = [item.table for item in trash.items]
    assert kinds.count("organizations") == 2 and "contacts" not in kinds
    row = kinds.index("organizations")
    trash.table.selectRow(row)
    trash.restore_selected()
    settle(qtbot, window.ops)
    assert [item.table for item in trash.items].count("organizations") == 1
    assert page.model.rowCount() == total - 1
    window.undo_action.trigger()  # undo the restore: back in the Trash
    settle(qtbot, window.ops)
    assert page.model.rowCount() == total - 2
    window.undo_action.trigger()  # undo the delete of both
    settle(qtbot, window.ops)
    assert page.model.rowCount() == total
    assert _db(window, "SELECT count(*) AS n FROM organizations WHERE deleted = 1")[0].n == 0


def test_search_as_you_type_and_filters(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing in the search box narrows the list through the full-text index (accents and
    case do not matter, a Latin spelling finds the Arabic name too); filters combine with
    it; clearing brings every row back."""
    page = window.organizations
    total = page.model.rowCount()
    _type_in(qtbot, page.search, "transparéncia")
    settle(qtbot, window.ops)
    with window.ops.store.engine.connect() as connection:
        expected = browse.organization_rids(connection, browse.OrgFilter(text="transparencia"),
                                            sort=None)
    assert 0 < page.model.rowCount() == len(expected) < total
    qtbot.waitUntil(lambda: page.model.cached(0) is not None, timeout=30_000)
    first = page.model.data(page.model.index(0, 0))
    assert "Transpar" in first or not first.isascii()  # ترانسبرانسي is found across scripts
    page.search.clear()
    page.region.setCurrentIndex(page.region.findData("019"))  # the Americas
    settle(qtbot, window.ops)
    americas = page.model.rowCount()
    assert 0 < americas < total
    page.rlo_only.setChecked(True)
    settle(qtbot, window.ops)
    assert page.model.rowCount() <= americas
    for row in range(page.model.rowCount()):
        qtbot.waitUntil(lambda r=row: page.model.cached(r) is not None, timeout=30_000)
        assert page.model.data(page.model.index(row, 7)) == "✓"
    page.clear_filters()
    settle(qtbot, window.ops)
    assert page.model.rowCount() == total


def test_sort_by_header_keeps_rows_and_orders_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Clicking the Country header orders the rows by country code, without a reset."""
    page = window.organizations
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    settle(qtbot, window.ops)
    assert not resets
    countries = []
    for row in (0, page.model.rowCount() - 1):
        page.table.scrollTo(page.model.index(row, 0))
        qtbot.waitUntil(lambda r=row: page.model.cached(r) is not None, timeout=30_000)
        countries.append(page.model.cached(row)["country"])
    assert countries[0] >= countries[1]


def test_column_choices_are_remembered(demo_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A hidden column stays hidden in the next window (QSettings)."""
    from PySide6.QtCore import QSettings

    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    for hide in (True, False):
        store = Store.open(demo_dir)
        ops = Ops(store)
        win = MainWindow(ops, QSettings())
        qtbot.addWidget(win)
        header = win.organizations.table.horizontalHeader()
        if hide:
            header.setSectionHidden(6, True)
            win.close()
        else:
            assert header.isSectionHidden(6)
            assert not header.isSectionHidden(5)
        ops.shutdown()
        store.close()
