"""Users, devices and tokens of the headquarters server.

Passwords are hashed with argon2 (argon2-cffi); a device's token is shown once, at
enrolment, and only its SHA-256 is stored.  Failed sign-ins are counted in the database
(``login_attempts``), not in a worker's memory, so the limit holds across stateless workers.
A device's scope is computed from its user's row on every request: a change of a user's
countries takes effect at the next sync.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import secrets
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, delete, insert, select, update

from lookingbeyond_desktop.domain import reference
from sync.protocol import ProtocolError
from sync.server.schema import devices, login_attempts, users
from sync.server.scopes import Scope, scope_for
from sync.server.service import DeviceContext

ROLES = ("hq", "field", "partner")
MAX_FAILURES = 5  # failed sign-ins of one name within the window before it is locked
FAILURE_WINDOW_MS = 5 * 60 * 1000
# A token not used for this long expires (token_expired): long enough for a field office
# offline for months, short enough that a lost laptop's token does not work for ever.
# Every sync uses it again (devices.token_used_at, set by the sync service).
TOKEN_IDLE_DAYS = 180
DEVICE_ID_RE = re.compile(r"^[0-9a-f]{32}$")
NAME_RE = re.compile(r"^[\w.@+-]{1,100}$")
_hasher = PasswordHasher()
# Verified when the name is unknown, so that a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A user or device cannot be created or changed as asked; the message says why."""


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

    @property
    def state(self) -> str:
        """``active`` or ``revoked``."""
        return "revoked" if self.revoked_at else "active"


def utcnow(now: dt.datetime | None = None) -> str:
    """Now (or ``now``), as the ISO text the headquarters tables store."""
    return (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")


def hash_password(password: str) -> str:
    """The argon2 hash of ``password``."""
    return _hasher.hash(password)


def hash_token(token: str) -> str:
    """What is stored of a device token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def expand_countries(countries: Iterable[str], regions: Iterable[str]) -> frozenset[str]:
    """Countries plus the countries of each UN M49 region."""
    expanded = set(countries)
    for region in regions:
        expanded |= reference.countries_in_region(region)
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
        if len(upper) != 2 or reference.country(upper) is None:
            raise AccountError(f"{code!r} is not an ISO 3166 alpha-2 country code (e.g. KE, MX)")
        if upper not in checked:
            checked.append(upper)
    return tuple(checked)


def _check_regions(codes: Iterable[str]) -> tuple[str, ...]:
    known = reference.regions()
    checked: list[str] = []
    for code in codes:
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


def authenticate_user(
    engine: Engine, name: str, password: str, *, now_ms: Callable[[], int] | None = None
) -> User:
    """The user whose name and password these are; ProtocolError otherwise.

    Takes the engine, not a connection: a failed attempt is committed in its own
    transaction even though the caller's request fails.  The attempt is recorded (as a
    failure) and committed *before* the limit is checked and the password verified, so
    that of a burst of concurrent attempts, on any number of workers, each one counts the
    attempts committed before it: no more than MAX_FAILURES passwords are ever checked."""
    now = (now_ms or _wall_ms)()
    with engine.begin() as connection:
        connection.execute(delete(login_attempts).where(
            login_attempts.c.name == name, login_attempts.c.at_ms < now - FAILURE_WINDOW_MS))
        key = connection.execute(insert(login_attempts).values(
            name=name, at_ms=now, ok=False)).inserted_primary_key
    assert key is not None
    attempt = int(key[0])
    with engine.begin() as connection:
        retry_in = _locked_for_ms(connection, name, now, attempt)
        if retry_in > 0:  # attempts while locked do not lengthen the lock
            connection.execute(delete(login_attempts).where(login_attempts.c.id == attempt))
    if retry_in > 0:
        minutes = max(1, math.ceil(retry_in / 60_000))
        raise ProtocolError(
            "rate_limited",
            f"Too many failed sign-ins for {name!r}. Try again in {minutes} "
            f"minute{'s' if minutes != 1 else ''}.",
        )
    with engine.connect() as connection:
        row = connection.execute(
            select(users.c.id, users.c.password_hash, users.c.disabled).where(users.c.name == name)
        ).first()
        connection.rollback()
    ok = _verify(row.password_hash if row is not None else _DUMMY_HASH, password) and row is not None
    if ok:
        assert row is not None
        with engine.begin() as connection:
            connection.execute(update(login_attempts).where(login_attempts.c.id == attempt)
                               .values(ok=True))
            if _hasher.check_needs_rehash(row.password_hash):
                connection.execute(update(users).where(users.c.id == row.id).values(
                    password_hash=hash_password(password)))
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


# -- devices -------------------------------------------------------------------------------


def enrol_device(connection: Connection, user: User, device_id: str, device_name: str,
                 *, now: dt.datetime | None = None) -> str:
    """A new token for ``device_id`` of ``user`` (shown once; only its hash is kept).

    Enrolling a device again replaces its token (the old one stops working).  A device id
    enrolled by another user, or revoked by headquarters, is refused."""
    if not DEVICE_ID_RE.match(device_id):
        raise ProtocolError("bad_request", "device_id must be 32 lowercase hexadecimal digits")
    token = secrets.token_urlsafe(32)
    name = device_name.strip()[:200]
    row = connection.execute(
        select(devices.c.user_id, devices.c.revoked_at).where(devices.c.id == device_id)
    ).first()
    if row is None:
        connection.execute(insert(devices).values(
            id=device_id, user_id=user.id, token_hash=hash_token(token), name=name,
            created_at=utcnow(now), pushed_seq=0, clock_offset_ms=0, token_used_at=utcnow(now)))
        return token
    if row.user_id != user.id:
        raise ProtocolError(
            "forbidden",
            "This device is enrolled for another user. Ask headquarters to revoke it first.")
    if row.revoked_at is not None:
        raise ProtocolError("device_revoked", _revoked_message(row.revoked_at))
    connection.execute(update(devices).where(devices.c.id == device_id).values(
        token_hash=hash_token(token), name=name, token_used_at=utcnow(now)))
    return token


def device_for_token(connection: Connection, token: str, *,
                     now: dt.datetime | None = None) -> DeviceContext:
    """The device a bearer token belongs to; ProtocolError token_invalid, device_revoked,
    forbidden (account disabled) or token_expired (unused for TOKEN_IDLE_DAYS days)."""
    row = connection.execute(
        select(devices.c.id, devices.c.revoked_at, devices.c.token_used_at,
               devices.c.last_sync_at, devices.c.created_at, users.c.name, users.c.role,
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
    return DeviceContext(device_id=row.id, user_name=row.name, scope=scope)


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
               devices.c.created_at, devices.c.last_sync_at, devices.c.revoked_at)
        .join(users, users.c.id == devices.c.user_id)
        .order_by(devices.c.created_at, devices.c.id)
    ).all()
    return [DeviceInfo(r.id, r.user_name, r.name, r.created_at, r.last_sync_at, r.revoked_at)
            for r in rows]


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
    row = connection.execute(select(devices.c.id).where(devices.c.id == device_id)).first()
    if row is None:
        raise AccountError(f"no device with id {device_id!r} (see: device list)")
    connection.execute(update(devices).where(devices.c.id == device_id).values(
        revoked_at=None, token_hash=hash_token(secrets.token_urlsafe(32))))
