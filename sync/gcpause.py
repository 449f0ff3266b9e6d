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


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """The cycle collector waits while the block runs.  Process-wide and counted (two
    blocks at once, in two threads, keep it paused until both end), and put back as it
    was however the block ends: a collector someone else had turned off stays off."""
    global _PAUSES, _PAUSED_BY_US
    with _PAUSE_LOCK:
        if _PAUSES == 0 and gc.isenabled():
            gc.disable()
            _PAUSED_BY_US = True
        _PAUSES += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _PAUSES -= 1
            if _PAUSES == 0 and _PAUSED_BY_US:
                _PAUSED_BY_US = False
                gc.enable()
