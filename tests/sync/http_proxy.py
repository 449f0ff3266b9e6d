"""A misbehaving HTTP proxy on the way to headquarters, for fault tests: it answers a number
of requests (or all) with an error status and an HTML page, as a failing reverse proxy
does, and can damage the body of each sync reply it forwards."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable
from typing import Any

import requests


class MisbehavingProxy:
    """Forwards to ``target`` after answering the first ``failures`` requests (every request
    when None) with ``status``; ``damage`` rewrites the raw (compressed) body of each
    successful ``/v1/sync`` reply, with a Content-Length that matches what is sent.
    ``seen`` counts the requests."""

    def __init__(self, target: str, *, failures: int | None = 0, status: int = 503,
                 damage: Callable[[bytes], bytes] | None = None) -> None:
        self.failures, self.seen = failures, 0
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self, method: str) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
                proxy.seen += 1
                if proxy.failures is None or proxy.seen <= proxy.failures:
                    page = f"<html><body>{status} Service Unavailable</body></html>".encode()
                    self.send_response(status)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(page)))
                    self.end_headers()
                    self.wfile.write(page)
                    return
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "content-length", "connection")}
                answer = requests.request(method, target + self.path, data=body, headers=headers,
                                          stream=True, timeout=30)
                raw = answer.raw.read(decode_content=False)
                if damage is not None and self.path.endswith("/v1/sync") and answer.status_code == 200:
                    raw = damage(raw)
                self.send_response(answer.status_code)
                for key, value in answer.headers.items():
                    if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_POST(self) -> None:  # noqa: N802
                self._answer("POST")

            def do_GET(self) -> None:  # noqa: N802
                self._answer("GET")

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        """Stop answering."""
        self.httpd.shutdown()
        self.httpd.server_close()
