"""Starting real headquarters servers (``lookingbeyond-server serve``) for the tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests


def free_port() -> int:
    """A loopback port nobody listens on (asked of the kernel)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Server:
    """A running server: its base URL and the file its output goes to."""

    base: str
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def running_server(database_url: str, *, workers: int = 1) -> Iterator[Server]:
    """A `lookingbeyond-server serve` child process on a free port (output to a file,
    so a full pipe never blocks it)."""
    port = free_port()
    handle, name = tempfile.mkstemp(prefix="hq-server-", suffix=".log")
    os.close(handle)
    log = Path(name)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    command = [sys.executable, "-m", "sync.server.cli", "serve", "--database-url", database_url,
               "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    output = log.open("w", encoding="utf-8")
    process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited: {log.read_text()}")
            try:
                if requests.get(f"{base}/v1/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer /v1/health within 30 s")
            time.sleep(0.1)
        yield Server(base, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        output.close()
        log.unlink(missing_ok=True)
