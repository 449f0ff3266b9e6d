"""Erasing a person's data from the window (issue 13, the right to be forgotten), against
the real headquarters app (tests/sync/harness.py): an hq user's "Erase Personal Data…" in
the organization editor's contacts, after a question whose default is Cancel; field and
partner users never see it; and an erased person wherever a contact's name is shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, text

from lookingbeyond_desktop.ui.participants import CONTACT
from sync import client
from sync.server import accounts
from sync.server.schema import LOGGED_AUTHOR, LOGGED_DEVICE, LOGGED_USER, audited_changelog, changelog, records
from tests.sync.harness import SERVER_URL
from tests.sync.world import World
from tests.ui.conftest import WAIT_MS, settle
from tests.ui.test_sync_gui import Gui, gui, world  # noqa: F401 (fixtures)

NAME = "Wanjiru Kamau"


def org_with_contact(writer: Any) -> dict[str, str]:
    """Haki Africa (Kenya) and its contact, an activity where both take part."""
    org = writer.create("organizations", {"name": "Haki Africa", "country": "KE"})
    contact = writer.create("contacts", {
        "organization_id": org, "full_name": NAME, "email": "wanjiru@example.org",
        "phone": "+254 700 000", "notes": "met in Nairobi", "consent_on": "2024-03-01"})
    activity = writer.create("activities", {
        "title": "Regional consultation", "activity_type": "training",
        "start_date": "2011-03-01", "country": "KE"})
    writer.create("participations", {"activity_id": activity, "organization_id": org,
                                     "contact_id": contact})
    return {"org": org, "contact": contact, "activity": activity}


def at_hq(world: World, contact: str) -> dict[str, Any]:  # noqa: F811
    """The contact as headquarters holds it."""
    with world.engine.connect() as connection:
        return dict(connection.execute(select(records.c.data).where(
            records.c.tbl == "contacts", records.c.id == contact)).scalar_one())


def show_organization(desk: Gui, org: str) -> Any:
    """The organization in its editor, its contacts listed; the editor."""
    editor = desk.window.organizations.editor
    desk.window.open_record("organizations", org)
    desk.qtbot.waitUntil(lambda: editor.org_id == org and editor.contacts_table.rowCount() == 1,
                         timeout=WAIT_MS)
    settle(desk.qtbot, desk.ops)
    editor.tabs.setCurrentIndex(1)
    return editor


def test_an_hq_user_erases_a_person_after_a_question_whose_default_is_cancel(
        gui: Gui, world: World) -> None:  # noqa: F811
    """An hq user selects a contact: "Erase Personal Data…" asks first, naming the person,
    saying it cannot be undone, what is removed where, and that the person stays counted;
    Cancel (the default) sends nothing.  Erase asks headquarters, whose record is blanked
    with an "erased" entry naming the user, then syncs: the list shows "Erased person" in
    italics with no consent date, and the action is off for that row, with why."""
    gui.login()
    ids = gui.write(org_with_contact)
    gui.sync()
    editor = show_organization(gui, ids["org"])
    button = editor.erase_contact_button
    gui.qtbot.waitUntil(lambda: not button.isHidden(), timeout=WAIT_MS)
    assert not button.isEnabled()  # nobody selected yet
    editor.contacts_table.selectRow(0)
    assert button.isEnabled()

    button.click()
    box = editor.erase_box
    assert box is not None and NAME in box.text()
    details = box.informativeText()
    assert "cannot be undone" in details and "stays counted in the activities" in details
    assert "name, e-mail, phone, consent date and notes" in details
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(gui.qtbot, gui.ops)
    assert editor.erasure is None  # nothing was sent
    assert at_hq(world, ids["contact"])["full_name"] == NAME

    button.click()
    box = editor.erase_box
    erase = next(b for b in box.buttons() if b.text() == "Erase")
    service = gui.window.sync_service
    with gui.qtbot.waitSignals([editor.sig_erased, service.sig_finished], timeout=2 * WAIT_MS):
        erase.click()
    settle(gui.qtbot, gui.ops)
    data = at_hq(world, ids["contact"])
    assert data["full_name"] == "" and data["email"] is None and data["erased_on"]
    with world.engine.connect() as connection:
        entry = connection.execute(select(changelog, records.c.tbl, records.c.id, LOGGED_DEVICE, LOGGED_AUTHOR, LOGGED_USER).select_from(audited_changelog).where(
            records.c.id == ids["contact"], changelog.c.what == "erased")).one()
    assert entry.user_name == "amina" and entry.author_device == gui.store.device_id

    gui.qtbot.waitUntil(lambda: editor.contacts_table.item(0, 0).text() == "Erased person",
                        timeout=WAIT_MS)
    name = editor.contacts_table.item(0, 0)
    assert name.font().italic() and data["erased_on"] in name.toolTip()
    assert editor.contacts_table.item(0, 4).text() == ""  # no consent date (never 1970)
    editor.contacts_table.selectRow(0)
    assert not button.isEnabled() and "already erased" in button.toolTip()
    assert "erased, at headquarters and on this computer" in editor.contacts_status.text()
    with gui.store.engine.connect() as connection:
        kept = connection.execute(text("SELECT full_name, email, phone, notes FROM contacts "
                                       "WHERE id = :id"), {"id": ids["contact"]}).one()
    assert tuple(kept) == ("", None, None, None)


class NoLink(requests.adapters.BaseAdapter):
    """A computer without a connection: every request fails as a dropped link does."""

    def send(self, request: requests.PreparedRequest, *args: Any,
             **kwargs: Any) -> requests.Response:
        raise requests.exceptions.ConnectionError("no route to host")

    def close(self) -> None:
        pass


def confirm_erasure(desk: Gui, editor: Any) -> str:
    """Erase the selected contact after the question; the message shown when it failed."""
    editor.erase_contact_button.click()
    next(b for b in editor.erase_box.buttons() if b.text() == "Erase").click()
    desk.qtbot.waitUntil(lambda: editor.erase_failed_box is not None
                         and editor.erase_failed_box.isVisible(), timeout=WAIT_MS)
    failed = editor.erase_failed_box
    message = str(failed.text())
    failed.close()
    editor.erase_failed_box = None
    return message


def test_offline_or_refused_the_erasure_says_so_in_words_and_nothing_changes(
        gui: Gui, world: World) -> None:  # noqa: F811
    """Without a connection, Erase says headquarters could not be reached and that erasing
    needs one; when headquarters refuses (the user is no longer in the Civil Society Team),
    it says who may erase.  Never a code; the person keeps their data, the action stays
    available."""
    gui.login()
    ids = gui.write(org_with_contact)
    gui.sync()
    editor = show_organization(gui, ids["org"])
    gui.qtbot.waitUntil(lambda: not editor.erase_contact_button.isHidden(), timeout=WAIT_MS)
    editor.contacts_table.selectRow(0)

    online, gui.adapter = gui.adapter, NoLink()
    offline = confirm_erasure(gui, editor)
    assert "could not be reached" in offline and "needs a connection" in offline
    assert "unreachable" not in offline
    gui.adapter = online
    with world.engine.begin() as connection:
        accounts.update_user(connection, "amina", role="field", countries=["KE"])
    refused = confirm_erasure(gui, editor)
    assert "only the Civil Society Team" in refused and "forbidden" not in refused
    assert at_hq(world, ids["contact"])["full_name"] == NAME
    assert editor.contacts_table.item(0, 0).text() == NAME
    assert editor.erase_contact_button.isEnabled() and editor.contacts_status.isHidden()


def test_field_and_partner_users_are_not_offered_the_erasure(world: World, tmp_path: Path,
                                                             qtbot: Any) -> None:  # noqa: F811
    """The same contact in the editor of a field office (Kenya) and of the organization's
    own partner: no "Erase Personal Data…" (headquarters would refuse them anyway:
    tests/sync/server/test_erase_endpoint.py)."""
    desk = world.device("HQ-DESK", "amina")
    with desk.write() as writer:
        ids = org_with_contact(writer)
    desk.sync()
    world.user("juma", role="field", countries=["KE"])
    world.user("rlo", role="partner", organization_id=ids["org"], countries=["KE"])
    for user in ("juma", "rlo"):
        other = Gui(tmp_path / user, world.adapter, qtbot)
        try:
            other.login(user=user)
            editor = show_organization(other, ids["org"])
            editor.contacts_table.selectRow(0)
            settle(qtbot, other.ops)
            assert editor.erase_contact_button.isHidden(), user
            assert editor.ask_erase_contact() is None
        finally:
            other.close()


def test_an_erased_person_has_no_name_consent_date_or_form_anywhere(
        world: World, tmp_path: Path, qtbot: Any) -> None:  # noqa: F811
    """Headquarters erases a contact (over the API, from an hq user's device); a field
    office's next sync brings the blanks: its contacts list says "Erased person" (grey,
    italic) with no consent date, opening the person explains why there is no form, the
    activity's participants grid says "Erased person" too, and so does the Trash once the
    contact is deleted."""
    desk = world.device("HQ-DESK", "amina")
    with desk.write() as writer:
        ids = org_with_contact(writer)
    desk.sync()
    world.user("juma", role="field", countries=["KE"])
    office = Gui(tmp_path / "office", world.adapter, qtbot)
    try:
        office.login(user="juma")
        day = client.order_erasure(SERVER_URL, desk.client.token, "contacts", ids["contact"],
                                   session=world.session)
        office.sync()
        editor = show_organization(office, ids["org"])
        qtbot.waitUntil(lambda: editor.contacts_table.item(0, 0).text() == "Erased person",
                        timeout=WAIT_MS)
        name = editor.contacts_table.item(0, 0)
        assert name.font().italic() and day in name.toolTip()
        assert [editor.contacts_table.item(0, c).text() for c in (2, 3, 4)] == ["", "", ""]
        editor.contacts_table.selectRow(0)
        editor.edit_contact()
        assert editor.dialog is None  # no form
        explained = editor.erased_box
        assert explained is not None and "nothing to edit" in explained.text()
        explained.close()

        office.window.open_record("activities", ids["activity"])
        activity = office.window.activities.editor
        grid = activity.participants_panel.model
        qtbot.waitUntil(lambda: grid.rowCount() == 1
                        and grid.index(0, CONTACT).data() == "Erased person", timeout=WAIT_MS)
        assert grid.index(0, CONTACT).data(Qt.ItemDataRole.FontRole).italic()

        office.write(lambda w: w.delete("contacts", ids["contact"]))
        office.window.go("trash")
        trash = office.window.trash
        qtbot.waitUntil(lambda: trash.table.rowCount() == 1, timeout=WAIT_MS)
        cell = trash.table.item(0, 1)
        assert cell is not None and cell.text() == "Erased person — Haki Africa"
        assert cell.font().italic()
    finally:
        office.close()
