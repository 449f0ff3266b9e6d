"""The audit (issue 13): every change headquarters stores names the user, the device and
the time behind it, and `lookingbeyond-server audit --record ID [--field F]` lists them,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine

from lookingbeyond_desktop.store.merges import merge
from sync.server.audit import record_history
from sync.server.cli import main
from tests.sync.world import World


def test_who_changed_a_record_and_a_field_when_and_from_which_device(world: World, hq_engine: Engine) -> None:
    """An hq laptop creates an organization and sets its phone; a Kenyan field laptop edits
    its notes; the audit lists the three changes in order, each with its user, device name
    and time, and which fields it changed (a creation: every field); asked for one field,
    only the changes of it."""
    world.user("nairobi", role="field", countries=["KE"])
    hq = world.device("HQ-LAPTOP", "hq")
    with hq.write() as writer:
        org = writer.create("organizations", {"name": "Transparency Kenya", "country": "KE"})
    hq.sync()
    with hq.write() as writer:
        writer.update("organizations", org, {"phone": "+254 20 000"})
    hq.sync()
    field = world.device("NAIROBI-1", "nairobi")
    field.sync()
    with field.write() as writer:
        writer.update("organizations", org, {"notes": "met in March"})
    field.sync()

    with hq_engine.connect() as connection:
        entries = record_history(connection, org)
        phone = record_history(connection, org, "phone")
        notes = record_history(connection, org, "notes")
    assert [(e.user, e.device_name, e.what) for e in entries] == [
        ("hq", "HQ-LAPTOP", "created"), ("hq", "HQ-LAPTOP", "edited"), ("nairobi", "NAIROBI-1", "edited")]
    assert entries[1].fields == ["phone"] and entries[2].fields == ["notes"]
    assert entries[0].fields is None  # a creation: every field ("all fields")
    assert all(e.at and e.at.endswith("+00:00") for e in entries)
    assert entries[2].device_id == field.store.device_id
    assert [e.what for e in phone] == ["created", "edited"]
    assert [(e.user, e.what) for e in notes] == [("hq", "created"), ("nairobi", "edited")]


def test_references_moved_by_a_merge_name_the_user_who_merged(world: World, hq_engine: Engine) -> None:
    """A contact headquarters moves because someone merged its organization away is listed
    as "moved", by the user and device that sent the merge."""
    a = world.device("A", "hq")
    with a.write() as writer:
        keep = writer.create("organizations", {"name": "Transparency Maroc", "country": "MA"})
        other = writer.create("organizations", {"name": "ترانسبرانسي المغرب", "country": "MA"})
    a.sync()
    world.user("rabat", role="field", countries=["MA"])
    b = world.device("RABAT-2", "rabat")
    b.sync()
    with b.write() as writer:
        contact = writer.create("contacts", {"organization_id": other, "full_name": "Amina B.",
                                             "consent_on": "2024-01-01", "erased_on": None})
    b.sync()
    with a.write() as writer:  # A never received the contact
        merge(writer, keep, other)
    a.sync()
    with hq_engine.connect() as connection:
        entries = record_history(connection, contact)
    assert [(e.user, e.device_name, e.what, e.fields) for e in entries][-1] == (
        "hq", "A", "moved", ["organization_id"])
    assert entries[0].user == "rabat" and entries[0].what == "created"


def test_the_command_lists_the_changes_and_says_when_there_are_none(
        world: World, hq_engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    """`lookingbeyond-server audit --record ID` prints one line per change (when, who, device,
    what, fields); `--json` the same as data; an unknown id says that nothing is recorded."""
    hq = world.device("HQ-LAPTOP", "hq")
    with hq.write() as writer:
        org = writer.create("organizations", {"name": "Transparency Kenya", "country": "KE"})
    hq.sync()
    url = hq_engine.url.render_as_string(hide_password=False)
    assert main(["audit", "--record", org, "--database-url", url]) == 0
    line = capsys.readouterr().out.strip()
    assert "hq  HQ-LAPTOP" in line and "organizations  created: all fields" in line
    assert main(["audit", "--record", org, "--field", "phone", "--json", "--database-url", url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["user"], e["what"]) for e in listed] == [("hq", "created")]
    assert main(["audit", "--record", "no-such-id", "--database-url", url]) == 0
    assert "no change of no-such-id" in capsys.readouterr().out


def test_creations_logged_before_0012_read_as_every_field(hq_url: str) -> None:
    """Migration 0012: a creation logged with the names of all its fields keeps no list (the
    audit says "all fields", as for creations logged since); an edit keeps its list; the
    unused (table, id) index of the log is gone, the audit's index by id stays."""
    from sqlalchemy import inspect, insert, select

    from sync.server.audit import describe
    from sync.server.database import init_database, make_engine
    from sync.server.schema import changelog
    from tests.sync.server.migrations import FORMER_CHANGELOG, hold_bare_record, migrate_to

    record = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, "0011_keys_without_rowid")
        with engine.begin() as connection:
            hold_bare_record(connection, "organizations", record, packed=False)
            connection.execute(insert(FORMER_CHANGELOG), [
                {"seq": 1, "tbl": "organizations", "id": record, "fields": None, "device_id": "d",
                 "user_name": "hq", "author_device": "d", "at": "2026-12-01T10:00:00+00:00",
                 "what": "created", "changed": ["country", "name", "phone"]},
                {"seq": 2, "tbl": "organizations", "id": record, "fields": ["phone"], "device_id": "d",
                 "user_name": "hq", "author_device": "d", "at": "2026-12-01T11:00:00+00:00",
                 "what": "edited", "changed": ["phone"]}])
        init_database(engine)
        with engine.connect() as connection:
            stored = connection.execute(select(changelog.c.what, changelog.c.changed)
                                        .order_by(changelog.c.seq)).all()
            entries = record_history(connection, record)
            indexes = {index["name"] for index in inspect(connection).get_indexes("changelog")}
        assert [tuple(row) for row in stored] == [("created", None), ("edited", ["phone"])]
        assert [e.fields for e in entries] == [None, ["phone"]]
        assert "created: all fields" in describe(entries[0])
        with engine.connect() as connection:
            assert [e.seq for e in record_history(connection, record, "name")] == [1]
        # 0012 dropped the index by table and id, 0017 the one by id (the audit reads the log)
        assert "ix_changelog_id" not in indexes and "ix_changelog_row" not in indexes
    finally:
        engine.dispose()
