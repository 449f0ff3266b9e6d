"""Users, devices and tokens of the headquarters server.

Passwords are at least MIN_PASSWORD_LENGTH characters and not in the shipped list of common
passwords (``common-passwords.txt``); they are hashed with argon2 (argon2-cffi), and no
more than a few hashes run at once in one server process (:class:`HashGate`: argon2 takes
64 MiB each, so unbounded concurrent sign-ins would take gigabytes).  A device's token is
shown once, at enrolment, and only its SHA-256 is stored.  Failed sign-ins are counted in
the database (``login_attempts``), per user name and per client address, not in a worker's
memory, so the limits hold across stateless workers.  A user has at most a few active
devices.  A device's scope is computed from its user's row on every request: a change of a
user's countries takes effect at the next sync.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib.resources
import math
import os
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Protocol
from contextlib import contextmanager
from dataclasses import dataclass

import argon2.profiles
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from sync.wire import ProtocolError
from sync.server.schema import devices, login_attempts, users
from sync.server.scopes import Scope, scope_for
from sync.server.service import DeviceContext
from sync.server import withdrawals

ROLES = ("hq", "field", "partner")
MAX_FAILURES = 5  # failed sign-ins of one name within the window before it is locked
# Failed sign-ins from one client address (any names) within the window before it is locked:
# higher than per name, because an office behind one NAT address shares it.
MAX_ADDRESS_FAILURES = 20
FAILURE_WINDOW_MS = 5 * 60 * 1000
MIN_PASSWORD_LENGTH = 12
COMMON_PASSWORDS = "common-passwords.txt"  # package data of sync.server
# Active (not revoked) devices of one user; `serve --max-devices` changes it.
DEFAULT_MAX_DEVICES = 5
# Password hashes computed at once by one server process; `serve --hash-concurrency`.
DEFAULT_HASH_CONCURRENCY = 2
HASH_WAIT_S = 0.25  # how long a sign-in waits for a free slot before it is refused (busy)
BUSY_RETRY_AFTER_S = 2  # the Retry-After of a busy answer
# A token not used for this long expires (token_expired): long enough for a field office
# offline for months, short enough that a lost laptop's token does not work for ever.
# Every sync uses it again (devices.token_used_at, set by the sync service).
TOKEN_IDLE_DAYS = 180
DEVICE_ID_RE = re.compile(r"^[0-9a-f]{32}$")
NAME_RE = re.compile(r"^[\w.@+-]{1,100}$")
# The test suite sets this to hash with argon2's cheapest parameters: the same algorithm and
# code path without 64 MiB and three passes per sign-in (hundreds of test users).  A server
# started with it says so when it starts (app.create_app); never set it in production.
CHEAP_HASH_ENV = "LOOKINGBEYOND_TEST_CHEAP_HASH"
_hasher = (PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)
           if os.environ.get(CHEAP_HASH_ENV) else PasswordHasher())
CHEAP_HASH = bool(os.environ.get(CHEAP_HASH_ENV))
HASH_MEMORY_BYTES = _hasher.memory_cost * 1024  # what one argon2 hash takes (64 MiB)
# Verified when the name is unknown, so that a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A user or device cannot be created or changed as asked; the message says why."""


class HashGate:
    """At most ``limit`` password hashes (argon2: ``memory_cost`` KiB each) at once.

    One per server process (the app makes it): the memory of password hashing is bounded by
    ``limit`` times argon2's memory cost, whatever the number of sign-ins that arrive at
    once.  A sign-in that finds no free slot within ``wait_s`` is refused with ``busy``
    (503, Retry-After) before its password is looked at."""

    def __init__(self, limit: int = DEFAULT_HASH_CONCURRENCY, *, wait_s: float = HASH_WAIT_S) -> None:
        if limit < 1:
            raise ValueError("a hash gate needs at least one slot")
        self.limit = limit
        self.wait_s = wait_s
        self._slots = threading.BoundedSemaphore(limit)

    @property
    def memory_bytes(self) -> int:
        """The most memory argon2 can take through this gate at once."""
        return self.limit * HASH_MEMORY_BYTES

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one slot while hashing; ProtocolError busy when none frees up in time."""
        if not self._slots.acquire(timeout=self.wait_s):
            raise ProtocolError(
                "busy", "Headquarters is busy signing other people in. Nothing was changed; "
                f"try again in {BUSY_RETRY_AFTER_S} seconds.")
        try:
            yield
        finally:
            self._slots.release()


_DEFAULT_GATE = HashGate()


@dataclass(frozen=True)
class User:
    """A person who may enrol devices."""

    id: int
    name: str
    role: str
    countries: tuple[str, ...]
    regions: tuple[str, ...]
    organization_id: str | None

    @property
    def scope(self) -> Scope:
        """What this user's devices may see and write (regions expanded to countries)."""
        return scope_for(self.role, expand_countries(self.countries, self.regions),
                         self.organization_id)


@dataclass(frozen=True)
class DeviceInfo:
    """One enrolled device, as headquarters lists it."""

    id: str
    user_name: str
    name: str
    created_at: str
    last_sync_at: str | None
    revoked_at: str | None
    wipe_requested_at: str | None = None
    wipe_sent_at: str | None = None
    wiped_at: str | None = None

    @property
    def state(self) -> str:
        """``active``, ``revoked``, ``wipe ordered`` (not yet given), ``wipe sent`` (given,
        not yet confirmed) or ``wiped`` (confirmed, and revoked)."""
        if self.wiped_at:
            return "wiped"
        if self.wipe_sent_at:
            return "wipe sent"
        if self.wipe_requested_at:
            return "wipe ordered"
        return "revoked" if self.revoked_at else "active"


def utcnow(now: dt.datetime | None = None) -> str:
    """Now (or ``now``), as the ISO text the headquarters tables store."""
    return (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")


def hash_password(password: str) -> str:
    """The argon2 hash of ``password``."""
    return _hasher.hash(password)


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords, lower-cased."""
    text = importlib.resources.files("sync.server").joinpath(COMMON_PASSWORDS).read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def check_password(password: str, *, user_name: str = "") -> None:
    """AccountError unless ``password`` is long enough, not a common password (compared
    without regard to case) and not the user's name.  The message never repeats it."""
    if len(password) < MIN_PASSWORD_LENGTH or not password.strip():
        raise AccountError(
            f"the password is too short: use at least {MIN_PASSWORD_LENGTH} characters "
            "(a few unrelated words make a long password that is easy to remember)")
    folded = password.strip().lower()
    if folded in common_passwords():
        raise AccountError("the password is one of the most common passwords, which are the "
                           "first ones tried by anyone guessing: choose another")
    if user_name and folded == user_name.strip().lower():
        raise AccountError("the password must not be the user name: choose another")


def hash_token(token: str) -> str:
    """What is stored of a device token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Places(Protocol):
    """The reference data of places a user's scope is written in, handed to headquarters
    when it starts (``lookingbeyond_desktop.headquarters``): this package knows no domain."""

    def is_country(self, code: str) -> bool:
        """Whether ``code`` is an ISO 3166 alpha-2 country code."""

    def regions(self) -> Collection[str]:
        """The UN M49 region codes."""

    def countries_in_region(self, code: str) -> frozenset[str]:
        """The countries of a UN M49 region (or sub-region)."""


_places: list[Places] = []


def use_places(given: Places) -> None:
    """Give headquarters its reference data of places (once, at start)."""
    _places[:] = [given]


def places() -> Places:
    """The reference data of places headquarters was given."""
    if not _places:
        raise AccountError("headquarters was started without its reference data of places "
                           "(run lookingbeyond-server)")
    return _places[0]


def expand_countries(countries: Iterable[str], regions: Iterable[str]) -> frozenset[str]:
    """Countries plus the countries of each UN M49 region."""
    expanded = set(countries)
    for region in regions:
        expanded |= places().countries_in_region(region)
    return frozenset(expanded)


# -- users ---------------------------------------------------------------------------------


def add_user(
    connection: Connection,
    name: str,
    password: str,
    *,
    role: str,
    countries: Iterable[str] = (),
    regions: Iterable[str] = (),
    organization_id: str | None = None,
) -> User:
    """Create a user; AccountError says what is wrong with the request."""
    if not NAME_RE.match(name):
        raise AccountError("a user name is 1 to 100 letters, digits or . @ + - _ (no spaces)")
    if not password:
        raise AccountError("the password is empty")
    check_password(password, user_name=name)
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    country_codes = _check_countries(countries)
    region_codes = _check_regions(regions)
    organization = _check_organization(organization_id)
    if role == "field" and not (country_codes or region_codes):
        raise AccountError("a field user needs at least one --country or --region")
    if role == "partner" and organization is None:
        raise AccountError("a partner user needs --organization (the UUID of its organization)")
    if role != "partner" and organization is not None:
        raise AccountError("only a partner user belongs to an organization")
    if role == "hq" and (country_codes or region_codes):
        raise AccountError("a headquarters user sees every country: give no --country or --region")
    exists = connection.execute(select(users.c.id).where(users.c.name == name)).first()
    if exists is not None:
        raise AccountError(f"a user named {name!r} already exists")
    key = connection.execute(insert(users).values(
        name=name, password_hash=hash_password(password), role=role,
        countries=list(country_codes), regions=list(region_codes),
        organization_id=organization, created_at=utcnow(), disabled=False,
    )).inserted_primary_key
    assert key is not None
    return User(int(key[0]), name, role, country_codes, region_codes, organization)


def _check_countries(codes: Iterable[str]) -> tuple[str, ...]:
    checked: list[str] = []
    for code in codes:
        upper = code.strip().upper()
        if len(upper) != 2 or not places().is_country(upper):
            raise AccountError(f"{code!r} is not an ISO 3166 alpha-2 country code (e.g. KE, MX)")
        if upper not in checked:
            checked.append(upper)
    return tuple(checked)


def _check_regions(codes: Iterable[str]) -> tuple[str, ...]:
    checked: list[str] = []
    for code in codes:
        known = places().regions()
        padded = code.strip().zfill(3) if code.strip().isdigit() else code.strip()
        if padded not in known:
            raise AccountError(
                f"{code!r} is not a UN M49 region code (e.g. 002 Africa, 419 Latin America "
                "and the Caribbean, 145 Western Asia)"
            )
        if padded not in checked:
            checked.append(padded)
    return tuple(checked)


def _check_organization(organization_id: str | None) -> str | None:
    if organization_id is None or organization_id == "":
        return None
    try:
        return str(uuid.UUID(organization_id))
    except ValueError:
        raise AccountError(f"{organization_id!r} is not an organization id (a UUID)") from None


def find_user(connection: Connection, name: str) -> User | None:
    """The user called ``name``, if any."""
    row = connection.execute(select(users).where(users.c.name == name)).first()
    if row is None:
        return None
    return User(int(row.id), row.name, row.role, tuple(row.countries), tuple(row.regions),
                row.organization_id)


def update_user(
    connection: Connection,
    name: str,
    *,
    role: str | None = None,
    countries: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
    organization_id: str | None = None,
) -> tuple[User, int, int]:
    """Change a user's role or scope; returns the user and how many records left and joined
    its scope.  Countries and regions given replace both lists; a new role clears the scope
    options not given.  Records its old scope saw and the new one does not are withdrawn
    from its devices (``gone`` at their next sync); records it now sees for the first time
    are sent to them in full.  AccountError says what is wrong with the request."""
    user = find_user(connection, name)
    if user is None:
        raise AccountError(f"no user is named {name!r}")
    new_role = user.role if role is None else role
    if new_role not in ROLES:
        raise AccountError(f"unknown role {new_role!r}: choose one of {', '.join(ROLES)}")
    changed_role = new_role != user.role
    if countries is None and regions is None and not changed_role:
        country_codes, region_codes = user.countries, user.regions
    else:
        country_codes = _check_countries(countries or ())
        region_codes = _check_regions(regions or ())
    if organization_id is not None:
        organization = _check_organization(organization_id)
    else:
        organization = None if changed_role else user.organization_id
    if new_role == "field" and not (country_codes or region_codes):
        raise AccountError("a field user needs at least one --country or --region")
    if new_role == "partner" and organization is None:
        raise AccountError("a partner user needs --organization (the UUID of its organization)")
    if new_role != "partner" and organization is not None:
        raise AccountError("only a partner user belongs to an organization")
    if new_role == "hq" and (country_codes or region_codes):
        raise AccountError("a headquarters user sees every country: give no --country or --region")
    updated = User(user.id, user.name, new_role, country_codes, region_codes, organization)
    connection.execute(update(users).where(users.c.id == user.id).values(
        role=new_role, countries=list(country_codes), regions=list(region_codes),
        organization_id=organization))
    left, joined = withdrawals.scope_change(connection, user.id, user.scope, updated.scope)
    return updated, left, joined


def authenticate_user(
    engine: Engine, name: str, password: str, *, address: str | None = None,
    gate: HashGate | None = None, now_ms: Callable[[], int] | None = None
) -> User:
    """The user whose name and password these are; ProtocolError otherwise.

    Takes the engine, not a connection: a failed attempt is committed in its own
    transaction even though the caller's request fails.  The attempt (with the client's
    ``address``) is recorded as a failure and committed *before* the limits are checked and
    the password verified, so that of a burst of concurrent attempts, on any number of
    workers, each one counts the attempts committed before it: no more than MAX_FAILURES
    passwords of one name, and MAX_ADDRESS_FAILURES from one address, are ever checked.
    Attempts older than the window are deleted on the way (whatever their name).  The
    password is verified in a slot of ``gate`` (busy when none is free)."""
    now = (now_ms or _wall_ms)()
    with engine.begin() as connection:
        connection.execute(delete(login_attempts).where(
            login_attempts.c.at_ms < now - FAILURE_WINDOW_MS))
        key = connection.execute(insert(login_attempts).values(
            name=name, address=address, at_ms=now, ok=False)).inserted_primary_key
    assert key is not None
    attempt = int(key[0])
    with engine.begin() as connection:
        name_locked = _locked_for_ms(connection, name, now, attempt)
        address_locked = 0 if address is None else _address_locked_for_ms(
            connection, address, now, attempt)
        if name_locked > 0 or address_locked > 0:  # attempts while locked do not lengthen it
            connection.execute(delete(login_attempts).where(login_attempts.c.id == attempt))
    if name_locked > 0 or address_locked > 0:
        minutes = max(1, math.ceil(max(name_locked, address_locked) / 60_000))
        whose = f"for {name!r}" if name_locked > 0 else "from your network address"
        raise ProtocolError(
            "rate_limited",
            f"Too many failed sign-ins {whose}. Try again in {minutes} "
            f"minute{'s' if minutes != 1 else ''}.",
        )
    with engine.connect() as connection:
        row = connection.execute(
            select(users.c.id, users.c.password_hash, users.c.disabled).where(users.c.name == name)
        ).first()
        connection.rollback()
    try:
        with (gate or _DEFAULT_GATE).slot():
            ok = _verify(row.password_hash if row is not None else _DUMMY_HASH, password) \
                and row is not None
            rehash = ok and row is not None and _hasher.check_needs_rehash(row.password_hash)
            new_hash = hash_password(password) if rehash else None
    except ProtocolError:  # busy: the password was not looked at, the attempt does not count
        with engine.begin() as connection:
            connection.execute(delete(login_attempts).where(login_attempts.c.id == attempt))
        raise
    if ok:
        assert row is not None
        with engine.begin() as connection:
            connection.execute(update(login_attempts).where(login_attempts.c.id == attempt)
                               .values(ok=True))
            if new_hash is not None:
                connection.execute(update(users).where(users.c.id == row.id).values(
                    password_hash=new_hash))
    if not ok:
        raise ProtocolError("bad_credentials", "The user name or the password is wrong.")
    assert row is not None
    if row.disabled:
        raise ProtocolError("forbidden", "This account is disabled. Ask headquarters.")
    with engine.connect() as connection:
        user = find_user(connection, name)
    assert user is not None
    return user


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def _locked_for_ms(connection: Connection, name: str, now: int, attempt: int) -> int:
    """How long ``name`` stays locked (0: not locked) for the attempt ``attempt``: the other
    attempts' failures (attempts still being checked count as failures) since the last
    success within the window, once there are MAX_FAILURES of them."""
    since = now - FAILURE_WINDOW_MS
    attempts = connection.execute(
        select(login_attempts.c.at_ms, login_attempts.c.ok)
        .where(login_attempts.c.name == name, login_attempts.c.at_ms > since,
               login_attempts.c.id != attempt)
        .order_by(login_attempts.c.at_ms, login_attempts.c.id)
    ).all()
    failures: list[int] = []
    for earlier in attempts:
        failures = [] if earlier.ok else [*failures, int(earlier.at_ms)]
    if len(failures) < MAX_FAILURES:
        return 0
    # Unlocked once enough of the failures have left the window.
    return failures[len(failures) - MAX_FAILURES] + FAILURE_WINDOW_MS - now


def _address_locked_for_ms(connection: Connection, address: str, now: int, attempt: int) -> int:
    """How long ``address`` stays locked (0: not locked): the failures from it within the
    window, whatever the names (a success does not wipe them: an attacker with an account
    of their own could otherwise sign in between guesses), once there are
    MAX_ADDRESS_FAILURES of them."""
    failures = [int(at) for at in connection.execute(
        select(login_attempts.c.at_ms)
        .where(login_attempts.c.address == address,
               login_attempts.c.at_ms > now - FAILURE_WINDOW_MS,
               login_attempts.c.id != attempt, login_attempts.c.ok.is_(False))
        .order_by(login_attempts.c.at_ms, login_attempts.c.id)
    ).scalars()]
    if len(failures) < MAX_ADDRESS_FAILURES:
        return 0
    return failures[len(failures) - MAX_ADDRESS_FAILURES] + FAILURE_WINDOW_MS - now


# -- devices -------------------------------------------------------------------------------


def enrol_device(connection: Connection, user: User, device_id: str, device_name: str,
                 *, now: dt.datetime | None = None, max_devices: int = DEFAULT_MAX_DEVICES,
                 bundle_keys: tuple[str, str] | None = None) -> str:
    """A new token for ``device_id`` of ``user`` (shown once; only its hash is kept).

    Enrolling a device again replaces its token (the old one stops working).  A device id
    enrolled by another user, or revoked by headquarters, is refused; so is a device of a
    user who already has ``max_devices`` other active devices (too_many_devices).  The
    user's row is locked first (SQLite: every transaction is BEGIN IMMEDIATE), so that
    concurrent enrolments cannot pass the cap together."""
    if not DEVICE_ID_RE.match(device_id):
        raise ProtocolError("bad_request", "device_id must be 32 lowercase hexadecimal digits")
    connection.execute(select(users.c.id).where(users.c.id == user.id).with_for_update())
    token = secrets.token_urlsafe(32)
    name = device_name.strip()[:200]
    row = connection.execute(
        select(devices.c.user_id, devices.c.revoked_at).where(devices.c.id == device_id)
    ).first()
    if row is not None and row.user_id != user.id:
        raise ProtocolError(
            "forbidden",
            "This device is enrolled for another user. Ask headquarters to revoke it first.")
    if row is not None and row.revoked_at is not None:
        raise ProtocolError("device_revoked", _revoked_message(row.revoked_at))
    others = connection.execute(
        select(func.count()).select_from(devices).where(
            devices.c.user_id == user.id, devices.c.revoked_at.is_(None), devices.c.id != device_id)
    ).scalar_one()
    if others >= max_devices:
        raise ProtocolError(
            "too_many_devices",
            f"This account already has {others} active devices, the most headquarters "
            f"allows ({max_devices}). Ask headquarters to revoke a device you no longer use, "
            "then enrol this one again.")
    # The public halves of the device's keys for sync by file (issue 16), when it gave them.
    keys = {} if bundle_keys is None else {"bundle_sign_key": bundle_keys[0],
                                           "bundle_box_key": bundle_keys[1]}
    if row is None:
        connection.execute(insert(devices).values(
            id=device_id, user_id=user.id, token_hash=hash_token(token), name=name,
            created_at=utcnow(now), pushed_seq=0, clock_offset_ms=0, token_used_at=utcnow(now),
            **keys))
        return token
    connection.execute(update(devices).where(devices.c.id == device_id).values(
        token_hash=hash_token(token), name=name, token_used_at=utcnow(now), **keys))
    return token


def set_bundle_keys(connection: Connection, device_id: str, sign: str, box: str) -> None:
    """Record a device's public keys for sync by file (a device enrolled before them)."""
    connection.execute(update(devices).where(devices.c.id == device_id).values(
        bundle_sign_key=sign, bundle_box_key=box))


def device_for_bundle(connection: Connection, device_id: str) -> tuple[DeviceContext, str | None, str | None]:
    """The device a bundle names, with its public keys (signing, receiving); ProtocolError
    ``not_found`` (unknown), ``device_revoked`` (revoked, or wiped: refused for good) or
    ``forbidden`` (account disabled).  A bundle is authenticated by its signature, not a
    token, so a token's idle expiry does not apply: an office without a link keeps working."""
    row = connection.execute(
        select(devices.c.id, devices.c.revoked_at, devices.c.wipe_requested_at,
               devices.c.bundle_sign_key, devices.c.bundle_box_key,
               users.c.name, users.c.role,
               users.c.countries, users.c.regions, users.c.organization_id, users.c.disabled)
        .join(users, users.c.id == devices.c.user_id)
        .where(devices.c.id == device_id)
    ).first()
    if row is None:
        raise ProtocolError("not_found", "This file comes from a computer headquarters does not "
                            "know (it was never enrolled here).")
    if row.revoked_at is not None:
        raise ProtocolError("device_revoked", _revoked_message(row.revoked_at))
    if row.disabled:
        raise ProtocolError("forbidden", "The account of this device is disabled. Ask headquarters.")
    scope = scope_for(row.role, expand_countries(row.countries, row.regions), row.organization_id)
    return (DeviceContext(device_id=row.id, user_name=row.name, scope=scope,
                          wipe_ordered=row.wipe_requested_at is not None),
            row.bundle_sign_key, row.bundle_box_key)


def device_for_token(connection: Connection, token: str, *,
                     now: dt.datetime | None = None) -> DeviceContext:
    """The device a bearer token belongs to; ProtocolError token_invalid, device_revoked,
    forbidden (account disabled) or token_expired (unused for TOKEN_IDLE_DAYS days)."""
    row = connection.execute(
        select(devices.c.id, devices.c.revoked_at, devices.c.token_used_at,
               devices.c.last_sync_at, devices.c.created_at, devices.c.wipe_requested_at,
               users.c.name, users.c.role,
               users.c.countries, users.c.regions, users.c.organization_id, users.c.disabled)
        .join(users, users.c.id == devices.c.user_id)
        .where(devices.c.token_hash == hash_token(token))
    ).first()
    if row is None:
        raise ProtocolError(
            "token_invalid",
            "Headquarters does not recognise this device's sign-in. Enrol the device again.")
    if row.revoked_at is not None:
        raise ProtocolError("device_revoked", _revoked_message(row.revoked_at))
    if row.disabled:
        raise ProtocolError("forbidden", "The account of this device is disabled. Ask headquarters.")
    used = _parse_time(row.token_used_at or row.last_sync_at or row.created_at)
    idle = (now or dt.datetime.now(dt.timezone.utc)) - used
    if idle > dt.timedelta(days=TOKEN_IDLE_DAYS):
        raise ProtocolError(
            "token_expired",
            f"This device has not synced with headquarters for {idle.days} days, so its "
            f"sign-in has expired (after {TOKEN_IDLE_DAYS} days without a sync). Sign in again "
            "with your user name and password; nothing on this computer is lost.")
    scope = scope_for(row.role, expand_countries(row.countries, row.regions), row.organization_id)
    return DeviceContext(device_id=row.id, user_name=row.name, scope=scope,
                         wipe_ordered=row.wipe_requested_at is not None)


def _parse_time(text: str) -> dt.datetime:
    """An ISO time from the headquarters tables (UTC when it names no zone)."""
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _revoked_message(revoked_at: str) -> str:
    return (f"This device was revoked by headquarters on {revoked_at[:10]}. "
            "Ask headquarters to enrol it again.")


def list_devices(connection: Connection) -> list[DeviceInfo]:
    """Every device, oldest enrolment first."""
    rows = connection.execute(
        select(devices.c.id, users.c.name.label("user_name"), devices.c.name,
               devices.c.created_at, devices.c.last_sync_at, devices.c.revoked_at,
               devices.c.wipe_requested_at, devices.c.wipe_sent_at, devices.c.wiped_at)
        .join(users, users.c.id == devices.c.user_id)
        .order_by(devices.c.created_at, devices.c.id)
    ).all()
    return [DeviceInfo(r.id, r.user_name, r.name, r.created_at, r.last_sync_at, r.revoked_at,
                       r.wipe_requested_at, r.wipe_sent_at, r.wiped_at)
            for r in rows]


def request_wipe(connection: Connection, device_id: str) -> str:
    """Order a device's data erased at its next contact (after it has sent what it has not
    sent yet).  Returns when it was ordered (the first order's date if ordered before).  A
    revoked device never contacts headquarters again: the order could not reach it."""
    row = connection.execute(select(devices.c.revoked_at, devices.c.wipe_requested_at)
                             .where(devices.c.id == device_id)).first()
    if row is None:
        raise AccountError(f"no device with id {device_id!r} (see: device list)")
    if row.wipe_requested_at is not None:
        return str(row.wipe_requested_at)
    if row.revoked_at is not None:
        raise AccountError(f"device {device_id} is revoked: it will not contact headquarters "
                           "again, so a wipe cannot reach it (reinstate it first, then order "
                           "the wipe: it happens when the laptop next signs in and syncs)")
    now = utcnow()
    connection.execute(update(devices).where(devices.c.id == device_id)
                       .values(wipe_requested_at=now))
    return now


def confirm_wiped(connection: Connection, device_id: str) -> str:
    """A device says it erased its data: record when, and refuse its token for good."""
    row = connection.execute(select(devices.c.wipe_requested_at, devices.c.wiped_at)
                             .where(devices.c.id == device_id)).first()
    if row is None or row.wipe_requested_at is None:
        raise ProtocolError("forbidden", "Headquarters did not order this device's data erased.")
    if row.wiped_at is not None:
        return str(row.wiped_at)
    now = utcnow()
    connection.execute(update(devices).where(devices.c.id == device_id).values(
        wiped_at=now, revoked_at=now, token_hash=hash_token(secrets.token_urlsafe(32))))
    return now


def revoke_device(connection: Connection, device_id: str) -> str:
    """Revoke a device: its token stops working at once.  Returns when it was revoked
    (the first revocation's date when it was revoked before)."""
    row = connection.execute(
        select(devices.c.revoked_at).where(devices.c.id == device_id)).first()
    if row is None:
        raise AccountError(f"no device with id {device_id!r} (see: device list)")
    if row.revoked_at is not None:
        return str(row.revoked_at)
    now = utcnow()
    connection.execute(update(devices).where(devices.c.id == device_id).values(revoked_at=now))
    return now


def reinstate_device(connection: Connection, device_id: str) -> None:
    """Let a revoked device enrol again.  Its old token stays invalid: the person enrols
    it again with their password."""
    row = connection.execute(select(devices.c.id, devices.c.wipe_requested_at)
                             .where(devices.c.id == device_id)).first()
    if row is None:
        raise AccountError(f"no device with id {device_id!r} (see: device list)")
    if row.wipe_requested_at is not None:
        raise AccountError(f"device {device_id} was ordered wiped: it stays refused for good "
                           "(the laptop enrols again as a new device)")
    connection.execute(update(devices).where(devices.c.id == device_id).values(
        revoked_at=None, token_hash=hash_token(secrets.token_urlsafe(32))))
