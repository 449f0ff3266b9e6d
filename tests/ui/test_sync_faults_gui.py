"""Network faults met by the real main window ("Try to break it", item 2).

A data folder with 3,000 demo organizations is enrolled with a real headquarters process
(``running_server``, SQLite) through the link emulator (``sync/linkemu.py``) on a fixed
loopback port.  For each fault — the connection cut mid-upload and mid-download, a stall
longer than the read timeout, a damaged gzip reply, a proxy answering 503 every time, a
host name that does not resolve, a refused connection and a 64 kbit/s link — a sync is
started from the GUI as a person would (the Sync page's button or F9) and the test checks:

(a) the GUI thread makes no network call and runs no query on the replica
    (:func:`gui_thread_io`), never hangs (a :class:`Heartbeat` bound of seconds,
    ``HANG_MS``; how long it is kept from its event loop is measured by the benchmarks,
    not asserted), and meanwhile the person searches the organizations and opens one;
(b) the Sync page and the status bar show a translated message naming what happened, and
    the page says when it will try again;
(c) once the fault is gone, a sync from the GUI completes and the replica holds exactly
    what headquarters holds, with nothing pending and no conflict.

Cancel is tested on a slow link.  The longest block and the message of each fault are
printed (``pytest -s``) for docs/reliability.md.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import create_engine, select, text

import sync.client as client_module
from lookingbeyond_desktop.demo import generate
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.exchange import export_json
from lookingbeyond_desktop.store.sync_adapter import replication_for
from lookingbeyond_desktop.ui.heartbeat import Heartbeat
from lookingbeyond_desktop.ui.main_window import MainWindow
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.sync_page import human_sync_message
from sync.client import SyncClient, enrol, save_token
from sync.linkemu import LinkEmu
from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server import accounts
from sync.server.database import init_database, make_engine
from sync.server.schema import conflicts, records
from tests.sync.credentials import PASSWORD
from tests.sync.http_proxy import MisbehavingProxy
from tests.sync.server.hq_server import Server, running_server
from tests.ui.conftest import HANG_MS, WAIT_MS, gui_thread_io, settle

ORGANIZATIONS = 3_000
RESULTS: dict[str, dict[str, Any]] = {}  # fault -> what was measured (printed at the end)


# -- headquarters, the link and the replica (once for the module) ---------------------------


class Link:
    """The link emulator on one fixed port: :meth:`set` replaces it with one that has other
    faults (the replica's server address stays the same); :meth:`down` leaves nobody
    listening on the port (connection refused)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.emu: LinkEmu | None = LinkEmu("127.0.0.1", target_port).start()
        self.port = self.emu.port
        self.url = self.emu.url

    def set(self, **faults: Any) -> LinkEmu:
        """A fresh link with ``faults`` (LinkEmu's arguments); none: a healthy link."""
        self.down()
        self.emu = LinkEmu("127.0.0.1", self.target_port, listen_port=self.port, **faults).start()
        return self.emu

    def down(self) -> None:
        """Stop the link: the port refuses connections."""
        if self.emu is not None:
            self.emu.stop()
            self.emu = None


@dataclass
class Site:
    """Headquarters, the link in front of it, the desktop's data folder and its token, and
    another office ("juma", a field user for Tuvalu) whose new records the desktop pulls."""

    server: Server
    hq_url: str
    link: Link
    folder: Path
    device_id: str
    token: str
    other: Store
    other_client: SyncClient
    made: int = 0
    notes: int = 0

    def other_creates(self, count: int) -> None:
        """The other office creates ``count`` organizations and syncs (straight to HQ)."""
        start, self.made = self.made, self.made + count
        with self.other.write(author="juma") as writer:
            writer.create_many("organizations", [
                {"name": f"Tuvalu Civic Forum {n:05d}", "country": "TV",
                 "notes": f"Community meetings on Funafuti, report {n} " + "·" * 120}
                for n in range(start, start + count)])
        self.other_client.sync()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """3,000 organizations on the desktop, pushed through the link to a running
    headquarters (SQLite), which also knows another office."""
    tmp = tmp_path_factory.mktemp("sync-faults-gui")
    hq_url = f"sqlite:///{tmp / 'hq.db'}"
    engine = make_engine(hq_url)
    init_database(engine)
    with engine.begin() as connection:
        accounts.add_user(connection, "amina", PASSWORD, role="hq")
        accounts.add_user(connection, "juma", PASSWORD, role="field", countries=["TV"])
    engine.dispose()
    folder = tmp / "desk"
    with Store.open(folder) as store:
        generate(store, organizations=ORGANIZATIONS, seed=11)
    with running_server(hq_url) as server:
        link = Link(int(server.base.rsplit(":", 1)[1]))
        other = Store.open(tmp / "other")
        try:
            answer = enrol(server.base, "juma", PASSWORD, other.device_id, "funafuti")
            other_replication = replication_for(other)
            other_replication.configure(server_url=server.base, user_name="juma")
            other_client = SyncClient(other_replication, server.base, answer["token"])
            with Store.open(folder) as store:
                replication = replication_for(store)
                token = enrol(link.url, "amina", PASSWORD, store.device_id, "desk")["token"]
                replication.configure(server_url=link.url, user_name="amina")
                SyncClient(replication, link.url, token).sync()
                device_id = store.device_id
            yield Site(server, hq_url, link, folder, device_id, token, other, other_client)
        finally:
            link.down()
            other.close()
    if RESULTS:
        print("\nfault | longest GUI block | code | message shown")
        for name, found in RESULTS.items():
            print(f"{name} | {found.get('worst_ms', 0):.0f} ms | {found.get('code')} | "
                  f"{found.get('message')} | {json.dumps({k: v for k, v in found.items() if k not in ('worst_ms', 'code', 'message')})}")


class Desk:
    """The real main window on the site's data folder (default network session)."""

    def __init__(self, site: Site, qtbot: Any) -> None:
        self.site = site
        self.qtbot = qtbot
        self.store = Store.open(site.folder, create=False)
        self.ops = Ops(self.store)
        self.window = MainWindow(self.ops, QSettings())
        qtbot.addWidget(self.window)
        self.window.show()
        self.window.activateWindow()
        qtbot.waitUntil(lambda: self.window.organizations.model.loaded and self.ops.idle,
                        timeout=2 * WAIT_MS)
        qtbot.waitUntil(lambda: bool(self.window.overview_state.get("server_url")), timeout=WAIT_MS)
        settle(qtbot, self.ops)
        self.service = self.window.sync_service
        self.page = self.window.sync_page
        # How the latest sync started ended, recorded from before it starts: a sync may end
        # before the test gets round to waiting for it (a race on a busy machine otherwise).
        self.ended: list[tuple[str, Any]] = []
        self.service.sig_started.connect(self._started)
        self.service.sig_finished.connect(self._finished)
        self.service.sig_failed.connect(self._failed)

    def _started(self) -> None:
        self.ended.clear()

    def _finished(self, report: Any) -> None:
        self.ended.append(("finished", report))

    def _failed(self, code: str, message: str, retryable: bool) -> None:
        self.ended.append(("failed", (code, message, retryable)))

    def write(self, fn: Callable[[Any], Any]) -> Any:
        """A write through the window's database worker, waited for."""
        answer: list[Any] = []
        self.ops.write(fn, answer.append)
        self.qtbot.waitUntil(lambda: bool(answer), timeout=2 * WAIT_MS)
        settle(self.qtbot, self.ops)
        return answer[0]

    def edit_notes(self, count: int) -> None:
        """The person edits the notes of ``count`` organizations (pending changes)."""
        self.site.notes += 1
        stamp = self.site.notes

        def edit(writer: Any) -> int:
            ids = [row_id for (row_id,) in writer.connection.execute(text(
                "SELECT id FROM organizations WHERE deleted = 0 ORDER BY id LIMIT :n"), {"n": count})]
            for row_id in ids:
                writer.update("organizations", row_id, {"notes": f"Visit {stamp}: follow-up agreed."})
            return len(ids)

        assert self.write(edit) == count

    def point_at(self, url: str) -> None:
        """Point the replica at another server address (as if it had been enrolled there)."""
        replication_for(self.store).configure(server_url=url, user_name="amina")
        self.window.refresh_status()
        self.qtbot.waitUntil(lambda: self.window.overview_state.get("server_url") == url,
                             timeout=WAIT_MS)
        settle(self.qtbot, self.ops)

    def start_sync(self, how: str) -> None:
        """Start a sync as a person would: the Sync page's button, or F9 anywhere."""
        if how == "button":
            self.window.go("sync")
            self.qtbot.mouseClick(self.page.sync_button, Qt.MouseButton.LeftButton)
        else:
            self.window.activateWindow()
            self.qtbot.keyClick(self.window, Qt.Key.Key_F9)
        assert self.service.busy, f"the sync did not start ({how})"

    def keep_working(self) -> dict[str, Any]:
        """While the sync runs: search the organizations and open the first one found.
        Returns what was seen, whether the sync was running when the person began to type,
        and whether it still was at the end."""
        window, qtbot = self.window, self.qtbot
        window.go("organizations")
        page = window.organizations
        before = page.model.rowCount()
        page.search.setFocus()
        page.search.clear()
        began = self.service.busy
        qtbot.keyClicks(page.search, "forum")
        qtbot.waitUntil(lambda: page.model.loaded and 0 < page.model.rowCount() < before
                        and page.model.cached(0) is not None, timeout=WAIT_MS)
        found = page.model.rowCount()
        name = page.model.cached(0)["name"]
        page.table.selectRow(0)
        qtbot.waitUntil(lambda: page.editor.title.text() == name, timeout=WAIT_MS)
        assert "forum" in name.lower()
        during = self.service.busy
        page.search.clear()
        return {"search_results": found, "opened": name, "typed_while_busy": began,
                "while_busy": during}

    def wait_end(self, timeout: int = 4 * WAIT_MS) -> tuple[str, Any]:
        """Wait until the latest sync started has ended (at once when it already has):
        ("finished", report) or ("failed", (code, message, retryable))."""
        self.qtbot.waitUntil(lambda: bool(self.ended) and not self.service.busy, timeout=timeout)
        settle(self.qtbot, self.ops)
        return self.ended[0]

    def sync_cleanly(self) -> Any:
        """After the fault: a sync from the GUI that must complete (a sync the application
        started by itself when the connection came back counts too)."""
        settle(self.qtbot, self.ops)
        if not self.service.busy:
            self.start_sync("button")
        outcome, report = self.wait_end()
        assert outcome == "finished", f"the sync after the fault failed: {report}"
        assert "Sent" in self.page.report_label.text()
        self.window.refresh_status()
        settle(self.qtbot, self.ops)
        return report

    def close(self) -> None:
        self.service.sig_started.disconnect(self._started)
        self.service.sig_finished.disconnect(self._finished)
        self.service.sig_failed.disconnect(self._failed)
        self.window.close()
        self.ops.shutdown()
        self.store.close()


@pytest.fixture
def desk(site: Site, qtbot: Any) -> Iterator[Desk]:
    """The main window on the enrolled replica, reaching headquarters through a healthy
    link (its token in this test's keyring)."""
    save_token(site.device_id, site.token)
    site.link.set()
    opened = Desk(site, qtbot)
    if replication_for(opened.store).status().server_url != site.link.url:
        opened.point_at(site.link.url)
    # The application freezes what start-up made (app.run calls gc.freeze()); do the same
    # with what this test process holds (pytest, earlier tests: a full collection of it takes
    # ~300 ms here), so the heartbeat measures the application, not the test runner.
    gc.collect()
    gc.freeze()
    try:
        yield opened
    finally:
        gc.unfreeze()
        opened.close()
        site.link.set()


# -- what is checked after every fault ------------------------------------------------------


def assert_holds_what_hq_holds(desk: Desk) -> None:
    """Every synced table of the replica equals headquarters' records, nothing is pending,
    and neither side recorded a conflict (nothing was applied twice)."""
    out = desk.site.folder.parent / "desk-export.json"
    with desk.store.engine.connect() as connection:
        export_json(connection, out, include_deleted=True, include_at_risk=True)
        local_conflicts = connection.execute(text("SELECT count(*) FROM conflicts")).scalar()
    mine = json.loads(out.read_text(encoding="utf-8"))
    engine = create_engine(desk.site.hq_url)
    try:
        with engine.connect() as connection:
            held: dict[str, list[dict[str, Any]]] = {}
            for row in connection.execute(select(records).order_by(records.c.tbl, records.c.id)):
                held.setdefault(row.tbl, []).append({"id": row.id, **row.data})
            hq_conflicts = connection.execute(select(conflicts)).all()
    finally:
        engine.dispose()
    for table in REGISTRY.names:
        names = REGISTRY.table(table).field_names
        theirs = [{name: r.get(name) for name in names} for r in held.get(table, [])]
        assert len(mine[table]) == len(theirs), table
        assert mine[table] == theirs, table
    assert len(mine["organizations"]) >= ORGANIZATIONS
    assert replication_for(desk.store).status().pending == 0
    assert desk.page.pending_label.text().startswith("0 change")
    assert desk.window.pending_label.text().startswith("0 change")
    assert hq_conflicts == [] and local_conflicts == 0
    assert desk.page.error_label.text() == "No problem"


def assert_told(desk: Desk, code: str, raw: str) -> str:
    """The failure is on the Sync page and in the status bar in the person's language
    (the application's translated text for that code, not the client's English, not a
    traceback), with the next try announced; returns the page's text."""
    shown = human_sync_message(code, raw)
    untold = "\0 (HTTP 503)"  # what human_sync_message gives back for a code it does not know
    assert human_sync_message(code, untold) != untold, f"no translated message for {code!r}"
    for bad in ("Traceback", "unknown error", "Error:", "Exception"):
        assert bad.lower() not in shown.lower()
    report = desk.page.report_label.text()
    assert report.startswith(shown), report
    assert "Trying again in 1 minute" in report
    assert desk.service.retry_timer.isActive()
    assert desk.window.statusBar().currentMessage() == shown
    desk.window.go("sync")
    desk.window.refresh_status()
    settle(desk.qtbot, desk.ops)
    assert desk.page.error_label.text() == shown  # "Last problem:", translated as well
    assert desk.page.report_label.isVisible()  # said once, under "Sync now", in red
    assert not desk.page.error_label.isVisible()
    assert desk.page.sync_button.isEnabled() and not desk.page.cancel_button.isVisible()
    return report


# -- the faults -----------------------------------------------------------------------------


@contextmanager
def cut_upload(site: Site, desk: Desk) -> Iterator[None]:
    """Every connection cut after 20 kB of request (the push is ~60 kB of gzip)."""
    desk.edit_notes(1_500)
    site.link.set(drop_after_bytes=20_000, drop_count="up", bandwidth=2_000_000)
    try:
        yield
    finally:
        site.link.set()


@contextmanager
def cut_download(site: Site, desk: Desk) -> Iterator[None]:
    """Every connection cut after 8 kB of reply, while 800 new organizations wait to be
    pulled (a small push goes with the request: its reply is the one lost)."""
    site.other_creates(800)
    desk.edit_notes(50)
    site.link.set(drop_after_bytes=8_000, drop_count="down", bandwidth=2_000_000)
    try:
        yield
    finally:
        site.link.set()


@contextmanager
def stall(site: Site, desk: Desk) -> Iterator[None]:
    """The link delivers nothing for 5 s after 2 kB; the read timeout is 1.5 s."""
    desk.edit_notes(300)
    site.link.set(stall_after_bytes=2_000, stall_seconds=5.0)
    timeout = client_module.READ_TIMEOUT
    client_module.READ_TIMEOUT = 1.5
    try:
        yield
    finally:
        client_module.READ_TIMEOUT = timeout
        site.link.set()


@contextmanager
def damaged_reply(site: Site, desk: Desk) -> Iterator[None]:
    """A proxy on the way cuts each gzip sync reply in half (Content-Length adjusted)."""
    site.other_creates(200)
    desk.edit_notes(100)
    proxy = MisbehavingProxy(site.server.base, damage=lambda raw: raw[: len(raw) // 2])
    try:
        desk.point_at(proxy.url)
        yield
    finally:
        desk.point_at(site.link.url)
        proxy.close()


@contextmanager
def proxy_503(site: Site, desk: Desk) -> Iterator[None]:
    """A proxy answering 503 to every request (more often than the session retries)."""
    desk.edit_notes(100)
    proxy = MisbehavingProxy(site.server.base, failures=None, status=503)
    try:
        desk.point_at(proxy.url)
        yield
        assert proxy.seen >= 3  # the first try and the session's two retries
    finally:
        desk.point_at(site.link.url)
        proxy.close()


@contextmanager
def dns_failure(site: Site, desk: Desk) -> Iterator[None]:
    """The server's name does not resolve (``.invalid`` is reserved for that)."""
    desk.edit_notes(100)
    try:
        desk.point_at(f"http://headquarters.invalid:{site.link.port}")
        yield
    finally:
        desk.point_at(site.link.url)


@contextmanager
def refused(site: Site, desk: Desk) -> Iterator[None]:
    """Nobody listens on the server's port any more."""
    desk.edit_notes(100)
    site.link.down()
    try:
        yield
    finally:
        site.link.set()


FAULTS: dict[str, tuple[Callable[..., Any], set[str], str]] = {
    # name: (fault, codes it may end with, how the sync is started)
    "cut mid-upload": (cut_upload, {"unreachable"}, "button"),
    "cut mid-download": (cut_download, {"unreachable"}, "F9"),
    "stall beyond the read timeout": (stall, {"timeout"}, "button"),
    "damaged gzip reply": (damaged_reply, {"bad_reply"}, "F9"),
    "503 from a proxy, every time": (proxy_503, {"http_error"}, "button"),
    "DNS failure (.invalid)": (dns_failure, {"dns"}, "F9"),
    "connection refused": (refused, {"unreachable"}, "button"),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_network_fault_is_told_retried_and_then_the_sync_completes(
        name: str, site: Site, desk: Desk) -> None:
    """A sync started from the GUI meets the fault: the GUI thread makes no network call, runs
    no query and never hangs while the person searches and opens an organization; the sync ends in a
    retryable error told in translated words on the Sync page, in its "Last problem" and
    in the status bar, with the next try announced.  With the fault gone, a sync from the
    GUI completes and the replica equals headquarters, nothing pending, no conflict."""
    fault, codes, how = FAULTS[name]
    beat = Heartbeat()
    with fault(site, desk), gui_thread_io(desk.store.engine) as seen:
        beat.start()
        started = time.monotonic()
        desk.start_sync(how)
        work = desk.keep_working()
        outcome, args = desk.wait_end()
        elapsed = time.monotonic() - started
        qtbot = desk.qtbot
        qtbot.wait(300)  # the follow-up queries after the sync, watched too
        beat.stop()
        assert seen.network == [], f"network calls on the GUI thread: {seen.network[:5]}"
        assert seen.queries == [], f"queries on the GUI thread: {seen.queries[:5]}"
        assert outcome == "failed", f"{name}: the sync completed despite the fault"
        code, raw, retryable = args
        assert code in codes, (code, raw)
        assert retryable, (code, raw)
        report = assert_told(desk, code, raw)
    RESULTS[name] = {"worst_ms": beat.worst, "code": code, "message": report,
                     "seconds": round(elapsed, 1), **work}
    assert beat.worst < HANG_MS, f"GUI thread hung {beat.worst:.0f} ms during {name}"
    assert len(beat.gaps) > 20
    desk.sync_cleanly()
    assert desk.window.hq_label.text() == "Headquarters: reachable"
    assert_holds_what_hq_holds(desk)


def test_a_64_kbit_link_completes_with_progress_and_a_responsive_gui(site: Site, desk: Desk) -> None:
    """At 64 kbit/s with 300 ms round trips, a sync that sends 150 edits and receives 100
    new organizations takes seconds: the page shows progress, the person starts searching
    while it runs and keeps working, the GUI thread makes no network call and never hangs,
    and the sync completes with the replica equal to headquarters."""
    site.other_creates(100)
    desk.edit_notes(150)
    link = site.link.set(bandwidth=64_000, rtt=0.3)
    beat = Heartbeat()
    beat.start()
    with gui_thread_io(desk.store.engine) as seen:
        started = time.monotonic()
        desk.start_sync("button")
        assert desk.page.progress.isVisible() and desk.page.cancel_button.isVisible()
        assert desk.page.progress_label.text()
        work = desk.keep_working()
        outcome, report = desk.wait_end()
        elapsed = time.monotonic() - started
        desk.qtbot.wait(300)
    beat.stop()
    assert outcome == "finished", report
    # Not whether the sync outlasted the search (on a busy machine the search may be slower
    # than the link): that the person could start working while it ran.
    assert work["typed_while_busy"], "the sync had ended before the person could type"
    assert seen.network == [] and seen.queries == [], (seen.network[:5], seen.queries[:5])
    assert report.pushed_rows == 150 and report.pulled_rows >= 100
    RESULTS["64 kbit/s link"] = {"worst_ms": beat.worst, "code": "completed",
                                 "message": desk.page.report_label.text(),
                                 "seconds": round(elapsed, 1), "bytes": link.stats().total, **work}
    assert beat.worst < HANG_MS, f"GUI thread hung {beat.worst:.0f} ms on the slow link"
    desk.window.refresh_status()
    settle(desk.qtbot, desk.ops)
    assert_holds_what_hq_holds(desk)


def test_cancel_on_a_slow_link_stops_between_batches_and_leaves_the_replica_consistent(
        site: Site, desk: Desk) -> None:
    """Editing all 3,000 organizations makes a push of several batches; on a 384 kbit/s link
    the person presses Cancel after the first batch: the page says at once that it is
    stopping, the sync ends as "cancelled" after the batch in flight (no retry scheduled),
    the acknowledged part is kept and the rest still waits, the database is intact, and the
    next sync completes with the replica equal to headquarters."""
    desk.edit_notes(ORGANIZATIONS)
    pending = replication_for(desk.store).status().pending
    site.link.set(bandwidth=384_000)
    rounds: list[int] = []
    desk.service.sig_progress.connect(lambda _stage, done, _pulled: rounds.append(done))
    stalled: list[int] = []

    def hold_the_second_batch(_stage: str, done: int, _pulled: int) -> None:
        # In the sync's own thread (a direct connection), right after the first round trip:
        # the link delivers nothing for 5 s, so the second batch is still in flight when
        # Cancel is pressed, however late the busy GUI thread handles the progress.
        if not stalled:
            stalled.append(done)
            assert site.link.emu is not None
            site.link.emu.stall(5)

    desk.service._worker.sig_progress.connect(hold_the_second_batch, Qt.ConnectionType.DirectConnection)
    beat = Heartbeat()
    beat.start()
    desk.start_sync("button")
    desk.qtbot.waitUntil(lambda: bool(rounds), timeout=2 * WAIT_MS)
    assert desk.service.busy, "the sync ended within one batch: nothing to cancel"
    pressed = time.monotonic()
    desk.qtbot.mouseClick(desk.page.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelling" in desk.page.progress_label.text()
    assert not desk.page.cancel_button.isEnabled()
    outcome, args = desk.wait_end()
    latency = time.monotonic() - pressed
    beat.stop()
    assert outcome == "failed" and args[0] == "cancelled", args
    assert "cancelled" in desk.page.report_label.text().lower()
    assert desk.window.statusBar().currentMessage() == human_sync_message("cancelled", args[1])
    assert not desk.service.retry_timer.isActive()
    assert desk.page.sync_button.isEnabled() and not desk.page.cancel_button.isVisible()
    left = replication_for(desk.store).status().pending
    assert 0 < left < pending
    with desk.store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    RESULTS["cancel on a 384 kbit/s link"] = {
        "worst_ms": beat.worst, "code": "cancelled", "message": desk.page.report_label.text(),
        "seconds_to_stop": round(latency, 1), "rounds_before_cancel": rounds[0],
        "pending_before": pending, "pending_after": left, "rounds": list(rounds)}
    assert beat.worst < HANG_MS, f"GUI thread hung {beat.worst:.0f} ms"
    site.link.set()
    desk.sync_cleanly()
    assert_holds_what_hq_holds(desk)
