"""Trying to break the headquarters HTTP API: schemathesis fuzzes both operations from the
OpenAPI description, and targeted hostile pushes check that every bad row is refused with a
stable code (or the whole request gets a 4xx in the error shape) and that nothing refused is
written to ``records``.  The app runs in-process on a SQLite file."""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from sqlalchemy import Engine, func, select
from starlette.testclient import TestClient

from sync.hlc import wall_ms
from sync.wire import ERROR_STATUS, MAX_PUSH_ROWS, PROTOCOL_VERSION, encode_body
from sync.server import accounts
from lookingbeyond_desktop.headquarters import create_app
from sync.server.database import init_database, make_engine
from sync.server.schema import records
from tests.sync import records as records_module

PASSWORD = "s3cret-enough"
DEVICE = "00112233445566778899aabbccddeeff"
OTHER_DEVICE = "ffeeddccbbaa99887766554433221100"
REFUSAL_CODES = {"unknown_table", "unknown_field", "bad_value", "bad_request", "unknown_record",
                 "missing_reference", "out_of_scope", "invalid_record"}


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.sqlite'}")
    init_database(engine)
    with engine.begin() as connection:
        accounts.add_user(connection, "hana", PASSWORD, role="hq")
    yield engine
    engine.dispose()


@pytest.fixture
def app(engine: Engine) -> FastAPI:
    return create_app(engine)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def token(client: TestClient) -> str:
    answer = client.post("/v1/enrol", json={"user": "hana", "password": PASSWORD,
                                            "device_id": DEVICE, "device_name": "fuzz"})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["token"])


def version(offset: int = 0) -> str:
    """A packed version of this device (index 0 of ``d``), at headquarters' time."""
    return f"{(wall_ms() << 16) + offset:x}.0"


def organization(record_id: str | None = None, **changes: Any) -> dict[str, Any]:
    """A complete, valid organizations push row; ``changes`` replace field values."""
    values = records_module.organization(**changes)
    v = version()
    return {"t": "organizations", "i": record_id or str(uuid.uuid4()),
            "f": {name: [value, v, None] for name, value in values.items()}}


def push(client: TestClient, token: str, rows: Any, *, d: list[str] | None = None,
         gzipped: bool = True, seq: int = 1, **extra: Any) -> Any:
    document = {"v": PROTOCOL_VERSION, "clock": wall_ms(), "cursor": 0,
                "d": [DEVICE] if d is None else d,
                "push": {"from": seq, "upto": seq, "rows": rows}, "want": [], "resolved": []}
    document.update(extra)
    raw = json.dumps(document).encode()  # ASCII escapes: lone surrogates travel as \udXXX
    body = gzip.compress(raw) if gzipped else raw
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    if gzipped:
        headers["Content-Encoding"] = "gzip"
    return client.post("/v1/sync", content=body, headers=headers)


def record_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(records)).scalar_one())


def assert_refused_or_4xx(answer: Any, engine: Engine, before: int, *, codes: set[str] | None = None) -> None:
    """200 with every row refused under a stable code, or a 4xx in the error shape; and no
    record written either way."""
    assert answer.status_code < 500, answer.text
    if answer.status_code == 200:
        body = answer.json()
        assert body["refused"], body
        for refusal in body["refused"]:
            assert refusal["code"] in (codes or REFUSAL_CODES), refusal
            assert isinstance(refusal["reason"], str) and refusal["reason"]
    else:
        assert 400 <= answer.status_code < 500
        body = answer.json()
        assert set(body) == {"error"} and body["error"]["code"] in ERROR_STATUS
        assert isinstance(body["error"]["message"], str)
    assert record_count(engine) == before


# -- schemathesis --------------------------------------------------------------------------


def speak_our_protocol(case: Any) -> Any:
    """A generated sync body with ``v`` set to the protocol headquarters speaks: otherwise
    nearly every case stops at 426 and the parser behind it is never reached."""
    if case.path == "/v1/sync" and isinstance(case.body, dict):
        case.body["v"] = PROTOCOL_VERSION
    return case


def test_schemathesis_finds_no_server_error_and_no_schema_violation(app: FastAPI, token: str) -> None:
    """Every operation of the OpenAPI description, with generated (valid and invalid) bodies
    and the device's token: never a 5xx, and answers match their documented schema.  Plain
    JSON bodies (no Content-Encoding) reach the real request parser."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @settings(max_examples=60, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(mode).map(speak_our_protocol))
            def run(case: Any) -> None:
                case.call_and_validate(
                    headers={"Authorization": f"Bearer {token}"},
                    checks=[not_a_server_error, response_schema_conformance])

            try:
                run()
            except Unsatisfiable:  # nothing invalid to send (GET /v1/health takes no input)
                continue
            except Exception as error:  # gather every operation's failure before failing
                failures.append(f"{operation.label} ({mode}): {error}")
    assert not failures, "\n\n".join(failures)


# -- targeted hostile pushes ---------------------------------------------------------------


def test_a_valid_push_is_applied(client: TestClient, token: str, engine: Engine) -> None:
    """The baseline the hostile cases deviate from: a complete row is written."""
    answer = push(client, token, [organization()])
    assert answer.status_code == 200, answer.text
    assert answer.json()["refused"] == []
    assert record_count(engine) == 1


@pytest.mark.parametrize(("field", "value"), [
    ("name", 12), ("name", ["a"]), ("name", {"a": 1}), ("name", True), ("name", "x" * 10_001),  # text
    ("is_rlo", 1), ("is_rlo", "true"), ("is_rlo", 0.0),  # bool
    ("verified_on", 20240501), ("verified_on", "2024-13-01"), ("verified_on", "yesterday"),
    ("verified_on", ["2024-05-01"]),  # date
    ("cities", "Nairobi"), ("cities", [1]), ("cities", [["a"]]), ("cities", {"a": "b"}),
    ("cities", ["x"] * 1001), ("cities", ["x" * 10_001]),  # list
    ("deleted", "no"),
])
def test_wrong_types_for_organization_fields_are_refused(
        client: TestClient, token: str, engine: Engine, field: str, value: Any) -> None:
    """Text, bool, date and list fields given the wrong type (or too much) are refused
    row by row with bad_value, and the record is not written."""
    answer = push(client, token, [organization(**{field: value})])
    assert_refused_or_4xx(answer, engine, 0, codes={"bad_value"})
    assert answer.json()["refused"][0]["field"] == field


@pytest.mark.parametrize(("table", "field", "value"), [
    ("participations", "representatives", "3"), ("participations", "women", 1.5),
    ("participations", "men", True), ("participations", "men", 2**60),  # int
    ("grants", "amount", 12.5), ("grants", "amount", "NaN"), ("grants", "amount", "Infinity"),
    ("grants", "amount", "twelve"), ("grants", "amount", ["1"]),  # decimal
    ("grants", "organization_id", "not-a-uuid"), ("grants", "organization_id", 7),  # ref
    ("grants", "activity_ids", ["not-a-uuid"]), ("grants", "activity_ids", "x"),  # list of refs
    ("contacts", "organization_id", "9E1C7A52-3F0B-4D2E-8A6C-1B5D7E9F0A21"),
])
def test_wrong_types_for_int_decimal_and_reference_fields_are_refused(
        client: TestClient, token: str, engine: Engine, table: str, field: str, value: Any) -> None:
    """Whole numbers, decimals written as text and references (UUIDs) with the wrong type or
    form are refused with bad_value on that field; nothing is written."""
    row = {"t": table, "i": str(uuid.uuid4()), "f": {field: [value, version(), None]}}
    answer = push(client, token, [row])
    assert_refused_or_4xx(answer, engine, 0, codes={"bad_value"})
    assert answer.json()["refused"][0]["field"] == field


@pytest.mark.parametrize("row", [
    {"t": "secrets", "i": str(uuid.uuid4()), "f": {"x": [1, "1.0", None]}},
    {"t": ["organizations"], "i": str(uuid.uuid4()), "f": {}},
    {"t": {"a": 1}, "i": str(uuid.uuid4()), "f": {}},
    {"t": None},
    {},
    {"t": "organizations", "i": str(uuid.uuid4()), "f": {"password": ["x", "1.0", None]}},
    {"t": "organizations", "i": str(uuid.uuid4()), "f": {"id": [str(uuid.uuid4()), "1.0", None]}},
    {"t": "organizations", "i": str(uuid.uuid4()), "f": {}},
    {"t": "organizations", "i": str(uuid.uuid4()), "f": []},
    {"t": "organizations", "i": str(uuid.uuid4()), "f": "name"},
    {"t": "organizations", "i": str(uuid.uuid4()), "f": {"name": "Hope"}},
    {"t": "organizations", "i": str(uuid.uuid4()), "f": {"name": ["Hope", "1.0"]}},
    {"t": "organizations", "i": str(uuid.uuid4()), "f": {"name": ["Hope", "1.0", None, None]}},
])
def test_unknown_tables_fields_and_malformed_rows_are_refused(
        client: TestClient, token: str, engine: Engine, row: dict[str, Any]) -> None:
    """Unknown or non-text table names, unknown fields (and ``id`` as a field), empty or
    non-object field maps and malformed triples are refused with a stable code."""
    assert_refused_or_4xx(push(client, token, [row]), engine, 0)


@pytest.mark.parametrize("record_id", [
    # Fixed ids, not uuid4(): the test ids must be the same in every process that collects
    # them (pytest-xdist's workers each collect the suite and compare).
    "1", "", "00000000000000000000000000000000", "2AF630F5-AC35-4E1C-B693-DA551B4FC4F6",
    "{2af630f5-ac35-4e1c-b693-da551b4fc4f6}", "bda790f8-4990-46f8-9914-cfd27fd0e22b\n",
    42, None, ["x"], {"i": 1},
    "../../etc/passwd", "x" * 100_000,
])
def test_ids_that_are_not_uuids_are_refused(
        client: TestClient, token: str, engine: Engine, record_id: Any) -> None:
    """Only lower-case canonical UUIDs are record ids; anything else is refused."""
    row = organization()
    row["i"] = record_id
    assert_refused_or_4xx(push(client, token, [row]), engine, 0)


@pytest.mark.parametrize(("d", "packed"), [
    ([OTHER_DEVICE], None),                      # a version of another device
    ([OTHER_DEVICE, DEVICE], "OTHER"),           # explicitly index 0 = the other device
    ([DEVICE], "1.1"),                           # an index past the table
    ([DEVICE], "zz.0"),                          # not hex
    ([DEVICE], "1.0.0"),
    ([DEVICE], 12345),                           # not text
    ([DEVICE], ["1", "0"]),
    ([DEVICE], {"v": 1}),
    ([DEVICE], f"{1 << 64:x}.0"),                # clock beyond 64 bits
    ([DEVICE], "-1.0"),
    ([], None),                                  # no device table at all
    (["x" * 32], None),
])
def test_versions_that_are_not_this_devices_are_refused(
        client: TestClient, token: str, engine: Engine, d: list[str], packed: Any) -> None:
    """A version must be well formed and name the pushing device; otherwise the row is
    refused (bad_value) or the request is a 400, and nothing is written."""
    row = organization()
    if packed == "OTHER":
        packed = version()  # index 0, which is the other device here
    if packed is not None:
        row["f"] = {name: [triple[0], packed, None] for name, triple in row["f"].items()}
    assert_refused_or_4xx(push(client, token, [row], d=d), engine, 0)


def test_a_negative_device_index_does_not_borrow_the_last_device(
        client: TestClient, token: str, engine: Engine) -> None:
    """``"clock.-1"`` is not an index: Python's negative indexing must not turn it into the
    last entry of ``d`` (here this device), which would accept a malformed version."""
    row = organization()
    row["f"] = {name: [triple[0], triple[1].replace(".0", ".-1"), None]
                for name, triple in row["f"].items()}
    assert_refused_or_4xx(push(client, token, [row], d=[OTHER_DEVICE, DEVICE]), engine, 0)


@pytest.mark.parametrize("row", [None, 1, "row", True, [], ["organizations", "x"], 1.5])
def test_non_object_rows_are_refused(client: TestClient, token: str, engine: Engine, row: Any) -> None:
    """A row that is not a JSON object is refused as bad_request; valid rows beside it
    still apply."""
    answer = push(client, token, [row, organization()])
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [r["code"] for r in body["refused"]] == ["bad_request"]
    assert record_count(engine) == 1


def test_a_huge_list_of_bad_rows_is_refused_row_by_row(
        client: TestClient, token: str, engine: Engine) -> None:
    """As many junk rows as a push may carry: each refused, nothing written, no server error."""
    rows = [{"t": "organizations", "i": f"bad-{n}", "f": {"name": ["x", version(), None]}}
            for n in range(MAX_PUSH_ROWS)]
    answer = push(client, token, rows)
    assert answer.status_code == 200
    assert len(answer.json()["refused"]) == MAX_PUSH_ROWS
    assert record_count(engine) == 0


@pytest.mark.parametrize("depth", [50, 5_000, 200_000])
def test_deeply_nested_json_is_a_4xx_or_refused(
        client: TestClient, token: str, engine: Engine, depth: int) -> None:
    """Deeply nested JSON, as a field value and as the whole body, is refused (row) or a
    400 (body): never a RecursionError turned 500."""
    nested = "[" * depth + "]" * depth
    row = json.dumps(organization()).replace('"Hope Foundation"', nested)
    document = ('{"v": %d, "cursor": 0, "d": ["%s"], "push": {"from": 1, "upto": 1, "rows": [%s]}}'
                % (PROTOCOL_VERSION, DEVICE, row))
    answer = client.post("/v1/sync", content=document.encode(),
                         headers={"Authorization": f"Bearer {token}"})
    assert_refused_or_4xx(answer, engine, 0)
    answer = client.post("/v1/sync", content=nested.encode(),
                         headers={"Authorization": f"Bearer {token}"})
    assert_refused_or_4xx(answer, engine, 0)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_numbers_json_does_not_have_are_a_400(
        client: TestClient, token: str, engine: Engine, constant: str) -> None:
    """``NaN`` and ``Infinity`` are not JSON (RFC 8259), though Python's json module reads
    them: a body holding one (here a field's value) is 400 ``bad_encoding``, naming it, and
    nothing is stored.  (The field's kind check refused such a value before; the body is
    now refused whole, before any of it is looked at, and headquarters' JSON writer, which
    would write ``null`` for it, never sees one.)"""
    row = json.dumps(organization()).replace('"Hope Foundation"', constant, 1)
    assert constant in row
    document = ('{"v": %d, "clock": %d, "cursor": 0, "d": ["%s"], "push": {"from": 1, "upto": 1, "rows": [%s]}, '
                '"want": [], "resolved": []}' % (PROTOCOL_VERSION, wall_ms(), DEVICE, row))
    answer = client.post("/v1/sync", content=gzip.compress(document.encode()), headers={
        "Authorization": f"Bearer {token}", "Content-Encoding": "gzip"})
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "bad_encoding"
    assert constant in answer.json()["error"]["message"]
    assert record_count(engine) == 0


@pytest.mark.parametrize("extra", [
    {"cursor": 2**64}, {"cursor": 2**63}, {"clock": 2**64}, {"clock": -(2**64)},
    {"push": {"from": 1, "upto": 2**64, "rows": []}},
    {"push": {"from": 1, "upto": 2**63, "rows": []}},
    {"push": {"from": 2**64, "upto": 2**64, "rows": []}},
    {"v": 2**64}, {"cursor": 1e300}, {"clock": 1.5},
])
def test_integers_out_of_range_are_a_400(client: TestClient, token: str, engine: Engine,
                                         extra: dict[str, Any]) -> None:
    """Numbers beyond what the database stores (64-bit) are refused with 400 (or a
    documented 4xx such as push_gap), never a 500 from the driver."""
    document = {"v": PROTOCOL_VERSION, "clock": wall_ms(), "cursor": 0, "d": [DEVICE],
                "push": None, "want": [], "resolved": []} | extra
    answer = client.post("/v1/sync", content=encode_body(document), headers={
        "Authorization": f"Bearer {token}", "Content-Encoding": "gzip"})
    assert 400 <= answer.status_code < 500, answer.text
    assert set(answer.json()) == {"error"}


@pytest.mark.parametrize("text", ["\ud800", "a\udfffb", "nul\u0000byte"])
def test_text_that_is_not_valid_unicode_is_refused(
        client: TestClient, token: str, engine: Engine, text: str) -> None:
    """A lone surrogate (valid JSON escape, not Unicode) cannot be encoded as UTF-8: stored, it
    would break every later pull that carries it.  NUL cannot be stored by PostgreSQL.  Both
    are refused as values, and echoing them in a refusal does not break the answer."""
    answer = push(client, token, [organization(name=text)])
    assert_refused_or_4xx(answer, engine, 0, codes={"bad_value"})
    # in the table name, the id and a field name: refused, and the answer still encodes
    for seq, row in enumerate(({"t": text, "i": str(uuid.uuid4()), "f": {"name": ["x", version(), None]}},
                {"t": "organizations", "i": text, "f": {"name": ["x", version(), None]}},
                {"t": "organizations", "i": str(uuid.uuid4()), "f": {text: ["x", version(), None]}}),
                               start=2):
        assert_refused_or_4xx(push(client, token, [row], seq=seq), engine, 0)
    # in want and resolved: ignored, no error
    answer = push(client, token, [], seq=5, want=[["organizations", text]], resolved=[text])
    assert answer.status_code < 500, answer.text


@pytest.mark.parametrize("body", [
    {"user": "\ud800", "password": "x", "device_id": DEVICE},
    {"user": "hana", "password": "\ud800", "device_id": DEVICE},
    {"user": "hana", "password": PASSWORD, "device_id": DEVICE, "device_name": "\ud800"},
    {"user": "nul\u0000", "password": "x", "device_id": DEVICE},
])
def test_enrol_with_text_that_is_not_valid_unicode_is_a_4xx(client: TestClient, body: dict[str, Any]) -> None:
    """Lone surrogates or NUL in the enrolment fields are a 4xx, not a database error."""
    answer = client.post("/v1/enrol", content=json.dumps(body).encode(),
                         headers={"Content-Type": "application/json"})
    assert 400 <= answer.status_code < 500, answer.text
    assert set(answer.json()) == {"error"}


def test_a_huge_limit_is_capped_not_an_error(client: TestClient, token: str) -> None:
    """``limit`` is a budget: a huge one is capped by headquarters and answered."""
    document = {"v": PROTOCOL_VERSION, "cursor": 0, "d": [], "limit": 2**64}
    answer = client.post("/v1/sync", content=encode_body(document), headers={
        "Authorization": f"Bearer {token}", "Content-Encoding": "gzip"})
    assert answer.status_code == 200, answer.text


def test_refused_rows_leave_valid_rows_of_the_same_push_alone(
        client: TestClient, token: str, engine: Engine) -> None:
    """A push mixing one good row with every kind of bad one writes exactly the good row."""
    good = organization()
    bad = [organization(name=1), organization(is_rlo="yes"), {"t": "nope"}, 5,
           {"t": "organizations", "i": "x", "f": {"name": ["a", version(), None]}}]
    answer = push(client, token, [*bad, good])
    assert answer.status_code == 200, answer.text
    assert len(answer.json()["refused"]) == len(bad)
    with engine.connect() as connection:
        assert connection.execute(select(records.c.id)).scalars().all() == [good["i"]]
