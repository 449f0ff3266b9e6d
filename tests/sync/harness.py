"""Test plumbing: the real headquarters app behind a requests session, without a socket.

Used where many round trips must run fast (property tests); the end-to-end tests use real
server processes on loopback.
"""

from __future__ import annotations

import io
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import BaseAdapter, HTTPAdapter
from starlette.testclient import TestClient
from urllib3 import HTTPResponse

SERVER_URL = "http://hq.test"


class AppAdapter(BaseAdapter):
    """A requests transport that hands each request to an ASGI app in this process."""

    def __init__(self, app: Any) -> None:
        super().__init__()
        self.client = TestClient(app, raise_server_exceptions=False)
        self.builder = HTTPAdapter()
        self.drop_next_response = False  # simulate a reply lost after the server committed

    def send(self, request: requests.PreparedRequest, stream: bool = False, timeout: Any = None,
             verify: Any = True, cert: Any = None, proxies: Any = None) -> requests.Response:
        path = urlsplit(request.url).path
        body = request.body if isinstance(request.body, bytes) else (request.body or "").encode()
        with self.client.stream(request.method or "GET", path, content=body,
                                headers=dict(request.headers)) as answer:
            raw = b"".join(answer.iter_raw())
            status, headers = answer.status_code, dict(answer.headers)
        if self.drop_next_response:
            self.drop_next_response = False
            raise requests.exceptions.ConnectionError("connection dropped before the reply")
        response = HTTPResponse(body=io.BytesIO(raw), headers=headers, status=status,
                                preload_content=False, decode_content=False)
        return self.builder.build_response(request, response)

    def close(self) -> None:
        self.client.close()


def session_for(adapter: AppAdapter) -> requests.Session:
    """A session whose requests to SERVER_URL reach the app."""
    session = requests.Session()
    session.mount(SERVER_URL, adapter)
    return session
