"""Sync rules, end to end through the real headquarters app, on SQLite and on PostgreSQL."""

from __future__ import annotations


import pytest
from sqlalchemy import Engine, func, select, text

from sync.client import SyncError
from sync.server import accounts
from sync.server.schema import named_changelog, conflicts
from tests.sync.world import Device, World

ORG = {"name": "Transparency International Kenya", "country": "KE"}


def two_devices(world: World) -> tuple[Device, Device, str]:
    """Two hq devices that both hold one organization."""
    a, b = world.device("a", "hq"), world.device("b", "hq")
    with a.write() as writer:
        org = writer.create("organizations", ORG)
    a.sync()
    b.sync()
    return a, b, org


def test_offline_edits_to_different_fields_both_survive(world: World) -> None:
    """Two offices edit different fields of one organization offline: after syncing, both
    edits are everywhere and nothing is flagged."""
    a, b, org = two_devices(world)
    with a.write() as writer:
        writer.update("organizations", org, {"acronym": "TI-K"})
    with b.write() as writer:
        writer.update("organizations", org, {"notes": "Met at CoSP 3"})
    a.sync(), b.sync(), a.sync()
    for device in (a, b):
        assert device.value("organizations", org, "acronym") == "TI-K"
        assert device.value("organizations", org, "notes") == "Met at CoSP 3"
        assert device.replication.conflicts() == []


def test_same_field_one_winner_everywhere_and_one_conflict_on_both(world: World) -> None:
    """Concurrent writes of one field: the same value wins on every device, and the losing
    value is kept as one conflict that both devices can see."""
    a, b, org = two_devices(world)
    with a.write() as writer:
        writer.update("organizations", org, {"phone": "+254 111"})
    with b.write() as writer:
        writer.update("organizations", org, {"phone": "+254 222"})
    a.sync(), b.sync(), a.sync()
    winner = a.value("organizations", org, "phone")
    assert winner == b.value("organizations", org, "phone")
    for device in (a, b):
        (conflict,) = device.replication.conflicts()
        assert conflict["field"] == "phone" and conflict["kind"] == "field"
        assert {conflict["winner_value"], conflict["loser_value"]} == {"+254 111", "+254 222"}
        assert conflict["winner_value"] == winner


def test_keeping_the_losing_value_writes_it_back_everywhere(world: World) -> None:
    """A person reverses a conflict: the losing value becomes the value on every device."""
    a, b, org = two_devices(world)
    with a.write() as writer:
        writer.update("organizations", org, {"phone": "+254 111"})
    with b.write() as writer:
        writer.update("organizations", org, {"phone": "+254 222"})
    a.sync(), b.sync(), a.sync()
    (conflict,) = a.replication.conflicts()
    a.replication.resolve_conflict(conflict["id"], keep="loser")
    a.sync(), b.sync()
    assert a.value("organizations", org, "phone") == b.value("organizations", org, "phone") == conflict["loser_value"]
    assert b.replication.conflicts() == []  # settled on a, and b hears of it


@pytest.mark.parametrize("delete_first", [True, False])
def test_delete_against_edit_is_kept_for_review(world: World, delete_first: bool) -> None:
    """A delete that meets a concurrent edit (in either order) leaves the record deleted
    everywhere, with a conflict to review; restoring it brings the edit back."""
    a, b, org = two_devices(world)
    with a.write() as writer:
        writer.delete("organizations", org)
    with b.write() as writer:
        writer.update("organizations", org, {"notes": "Still active in Nairobi"})
    first, second = (a, b) if delete_first else (b, a)
    first.sync(), second.sync(), first.sync()
    for device in (a, b):
        assert device.value("organizations", org, "deleted") == 1
        (conflict,) = device.replication.conflicts()
        assert conflict["field"] == "deleted"
        assert conflict["kind"] == ("edited_deleted" if delete_first else "deleted_edited")
    b.replication.resolve_conflict(b.replication.conflicts()[0]["id"], keep="loser")
    b.sync(), a.sync()
    for device in (a, b):
        assert device.value("organizations", org, "deleted") == 0
        assert device.value("organizations", org, "notes") == "Still active in Nairobi"


def test_field_scope_receives_only_its_countries_and_cannot_write_others(world: World) -> None:
    """A Kenya field device never receives Mexico's records, and its write to a Mexican
    record is refused with a reason while its other changes go through."""
    world.user("nairobi", role="field", countries=["KE"])
    hq = world.device("hq1", "hq")
    with hq.write() as writer:
        kenyan = writer.create("organizations", ORG)
        mexican = writer.create("organizations", {"name": "Transparencia Mexicana", "country": "MX"})
    hq.sync()
    field = world.device("field", "nairobi")
    field.sync()
    assert field.has("organizations", kenyan) and not field.has("organizations", mexican)
    with field.write() as writer:
        writer.update("organizations", kenyan, {"acronym": "TI-K"})
        wrong = writer.create("organizations", {"name": "Somewhere Else", "country": "MX"})
    report = field.sync()
    assert report.refused == 1
    status = field.store.engine.connect().execute(text("SELECT code, reason FROM sync_refusals")).one()
    assert status.code == "out_of_scope" and "may not write" in status.reason
    hq.sync()
    assert hq.value("organizations", kenyan, "acronym") == "TI-K"
    assert not hq.has("organizations", wrong)


def test_partner_sees_its_activities_and_only_its_own_contacts(world: World) -> None:
    """A regional lead organization sees the activities it takes part in, its own contacts,
    and never another organization's contact; it edits its own participation, while taking
    part gives it no write access to the activity (tests/sync/test_scopes_hold.py)."""
    hq = world.device("hq1", "hq")
    with hq.write() as writer:
        rlo = writer.create("organizations", ORG | {"is_rlo": True, "rlo_region": "002"})
        other = writer.create("organizations", {"name": "Other CSO", "country": "TZ"})
        own_contact = writer.create("contacts", {"organization_id": rlo, "full_name": "Wanjiru",
                                                 "consent_on": "2010-01-01", "erased_on": None})
        their_contact = writer.create("contacts", {"organization_id": other, "full_name": "Amani",
                                                   "consent_on": "2010-01-01", "erased_on": None})
        activity = writer.create("activities", {"title": "Regional consultation after CoSP 3",
                                                "activity_type": "regional_consultation",
                                                "start_date": "2010-02-01", "country": "TZ"})
        mine = writer.create("participations", {"activity_id": activity, "organization_id": rlo,
                                                "contact_id": own_contact})
        theirs = writer.create("participations", {"activity_id": activity, "organization_id": other,
                                                  "contact_id": their_contact})
    hq.sync()
    world.user("rlo", role="partner", organization_id=rlo)
    partner = world.device("partner", "rlo")
    partner.sync()
    assert partner.has("activities", activity)
    assert partner.has("contacts", own_contact) and not partner.has("contacts", their_contact)
    if partner.has("participations", theirs):
        assert partner.value("participations", theirs, "contact_id") is None
    with partner.write() as writer:  # partners edit their own participation
        writer.update("participations", mine, {"notes": "Recommendations sent to CoSP 4"})
    assert partner.sync().refused == 0
    with partner.write() as writer:  # not an activity they only take part in
        writer.update("activities", activity, {"outcomes": "Rewritten"})
    assert partner.sync().refused == 1


def test_revoked_device_is_told_clearly(world: World, hq_engine: Engine) -> None:
    """After headquarters revokes a device, its next sync fails with a message saying so."""
    device = world.device("lost-laptop", "hq")
    device.sync()
    with hq_engine.begin() as connection:
        accounts.revoke_device(connection, device.store.device_id)
    with pytest.raises(SyncError) as raised:
        device.sync()
    assert raised.value.code == "device_revoked" and not raised.value.retryable
    assert "revoked" in raised.value.message
    assert device.replication.status().last_error == raised.value.message


def test_old_protocol_is_refused_with_a_message(world: World) -> None:
    """A client speaking a protocol headquarters cannot serve is told what to do."""
    device = world.device("old", "hq")
    device.client.protocol = 0
    with pytest.raises(SyncError) as raised:
        device.sync()
    assert raised.value.code == "protocol_unsupported"
    assert "install the current version" in raised.value.message


def test_a_lost_reply_is_retried_without_applying_twice(world: World, hq_engine: Engine) -> None:
    """The reply to a push is lost after headquarters committed it: the retry is recognised,
    nothing is applied twice and no conflict appears."""
    a, b, org = two_devices(world)
    with a.write() as writer:
        writer.update("organizations", org, {"phone": "+254 333"})
    with hq_engine.connect() as connection:
        before = connection.execute(select(func.count()).select_from(named_changelog)).scalar_one()
    world.adapter.drop_next_response = True
    with pytest.raises(SyncError) as raised:
        a.sync()
    assert raised.value.retryable
    assert a.replication.status().pending == 1  # not acknowledged: still pending
    a.sync()
    assert a.replication.status().pending == 0
    with hq_engine.connect() as connection:
        after = connection.execute(select(func.count()).select_from(named_changelog)).scalar_one()
        assert connection.execute(select(func.count()).select_from(conflicts)).scalar_one() == 0
    assert after == before + 1
    b.sync()
    assert b.value("organizations", org, "phone") == "+254 333"


def test_a_refusal_whose_reply_was_lost_reaches_the_device_on_the_retry(world: World, hq_engine: Engine) -> None:
    """A push with a refused change and an accepted one; the reply is lost after
    headquarters committed it.  The retry (which headquarters recognises as changes it
    holds) still answers the refusal, once: the device keeps it for a person instead of
    believing its change accepted; the next sync no longer repeats it, and headquarters
    then forgets it."""
    world.user("nairobi", role="field", countries=["KE"])
    hq = world.device("hq1", "hq")
    with hq.write() as writer:
        kenyan = writer.create("organizations", ORG)
    hq.sync()
    field = world.device("field", "nairobi")
    field.sync()
    with field.write() as writer:
        writer.update("organizations", kenyan, {"acronym": "TI-K"})
        wrong = writer.create("organizations", {"name": "Somewhere Else", "country": "MX"})
    world.adapter.drop_next_response = True
    with pytest.raises(SyncError):
        field.sync()
    with field.store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sync_refusals")).scalar_one() == 0
    report = field.sync()
    assert report.refused == 1
    with field.store.engine.connect() as connection:
        rows = connection.execute(text("SELECT row_id, code FROM sync_refusals")).all()
    assert [(row.row_id, row.code) for row in rows] == [(wrong, "out_of_scope")]
    assert field.replication.status().pending == 0
    with hq_engine.connect() as connection:
        kept = connection.execute(text("SELECT refused_upto, refused FROM devices WHERE id = :d"),
                                  {"d": field.store.device_id}).one()
    assert kept.refused_upto is not None  # until the device shows it has the answer
    with field.write() as writer:
        writer.update("organizations", kenyan, {"notes": "met in Nairobi"})
    assert field.sync().refused == 0  # its push starts past the refused one: not repeated
    with hq_engine.connect() as connection:
        kept = connection.execute(text("SELECT refused_upto, refused FROM devices WHERE id = :d"),
                                  {"d": field.store.device_id}).one()
    assert kept.refused_upto is None and kept.refused is None
    hq.sync()
    assert hq.value("organizations", kenyan, "acronym") == "TI-K"
    assert not hq.has("organizations", wrong)


def test_a_refusal_is_not_repeated_once_the_row_is_accepted_on_a_later_push(world: World, hq_engine: Engine) -> None:
    """A contact refused (its organization was deleted at headquarters) in a reply that was
    lost; headquarters then brings the organization back, and the device, having made
    another edit, sends everything again: the contact is accepted this time, and the old
    refusal is not answered again (the device would otherwise discard a contact that
    headquarters and everyone else hold)."""
    a, b, org = two_devices(world)
    with b.write() as writer:
        contact = writer.create("contacts", {"organization_id": org, "full_name": "Amina B.",
                                             "consent_on": "2024-01-01", "erased_on": None})
    with a.write() as writer:
        writer.delete("organizations", org)
    a.sync()
    world.adapter.drop_next_response = True
    with pytest.raises(SyncError):
        b.sync()  # refused: its organization is deleted; the answer is lost
    with a.write() as writer:
        writer.restore("organizations", org)
    a.sync()
    with b.write() as writer:
        writer.update("contacts", contact, {"position": "Director"})
    report = b.sync()
    assert report.refused == 0
    with b.store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sync_refusals")).scalar_one() == 0
    a.sync()
    assert a.value("contacts", contact, "position") == "Director"
    assert a.value("contacts", contact, "deleted") == 0


def test_a_device_years_ahead_does_not_win_forever(world: World) -> None:
    """A laptop whose clock says 2031 does not win every conflict: a concurrent edit made
    after its sync, at the right time, wins (headquarters re-stamps versions from the future)."""
    a, b, org = two_devices(world)
    future = 1_950_000_000_000  # 2031
    with a.write() as writer:
        writer._clock.now_ms = lambda: future  # this laptop's wall clock is wrong
        writer.update("organizations", org, {"phone": "from 2031"})
    a.sync()
    with b.write() as writer:  # concurrent: b has not received a's edit
        writer.update("organizations", org, {"phone": "later, right time"})
    b.sync(), a.sync()
    assert a.value("organizations", org, "phone") == "later, right time"
    (conflict,) = a.replication.conflicts()
    assert conflict["loser_value"] == "from 2031"


def test_noop_sync_is_one_round_trip(world: World) -> None:
    """With nothing to send or receive, a sync is a single request."""
    a, _b, _org = two_devices(world)
    report = a.sync()
    assert report.rounds == 1 and report.pushed_rows == 0 and report.pulled_rows == 0


def test_large_pulls_come_in_pages_and_all_arrive(world: World) -> None:
    """A pull larger than one response comes in several round trips and nothing is missed."""
    a = world.device("a", "hq")
    with a.write() as writer:
        ids = writer.create_many("organizations", [{"name": f"CSO {n}", "country": "KE",
                                                    "notes": "x" * 200} for n in range(300)])
    a.sync()
    b = world.device("b", "hq")
    b.client.pull_bytes = 20_000
    report = b.sync()
    assert report.rounds > 1
    assert all(b.has("organizations", row_id) for row_id in ids)


def test_reset_reconciles_again_and_keeps_local_edits(world: World) -> None:
    """Resetting the sync state pulls everything again without losing an unsent edit."""
    a, b, org = two_devices(world)
    with b.write() as writer:
        writer.update("organizations", org, {"notes": "unsent edit"})
    b.replication.reset()
    assert b.replication.status().cursor == 0
    b.sync(), a.sync()
    assert a.value("organizations", org, "notes") == "unsent edit"
    assert b.replication.status().pending == 0


def test_an_edit_waiting_for_a_later_batch_is_not_overwritten_by_a_pull(world: World) -> None:
    """A device whose unsent edits take two batches pulls, in the first round trip's
    answer, another office's older edit of a record whose edit waits for the second batch:
    the edit waiting is kept (its field is left out of the pulled row), goes in the second
    batch, and wins everywhere as the later one."""
    a, b, org = two_devices(world)
    with a.write() as writer:
        other = writer.create("organizations", {"name": "Second organization", "country": "KE"})
    a.sync(), b.sync()
    with b.write() as writer:
        writer.update("organizations", org, {"notes": "from b"})
    b.sync()
    with a.write() as writer:
        writer.update("organizations", other, {"notes": "x" * 3_000})  # a batch of its own
        writer.update("organizations", org, {"notes": "from a"})
    a.client.push_bytes = 2 * 1024
    report = a.sync()
    assert report.rounds >= 2
    b.sync()
    for device in (a, b):
        assert device.value("organizations", org, "notes") == "from a"
        assert device.value("organizations", other, "notes") == "x" * 3_000
    assert a.replication.status().pending == 0


def test_a_pull_deleting_much_of_the_local_data_stops_and_asks(world: World) -> None:
    """When headquarters' changes would delete a large share of the records here, the sync
    stops before changing anything; confirmed, it applies them."""
    a, b = world.device("a", "hq"), world.device("b", "hq")
    with a.write() as writer:
        ids = writer.create_many("organizations", [{"name": f"CSO {n}", "country": "KE"} for n in range(40)])
    a.sync(), b.sync()
    with a.write() as writer:
        for row_id in ids[:30]:
            writer.delete("organizations", row_id)
    a.sync()
    with pytest.raises(SyncError) as raised:
        b.sync()
    assert raised.value.code == "mass_delete" and "30 of the 40" in raised.value.message
    assert sum(1 for row_id in ids if b.value("organizations", row_id, "deleted") == 0) == 40
    b.client.allow_mass_delete = True
    b.sync()
    assert sum(1 for row_id in ids if b.value("organizations", row_id, "deleted") == 1) == 30


def test_push_and_pull_share_one_round_trip(world: World) -> None:
    """A device with changes to send and changes to receive needs a single request."""
    a, b, org = two_devices(world)
    with a.write() as writer:
        writer.update("organizations", org, {"acronym": "TI-K"})
    with b.write() as writer:
        writer.update("organizations", org, {"notes": "from b"})
    a.sync()
    report = b.sync()
    assert report.rounds == 1 and report.pushed_rows == 1 and report.pulled_rows == 1


def test_a_hundred_record_change_is_a_few_kilobytes(world: World) -> None:
    """Three fields changed on 100 organizations travel in one request each way, and the
    compressed bodies of the push and of the other device's pull stay small."""
    a, b = world.device("a", "hq"), world.device("b", "hq")
    with a.write() as writer:
        ids = writer.create_many("organizations", [{"name": f"CSO {n}", "country": "KE"} for n in range(100)])
    a.sync(), b.sync()
    with a.write() as writer:
        for n, row_id in enumerate(ids):
            writer.update("organizations", row_id, {"acronym": f"C{n}", "phone": f"+254 7{n:05d}",
                                                    "notes": f"Visited in March {n}"})
    push, pull = a.sync(), b.sync()
    assert push.rounds == 1 and pull.rounds == 1
    total = push.bytes_sent + push.bytes_received + pull.bytes_sent + pull.bytes_received
    assert total < 10_000, total  # bodies only; headers add about 0.5 KB (bench/bench_sync.py)
