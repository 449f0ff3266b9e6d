"""The counter lock (sync.server.schema.lock_counter), on SQLite and on PostgreSQL.

Whoever writes changes (a push, an erasure, a change of a user's scope) takes it first, so
sequence numbers are committed in order (DESIGN invariant 7).  On PostgreSQL the writers queue
on a transaction-level advisory lock before the counter row (one waiter woken at a time, in
arrival order); a writer that takes the row alone still excludes them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import Connection, Engine, select, text, update

from sync.server.schema import counter, lock_counter


def _waiting(engine: Engine) -> int:
    """PostgreSQL backends of this database waiting for a lock."""
    with engine.connect() as connection:
        return int(connection.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()")).scalar_one())


def _until(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 30
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def _queued_behind(engine: Engine, hold: Callable[[Connection], None]) -> tuple[int, int]:
    """Run ``hold`` in a transaction of its own and, while it is open, ``lock_counter`` in
    another: the second must not return before the first commits.  Returns what it read."""
    holding, release = threading.Event(), threading.Event()
    got: list[tuple[float, tuple[int, int]]] = []
    failures: list[BaseException] = []

    def first() -> None:
        try:
            with engine.begin() as connection:
                hold(connection)
                holding.set()
                release.wait(30)
        except BaseException as error:  # surfaced below
            failures.append(error)
            holding.set()

    def second() -> None:
        try:
            with engine.begin() as connection:
                state = lock_counter(connection)
                got.append((time.monotonic(), state))
        except BaseException as error:
            failures.append(error)

    holder = threading.Thread(target=first)
    holder.start()
    assert holding.wait(30)
    waiter = threading.Thread(target=second)
    waiter.start()
    time.sleep(0.5)
    assert not got, "the second writer got the lock while the first held it"
    released_at = time.monotonic()
    release.set()
    holder.join(30)
    waiter.join(30)
    assert not failures, failures
    assert len(got) == 1 and got[0][0] >= released_at
    return got[0][1]


def test_a_second_writer_waits_and_reads_what_the_first_committed(hq_engine: Engine) -> None:
    """While one transaction holds the lock and has moved the counter (not committed), a second
    ``lock_counter`` does not return; once the first commits, it returns the committed
    counter, sequence number and clock both."""
    with hq_engine.connect() as connection:
        seq0, hlc0 = connection.execute(select(counter.c.seq, counter.c.hlc)).one()

    def hold(connection: Connection) -> None:
        assert lock_counter(connection) == (seq0, hlc0)
        connection.execute(update(counter).values(seq=seq0 + 5, hlc=hlc0 + 7))

    assert _queued_behind(hq_engine, hold) == (seq0 + 5, hlc0 + 7)


def test_writers_get_the_lock_in_the_order_they_asked(hq_engine: Engine) -> None:
    """PostgreSQL: three writers queued behind a holder get the lock one at a time, in the
    order they asked for it, whichever way they take it after it (the queue is the
    advisory lock; a waiter is not woken to race the others for the row)."""
    if hq_engine.dialect.name != "postgresql":
        pytest.skip("SQLite serializes writers at BEGIN IMMEDIATE; its busy handler keeps no order")
    release = threading.Event()
    order: list[str] = []
    failures: list[BaseException] = []
    holding = threading.Event()

    def writer(name: str) -> None:
        try:
            with hq_engine.begin() as connection:
                seq, _hlc = lock_counter(connection)
                order.append(name)
                if name == "holder":
                    holding.set()
                    release.wait(30)
                connection.execute(update(counter).values(seq=seq + 1))
        except BaseException as error:
            failures.append(error)
            holding.set()

    threads = [threading.Thread(target=writer, args=("holder",))]
    threads[0].start()
    assert holding.wait(30)
    for number, name in enumerate(["first", "second", "third"], start=1):
        thread = threading.Thread(target=writer, args=(name,))
        thread.start()
        threads.append(thread)
        _until(lambda: _waiting(hq_engine) == number, f"{name} to queue")
    release.set()
    for thread in threads:
        thread.join(30)
    assert not failures, failures
    assert order == ["holder", "first", "second", "third"]


def test_a_writer_that_takes_only_the_row_still_excludes_a_push(hq_engine: Engine) -> None:
    """A transaction that locks the counter row directly (as code written before the queue
    did) and a ``lock_counter`` exclude each other: the second waits for the first's
    commit and reads its counter."""
    with hq_engine.connect() as connection:
        seq0 = int(connection.execute(select(counter.c.seq)).scalar_one())

    def row_only(connection: Connection) -> None:
        connection.execute(update(counter).values(seq=seq0 + 1))

    assert _queued_behind(hq_engine, row_only)[0] == seq0 + 1
