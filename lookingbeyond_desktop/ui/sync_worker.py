"""The network side of the desktop: sync, enrolment and the reachability probe run on their
own thread (never the GUI thread, never the database worker), one job at a time.

:class:`SyncWorker` lives on that thread; :class:`SyncService` is its GUI-side face. It owns
the thread, refuses a second sync while one runs, syncs on a timer, probes headquarters and
retries a failed sync with exponential back-off (1, 2, 4 … 30 minutes; reset on success).

Sync by file (issue 16) runs on the same thread, as one more job: writing a file for
headquarters (:meth:`SyncService.write_file`) and reading its reply
(:meth:`SyncService.read_reply`) never run while a sync runs, and no sync starts while one
of them runs.

A data folder holding demo data never reaches headquarters: the worker goes through
:mod:`lookingbeyond_desktop.store.sync_adapter`, which refuses it before any network call,
and once the service knows the folder is a sandbox (:meth:`SyncService.set_sandbox`) it
answers a login or a sync with that refusal without starting the network thread at all.
"""

from __future__ import annotations

import logging
import platform
import threading
import traceback
from collections.abc import Callable
from typing import Any

import requests
from PySide6.QtCore import QObject, QSettings, QThread, QTimer, Signal, Slot

from lookingbeyond_desktop.store import sandbox, sync_adapter
from lookingbeyond_desktop.store.database import Store
from lookingbeyond_desktop.ui.ops import stop_thread_with
from sync import client

log = logging.getLogger(__name__)

SessionFactory = Callable[[], requests.Session]
PROBE_TIMEOUT = 5  # seconds: a probe must answer quickly or count as unreachable
BACKOFF_MINUTES = (1, 2, 4, 8, 16, 30)
DEFAULT_INTERVAL_MINUTES = 10
DEFAULT_PROBE_SECONDS = 120
#: Codes after which the device must log in again (its token is missing or no longer valid).
LOGIN_CODES = frozenset({"not_enrolled", "token_invalid", "token_expired", "device_revoked",
                         "no_keyring", "keyring"})


class SyncWorker(QObject):
    """Runs network jobs on the network thread.  Each slot emits exactly one answer.

    Signals:
        sig_progress(stage, rounds, pulled): after each round trip of a sync.
        sig_finished(report): a sync finished (a :class:`sync.client.SyncReport`).
        sig_failed(code, message, retryable): a sync stopped; ``message`` is for a person.
        sig_mass_delete(deleting, live): emitted just before sig_failed("mass_delete", …):
            applying headquarters' answer would delete ``deleting`` of ``live`` records.
        sig_enrolled(answer): enrolment succeeded and the token is in the keyring.
        sig_enrol_failed(code, message).
        sig_probed(reachable, detail): the answer of GET {server}/v1/health.
        sig_file_written(result, path): a file for headquarters was written to ``path`` (a
            :class:`sync.bundle_client.ExportResult`).
        sig_reply_read(result): headquarters' reply was read (a
            :class:`sync.bundle_client.ReplyResult`).
        sig_file_failed(job, code, message): writing (``job`` "write") or reading ("read")
            stopped; nothing was lost.  ``code``: a BundleError's or SyncError's code,
            ``write_error`` / ``read_error`` (the file system's words in ``message``) or
            ``internal``.
    """

    sig_progress = Signal(str, int, int)
    sig_finished = Signal(object)
    sig_failed = Signal(str, str, bool)
    sig_mass_delete = Signal(int, int)
    sig_enrolled = Signal(object)
    sig_enrol_failed = Signal(str, str)
    sig_probed = Signal(bool, str)
    sig_file_written = Signal(object, str)
    sig_reply_read = Signal(object)
    sig_file_failed = Signal(str, str, str)

    def __init__(self, store: Store, cancel: threading.Event, session_factory: SessionFactory) -> None:
        super().__init__()
        self._store = store
        self._cancel = cancel
        self._session_factory = session_factory

    @Slot(bool, bool)
    def run_sync(self, allow_mass_delete: bool, reset: bool) -> None:
        """One full sync (after forgetting the pull cursor when ``reset``)."""
        try:
            report = sync_adapter.run_sync(
                self._store, cancel=self._cancel, progress=self._progress,
                allow_mass_delete=allow_mass_delete, reset=reset, session=self._session_factory())
        except client.SyncError as error:
            if error.code == "mass_delete":
                self.sig_mass_delete.emit(int(error.details.get("deleting", 0)),
                                          int(error.details.get("live", 0)))
            self.sig_failed.emit(error.code, error.message, error.retryable)
        except BaseException as error:  # a bug: reported, never a silent dead thread
            log.error("sync failed unexpectedly:\n%s", traceback.format_exc())
            self.sig_failed.emit("internal", f"{type(error).__name__}: {error}", True)
        else:
            self.sig_finished.emit(report)

    def _progress(self, stage: str, rounds: int, pulled: int) -> None:
        self.sig_progress.emit(stage, rounds, pulled)

    @Slot(str)
    def run_write_file(self, path: str) -> None:
        """Make the sealed file for headquarters and write it to ``path`` whole or not at
        all (nothing is marked sent either way)."""
        from sync.bundle import BundleError, write_whole

        try:
            result = sync_adapter.export_bundle(self._store)
        except (client.SyncError, BundleError) as error:
            self.sig_file_failed.emit("write", error.code, error.message)
            return
        except BaseException as error:
            log.error("writing a sync file failed unexpectedly:\n%s", traceback.format_exc())
            self.sig_file_failed.emit("write", "internal", f"{type(error).__name__}: {error}")
            return
        try:
            write_whole(path, result.data)
        except OSError as error:
            self.sig_file_failed.emit("write", "write_error", str(error.strerror or error))
            return
        self.sig_file_written.emit(result, path)

    @Slot(str, bool)
    def run_read_reply(self, path: str, allow_mass_delete: bool) -> None:
        """Read headquarters' reply from ``path`` into the data folder."""
        from sync.bundle import MAX_BUNDLE_BYTES, BundleError

        try:
            with open(path, "rb") as handle:  # never more than a reply can hold
                data = handle.read(MAX_BUNDLE_BYTES + 1)
        except OSError as error:
            self.sig_file_failed.emit("read", "read_error", str(error.strerror or error))
            return
        try:
            result = sync_adapter.import_reply(self._store, data,
                                               allow_mass_delete=allow_mass_delete)
        except (client.SyncError, BundleError) as error:
            message = error.message
            if error.code == "mass_delete":  # the page words it; it asks with the numbers
                message = f"{int(error.details.get('deleting', 0))} {int(error.details.get('live', 0))}"
            self.sig_file_failed.emit("read", error.code, message)
        except BaseException as error:
            log.error("reading a reply failed unexpectedly:\n%s", traceback.format_exc())
            self.sig_file_failed.emit("read", "internal", f"{type(error).__name__}: {error}")
        else:
            self.sig_reply_read.emit(result)

    @Slot(str, str, str, str)
    def run_enrol(self, server_url: str, user: str, password: str, device_name: str) -> None:
        """Enrol this device under the name a person gave it (empty: its host name), keep
        the token in the keyring, remember server, user and name."""
        try:
            result = sync_adapter.enrol_device(self._store, server_url, user, password,
                                               device_name or platform.node(),
                                               session=self._session_factory())
        except client.SyncError as error:
            self.sig_enrol_failed.emit(error.code, error.message)
        except BaseException as error:
            log.error("enrolment failed unexpectedly:\n%s", traceback.format_exc())
            self.sig_enrol_failed.emit("internal", f"{type(error).__name__}: {error}")
        else:
            self.sig_enrolled.emit(dict(result.answer))  # the token stays in the keyring

    @Slot(str)
    def run_probe(self, server_url: str) -> None:
        """Ask headquarters whether it is up (short timeout, no retries)."""
        url = server_url.rstrip("/") + "/v1/health"
        try:
            reply = self._session_factory().get(url, timeout=(PROBE_TIMEOUT, PROBE_TIMEOUT))
            self.sig_probed.emit(reply.ok, f"HTTP {reply.status_code}")
        except Exception as error:  # any failure means: not reachable now
            self.sig_probed.emit(False, type(error).__name__)


def plain_session() -> requests.Session:
    """The default session: retries on connection failures (see sync.client.make_session)."""
    return client.make_session()


class SyncService(QObject):
    """The GUI thread's handle on the network thread.  Never two syncs at once.

    Signals (all on the GUI thread):
        sig_started(): a sync began.
        sig_progress(stage, rounds, pulled), sig_finished(report),
        sig_failed(code, message, retryable): as the worker's.
        sig_mass_delete(deleting, live): after sig_failed("mass_delete", …), when no sync runs,
            so that a "yes" can start the sync that allows the deletions at once.
        sig_enrolled(answer), sig_enrol_failed(code, message).
        sig_reachability(state): "reachable", "unreachable" or "not_enrolled".
        sig_retry_scheduled(minutes): a failed sync will be tried again in ``minutes``.
        sig_cancelling(): Cancel was asked; the sync stops after the round trip in flight.
        sig_sandbox(demo): whether the data folder holds demo data became known; a demo
            folder's login and sync fail with the code ``demo_data`` (see :meth:`demo_message`).
        sig_file_started(job): writing a file ("write") or reading a reply ("read") began;
            :attr:`file_job` says which until it ends.
        sig_file_written(result, path), sig_reply_read(result),
        sig_file_failed(job, code, message): as the worker's.
    """

    sig_started = Signal()
    sig_progress = Signal(str, int, int)
    sig_finished = Signal(object)
    sig_failed = Signal(str, str, bool)
    sig_mass_delete = Signal(int, int)
    sig_enrolled = Signal(object)
    sig_enrol_failed = Signal(str, str)
    sig_reachability = Signal(str)
    sig_retry_scheduled = Signal(int)
    sig_cancelling = Signal()
    sig_sandbox = Signal(bool)
    sig_file_started = Signal(str)
    sig_file_written = Signal(object, str)
    sig_reply_read = Signal(object)
    sig_file_failed = Signal(str, str, str)

    _do_sync = Signal(bool, bool)
    _do_enrol = Signal(str, str, str, str)
    _do_probe = Signal(str)
    _do_write_file = Signal(str)
    _do_read_reply = Signal(str, bool)

    def __init__(self, store: Store, settings: QSettings, *,
                 session_factory: SessionFactory = plain_session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.session_factory = session_factory
        self.cancel_event = threading.Event()
        self.busy = False  # a sync, or a file job (then file_job says which), is running
        self.file_job: str | None = None  # "write" or "read" while sync by file works
        self.enrolling = False
        self.server_url: str | None = None  # set from the replica's status (GUI thread)
        self.reachability = "not_enrolled"
        self.sandbox = False  # the folder holds demo data: never enrol, never sync
        self.failures = 0  # consecutive failed syncs (for the back-off)
        self._probing = False
        self._deletions: tuple[int, int] | None = None
        self._thread: QThread | None = None
        self._worker: SyncWorker | None = None
        self.auto_timer = self._timer(self._auto_sync, single=False)
        self.retry_timer = self._timer(self._auto_sync, single=True)
        self.probe_timer = self._timer(self.probe, single=False)

    def _timer(self, slot: Callable[[], None], *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    # -- the thread (started on first use, so a window that never syncs has none) --------

    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread()
        self._thread.setObjectName("network")
        self._worker = SyncWorker(self.store, self.cancel_event, self.session_factory)
        self._worker.moveToThread(self._thread)
        self._do_sync.connect(self._worker.run_sync)
        self._do_enrol.connect(self._worker.run_enrol)
        self._do_probe.connect(self._worker.run_probe)
        self._do_write_file.connect(self._worker.run_write_file)
        self._do_read_reply.connect(self._worker.run_read_reply)
        self._worker.sig_file_written.connect(self._file_written)
        self._worker.sig_reply_read.connect(self._reply_read)
        self._worker.sig_file_failed.connect(self._file_failed)
        self._worker.sig_progress.connect(self.sig_progress)
        self._worker.sig_finished.connect(self._finished)
        self._worker.sig_failed.connect(self._failed)
        self._worker.sig_mass_delete.connect(self._mass_delete)
        self._worker.sig_enrolled.connect(self._enrolled)
        self._worker.sig_enrol_failed.connect(self._enrol_failed)
        self._worker.sig_probed.connect(self._probed)
        self._thread.finished.connect(self._worker.deleteLater)
        stop_thread_with(self, self._thread, before=self.cancel_event.set)
        self._thread.start()

    def shutdown(self) -> None:
        """Cancel a running sync, then stop the thread (quit, then wait)."""
        for timer in (self.auto_timer, self.retry_timer, self.probe_timer):
            timer.stop()
        self.cancel_event.set()
        if self._thread is not None and self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        self._thread = None

    # -- what the GUI asks for --------------------------------------------------------------

    def demo_message(self) -> str:
        """Why a demo folder is never enrolled or synced, and how to start a real one."""
        return self.tr(
            "This data folder holds demo data, which must never reach headquarters, so it "
            "cannot be connected to headquarters or synced. Keep it for trying the "
            "application. For real work, start a new data folder: File > New data folder… "
            "(or run: lookingbeyond gui --data-dir NEW_FOLDER), then log in there.")

    def set_sandbox(self, demo: bool) -> None:
        """Whether the data folder holds demo data; a demo folder's timers stop for good."""
        changed = demo != self.sandbox
        self.sandbox = demo
        if demo:
            for timer in (self.auto_timer, self.retry_timer, self.probe_timer):
                timer.stop()
        if changed:
            self.sig_sandbox.emit(demo)

    def set_enrolled(self, server_url: str | None) -> None:
        """The replica's headquarters (None: not enrolled); starts or stops the timers."""
        changed = server_url != self.server_url
        self.server_url = server_url
        if not server_url or self.sandbox:
            for timer in (self.auto_timer, self.retry_timer, self.probe_timer):
                timer.stop()
            self._set_reachability("not_enrolled")
            return
        self.auto_timer.setInterval(self.interval_minutes() * 60_000)
        self.probe_timer.setInterval(self.probe_seconds() * 1000)
        if not self.auto_timer.isActive():
            self.auto_timer.start()
        if not self.probe_timer.isActive():
            self.probe_timer.start()
        if changed:
            self.probe()

    def interval_minutes(self) -> int:
        """Minutes between automatic syncs (QSettings ``sync/intervalMinutes``)."""
        return max(1, int(self.settings.value("sync/intervalMinutes", DEFAULT_INTERVAL_MINUTES)))

    def probe_seconds(self) -> int:
        """Seconds between reachability probes (QSettings ``sync/probeSeconds``)."""
        return max(5, int(self.settings.value("sync/probeSeconds", DEFAULT_PROBE_SECONDS)))

    def sync_now(self, *, allow_mass_delete: bool = False, reset: bool = False) -> bool:
        """Start a sync; False (and nothing happens) when one is already running."""
        if self.busy or self.enrolling:
            return False
        if self.sandbox:  # told at once; the network thread is not even started
            self.sig_failed.emit(sandbox.DEMO_CODE, self.demo_message(), False)
            return False
        self._ensure_thread()
        self.busy = True
        self.retry_timer.stop()
        self.cancel_event.clear()
        self.sig_started.emit()
        self._do_sync.emit(allow_mass_delete, reset)
        return True

    def write_file(self, path: str) -> bool:
        """Write a file for headquarters to ``path`` on the network thread; False (and
        nothing happens) while a sync, a file job or an enrolment runs.  A demo folder is
        told at once (``sig_file_failed("write", "demo_data", …)``)."""
        return self._file_job("write", lambda: self._do_write_file.emit(path))

    def read_reply(self, path: str, *, allow_mass_delete: bool = False) -> bool:
        """Read headquarters' reply from ``path`` on the network thread; False as for
        :meth:`write_file`."""
        return self._file_job("read", lambda: self._do_read_reply.emit(path, allow_mass_delete))

    def _file_job(self, job: str, start: Callable[[], None]) -> bool:
        if self.busy or self.enrolling:
            return False
        if self.sandbox:
            self.sig_file_failed.emit(job, sandbox.DEMO_CODE, self.demo_message())
            return False
        self._ensure_thread()
        self.busy = True
        self.file_job = job
        self.sig_file_started.emit(job)
        start()
        return True

    @Slot(object, str)
    def _file_written(self, result: Any, path: str) -> None:
        self.busy, self.file_job = False, None
        self.sig_file_written.emit(result, path)

    @Slot(object)
    def _reply_read(self, result: Any) -> None:
        self.busy, self.file_job = False, None
        self.sig_reply_read.emit(result)

    @Slot(str, str, str)
    def _file_failed(self, job: str, code: str, message: str) -> None:
        self.busy, self.file_job = False, None
        if code == sandbox.DEMO_CODE:
            self.set_sandbox(True)
            message = self.demo_message()
        self.sig_file_failed.emit(job, code, message)

    def cancel(self) -> None:
        """Ask the running sync to stop after the round trip in flight."""
        if self.busy and self.file_job is None and not self.cancel_event.is_set():
            self.cancel_event.set()
            self.sig_cancelling.emit()

    def login(self, server_url: str, user: str, password: str, device_name: str = "") -> bool:
        """Enrol this device under ``device_name`` (empty: its host name); False when a sync
        or enrolment is running, or when the folder holds demo data (then
        ``sig_enrol_failed("demo_data", …)`` has told why)."""
        if self.busy or self.enrolling:
            return False
        if self.sandbox:  # told at once; the network thread is not even started
            self.sig_enrol_failed.emit(sandbox.DEMO_CODE, self.demo_message())
            return False
        self._ensure_thread()
        self.enrolling = True
        self._do_enrol.emit(server_url.strip(), user.strip(), password, device_name.strip())
        return True

    @Slot()
    def probe(self) -> None:
        """Check on the network thread whether headquarters answers (not during a sync)."""
        if not self.server_url or self.busy or self._probing:
            return
        self._ensure_thread()
        self._probing = True
        self._do_probe.emit(self.server_url)

    # -- answers ----------------------------------------------------------------------------

    @Slot()
    def _auto_sync(self) -> None:
        if self.server_url:
            self.sync_now()

    @Slot(object)
    def _finished(self, report: Any) -> None:
        self.busy = False
        self.failures = 0
        self.retry_timer.stop()
        self._set_reachability("reachable")
        self.sig_finished.emit(report)

    @Slot(int, int)
    def _mass_delete(self, deleting: int, live: int) -> None:
        self._deletions = (deleting, live)  # asked once the sync has ended (see _failed)

    @Slot(str, str, bool)
    def _failed(self, code: str, message: str, retryable: bool) -> None:
        self.busy = False
        if code == sandbox.DEMO_CODE:  # found out on the network thread, before any request
            self.set_sandbox(True)
            message = self.demo_message()
        if code in ("unreachable", "timeout", "dns"):
            self._set_reachability("unreachable")
        self.sig_failed.emit(code, message, retryable)
        if retryable and code != "cancelled":
            self.schedule_retry()
        deletions, self._deletions = self._deletions, None
        if code == "mass_delete" and deletions is not None:
            self.sig_mass_delete.emit(*deletions)

    def schedule_retry(self) -> int:
        """Try again later: 1, 2, 4 … 30 minutes after consecutive failures."""
        minutes = BACKOFF_MINUTES[min(self.failures, len(BACKOFF_MINUTES) - 1)]
        self.failures += 1
        self.retry_timer.start(minutes * 60_000)
        self.sig_retry_scheduled.emit(minutes)
        return minutes

    @Slot(object)
    def _enrolled(self, answer: Any) -> None:
        self.enrolling = False
        self.failures = 0
        self.sig_enrolled.emit(answer)

    @Slot(str, str)
    def _enrol_failed(self, code: str, message: str) -> None:
        self.enrolling = False
        if code == sandbox.DEMO_CODE:
            self.set_sandbox(True)
            message = self.demo_message()
        self.sig_enrol_failed.emit(code, message)

    @Slot(bool, str)
    def _probed(self, reachable: bool, _detail: str) -> None:
        self._probing = False
        if not self.server_url:
            return
        came_back = reachable and self.reachability == "unreachable"
        self._set_reachability("reachable" if reachable else "unreachable")
        if came_back and self.retry_timer.isActive():
            self.sync_now()  # the connection is back: do not wait for the back-off

    def _set_reachability(self, state: str) -> None:
        if state != self.reachability:
            self.reachability = state
        self.sig_reachability.emit(state)


__all__ = ["BACKOFF_MINUTES", "LOGIN_CODES", "SyncService", "SyncWorker"]
