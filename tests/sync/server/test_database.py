"""The headquarters database: engines and migrations on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select, text, update

from sync.server import database
from sync.server.database import SCHEMA_HEAD, VERSION_TABLE, init_database, make_engine
from sync.server.schema import counter, metadata


def test_migrated_schema_equals_schema_metadata(hq_engine: Engine) -> None:
    """The migrations build exactly the tables of schema.py (Alembic finds no difference);
    references are listed by parent (migration 0031), one row a parent, on both backends
    (on SQLite the parent's row id is the table's own)."""
    with hq_engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": VERSION_TABLE, "compare_type": True})
        assert compare_metadata(context, metadata) == []
        assert "refs" not in inspect(connection).get_table_names()
        assert inspect(connection).get_pk_constraint("ref_lists")["constrained_columns"] == ["parent_rid"]
        assert inspect(connection).get_indexes("ref_lists") == []


def test_init_is_idempotent_and_creates_the_counter_row(hq_engine: Engine) -> None:
    """Running init again changes nothing; the one counter row exists from the start."""
    init_database(hq_engine)
    init_database(hq_engine)
    with hq_engine.connect() as connection:
        assert connection.execute(select(counter)).all() == [(1, 0, 0)]
        version = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
        assert version == [(SCHEMA_HEAD,)]
        assert "alembic_version" not in inspect(connection).get_table_names()


def test_schema_head_is_alembics_head() -> None:
    """SCHEMA_HEAD names the newest migration, so init knows when there is nothing to do."""
    script = ScriptDirectory.from_config(database._alembic_config())
    assert script.get_current_head() == SCHEMA_HEAD


def test_plain_postgresql_urls_use_psycopg() -> None:
    """postgresql:// URLs are rewritten to the psycopg 3 driver."""
    engine = make_engine("postgresql://someone@127.0.0.1:1/nowhere")
    assert engine.url.drivername == "postgresql+psycopg"
    assert engine.pool._pre_ping  # type: ignore[attr-defined]


def test_default_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """$LOOKINGBEYOND_DATABASE_URL wins; otherwise a SQLite file in the user data folder."""
    monkeypatch.setenv("LOOKINGBEYOND_DATABASE_URL", "postgresql://hq@db/lb")
    assert database.default_database_url() == "postgresql://hq@db/lb"
    monkeypatch.delenv("LOOKINGBEYOND_DATABASE_URL")
    url = database.default_database_url()
    assert url.startswith("sqlite:///") and "LookingBeyondServer" in url


def test_sqlite_writers_queue_instead_of_failing(tmp_path: Path) -> None:
    """Every SQLite transaction begins IMMEDIATE: concurrent writers wait for each other
    (busy_timeout) and all of them commit, none fails with 'database is locked'."""
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    init_database(engine)
    errors: list[BaseException] = []

    def bump() -> None:
        try:
            for _ in range(20):
                with engine.begin() as connection:
                    seq = connection.execute(select(counter.c.seq)).scalar_one()
                    connection.execute(update(counter).values(seq=seq + 1))
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        total = connection.execute(select(counter.c.seq)).scalar_one()
    engine.dispose()
    assert errors == []
    assert mode == "wal"
    assert total == 80  # read-then-write in each transaction: lost updates would show here


def test_a_new_sqlite_headquarters_has_16_kib_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    """A new headquarters file is made of SQLITE_PAGE_BYTES pages; a file made before with
    SQLite's 4 KiB pages opens with them, is migrated and written as before (the page size
    of a database in WAL mode cannot change: no connection may try to)."""
    import sqlite3

    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    init_database(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA page_size").scalar() == database.SQLITE_PAGE_BYTES == 16384
    engine.dispose()

    old = tmp_path / "old.db"
    made = sqlite3.connect(old)
    made.execute("PRAGMA page_size=4096")
    made.execute("PRAGMA journal_mode=WAL")
    made.execute("CREATE TABLE before_us (x INTEGER)")
    made.commit()
    made.close()
    engine = make_engine(f"sqlite:///{old}")
    init_database(engine)
    with engine.begin() as connection:
        connection.execute(update(counter).values(seq=counter.c.seq + 1))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA page_size").scalar() == 4096
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert connection.execute(select(counter.c.seq)).scalar_one() == 1
    engine.dispose()
