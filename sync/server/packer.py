"""A large batch's values packed in a process of its own, beside the serve process.

Packing a record's value (``packing.pack_text``: deflate with a preset dictionary) costs
9-11 µs, about a tenth of headquarters' work in a region's first push, and it runs while
the push holds the counter lock.  A thread cannot take it off the serve process's hands:
zlib and the database driver let go of the interpreter only for a few microseconds at a
time, and a packing thread slowed the batch's other inserts more than it saved (measured:
docs/benchmarks-sync.md, Scenario B, thirteenth session).  So a batch that creates at
least :data:`PACK_APART_FROM_ROWS` records sends their JSON texts to a worker process,
writes its other rows meanwhile, and takes the packed values back for its ``records``
insert.  The worker packs with the same function and dictionary, so the stored bytes are
the ones the serve process would have made (``tests/sync/server/test_packer.py``).

The worker is ``python -m sync.server.packer``: it imports the packing module only (not
the server, its sessions or keys), reads requests on its standard input and answers on its
standard output, and ends when its input closes (the serve process ended).  A request is
the count of values and their bytes in all, a byte for each (1: the json module wrote its
text), each one's length, then the texts one after the other; an answer is the same
without the bytes of form (counts and lengths as 4-byte little-endian integers): a few
reads for a batch, not two for each value.

Nothing depends on the worker: if it cannot be started, dies, answers wrongly, or does not
answer within :data:`PACK_TIMEOUT_S`, the batch packs its values itself, the failure is a
warning in the log (only the error's kind, never a value), and the next large batch starts
a new worker.  It reads no database and keeps nothing between batches (docs/security.md).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import queue
import site
import struct
import subprocess
import sys
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import IO, Any

from sync.server import packing

log = logging.getLogger("lookingbeyond.server")

# A batch creating at least this many records packs them apart (a day's pushes: tens).
PACK_APART_FROM_ROWS = 1_000
# A worker that has not answered in this long is given up (its batch packs itself): a
# batch of 10,000 records takes it about 0.1 s.
PACK_TIMEOUT_S = 60.0

Text = tuple[bytes, bool]  # a value's JSON text and whether the json module wrote it
_HEADER = struct.Struct("<II")  # count, bytes in all


def pack_texts(texts: list[Text]) -> list[bytes]:
    """The stored form of each text (in the worker, and in the serve process when the
    worker is not there)."""
    return [packing.pack_text(text, by_json_module=by_json_module) for text, by_json_module in texts]


def _read(stream: IO[bytes], size: int) -> bytes:
    """Exactly ``size`` bytes (EOFError: the other end closed)."""
    found = stream.read(size)
    if len(found) != size:
        raise EOFError("the pipe closed")
    return found


def _message(values: list[bytes], forms: bytes | None = None) -> bytes:
    """A request (with ``forms``, a byte for each value) or an answer."""
    lengths = struct.pack(f"<{len(values)}I", *map(len, values))
    return b"".join([_HEADER.pack(len(values), sum(map(len, values))), forms or b"", lengths, *values])


def _receive(stream: IO[bytes], *, forms: bool) -> tuple[list[bytes], bytes]:
    """The values of a message and, for a request, their bytes of form (EOFError: the
    other end closed before a whole message)."""
    count, size = _HEADER.unpack(_read(stream, _HEADER.size))
    kinds = _read(stream, count) if forms else b""
    lengths = struct.unpack(f"<{count}I", _read(stream, 4 * count))
    if sum(lengths) != size:
        raise ValueError("a message whose lengths do not add up")
    body = _read(stream, size)
    values, start = [], 0
    for length in lengths:
        values.append(body[start:start + length])
        start += length
    return values, kinds


def _serve(source: IO[bytes], sink: IO[bytes]) -> None:
    """The worker's loop: a request in, its answer out, until the input closes."""
    while True:
        try:
            texts, forms = _receive(source, forms=True)
        except EOFError:
            return
        sink.write(_message(pack_texts([(text, bool(form)) for text, form in zip(texts, forms)])))
        sink.flush()


# What was sent to the worker: the answer to come, and the worker it was sent to.
Sent = tuple["Future[list[bytes]]", "subprocess.Popen[bytes]"]


class Packer:
    """One worker process for a serve process, started at the first large batch, and one
    thread that carries each batch's request and answer while the serve process writes its
    other rows (thread-safe: round trips of one process run side by side).  The thread is a
    daemon: a worker that hangs never holds up the serve process's exit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._jobs: queue.SimpleQueue[tuple[Future[list[bytes]], subprocess.Popen[bytes], list[Text]]] = \
            queue.SimpleQueue()
        self._carrier: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """Whether a worker has been started and not given up."""
        with self._lock:
            return self._process is not None and self._process.poll() is None

    def warm(self) -> None:
        """Start the worker now if it is not running (a large push is coming): its start
        overlaps with reading and applying the push instead of delaying its first write."""
        with self._lock:
            try:
                self._started_locked()
            except (OSError, RuntimeError) as error:
                log.warning("could not start the packing worker: %s", type(error).__name__)

    def submit(self, texts: list[Text]) -> Sent | None:
        """Send ``texts`` to the worker; None when it cannot be started."""
        with self._lock:
            try:
                process = self._started_locked()
                if self._carrier is None:
                    carrier = threading.Thread(target=self._carry, name="packer", daemon=True)
                    carrier.start()
                    self._carrier = carrier
            except (OSError, RuntimeError) as error:  # RuntimeError: the interpreter is ending
                log.warning("could not reach the packing worker, packing in the serve "
                            "process: %s", type(error).__name__)
                return None
        future: Future[list[bytes]] = Future()
        self._jobs.put((future, process, texts))
        return future, process

    def result(self, sent: Sent, texts: list[Text]) -> list[bytes]:
        """The worker's answer for ``texts``, or the texts packed here if it failed (that
        worker is then stopped; another one started meanwhile is left alone)."""
        future, process = sent
        try:
            packed = future.result(timeout=PACK_TIMEOUT_S)
            if len(packed) != len(texts):
                raise ValueError("an answer of the wrong length")
            return packed
        except Exception as error:  # EOFError, OSError, TimeoutError, a wrong answer
            log.warning("the packing worker failed, packing in the serve process: %s",
                        type(error).__name__)
            with self._lock:
                if self._process is process:
                    self._process = None
            _stop(process)
            return pack_texts(texts)

    def close(self) -> None:
        """Stop the worker (at the serve process's exit)."""
        with self._lock:
            process, self._process = self._process, None
        if process is not None:
            _stop(process)

    def _carry(self) -> None:
        """The carrier thread: each job's request out and answer in, one at a time."""
        while True:
            future, process, texts = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(_round_trip(process, texts))
            except BaseException as error:  # handed to whoever waits for the answer
                future.set_exception(error)

    def _started_locked(self) -> subprocess.Popen[bytes]:
        if self._process is not None:
            ended = self._process.poll()
            if ended is None:
                return self._process
            log.warning("the packing worker had ended (exit status %s); starting another", ended)
            _stop(self._process)
        root = Path(__file__).resolve().parents[2]  # where this sync package is
        # Not the serve process's environment (its database address, secrets): what a
        # Python needs to start, and where this sync package is when it is not installed.
        environment = {name: os.environ[name] for name in ("PATH", "SYSTEMROOT", "LANG")
                       if name in os.environ}
        if str(root) not in {str(Path(folder).resolve()) for folder in site.getsitepackages()}:
            environment["PYTHONPATH"] = str(root)
        self._process = subprocess.Popen(
            # -P: not the working folder's modules, only the interpreter's and this package's.
            [sys.executable, "-P", "-m", "sync.server.packer"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment, cwd=root)
        return self._process


def _round_trip(process: subprocess.Popen[bytes], texts: list[Text]) -> list[bytes]:
    """Send a batch's texts to ``process`` and read its answer."""
    source, sink = process.stdout, process.stdin
    assert source is not None and sink is not None
    sink.write(_message([text for text, _form in texts], bytes(form for _text, form in texts)))
    sink.flush()
    return _receive(source, forms=False)[0]


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a worker for good: killed (one that hangs holds nothing up), its pipes closed
    (what was left to send to it dropped), reaped."""
    process.kill()
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):  # a dead worker: the rest cannot be sent
                stream.close()
    process.wait()


# The one worker of this serve process.
packer = Packer()
atexit.register(packer.close)


class Apart:
    """A batch's new records' values being packed by the worker: sent at once, taken with
    :meth:`packed` when the batch writes its ``records`` rows."""

    def __init__(self, values: list[Any]) -> None:
        self.texts = [packing.dumps(value) for value in values]
        self.sent = packer.submit(self.texts)

    def packed(self) -> list[bytes]:
        """Each value's stored form, in order."""
        if self.sent is None:
            return pack_texts(self.texts)
        return packer.result(self.sent, self.texts)


__all__ = ["PACK_APART_FROM_ROWS", "PACK_TIMEOUT_S", "Apart", "Packer", "pack_texts", "packer"]


if __name__ == "__main__":  # the worker
    _serve(sys.stdin.buffer, sys.stdout.buffer)
