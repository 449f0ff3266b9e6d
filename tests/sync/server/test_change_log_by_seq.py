"""Migration 0016 (issue 15, item 2): a change-log entry whose author is the device it came
from names that device once (``author_device`` null), and on SQLite the sequence number is
the table's row id.  The audit reads the same before and after, a new push writes the
lighter form, and the downgrade gives every entry its author back, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, inspect, select, text

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server.audit import record_history
from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine
from sync.server.schema import (
    LOGGED_AUTHOR,
    LOGGED_DEVICE,
    audited_changelog,
    changelog,
    counter,
    device_number,
    devices,
    log_devices,
    log_form,
    logged_at,
    records,
    users,
)
from tests.sync.server.migrations import FORMER_CHANGELOG, hold_bare_record, migrate_to
from tests.sync.world import World

RECORD = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
DEVICE = "d" * 32
ENTRIES: list[dict[str, Any]] = [
    # a device's own push: the author is the device the entry came from
    {"seq": 1, "tbl": "organizations", "id": RECORD, "fields": None, "device_id": DEVICE,
     "user_name": "amina", "author_device": DEVICE, "at": "2026-12-01T10:00:00+00:00",
     "what": "created", "changed": None},
    # a push whose reference headquarters redirected: sent back to its device too
    {"seq": 2, "tbl": "organizations", "id": RECORD, "fields": ["merged_into"], "device_id": "",
     "user_name": "amina", "author_device": DEVICE, "at": "2026-12-01T11:00:00+00:00",
     "what": "edited", "changed": ["merged_into"]},
    # headquarters' upkeep (a record re-sent to newly entitled devices): no author
    {"seq": 3, "tbl": "organizations", "id": RECORD, "fields": None, "device_id": "",
     "user_name": None, "author_device": None, "at": None, "what": None, "changed": None},
    # an entry of before the audit: its device only
    {"seq": 4, "tbl": "organizations", "id": RECORD, "fields": ["phone"], "device_id": DEVICE,
     "user_name": None, "author_device": None, "at": None, "what": None, "changed": None},
]


def _authors(engine: Engine) -> list[tuple[int, str, str | None]]:
    """(seq, device id, author's device id) of each entry: named as stored before 0020, by
    number after it."""
    at_head = current_revision(engine) == SCHEMA_HEAD
    log = changelog if at_head else FORMER_CHANGELOG
    device, author = (LOGGED_DEVICE, LOGGED_AUTHOR) if at_head else (log.c.device_id, log.c.author_device)
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(log.c.seq, device, author).select_from(audited_changelog if at_head else log)
            .order_by(log.c.seq))]


def _history(engine: Engine) -> list[Any]:
    with engine.connect() as connection:
        return record_history(connection, RECORD)


def test_the_author_is_named_once_and_the_audit_reads_the_same(hq_url: str) -> None:
    """Upgraded from 0015: only the entry whose author is its own device loses the second
    name; the audit lists the entries with their user, device id and the device's name (an
    entry of before the audit too); on SQLite ``seq`` is the row id (no index of its own,
    and none by id since 0017); the downgrade names the author again on exactly that entry,
    and the audit reads the same after the upgrade that follows."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, "0015_packed_values")
        with engine.begin() as connection:
            connection.execute(insert(users).values(id=1, name="amina", password_hash="x", role="hq",
                                                    countries=[], regions=[], created_at="2026-12-01"))
            connection.execute(insert(devices).values(id=DEVICE, user_id=1, token_hash="t" * 64,
                                                      name="NAIROBI-1", created_at="2026-12-01"))
            hold_bare_record(connection, "organizations", RECORD, packed=True)
            connection.execute(insert(FORMER_CHANGELOG), ENTRIES)
            connection.execute(counter.update().values(seq=len(ENTRIES)))

        init_database(engine, REGISTRY)
        assert current_revision(engine) == SCHEMA_HEAD
        assert _authors(engine) == [(1, DEVICE, None), (2, "", DEVICE), (3, "", None), (4, DEVICE, None)]
        before = _history(engine)  # the audit reads the schema at head (0019: by row id)
        assert [(e.seq, e.device_id, e.device_name, e.user) for e in before] == [
            (1, DEVICE, "NAIROBI-1", "amina"), (2, DEVICE, "NAIROBI-1", "amina"), (4, DEVICE, "NAIROBI-1", None)]
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                # no index: seq is the row id, and the one by id went in 0017
                assert inspect(connection).get_indexes("changelog") == []
                assert connection.execute(text(
                    "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'changelog' AND name LIKE 'sqlite_autoindex%'")
                ).scalar_one() == 0
                assert connection.execute(text("SELECT rowid FROM changelog ORDER BY seq")).scalars().all() == [1, 2, 3, 4]

        migrate_to(engine, "0015_packed_values", down=True)
        assert _authors(engine) == [(1, DEVICE, DEVICE), (2, "", DEVICE), (3, "", None), (4, DEVICE, None)]
        with engine.connect() as connection:  # the times as they were written (0020 keeps seconds)
            assert connection.execute(select(FORMER_CHANGELOG.c.at).order_by(FORMER_CHANGELOG.c.seq)) \
                .scalars().all() == [entry["at"] for entry in ENTRIES]
        init_database(engine, REGISTRY)  # and up again: the audit reads the same
        assert _history(engine) == before
    finally:
        engine.dispose()


def test_a_push_names_its_device_once_and_the_audit_names_it(world: World, hq_engine: Engine,
                                                             tmp_path: Path) -> None:
    """A laptop's creation is stored with ``author_device`` null and its device in
    ``device_id``; the audit names the user, the device's id and its name."""
    laptop = world.device("HQ-LAPTOP", "hq")
    with laptop.write() as writer:
        org = writer.create("organizations", {"name": "Transparency Kenya", "country": "KE"})
    assert laptop.sync().refused == 0
    with hq_engine.connect() as connection:
        stored = connection.execute(select(LOGGED_DEVICE, LOGGED_AUTHOR)
                                    .select_from(audited_changelog).where(records.c.id == org)).one()
        entries = record_history(connection, org)
    assert tuple(stored) == (laptop.store.device_id, None)
    assert [(e.user, e.device_id, e.device_name, e.what) for e in entries] == [
        ("hq", laptop.store.device_id, "HQ-LAPTOP", "created")]


def test_the_log_numbers_each_device_once(hq_engine: Engine) -> None:
    """``log_form`` gives each device id one number, the same for its later entries and
    for an author named by another entry, 0 to headquarters' own (""), and the time in
    seconds; ``device_number`` finds it, and None for a device the log never named."""
    first, second = "a" * 32, "b" * 32
    with hq_engine.begin() as connection:
        entries = [{"device_id": first, "author_device": None, "at": "2026-12-01T10:00:00+00:00"},
                   {"device_id": "", "author_device": second, "at": "2026-12-01T10:00:01+00:00"}]
        log_form(connection, entries)
        again = [{"device_id": second, "author_device": first, "at": None}]
        log_form(connection, again)
        assert [(e["device_no"], e["author_no"], e["at"]) for e in entries + again] == [
            (1, None, 1796119200), (0, 2, 1796119201), (2, 1, None)]
        assert logged_at(1796119200) == "2026-12-01T10:00:00+00:00"
        assert (device_number(connection, first), device_number(connection, second),
                device_number(connection, ""), device_number(connection, "c" * 32)) == (1, 2, 0, None)
        assert connection.execute(select(func.count()).select_from(log_devices)).scalar_one() == 2
