"""The one database worker: every query and write runs on its thread; results come back
to the GUI thread by signal (the Anki ``CollectionOp`` and Spyder worker patterns).  Work on
files that needs no database (an export being written) runs on a :class:`Files` thread
instead, beside it.

Usage at a call site is a one-liner::

    ops.read(lambda c: browse.contacts_of(c, org_id), self._show_contacts)
    ops.write(lambda w: w.update("organizations", org_id, changes), self._saved,
              tables={"organizations"})

A read submitted with a ``key`` supersedes the reads of the same key still waiting in the
queue: typing ten letters fast runs the newest search, not ten of them.

While a worker thread of this module runs, Python's garbage collector runs on the GUI
thread only (:class:`_GuiCollector`).
"""

from __future__ import annotations

import gc
import itertools
import logging
import threading
import traceback
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from lookingbeyond_desktop.store.database import Store

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]
ALL_TABLES = frozenset({"organizations", "contacts", "activities", "participations", "grants"})


@dataclass
class Job:
    """One unit of database work, run on the worker thread."""

    id: int
    fn: Callable[[Any], Any]
    mode: str  # "read" (gets a Connection), "write" (a Writer) or "store" (the Store)
    key: str | None = None
    author: str | None = None
    tables: frozenset[str] = field(default_factory=frozenset)


class _Skipped:
    """The result of a keyed read that a newer read of the same key replaced."""


SKIPPED = _Skipped()


class _GuiCollector:
    """Runs Python's garbage collector on the GUI thread, and nowhere else, while worker
    threads run Python.

    The collector runs in whichever thread allocates past its threshold: a worker building
    the duplicate index allocates millions of objects, so it would collect there, and a
    cycle holding a Qt object (a closed dialog, an ``Ops`` left behind) would be destroyed
    on the worker thread while the GUI thread delivers that object's events — a
    segmentation fault (seen in a test run; ``tests/ui/test_ops_gc.py``).  So while any
    worker thread runs, automatic collection is off, and the GUI thread collects what is
    due (the generations whose counts passed their thresholds, as Python would) on a
    timer and as each job is answered; with the last worker stopped, automatic collection
    is back as it was."""

    INTERVAL_MS = 500

    def __init__(self) -> None:
        self._workers = 0
        self._was_enabled = True
        self._timer: QTimer | None = None
        self.databases: weakref.WeakSet[Any] = weakref.WeakSet()  # every running Ops

    def hold(self) -> None:
        """A worker thread is about to start (GUI thread)."""
        if self._workers == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._start_timer()
        self._workers += 1

    def release(self) -> None:
        """A worker thread has ended (GUI thread)."""
        self._workers -= 1
        if self._workers > 0:
            return
        self._workers = 0
        if self._timer is not None and _is_valid(self._timer):
            self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold (GUI thread).  A
        full collection waits until no database job is under way: one walks every object,
        and while the duplicate index of 100,000 organizations is being built (not yet
        frozen out of the collector's sight: DuplicateChecker) that took seconds of the GUI
        thread; between jobs, what lives as long as the window is frozen and it is quick."""
        if self._workers == 0 or QThread.currentThread() is not _gui_thread():
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        if counts[2] > thresholds[2] and all(ops.idle for ops in list(self.databases)):
            generation = 2
        else:
            generation = 1 if counts[1] > thresholds[1] else 0
        gc.collect(generation)

    def _start_timer(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        if self._timer is None or not _is_valid(self._timer):
            self._timer = QTimer(app)  # the GUI thread's; goes with the application
            self._timer.setInterval(self.INTERVAL_MS)
            self._timer.timeout.connect(self.collect_due)
        self._timer.start()


def _gui_thread() -> QThread | None:
    app = QCoreApplication.instance()
    return app.thread() if app is not None else None


def _is_valid(qobject: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(qobject))


COLLECTOR = _GuiCollector()


class _Hold:
    """One worker thread's part in :data:`COLLECTOR`: taken before the thread starts,
    given back once it has ended (once, however often it is stopped)."""

    def __init__(self) -> None:
        self._held = False

    def take(self) -> None:
        if not self._held:
            self._held = True
            COLLECTOR.hold()

    def give_back(self) -> None:
        if self._held:
            self._held = False
            COLLECTOR.release()


class _Queued:
    """The jobs submitted and not yet taken by their worker, by id, and the newest job of
    each key; shared by the GUI side and the worker (any thread).

    Only a job's id crosses to the worker (the queued signal carries nothing else): the
    GUI side keeps the job until it is answered, and the worker lets go of it before
    answering, so a job's last reference is always dropped on the GUI thread.  A job's
    function holds what it was given — often a widget; had the worker dropped the last
    reference (it did for 2 jobs in 300 in a probe, racing the answer), a dialog closed
    meanwhile would have been destroyed on the worker thread.

    The worker holds this, not the ``Ops``: a worker that referred to its Ops made a cycle
    only the garbage collector could free, and the collector then destroyed the Ops
    (waiting for its thread) while that thread, still running a job, collected too."""

    def __init__(self) -> None:
        self._jobs: dict[int, Any] = {}
        self._latest: dict[str, int] = {}
        self._lock = threading.Lock()

    def put(self, job_id: int, job: Any, key: str | None = None) -> None:
        """``job`` waits for its worker; with a ``key``, it is now the newest of its key."""
        with self._lock:
            self._jobs[job_id] = job
            if key is not None:
                self._latest[key] = job_id

    def take(self, job_id: int) -> Any:
        """The job ``job_id`` (the worker's, once)."""
        with self._lock:
            return self._jobs.pop(job_id, None)

    def is_latest(self, job: Job) -> bool:
        """Whether no job of the same key was submitted after ``job``."""
        with self._lock:
            return self._latest.get(job.key or "") == job.id


def _frameless(error: BaseException) -> BaseException:
    """``error`` (and the errors it was raised from) without tracebacks: their frames hold
    what the job's function held, and are dropped here, on the worker, while the GUI side
    still holds the job (see :class:`_Queued`).  The traceback travels as text."""
    seen: set[int] = set()
    links: list[BaseException | None] = [error]
    while links:
        link = links.pop()
        if link is not None and id(link) not in seen:
            seen.add(id(link))
            link.__traceback__ = None
            links += [link.__cause__, link.__context__]
    return error


class Worker(QObject):
    """Lives on the database thread; runs jobs one at a time, in order."""

    sig_done = Signal(int, object)  # job id, result
    sig_failed = Signal(int, object, str)  # job id, exception, traceback text

    def __init__(self, store: Store, queued: _Queued) -> None:
        super().__init__()
        self._store = store
        self._queued = queued

    @Slot(int)
    def run(self, job_id: int) -> None:
        """Run the job ``job_id``; exactly one of sig_done / sig_failed is emitted for it."""
        job = self._queued.take(job_id)
        result, failure = self._outcome(job) if job is not None else (SKIPPED, None)
        del job  # before answering: the GUI thread drops the job last (see _Queued)
        if failure is not None:
            self.sig_failed.emit(job_id, *failure)
        else:
            self.sig_done.emit(job_id, result)

    def _outcome(self, job: Job) -> tuple[Any, tuple[BaseException, str] | None]:
        if job.key is not None and not self._queued.is_latest(job):
            return SKIPPED, None
        try:
            return self._execute(job), None
        except BaseException as error:  # reported to the GUI thread, never lost
            trace = traceback.format_exc()
            return None, (_frameless(error), trace)

    def _execute(self, job: Job) -> Any:
        if job.mode == "write":
            with self._store.write(author=job.author) as writer:
                return job.fn(writer)
        if job.mode == "store":
            return job.fn(self._store)
        with self._store.engine.connect() as connection:
            return job.fn(connection)


class Ops(QObject):
    """The GUI side of the database worker: submit jobs, get callbacks on the GUI thread."""

    sig_changed = Signal(object)  # frozenset of table names written by a finished write
    sig_failed = Signal(object, str)  # a failure no caller handled: exception, traceback
    sig_idle = Signal()  # the queue drained

    _submit = Signal(int)  # a job id (the job waits in _queued)

    def __init__(self, store: Store, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.author: str | None = None
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None, Job]] = {}
        self._queued = _Queued()
        self._thread = QThread(self)
        self._thread.setObjectName("database")
        self._worker = Worker(store, self._queued)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.sig_done.connect(self._on_done)
        self._worker.sig_failed.connect(self._on_failed)
        self._hold = _Hold()
        stop_thread_with(self, self._thread, hold=self._hold)
        self._hold.take()
        COLLECTOR.databases.add(self)
        self._thread.start()

    # -- submitting -----------------------------------------------------------------------

    def read(self, fn: Callable[[Any], Any], done: Done | None = None, *,
             failed: Failed | None = None, key: str | None = None) -> int:
        """Run ``fn(connection)`` on the worker; ``done(result)`` on the GUI thread."""
        return self._queue(Job(next(self._ids), fn, "read", key=key), done, failed)

    def write(self, fn: Callable[[Any], Any], done: Done | None = None, *,
              failed: Failed | None = None, tables: Iterable[str] = ALL_TABLES) -> int:
        """Run ``fn(writer)`` in one write transaction; ``sig_changed`` follows success."""
        job = Job(next(self._ids), fn, "write", author=self.author, tables=frozenset(tables))
        return self._queue(job, done, failed)

    def with_store(self, fn: Callable[[Store], Any], done: Done | None = None, *,
                   failed: Failed | None = None, tables: Iterable[str] = ()) -> int:
        """Run ``fn(store)`` on the worker (long jobs that manage their own transactions)."""
        job = Job(next(self._ids), fn, "store", tables=frozenset(tables))
        return self._queue(job, done, failed)

    def _queue(self, job: Job, done: Done | None, failed: Failed | None) -> int:
        self._callbacks[job.id] = (done, failed, job)
        self._queued.put(job.id, job, job.key)
        self._submit.emit(job.id)
        return job.id

    def is_latest(self, job: Job) -> bool:
        """Whether no read of the same key was submitted after ``job`` (any thread)."""
        return self._queued.is_latest(job)

    @property
    def idle(self) -> bool:
        """Whether every submitted job has finished and been answered."""
        return not self._callbacks

    # -- answers (GUI thread) -------------------------------------------------------------

    @Slot(int, object)
    def _on_done(self, job_id: int, result: Any) -> None:
        done, _failed, job = self._callbacks.pop(job_id, (None, None, None))
        try:
            if job is not None and job.tables:
                self.sig_changed.emit(job.tables)
            if done is not None and result is not SKIPPED:
                _call(done, result)
        finally:
            self._maybe_idle()

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, error: BaseException, trace: str) -> None:
        _done, failed, _job = self._callbacks.pop(job_id, (None, None, None))
        try:
            if not _answer_failure(failed, error, trace, "database job"):
                self.sig_failed.emit(error, trace)
        finally:
            self._maybe_idle()

    def _maybe_idle(self) -> None:
        COLLECTOR.collect_due()
        if not self._callbacks:
            self.sig_idle.emit()

    def shutdown(self) -> None:
        """Let queued jobs finish, then stop the thread (quit, then wait)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        COLLECTOR.databases.discard(self)
        self._hold.give_back()


class _Pending:
    """How many jobs of a file thread are queued or running (any thread may ask)."""

    def __init__(self) -> None:
        self._count = 0
        self._changed = threading.Condition()

    def add(self) -> None:
        """A job was queued."""
        with self._changed:
            self._count += 1

    def finish(self) -> None:
        """A job ended (done or failed)."""
        with self._changed:
            self._count -= 1
            self._changed.notify_all()

    def wait_empty(self) -> None:
        """Wait until every job queued has ended."""
        with self._changed:
            self._changed.wait_for(lambda: self._count <= 0)


class _FileWorker(QObject):
    """Lives on a file thread; runs its jobs one at a time, in order."""

    sig_done = Signal(int, object)  # job id, result
    sig_failed = Signal(int, object, str)  # job id, exception, traceback text

    def __init__(self, pending: _Pending, queued: _Queued) -> None:
        super().__init__()
        self._pending = pending
        self._queued = queued

    @Slot(int)
    def run(self, job_id: int) -> None:
        """Run the job ``job_id``; exactly one of sig_done / sig_failed is emitted for it."""
        try:
            fn = self._queued.take(job_id)
            result, failure = self._outcome(fn)
            del fn  # before answering: the GUI thread drops the job last (see _Queued)
            if failure is not None:
                self.sig_failed.emit(job_id, *failure)
            else:
                self.sig_done.emit(job_id, result)
        finally:
            self._pending.finish()

    @staticmethod
    def _outcome(fn: Callable[[], Any]) -> tuple[Any, tuple[BaseException, str] | None]:
        try:
            return fn(), None
        except BaseException as error:  # reported to the GUI thread, never lost
            trace = traceback.format_exc()
            return None, (_frameless(error), trace)


class Files(QObject):
    """A thread of its own for work on files that needs no database (writing an export), so
    that a PDF being written keeps no page from reading or saving on the database worker.

    ``files.run(lambda: write(report, path), done, failed=failed)`` runs the function on the
    file thread, jobs one at a time in order, and calls ``done(result)`` or
    ``failed(error, traceback)`` on the GUI thread, as :class:`Ops` does.  The thread starts
    with the first job and stops with its owner (:func:`stop_thread_with`) once the jobs
    queued have ended: a window closed while a report is exported waits for the file, which
    is then whole (never half-written, nor silently dropped)."""

    sig_idle = Signal()  # every job finished and answered

    _submit = Signal(int)  # a job id (the job waits in _queued)

    def __init__(self, *, name: str = "files", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        # done, failed, and the job: kept until answered, so that the GUI thread drops it
        self._callbacks: dict[int, tuple[Done | None, Failed | None, Callable[[], Any]]] = {}
        self._pending = _Pending()
        self._queued = _Queued()
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._worker = _FileWorker(self._pending, self._queued)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.sig_done.connect(self._on_done)
        self._worker.sig_failed.connect(self._on_failed)
        self._hold = _Hold()
        stop_thread_with(self, self._thread, before=_drain(self._thread, self._pending),
                         hold=self._hold)

    def run(self, fn: Callable[[], Any], done: Done | None = None, *,
            failed: Failed | None = None) -> int:
        """Run ``fn()`` on the file thread; ``done(result)`` or ``failed(error, trace)`` on
        the GUI thread (a failure nobody handles is logged)."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (done, failed, fn)
        if not self._thread.isRunning():
            self._hold.take()
            self._thread.start()
        self._pending.add()
        self._queued.put(job_id, fn)
        self._submit.emit(job_id)
        return job_id

    @property
    def idle(self) -> bool:
        """Whether every job has finished and been answered."""
        return not self._callbacks

    @Slot(int, object)
    def _on_done(self, job_id: int, result: Any) -> None:
        done, _failed, _fn = self._callbacks.pop(job_id, (None, None, None))
        try:
            if done is not None:
                _call(done, result)
        finally:
            self._maybe_idle()

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, error: BaseException, trace: str) -> None:
        _done, failed, _fn = self._callbacks.pop(job_id, (None, None, None))
        try:
            _answer_failure(failed, error, trace, "file job")
        finally:
            self._maybe_idle()

    def _maybe_idle(self) -> None:
        COLLECTOR.collect_due()
        if not self._callbacks:
            self.sig_idle.emit()

    def shutdown(self) -> None:
        """Let the jobs queued finish, then stop the thread (quit, then wait)."""
        if self._thread.isRunning():
            self._pending.wait_empty()
            self._thread.quit()
            self._thread.wait()
        self._hold.give_back()


def _drain(thread: QThread, pending: _Pending) -> Callable[[], None]:
    """What a file thread's owner does before the thread is stopped: wait for the jobs
    queued (quitting drops the jobs that have not started).  Holds no reference to the
    owner (see :func:`stop_thread_with`)."""

    def drain() -> None:
        if thread.isRunning():
            pending.wait_empty()

    return drain


def stop_thread_with(owner: QObject, thread: QThread,
                     before: Callable[[], None] | None = None, *,
                     hold: _Hold | None = None) -> None:
    """Stop ``thread`` (``before`` it, then quit and wait) when ``owner`` is destroyed, however
    that comes about: a QThread deleted while it runs aborts the whole process ("QThread:
    Destroyed while thread is still running"), and a window dropped without its close event
    (a closing that was cancelled, a parent deleted, the garbage collector) would otherwise
    take its worker thread, and every unsaved thing in the process, down with it.  The slot
    holds no reference to ``owner``: it runs while ``owner`` is being destroyed.  ``hold``,
    the thread's part in the GUI-thread garbage collection, is given back once it ended."""

    def stop(*_: object) -> None:
        if before is not None:
            before()
        if thread.isRunning():
            thread.quit()
            thread.wait()
        if hold is not None:
            hold.give_back()

    owner.destroyed.connect(stop)


def _answer_failure(failed: Failed | None, error: BaseException, trace: str, what: str) -> bool:
    """Hand a failed job's error to its ``failed`` callback; with none, log it (by field,
    never a value) and return False, so that the caller can tell the window."""
    if failed is not None:
        _call(failed, error, trace)
        return True
    from lookingbeyond_desktop.ui.errors import loggable  # no values in the log

    log.error("%s failed:\n%s", what, loggable(error, trace))
    return False


def _call(callback: Callable[..., None], *args: Any) -> None:
    try:
        callback(*args)
    except RuntimeError as error:
        # The widget that asked was closed while its query ran: nothing to show it to.
        if "already deleted" not in str(error):
            raise
