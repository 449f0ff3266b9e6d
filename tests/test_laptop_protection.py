"""The laptop's protections with real processes (issue 13): logging in keeps the password for
the window's idle lock as a salted hash only, and a remote wipe ordered at headquarters is
carried out by `lookingbeyond sync` after everything unsent was sent."""

from __future__ import annotations

from pathlib import Path

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import Store, lock
from tests import rawdb
from tests.sync.credentials import PASSWORD
from tests.sync.server.hq_server import running_server
from tests.test_cli_startup import headquarters, laptop_env, lookingbeyond


def test_login_keeps_a_salted_hash_that_opens_the_lock_and_never_the_password(tmp_path: Path) -> None:
    """`lookingbeyond login` against a real headquarters: afterwards the folder can lock,
    the password opens it and another does not, and no file of the data folder (database,
    its journal, logs) holds the password's bytes."""
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    headquarters("init", url=url)
    headquarters("user", "add", "amina", "--role", "hq", "--password-stdin", url=url,
                 stdin=f"{PASSWORD}\n")
    env, folder = laptop_env(tmp_path), tmp_path / "laptop"
    with running_server(url) as server:
        login = lookingbeyond(env, "login", "--data-dir", str(folder), "--server", server.base,
                              "--user", "amina", "--password-stdin", stdin=f"{PASSWORD}\n")
    assert login.returncode == 0, login.stderr
    rawdb.unlock(folder, env)
    with Store.open(folder) as store, store.engine.connect() as connection:
        assert lock.can_lock(connection) and lock.has_password(connection)
        assert lock.unlocks(connection, PASSWORD)
        assert not lock.unlocks(connection, PASSWORD + "x")
    secret = PASSWORD.encode("utf-8")
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert paths.database_path(folder) in files
    for path in files:
        assert secret not in path.read_bytes(), path


def test_lookingbeyond_sync_carries_out_a_remote_wipe_after_sending_everything(tmp_path: Path) -> None:
    """Real processes: a laptop logs in, syncs, then edits offline; headquarters' admin
    runs `lookingbeyond-server device wipe ID`; the laptop's next `lookingbeyond sync` sends
    the edit, erases the database, backups and logs, forgets the token and exits 3 saying
    so; `device list` shows the device wiped; the next sync says there is no data."""
    import subprocess
    import sys

    from lookingbeyond_desktop.store import backup

    url = f"sqlite:///{tmp_path / 'hq.db'}"
    headquarters("init", url=url)
    headquarters("user", "add", "amina", "--role", "hq", "--password-stdin", url=url,
                 stdin=f"{PASSWORD}\n")
    env, folder = laptop_env(tmp_path), tmp_path / "laptop"
    with running_server(url) as server:
        assert lookingbeyond(env, "login", "--data-dir", str(folder), "--server", server.base,
                             "--user", "amina", "--password-stdin",
                             stdin=f"{PASSWORD}\n").returncode == 0
        rawdb.unlock(folder, env)
        with Store.open(folder) as store:
            device_id = store.device_id
            with store.write() as writer:
                org = writer.create("organizations", {"name": "Transparency Kenya", "country": "KE"})
        assert lookingbeyond(env, "sync", "--data-dir", str(folder)).returncode == 0
        with Store.open(folder) as store:
            backup.make_backup(store)
            with store.write() as writer:
                writer.update("organizations", org, {"phone": "+254 20 999"})
        headquarters("device", "wipe", device_id, url=url)
        wiped = lookingbeyond(env, "sync", "--data-dir", str(folder))
        assert wiped.returncode == 3, wiped.stdout + wiped.stderr
        assert "erased" in wiped.stdout and "Everything it had not sent was received" in wiped.stdout
        listed = subprocess.run([sys.executable, "-m", "lookingbeyond_desktop.headquarters", "device",
                                 "list", "--database-url", url], capture_output=True, text=True,
                                timeout=120).stdout
        assert f"{device_id}  amina" in listed and listed.rstrip().endswith("wiped")
        assert not paths.database_path(folder).exists()
        assert not backup.backup_dir(folder).exists() and not paths.log_dir(folder).exists()
        again = lookingbeyond(env, "sync", "--data-dir", str(folder))
        assert again.returncode == 1 and "There is no Looking Beyond data" in again.stderr
    from sqlalchemy import create_engine, select

    from sync.server.schema import records

    engine = create_engine(url)
    with engine.connect() as connection:
        data = connection.execute(select(records.c.data).where(records.c.id == org)).scalar_one()
    engine.dispose()
    assert data["phone"] == "+254 20 999"
