"""The hybrid logical clock: monotonic whatever the wall clock does, and wary of far-future peers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.hlc import ClockDriftError, HybridClock, make_version, pack, unpack, version_clock

HOUR = 3_600_000


@given(st.lists(st.integers(min_value=0, max_value=2**40), min_size=1, max_size=200))
def test_ticks_strictly_increase_even_when_the_wall_clock_jumps_back(walls: list[int]) -> None:
    """Every value issued is greater than the one before, whatever the wall clock reads."""
    readings = iter(walls)
    clock = HybridClock(now_ms=lambda: next(readings))
    values = [clock.tick() for _ in walls]
    assert all(b > a for a, b in zip(values, values[1:]))


@given(st.integers(min_value=0, max_value=2**40), st.integers(min_value=0, max_value=2**40 + 2**20))
def test_after_observing_a_remote_value_ticks_exceed_it(wall: int, remote_ms: int) -> None:
    """Causality: an edit made after seeing a remote change orders after it (within the drift bound)."""
    clock = HybridClock(now_ms=lambda: wall, max_ahead_ms=2**21)
    remote = pack(remote_ms, 7)
    if remote_ms - wall > clock.max_ahead_ms:
        with pytest.raises(ClockDriftError):
            clock.observe(remote)
        return
    clock.observe(remote)
    assert clock.tick() > remote


def test_a_device_years_ahead_is_refused() -> None:
    """A peer whose clock says 2031 does not drag our clock into the future."""
    now = 1_300_000_000_000  # 2011
    clock = HybridClock(now_ms=lambda: now)
    with pytest.raises(ClockDriftError, match="hours ahead"):
        clock.observe(pack(now + 20 * 365 * 24 * HOUR, 0))
    assert unpack(clock.tick())[0] == now


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    """Sixty-five thousand edits in one millisecond still get distinct, ordered values."""
    clock = HybridClock(now_ms=lambda: 1000)
    values = [clock.tick() for _ in range(70_000)]
    assert len(set(values)) == len(values) and values == sorted(values)


@given(st.integers(0, 2**63 - 1), st.integers(0, 2**63 - 1), st.uuids(), st.uuids())
def test_versions_order_by_clock_then_device(a: int, b: int, d1: object, d2: object) -> None:
    """Version strings compare like (clock value, device id): a deterministic winner always exists."""
    v1, v2 = make_version(a, d1.hex), make_version(b, d2.hex)  # type: ignore[attr-defined]
    assert (v1 < v2) == ((a, d1.hex) < (b, d2.hex))  # type: ignore[attr-defined]
    assert version_clock(v1) == a
