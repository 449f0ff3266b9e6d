"""Wrong device clocks, both ways, end to end through the real headquarters app on SQLite
and on PostgreSQL (invariant 6: clocks lie).

A device's clock is faked by giving its hybrid logical clock (the writer's and the one that
observes pulled versions) and the ``clock`` it reports to headquarters a wrong "now"; the
headquarters clock is the real one.  Whatever the device believes, its edits sync,
sequential edits never make conflicts, concurrent edits always do, and an edit made after
the device saw another one is never ordered before it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from sync.hlc import HybridClock, version_clock, wall_ms
from sync.server.schema import DeviceNames, conflicts, records
from sync.server.service import MAX_SKEW_MS, SyncService
from tests.sync.world import Device, World

HOUR = 3_600_000
YEAR = 365 * 24 * HOUR
ORG = {"name": "Transparency International Kenya", "country": "KE"}
# How far each device clock is from the true time (ms), or an absolute wrong "now".
SKEWS: dict[str, Callable[[], int]] = {
    "hours_ahead": lambda: wall_ms() + 3 * HOUR,
    "hours_behind": lambda: wall_ms() - 3 * HOUR,
    "years_ahead": lambda: wall_ms() + 7 * YEAR,
    "year_1999": lambda: 915_148_800_000 + (wall_ms() % HOUR),
    "epoch_zero": lambda: 0,
    "negative": lambda: -86_400_000,
}


@contextmanager
def clock_of(device: Device, now: Callable[[], int], monkeypatch: pytest.MonkeyPatch) -> Iterator[Device]:
    """While inside, ``device`` believes it is ``now()``: its edits are stamped from it, it
    observes pulled versions against it, and it reports it to headquarters."""
    import sync.replica as replication_module
    import lookingbeyond_desktop.store.writer as writer_module
    import sync.client as client_module

    def wrong_clock(*args: Any, **kwargs: Any) -> HybridClock:
        kwargs.setdefault("now_ms", now)
        return HybridClock(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(writer_module, "HybridClock", wrong_clock)
        patch.setattr(replication_module, "HybridClock", wrong_clock)
        patch.setattr(replication_module, "wall_ms", now, raising=False)
        patch.setattr(client_module, "wall_ms", now)
        yield device


def set_phone(device: Device, org: str, phone: str) -> None:
    """One edit of the organization's phone on ``device``."""
    with device.write() as writer:
        writer.update("organizations", org, {"phone": phone})


def hq_conflicts(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(conflicts)).scalar_one())


def hq_version(engine: Engine, org: str, field: str) -> str:
    with engine.connect() as connection:
        stored = connection.execute(select(records.c.data, records.c.versions).where(
            records.c.tbl == "organizations", records.c.id == org)).one()
        return str(stored.versions.of(stored.data, DeviceNames(connection))[field])


def local_version(device: Device, org: str, field: str) -> str:
    import json

    raw = device.value("organizations", org, "sync_field_versions")
    versions = (json.loads(raw) if isinstance(raw, str) else raw) or {}
    return str(versions.get(field) or device.value("organizations", org, "sync_version"))


def org_on(device: Device) -> str:
    with device.write() as writer:
        org = writer.create("organizations", ORG)
    device.sync()
    return str(org)


@pytest.mark.parametrize("skew", list(SKEWS))
def test_sequential_edits_with_wrong_clocks_never_conflict(
        world: World, hq_engine: Engine, monkeypatch: pytest.MonkeyPatch, skew: str) -> None:
    """A device with a wrong clock (from its first edit) and one with the right clock take
    turns editing one field, syncing in between: every edit arrives, the last one is the
    value everywhere, and headquarters records no conflict."""
    wrong, right = world.device("wrong", "hq"), world.device("right", "hq")
    with clock_of(wrong, SKEWS[skew], monkeypatch):
        org = org_on(wrong)
    right.sync()
    for turn in range(3):
        with clock_of(wrong, SKEWS[skew], monkeypatch):
            wrong.sync()
            set_phone(wrong, org, f"wrong {turn}")
            wrong.sync()
        right.sync()
        assert right.value("organizations", org, "phone") == f"wrong {turn}"
        set_phone(right, org, f"right {turn}")
        right.sync()
        with clock_of(wrong, SKEWS[skew], monkeypatch):
            wrong.sync()
        assert wrong.value("organizations", org, "phone") == f"right {turn}"
    assert hq_conflicts(hq_engine) == 0
    assert wrong.replication.conflicts() == [] and right.replication.conflicts() == []


@pytest.mark.parametrize("skew", list(SKEWS))
def test_concurrent_edits_are_conflicts_whatever_the_clock(
        world: World, hq_engine: Engine, monkeypatch: pytest.MonkeyPatch, skew: str) -> None:
    """Both devices change the same field without having seen the other's change: one
    conflict, the same winner on both devices and at headquarters, the loser kept."""
    wrong, right = world.device("wrong", "hq"), world.device("right", "hq")
    org = org_on(right)
    with clock_of(wrong, SKEWS[skew], monkeypatch):
        wrong.sync()
        set_phone(wrong, org, "+254 wrong clock")
    set_phone(right, org, "+254 right clock")
    right.sync()
    with clock_of(wrong, SKEWS[skew], monkeypatch):
        wrong.sync()
    right.sync()
    assert hq_conflicts(hq_engine) == 1
    winner = right.value("organizations", org, "phone")
    assert wrong.value("organizations", org, "phone") == winner
    for device in (wrong, right):
        (conflict,) = device.replication.conflicts()
        assert {conflict["winner_value"], conflict["loser_value"]} == {"+254 wrong clock",
                                                                       "+254 right clock"}
        assert conflict["winner_value"] == winner


@pytest.mark.parametrize("skew", ["hours_behind", "year_1999", "epoch_zero", "negative"])
def test_a_clock_far_behind_does_not_lose_to_an_older_edit(
        world: World, hq_engine: Engine, monkeypatch: pytest.MonkeyPatch, skew: str) -> None:
    """``old`` edits the phone offline first; ``seen`` edits it and syncs; the device whose
    clock is behind pulls that, then edits the phone.  When ``old`` finally syncs, its edit
    is concurrent with the later ones and must lose: the behind device's edit came after an
    edit newer than it, so its version must be greater (its clock observed what it pulled)."""
    old, seen, behind = world.device("old", "hq"), world.device("seen", "hq"), world.device("behind", "hq")
    org = org_on(seen)
    old.sync()
    set_phone(old, org, "oldest edit")  # offline: not synced yet
    set_phone(seen, org, "seen edit")
    seen.sync()
    with clock_of(behind, SKEWS[skew], monkeypatch):
        behind.sync()
        assert behind.value("organizations", org, "phone") == "seen edit"
        set_phone(behind, org, "newest edit, wrong clock")
        behind.sync()
    assert local_version(behind, org, "phone") > local_version(seen, org, "phone")
    old.sync()
    seen.sync()
    with clock_of(behind, SKEWS[skew], monkeypatch):
        behind.sync()
    for device in (old, seen, behind):
        assert device.value("organizations", org, "phone") == "newest edit, wrong clock"
    (conflict,) = old.replication.conflicts()
    assert conflict["loser_value"] == "oldest edit"


@pytest.mark.parametrize(("ahead_ms", "restamped"), [(MAX_SKEW_MS - 60_000, False),
                                                      (MAX_SKEW_MS + 60_000, True),
                                                      (-3 * HOUR, False), (3 * HOUR, True)])
def test_versions_more_than_five_minutes_ahead_are_restamped(
        world: World, hq_engine: Engine, monkeypatch: pytest.MonkeyPatch,
        ahead_ms: int, restamped: bool) -> None:
    """Headquarters keeps a version up to 5 minutes ahead of its clock (or behind it) as it
    is; one further ahead gets headquarters' time, never later than the time of the push."""
    device = world.device("a", "hq")
    org = org_on(device)
    with clock_of(device, lambda: wall_ms() + ahead_ms, monkeypatch):
        set_phone(device, org, "+254 1")
        device.sync()
    mine, stored = local_version(device, org, "phone"), hq_version(hq_engine, org, "phone")
    assert (mine != stored) is restamped
    assert (version_clock(stored) >> 16) <= wall_ms() + (0 if restamped else max(ahead_ms, 0))
    assert stored.endswith(device.store.device_id)


@pytest.mark.parametrize("skew", ["hours_ahead", "years_ahead"])
def test_after_the_clock_is_corrected_edits_still_sync_and_order_correctly(
        world: World, hq_engine: Engine, monkeypatch: pytest.MonkeyPatch, skew: str) -> None:
    """A device ran with a clock far ahead, then its clock was corrected.  Its hybrid clock
    comes back to headquarters' time (just past the versions headquarters re-stamped for it,
    so its own edits stay in order there), its further edits sync without conflicting with
    themselves and are no longer re-stamped, and a concurrent edit made ten minutes later at
    the right time by another device wins over its older one (before the fix its clock
    stayed years ahead: every edit was re-stamped at push time and beat newer edits pushed
    before it).  Within the first 5 minutes it is ahead like any clock within the
    tolerance headquarters accepts."""
    fixed, other = world.device("fixed", "hq"), world.device("other", "hq")
    org = org_on(other)
    with clock_of(fixed, SKEWS[skew], monkeypatch):
        fixed.sync()
        set_phone(fixed, org, "while wrong")
        fixed.sync()
    held = hq_version(hq_engine, org, "phone")  # re-stamped by headquarters
    assert local_version(fixed, org, "phone") != held
    set_phone(fixed, org, "after correction")  # the real clock again
    mine = local_version(fixed, org, "phone")
    assert mine > held and (version_clock(mine) >> 16) <= wall_ms() + MAX_SKEW_MS + 1
    fixed.sync()
    assert hq_version(hq_engine, org, "phone") == mine  # not re-stamped any more
    assert hq_conflicts(hq_engine) == 0
    other.sync()
    assert other.value("organizations", org, "phone") == "after correction"
    set_phone(fixed, org, "older, offline")  # concurrent with the next edit of other
    # Ten minutes later (beyond the 5 minutes a clock may be ahead) for headquarters and
    # for the other device, which edits the same field at the right time.
    later = lambda: wall_ms() + 10 * 60_000  # noqa: E731
    monkeypatch.setitem(SyncService.__init__.__kwdefaults__, "now_ms", later)
    with clock_of(other, later, monkeypatch):
        set_phone(other, org, "newer, right time")
        other.sync()
    with clock_of(fixed, later, monkeypatch):
        fixed.sync()
    with clock_of(other, later, monkeypatch):
        other.sync()
    for device in (fixed, other):
        assert device.value("organizations", org, "phone") == "newer, right time"
    assert hq_conflicts(hq_engine) == 1
