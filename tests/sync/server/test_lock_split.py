"""A sync round trip in two transactions (issue 15, item 3), on SQLite and on PostgreSQL.

The push half (counter lock, rows, change log, counter, the device's ``pushed_seq`` and kept
refusals) commits on its own; the pull half then reads up to the committed counter in a
transaction of its own, without the lock.  These tests use real server processes and the
test-only stall points of sync/server/service.py (``LOOKINGBEYOND_TEST_STALL``):

- a server SIGKILLed between the two halves (or inside the pull half) leaves the push
  applied exactly once; the device, which never got its answer, sends the same batch again:
  headquarters recognises it, applies nothing twice, answers the refusal it had lost, and
  the device pulls everything it had not;
- a change another device commits while a pull half is running is not passed by that
  pull's cursor: it arrives with the next pull (DESIGN invariant 7).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from sync.client import make_session
from sync.server.schema import ENTRY_SEQ, counter, named_changelog, records
from sync.server.service import STALL_ENV, STALL_RELEASE_ENV
from tests.sync.server.hq_server import start_server
from tests.sync.test_server_crash import (  # noqa: F401  (hq: the fixture)
    Headquarters,
    check_headquarters,
    export,
    hq,
    killed_sync_error,
    org,
    sync_in_background,
    wait_for,
)

pytestmark = pytest.mark.slow


def stalled(hq: Headquarters, point: str) -> bool:
    return f"test stall: {point}" in (hq.server.output() if hq.server else "")


def counter_now(hq: Headquarters) -> int:
    with hq.engine.connect() as connection:
        return int(connection.execute(select(counter.c.seq)).scalar_one())


def without(data: dict[str, Any], table: str, row_id: str) -> dict[str, Any]:
    """An export without one row (a row headquarters refused stays on its device)."""
    return {name: [r for r in rows if not (name == table and isinstance(r, dict) and r.get("id") == row_id)]
            if isinstance(rows, list) else rows for name, rows in data.items()}


@pytest.mark.parametrize("point", ["between", "pull"])
def test_a_server_killed_after_the_push_committed_leaves_it_applied_once(
        hq: Headquarters, tmp_path: Path, point: str) -> None:
    """Field device A pushes 200 organizations and one it may not write (another country),
    and is to pull 1,100 that B added.  The server is SIGKILLed after A's push committed:
    before the pull's transaction began ("between"), or inside it after its first page
    ("pull").  Headquarters holds the push once (with A's ``pushed_seq``), A got no answer
    and keeps its 201 changes pending.  On a new server A sends the same batch again: it is
    recognised (the change log does not grow), the refusal lost with the answer is answered,
    A pulls B's 1,100 organizations, and A, B and a new device hold the same data."""
    hq.start()
    a, b = hq.replica("a", "kioko"), hq.replica("b", "amina")
    with b.store.write() as writer:
        for i in range(300):
            writer.create("organizations", org(i))
    b.client(hq.base).sync()
    a.client(hq.base).sync()
    with b.store.write() as writer:  # more than a pull's first chunk (service.PULL_CHUNK)
        for i in range(300, 1_400):
            writer.create("organizations", org(i))
    b.client(hq.base).sync()
    hq.stop()
    before = check_headquarters(hq)
    state = a.replication.status()
    cursor_before, pushed_before = state.cursor, state.pushed_seq

    hq.start(stall=point)
    with a.store.write() as writer:
        for i in range(10_000, 10_200):
            writer.create("organizations", org(i))
        wrong = writer.create("organizations", {"name": "Somewhere Else", "country": "MX"})
    thread, failures = sync_in_background(a, hq.base)
    wait_for(lambda: stalled(hq, point), f"the sync to stall ({point})")
    # The push is committed: no writing transaction is open (SQLite's pull half holds the
    # write lock all the same: every transaction there begins IMMEDIATE).
    assert hq.writing() == (point == "pull" and hq.backend == "sqlite")
    assert hq.pushed_seq(state.device_id) == pushed_before + 201
    hq.kill()
    killed_sync_error(thread, failures)
    wait_for(lambda: not hq.writing(), "the killed transaction to go away", limit=30, step=0.05)
    applied = check_headquarters(hq)
    assert applied["records"] == before["records"] + 200
    assert applied["changelog"] == before["changelog"] + 200
    state = a.replication.status()
    assert (state.cursor, state.pushed_seq, state.pending) == (cursor_before, pushed_before, 201)

    hq.start()
    report = a.client(hq.base).sync()
    assert report.pulled_rows == 1_100 and report.refused == 1
    assert check_headquarters(hq) == applied, "the batch sent again was applied again"
    state = a.replication.status()
    assert state.pending == 0 and state.last_error is None
    assert hq.pushed_seq(state.device_id) == state.pushed_seq == state.last_seq
    with a.store.engine.connect() as connection:
        refused = connection.execute(text("SELECT row_id, code FROM sync_refusals")).all()
    assert [(r.row_id, r.code) for r in refused] == [(wrong, "out_of_scope")]

    assert b.client(hq.base).sync().pulled_rows == 200
    fresh = hq.replica("fresh", "kioko")
    assert fresh.client(hq.base).sync().pulled_rows == 1_600
    truth = export(fresh, tmp_path)
    assert export(b, tmp_path) == truth
    assert without(export(a, tmp_path), "organizations", wrong) == truth
    assert a.client(hq.base).sync().pulled_rows == 0


def test_a_change_committed_while_a_pull_half_runs_is_not_skipped(hq: Headquarters, tmp_path: Path) -> None:
    """Field device B (5 organizations of its own to push) pulls 1,100 organizations; its
    round trip stalls inside the pull half, after the first chunk.  Meanwhile hq device C
    creates an organization and edits one that B is receiving.  On PostgreSQL C's push
    commits while B's pull is under way (the pull half holds no lock); on SQLite it waits
    for it (every transaction there takes the write lock).  B's answer stops at the counter
    it read before C's change (its cursor does not pass it); B's next sync brings C's
    change; B ends equal to a new device."""
    hq.start()
    a, c = hq.replica("a", "amina"), hq.replica("c", "juma")
    with a.store.write() as writer:
        ids = [writer.create("organizations", org(i)) for i in range(1_100)]
    a.client(hq.base).sync()
    c.client(hq.base).sync()
    b = hq.replica("b", "kioko")
    with b.store.write() as writer:
        for i in range(5):
            writer.create("organizations", org(20_000 + i))
    hq.stop()

    release = tmp_path / "release-the-stall"
    hq.server = start_server(hq.url, port=hq.port,
                             env={STALL_ENV: "pull", STALL_RELEASE_ENV: str(release)})
    rounds: list[int] = []
    failures: list[BaseException] = []

    def sync_b() -> None:
        try:
            client = b.client(hq.base, session=make_session(retries=0), snapshot=False,
                              progress=lambda _stage, _rounds, _rows: rounds.append(
                                  b.replication.status().cursor))
            client.sync()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            failures.append(error)

    pulling = threading.Thread(target=sync_b, daemon=True)
    pulling.start()
    wait_for(lambda: stalled(hq, "pull"), "B's pull to stall")
    upper = counter_now(hq)  # B's push committed; its pull reads up to here
    assert hq.pushed_seq(b.replication.status().device_id) == 5
    with c.store.write() as writer:
        late = writer.create("organizations", {**org(30_000), "name": "Committed during the pull"})
        writer.update("organizations", ids[-1], {"notes": "edited during the pull"})
    writing, written = sync_in_background(c, hq.base)
    if hq.backend == "postgresql":  # commits while B's pull half is open
        writing.join(60)
        assert not writing.is_alive() and not written, written
        with hq.engine.connect() as connection:
            seqs = connection.execute(select(ENTRY_SEQ).select_from(named_changelog)
                                      .where(records.c.id == late)).scalars().all()
        assert seqs and min(seqs) > upper
    release.touch()
    pulling.join(60)
    writing.join(60)
    assert not pulling.is_alive() and not writing.is_alive()
    assert not failures and not written, (failures, written)

    assert rounds == [upper], "B's cursor passed a change it did not receive"
    with b.store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM organizations WHERE id = :i"),
                                  {"i": late}).scalar_one() == 0
        # The pull half reads records as they are when it reads them: on PostgreSQL C's
        # edit may already have come with B's answer (at its new version).  Sent again by
        # the next sync, exactly as B holds it, it then writes nothing and is not counted.
        edit_held = connection.execute(text("SELECT notes FROM organizations WHERE id = :i"),
                                       {"i": ids[-1]}).scalar_one() == "edited during the pull"
    # C's new organization, and its edit unless B holds it already
    assert b.client(hq.base).sync().pulled_rows == (1 if edit_held else 2)
    assert b.replication.status().cursor == counter_now(hq)
    fresh = hq.replica("fresh", "kioko")
    fresh.client(hq.base).sync()
    truth = export(fresh, tmp_path)
    assert len(truth["organizations"]) == 1_106
    assert export(b, tmp_path) == truth
    check_headquarters(hq)
