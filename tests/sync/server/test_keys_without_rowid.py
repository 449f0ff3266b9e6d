"""Migration 0011 (issue 15, item 2): on SQLite, ``row_keys`` and ``refs`` become ``WITHOUT
ROWID`` tables (each row stored once, as its primary key), with every row kept; PostgreSQL is
left as it was.  The downgrade gives the former tables back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, insert, select, text

from sync.server.database import current_revision, make_engine
from tests.sync.server.migrations import FORMER_REFS as refs
from tests.sync.server.migrations import FORMER_ROW_KEYS as row_keys
from tests.sync.server.migrations import migrate_to

ORG = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
PERSON = "1c8d2a5f-4d3e-4f60-9bac-1d2e3f4a5b6c"
KEYS = [{"tbl": "organizations", "id": ORG, "key": key} for key in ("c:KE", f"o:{ORG}")] + [
    {"tbl": "contacts", "id": PERSON, "key": key} for key in ("c:KE", f"o:{ORG}", f"p:{PERSON}")]
REFS = [{"parent_tbl": "organizations", "parent_id": ORG, "tbl": "contacts", "id": PERSON}]


def _without_rowid(engine: Engine) -> dict[str, bool]:
    with engine.connect() as connection:
        return {name: "WITHOUT ROWID" in str(sql).upper() for name, sql in connection.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE name IN ('row_keys', 'refs')"))}


def _held(engine: Engine) -> tuple[Any, ...]:
    with engine.connect() as connection:
        keys = sorted(tuple(row) for row in connection.execute(select(row_keys)))
        held_refs = sorted(tuple(row) for row in connection.execute(select(refs)))
        by_key = connection.execute(select(row_keys.c.id).where(row_keys.c.key == f"p:{PERSON}")).all()
    return keys, held_refs, by_key


def test_keys_and_references_are_stored_once(hq_url: str) -> None:
    """A database at 0010 holding keys and references is upgraded: on SQLite both tables are
    WITHOUT ROWID with the same rows, found by key as before (the key index made again);
    the downgrade gives rowid tables with the same rows; on PostgreSQL nothing changes."""
    engine = make_engine(hq_url)
    try:
        migrate_to(engine, "0010_versions_by_version")
        with engine.begin() as connection:
            connection.execute(insert(row_keys), KEYS)
            connection.execute(insert(refs), REFS)
        before = _held(engine)
        assert before[2] == [(PERSON,)]
        migrate_to(engine, "0011_keys_without_rowid")
        assert current_revision(engine) == "0011_keys_without_rowid"
        assert _held(engine) == before
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            assert _without_rowid(engine) == {"row_keys": True, "refs": True}
            with engine.connect() as connection:
                indexes = connection.execute(text(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'row_keys' "
                    "AND sql IS NOT NULL")).scalars().all()
            assert indexes == ["ix_row_keys_key"]
        migrate_to(engine, "0010_versions_by_version", down=True)
        assert _held(engine) == before
        if sqlite:
            assert _without_rowid(engine) == {"row_keys": False, "refs": False}
    finally:
        engine.dispose()
