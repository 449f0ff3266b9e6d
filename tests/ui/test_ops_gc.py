"""Python's garbage collector never destroys Qt objects on a worker thread.

The collector runs in whichever thread allocates past its threshold.  The database worker
building the duplicate index allocates millions of objects, so it used to collect there,
and a garbage cycle holding a Qt object (an ``Ops`` an earlier test left behind, a closed
dialog) was destroyed on the database thread while the GUI thread delivered that object's
events: "Fatal Python error: Segmentation fault", with the GUI thread shown
"Garbage-collecting" inside ``qtbot.waitUntil`` and the worker in ``matching._is_acronym``
(docs/testing.md, fourth session).  While a worker thread of ``ui/ops.py`` runs, the GUI
thread alone collects."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import QObject

from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.duplicates import LiveIndex
from lookingbeyond_desktop.ui.ops import Files, Ops
from tests.ui.conftest import WAIT_MS, settle

CYCLES = 50


def _qt_garbage(destroyed_on: list[str]) -> None:
    """Make ``CYCLES`` unreachable cycles each holding a Python-owned QObject; each notes
    the thread it is destroyed on."""
    for _ in range(CYCLES):
        holder = QObject()
        holder.cycle = holder  # type: ignore[attr-defined]  # only the collector frees it
        weakref.finalize(holder, lambda: destroyed_on.append(threading.current_thread().name))


def test_garbage_holding_qt_objects_is_collected_on_the_gui_thread_while_the_index_builds(demo_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt objects left in garbage cycles on the GUI thread are destroyed on the GUI thread,
    though the database worker builds the duplicate index meanwhile (allocating far past
    the collector's threshold) while the GUI thread waits without allocating; they are
    collected without an explicit ``gc.collect()``."""
    store = Store.open(demo_dir)
    ops = Ops(store)
    try:
        settle(qtbot, ops)
        gc.collect()
        destroyed_on: list[str] = []
        _qt_garbage(destroyed_on)
        built = threading.Event()
        live = LiveIndex()

        def build(connection):  # type: ignore[no-untyped-def]
            live.current(connection)
            built.set()

        ops.read(build)
        assert built.wait(WAIT_MS / 1000)  # the GUI thread allocates nothing meanwhile
        qtbot.waitUntil(lambda: len(destroyed_on) == CYCLES, timeout=WAIT_MS)
        assert set(destroyed_on) == {threading.main_thread().name}
    finally:
        ops.shutdown()
        store.close()


def test_automatic_collection_is_back_once_the_workers_stop(demo_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Automatic collection is off while a database worker or a file thread runs (two at
    once, stopped in either order) and back once the last one has stopped, also when
    one is stopped twice."""
    assert gc.isenabled()
    store = Store.open(demo_dir)
    first, second = Ops(store), Ops(store)
    files = Files()
    try:
        assert not gc.isenabled()
        files.run(lambda: None)
        qtbot.waitUntil(lambda: files.idle, timeout=WAIT_MS)
        first.shutdown()
        first.shutdown()
        assert not gc.isenabled()
        files.shutdown()
        assert not gc.isenabled()
        second.shutdown()
        assert gc.isenabled()
    finally:
        for ops in (first, second):
            ops.shutdown()
        files.shutdown()
        store.close()
    assert gc.isenabled()


def test_a_qt_object_held_only_by_a_job_is_destroyed_on_the_gui_thread(demo_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A Python-owned QObject whose last reference is a job's function (a window closed
    while its query ran) goes once the job is answered, on the GUI thread — for database
    reads, reads that fail (the error's frames held it too) and file jobs — never on the
    worker thread, which dropped some of them (racing the answer: a few of the 300 in
    every run of this test on the code before)."""
    store = Store.open(demo_dir)
    ops = Ops(store)
    files = Files()
    destroyed_on: list[str] = []

    def held_by_a_job(submit) -> None:  # type: ignore[no-untyped-def]
        holder = QObject()
        weakref.finalize(holder, lambda: destroyed_on.append(threading.current_thread().name))
        submit(holder)

    try:
        for _ in range(100):
            held_by_a_job(lambda h: ops.read(lambda c, h=h: c.exec_driver_sql(
                "SELECT 1").scalar()))
            held_by_a_job(lambda h: ops.read(lambda c, h=h: 1 / 0, failed=lambda *_: None))
            held_by_a_job(lambda h: files.run(lambda h=h: h.objectName()))
            qtbot.waitUntil(lambda: ops.idle and files.idle, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: len(destroyed_on) == 300, timeout=WAIT_MS)
        assert set(destroyed_on) == {threading.main_thread().name}
    finally:
        ops.shutdown()
        files.shutdown()
        store.close()
