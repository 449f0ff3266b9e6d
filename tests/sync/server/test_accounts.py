"""Users, passwords, rate limiting, enrolment and revocation (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Engine, select

from lookingbeyond_desktop.domain.reference import countries_in_region
from sync.protocol import ProtocolError
from sync.server import accounts
from sync.server.schema import devices, users

PASSWORD = "correct horse battery staple"
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
