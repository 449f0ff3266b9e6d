"""A snapshot into an empty replica sets the synced tables' plain indexes aside and builds
them again at its end (lookingbeyond_desktop/store/indexes.py), and nothing is left
without them: not the replica after the last page, not one whose process was killed
mid-snapshot (opening it builds them), not a backup taken during the snapshot (its schema
check accepts exactly the indexes the file lists as set aside)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import Store, backup, indexes
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.client import SyncClient, SyncError
from tests import rawdb
from tests.sync.harness import SERVER_URL, session_for
from tests.sync.test_snapshot import (  # noqa: F401 - adapter: the fixture of those tests
    SMALL_PAGE, Recording, _device, _holdings, _region, _searchable, adapter)
from tests.sync.world import Device, World


def _schema_indexes(store: Store) -> dict[str, str]:
    """Every index of the replica's database, by name, with its SQL ("" for SQLite's own
    UNIQUE indexes)."""
    with store.engine.connect() as connection:
        return {str(name): str(sql or "") for name, sql in connection.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index'"))}


@pytest.fixture(autouse=True)
def small_snapshots_set_indexes_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests' regions are a few dozen rows a page: every page counts as large."""
    monkeypatch.setattr(indexes, "PAUSE_FROM_ROWS", 1)


@pytest.fixture
def schema_indexes(tmp_path: Path) -> dict[str, str]:
    """The indexes of a new replica, as the migrations make them."""
    with Store.open(tmp_path / "reference") as store:
        return _schema_indexes(store)


def _stopped_after_two_pages(world: World, adapter: Recording) -> Device:
    """A region synced by a source device, and a fresh device whose snapshot of it stopped
    after its second page (the pages committed, the token and the indexes set aside kept)."""
    source = world.device("source", "hq")
    _region(source)
    stop = threading.Event()

    def stop_after_two(stage: str, rounds: int, _rows: int) -> None:
        if stage == "snapshot" and rounds == 2:
            stop.set()

    fresh = _device(world, adapter, "fresh", "hq", snapshot_bytes=SMALL_PAGE,
                    progress=stop_after_two, cancel=stop)
    with pytest.raises(SyncError):
        fresh.sync()
    return fresh


def _synced_looking_after_two_pages(
        world: World, adapter: Recording) -> tuple[Device, list[tuple[dict[str, str], dict[str, str]]]]:
    """A region synced by a source device, and a fresh device's whole first sync of it
    (small pages), with the replica's indexes and the ``indexes_paused`` row as they were
    after its second page."""
    source = world.device("source", "hq")
    _region(source)
    during: list[tuple[dict[str, str], dict[str, str]]] = []
    holder: list[Device] = []

    def look(stage: str, rounds: int, _rows: int) -> None:
        if stage == "snapshot" and rounds == 2:
            store = holder[0].store
            with store.engine.connect() as connection:
                during.append((_schema_indexes(store), indexes.paused(connection)))

    fresh = _device(world, adapter, "fresh", "hq", snapshot_bytes=SMALL_PAGE, progress=look)
    holder.append(fresh)
    fresh.sync()
    return fresh, during


def test_a_snapshot_sets_the_plain_indexes_aside_and_builds_them_again(
        world: World, adapter: Recording, schema_indexes: dict[str, str]) -> None:
    """Between pages the synced tables' plain indexes are gone and listed in the
    ``indexes_paused`` row (the UNIQUE ones stay: they keep a constraint); after the last
    page every index is back exactly as the migrations make it and the row is gone."""
    fresh, during = _synced_looking_after_two_pages(world, adapter)
    assert adapter.snapshot_requests() > 3 and during
    present, listed = during[0]
    plain = {name for name, sql in schema_indexes.items() if sql.startswith("CREATE INDEX")
             and any(f" ON {table} " in sql for table in ("organizations", "contacts", "activities",
                                                          "participations", "grants"))}
    assert {"ix_participations_activity_id", "ix_organizations_sort_name"} <= plain
    assert set(listed) == plain
    assert not plain & set(present)
    assert {name for name in schema_indexes if name.startswith("sqlite_autoindex_organizations")} \
        <= set(present)  # the UNIQUE index of the ids stayed
    assert {name: schema_indexes[name] for name in listed} == listed  # recorded as they were
    assert _schema_indexes(fresh.store) == schema_indexes
    with fresh.store.engine.connect() as connection:
        assert indexes.paused(connection) == {}
    assert _searchable(fresh) == 40


def test_a_small_snapshot_leaves_the_indexes_in_place(
        world: World, adapter: Recording, schema_indexes: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A snapshot whose pages insert fewer rows than ``PAUSE_FROM_ROWS`` (an office of a
    few hundred records) never drops an index: between its pages the schema is exactly the
    migrations', no row lists anything as set aside, and the replica ends searchable."""
    monkeypatch.setattr(indexes, "PAUSE_FROM_ROWS", 10_000)
    fresh, during = _synced_looking_after_two_pages(world, adapter)
    assert adapter.snapshot_requests() > 3
    assert during == [(schema_indexes, {})]
    assert _schema_indexes(fresh.store) == schema_indexes
    assert _searchable(fresh) == 40


def test_a_replica_killed_mid_snapshot_gets_its_indexes_back_when_opened(
        world: World, adapter: Recording, schema_indexes: dict[str, str]) -> None:
    """A snapshot stopped after its second page (what a killed process leaves: the pages
    committed, the indexes set aside): opening the data folder builds them again before
    anything else, and the next sync resumes and ends equal to a device that pulled the
    ordinary way."""
    fresh = _stopped_after_two_pages(world, adapter)
    with fresh.store.engine.connect() as connection:
        assert indexes.paused(connection)
    assert _schema_indexes(fresh.store) != schema_indexes
    fresh.store.close()

    reopened = Store.open(world.tmp / "fresh", create=False)
    replication = replication_for(reopened)
    again = Device("fresh-again", reopened, replication, SyncClient(
        replication, SERVER_URL, fresh.client.token, session=session_for(adapter),
        snapshot_bytes=SMALL_PAGE))
    world.devices.append(again)
    assert _schema_indexes(reopened) == schema_indexes
    with reopened.engine.connect() as connection:
        assert indexes.paused(connection) == {}
    asked = len(adapter.tokens)
    again.sync()
    assert adapter.tokens[asked] is not None  # resumed where it stopped
    walker = world.device("walker", "hq")
    walker.client.snapshot = False
    walker.sync()
    assert _holdings(again) == _holdings(walker)
    assert _schema_indexes(reopened) == schema_indexes


def test_a_backup_taken_during_a_snapshot_passes_its_check_and_no_other_does(
        world: World, adapter: Recording) -> None:
    """The backups' schema check accepts a file lacking exactly the indexes its
    ``indexes_paused`` row lists as the migrations make them; a row that lists an index of
    another making is named as a problem; a row that holds anything but a plain index is
    never run as SQL (opening such a file builds nothing from it)."""
    fresh = _stopped_after_two_pages(world, adapter)
    made = backup.make_backup(fresh.store)
    assert backup.check(made.path) == []

    with rawdb.opened(made.path) as connection:
        listed = json.loads(connection.execute(
            "SELECT value FROM local_settings WHERE name = ?", (indexes.PAUSED_SETTING,)).fetchone()[0])
        other = [[name, sql.replace("(", "(deleted, ") if name == "ix_organizations_country" else sql]
                 for name, sql in listed]
        connection.execute("UPDATE local_settings SET value = ? WHERE name = ?",
                           (json.dumps(other), indexes.PAUSED_SETTING))
    assert backup.check(made.path) == [
        "the file lists an index set aside that this application does not make: ix_organizations_country"]

    folder = world.tmp / "planted"
    Store.open(folder).close()
    planted = [["ix_evil", "CREATE TRIGGER ix_evil AFTER INSERT ON organizations BEGIN "
                           "DELETE FROM contacts; END"]]
    with rawdb.opened(paths.database_path(folder)) as connection:
        connection.execute("INSERT INTO local_settings (name, value, set_at) VALUES (?, ?, '2026-12-03')",
                           (indexes.PAUSED_SETTING, json.dumps(planted)))
    with Store.open(folder, create=False) as store, store.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE name = 'ix_evil'")).scalar() == 0
        assert indexes.paused(connection) == {}
