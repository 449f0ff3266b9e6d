"""Startup: the first-run screen, the overview charts, the application entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries
from PySide6.QtCore import QSettings

from lookingbeyond_desktop.store import Store, sandbox
from lookingbeyond_desktop.ui.main_window import MainWindow
from lookingbeyond_desktop.ui.ops import Ops
from tests.ui.conftest import settle


def test_first_run_loads_demo_data_then_shows_organizations(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """An empty data folder opens on the welcome screen; "demo data" fills the registry on
    the worker and lands on the Organizations page with rows in it, and the choice is
    remembered in the folder (a demo folder, which does not welcome again)."""
    store = Store.open(tmp_path / "empty")
    ops = Ops(store)
    settings = QSettings()
    window = MainWindow(ops, settings, first_run=True)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.current_page() == "first_run" and not window.nav.isEnabled()
        window.first_run.demo_button.click()
        qtbot.waitUntil(lambda: window.current_page() == "organizations", timeout=60_000)
        settle(qtbot, ops)
        assert window.organizations.model.rowCount() == 2_000
        with store.engine.connect() as connection:
            assert sandbox.is_demo(connection) and not sandbox.needs_welcome(connection)
    finally:
        ops.shutdown()
        store.close()


def test_overview_charts_follow_the_data(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The overview draws one bar per region and per thematic area with the counts of the
    registry, and redraws after organizations are deleted."""
    window.go("overview")
    settle(qtbot, window.ops)
    overview = window.overview
    region_series = [s for s in overview.region_chart.series() if isinstance(s, QBarSeries)]
    theme_series = [s for s in overview.theme_chart.series() if isinstance(s, QHorizontalBarSeries)]
    assert region_series and theme_series
    bars = region_series[0].barSets()[0]
    assert sum(bars.at(i) for i in range(bars.count())) == 300
    assert bars.count() == 5
    page = window.organizations
    page.table.selectRow(0)
    settle(qtbot, window.ops)
    page.delete_selected()
    settle(qtbot, window.ops)
    qtbot.waitUntil(lambda: sum(overview.by_region.values()) == 299, timeout=30_000)


def test_right_to_left_layout(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """In a right-to-left locale the navigation sits on the right of the pages."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        # Waited for (the relayout is posted), not slept for: a busy machine may be slower.
        qtbot.waitUntil(lambda: window.nav.mapTo(window, window.nav.rect().topLeft()).x()
                        > window.stack.mapTo(window, window.stack.rect().topLeft()).x(),
                        timeout=30_000)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_app_run_opens_the_window_and_reports_ready(demo_dir: Path, tmp_path: Path) -> None:
    """``lookingbeyond gui --data-dir`` (app.run) opens the window on that folder, shows rows
    and exits cleanly (the benchmark's ready hook)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOOKINGBEYOND_EXIT_WHEN_READY": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "lookingbeyond_desktop", "gui", "--data-dir", str(demo_dir)],
        capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready ")
    assert (demo_dir / "logs" / "lookingbeyond.log").exists()
