"""Opening, migrating and refusing data folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.domain.models import Base
from lookingbeyond_desktop.store import NewerSchemaError, Store, StoreError
from lookingbeyond_desktop.store.database import SCHEMA_HEAD
from lookingbeyond_desktop.store.migrations import alembic_config
from tests import rawdb


def test_schema_head_is_alembics_head() -> None:
    """The revision the store expects is the newest migration on disk."""
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_migrated_schema_matches_the_models(store: Store) -> None:
    """The migrations build exactly the tables, columns and indexes the models declare."""
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_name": lambda name, kind, parent: not (name or "").startswith(
                "organizations_fts")},
        )
        diff = compare_metadata(context, Base.metadata)
        created = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'organizations'").scalar_one()
    # A reference added by ALTER TABLE ADD COLUMN (0009's merged_into: a rebuild would copy
    # every organization and drop the search triggers) is declared on the column, whose
    # constraint name and deferral SQLAlchemy's SQLite reflection does not read: checked in
    # the table's SQL instead.
    column_level = {"fk_organizations_merged_into_organizations"}
    diff = [item for item in diff if not (
        item[0] in ("remove_fk", "add_fk")
        and [c.name for c in item[1].columns] == ["merged_into"]
        and (item[1].name is None or item[1].name in column_level))]
    assert diff == []
    assert ("merged_into VARCHAR(36) CONSTRAINT fk_organizations_merged_into_organizations "
            "REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED") in created


def test_new_store_uses_wal_foreign_keys_and_full_sync(store: Store) -> None:
    """Every connection runs in WAL mode with foreign keys on and durable commits."""
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_new_store_has_one_replica_row_and_the_version(store: Store) -> None:
    """The migrations record the head revision and creates exactly one replica identity."""
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        rows = connection.execute(text("SELECT device_id FROM replica")).all()
    assert len(rows) == 1 and len(rows[0].device_id) == 32


def test_device_id_survives_reopening(data_dir: Path) -> None:
    """The device id is made once, when the data folder is created."""
    with Store.open(data_dir) as first:
        device = first.device_id
    with Store.open(data_dir) as second:
        assert second.device_id == device


def test_newer_schema_is_refused_without_change(data_dir: Path) -> None:
    """A data folder from a newer version is refused with a message; its file is untouched."""
    Store.open(data_dir).close()
    database = paths.database_path(data_dir)
    with rawdb.opened(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = database.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        Store.open(data_dir)
    assert database.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(data_dir: Path) -> None:
    """Garbage in place of the database gives a StoreError naming the file, not a traceback."""
    data_dir.mkdir(parents=True)
    paths.database_path(data_dir).write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a usable database"):
        Store.open(data_dir)


def test_open_without_create_refuses_a_missing_folder(tmp_path: Path) -> None:
    """Commands that only read do not create an empty data folder by accident."""
    with pytest.raises(StoreError, match="no Looking Beyond data"):
        Store.open(tmp_path / "nowhere", create=False)
    assert not (tmp_path / "nowhere").exists()


def test_failed_migration_leaves_nothing_behind(data_dir: Path, tmp_path: Path) -> None:
    """A migration that fails part-way is rolled back with its version record."""
    from alembic import command

    from lookingbeyond_desktop.store.database import make_engine, open_key

    data_dir.mkdir(parents=True)
    engine = make_engine(paths.database_path(data_dir), open_key(data_dir))
    config = alembic_config()
    scripts = tmp_path / "versions"
    scripts.mkdir()
    source = Path(config.get_main_option("script_location") or "") / "versions" / "0001_initial.py"
    broken = source.read_text(encoding="utf-8").replace(
        '    op.create_index("ix_grants_organization_id"',
        '    raise RuntimeError("power cut")\n    op.create_index("ix_grants_organization_id"',
    )
    (scripts / "0001_initial.py").write_text(broken, encoding="utf-8")
    config.set_main_option("version_locations", str(scripts))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        with pytest.raises(RuntimeError, match="power cut"):
            command.upgrade(config, "head")
    with engine.connect() as connection:
        tables = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").all()
    engine.dispose()
    assert tables == []


def test_an_older_search_index_gains_the_latin_forms_on_upgrade(data_dir: Path) -> None:
    """A folder at 0009 whose organizations' search text lacks the newer Latin forms (a
    Chinese name's syllables, Arabic words without their article) is brought to the head:
    "fanfubai" and "nazaha" find the names; an all-Latin name's search text is untouched."""
    from lookingbeyond_desktop.domain.textsearch import fold, transliterate
    from lookingbeyond_desktop.store.search import search_organizations
    from tests.conftest import make_org

    store = Store.open(data_dir, create=True)
    chinese = make_org(store, name="高雄反腐败协会", country="TW")
    arabic = make_org(store, name="مركز الشفافية والنزاهة", country="AE")
    make_org(store, name="Centre for Integrity", country="KE")
    with store.engine.begin() as connection:
        for org_id in (chinese, arabic):  # the search text as 0009 wrote it
            name = connection.execute(text("SELECT name FROM organizations WHERE id = :i"),
                                      {"i": org_id}).scalar_one()
            connection.execute(text("UPDATE organizations SET search_names = :s WHERE id = :i"),
                               {"s": f"{fold(name)} {fold(transliterate(name))}", "i": org_id})
        latin_before = connection.execute(text(
            "SELECT search_names FROM organizations WHERE name = 'Centre for Integrity'")).scalar_one()
        connection.execute(text("UPDATE alembic_version SET version_num = '0009'"))
        connection.execute(text("ALTER TABLE organizations DROP COLUMN at_risk"))  # 0011's
        connection.execute(text("ALTER TABLE contacts DROP COLUMN erased_on"))
    with store.engine.connect() as connection:
        assert list(search_organizations(connection, "fanfubai")) == []
    store.close()
    store = Store.open(data_dir)
    try:
        with store.engine.connect() as connection:
            assert [hit.name for hit in search_organizations(connection, "fanfubai")] == ["高雄反腐败协会"]
            assert [hit.name for hit in search_organizations(connection, "nazaha")] == ["مركز الشفافية والنزاهة"]
            assert connection.execute(text(
                "SELECT search_names FROM organizations WHERE name = 'Centre for Integrity'")
            ).scalar_one() == latin_before
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == SCHEMA_HEAD
    finally:
        store.close()
