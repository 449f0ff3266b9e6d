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
    and time, and which fields it changed; asked for one field, only the changes of it."""
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
    assert entries[0].fields is not None and "name" in entries[0].fields
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
    assert "hq  HQ-LAPTOP" in line and "organizations  created:" in line and "name" in line
    assert main(["audit", "--record", org, "--field", "phone", "--json", "--database-url", url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["user"], e["what"]) for e in listed] == [("hq", "created")]
    assert main(["audit", "--record", "no-such-id", "--database-url", url]) == 0
    assert "no change of no-such-id" in capsys.readouterr().out
