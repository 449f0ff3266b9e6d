"""A sync on a full disk: nothing of the failed round is kept, the error is clear and
retryable, and the next sync after space is freed completes (SQLite's ``max_page_count``
stands in for the full disk: SQLite answers SQLITE_FULL exactly as when the disk is full)."""

from __future__ import annotations


import pytest
from sqlalchemy import text

from sync.client import SyncError
from tests.store.test_bad_local_conditions import cap_growth, uncap
from tests.sync.world import World


def test_a_pull_that_does_not_fit_keeps_nothing_and_is_retried(world: World) -> None:
    """Device b pulls 1,500 organizations onto a full disk: SyncError disk_full (retryable,
    the message says to free space), b's cursor, rows and pending changes are as before
    (and b's own edit is still pending), the database passes integrity_check; after space is
    freed the sync completes and b equals a."""
    a, b = world.device("a", "hq"), world.device("b", "hq")
    with a.write() as writer:
        for n in range(1500):
            writer.create("organizations", {"name": f"Org {n}", "country": "KE", "notes": "n" * 200})
    a.sync()
    with b.write() as writer:
        mine = writer.create("organizations", {"name": "b's own", "country": "KE"})
    before = b.replication.status()
    cap_growth(b.store.engine, spare_pages=4)
    with pytest.raises(SyncError) as caught:
        b.sync()
    assert caught.value.code == "disk_full" and caught.value.retryable
    assert "full" in caught.value.message and "Free some space" in caught.value.message
    uncap(b.store.engine)
    after = b.replication.status()
    assert (after.cursor, after.last_seq) == (before.cursor, before.last_seq)
    with b.store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert connection.execute(text("SELECT count(*) FROM organizations")).scalar() == 1
    b.sync()
    a.sync()
    for device in (a, b):
        assert device.replication.status().pending == 0
        with device.store.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM organizations")).scalar() == 1501
    assert a.has("organizations", mine)
