"""The headquarters HTTP API, served by a real `lookingbeyond-server serve` process
(uvicorn) on SQLite and on PostgreSQL, spoken to over loopback with requests."""

from __future__ import annotations

import asyncio
import json
import socket
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import Engine

from hq_server import Server, read_answer, running_server
from sync.wire import MAX_BODY_BYTES, PROTOCOL_VERSION, encode_body
from sync.server import accounts
from lookingbeyond_desktop.headquarters import create_app
from sync.server.database import init_database, make_engine
from tests.sync.conftest import BACKENDS, initialised_hq
from tests.sync.loadgen import server_seconds

PASSWORD = "s3cret-enough"
DEVICE = "00112233445566778899aabbccddeeff"


@dataclass(frozen=True)
class Served:
    """A running server and an engine on its database."""

    server: Server
    engine: Engine


@pytest.fixture(scope="module", params=BACKENDS)
def served(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One server process per backend for the module's API tests, on a database that holds
    the field user amina (Kenya).  Each test enrols a device of its own (``enrol`` gives a
    new id; amina may hold 5 active devices, the tests here enrol 4 and revoke 1): starting
    a server for each test was most of the module's time."""
    with ExitStack() as stack:
        url, engine = initialised_hq(stack, request.param, tmp_path_factory.mktemp('hq'))
        with engine.begin() as connection:
            accounts.add_user(connection, "amina", PASSWORD, role="field", countries=["KE"])
        yield Served(stack.enter_context(running_server(url)), engine)


@pytest.fixture
def server(served: Served) -> Server:
    """The module's server on SQLite and on PostgreSQL (see ``served``)."""
    return served.server


def enrol(base: str, device_id: str | None = None) -> requests.Response:
    """Enrol a device as amina (a new device id unless one is given)."""
    device_id = device_id or uuid.uuid4().hex
    return requests.post(f"{base}/v1/enrol", json={
        "user": "amina", "password": PASSWORD, "device_id": device_id,
        "device_name": "Nairobi laptop"}, timeout=30)


def sync(base: str, token: str, document: Any, *, raw: bytes | None = None) -> requests.Response:
    body = raw if raw is not None else encode_body(document)
    return requests.post(f"{base}/v1/sync", data=body, timeout=30, headers={
        "Authorization": f"Bearer {token}", "Content-Encoding": "gzip",
        "Content-Type": "application/json"})


def empty_sync(cursor: int = 0) -> dict[str, Any]:
    return {"v": PROTOCOL_VERSION, "clock": 0, "cursor": cursor, "d": [], "push": None,
            "want": [], "resolved": []}


def assert_error(response: requests.Response, status: int, code: str) -> str:
    """The response is the API's one error shape; returns its message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return str(body["error"]["message"])


def test_enrol_then_an_empty_sync_round_trip(server: Server) -> None:
    """Enrolment returns a token and the scope; an empty gzip sync with it returns 200,
    a gzip JSON answer with a cursor and headquarters' own time in a ``Server-Timing``
    header (what bench/bench_load.py reads); the serve command printed where it listens."""
    enrolled = enrol(server.base)
    assert enrolled.status_code == 200, enrolled.text
    body = enrolled.json()
    assert body["role"] == "field" and body["countries"] == ["KE"]
    assert body["protocol"] == PROTOCOL_VERSION and body["organization_id"] is None
    answer = sync(server.base, body["token"], empty_sync())
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-encoding"] == "gzip"
    assert answer.headers["content-type"].startswith("application/json")
    document = answer.json()  # requests inflated the gzip body
    assert document["cursor"] == 0 and document["more"] is False and document["rows"] == []
    spent = server_seconds(answer.headers)
    assert spent is not None and 0 < spent < 60, answer.headers.get("Server-Timing")
    assert f"listening on {server.base}" in server.output()
    assert PASSWORD not in server.output() and body["token"] not in server.output()


def test_wrong_password_is_401_bad_credentials(server: Server) -> None:
    """A wrong password is refused in the error shape, without a token."""
    response = requests.post(f"{server.base}/v1/enrol", json={
        "user": "amina", "password": "nope", "device_id": DEVICE}, timeout=30)
    assert_error(response, 401, "bad_credentials")


def test_wrong_token_is_401_token_invalid(server: Server) -> None:
    """An unknown bearer token gets 401 token_invalid; no token at all, auth_required."""
    assert_error(sync(server.base, "not-a-token", empty_sync()), 401, "token_invalid")
    response = requests.post(f"{server.base}/v1/sync", data=encode_body(empty_sync()),
                             headers={"Content-Encoding": "gzip"}, timeout=30)
    assert_error(response, 401, "auth_required")


def test_revoked_device_gets_403_with_a_readable_message(served: Served) -> None:
    """After headquarters revokes the device, its sync gets 403 device_revoked saying when
    and what to do."""
    server, device = served.server, uuid.uuid4().hex
    token = enrol(server.base, device).json()["token"]
    with served.engine.begin() as connection:
        revoked_at = accounts.revoke_device(connection, device)
    message = assert_error(sync(server.base, token, empty_sync()), 403, "device_revoked")
    assert message == (f"This device was revoked by headquarters on {revoked_at[:10]}. "
                       "Ask headquarters to enrol it again.")


def test_unsupported_protocol_is_426_with_a_message(server: Server) -> None:
    """A client speaking protocol 99 is told, in words, to install the current version."""
    token = enrol(server.base).json()["token"]
    message = assert_error(sync(server.base, token, empty_sync() | {"v": 99}), 426,
                           "protocol_unsupported")
    assert "99" in message and "install the current version" in message


def test_garbage_body_is_400_bad_encoding(server: Server) -> None:
    """A body that is not gzip (though it says so) is 400 bad_encoding."""
    token = enrol(server.base).json()["token"]
    response = sync(server.base, token, None, raw=b"this is not gzip at all")
    assert_error(response, 400, "bad_encoding")


def test_oversized_body_is_refused_before_it_is_read(server: Server) -> None:
    """A declared Content-Length over the limit is answered 413 body_too_large while the
    client has sent only a few bytes of it."""
    token = enrol(server.base).json()["token"]
    address = urlsplit(server.base)
    with socket.create_connection((address.hostname, address.port), timeout=10) as connection:
        connection.sendall((
            "POST /v1/sync HTTP/1.1\r\n"
            f"Host: {address.netloc}\r\n"
            f"Authorization: Bearer {token}\r\n"
            "Content-Encoding: gzip\r\n"
            f"Content-Length: {MAX_BODY_BYTES + 1}\r\n\r\n"
        ).encode("ascii") + b"\x1f\x8b" + b"\0" * 1000)
        received = read_answer(connection)
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413")
    assert json.loads(body)["error"]["code"] == "body_too_large"


def test_unknown_path_method_and_invalid_json_use_the_error_shape(server: Server) -> None:
    """FastAPI's own 404, 405 and validation errors come in the same JSON shape, and a
    validation error never echoes the password it was sent."""
    assert_error(requests.get(f"{server.base}/v1/nothing", timeout=30), 404, "not_found")
    assert_error(requests.get(f"{server.base}/v1/sync", timeout=30), 405, "method_not_allowed")
    response = requests.post(f"{server.base}/v1/enrol", json={
        "user": "amina", "password": "hunter2-secret", "device_id": "short"}, timeout=30)
    message = assert_error(response, 400, "bad_request")
    assert "device_id" in message and "hunter2-secret" not in response.text


def test_openapi_documents_both_endpoints(server: Server) -> None:
    """The OpenAPI description lists /v1/enrol and /v1/sync with their body schemas and the
    error shape."""
    spec = requests.get(f"{server.base}/openapi.json", timeout=30).json()
    assert {"/v1/enrol", "/v1/sync", "/v1/health"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert {"EnrolRequest", "EnrolResponse", "SyncRequest", "SyncResponse", "ErrorBody"} <= set(schemas)
    sync_op = spec["paths"]["/v1/sync"]["post"]
    assert sync_op["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/SyncRequest")
    assert {"401", "403", "413", "426"} <= set(sync_op["responses"])
    assert "protocol_unsupported" in spec["info"]["description"]


def test_two_servers_on_one_postgresql_share_state(pg_database_url: str) -> None:
    """Two separate serve processes (one with two workers) on one PostgreSQL both answer:
    a device enrolled through one syncs through the other (no state in a worker)."""
    engine = make_engine(pg_database_url)
    init_database(engine)
    with engine.begin() as connection:
        accounts.add_user(connection, "amina", PASSWORD, role="field", countries=["KE"])
    engine.dispose()
    with running_server(pg_database_url) as first, \
            running_server(pg_database_url, workers=2) as second:
        token = enrol(first.base).json()["token"]
        answer = sync(second.base, token, empty_sync())
        assert answer.status_code == 200, answer.text
        assert answer.json()["cursor"] == 0
        assert requests.get(f"{second.base}/v1/health", timeout=30).json() == {
            "ok": True, "protocol": PROTOCOL_VERSION}


def test_unexpected_errors_are_500_internal_without_details(hq_engine: Engine) -> None:
    """An exception nobody expected becomes 500 internal in the error shape; its text
    (which may hold data) stays in the server log, not in the answer."""

    class BrokenRegistry:
        names = property(lambda self: (_ for _ in ()).throw(RuntimeError("secret detail")))

    with hq_engine.begin() as connection:
        user = accounts.add_user(connection, "amina", PASSWORD, role="field", countries=["KE"])
        token = accounts.enrol_device(connection, user, DEVICE, "laptop")
    app = create_app(hq_engine, registry=BrokenRegistry())  # type: ignore[arg-type]
    body = encode_body(empty_sync() | {"push": {"from": 1, "upto": 1, "rows": []}})
    status, answer = call_asgi(app, "/v1/sync", [body], headers=[
        (b"authorization", f"Bearer {token}".encode()), (b"content-encoding", b"gzip")])
    assert status == 500
    assert json.loads(answer) == {"error": {"code": "internal", "message": json.loads(
        answer)["error"]["message"]}}
    assert b"secret detail" not in answer


def call_asgi(app: Any, path: str, chunks: list[bytes], headers: list[tuple[bytes, bytes]],
              watch: Callable[[dict[str, Any]], None] | None = None) -> tuple[int, bytes]:
    """POST ``chunks`` to the ASGI ``app``; the status and body of its answer.  ``watch``
    sees each message the app sends, as it sends it."""
    pending = list(chunks)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        body = pending.pop(0) if pending else b""
        return {"type": "http.request", "body": body, "more_body": bool(pending)}

    async def send(message: dict[str, Any]) -> None:
        if watch is not None:
            watch(message)
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
        "headers": headers,
    }
    try:
        asyncio.run(app(scope, receive, send))
    except Exception:  # Starlette re-raises after answering, for the server to log
        pass
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], b"".join(m.get("body", b"") for m in sent
                                     if m["type"] == "http.response.body")


def test_a_chunked_body_stops_being_read_past_the_limit(hq_engine: Engine) -> None:
    """Without a Content-Length, the body is read in chunks and reading stops (413) as soon
    as it passes the limit, not after the whole upload (real app, driven over ASGI)."""
    with hq_engine.begin() as connection:
        user = accounts.add_user(connection, "amina", PASSWORD, role="field", countries=["KE"])
        token = accounts.enrol_device(connection, user, DEVICE, "laptop")
    app = create_app(hq_engine)
    chunk = b"\0" * (1024 * 1024)
    total_chunks = MAX_BODY_BYTES // len(chunk) * 4
    consumed = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal consumed
        consumed += 1
        return {"type": "http.request", "body": chunk, "more_body": consumed < total_chunks}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/v1/sync", "raw_path": b"/v1/sync", "query_string": b"",
        "root_path": "", "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
        "headers": [(b"authorization", f"Bearer {token}".encode()),
                    (b"content-encoding", b"gzip"), (b"transfer-encoding", b"chunked")],
    }
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert start["status"] == 413
    assert json.loads(body)["error"]["code"] == "body_too_large"
    assert consumed <= MAX_BODY_BYTES // len(chunk) + 1 < total_chunks
