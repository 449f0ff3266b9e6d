"""A record's values laid out (migration 0027, issue 15 item 2): ``packing.pack_laid_out``
gives every record of a layout back exactly and leaves whatever it could not give back to
the JSON forms; what cannot be read is refused; the layouts are the synced tables' fields,
frozen; migration 0027 lays out a headquarters database's values and its downgrade gives
the JSON forms back, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import LargeBinary, column, select, table, type_coerce

from lookingbeyond_desktop.demo import generate
from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.headquarters import validate_pushed
from sync.server import packing
from sync.server.scopes import scope_for
from sync.server.service import DeviceContext, SyncService
from sync.server import snapshot
from sync.server.snapshot import SnapshotService
from sync.wire import SnapshotRequest
from sync.server.database import SCHEMA_HEAD, current_revision, make_engine
from sync.server.schema import TABLE_CODES, records
from tests.sync.server.migrations import (kenyan_conflict, kenyan_laptops_receive, migrate_to, migrated,
                                          served_at_head, stored_column, whole_record)

BEFORE = "0026_refs_index_deduplicated"
RAW = table("records", column("data"))

scalars = (st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
           | st.floats(allow_nan=False, allow_infinity=False) | st.text()
           | st.uuids().map(str) | st.uuids().map(lambda found: str(found).upper())
           | st.dates().map(str) | st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=12)


@st.composite
def records_of_a_layout(draw: st.DrawFn) -> dict[str, Any]:
    """A record of one layout's fields, in its order, each any JSON value."""
    fields = packing.LAYOUTS[draw(st.sampled_from(sorted(packing.LAYOUTS)))]
    return {name: draw(values) for name in fields}


@given(records_of_a_layout())
def test_every_record_of_a_layout_reads_back_exactly(record: dict[str, Any]) -> None:
    """Any record of a layout's fields (ids in either case, dates and date-like text,
    integers beyond 64 bits, fractions, lone surrogates, objects and lists inside) reads
    back equal, of the same types, fields in the same order; it is laid out unless a value
    could not be given back so; the worker's path (its JSON text) stores the same bytes."""
    stored = packing.pack(record)
    back = packing.unpack(stored)
    assert back == record and json.dumps(back) == json.dumps(record)
    assert packing.unpack_with_text(stored)[0] == record
    laid_out = packing.pack_laid_out(record)
    assert (laid_out is not None) == packing.is_laid_out(stored)
    text, by_json_module = packing.dumps(record)
    assert packing.pack_text(text, by_json_module=by_json_module) == stored


def test_what_fits_is_laid_out_and_what_does_not_keeps_the_json_forms() -> None:
    """A whole record is laid out; a field more or less, a number with a fraction, an
    integer beyond 64 bits, a lone surrogate or an object inside keep the JSON forms, and
    every one reads back as it was; lists nested deeper than the interpreter recurses are
    not laid out."""
    participation = whole_record("participations", activity_id="0ced59e6-e438-4c54-b64b-ccb57b77504b",
                                 organization_id="23716a24-7b57-4b62-9802-f68b532e1927",
                                 role="participant", representatives=2**63 - 1, women=-(2**63))
    assert packing.pack(participation)[0] == packing.LAID_OUT + TABLE_CODES["participations"]
    deep: list[Any] = []
    for _ in range(5_000):  # deeper than the interpreter recurses
        deep = [deep]
    unfit = [participation | {"extra": 1}, {k: v for k, v in participation.items() if k != "men"},
             participation | {"women": 1.5}, participation | {"men": 2**63},
             participation | {"notes": "\ud800"}, participation | {"notes": {"a": 1}}]
    assert packing.pack_laid_out(participation | {"notes": deep}) is None
    for record in unfit:
        stored = packing.pack(record)
        assert stored[0] <= (packing.DEFLATED | packing.BY_JSON_MODULE) and packing.pack_laid_out(record) is None
        assert packing.unpack(stored) == record
        assert type(packing.unpack(stored).get("men")) is type(record.get("men"))


def test_ids_dates_and_texts_keep_their_exact_spelling() -> None:
    """An id in upper case, a date-like text that is no date, a number-like text and text
    beyond ASCII come back exactly as written; an id and a date take their short forms."""
    record = whole_record("contacts", organization_id="0CED59E6-E438-4C54-B64B-CCB57B77504B",
                          full_name="Анна Петрова 𝄞", position="0042", consent_on="2024-13-99",
                          erased_on="0000-00-00", email="info@example.org")
    stored = packing.pack(record)
    assert packing.is_laid_out(stored)
    assert packing.unpack(stored) == record
    lower = record | {"organization_id": "0ced59e6-e438-4c54-b64b-ccb57b77504b", "consent_on": "2024-02-29"}
    assert len(packing.pack(lower)) < len(stored) - 20 + 3  # 36 → 16 bytes, 10 → 4


def test_a_large_record_is_deflated_and_reads_back() -> None:
    """An organization whose texts repeat is deflated too (form 0x40 + its layout), and
    its text reads back with its fields in the layout's order."""
    record = whole_record("organizations", name="Réseau des femmes — Nairobi " * 8, country="KE",
                          org_type="ngo", ecosoc_status="none")
    stored = packing.pack(record)
    assert stored[0] == packing.LAID_OUT_DEFLATED + TABLE_CODES["organizations"]
    assert packing.unpack(stored) == record
    assert packing.unpack_text(stored) == orjson.dumps(record)  # whole_record: the registry's order


def _laid_out(number: int, body: bytes) -> bytes:
    return bytes((packing.LAID_OUT + number,)) + body


@pytest.mark.parametrize("stored", [
    _laid_out(4, b""),  # nothing where nine values are
    _laid_out(4, b"\x00" * 8),  # one value short
    _laid_out(4, b"\x00" * 10),  # a byte after the last value
    _laid_out(4, b"\x09" + b"\x00" * 8),  # a tag this program does not know
    _laid_out(4, b"\x04\x01\x02" + b"\x00" * 8),  # an id cut short
    _laid_out(4, b"\x06\x05ab" + b"\x00" * 8),  # a text cut short
    _laid_out(4, b"\x06\x02\xff\xfe" + b"\x00" * 8),  # a text that is not UTF-8
    _laid_out(4, b"\x07\xff\xff\x03" + b"\x00" * 8),  # a list longer than what follows
    _laid_out(4, b"\x05\x80\x80\x80\x80\x01" + b"\x00" * 8),  # a date beyond eight digits
    _laid_out(9, b"\x00" * 9),  # a layout this program does not know
    _laid_out(4, b"\x07\x01" * 100_000),  # lists inside lists beyond any depth read
    bytes((packing.LAID_OUT_DEFLATED + 4,)) + b"\x00" * 9,  # not deflate
])
def test_what_cannot_be_read_is_refused(stored: bytes) -> None:
    """A laid-out value cut short, with bytes after it, of an unknown tag or layout, or with
    text that is not UTF-8: a ValueError, never a value."""
    with pytest.raises(ValueError):
        packing.unpack(stored)


def test_the_layouts_are_the_synced_tables_fields_numbered_as_their_codes() -> None:
    """Frozen: layout n holds the fields (but ``id``) of the table whose code is n, in the
    registry's order, as at migration 0027.  A table that grows a field needs a new layout
    (a new number); until then its records keep the JSON forms."""
    for name, code in TABLE_CODES.items():
        assert packing.LAYOUTS[code] == tuple(f for f in REGISTRY.table(name).field_names if f != "id")
    assert len({frozenset(fields) for fields in packing.LAYOUTS.values()}) == len(packing.LAYOUTS)
    assert max(packing.LAYOUTS) < 0x20


def _forms(engine: Any) -> set[int]:
    return {bytes(value)[0] for value in stored_column(engine, RAW)}


def test_values_go_back_to_json_and_return_laid_out(hq_url: str, tmp_path: Path) -> None:
    """An organization and its contact, pushed with a conflict on the contact, keep their
    values through the downgrade (JSON forms) and the upgrade (the very bytes a push laid
    out); then two Kenyan laptops, one by snapshot and one by the change log, get both
    records and the conflict, and one laptop's edit reaches the other."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    try:
        org, person = kenyan_conflict(world, "contacts", "position", ("Chair", "Treasurer"))
        stored = stored_column(engine, RAW)
        assert {value[0] for value in stored} == {packing.LAID_OUT + 1, packing.LAID_OUT + 2}
        with engine.connect() as connection:
            read = dict(connection.execute(select(records.c.id, records.c.data)).all())
    finally:
        world.close()
        engine.dispose()

    with migrated(hq_url, BEFORE, down=True) as engine:
        assert _forms(engine) <= {packing.PLAIN, packing.DEFLATED}
        with engine.connect() as connection:
            assert dict(connection.execute(select(records.c.id, records.c.data)).all()) == read

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        assert stored_column(engine, RAW) == stored
        kenyan_laptops_receive(world, org, person, "position", ("organizations", org, {"phone": "+254 700"}))
    finally:
        world.close()
        engine.dispose()


def test_the_upgrade_leaves_what_it_cannot_lay_out_as_it_was(hq_url: str) -> None:
    """Values no layout takes (a retired table's, an integer beyond 64 bits) and one that
    cannot be read keep their bytes through the upgrade; the rest are laid out."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, BEFORE)
        odd = [packing.pack_json({"n": 2**70}), packing.pack_json({"retired": True}), b"\x7f unreadable"]
        fits = packing.pack_json(whole_record("participations", role="speaker"))
        raw = table("records", column("rid"), column("tbl"), column("id"), column("data", LargeBinary),
                    column("versions"), column("deleted"), column("scope_keys"))
        with engine.begin() as connection:
            connection.execute(raw.insert(), [
                {"rid": number + 1, "tbl": b"\x04", "id": bytes(range(number, number + 16)), "data": data,
                 "versions": b"\x00{}", "deleted": False, "scope_keys": ""}
                for number, data in enumerate([*odd, fits])])
        migrate_to(engine, SCHEMA_HEAD)
        with engine.connect() as connection:
            after = [bytes(value) for value in connection.execute(
                select(type_coerce(records.c.data, LargeBinary)).order_by(records.c.rid)).scalars()]
        assert after[:3] == odd
        assert after[3][0] == packing.LAID_OUT + 4 and packing.unpack(after[3]) == packing.unpack(fits)
        migrate_to(engine, BEFORE, down=True)
        with engine.connect() as connection:
            back = [bytes(value) for value in connection.execute(
                select(type_coerce(records.c.data, LargeBinary)).order_by(records.c.rid)).scalars()]
        assert back == [*odd, fits]
    finally:
        engine.dispose()


def _pages(engine: Any, device: DeviceContext) -> list[dict[str, Any]]:
    """Every page of ``device``'s snapshot, small pages of rows in columns (without the
    time headquarters sends with each)."""
    pages: list[dict[str, Any]] = []
    page = None
    while True:
        answer = SnapshotService(SyncService(engine, REGISTRY, validator=validate_pushed)).page(
            device, SnapshotRequest(page=page, limit=6_000, columns=True).encode())
        pages.append({name: value for name, value in answer.items() if name != "clock"})  # the time
        page = answer["next"]
        if not page:
            return pages


def test_snapshot_pages_are_the_same_from_laid_out_values(hq_url: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A region's snapshot pages (an hq laptop's, and a partner's, whose participations'
    contacts outside its organization are blanked) are the same, row for row and page for
    page (the pages' sizes are counted alike), whether the values are laid out and read
    straight into rows or in the JSON forms (after the downgrade)."""
    engine, world = served_at_head(hq_url, tmp_path / "w", first=True)
    try:
        source = world.device("SOURCE", "hq")
        generate(source.store, organizations=25, seed=5)
        assert source.sync().refused == 0
        with engine.connect() as connection:
            org, country = connection.execute(select(records.c.id, records.c.data).where(
                records.c.tbl == "organizations").order_by(records.c.id)).first()
        hq = DeviceContext("ab" * 16, "hq", scope_for("hq", [], None))
        partner = DeviceContext("cd" * 16, "partner", scope_for("partner", [country["country"]], org))
        straight: list[str] = []  # the records whose values went straight into their rows
        keep_values = snapshot._Block.keep_values
        monkeypatch.setattr(snapshot._Block, "keep_values", lambda block, outgoing, record_id, *rest: (
            straight.append(record_id), keep_values(block, outgoing, record_id, *rest))[1])
        laid_out = [_pages(engine, device) for device in (hq, partner)]
        assert len(straight) > 100
        assert len(laid_out[0]) > 5 and {form >> 5 for form in map(lambda v: v[0], stored_column(engine, RAW))} \
            == {packing.LAID_OUT >> 5, packing.LAID_OUT_DEFLATED >> 5}
    finally:
        world.close()
        engine.dispose()
    with migrated(hq_url, BEFORE, down=True) as engine:
        straight.clear()
        assert [_pages(engine, device) for device in (hq, partner)] == laid_out
        assert straight == []  # the JSON forms: every record through its object
