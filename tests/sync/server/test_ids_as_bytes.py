"""Migration 0023 (issue 15, item 2): record ids stored as bytes (``records.id``,
``conflicts.row_id``), on SQLite and PostgreSQL.  A UUID is its 16 bytes; any other id its
UTF-8 text and one or two ``0xff`` bytes.  The downgrade gives the text back, the upgrade
writes what the program writes, and afterwards field laptops receive their records and the
conflicts of their scope (conflicts are matched to records by id), by snapshot and by the
change log."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import column, select, table, text

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server import packing
from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine
from sync.server.schema import conflicts, id_read, id_stored, records
from tests.sync.server.migrations import (any_id, kenyan_conflict, kenyan_laptops_receive, migrate_to, migrated,
                                          served_at_head, stored_column)

BEFORE = "0022_keys_uuid_base64"
RAW = table("records", column("id"))
RAW_CONFLICTS = table("conflicts", column("row_id"))
VERSION = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"
ODD_IDS = ["retired-1", "abcdefghijklmno", "0B7C1F4E-3C2D-4E5F-8A9B-0C1D2E3F4A5B", "caf\u00e9-\u0416", "x" * 36,
           "0b7c1f4e3c2d4e5f8a9b0c1d2e3f4a5b", "abcdefghijklmnop"]


def test_ids_go_back_to_text_and_return_as_bytes(hq_url: str, tmp_path: Path) -> None:
    """Records and a conflict a push stored read the same after the downgrade (text) and
    after the upgrade (16 bytes each, as the program writes them); a field laptop of the
    country then receives the records and the conflict by snapshot and by the change log,
    and an edit it makes reaches headquarters' laptop."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    try:
        org, person = kenyan_conflict(world, "organizations", "phone", ("+254 111", "+254 222"))
        stored = stored_column(engine, RAW)
        assert stored == sorted([id_stored(org), id_stored(person)]) and all(len(v) == 16 for v in stored)
        assert stored_column(engine, RAW_CONFLICTS) == [id_stored(org)]
    finally:
        world.close()
        engine.dispose()

    with migrated(hq_url, BEFORE, down=True) as engine:
        assert stored_column(engine, RAW) == sorted([org, person])
        assert stored_column(engine, RAW_CONFLICTS) == [org]

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        assert stored_column(engine, RAW) == stored
        with engine.connect() as connection:
            assert connection.execute(select(conflicts.c.row_id)).scalar_one() == org
        kenyan_laptops_receive(world, org, person, "phone", ("contacts", person, {"position": "Director"}))
    finally:
        world.close()
        engine.dispose()


def test_ids_of_other_forms_read_back_as_they_were(hq_url: str) -> None:
    """Ids that are not a lower-case UUID (a retired table's, upper case, without hyphens,
    beyond ASCII, 15, 16 or 36 characters) are stored as their UTF-8 text and ``0xff``, never
    as 16 bytes; they read back the same at head and as text after the downgrade."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, BEFORE)
        with engine.begin() as connection:
            for record_id in ODD_IDS:
                connection.execute(text("INSERT INTO records (tbl, id, data, versions, deleted, scope_keys) "
                                        "VALUES ('organizations', :i, :d, :v, :f, '')"),
                                   {"i": record_id, "d": packing.pack({}), "v": b"\x00{}", "f": False})
        init_database(engine, REGISTRY)
        assert current_revision(engine) == SCHEMA_HEAD
        stored = stored_column(engine, RAW)
        assert stored == sorted(id_stored(record_id) for record_id in ODD_IDS)
        assert all(len(value) != 16 and value.endswith(b"\xff") for value in stored)  # type: ignore[union-attr]
        with engine.connect() as connection:
            assert sorted(connection.execute(select(records.c.id)).scalars()) == sorted(ODD_IDS)
            assert connection.execute(select(records.c.rid).where(records.c.id == "retired-1")).scalar_one()
        migrate_to(engine, BEFORE, down=True)
        assert sorted(map(any_id, stored_column(engine, RAW))) == sorted(ODD_IDS)
    finally:
        engine.dispose()


@pytest.mark.parametrize("record_id", ["0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b", *ODD_IDS, "", "\ud800"])
def test_an_id_reads_back_as_it_went(record_id: str) -> None:
    """Every id reads back exactly from its stored form; only a lower-case UUID takes 16
    bytes."""
    assert id_read(id_stored(record_id)) == record_id
    assert (len(id_stored(record_id)) == 16) == (record_id == "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b")


def test_uuids_sort_as_bytes_as_they_do_as_text() -> None:
    """A snapshot pages through a table in id order: the stored bytes of UUIDs sort as
    their text does."""
    ids = [str(uuid.UUID(int=n * 0x9E3779B97F4A7C15F39CC0605CEDC835 % (1 << 128))) for n in range(500)]
    assert sorted(ids, key=id_stored) == sorted(ids)
