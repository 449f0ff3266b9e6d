"""Migration 0019 (issue 15, item 2): the change log names each entry's record by row id
instead of its table name and id, on SQLite and PostgreSQL.  The downgrade gives the names
back, the upgrade carries every entry over (leaving out one that names no record), and a
laptop walking the log afterwards receives every record, with the audit unchanged."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, insert, inspect, select

from sync.server.audit import record_history
from sync.server.database import SCHEMA_HEAD, current_revision, make_engine
from sync.server.schema import ENTRY_ORDER, ENTRY_SEQ, LOGGED_DEVICE, audited_changelog, changelog, counter, records
from tests.sync.server.migrations import FORMER_CHANGELOG, migrate_to, served_at_head

MISSING = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"


def _named_log(engine: Engine) -> list[tuple[object, ...]]:
    """(seq, table, id, fields, device) of every entry, in order."""
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(ENTRY_SEQ, records.c.tbl, records.c.id, changelog.c.fields, LOGGED_DEVICE)
            .select_from(audited_changelog).order_by(*ENTRY_ORDER))]


def test_entries_move_to_row_ids_and_back(hq_url: str, tmp_path: Path) -> None:
    """Entries written by pushes read the same by table and id after the downgrade and after
    the upgrade; one naming no record is left out; a laptop walking the log after the
    upgrade receives every record and an edit made since; the audit reads the same."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    try:
        hq = world.device("HQ", "hq")
        with hq.write() as writer:
            org = writer.create("organizations", {"name": "Kenya Integrity Forum", "country": "KE"})
            person = writer.create("contacts", {"organization_id": org, "full_name": "Amina Odhiambo",
                                                "email": "amina@example.org", "consent_on": "2024-01-01"})
        assert hq.sync().refused == 0
        with hq.write() as writer:
            writer.update("organizations", org, {"phone": "+254 20 100"})
        assert hq.sync().refused == 0
        logged = _named_log(engine)
        assert [(table, record_id) for _s, table, record_id, _f, _d in logged] == [
            ("organizations", org), ("contacts", person), ("organizations", org)]
        with engine.connect() as connection:
            audit = record_history(connection, org)
        assert [entry.what for entry in audit] == ["created", "edited"]
    finally:
        world.close()
        engine.dispose()

    engine = make_engine(hq_url)
    try:
        migrate_to(engine, "0018_refs_by_row_id", down=True)
        assert "rid" not in {column["name"] for column in inspect(engine).get_columns("changelog")}
        with engine.begin() as connection:
            former = connection.execute(select(FORMER_CHANGELOG.c.seq, FORMER_CHANGELOG.c.tbl, FORMER_CHANGELOG.c.id,
                                               FORMER_CHANGELOG.c.fields, FORMER_CHANGELOG.c.device_id)
                                        .order_by(FORMER_CHANGELOG.c.seq)).all()
            assert [tuple(row) for row in former] == logged
            top = connection.execute(select(counter.c.seq)).scalar_one()
            connection.execute(insert(FORMER_CHANGELOG).values(  # names a record not held
                seq=top + 1, tbl="organizations", id=MISSING, fields=None, device_id=""))
            connection.execute(counter.update().values(seq=top + 1))
    finally:
        engine.dispose()

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        assert _named_log(engine) == logged  # the entry naming no record is left out
        with engine.connect() as connection:
            assert record_history(connection, org) == audit
        walker = world.device("WALKER", "hq")
        walker.client.snapshot = False  # the change log, not a snapshot
        assert walker.sync().quarantined == 0
        assert walker.value("organizations", org, "phone") == "+254 20 100"
        assert walker.value("contacts", person, "email") == "amina@example.org"
        hq = world.device("HQ2", "hq")
        hq.sync()
        with hq.write() as writer:
            writer.update("contacts", person, {"position": "Director"})
        assert hq.sync().refused == 0
        walker.sync()
        assert walker.value("contacts", person, "position") == "Director"
        assert _named_log(engine)[-1][1:3] == ("contacts", person)
    finally:
        world.close()
        engine.dispose()
