"""Migration 0026 (issue 15, item 2): on PostgreSQL ``refs`` has a non-unique index on the
parent's row id instead of its primary key (the index deduplicates a parent's entries);
SQLite keeps the ``WITHOUT ROWID`` table.  References read the same through the upgrade and
the downgrade, children are still found by parent (a parent's new country reaches its
contacts' keys), and the downgrade makes the key again even over equal rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

from sync.server.database import SCHEMA_HEAD, current_revision
from tests.sync.server.migrations import (edit_travels, kenyan_pair, migrate_to, migrated, served_at_head,
                                          stored_references)

BEFORE = "0025_change_log_users_numbered"
AFTER = "0026_refs_index_deduplicated"
POSTGRESQL_REFS_INDEX = "ix_refs_parent_rid"  # as this migration names it


def _refs(engine: Engine) -> list[tuple[int, int]]:
    with engine.connect() as connection:
        return stored_references(connection)


def _layout(engine: Engine) -> tuple[list[str], bool]:
    with engine.connect() as connection:
        found = inspect(connection)
        return (found.get_pk_constraint("refs")["constrained_columns"],
                POSTGRESQL_REFS_INDEX in {index["name"] for index in found.get_indexes("refs")})


def test_references_survive_the_downgrade_and_the_upgrade(hq_url: str, tmp_path: Path) -> None:
    """Contacts and participations of an organization are its children in ``refs``: the same
    rows after the downgrade (with the key) and the upgrade (with the index on PostgreSQL);
    then the organization moves to Uganda and its contact reaches a Ugandan field laptop,
    its children found through the index."""
    engine, world = served_at_head(hq_url, tmp_path / "before", first=True)
    postgresql = engine.dialect.name == "postgresql"
    try:
        hq = world.device("A", "hq")
        org, person = kenyan_pair(hq)
        assert hq.sync().refused == 0
        stored = _refs(engine)
        assert len(stored) == 1
    finally:
        world.close()
        engine.dispose()

    with migrated(hq_url, AFTER, down=True) as engine:
        assert _refs(engine) == stored
        assert _layout(engine) == (([], True) if postgresql else (["parent_rid", "rid"], False))
    with migrated(hq_url, BEFORE, down=True) as engine:
        assert _refs(engine) == stored and _layout(engine) == (["parent_rid", "rid"], False)

    engine, world = served_at_head(hq_url, tmp_path / "after", first=False)
    try:
        assert current_revision(engine) == SCHEMA_HEAD and _refs(engine) == stored
        world.user("kampala", role="field", countries=["UG"])
        laptop = world.device("UG", "kampala")
        laptop.sync()
        assert not laptop.has("contacts", person)
        hq = world.device("B", "hq")
        hq.sync()
        edit_travels(hq, laptop, "organizations", org, {"country": "UG"})
        assert laptop.has("organizations", org) and laptop.has("contacts", person)
    finally:
        world.close()
        engine.dispose()


def test_the_downgrade_makes_the_key_again_over_equal_rows(hq_url: str, tmp_path: Path) -> None:
    """Two equal rows in ``refs`` (none is written, but nothing refuses them on PostgreSQL)
    are made one by the downgrade, which then makes the primary key again."""
    engine, world = served_at_head(hq_url, tmp_path / "w", first=True)
    try:
        hq = world.device("A", "hq")
        kenyan_pair(hq)
        hq.sync()
    finally:
        world.close()
    try:
        ((parent, child),) = _refs(engine)
        migrate_to(engine, AFTER, down=True)
        if engine.dialect.name == "postgresql":
            with engine.begin() as connection:
                connection.execute(text("INSERT INTO refs (parent_rid, rid) VALUES (:p, :c)"), {"p": parent, "c": child})
            assert _refs(engine) == [(parent, child)] * 2
        migrate_to(engine, BEFORE, down=True)
        assert _refs(engine) == [(parent, child)]
        assert _layout(engine) == (["parent_rid", "rid"], False)
    finally:
        engine.dispose()
