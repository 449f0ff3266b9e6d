"""Sync > Computers of the Project… (issue 13, remote wipe from the window): an hq user
sees every enrolled computer and orders a lost one erased; others never see the entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from sync.server.schema import devices
from tests.sync.world import World
from tests.ui.conftest import WAIT_MS, settle
from tests.ui.test_sync_gui import Gui, gui, world  # noqa: F401 (fixtures)


def test_an_hq_user_lists_the_computers_and_orders_a_lost_one_erased(gui: Gui, world: World) -> None:  # noqa: F811
    """After logging in as an hq user, Sync > Computers of the Project… lists this computer
    (named so) and a field laptop with their people and states, in words; this computer
    cannot be erased; the laptop can, after a question whose default is Cancel; then the
    list says it is to be erased at its next sync, and headquarters holds the order."""
    world.user("juma", role="field", countries=["KE"])
    laptop = world.device("NAIROBI-1", "juma")
    laptop.sync()
    gui.login()
    qtbot = gui.qtbot
    window = gui.window
    qtbot.waitUntil(lambda: window.devices_action.isVisible(), timeout=WAIT_MS)
    window.devices_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "devices_box", None) is not None, timeout=WAIT_MS)
    dialog = window.devices_box
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2 and dialog.refresh_button.isEnabled(),
                    timeout=WAIT_MS)
    rows = {dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in range(1, 4)]
            for r in range(2)}
    mine = next(name for name in rows if name.endswith("(this computer)"))
    assert rows[mine][0] == "amina" and rows["NAIROBI-1"] == ["juma", rows["NAIROBI-1"][1], "in use"]
    for row in range(2):
        dialog.table.selectRow(row)
        is_mine = dialog.table.item(row, 0).text() == mine
        assert dialog.erase_button.isEnabled() is not is_mine
    dialog.table.selectRow(next(r for r in range(2) if dialog.table.item(r, 0).text() == "NAIROBI-1"))
    dialog.erase_button.click()
    box = dialog.confirm_box
    assert box is not None and "NAIROBI-1" in box.text() and "cannot be undone" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    erase = next(b for b in box.buttons() if b.text() == "Erase")
    erase.click()
    qtbot.waitUntil(lambda: any(dialog.table.item(r, 3) is not None
                                and dialog.table.item(r, 3).text() == "to be erased at its next sync"
                                for r in range(dialog.table.rowCount())), timeout=WAIT_MS)
    with world.engine.connect() as connection:
        ordered = connection.execute(select(devices.c.wipe_requested_at).where(
            devices.c.id == laptop.store.device_id)).scalar()
    assert ordered is not None
    dialog.close()
    settle(qtbot, gui.ops)


def test_a_field_user_never_sees_the_computers_of_the_project(world: World, tmp_path: Path, qtbot: Any) -> None:  # noqa: F811
    """A field office's window has no Computers of the Project entry (headquarters would
    refuse it anyway: tests/sync/test_wipe.py)."""
    world.user("juma", role="field", countries=["KE"])
    desk = Gui(tmp_path / "field-desk", world.adapter, qtbot)
    try:
        desk.login(user="juma")
        settle(qtbot, desk.ops)
        assert not desk.window.devices_action.isVisible()
    finally:
        desk.close()
