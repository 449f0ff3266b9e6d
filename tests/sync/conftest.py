"""Headquarters fixtures: one shared test suite run against SQLite and PostgreSQL.

PostgreSQL comes from $LOOKINGBEYOND_TEST_PG_URL (default: postgres on 127.0.0.1:5432,
database ``test``, see scripts/ensure-postgres.sh).  Each test gets a fresh database
``lbd_test_<random>`` that is dropped afterwards.  When PostgreSQL does not answer, the
PostgreSQL variant fails under CI ($CI set) and is skipped elsewhere.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from sync.server.database import init_database, make_engine
from tests.sync.world import World

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", "postgresql"]


def pg_admin_url() -> str:
    """The PostgreSQL server used to create throw-away test databases."""
    return os.environ.get("LOOKINGBEYOND_TEST_PG_URL", DEFAULT_PG_URL)


def _unavailable(reason: str) -> None:
    message = f"PostgreSQL for the headquarters tests is not available ({reason}); " \
              "run scripts/ensure-postgres.sh or set LOOKINGBEYOND_TEST_PG_URL"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture
def pg_database_url() -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database, dropped after the test."""
    admin_url = make_url(pg_admin_url()).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"lbd_test_{secrets.token_hex(6)}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:  # no server, wrong credentials, no right to create
        admin.dispose()
        _unavailable(str(error).splitlines()[0])
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def hq_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty headquarters database URL on each backend (not yet initialised)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hq.db'}"
    return str(request.getfixturevalue("pg_database_url"))


@pytest.fixture
def hq_engine(hq_url: str) -> Iterator[Engine]:
    """An initialised headquarters database on SQLite and on PostgreSQL."""
    engine = make_engine(hq_url)
    init_database(engine)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def world(hq_engine: Engine, tmp_path: Path) -> Iterator[World]:
    """Headquarters on both backends, with an hq user."""
    created = World(hq_engine, tmp_path)
    created.user("hq")
    yield created
    created.close()
