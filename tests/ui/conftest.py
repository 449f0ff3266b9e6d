"""Fixtures for the desktop tests: offscreen Qt, settings and data folders under tmp_path,
a small demo replica made once per session, and the 100,000-organization replica made once
and cached under /tmp (keyed by its seed).

No test here depends on the machine's speed (docs/testing.md): how long the GUI thread is
kept from its event loop is measured by bench/bench_gui.py; a test only checks, with
:func:`gui_thread_io`, that the GUI thread makes no network call and runs no query on the
local database, and keeps a heartbeat bound of seconds (``HANG_MS``) to catch a real hang."""

from __future__ import annotations

import os
import shutil
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest

from PySide6.QtCore import QCoreApplication, QSettings

from sqlalchemy import event

from lookingbeyond_desktop.demo import generate
from lookingbeyond_desktop.store import Store
from tests import bigdata, rawdb

# A hang detector, not a latency limit: a loaded machine keeps the GUI thread from its event
# loop for a few hundred ms now and then (270 ms seen at load 3.5 on two cores); a GUI thread
# waiting on the network or on a long query stops for seconds.  Latency: bench/bench_gui.py.
HANG_MS = 3_000
# Waits for things that take well under a second on a quiet machine: generous, since they
# cost nothing when things work and a loaded machine may be ten times slower.
WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    """QSettings go to a file under tmp_path, never the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("UNODC-test")
    QCoreApplication.setApplicationName("LookingBeyond-test")
    yield


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps secrets in a dict: tests never touch a real keyring or a file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every desktop test gets a fresh in-memory keyring (device tokens live there)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with 300 demo organizations (copied for each test that needs one)."""
    folder = tmp_path_factory.mktemp("demo-template")
    with Store.open(folder) as store:
        generate(store, organizations=300, seed=7)
    return folder


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo data folder."""
    target = tmp_path / "data"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture(scope="session")
def big_dir() -> Path:
    """The cached 100,000-organization replica (read-only use: tests must not write), the
    folder the suite builds in the background when the cache has none (tests/bigdata.py)."""
    folder = bigdata.ready()
    rawdb.remember(folder, (folder / "test-key").read_text())
    return folder


@pytest.fixture
def window(demo_dir: Path, qtbot):  # type: ignore[no-untyped-def]
    """The real main window on a private copy of the demo data, its worker running."""
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    store = Store.open(demo_dir)
    ops = Ops(store)
    win = MainWindow(ops, QSettings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.organizations.model.loaded and ops.idle, timeout=WAIT_MS)
    yield win
    win.undo_stack.clear()
    ops.shutdown()
    store.close()


def settle(qtbot, ops, timeout: int = WAIT_MS) -> None:  # type: ignore[no-untyped-def]
    """Wait until every database job and its follow-up queries are answered."""
    qtbot.wait(20)
    qtbot.waitUntil(lambda: ops.idle, timeout=timeout)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: ops.idle, timeout=timeout)


@dataclass
class GuiThreadIO:
    """What the GUI thread did while :func:`gui_thread_io` watched: network calls (socket
    connects, sends, receives and name look-ups) and SQL statements on the watched engines."""

    network: list[str] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)


@contextmanager
def gui_thread_io(*engines: Any) -> Iterator[GuiThreadIO]:
    """Record every network call made on the GUI (main) thread, and every SQL statement run
    on the GUI thread through ``engines``.  Other threads (the application's workers, the
    link emulator, proxies) are not recorded.  Speed-independent: it fails when the GUI
    thread does I/O however fast the machine is."""
    seen = GuiThreadIO()
    gui = threading.main_thread()
    originals: dict[str, Any] = {}

    def spy(name: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is gui:
                seen.network.append(name)
            return real(*args, **kwargs)
        return call

    for name in ("connect", "connect_ex", "send", "sendall", "recv", "recv_into"):
        originals[name] = getattr(socket.socket, name)
        setattr(socket.socket, name, spy(f"socket.{name}", originals[name]))
    real_getaddrinfo = socket.getaddrinfo
    socket.getaddrinfo = spy("getaddrinfo", real_getaddrinfo)  # type: ignore[assignment]

    def on_query(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if threading.current_thread() is gui:
            seen.queries.append(statement.split(None, 1)[0] if statement.strip() else "")

    for engine in engines:
        event.listen(engine, "before_cursor_execute", on_query)
    try:
        yield seen
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", on_query)
        socket.getaddrinfo = real_getaddrinfo  # type: ignore[assignment]
        for name, real in originals.items():
            setattr(socket.socket, name, real)
