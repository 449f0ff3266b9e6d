"""Bad local conditions: a full disk, a damaged database file, backups and restoring them.

The disk is filled two ways: SQLite's ``max_page_count`` (the database may not grow: SQLite
answers exactly as on a full disk, SQLITE_FULL), and, where the tests may mount file
systems (root, as in CI), a real 3 MB tmpfs filled to the last bytes.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from lookingbeyond_desktop import cli, paths
from lookingbeyond_desktop.store import DamagedStoreError, Store, backup, database
from lookingbeyond_desktop.store.database import DiskFullError
from lookingbeyond_desktop.store.exchange import import_file
from tests import rawdb
from tests.conftest import make_org


_CAPS: dict[Engine, object] = {}


def cap_growth(engine: Engine, spare_pages: int = 2) -> None:
    """Let the database grow by at most ``spare_pages`` pages on every new connection."""
    engine.dispose()

    def _cap(dbapi_connection: Any, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + spare_pages}")

    event.listen(engine, "connect", _cap)
    _CAPS[engine] = _cap


def uncap(engine: Engine) -> None:
    """Remove the growth limit (new connections only)."""
    engine.dispose()
    event.remove(engine, "connect", _CAPS.pop(engine))


def big_csv(path: Path, rows: int = 3000) -> Path:
    """A valid organizations CSV of ``rows`` rows."""
    lines = ["name,country,notes"] + [f"Organization {n},KE,{'x' * 200}" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def counts(store: Store) -> tuple[int, int]:
    """Organizations and recorded changes."""
    with store.engine.connect() as connection:
        orgs = connection.execute(text("SELECT count(*) FROM organizations")).scalar_one()
        changes = connection.execute(text("SELECT count(*) FROM changes")).scalar_one()
    return int(orgs), int(changes)


def test_import_on_a_full_disk_saves_nothing_and_says_so(store: Store, tmp_path: Path) -> None:
    """A 3,000-row import that does not fit: DiskFullError with a clear message, not one row
    or change kept, the file passes integrity_check, and the same import works once there
    is room."""
    make_org(store)
    before = counts(store)
    source = big_csv(tmp_path / "orgs.csv")
    cap_growth(store.engine)
    with pytest.raises(DiskFullError, match="is full: nothing was saved"):
        with store.write() as writer:
            import_file(writer, "organizations", source)
    assert counts(store) == before
    assert backup.check(paths.database_path(store.folder)) == []
    uncap(store.engine)
    with store.write() as writer:
        result = import_file(writer, "organizations", source)
    assert result.created == 3000
    assert counts(store)[0] == before[0] + 3000


def test_an_edit_on_a_full_disk_is_refused_and_earlier_edits_stay(store: Store) -> None:
    """A single edit that needs a new page fails as a full disk; what was saved before is
    intact and editing works again afterwards."""
    first = make_org(store, name="Saved before the disk filled")
    cap_growth(store.engine, spare_pages=0)
    with pytest.raises(DiskFullError):
        with store.write() as writer:
            for n in range(200):
                writer.create("organizations", {"name": f"Org {n}", "country": "KE", "notes": "y" * 500})
    uncap(store.engine)
    with store.engine.connect() as connection:
        names = list(connection.execute(text("SELECT name FROM organizations")).scalars())
    assert names == ["Saved before the disk filled"]
    make_org(store, name="After")
    assert first


def test_cli_import_on_a_full_disk_prints_one_clear_line(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`lookingbeyond import` on a full disk exits 1 with the message, not a traceback."""
    Store.open(data_dir).close()
    made = database.make_engine

    def capped(path: Path, key: str) -> Engine:
        engine = made(path, key)
        cap_growth(engine)
        return engine

    monkeypatch.setattr(database, "make_engine", capped)
    status = cli.main(["import", "--table", "organizations", str(big_csv(tmp_path / "o.csv")),
                       "--data-dir", str(data_dir)])
    err = capsys.readouterr().err
    assert status == 1
    assert "is full: nothing was saved" in err
    assert "Traceback" not in err


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (tmpfs), unmounted afterwards; skipped where mounting is
    not allowed (CI runs as root, where it is)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` until ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free
    with open(folder / "filler", "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))
        handle.flush()
        os.fsync(handle.fileno())


def test_a_really_full_disk_during_an_import_and_a_backup(tiny_disk: Path, tmp_path: Path) -> None:
    """On a real, full file system: the import fails as a full disk with nothing kept, a
    backup fails with a message and leaves no partial file, the database passes its check,
    and after space is freed both work."""
    store = Store.open(tiny_disk / "data")
    try:
        make_org(store)
        fill(tiny_disk, leave=64 * 1024)
        before = counts(store)
        with pytest.raises(DiskFullError):
            with store.write() as writer:
                import_file(writer, "organizations", big_csv(tmp_path / "orgs.csv"))
        assert counts(store) == before
        with pytest.raises(backup.BackupError, match="Could not back up"):
            backup.make_backup(store)
        assert not list(backup.backup_dir(store.folder).glob("*.partial"))
        assert backup.backups(store.folder) == []
        (tiny_disk / "filler").unlink()
        assert backup.check(paths.database_path(store.folder)) == []
        with store.write() as writer:
            import_file(writer, "organizations", big_csv(tmp_path / "orgs.csv", rows=500))
        assert counts(store)[0] == before[0] + 500
        assert backup.make_backup(store).size > 0
    finally:
        store.close()


# -- backups -------------------------------------------------------------------------------


def test_backups_are_checked_copies_and_only_the_newest_three_are_kept(store: Store) -> None:
    """Each backup is a complete database that passes integrity_check; a fourth backup
    removes the oldest; `is_due` is true a day after the newest."""
    make_org(store, name="In every backup")
    start = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
    made = [backup.make_backup(store, now=start + dt.timedelta(days=n)) for n in range(4)]
    kept = backup.backups(store.folder)
    assert [b.path for b in kept] == [m.path for m in reversed(made[1:])]
    assert not made[0].path.exists()
    for item in kept:
        assert backup.check(item.path) == []
        with rawdb.opened(item.path) as copy:
            assert copy.execute("SELECT name FROM organizations").fetchall() == [("In every backup",)]
    assert not backup.is_due(store.folder, now=start + dt.timedelta(days=3, hours=23))
    assert backup.is_due(store.folder, now=start + dt.timedelta(days=4))


def corrupt(database_file: Path) -> None:
    """Overwrite pages in the middle of the file with garbage, as a failing disk would."""
    size = database_file.stat().st_size
    with open(database_file, "r+b") as handle:
        for offset in range(size // 3, size * 2 // 3, 4096):
            handle.seek(offset + 100)
            handle.write(os.urandom(600))


def damaged_folder(data_dir: Path) -> Path:
    """A data folder with 300 organizations and a backup, whose database is then damaged."""
    with Store.open(data_dir) as store:
        with store.write() as writer:
            for n in range(300):
                writer.create("organizations", {"name": f"Org {n}", "country": "KE", "notes": "z" * 300})
        backup.make_backup(store)
        with store.write() as writer:
            writer.create("organizations", {"name": "Made after the backup", "country": "KE"})
    corrupt(paths.database_path(data_dir))
    return data_dir


def test_a_damaged_database_is_reported_and_the_backup_restores(data_dir: Path) -> None:
    """integrity_check names the damage; restoring the newest backup brings the data of the
    backup back, keeps the damaged file aside (nothing deleted) and marks the replica for
    realignment at its next sync."""
    damaged_folder(data_dir)
    database_file = paths.database_path(data_dir)
    problems = backup.check(database_file)
    assert problems
    kept = backup.restore(data_dir, backup.newest_good(data_dir))  # type: ignore[arg-type]
    assert (kept / database_file.name).exists()
    assert backup.check(database_file) == []
    with Store.open(data_dir) as store:
        assert counts(store)[0] == 300
        with store.engine.connect() as connection:
            restored, realign = connection.execute(
                text("SELECT restored_at, realign FROM sync_state")).one()
    assert restored and realign


def test_a_file_that_is_not_a_database_is_reported_as_damaged(data_dir: Path) -> None:
    """Store.open on a file SQLite cannot read raises DamagedStoreError (the application
    then offers the backup), and the file is left as it was."""
    data_dir.mkdir(parents=True)
    database_file = paths.database_path(data_dir)
    database_file.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedStoreError):
        Store.open(data_dir)
    assert database_file.read_bytes() == b"this is not a database" * 100


def test_a_damaged_backup_is_skipped_for_an_older_good_one(store: Store) -> None:
    """`newest_good` passes over a backup that fails its check."""
    make_org(store)
    start = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
    older = backup.make_backup(store, now=start)
    newer = backup.make_backup(store, now=start + dt.timedelta(days=1))
    corrupt(newer.path)
    newer.path.write_bytes(newer.path.read_bytes()[:4096] + b"\xff" * 8192)
    chosen = backup.newest_good(store.folder)
    assert chosen is not None and chosen.path == older.path


def test_an_upgrade_backs_up_first(data_dir: Path) -> None:
    """Opening a data folder of an older schema makes a backup before migrating it."""
    with Store.open(data_dir) as store:
        make_org(store)
        with store.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0002'"))
            connection.execute(text("ALTER TABLE organizations DROP COLUMN at_risk"))  # 0011
            connection.execute(text("ALTER TABLE contacts DROP COLUMN erased_on"))
            connection.execute(text("DROP TABLE merge_log"))  # 0009
            connection.execute(text("DROP INDEX ix_organizations_merged_into"))
            connection.execute(text("ALTER TABLE organizations DROP COLUMN merged_into"))
            connection.execute(text("DROP TABLE device_names"))  # 0008
            connection.execute(text("DROP TABLE sync_quarantine"))  # 0005
            connection.execute(text("DROP TABLE local_settings"))  # 0006
            connection.execute(text("ALTER TABLE sync_refusals DROP COLUMN fields"))  # 0007
            connection.execute(text("ALTER TABLE sync_refusals DROP COLUMN new_record"))
            connection.execute(text("ALTER TABLE sync_state DROP COLUMN last_error_code"))
            connection.execute(text("ALTER TABLE sync_state DROP COLUMN realign"))
            connection.execute(text("ALTER TABLE sync_state DROP COLUMN restored_at"))
    assert backup.backups(data_dir) == []
    Store.open(data_dir).close()
    found = backup.backups(data_dir)
    assert len(found) == 1
    with rawdb.opened(found[0].path) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)


def test_cli_check_backup_and_restore(data_dir: Path) -> None:
    """`lookingbeyond check` exits 1 on a damaged file and names the newest backup;
    `restore` puts it back; `check` is then ok (run as the person would, in a process)."""
    damaged_folder(data_dir)
    env = dict(os.environ, LOOKINGBEYOND_DATA_DIR=str(data_dir))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "lookingbeyond_desktop.cli", *args],
                              capture_output=True, text=True, env=env, timeout=120)

    checked = run("check")
    assert checked.returncode == 1
    assert "is damaged" in checked.stderr and "lookingbeyond restore" in checked.stderr
    listed = run("backup", "--list")
    assert listed.returncode == 0 and "lookingbeyond-" in listed.stdout
    restored = run("restore")
    assert restored.returncode == 0, restored.stderr
    assert "kept in" in restored.stdout
    again = run("check")
    assert again.returncode == 0 and again.stdout.strip().endswith(": ok")
    made = run("backup")
    assert made.returncode == 0 and "Backed up to" in made.stdout


def test_a_stopped_backup_leaves_nothing_that_looks_like_one(store: Store) -> None:
    """Closing the application mid-backup stops it: Stopped, no backup and no partial file;
    a stopped check raises Stopped rather than reporting damage."""
    import threading

    with store.write() as writer:
        for n in range(2000):
            writer.create("organizations", {"name": f"Org {n}", "country": "KE", "notes": "s" * 400})
    stop = threading.Event()
    stop.set()
    with pytest.raises(backup.Stopped):
        backup.make_backup(store, stop=stop)
    assert backup.backups(store.folder) == []
    assert not list(backup.backup_dir(store.folder).glob("*.partial"))
    with pytest.raises(backup.Stopped):
        backup.check(paths.database_path(store.folder), stop=stop)
