"""`restore` puts in place only a database of this application.

A file is accepted when it passes SQLite's integrity check and its schema (every table, index,
view and trigger) is exactly what the application's migrations make for the revision it
records; anything else is refused with a message naming what is wrong, before anything of the
current data folder is touched.  Run as a person would: `lookingbeyond restore --from FILE` in
a process, and through :func:`backup.restore`, which the window calls.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import Store, backup
from lookingbeyond_desktop.store.database import SCHEMA_HEAD
from lookingbeyond_desktop.store.migrations import alembic_config
from tests.conftest import make_org
from tests import rawdb

# A trigger that silently rewrites every later edit of an organization's notes: the kind of
# change to a backup that `check` (integrity only) used to pass.
REWRITING_TRIGGER = ("CREATE TRIGGER keep_notes AFTER UPDATE OF notes ON organizations BEGIN "
                     "UPDATE organizations SET notes = 'rewritten' WHERE rid = new.rid; END")


def run_cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`lookingbeyond ARGS --data-dir DATA_DIR` in a process."""
    return subprocess.run([sys.executable, "-m", "lookingbeyond_desktop", args[0], "--data-dir",
                           str(data_dir), *args[1:]],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))


def folder_with_backup(data_dir: Path) -> Path:
    """A data folder holding one organization, and a genuine backup of it (returned)."""
    with Store.open(data_dir) as store:
        make_org(store, name="In the backup")
        made = backup.make_backup(store)
        make_org(store, name="Made after the backup")
    return made.path


def snapshot(data_dir: Path) -> tuple[bytes, list[str]]:
    """The database's bytes and the data folder's entries but its log folder (to prove
    nothing was touched)."""
    return (paths.database_path(data_dir).read_bytes(),
            sorted(p.name for p in data_dir.iterdir() if p.name != "logs"))


def organization_names(data_dir: Path) -> list[str]:
    with Store.open(data_dir, create=False) as store, store.engine.connect() as connection:
        return list(connection.execute(text("SELECT name FROM organizations ORDER BY name")).scalars())


def tamper(path: Path, *statements: str) -> Path:
    with rawdb.opened(path) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()
    return path


def test_a_genuine_backup_passes_and_restores(data_dir: Path, tmp_path: Path) -> None:
    """A backup the application made passes `check` and restores from the command line;
    the data is the backup's and the previous file is kept aside."""
    made = folder_with_backup(data_dir)
    outside = tmp_path / "copy-of-backup.sqlite3"
    outside.write_bytes(made.read_bytes())
    assert backup.check(outside, folder=data_dir) == []
    result = run_cli(data_dir, "restore", "--from", str(outside))
    assert result.returncode == 0, result.stderr
    assert "kept in" in result.stdout
    assert organization_names(data_dir) == ["In the backup"]
    assert backup.check(paths.database_path(data_dir)) == []


def test_a_backup_with_a_trigger_that_rewrites_edits_is_refused(data_dir: Path) -> None:
    """A genuine backup given a trigger that rewrites later edits: `check` names the trigger
    (it used to pass), and `restore --from` refuses it, saying so, with the current database
    byte for byte as it was and no damaged- folder made."""
    made = tamper(folder_with_backup(data_dir), REWRITING_TRIGGER)
    problems = backup.check(made)
    assert problems == ["the file has a trigger this application does not make: keep_notes "
                        "(on organizations)"]
    before = snapshot(data_dir)
    result = run_cli(data_dir, "restore", "--from", str(made))
    assert result.returncode == 1
    assert "cannot be restored: the file has a trigger this application does not make: " \
           "keep_notes" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert snapshot(data_dir) == before
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("statement, named", [
    ("CREATE TABLE stash (x TEXT)", "the file has a table this application does not make: stash"),
    ("CREATE VIEW everyone AS SELECT name FROM organizations",
     "the file has a view this application does not make: everyone"),
    ("CREATE INDEX ix_extra ON organizations (notes)",
     "the file has a index this application does not make: ix_extra (on organizations)"),
    ("DROP INDEX ix_organizations_country", "the file lacks the index ix_organizations_country"),
    ("ALTER TABLE contacts ADD COLUMN secret TEXT",
     "the table contacts differs from the one this application makes"),
])
def test_a_backup_with_an_unknown_object_is_refused(data_dir: Path, statement: str, named: str) -> None:
    """An extra table, view or index, a missing index or an altered table: refused by
    backup.restore (the window's restore) with the object named, nothing replaced."""
    made = tamper(folder_with_backup(data_dir), statement)
    before = snapshot(data_dir)
    with pytest.raises(backup.BackupError, match="cannot be restored") as refused:
        backup.restore(data_dir, made)
    assert named in str(refused.value)
    assert snapshot(data_dir) == before


def test_a_foreign_sqlite_database_is_refused(data_dir: Path, tmp_path: Path) -> None:
    """Another application's SQLite file (sound, but not ours) is refused from the command
    line, saying it is not a database of this application; nothing is replaced."""
    folder_with_backup(data_dir)
    foreign = tmp_path / "other-app.sqlite3"
    tamper(foreign, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
           "INSERT INTO notes (body) VALUES ('hello')")
    before = snapshot(data_dir)
    result = run_cli(data_dir, "restore", "--from", str(foreign))
    assert result.returncode == 1
    assert "other-app.sqlite3 cannot be restored: it is not a database of this application" \
        in result.stderr
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not a database at all" * 200])
def test_a_file_that_is_not_sqlite_is_refused(data_dir: Path, tmp_path: Path, content: bytes) -> None:
    """An empty file or a file that is not SQLite: refused, nothing replaced."""
    folder_with_backup(data_dir)
    other = tmp_path / "not-a-database.sqlite3"
    other.write_bytes(content)
    before = snapshot(data_dir)
    result = run_cli(data_dir, "restore", "--from", str(other))
    assert result.returncode == 1
    assert "not-a-database.sqlite3 cannot be restored" in result.stderr
    assert snapshot(data_dir) == before


def test_a_missing_file_is_refused(data_dir: Path, tmp_path: Path) -> None:
    """`restore --from` a path that does not exist says so; nothing replaced."""
    folder_with_backup(data_dir)
    before = snapshot(data_dir)
    result = run_cli(data_dir, "restore", "--from", str(tmp_path / "nowhere.sqlite3"))
    assert result.returncode == 1 and "there is no such file" in result.stderr
    assert snapshot(data_dir) == before


def test_a_backup_of_a_newer_version_is_refused_before_anything_is_replaced(data_dir: Path) -> None:
    """A backup recording a schema revision this version does not know (a newer version's)
    is refused before the current database is moved aside (it could not be opened after)."""
    made = tamper(folder_with_backup(data_dir), "UPDATE alembic_version SET version_num = '9999'")
    before = snapshot(data_dir)
    with pytest.raises(backup.BackupError, match="revision “9999”, which this version of Looking "
                                                 "Beyond does not know"):
        backup.restore(data_dir, made)
    assert snapshot(data_dir) == before


def database_at(revision: str, path: Path) -> Path:
    """A database made by the application's migrations up to ``revision`` (as an older
    version of the application made it)."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        config.attributes["author"] = "older version"
        command.upgrade(config, revision)
    engine.dispose()
    return path


@pytest.mark.parametrize("revision", ["0001", "0002", "0003"])
def test_a_backup_made_before_a_migration_is_accepted_and_upgraded(
    data_dir: Path, tmp_path: Path, revision: str
) -> None:
    """A genuine backup of an older schema passes `check`, restores, and is upgraded to the
    current schema when the store opens (after a backup of it is made)."""
    folder_with_backup(data_dir)
    older = database_at(revision, tmp_path / f"older-{revision}.sqlite3")
    with rawdb.opened(older) as connection:
        connection.execute("INSERT INTO organizations (id, deleted, sync_version, name, aliases, "
                           "org_type, country, cities, themes, networks, is_rlo, ecosoc_status, "
                           "search_names, search_other, sort_name) VALUES ('00000000-0000-4000-8000-"
                           "000000000001', 0, '1', 'From an older version', '[]', 'ngo', 'KE', "
                           "'[]', '[]', '[]', 0, 'none', 'from an older version', '', "
                           "'from an older version')")
    connection.close()
    assert backup.check(older) == []
    backup.restore(data_dir, older)
    assert organization_names(data_dir) == ["From an older version"]
    with rawdb.opened(paths.database_path(data_dir)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    connection.close()
    assert backup.check(paths.database_path(data_dir)) == []


def test_a_tampered_older_backup_is_refused(data_dir: Path, tmp_path: Path) -> None:
    """The check of an older backup compares it with that older revision's schema: a
    trigger added to it is found as well."""
    folder_with_backup(data_dir)
    older = tamper(database_at("0002", tmp_path / "older.sqlite3"), REWRITING_TRIGGER)
    with pytest.raises(backup.BackupError, match="trigger this application does not make: keep_notes"):
        backup.restore(data_dir, older)


def test_newest_good_passes_over_a_foreign_file_in_the_backups_folder(data_dir: Path) -> None:
    """A file named like the newest backup but with an added trigger is passed over for the
    older genuine backup (the window offers and restores `newest_good`)."""
    import datetime as dt

    made = folder_with_backup(data_dir)
    newer = made.with_name(f"{backup.PREFIX}{dt.datetime(2999, 1, 1):%Y%m%dT%H%M%S%f}Z{backup.SUFFIX}")
    newer.write_bytes(made.read_bytes())
    tamper(newer, REWRITING_TRIGGER)
    assert backup.backups(data_dir)[0].path == newer
    chosen = backup.newest_good(data_dir)
    assert chosen is not None and chosen.path == made


def test_every_known_revision_gives_a_schema_the_check_accepts(tmp_path: Path) -> None:
    """For each migration revision, the database the migrations make passes the check (the
    reference is built the same way, so this guards the comparison, not the migrations)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in script.walk_revisions()]
    assert SCHEMA_HEAD in revisions
    for revision in revisions:
        assert backup.schema_problems(database_at(revision, tmp_path / f"{revision}.sqlite3")) == []

