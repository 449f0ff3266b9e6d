"""Sync by file (issue 16) through the real headquarters on SQLite and on PostgreSQL: a
computer that never reaches the network exchanges sealed files with headquarters while
others sync over the network; the files obey the network's invariants (read twice, read out
of order, mixed with ordinary syncs: nothing lost, nothing doubled), and a changed, cut,
foreign or revoked file is refused with nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select, text

from lookingbeyond_desktop.headquarters import REGISTRY, validate_pushed
from sync import bundle
from sync.bundle import BundleError, DeviceKeys, KeyPair
from sync.bundle_client import export_bundle, import_reply
from sync.server import accounts
from sync.server.bundles import import_bundle
from sync.server.schema import devices, named_changelog, records
from tests.sync.world import Device, World


def carry(world: World, device: Device) -> bytes:
    """The device writes a file, headquarters imports it: the reply's bytes."""
    assert device.keys is not None
    made = export_bundle(device.replication, device.keys)
    return import_bundle(world.engine, REGISTRY, validate_pushed, made.data).reply


def round_trip(world: World, device: Device) -> None:
    """One whole round trip by file."""
    assert device.keys is not None
    import_reply(device.replication, device.keys, carry(world, device))


def changes_at_hq(engine: Engine) -> int:
    """How many changes headquarters' log holds."""
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(named_changelog)).scalar_one())


@pytest.fixture
def offices(world: World) -> tuple[Device, Device]:
    """An office that syncs only by file and one that syncs over the network, same country."""
    world.user("amina", "field", countries=["KE"])
    world.user("john", "field", countries=["KE"])
    return world.device("NO-LINK", "amina"), world.device("NAIROBI", "john")


def test_a_round_trip_by_file_carries_edits_both_ways(world: World, offices: tuple[Device, Device]) -> None:
    """An edit made on the computer without a link reaches the networked office through a
    file and its reply; the networked office's edit comes back in the next reply; the file
    computer's changes are acknowledged only once the reply is read."""
    far, near = offices
    with far.write() as writer:
        org = writer.create("organizations", {"name": "Turkana Women Network", "country": "KE"})
    made = export_bundle(far.replication, far.keys)  # type: ignore[arg-type]
    assert made.records == 1 and far.replication.status().pending == 1  # not marked sent
    result = import_bundle(world.engine, REGISTRY, validate_pushed, made.data)
    assert result.changes == 1 and result.refused == 0 and result.held_before == 0
    assert far.replication.status().pending == 1
    read = import_reply(far.replication, far.keys, result.reply)  # type: ignore[arg-type]
    assert read.pending == 0 and far.replication.status().pending == 0
    near.sync()
    assert near.value("organizations", org, "name") == "Turkana Women Network"
    with near.write() as writer:
        writer.update("organizations", org, {"phone": "+254 54 21000"})
    near.sync()
    round_trip(world, far)
    assert far.value("organizations", org, "phone") == "+254 54 21000"


def test_a_file_imported_twice_and_a_reply_read_twice_change_nothing(
        world: World, offices: tuple[Device, Device]) -> None:
    """Headquarters recognises a file's changes it holds (its log does not grow); the
    second reply is as good as the first; a reply read a second time is said to be so."""
    far, _near = offices
    with far.write() as writer:
        writer.create("organizations", {"name": "Lodwar Youth Forum", "country": "KE"})
    made = export_bundle(far.replication, far.keys)  # type: ignore[arg-type]
    first = import_bundle(world.engine, REGISTRY, validate_pushed, made.data)
    logged = changes_at_hq(world.engine)
    second = import_bundle(world.engine, REGISTRY, validate_pushed, made.data)
    assert changes_at_hq(world.engine) == logged
    assert second.held_before == second.changes == 1
    read = import_reply(far.replication, far.keys, second.reply)  # type: ignore[arg-type]
    assert not read.already_read and read.pending == 0
    again = import_reply(far.replication, far.keys, second.reply)  # type: ignore[arg-type]
    assert again.already_read
    late = import_reply(far.replication, far.keys, first.reply)  # type: ignore[arg-type]
    assert not late.already_read and late.pending == 0 and late.received == 0


def test_files_out_of_order_and_mixed_with_network_syncs_lose_and_double_nothing(
        world: World, offices: tuple[Device, Device]) -> None:
    """Two files made one after the other before any reply; headquarters imports the
    second, then the first; the computer syncs once over the network in between and reads
    the replies newest first: every edit is at headquarters once, the acknowledgement and
    the cursor never go back, and an edit made at headquarters' side is not undone by the
    older reply."""
    far, near = offices
    with far.write() as writer:
        a = writer.create("organizations", {"name": "Kitale Farmers", "country": "KE"})
    one = export_bundle(far.replication, far.keys)  # type: ignore[arg-type]
    with far.write() as writer:
        b = writer.create("organizations", {"name": "Eldoret Watch", "country": "KE"})
    two = export_bundle(far.replication, far.keys)  # type: ignore[arg-type]
    reply_two = import_bundle(world.engine, REGISTRY, validate_pushed, two.data).reply
    logged = changes_at_hq(world.engine)
    reply_one = import_bundle(world.engine, REGISTRY, validate_pushed, one.data).reply
    assert changes_at_hq(world.engine) == logged  # the first file's change came in the second
    near.sync()
    with near.write() as writer:
        writer.update("organizations", a, {"phone": "+254 53 100"})
    near.sync()
    far.sync()  # the office found a link for once
    cursor = far.replication.status().cursor
    import_reply(far.replication, far.keys, reply_two)  # type: ignore[arg-type]
    import_reply(far.replication, far.keys, reply_one)  # type: ignore[arg-type]
    status = far.replication.status()
    assert status.cursor == cursor and status.pending == 0
    assert far.value("organizations", a, "phone") == "+254 53 100"
    assert near.value("organizations", b, "name") == "Eldoret Watch"
    with world.engine.connect() as connection:
        ids = [r.id for r in connection.execute(select(records.c.id).select_from(named_changelog).where(
            records.c.tbl == "organizations", records.c.id.in_([a, b])))]
    assert sorted(ids).count(a) >= 1 and ids.count(b) == 1


def test_a_changed_a_cut_or_a_foreign_file_is_refused_with_nothing_written(
        world: World, offices: tuple[Device, Device]) -> None:
    """A byte changed anywhere, a file cut short, a file sealed for another headquarters,
    and a file that is not a sync file at all are each refused with their own message;
    headquarters' log does not move."""
    far, _near = offices
    with far.write() as writer:
        writer.create("organizations", {"name": "Marsabit Peace Forum", "country": "KE"})
    data = export_bundle(far.replication, far.keys).data  # type: ignore[arg-type]
    before = changes_at_hq(world.engine)
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    elsewhere = DeviceKeys(far.keys.own, KeyPair.generate().public())  # type: ignore[union-attr]
    foreign = export_bundle(far.replication, elsewhere).data
    cases = {"damaged": [bytes(flipped), data[: len(data) - 7], data[:40]],
             "foreign": [foreign], "not_a_bundle": [b"%PDF-1.7 not a sync file"]}
    for code, files in cases.items():
        for bad in files:
            with pytest.raises(BundleError) as refused:
                import_bundle(world.engine, REGISTRY, validate_pushed, bad)
            assert refused.value.code == code, (code, refused.value.message)
            assert refused.value.message
    assert changes_at_hq(world.engine) == before


def test_a_file_signed_by_another_computer_is_refused(world: World, offices: tuple[Device, Device]) -> None:
    """A file that names one computer but was signed with another key (someone who copied
    a device id) is refused before anything is applied."""
    far, _near = offices
    impostor = DeviceKeys(KeyPair.generate(), far.keys.hq)  # type: ignore[union-attr]
    with far.write() as writer:
        writer.create("organizations", {"name": "Isiolo Forum", "country": "KE"})
    data = export_bundle(far.replication, impostor).data
    before = changes_at_hq(world.engine)
    with pytest.raises(BundleError) as refused:
        import_bundle(world.engine, REGISTRY, validate_pushed, data)
    assert refused.value.code == "bad_signature"
    assert changes_at_hq(world.engine) == before


def test_a_revoked_computers_file_is_refused(world: World, offices: tuple[Device, Device]) -> None:
    """Once headquarters revokes a computer, its files are refused (as its token is)."""
    far, _near = offices
    with far.write() as writer:
        writer.create("organizations", {"name": "Wajir Forum", "country": "KE"})
    data = export_bundle(far.replication, far.keys).data  # type: ignore[arg-type]
    with world.engine.begin() as connection:
        accounts.revoke_device(connection, far.store.device_id)
    before = changes_at_hq(world.engine)
    with pytest.raises(BundleError) as refused:
        import_bundle(world.engine, REGISTRY, validate_pushed, data)
    assert refused.value.code == "device_revoked" and "revoked" in refused.value.message
    assert changes_at_hq(world.engine) == before


def test_a_reply_for_another_computer_or_a_changed_reply_is_refused(
        world: World, offices: tuple[Device, Device]) -> None:
    """A reply is read only by the computer whose file it answers; a reply changed on the
    way is refused; nothing is written on the computer either way."""
    far, near = offices
    with far.write() as writer:
        writer.create("organizations", {"name": "Garissa Forum", "country": "KE"})
    reply = carry(world, far)
    with pytest.raises(BundleError) as other:
        import_reply(near.replication, near.keys, reply)  # type: ignore[arg-type]
    assert other.value.code == "other_device"
    flipped = bytearray(reply)
    flipped[-3] ^= 0x40
    with pytest.raises(BundleError) as changed:
        import_reply(far.replication, far.keys, bytes(flipped))  # type: ignore[arg-type]
    assert changed.value.code == "damaged"
    assert far.replication.status().pending == 1
    with pytest.raises(BundleError) as wrong_way:
        import_reply(far.replication, far.keys,  # type: ignore[arg-type]
                     export_bundle(far.replication, far.keys).data)  # type: ignore[arg-type]
    assert wrong_way.value.code == "wrong_kind"


def test_a_refusal_by_file_reaches_the_computer_once(world: World, offices: tuple[Device, Device]) -> None:
    """A change headquarters refuses (a record outside the office's countries) is reported
    in the reply, with the fields it carried; the file imported again gives a reply that
    repeats the refusal, and reading both lists it once."""
    far, _near = offices
    with far.write() as writer:
        writer.create("organizations", {"name": "Addis Forum", "country": "ET"})
    made = export_bundle(far.replication, far.keys).data  # type: ignore[arg-type]
    first = import_bundle(world.engine, REGISTRY, validate_pushed, made)
    again = import_bundle(world.engine, REGISTRY, validate_pushed, made)
    assert first.refused == 1 and again.refused == 1
    read = import_reply(far.replication, far.keys, first.reply)  # type: ignore[arg-type]
    assert [r["code"] for r in read.refused] == ["out_of_scope"]
    import_reply(far.replication, far.keys, again.reply)  # type: ignore[arg-type]
    with far.store.engine.connect() as connection:
        listed = connection.execute(text("SELECT code, fields, new_record FROM sync_refusals")).all()
    assert len(listed) == 1 and listed[0].code == "out_of_scope" and listed[0].new_record


def test_a_wipe_order_travels_in_a_reply(world: World, offices: tuple[Device, Device]) -> None:
    """A computer ordered wiped that syncs only by file: its file's changes are applied,
    then the reply orders the erasure (and headquarters records that it was sent)."""
    far, _near = offices
    with far.write() as writer:
        org = writer.create("organizations", {"name": "Moyale Forum", "country": "KE"})
    with world.engine.begin() as connection:
        accounts.request_wipe(connection, far.store.device_id)
    result = import_bundle(world.engine, REGISTRY, validate_pushed,
                           export_bundle(far.replication, far.keys).data)  # type: ignore[arg-type]
    assert result.wipe and result.changes == 1
    read = import_reply(far.replication, far.keys, result.reply)  # type: ignore[arg-type]
    assert read.wipe and read.pending == 0
    with world.engine.connect() as connection:
        sent = connection.execute(select(devices.c.wipe_sent_at)
                                  .where(devices.c.id == far.store.device_id)).scalar_one()
    assert sent is not None
    del org


def test_sealed_files_reveal_nothing_in_plain_text(world: World, offices: tuple[Device, Device]) -> None:
    """Neither a file nor its reply holds a name or a device id in plain text (a lost
    stick reveals nothing)."""
    far, near = offices
    with near.write() as writer:
        writer.create("organizations", {"name": "Nyeri Integrity Watch", "country": "KE"})
    near.sync()
    with far.write() as writer:
        writer.create("organizations", {"name": "Meru Transparency Hub", "country": "KE"})
    made = export_bundle(far.replication, far.keys).data  # type: ignore[arg-type]
    reply = import_bundle(world.engine, REGISTRY, validate_pushed, made).reply
    for data in (made, reply):
        for secret in (b"Transparency", b"Integrity", far.store.device_id.encode()):
            assert secret not in data
    assert bundle.read_header(made)["kind"] == "request"


def test_a_refusal_in_a_lost_reply_is_not_lost(world: World, offices: tuple[Device, Device]) -> None:
    """A reply carrying a refusal is lost on the way back; an older file (made when nothing
    was pending) is carried late, and the refused change's file spans several push batches:
    none of these makes headquarters forget the refusal, and the next file's reply brings it."""
    far, _near = offices
    stale = export_bundle(far.replication, far.keys).data  # type: ignore[arg-type]  # nothing pending
    with far.write() as writer:
        writer.create("organizations", {"name": "Addis Forum", "country": "ET"})  # refused
        for n in range(30):
            writer.create("organizations", {"name": f"Kisumu Forum {n}", "country": "KE"})
    made = export_bundle(far.replication, far.keys, push_bytes=2_000)  # type: ignore[arg-type]
    assert made.batches > 2
    lost = import_bundle(world.engine, REGISTRY, validate_pushed, made.data)
    assert lost.refused == 1  # ...and the reply never reaches the computer
    import_bundle(world.engine, REGISTRY, validate_pushed, stale)  # carried late
    again = export_bundle(far.replication, far.keys).data  # type: ignore[arg-type]
    read = import_reply(far.replication, far.keys,  # type: ignore[arg-type]
                        import_bundle(world.engine, REGISTRY, validate_pushed, again).reply)
    assert [(r["t"], r["code"]) for r in read.refused] == [("organizations", "out_of_scope")]
    assert read.pending == 0
    # Read, it is shown by the next file: headquarters stops sending it.
    nothing = export_bundle(far.replication, far.keys).data  # type: ignore[arg-type]
    assert import_bundle(world.engine, REGISTRY, validate_pushed, nothing).refused == 0


@pytest.mark.usefixtures("memory_keyring")
def test_a_computer_enrolled_before_sync_by_file_gets_its_keys_at_its_next_sync(world: World) -> None:
    """A computer enrolled by a version without sync by file (no keys given) gives its
    public keys after its next ordinary sync and keeps headquarters' in its keyring; from
    then on it can write a file that headquarters accepts.  Enrolling now gives the keys
    at once."""
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.store.sync_adapter import replication_for
    from sync import client, session
    from tests.sync.credentials import PASSWORD
    from tests.sync.harness import SERVER_URL

    world.user("amina", "field", countries=["KE"])
    store = Store.open(world.tmp / "OLD")
    try:
        replication = replication_for(store)
        answer = client.enrol(SERVER_URL, "amina", PASSWORD, store.device_id, "OLD",
                              session=world.session)
        assert "hq_keys" not in answer or answer["hq_keys"] is None
        client.save_token(store.device_id, answer["token"])
        replication.configure(server_url=SERVER_URL, user_name="amina")
        assert bundle.load_keys(store.device_id) is None
        with pytest.raises(Exception) as missing:
            session.bundle_keys(store.device_id)
        assert getattr(missing.value, "code", None) == "no_keys"
        session.run_sync(replication, session=world.session)
        keys = session.bundle_keys(store.device_id)
        with world.engine.connect() as connection:
            row = connection.execute(select(devices.c.bundle_sign_key, devices.c.bundle_box_key)
                                     .where(devices.c.id == store.device_id)).one()
        assert (row.bundle_sign_key, row.bundle_box_key) == (keys.own.public().sign,
                                                            keys.own.public().box)
        with store.write(author="amina") as writer:
            writer.create("organizations", {"name": "Naivasha Forum", "country": "KE"})
        made = export_bundle(replication, keys)
        assert import_bundle(world.engine, REGISTRY, validate_pushed, made.data).changes == 1
        fresh = Store.open(world.tmp / "NEW")
        try:
            session.enrol_device(replication_for(fresh), SERVER_URL, "amina", PASSWORD, "NEW",
                                 session=world.session)
            assert session.bundle_keys(fresh.device_id).hq == keys.hq
        finally:
            fresh.close()
    finally:
        store.close()


def test_files_that_continue_from_a_point_the_other_side_lacks_are_refused(
        world: World, offices: tuple[Device, Device]) -> None:
    """A file whose changes start after what headquarters holds (headquarters restored
    from a backup since the last reply) is refused as out of order, with nothing applied;
    a reply that continues from a cursor the computer no longer has (reset since it wrote
    the file) is refused too, and the computer's data is untouched."""
    far, near = offices
    with near.write() as writer:
        writer.create("organizations", {"name": "Nakuru Forum", "country": "KE"})
    near.sync()
    with far.write() as writer:
        writer.create("organizations", {"name": "Embu Forum", "country": "KE"})
    round_trip(world, far)
    assert far.replication.status().cursor > 0
    with far.write() as writer:
        writer.create("organizations", {"name": "Kitui Forum", "country": "KE"})
    later = export_bundle(far.replication, far.keys).data  # type: ignore[arg-type]
    with world.engine.begin() as connection:  # headquarters as its backup had it
        connection.execute(devices.update().where(devices.c.id == far.store.device_id)
                           .values(pushed_seq=0))
    before = changes_at_hq(world.engine)
    with pytest.raises(BundleError) as gap:
        import_bundle(world.engine, REGISTRY, validate_pushed, later)
    assert gap.value.code == "out_of_order" and "earlier" in gap.value.message
    assert changes_at_hq(world.engine) == before
    with world.engine.begin() as connection:
        connection.execute(devices.update().where(devices.c.id == far.store.device_id)
                           .values(pushed_seq=1))
    reply = import_bundle(world.engine, REGISTRY, validate_pushed, later).reply
    assert json_cursor(reply, far) > 0
    far.replication.reset()
    status = far.replication.status()
    assert status.cursor == 0
    with pytest.raises(BundleError) as behind:
        import_reply(far.replication, far.keys, reply)  # type: ignore[arg-type]
    assert behind.value.code == "out_of_order"
    assert far.replication.status() == status


def json_cursor(reply: bytes, device: Device) -> int:
    """The cursor a reply continues from (read with the device's key)."""
    opened = bundle.open_sealed(reply, device.keys.own)  # type: ignore[union-attr]
    return int(opened.facts["request_cursor"])
