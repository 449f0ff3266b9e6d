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
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

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


class _Latest:
    """The newest job submitted under each key, shared by the GUI side and the worker (any
    thread).  The worker holds this, not the ``Ops``: a worker that referred to its Ops made
    a cycle only the garbage collector could free, and the collector then destroyed the Ops
    (waiting for its thread) while that thread, still running a job, collected too."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._lock = threading.Lock()

    def submitted(self, job: Job) -> None:
        """``job`` is now the newest of its key."""
        with self._lock:
            self._ids[job.key or ""] = job.id

    def is_latest(self, job: Job) -> bool:
        """Whether no job of the same key was submitted after ``job``."""
        with self._lock:
            return self._ids.get(job.key or "") == job.id


class Worker(QObject):
    """Lives on the database thread; runs jobs one at a time, in order."""

    sig_done = Signal(int, object)  # job id, result
    sig_failed = Signal(int, object, str)  # job id, exception, traceback text

    def __init__(self, store: Store, latest: _Latest) -> None:
        super().__init__()
        self._store = store
        self._latest = latest

    @Slot(object)
    def run(self, job: Job) -> None:
        """Run ``job``; exactly one of sig_done / sig_failed is emitted for it."""
        if job.key is not None and not self._latest.is_latest(job):
            self.sig_done.emit(job.id, SKIPPED)
            return
        try:
            result = self._execute(job)
        except BaseException as error:  # reported to the GUI thread, never lost
            self.sig_failed.emit(job.id, error, traceback.format_exc())
        else:
            self.sig_done.emit(job.id, result)

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

    _submit = Signal(object)

    def __init__(self, store: Store, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.author: str | None = None
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None, Job]] = {}
        self._latest = _Latest()
        self._thread = QThread(self)
        self._thread.setObjectName("database")
        self._worker = Worker(store, self._latest)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.sig_done.connect(self._on_done)
        self._worker.sig_failed.connect(self._on_failed)
        stop_thread_with(self, self._thread)
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
        if job.key is not None:
            self._latest.submitted(job)
        self._submit.emit(job)
        return job.id

    def is_latest(self, job: Job) -> bool:
        """Whether no read of the same key was submitted after ``job`` (any thread)."""
        return self._latest.is_latest(job)

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
        if not self._callbacks:
            self.sig_idle.emit()

    def shutdown(self) -> None:
        """Let queued jobs finish, then stop the thread (quit, then wait)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()


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

    def __init__(self, pending: _Pending) -> None:
        super().__init__()
        self._pending = pending

    @Slot(object)
    def run(self, job: tuple[int, Callable[[], Any]]) -> None:
        """Run ``job``; exactly one of sig_done / sig_failed is emitted for it."""
        job_id, fn = job
        try:
            result = fn()
        except BaseException as error:  # reported to the GUI thread, never lost
            self.sig_failed.emit(job_id, error, traceback.format_exc())
        else:
            self.sig_done.emit(job_id, result)
        finally:
            self._pending.finish()


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

    _submit = Signal(object)

    def __init__(self, *, name: str = "files", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._pending = _Pending()
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._worker = _FileWorker(self._pending)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.sig_done.connect(self._on_done)
        self._worker.sig_failed.connect(self._on_failed)
        stop_thread_with(self, self._thread, before=_drain(self._thread, self._pending))

    def run(self, fn: Callable[[], Any], done: Done | None = None, *,
            failed: Failed | None = None) -> int:
        """Run ``fn()`` on the file thread; ``done(result)`` or ``failed(error, trace)`` on
        the GUI thread (a failure nobody handles is logged)."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (done, failed)
        if not self._thread.isRunning():
            self._thread.start()
        self._pending.add()
        self._submit.emit((job_id, fn))
        return job_id

    @property
    def idle(self) -> bool:
        """Whether every job has finished and been answered."""
        return not self._callbacks

    @Slot(int, object)
    def _on_done(self, job_id: int, result: Any) -> None:
        done, _failed = self._callbacks.pop(job_id, (None, None))
        try:
            if done is not None:
                _call(done, result)
        finally:
            self._maybe_idle()

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, error: BaseException, trace: str) -> None:
        _done, failed = self._callbacks.pop(job_id, (None, None))
        try:
            _answer_failure(failed, error, trace, "file job")
        finally:
            self._maybe_idle()

    def _maybe_idle(self) -> None:
        if not self._callbacks:
            self.sig_idle.emit()

    def shutdown(self) -> None:
        """Let the jobs queued finish, then stop the thread (quit, then wait)."""
        if self._thread.isRunning():
            self._pending.wait_empty()
            self._thread.quit()
            self._thread.wait()


def _drain(thread: QThread, pending: _Pending) -> Callable[[], None]:
    """What a file thread's owner does before the thread is stopped: wait for the jobs
    queued (quitting drops the jobs that have not started).  Holds no reference to the
    owner (see :func:`stop_thread_with`)."""

    def drain() -> None:
        if thread.isRunning():
            pending.wait_empty()

    return drain


def stop_thread_with(owner: QObject, thread: QThread,
                     before: Callable[[], None] | None = None) -> None:
    """Stop ``thread`` (``before`` it, then quit and wait) when ``owner`` is destroyed, however
    that comes about: a QThread deleted while it runs aborts the whole process ("QThread:
    Destroyed while thread is still running"), and a window dropped without its close event
    (a closing that was cancelled, a parent deleted, the garbage collector) would otherwise
    take its worker thread, and every unsaved thing in the process, down with it.  The slot
    holds no reference to ``owner``: it runs while ``owner`` is being destroyed."""

    def stop(*_: object) -> None:
        if before is not None:
            before()
        if thread.isRunning():
            thread.quit()
            thread.wait()

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
