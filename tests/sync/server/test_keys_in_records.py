"""Migration 0013 (issue 15, item 2): a record's scope keys live in its own row
(``records.scope_keys``), not in a table of their own, on SQLite and PostgreSQL.  The upgrade
carries every key over, a field device then receives exactly its countries' records (by
snapshot and by the change log), and the downgrade gives ``row_keys`` back.  The stored form
is matched key by key: never a prefix of a key, never another key's case."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine, insert, inspect, select

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine
from sync.server.schema import (
    PackedKeys,
    counter,
    holds_any,
    keys_storable,
    pack_keys,
    pack_versions,
    records,
    unpack_keys,
)
from tests.sync.server.migrations import FORMER_CHANGELOG, FORMER_ROW_KEYS, edit_travels, migrate_to, whole_record
from tests.sync.world import World

VERSION = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"
KENYAN = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
UGANDAN = "2d9e3b6a-5e4f-4a71-8cbd-2e3f4a5b6c7d"
PERSON = "1c8d2a5f-4d3e-4f60-9bac-1d2e3f4a5b6c"
FORMER_RECORDS = sa.table("records", sa.column("tbl", sa.String), sa.column("id", sa.String),
                          sa.column("data", sa.JSON), sa.column("versions", sa.JSON),
                          sa.column("deleted", sa.Boolean))  # as migration 0012 left it



# (table, id, data, keys as row_keys held them); the Ugandan one also holds a key with a
# space, which no headquarters makes and the upgrade leaves out.
HELD = (
    ("organizations", KENYAN, whole_record("organizations", name="Kenya Integrity Forum", country="KE",
                                     org_type="ngo", ecosoc_status="none"), ["c:KE", f"o:{KENYAN}"]),
    ("organizations", UGANDAN, whole_record("organizations", name="Uganda Youth Voice", country="UG",
                                      org_type="ngo", ecosoc_status="none"),
     ["c:UG", f"o:{UGANDAN}", "c:A B"]),
    ("contacts", PERSON, whole_record("contacts", organization_id=KENYAN, full_name="Amina Odhiambo",
                                email="amina@example.org", consent_on="2024-01-01"),
     ["c:KE", f"o:{KENYAN}"]),
)


def _at_0012(url: str) -> Engine:
    engine = make_engine(url)
    migrate_to(engine, "0012_lighter_change_log")
    with engine.begin() as connection:
        for seq, (table, record_id, data, keys) in enumerate(HELD, start=1):
            connection.execute(insert(FORMER_RECORDS).values(
                tbl=table, id=record_id, data=data, versions=pack_versions(dict.fromkeys(data, VERSION)),
                deleted=False))
            connection.execute(insert(FORMER_ROW_KEYS), [{"tbl": table, "id": record_id, "key": key}
                                                         for key in keys])
            connection.execute(insert(FORMER_CHANGELOG).values(seq=seq, tbl=table, id=record_id, fields=None,
                                                        device_id=""))
        connection.execute(counter.update().values(seq=len(HELD)))
    return engine


def _former_keys(engine: Engine) -> set[tuple[str, str, str]]:
    with engine.connect() as connection:
        return {tuple(row) for row in connection.execute(select(FORMER_ROW_KEYS))}


def test_keys_move_into_the_records_row_and_back(hq_url: str, tmp_path: Path) -> None:
    """A database at 0012 is upgraded: each record holds its keys in its row (a key with a
    space left out), ``row_keys`` is gone; a field device for Kenya receives the Kenyan
    organization and its contact and not the Ugandan one, by snapshot and by the change log;
    the downgrade makes ``row_keys`` again with the same rows (the one left out stays out)."""
    engine = _at_0012(hq_url)
    try:
        before = _former_keys(engine)
        init_database(engine, REGISTRY)
        assert current_revision(engine) == SCHEMA_HEAD
        assert "row_keys" not in inspect(engine).get_table_names()
        with engine.connect() as connection:
            held = {row.id: row.scope_keys for row in connection.execute(select(records.c.id, records.c.scope_keys))}
        assert held == {KENYAN: {"c:KE", f"o:{KENYAN}"}, UGANDAN: {"c:UG", f"o:{UGANDAN}"},
                        PERSON: {"c:KE", f"o:{KENYAN}"}}

        world = World(engine, tmp_path)
        try:
            world.user("nairobi", role="field", countries=["KE"])
            by_snapshot, by_log = world.device("SNAP", "nairobi"), world.device("LOG", "nairobi")
            by_log.client.snapshot = False
            for laptop in (by_snapshot, by_log):
                assert laptop.sync().quarantined == 0
                assert laptop.has("organizations", KENYAN) and laptop.has("contacts", PERSON)
                assert not laptop.has("organizations", UGANDAN)
            # written and re-read through the new column
            edit_travels(by_snapshot, by_log, "contacts", PERSON, {"position": "Director"})
        finally:
            world.close()

        migrate_to(engine, "0012_lighter_change_log", down=True)
        assert _former_keys(engine) == before - {("organizations", UGANDAN, "c:A B")}
        assert "scope_keys" not in {column["name"] for column in inspect(engine).get_columns("records")}
    finally:
        engine.dispose()


def test_a_stored_key_is_matched_whole_and_with_its_case(hq_engine: Engine) -> None:
    """``holds_any`` finds a record by any of its keys, and not by a key that is only the
    start of one of them (``c:K`` in ``c:KE``), nor by an id that differs by case (ids are
    text: a partner of ``o:ab..`` must not see ``o:AB..``), nor by no key at all."""
    lower, upper = "ab" + KENYAN[2:], "AB" + KENYAN[2:]
    with hq_engine.begin() as connection:
        connection.execute(insert(records), [
            {"tbl": "organizations", "id": KENYAN, "data": {}, "versions": {}, "deleted": False,
             "scope_keys": {"c:KE", f"o:{lower}"}},
            {"tbl": "organizations", "id": UGANDAN, "data": {}, "versions": {}, "deleted": False,
             "scope_keys": set()}])

        def found(*keys: str) -> set[str]:
            return set(connection.execute(select(records.c.id).where(
                holds_any(records.c.scope_keys, keys))).scalars())

        assert found("c:KE") == {KENYAN}
        assert found("c:UG", f"o:{lower}") == {KENYAN}
        assert found("c:K") == found("E") == found(f"o:{upper}") == found() == set()


@pytest.mark.parametrize("keys", [{"c:A B"}, {""}, {"c:KE", "o:x\ty"}, {"c:\n"}])
def test_a_key_that_would_read_as_two_is_never_stored(keys: set[str]) -> None:
    """A key with white space (or an empty one) would make the stored text ambiguous:
    ``pack_keys`` refuses it and ``keys_storable`` says so (headquarters refuses such a
    record as invalid); keys without come back as they went."""
    with pytest.raises(ValueError):
        pack_keys(keys)
    assert not keys_storable(keys)
    good = {"c:KE", f"o:{KENYAN}", "x:at-risk"}
    assert unpack_keys(pack_keys(good)) == good and pack_keys(set()) == "" and unpack_keys("") == set()


def test_keys_packed_by_a_push_are_stored_as_packed(hq_engine: Engine) -> None:
    """A push packs a new record's keys once (to check them) and stores that text
    (``PackedKeys``); a set of keys is still packed on the way in: both rows read back the
    same keys, and the stored text is ``pack_keys``'s."""
    keys = {"c:KE", f"o:{KENYAN}"}
    with hq_engine.begin() as connection:
        connection.execute(insert(records), [
            {"tbl": "organizations", "id": KENYAN, "data": {}, "versions": {}, "deleted": False,
             "scope_keys": PackedKeys(pack_keys(keys))},
            {"tbl": "organizations", "id": UGANDAN, "data": {}, "versions": {}, "deleted": False,
             "scope_keys": keys}])
        stored = dict(connection.execute(select(records.c.id, sa.cast(records.c.scope_keys, sa.Text))).all())
        read = dict(connection.execute(select(records.c.id, records.c.scope_keys)).all())
    assert stored == {KENYAN: pack_keys(keys), UGANDAN: pack_keys(keys)}
    assert read == {KENYAN: keys, UGANDAN: keys}
