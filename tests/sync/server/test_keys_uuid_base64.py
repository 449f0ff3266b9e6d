"""Migration 0022 (issue 15, item 2): a scope key naming a record by its UUID is stored with
the UUID's 16 bytes in base64url (22 characters instead of 36), on SQLite and PostgreSQL.
The upgrade writes exactly what the program writes, the downgrade gives the former text
back, and a partner (whose scope is such a key) then receives exactly its records, by
snapshot and by the change log.  Keys of other forms are stored as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from sqlalchemy import Engine, insert, select

from sync.server import packing
from sync.server.database import SCHEMA_HEAD, current_revision, make_engine
from sync.server.schema import holds_any, keys_storable, pack_keys, read_key, records, stored_key, unpack_keys
from tests.sync.server.migrations import migrate_to, stored_by_id, upgraded_with, whole_record
from tests.sync.world import World

BEFORE = "0021_versions_binary"
VERSION = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"
KENYAN = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
UGANDAN = "2d9e3b6a-5e4f-4a71-8cbd-2e3f4a5b6c7d"
PERSON = "1c8d2a5f-4d3e-4f60-9bac-1d2e3f4a5b6c"
ODD = "3eaf4c7b-6f50-4b82-9dce-3f4a5b6c7d8e"



# (table, id, values, keys as the text before 0022 held them)
HELD = (
    ("organizations", KENYAN, whole_record("organizations", name="Kenya Integrity Forum", country="KE",
                                     org_type="ngo", ecosoc_status="none"), f" c:KE o:{KENYAN} "),
    ("organizations", UGANDAN, whole_record("organizations", name="Uganda Youth Voice", country="UG",
                                      org_type="ngo", ecosoc_status="none"),
     f" c:UG o:{UGANDAN} p:{KENYAN} "),
    ("contacts", PERSON, whole_record("contacts", organization_id=KENYAN, full_name="Amina Odhiambo",
                                consent_on="2024-01-01"), f" c:KE o:{KENYAN} "),
    ("organizations", ODD, whole_record("organizations", name="Keys of other forms", country="KE",
                                  org_type="ngo", ecosoc_status="none"),
     f" c:KE o:{ODD.upper()} o:x x:at-risk "),
)
def _raw(engine: Engine) -> dict[str, str]:
    """Each record's keys' text as stored, by id."""
    return stored_by_id(engine, "scope_keys")


def test_uuid_keys_are_stored_shorter_and_given_back(hq_url: str, tmp_path: Path) -> None:
    """A database at 0021 is upgraded: each key naming a UUID is 22 characters after a
    ``~`` and every record's text is ``pack_keys``'s for its keys; keys of other forms
    (an upper-case id, not an id, the at-risk key) are kept as they were.  A partner of the
    Kenyan organization then receives it, its contact and the Ugandan organization it takes
    part with (``p:``), by snapshot and by the change log; the downgrade gives the text back."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, BEFORE)
        upgraded_with(engine, [(table_name, record_id, {
            "tbl": table_name, "id": record_id, "data": packing.pack(data),
            "versions": b"\x01" + bytes.fromhex(VERSION), "deleted": False, "scope_keys": keys})
            for table_name, record_id, data, keys in HELD])
        assert current_revision(engine) == SCHEMA_HEAD
        stored = _raw(engine)
        for _t, record_id, _d, keys in HELD:
            assert stored[record_id] == pack_keys(keys.split())
        assert len(stored[KENYAN]) == len(f" c:KE o:{KENYAN} ") - 14 - 2  # and "c:KE" as "KE" since 0028
        assert stored[ODD] == f" KE o:{ODD.upper()} o:x x:at-risk "
        with engine.connect() as connection:
            assert {row.id: row.scope_keys for row in connection.execute(select(records.c.id, records.c.scope_keys))} \
                == {record_id: set(keys.split()) for _t, record_id, _d, keys in HELD}

        world = World(engine, tmp_path)
        try:
            world.user("rlo", role="partner", countries=[], organization_id=KENYAN)
            by_snapshot, by_log = world.device("SNAP", "rlo"), world.device("LOG", "rlo")
            by_log.client.snapshot = False
            for laptop in (by_snapshot, by_log):
                assert laptop.sync().quarantined == 0
                assert laptop.has("organizations", KENYAN) and laptop.has("contacts", PERSON)
                assert laptop.has("organizations", UGANDAN) and not laptop.has("organizations", ODD)
        finally:
            world.close()

        migrate_to(engine, BEFORE, down=True)
        assert _raw(engine) == {record_id: keys for _t, record_id, _d, keys in HELD}
    finally:
        engine.dispose()


def test_a_uuid_key_is_matched_whole_and_never_by_a_stored_form(hq_engine: Engine) -> None:
    """``holds_any`` finds a record by its ``o:`` key, not by the same id in upper case, nor
    by another kind of key with that id, nor by a key spelt in the stored form (a ``~``:
    no key holds one, and none is stored)."""
    with hq_engine.begin() as connection:
        connection.execute(insert(records).values(tbl="organizations", id=KENYAN, data={}, versions={},
                                                  deleted=False, scope_keys={"c:KE", f"o:{KENYAN}"}))

        def found(*keys: str) -> bool:
            return connection.execute(select(records.c.id).where(holds_any(records.c.scope_keys, keys))).first() \
                is not None

        assert found(f"o:{KENYAN}")
        assert not found(f"o:{KENYAN.upper()}") and not found(f"p:{KENYAN}")
        assert not found(stored_key(f"o:{KENYAN}"))


@pytest.mark.parametrize("key", [f"o:{KENYAN}", f"p:{UGANDAN}", "c:KE", "x:at-risk", "o:x", f"o:{KENYAN.upper()}",
                                 f"o:{KENYAN}-", ":" + KENYAN, "o:" + KENYAN.replace("-", "")])
def test_a_key_reads_back_as_it_went(key: str) -> None:
    """Every key reads back exactly from its stored form; only a lower-case UUID after a
    kind of its own is stored shorter (and a country's key, since migration 0028); a key
    with a ``~`` is refused."""
    assert read_key(stored_key(key)) == key
    assert (stored_key(key) != key) == (key in (f"o:{KENYAN}", f"p:{UGANDAN}", "c:KE"))  # c:KE as KE: 0028
    assert pack_keys([key]) == f" {stored_key(key)} "
    assert not keys_storable({key.replace(":", "~", 1)})


@pytest.mark.parametrize("stored", ["c:A~B", "o~short", "~" + "A" * 22, "o:x~" + "A" * 22, "o~" + "A" * 21 + "="])
def test_text_that_is_not_a_stored_uuid_key_reads_as_it_is(stored: str) -> None:
    """Stored text with a ``~`` that is not exactly ``<kind>~<22 base64url characters>``
    (no key is made so, but a database could hold one) reads as it is, never fails."""
    assert read_key(stored) == stored
    assert unpack_keys(f" c:KE {stored} ") == {"c:KE", stored}
