"""The headquarters database: an engine for SQLite or PostgreSQL, and its migrations.

SQLite is the embedded default (one file, one machine).  Every SQLite transaction starts with
``BEGIN IMMEDIATE``: writers take the lock up front, so concurrent pushes from several workers
queue on ``busy_timeout`` instead of failing with "database is locked" half-way through.
PostgreSQL (production) goes through psycopg 3; several stateless workers may share it.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
import weakref
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

import orjson
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "hq_alembic_version"
# The newest migration this code knows; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0031_references_listed_by_parent"
DATABASE_URL_ENV = "LOOKINGBEYOND_DATABASE_URL"
log = logging.getLogger(__name__)
# Session-level PostgreSQL advisory lock taken while migrating, so that several servers
# started at once on one database do not run the same migration twice.
_MIGRATION_LOCK = zlib.crc32(b"lookingbeyond-hq-migrations")


class DatabaseError(RuntimeError):
    """The database URL cannot be used; the message says why."""


def default_database_url() -> str:
    """``$LOOKINGBEYOND_DATABASE_URL``, else a SQLite file in the per-user data folder."""
    configured = os.environ.get(DATABASE_URL_ENV, "").strip()
    if configured:
        return configured
    import platformdirs

    folder = Path(platformdirs.user_data_dir("LookingBeyondServer", "UNODC"))
    return f"sqlite:///{folder / 'headquarters.db'}"


def normalise_url(url: str | URL) -> URL:
    """The URL with the driver this server uses (``postgresql://`` becomes psycopg 3)."""
    try:
        parsed = make_url(url)
    except Exception:
        raise DatabaseError(f"{url!s} is not a database URL (sqlite:///FILE or postgresql://...)") from None
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return parsed.set(drivername="sqlite")
    raise DatabaseError(f"unsupported database {backend!r}: use sqlite:///FILE or postgresql://...")


def display_url(url: str | URL) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unreadable database URL>"


def make_engine(url: str | URL) -> Engine:
    """An engine on ``url`` (SQLite file or PostgreSQL) set up for concurrent workers."""
    parsed = normalise_url(url)
    # hide_parameters: SQL errors must not put passwords' hashes, tokens' hashes or contacts'
    # personal data into the server's log.
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, json_serializer=json_dumps, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(
        parsed, json_serializer=json_dumps, pool_pre_ping=True, hide_parameters=True
    )


def json_dumps(value: Any) -> str:
    """How the engine writes JSON columns (service.insert_many writes them the same way):
    orjson's compact text, or the json module's where orjson refuses a value (an integer
    beyond 64 bits, a key that is not text, a lone surrogate): whatever was stored before
    is stored still.  orjson is a dozen times faster for a record's values, which a first
    push writes hundreds of thousands of (docs/benchmarks-sync.md, Scenario B)."""
    try:
        return orjson.dumps(value).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(value, ensure_ascii=False)


SQLITE_CACHE_KIB = 64 * 1024
# A new headquarters file is made of 16 KiB pages (SQLite's default is 4 KiB).  A push
# writes its rows at random places of the id indexes, and SQLite's cost is per page it
# touches and writes to the WAL more than per byte: a first push of 253,451 rows took
# 17.3-18.3 s with 16 KiB pages against 19.4-20.1 s with 4 KiB, and the file came out
# 5 % smaller (docs/benchmarks-sync.md, Scenario B, ninth session).  A small push writes
# a few pages more to the WAL.
SQLITE_PAGE_BYTES = 16 * 1024


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off: the "begin" event issues BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # Takes effect only while the file is still empty (before WAL is set): an existing
    # database keeps the page size it was made with.
    cursor.execute(f"PRAGMA page_size={SQLITE_PAGE_BYTES}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged push survives a power cut
    cursor.execute("PRAGMA busy_timeout=30000")
    # Freed space is overwritten with zeros: an erased person's old values (earlier
    # versions of a record, a conflict deleted) do not linger in the file (erasure.py).
    cursor.execute("PRAGMA secure_delete=ON")
    # SQLite keeps 2 MiB of pages by default: a region's file is hundreds of MiB, and a push
    # writes its new rows at random places of the indexes (ids are random), each a page read
    # from the operating system again.  64 MiB per connection (a few connections a server).
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.close()


def _sqlite_on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


# -- migrations ----------------------------------------------------------------------------


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    return config


def current_revision(engine: Engine) -> str | None:
    """The applied migration of the headquarters schema (None for an empty database)."""
    from sqlalchemy import inspect

    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def init_database(engine: Engine, registry: Any = None) -> None:
    """Create or upgrade the headquarters schema; does nothing when it is current.
    ``registry`` (the domain's ``sync.registry.Registry``): what migrations that complete
    stored records need (0009); a database with records needs it for that upgrade."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return
    config = _alembic_config()
    if revision is not None:
        from alembic.script import ScriptDirectory

        try:
            ScriptDirectory.from_config(config).get_revision(revision)
        except Exception:
            raise DatabaseError(
                f"this database was written by a newer headquarters server (schema {revision}); "
                "install the newer version; nothing was changed"
            ) from None
    from alembic import command

    with engine.connect() as connection:
        postgres = engine.dialect.name == "postgresql"
        if postgres:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
            connection.commit()
        try:
            config.attributes["connection"] = connection
            config.attributes["registry"] = registry
            command.upgrade(config, "head")
        finally:
            if postgres:
                if connection.in_transaction():
                    connection.rollback()
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})
                connection.commit()
    if revision is not None and engine.dialect.name == "sqlite":
        _vacuum_if_mostly_free(engine)


# A migration that makes a table again (0015) leaves the old one's pages free in the file,
# which SQLite keeps for later growth: past this share of the file, they are given back.
VACUUM_FREE_SHARE = 0.25


def _vacuum_if_mostly_free(engine: Engine) -> None:
    """After an upgrade of a SQLite file: ``VACUUM`` when more than a quarter of it is free
    pages (0015 frees the records' former table, 40 % of the file).  It writes a copy of
    the file first; when it fails (a disk without room for the copy), the file stays as it
    was, whole, and larger than it needs to be: logged, not raised."""
    raw = engine.raw_connection()  # outside any transaction (the engine begins each one)
    try:
        cursor = raw.cursor()
        free = int(cursor.execute("PRAGMA freelist_count").fetchone()[0])
        pages = int(cursor.execute("PRAGMA page_count").fetchone()[0])
        if pages == 0 or free / pages <= VACUUM_FREE_SHARE:
            return
        started = time.monotonic()
        try:
            cursor.execute("VACUUM")
            # VACUUM wrote the whole file through the write-ahead log: give that back too.
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:  # disk full, locked by another process
            log.warning("the upgraded database keeps %d free pages of %d (VACUUM failed: %s)",
                        free, pages, type(error).__name__)
            return
        log.info("the upgraded database gave back %d free pages of %d in %.1f s",
                 free, pages, time.monotonic() - started)
    finally:
        raw.close()


_Kept = TypeVar("_Kept")


class PerEngine(Generic[_Kept]):
    """One object per engine (a serve process's), made on first use: what a SyncService,
    made per request, keeps across requests (statistics.py, held.py)."""

    def __init__(self, make: Callable[[], _Kept]) -> None:
        self._make = make
        self._found: weakref.WeakKeyDictionary[Engine, _Kept] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def __call__(self, engine: Engine) -> _Kept:
        with self._lock:
            found = self._found.get(engine)
            if found is None:
                found = self._found[engine] = self._make()
            return found
