"""The link emulator (sync/linkemu.py): a byte pipe that is slow, far away and cuts connections.

Timing assertions use generous bounds: a lower bound the model guarantees and an upper bound
far above it, so a busy machine cannot make them fail.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from sync.linkemu import LinkEmu


class Target:
    """A TCP server on loopback that handles each connection with ``handle`` in a thread."""

    def __init__(self, handle: Callable[[socket.socket], None]) -> None:
        self.handle = handle
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(connection,), daemon=True).start()

    def _one(self, connection: socket.socket) -> None:
        with connection:
            try:
                self.handle(connection)
            except OSError:
                pass

    def close(self) -> None:
        self.listener.close()


def read_all(sock: socket.socket) -> bytes:
    """Everything until the peer closes (or resets) the connection."""
    parts = []
    while True:
        try:
            data = sock.recv(65536)
        except ConnectionResetError:
            break
        if not data:
            break
        parts.append(data)
    return b"".join(parts)


def echo(connection: socket.socket) -> None:
    """Send back everything, then close when the client has finished sending."""
    while data := connection.recv(65536):
        connection.sendall(data)


@pytest.fixture
def echo_target() -> Iterator[Target]:
    target = Target(echo)
    yield target
    target.close()


def roundtrip(port: int, payload: bytes) -> bytes:
    """Send ``payload``, half-close, and return what comes back."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        try:
            sock.sendall(payload)
            sock.shutdown(socket.SHUT_WR)
        except OSError:  # the link already closed (or reset) the connection
            pass
        return read_all(sock)


def test_bytes_pass_unchanged(echo_target: Target) -> None:
    """Every byte value, in a message bigger than the read size, comes back exactly."""
    payload = os.urandom(300_000) + bytes(range(256))
    with LinkEmu("127.0.0.1", echo_target.port) as link:
        assert roundtrip(link.port, payload) == payload


def test_bytes_pass_unchanged_when_shaped(echo_target: Target) -> None:
    """Shaping (segments, latency, a fast cap) reorders nothing and loses nothing."""
    payload = os.urandom(200_000)
    with LinkEmu("127.0.0.1", echo_target.port, bandwidth=50_000_000, rtt=0.02,
                 segment=700) as link:
        assert roundtrip(link.port, payload) == payload


def test_bandwidth_cap_slows_8_kb_at_64_kbits() -> None:
    """8 KB at 64 kbit/s takes about 1 s (8192*8/64000 = 1.02 s), whatever the read sizes."""
    def sink(connection: socket.socket) -> None:
        size = len(read_all(connection))
        connection.sendall(str(size).encode())

    target = Target(sink)
    try:
        with LinkEmu("127.0.0.1", target.port, up_bandwidth=64_000) as link:
            started = time.monotonic()
            answer = roundtrip(link.port, b"x" * 8192)
            elapsed = time.monotonic() - started
    finally:
        target.close()
    assert answer == b"8192"
    assert 0.9 <= elapsed < 10


def test_bandwidth_is_per_direction() -> None:
    """4 KB up, then (after all of it arrived) 4 KB down, at 64 kbit/s each way: ~2 x 0.5 s."""
    def store_and_forward(connection: socket.socket) -> None:
        connection.sendall(read_all(connection))

    target = Target(store_and_forward)
    try:
        with LinkEmu("127.0.0.1", target.port, bandwidth=64_000) as link:
            started = time.monotonic()
            assert roundtrip(link.port, b"y" * 4096) == b"y" * 4096
            elapsed = time.monotonic() - started
    finally:
        target.close()
    assert 0.9 <= elapsed < 10


def test_latency_adds_a_round_trip(echo_target: Target) -> None:
    """A small echo through a 400 ms round trip takes at least 400 ms, and not twice that."""
    with LinkEmu("127.0.0.1", echo_target.port, rtt=0.4) as link:
        with socket.create_connection(("127.0.0.1", link.port), timeout=20) as sock:
            started = time.monotonic()
            sock.sendall(b"ping")
            assert sock.recv(16) == b"ping"
            elapsed = time.monotonic() - started
    assert 0.39 <= elapsed < 5


def test_latency_and_bandwidth_do_not_double_count() -> None:
    """64 KB at 512 kbit/s with 300 ms one way: ~1.0 s + 0.3 s, not 1.0 s + 0.3 s per segment
    (45 segments: 14 s)."""
    def sink(connection: socket.socket) -> None:
        connection.sendall(str(len(read_all(connection))).encode())

    target = Target(sink)
    try:
        with LinkEmu("127.0.0.1", target.port, up_bandwidth=512_000, latency=0.3) as link:
            started = time.monotonic()
            assert roundtrip(link.port, b"z" * 65536) == b"65536"
            elapsed = time.monotonic() - started
    finally:
        target.close()
    # serialisation 1.02 s + 0.3 s up + 0.3 s down; per-segment latency would be > 14 s.
    # The upper bound leaves a busy machine 6 s of slack and still catches double counting.
    assert 1.5 <= elapsed < 8


def test_drop_after_n_bytes_cuts_the_download_at_n() -> None:
    """The client gets exactly the first N bytes of the answer, then the connection ends."""
    answer = os.urandom(50_000)

    def talker(connection: socket.socket) -> None:
        connection.recv(16)
        connection.sendall(answer)
        read_all(connection)

    target = Target(talker)
    try:
        with LinkEmu("127.0.0.1", target.port, drop_after_bytes=12_345, drop_count="down") as link:
            with socket.create_connection(("127.0.0.1", link.port), timeout=20) as sock:
                sock.sendall(b"go")
                got = read_all(sock)
            assert link.drops == 1
    finally:
        target.close()
    assert got == answer[:12_345]


def test_drop_after_n_bytes_cuts_the_upload_at_n() -> None:
    """The server receives exactly N bytes of the request before the connection ends."""
    received: list[int] = []
    done = threading.Event()

    def sink(connection: socket.socket) -> None:
        received.append(len(read_all(connection)))
        done.set()

    target = Target(sink)
    try:
        with LinkEmu("127.0.0.1", target.port, drop_after_bytes=1000, drop_count="up") as link:
            with socket.create_connection(("127.0.0.1", link.port), timeout=20) as sock:
                try:
                    sock.sendall(b"a" * 100_000)
                except OSError:
                    pass  # the link may have closed before everything was written
                read_all(sock)
            assert done.wait(10)
            assert link.bytes_up == 1000
    finally:
        target.close()
    assert received == [1000]


def test_random_drop_offsets_follow_the_seed(echo_target: Target) -> None:
    """The same seed cuts at the same offset, within the range; both directions are counted."""
    lengths = []
    for _ in range(2):
        with LinkEmu("127.0.0.1", echo_target.port, drop_between=(100, 5000), seed=7) as link:
            with socket.create_connection(("127.0.0.1", link.port), timeout=20) as sock:
                sock.sendall(b"b" * 20_000)
                got = read_all(sock)
            lengths.append((len(got), link.bytes_up + link.bytes_down))
    assert lengths[0] == lengths[1]
    assert 100 <= lengths[0][1] <= 5000


def test_drop_probability_and_max_drops(echo_target: Target) -> None:
    """With p = 1 and max_drops = 1, the first connection is cut and the next one is not."""
    with LinkEmu("127.0.0.1", echo_target.port, drop_probability=1.0, drop_after_bytes=10,
                 max_drops=1) as link:
        assert roundtrip(link.port, b"c" * 100) in (b"", b"c" * 10)
        assert roundtrip(link.port, b"c" * 100) == b"c" * 100
        assert link.drops == 1
        assert link.connections == 2


def test_stall_pauses_delivery(echo_target: Target) -> None:
    """After stall(0.5) nothing arrives for half a second; then bytes flow again, unchanged."""
    with LinkEmu("127.0.0.1", echo_target.port) as link:
        with socket.create_connection(("127.0.0.1", link.port), timeout=20) as sock:
            sock.sendall(b"one")
            assert sock.recv(16) == b"one"
            started = time.monotonic()  # before the stall: a pause between the two cannot shorten it
            link.stall(0.5)
            sock.sendall(b"two")
            assert sock.recv(16) == b"two"
            elapsed = time.monotonic() - started
    assert 0.45 <= elapsed < 5


def test_counters_count_bytes_and_connections(echo_target: Target) -> None:
    """Bytes each way and connections are counted; reset_counters starts again from zero."""
    with LinkEmu("127.0.0.1", echo_target.port) as link:
        roundtrip(link.port, b"d" * 3000)
        roundtrip(link.port, b"e" * 500)
        deadline = time.monotonic() + 5
        while link.bytes_down < 3500 and time.monotonic() < deadline:
            time.sleep(0.01)
        stats = link.stats()
        counted = (stats.bytes_up, stats.bytes_down, stats.connections, stats.drops)
        assert counted == (3500, 3500, 2, 0)
        assert stats.total == 7000
        link.reset_counters()
        assert link.stats().total == 0


def test_unreachable_target_closes_the_client() -> None:
    """When nothing listens behind the link, the client's connection is closed, not hung."""
    free = socket.create_server(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()
    with LinkEmu("127.0.0.1", port) as link:
        assert roundtrip(link.port, b"hello") == b""
