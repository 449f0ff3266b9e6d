"""Sync by file from the window (issue 16): the Sync page writes a sealed file for
headquarters and reads the reply headquarters made for it, against the real headquarters
app in process (the file imported as ``lookingbeyond-server bundle import`` does), and tells
a person what the file holds, what the reply did, and every failure in words.  Only the
file dialogs are answered by the test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from lookingbeyond_desktop.headquarters import REGISTRY, validate_pushed
from lookingbeyond_desktop.store.sync_adapter import replication_for
from lookingbeyond_desktop.ui.sync_page import bundle_file_name
from sync.bundle_client import export_bundle
from sync.server import accounts
from sync.server.bundles import import_bundle
from tests.sync.world import World
from tests.ui.conftest import WAIT_MS, gui_thread_io, settle
from tests.ui.test_sync_gui import Gui, world  # noqa: F401 (the world fixture)


@pytest.fixture
def gui(world: World, tmp_path: Path, qtbot: Any) -> Iterator[Gui]:  # noqa: F811
    """The desktop on an empty replica, logged in to the world's headquarters once (which
    gives it headquarters' keys for sync by file), on its Sync page."""
    opened = Gui(tmp_path / "desk", world.adapter, qtbot)
    opened.login()
    opened.window.go("sync")
    yield opened
    opened.close()


class Dialogs:
    """QFileDialog's static calls answered with chosen paths; what they were offered is kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.save_to: Path | None = None
        self.open_from: Path | None = None
        self.offered: list[tuple[str, str]] = []  # (suggested path, filter)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)

    def _save(self, _parent: Any, _title: str, suggested: str, filters: str,
              *_rest: Any) -> tuple[str, str]:
        self.offered.append((suggested, filters))
        return (str(self.save_to) if self.save_to else "", "")

    def _open(self, _parent: Any, _title: str, _folder: str, filters: str,
              *_rest: Any) -> tuple[str, str]:
        self.offered.append(("", filters))
        return (str(self.open_from) if self.open_from else "", "")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """The file dialogs, answered by the test."""
    return Dialogs(monkeypatch)


def write_file(gui: Gui, dialogs: Dialogs, path: Path) -> str:
    """Click "Write a File for Headquarters…", choose ``path``; the page's account."""
    dialogs.save_to = path
    service = gui.window.sync_service
    with gui.qtbot.waitSignals([service.sig_file_written], timeout=WAIT_MS):
        gui.page.write_file_button.click()
    settle(gui.qtbot, gui.ops)
    return gui.page.file_report_label.text()


def read_reply(gui: Gui, dialogs: Dialogs, path: Path, *, fails: bool = False) -> str:
    """Click "Read a Reply from Headquarters…", choose ``path``; the page's account."""
    dialogs.open_from = path
    service = gui.window.sync_service
    signal = service.sig_file_failed if fails else service.sig_reply_read
    with gui.qtbot.waitSignals([signal], timeout=WAIT_MS):
        gui.page.read_reply_button.click()
    settle(gui.qtbot, gui.ops)
    return gui.page.file_report_label.text()


def at_headquarters(world: World, made: Path, reply: Path) -> Any:  # noqa: F811
    """Headquarters imports the file and writes its reply (as ``bundle import`` does)."""
    result = import_bundle(world.engine, REGISTRY, validate_pushed, made.read_bytes())
    reply.write_bytes(result.reply)
    return result


def pending(gui: Gui) -> int:
    """The desk's changes not yet held by headquarters."""
    return replication_for(gui.store).status().pending


def organizations(gui: Gui) -> int:
    """How many organizations the desk stores (tombstones included)."""
    with gui.store.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM organizations")).scalar_one())


def test_a_round_trip_by_file_is_told_in_words_and_empties_the_waiting_changes(
        gui: Gui, world: World, dialogs: Dialogs, tmp_path: Path) -> None:  # noqa: F811
    """An organization made on the desktop goes into the file written from the Sync page
    (offered as lookingbeyond-<computer>-<date>.lbsync): the account says how many changed
    records it carries, that it is sealed for headquarters, that the changes stay "not
    sent", where it was written and how headquarters reads it, and the change is still
    waiting.  Neither job runs a query on the GUI thread.  Headquarters imports it; reading its reply receives another office's
    organization, says so, and "Waiting to be sent" goes to 0."""
    assert gui.page.file_box.isVisible()
    org = gui.write(lambda w: w.create("organizations", {"name": "Turkana Women Network",
                                                         "country": "KE"}))
    other = world.device("nairobi", "amina")
    with other.write() as writer:
        theirs = writer.create("organizations", {"name": "Lodwar Youth Forum", "country": "KE"})
    other.sync()

    (tmp_path / "stick").mkdir()
    with gui_thread_io(gui.store.engine) as seen:  # the work runs on the network thread
        account = write_file(gui, dialogs, tmp_path / "stick" / "to-hq")
    assert seen.queries == []
    made = tmp_path / "stick" / "to-hq.lbsync"  # the extension is added
    suggested, filters = dialogs.offered[0]
    computer = gui.window.overview_state["device_name"]
    assert computer and Path(suggested).name == bundle_file_name(computer, dt.date.today())
    assert Path(suggested).name.startswith("lookingbeyond-")
    assert "*.lbsync" in filters
    assert made.exists() and not list((tmp_path / "stick").glob("*.part"))
    assert "carries 1 changed record" in account
    assert "sealed for headquarters" in account and "“not sent”" in account
    assert str(made) in account and "lookingbeyond-server bundle import" in account
    assert pending(gui) == 1
    gui.qtbot.waitUntil(lambda: gui.page.pending_label.text().startswith("1 change"),
                        timeout=WAIT_MS)

    at_headquarters(world, made, tmp_path / "stick" / "reply.lbsync")
    with gui_thread_io(gui.store.engine) as seen:
        account = read_reply(gui, dialogs, tmp_path / "stick" / "reply.lbsync")
    assert seen.queries == []
    assert "Received 1 record" in account
    assert "Every change made here has reached headquarters." in account
    assert pending(gui) == 0
    gui.qtbot.waitUntil(lambda: gui.page.pending_label.text().startswith("0 change"),
                        timeout=WAIT_MS)
    assert gui.window.pending_label.text().startswith("0 change")
    with gui.store.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM organizations WHERE id = :i"),
                                  {"i": theirs}).scalar() == "Lodwar Youth Forum"
    other.sync()
    assert other.value("organizations", org, "name") == "Turkana Women Network"

    again = read_reply(gui, dialogs, tmp_path / "stick" / "reply.lbsync")
    assert "was read on this computer before; nothing changed" in again


def test_a_damaged_reply_is_refused_in_words_and_changes_nothing(
        gui: Gui, world: World, dialogs: Dialogs, tmp_path: Path) -> None:  # noqa: F811
    """A reply cut short (a USB stick pulled out while copying) is refused with a message
    that says it is damaged and what to do; nothing is read: the change still waits and no
    record arrives."""
    gui.write(lambda w: w.create("organizations", {"name": "Kitale Farmers", "country": "KE"}))
    write_file(gui, dialogs, tmp_path / "to-hq.lbsync")
    at_headquarters(world, tmp_path / "to-hq.lbsync", tmp_path / "reply.lbsync")
    whole = (tmp_path / "reply.lbsync").read_bytes()
    (tmp_path / "cut.lbsync").write_bytes(whole[: len(whole) * 2 // 3])
    before = organizations(gui)
    account = read_reply(gui, dialogs, tmp_path / "cut.lbsync", fails=True)
    assert "damaged or incomplete" in account and "Copy the reply again" in account
    assert "nothing was changed here" in account
    assert pending(gui) == 1 and organizations(gui) == before
    assert gui.page.write_file_button.isEnabled()  # nothing left running


def test_a_reply_made_for_another_computer_is_refused_with_its_message(
        gui: Gui, world: World, dialogs: Dialogs, tmp_path: Path) -> None:  # noqa: F811
    """A reply headquarters made for another computer's file is refused: the page says it
    was made for another computer and to give it to that one; nothing is read."""
    other = world.device("eldoret", "amina")
    with other.write() as writer:
        writer.create("organizations", {"name": "Eldoret Watch", "country": "KE"})
    made = export_bundle(other.replication, other.keys)  # type: ignore[arg-type]
    reply = import_bundle(world.engine, REGISTRY, validate_pushed, made.data).reply
    (tmp_path / "theirs.lbsync").write_bytes(reply)
    before = organizations(gui)
    account = read_reply(gui, dialogs, tmp_path / "theirs.lbsync", fails=True)
    assert "made for another computer" in account
    assert "Give it to the computer it belongs to." in account
    assert organizations(gui) == before


def test_the_file_written_here_is_not_read_as_a_reply(
        gui: Gui, dialogs: Dialogs, tmp_path: Path) -> None:
    """Choosing the file written for headquarters instead of its reply says what that file
    is and where it goes."""
    write_file(gui, dialogs, tmp_path / "to-hq.lbsync")
    account = read_reply(gui, dialogs, tmp_path / "to-hq.lbsync", fails=True)
    assert "not a reply from headquarters" in account and "Take it to headquarters" in account


def test_writing_to_an_unwritable_place_is_told_and_loses_nothing(
        gui: Gui, world: World, dialogs: Dialogs, tmp_path: Path) -> None:  # noqa: F811
    """A USB stick pulled out before the file is written (its folder is gone): the page
    says the file could not be written and that nothing was lost, leaves no partial file,
    and the change is still waiting; the next file, somewhere else, carries it."""
    gui.write(lambda w: w.create("organizations", {"name": "Mwangaza Trust", "country": "KE"}))
    gone = tmp_path / "pulled-stick"
    dialogs.save_to = gone / "to-hq.lbsync"
    service = gui.window.sync_service
    with gui.qtbot.waitSignal(service.sig_file_failed, timeout=WAIT_MS) as failed:
        gui.page.write_file_button.click()
    settle(gui.qtbot, gui.ops)
    assert failed.args[0] == "write"
    account = gui.page.file_report_label.text()
    assert "could not be written there" in account and "Nothing was lost" in account
    assert failed.args[1] not in account  # never the internal code
    assert not gone.exists() and pending(gui) == 1
    account = write_file(gui, dialogs, tmp_path / "to-hq.lbsync")
    assert "carries 1 changed record" in account


def test_a_file_job_and_a_sync_never_run_together(
        gui: Gui, dialogs: Dialogs, tmp_path: Path) -> None:
    """While a file is being written no sync starts (Sync now and the file buttons are
    off), and while a sync runs no file job starts."""
    service = gui.window.sync_service
    with gui.qtbot.waitSignal(service.sig_file_written, timeout=WAIT_MS):
        assert service.write_file(str(tmp_path / "a.lbsync"))
        assert not gui.page.sync_button.isEnabled()
        assert not gui.page.write_file_button.isEnabled()
        assert not gui.window.sync_action.isEnabled()
        assert not service.sync_now()
        assert not service.read_reply(str(tmp_path / "a.lbsync"))
    settle(gui.qtbot, gui.ops)
    with gui.qtbot.waitSignal(service.sig_finished, timeout=2 * WAIT_MS):
        assert service.sync_now()
        assert not service.write_file(str(tmp_path / "b.lbsync"))
        assert not gui.page.read_reply_button.isEnabled()
    settle(gui.qtbot, gui.ops)
    assert not (tmp_path / "b.lbsync").exists()
    assert gui.page.write_file_button.isEnabled() and gui.window.write_file_action.isEnabled()


def test_a_wipe_order_in_a_reply_closes_the_window_for_the_erasure(
        gui: Gui, world: World, dialogs: Dialogs, tmp_path: Path) -> None:  # noqa: F811
    """Headquarters ordered this computer erased and the order comes back in a reply: the
    file's change reaches headquarters first, then the window leaves at once for app.run
    to erase the folder, without telling headquarters over the network (``wipe_by_file``)."""
    org = gui.write(lambda w: w.create("organizations", {"name": "Last Words", "country": "KE"}))
    with world.engine.begin() as connection:
        accounts.request_wipe(connection, gui.store.device_id)
    write_file(gui, dialogs, tmp_path / "to-hq.lbsync")
    result = at_headquarters(world, tmp_path / "to-hq.lbsync", tmp_path / "reply.lbsync")
    assert result.wipe and result.changes == 1
    dialogs.open_from = tmp_path / "reply.lbsync"
    with gui.qtbot.waitSignal(gui.page.sig_reply_read, timeout=WAIT_MS):
        gui.page.read_reply_button.click()
    assert gui.window.wipe_ordered and gui.window.wipe_by_file
    assert not gui.window.isVisible()
    other = world.device("witness", "amina")
    other.sync()
    assert other.value("organizations", org, "name") == "Last Words"


def test_a_reply_that_deletes_many_records_asks_first_and_applies_them_on_yes(
        gui: Gui, world: World, dialogs: Dialogs, tmp_path: Path) -> None:  # noqa: F811
    """Another computer deleted the 25 organizations this desk holds: reading the reply
    stops before changing anything and asks (default No); Yes reads it again allowing the
    deletions (how many, of how many), and they are applied."""
    from PySide6.QtWidgets import QMessageBox

    ids = gui.write(lambda w: [w.create("organizations", {"name": f"Group {n}", "country": "KE"})
                               for n in range(25)])
    gui.sync()
    other = world.device("cleaner", "amina")
    other.sync()
    with other.write() as writer:
        for org in ids:
            writer.delete("organizations", org)
    other.sync()

    def live() -> int:
        with gui.store.engine.connect() as connection:
            return int(connection.execute(text(
                "SELECT count(*) FROM organizations WHERE deleted = 0")).scalar_one())

    write_file(gui, dialogs, tmp_path / "to-hq.lbsync")
    at_headquarters(world, tmp_path / "to-hq.lbsync", tmp_path / "reply.lbsync")
    account = read_reply(gui, dialogs, tmp_path / "reply.lbsync", fails=True)
    assert "would delete many records here, so nothing was changed" in account
    assert live() == 25
    box = gui.page.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "delete 25 of the 25 records" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    with gui.qtbot.waitSignal(gui.window.sync_service.sig_reply_read, timeout=WAIT_MS):
        box.button(QMessageBox.StandardButton.Yes).click()
    settle(gui.qtbot, gui.ops)
    assert live() == 0
    assert "Every change made here has reached headquarters." in gui.page.file_report_label.text()


def test_the_sync_menu_offers_both_actions_with_their_own_shortcuts(
        gui: Gui, dialogs: Dialogs, tmp_path: Path) -> None:
    """Sync > Sync by File holds "Write a File for Headquarters…" (Ctrl+Shift+E) and "Read
    a Reply from Headquarters…" (Ctrl+Shift+R), shortcuts no other action of the window
    uses; the write action, from another page, shows the Sync page and writes the file."""
    from PySide6.QtGui import QAction, QKeySequence

    window = gui.window
    assert [a.text() for a in window.file_menu.actions()] == [
        "&Write a File for Headquarters…", "&Read a Reply from Headquarters…"]
    ours = {window.write_file_action: "Ctrl+Shift+E", window.read_reply_action: "Ctrl+Shift+R"}
    for action, keys in ours.items():
        assert action.shortcut() == QKeySequence(keys)
    taken = [s for a in window.findChildren(QAction) if a not in ours for s in a.shortcuts()]
    assert not {QKeySequence(k) for k in ours.values()} & set(taken)
    window.go("organizations")
    dialogs.save_to = tmp_path / "from-menu.lbsync"
    with gui.qtbot.waitSignal(window.sync_service.sig_file_written, timeout=WAIT_MS):
        window.write_file_action.trigger()
    assert window.stack.currentWidget() is gui.page
    assert (tmp_path / "from-menu.lbsync").exists()
