"""The tests' own way of starting real headquarters servers (tests/sync/server/hq_server.py)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server.database import init_database, make_engine
from tests.sync.server import hq_server


def test_a_port_taken_before_the_server_binds_it_is_replaced(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A free port handed out may be taken by another test process before the server binds
    it (two xdist workers): the start sees "address already in use" and tries another free
    port, and the server then answers on that one."""
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    engine = make_engine(url)
    init_database(engine, REGISTRY)
    engine.dispose()
    real = hq_server.free_port
    handed: list[int] = []
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()

        def free_port() -> int:  # the first answer is a port another process holds
            handed.append(taken.getsockname()[1] if not handed else real())
            return handed[-1]

        monkeypatch.setattr(hq_server, "free_port", free_port)
        running = hq_server.start_server(url)
        try:
            assert len(handed) == 2 and running.port == handed[1] != handed[0]
            assert "address already in use" not in running.output().lower()
        finally:
            running.stop()
