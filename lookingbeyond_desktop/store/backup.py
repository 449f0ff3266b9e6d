"""Automatic backups of the local database, its integrity check, and restoring a backup.

A backup is a consistent copy made with SQLite's online backup API from its own connection
(WAL lets the application go on writing meanwhile), checked, and only then given its final
name, so a half-written backup never looks like a good one.  The newest :data:`KEEP` are
kept in ``<data folder>/backups``.  The application makes one at start when the newest is
older than :data:`INTERVAL`, and before it migrates the database to a newer schema.

Only a database of this application is ever restored: an SQLite file that passes its
integrity check and whose schema (every table, index, view and trigger, as SQLite stores its
SQL) is exactly the schema that the application's own migrations make for the revision the
file records (:func:`schema_problems`).  A foreign database, or a backup given a trigger that
would rewrite later edits, is refused before anything is replaced.

Restoring never deletes anything: the damaged file (and its ``-wal``/``-shm``) is moved to
``<data folder>/damaged-<time>/`` first.  A restored replica is behind what headquarters
holds of it; the sync renumbers its new edits (see ``Replication.apply_response``) and pulls
back what it had synced since the backup.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import cipher, indexes
from lookingbeyond_desktop.store.database import StoreError

log = logging.getLogger(__name__)

KEEP = 3
INTERVAL = dt.timedelta(hours=24)
PREFIX = "lookingbeyond-"
SUFFIX = ".sqlite3"
_STAMP = "%Y%m%dT%H%M%S%fZ"


class BackupError(StoreError):
    """A backup could not be made or restored; the message says why."""


class Stopped(Exception):
    """The check or backup was asked to stop (the application is closing)."""


@dataclass(frozen=True)
class Backup:
    """One backup file."""

    path: Path
    made_at: dt.datetime
    size: int


def backup_dir(folder: Path) -> Path:
    """Where a data folder's backups are."""
    return Path(folder) / "backups"


def check(database: Path, *, quick: bool = False, stop: threading.Event | None = None,
          schema: bool = True, folder: Path | None = None) -> list[str]:
    """What SQLite's ``integrity_check`` (or ``quick_check``) finds wrong, then (``schema``)
    what :func:`schema_problems` finds (a table, view, index or trigger this application does
    not make); empty when fine.

    Making a backup and the check at each start look at integrity only: a copy is taken of
    whatever the data folder holds, and a person is never locked out of their own data by a
    schema difference; what is restored, and ``lookingbeyond check``, look at both.

    Opens its own read-only connection, so it can run beside the application, keyed with
    the key of ``folder`` (by default the data folder the file is in; a cipher error when
    the key cannot be had).  Setting ``stop`` aborts it (Stopped)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = cipher.connect_file(database, folder=folder)
    except cipher.errors(cipher.CipherError) as error:
        return [str(error)]
    if stop is not None:
        connection.set_progress_handler(lambda: 1 if stop.is_set() else 0, 20_000)
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
        if not problems:  # integrity_check does not look at foreign keys
            broken = connection.execute("PRAGMA foreign_key_check").fetchmany(5)
            problems = [f"row {row[1]} of {row[0]} refers to a missing {row[2]}" for row in broken]
        if not problems and schema:
            problems = _schema_problems(connection)
        return problems
    except cipher.errors() as error:  # "file is not a database", "database disk image is malformed"
        if stop is not None and stop.is_set():
            raise Stopped() from error
        return [str(error)]
    finally:
        connection.close()


def backups(folder: Path) -> list[Backup]:
    """The backups of a data folder, newest first."""
    found: list[Backup] = []
    directory = backup_dir(folder)
    if not directory.is_dir():
        return found
    for path in directory.glob(f"{PREFIX}*{SUFFIX}"):
        stamp = path.name[len(PREFIX):-len(SUFFIX)]
        try:
            made_at = dt.datetime.strptime(stamp, _STAMP).replace(tzinfo=dt.timezone.utc)
        except ValueError:
            continue  # not one of ours
        found.append(Backup(path, made_at, path.stat().st_size))
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def newest_good(folder: Path) -> Backup | None:
    """The newest backup that passes its integrity check, if any."""
    for candidate in backups(folder):
        if not check(candidate.path):
            return candidate
        log.warning("the backup %s fails its check; trying an older one", candidate.path.name)
    return None


def is_due(folder: Path, *, now: dt.datetime | None = None) -> bool:
    """Whether the newest backup is older than :data:`INTERVAL` (or there is none)."""
    existing = backups(folder)
    now = now or dt.datetime.now(dt.timezone.utc)
    return not existing or now - existing[0].made_at >= INTERVAL


def make_backup(store: Any, *, now: dt.datetime | None = None,
                stop: threading.Event | None = None) -> Backup:
    """Copy ``store``'s database (a :class:`~lookingbeyond_desktop.store.Store` or a data
    folder) into its backups folder and prune old backups; BackupError when it cannot
    (a full disk, say), Stopped when ``stop`` was set, with nothing half-written left behind."""
    folder = Path(getattr(store, "folder", store))
    return _copy_database(paths.database_path(folder), backup_dir(folder), now=now, stop=stop)


def _copy_database(database: Path, directory: Path, *, now: dt.datetime | None = None,
                   stop: threading.Event | None = None) -> Backup:
    now = now or dt.datetime.now(dt.timezone.utc)
    target = directory / f"{PREFIX}{now.strftime(_STAMP)}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if stop is not None and stop.is_set():
            raise Stopped()

    try:
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob("*.partial"):  # left by a backup the process did not finish
            stale.unlink(missing_ok=True)
        key = cipher.folder_key(directory.parent)
        source = cipher.connect(database, key, readonly=True)
        try:
            copy = cipher.connect(partial, key)  # encrypted with the same key
            try:
                source.backup(copy, pages=4096, progress=progress)
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                copy.close()
        finally:
            source.close()
        problems = check(partial, quick=True, stop=stop, schema=False, folder=directory.parent)
        if problems:
            raise BackupError(f"the copy did not pass its check: {problems[0]}")
        cipher.fsync(partial)
        os.replace(partial, target)
        cipher.fsync_dir(directory)
    except cipher.errors(OSError, cipher.CipherError) as error:
        partial.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise BackupError(f"Could not back up the data to {directory}: {reason}.") from error
    except (BackupError, Stopped):
        partial.unlink(missing_ok=True)
        raise
    made = Backup(target, now, target.stat().st_size)
    for old in backups(directory.parent)[KEEP:]:
        old.path.unlink(missing_ok=True)
    log.info("backed up the data to %s (%d bytes)", target.name, made.size)
    return made


def restore(folder: Path, chosen: Backup | Path) -> Path:
    """Put ``chosen`` in place of the data folder's database (the store must be closed).

    The current database and its WAL files are moved, not deleted, to a ``damaged-<time>``
    folder, whose path is returned.  BackupError, with nothing changed, when ``chosen`` is
    not a sound database of this application (see :func:`check`)."""
    folder = Path(folder)
    source = chosen.path if isinstance(chosen, Backup) else Path(chosen)
    if not source.is_file():
        raise BackupError(f"{source} cannot be restored: there is no such file. Nothing was changed.")
    database = paths.database_path(folder)
    stamp = dt.datetime.now(dt.timezone.utc).strftime(_STAMP)
    kept = folder / f"damaged-{stamp}"
    staged = database.with_name(database.name + ".restoring")
    try:
        # The copy is what is checked, so what is checked is what is put in place.
        shutil.copyfile(source, staged)
        problems = check(staged, folder=folder)
        if problems:
            raise BackupError(f"{source.name} cannot be restored: {problems[0]}. Nothing was changed.")
        cipher.fsync(staged)
        kept.mkdir()
        for suffix in ("", "-wal", "-shm", "-journal"):
            current = database.with_name(database.name + suffix)
            if current.exists():
                os.replace(current, kept / current.name)
        os.replace(staged, database)
        cipher.fsync_dir(folder)
    except OSError as error:
        staged.unlink(missing_ok=True)
        raise BackupError(f"Could not restore {source.name}: {error.strerror or error}.") from error
    except BackupError:
        staged.unlink(missing_ok=True)
        raise
    _mark_restored(folder)
    log.info("restored the backup %s; the previous file is kept in %s", source.name, kept.name)
    return kept


# -- is it a database of this application? --------------------------------------------------

# Tables SQLite itself may add to any database (ANALYZE, PRAGMA optimize, AUTOINCREMENT).
_SQLITE_OWN = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
}
_Schema = dict[tuple[str, str], tuple[str, str]]  # (type, name) -> (table, normalised SQL)


def schema_problems(database: Path) -> list[str]:
    """What makes ``database`` other than a database of this application; empty when its
    schema is exactly the one the application's migrations make for the revision it records.

    Names what is wrong (an unknown trigger, table, view or index; a missing or altered
    one; no or an unknown revision), never a stored value."""
    try:
        connection = cipher.connect_file(database)
    except cipher.errors(cipher.CipherError) as error:
        return [str(error)]
    try:
        return _schema_problems(connection)
    except cipher.errors() as error:
        return [str(error)]
    finally:
        connection.close()


def _schema_problems(connection: Any) -> list[str]:
    found = _read_schema(connection)
    if ("table", "alembic_version") not in found:
        return ["it is not a database of this application (it has no alembic_version table)"]
    versions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    if len(versions) != 1 or not isinstance(versions[0], str):
        return ["its alembic_version table does not hold one schema revision"]
    revision = versions[0]
    if revision not in _known_revisions():
        return [f"it records the schema revision “{revision[:40]}”, which this version of "
                "Looking Beyond does not know (a newer version, or not this application)"]
    expected = _expected_schema(revision)
    problems: list[str] = []
    for (kind, name), (table, sql) in sorted(found.items()):
        if (kind, name) in expected:
            if expected[(kind, name)] != (table, sql):
                problems.append(f"the {kind} {name} differs from the one this application makes")
        elif not (kind == "table" and _SQLITE_OWN.get(name) == sql):
            on = f" (on {table})" if kind in ("trigger", "index") and table != name else ""
            problems.append(f"the file has a {kind} this application does not make: {name}{on}")
    # Indexes a first sync set aside (store/indexes.py): missing exactly as the file's
    # ``indexes_paused`` row lists them, to be built again when it is opened.
    set_aside = indexes.paused(connection)
    for name, sql in sorted(set_aside.items()):
        if expected.get(("index", name), ("", ""))[1] != _normalise_sql(sql):
            problems.append(f"the file lists an index set aside that this application does not make: {name}")
    for kind, name in sorted(set(expected) - set(found)):
        if kind == "index" and name in set_aside:
            continue
        problems.append(f"the file lacks the {kind} {name} of schema {revision}")
    return problems


def _read_schema(connection: Any) -> _Schema:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(str(kind), str(name)): (str(table), _normalise_sql(sql)) for kind, name, table, sql in rows}


def _normalise_sql(sql: str | None) -> str:
    """SQL as stored by SQLite, with the layout (spaces, line breaks) that does not change
    its meaning taken out."""
    if sql is None:
        return ""
    text = re.sub(r"\s+", " ", sql).strip()
    return re.sub(r"\s*([(),])\s*", r"\1", text)


@functools.lru_cache(maxsize=1)
def _known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    from lookingbeyond_desktop.store.migrations import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(revision.revision for revision in script.walk_revisions())


@functools.lru_cache(maxsize=None)
def _expected_schema(revision: str) -> _Schema:
    """The schema the application's migrations make for ``revision``, built by running them
    into a fresh database in a temporary folder (some 70 ms; once per revision a process)."""
    from alembic import command
    from sqlalchemy import create_engine

    from lookingbeyond_desktop.store.migrations import alembic_config

    with tempfile.TemporaryDirectory(prefix="lookingbeyond-schema-") as folder:
        database = Path(folder) / "reference.sqlite3"
        engine = create_engine(f"sqlite:///{database}", hide_parameters=True)
        try:
            config = alembic_config()
            with engine.connect() as connection:
                config.attributes["connection"] = connection
                config.attributes["author"] = ""
                command.upgrade(config, revision)
        finally:
            engine.dispose()
        reference = sqlite3.connect(database)
        try:
            return _read_schema(reference)
        finally:
            reference.close()


def _mark_restored(folder: Path) -> None:
    """Open the restored database (migrating a backup made by an older version) and note
    that it was restored, so the next sync realigns it with headquarters first."""
    from sqlalchemy import text

    from lookingbeyond_desktop.store.database import Store

    store = Store.open(folder, create=False)
    try:
        with store.engine.connect() as connection:
            connection.execution_options(lb_write=True)
            with connection.begin():
                connection.execute(text("UPDATE sync_state SET restored_at = :now, realign = 1"),
                                   {"now": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")})
    finally:
        store.close()

