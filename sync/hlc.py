"""Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds plus a logical counter.

A clock value is a 64-bit integer ``(ms << 16) | counter``; a *version* is that value as 16
hex digits followed by the device id, so that versions compare as strings and two devices
never produce equal versions (the device id breaks ties deterministically).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

COUNTER_BITS = 16
COUNTER_MAX = (1 << COUNTER_BITS) - 1
HEX_WIDTH = 16


class ClockDriftError(RuntimeError):
    """A remote clock value is further ahead of our wall clock than we accept."""


def pack(ms: int, counter: int) -> int:
    """The integer clock value of (milliseconds, counter)."""
    return (ms << COUNTER_BITS) | counter


def unpack(value: int) -> tuple[int, int]:
    """(milliseconds, counter) of an integer clock value."""
    return value >> COUNTER_BITS, value & COUNTER_MAX


def make_version(value: int, device_id: str) -> str:
    """The sortable version string of a clock value written by ``device_id``."""
    return f"{value:0{HEX_WIDTH}x}{device_id}"


def version_clock(version: str) -> int:
    """The clock value inside a version string."""
    return int(version[:HEX_WIDTH], 16)


def version_device(version: str) -> str:
    """The device id inside a version string."""
    return version[HEX_WIDTH:]


def wall_ms() -> int:
    """Milliseconds since the epoch from the system clock."""
    return time.time_ns() // 1_000_000


@dataclass
class HybridClock:
    """A hybrid logical clock; ``last`` is the highest value issued or seen.

    ``max_ahead_ms`` bounds how far a *remote* value may run ahead of our wall clock before
    :meth:`observe` refuses it, so that one device with a wrong date cannot drag every
    clock into the future.
    """

    last: int = 0
    now_ms: Callable[[], int] = wall_ms
    max_ahead_ms: int = 24 * 3600 * 1000

    def tick(self) -> int:
        """A new clock value, greater than every value issued or observed so far."""
        last_ms, last_counter = unpack(self.last)
        physical = self.now_ms()
        if physical > last_ms:
            self.last = pack(physical, 0)
        elif last_counter < COUNTER_MAX:
            self.last = pack(last_ms, last_counter + 1)
        else:  # counter exhausted within one millisecond: borrow the next millisecond
            self.last = pack(last_ms + 1, 0)
        return self.last

    def observe(self, remote: int) -> None:
        """Advance past a value received from another replica."""
        remote_ms, _ = unpack(remote)
        if remote_ms - self.now_ms() > self.max_ahead_ms:
            raise ClockDriftError(
                f"a remote clock is {(remote_ms - self.now_ms()) / 3_600_000:.1f} hours ahead"
            )
        if remote > self.last:
            self.last = remote
