"""Merges that sync (issue 14), through the real headquarters app on SQLite and on
PostgreSQL: the merge travels as recorded changes, headquarters redirects references made
by devices that had not heard of it and moves those the merging device never saw, and a
merged-away record stays a redirect everywhere."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select, text

from lookingbeyond_desktop.store.merges import merge, undo_merge
from sync.server.schema import records
from tests.sync.server.migrations import named_references
from tests.sync.world import Device, World

KEEP = {"name": "Transparency Maroc", "country": "MA"}
OTHER = {"name": "ترانسبرانسي المغرب", "country": "MA", "acronym": "TM"}
ACTIVITY = {"title": "Regional consultation", "activity_type": "training",
            "start_date": "2024-03-01", "end_date": "2024-03-02", "country": "MA"}


def hq_value(engine: Engine, table: str, row_id: str, name: str) -> object:
    """One field as headquarters holds it."""
    with engine.connect() as connection:
        data = connection.execute(select(records.c.data).where(
            records.c.tbl == table, records.c.id == row_id)).scalar_one()
    return dict(data).get(name)


def refusals(device: Device) -> list[tuple[str, tuple[str, str]]]:
    """(code, (table, id)) of each change headquarters refused to ``device``."""
    with device.store.engine.connect() as connection:
        return [(row.code, (str(row.tbl), str(row.row_id))) for row in connection.execute(
            text("SELECT code, tbl, row_id FROM sync_refusals"))]


def two_offices(world: World) -> tuple[Device, Device, str, str, str]:
    """Two hq devices holding both organizations and an activity."""
    a, b = world.device("a", "hq"), world.device("b", "hq")
    with a.write() as writer:
        keep = writer.create("organizations", KEEP)
        other = writer.create("organizations", OTHER)
        activity = writer.create("activities", ACTIVITY)
    a.sync()
    b.sync()
    return a, b, keep, other, activity


def test_a_merge_syncs_and_moves_every_reference_everywhere(world: World, hq_engine: Engine) -> None:
    """A merge made on one laptop reaches headquarters and the other laptop: the other
    record is a deleted redirect to the kept one, its contact, participation and
    co-organizing moved to the kept one, its name now one of the kept one's other names."""
    a, b, keep, other, activity = two_offices(world)
    with a.write() as writer:
        contact = writer.create("contacts", {"organization_id": other, "full_name": "Amina B.",
                                             "consent_on": "2024-01-01", "erased_on": None})
        participation = writer.create("participations", {
            "activity_id": activity, "organization_id": other, "contact_id": contact})
        writer.update("activities", activity, {"co_organizers": [other]})
    a.sync()
    b.sync()
    with a.write() as writer:
        merge(writer, keep, other, take=["acronym"])
    a.sync()
    b.sync()
    for device in (a, b):
        assert device.value("organizations", other, "merged_into") == keep
        assert device.value("organizations", other, "deleted") == 1
        assert device.value("contacts", contact, "organization_id") == keep
        assert device.value("participations", participation, "organization_id") == keep
        assert device.export_value(activity, "co_organizers", "activities") == [keep]
        assert device.value("organizations", keep, "acronym") == "TM"
        assert "ترانسبرانسي المغرب" in device.export_value(keep, "aliases")
    assert hq_value(hq_engine, "organizations", other, "merged_into") == keep
    assert hq_value(hq_engine, "participations", participation, "organization_id") == keep


def test_an_offline_reference_to_the_merged_record_lands_on_the_kept_one(
        world: World, hq_engine: Engine) -> None:
    """The issue's case: B, offline, adds a participation of OTHER; A merges OTHER into KEEP
    and syncs; when B syncs, the participation belongs to KEEP at headquarters, on B and on
    A, and OTHER exists only as a redirect."""
    a, b, keep, other, activity = two_offices(world)
    with b.write() as writer:
        participation = writer.create("participations", {"activity_id": activity,
                                                         "organization_id": other})
    with a.write() as writer:
        merge(writer, keep, other)
    a.sync()
    b.sync()
    a.sync()
    assert hq_value(hq_engine, "participations", participation, "organization_id") == keep
    for device in (a, b):
        assert device.value("participations", participation, "organization_id") == keep
        assert device.value("organizations", other, "merged_into") == keep
        assert device.replication.status().pending == 0


def test_headquarters_moves_what_the_merging_device_never_saw(world: World, hq_engine: Engine) -> None:
    """B adds a contact of OTHER and makes it co-organizer of an activity, and syncs; A,
    which has not synced since, merges OTHER into KEEP: headquarters moves B's contact and
    co-organizing too, and every replica receives the moves."""
    a, b, keep, other, activity = two_offices(world)
    with b.write() as writer:
        contact = writer.create("contacts", {"organization_id": other, "full_name": "Youssef K.",
                                             "consent_on": "2024-01-01", "erased_on": None})
        writer.update("activities", activity, {"co_organizers": [keep, other]})
    b.sync()
    with a.write() as writer:
        result = merge(writer, keep, other)
    assert result.moved == {}  # A never heard of the contact
    a.sync()
    b.sync()
    assert hq_value(hq_engine, "contacts", contact, "organization_id") == keep
    assert hq_value(hq_engine, "activities", activity, "co_organizers") == [keep]
    for device in (a, b):
        assert device.value("contacts", contact, "organization_id") == keep
        assert device.export_value(activity, "co_organizers", "activities") == [keep]


def test_what_headquarters_moves_follows_the_kept_record_afterwards(world: World, hq_engine: Engine) -> None:
    """The contact headquarters moved for a merge the merging device knew nothing of leaves
    the merged-away organization's list of children and joins the kept one's: the kept
    organization flagged at risk afterwards reaches it (its keys take ``x:at-risk``, the
    partner's ``o:`` key goes), and the merged-away one lists it no more."""
    a, b, keep, other, _activity = two_offices(world)
    with b.write() as writer:
        contact = writer.create("contacts", {"organization_id": other, "full_name": "Youssef K.",
                                             "consent_on": "2024-01-01", "erased_on": None})
    b.sync()
    with a.write() as writer:
        merge(writer, keep, other)
    a.sync()
    b.sync()
    with hq_engine.connect() as connection:
        parents = {(parent_id, child_id) for _p, parent_id, _c, child_id in named_references(connection)}
    assert (keep, contact) in parents and (other, contact) not in parents
    with b.write() as writer:
        writer.update("organizations", keep, {"at_risk": True})
    assert b.sync().refused == 0
    with hq_engine.connect() as connection:
        keys = set(connection.execute(select(records.c.scope_keys).where(
            records.c.tbl == "contacts", records.c.id == contact)).scalar_one())
    assert "x:at-risk" in keys and f"o:{keep}" not in keys


def test_concurrent_merges_into_different_records_converge_with_a_conflict(
        world: World, tmp_path: object) -> None:
    """A merges OTHER into KEEP while B merges OTHER into a third record: after both sync,
    every replica holds the same redirect, no reference points to OTHER, and the losing
    merge is a conflict a person can review."""
    a, b, keep, other, activity = two_offices(world)
    with a.write() as writer:
        participation = writer.create("participations", {"activity_id": activity,
                                                         "organization_id": other})
    a.sync()
    b.sync()
    with b.write() as writer:
        third = writer.create("organizations", {"name": "Transparency Morocco", "country": "MA"})
    b.sync()
    a.sync()
    with a.write() as writer:
        merge(writer, keep, other)
    with b.write() as writer:
        merge(writer, third, other)
    for device in (a, b, a, b):
        device.sync()
    target = a.value("organizations", other, "merged_into")
    assert target in (keep, third) and b.value("organizations", other, "merged_into") == target
    for device in (a, b):
        assert device.value("participations", participation, "organization_id") in (keep, third)
        assert device.value("participations", participation, "organization_id") == \
            a.value("participations", participation, "organization_id")
        fields = {conflict["field"] for conflict in device.replication.conflicts()}
        assert "merged_into" in fields


def test_a_chain_of_merges_redirects_to_the_last_record(world: World, hq_engine: Engine) -> None:
    """OTHER merged into KEEP, then KEEP into a third record: a participation of OTHER made
    offline before either merge lands on the third record."""
    a, b, keep, other, activity = two_offices(world)
    with a.write() as writer:
        third = writer.create("organizations", {"name": "Transparency Morocco", "country": "MA"})
    a.sync()
    with b.write() as writer:
        participation = writer.create("participations", {"activity_id": activity,
                                                         "organization_id": other})
    with a.write() as writer:
        merge(writer, keep, other)
    with a.write() as writer:
        merge(writer, third, keep)
    a.sync()
    b.sync()
    assert hq_value(hq_engine, "participations", participation, "organization_id") == third
    assert b.value("participations", participation, "organization_id") == third
    assert b.value("organizations", other, "merged_into") == third  # the chain is shortened


def test_a_merge_then_deleting_the_kept_record_syncs(world: World, hq_engine: Engine) -> None:
    """A laptop merges OTHER into KEEP, then deletes KEEP (and with it the contact it
    took over): one push carries KEEP deleted before OTHER's redirect to it.  Headquarters
    accepts both (a deleted record may refer to a deleted one), nothing is refused, and
    every replica ends with OTHER a redirect to the deleted KEEP."""
    a, b, keep, other, _activity = two_offices(world)
    with a.write() as writer:
        contact = writer.create("contacts", {"organization_id": other, "full_name": "Amina B.",
                                             "consent_on": "2024-01-01", "erased_on": None})
    a.sync()
    b.sync()
    with a.write() as writer:
        merge(writer, keep, other)
        writer.delete("organizations", keep)
    a.sync()
    b.sync()
    assert refusals(a) == []
    assert hq_value(hq_engine, "organizations", other, "merged_into") == keep
    assert hq_value(hq_engine, "contacts", contact, "organization_id") == keep
    for device in (a, b):
        assert device.value("organizations", other, "merged_into") == keep
        assert device.value("organizations", keep, "deleted") == 1
        assert device.value("contacts", contact, "organization_id") == keep
        assert device.value("contacts", contact, "deleted") == 1
        assert device.replication.status().pending == 0


def test_a_partner_cannot_merge(world: World) -> None:
    """A partner's device that sends a merge is refused by headquarters (never trusted)."""
    a = world.device("a", "hq")
    with a.write() as writer:
        own = writer.create("organizations", KEEP)
        other = writer.create("organizations", OTHER)
    a.sync()
    world.user("partner", role="partner", organization_id=own, countries=["MA"])
    partner = world.device("p", "partner")
    partner.sync()
    if not partner.has("organizations", other):
        pytest.skip("the partner does not see the other organization")
    with partner.write() as writer:
        merge(writer, own, other)
    partner.sync()
    assert "out_of_scope" in {code for code, _key in refusals(partner)}
    a.sync()
    assert a.value("organizations", other, "merged_into") is None


def test_an_undone_merge_syncs_back(world: World) -> None:
    """A merge undone on the laptop that made it (nothing else changed the two records)
    brings the other record and its references back everywhere."""
    a, b, keep, other, activity = two_offices(world)
    with a.write() as writer:
        participation = writer.create("participations", {"activity_id": activity,
                                                         "organization_id": other})
        merge(writer, keep, other)
    a.sync()
    b.sync()
    assert b.value("participations", participation, "organization_id") == keep
    with a.write() as writer:
        undo_merge(writer, other)
    a.sync()
    b.sync()
    for device in (a, b):
        assert device.value("organizations", other, "merged_into") is None
        assert device.value("organizations", other, "deleted") == 0
        assert device.value("participations", participation, "organization_id") == other


def test_a_field_office_merges_only_within_its_scope(world: World, hq_engine: Engine) -> None:
    """A Kenyan field office holds a Ugandan organization only as a reference row (it took
    part in a Kenyan activity): merging a Kenyan record into it is refused by
    headquarters, while a merge of two Kenyan records goes through."""
    a = world.device("a", "hq")
    with a.write() as writer:
        kenyan = writer.create("organizations", {"name": "Kenya Transparency Forum", "country": "KE"})
        twin = writer.create("organizations", {"name": "Kenya Transparency Forum (Nairobi)",
                                               "country": "KE"})
        ugandan = writer.create("organizations", {"name": "Uganda Transparency Forum", "country": "UG"})
        activity = writer.create("activities", {"title": "Consultation", "activity_type": "training",
                                                "start_date": "2024-03-01", "country": "KE"})
        writer.create("participations", {"activity_id": activity, "organization_id": ugandan})
    a.sync()
    world.user("nairobi", role="field", countries=["KE"])
    field = world.device("field", "nairobi")
    field.sync()
    assert field.has("organizations", ugandan)  # a reference row only
    with field.write() as writer:
        merge(writer, ugandan, kenyan)
    field.sync()
    assert "out_of_scope" in {code for code, _key in refusals(field)}
    assert hq_value(hq_engine, "organizations", kenyan, "merged_into") is None
    field.replication.discard_refused([key for _code, key in refusals(field)])  # given up
    field.sync()
    with field.write() as writer:
        merge(writer, kenyan, twin)
    field.sync()
    assert hq_value(hq_engine, "organizations", twin, "merged_into") == kenyan
