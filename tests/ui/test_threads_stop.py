"""A worker thread never outlives the object that owns it.

Qt aborts the whole process when a QThread is destroyed while it runs ("QThread: Destroyed
while thread is still running").  The database worker (``Ops``) and the network thread
(``SyncService``) are stopped by their owner's close, but an owner can also go without it: a
window whose closing was cancelled and that is deleted later, a parent deleted, the garbage
collector collecting a cycle.  Seen once in a loaded run of the suite (the garbage collector
ran while a later test opened a window, and the process aborted).  Each case runs in a
process of its own, since the failure is an abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROLOGUE = """
import gc, os, sys
from pathlib import Path
import shiboken6
from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.ui.ops import Ops
from lookingbeyond_desktop.ui.sync_worker import SyncService
app = QApplication([])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
store = Store.open(Path(sys.argv[1]))
"""

CASES = {
    "the database worker of an Ops dropped without shutdown": """
ops = Ops(store)
ops.read(lambda connection: connection.exec_driver_sql("SELECT 1").scalar())
del ops
gc.collect()
""",
    "the network thread of a sync service whose parent is deleted": """
parent = QObject()
service = SyncService(store, QSettings(), parent=parent)
service._ensure_thread()
del service
shiboken6.delete(parent)
del parent
gc.collect()
""",
    "both threads of a window deleted without its close event": """
from lookingbeyond_desktop.ui.main_window import MainWindow
ops = Ops(store)
window = MainWindow(ops, QSettings())
window.sync_service._ensure_thread()
shiboken6.delete(window)
del window, ops
gc.collect()
""",
}


@pytest.mark.parametrize("case", list(CASES))
def test_an_owner_destroyed_with_its_thread_running_stops_the_thread_first(
        case: str, tmp_path: Path) -> None:
    """The owner goes away while its thread runs; the process carries on (no abort), and
    Qt never says a thread was destroyed while running."""
    code = PROLOGUE + CASES[case] + "\nstore.close()\nprint('carried on')\n"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "data"),
                             str(tmp_path / "settings")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert "Destroyed while thread" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("carried on")
