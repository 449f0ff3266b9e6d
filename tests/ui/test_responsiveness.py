"""The GUI thread stays responsive on the 100,000-organization replica."""

from __future__ import annotations

import contextlib
import gc
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.ui.heartbeat import Heartbeat
from lookingbeyond_desktop.ui.main_window import MainWindow
from lookingbeyond_desktop.ui.ops import Ops
from tests.ui.conftest import HANG_MS, WAIT_MS, gui_thread_io, settle


@pytest.mark.slow
def test_gui_thread_never_blocked_by_big_queries(big_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Opening the list, searching as one types, filtering, sorting and scrolling to the
    end of 100,000 organizations runs no query on the GUI thread (every one goes to the
    database worker), the GUI thread never hangs (a heartbeat bound of seconds: how long it
    is really kept from its event loop is bench/bench_gui.py's figure, not a test's), and
    memory holds only a bounded page cache of rows."""
    # The application freezes what start-up made (app.run calls gc.freeze()); do the same
    # with what earlier tests left in this process, so the test measures the application.
    gc.collect()
    gc.freeze()
    store = Store.open(big_dir)
    ops = Ops(store)
    beat = Heartbeat()
    beat.start()
    with gui_thread_io(store.engine) as seen:
        try:
            window = MainWindow(ops, QSettings())
            qtbot.addWidget(window)
            window.show()
            page = window.organizations
            qtbot.waitUntil(lambda: page.model.rowCount() == 100_000, timeout=4 * WAIT_MS)
            settle(qtbot, ops)
            for letter in "transp":
                qtbot.keyClick(page.search, letter)
                qtbot.wait(30)
            settle(qtbot, ops)
            assert 0 < page.model.rowCount() < 100_000
            page.search.clear()
            page.theme.setCurrentIndex(page.theme.findData("corruption"))
            settle(qtbot, ops)
            page.clear_filters()
            settle(qtbot, ops)
            page.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
            settle(qtbot, ops)
            bar = page.table.verticalScrollBar()
            started = time.perf_counter()
            for step in range(0, bar.maximum() + 1, max(1, bar.maximum() // 200)):
                bar.setValue(step)
                qtbot.wait(1)
            bar.setValue(bar.maximum())
            settle(qtbot, ops)
            assert time.perf_counter() - started < 120  # a hang detector, not a speed limit
            last = page.model.rowCount() - 1
            qtbot.waitUntil(lambda: page.model.cached(last) is not None, timeout=WAIT_MS)
            assert page.model.cache_size() <= 3_000 + 100
            beat.stop()
            assert seen.queries == [], f"queries on the GUI thread: {seen.queries[:5]}"
            assert seen.network == [], seen.network
            assert beat.worst < HANG_MS, f"GUI thread hung {beat.worst:.0f} ms"
        finally:
            beat.stop()
            ops.shutdown()
            store.close()
            gc.unfreeze()


def test_the_gui_thread_io_detector_sees_io_on_the_gui_thread_only(tmp_path: Path) -> None:
    """The detector the GUI tests rely on records a query and a network call made on the GUI
    thread, and nothing done on another thread (so it fails a test whatever the speed)."""
    import socket
    import threading

    from sqlalchemy import text

    def work() -> None:
        with store.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        with contextlib.suppress(OSError):
            socket.getaddrinfo("localhost", 9)

    store = Store.open(tmp_path / "data")
    try:
        with gui_thread_io(store.engine) as seen:
            worker = threading.Thread(target=work)
            worker.start()
            worker.join()
            assert seen.queries == [] and seen.network == []
            work()
        assert "SELECT" in seen.queries
        assert seen.network == ["getaddrinfo"]
    finally:
        store.close()
