"""People, not machines: the window names the headquarters user behind a change and the
computer by the name a person gave it (History, Trash, Conflicts), asks for that name when
logging in, and says "another computer" (its id in a tooltip) while a name is not known."""

from __future__ import annotations

import platform
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from lookingbeyond_desktop.ui.history import HistoryView
from sync.server.database import init_database, make_engine
from sync.wire import MAX_DEVICE_NAME
from tests.sync.world import World
from tests.ui.conftest import WAIT_MS, settle
from tests.ui.test_sync_gui import Gui

DESK = "NAIROBI-LAPTOP-2"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """Headquarters (SQLite) with users "amina" and "juma" (role hq)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    init_database(engine)
    found = World(engine, tmp_path)
    found.user("amina")
    found.user("juma")
    yield found
    found.close()
    engine.dispose()


@pytest.fixture
def gui(world: World, tmp_path: Path, qtbot: Any) -> Iterator[Gui]:
    """The desktop on an empty replica, talking to the world's headquarters."""
    opened = Gui(tmp_path / "desk", world.adapter, qtbot)
    yield opened
    opened.close()


def _login(gui: Gui, device_name: str = DESK) -> None:
    gui.window.go("sync")
    gui.page.device_edit.setText(device_name)
    gui.page.device_edit.setModified(True)  # as typed by a person
    gui.login()


def _history(gui: Gui, org_id: str) -> HistoryView:
    gui.window.open_record("organizations", org_id)
    editor = gui.window.organizations.editor
    gui.qtbot.waitUntil(lambda: editor.org_id == org_id, timeout=WAIT_MS)
    settle(gui.qtbot, gui.ops)
    return editor.history


def test_the_login_form_asks_for_this_computers_name(gui: Gui, world: World) -> None:
    """The login form offers the host name as this computer's name, limited to what
    headquarters keeps; an empty name is refused with a message before any connection;
    the name typed reaches headquarters and the Sync page says it."""
    page = gui.page
    gui.window.go("sync")
    assert page.device_edit.text() == platform.node()
    assert page.device_edit.maxLength() == MAX_DEVICE_NAME
    page.server_edit.setText("http://hq.test")
    page.user_edit.setText("amina")
    page.password_edit.setText("whatever")
    page.device_edit.setText("   ")
    page.login_button.click()
    assert "name" in page.login_message.text() and not gui.window.sync_service.enrolling
    _login(gui)
    with world.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM devices")).scalar_one() == DESK
    gui.qtbot.waitUntil(lambda: DESK in page.server_label.text(), timeout=WAIT_MS)
    assert "amina" in page.server_label.text()


def test_history_trash_and_conflicts_name_people_and_computers(gui: Gui, world: World) -> None:
    """A record made on another computer shows its user and computer name in History; an
    edit here shows the user logged in and "this computer" (its name and id in a
    tooltip); a conflict names both sides "user on computer"; the Trash names who deleted a
    record and where; a computer whose name is not known is "another computer"."""
    _login(gui)
    vienna = world.device("VIENNA-DESK-7", "juma")
    with vienna.write() as writer:
        org_id = writer.create("organizations", {"name": "Bridges", "country": "KE"})
    vienna.sync()
    gui.sync()

    history = _history(gui, org_id)
    assert history.horizontalHeaderItem(2).text() == "Where"
    assert [history.text_at(0, c) for c in (1, 2, 3)] == ["juma", "VIENNA-DESK-7", "Created"]
    assert vienna.store.device_id in history.item(0, 2).toolTip()

    gui.write(lambda w: w.update("organizations", org_id, {"phone": "+254 111"}))
    with vienna.write() as writer:
        writer.update("organizations", org_id, {"phone": "+43 222"})
    vienna.sync()
    gui.sync()
    history = _history(gui, org_id)
    mine = [row for row in range(history.rowCount()) if history.text_at(row, 3) == "Edited"
            and history.text_at(row, 1) == "amina"]
    assert mine and history.text_at(mine[0], 2) == "this computer"
    tip = history.item(mine[0], 2).toolTip()
    assert DESK in tip and gui.store.device_id in tip

    page = gui.window.conflicts
    gui.window.go("conflicts")
    settle(gui.qtbot, gui.ops)
    assert len(page.conflicts) == 1
    origins = {page.kept_origin.text(), page.other_origin.text()}
    assert any("juma on VIENNA-DESK-7" in o for o in origins), origins
    assert any("amina on this computer" in o for o in origins), origins
    tips = page.kept_origin.toolTip() + page.other_origin.toolTip()
    for shown in (f"Computer id: {vienna.store.device_id}", f"Computer id: {gui.store.device_id}",
                  "VIENNA-DESK-7", DESK):
        assert shown in tips
    page.keep_button.click()
    settle(gui.qtbot, gui.ops)

    with vienna.write() as writer:
        writer.delete("organizations", org_id)
    vienna.sync()
    gui.sync()
    trash = gui.window.trash
    gui.window.go("trash")
    gui.qtbot.waitUntil(lambda: trash.table.rowCount() == 1, timeout=WAIT_MS)
    assert trash.table.horizontalHeaderItem(3).text() == "Deleted by"
    assert [trash.table.item(0, c).text() for c in (1, 3, 4)] == [
        "Bridges", "juma", "VIENNA-DESK-7"]
    assert vienna.store.device_id in trash.table.item(0, 4).toolTip()
    assert trash.table.item(0, 2).text()  # when, from the deletion's clock

    with gui.store.engine.begin() as connection:  # a computer not named yet
        connection.execute(text("DELETE FROM device_names WHERE device_id = :d"),
                           {"d": vienna.store.device_id})
    trash.reload()
    gui.qtbot.waitUntil(lambda: trash.table.item(0, 4).text() == "another computer",
                        timeout=WAIT_MS)
    assert vienna.store.device_id in trash.table.item(0, 4).toolTip()
    history = _history(gui, org_id)
    wheres = {history.text_at(row, 2) for row in range(history.rowCount())}
    assert "another computer" in wheres and "VIENNA-DESK-7" not in wheres


def test_a_trash_entry_deleted_here_names_the_person_and_this_computer(gui: Gui) -> None:
    """A record deleted on this computer after logging in is listed as deleted by the
    headquarters user on "this computer" (its name in the tooltip)."""
    _login(gui)
    org_id = gui.write(lambda w: w.create("organizations", {"name": "Kept here", "country": "KE"}))
    gui.write(lambda w: w.delete("organizations", org_id))
    trash = gui.window.trash
    gui.window.go("trash")
    gui.qtbot.waitUntil(lambda: trash.table.rowCount() == 1, timeout=WAIT_MS)
    assert [trash.table.item(0, c).text() for c in (3, 4)] == ["amina", "this computer"]
    assert DESK in trash.table.item(0, 4).toolTip()
