"""Opening the local database: SQLite in WAL mode with foreign keys, migrated by Alembic.

One engine per store.  ORM sessions are for reading, one per thread, owned by the caller
(``with store.session() as session``); every write goes through :meth:`Store.write`, which
records the change in the same transaction (see :mod:`lookingbeyond_desktop.store.writer`).
"""

from __future__ import annotations

import getpass
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.domain.models import SyncedMixin
from lookingbeyond_desktop.store import cipher
from lookingbeyond_desktop.store.writer import Writer
from sync.wire import json_loads

# The newest migration this code knows; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0011"
log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(RuntimeError):
    """The data folder cannot be used; the message says why and what to do."""


class NewerSchemaError(StoreError):
    """The data folder was written by a newer version of the application."""


class DamagedStoreError(StoreError):
    """The database file is damaged (SQLite cannot read it, or it fails its check)."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class LockedStoreError(StoreError):
    """The data folder is locked with a passphrase and none was given (``new``: a new
    folder, and no keyring can keep its key: the person chooses a passphrase)."""

    def __init__(self, message: str, *, new: bool = False) -> None:
        super().__init__(message)
        self.new = new


class WrongPassphraseError(LockedStoreError):
    """The passphrase given does not open the data folder."""


class DiskFullError(StoreError):
    """A write failed because the disk (or the database's size limit) is full; the
    transaction was rolled back, so nothing of it was kept."""


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error`` (SQLite's, SQLAlchemy's or the system's) means the disk is full."""
    import errno

    original = getattr(error, "orig", None) or error
    if isinstance(original, OSError) and original.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(original, cipher.errors()) and (
        "disk is full" in str(original) or getattr(original, "sqlite_errorcode", 0) == 13)


@contextmanager
def disk_guard(folder: Path | None = None) -> Iterator[None]:
    """Turn a full disk inside the block into :class:`DiskFullError` with a clear message."""
    try:
        yield
    except cipher.errors(sa_exc.DBAPIError, OSError) as error:
        if not is_disk_full(error):
            raise
        where = f" that holds {folder}" if folder is not None else ""
        raise DiskFullError(f"The disk{where} is full: nothing was saved. Free some space "
                            "and try again.") from error


class ReadOnlySessionError(RuntimeError):
    """Synced rows were changed through an ORM session instead of :meth:`Store.write`."""


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is unreliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a commit that returned is on disk even after a power cut (invariant 1).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA cache_size=-16384")  # 16 MiB a connection: random UUID keys touch many pages
    cursor.close()


def _on_begin(connection: Connection) -> None:
    # Writers take the write lock up front, so two writers queue instead of deadlocking.
    mode = "IMMEDIATE" if connection.get_execution_options().get("lb_write") else "DEFERRED"
    connection.exec_driver_sql(f"BEGIN {mode}")


def _refuse_orm_writes(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, SyncedMixin):
            raise ReadOnlySessionError(
                "synced rows are written through Store.write(), which records the change"
            )


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def make_engine(database: Path, key: str) -> Engine:
    """An engine on ``database``, encrypted with ``key`` (SQLCipher, see
    :mod:`~lookingbeyond_desktop.store.cipher`), with the pragmas and transaction handling of
    the store."""
    # hide_parameters: an SQL error's text (printed, logged, shown) names the statement, never
    # the values of the row, which hold contacts' names, e-mails and phones.
    # creator: the key is the first statement of every connection, before SQLAlchemy's own.
    engine = create_engine(f"sqlite:///{database}", json_serializer=_json_dumps,
                           json_deserializer=json_loads, hide_parameters=True, module=cipher.dbapi(),
                           creator=lambda: cipher.connect(database, key, any_thread=True))
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Store:
    """A data folder's local replica."""

    def __init__(self, folder: Path, engine: Engine) -> None:
        self.folder = folder
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _refuse_orm_writes)

    @classmethod
    def open(cls, folder: str | Path, *, create: bool = True,
             passphrase: str | None = None) -> Store:
        """Open (and if needed create and migrate) the replica in ``folder``.

        The database is encrypted (:mod:`~lookingbeyond_desktop.store.cipher`): its key comes
        from the keyring, or from ``passphrase`` (LockedStoreError when one is needed and none
        was given, WrongPassphraseError when it does not fit).  A plain folder of an earlier
        version is encrypted in place first."""
        folder = Path(folder)
        database = paths.database_path(folder)
        if not database.exists() and not create:
            raise StoreError(f"There is no Looking Beyond data in {folder}.")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"Cannot create the data folder {folder}: {error.strerror}.") from error
        key = open_key(folder, passphrase=passphrase)
        engine = make_engine(database, key)
        try:
            _restore_indexes(engine)
            migrate(engine)
        except cipher.errors(sa_exc.DatabaseError) as error:
            engine.dispose()
            reason = getattr(error, "orig", error)
            message = f"{database} is not a usable database: {reason}."
            if _is_damage(str(reason)):
                raise DamagedStoreError(message, [str(reason)]) from error
            raise StoreError(message) from error
        except BaseException:
            engine.dispose()
            raise
        _settle_erasures(folder, engine)
        return cls(folder, engine)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def session(self) -> Session:
        """A new read session; use it from one thread and close it (``with``)."""
        return self._sessions()

    @contextmanager
    def write(self, *, author: str | None = None) -> Iterator[Writer]:
        """A transaction in which every write is recorded; committed on success."""
        with disk_guard(self.folder), self.engine.connect() as connection:
            connection.execution_options(lb_write=True)
            with connection.begin():
                writer = Writer(connection, author=author)
                yield writer
                writer.finish()

    @property
    def device_id(self) -> str:
        """This replica's device id."""
        with self.engine.connect() as connection:
            return str(connection.execute(text("SELECT device_id FROM replica")).scalar_one())


def _restore_indexes(engine: Engine) -> None:
    """Indexes a snapshot set aside and did not build again (the process was killed during
    it, or this is a backup taken meanwhile): built now, before the migrations, so that the
    schema is the one its revision records (store/indexes.py)."""
    from lookingbeyond_desktop.store import indexes

    with engine.connect() as connection:
        if not indexes.paused(connection):
            return
    with engine.connect() as connection:
        connection.execution_options(lb_write=True)
        with connection.begin():
            restored = indexes.restore(connection)
    log.info("store: built again %d indexes a first sync had set aside", restored)


def _settle_erasures(folder: Path, engine: Engine) -> None:
    """An erasure applied before a crash, whose backups were not scrubbed yet: now."""
    from lookingbeyond_desktop.store import erasure

    try:
        erasure.settle(folder, engine)
    except cipher.errors(sa_exc.DatabaseError, OSError):
        # Opening must not fail for it: the list stays, and the next opening tries again.
        log.warning("erasure: the backups could not be scrubbed now", exc_info=True)


def open_key(folder: Path, *, passphrase: str | None = None) -> str:
    """The key of ``folder``'s database, made for a new folder; a plain (older) folder is
    encrypted in place first.  Cipher errors become the store's own."""
    database = paths.database_path(folder)
    try:
        with disk_guard(folder):
            cipher.clean_leftovers(folder)
            exists = database.exists() and database.stat().st_size > 0
            plain = cipher.is_plain(database)
            if exists and not plain and cipher.read_sidecar(folder) is None:
                reason = (f"it is not a plain database, and the file that says where the key "
                          f"of an encrypted one is ({cipher.SIDECAR}) is not in the folder")
                raise DamagedStoreError(f"{database} is not a usable database: {reason}. If the folder "
                                        f"was copied, copy {cipher.SIDECAR} too; nothing was "
                                        "changed.", [reason])
            key = cipher.folder_key(folder, passphrase=passphrase, create=not exists or plain)
            if plain or any(cipher.is_plain(path) for path in _backup_files(folder)):
                cipher.encrypt_folder(folder, key)
            return key
    except cipher.WrongPassphrase as error:
        raise WrongPassphraseError(str(error)) from error
    except cipher.PassphraseNeeded as error:
        raise LockedStoreError(str(error), new=error.new) from error
    except cipher.CipherError as error:
        raise StoreError(str(error)) from error
    except cipher.errors() as error:
        message = f"{database} could not be encrypted: {error}. Nothing was changed."
        if _is_damage(str(error)):
            raise DamagedStoreError(message, [str(error)]) from error
        raise StoreError(message) from error


def _backup_files(folder: Path) -> list[Path]:
    directory = folder / "backups"
    return sorted(directory.glob("*.sqlite3")) if directory.is_dir() else []


def _is_damage(reason: str) -> bool:
    """Whether SQLite's message says the file itself is damaged (not locked, say)."""
    reason = reason.lower()
    return any(sign in reason for sign in ("malformed", "not a database", "file is encrypted",
                                            "disk i/o error", "corrupt"))


def migrate(engine: Engine) -> None:
    """Bring the schema to :data:`SCHEMA_HEAD`; refuse a database from a newer version."""
    with engine.connect() as connection:
        current = _current_revision(connection)
    if current == SCHEMA_HEAD:
        return
    from alembic.script import ScriptDirectory  # imported only when there is work to do

    from lookingbeyond_desktop.store.migrations import alembic_config

    config = alembic_config()
    if current is not None:
        try:
            ScriptDirectory.from_config(config).get_revision(current)
        except Exception:
            raise NewerSchemaError(
                "This data folder was written by a newer version of Looking Beyond "
                f"(schema {current}). Install the newer version to open it; "
                "nothing was changed."
            ) from None
    from alembic import command

    if current is not None:  # an upgrade: keep the data as it was first
        from lookingbeyond_desktop.store import backup

        database = Path(str(engine.url.database))
        try:
            backup.make_backup(database.parent)
        except backup.BackupError as error:
            raise StoreError(f"{error} The data was not upgraded; free some space and "
                             "open it again.") from error
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        config.attributes["author"] = _default_author()
        command.upgrade(config, "head")


def _current_revision(connection: Connection) -> str | None:
    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not exists:
        connection.rollback()
        return None
    version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    connection.rollback()
    return version


def _default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
