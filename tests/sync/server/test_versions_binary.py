"""Migration 0021 (issue 15, item 2): a record's versions stored binary, on SQLite and
PostgreSQL.  One version for every field whose version is the usual 48 hex digits becomes
its 25 bytes; any other versions keep their JSON text after a byte of form.  The upgrade
writes what the program writes, the downgrade gives the JSON back, and laptops pulling
afterwards hold every record's per-field versions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, column, select, table, text

from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine
from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server import packing
from sync.server.schema import STAR, DeviceNames, decode_versions, encode_versions, records
from tests.sync.server.migrations import any_id, edit_travels, kenyan_pair, migrate_to, migrated, served_at_head

BEFORE = "0020_change_log_devices_numbered"
HEX = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"
NEWER = f"{0x18f3a2c4d5e70000:016x}{'b' * 32}"
# Versions of forms a device could have written, as JSON text of the time before 0021.
ODD_FORMS: dict[str, str] = {
    "5d1e0a2b-7c3f-4e8a-9b6d-1a2b3c4d5e6f": json.dumps({HEX: STAR}),  # spaces: the json module's
    "6e2f1b3c-8d4a-4f9b-8c7e-2b3c4d5e6f70": json.dumps({f"{1:016x}Laptop-7": STAR}),  # not 32 hex
    "7f302c4d-9e5b-4a0c-9d8f-3c4d5e6f7081": json.dumps({HEX.upper(): STAR}),  # upper case: not ours
    "80413d5e-af6c-4b1d-8e90-4d5e6f708192": json.dumps({NEWER: ["phone"], HEX: STAR}),
    "91524e6f-b07d-4c2e-9fa1-5e6f708192a3": json.dumps({f"{2:016x}caf\u00e9": STAR}, ensure_ascii=False),
}
RAW = table("records", column("id"), column("versions"))


def _raw(engine: Engine) -> dict[str, Any]:
    """Each record's versions as stored (bytes since 0021, JSON text or value before)."""
    with engine.connect() as connection:
        return {any_id(row.id): (bytes(row.versions) if isinstance(row.versions, (bytes, memoryview))
                         else json.loads(row.versions) if isinstance(row.versions, str) else row.versions)
                for row in connection.execute(select(RAW.c.id, RAW.c.versions))}


def _typed(engine: Engine) -> dict[str, dict[str, str]]:
    """field -> version of each record, as headquarters reads them."""
    with engine.connect() as connection:
        names = DeviceNames(connection)
        return {row.id: row.versions.of(row.data, names) for row in connection.execute(
            select(records.c.id, records.c.data, records.c.versions))}


def test_pushed_versions_go_back_to_json_and_return_byte_for_byte(hq_url: str, tmp_path: Path) -> None:
    """Versions a push stored (one version for a whole record; a contact with a newer phone)
    read the same after a downgrade to JSON and after the upgrade, which stores exactly the
    bytes the program stores (10 for a whole record: its device by number since 0029); laptops pulling afterwards by snapshot
    (in columns) and by the change log end equal, and an edit made then reaches both."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    try:
        hq = world.device("HQ", "hq")
        org, person = kenyan_pair(hq)
        assert hq.sync().refused == 0
        with hq.write() as writer:
            writer.update("contacts", person, {"phone": "+254 20 100"})
        assert hq.sync().refused == 0
        stored, typed = _raw(engine), _typed(engine)
        with engine.connect() as connection:  # the device by its number since 0029
            packed = {record_id: decode_versions(value, DeviceNames(connection)) for record_id, value in stored.items()}
        assert len(stored[org]) == 10 and stored[org][:1] == b"\x02"
        assert stored[person][:1] == b"\x00" and len(set(typed[person].values())) == 2
    finally:
        world.close()
        engine.dispose()

    with migrated(hq_url, BEFORE, down=True) as engine:
        former = _raw(engine)
        assert former == packed

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        assert _raw(engine) == stored
        assert _typed(engine) == typed
        by_snapshot, by_log = world.device("SNAP", "hq"), world.device("LOG", "hq")
        by_log.client.snapshot = False
        for laptop in (by_snapshot, by_log):
            assert laptop.sync().quarantined == 0
            assert laptop.value("contacts", person, "phone") == "+254 20 100"
        assert by_snapshot.export(tmp_path) == by_log.export(tmp_path)
        edit_travels(by_snapshot, by_log, "organizations", org, {"phone": "+254 20 200"})
    finally:
        world.close()
        engine.dispose()


def test_versions_of_other_forms_keep_their_json(hq_url: str) -> None:
    """Stored versions of forms the binary one does not hold exactly (a device id that is
    not 32 hex digits, upper case, several versions, text beyond ASCII) keep their JSON
    after a byte of form and read back the same; one version of the usual form written
    with spaces becomes its 25 bytes; the downgrade gives every one back as it read."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, BEFORE)
        postgres = engine.dialect.name == "postgresql"
        insert = text("INSERT INTO records (tbl, id, data, versions, deleted, scope_keys) VALUES "
                      f"('organizations', :i, :d, {'CAST(:v AS json)' if postgres else ':v'}, :f, ' c:KE ')")
        with engine.begin() as connection:
            for record_id, versions in ODD_FORMS.items():
                connection.execute(insert, {"i": record_id, "d": packing.pack({"name": "X", "phone": None}),
                                            "v": versions, "f": False})
        init_database(engine, REGISTRY)
        assert current_revision(engine) == SCHEMA_HEAD
        stored = _raw(engine)
        for record_id, versions in ODD_FORMS.items():
            packed = json.loads(versions)
            assert decode_versions(stored[record_id]) == packed
            assert stored[record_id] == encode_versions(packed) or (
                stored[record_id][:1] == b"\x00" and json.loads(stored[record_id][1:]) == packed)
        forms = [stored[record_id][:1] for record_id in ODD_FORMS]
        assert forms == [b"\x01", b"\x00", b"\x00", b"\x00", b"\x00"]
        assert len(stored["5d1e0a2b-7c3f-4e8a-9b6d-1a2b3c4d5e6f"]) == 25
        typed = _typed(engine)
        assert typed["6e2f1b3c-8d4a-4f9b-8c7e-2b3c4d5e6f70"] == {"name": f"{1:016x}Laptop-7",
                                                                 "phone": f"{1:016x}Laptop-7"}
        assert typed["80413d5e-af6c-4b1d-8e90-4d5e6f708192"] == {"name": HEX, "phone": NEWER}
        migrate_to(engine, BEFORE, down=True)
        assert _raw(engine) == {record_id: json.loads(versions) for record_id, versions in ODD_FORMS.items()}
    finally:
        engine.dispose()


@pytest.mark.parametrize("version", [HEX, HEX.upper(), HEX[:47], HEX + "0", " " + HEX[1:], HEX[:46] + " 0",
                                     f"{1:016x}Laptop-7", "", "0x" + HEX[2:]])
def test_only_a_version_of_48_lower_case_hex_digits_is_stored_binary(version: str) -> None:
    """One version of every field takes 25 bytes only when its text comes back exactly from
    them (48 lower-case hex digits); any other (upper case, a space, another length, another
    device id) is kept as JSON text, and every one reads back as it went."""
    stored = encode_versions({version: STAR})
    assert (len(stored) == 25 and stored[:1] == b"\x01") == (version == HEX)
    assert decode_versions(stored) == {version: STAR}
