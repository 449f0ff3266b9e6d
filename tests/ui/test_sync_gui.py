"""The desktop side of sync against the real headquarters app (in process, through
tests/sync/harness.py): login, Sync now, conflicts, cancel, failures and back-off, the
mass-delete question, and a GUI thread that never waits for the network."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from lookingbeyond_desktop.store import Store, cipher
from lookingbeyond_desktop.store.sync_adapter import replication_for
from lookingbeyond_desktop.ui.heartbeat import Heartbeat
from lookingbeyond_desktop.ui.main_window import MainWindow
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.sync_page import human_sync_message
from lookingbeyond_desktop.ui.organizations.model import SYNC_ROLE
from sync import bundle, client
from sync.server.database import init_database, make_engine
from tests.sync.credentials import PASSWORD
from tests.sync.harness import SERVER_URL, AppAdapter, session_for
from tests.sync.world import World
from tests.ui.conftest import HANG_MS, WAIT_MS, MemoryKeyring, settle


class SlowAdapter(AppAdapter):
    """The real app behind a link that takes ``delay`` seconds per request; ``entered`` is
    set while a request is on its way, and a request waits for ``gate`` (open unless a test
    closes it).  ``on_gui_thread`` counts the requests sent from the GUI thread."""

    def __init__(self, app: Any, delay: float) -> None:
        super().__init__(app)
        self.delay = delay
        self.entered = threading.Event()
        self.gate = threading.Event()
        self.gate.set()
        self.requests = 0
        self.on_gui_thread = 0

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.requests += 1
        if threading.current_thread() is threading.main_thread():
            self.on_gui_thread += 1
        self.entered.set()
        assert self.gate.wait(WAIT_MS / 1000), "the test never opened the gate"
        time.sleep(self.delay)
        return super().send(request, **kwargs)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """Headquarters (SQLite) with user "amina" (password PASSWORD, role hq)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    init_database(engine)
    found = World(engine, tmp_path)
    found.user("amina")
    yield found
    found.close()
    engine.dispose()


class Gui:
    """A main window on its own replica whose network requests reach ``adapter``."""

    def __init__(self, folder: Path, adapter: Any, qtbot: Any) -> None:
        self.store = Store.open(folder)
        self.ops = Ops(self.store)
        self.adapter = adapter
        self.window = MainWindow(self.ops, QSettings(),
                                 sync_session_factory=lambda: session_for(self.adapter))
        qtbot.addWidget(self.window)
        self.window.show()
        self.qtbot = qtbot
        settle(qtbot, self.ops)

    @property
    def page(self) -> Any:
        return self.window.sync_page

    def login(self, user: str = "amina", password: str = PASSWORD) -> None:
        """Log in from the Sync page and wait for the first sync to end."""
        self.window.go("sync")
        self.page.server_edit.setText(SERVER_URL)
        self.page.user_edit.setText(user)
        self.page.password_edit.setText(password)
        with self.qtbot.waitSignal(self.window.sync_service.sig_finished, timeout=2 * WAIT_MS):
            self.page.login_button.click()
        settle(self.qtbot, self.ops)

    def sync(self) -> None:
        """Click Sync now and wait for the end of the sync."""
        service = self.window.sync_service
        with self.qtbot.waitSignals([service.sig_finished], timeout=2 * WAIT_MS,
                                    raising=True):
            self.page.sync_button.click()
        settle(self.qtbot, self.ops)

    def write(self, fn: Any) -> Any:
        """A write through the GUI's database worker, waited for."""
        answer: list[Any] = []
        self.ops.write(fn, answer.append)
        self.qtbot.waitUntil(lambda: bool(answer), timeout=WAIT_MS)
        settle(self.qtbot, self.ops)
        return answer[0]

    def close(self) -> None:
        self.window.close()
        self.ops.shutdown()
        self.store.close()


@pytest.fixture
def gui(world: World, tmp_path: Path, qtbot: Any) -> Iterator[Gui]:
    """The desktop on an empty replica, talking to the world's headquarters."""
    opened = Gui(tmp_path / "desk", world.adapter, qtbot)
    yield opened
    opened.close()


def _mark(gui: Gui, org_id: str) -> Any:
    model = gui.window.organizations.model
    settle(gui.qtbot, gui.ops)
    for row in range(model.rowCount()):
        model.data(model.index(row, 0))
        settle(gui.qtbot, gui.ops)
        record = model.cached(row)
        if record and record["id"] == org_id:
            return model.data(model.index(row, 0), SYNC_ROLE)
    raise AssertionError(f"{org_id} is not listed")


def test_login_from_the_sync_page_enrols_and_keeps_the_token_in_the_keyring(
        gui: Gui, memory_keyring: MemoryKeyring) -> None:
    """A new computer shows the login form and "not enrolled"; logging in enrols the
    device, puts its token and its keys for sync by file in the keyring (not in the
    database), hides the form, runs the first sync and shows the server, a last-sync time
    and a reachable headquarters."""
    page = gui.page
    gui.window.go("sync")
    assert page.login_box.isVisible()
    assert "not enrolled" in gui.window.hq_label.text()
    assert not page.sync_button.isEnabled()
    gui.login()
    # The token, and this computer's keys for sync by file (with headquarters' public ones),
    # beside the key of the data folder's database made when the folder was.
    database_keys = [entry for entry in memory_keyring.secrets
                     if entry[1].startswith(cipher.KEYRING_PREFIX)]
    assert len(database_keys) == 1
    assert sorted(set(memory_keyring.secrets) - set(database_keys)) == [
        (client.KEYRING_SERVICE, gui.store.device_id),
        (client.KEYRING_SERVICE, gui.store.device_id + bundle.KEYRING_SUFFIX)]
    assert bundle.load_keys(gui.store.device_id).hq is not None  # type: ignore[union-attr]
    assert not page.login_box.isVisible()
    assert SERVER_URL in page.server_label.text()
    assert page.last_sync_label.text() not in ("", "Never")
    assert gui.window.hq_label.text() == "Headquarters: reachable"
    assert page.sync_button.isEnabled()
    assert page.password_edit.text() == ""


def test_wrong_password_and_missing_keyring_are_told_in_words(gui: Gui) -> None:
    """A refused login and a machine without a keyring each leave the form on screen with a
    message a person can act on."""
    page = gui.page
    gui.window.go("sync")
    page.server_edit.setText(SERVER_URL)
    page.user_edit.setText("amina")
    page.password_edit.setText("wrong")
    with gui.qtbot.waitSignal(gui.window.sync_service.sig_enrol_failed, timeout=WAIT_MS):
        page.login_button.click()
    assert page.login_box.isVisible() and page.login_message.text()

    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    page.password_edit.setText(PASSWORD)
    with gui.qtbot.waitSignal(gui.window.sync_service.sig_enrol_failed, timeout=WAIT_MS) as blocker:
        page.login_button.click()
    assert blocker.args[0] == "no_keyring"
    assert "keyring" in page.login_message.text().lower()
    assert page.login_box.isVisible()


def test_sync_now_sends_a_new_organization_and_clears_its_marker(gui: Gui, world: World) -> None:
    """An organization created on the desktop is marked "pending" in the table and counted
    as waiting; Sync now sends it: the page shows a last sync and 0 changes waiting, the
    marker goes, and another computer receives the organization."""
    gui.login()
    org_id = gui.write(lambda w: w.create("organizations", {"name": "Mwangaza Trust", "country": "KE"}))
    gui.window.refresh_status()
    settle(gui.qtbot, gui.ops)
    assert _mark(gui, org_id) == "pending"
    assert gui.page.pending_label.text().startswith("1 change")  # plural form: translator
    gui.window.go("sync")
    gui.sync()
    gui.qtbot.waitUntil(lambda: gui.page.pending_label.text().startswith("0 change"), timeout=WAIT_MS)
    assert gui.page.last_sync_label.text() not in ("", "Never")
    assert gui.window.pending_label.text().startswith("0 change")
    assert "Sent 1 record" in gui.page.report_label.text()
    assert _mark(gui, org_id) is None
    other = world.device("other", "amina")
    other.sync()
    assert other.value("organizations", org_id, "name") == "Mwangaza Trust"


def test_a_conflict_between_two_computers_is_settled_on_the_conflicts_page(
        gui: Gui, world: World) -> None:
    """The same phone number changed on the desktop and on another computer: after both
    sync, the desktop lists one conflict ("Conflicts (1)", the row marked "conflict") with
    both values side by side; "Keep the other" settles it, and after syncing the other
    computer holds the chosen value too."""
    gui.login()
    org_id = gui.write(lambda w: w.create("organizations", {"name": "Bridges", "country": "KE"}))
    gui.sync()
    other = world.device("other", "amina")
    other.sync()
    gui.write(lambda w: w.update("organizations", org_id, {"phone": "+254 111"}))
    with other.write() as w:
        w.update("organizations", org_id, {"phone": "+254 222"})
    other.sync()
    gui.sync()
    page = gui.window.conflicts
    gui.window.go("conflicts")
    settle(gui.qtbot, gui.ops)
    assert len(page.conflicts) == 1
    assert gui.window.nav.item(6).text() == "Conflicts (1)"
    assert _mark(gui, org_id) == "conflict"
    assert {page.kept_value.text(), page.other_value.text()} == {"+254 111", "+254 222"}
    assert "Bridges" in page.title.text()
    other_value = page.other_value.text()
    page.other_button.click()
    settle(gui.qtbot, gui.ops)
    assert page.conflicts == [] and page.empty.isVisible()
    gui.qtbot.waitUntil(lambda: gui.window.nav.item(6).text() == "Conflicts (0)", timeout=WAIT_MS)
    with gui.store.engine.connect() as connection:
        assert connection.execute(text("SELECT phone FROM organizations WHERE id = :i"),
                                  {"i": org_id}).scalar() == other_value
    gui.sync()
    other.sync()
    assert other.value("organizations", org_id, "phone") == other_value


def test_two_merges_of_one_record_are_told_by_name_on_the_conflicts_page(
        gui: Gui, world: World) -> None:
    """The desktop merges a record into one organization while another computer merges it
    into another: the conflict names both records kept (never an id), says what to do, and
    offers no "Keep the other" (a merge is redone by merging)."""
    from lookingbeyond_desktop.store.merges import merge

    gui.login()
    ids = gui.write(lambda w: [w.create("organizations", {"name": name, "country": "MA"})
                               for name in ("Transparency Maroc", "Transparency Morocco",
                                            "ترانسبرانسي المغرب")])
    gui.sync()
    other = world.device("other", "amina")
    other.sync()
    with other.write() as w:
        merge(w, ids[1], ids[2])
    gui.write(lambda w: merge(w, ids[0], ids[2]))
    other.sync()
    gui.sync()
    page = gui.window.conflicts
    gui.window.go("conflicts")
    settle(gui.qtbot, gui.ops)
    assert len(page.conflicts) == 1
    shown = {page.kept_value.text(), page.other_value.text()}
    assert shown == {"Merged into “Transparency Maroc”", "Merged into “Transparency Morocco”"}
    assert "merged into two different records" in page.explain.text()
    assert not page.other_button.isEnabled() and page.keep_button.isEnabled()


def test_cancel_stops_a_sync_and_keeps_what_was_sent(world: World, tmp_path: Path, qtbot: Any) -> None:
    """Cancel during a slow sync stops it before the next round trip: the page says it was
    cancelled, no retry is scheduled, and the buttons come back."""
    slow = SlowAdapter(world.adapter.client.app, delay=0.0)
    gui = Gui(tmp_path / "desk", slow, qtbot)
    try:
        gui.login()
        gui.write(lambda w: w.create_many("organizations", [
            {"name": f"Organization {n:03d} " + "x" * 2000, "country": "KE"} for n in range(300)]))
        # The first request is held until Cancel is pressed: the press lands while it is in
        # flight however slow the machine (no race against a delay).
        slow.gate.clear()
        slow.entered.clear()
        service = gui.window.sync_service
        with qtbot.waitSignal(service.sig_failed, timeout=2 * WAIT_MS) as blocker:
            gui.page.sync_button.click()
            qtbot.waitUntil(slow.entered.is_set, timeout=WAIT_MS)
            assert gui.page.cancel_button.isVisible()
            gui.page.cancel_button.click()
            slow.gate.set()
        assert blocker.args[0] == "cancelled"
        assert "cancelled" in gui.page.report_label.text().lower()
        assert not service.retry_timer.isActive()
        assert not service.busy and gui.page.sync_button.isEnabled()
        assert replication_for(gui.store).status().pending > 0  # the rest waits for the next sync
    finally:
        gui.close()


def test_an_unreachable_server_is_explained_and_retried_with_back_off(gui: Gui) -> None:
    """When headquarters cannot be reached the page and the status bar say so in words,
    and the sync is tried again after 1 minute, then 2: the back-off doubles."""
    replication = replication_for(gui.store)
    replication.configure(server_url="http://127.0.0.1:9", user_name="amina")
    client.save_token(gui.store.device_id, "token")
    gui.window.sync_service.session_factory = lambda: client.make_session(retries=0)
    gui.window.refresh_status()
    settle(gui.qtbot, gui.ops)
    service = gui.window.sync_service
    for minutes in (1, 2):
        with gui.qtbot.waitSignal(service.sig_failed, timeout=2 * WAIT_MS) as blocker:
            gui.window.sync_action.trigger()
        assert blocker.args[0] == "unreachable"
        assert "Unable to connect to headquarters" in gui.page.report_label.text()
        assert service.retry_timer.isActive()
        assert service.retry_timer.interval() == minutes * 60_000
        assert gui.window.hq_label.text() == "Headquarters: unreachable"
    settle(gui.qtbot, gui.ops)
    gui.window.refresh_status()
    settle(gui.qtbot, gui.ops)
    assert gui.page.error_label.text().startswith("Unable to connect")
    assert gui.window.banner.isVisible()  # enrolled, never synced


def test_mass_delete_is_asked_with_the_numbers_and_applied_on_yes(gui: Gui, world: World) -> None:
    """When another computer deleted most records, the sync stops and asks with the
    numbers; answering Yes syncs again allowing the deletions."""
    gui.login()
    gui.write(lambda w: w.create_many("organizations", [
        {"name": f"Org {n}", "country": "KE"} for n in range(25)]))
    gui.sync()
    other = world.device("other", "amina")
    other.sync()
    with other.write() as w:
        for (org_id,) in w.connection.execute(text("SELECT id FROM organizations")).all():
            w.delete("organizations", org_id)
    other.sync()
    service = gui.window.sync_service
    with gui.qtbot.waitSignal(service.sig_mass_delete, timeout=2 * WAIT_MS) as blocker:
        gui.page.sync_button.click()
    assert blocker.args == [25, 25]
    gui.qtbot.waitUntil(lambda: gui.page.question is not None and gui.page.question.isVisible(),
                        timeout=WAIT_MS)
    box = gui.page.question
    assert "25" in box.text()
    with gui.qtbot.waitSignal(service.sig_finished, timeout=2 * WAIT_MS):
        box.button(QMessageBox.StandardButton.Yes).click()
    settle(gui.qtbot, gui.ops)
    with gui.store.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT count(*) FROM organizations WHERE deleted = 0")).scalar() == 0


def test_the_gui_thread_is_not_blocked_during_a_sync(world: World, tmp_path: Path, qtbot: Any) -> None:
    """A sync over a slow link (0.5 s per request) runs on the network thread: no request is
    sent from the GUI thread, and its heartbeat keeps beating (never a hang of seconds)."""
    slow = SlowAdapter(world.adapter.client.app, delay=0.0)
    gui = Gui(tmp_path / "desk", slow, qtbot)
    try:
        gui.login()
        gui.write(lambda w: w.create("organizations", {"name": "Slow link", "country": "KE"}))
        slow.delay = 0.5
        beat = Heartbeat()
        beat.start()
        gui.sync()
        beat.stop()
        assert slow.requests >= 2
        assert slow.on_gui_thread == 0, "a sync request was sent from the GUI thread"
        assert len(beat.gaps) > 50
        assert beat.worst < HANG_MS, f"GUI thread hung {beat.worst:.0f} ms"
    finally:
        gui.close()


def test_the_banner_warns_after_days_without_a_sync(gui: Gui) -> None:
    """No banner before enrolment or right after a sync; a banner once the last successful
    sync is older than the configured number of days."""
    assert not gui.window.banner.isVisible()
    gui.login()
    assert not gui.window.banner.isVisible()
    with gui.store.engine.begin() as connection:
        connection.execute(text("UPDATE sync_state SET last_sync_at = '2020-01-01T00:00:00+00:00'"))
    gui.window.refresh_status()
    settle(gui.qtbot, gui.ops)
    assert gui.window.banner.isVisible()
    assert "day" in gui.window.banner_label.text()


def test_the_last_problem_is_told_in_the_persons_words_after_a_restart(
    world: World, tmp_path: Path, qtbot: Any
) -> None:
    """A failed sync is stored with its code; a window opened later on the same data folder
    shows the translated words for that code under "Last problem", not the client's English
    message (which stays for the command line's `status`)."""
    folder = tmp_path / "desk"
    first = Gui(folder, world.adapter, qtbot)
    try:
        replication = replication_for(first.store)
        replication.configure(server_url="http://127.0.0.1:9", user_name="amina")
        client.save_token(first.store.device_id, "token")
        first.window.sync_service.session_factory = lambda: client.make_session(retries=0)
        first.window.refresh_status()
        settle(qtbot, first.ops)
        with qtbot.waitSignal(first.window.sync_service.sig_failed, timeout=2 * WAIT_MS):
            first.window.sync_action.trigger()
        settle(qtbot, first.ops)
        stored = replication_for(first.store).status().last_error
    finally:
        first.close()
    assert stored and stored.startswith("Unable to connect")
    second = Gui(folder, world.adapter, qtbot)
    try:
        second.window.refresh_status()
        settle(qtbot, second.ops)
        shown = second.page.error_label.text()
        assert shown == human_sync_message("unreachable", stored)
        assert shown != stored  # the page's own words, not the client's
        assert second.page.error_label.isVisibleTo(second.page)
    finally:
        second.close()


def test_rows_kept_aside_and_withdrawals_are_told_on_the_sync_page(gui: Gui) -> None:
    """A pulled row this version could not store appears in the "could not sync" list in
    the person's words (the field, never the value); a sync that withdrew records says how
    many left this office's scope."""
    from tests.sync.pulled import Answers, organization

    answers = Answers()
    bad = answers.row("organizations", organization(name=None, email="hidden@example.org"))
    replication_for(gui.store).apply_response(None, answers.response([bad]), local_clock_ms=0)
    gui.window.go("sync")
    gui.page.refresh_refusals()
    settle(gui.qtbot, gui.ops)
    table = gui.page.quarantine_table
    assert gui.page.refusals_box.isVisible() and table.rowCount() == 1
    words = table.item(0, 0).text()
    assert words == ("Headquarters sent an organization this version could not store: "
                     "“Name” is missing")
    assert "hidden@example.org" not in words
    gui.window.sync_service.sig_finished.emit(client.SyncReport(withdrawn=12))
    # "records" once the English plural forms are installed (they are when the locale has no
    # translation of its own), "record(s)" without any translator.
    assert re.search(r"12 records? ?(\(s\))? left this office's scope and were removed from this "
                     r"computer\.", gui.page.report_label.text())


def test_a_refused_change_is_told_in_words_and_the_lists_fit_a_small_screen(
        gui: Gui, world: World) -> None:
    """A change headquarters refuses because the account no longer covers the record's
    country is listed under a reason in the person's words, with the record's name (never
    headquarters' code or English text); at 1024×600 the page scrolls instead of squeezing:
    both lists keep room for their rows (tests/ui/test_refused_changes.py has the rest)."""
    from sync.server import accounts

    made = gui.write(lambda w: w.create("organizations", {"name": "Youth Action", "country": "KE"}))
    gui.login()
    with world.engine.begin() as connection:
        accounts.update_user(connection, "amina", role="field", countries=["KE"])
    gui.write(lambda w: w.update("organizations", made, {"country": "MX"}))
    gui.sync()
    gui.page.refresh_refusals()
    settle(gui.qtbot, gui.ops)
    model, view = gui.page.refused_model, gui.page.refused_view
    assert model.rowCount() == 1
    group = model.index(0, 0)
    assert group.data() == ("Headquarters does not allow your account to change this region's "
                            "records.")
    assert model.index(0, 0, group).data() == "Youth Action"
    assert "out_of_scope" not in str(model.index(0, 0, group).data(Qt.ItemDataRole.ToolTipRole))
    gui.window.resize(1024, 600)
    settle(gui.qtbot, gui.ops)
    rows = view.sizeHintForRow(0)
    assert view.height() >= view.header().height() + 2 * rows
    assert gui.page.quarantine_table.minimumHeight() >= 2 * rows
