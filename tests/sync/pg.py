"""Throw-away PostgreSQL databases for headquarters tests and benchmarks."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

DEFAULT_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@contextmanager
def throwaway_database(admin_url: str = DEFAULT_ADMIN_URL, *, prefix: str = "lbd_test") -> Iterator[str]:
    """The URL of a new, empty database ``<prefix>_<random>`` on the server of ``admin_url``,
    dropped afterwards (connections still open to it are ended).  Raises as it is entered
    when the server cannot be reached or refuses to create it."""
    admin_parsed = make_url(admin_url).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_parsed, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{secrets.token_hex(6)}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except BaseException:
        admin.dispose()
        raise
    try:
        yield admin_parsed.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
