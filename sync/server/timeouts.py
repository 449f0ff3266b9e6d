"""Read timeouts: a slow or stalled client cannot hold a connection of headquarters for ever.

uvicorn closes a connection idle *between* requests (``timeout_keep_alive``) but waits
without limit for the headers and the body of a request once its first byte has come.  Two
pieces close that gap (a slow-loris client, or a laptop whose link died half-way):

- :class:`HeaderTimeoutProtocol`, uvicorn's h11 protocol with a deadline for the request
  line and headers (``$LOOKINGBEYOND_HEADER_TIMEOUT`` seconds, from the connection or the
  first byte of the request): when it passes, a client that sent part of a request gets
  ``408 request_timeout`` and the connection is closed (a client that sent nothing is just
  disconnected).  ``lookingbeyond-server serve`` runs uvicorn with it
  (``--header-timeout``).
- :class:`BodyTimeoutMiddleware`, an ASGI middleware that bounds each wait for a piece of
  the body (``idle_s``: a link that stalls) and the whole body (``total_s``: a client that
  trickles a byte now and then); when either passes, the request is answered
  ``408 request_timeout`` with ``Connection: close``.  It also caps the body of every
  request but the sync (whose own limit is larger): an enrolment is a few hundred bytes.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from sync.server.settings import DEFAULT_BODY_IDLE_S, DEFAULT_BODY_TOTAL_S, header_timeout_s

SMALL_BODY_BYTES = 64 * 1024  # any request other than the sync
LARGE_BODY_PATHS = frozenset({"/v1/sync"})  # these check their own (larger) limit

TIMEOUT_MESSAGE = ("Headquarters stopped waiting for the rest of the request: the connection "
                   "is too slow or was interrupted. Nothing was changed; try again.")


def _timeout_answer() -> bytes:
    body = json.dumps({"error": {"code": "request_timeout", "message": TIMEOUT_MESSAGE}}).encode()
    head = ("HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n")
    return head.encode("ascii") + body


class HeaderTimeoutProtocol(H11Protocol):
    """uvicorn's h11 protocol, with a deadline for each request's line and headers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout_s = header_timeout_s()
        self._header_deadline: asyncio.TimerHandle | None = None
        self._partial_request = False  # bytes of a request whose headers are not complete

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._waiting_for_headers():
            self._partial_request = True
            if self._header_deadline is None:
                self._arm()
        else:
            self._disarm()

    def _waiting_for_headers(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _arm(self) -> None:
        self._disarm()
        self._header_deadline = self.loop.call_later(self.header_timeout_s, self._headers_late)

    def _disarm(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None
        self._partial_request = False

    def _headers_late(self) -> None:
        self._header_deadline = None
        if self.transport.is_closing() or not self._waiting_for_headers():
            return
        if self._partial_request:
            self.transport.write(_timeout_answer())
        self.transport.close()


class BodyTimeoutMiddleware:
    """Bounds the waits for a request's body (see the module); also caps small bodies."""

    def __init__(self, app: ASGIApp, *, idle_s: float = DEFAULT_BODY_IDLE_S,
                 total_s: float = DEFAULT_BODY_TOTAL_S) -> None:
        self.app = app
        self.idle_s = idle_s
        self.total_s = total_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.total_s
        capped = scope.get("path") not in LARGE_BODY_PATHS
        received = 0
        done = False

        async def timed_receive() -> Message:
            nonlocal received, done
            if done:  # the body is in; waiting for a disconnect is not a read
                return await receive()
            wait = max(0.0, min(self.idle_s, deadline - loop.time()))
            try:
                async with asyncio.timeout(wait):
                    message = await receive()
            except TimeoutError:
                raise HTTPException(408, TIMEOUT_MESSAGE, headers={"Connection": "close"}) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                done = not message.get("more_body", False)
                if capped and received > SMALL_BODY_BYTES:
                    raise HTTPException(413, f"The request is larger than headquarters accepts "
                                        f"here ({SMALL_BODY_BYTES // 1024} KiB).",
                                        headers={"Connection": "close"})
            else:
                done = True
            return message

        await self.app(scope, timed_receive, send)
