"""Fixtures for the desktop tests: offscreen Qt, settings and data folders under tmp_path,
a small demo replica made once per session, and the 100,000-organization replica made once
and cached under /tmp (keyed by its seed)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest

from PySide6.QtCore import QCoreApplication, QSettings

from lookingbeyond_desktop.demo import generate
from lookingbeyond_desktop.store import Store

BIG_CACHE = Path(os.environ.get("LOOKINGBEYOND_BENCH_CACHE", "/tmp/lookingbeyond-bench"))


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


def big_dataset(organizations: int = 100_000, seed: int = 1) -> Path:
    """The 100,000-organization data folder, built once (about a minute) and reused."""
    folder = BIG_CACHE / f"orgs{organizations}-seed{seed}"
    marker = folder / "complete"
    if not marker.exists():
        if folder.exists():
            shutil.rmtree(folder)
        with Store.open(folder) as store:
            generate(store, organizations=organizations, seed=seed)
        marker.write_text("ok")
    return folder


@pytest.fixture(scope="session")
def big_dir() -> Path:
    """The cached 100,000-organization replica (read-only use: tests must not write)."""
    return big_dataset()


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
    qtbot.waitUntil(lambda: win.organizations.model.loaded and ops.idle, timeout=10_000)
    yield win
    win.undo_stack.clear()
    ops.shutdown()
    store.close()


def settle(qtbot, ops, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every database job and its follow-up queries are answered."""
    qtbot.wait(20)
    qtbot.waitUntil(lambda: ops.idle, timeout=timeout)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: ops.idle, timeout=timeout)
