"""``POST /v1/erase`` (issue 13, the right to be forgotten, ordered from an hq user's
window): a real ``lookingbeyond-server serve`` process on SQLite and on PostgreSQL, a real
replica that created the contact, and the client's :func:`sync.client.order_erasure`."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass

import pytest
import requests
from sqlalchemy import Engine, select

from hq_server import Server, running_server
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync import client
from sync.client import SyncClient, SyncError
from sync.server import accounts
from sync.server.schema import ENTRY_SEQ, LOGGED_AUTHOR, LOGGED_DEVICE, LOGGED_USER, audited_changelog, changelog, named_changelog, records
from tests.sync.conftest import BACKENDS, initialised_hq
from tests.sync.credentials import PASSWORD

PARTNER_ORG = "7a0e1c1e-0000-4000-8000-000000000001"


@dataclass
class Served:
    """A running server, an engine on its database, and an hq user's replica enrolled with
    it (the tests' contacts are made there; its token orders the erasures)."""

    server: Server
    engine: Engine
    desk: Store
    token: str

    def new_contact(self) -> str:
        """A contact created on the hq user's replica and synced to headquarters; its id."""
        with self.desk.write(author="cst") as writer:
            org = writer.create("organizations", {"name": "Haki Africa", "country": "KE"})
            contact = writer.create("contacts", {
                "organization_id": org, "full_name": "Wanjiru Kamau",
                "email": "wanjiru@example.org", "phone": "+254 700 000", "notes": "met in Doha",
                "consent_on": dt.date(2024, 3, 1)})
        SyncClient(replication_for(self.desk), self.server.base, self.token).sync()
        return str(contact)


@pytest.fixture(scope="module", params=BACKENDS)
def served(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One server process per backend, with an hq user (cst) and its replica, a field user
    (amina, Kenya) and a partner user (rlo); each test makes the contacts it erases."""
    with ExitStack() as stack:
        folder = tmp_path_factory.mktemp("erase")
        url, engine = initialised_hq(stack, request.param, folder)
        with engine.begin() as connection:
            accounts.add_user(connection, "cst", PASSWORD, role="hq")
            accounts.add_user(connection, "amina", PASSWORD, role="field", countries=["KE"])
            accounts.add_user(connection, "rlo", PASSWORD, role="partner", countries=["KE"],
                              organization_id=PARTNER_ORG)
        server = stack.enter_context(running_server(url))
        desk = Store.open(folder / "desk")
        stack.callback(desk.close)
        answer = client.enrol(server.base, "cst", PASSWORD, desk.device_id, "HQ desk")
        replication_for(desk).configure(server_url=server.base, user_name="cst")
        yield Served(server, engine, desk, str(answer["token"]))


def token_of(served: Served, user: str) -> str:
    """A new device of ``user`` enrolled over HTTP; its token."""
    answer = client.enrol(served.server.base, user, PASSWORD, uuid.uuid4().hex, f"{user} laptop")
    return str(answer["token"])


def stored(engine: Engine, contact: str) -> dict[str, object]:
    """The contact as headquarters holds it (wire values)."""
    with engine.connect() as connection:
        return dict(connection.execute(select(records.c.data).where(
            records.c.tbl == "contacts", records.c.id == contact)).scalar_one())


def refusal(call: object) -> SyncError:
    """The SyncError a call raises."""
    with pytest.raises(SyncError) as raised:
        call()  # type: ignore[operator]
    return raised.value


def test_an_hq_users_device_erases_a_contact_and_the_change_log_says_who(served: Served) -> None:
    """An hq user's device erases a contact: headquarters' record keeps its id and
    organization, its name is empty, e-mail, phone and notes are null, the consent date is
    the epoch (blank), ``erased_on`` is the day; the change log has an ``erased`` entry
    with the user and the device, for every device (the asking one included)."""
    contact = served.new_contact()
    before = stored(served.engine, contact)
    token = served.token
    day = client.order_erasure(served.server.base, token, "contacts", contact)
    assert dt.date.fromisoformat(day) <= dt.datetime.now(dt.timezone.utc).date()
    data = stored(served.engine, contact)
    assert data["full_name"] == "" and data["email"] is None and data["phone"] is None
    assert data["notes"] is None and data["consent_on"] == "1970-01-01"
    assert data["erased_on"] == day and data["organization_id"] == before["organization_id"]
    with served.engine.connect() as connection:
        entry = connection.execute(select(changelog, records.c.tbl, records.c.id, LOGGED_DEVICE, LOGGED_AUTHOR, LOGGED_USER).select_from(audited_changelog).where(
            records.c.tbl == "contacts", records.c.id == contact,
            changelog.c.what == "erased")).one()
    assert entry.user_name == "cst" and entry.device_id == ""
    assert entry.author_device == served.desk.device_id
    assert set(entry.changed) >= {"full_name", "email", "phone", "notes", "consent_on",
                                  "erased_on"}


def test_erasing_twice_answers_already_with_the_first_day(served: Served) -> None:
    """A second erasure of the same contact changes nothing: the answer is ``already``
    with the day of the first, and the change log holds one ``erased`` entry."""
    contact = served.new_contact()
    token = served.token
    first = requests.post(f"{served.server.base}/v1/erase", timeout=30,
                          json={"table": "contacts", "id": contact},
                          headers={"Authorization": f"Bearer {token}"})
    assert first.status_code == 200 and first.json()["already"] is False
    second = requests.post(f"{served.server.base}/v1/erase", timeout=30,
                           json={"table": "contacts", "id": contact},
                           headers={"Authorization": f"Bearer {token}"})
    assert second.status_code == 200
    assert second.json() == {"erased_on": first.json()["erased_on"], "already": True}
    assert client.order_erasure(served.server.base, token, "contacts", contact) \
        == first.json()["erased_on"]
    with served.engine.connect() as connection:
        entries = connection.execute(select(ENTRY_SEQ).select_from(named_changelog).where(
            records.c.id == contact, changelog.c.what == "erased")).all()
    assert len(entries) == 1


def test_field_and_partner_devices_are_forbidden_and_nothing_changes(served: Served) -> None:
    """Only the Civil Society Team erases: a field user's and a partner's device get
    ``forbidden`` and the contact keeps its data."""
    contact = served.new_contact()
    for user in ("amina", "rlo"):
        refused = refusal(lambda user=user: client.order_erasure(
            served.server.base, token_of(served, user), "contacts", contact))
        assert refused.code == "forbidden"
    assert stored(served.engine, contact)["full_name"] == "Wanjiru Kamau"


def test_unknown_record_bad_table_and_malformed_bodies(served: Served) -> None:
    """An id headquarters does not hold is ``not_found``; a table without personal data
    (organizations), an unknown table, a non-UUID id or a body that is not the object
    asked for is ``bad_request``; no token is ``auth_required``."""
    base = served.server.base
    token = served.token
    assert refusal(lambda: client.order_erasure(base, token, "contacts",
                                                str(uuid.uuid4()))).code == "not_found"
    for table in ("organizations", "nothing"):
        assert refusal(lambda table=table: client.order_erasure(
            base, token, table, str(uuid.uuid4()))).code == "bad_request"
    assert refusal(lambda: client.order_erasure(base, token, "contacts",
                                                "not-a-uuid")).code == "bad_request"
    for body in (b"[1, 2]", b"{not json", b'{"table": "contacts"}'):
        answer = requests.post(f"{base}/v1/erase", data=body, timeout=30, headers={
            "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "bad_request"
    answer = requests.post(f"{base}/v1/erase", json={"table": "contacts", "id": str(uuid.uuid4())},
                           timeout=30)
    assert answer.status_code == 401 and answer.json()["error"]["code"] == "auth_required"


def test_the_api_description_lists_the_erasure(served: Served) -> None:
    """``/openapi.json`` documents ``POST /v1/erase`` with its refusals and bearer token."""
    spec = requests.get(f"{served.server.base}/openapi.json", timeout=30).json()
    operation = spec["paths"]["/v1/erase"]["post"]
    assert {"200", "400", "403", "404"} <= set(operation["responses"])
    assert operation["security"] == [{"bearer": []}]
