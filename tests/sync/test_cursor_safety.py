"""Invariant 7: a pull never skips a change committed late by a concurrent transaction."""

from __future__ import annotations

import threading

from sqlalchemy import Engine, insert, select, update

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server.schema import counter, log_changes, records
from tests.sync.world import World


def test_pull_does_not_pass_a_change_still_being_committed(world: World, hq_engine: Engine) -> None:
    """While a push transaction holds sequence N+1 uncommitted, a concurrent pull returns a
    cursor below it; once committed, the next pull delivers the change."""
    writer_device, reader = world.device("writer", "hq"), world.device("reader", "hq")
    with writer_device.write() as writer:
        writer.create("organizations", {"name": "Already there", "country": "KE"})
    writer_device.sync()
    reader.sync()
    late_id = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
    started, release = threading.Event(), threading.Event()
    failure: list[BaseException] = []

    def slow_push() -> None:
        try:
            with hq_engine.begin() as connection:
                connection.execute(update(counter).values(seq=counter.c.seq))  # the push lock
                seq = connection.execute(select(counter.c.seq)).scalar_one() + 1
                version = f"{1:016x}{writer_device.store.device_id}"
                fields = {name: None for name in REGISTRY.table("organizations").field_names if name != "id"}
                fields |= {"name": "Committed late", "country": "KE", "deleted": False, "aliases": [],
                           "cities": [], "themes": [], "networks": [], "is_rlo": False,
                           "org_type": "ngo", "ecosoc_status": "none", "at_risk": False}
                connection.execute(insert(records).values(
                    tbl="organizations", id=late_id, deleted=False, data=fields,
                    versions={k: version for k in fields}, scope_keys={"c:KE"}))
                log_changes(connection, [{"seq": seq, "tbl": "organizations", "id": late_id,
                                          "fields": ["name"], "device_id": ""}])
                connection.execute(update(counter).values(seq=seq))
                started.set()
                release.wait(30)
        except BaseException as error:  # surfaced in the main thread
            failure.append(error)
            started.set()

    thread = threading.Thread(target=slow_push)
    thread.start()
    assert started.wait(30)
    before = reader.replication.status().cursor
    if hq_engine.dialect.name == "postgresql":  # SQLite serializes even readers (BEGIN IMMEDIATE)
        reader.sync()
        assert reader.replication.status().cursor == before
        assert not reader.has("organizations", late_id)
    release.set()
    thread.join(30)
    assert not failure, failure
    reader.client.sync()
    assert reader.replication.status().cursor > before
    assert reader.value("organizations", late_id, "name") == "Committed late"


def test_a_row_headquarters_cannot_complete_is_not_asked_for_forever(world: World, hq_engine: Engine) -> None:
    """A pulled change for a row the device lacks makes it ask for the row in full once; if
    headquarters cannot send it whole, the sync ends and says so instead of looping."""
    device = world.device("d", "hq")
    broken = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
    with hq_engine.begin() as connection:
        connection.execute(update(counter).values(seq=counter.c.seq + 1))
        seq = connection.execute(select(counter.c.seq)).scalar_one()
        connection.execute(insert(records).values(tbl="organizations", id=broken, deleted=False,
                                                  data={"name": "Half a record"},
                                                  versions={"name": f"{1:016x}{'0' * 32}"}, scope_keys={"c:KE"}))
        log_changes(connection, [{"seq": seq, "tbl": "organizations", "id": broken,
                                  "fields": ["name"], "device_id": ""}])
    report = device.sync()
    assert report.rounds <= 3
    assert not device.has("organizations", broken)
    with device.store.engine.connect() as connection:
        code = connection.exec_driver_sql("SELECT code FROM sync_refusals").scalar()
    assert code == "unavailable"
