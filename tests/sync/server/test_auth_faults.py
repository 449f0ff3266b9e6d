"""Trying to break headquarters' sign-in, tokens, scopes and size limits, on SQLite and on
PostgreSQL.  Every hostile request is refused with a stable code and writes nothing: the
headquarters tables are compared before and after.  Where a push mixes a hostile row with
a legitimate one, only the hostile row is refused."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import socket
import threading
import time
import tracemalloc
import uuid
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import Engine, select, text, update
from starlette.testclient import TestClient

from hq_server import running_server
from sync.hlc import wall_ms
from sync.wire import (
    ERROR_STATUS,
    MAX_BODY_BYTES,
    MAX_REQUEST_BYTES,
    MAX_PUSH_ROWS,
    PROTOCOL_VERSION,
    DeviceTable,
    encode_body,
)
from sync.server import accounts
from tests.sync.records import DEFAULTS
from lookingbeyond_desktop.headquarters import create_app
from sync.server.database import init_database, make_engine
from sync.server.schema import DeviceNames, changelog, devices, login_attempts, metadata, named_changelog, records, users

PASSWORD = "s3cret-enough"
HQ_DEVICE = "aa" * 16
FIELD_DEVICE = "bb" * 16
PARTNER_DEVICE = "cc" * 16
OTHER_FIELD_DEVICE = "dd" * 16


# -- a small headquarters with data -------------------------------------------------------


class HQ:
    """Headquarters in process (the real app) with users, enrolled devices and records."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.client = TestClient(create_app(engine), raise_server_exceptions=False)
        self.seq: dict[str, int] = {}
        self.tokens: dict[str, str] = {}

    def enrol(self, user: str, device: str) -> str:
        answer = self.client.post("/v1/enrol", json={"user": user, "password": PASSWORD,
                                                     "device_id": device, "device_name": user})
        assert answer.status_code == 200, answer.text
        self.tokens[device] = str(answer.json()["token"])
        return self.tokens[device]

    def push(self, device: str, rows: list[dict[str, Any]], *, token: str | None = None,
             d: list[str] | None = None, **extra: Any) -> Any:
        """One sync with ``rows`` (built by :func:`row`) as the device's next batch."""
        table = DeviceTable([device] if d is None else d)
        wire = [_wire_row(r, table) for r in rows]
        seq = self.seq.get(device, 0) + 1
        document = {"v": PROTOCOL_VERSION, "clock": wall_ms(), "cursor": 0, "d": table.ids,
                    "push": {"from": seq, "upto": seq, "rows": wire}, "want": [], "resolved": []}
        document.update(extra)
        answer = self.client.post("/v1/sync", content=encode_body(document), headers={
            "Authorization": f"Bearer {token or self.tokens[device]}", "Content-Encoding": "gzip"})
        if answer.status_code == 200:
            self.seq[device] = seq
        return answer

    def stored(self, table: str, record_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(records.c.data).where(
                records.c.tbl == table, records.c.id == record_id)).first()
        return None if row is None else dict(row.data)

    def versions(self, table: str, record_id: str) -> dict[str, str]:
        with self.engine.connect() as connection:
            found = connection.execute(select(records.c.data, records.c.versions).where(
                records.c.tbl == table, records.c.id == record_id)).one()
            return found.versions.of(found.data, DeviceNames(connection))


def _wire_row(spec: dict[str, Any], table: DeviceTable) -> dict[str, Any]:
    version = table.pack(spec["version"])
    fields = {name: [value, version, table.pack(spec["bases"].get(name))]
              for name, value in spec["fields"].items()}
    return {"t": spec["t"], "i": spec["i"], "f": fields}


_tick = [0]


def row(device: str, table: str, record_id: str, fields: dict[str, Any],
        bases: dict[str, str] | None = None, *, new: bool = False) -> dict[str, Any]:
    """A push row written by ``device`` now; ``new`` fills every other field with a valid
    default (null where the domain allows it)."""
    _tick[0] += 1
    version = f"{(wall_ms() << 16) + _tick[0]:016x}{device}"
    if new:
        from lookingbeyond_desktop.domain.registry import REGISTRY

        fields = {name: None for name in REGISTRY.table(table).field_names if name != "id"} \
            | {"deleted": False} | DEFAULTS[table] | fields
    return {"t": table, "i": record_id, "version": version, "fields": fields, "bases": bases or {}}


def snapshot(engine: Engine, *, skip_devices: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    """Every headquarters table, sorted (the devices table left out when asked: a sync that
    went through updates its device's last sync and sequence)."""
    taken: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as connection:
        for table in metadata.sorted_tables:
            if skip_devices and table.name == "devices":
                continue
            taken[table.name] = sorted((tuple(json.dumps(v, sort_keys=True, default=str) for v in r)
                                        for r in connection.execute(select(table))))
    return taken


def assert_error(answer: Any, code: str) -> str:
    assert answer.status_code == ERROR_STATUS[code], answer.text
    body = answer.json()
    assert set(body) == {"error"} and body["error"]["code"] == code, body
    return str(body["error"]["message"])


@pytest.fixture
def hq(hq_engine: Engine) -> Iterator[HQ]:
    """Users hana (hq), amina (field, Kenya), rlo (partner of RLO Kenya) and more; an hq
    device that created organizations in Kenya and Mexico, contacts and activities."""
    created = HQ(hq_engine)
    ids = {name: str(uuid.uuid4()) for name in (
        "rlo", "other", "mexican", "rlo_contact", "other_contact", "mexican_contact",
        "their_activity", "joint_activity", "rlo_in_joint", "other_in_their", "kenyan_activity")}
    created.ids = ids  # type: ignore[attr-defined]
    with hq_engine.begin() as connection:
        accounts.add_user(connection, "hana", PASSWORD, role="hq")
        accounts.add_user(connection, "amina", PASSWORD, role="field", countries=["KE"])
        accounts.add_user(connection, "juan", PASSWORD, role="field", countries=["MX"])
        accounts.add_user(connection, "rlo", PASSWORD, role="partner", countries=["KE"],
                          organization_id=ids["rlo"])
    created.enrol("hana", HQ_DEVICE)
    seed = [
        row(HQ_DEVICE, "organizations", ids["rlo"], {"name": "RLO Kenya", "country": "KE", "is_rlo": True,
                                                         "rlo_region": "014"}, new=True),
        row(HQ_DEVICE, "organizations", ids["other"], {"name": "Other CSO", "country": "KE"}, new=True),
        row(HQ_DEVICE, "organizations", ids["mexican"], {"name": "Transparencia", "country": "MX"}, new=True),
        row(HQ_DEVICE, "contacts", ids["rlo_contact"], {"organization_id": ids["rlo"], "full_name": "Wanjiru"}, new=True),
        row(HQ_DEVICE, "contacts", ids["other_contact"], {"organization_id": ids["other"], "full_name": "Amani"}, new=True),
        row(HQ_DEVICE, "contacts", ids["mexican_contact"], {"organization_id": ids["mexican"], "full_name": "Lucía"}, new=True),
        row(HQ_DEVICE, "activities", ids["their_activity"], {"title": "Other's training", "country": "KE",
                                                              "co_organizers": [ids["other"]], "themes": [],
                                                              "member_states": []}, new=True),
        row(HQ_DEVICE, "activities", ids["joint_activity"], {"title": "Consultation", "country": "KE",
                                                              "co_organizers": [], "themes": [],
                                                              "member_states": []}, new=True),
        row(HQ_DEVICE, "activities", ids["kenyan_activity"], {"title": "Dialogue", "country": "KE",
                                                               "co_organizers": [], "themes": [],
                                                               "member_states": []}, new=True),
        row(HQ_DEVICE, "participations", ids["rlo_in_joint"], {"activity_id": ids["joint_activity"],
                                                                "organization_id": ids["rlo"]}, new=True),
        row(HQ_DEVICE, "participations", ids["other_in_their"], {"activity_id": ids["their_activity"],
                                                                  "organization_id": ids["other"]}, new=True),
    ]
    answer = created.push(HQ_DEVICE, seed)
    assert answer.status_code == 200 and answer.json()["refused"] == [], answer.text
    created.enrol("amina", FIELD_DEVICE)
    created.enrol("rlo", PARTNER_DEVICE)
    created.enrol("juan", OTHER_FIELD_DEVICE)
    yield created
    created.client.close()


def good_edit(hq: HQ, device: str) -> tuple[dict[str, Any], str, str]:
    """A legitimate edit for ``device`` (its own participation / a Kenyan organization): the
    row, its table and id."""
    ids = hq.ids  # type: ignore[attr-defined]
    table, record_id = ("participations", ids["rlo_in_joint"]) if device == PARTNER_DEVICE \
        else ("organizations", ids["rlo"])
    field = "notes"
    base = hq.versions(table, record_id)[field]
    return row(device, table, record_id, {field: f"edited by {device[:2]}"}, {field: base}), table, record_id


# -- 1. replayed and altered tokens --------------------------------------------------------


def test_the_old_token_after_enrolling_again_is_refused(hq: HQ) -> None:
    """Enrolling a device again replaces its token: the old one gets token_invalid and the
    push it carried is not written; the new one works."""
    old = hq.tokens[FIELD_DEVICE]
    new = hq.enrol("amina", FIELD_DEVICE)
    edit, table, record_id = good_edit(hq, FIELD_DEVICE)
    before = snapshot(hq.engine)
    assert_error(hq.push(FIELD_DEVICE, [edit], token=old), "token_invalid")
    assert snapshot(hq.engine) == before
    assert hq.push(FIELD_DEVICE, [edit], token=new).status_code == 200
    assert hq.stored(table, record_id)["notes"] == "edited by bb"  # type: ignore[index]


def test_a_revoked_devices_token_and_a_disabled_users_token_are_refused(hq: HQ) -> None:
    """A revoked device gets device_revoked; a device of a disabled user gets forbidden;
    neither writes anything (the devices table included)."""
    edit, _table, _id = good_edit(hq, FIELD_DEVICE)
    with hq.engine.begin() as connection:
        accounts.revoke_device(connection, FIELD_DEVICE)
    before = snapshot(hq.engine)
    assert "revoked" in assert_error(hq.push(FIELD_DEVICE, [edit]), "device_revoked")
    assert snapshot(hq.engine) == before
    edit, _table, _id = good_edit(hq, PARTNER_DEVICE)
    with hq.engine.begin() as connection:
        connection.execute(update(users).where(users.c.name == "rlo").values(disabled=True))
    before = snapshot(hq.engine)
    assert "disabled" in assert_error(hq.push(PARTNER_DEVICE, [edit]), "forbidden")
    assert snapshot(hq.engine) == before


def _altered(token: str) -> list[str]:
    flip = {c: ("B" if c == "A" else "A") for c in token}
    return [
        flip[token[0]] + token[1:], token[:20] + flip[token[20]] + token[21:],
        token[:-1] + flip[token[-1]], token.swapcase(), token + "A", token[:-1],
        token[::-1], " " + token + " x",
    ]


def test_a_token_with_one_character_changed_is_refused(hq: HQ) -> None:
    """A token changed at the start, middle or end, in case, lengthened, shortened or
    reversed: token_invalid each time, with the Bearer challenge, and nothing written."""
    edit, _table, _id = good_edit(hq, FIELD_DEVICE)
    before = snapshot(hq.engine)
    for altered in _altered(hq.tokens[FIELD_DEVICE]):
        answer = hq.push(FIELD_DEVICE, [edit], token=altered)
        assert answer.status_code == 401, (altered, answer.text)
        assert answer.json()["error"]["code"] in ("token_invalid", "auth_required")
        assert answer.headers["www-authenticate"] == "Bearer"
    assert snapshot(hq.engine) == before


def test_a_body_naming_another_device_is_not_believed(hq: HQ) -> None:
    """The device is the token's, never the body's: versions naming another (enrolled)
    device are refused row by row, an extra ``device_id`` in the body is ignored, and the
    other device's state (its sequence, its last sync) is untouched."""
    ids = hq.ids  # type: ignore[attr-defined]
    with hq.engine.connect() as connection:
        theirs_before = connection.execute(select(devices).where(devices.c.id == OTHER_FIELD_DEVICE)).one()
    records_before = snapshot(hq.engine, skip_devices=True)
    forged = [
        # versions of the other device, with the token of the field device
        row(OTHER_FIELD_DEVICE, "organizations", ids["other"], {"notes": "forged"}),
        row(OTHER_FIELD_DEVICE, "organizations", str(uuid.uuid4()), {"name": "Forged", "country": "KE"}, new=True),
    ]
    answer = hq.push(FIELD_DEVICE, forged, token=hq.tokens[FIELD_DEVICE], d=[OTHER_FIELD_DEVICE],
                     device_id=OTHER_FIELD_DEVICE)
    assert answer.status_code == 200, answer.text
    assert [r["code"] for r in answer.json()["refused"]] == ["bad_value", "bad_value"]
    answer = hq.push(FIELD_DEVICE, forged, token=hq.tokens[FIELD_DEVICE],
                     d=[FIELD_DEVICE, OTHER_FIELD_DEVICE])  # index 1: the other device
    assert [r["code"] for r in answer.json()["refused"]] == ["bad_value", "bad_value"]
    assert snapshot(hq.engine, skip_devices=True) == records_before
    with hq.engine.connect() as connection:
        assert connection.execute(select(devices).where(devices.c.id == OTHER_FIELD_DEVICE)).one() == theirs_before


# -- 2. tokens that expire after a long idle time ----------------------------------------


def _age_token(engine: Engine, device: str, days: float) -> None:
    """Make the device's token last used ``days`` ago (as if that much time had passed)."""
    when = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    with engine.begin() as connection:
        connection.execute(update(devices).where(devices.c.id == device).values(
            token_used_at=when.isoformat(timespec="seconds")))


def _used_at(engine: Engine, device: str) -> dt.datetime:
    with engine.connect() as connection:
        used = connection.execute(select(devices.c.token_used_at).where(devices.c.id == device)).scalar_one()
    return dt.datetime.fromisoformat(used)


def test_a_token_idle_too_long_expires_at_the_limit(hq: HQ) -> None:
    """With "now" injected: a token used TOKEN_IDLE_DAYS days ago still works, a day later
    it is token_expired with a message saying to sign in again."""
    used = _used_at(hq.engine, FIELD_DEVICE)
    limit = dt.timedelta(days=accounts.TOKEN_IDLE_DAYS)
    with hq.engine.connect() as connection:
        token = hq.tokens[FIELD_DEVICE]
        assert accounts.device_for_token(connection, token, now=used + limit).device_id == FIELD_DEVICE
        with pytest.raises(accounts.ProtocolError) as raised:
            accounts.device_for_token(connection, token, now=used + limit + dt.timedelta(days=1))
    assert raised.value.code == "token_expired" and ERROR_STATUS["token_expired"] == 401
    assert "Sign in again" in raised.value.message and "181 days" in raised.value.message


def test_an_expired_token_writes_nothing_and_enrolling_again_recovers(hq: HQ) -> None:
    """Over HTTP: an expired token gets 401 token_expired (Bearer challenge) and its push is
    not written; signing in again gives a fresh token and the same push goes through."""
    edit, table, record_id = good_edit(hq, FIELD_DEVICE)
    _age_token(hq.engine, FIELD_DEVICE, accounts.TOKEN_IDLE_DAYS + 1)
    before = snapshot(hq.engine)
    answer = hq.push(FIELD_DEVICE, [edit])
    assert "Sign in again" in assert_error(answer, "token_expired")
    assert answer.headers["www-authenticate"] == "Bearer"
    assert snapshot(hq.engine) == before
    hq.enrol("amina", FIELD_DEVICE)
    assert hq.push(FIELD_DEVICE, [edit]).status_code == 200
    assert hq.stored(table, record_id)["notes"] == "edited by bb"  # type: ignore[index]


def test_using_a_token_refreshes_it_and_revocation_comes_first(hq: HQ) -> None:
    """A token used 179 days ago works and its last use becomes now, so it lasts another
    TOKEN_IDLE_DAYS; a revoked device with an expired token is told it was revoked."""
    _age_token(hq.engine, FIELD_DEVICE, accounts.TOKEN_IDLE_DAYS - 1)
    assert hq.push(FIELD_DEVICE, []).status_code == 200
    assert dt.datetime.now(dt.timezone.utc) - _used_at(hq.engine, FIELD_DEVICE) < dt.timedelta(minutes=5)
    _age_token(hq.engine, PARTNER_DEVICE, 1000)
    with hq.engine.begin() as connection:
        accounts.revoke_device(connection, PARTNER_DEVICE)
    assert_error(hq.push(PARTNER_DEVICE, []), "device_revoked")


def test_the_desktop_asks_to_sign_in_again_when_the_token_expired(hq_engine: Engine, tmp_path: Path) -> None:
    """The client reports token_expired as a non-retryable SyncError; the desktop treats it
    like token_invalid (it shows the login box) with its own message."""
    from lookingbeyond_desktop.ui.sync_worker import LOGIN_CODES
    from sync.client import SyncError
    from tests.sync.world import World

    world = World(hq_engine, tmp_path)
    try:
        world.user("hq")
        device = world.device("laptop", "hq")
        device.sync()
        _age_token(hq_engine, device.store.device_id, accounts.TOKEN_IDLE_DAYS + 30)
        with pytest.raises(SyncError) as raised:
            device.sync()
        assert raised.value.code == "token_expired" and not raised.value.retryable
        assert "sign in again" in raised.value.message.lower()
        assert "token_expired" in LOGIN_CODES
    finally:
        world.close()


def test_migration_0002_starts_token_ages_from_the_last_sync(hq_url: str) -> None:
    """Upgrading a headquarters database from 0001 gives every device a last token use:
    its last sync, or its enrolment when it never synced."""
    from alembic import command

    from sync.server import database

    engine = make_engine(hq_url)
    try:
        config = database._alembic_config()
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO users (name, password_hash, role, countries, regions, created_at, disabled) "
                "VALUES ('u', 'x', 'hq', '[]', '[]', '2010-01-01T00:00:00+00:00', false)"))
            for device, synced in (("a" * 32, "'2011-02-14T09:00:00+00:00'"), ("b" * 32, "NULL")):
                connection.execute(text(
                    "INSERT INTO devices (id, user_id, token_hash, name, created_at, last_sync_at, "
                    f"pushed_seq, clock_offset_ms) SELECT '{device}', id, '{device}', '', "
                    f"'2010-06-01T00:00:00+00:00', {synced}, 0, 0 FROM users"))
        init_database(engine)
        with engine.connect() as connection:
            used = dict(connection.execute(select(devices.c.id, devices.c.token_used_at)).all())
        assert used == {"a" * 32: "2011-02-14T09:00:00+00:00", "b" * 32: "2010-06-01T00:00:00+00:00"}
    finally:
        engine.dispose()


# -- 3. the sign-in rate limit across two server processes ----------------------------------


def test_a_burst_of_wrong_passwords_is_limited_across_two_servers(hq_engine: Engine) -> None:
    """Twenty wrong passwords at once, spread over two `serve` processes on one database,
    then more one by one: MAX_FAILURES are checked in all, the others are rate_limited
    (before the fix all twenty of the burst were checked); the right password is
    refused while locked (429, the message in minutes) on both servers, another user is not
    affected, nothing is enrolled; once the failures leave the window (time moved on by
    shifting them back), the right password works."""
    with hq_engine.begin() as connection:
        accounts.add_user(connection, "amina", PASSWORD, role="field", countries=["KE"])
        accounts.add_user(connection, "baraka", PASSWORD, role="field", countries=["KE"])
    url = hq_engine.url.render_as_string(hide_password=False)
    with running_server(url) as first, running_server(url) as second:
        bases = [first.base, second.base]

        def attempt(n: int, password: str = "wrong", user: str = "amina") -> requests.Response:
            return requests.post(f"{bases[n % 2]}/v1/enrol", timeout=60, json={
                "user": user, "password": password, "device_id": f"{n:032x}", "device_name": "x"})

        with ThreadPoolExecutor(max_workers=20) as pool:
            answers = list(pool.map(attempt, range(20)))
        codes = [a.json()["error"]["code"] for a in answers]
        # busy: no hashing slot was free (sync.server.accounts.HashGate); not checked either.
        assert set(codes) <= {"bad_credentials", "rate_limited", "busy"}, codes
        assert codes.count("bad_credentials") <= accounts.MAX_FAILURES, codes
        # Concurrent attempts may lock each other out without being checked: keep trying,
        # one at a time, until the name is locked; exactly MAX_FAILURES were ever checked.
        for n in range(20, 20 + 2 * accounts.MAX_FAILURES):
            codes.append(attempt(n).json()["error"]["code"])
            if codes[-1] == "rate_limited" and codes.count("bad_credentials") == accounts.MAX_FAILURES:
                break
        assert codes.count("bad_credentials") == accounts.MAX_FAILURES, codes
        for n in (0, 1):
            message = assert_error(attempt(n, PASSWORD), "rate_limited")
            assert "minute" in message
        assert attempt(100, PASSWORD, "baraka").status_code == 200
        assert attempt(101, PASSWORD, "baraka").status_code == 200
        with hq_engine.connect() as connection:
            enrolled = connection.execute(select(devices.c.id).join(users).where(users.c.name == "amina")).all()
        assert enrolled == []
        with hq_engine.begin() as connection:  # five minutes pass
            connection.execute(update(login_attempts).values(
                at_ms=login_attempts.c.at_ms - accounts.FAILURE_WINDOW_MS - 1))
        assert attempt(0, PASSWORD).status_code == 200
        assert attempt(1, "wrong").json()["error"]["code"] == "bad_credentials"


# -- 4. writing outside the scope ----------------------------------------------------------


def _partner_cases(ids: dict[str, str]) -> dict[str, dict[str, Any]]:
    p = PARTNER_DEVICE
    return {
        "new contact of another organization": row(p, "contacts", str(uuid.uuid4()), {
            "organization_id": ids["other"], "full_name": "Planted"}, new=True),
        "edit of another organization's contact": row(p, "contacts", ids["other_contact"], {"full_name": "Changed"}),
        "delete of another organization's contact": row(p, "contacts", ids["other_contact"], {"deleted": True}),
        "own contact moved to another organization": row(p, "contacts", ids["rlo_contact"], {
            "organization_id": ids["other"]}),
        "participation of another organization": row(p, "participations", str(uuid.uuid4()), {
            "activity_id": ids["joint_activity"], "organization_id": ids["other"]}, new=True),
        "edit of another organization's participation": row(p, "participations", ids["other_in_their"], {
            "representatives": 40}),
        "edit of an activity it does not take part in": row(p, "activities", ids["their_activity"], {
            "outcomes": "Rewritten"}),
        "activity organized by another organization": row(p, "activities", str(uuid.uuid4()), {
            "title": "Fake", "country": "KE", "co_organizers": [ids["other"]]}, new=True),
        "new organization": row(p, "organizations", str(uuid.uuid4()), {"name": "New", "country": "KE"}, new=True),
        "edit of its own organization": row(p, "organizations", ids["rlo"], {"notes": "We are great"}),
        "grant to another organization": row(p, "grants", str(uuid.uuid4()), {
            "organization_id": ids["other"], "amount": "5000"}, new=True),
    }


def _field_cases(ids: dict[str, str]) -> dict[str, dict[str, Any]]:
    f = FIELD_DEVICE
    return {
        "edit of a Mexican organization": row(f, "organizations", ids["mexican"], {"notes": "x"}),
        "delete of a Mexican organization": row(f, "organizations", ids["mexican"], {"deleted": True}),
        "Kenyan organization moved to Mexico": row(f, "organizations", ids["other"], {"country": "MX"}),
        "new contact of a Mexican organization": row(f, "contacts", str(uuid.uuid4()), {
            "organization_id": ids["mexican"], "full_name": "Planted"}, new=True),
        "edit of a Mexican contact": row(f, "contacts", ids["mexican_contact"], {"full_name": "x"}),
        "Kenyan contact moved to a Mexican organization": row(f, "contacts", ids["rlo_contact"], {
            "organization_id": ids["mexican"]}),
        "new activity in Mexico": row(f, "activities", str(uuid.uuid4()), {
            "title": "Elsewhere", "country": "MX", "co_organizers": [], "member_states": []}, new=True),
        "Kenyan activity moved to Mexico": row(f, "activities", ids["kenyan_activity"], {"country": "MX"}),
        "grant to a Mexican organization": row(f, "grants", str(uuid.uuid4()), {
            "organization_id": ids["mexican"], "amount": "100"}, new=True),
    }


@pytest.mark.parametrize("device", [PARTNER_DEVICE, FIELD_DEVICE])
def test_writes_outside_the_scope_are_refused_row_by_row(hq: HQ, device: str) -> None:
    """Each hostile row, pushed together with a legitimate edit of the same device, is
    refused with out_of_scope (naming the row); nothing of it reaches any headquarters
    table, while the legitimate edit in the same batch is applied."""
    ids = hq.ids  # type: ignore[attr-defined]
    cases = (_partner_cases if device == PARTNER_DEVICE else _field_cases)(ids)
    for name, hostile in cases.items():
        edit, table, record_id = good_edit(hq, device)
        before = snapshot(hq.engine, skip_devices=True)
        target_before = hq.stored(hostile["t"], hostile["i"])
        answer = hq.push(device, [hostile, edit])
        assert answer.status_code == 200, (name, answer.text)
        refused = answer.json()["refused"]
        assert [(r["code"], r["i"]) for r in refused] == [("out_of_scope", hostile["i"])], (name, refused)
        assert hq.stored(hostile["t"], hostile["i"]) == target_before, name
        after = snapshot(hq.engine, skip_devices=True)
        changed = {t for t in after if after[t] != before[t]}
        # (log_devices, log_users: a device's and a user's first change numbers them in the change
        # log, migrations 0020 and 0025)
        assert changed <= {"records", "changelog", "counter", "log_devices", "log_users"}, (name, changed)
        assert hq.stored(table, record_id)["notes"] == f"edited by {device[:2]}", name  # type: ignore[index]
        with hq.engine.connect() as connection:
            logged = connection.execute(
                select(records.c.tbl, records.c.id).select_from(named_changelog)
                .order_by(changelog.c.seq.desc(), records.c.rid.desc()).limit(1)).one()
        assert tuple(logged) == (table, record_id), name


# -- 5. too large: bodies, batches, bombs ----------------------------------------------------


def test_a_batch_over_the_row_cap_is_refused_before_any_row(hq: HQ) -> None:
    """A push of MAX_PUSH_ROWS + 1 rows (the first of them valid) is refused whole with
    413 batch_too_large; nothing is written, not even the device's sequence."""
    edit, _table, _id = good_edit(hq, FIELD_DEVICE)
    filler = {"t": "organizations", "i": "x", "version": edit["version"], "fields": {"notes": "x"}, "bases": {}}
    before = snapshot(hq.engine)
    answer = hq.push(FIELD_DEVICE, [edit] + [filler] * MAX_PUSH_ROWS)
    assert "smaller batches" in assert_error(answer, "batch_too_large")
    assert snapshot(hq.engine) == before


def test_the_clients_batches_stay_under_the_row_cap(tmp_path: Path) -> None:
    """The device never builds a batch over MAX_PUSH_ROWS, whatever byte budget it is
    given: it reads at most MAX_CHANGES_READ pending changes per batch."""
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.store.sync_adapter import replication_for
    from sync.replica import MAX_CHANGES_READ

    assert MAX_CHANGES_READ <= MAX_PUSH_ROWS
    store = Store.open(tmp_path / "laptop")
    try:
        with store.write() as writer:
            writer.create_many("organizations", [{"name": f"CSO {n}", "country": "KE"}
                                                 for n in range(MAX_CHANGES_READ + 500)])
        batch = replication_for(store).build_push(limit_bytes=1 << 40)
        assert batch is not None and 0 < len(batch.rows) <= MAX_PUSH_ROWS and not batch.complete
    finally:
        store.close()


def _bomb(inflated: int, unit: bytes) -> bytes:
    """A gzip body that inflates to ``inflated`` bytes of ``unit`` (never built whole)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = unit * (1024 * 1024 // len(unit))
    parts = [compressor.compress(block) for _ in range(inflated // len(block))]
    return b"".join(parts) + compressor.flush()


@pytest.mark.parametrize("kind", ["gzip bomb beyond the limit", "many values under the limit"])
def test_compressed_bombs_are_refused_without_being_expanded(hq: HQ, kind: str) -> None:
    """A 1 GiB gzip bomb (about 1 MiB sent) is 413 body_too_large after inflating no more
    than the limit; a body under the inflated limit made of millions of tiny JSON values
    (63 KiB sent, 22 million objects once parsed, 1.5 GB of memory before the fix) is
    refused before it is parsed.  Memory stays far below either size; nothing is written."""
    if kind.startswith("gzip"):
        body = _bomb(1024 * 1024 * 1024, b" ")
    else:
        body = gzip.compress(b'{"v":1,"push":{"from":1,"upto":1,"rows":[' + b"{}," * 22_000_000 + b'{}]}}')
    assert len(body) < MAX_BODY_BYTES // 4
    before = snapshot(hq.engine)
    tracemalloc.start()
    try:
        answer = hq.client.post("/v1/sync", content=body, headers={
            "Authorization": f"Bearer {hq.tokens[FIELD_DEVICE]}", "Content-Encoding": "gzip"})
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_error(answer, "body_too_large")
    assert peak < 2 * MAX_REQUEST_BYTES + 32 * 1024 * 1024, peak
    assert snapshot(hq.engine) == before


def test_a_chunked_upload_is_cut_off_by_a_real_server(tmp_path: Path) -> None:
    """A real `serve` process and a chunked upload without Content-Length (1 MiB chunks,
    up to 64 times the limit): headquarters answers 413 body_too_large while the client is
    still sending.  How much the client pushed before the answer reached it depends on
    scheduling: after answering, the server reads and discards the rest of the body (so
    the client can read the answer, not a reset), as fast as loopback goes, and 14 MiB
    went by under `nice -n 19` on a busy machine; with four times the limit (16 MiB) the
    whole upload was once sent before the reader thread saw the answer.  So only "before
    the whole upload" is asserted, of an upload far longer than any scheduling delay; what
    the server reads is refused in process by the body_too_large tests of
    tests/sync/server/test_server_app.py."""
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    engine = make_engine(url)
    init_database(engine)
    with engine.begin() as connection:
        user = accounts.add_user(connection, "amina", PASSWORD, role="field", countries=["KE"])
        token = accounts.enrol_device(connection, user, FIELD_DEVICE, "laptop")
    engine.dispose()
    chunk = b"\0" * (1024 * 1024)
    planned = 64 * MAX_BODY_BYTES
    with running_server(url) as server:
        address = urlsplit(server.base)
        sent = 0
        received = b""
        with socket.create_connection((address.hostname, address.port), timeout=30) as connection:
            connection.sendall((
                f"POST /v1/sync HTTP/1.1\r\nHost: {address.netloc}\r\n"
                f"Authorization: Bearer {token}\r\nContent-Encoding: gzip\r\n"
                "Transfer-Encoding: chunked\r\n\r\n").encode("ascii"))
            answered = threading.Event()

            def read() -> None:
                nonlocal received
                while True:
                    try:
                        data = connection.recv(65536)
                    except OSError:
                        break
                    if not data:
                        break
                    received += data
                    if b"\r\n\r\n" in received and received.rstrip().endswith(b"}"):
                        break
                answered.set()

            reader = threading.Thread(target=read, daemon=True)
            reader.start()
            try:
                while sent < planned and not answered.is_set():
                    connection.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
                    sent += len(chunk)
            except OSError:  # the server closed the connection: it stopped reading
                pass
            answered.wait(30)
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413"), received[:300]
    assert b"body_too_large" in body
    assert sent < planned, sent


# -- 6. accounts and resources over HTTP -----------------------------------------------------


def test_too_many_devices_is_a_403_in_the_error_shape(hq_engine: Engine) -> None:
    """Over HTTP, a sixth device of one user (the default cap is 5) is refused with 403
    too_many_devices telling the person what to do; re-enrolling one of the five works."""
    from sync.server.settings import ServerSettings

    with hq_engine.begin() as connection:
        accounts.add_user(connection, "amina", PASSWORD, role="field", countries=["KE"])
    client = TestClient(create_app(hq_engine, settings=ServerSettings()), raise_server_exceptions=False)

    def enrol(device: str) -> Any:
        return client.post("/v1/enrol", json={"user": "amina", "password": PASSWORD,
                                              "device_id": device, "device_name": "laptop"})

    for n in range(accounts.DEFAULT_MAX_DEVICES):
        assert enrol(f"{n + 1:032x}").status_code == 200
    message = assert_error(enrol("f" * 32), "too_many_devices")
    assert "Ask headquarters to revoke" in message
    assert enrol(f"{1:032x}").status_code == 200


def test_a_busy_answer_is_503_with_retry_after(hq_engine: Engine) -> None:
    """While the app's only password-hashing slot is taken (another sign-in being checked),
    enrolment is 503 busy with a Retry-After header (the client's session retries 503
    after that delay) and nothing is enrolled; once the slot is free, it works."""
    from sync.server.settings import ServerSettings

    with hq_engine.begin() as connection:
        accounts.add_user(connection, "amina", PASSWORD, role="field", countries=["KE"])
    app = create_app(hq_engine, settings=ServerSettings(hash_concurrency=1))
    client = TestClient(app, raise_server_exceptions=False)
    body = {"user": "amina", "password": PASSWORD, "device_id": "b" * 32}
    with app.state.hash_gate.slot():
        answer = client.post("/v1/enrol", json=body)
    assert "try again" in assert_error(answer, "busy").lower()
    assert int(answer.headers["Retry-After"]) == accounts.BUSY_RETRY_AFTER_S
    with hq_engine.connect() as connection:
        assert connection.execute(select(devices.c.id)).all() == []
    assert client.post("/v1/enrol", json=body).status_code == 200


@pytest.mark.parametrize("pages", [False, True])
def test_interactive_api_pages_only_when_configured(hq_engine: Engine, pages: bool) -> None:
    """/docs and /redoc are 404 not_found unless the server is configured to serve them
    (serve --api-pages); /openapi.json is served either way (before the fix both pages
    were public)."""
    from sync.server.settings import ServerSettings

    client = TestClient(create_app(hq_engine, settings=ServerSettings(api_pages=pages)),
                        raise_server_exceptions=False)
    for page in ("/docs", "/redoc"):
        answer = client.get(page)
        if pages:
            assert answer.status_code == 200 and "text/html" in answer.headers["content-type"]
        else:
            assert_error(answer, "not_found")
    assert client.get("/openapi.json").json()["paths"]["/v1/enrol"]


def test_x_forwarded_for_counts_only_behind_a_configured_proxy(hq_engine: Engine) -> None:
    """A real `serve`: without --forwarded-allow-ips a client cannot pick its address with
    X-Forwarded-For (every attempt counts for the connection's address, which is then
    locked); with it (the proxy's address given), each forwarded address is counted on its
    own.  Checked in login_attempts, which records the address each attempt was counted
    under."""
    from tests.sync.server.hq_server import start_server
    from sync.server.settings import FORWARDED_ALLOW_IPS_ENV

    url = hq_engine.url.render_as_string(hide_password=False)
    for proxy in (None, "127.0.0.1"):
        with hq_engine.begin() as connection:
            connection.execute(login_attempts.delete())
        server = start_server(url, env={FORWARDED_ALLOW_IPS_ENV: proxy} if proxy else {})
        try:
            for n in range(3):
                answer = requests.post(f"{server.base}/v1/enrol", timeout=60, headers={
                    "X-Forwarded-For": f"203.0.113.{n}"}, json={
                    "user": f"nobody{n}", "password": "wrong password here", "device_id": "a" * 32})
                assert_error(answer, "bad_credentials")
        finally:
            server.stop()
        with hq_engine.connect() as connection:
            counted = sorted(connection.execute(select(login_attempts.c.address)).scalars())
        if proxy is None:
            assert counted == ["127.0.0.1"] * 3
        else:
            assert counted == [f"203.0.113.{n}" for n in range(3)]


def test_every_error_code_is_in_the_protocol_document() -> None:
    """Each stable error code (ERROR_STATUS) has its row in docs/sync-protocol.md's error
    table, so a client author can look it up (busy, request_timeout and too_many_devices
    were added by the accounts and resources work)."""
    document = (Path(__file__).parents[3] / "docs" / "sync-protocol.md").read_text(encoding="utf-8")
    table = document.split("## Errors", 1)[1]
    missing = [code for code in ERROR_STATUS if f"`{code}`" not in table]
    assert missing == []
