"""The empty sync's quick path over TLS (issue 15, item 4; docs/security.md): it checks the
server's certificate as requests does before it writes the token, against the bundle
requests would take (``REQUESTS_CA_BUNDLE``), and a certificate it cannot trust stops it
before anything is sent (the ordinary path then runs and reports)."""

from __future__ import annotations

import http.server
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from lookingbeyond_desktop import quick_sync


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list[str] = []

    def do_POST(self) -> None:  # noqa: N802 - the handler's name
        self.seen.append(self.headers.get("Authorization", ""))
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTPS server on loopback with a self-signed certificate for 127.0.0.1; its URL
    and the certificate's file."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    _Recorder.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/v1/sync", cert
    finally:
        server.shutdown()
        server.server_close()


def test_a_certificate_it_cannot_trust_stops_it_before_the_token_is_sent(
        tls_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """A server whose certificate is not in the bundle (certifi's, as requests takes it):
    the handshake fails, the quick path stops with an error (the ordinary path then runs),
    and the server never receives the token."""
    url, _cert = tls_server
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    with pytest.raises(ssl.SSLError):
        quick_sync.post(url, b"{}", "secret-token")
    assert _Recorder.seen == []


def test_the_bundle_requests_would_take_is_the_one_it_trusts(
        tls_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``REQUESTS_CA_BUNDLE`` naming the server's certificate (as an office with its
    own certificate authority sets it for requests), the quick path trusts it too: the
    request arrives with the token, the answer is read."""
    url, cert = tls_server
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    status, gzipped, raw = quick_sync.post(url, b"{}", "secret-token")
    assert (status, gzipped, raw) == (200, False, b"{}")
    assert _Recorder.seen == ["Bearer secret-token"]
