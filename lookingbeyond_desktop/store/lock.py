"""The window's idle lock: what unlocks it, and after how long it locks (issue 13).

Secrets are kept as salted argon2id hashes in the data folder's local settings (never synced,
never logged): the headquarters password of the person who logged in on this computer (kept
at each login, so it unlocks offline) and a PIN the person may choose.  No Qt here: the
window (``ui/lock.py``) calls these on the database worker.

A hash carries its own parameters (argon2's encoded form), so that a later version may
raise the cost and still check the older hashes.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import Connection

from lookingbeyond_desktop.store.sandbox import get_setting, put_setting

#: ``local_settings`` rows.
PASSWORD = "lock/password"  # hash of the headquarters password last used to log in here
PIN = "lock/pin"  # hash of the PIN chosen on this computer
IDLE_MINUTES = "lock/idle_minutes"  # minutes without use before the window locks; 0: never
LOCKED = "lock/locked"  # "1" while the window is locked: it opens locked after a restart

DEFAULT_IDLE_MINUTES = 15
MAX_IDLE_MINUTES = 480
PIN_DIGITS = (4, 12)

# argon2id, memory-hard: about 0.2 s and 64 MiB a try on a field laptop, so that a copied
# data folder does not let anyone try passwords fast (the headquarters password's hash is
# here).  The test suite's cheap setting (LOOKINGBEYOND_TEST_CHEAP_HASH, never in
# production) makes it instant there, as at headquarters.
_CHEAP_ENV = "LOOKINGBEYOND_TEST_CHEAP_HASH"


def _hasher() -> Any:
    from argon2 import PasswordHasher

    if os.environ.get(_CHEAP_ENV):
        return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    return PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=1)


class LockError(ValueError):
    """A PIN or a setting that cannot be kept (the message is for people, untranslated
    English; the window shows its own words)."""


def hash_secret(secret: str) -> str:
    """A salted argon2id hash of ``secret`` (its parameters written in it)."""
    return str(_hasher().hash(secret))


def check_secret(secret: str, stored: str | None) -> bool:
    """Whether ``secret`` is the one ``stored`` was made from (False for anything malformed)."""
    if not stored or not secret:
        return False
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(PasswordHasher().verify(stored, secret))
    except (VerificationError, InvalidHashError, ValueError):
        return False


def remember_password(connection: Connection, password: str) -> None:
    """Keep the hash of the password a person just logged in with (it unlocks the window)."""
    put_setting(connection, PASSWORD, hash_secret(password))


def set_pin(connection: Connection, pin: str | None) -> None:
    """Choose (or, with None, remove) this computer's PIN: digits only, 4 to 12 of them."""
    if pin is None:
        put_setting(connection, PIN, None)
        return
    low, high = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        raise LockError(f"a PIN is {low} to {high} digits")
    put_setting(connection, PIN, hash_secret(pin))


def has_pin(connection: Connection) -> bool:
    """Whether a PIN was chosen on this computer."""
    return get_setting(connection, PIN) is not None


def has_password(connection: Connection) -> bool:
    """Whether a headquarters password was kept at a login on this computer."""
    return get_setting(connection, PASSWORD) is not None


def can_lock(connection: Connection) -> bool:
    """Whether something can unlock the window (a password kept at login, or a PIN): without
    either, the window never locks (it could not be opened again)."""
    return get_setting(connection, PASSWORD) is not None or get_setting(connection, PIN) is not None


def unlocks(connection: Connection, typed: str) -> bool:
    """Whether ``typed`` is the password kept at login or the PIN."""
    return (check_secret(typed, get_setting(connection, PASSWORD))
            or check_secret(typed, get_setting(connection, PIN)))


def set_locked(connection: Connection, locked: bool) -> None:
    """Remember whether the window is locked (a window closed or killed while locked opens
    locked)."""
    put_setting(connection, LOCKED, "1" if locked else None)


def is_locked(connection: Connection) -> bool:
    """Whether the window was locked when last seen."""
    return get_setting(connection, LOCKED) == "1"


def idle_minutes(connection: Connection) -> int:
    """Minutes without use before the window locks (0: never)."""
    value = get_setting(connection, IDLE_MINUTES)
    try:
        minutes = int(value) if value is not None else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return min(max(minutes, 0), MAX_IDLE_MINUTES)


def set_idle_minutes(connection: Connection, minutes: int) -> None:
    """After how many minutes without use the window locks (0: never)."""
    if not 0 <= minutes <= MAX_IDLE_MINUTES:
        raise LockError(f"between 0 and {MAX_IDLE_MINUTES} minutes")
    put_setting(connection, IDLE_MINUTES, str(minutes))


__all__ = ["DEFAULT_IDLE_MINUTES", "IDLE_MINUTES", "LockError", "PASSWORD", "PIN", "can_lock",
           "check_secret", "has_password", "has_pin", "hash_secret", "idle_minutes", "is_locked", "remember_password",
           "set_idle_minutes", "set_locked", "set_pin", "unlocks"]
