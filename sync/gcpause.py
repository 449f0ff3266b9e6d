"""Python's cycle collector paused around bulk work, in the device and at headquarters.

A snapshot page decoded and applied (``sync.client``) or a large push applied at
headquarters (``sync.server.service``) makes tens of thousands of lists and dicts that live
until the batch is written: each few hundred of them set off a collection, and the older
generations, scanned again and again as they grow, took 10-15 % of a large region's first
sync (bench_first_sync.py, docs/benchmarks-sync.md).  Reference counting still frees
everything that forms no cycle, so memory does not grow by it (measured: the same peak)."""

from __future__ import annotations

import contextlib
import gc
import threading
from typing import Iterator

_PAUSES = 0  # blocks under way in this process that asked for the collector to wait
_PAUSED_BY_US = False
_PAUSE_LOCK = threading.Lock()


def pause() -> None:
    """Ask the cycle collector to wait, until as many :func:`resume` calls (counted:
    process-wide, from any thread)."""
    global _PAUSES, _PAUSED_BY_US
    with _PAUSE_LOCK:
        if _PAUSES == 0 and gc.isenabled():
            gc.disable()
            _PAUSED_BY_US = True
        _PAUSES += 1


def resume() -> None:
    """End one :func:`pause`; the last puts the collector back as it was (one someone
    else had turned off stays off)."""
    global _PAUSES, _PAUSED_BY_US
    with _PAUSE_LOCK:
        _PAUSES -= 1
        if _PAUSES == 0 and _PAUSED_BY_US:
            _PAUSED_BY_US = False
            gc.enable()


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """The cycle collector waits while the block runs.  Process-wide and counted (two
    blocks at once, in two threads, keep it paused until both end), and put back as it
    was however the block ends: a collector someone else had turned off stays off."""
    pause()
    try:
        yield
    finally:
        resume()


class FreedLater:
    """A request's bulk (its decoded body, a large push's batch) freed after its answer is
    sent, with the cycle collector paused from :meth:`hold` until then.

    At headquarters, a device's first push is thirty requests, each answered while the
    device already has the next one built: freeing a batch's hundreds of thousands of
    objects (25-40 ms) before answering delayed every answer, and a collection during the
    decoding of a body doubled its time (JSON's lists and dicts, each few hundred of them
    setting off a collection that scans them all again).  Freed after the answer, the work
    falls in the time the device takes to read it and send the next request.

    :meth:`release` frees what is kept and ends the pause; it runs once (later calls do
    nothing), and runs by itself when the object is dropped unreleased (an answer whose
    sending failed never runs its background task): a pause never outlives its request."""

    def __init__(self) -> None:
        self._kept: list[object] = []
        self._held = False
        self._lock = threading.Lock()

    def hold(self) -> None:
        """Pause the collector until :meth:`release` (once: a second hold does nothing)."""
        with self._lock:
            if not self._held:
                pause()
                self._held = True

    @property
    def held(self) -> bool:
        """Whether the collector waits for this object's release."""
        return self._held

    def keep(self, thing: object) -> None:
        """Keep ``thing`` alive until :meth:`release` (the caller drops its own references)."""
        with self._lock:
            self._kept.append(thing)

    def release(self) -> None:
        """Free what is kept, then end the pause this object holds."""
        with self._lock:
            kept, self._kept = self._kept, []
            held, self._held = self._held, False
        del kept  # freed here, the collector still paused: nothing scans it first
        if held:
            resume()

    def __del__(self) -> None:
        if getattr(self, "_held", False) or getattr(self, "_kept", None):
            self.release()
