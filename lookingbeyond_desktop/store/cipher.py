"""The local database encrypted at rest (issue 13): SQLCipher 4 through the ``sqlcipher3`` wheel.

Every data folder's database, its write-ahead log and its backups are encrypted page by page
(AES-256, each page authenticated by HMAC-SHA256) with a random 256-bit key.  The key never
lies in the folder:

- ``keyring``: the key is kept in the operating system's keyring (Windows Credential Manager,
  macOS Keychain, the Secret Service on Linux) under an id written in the folder's
  ``encryption.json`` (:data:`SIDECAR`, which holds no secret);
- ``passphrase``: where no keyring exists, the key is derived from a passphrase the person
  chooses (scrypt, about 0.1 s and 32 MiB a try, with a random salt kept in ``encryption.json``),
  asked for by the window or read by ``lookingbeyond --passphrase-stdin``.

SQLCipher is given the raw key (``PRAGMA key = "x'…'"``), so opening a connection costs no key
derivation.  A key is looked up once a process and kept in memory (:data:`_KEYS`) so that the
background check, backups and restores of the same process can open the files.

An older, plain data folder is converted in place when it is first opened
(:func:`encrypt_folder`): an encrypted copy is written beside it, checked, and only then swapped
in; its backups follow the same way.  Interrupted at any point, the folder opens: before the
swap the plain file is intact (and converted again), after it the encrypted one is complete.

No Qt here.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lookingbeyond_desktop import paths

log = logging.getLogger(__name__)

SIDECAR = "encryption.json"
FORMAT = 1
KEYRING_SERVICE = "LookingBeyond"
KEYRING_PREFIX = "database-key:"
PLAIN_HEADER = b"SQLite format 3\x00"
CONVERTING_SUFFIX = ".encrypting"
# scrypt for a passphrase: n=2**15, r=8 uses 32 MiB and some 0.1 s on a field laptop.
SCRYPT = {"n": 1 << 15, "r": 8, "p": 1}
MIN_PASSPHRASE = 8

#: key id -> raw key (64 hex digits), for this process.
_KEYS: dict[str, str] = {}
#: The passphrase given to this process (``--passphrase-stdin``), used for a folder that needs one.
_GIVEN: list[str] = []


class CipherError(RuntimeError):
    """The folder's key cannot be had; the message says why and what to do.  (The store
    turns these into its own ``StoreError`` subclasses; this module stays below it.)"""


class PassphraseNeeded(CipherError):
    """The folder is opened with a passphrase and none was given (``new``: it is being
    created and no keyring can keep its key: a passphrase must be chosen)."""

    def __init__(self, message: str, *, new: bool = False) -> None:
        super().__init__(message)
        self.new = new


class WrongPassphrase(PassphraseNeeded):
    """The passphrase given does not open this folder."""


class KeyUnavailable(CipherError):
    """The folder's key is not in this computer's keyring (or the keyring cannot be read)."""


def dbapi() -> Any:
    """The DB-API module of SQLCipher (``sqlcipher3.dbapi2``), imported on first use."""
    import sqlcipher3.dbapi2  # type: ignore[import-untyped]  # (the wheel has no type information)

    if not _QUIET:
        # SQLCipher writes its own lines to the standard error ("hmac check failed" on a wrong
        # key); the application says what went wrong itself, in words.  A global setting.
        quiet = sqlcipher3.dbapi2.connect(":memory:")
        try:
            quiet.execute("PRAGMA cipher_log_level = NONE")
            # Pages authenticated with HMAC-SHA256 rather than SQLCipher 4's SHA-512: as
            # sound for this use, and a third of the cost per page here (18 against 54 us:
            # a full check or backup of a 400 MB replica in a third of the time).  Set as
            # the process's default so that a database attached with a key (a conversion)
            # gets it too; apply_key sets it on each connection as well.
            for pragma in _SETTINGS:
                quiet.execute(pragma.replace("PRAGMA cipher_", "PRAGMA cipher_default_"))
        finally:
            quiet.close()
        _QUIET.append(True)
    return sqlcipher3.dbapi2


_QUIET: list[bool] = []
_SETTINGS = ("PRAGMA cipher_hmac_algorithm = HMAC_SHA256",
             "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA256")


def errors(*also: type[BaseException]) -> tuple[type[BaseException], ...]:
    """Database errors of both the standard ``sqlite3`` and SQLCipher's module (and ``also``)."""
    return (sqlite3.Error, dbapi().Error, *also)


def is_plain(database: Path) -> bool:
    """Whether ``database`` is an unencrypted SQLite file (its first 16 bytes are SQLite's
    header); an empty or missing file is not."""
    try:
        with open(database, "rb") as handle:
            return handle.read(16) == PLAIN_HEADER
    except OSError:
        return False


def sidecar_path(folder: Path) -> Path:
    """The file that says how a folder's key is kept (``encryption.json``)."""
    return Path(folder) / SIDECAR


def read_sidecar(folder: Path) -> dict[str, Any] | None:
    """The folder's ``encryption.json``, or None when there is none; CipherError when it is
    unreadable."""
    path = sidecar_path(folder)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise CipherError(f"Cannot read {path}: {error.strerror}.") from error
    try:
        found = json.loads(raw)
        if (not isinstance(found, dict) or found.get("format") != FORMAT
                or found.get("kind") not in ("keyring", "passphrase")
                or not isinstance(found.get("key_id"), str)):
            raise ValueError("unknown layout")
    except ValueError:
        raise CipherError(f"{path} is damaged or was written by a newer version: the data "
                          "folder cannot be opened without it. Nothing was changed.") from None
    return found


def provide_passphrase(passphrase: str) -> None:
    """Give this process the passphrase of the folders it opens (``--passphrase-stdin``)."""
    _GIVEN[:] = [passphrase]


def forget_in_memory() -> None:
    """Forget every key and passphrase this process holds, so that the next opening looks
    them up again as a new process would (the tests of a missing key or passphrase)."""
    _KEYS.clear()
    _GIVEN.clear()


def folder_key(folder: Path, *, passphrase: str | None = None, create: bool = False) -> str:
    """The raw key (64 hex digits) of ``folder``'s database.

    When the folder has no key yet and ``create``, a new random one is made and kept in the
    keyring, or, where no keyring can keep it or a passphrase is given, derived from the
    passphrase.  PassphraseNeeded / WrongPassphrase / KeyUnavailable say what is missing."""
    folder = Path(folder)
    passphrase = passphrase if passphrase is not None else (_GIVEN[0] if _GIVEN else None)
    found = read_sidecar(folder)
    if found is None:
        if not create:
            raise CipherError(f"{folder} holds no key description ({SIDECAR}).")
        return _new_key(folder, passphrase)
    key_id = str(found["key_id"])
    if key_id in _KEYS:
        return _KEYS[key_id]
    if found["kind"] == "keyring":
        key = _keyring_get(key_id)
        if key is None:
            raise KeyUnavailable(
                f"The key that opens the data in {folder} is not in this computer's keyring. "
                "The folder was made on another computer or under another user account, or "
                "its key was removed (a remote wipe). Sync a new folder from headquarters "
                "instead; nothing was changed.")
        if not hmac.compare_digest(_check_value(key), str(found.get("check", ""))):
            raise KeyUnavailable(f"The key this computer's keyring holds for {folder} does not "
                                 "open it (the keyring entry was replaced). Nothing was changed.")
    else:
        if passphrase is None:
            raise PassphraseNeeded(f"The data in {folder} is locked with a passphrase.")
        key = _derive(passphrase, bytes.fromhex(str(found["salt"])), found.get("kdf") or SCRYPT)
        if not hmac.compare_digest(_check_value(key), str(found.get("check", ""))):
            raise WrongPassphrase("That passphrase does not open this data folder.")
    _KEYS[key_id] = key
    return key


def forget(folder: Path) -> bool:
    """Remove the folder's key from the keyring and from this process (a remote wipe: what
    is left of the files, on an SSD say, can no longer be read).  True when a key was kept
    in the keyring and removed."""
    try:
        found = read_sidecar(folder)
    except CipherError:
        return False
    if found is None:
        return False
    _KEYS.pop(str(found["key_id"]), None)
    if found["kind"] != "keyring":
        return False
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, KEYRING_PREFIX + str(found["key_id"]))
    except PasswordDeleteError:
        return False
    except KeyringError as error:
        raise CipherError(f"The keyring could not remove the data folder's key: {error}") from error
    return True


def keyring_usable() -> bool:
    """Whether a keyring backend exists that can keep a key (not keyring's "fail" backend)."""
    import keyring
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: treated as none
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def _new_key(folder: Path, passphrase: str | None) -> str:
    key_id = str(uuid.uuid4())
    description: dict[str, Any] = {"format": FORMAT, "cipher": "sqlcipher4-hmac-sha256",
                                   "key_id": key_id}
    if passphrase is None:
        key = secrets.token_bytes(32).hex()
        if not (keyring_usable() and _keyring_put(key_id, key)):
            raise PassphraseNeeded("No keyring on this computer can keep the key of a new "
                                   "data folder: choose a passphrase.", new=True)
        description.update(kind="keyring", check=_check_value(key))
    else:
        if len(passphrase) < MIN_PASSPHRASE:
            raise PassphraseNeeded(f"A passphrase has at least {MIN_PASSPHRASE} characters.",
                                   new=True)
        salt = secrets.token_bytes(16)
        key = _derive(passphrase, salt, SCRYPT)
        description.update(kind="passphrase", salt=salt.hex(), kdf=dict(SCRYPT),
                           check=_check_value(key))
    from sync.bundle import write_whole  # the project's one whole-or-nothing file writer

    write_whole(sidecar_path(folder), json.dumps(description, indent=1).encode())
    fsync_dir(folder)  # the name, too, before the key is used
    _KEYS[key_id] = key
    return key


def _derive(passphrase: str, salt: bytes, kdf: dict[str, Any]) -> str:
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r + (1 << 20), dklen=32).hex()


def _check_value(key: str) -> str:
    """A value that tells a right key from a wrong one and reveals nothing of it."""
    return hmac.new(bytes.fromhex(key), b"Looking Beyond key check", "sha256").hexdigest()[:16]


def _keyring_get(key_id: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_PREFIX + key_id)
    except KeyringError as error:
        raise KeyUnavailable(f"The keyring that holds the data folder's key cannot be read: "
                             f"{error}") from error


def _keyring_put(key_id: str, key: str) -> bool:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_PREFIX + key_id, key)
    except KeyringError:
        return False
    return keyring.get_password(KEYRING_SERVICE, KEYRING_PREFIX + key_id) == key


# -- connections --------------------------------------------------------------------------

def apply_key(connection: Any, key: str) -> None:
    """Key a fresh SQLCipher connection (the first statement it runs)."""
    connection.execute(f"PRAGMA key = \"x'{key}'\"")
    for pragma in _SETTINGS:
        connection.execute(pragma)
    # Sorting and temporary tables stay in memory: no plain temporary file on the disk.
    connection.execute("PRAGMA temp_store = MEMORY")
    # Space freed by an update or a delete is overwritten with zeros, so an erased person's
    # old values do not linger in free space (store/erasure.py; measured in bench_cipher).
    connection.execute("PRAGMA secure_delete = ON")


def connect(database: Path, key: str | None, *, readonly: bool = False,
            timeout: float = 30, any_thread: bool = False) -> Any:
    """An SQLCipher connection on ``database`` (read-only with ``readonly``; usable from
    any thread with ``any_thread``, for a pool), keyed with ``key``; a plain file (an old
    backup) opens without one."""
    module = dbapi()
    if readonly:
        connection = module.connect(f"file:{database}?mode=ro", uri=True, timeout=timeout,
                                    check_same_thread=not any_thread)
    else:
        connection = module.connect(str(database), timeout=timeout,
                                    check_same_thread=not any_thread)
    try:
        if key is not None and not is_plain(database):
            apply_key(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def data_folder_of(path: Path) -> Path:
    """The data folder a database file belongs to (its own folder, or, for a file in
    ``backups/``, the folder above)."""
    path = Path(path)
    return path.parent.parent if path.parent.name == "backups" else path.parent


def connect_file(path: Path, *, folder: Path | None = None, readonly: bool = True,
                 timeout: float = 30) -> Any:
    """A connection on a database file of a data folder (the database, a backup, a copy
    being checked), keyed with the folder's key when the file is encrypted."""
    key = None
    if not is_plain(path) and Path(path).exists() and Path(path).stat().st_size > 0:
        key = folder_key(folder if folder is not None else data_folder_of(path))
    return connect(path, key, readonly=readonly, timeout=timeout)


# -- converting a plain folder -------------------------------------------------------------

def encrypt_file(source: Path, target: Path, key: str) -> None:
    """Write an encrypted copy of the plain database ``source`` to ``target`` (replaced if
    there), checked (integrity and the row count of every table) and flushed to the disk.
    The source is left as it was (its write-ahead log folded into it)."""
    module = dbapi()
    target.unlink(missing_ok=True)
    plain = module.connect(str(source), timeout=30)
    try:
        plain.isolation_level = None
        plain.execute("PRAGMA busy_timeout = 30000")
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # (A writer beside it would make the counts below differ: the copy is then refused.)
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        tables = [row[0] for row in plain.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        counts = {table: plain.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                  for table in tables}
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key}'\"", (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    copy = connect(target, key)
    try:
        problems = [row[0] for row in copy.execute("PRAGMA integrity_check") if row[0] != "ok"]
        for table, count in counts.items():
            if copy.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] != count:
                problems.append(f"the encrypted copy of {table} lacks rows")
        copy.execute("PRAGMA journal_mode = WAL")
    finally:
        copy.close()
    if problems:
        target.unlink(missing_ok=True)
        raise CipherError(f"The encrypted copy of {source.name} did not pass its check "
                          f"({problems[0]}); the data was left as it was.")
    fsync(target)


def encrypt_folder(folder: Path, key: str, *, progress: Callable[[str], None] | None = None) -> int:
    """Convert a plain data folder in place: its database, then every plain backup, each by
    a checked encrypted copy swapped in (see the module's description).  Returns how many
    files were converted.  The store must not be open."""
    folder = Path(folder)
    database = paths.database_path(folder)
    files = [database] if is_plain(database) else []
    backups = folder / "backups"
    if backups.is_dir():
        files += sorted(path for path in backups.glob("*.sqlite3") if is_plain(path))
    for done, path in enumerate(files):
        if progress is not None:
            progress(f"{done + 1}/{len(files)}")
        staged = path.with_name(path.name + CONVERTING_SUFFIX)
        encrypt_file(path, staged, key)
        # The plain file's -wal and -shm (emptied by the checkpoint) must not be read as the
        # encrypted file's: removed before the swap, so a crash between leaves none of them.
        for suffix in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        overwrite_and_replace(staged, path)
        log.info("encrypted %s", path.name)
    return len(files)


def overwrite_and_replace(staged: Path, target: Path) -> None:
    """Put ``staged`` in place of ``target``, first writing zeros over the plain bytes of
    ``target`` that the rename would otherwise leave on the disk unreferenced.

    Order: the zeros are written to a copy-free hard link's data only after the encrypted
    file is durably in place, so a crash leaves either file usable."""
    doomed = target.with_name(target.name + ".plain")
    doomed.unlink(missing_ok=True)
    try:
        os.link(target, doomed)  # keep a name for the old bytes to overwrite them after the swap
        linked = True
    except OSError:  # a file system without hard links: the old bytes are only unlinked
        linked = False
    os.replace(staged, target)
    fsync_dir(target.parent)
    if linked:
        zero_and_remove(doomed)


def zero_and_remove(path: Path, chunk: int = 1 << 20) -> None:
    """Write zeros over a file's bytes, to the disk, then remove it."""
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as handle:
            zeros = bytes(min(size, chunk) or 1)
            left = size
            while left > 0:
                written = handle.write(zeros[: min(left, chunk)])
                if not written:
                    break
                left -= written
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def clean_leftovers(folder: Path) -> None:
    """Remove what an interrupted conversion left: half-written encrypted copies (the plain
    originals are still in place) and hard links to plain files already replaced."""
    folder = Path(folder)
    for directory in (folder, folder / "backups"):
        if not directory.is_dir():
            continue
        for staged in directory.glob(f"*{CONVERTING_SUFFIX}"):
            staged.unlink(missing_ok=True)
        for doomed in directory.glob("*.sqlite3.plain"):
            zero_and_remove(doomed)


def fsync(path: Path) -> None:
    """Flush a file's bytes to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(directory: Path) -> None:
    """Flush a folder's entries (a rename) to the disk, where the platform allows it."""
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
