"""Automatic backups of the local database, its integrity check, and restoring a backup.

A backup is a consistent copy made with SQLite's online backup API from its own connection
(WAL lets the application go on writing meanwhile), checked, and only then given its final
name, so a half-written backup never looks like a good one.  The newest :data:`KEEP` are
kept in ``<data folder>/backups``.  The application makes one at start when the newest is
older than :data:`INTERVAL`, and before it migrates the database to a newer schema.

Restoring never deletes anything: the damaged file (and its ``-wal``/``-shm``) is moved to
``<data folder>/damaged-<time>/`` first.  A restored replica is behind what headquarters
holds of it; the sync renumbers its new edits (see ``Replication.apply_response``) and pulls
back what it had synced since the backup.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lookingbeyond_desktop import paths
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


def check(database: Path, *, quick: bool = False, stop: threading.Event | None = None) -> list[str]:
    """What SQLite's ``integrity_check`` (or ``quick_check``) finds wrong; empty when fine.

    Opens its own read-only connection, so it can run beside the application.  Setting
    ``stop`` aborts it (Stopped)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as error:
        return [str(error)]
    if stop is not None:
        connection.set_progress_handler(lambda: 1 if stop.is_set() else 0, 20_000)
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
        if not problems:  # integrity_check does not look at foreign keys
            broken = connection.execute("PRAGMA foreign_key_check").fetchmany(5)
            problems = [f"row {row[1]} of {row[0]} refers to a missing {row[2]}" for row in broken]
        return problems
    except sqlite3.Error as error:  # "file is not a database", "database disk image is malformed"
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
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy, pages=4096, progress=progress)
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                copy.close()
        finally:
            source.close()
        problems = check(partial, quick=True, stop=stop)
        if problems:
            raise BackupError(f"the copy did not pass its check: {problems[0]}")
        _fsync(partial)
        os.replace(partial, target)
        _fsync_dir(directory)
    except (OSError, sqlite3.Error) as error:
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
    folder, whose path is returned.  BackupError when the backup itself fails its check."""
    folder = Path(folder)
    source = chosen.path if isinstance(chosen, Backup) else Path(chosen)
    problems = check(source)
    if problems:
        raise BackupError(f"The backup {source.name} is damaged too: {problems[0]}.")
    database = paths.database_path(folder)
    stamp = dt.datetime.now(dt.timezone.utc).strftime(_STAMP)
    kept = folder / f"damaged-{stamp}"
    staged = database.with_name(database.name + ".restoring")
    try:
        shutil.copyfile(source, staged)
        _fsync(staged)
        kept.mkdir()
        for suffix in ("", "-wal", "-shm", "-journal"):
            current = database.with_name(database.name + suffix)
            if current.exists():
                os.replace(current, kept / current.name)
        os.replace(staged, database)
        _fsync_dir(folder)
    except OSError as error:
        staged.unlink(missing_ok=True)
        raise BackupError(f"Could not restore {source.name}: {error.strerror or error}.") from error
    _mark_restored(folder)
    log.info("restored the backup %s; the previous file is kept in %s", source.name, kept.name)
    return kept


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


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:  # not possible on every platform (Windows)
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
