"""Logging in keeps the password for the window's idle lock (issue 13), as a salted hash
only: it opens the lock offline, and the data folder's files never hold it."""

from __future__ import annotations

from pathlib import Path

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import Store, lock
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
    with Store.open(folder) as store, store.engine.connect() as connection:
        assert lock.can_lock(connection) and lock.has_password(connection)
        assert lock.unlocks(connection, PASSWORD)
        assert not lock.unlocks(connection, PASSWORD + "x")
    secret = PASSWORD.encode("utf-8")
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert paths.database_path(folder) in files
    for path in files:
        assert secret not in path.read_bytes(), path
