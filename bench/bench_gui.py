"""Benchmark of the desktop window on the 100,000-organization replica.

    .venv/bin/python bench/bench_gui.py [--orgs 100000] [--runs 5]

Prints: cold start to an interactive window (a subprocess per run, from launch to the
first rows on screen), keystroke-to-results of search-as-you-type (p50/p95), the longest
time the GUI thread was kept from its event loop, and resident memory after scrolling the
whole table.  The replica is built once (about a minute) under $LOOKINGBEYOND_BENCH_CACHE
(default /tmp/lookingbeyond-bench) and reused.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CACHE = Path(os.environ.get("LOOKINGBEYOND_BENCH_CACHE", "/tmp/lookingbeyond-bench"))
QUERIES = ("transparency", "centre for justice", "جمعية", "fundación", "москва", "nairobi",
           "integrity", "ассоциация", "observatoire", "harm")


def dataset(organizations: int, seed: int = 1) -> Path:
    """The cached replica (the same folder the slow tests use)."""
    from lookingbeyond_desktop.demo import generate
    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.store.database import SCHEMA_HEAD

    folder = CACHE / f"orgs{organizations}-seed{seed}-schema{SCHEMA_HEAD}"  # as tests/ui/conftest.py
    if not (folder / "complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building {organizations:,} organizations in {folder} (once)…", flush=True)
        with Store.open(folder) as store:
            generate(store, organizations=organizations, seed=seed)
        (folder / "complete").write_text("ok")
    return folder


def cold_start(folder: Path, runs: int) -> list[float]:
    """Seconds from launching the process to the first rows on screen."""
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "LOOKINGBEYOND_EXIT_WHEN_READY": "1", "XDG_CONFIG_HOME": home}
        for _ in range(runs):
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-m", "lookingbeyond_desktop", "gui", "--data-dir", str(folder)],
                stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
            assert process.stdout is not None
            line = process.stdout.readline()
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            if not line.startswith("ready"):
                raise SystemExit(f"the window did not report ready: {line!r}")
            times.append(elapsed)
    return times


def interactive(folder: Path) -> dict[str, float]:
    """Keystroke-to-results, GUI-thread gaps and memory, in one window."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from lookingbeyond_desktop.store import Store
    from lookingbeyond_desktop.ui.heartbeat import Heartbeat
    from lookingbeyond_desktop.ui.main_window import MainWindow
    from lookingbeyond_desktop.ui.ops import Ops

    app = QApplication.instance() or QApplication([])
    settings_dir = tempfile.mkdtemp()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    store = Store.open(folder)
    ops = Ops(store)
    window = MainWindow(ops, QSettings())
    window.show()
    page = window.organizations
    model = page.model

    def wait(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    wait(lambda: model.rowCount() == 100_000 or (model.loaded and ops.idle))
    beat = Heartbeat(interval=5)
    beat.start()
    latencies: list[float] = []
    for query in QUERIES:
        page.search.clear()
        wait(lambda: ops.idle)
        for letter in query:
            counted: list[float] = []
            model.sig_counted.connect(lambda _n, c=counted: c.append(time.perf_counter()))
            started = time.perf_counter()
            page.search.setText(page.search.text() + letter)  # what a key press does
            wait(lambda c=counted: bool(c) and ops.idle)
            model.sig_counted.disconnect()
            model.sig_counted.connect(page._counted)
            latencies.append((time.perf_counter() - started) * 1000)
    search_worst = beat.worst
    page.clear_filters()
    wait(lambda: ops.idle and model.rowCount() == 100_000)
    bar = page.table.verticalScrollBar()
    scroll_started = time.perf_counter()
    step = max(1, bar.maximum() // 2000)
    for value in range(0, bar.maximum() + 1, step):
        bar.setValue(value)
        app.processEvents()
        QTest.qWait(0)
    bar.setValue(bar.maximum())
    wait(lambda: ops.idle and model.cached(model.rowCount() - 1) is not None)
    scroll_seconds = time.perf_counter() - scroll_started
    beat.stop()
    rss = _rss_mb()
    ops.shutdown()
    store.close()
    QTimer.singleShot(0, window.close)
    latencies.sort()
    return {
        "keystrokes": len(latencies),
        "p50": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95) - 1],
        "max": latencies[-1],
        "gui_worst_search": search_worst,
        "gui_worst_all": beat.worst,
        "scroll_seconds": scroll_seconds,
        "rss_mb": rss,
    }


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = dataset(args.orgs)
    starts = cold_start(folder, args.runs)
    print(f"cold start to interactive window: median {statistics.median(starts):.2f} s "
          f"(runs: {', '.join(f'{s:.2f}' for s in starts)}; limit 1.5 s, aim 1.0 s)")
    figures = interactive(folder)
    print(f"keystroke to results ({figures['keystrokes']:.0f} keystrokes): "
          f"p50 {figures['p50']:.1f} ms, p95 {figures['p95']:.1f} ms, max {figures['max']:.1f} ms "
          f"(limit p95 100 ms, aim 30 ms)")
    print(f"GUI thread longest block: {figures['gui_worst_search']:.1f} ms while searching, "
          f"{figures['gui_worst_all']:.1f} ms including scrolling the whole table (limit 50 ms)")
    print(f"resident memory after scrolling all {args.orgs:,} rows "
          f"({figures['scroll_seconds']:.1f} s): {figures['rss_mb']:.0f} MB (limit 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
