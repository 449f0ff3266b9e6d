"""A loopback TCP proxy that behaves like a bad link: slow, far away, and liable to drop.

The test machines have no ``netem``, so sync is measured and tested through this byte pipe
instead.  It listens on ``127.0.0.1`` and forwards every connection to a target host:port,
shaping each direction on its way::

    with LinkEmu("127.0.0.1", server_port, bandwidth=64_000, rtt=0.6) as link:
        requests.get(f"http://127.0.0.1:{link.port}/v1/health")
        print(link.bytes_up, link.bytes_down, link.connections)

The timing model, per direction, for each segment (at most ``segment`` bytes of what was
read from the sending socket), with ``rate`` in bytes/s::

    sent_i      = max(arrival_i, sent_{i-1}) + size_i / rate   # serialisation, in order
    delivered_i = sent_i + latency                             # propagation, pipelined

This is a token bucket with no burst allowance (``burst`` bytes may be given), applied per
segment: 8 KB at 64 kbit/s takes 1 s, and a lone segment pays its own serialisation time.
Latency is added once per segment after serialisation and segments are in flight together,
so latency and bandwidth never add up twice: a long transfer takes ``bytes*8/bits + latency``.
Segments are delivered in order.  The handshake of a new TCP connection is not delayed
unless ``handshake=True`` (then a connection's first upload waits one round trip, as the
SYN / SYN-ACK exchange would make it).

Failures:

* **drops** — a connection is cut after exactly N bytes (counted ``up``, ``down`` or in
  ``both`` directions together): ``drop_after_bytes=N``, or a random offset drawn from
  ``drop_between=(low, high)`` with a seeded RNG; ``drop_probability`` chooses which
  connections are cut (default: every one, when an offset is given); ``max_drops`` stops
  cutting after that many.  The bytes before the cut are delivered, then both sockets are
  closed (``reset=True`` aborts them with a RST instead, which may lose bytes in flight).
* **stalls** — :meth:`stall` pauses delivery for S seconds from now; ``stall_after_bytes``
  with ``stall_seconds`` pauses each connection once when it has carried that many bytes.

Counters (:attr:`bytes_up`, :attr:`bytes_down`, :attr:`connections`, :attr:`drops`) count
what was delivered, so they are the bytes on the wire, HTTP headers included.

Pure standard library (asyncio in a background thread); no Qt.
"""

from __future__ import annotations

import asyncio
import random
import socket
import threading
import time
from dataclasses import dataclass
from typing import Literal

Direction = Literal["up", "down"]
DropCount = Literal["up", "down", "both"]

DEFAULT_SEGMENT = 1460  # one Ethernet-sized TCP segment
READ_SIZE = 64 * 1024
QUEUE_SEGMENTS = 512  # the link's buffer: beyond this the sender is held back (TCP push-back)


@dataclass(frozen=True)
class LinkStats:
    """A snapshot of the counters."""

    bytes_up: int
    bytes_down: int
    connections: int
    drops: int
    open_connections: int

    @property
    def total(self) -> int:
        """Bytes both ways."""
        return self.bytes_up + self.bytes_down

    def __sub__(self, other: LinkStats) -> LinkStats:
        return LinkStats(self.bytes_up - other.bytes_up, self.bytes_down - other.bytes_down,
                         self.connections - other.connections, self.drops - other.drops,
                         self.open_connections)


class _Bucket:
    """Serialisation of one direction: a token bucket (in bytes) that may go into debt."""

    def __init__(self, bits_per_second: float | None, burst: int) -> None:
        self.rate = bits_per_second / 8 if bits_per_second else None
        self.burst = burst
        self.tokens = float(burst)
        self.last = 0.0

    def sent_at(self, size: int, arrival: float) -> float:
        """When the last bit of a segment of ``size`` bytes arriving at ``arrival`` has left."""
        if self.rate is None:
            return arrival
        if self.last == 0.0:
            self.last = arrival
        self.tokens = min(float(self.burst), self.tokens + (arrival - self.last) * self.rate)
        self.last = arrival
        self.tokens -= size
        return arrival + (-self.tokens / self.rate if self.tokens < 0 else 0.0)


class _Connection:
    """One proxied connection: two shaped pipes and its drop / stall plan."""

    def __init__(self, link: LinkEmu, client: tuple[asyncio.StreamReader, asyncio.StreamWriter],
                 server: tuple[asyncio.StreamReader, asyncio.StreamWriter],
                 accepted: float) -> None:
        self.link = link
        self.readers = {"up": client[0], "down": server[0]}
        self.writers = {"up": server[1], "down": client[1]}  # where each direction goes
        self.buckets = {"up": _Bucket(link.up_bandwidth, link.burst),
                        "down": _Bucket(link.down_bandwidth, link.burst)}
        self.not_before = {"up": accepted + (2 * link.up_latency if link.handshake else 0.0),
                           "down": accepted}
        self.carried = {"up": 0, "down": 0}
        self.drop_at = link._plan_drop()
        self.stalled = False
        self.closed = False
        self.tasks: list[asyncio.Task[None]] = []

    def _count_for_drop(self) -> int:
        how = self.link.drop_count
        return self.carried["up"] + self.carried["down"] if how == "both" else self.carried[how]

    async def run(self) -> None:
        pipes = [asyncio.create_task(self._pipe(direction)) for direction in ("up", "down")]
        self.tasks = pipes
        await asyncio.gather(*pipes, return_exceptions=True)
        self.close()

    async def _pipe(self, direction: Direction) -> None:
        reader, writer = self.readers[direction], self.writers[direction]
        shaped = self.link.shaped(direction)
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue(QUEUE_SEGMENTS)
        sender = asyncio.create_task(self._deliver(direction, queue, writer)) if shaped else None
        try:
            while not self.closed:
                data = await reader.read(READ_SIZE)
                if not data:
                    break
                if sender is None:  # straight through, unless stalled
                    wait = self.link._paused_until - time.monotonic()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    if not await self._write(direction, writer, data):
                        break
                    continue
                step = self.link.segment
                for start in range(0, len(data), step):
                    piece = data[start:start + step]
                    arrival = max(time.monotonic(), self.not_before[direction])
                    sent = self.buckets[direction].sent_at(len(piece), arrival)
                    due = sent + self.link.latency_of(direction)
                    await queue.put((due, piece))
        except (ConnectionError, OSError):
            pass
        finally:
            if sender is not None:
                if self.closed:
                    sender.cancel()
                else:  # let what is queued arrive, in order, before the end
                    await queue.put(None)
                    await asyncio.gather(sender, return_exceptions=True)
            if not self.closed:
                try:  # pass the end of this direction on (half close), as TCP would
                    if writer.can_write_eof():
                        writer.write_eof()
                except (ConnectionError, OSError, RuntimeError):
                    pass

    async def _deliver(self, direction: Direction, queue: asyncio.Queue[tuple[float, bytes] | None],
                       writer: asyncio.StreamWriter) -> None:
        while True:
            item = await queue.get()
            if item is None or self.closed:
                return
            due, piece = item
            while True:  # a stall may begin while waiting
                wait = max(due, self.link._paused_until) - time.monotonic()
                if wait <= 0:
                    break
                await asyncio.sleep(wait)
            if not await self._write(direction, writer, piece):
                self.close()
                return

    async def _write(self, direction: Direction, writer: asyncio.StreamWriter, data: bytes) -> bool:
        """Deliver ``data`` (cut short at the drop offset); False when the connection ends."""
        if self.closed:
            return False
        cut = False
        if self.drop_at is not None:
            left = self.drop_at - self._count_for_drop()
            if self.link.drop_count in (direction, "both") and left <= len(data):
                data, cut = data[:max(0, left)], True
        if data:
            try:
                writer.write(data)
                await writer.drain()
            except (ConnectionError, OSError):
                self.close()
                return False
            self.carried[direction] += len(data)
            self.link._count(direction, len(data))
        if cut:
            self.link._dropped()
            self.close(reset=self.link.reset)
            return False
        limit = self.link.stall_after_bytes
        carried = self.carried["up"] + self.carried["down"]
        if limit is not None and not self.stalled and carried >= limit:
            self.stalled = True
            self.link.stall(self.link.stall_seconds)
        return True

    def close(self, *, reset: bool = False) -> None:
        if self.closed:
            return
        self.closed = True
        for writer in (self.writers["up"], self.writers["down"]):
            try:
                if reset:
                    writer.transport.abort()
                else:
                    writer.close()
            except (ConnectionError, OSError, RuntimeError):
                pass
        for task in self.tasks:
            if task is not asyncio.current_task():
                task.cancel()
        self.link._open.discard(self)


class LinkEmu:
    """A shaped TCP proxy on ``127.0.0.1:port`` to ``target_host:target_port`` (see module doc).

    Bandwidths are in bits per second (``None``: unlimited), latencies in seconds one way.
    ``rtt`` sets both latencies to half of it.  Start with :meth:`start` (or ``with``).
    """

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        listen_host: str = "127.0.0.1",
        listen_port: int = 0,
        bandwidth: float | None = None,
        up_bandwidth: float | None = None,
        down_bandwidth: float | None = None,
        latency: float = 0.0,
        rtt: float | None = None,
        burst: int = 0,
        segment: int = DEFAULT_SEGMENT,
        handshake: bool = False,
        drop_after_bytes: int | None = None,
        drop_between: tuple[int, int] | None = None,
        drop_probability: float | None = None,
        drop_count: DropCount = "both",
        max_drops: int | None = None,
        reset: bool = False,
        stall_after_bytes: int | None = None,
        stall_seconds: float = 0.0,
        seed: int = 0,
    ) -> None:
        if segment < 1:
            raise ValueError("segment must be at least one byte")
        self.target = (target_host, target_port)
        self.listen = (listen_host, listen_port)
        self.up_bandwidth = up_bandwidth if up_bandwidth is not None else bandwidth
        self.down_bandwidth = down_bandwidth if down_bandwidth is not None else bandwidth
        one_way = rtt / 2 if rtt is not None else latency
        self.up_latency = one_way
        self.down_latency = one_way
        self.burst = burst
        self.segment = segment
        self.handshake = handshake
        self.drop_after_bytes = drop_after_bytes
        self.drop_between = drop_between
        offset_given = drop_after_bytes is not None or drop_between is not None
        if drop_probability is None:
            drop_probability = 1.0 if offset_given else 0.0
        self.drop_probability = drop_probability
        self.drop_count: DropCount = drop_count
        self.max_drops = max_drops
        self.reset = reset
        self.stall_after_bytes = stall_after_bytes
        self.stall_seconds = stall_seconds
        self.rng = random.Random(seed)
        self.bytes_up = 0
        self.bytes_down = 0
        self.connections = 0
        self.drops = 0
        self.port = 0
        self._planned_drops = 0
        self._paused_until = 0.0
        self._open: set[_Connection] = set()
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # -- settings the connections read ---------------------------------------------------

    def shaped(self, direction: Direction) -> bool:
        """Whether ``direction`` is slowed at all (else bytes go straight through)."""
        bits = self.up_bandwidth if direction == "up" else self.down_bandwidth
        return bool(bits) or self.latency_of(direction) > 0 or self.handshake

    def latency_of(self, direction: Direction) -> float:
        """One-way latency of ``direction`` in seconds."""
        return self.up_latency if direction == "up" else self.down_latency

    def _plan_drop(self) -> int | None:
        """The byte offset at which a new connection will be cut, or None."""
        if self.max_drops is not None and self._planned_drops >= self.max_drops:
            return None
        if self.drop_probability <= 0 or self.rng.random() >= self.drop_probability:
            return None
        self._planned_drops += 1
        if self.drop_after_bytes is not None:
            return self.drop_after_bytes
        if self.drop_between is not None:
            return self.rng.randint(*self.drop_between)
        return 0

    def _count(self, direction: Direction, size: int) -> None:
        with self._lock:
            if direction == "up":
                self.bytes_up += size
            else:
                self.bytes_down += size

    def _dropped(self) -> None:
        with self._lock:
            self.drops += 1

    # -- controls --------------------------------------------------------------------------

    def stall(self, seconds: float) -> None:
        """Deliver nothing, either way, for ``seconds`` from now (bytes wait, in order)."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    def stats(self) -> LinkStats:
        """The counters now."""
        with self._lock:
            return LinkStats(self.bytes_up, self.bytes_down, self.connections, self.drops,
                             len(self._open))

    def reset_counters(self) -> None:
        """Set the byte, connection and drop counters back to zero."""
        with self._lock:
            self.bytes_up = self.bytes_down = self.connections = self.drops = 0

    @property
    def url(self) -> str:
        """``http://127.0.0.1:port`` of the proxy."""
        return f"http://{self.listen[0]}:{self.port}"

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> LinkEmu:
        """Listen and forward in a background thread; returns when :attr:`port` is known."""
        if self._thread is not None:
            raise RuntimeError("the link is already running")
        self._thread = threading.Thread(target=self._run, name="linkemu", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error
        if not self.port:
            raise RuntimeError("the link emulator did not start")
        return self

    def stop(self) -> None:
        """Close the listening socket and every connection, and end the thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if loop.is_running():
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._thread = None

    def __enter__(self) -> LinkEmu:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            self._server = loop.run_until_complete(
                asyncio.start_server(self._accept, self.listen[0], self.listen[1]))
            self.port = self._server.sockets[0].getsockname()[1]
        except BaseException as error:  # reported by start()
            self._error = error
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for connection in list(self._open):
            connection.close()

    async def _accept(self, client_reader: asyncio.StreamReader,
                      client_writer: asyncio.StreamWriter) -> None:
        accepted = time.monotonic()
        with self._lock:
            self.connections += 1
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.transport.abort()
            return
        for writer in (client_writer, server_writer):
            sock = writer.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            writer.transport.set_write_buffer_limits(0)  # drain() means handed to the kernel
        connection = _Connection(self, (client_reader, client_writer),
                                 (server_reader, server_writer), accepted)
        self._open.add(connection)
        await connection.run()


__all__ = ["LinkEmu", "LinkStats"]
