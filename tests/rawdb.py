"""Opening a data folder's (encrypted) database file directly, as a test inspects or tampers
with it: SQLCipher, keyed with the folder's key (lookingbeyond_desktop/store/cipher.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import keyring

from lookingbeyond_desktop.store import cipher


def connect(database: Path, *, folder: Path | None = None) -> Any:
    """A read-write connection on ``database`` (the data folder's file, a backup, or a copy
    of either: ``folder`` names the data folder whose key opens it; for a copy lying
    elsewhere, every key this process has looked up is tried); a plain file opens without
    a key."""
    database = Path(database)
    if not database.exists() or database.stat().st_size == 0:
        return cipher.dbapi().connect(str(database))  # a new file: a plain database
    if folder is not None or cipher.is_plain(database) or \
            cipher.sidecar_path(cipher.data_folder_of(database)).exists():
        return cipher.connect_file(database, folder=folder, readonly=False)
    for key in list(cipher._KEYS.values()):
        connection = cipher.connect(database, key)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except cipher.errors():
            connection.close()
            continue
        return connection
    raise AssertionError(f"no key this process holds opens {database}")


@contextmanager
def opened(database: Path, *, folder: Path | None = None) -> Iterator[Any]:
    """:func:`connect`, committed and closed at the end of the block."""
    with closing(connect(database, folder=folder)) as connection:
        with connection:
            yield connection



def unlock(folder: Path, env: Mapping[str, str]) -> None:
    """Let this process open ``folder``, whose key the commands run with ``env`` (a laptop's
    own file keyring, ``XDG_DATA_HOME``) made and keep: the key is looked up there once and
    kept by the process like any key it has used."""
    from keyrings.alt.file import PlaintextKeyring

    saved = os.environ.get("XDG_DATA_HOME")
    previous = keyring.get_keyring()
    os.environ["XDG_DATA_HOME"] = env["XDG_DATA_HOME"]
    try:
        keyring.set_keyring(PlaintextKeyring())
        cipher.folder_key(Path(folder))
    finally:
        keyring.set_keyring(previous)
        if saved is None:
            os.environ.pop("XDG_DATA_HOME", None)
        else:
            os.environ["XDG_DATA_HOME"] = saved


def follow(folder: Path, env: Mapping[str, str]) -> None:
    """After a command run with ``env`` on ``folder``: let this process open the folder too
    (:func:`unlock`, once, when the folder has a key)."""
    try:
        found = cipher.read_sidecar(Path(folder))
    except cipher.CipherError:
        return
    if found is not None and found["key_id"] not in cipher._KEYS:
        try:
            unlock(folder, env)
        except cipher.CipherError:
            pass  # (the key was removed: a wipe) the test sees what it sees


def remember(folder: Path, key: str) -> None:
    """Let this process open ``folder`` with ``key`` (a test's cached data kept across runs,
    whose key is kept beside it because the run's keyring is not)."""
    found = cipher.read_sidecar(Path(folder))
    assert found is not None, f"{folder} has no {cipher.SIDECAR}"
    cipher._KEYS[str(found["key_id"])] = key
