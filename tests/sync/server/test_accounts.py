"""Users, passwords, rate limiting, enrolment and revocation (SQLite and PostgreSQL)."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Engine, func, select

from lookingbeyond_desktop.domain.reference import countries_in_region
from sync.wire import ProtocolError
from sync.server import accounts
from sync.server.schema import devices, login_attempts, users
from tests.sync.credentials import PASSWORD

DEVICE = "0123456789abcdef0123456789abcdef"


def add(engine: Engine, name: str = "amina", **options: object) -> accounts.User:
    """Add a user (a field user in Kenya unless told otherwise)."""
    values: dict[str, object] = {"role": "field", "countries": ["KE"]} | options
    with engine.begin() as connection:
        return accounts.add_user(connection, name, PASSWORD, **values)  # type: ignore[arg-type]


def enrol(engine: Engine, user: accounts.User, device_id: str = DEVICE) -> str:
    with engine.begin() as connection:
        return accounts.enrol_device(connection, user, device_id, "Nairobi laptop")


def context(engine: Engine, token: str) -> object:
    with engine.connect() as connection:
        return accounts.device_for_token(connection, token)


def test_passwords_are_stored_as_argon2_hashes(hq_engine: Engine) -> None:
    """The stored password is an argon2id hash, never the password itself."""
    add(hq_engine)
    with hq_engine.connect() as connection:
        stored = connection.execute(select(users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_right_password_signs_in_and_wrong_one_does_not(hq_engine: Engine) -> None:
    """authenticate_user returns the user for the right password, bad_credentials otherwise
    (the same for an unknown name)."""
    add(hq_engine)
    assert accounts.authenticate_user(hq_engine, "amina", PASSWORD).name == "amina"
    for name, password in (("amina", "wrong"), ("nobody", PASSWORD)):
        with pytest.raises(ProtocolError) as raised:
            accounts.authenticate_user(hq_engine, name, password)
        assert raised.value.code == "bad_credentials"


def test_repeated_failures_are_rate_limited_with_a_retry_time(hq_engine: Engine) -> None:
    """After 5 failures within 5 minutes even the right password is refused with
    rate_limited saying when to retry; once the failures leave the window it works again."""
    add(hq_engine)
    now = [1_000_000_000]
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(ProtocolError):
            accounts.authenticate_user(hq_engine, "amina", "wrong", now_ms=lambda: now[0])
    now[0] += 60_000
    with pytest.raises(ProtocolError) as raised:
        accounts.authenticate_user(hq_engine, "amina", PASSWORD, now_ms=lambda: now[0])
    assert raised.value.code == "rate_limited"
    assert "try again in 4 minutes" in raised.value.message.lower()
    now[0] += 4 * 60_000 + 1
    assert accounts.authenticate_user(hq_engine, "amina", PASSWORD, now_ms=lambda: now[0])


def test_rate_limit_state_lives_in_the_database(hq_engine: Engine) -> None:
    """Failures are rows of login_attempts (shared by every worker), not worker memory."""
    add(hq_engine)
    with pytest.raises(ProtocolError):
        accounts.authenticate_user(hq_engine, "amina", "wrong")
    with hq_engine.connect() as connection:
        rows = connection.execute(select(accounts.login_attempts.c.ok)).scalars().all()
    assert rows == [False]


def test_regions_expand_into_the_scope(hq_engine: Engine) -> None:
    """A field user of region 014 (Eastern Africa) plus MX holds the keys of every country
    of that region and of MX."""
    user = add(hq_engine, countries=["mx"], regions=["14"])
    assert user.regions == ("014",) and user.countries == ("MX",)
    token = enrol(hq_engine, user)
    scope = context(hq_engine, token).scope  # type: ignore[attr-defined]
    expected = {f"c:{code}" for code in countries_in_region("014") | {"MX"}}
    assert scope.country_keys == expected
    assert "c:KE" in scope.country_keys


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        ({"role": "field", "countries": []}, "at least one --country or --region"),
        ({"role": "partner", "countries": ["KE"]}, "needs --organization"),
        ({"role": "partner", "organization_id": "not-a-uuid"}, "is not an organization id"),
        ({"role": "field", "countries": ["XX"]}, "'XX' is not an ISO 3166 alpha-2"),
        ({"role": "field", "regions": ["999"]}, "'999' is not a UN M49 region code"),
        ({"role": "boss"}, "unknown role"),
    ],
)
def test_invalid_users_are_refused_with_a_clear_message(
    hq_engine: Engine, options: dict[str, object], complaint: str
) -> None:
    """Roles need their scope (field: countries or regions; partner: an organization UUID);
    codes are checked against the reference data."""
    with pytest.raises(accounts.AccountError, match=complaint.replace("(", r"\(")):
        add(hq_engine, **options)


def test_partner_with_organization_and_countries(hq_engine: Engine) -> None:
    """A partner holds its organization's keys and may also read its countries."""
    organization = str(uuid.uuid4())
    user = add(hq_engine, "rlo", role="partner", organization_id=organization, countries=["KE"])
    scope = context(hq_engine, enrol(hq_engine, user)).scope  # type: ignore[attr-defined]
    assert scope.organization_id == organization
    assert scope.country_keys == {"c:KE"}


def test_tokens_are_stored_only_as_sha256(hq_engine: Engine) -> None:
    """The device token is long and random; the table keeps only its SHA-256."""
    token = enrol(hq_engine, add(hq_engine))
    assert len(token) >= 40
    with hq_engine.connect() as connection:
        stored = connection.execute(select(devices.c.token_hash)).scalar_one()
    assert stored == accounts.hash_token(token) and token not in stored


def test_re_enrolling_replaces_the_token(hq_engine: Engine) -> None:
    """Enrolling the same device again gives a new token; the old one stops working."""
    user = add(hq_engine)
    first = enrol(hq_engine, user)
    second = enrol(hq_engine, user)
    assert first != second
    assert context(hq_engine, second).device_id == DEVICE  # type: ignore[attr-defined]
    with pytest.raises(ProtocolError) as raised:
        context(hq_engine, first)
    assert raised.value.code == "token_invalid"


def test_a_device_of_another_user_is_refused(hq_engine: Engine) -> None:
    """A device id enrolled by one user cannot be taken over by another."""
    enrol(hq_engine, add(hq_engine, "amina"))
    with pytest.raises(ProtocolError) as raised:
        enrol(hq_engine, add(hq_engine, "omar"))
    assert raised.value.code == "forbidden"


def test_revoked_device_is_told_when_and_what_to_do(hq_engine: Engine) -> None:
    """After revocation the token raises device_revoked with the date and what to do;
    enrolling it again is refused until headquarters reinstates it."""
    user = add(hq_engine)
    token = enrol(hq_engine, user)
    with hq_engine.begin() as connection:
        revoked_at = accounts.revoke_device(connection, DEVICE)
    with pytest.raises(ProtocolError) as raised:
        context(hq_engine, token)
    assert raised.value.code == "device_revoked"
    assert raised.value.message == (
        f"This device was revoked by headquarters on {revoked_at[:10]}. "
        "Ask headquarters to enrol it again.")
    with pytest.raises(ProtocolError, match="revoked"):
        enrol(hq_engine, user)
    with hq_engine.begin() as connection:
        accounts.reinstate_device(connection, DEVICE)
    with pytest.raises(ProtocolError):
        context(hq_engine, token)  # the old token stays dead
    assert context(hq_engine, enrol(hq_engine, user)).device_id == DEVICE  # type: ignore[attr-defined]


def test_list_devices_shows_state(hq_engine: Engine) -> None:
    """list_devices names each device's user and whether it is active or revoked."""
    user = add(hq_engine)
    enrol(hq_engine, user)
    enrol(hq_engine, user, "f" * 32)
    with hq_engine.begin() as connection:
        accounts.revoke_device(connection, "f" * 32)
        listed = {d.id: (d.user_name, d.state) for d in accounts.list_devices(connection)}
    assert listed == {DEVICE: ("amina", "active"), "f" * 32: ("amina", "revoked")}


# -- passwords ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["hq", "field"])
@pytest.mark.parametrize(("password", "complaint"), [
    ("x", "at least 12 characters"),
    ("s3cret-pass", "at least 12 characters"),  # 11
    (" " * 12, "at least 12 characters"),
    ("PasswordPassword", "one of the most common passwords"),
    ("correct horse battery staple", "one of the most common passwords"),
    ("QWERTYUIOP123", "one of the most common passwords"),
    ("Amina.Odhiambo", "must not be the user name"),
])
def test_weak_passwords_are_refused_for_every_role(
    hq_engine: Engine, role: str, password: str, complaint: str
) -> None:
    """A password shorter than 12 characters, on the shipped list of common passwords
    (whatever its case) or equal to the user name is refused with a message saying which
    rule, never repeating the password, even for headquarters; no user is written (before
    the fix a one-character password was accepted)."""
    scope = {"countries": ["KE"]} if role == "field" else {}
    with pytest.raises(accounts.AccountError) as raised, hq_engine.begin() as connection:
        accounts.add_user(connection, "amina.odhiambo", password, role=role, **scope)  # type: ignore[arg-type]
    assert complaint in str(raised.value)
    if password.strip():
        assert password not in str(raised.value)
    with hq_engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(users)).scalar_one() == 0


def test_the_common_password_list_ships_with_the_package() -> None:
    """The list is package data of sync.server (pyproject's package-data names it), holds
    thousands of the most common passwords, lower-cased, and its long entries are refused
    even though they pass the length rule."""
    import tomllib
    from pathlib import Path

    listed = accounts.common_passwords()
    assert len(listed) >= 3000
    assert {"123456", "password", "qwerty", "iloveyou", "passwordpassword"} <= listed
    assert all(entry == entry.lower() for entry in listed)
    project = tomllib.loads((Path(__file__).parents[3] / "pyproject.toml").read_text())
    assert accounts.COMMON_PASSWORDS in project["tool"]["setuptools"]["package-data"]["sync.server"]
    long_ones = [entry for entry in listed if len(entry) >= accounts.MIN_PASSWORD_LENGTH]
    assert len(long_ones) >= 100
    for entry in long_ones[:20]:
        with pytest.raises(accounts.AccountError, match="most common"):
            accounts.check_password(entry.upper())


def test_user_add_refuses_a_weak_password_in_one_line(hq_url: str) -> None:
    """`lookingbeyond-server user add` with a short or common password read from stdin
    exits 1 with one line saying the rule; a good one is accepted."""
    def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "lookingbeyond_desktop.headquarters", *args,
                               "--database-url", hq_url], input=stdin, capture_output=True,
                              text=True, timeout=120)

    assert run("init", stdin="").returncode == 0
    for password, complaint in (("pw", "at least 12 characters"),
                                ("Password1234", "most common passwords")):
        result = run("user", "add", "hana", "--role", "hq", "--password-stdin", stdin=password + "\n")
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and complaint in result.stderr, result.stderr
    added = run("user", "add", "hana", "--role", "hq", "--password-stdin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr


# -- sign-in limits per address, pruning, the hashing bound ----------------------------------


def test_failures_from_one_address_lock_it_whatever_the_names(hq_engine: Engine) -> None:
    """MAX_ADDRESS_FAILURES failed sign-ins from one address, each under another name (so
    that no name is locked), lock that address: even a right password is then refused
    with rate_limited naming the address, while the same user signs in from another
    address; once the failures leave the window the address works again (before the fix
    only names were counted: a guesser could try one password on every name)."""
    add(hq_engine)
    now = [1_000_000_000]
    for n in range(accounts.MAX_ADDRESS_FAILURES):
        with pytest.raises(ProtocolError) as raised:
            accounts.authenticate_user(hq_engine, f"guess{n}", "wrong password here",
                                       address="203.0.113.7", now_ms=lambda: now[0])
        assert raised.value.code == "bad_credentials"
    now[0] += 1000
    with pytest.raises(ProtocolError) as raised:
        accounts.authenticate_user(hq_engine, "amina", PASSWORD, address="203.0.113.7",
                                   now_ms=lambda: now[0])
    assert raised.value.code == "rate_limited"
    assert "network address" in raised.value.message and "5 minutes" in raised.value.message
    assert accounts.authenticate_user(hq_engine, "amina", PASSWORD, address="198.51.100.1",
                                      now_ms=lambda: now[0]).name == "amina"
    now[0] += accounts.FAILURE_WINDOW_MS
    assert accounts.authenticate_user(hq_engine, "amina", PASSWORD, address="203.0.113.7",
                                      now_ms=lambda: now[0]).name == "amina"


def test_a_success_does_not_reset_the_address_count(hq_engine: Engine) -> None:
    """Signing in with one's own account between guesses does not unlock the address."""
    add(hq_engine)
    now = [2_000_000_000]
    for n in range(accounts.MAX_ADDRESS_FAILURES):
        if n % 4 == 0:
            accounts.authenticate_user(hq_engine, "amina", PASSWORD, address="203.0.113.8",
                                       now_ms=lambda: now[0])
        with pytest.raises(ProtocolError):
            accounts.authenticate_user(hq_engine, f"victim{n}", "guess password", address="203.0.113.8",
                                       now_ms=lambda: now[0])
    with pytest.raises(ProtocolError) as raised:
        accounts.authenticate_user(hq_engine, "amina", PASSWORD, address="203.0.113.8",
                                   now_ms=lambda: now[0])
    assert raised.value.code == "rate_limited"


def test_old_attempts_of_every_name_are_pruned(hq_engine: Engine) -> None:
    """Attempts under many different names leave no rows behind once they are older than
    the window: the next attempt, whatever its name, deletes them (before the fix only the
    same name's old attempts were deleted, so random names grew the table for ever)."""
    now = [3_000_000_000]
    for n in range(30):
        with pytest.raises(ProtocolError):
            accounts.authenticate_user(hq_engine, f"random{n}", "wrong password here",
                                       address=f"192.0.2.{n}", now_ms=lambda: now[0])
    now[0] += accounts.FAILURE_WINDOW_MS + 1
    with pytest.raises(ProtocolError):
        accounts.authenticate_user(hq_engine, "someone-else", "wrong password here",
                                   address="192.0.2.200", now_ms=lambda: now[0])
    with hq_engine.connect() as connection:
        left = connection.execute(select(login_attempts.c.name, login_attempts.c.address)).all()
    assert [tuple(r) for r in left] == [("someone-else", "192.0.2.200")]


def test_a_sign_in_without_a_free_hashing_slot_is_busy_and_not_counted(hq_engine: Engine) -> None:
    """While every slot of the hash gate is taken, a sign-in waits HASH_WAIT_S at most and
    is refused with busy (its password not checked, its attempt not counted against the
    name or the address); once a slot frees, it goes through."""
    add(hq_engine)
    gate = accounts.HashGate(2, wait_s=0.05)
    release = threading.Event()
    taken = threading.Barrier(3)

    def hold() -> None:
        with gate.slot():
            taken.wait()
            release.wait(10)

    holders = [threading.Thread(target=hold) for _ in range(2)]
    for holder in holders:
        holder.start()
    taken.wait()
    try:
        for _ in range(accounts.MAX_FAILURES + 1):
            with pytest.raises(ProtocolError) as raised:
                accounts.authenticate_user(hq_engine, "amina", PASSWORD, address="192.0.2.1", gate=gate)
            assert raised.value.code == "busy" and "try again" in raised.value.message.lower()
        with hq_engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(login_attempts)).scalar_one() == 0
    finally:
        release.set()
        for holder in holders:
            holder.join()
    assert accounts.authenticate_user(hq_engine, "amina", PASSWORD, address="192.0.2.1", gate=gate)
    assert gate.memory_bytes == 2 * accounts.HASH_MEMORY_BYTES  # 2 x 64 MiB with the real parameters


# -- the cap on active devices ---------------------------------------------------------------


def test_a_user_has_at_most_max_devices_active_devices(hq_engine: Engine) -> None:
    """With a cap of 2, a third device is refused with too_many_devices telling the person
    to ask headquarters to revoke an old device; enrolling one of the two again still works
    (it does not count twice); once headquarters revokes one, the third enrols.  Another
    user is not affected (before the fix a user could enrol any number of devices)."""
    user = add(hq_engine)
    first, second, third = "1" * 32, "2" * 32, "3" * 32

    def enrol_capped(device: str, who: accounts.User = user) -> str:
        with hq_engine.begin() as connection:
            return accounts.enrol_device(connection, who, device, "laptop", max_devices=2)

    enrol_capped(first)
    enrol_capped(second)
    enrol_capped(second)
    with pytest.raises(ProtocolError) as raised:
        enrol_capped(third)
    assert raised.value.code == "too_many_devices"
    assert "revoke" in raised.value.message and "headquarters" in raised.value.message
    enrol_capped("4" * 32, add(hq_engine, "omar"))
    with hq_engine.begin() as connection:
        accounts.revoke_device(connection, first)
    enrol_capped(third)
    with hq_engine.connect() as connection:
        active = connection.execute(select(func.count()).select_from(devices).where(
            devices.c.user_id == user.id, devices.c.revoked_at.is_(None))).scalar_one()
    assert active == 2


def test_the_device_cap_holds_under_a_concurrent_burst(hq_engine: Engine) -> None:
    """Eight new devices of one user enrolled at once (each in its own transaction) with a
    cap of 3: exactly 3 succeed, the others are too_many_devices; the user's row lock
    (SQLite: BEGIN IMMEDIATE) keeps concurrent enrolments from passing the cap together."""
    user = add(hq_engine)
    start = threading.Barrier(8)

    def enrol_one(n: int) -> str:
        start.wait()
        try:
            with hq_engine.begin() as connection:
                accounts.enrol_device(connection, user, f"{n + 1:032x}", "laptop", max_devices=3)
            return "ok"
        except ProtocolError as error:
            return error.code

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(enrol_one, range(8)))
    assert sorted(results) == ["ok"] * 3 + ["too_many_devices"] * 5
    with hq_engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(devices)).scalar_one() == 3
