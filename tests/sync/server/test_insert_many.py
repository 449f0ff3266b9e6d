"""``service.insert_many``, the bulk insert of a push (issue 15, item 1), stores exactly what
SQLAlchemy's own insert stores: the same packed values (migration 0015), the same bytes for
versions (a record's versions in their packed form, binary when all its fields share one
version of the usual form, migration 0021, else their JSON text), the same keys, and rows
that read back equal.  On SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, LargeBinary, Text, insert, select, type_coerce
from sqlalchemy.exc import IntegrityError

from sync.server import packing
from sync.server.database import json_dumps
from sync.server.schema import (STAR, decode_versions, encode_versions, pack_keys, pack_versions, records,
                                unpack_versions, versions_for)
from sync.server.service import insert_many

ONE = f"{0x18f3a2c4d5e60000:016x}{'a' * 32}"
TWO = f"{0x18f3a2c4d5e70000:016x}{'b' * 32}"
ODD = f"{0x18f3a2c4d5e80000:016x}Laptop-7"  # a device id that is not 32 hex digits
ROWS: list[dict[str, Any]] = [
    {"rid": 1, "tbl": "organizations", "id": "one-version", "data": {"name": "Fundación Ñandú", "country": "KE"},
     "versions": {"name": ONE, "country": ONE}, "deleted": False, "scope_keys": {"c:KE", "o:x"}},
    {"rid": 2, "tbl": "organizations", "id": "two-versions", "data": {"name": "جمعية", "country": "EG", "notes": None},
     "versions": {"name": ONE, "country": TWO, "notes": ONE}, "deleted": True, "scope_keys": set()},
    {"rid": 3, "tbl": "contacts", "id": "same-fields", "data": {"name": "A", "country": "KE"},
     "versions": {"country": TWO, "name": TWO}, "deleted": False, "scope_keys": {"c:KE"}},
    {"rid": 4, "tbl": "contacts", "id": "no-fields", "data": {}, "versions": {}, "deleted": False, "scope_keys": {"c:KE"}},
    {"rid": 5, "tbl": "contacts", "id": "odd-device", "data": {"name": "B"}, "versions": {"name": ODD},
     "deleted": False, "scope_keys": {"c:KE"}},
]


def _stored(engine: Engine) -> dict[str, tuple[bytes, bytes, str]]:
    """Each row's packed data and versions as the database holds them, and its keys' text."""
    with engine.connect() as connection:
        return {row.id: (bytes(row.data), bytes(row.versions), row.scope_keys) for row in connection.execute(
            select(records.c.id, type_coerce(records.c.data, LargeBinary).label("data"),
                   type_coerce(records.c.versions, LargeBinary).label("versions"),
                   records.c.scope_keys.cast(Text).label("scope_keys")))}


def test_the_bulk_insert_stores_what_the_engine_would(hq_engine: Engine) -> None:
    """The stored data is the values packed (``packing.pack``: the JSON text the engine
    writes, compressed), the stored versions and keys the engine's own (the versions packed
    against the data, the most common version's fields as "*": one version of the usual
    form in 25 bytes, any other as JSON text), and the rows read back equal to what went in."""
    with hq_engine.begin() as connection:
        insert_many(connection, records, ROWS)
    stored = _stored(hq_engine)
    for row in ROWS:
        assert packing.unpack_text(stored[row["id"]][0]) == json_dumps(row["data"]).encode()
        assert stored[row["id"]] == (packing.pack(row["data"]),
                                     encode_versions(pack_versions(row["versions"], row["data"])),
                                     pack_keys(row["scope_keys"]))
    assert stored["one-version"][1] == b"\x01" + bytes.fromhex(ONE)
    assert stored["two-versions"][1] == b"\x00" + json_dumps({TWO: ["country"], ONE: STAR}).encode()
    assert stored["odd-device"][1] == b"\x00" + json_dumps({ODD: STAR}).encode()
    with hq_engine.connect() as connection:
        back = {row.id: row for row in connection.execute(select(records))}
    for row in ROWS:
        got = back[row["id"]]
        assert (got.data, got.versions.of(got.data), got.deleted, got.scope_keys) == (
            row["data"], row["versions"], row["deleted"], row["scope_keys"])


def test_the_bulk_insert_and_the_engines_insert_agree(hq_engine: Engine) -> None:
    """The same rows inserted through SQLAlchemy's insert, their versions packed against
    their data (``versions_for``), hold the same text."""
    with hq_engine.begin() as connection:
        insert_many(connection, records, ROWS)
    by_bulk = _stored(hq_engine)
    with hq_engine.begin() as connection:
        connection.execute(records.delete())
        connection.execute(insert(records), [{**row, "versions": versions_for(row["versions"], row["data"])}
                                             for row in ROWS])
    assert _stored(hq_engine) == by_bulk


def test_versions_without_their_data_list_every_field_and_read_back_the_same(hq_engine: Engine) -> None:
    """Versions written as a plain field -> version dict (no data to pack against) list
    every field; read back with the record's data they are the same versions.  A stored
    "*" cannot be read without the data: a reader that forgets it fails, it never reads
    "*" as a field."""
    with hq_engine.begin() as connection:
        connection.execute(insert(records), ROWS)
    stored = _stored(hq_engine)
    for row in ROWS:
        assert decode_versions(stored[row["id"]][1]) == pack_versions(row["versions"])
        assert stored[row["id"]][1][:1] == b"\x00" and STAR not in decode_versions(stored[row["id"]][1]).values()
    with hq_engine.connect() as connection:
        back = {row.id: row for row in connection.execute(select(records))}
    for row in ROWS:
        assert back[row["id"]].versions.of(back[row["id"]].data) == row["versions"]
    with pytest.raises(ValueError):
        unpack_versions({ONE: STAR})
    with pytest.raises(TypeError):
        dict(back["one-version"].versions)


AWKWARD = ["tab\there", "line\nbreak\r\n", "back\\slash", "\\N", "\\.", "quote \" and ' ", "", "null", "ﷺ 𝄞"]


def test_awkward_text_is_stored_as_it_came(hq_engine: Engine) -> None:
    """Text that a bulk protocol treats specially (PostgreSQL's COPY: tabs, line breaks,
    backslashes, its ``\\N`` for null and ``\\.`` for the end) is stored and read back
    exactly, as a value and inside a list; the same JSON text as the engine writes, packed
    (bytes of every value a COPY reads as text: the packed form's)."""
    rows = [{"rid": n + 1, "tbl": "organizations", "id": f"awkward-{n}", "data": {"name": text, "aliases": [text, None]},
             "versions": {"name": ONE, "aliases": TWO}, "deleted": False, "scope_keys": {"c:KE"}}
            for n, text in enumerate(AWKWARD)]
    with hq_engine.begin() as connection:
        insert_many(connection, records, rows)
    with hq_engine.connect() as connection:
        back = {row.id: row for row in connection.execute(select(records))}
    for row in rows:
        assert back[row["id"]].data == row["data"]
        assert back[row["id"]].versions.of(back[row["id"]].data) == row["versions"]
    stored = _stored(hq_engine)
    for row in rows:
        assert packing.unpack_text(stored[row["id"]][0]) == json_dumps(row["data"]).encode()


def test_a_row_already_stored_fails_as_the_engines_insert_would(hq_engine: Engine) -> None:
    """A bulk insert of a record headquarters holds (the same table and id under a new row
    id, as a push sent again numbers it) raises SQLAlchemy's IntegrityError (not the
    driver's own), and its transaction leaves nothing behind."""
    with hq_engine.begin() as connection:
        insert_many(connection, records, ROWS[:1])
    with pytest.raises(IntegrityError), hq_engine.begin() as connection:
        insert_many(connection, records, [*ROWS[1:], {**ROWS[0], "rid": 99}])
    assert set(_stored(hq_engine)) == {ROWS[0]["id"]}
