"""Migration 0029 (issue 15, item 2): a record's one version stores its device by the
number ``log_devices`` gives it (``schema.VERSIONS_NUMBERED``), on SQLite and PostgreSQL.
A push stores it so; every reader gives the exact version back; a number given in a
transaction that rolled back never names a device for a reader (the numbers a process
keeps are committed ones); the upgrade writes what the program writes and the downgrade
gives the 25 bytes back; damaged forms are refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from sync.server import packing
from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine
from sync.server.schema import (STAR, DeviceNames, decode_versions, encode_versions, id_stored, log_devices, log_form,
                                one_version_stored, records, stored_one_version, table_stored)
from tests.sync.server.migrations import (edit_travels, kenyan_pair, migrate_to, served_at_head, stored_by_id,
                                          upgraded_with)
from tests.sync.world import Device

BEFORE = "0028_country_keys_shorter"
CLOCK = f"{0x18f3a2c4d5e60000:016x}"


def _raw(engine: Engine) -> dict[str, bytes]:
    """Each record's versions as stored, by id."""
    return stored_by_id(engine, "versions")


def _typed(engine: Engine) -> dict[str, dict[str, str]]:
    """field -> version of each record, as headquarters reads them."""
    with engine.connect() as connection:
        names = DeviceNames(connection)
        return {row.id: row.versions.of(row.data, names) for row in connection.execute(
            select(records.c.id, records.c.data, records.c.versions))}


def _on_laptop(device: Device, table_name: str, record_id: str, fields: Any) -> dict[str, str]:
    """field -> version of a record on a laptop."""
    raw = device.value(table_name, record_id, "sync_field_versions")
    versions = (json.loads(raw) if isinstance(raw, str) else raw) or {}
    whole = device.value(table_name, record_id, "sync_version")
    return {name: versions.get(name) or whole for name in fields}


def _number(connection: Any, device_id: str) -> int:
    """``device_id``'s number, given as a push gives it (schema.log_form)."""
    return log_form(connection, [{"device_id": device_id}])[device_id]


def test_a_push_stores_its_device_by_number_and_every_reader_gets_the_version(hq_url: str, tmp_path: Path) -> None:
    """A laptop's new records are stored with 10 bytes of versions (the clock and the
    device's number); headquarters reads the laptop's own versions back; laptops pulling by
    snapshot and by the change log hold exactly those versions; the downgrade stores the 25
    bytes again with the same versions, the upgrade the same 10 bytes, and an edit then
    travels."""
    engine, world = served_at_head(hq_url, tmp_path / "at-head", first=True)
    try:
        hq = world.device("HQ", "hq")
        org, person = kenyan_pair(hq)
        assert hq.sync().refused == 0
        stored, typed = _raw(engine), _typed(engine)
        assert [stored[org][:1], len(stored[org]), stored[person][:1], len(stored[person])] == [b"\x02", 10, b"\x02", 10]
        assert typed[org] == _on_laptop(hq, "organizations", org, typed[org])
        assert typed[person] == _on_laptop(hq, "contacts", person, typed[person])
        by_snapshot, by_log = world.device("SNAP", "hq"), world.device("LOG", "hq")
        by_log.client.snapshot = False
        for laptop in (by_snapshot, by_log):
            assert laptop.sync().quarantined == 0
            assert _on_laptop(laptop, "organizations", org, typed[org]) == typed[org]
            assert _on_laptop(laptop, "contacts", person, typed[person]) == typed[person]

        migrate_to(engine, BEFORE, down=True)
        former = _raw(engine)
        assert {len(value) for value in former.values()} == {25} and former[org][:1] == b"\x01"
        assert former[org][1:9] == stored[org][1:9] and former[org][9:].hex() == typed[org]["name"][16:]
        init_database(engine)
        assert current_revision(engine) == SCHEMA_HEAD
        assert _raw(engine) == stored and _typed(engine) == typed
        edit_travels(by_snapshot, by_log, "organizations", org, {"phone": "+254 20 200"})
    finally:
        world.close()
        engine.dispose()


def test_a_number_given_in_a_transaction_that_rolled_back_never_names_its_device(hq_engine: Engine) -> None:
    """A transaction numbers a device, stores a version by that number and reads it back as
    that device's; it rolls back.  Another numbers another device, which takes the same
    number, and commits: its record reads as the second device's, on the same engine and
    connection that read the first (no number given in an open transaction is kept)."""
    first, second = "a" * 32, "b" * 32
    with hq_engine.connect() as connection:
        transaction = connection.begin()
        number = _number(connection, first)
        connection.execute(records.insert().values(tbl="organizations", id="7f302c4d-9e5b-4a0c-9d8f-3c4d5e6f7081",
                                                   data={"name": "X"}, scope_keys=set(), deleted=False,
                                                   versions=encode_versions({CLOCK + first: STAR}, {first: number})))
        (read,) = connection.execute(select(records.c.data, records.c.versions)).all()
        assert read.versions.of(read.data, DeviceNames(connection)) == {"name": CLOCK + first}
        transaction.rollback()

        with connection.begin():
            assert _number(connection, second) == number
            connection.execute(records.insert().values(
                tbl="organizations", id="80413d5e-af6c-4b1d-8e90-4d5e6f708192", data={"name": "Y"},
                scope_keys=set(), deleted=False, versions=encode_versions({CLOCK + second: STAR}, {second: number})))
        (read,) = connection.execute(select(records.c.data, records.c.versions)).all()
        assert read.versions.of(read.data, DeviceNames(connection)) == {"name": CLOCK + second}
    with hq_engine.connect() as other:
        assert DeviceNames(other).device(number) == second


@pytest.fixture(scope="module")
def numbered(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A headquarters on SQLite whose log numbers 300 devices (numbers of one and two
    varint bytes), committed; an engine and those device ids."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('numbered') / 'hq.db'}")
    init_database(engine)
    devices = [f"{n:032x}" for n in range(1, 301)]
    with engine.begin() as connection:
        log_form(connection, [{"device_id": device_id} for device_id in devices])
    yield engine, devices
    engine.dispose()


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(clock=st.integers(0, 2**64 - 1), index=st.integers(0, 299), numbered_device=st.booleans())
def test_every_version_reads_back_exactly(numbered: Any, clock: int, index: int, numbered_device: bool) -> None:
    """Any clock with a numbered device is stored in 10 bytes (numbers to 127) or 11, any
    other device in 25, and reads back exactly: by the snapshot's reading
    (``stored_one_version``) and by every other (``decode_versions``)."""
    engine, devices = numbered
    device_id = devices[index] if numbered_device else f"e{index:031x}"  # never numbered
    version = f"{clock:016x}{device_id}"
    with engine.connect() as connection:
        numbers = {row.device_id: row.n for row in connection.execute(select(log_devices))}
        stored = encode_versions({version: STAR}, numbers)
        assert stored == one_version_stored(version, numbers)
        expected = (10 if numbers[device_id] < 128 else 11) if numbered_device and device_id in numbers else 25
        assert len(stored) == expected
        names = DeviceNames(connection)
        assert stored_one_version(stored, names) == version
        assert decode_versions(stored, names) == {version: STAR}


@pytest.mark.parametrize(("stored", "message"), [
    (b"\x02" + bytes(8) + b"\x80", "damaged"),  # the number never ends
    (b"\x02" + bytes(8) + b"\x81\x00", "damaged"),  # a number spelt longer than it is
    (b"\x02" + bytes(8) + b"\x01\x01", "damaged"),  # bytes after the number
    (b"\x02" + bytes(8) + b"\x7f", "does not hold"),  # a number no device has
    (b"\x02" + bytes(8) + b"\x00", "does not hold"),  # 0 is headquarters', never a version's
])
def test_damaged_numbered_versions_are_refused(hq_engine: Engine, stored: bytes, message: str) -> None:
    """Stored versions of the numbered form that are damaged, or name a number the log
    does not hold, are refused with a ValueError saying so, never read as some device's;
    any numbered form needs the connection's device names to be read at all."""
    with hq_engine.connect() as connection:
        with pytest.raises(ValueError, match=message):
            decode_versions(stored, DeviceNames(connection))
    with pytest.raises(ValueError, match="device names|damaged"):
        decode_versions(stored)


def test_the_upgrade_leaves_other_forms_as_they_were(hq_url: str) -> None:
    """At 0028, a record's one version by a device the log numbers, one by a device it does
    not, and several versions in JSON: the upgrade stores the first by number and leaves
    the others byte for byte; the downgrade gives the first its 25 bytes back."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, BEFORE)
        known, unknown = "c" * 32, "d" * 32
        held = {
            "5d1e0a2b-7c3f-4e8a-9b6d-1a2b3c4d5e6f": b"\x01" + bytes.fromhex(CLOCK + known),
            "6e2f1b3c-8d4a-4f9b-8c7e-2b3c4d5e6f70": b"\x01" + bytes.fromhex(CLOCK + unknown),
            "91524e6f-b07d-4c2e-9fa1-5e6f708192a3": b"\x00" + json.dumps({CLOCK + known: STAR, CLOCK + unknown: ["a"]})
            .encode(),
        }
        with engine.begin() as connection:
            number = _number(connection, known)
        upgraded_with(engine, [("organizations", record_id, {
            "tbl": table_stored("organizations"), "id": id_stored(record_id), "data": packing.pack({}),
            "versions": versions, "deleted": False, "scope_keys": ""}) for record_id, versions in held.items()])
        after = _raw(engine)
        ids = list(held)
        assert after[ids[0]] == b"\x02" + bytes.fromhex(CLOCK) + bytes((number,))
        assert after[ids[1]] == held[ids[1]] and after[ids[2]] == held[ids[2]]
        with engine.connect() as connection:
            assert decode_versions(after[ids[0]], DeviceNames(connection)) == {CLOCK + known: STAR}
        migrate_to(engine, BEFORE, down=True)
        assert _raw(engine) == held
    finally:
        engine.dispose()


@pytest.mark.parametrize("device", ["A" * 32, "Laptop-7".ljust(32, "x"), "a" * 31 + " "])
def test_only_a_device_of_32_lower_case_hex_digits_is_stored_by_number(device: str) -> None:
    """A device the log numbers but whose id is not 32 lower-case hex digits (no device
    enrols so; the downgrade could not write it back) keeps its version in the JSON form,
    which reads back exactly without the device names."""
    version = CLOCK + device
    stored = encode_versions({version: STAR}, {device: 5})
    assert stored[:1] == b"\x00" and decode_versions(stored) == {version: STAR}
