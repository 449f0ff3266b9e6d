"""Headquarters' resources under slow or numerous clients, against a real
`lookingbeyond-server serve`: read timeouts for headers and bodies, and server memory under
an enrolment burst (the bound the server states)."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from lookingbeyond_desktop.headquarters import create_app
from sync.server.database import init_database, make_engine
from sync.server.settings import BODY_TIMEOUT_ENV, HEADER_TIMEOUT_ENV, ServerSettings
from tests.sync.server.hq_server import ServerProcess, read_answer, start_server

TIMEOUT_S = 1.0
# How late the server may close after the timeout on a loaded 2-core machine.
MARGIN_S = 4.0


@contextmanager
def _serving(folder: Path, env: dict[str, str] | None = None) -> Iterator[ServerProcess]:
    """A real server over a new SQLite headquarters in ``folder``, with extra environment
    variables ``env``; stopped afterwards."""
    url = f"sqlite:///{folder / 'hq.db'}"
    engine = make_engine(url)
    init_database(engine)
    engine.dispose()
    server = start_server(url, env=env)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def slow_server(tmp_path: Path) -> Iterator[ServerProcess]:
    """A real server with 1-second header and body timeouts (SQLite)."""
    with _serving(tmp_path, {HEADER_TIMEOUT_ENV: str(TIMEOUT_S), BODY_TIMEOUT_ENV: str(TIMEOUT_S)}) as server:
        yield server


def _stall(server: ServerProcess, sent: bytes) -> tuple[bytes, float]:
    """Send ``sent`` on a new connection, then nothing: what the server sends until it
    closes the connection, and after how many seconds it closed it."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT_S + MARGIN_S + 5) as connection:
        started = time.monotonic()
        if sent:
            connection.sendall(sent)
        received = b""
        while True:
            try:
                data = connection.recv(65536)
            except TimeoutError:
                raise AssertionError(f"the server kept the connection open; got {received[:200]!r}") from None
            except ConnectionResetError:
                break
            if not data:
                break
            received += data
        return received, time.monotonic() - started


def _enrol_head(length: int) -> bytes:
    return (f"POST /v1/enrol HTTP/1.1\r\nHost: hq\r\nContent-Type: application/json\r\n"
            f"Content-Length: {length}\r\n\r\n").encode("ascii")


def test_half_sent_headers_get_408_and_the_connection_closed(slow_server: ServerProcess) -> None:
    """A client that sends half a request's headers and stalls is answered 408
    request_timeout and disconnected once the header timeout passes (before the fix
    uvicorn waited for ever)."""
    received, seconds = _stall(slow_server, _enrol_head(60)[:40])
    assert received.startswith(b"HTTP/1.1 408"), received[:200]
    assert json.loads(received.partition(b"\r\n\r\n")[2])["error"]["code"] == "request_timeout"
    assert TIMEOUT_S * 0.9 <= seconds <= TIMEOUT_S + MARGIN_S, seconds


def test_a_silent_connection_is_closed(slow_server: ServerProcess) -> None:
    """A connection on which nothing is ever sent is closed after the header timeout,
    without an answer."""
    received, seconds = _stall(slow_server, b"")
    assert received == b""
    assert seconds <= TIMEOUT_S + MARGIN_S, seconds


def test_a_half_sent_body_gets_408_and_the_connection_closed(slow_server: ServerProcess) -> None:
    """Complete headers, half of the announced body, then a stall: 408 request_timeout in
    the error shape, with Connection: close, once the body timeout passes; the server
    still answers other clients."""
    body = json.dumps({"user": "amina", "password": "x" * 20, "device_id": "a" * 32}).encode()
    received, seconds = _stall(slow_server, _enrol_head(len(body)) + body[: len(body) // 2])
    head, _, answer = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408"), received[:200]
    assert b"connection: close" in head.lower()
    assert json.loads(answer)["error"]["code"] == "request_timeout"
    assert TIMEOUT_S * 0.9 <= seconds <= TIMEOUT_S + MARGIN_S, seconds
    with socket.create_connection(("127.0.0.1", slow_server.port), timeout=10) as connection:
        connection.sendall(b"GET /v1/health HTTP/1.1\r\nHost: hq\r\n\r\n")
        assert connection.recv(65536).startswith(b"HTTP/1.1 200")


def _health_on(connection: socket.socket) -> bytes:
    """One GET /v1/health on an open connection: the answer's head and body."""
    connection.sendall(b"GET /v1/health HTTP/1.1\r\nHost: hq\r\n\r\n")
    return read_answer(connection)


def test_an_idle_connection_outlives_the_pause_between_two_requests(tmp_path: Path) -> None:
    """A connection left idle after an answer for longer than uvicorn's own keep-alive (5 s)
    still carries the next request: headquarters keeps it (``KEEP_ALIVE_S``, longer than
    nginx keeps its upstream connections).  At 5 s, the close could cross a device's next
    request on the wire, and that request failed as a dropped connection."""
    with _serving(tmp_path) as server, \
            socket.create_connection(("127.0.0.1", server.port), timeout=30) as connection:
        assert _health_on(connection).startswith(b"HTTP/1.1 200")
        time.sleep(6.5)
        again = _health_on(connection)
    assert again.startswith(b"HTTP/1.1 200"), again[:200]


def test_a_trickled_body_is_cut_off_at_the_total_deadline(hq_engine: Engine) -> None:
    """A client that sends an enrolment body a few bytes at a time, each piece well inside
    the idle timeout, is still answered 408 request_timeout once the whole body has taken
    longer than the total limit (the app driven as ASGI by such a client, both backends).
    The idle limit is far above the pieces' 0.2 s (5 s: an event loop stalled for a few
    hundred ms on a busy machine must not let the idle limit fire first)."""
    app = create_app(hq_engine, settings=ServerSettings(body_idle_s=5.0, body_total_s=1.0))
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": "/v1/enrol", "raw_path": b"/v1/enrol", "query_string": b"",
             "root_path": "", "headers": [(b"host", b"hq"), (b"content-type", b"application/json")],
             "client": ("192.0.2.9", 5000), "server": ("127.0.0.1", 8470)}
    sent: list[dict[str, Any]] = []

    async def trickle() -> dict[str, Any]:
        await asyncio.sleep(0.2)
        return {"type": "http.request", "body": b" ", "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    started = time.monotonic()
    asyncio.run(app(scope, trickle, send))
    seconds = time.monotonic() - started
    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 408
    assert (b"connection", b"close") in sent[0]["headers"]
    assert json.loads(sent[1]["body"])["error"]["code"] == "request_timeout"
    assert 0.9 <= seconds <= 1.0 + MARGIN_S, seconds


@pytest.mark.slow
def test_an_enrolment_burst_stays_under_the_stated_memory_bound() -> None:
    """bench/bench_enrol.py against a real server: 30 enrolments at once (wrong and right
    passwords) leave the server's peak resident memory (VmHWM) under the bound it states
    (ServerSettings.memory_bound_bytes: base + argon2 memory x --hash-concurrency); the
    excess is refused 503 busy, each with Retry-After (before the fix every request ran
    argon2 at once: 64 MiB each)."""
    bench = Path(__file__).parents[3] / "bench" / "bench_enrol.py"
    result = subprocess.run([sys.executable, str(bench), "--burst", "30", "--users", "6", "--json"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["within_bound"], figures
    assert figures["busy_503"] > 0 and figures["busy_with_retry_after"] == figures["busy_503"], figures
    assert sum(figures["answers"].values()) == 30 and "internal" not in figures["answers"], figures
