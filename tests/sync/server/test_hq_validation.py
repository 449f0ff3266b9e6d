"""Headquarters stores only what every replica can apply (DESIGN invariant 11): a pushed
record is checked with the desktop writer's own rules and the protocol's size caps, and the
answers headquarters builds always fit what a device reads.  On SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from starlette.testclient import TestClient

from lookingbeyond_desktop.headquarters import create_app
from sync.hlc import wall_ms
from sync.server import accounts
from sync.server.schema import records
from tests.sync.records import organization
from sync.wire import (
    MAX_ANSWER_BYTES,
    MAX_RECORD_BYTES,
    MAX_REQUEST_BYTES,
    PROTOCOL_VERSION,
    SyncAnswer,
    decode_answer_body,
)

PASSWORD = "four field offices, one registry"
WRITER = "00112233445566778899aabbccddeeff"
READER = "ffeeddccbbaa99887766554433221100"


class Raw:
    """A device speaking the protocol by hand, so that tests can send what no honest
    device would and look at every answer as it crossed the wire."""

    def __init__(self, client: TestClient, device_id: str) -> None:
        self.client = client
        self.device_id = device_id
        self.seq = 0
        self.clock = wall_ms() << 16
        answer = client.post("/v1/enrol", json={"user": "hana", "password": PASSWORD,
                                                "device_id": device_id, "device_name": "raw"})
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["token"]

    def version(self) -> str:
        self.clock += 1
        return f"{self.clock:x}.0"

    def push(self, rows: list[dict[str, Any]], **extra: Any) -> Any:
        """One request pushing ``rows`` (each a table, id and {field: value}) as new values."""
        self.seq += 1
        wire = [{"t": t, "i": i, "f": {name: [value, self.version(), base.get(name)]
                                       for name, value in fields.items()}}
                for t, i, fields, base in rows]
        return self.request({"push": {"from": self.seq, "upto": self.seq, "rows": wire}, **extra})

    def request(self, members: dict[str, Any], *, limit: int | None = None) -> Any:
        document = {"v": PROTOCOL_VERSION, "clock": wall_ms(), "cursor": 0, "d": [self.device_id],
                    "push": None, "want": [], "resolved": [], "limit": limit, **members}
        return self.client.post("/v1/sync", content=gzip.compress(json.dumps(document).encode()),
                                headers={"Authorization": f"Bearer {self.token}",
                                         "Content-Encoding": "gzip"})


@pytest.fixture
def client(hq_engine: Engine) -> Iterator[TestClient]:
    """The real headquarters app (with the domain's validator), an hq user."""
    with hq_engine.begin() as connection:
        accounts.add_user(connection, "hana", PASSWORD, role="hq")
    with TestClient(create_app(hq_engine), raise_server_exceptions=False) as test_client:
        yield test_client


def participation(activity: str, org: str, **changes: Any) -> dict[str, Any]:
    """Every field of a valid participation."""
    return {"activity_id": activity, "organization_id": org, "contact_id": None,
            "role": "participant", "representatives": 2, "women": 1, "men": 1, "notes": None,
            "deleted": False} | changes


def activity(**changes: Any) -> dict[str, Any]:
    """Every field of a valid activity."""
    return {"title": "Regional consultation", "activity_type": "regional_consultation",
            "start_date": "2010-03-01", "end_date": "2010-03-02", "city": "Nairobi",
            "country": "KE", "themes": [], "organizing_office": None, "co_organizers": [],
            "member_states": [], "meeting": None, "outcomes": None, "follow_up": None,
            "notes": None, "deleted": False} | changes


def grant(org: str, **changes: Any) -> dict[str, Any]:
    """Every field of a valid grant."""
    return {"organization_id": org, "amount": "5000.00", "currency": "USD",
            "purpose": "Regional consultation after CoSP 3", "follows_meeting": None,
            "status": "proposed", "approved_on": None, "disbursed_on": None,
            "report_received_on": None, "activity_ids": [], "notes": None,
            "deleted": False} | changes


def stored(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(records)).scalar_one())


def new(table: str, fields: dict[str, Any]) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    return (table, str(uuid.uuid4()), fields, {})


BAD_ORGANIZATIONS = {
    "a required field set to null": ("name", organization(name=None)),
    "a required list set to null": ("cities", organization(cities=None)),
    "a flag set to null": ("is_rlo", organization(is_rlo=None)),
    "a country that does not exist": ("country", organization(country="XX")),
    "a type outside its vocabulary": ("org_type", organization(org_type="cartel")),
    "an ECOSOC status set to null": ("ecosoc_status", organization(ecosoc_status=None)),
    "a date in the future": ("verified_on", organization(verified_on="2999-01-01")),
    "an e-mail that is not one": ("email", organization(email="not an address")),
    "an RLO without its region": ("rlo_region", organization(is_rlo=True)),
    "a thematic area that does not exist": ("themes", organization(themes=["smuggling"])),
}


@pytest.mark.parametrize("case", sorted(BAD_ORGANIZATIONS))
def test_an_organization_breaking_a_rule_of_the_desktop_is_refused(
        client: TestClient, hq_engine: Engine, case: str) -> None:
    """Each rule the desktop's writer enforces is enforced at headquarters: the record is
    refused as invalid_record naming its table, id and the field, and nothing is stored,
    so it can never reach (and stop) another replica."""
    field, values = BAD_ORGANIZATIONS[case]
    device = Raw(client, WRITER)
    row = new("organizations", values)
    answer = device.push([row])
    assert answer.status_code == 200, answer.text
    refused = answer.json()["refused"]
    assert [(r["t"], r["i"], r["field"], r["code"]) for r in refused] == [
        ("organizations", row[1], field, "invalid_record")], refused
    assert stored(hq_engine) == 0


def test_numbers_no_replica_can_hold_are_refused(client: TestClient, hq_engine: Engine) -> None:
    """A count of 2**52 people or an amount of 10**400 passes the wire's kinds but not the
    domain's ranges: refused, nothing stored."""
    device = Raw(client, WRITER)
    org, act = new("organizations", organization()), new("activities", activity())
    assert device.push([org, act]).json()["refused"] == []
    bad = [new("participations", participation(act[1], org[1], representatives=2**52, women=None, men=None)),
           new("grants", grant(org[1], amount="1e400")),
           new("grants", grant(org[1], amount="0.000001"))]
    refused = device.push(bad).json()["refused"]
    assert sorted((r["t"], r["field"], r["code"]) for r in refused) == [
        ("grants", "amount", "invalid_record"), ("grants", "amount", "invalid_record"),
        ("participations", "representatives", "invalid_record")]
    assert stored(hq_engine) == 2


def test_an_edit_is_checked_as_the_whole_record_it_makes(client: TestClient, hq_engine: Engine) -> None:
    """An edit of one field is checked with the record it produces: blanking a required
    field of a stored organization is refused and the stored value stays."""
    device = Raw(client, WRITER)
    org = new("organizations", organization())
    device.push([org])
    refused = device.push([("organizations", org[1], {"name": None}, {})]).json()["refused"]
    assert [(r["field"], r["code"]) for r in refused] == [("name", "invalid_record")]
    with hq_engine.connect() as connection:
        data = connection.execute(select(records.c.data).where(records.c.id == org[1])).scalar_one()
    assert data["name"] == "Hope Foundation"


def test_a_reference_to_a_deleted_record_is_refused(client: TestClient, hq_engine: Engine) -> None:
    """As on the desktop, a reference the push sets must name a live record: a contact of an
    organization deleted at headquarters is refused, naming organization_id."""
    device = Raw(client, WRITER)
    org = new("organizations", organization())
    device.push([org])
    device.push([("organizations", org[1], {"deleted": True}, {})])
    contact = new("contacts", {"organization_id": org[1], "full_name": "Amina", "position": None,
                               "email": None, "phone": None, "consent_on": "2024-01-01", "erased_on": None,
                               "notes": None, "deleted": False})
    refused = device.push([contact]).json()["refused"]
    assert [(r["t"], r["field"], r["code"]) for r in refused] == [
        ("contacts", "organization_id", "invalid_record")]


def test_a_record_larger_than_the_protocol_carries_is_refused(client: TestClient, hq_engine: Engine) -> None:
    """Fields that each pass their limits can add up to a record beyond MAX_RECORD_BYTES:
    refused as record_too_large, so no answer ever has to carry it."""
    device = Raw(client, WRITER)
    big = organization(aliases=[f"alias {i} " + "x" * 200 for i in range(400)], notes="n" * 10_000)
    assert len(json.dumps(big)) > MAX_RECORD_BYTES
    refused = device.push([new("organizations", big)]).json()["refused"]
    assert [r["code"] for r in refused] == ["record_too_large"]
    assert stored(hq_engine) == 0


def test_a_small_compressed_push_cannot_make_headquarters_store_tens_of_megabytes(
        client: TestClient, hq_engine: Engine) -> None:
    """A 40 KiB gzip body that inflates beyond MAX_REQUEST_BYTES is refused whole before it
    is parsed: at most MAX_REQUEST_BYTES of values can be stored by one request."""
    device = Raw(client, WRITER)
    rows = [new("organizations", organization(notes="a" * 9_000)) for _ in range(600)]
    wire = [{"t": t, "i": i, "f": {n: [v, device.version(), None] for n, v in f.items()}}
            for t, i, f, _b in rows]
    document = {"v": PROTOCOL_VERSION, "clock": wall_ms(), "cursor": 0, "d": [WRITER],
                "push": {"from": 1, "upto": 1, "rows": wire}, "want": [], "resolved": []}
    body = gzip.compress(json.dumps(document).encode())
    assert len(body) < 400 * 1024 and len(json.dumps(document)) > MAX_REQUEST_BYTES
    answer = client.post("/v1/sync", content=body, headers={
        "Authorization": f"Bearer {device.token}", "Content-Encoding": "gzip"})
    assert answer.status_code == 413 and answer.json()["error"]["code"] == "body_too_large"
    assert stored(hq_engine) == 0


def _pull_pages(device: Raw, limit: int, want: list[list[str]] | None = None) -> list[tuple[int, SyncAnswer]]:
    """Every page of a full pull: (inflated size, answer)."""
    pages: list[tuple[int, SyncAnswer]] = []
    cursor = 0
    while True:
        reply = device.request({"cursor": cursor, "want": want or []}, limit=limit)
        assert reply.status_code == 200, reply.text
        raw = reply.content  # the test client has inflated it already
        answer = SyncAnswer.decode(decode_answer_body(raw, gzipped=False))
        pages.append((len(raw), answer))
        if not answer.more:
            return pages
        assert answer.cursor > cursor or want, "a page must make progress"
        cursor = answer.cursor
        want = None


def test_answers_stay_within_the_budget_whatever_the_rows_and_conflicts_hold(
        client: TestClient, hq_engine: Engine) -> None:
    """Rows whose text escapes to six bytes a character and conflicts carrying two long
    values each are walked in sequence order and cut at the device's budget: every page
    stays within the budget plus one record and its parents, far below what a device
    reads (MAX_ANSWER_BYTES), and the pages together carry every row and every conflict."""
    writer, rival = Raw(client, WRITER), Raw(client, READER)
    worst = "\x01" * 9_000  # JSON writes each as \u0001
    orgs = [new("organizations", organization(notes=worst)) for _ in range(30)]
    assert writer.push(orgs).json()["refused"] == []
    # The rival edits the same notes concurrently (base: nothing seen): 30 conflicts.
    rival_rows = [("organizations", i, {"notes": "\x02" * 9_000}, {}) for _t, i, _f, _b in orgs]
    rival.seq += 1
    wire = [{"t": t, "i": i, "f": {n: [v, rival.version(), "1.0"] for n, v in f.items()}}
            for t, i, f, _b in rival_rows]
    reply = rival.request({"d": [READER, WRITER],
                           "push": {"from": rival.seq, "upto": rival.seq, "rows": wire}})
    assert reply.status_code == 200 and reply.json()["refused"] == [], reply.text
    reader = Raw(client, "0123456789abcdef0123456789abcdef")
    limit = 64 * 1024
    pages = _pull_pages(reader, limit)
    assert len(pages) > 5
    for size, _answer in pages:
        assert size <= 6 * limit + 4 * MAX_RECORD_BYTES < MAX_ANSWER_BYTES, size
    ids = {row.id for _s, answer in pages for row in answer.rows}
    assert ids == {i for _t, i, _f, _b in orgs}
    assert len({c.id for _s, answer in pages for c in answer.conflicts}) == 30


def test_rows_asked_for_by_id_wait_for_the_next_page_when_the_budget_is_spent(
        client: TestClient, hq_engine: Engine) -> None:
    """A thousand rows asked for by id are not all put in one answer: the budget holds
    and ``more`` tells the device to ask again; asking again brings the rest."""
    writer = Raw(client, WRITER)
    orgs = [new("organizations", organization(notes="w" * 5_000)) for _ in range(40)]
    writer.push(orgs)
    reader = Raw(client, READER)
    end = _pull_pages(reader, 8 * 1024 * 1024)[-1][1].cursor  # nothing left to pull from here
    want = [["organizations", i] for _t, i, _f, _b in orgs]
    received: set[str] = set()
    for _round in range(40):
        reply = reader.request({"cursor": end, "want": want}, limit=32 * 1024)
        answer = SyncAnswer.decode(json.loads(reply.content))
        assert len(answer.rows) < 40 and answer.cursor == end
        received |= {row.id for row in answer.rows}
        want = [w for w in want if w[1] not in received]
        if not answer.more:
            break
    assert not want and received == {i for _t, i, _f, _b in orgs}


def test_a_refusal_names_the_rule_never_the_value(client: TestClient, hq_engine: Engine) -> None:
    """The reason of an invalid_record refusal names table, field and rule but never repeats
    the value (it may be a person's e-mail or phone): the device stores and shows it."""
    device = Raw(client, WRITER)
    marker = "secret.person@@example"
    refused = device.push([new("organizations", organization(email=marker, country="ZZ"))]).json()["refused"]
    assert [r["code"] for r in refused] == ["invalid_record"]
    assert marker not in json.dumps(refused) and "ZZ" not in refused[0]["reason"]
    assert "email" in refused[0]["reason"] and "country" in refused[0]["reason"]
