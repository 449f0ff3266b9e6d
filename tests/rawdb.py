"""Opening a data folder's (encrypted) database file directly, as a test inspects or tampers
with it: SQLCipher, keyed with the folder's key (lookingbeyond_desktop/store/cipher.py)."""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import keyring

from lookingbeyond_desktop.store import cipher
from sync.server import packing


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


# -- the bytes of an encrypted file, decrypted ------------------------------------------------

PAGE_SIZE = 4096  # SQLCipher 4's default
# Each page ends with its reserve: a 16-byte IV and the HMAC-SHA256 (32 bytes).
RESERVE = 48
SALT = 16  # the first 16 bytes of the file (page 1) are the salt, kept plain


def _decrypt_page(page: bytes, number: int, key: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    start = SALT if number == 1 else 0
    body, iv = page[start:PAGE_SIZE - RESERVE], page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext(path: Path, *, folder: Path | None = None) -> bytes:
    """Every byte of a data folder's database file (a database, a backup, a ``-wal``)
    decrypted page by page with the folder's raw key, free pages and free space included:
    what a person who knew the key would find in the file, not only what SQL returns.
    A plain file (``sqlite3``'s own, an old backup) is returned as it is."""
    data = Path(path).read_bytes()
    if not data or data.startswith(b"SQLite format 3\x00"):
        return data
    if str(path).endswith("-wal"):
        database = Path(str(path)[:-4])
        key = bytes.fromhex(cipher.folder_key(folder or cipher.data_folder_of(database)))
        header, frame = 32, 24 + PAGE_SIZE
        out = [data[:header]]
        for start in range(header, len(data) - frame + 1, frame):
            number = int.from_bytes(data[start:start + 4], "big")
            out.append(_decrypt_page(data[start + 24:start + frame], number, key))
        return b"".join(out)
    key = bytes.fromhex(cipher.folder_key(folder or cipher.data_folder_of(Path(path))))
    return b"".join(_decrypt_page(data[start:start + PAGE_SIZE], start // PAGE_SIZE + 1, key)
                    for start in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE))


def holds(folder: Path, needle: str) -> list[str]:
    """The files of ``folder`` (recursively) whose bytes, decrypted where they are encrypted,
    hold ``needle`` in UTF-8 or UTF-16: [] when none does."""
    patterns = [needle.encode("utf-8"), needle.encode("utf-16-le"), needle.encode("utf-16-be")]
    found = []
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        raw = path.read_bytes()
        try:
            readable = plaintext(path, folder=folder) if _is_database(path) else raw
        except Exception:  # noqa: BLE001 - a file that is not ours: look at its raw bytes only
            readable = raw
        if any(p in raw or p in readable for p in patterns):
            found.append(str(path.relative_to(folder)))
    return found


def _is_database(path: Path) -> bool:
    return path.name.endswith((".sqlite3", ".sqlite3-wal")) and path.stat().st_size >= PAGE_SIZE


def inflated_anywhere(blob: bytes) -> bytes:
    """The text of every value headquarters stored deflated (``sync/server/packing.py``,
    migrations 0015 and 0027; a laid-out value not deflated holds its texts as they are)
    found at any offset of ``blob``, a whole value or the start of one (a
    page may hold a value cut by a later write), joined: what whoever reads headquarters'
    file with the program's dictionary can read."""
    found: list[bytes] = []
    deflated_forms = [packing.DEFLATED, packing.DEFLATED | packing.BY_JSON_MODULE,
                      *(packing.LAID_OUT_DEFLATED + number for number in packing.LAYOUTS)]  # 0027
    for form in deflated_forms:
        start = blob.find(bytes((form,)))
        while start != -1:
            reader = zlib.decompressobj(-15, packing.DICTIONARY)
            try:
                text = reader.decompress(blob[start + 1:start + 1 + 16384], 1 << 16)
            except zlib.error:
                text = b""
            if len(text) >= 8:
                found.append(text)
            start = blob.find(bytes((form,)), start + 1)
    return b"\n".join(found)
