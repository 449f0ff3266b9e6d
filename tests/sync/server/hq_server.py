"""Starting real headquarters servers (``lookingbeyond-server serve``) for the tests."""

from __future__ import annotations

import contextlib

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import requests


def free_port() -> int:
    """A loopback port nobody listens on (asked of the kernel)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def read_answer(connection: socket.socket) -> bytes:
    """What the server sends on ``connection`` for one request whose answer is a JSON
    object: its head and body (less when the connection closes first)."""
    received = b""
    while b"\r\n\r\n" not in received or not received.rstrip().endswith(b"}"):
        chunk = connection.recv(65536)
        if not chunk:
            break
        received += chunk
    return received


@dataclass(frozen=True)
class Server:
    """A running server: its base URL and the file its output goes to."""

    base: str
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@dataclass
class ServerProcess:
    """A server process a test controls itself (see :func:`start_server`): it may be killed
    with SIGKILL and another one started on the same database and port."""

    base: str
    log: Path
    process: subprocess.Popen[bytes]
    _output: IO[str]

    @property
    def server(self) -> Server:
        return Server(self.base, self.log)

    @property
    def port(self) -> int:
        return int(self.base.rsplit(":", 1)[1])

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        """SIGKILL: no shutdown handler, no rollback by the process itself."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=15)
        self._output.close()

    def stop(self, *, keep_log: bool = False) -> None:
        """Terminate (SIGTERM, then SIGKILL after 15 s) and remove the log file."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._output.close()
        with contextlib.suppress(OSError):
            text = self.log.read_text(encoding="utf-8", errors="replace")
            if "Traceback" in text:  # shown with a failing test's captured output, before the log goes
                print(f"--- {self.log} (the server's traceback) ---\n{text[-8000:]}")
        if not keep_log:
            self.log.unlink(missing_ok=True)


def start_server(database_url: str, *, workers: int = 1, port: int | None = None,
                 env: Mapping[str, str] | None = None) -> ServerProcess:
    """Start `lookingbeyond-server serve` on ``port`` (a free one by default), with extra
    environment variables ``env``, and wait until it answers /v1/health.  The caller stops
    or kills it.  A free port chosen here may be taken by another test process before the
    server binds it (the kernel's answer holds only while asked): then another is tried,
    up to three times."""
    if port is not None:
        return _start_server(database_url, workers, port, env)
    for attempt in range(3):
        try:
            return _start_server(database_url, workers, free_port(), env)
        except PortTaken:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


class PortTaken(RuntimeError):
    """The server could not bind its port: another process had taken it."""


def _start_server(database_url: str, workers: int, port: int,
                  env: Mapping[str, str] | None) -> ServerProcess:
    handle, name = tempfile.mkstemp(prefix="hq-server-", suffix=".log")
    os.close(handle)
    log = Path(name)
    environment = dict(os.environ, PYTHONUNBUFFERED="1", **(env or {}))
    command = [sys.executable, "-m", "lookingbeyond_desktop.headquarters", "serve", "--database-url", database_url,
               "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    output = log.open("w", encoding="utf-8")
    process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=environment)
    running = ServerProcess(f"http://127.0.0.1:{port}", log, process, output)
    try:
        deadline = time.monotonic() + 120  # a busy machine starts Python slowly
        while True:
            if process.poll() is not None:
                output = log.read_text()
                if "address already in use" in output.lower():
                    raise PortTaken(f"port {port} taken: {output}")
                raise RuntimeError(f"the server exited: {output}")
            try:
                if requests.get(f"{running.base}/v1/health", timeout=10).ok:
                    break
            except requests.RequestException:  # not up yet, or slow to answer on a busy machine
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer /v1/health within 120 s")
            time.sleep(0.1)
    except BaseException:
        running.stop()
        raise
    return running


@contextmanager
def running_server(database_url: str, *, workers: int = 1) -> Iterator[Server]:
    """A `lookingbeyond-server serve` child process on a free port (output to a file,
    so a full pipe never blocks it)."""
    running = start_server(database_url, workers=workers)
    try:
        yield running.server
    finally:
        running.stop()
