"""Demo data is a sandbox, in the window: a demo folder says so in the title, its Sync page
login answers with the reason (no enrolment is attempted), and the welcome screen comes for
every new, empty folder, remembers "start empty", and fits its text on a small screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget

from lookingbeyond_desktop.demo import generate
from lookingbeyond_desktop.store import Store, sandbox
from lookingbeyond_desktop.ui.main_window import MainWindow
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.sync_worker import SyncService
from tests.test_sandbox_cli import DEMO_WORDS, Listener
from tests.ui.conftest import WAIT_MS, settle


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A would-be headquarters that records connection attempts."""
    found = Listener()
    yield found
    found.socket.close()


class Desk:
    """A real main window on a data folder; ``first_run`` decided as app.py decides it."""

    def __init__(self, folder: Path, qtbot: Any, settings: QSettings | None = None) -> None:
        self.store = Store.open(folder)
        with self.store.engine.connect() as connection:
            first_run = sandbox.needs_welcome(connection)
        self.ops = Ops(self.store)
        self.window = MainWindow(self.ops, settings or QSettings(), first_run=first_run)
        qtbot.addWidget(self.window)
        self.window.show()
        settle(qtbot, self.ops)

    def close(self) -> None:
        self.window.sync_service.shutdown()
        self.ops.shutdown()
        self.store.close()


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    """A data folder filled (and marked) as the welcome screen's demo button does."""
    folder = tmp_path / "demo"
    with Store.open(folder) as store:
        generate(store, organizations=30, sandbox=True)
    return folder


def test_demo_folder_login_shows_the_reason_and_never_connects(
        demo_folder: Path, listener: Listener, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a demo folder the title says "demo data", the Sync page's login button is off
    with the reason beside it, and a login (Enter in the password field) answers with that
    reason: no network thread starts and nothing reaches the server's port."""
    desk = Desk(demo_folder, qtbot)
    try:
        window, page = desk.window, desk.window.sync_page
        qtbot.waitUntil(lambda: window.sync_service.sandbox, timeout=WAIT_MS)
        assert window.windowTitle().endswith("demo data")
        window.go("sync")
        assert not page.login_button.isEnabled()
        assert DEMO_WORDS in page.login_message.text()
        page.server_edit.setText(listener.url)
        page.user_edit.setText("amina")
        page.password_edit.setText("secret")
        page.login_message.clear()
        with qtbot.waitSignal(window.sync_service.sig_enrol_failed, timeout=WAIT_MS) as failed:
            page.password_edit.returnPressed.emit()
        assert failed.args[0] == "demo_data"
        assert DEMO_WORDS in page.login_message.text()
        assert "File > New data folder" in page.login_message.text()
        window.sync_now()  # Sync now (F9) goes to the login, which stays refused
        assert window.sync_service._thread is None and not listener.attempted()
    finally:
        desk.close()


def test_network_thread_refuses_a_demo_folder_before_any_request(
        demo_folder: Path, listener: Listener, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Even before the window has read the mark, a login and a sync of a demo folder go
    through the one door (store/sync_adapter.py) that refuses them before any request;
    the service then knows the folder is a sandbox, and schedules no retry."""
    store = Store.open(demo_folder)
    service = SyncService(store, QSettings())
    try:
        assert not service.sandbox
        with qtbot.waitSignal(service.sig_enrol_failed, timeout=WAIT_MS) as failed:
            assert service.login(listener.url, "amina", "secret")
        assert failed.args[0] == "demo_data" and DEMO_WORDS in failed.args[1]
        assert service.sandbox
        service.sandbox = False  # as if unknown again: the sync path is refused too
        with qtbot.waitSignal(service.sig_failed, timeout=WAIT_MS) as failed:
            assert service.sync_now()
        assert failed.args[0] == "demo_data" and failed.args[2] is False
        assert service.sandbox and not service.retry_timer.isActive()
        assert not listener.attempted()
    finally:
        service.shutdown()
        store.close()


def test_every_new_folder_welcomes_and_start_empty_is_remembered(
        tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A fresh empty folder opens on the welcome screen; "Start with an empty registry" is
    kept in that folder, so it opens on Organizations next time; a second fresh folder (same
    user settings) still gets the welcome screen, with its demo button."""
    settings = QSettings()
    first = Desk(tmp_path / "first", qtbot, settings)
    try:
        assert first.window.current_page() == "first_run"
        first.window.first_run.empty_button.click()
        qtbot.waitUntil(lambda: first.window.current_page() == "organizations", timeout=WAIT_MS)
        assert first.window.nav.isEnabled()
    finally:
        first.close()
    again = Desk(tmp_path / "first", qtbot, settings)
    try:
        assert again.window.current_page() == "organizations"
        assert not again.window.windowTitle().endswith("demo data")
    finally:
        again.close()
    second = Desk(tmp_path / "second", qtbot, settings)
    try:
        assert second.window.current_page() == "first_run"
        assert second.window.first_run.demo_button.isEnabled()
    finally:
        second.close()


def test_demo_button_marks_the_folder_and_the_title(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """"Explore with demo data" fills the folder and marks it a demo folder in the same
    step: the title then says so and the folder does not welcome again."""
    import lookingbeyond_desktop.ui.first_run as first_run

    desk = Desk(tmp_path / "fresh", qtbot)
    try:
        first_run.DEMO_ORGANIZATIONS = 40  # a small demo: the same code path
        desk.window.first_run.demo_button.click()
        qtbot.waitUntil(lambda: desk.window.current_page() == "organizations", timeout=60_000)
        qtbot.waitUntil(lambda: desk.window.windowTitle().endswith("demo data"), timeout=WAIT_MS)
        with desk.store.engine.connect() as connection:
            assert sandbox.is_demo(connection) and not sandbox.needs_welcome(connection)
    finally:
        first_run.DEMO_ORGANIZATIONS = 2_000
        desk.close()


LONG = ("Ceci est un texte de pseudo-traduction nettement plus long que l'original, pour "
        "vérifier que rien ne se chevauche : ")


def _visible_blocks(page: QWidget) -> list[QWidget]:
    return [w for w in (page.title, page.text, page.demo_button, page.demo_note,
                        page.empty_button, page.later) if w.isVisible()]


def _fits(page: Any) -> bool:
    try:
        _assert_fits(page)
    except AssertionError:
        return False
    return True


def _assert_fits(page: Any) -> None:
    blocks = _visible_blocks(page)
    for upper, lower in zip(blocks, blocks[1:]):
        assert upper.geometry().bottom() < lower.geometry().top(), (
            upper.objectName(), upper.geometry(), lower.objectName(), lower.geometry())
    for block in blocks:
        if isinstance(block, QLabel):  # the whole wrapped text has room
            assert block.height() >= block.heightForWidth(block.width()), block.objectName()
        assert block.width() <= page.scroll_area.viewport().width()
        assert block.geometry().right() <= page.column.width()


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_welcome_text_never_overlaps_the_buttons(tmp_path: Path, qtbot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """At 1024×600 and 1920×1080, in English and with a long pseudo-translation, every
    paragraph of the welcome screen has the height its wrapped text needs and sits apart
    from the buttons (one below the other, nothing wider than the screen)."""
    desk = Desk(tmp_path / "fresh", qtbot)
    try:
        window, page = desk.window, desk.window.first_run
        window.resize(*size)
        qtbot.waitUntil(lambda: page.text.width() > 0 and page.isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: _fits(page), timeout=WAIT_MS)  # laid out (posted events)
        for label in (page.title, page.text, page.demo_note, page.later):
            label.setText(LONG * 3 + label.text())
        for button in (page.demo_button, page.empty_button):
            button.setText("Explorer l'application avec des données de démonstration")
        qtbot.waitUntil(lambda: _fits(page), timeout=WAIT_MS)
        _assert_fits(page)  # says what overlaps when it does not fit
    finally:
        desk.close()


def test_file_menu_opens_another_data_folder(tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """File offers "Open data folder…" and "New data folder…"; choosing a folder closes the
    window and names the folder app.run opens next (and remembers for the next start)."""
    from lookingbeyond_desktop.app import LAST_FOLDER_KEY, last_data_dir

    desk = Desk(tmp_path / "demo", qtbot)
    try:
        texts = [a.text() for a in desk.window.menuBar().actions()[0].menu().actions()]
        assert "&Open data folder…" in texts and "New data &folder…" in texts
        desk.window.open_data_folder(tmp_path / "real")
        assert desk.window.switch_to == tmp_path / "real" and not desk.window.isVisible()
    finally:
        desk.close()
    (tmp_path / "real").mkdir()
    QSettings().setValue(LAST_FOLDER_KEY, str(tmp_path / "real"))
    monkeypatch.delenv("LOOKINGBEYOND_DATA_DIR", raising=False)
    assert last_data_dir() == tmp_path / "real"
