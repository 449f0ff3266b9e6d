"""Remote wipe on the laptop (issue 13): once headquarters orders it (``device_wipe``, given
only after the device has sent everything it had not sent), the data folder's database, its
journal, every backup and every log are overwritten and removed, headquarters is told, and
the sign-in token leaves the keyring.  The command line (``lookingbeyond sync``) and the
window (``app.run``, after the window and its database are closed) both come through
:func:`carry_out`.

Overwriting before removing keeps the bytes from a plain undelete on a hard disk; on an SSD
(wear levelling, TRIM) and in file-system snapshots copies may remain, but they are encrypted
and the key leaves the keyring first (docs/security.md, The laptop).
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import cipher
from lookingbeyond_desktop.store.backup import backup_dir

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

@dataclass
class WipeOutcome:
    """What was erased, and whether headquarters recorded it."""

    erased: list[Path] = field(default_factory=list)
    confirmed_at: str | None = None
    confirm_error: str | None = None  # why headquarters could not be told (the data is erased anyway)
    token_forgotten: bool = False


def erase_data(folder: Path) -> list[Path]:
    """Remove the database's key from the keyring, then overwrite and remove the database
    (and its journal), the file naming its key, the backups and the logs of a data folder;
    returns what was removed.  The folder itself stays (it may be a folder the
    person chose, holding other files)."""
    database = paths.database_path(folder)
    # The key first: whatever copies of the encrypted files outlive the overwrite (an SSD's
    # spare blocks, a snapshot) cannot be read without it.
    try:
        cipher.forget(folder)
    except cipher.CipherError as error:
        log.warning("the data folder's key could not be removed from the keyring: %s", error)
    files = [database, *(database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")),
             cipher.sidecar_path(folder)]
    removed: list[Path] = []
    for path in files:
        if path.exists():
            cipher.zero_and_remove(path)
            removed.append(path)
    for directory in (backup_dir(folder), paths.log_dir(folder)):
        if directory.exists():
            for path in sorted(p for p in directory.rglob("*") if p.is_file()):
                cipher.zero_and_remove(path)
            shutil.rmtree(directory)
            removed.append(directory)
    return removed


def carry_out(folder: Path, device_id: str, server_url: str, *,
              session: requests.Session | None = None, confirm: bool = True) -> WipeOutcome:
    """After headquarters' order: erase the data folder, tell headquarters (with the token,
    read first; not when the order came in a reply file: ``confirm=False``), then forget
    the token and the keys for sync by file.  The store must be closed."""
    from sync import bundle, client

    outcome = WipeOutcome()
    try:
        token: str | None = client.load_token(device_id)
    except client.SyncError:
        token = None
    # The logging handlers of this folder write into logs/: close them before it goes.
    root = logging.getLogger()
    for handler in list(root.handlers):
        filename = getattr(handler, "baseFilename", None)
        if filename and Path(filename).resolve().is_relative_to(Path(folder).resolve()):
            root.removeHandler(handler)
            handler.close()
    outcome.erased = erase_data(folder)
    try:
        bundle.forget_keys(device_id)
    except Exception as error:  # the keyring's own errors: said, the data is erased anyway
        outcome.confirm_error = f"the keys for sync by file could not be removed: {error}"
    if token is not None:
        if confirm:
            try:
                outcome.confirmed_at = client.confirm_wiped(server_url, token, session=session)
            except client.SyncError as error:
                outcome.confirm_error = str(error)
        try:
            client.forget_token(device_id)
            outcome.token_forgotten = True
        except client.SyncError as error:
            outcome.confirm_error = outcome.confirm_error or str(error)
    log.info("data folder erased at headquarters' request")
    return outcome


__all__ = ["WipeOutcome", "carry_out", "erase_data"]
