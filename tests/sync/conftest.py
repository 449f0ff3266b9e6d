"""Headquarters fixtures: one shared test suite run against SQLite and PostgreSQL.

PostgreSQL comes from $LOOKINGBEYOND_TEST_PG_URL (default: postgres on 127.0.0.1:5432,
database ``test``, see scripts/ensure-postgres.sh).  Each test gets a fresh database
``lbd_test_<random>`` that is dropped afterwards.  When PostgreSQL does not answer, the
PostgreSQL variant fails under CI ($CI set) and is skipped elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import keyring
import pytest
from sqlalchemy import Engine

from sync.server.database import init_database, make_engine
from tests.sync.pg import DEFAULT_ADMIN_URL, throwaway_database
from tests.sync.world import World, new_replica_template

BACKENDS = ["sqlite", "postgresql"]


def pg_admin_url() -> str:
    """The PostgreSQL server used to create throw-away test databases."""
    return os.environ.get("LOOKINGBEYOND_TEST_PG_URL", DEFAULT_ADMIN_URL)


def _unavailable(reason: str) -> None:
    message = f"PostgreSQL for the headquarters tests is not available ({reason}); " \
              "run scripts/ensure-postgres.sh or set LOOKINGBEYOND_TEST_PG_URL"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def initialised_hq(stack: ExitStack, backend: str, folder: Path) -> tuple[str, Engine]:
    """An initialised headquarters database on ``backend`` ("sqlite": a file in ``folder``;
    "postgresql": a throw-away database), closed and dropped by ``stack``: (URL, engine).
    For module-scoped fixtures that share one server per backend."""
    if backend == "sqlite":
        url = f"sqlite:///{folder / 'hq.db'}"
    else:
        try:
            url = stack.enter_context(throwaway_database(pg_admin_url()))
        except Exception as error:  # no server, wrong credentials, no right to create
            _unavailable(str(error).splitlines()[0])
    engine = make_engine(url)
    stack.callback(engine.dispose)
    init_database(engine)
    return url, engine


@pytest.fixture
def pg_database_url() -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database, dropped after the test."""
    stack = ExitStack()
    try:
        url = stack.enter_context(throwaway_database(pg_admin_url()))
    except Exception as error:  # no server, wrong credentials, no right to create
        _unavailable(str(error).splitlines()[0])
    with stack:
        yield url


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


@pytest.fixture
def replica_template(tmp_path: Path) -> Path:
    """A new data folder that a test's worlds copy for their devices (``World(template=...)``,
    each copy with its own random device id): the property tests make four to eight new
    replicas per example, and migrating each new folder was most of an example's time.
    Function-scoped: one test's examples share it (they only copy it)."""
    return new_replica_template(tmp_path / "new-replica")


@pytest.fixture
def memory_keyring() -> Iterator[None]:
    """A fresh in-memory keyring for the tokens of the enrolments a test makes (never the
    machine's real keyring)."""
    from tests.ui.conftest import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)
