"""A large batch's values packed, and its new records checked against the domain's rules,
in a process of its own, beside the serve process.

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

The domain's rules for a record (the validator's, given to headquarters when it starts)
cost about a fifth of that work, for a new record mostly rules that read the record alone
(kinds, vocabularies, lengths).  A validator that names such rules by an importable name
(``service.Validator``: ``apart``) has them run here for a first push's column blocks of at
least :data:`CHECK_APART_FROM_ROWS` rows (:class:`Checked`): the block's rows are sent as
the push begins, the serve process applies the push with the validator's other rules
meanwhile, and takes the rows that break them before it writes anything (the push is then
applied again with every rule in the serve process: ``service.SyncService._push``).

The worker is ``python -m sync.server.packer``: it imports the packing module, and for
checks the domain's rules by the name the serve process gives (not the server, its sessions
or keys), reads requests on its standard input and answers on its standard output, and
ends when its input closes (the serve process ended).  A request is a byte of kind
(:data:`PACK` or :data:`CHECK`), the count of values and their bytes in all, for packing a
byte for each (1: the json module wrote its text), each one's length, then the texts one
after the other; an answer is the same without the bytes of kind and form (counts and
lengths as 4-byte little-endian integers): a few reads for a batch, not two for each value.
A check sends one value, a block as JSON, and is answered with one: the indexes of the
rows that break a rule, as JSON.

Nothing depends on the worker: if it cannot be started, dies, answers wrongly, or does not
answer within :data:`PACK_TIMEOUT_S`, the batch packs its values or checks its rows itself,
the failure is a warning in the log (only the error's kind, never a value), and the next
large batch starts a new worker.  It reads no database and keeps nothing between batches
but the rules it imported (docs/security.md).
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import logging
import os
import queue
import site
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import IO, Any

import orjson

from sync.server import packing

log = logging.getLogger("lookingbeyond.server")

# A batch creating at least this many records packs them apart (a day's pushes: tens).
PACK_APART_FROM_ROWS = 1_000
# A worker that has not answered in this long is given up (its batch packs itself): a
# batch of 10,000 records takes it about 0.1 s.
PACK_TIMEOUT_S = 60.0
# A first push's column block of at least this many rows is checked apart (a first push
# sends a few thousand rows of each large table a request; a worker's round trip costs
# about a millisecond).
CHECK_APART_FROM_ROWS = 200

Text = tuple[bytes, bool]  # a value's JSON text and whether the json module wrote it
_HEADER = struct.Struct("<II")  # count, bytes in all
PACK, CHECK = b"P", b"C"  # a request's kind
# A request: its kind, its values, and for packing a byte of form for each value.
Request = tuple[bytes, list[bytes], bytes | None]
# A domain's rules that read only the record: (table, record, previous) -> (field, message)
# for every rule broken (lookingbeyond_desktop.domain.pushed.rule_problems).
Rules = Callable[[str, dict[str, Any], "dict[str, Any] | None"], list[tuple[str, str]]]
_RULES: dict[str, Rules] = {}  # imported by name, once a process


def pack_texts(texts: list[Text]) -> list[bytes]:
    """The stored form of each text (in the worker, and in the serve process when the
    worker is not there)."""
    return [packing.pack_text(text, by_json_module=by_json_module) for text, by_json_module in texts]


def rules_named(name: str) -> Rules:
    """The rules a name ``module:function`` gives (imported once a process)."""
    found = _RULES.get(name)
    if found is None:
        module, _, attribute = name.partition(":")
        found = _RULES[name] = getattr(importlib.import_module(module), attribute)
    return found


def check_block(request: bytes) -> bytes:
    """The indexes of a block's rows that break the rules (JSON), for a request (JSON):
    ``{"f": the rules' name, "t": table, "c": columns, "r": rows}``, each row its id, its
    version, then its values in the order of the columns (``wire.ColumnBlock``).  A row of
    another shape, too large for the protocol (``wire.record_fits``), or whose values the
    rules cannot read (they raise) breaks them.  In the worker, and in the serve process
    when the worker is not there."""
    from sync.wire import json_loads, record_fits  # here only: a packing worker never needs them

    block = json_loads(request)  # orjson's text, or the json module's (packing.dumps)
    rules, table, columns = rules_named(block["f"]), block["t"], block["c"]
    width = len(columns) + 2
    broken = []
    for index, row in enumerate(block["r"]):
        try:
            if type(row) is not list or len(row) != width:
                broken.append(index)
                continue
            record = dict(zip(columns, row[2:]))
            if not record_fits(record) or rules(table, record, None):
                broken.append(index)
        except Exception:  # noqa: BLE001 (values the rules cannot read break them)
            broken.append(index)
    return orjson.dumps(broken)


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
    """The worker's loop: a request in, its answer out, until the input closes (or a
    request of a kind it does not know: the serve process then does the work itself)."""
    while True:
        kind = source.read(1)
        try:
            if kind == PACK:
                texts, forms = _receive(source, forms=True)
                answer = pack_texts([(text, bool(form)) for text, form in zip(texts, forms)])
            elif kind == CHECK:
                (block,), _forms = _receive(source, forms=False)
                answer = [check_block(block)]
            else:
                return
        except (EOFError, ValueError):
            return
        sink.write(_message(answer))
        sink.flush()


# What was sent to the worker: the answer to come, and the worker it was sent to.
Sent = tuple["Future[list[bytes]]", "subprocess.Popen[bytes]"]


class Packer:
    """One worker process for a serve process, started at the first large batch, and one
    thread that carries each batch's requests and answers while the serve process applies
    and writes its other rows (thread-safe: round trips of one process run side by side).
    The thread is a daemon: a worker that hangs never holds up the serve process's exit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._jobs: queue.SimpleQueue[tuple[Future[list[bytes]], subprocess.Popen[bytes], Request]] = \
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

    def submit(self, request: Request) -> Sent | None:
        """Send ``request`` to the worker; None when it cannot be started."""
        with self._lock:
            try:
                process = self._started_locked()
                if self._carrier is None:
                    carrier = threading.Thread(target=self._carry, name="packer", daemon=True)
                    carrier.start()
                    self._carrier = carrier
            except (OSError, RuntimeError) as error:  # RuntimeError: the interpreter is ending
                log.warning("could not reach the packing worker, %s in the serve "
                            "process: %s", _DOING[request[0]], type(error).__name__)
                return None
        future: Future[list[bytes]] = Future()
        self._jobs.put((future, process, request))
        return future, process

    def result(self, sent: Sent, request: Request, here: Callable[[], list[bytes]]) -> list[bytes]:
        """The worker's answer to ``request`` (as many values as it sent), or ``here()``'s
        if the worker failed (that worker is then stopped; another one started meanwhile
        is left alone)."""
        future, process = sent
        try:
            answer = future.result(timeout=PACK_TIMEOUT_S)
            if len(answer) != len(request[1]):
                raise ValueError("an answer of the wrong length")
            return answer
        except Exception as error:  # EOFError, OSError, TimeoutError, a wrong answer
            log.warning("the packing worker failed, %s in the serve process: %s",
                        _DOING[request[0]], type(error).__name__)
            with self._lock:
                if self._process is process:
                    self._process = None
            _stop(process)
            return here()

    def close(self) -> None:
        """Stop the worker (at the serve process's exit)."""
        with self._lock:
            process, self._process = self._process, None
        if process is not None:
            _stop(process)

    def _carry(self) -> None:
        """The carrier thread: each job's request out and answer in, one at a time."""
        while True:
            future, process, request = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(_round_trip(process, request))
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


_DOING = {PACK: "packing", CHECK: "checking"}  # a request's work, for the log


def _round_trip(process: subprocess.Popen[bytes], request: Request) -> list[bytes]:
    """Send a request to ``process`` and read its answer."""
    source, sink = process.stdout, process.stdin
    assert source is not None and sink is not None
    kind, values, forms = request
    sink.write(kind + _message(values, forms))
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
        self.request: Request = (PACK, [text for text, _form in self.texts],
                                 bytes(form for _text, form in self.texts))
        self.sent = packer.submit(self.request)

    def packed(self) -> list[bytes]:
        """Each value's stored form, in order."""
        if self.sent is None:
            return pack_texts(self.texts)
        return packer.result(self.sent, self.request, lambda: pack_texts(self.texts))


class Checked:
    """A column block's rows being checked against the domain's rules (named ``rules``,
    ``module:function``) by the worker: sent at once, the rows that break them taken with
    :meth:`broken` before the batch writes anything."""

    def __init__(self, rules: str, table: str, columns: list[str], rows: list[Any]) -> None:
        text, _by_json_module = packing.dumps({"f": rules, "t": table, "c": columns, "r": rows})
        self.request: Request = (CHECK, [text], None)
        self.sent = packer.submit(self.request)

    def broken(self) -> set[int]:
        """The indexes of the rows that break a rule (or cannot be read by it)."""
        block = self.request[1][0]
        if self.sent is None:
            answer = check_block(block)
        else:
            answer = packer.result(self.sent, self.request, lambda: [check_block(block)])[0]
        indexes = orjson.loads(answer)
        if type(indexes) is not list or not all(type(index) is int for index in indexes):
            log.warning("the packing worker answered a check wrongly, checking in the serve process")
            indexes = orjson.loads(check_block(block))
        return set(indexes)


__all__ = ["CHECK_APART_FROM_ROWS", "PACK_APART_FROM_ROWS", "PACK_TIMEOUT_S", "Apart", "Checked", "Packer",
           "check_block", "pack_texts", "packer", "rules_named"]


if __name__ == "__main__":  # the worker
    _serve(sys.stdin.buffer, sys.stdout.buffer)
