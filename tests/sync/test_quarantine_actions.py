"""What a person can do with a change headquarters refused, on the device and against a real
headquarters (the app on SQLite): the refusal remembers which fields the refused row carried
and whether it created a record headquarters never had; Discard keeps the refused values as
an entry of the Conflicts page (kind ``refused``) and brings the record back to
headquarters' version (or to the Trash); Retry and "send it again" push them once more.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from lookingbeyond_desktop.store.sync_adapter import bring_back_refused, requeue_refused
from sync.client import SyncError
from sync.replica import REFUSED
from sync.server import accounts
from sync.server.database import init_database, make_engine
from tests.sync.world import Device, World


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """Headquarters with a field officer ``amina`` covering Kenya only, and ``team`` (hq)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    init_database(engine)
    found = World(engine, tmp_path)
    found.user("amina", role="field", countries=["KE"])
    found.user("team")
    yield found
    found.close()
    engine.dispose()


def refusals(device: Device) -> list[dict[str, Any]]:
    """The device's refusal rows."""
    with device.store.engine.connect() as connection:
        rows = [dict(row) for row in connection.execute(text(
            "SELECT tbl, row_id, field, code, fields, new_record FROM sync_refusals ORDER BY id"
        )).mappings()]
    return [row | {"fields": json.loads(row["fields"]) if row["fields"] else None} for row in rows]


def wanted(device: Device) -> list[list[str]]:
    """What the device will ask headquarters for in full."""
    return device.replication.status().wanted


def pending(device: Device, row_id: str) -> int:
    """Unsent changes of one record."""
    with device.store.engine.connect() as connection:
        return int(connection.execute(text(
            "SELECT count(*) FROM changes c, replica r WHERE c.device_id = r.device_id "
            "AND c.device_seq > r.pushed_seq AND c.row_id = :id"), {"id": row_id}).scalar_one())


def at_headquarters(world: World, row_id: str, column: str, table: str = "organizations") -> Any:
    """A value as headquarters holds it (seen by a headquarters user's new device)."""
    team = world.device(f"team-{len(world.devices)}", "team")
    team.sync()
    return team.value(table, row_id, column) if team.has(table, row_id) else None


def refused_scene(world: World) -> tuple[Device, dict[str, str]]:
    """Amina's desk: an organization in Kenya that headquarters has, then moved to Mexico
    (refused: out of her countries), and a new organization in Mexico with a contact (both
    refused: the organization out of scope, the contact for want of its organization)."""
    desk = world.device("desk", "amina")
    with desk.write() as w:
        kept = w.create("organizations", {"name": "Youth Action", "country": "KE"})
    desk.sync()
    with desk.write() as w:
        w.update("organizations", kept, {"country": "MX", "notes": "Moved office"})
        new = w.create("organizations", {"name": "Casa Abierta", "country": "MX"})
        person = w.create("contacts", {"organization_id": new, "full_name": "Lucía Pérez",
                                       "consent_on": dt.date(2026, 1, 5)})
    report = desk.sync()
    assert report.refused == 3
    return desk, {"kept": kept, "new": new, "person": person}


def test_a_refusal_remembers_the_fields_refused_and_whether_the_record_is_new(world: World) -> None:
    """Each refusal keeps every field the refused row carried (not only the one named) and
    whether the row created a record headquarters never had."""
    desk, ids = refused_scene(world)
    by_id = {row["row_id"]: row for row in refusals(desk)}
    assert by_id[ids["kept"]]["code"] == "out_of_scope"
    assert sorted(by_id[ids["kept"]]["fields"]) == ["country", "notes"]
    assert not by_id[ids["kept"]]["new_record"]
    assert by_id[ids["new"]]["new_record"] and "name" in by_id[ids["new"]]["fields"]
    assert by_id[ids["person"]]["code"] == "missing_reference"
    assert by_id[ids["person"]]["field"] == "organization_id" and by_id[ids["person"]]["new_record"]


def test_discard_keeps_the_refused_values_and_returns_to_headquarters_version(world: World) -> None:
    """Discarding an edit headquarters refused makes a Conflicts entry per refused field
    with the value refused, forgets the refusal, and the next sync brings back
    headquarters' version of the record; nothing is refused again."""
    desk, ids = refused_scene(world)
    assert desk.replication.discard_refused([("organizations", ids["kept"])]) == 1
    entries = {e["field"]: e for e in desk.replication.conflicts() if e["row_id"] == ids["kept"]}
    assert set(entries) == {"country", "notes"}
    assert entries["country"]["kind"] == REFUSED and entries["country"]["loser_value"] == "MX"
    assert entries["notes"]["loser_value"] == "Moved office"
    assert all(row["row_id"] != ids["kept"] for row in refusals(desk))
    assert ["organizations", ids["kept"]] in wanted(desk)

    report = desk.sync()
    assert report.refused == 0
    assert desk.value("organizations", ids["kept"], "country") == "KE"
    assert desk.value("organizations", ids["kept"], "notes") is None
    assert wanted(desk) == []
    assert at_headquarters(world, ids["kept"], "country") == "KE"


def test_discarding_a_record_headquarters_never_had_puts_it_in_the_trash(world: World) -> None:
    """A refused new record goes to the Trash without a change that syncs, its unsent
    changes are dropped, and the whole record stays reviewable in one Conflicts entry."""
    desk, ids = refused_scene(world)
    with desk.write() as w:  # edited again after the refusal: not sent yet
        w.update("organizations", ids["new"], {"acronym": "CA"})
    assert desk.replication.discard_refused([("organizations", ids["new"]),
                                             ("contacts", ids["person"])]) == 2
    assert desk.value("organizations", ids["new"], "deleted") == 1
    assert desk.value("contacts", ids["person"], "deleted") == 1
    assert pending(desk, ids["new"]) == 0
    (entry,) = [e for e in desk.replication.conflicts() if e["row_id"] == ids["new"]]
    assert entry["field"] == "" and entry["loser_value"]["name"] == "Casa Abierta"
    assert entry["loser_value"]["acronym"] == "CA"
    assert ["organizations", ids["new"]] not in wanted(desk)
    assert desk.sync().refused == 0
    assert refusals(desk) == [r for r in refusals(desk) if r["row_id"] == ids["kept"]]


def test_a_refused_record_whose_creation_reached_headquarters_unseen_comes_back_from_it(world: World) -> None:
    """A record made here reaches headquarters but the reply is lost, so the next push sends
    its creation again, whole, with a later edit that headquarters refuses.  The refusal
    says headquarters holds the record: giving it up brings back headquarters' version,
    never the Trash (which left a record deleted here and live at headquarters, for good:
    found by the merges property, tests/sync/test_merges_property.py)."""
    desk = world.device("desk", "amina")
    with desk.write() as w:
        org = w.create("organizations", {"name": "Youth Action", "country": "KE"})
    world.adapter.drop_next_response = True
    with pytest.raises(SyncError):
        desk.sync()
    world.adapter.drop_next_response = False
    with desk.write() as w:
        w.update("organizations", org, {"country": "MX"})  # out of Amina's countries
    assert desk.sync().refused == 1
    (refusal,) = refusals(desk)
    assert refusal["code"] == "out_of_scope" and not refusal["new_record"]
    assert "name" in refusal["fields"]  # the creation went again whole
    assert desk.replication.discard_refused([("organizations", org)]) == 1
    assert desk.sync().refused == 0
    assert desk.value("organizations", org, "deleted") == 0
    assert desk.value("organizations", org, "country") == "KE"
    assert at_headquarters(world, org, "country") == "KE"


def test_retry_sends_every_refused_field_and_new_records_whole(world: World) -> None:
    """Once the account covers Mexico, Retry sends the refused edit (both fields) and the
    new organization and its contact in full: headquarters takes them all."""
    desk, ids = refused_scene(world)
    with world.engine.begin() as connection:
        accounts.update_user(connection, "amina", countries=["KE", "MX"])
    with desk.write() as w:
        assert requeue_refused(w, refusals(desk)) == 3
    assert desk.sync().refused == 0
    assert refusals(desk) == []
    assert at_headquarters(world, ids["kept"], "notes") == "Moved office"
    assert at_headquarters(world, ids["person"], "full_name", "contacts") == "Lucía Pérez"


def test_a_discarded_change_can_be_sent_again_from_the_conflicts_page(world: World) -> None:
    """"Send it again" on a discarded edit writes the refused value back as a new edit that
    syncs (headquarters takes it once the account allows it) and settles the entry; on a
    discarded new record it brings the record back from the Trash and sends it whole."""
    desk, ids = refused_scene(world)
    desk.replication.discard_refused([("organizations", ids["kept"]), ("organizations", ids["new"])])
    desk.sync()
    assert desk.value("organizations", ids["kept"], "country") == "KE"
    with world.engine.begin() as connection:
        accounts.update_user(connection, "amina", countries=["KE", "MX"])
    entries = [e for e in desk.replication.conflicts() if e["kind"] == REFUSED
               and e["row_id"] in (ids["kept"], ids["new"])]
    with desk.write() as w:
        for entry in entries:
            bring_back_refused(w, entry["id"])
    assert desk.value("organizations", ids["kept"], "country") == "MX"
    assert desk.value("organizations", ids["new"], "deleted") == 0
    assert not [e for e in desk.replication.conflicts() if e["id"] in {x["id"] for x in entries}]
    assert desk.sync().refused == 0
    assert at_headquarters(world, ids["kept"], "country") == "MX"
    assert at_headquarters(world, ids["new"], "name") == "Casa Abierta"


def test_sending_one_field_again_still_brings_back_headquarters_other_fields(world: World) -> None:
    """After a discard, "Send it again" on one field (here the notes, which headquarters
    accepts) sends that field, while the record stays asked for in full: the other
    discarded field (the country) still returns to headquarters' value, so this computer
    and headquarters agree (invariant 3)."""
    desk, ids = refused_scene(world)
    desk.replication.discard_refused([("organizations", ids["kept"])])
    notes = next(e for e in desk.replication.conflicts()
                 if e["row_id"] == ids["kept"] and e["field"] == "notes")
    with desk.write() as w:
        bring_back_refused(w, notes["id"])
    assert ["organizations", ids["kept"]] in wanted(desk)
    assert desk.sync().refused == 0
    assert desk.value("organizations", ids["kept"], "notes") == "Moved office"
    assert desk.value("organizations", ids["kept"], "country") == "KE"
    assert at_headquarters(world, ids["kept"], "notes") == "Moved office"
    assert at_headquarters(world, ids["kept"], "country") == "KE"


def test_letting_a_discarded_change_go_stays_on_this_computer(world: World) -> None:
    """Letting a discarded change go settles its entry here only: headquarters never heard
    of it, so it is not sent as a resolution."""
    desk, ids = refused_scene(world)
    desk.replication.discard_refused([("organizations", ids["kept"])])
    entry = next(e for e in desk.replication.conflicts() if e["row_id"] == ids["kept"])
    desk.replication.resolve_conflict(entry["id"], keep="winner")
    settled = next(e for e in desk.replication.conflicts(include_resolved=True) if e["id"] == entry["id"])
    assert settled["resolution"] == "discarded" and settled["resolved_at"]
    assert entry["id"] not in desk.replication.resolved_conflict_ids()
    with pytest.raises(ValueError):
        desk.replication.resolve_conflict(entry["id"], keep="loser")


def test_discarding_a_record_headquarters_could_not_send_only_forgets_it(world: World) -> None:
    """A record asked for in full that headquarters could not send is listed as refused;
    discarding it forgets that line and makes no Conflicts entry (nothing of this computer's
    was refused) and asks for nothing."""
    desk = world.device("desk", "amina")
    with desk.write() as w:
        kept = w.create("organizations", {"name": "Youth Action", "country": "KE"})
    with desk.store.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO sync_refusals (tbl, row_id, field, code, reason, at) VALUES "
            "('organizations', :id, NULL, 'unavailable', 'headquarters could not send this "
            "record in full', '2026-01-01T00:00:00+00:00')"), {"id": kept})
    assert desk.replication.discard_refused([("organizations", kept)]) == 1
    assert refusals(desk) == [] and desk.replication.conflicts() == [] and wanted(desk) == []
    assert desk.value("organizations", kept, "deleted") == 0
