"""A record's values packed (migration 0015, issue 15 item 2): ``sync/server/packing.py``
round-trips every JSON value exactly, refuses what it cannot read, keeps its dictionary
frozen; migration 0015 packs a headquarters database of 0014 and its downgrade gives the
JSON text back, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, LargeBinary, insert, select, type_coerce

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.registry import blank_value
from sync.server import packing
from sync.server.database import SCHEMA_HEAD, current_revision, init_database, make_engine
from sync.server.schema import counter, records
from tests.sync.server.migrations import FORMER_CHANGELOG, migrate_to
from tests.sync.world import World

VERSION = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25)


def test_the_dictionary_is_frozen() -> None:
    """Every value stored in form 1 needs exactly these dictionary bytes to be read again:
    a change to them would make a headquarters' records unreadable."""
    assert hashlib.sha256(packing.DICTIONARY).hexdigest() == (
        "4eaf6c4a31370f1a39cecd0bdcd062c727fd156a6ae23716cd6d60c00a2e7b54")
    assert len(packing.DICTIONARY) <= 4096  # the compressor's window holds it whole


@given(json_values)
def test_every_json_value_reads_back_exactly(value: Any) -> None:
    """Any JSON value (integers beyond 64 bits and lone surrogates too, which only the json
    module writes) reads back equal, of the same types; its text is the one headquarters
    writes; the stored form is never more than a byte longer than that text."""
    stored = packing.pack(value)
    back = packing.unpack(stored)
    assert back == value and json.dumps(back) == json.dumps(value)
    text, _ = packing.dumps(value)
    assert packing.unpack_text(stored) == text
    assert len(stored) <= len(text) + 1


def test_a_record_packs_to_less_than_half() -> None:
    """An organization as the registry stores it packs to well under half its JSON text in
    the JSON forms (the field names and blank values come from the dictionary), and laid
    out too (a record this blank takes about as much either way; the region's records,
    119 → 87 bytes a record: docs/benchmarks-sync.md, Scenario F)."""
    spec = REGISTRY.table("organizations")
    data = {item.name: item.encode(blank_value(item)) for item in spec.fields if item.name != "id"}
    data |= {"name": "Kenya Integrity Forum", "country": "KE", "org_type": "ngo", "ecosoc_status": "none",
             "email": "info@kif.org", "website": "https://www.kif.org", "cities": ["Nairobi"]}
    text, _ = packing.dumps(data)
    stored = packing.pack_json(data)
    assert stored[0] == packing.DEFLATED and len(stored) < len(text) / 2
    laid_out = packing.pack(data)  # migration 0027: without its field names
    assert packing.is_laid_out(laid_out) and len(laid_out) < len(text) / 2


@pytest.mark.parametrize("stored", [b"", b"\x04{}", b"\x80{}", b"\x01", b"\x01\xff\xff\xff"])
def test_what_cannot_be_read_is_refused(stored: bytes) -> None:
    """An empty value, an unknown form, a deflated body that is empty or not deflate: a
    ValueError, never a value."""
    with pytest.raises(ValueError):
        packing.unpack(stored)


def test_a_value_cut_short_or_with_bytes_after_it_is_refused() -> None:
    """A deflated value missing its end, or followed by other bytes, is refused."""
    stored = packing.pack({"name": "A long enough name to deflate " * 4, "cities": ["Nairobi"]})
    assert stored[0] == packing.DEFLATED
    with pytest.raises(ValueError):
        packing.unpack(stored[:-3])
    with pytest.raises(ValueError):
        packing.unpack(stored + b"\x00")


def test_text_of_before_is_read_as_json() -> None:
    """A value read as text (JSON as stored before migration 0015) is read as JSON."""
    assert packing.unpack('{"n": 123456789012345678901234567890}') == {"n": 123456789012345678901234567890}


RAW = sa.table("records", sa.column("tbl", sa.String), sa.column("id", sa.String),
               sa.column("data", sa.JSON), sa.column("versions", sa.JSON),
               sa.column("deleted", sa.Boolean), sa.column("scope_keys", sa.Text))


LARGE = {"n": 2**70, "text": "more than 64 bits"}


def _organization(number: int, **values: Any) -> dict[str, Any]:
    spec = REGISTRY.table("organizations")
    data = {item.name: item.encode(blank_value(item)) for item in spec.fields if item.name != "id"}
    return data | {"name": f"Organization {number}", "country": "KE", "org_type": "ngo",
                   "ecosoc_status": "none"} | values


def test_migration_0015_packs_the_values_and_its_downgrade_gives_them_back(hq_url: str, tmp_path: Path) -> None:
    """A database of 0014 holding 2,500 organizations (one with text a bulk protocol treats
    specially) and a record with an integer beyond 64 bits upgrades: every
    value reads back equal, is stored packed and takes less room, and a SQLite file has
    no free pages left (the former table's given back); a laptop pulls them all
    by snapshot and edits one; the downgrade writes JSON text again, equal value for value."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, "0014_versions_star")
        ids = [f"00000000-0000-4000-8000-{n:012d}" for n in range(2500)]
        values = {record_id: _organization(n) for n, record_id in enumerate(ids)}
        values[ids[7]] |= {"notes": "tab\there \\N \\. line\nbreak ﷺ 𝄞 \"quoted\""}
        with engine.begin() as connection:
            connection.execute(insert(RAW), [
                {"tbl": "organizations", "id": record_id, "data": data, "versions": {VERSION: "*"},
                 "deleted": False, "scope_keys": f" c:KE o:{record_id} "} for record_id, data in values.items()])
            # A record of a table this registry no longer syncs, with what only the json
            # module reads back exactly.
            connection.execute(insert(RAW).values(tbl="retired", id="retired-1", data=LARGE,
                                                  versions={VERSION: "*"}, deleted=False, scope_keys=""))
            connection.execute(insert(FORMER_CHANGELOG), [
                {"seq": n + 1, "tbl": "organizations", "id": record_id, "fields": None, "device_id": ""}
                for n, record_id in enumerate(ids)])
            connection.execute(counter.update().values(seq=len(ids)))
            before = connection.execute(sa.text("SELECT sum(length(CAST(data AS TEXT))) FROM records")).scalar_one()

        init_database(engine, REGISTRY)
        assert current_revision(engine) == SCHEMA_HEAD
        if engine.dialect.name == "sqlite":  # the former table's pages given back (VACUUM)
            with engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA freelist_count").scalar_one() == 0
        with engine.connect() as connection:
            stored = dict(connection.execute(select(records.c.id, type_coerce(records.c.data, LargeBinary))).all())
            read = dict(connection.execute(select(records.c.id, records.c.data)).all())
            keys = dict(connection.execute(select(records.c.id, records.c.scope_keys)).all())
        assert read == values | {"retired-1": LARGE}
        assert keys[ids[0]] == {"c:KE", f"o:{ids[0]}"}
        # (0027 lays them out since: the values read the same)
        assert {bytes(stored[record_id])[0] for record_id in ids} == {packing.LAID_OUT + 1}
        assert bytes(stored["retired-1"])[0] & packing.BY_JSON_MODULE
        assert sum(len(bytes(value)) for value in stored.values()) < before / 2

        world = World(engine, tmp_path)
        try:
            world.user("hq")
            laptop = world.device("LAPTOP", "hq")
            report = laptop.sync()
            assert report.quarantined == 0 and report.pulled_rows == len(ids)
            assert laptop.value("organizations", ids[7], "notes") == values[ids[7]]["notes"]
            with laptop.write() as writer:
                writer.update("organizations", ids[3], {"name": "Renamed on a laptop"})
            assert laptop.sync().refused == 0
        finally:
            world.close()
        with engine.connect() as connection:
            assert connection.execute(select(records.c.data).where(records.c.id == ids[3])).scalar_one()[
                "name"] == "Renamed on a laptop"

        migrate_to(engine, "0014_versions_star", down=True)
        with engine.connect() as connection:
            back = dict(connection.execute(select(RAW.c.id, RAW.c.data)).all())
            keys_back = dict(connection.execute(select(RAW.c.id, RAW.c.scope_keys)).all())
        assert back == values | {ids[3]: values[ids[3]] | {"name": "Renamed on a laptop"}, "retired-1": LARGE}
        assert keys_back[ids[0]] == f" c:KE o:{ids[0]} "
    finally:
        engine.dispose()

