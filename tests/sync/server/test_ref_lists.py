"""Migration 0031 (issue 15, item 2): references listed by parent, one row a parent with its
children's row ids packed (``schema.pack_rids``), on SQLite and PostgreSQL.  The lists give
back exactly the row ids packed; the upgrade lists every reference of a headquarters (equal
rows once, one naming no record kept), many parents as well as few; the downgrade gives the
references back one a row; and after the upgrade a parent's keys still reach its children."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, insert, inspect, text

from sync.server.database import SCHEMA_HEAD, current_revision
from sync.server.schema import MORE_RIDS, pack_rids, unpack_rids
from tests.sync.server.migrations import (FORMER_REFS_BY_ROW_ID, edit_travels, kenyan_pair, migrate_to,
                                          served_at_head, stored_references)

BEFORE = "0030_change_log_runs"


@settings(max_examples=300, deadline=None)
@given(st.sets(st.integers(min_value=-(2 ** 62), max_value=2 ** 62)))
def test_a_list_gives_back_its_row_ids_in_order(rids: set[int]) -> None:
    """Any row ids, negative ones too (a reference naming no record), come back sorted and
    each once; nothing is an empty list."""
    packed = pack_rids(rids)
    assert unpack_rids(packed) == sorted(rids)
    assert (packed == b"") == (not rids)
    assert pack_rids([*rids, *rids]) == packed


def test_a_list_is_a_byte_or_two_a_child_when_the_row_ids_are_near() -> None:
    """A region's children are numbered near one another: 100 children 1,000 apart take two
    bytes each (their row ids alone took eight on PostgreSQL)."""
    packed = pack_rids(range(250_000, 350_000, 1_000))
    assert len(packed) <= 3 + 2 * 99


@pytest.mark.parametrize("stored", [b"\x80", b"\x02\x00", b"\x02\x81", b"\x02\x00\x84"])
def test_a_damaged_list_is_refused(stored: bytes) -> None:
    """A list cut inside a number, or after the mark of another list, is refused, not read
    as some other children."""
    with pytest.raises(ValueError):
        unpack_rids(stored)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sets(st.integers(min_value=-(2 ** 40), max_value=2 ** 40), min_size=1), min_size=1, max_size=6))
def test_lists_appended_read_as_one(parts: list[set[int]]) -> None:
    """A parent's list with others appended after :data:`MORE_RIDS` (as a push appends
    children on PostgreSQL) reads as every child of them all, sorted, each once, also
    where they overlap."""
    stored = MORE_RIDS.join(pack_rids(part) for part in parts)
    assert unpack_rids(stored) == sorted(set().union(*parts))


def _pairs(engine: Engine) -> list[tuple[int, int]]:
    with engine.connect() as connection:
        return stored_references(connection)


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_references_are_listed_by_parent_and_given_back(hq_url: str, tmp_path: Path) -> None:
    """A headquarters at 0030 holding an organization's contact, equal rows of one reference
    (PostgreSQL refused none) and one naming no record is upgraded: each parent's list holds
    its children once, the one naming no record too; the downgrade gives every reference
    back one a row; upgraded again, the organization's new country reaches its contact and
    a new contact joins its list, which the downgrade gives back too."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    try:
        hq = world.device("HQ", "hq")
        org, person = kenyan_pair(hq)
        assert hq.sync().refused == 0
        held = _pairs(engine)
        assert len(held) == 1
    finally:
        world.close()
    try:
        migrate_to(engine, BEFORE, down=True)
        assert "ref_lists" not in _tables(engine) and _pairs(engine) == held
        with engine.begin() as connection:
            rows = [{"parent_rid": held[0][0], "rid": -99}]
            if engine.dialect.name == "postgresql":
                rows.append({"parent_rid": held[0][0], "rid": held[0][1]})
            connection.execute(insert(FORMER_REFS_BY_ROW_ID), rows)
        migrate_to(engine, SCHEMA_HEAD)
        assert "refs" not in _tables(engine)
        assert _pairs(engine) == sorted([*held, (held[0][0], -99)])
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM ref_lists")).scalar_one() == 1
        migrate_to(engine, BEFORE, down=True)
        assert "ref_lists" not in _tables(engine)
        assert _pairs(engine) == sorted([*held, (held[0][0], -99)])
    finally:
        engine.dispose()

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        world.user("kampala", role="field", countries=["UG"])
        laptop = world.device("UG", "kampala")
        laptop.sync()
        hq = world.device("HQ2", "hq")
        hq.sync()
        edit_travels(hq, laptop, "organizations", org, {"country": "UG"})
        assert laptop.has("contacts", person)
        with hq.write() as writer:
            second = writer.create("contacts", {"organization_id": org, "full_name": "Joseph Kato",
                                                "consent_on": "2024-01-01"})
        assert hq.sync().refused == 0
        laptop.sync()
        assert laptop.has("contacts", second)
        listed = _pairs(engine)
        assert len(listed) == 3  # the contact, the one naming no record, the new contact
    finally:
        world.close()
    try:  # the new contact appended to the organization's list (PostgreSQL), given back too
        migrate_to(engine, BEFORE, down=True)
        assert _pairs(engine) == listed
    finally:
        engine.dispose()


def test_many_parents_are_listed_in_batches(hq_url: str, tmp_path: Path) -> None:
    """Thousands of parents with a few children each (more than one batch of lists is
    written and, going down, of references) come through the upgrade and the downgrade
    exactly."""
    engine, world = served_at_head(hq_url, tmp_path / "w", first=True)
    world.close()
    try:
        migrate_to(engine, BEFORE, down=True)
        made = sorted({(parent, parent * 7 + child) for parent in range(1, 4_501) for child in range(parent % 4 + 1)})
        with engine.begin() as connection:
            connection.execute(insert(FORMER_REFS_BY_ROW_ID), [{"parent_rid": p, "rid": c} for p, c in made])
        migrate_to(engine, SCHEMA_HEAD)
        assert _pairs(engine) == made
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM ref_lists")).scalar_one() == 4_500
        migrate_to(engine, BEFORE, down=True)
        assert _pairs(engine) == made
    finally:
        engine.dispose()
