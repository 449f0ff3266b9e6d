"""Migration 0028 (issue 15, item 2): a country's scope key (``c:`` and two capitals) is
stored as its code, on SQLite and PostgreSQL.  The upgrade writes exactly what the program
writes, the downgrade gives the former text back, and field devices and a partner then
receive exactly their records, by snapshot and by the change log.  Keys of other forms are
stored as they are, and no other key can read back as a country's."""

from __future__ import annotations

from pathlib import Path

import pytest

from sqlalchemy import Engine, insert, select

from sync.server import packing
from sync.server.database import SCHEMA_HEAD, current_revision, make_engine
from sync.server.schema import (holds_any, id_stored, keys_storable, pack_keys, read_key, records, stored_key,
                                table_stored, unpack_keys)
from tests.sync.server.migrations import migrate_to, stored_by_id, upgraded_with, whole_record
from tests.sync.world import World

BEFORE = "0027_values_laid_out"
VERSION = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"
KENYAN = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
TANZANIAN = "2d9e3b6a-5e4f-4a71-8cbd-2e3f4a5b6c7d"
PERSON = "1c8d2a5f-4d3e-4f60-9bac-1d2e3f4a5b6c"
ODD = "3eaf4c7b-6f50-4b82-9dce-3f4a5b6c7d8e"


def _before(*keys: str) -> str:
    """Keys as the text before 0028 held them: a UUID's key in base64url (0022), every
    other key as it is, sorted."""
    return f" {' '.join(sorted(stored_key(key) if len(key) >= 38 else key for key in keys))} "


# (table, id, values, keys)
HELD = (
    ("organizations", KENYAN, whole_record("organizations", name="Kenya Integrity Forum", country="KE",
                                           org_type="ngo", ecosoc_status="none"), ("c:KE", f"o:{KENYAN}")),
    ("organizations", TANZANIAN, whole_record("organizations", name="Tanzania Youth Voice", country="TZ",
                                              org_type="ngo", ecosoc_status="none"),
     ("c:TZ", "c:UG", f"o:{TANZANIAN}", f"p:{KENYAN}")),
    ("contacts", PERSON, whole_record("contacts", organization_id=KENYAN, full_name="Amina Odhiambo",
                                      consent_on="2024-01-01"), ("c:KE", f"o:{KENYAN}")),
    ("organizations", ODD, whole_record("organizations", name="Keys of other forms", country="KE",
                                        org_type="ngo", ecosoc_status="none"),
     ("c:KEN", "c:ke", "c:K", "c:K1", "o:x", "x:at-risk")),
)
def _raw(engine: Engine) -> dict[str, str]:
    """Each record's keys' text as stored, by id."""
    return stored_by_id(engine, "scope_keys")


def test_country_keys_are_stored_as_their_codes_and_given_back(hq_url: str, tmp_path: Path) -> None:
    """A database at 0027 is upgraded: each ``c:`` key of two capitals is stored as the
    code and every record's text is ``pack_keys``'s for its keys; keys of other forms (a
    three-letter code, lower case, one letter, a digit, the at-risk key) are kept as they
    were.  A field device of Kenya then receives the Kenyan organization and its contact,
    one of Uganda the organization also keyed for Uganda, a partner of the Kenyan
    organization what it organizes and takes part in, by snapshot and by the change log, and
    none the record whose keys only look like a country's; the downgrade gives the text
    back."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, BEFORE)
        upgraded_with(engine, [(table_name, record_id, {
            "tbl": table_stored(table_name), "id": id_stored(record_id), "data": packing.pack(data),
            "versions": b"\x01" + bytes.fromhex(VERSION), "deleted": False, "scope_keys": _before(*keys)})
            for table_name, record_id, data, keys in HELD])
        assert current_revision(engine) == SCHEMA_HEAD
        stored = _raw(engine)
        for _t, record_id, _d, keys in HELD:
            assert stored[record_id] == pack_keys(keys)
        assert stored[KENYAN] == f" KE {stored_key(f'o:{KENYAN}')} "
        assert stored[TANZANIAN].startswith(" TZ UG ")
        assert stored[ODD] == _before(*HELD[3][3])
        with engine.connect() as connection:
            assert {row.id: row.scope_keys for row in connection.execute(select(records.c.id, records.c.scope_keys))} \
                == {record_id: set(keys) for _t, record_id, _d, keys in HELD}

        world = World(engine, tmp_path)
        try:
            world.user("nairobi", role="field", countries=["KE"])
            world.user("kampala", role="field", countries=["UG"])
            world.user("rlo", role="partner", countries=[], organization_id=KENYAN)
            for user, held, not_held in (("nairobi", {KENYAN, PERSON}, {TANZANIAN, ODD}),
                                         ("kampala", {TANZANIAN}, {KENYAN, PERSON, ODD}),
                                         ("rlo", {KENYAN, PERSON, TANZANIAN}, {ODD})):
                by_snapshot, by_log = world.device(f"S-{user}", user), world.device(f"L-{user}", user)
                by_log.client.snapshot = False
                for laptop in (by_snapshot, by_log):
                    assert laptop.sync().quarantined == 0
                    for record_id in held:
                        table_name = "contacts" if record_id == PERSON else "organizations"
                        assert laptop.has(table_name, record_id), (user, record_id)
                    for record_id in not_held:
                        assert not laptop.has("organizations", record_id), (user, record_id)
        finally:
            world.close()

        migrate_to(engine, BEFORE, down=True)
        assert _raw(engine) == {record_id: _before(*keys) for _t, record_id, _d, keys in HELD}
    finally:
        engine.dispose()


def test_a_country_key_is_matched_whole_and_with_its_case(hq_engine: Engine) -> None:
    """``holds_any`` finds a record by its ``c:KE`` key; a record keyed ``c:KEN``, ``c:ke``
    or only for another country is not found by it, nor is any found by the code alone."""
    with hq_engine.begin() as connection:
        for record_id, keys in ((KENYAN, {"c:KE", f"o:{KENYAN}"}), (TANZANIAN, {"c:KEN", "c:ke", "c:TZ"})):
            connection.execute(insert(records).values(tbl="organizations", id=record_id, data={}, versions={},
                                                      deleted=False, scope_keys=keys))

        def found(*keys: str) -> set[str]:
            return set(connection.execute(select(records.c.id).where(holds_any(records.c.scope_keys, keys))).scalars())

        assert found("c:KE") == {KENYAN}
        assert found("c:TZ") == {TANZANIAN} and found("c:KEN") == {TANZANIAN} and found("c:ke") == {TANZANIAN}
        assert found("KE") == set() and found("c:K") == set() and found("c:UG") == set()


@pytest.mark.parametrize("key", ["c:KE", "c:UG", "c:KEN", "c:ke", "c:K", "c:K1", "c:", "x:KE", "c:Ké", f"o:{KENYAN}"])
def test_a_key_reads_back_as_it_went(key: str) -> None:
    """Every key reads back exactly from its stored form; only ``c:`` and two capitals is
    stored as the code."""
    assert read_key(stored_key(key)) == key
    assert (stored_key(key) == key[2:]) == (key in ("c:KE", "c:UG"))
    assert pack_keys([key]) == f" {stored_key(key)} "
    assert unpack_keys(pack_keys([key, "x:at-risk"])) == {key, "x:at-risk"}


@pytest.mark.parametrize("key", ["KE", "UG", "ZZ"])
def test_a_key_of_two_capitals_alone_is_refused(key: str) -> None:
    """A key that is two capitals alone would read back as a country's key: ``pack_keys``
    refuses it and ``keys_storable`` says so; stored text of two capitals reads as the
    country's key."""
    for beside in ({"c:KE"}, {"a:b:c"}, set()):  # however many colons the other keys hold
        with pytest.raises(ValueError, match="two capitals"):
            pack_keys(beside | {key})
    assert not keys_storable({key})
    assert read_key(key) == f"c:{key}" and unpack_keys(f" {key} c:KEN ") == {f"c:{key}", "c:KEN"}
