"""Load: 200 devices sync a day of edits against real headquarters processes on PostgreSQL.

The engine is ``tests/sync/loadgen.py`` (shared with ``bench/bench_load.py``, which reports
the figures; timing goals live there, not here).  The load test asserts convergence and the
absence of errors with two separate ``serve`` processes on two ports over the same database
(devices alternate between them), 48 syncs at once: about 24 per process, what one process
got when a second run with a single ``serve`` process repeated the whole day (merged into
this one to halve the suite's heaviest test; bench/bench_load.py measures either shape).
The day of edits is smaller than the benchmark's so that the run takes about a minute on a
2-core machine; the number of devices is not reduced.

The first test is a fast regression test for a defect the load test found: headquarters
refused an edit of a child record (a contact's position, a contact's deletion) pushed
without its reference field, and would have stripped the record's inherited scope keys.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from lookingbeyond_desktop.demo import DemoGenerator
from sync.server.schema import records
from tests.sync.loadgen import Day, LoadConfig, format_result, run_load
from tests.sync.world import World

TEST_DAY = Day(organizations=1, contacts=1, participations=2, edits=2, delete_every=5)


def test_child_edit_without_its_reference_field_is_applied(hq_engine: Engine, tmp_path: Path) -> None:
    """A contact edited (then deleted) on its own, in a later push than its organization, is
    applied at headquarters, keeps its country key and reaches the other device of the
    country; the same for an hq device's edit and for a participation edited on its own."""
    world = World(hq_engine, tmp_path)
    try:
        world.user("kenya", "field", countries=["KE"])
        world.user("hq")
        first, second = world.device("first", "kenya"), world.device("second", "kenya")
        central = world.device("central", "hq")
        gen = DemoGenerator(3)
        org = {k: v for k, v in gen.organization("KE").items() if k != "id"}
        with first.write() as writer:
            org_id = writer.create("organizations", org)
            contact = gen.contact({"id": org_id, "country": "KE", "website": org["website"]})
            contact_id = writer.create("contacts", {k: v for k, v in contact.items() if k != "id"})
            activity_id = writer.create("activities", {
                "title": "Dialogue", "activity_type": "dialogue", "start_date": "2011-03-01",
                "country": "KE"})
            participation_id = writer.create("participations", {
                "activity_id": activity_id, "organization_id": org_id, "contact_id": contact_id,
                "role": "participant", "representatives": 2})
        for device in (first, second, central):
            assert device.sync().refused == 0
        with first.write() as writer:
            writer.update("contacts", contact_id, {"position": "Director"})
            writer.update("participations", participation_id, {"representatives": 3})
        assert first.sync().refused == 0
        with central.write() as writer:
            writer.update("contacts", contact_id, {"email": "director@example.org"})
        assert central.sync().refused == 0
        with hq_engine.connect() as connection:
            keys: dict[tuple[str, str], set[str]] = defaultdict(set)
            for r in connection.execute(select(records.c.tbl, records.c.id, records.c.scope_keys)):
                keys[(r.tbl, r.id)] |= r.scope_keys
        assert "c:KE" in keys[("contacts", contact_id)]
        assert "c:KE" in keys[("activities", activity_id)]
        assert second.sync().refused == 0
        assert second.value("contacts", contact_id, "position") == "Director"
        assert second.value("contacts", contact_id, "email") == "director@example.org"
        assert second.value("participations", participation_id, "representatives") == 3
        with first.write() as writer:
            writer.delete("contacts", contact_id)
        assert first.sync().refused == 0
        second.sync()
        assert second.value("contacts", contact_id, "deleted") in (1, True)
    finally:
        world.close()


@pytest.mark.slow
def test_two_hundred_devices_converge(pg_database_url: str, tmp_path: Path) -> None:
    """200 devices (field users of 20 countries, regional, hq and partner devices) pull the
    seeded region, sync a (small) day of edits in two rounds and a quiet round, against two
    separate ``serve`` processes over one database (devices alternate between them), 48
    syncs at once so that each process still serves about 24 at a time (more than its
    connection pool holds), as the single process of the former one-server run did: no sync
    fails, every answer carries headquarters' own time (Server-Timing, within the device's
    round trip), headquarters holds exactly the expected conflicts (the hot phone of each country)
    and every created record, and every device holds exactly headquarters' state for its
    scope with nothing pending."""
    config = LoadConfig(devices=200, servers=2, concurrency=48, organizations=600,
                        day=TEST_DAY, log=lambda _line: None)
    result = run_load(config, pg_database_url, tmp_path / "devices")
    report = format_result(result)
    print(report)
    assert all(not phase.errors for phase in result.phases), report
    assert result.server_errors == 0, report
    assert result.conflicts == result.expected_conflicts, report
    assert result.converged, report
    assert len(result.checks) == 200
    answered = [call for phase in result.phases for call in phase.calls if call.status == 200]
    assert answered and all(call.server is not None and call.server <= call.seconds
                            for call in answered), "every answer says headquarters' time"
