"""The headquarters server process killed with SIGKILL in the middle of a batch, on SQLite and
on PostgreSQL, then another server started on the same database and port.

Two ways of landing the kill:

- a test-only hook (``LOOKINGBEYOND_TEST_STALL``, see sync/server/service.py) makes the server
  sleep inside its open transaction after a big push's writes, or after the first page of a
  big pull; the test waits for the hook's line in the server's log, checks that the database
  shows the transaction in progress, and kills;
- without any hook: the test watches the database for a writing transaction (PostgreSQL:
  ``pg_stat_activity.backend_xid``; SQLite: the WAL write lock on the ``-shm`` file, probed with
  ``F_GETLK``, which takes no lock) and kills as soon as one has lasted a few milliseconds.

Afterwards the device that was syncing gets a clear retryable error, a sync while the server is
down gets one too (quickly), and once a new server runs: every replica holds exactly
headquarters' data, nothing is pending, nothing is doubled, there is no conflict, and the
headquarters database is consistent (sequence numbers unique and gap-free up to the counter,
one creation per record, every record's scope keys present and right, pushed_seq right).
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.pool import NullPool

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.client import SyncClient, SyncError, SyncReport, enrol, make_session
from sync.server import scopes
from sync.server.database import normalise_url
from sync.server.schema import ENTRY_SEQ, changelog, conflicts, counter, devices, named_changelog, records
from sync.server.service import STALL_ENV
from tests.sync.credentials import PASSWORD
from tests.sync.server.hq_server import ServerProcess, free_port, start_server
from tests.sync.test_faults import Replica, assert_retryable

pytestmark = pytest.mark.slow


def org(i: int) -> dict[str, Any]:
    return {"name": f"Organization {i:05d} " + "x" * 40, "country": "KE", "notes": f"note {i}"}


# Kills without a hook go on until one lands inside a transaction, at most this many.
KILLS_AT_MOST = 8


def wait_for(condition: Callable[[], bool], what: str, limit: float = 60, step: float = 0.005) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(step)


class Headquarters:
    """One headquarters database, and the server processes started and killed on it (always
    on the same port, so the replicas keep their configured address)."""

    def __init__(self, url: str, tmp_path: Path) -> None:
        self.url = url
        self.tmp_path = tmp_path
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server: ServerProcess | None = None
        self.made: list[Replica] = []
        # No pooled SQLite connection in this process: sqlite_write_locked() closes a
        # descriptor of the -shm file, which would drop this process's locks on it.
        self.engine = create_engine(normalise_url(url), poolclass=NullPool)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def command(self, *args: str, stdin: str = "") -> None:
        done = subprocess.run([sys.executable, "-m", "lookingbeyond_desktop.headquarters", *args, "--database-url", self.url],
                              input=stdin, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr

    def start(self, stall: str | None = None) -> ServerProcess:
        assert self.server is None
        for attempt in range(50):  # the port of a killed server may take a moment to free
            try:
                self.server = start_server(self.url, port=self.port, env={STALL_ENV: stall} if stall else {})
                break
            except RuntimeError as error:
                if attempt == 49 or "address already in use" not in str(error).lower():
                    raise
                time.sleep(0.1)
        assert self.server is not None
        return self.server

    def kill(self) -> str:
        """SIGKILL the server; returns what it wrote."""
        assert self.server is not None
        self.server.kill()
        output = self.server.output()
        self.server.log.unlink(missing_ok=True)
        self.server = None
        return output

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def replica(self, name: str, user: str) -> Replica:
        store = Store.open(self.tmp_path / name)
        replication = replication_for(store)
        answer = enrol(self.base, user, PASSWORD, store.device_id, name)
        replication.configure(server_url=self.base, user_name=user)
        made = Replica(name, store, replication, answer["token"])
        self.made.append(made)
        return made

    # -- looking into the database while a server works ----------------------------------

    def writing(self) -> bool:
        """Whether a transaction that has written (or holds the write lock) is open now."""
        if self.backend == "postgresql":
            with self.engine.connect() as connection:
                return bool(connection.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()")).scalar())
        return sqlite_write_locked(Path(normalise_url(self.url).database or ""))

    def count(self, table: Any) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(text("count(*)")).select_from(table)).scalar_one())

    def pushed_seq(self, device_id: str) -> int:
        with self.engine.connect() as connection:
            query = select(devices.c.pushed_seq).where(devices.c.id == device_id)
            return int(connection.execute(query).scalar_one())


def sqlite_write_locked(database: Path) -> bool:
    """Whether another process holds SQLite's WAL write lock (byte 120 of the ``-shm`` file).
    ``F_GETLK`` only asks: it takes no lock, so the server is not disturbed.  This process
    must hold no SQLite connection to the file (closing the probe would drop its locks)."""
    try:
        fd = os.open(f"{database}-shm", os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        query = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 120, 1, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        return bool(struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK)
    finally:
        os.close(fd)


@pytest.fixture
def hq(hq_url: str, tmp_path: Path) -> Iterator[Headquarters]:
    """An initialised headquarters (SQLite or PostgreSQL) with users amina and juma (hq) and
    kioko (field, Kenya); password PASSWORD.  No server runs yet."""
    place = Headquarters(hq_url, tmp_path)
    place.command("init")
    for name, role in (("amina", "hq"), ("juma", "hq"), ("kioko", "field")):
        place.command("user", "add", name, "--role", role, *(["--country", "KE"] if role == "field" else []),
                      "--password-stdin", stdin=f"{PASSWORD}\n")
    try:
        yield place
    finally:
        place.stop()
        for made in place.made:
            made.store.close()
        place.engine.dispose()


def sync_in_background(replica: Replica, base: str) -> tuple[threading.Thread, list[BaseException]]:
    """Start ``replica``'s sync in a thread; the list gets its exception (if any)."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            replica.client(base, session=make_session(retries=0)).sync()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            failures.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, failures


def killed_sync_error(thread: threading.Thread, failures: list[BaseException]) -> SyncError:
    """The error of the sync whose server was killed: retryable, for a person."""
    thread.join(60)
    assert not thread.is_alive(), "the sync did not end after the server was killed"
    assert len(failures) == 1, failures
    error = failures[0]
    assert isinstance(error, SyncError), repr(error)
    assert error.code in ("unreachable", "timeout"), (error.code, error.message)
    assert_retryable(error)
    return error


def assert_down_error_is_quick_and_retryable(replica: Replica, base: str) -> SyncError:
    """A sync while no server runs: a retryable "unreachable" within the client's bounded
    retries (make_session's default), not a hang and not a traceback."""
    started = time.monotonic()
    with pytest.raises(SyncError) as caught:
        replica.client(base).sync()
    assert time.monotonic() - started < 10
    assert caught.value.code == "unreachable"
    assert_retryable(caught.value)
    assert replica.replication.status().last_error == caught.value.message
    return caught.value


def check_headquarters(hq: Headquarters) -> dict[str, int]:
    """The headquarters database is consistent: sequence numbers of changelog entries and
    conflicts (made and resolved) are unique and exactly 1..counter; every changelog entry
    names a record; each record was created once; each record's stored scope keys are the
    ones its data gives (and present); no conflict; SQLite passes integrity_check."""
    with hq.engine.connect() as connection:
        top = int(connection.execute(select(counter.c.seq)).scalar_one())
        # each entry with its record's table and id, a run's one by one (migration 0030)
        log = connection.execute(select(ENTRY_SEQ, changelog.c.fields, changelog.c.device_no, records.c.tbl,
                                        records.c.id).select_from(named_changelog)).all()
        # ... and as many as the rows stand for: none names a record headquarters lacks
        standing = connection.execute(select(func.sum(func.coalesce(changelog.c.more, 0) + 1))).scalar() or 0
        found = connection.execute(select(conflicts)).all()
        stored = {(r.tbl, r.id): r for r in connection.execute(select(records))}
        keys: dict[tuple[str, str], set[str]] = {}
        for r in connection.execute(select(records.c.tbl, records.c.id, records.c.scope_keys)):
            if r.scope_keys:
                keys[(r.tbl, r.id)] = set(r.scope_keys)
        if hq.backend == "sqlite":
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert found == [], f"spurious conflicts: {found[:3]}"
    assert len(log) == standing, "change-log entries naming no record"
    seqs = [e.seq for e in log] + [c.seq for c in found] + [c.resolved_seq for c in found if c.resolved_seq]
    assert sorted(seqs) == list(range(1, top + 1)), "sequence numbers not unique and gap-free"
    assert {(e.tbl, e.id) for e in log} <= set(stored)
    creations = Counter((e.tbl, e.id) for e in log if e.fields is None and e.device_no)  # from a device
    assert set(creations) == set(stored) and max(creations.values(), default=1) == 1
    for (table, record_id), row in stored.items():
        want = scopes.record_keys(table, record_id, dict(row.data), lambda t, i: keys.get((t, i), set()))
        have = {k for k in keys.get((table, record_id), set()) if not k.startswith(f"{scopes.GROW_PREFIX}:")}
        assert want and have == want, (table, record_id, have, want)
    return {"records": len(stored), "changelog": len(log), "counter": top}


def export(replica: Replica, tmp_path: Path) -> Any:
    data = replica.export(tmp_path)
    for rows in data.values():  # the same rows in the same order whatever the arrival order
        if isinstance(rows, list):
            rows.sort(key=lambda r: str(r.get("id")) if isinstance(r, dict) else str(r))
    return data


def assert_converged(hq: Headquarters, tmp_path: Path, syncing: list[Replica], expected: int) -> None:
    """Every replica syncs once more; then all hold the same data, nothing pending, each
    device's pushed_seq at headquarters is its last change; a fresh field device pulls every
    record exactly once."""
    for replica in syncing:
        replica.client(hq.base).sync()
    fresh = hq.replica("fresh", "kioko")
    report: SyncReport = fresh.client(hq.base).sync()
    assert report.pulled_rows == expected, "a fresh device did not get every record exactly once"
    truth = export(fresh, tmp_path)
    assert len(truth["organizations"]) == expected
    assert len({o["name"] for o in truth["organizations"]}) == expected  # nothing doubled
    for replica in syncing:
        state = replica.replication.status()
        assert state.pending == 0 and state.last_error is None, state
        assert replica.replication.conflicts(include_resolved=True) == [], replica.name
        assert hq.pushed_seq(state.device_id) == state.last_seq == state.pushed_seq
        assert export(replica, tmp_path) == truth, replica.name
    summary = check_headquarters(hq)
    assert summary["records"] == expected


# -- the hook: a kill inside the open transaction ---------------------------------------------


def test_server_killed_while_applying_a_big_push(hq: Headquarters, tmp_path: Path) -> None:
    """After a first 500 organizations went through, device A pushes 2,500 more: the server
    is SIGKILLed inside the transaction of the first batch (rows, changelog, counter and
    pushed_seq written, not committed).  Nothing of it is visible at headquarters, A's sync
    fails retryably and keeps everything pending; a sync while down is a quick retryable
    "unreachable"; after a new server starts, A pushes again and everything converges."""
    hq.start()
    a, b = hq.replica("a", "amina"), hq.replica("b", "juma")
    with a.store.write() as writer:
        for i in range(500):
            writer.create("organizations", org(i))
    a.client(hq.base).sync()
    b.client(hq.base).sync()
    with b.store.write() as writer:  # B has work of its own too
        for i in range(200):
            writer.create("organizations", org(10_000 + i))
    b.client(hq.base).sync()
    hq.stop()
    before = check_headquarters(hq)
    pushed_before = a.replication.status().pushed_seq

    hq.start(stall="push")
    with a.store.write() as writer:
        for i in range(500, 3_000):
            writer.create("organizations", org(i))
    thread, failures = sync_in_background(a, hq.base)
    wait_for(lambda: "test stall: push" in (hq.server.output() if hq.server else ""), "the push to stall")
    assert hq.writing(), "no transaction in progress at the moment of the kill"
    hq.kill()
    error = killed_sync_error(thread, failures)
    print(f"{hq.backend} push kill: {error.code}: {error.message}")
    after = check_headquarters(hq)
    assert after == before, "a killed transaction left something behind"
    state = a.replication.status()
    assert state.pushed_seq == pushed_before and state.pending == 2_500
    assert_down_error_is_quick_and_retryable(a, hq.base)
    wait_for(lambda: not hq.writing(), "the killed transaction to go away", limit=30, step=0.05)

    hq.start()
    a.client(hq.base).sync()
    assert_converged(hq, tmp_path, [a, b], 3_200)


def test_server_killed_while_building_a_big_pull(hq: Headquarters, tmp_path: Path) -> None:
    """Device B's round trip carries a push of 100 organizations and asks for 2,000 others:
    the server is SIGKILLed while the pull answer is being built (after its first page), B's
    push already committed in the round trip's first transaction.  B's error is retryable;
    headquarters holds B's push once, B (which got no answer) keeps it pending; after a new
    server starts, B sends it again (recognised, not applied twice) and gets everything
    exactly once."""
    hq.start()
    a, b = hq.replica("a", "amina"), hq.replica("b", "juma")
    with a.store.write() as writer:
        for i in range(2_000):
            writer.create("organizations", org(i))
    a.client(hq.base).sync()
    hq.stop()
    before = check_headquarters(hq)

    hq.start(stall="pull")
    with b.store.write() as writer:
        for i in range(100):
            writer.create("organizations", org(10_000 + i))
    thread, failures = sync_in_background(b, hq.base)
    wait_for(lambda: "test stall: pull" in (hq.server.output() if hq.server else ""), "the pull to stall")
    # The pull's transaction writes nothing (on SQLite it holds the write lock all the same).
    assert hq.writing() == (hq.backend == "sqlite")
    hq.kill()
    error = killed_sync_error(thread, failures)
    print(f"{hq.backend} pull kill: {error.code}: {error.message}")
    applied = check_headquarters(hq)
    assert applied == {name: count + 100 for name, count in before.items()}
    state = b.replication.status()
    assert (state.cursor, state.pushed_seq, state.pending) == (0, 0, 100)
    with b.store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM organizations").scalar() == 100
    assert_down_error_is_quick_and_retryable(b, hq.base)
    wait_for(lambda: not hq.writing(), "the killed transaction to go away", limit=30, step=0.05)

    hq.start()
    report = b.client(hq.base).sync()
    assert report.pulled_rows == 2_000 and report.pushed_rows == 100
    assert check_headquarters(hq) == applied  # the push sent again was not applied again
    assert_converged(hq, tmp_path, [a, b], 2_100)


# -- no hook: a kill when the database shows a writing transaction ---------------------------


def test_server_killed_when_a_write_is_seen_in_the_database(hq: Headquarters, tmp_path: Path) -> None:
    """No hook: while device A pushes thousands of organizations (several batches), the
    server is SIGKILLed as soon as the database shows a writing transaction lasting a few ms;
    each time a new server starts and A syncs again.  Where each kill landed is recorded from
    the change log counted while that transaction was open: a kill after its commit, or
    inside it (rolled back).  Either way nothing is doubled or lost.  The kills go on (at
    most KILLS_AT_MOST) until at least two were made and one landed inside a transaction: on
    a quick machine a batch's transaction can commit between the probe and the kill."""
    hq.start()
    a, b = hq.replica("a", "amina"), hq.replica("b", "juma")
    created = 0

    def create(count: int) -> None:
        nonlocal created
        with a.store.write() as writer:
            for i in range(created, created + count):
                writer.create("organizations", org(i))
        created += count

    create(3_000)
    landed: Counter[str] = Counter()
    kills = 0
    while kills < 2 or not landed["inside the transaction"]:
        assert kills < KILLS_AT_MOST, f"no kill of {kills} landed inside a transaction: {dict(landed)}"
        if hq.server is None:
            hq.start()
        if a.replication.status().pending < 1_500:  # enough left to push for several batches
            create(3_000)
        thread, failures = sync_in_background(a, hq.base)
        counted: list[int] = []

        def seen() -> bool:  # a writing transaction seen twice, 3 ms apart (the log counted between)
            if not hq.writing():
                return False
            log = hq.count(changelog)
            time.sleep(0.003)
            if not hq.writing():
                return False
            counted.append(log)
            return True

        wait_for(lambda: seen() or not thread.is_alive(), "a writing transaction", step=0.001)
        assert thread.is_alive(), f"kill {kills}: the sync finished before a write was seen ({failures})"
        hq.kill()
        kills += 1
        thread.join(60)
        assert not thread.is_alive()
        if failures:
            error = failures[0]
            assert isinstance(error, SyncError), repr(error)
            assert_retryable(error)
        # The transaction seen open after the count either committed (the log grew) or died.
        committed = hq.count(changelog) > counted[0]
        landed["after commit" if committed else "inside the transaction"] += 1
        check_headquarters(hq)
        wait_for(lambda: not hq.writing(), "the killed transaction to go away", limit=30, step=0.05)
    print(f"{hq.backend} kills without hook: {dict(landed)}")
    assert_down_error_is_quick_and_retryable(a, hq.base)
    hq.start()
    a.client(hq.base).sync()
    assert_converged(hq, tmp_path, [a, b], created)


def test_the_sqlite_write_lock_probe_sees_a_writer(tmp_path: Path) -> None:
    """The F_GETLK probe used above answers True while another process holds a write
    transaction on a WAL database, and False before and after."""
    database = tmp_path / "probe.db"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE t (x)")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); c.execute('INSERT INTO t VALUES (1)')\n"
         "print('held', flush=True); sys.stdin.readline(); c.execute('COMMIT')\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "held"
        assert sqlite_write_locked(database)
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
        assert not sqlite_write_locked(database)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
