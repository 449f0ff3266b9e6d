"""Migration 0024 (issue 15, item 2): table names stored as one byte (``records.tbl``,
``conflicts.tbl``), on SQLite and PostgreSQL.  A synced table's name is its code's byte; any
other name its UTF-8 text.  The downgrade gives the names back, the upgrade writes what the
program writes, and afterwards field laptops receive their records and the conflicts of
their scope (a conflict is matched to its record by table and id), by snapshot and by the
change log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import column, select, table, text

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server import packing
from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine
from sync.server.schema import TABLE_CODES, conflicts, records, table_read, table_stored
from tests.sync.server.migrations import (kenyan_conflict, kenyan_laptops_receive, migrate_to, migrated,
                                          served_at_head, stored_column)

BEFORE = "0023_ids_as_bytes"
RAW = table("records", column("tbl"))
RAW_CONFLICTS = table("conflicts", column("tbl"))
ODD_NAMES = ["retired", "x", "\x01", "\x1f", "tabl\u00e9", "organizations_old", "Organizations"]


def test_table_names_go_back_to_text_and_return_as_codes(hq_url: str, tmp_path: Path) -> None:
    """Records and a conflict a push stored read the same after the downgrade (the names'
    text) and after the upgrade (a byte each, as the program writes them); a field laptop of
    the country then receives the records and the conflict by snapshot and by the change
    log, and an edit it makes reaches headquarters' laptop."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    try:
        org, person = kenyan_conflict(world, "contacts", "position", ("Chair", "Treasurer"))
        stored = stored_column(engine, RAW)
        assert stored == [b"\x01", b"\x02"]
        assert stored_column(engine, RAW_CONFLICTS) == [b"\x02"]
    finally:
        world.close()
        engine.dispose()

    with migrated(hq_url, BEFORE, down=True) as engine:
        assert stored_column(engine, RAW) == ["contacts", "organizations"]
        assert stored_column(engine, RAW_CONFLICTS) == ["contacts"]

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        assert stored_column(engine, RAW) == stored
        with engine.connect() as connection:
            assert connection.execute(select(conflicts.c.tbl)).scalar_one() == "contacts"
            assert sorted(connection.execute(select(records.c.tbl)).scalars()) == ["contacts", "organizations"]
        kenyan_laptops_receive(world, org, person, "position", ("organizations", org, {"phone": "+254 700"}))
    finally:
        world.close()
        engine.dispose()


def test_names_without_a_code_read_back_as_they_were(hq_url: str) -> None:
    """Names no code stands for (a retired table's, one letter, a control character, beyond
    ASCII, a synced table's name in another case) are stored as their text, never as a
    code's byte; they read back the same at head and as text after the downgrade."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, BEFORE)
        with engine.begin() as connection:
            for number, name in enumerate(ODD_NAMES):
                connection.execute(text("INSERT INTO records (tbl, id, data, versions, deleted, scope_keys) "
                                        "VALUES (:t, :i, :d, :v, :f, '')"),
                                   {"t": name, "i": bytes(range(number, number + 16)), "d": packing.pack({}),
                                    "v": b"\x00{}", "f": False})
        init_database(engine, REGISTRY)
        assert current_revision(engine) == SCHEMA_HEAD
        stored = stored_column(engine, RAW)
        assert stored == sorted(table_stored(name) for name in ODD_NAMES)
        assert b"\x01" not in stored and b"\x01\xff" in stored
        with engine.connect() as connection:
            assert sorted(connection.execute(select(records.c.tbl)).scalars()) == sorted(ODD_NAMES)
            assert connection.execute(select(records.c.rid).where(records.c.tbl == "retired")).scalar_one()
        migrate_to(engine, BEFORE, down=True)
        assert stored_column(engine, RAW) == sorted(ODD_NAMES)
    finally:
        engine.dispose()


@pytest.mark.parametrize("name", [*TABLE_CODES, *ODD_NAMES, "", "\ud800"])
def test_a_name_reads_back_as_it_went(name: str) -> None:
    """Every name reads back exactly from its stored form; only a synced table's takes one
    byte below 0x20."""
    assert table_read(table_stored(name)) == name
    coded = len(table_stored(name)) == 1 and table_stored(name)[0] < 0x20
    assert coded == (name in TABLE_CODES)


def test_every_synced_table_has_a_code_of_its_own() -> None:
    """The registry's tables each have a code (a table added later is given the next one
    deliberately), codes are distinct bytes below 0x20, and a code this program does not
    know is refused rather than read as some name."""
    assert set(REGISTRY.names) <= set(TABLE_CODES)
    assert len(set(TABLE_CODES.values())) == len(TABLE_CODES)
    assert all(0 < code < 0x20 for code in TABLE_CODES.values())
    with pytest.raises(ValueError, match="table code"):
        table_read(b"\x1e")
