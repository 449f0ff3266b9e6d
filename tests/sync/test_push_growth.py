"""A large push in few requests (issue 15): push batches that grow while round trips are
quick, the next batch built during a round trip, and batches cut in bytes; through the real
headquarters app, on SQLite and on PostgreSQL."""

from __future__ import annotations

import functools
import gzip
from types import SimpleNamespace
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

import sync.client
from sync.client import PushSizer, _build_ahead, _NextBatch, _take
from sync.replica import PushBatch
from sync.server.schema import named_changelog, records
from sync.wire import (
    MAX_PUSH_ROWS,
    MAX_REQUEST_BYTES,
    DeviceTable,
    EncodedPush,
    SyncRequest,
    decode_body,
    encode_body,
)
from tests.sync.world import Device, World


def test_sizer_doubles_after_quick_round_trips_up_to_its_ceiling() -> None:
    """A batch cut by size whose round trip was quick doubles the next cut, never past the
    ceiling."""
    sizer = PushSizer(1_000, 5_000)
    assert [sizer.observe(0.1, cut=True) for _ in range(4)] == [2_000, 4_000, 5_000, 5_000]


def test_sizer_halves_after_slow_round_trips_never_below_the_device_cut() -> None:
    """A slow round trip halves the cut, down to the device's own push_bytes at most."""
    sizer = PushSizer(1_000, 8_000)
    for _ in range(3):
        sizer.observe(0.1, cut=True)
    assert sizer.limit == 8_000
    assert [sizer.observe(60.0, cut=True) for _ in range(5)] == [4_000, 2_000, 1_000, 1_000, 1_000]


def test_sizer_keeps_its_cut_when_the_batch_held_everything_or_time_was_middling() -> None:
    """A batch that held every pending change says nothing about bigger batches; a round
    trip neither quick nor slow leaves the cut as it is."""
    sizer = PushSizer(1_000, 8_000)
    assert sizer.observe(0.1, cut=False) == 1_000
    sizer.observe(0.1, cut=True)
    assert sizer.observe((sync.client.GROW_BELOW_S + sync.client.SHRINK_ABOVE_S) / 2, cut=True) == 2_000


def test_the_grown_ceiling_stays_far_inside_what_headquarters_accepts() -> None:
    """The largest cut, plus one record of the largest size and its wire overhead, fits in
    a request headquarters accepts."""
    assert sync.client.MAX_GROWN_PUSH_BYTES + 2 * 64 * 1024 < MAX_REQUEST_BYTES
    assert PushSizer(10 * MAX_REQUEST_BYTES).ceiling == 10 * MAX_REQUEST_BYTES  # a device's own choice stays


def _batch(first: int, upto: int) -> PushBatch:
    return PushBatch(first, upto, [{"t": "organizations"}], DeviceTable(), False)


def _ahead(batch: PushBatch | None, last_seq: int) -> _NextBatch:
    from concurrent.futures import Future

    future: Future[Any] = Future()
    future.set_result(_build_ahead(lambda: batch))
    return _NextBatch(future, last_seq)


def test_a_batch_built_ahead_is_used_only_where_it_still_holds() -> None:
    """The batch built during a round trip is sent only if it starts just after what
    headquarters acknowledged and no change was made on the device since it was read."""
    batch = _batch(11, 20)
    taken, encoded = _take(_ahead(batch, 50), SimpleNamespace(pushed_seq=10, last_seq=50))
    assert taken is batch and encoded is not None
    nothing = (None, None)
    assert _take(_ahead(batch, 50), SimpleNamespace(pushed_seq=10, last_seq=51)) == nothing  # an edit meanwhile
    assert _take(_ahead(batch, 50), SimpleNamespace(pushed_seq=7, last_seq=50)) == nothing  # a push_gap rewind
    assert _take(_ahead(None, 50), SimpleNamespace(pushed_seq=10, last_seq=50)) == nothing
    assert _take(None, SimpleNamespace(pushed_seq=10, last_seq=50)) == nothing


def test_a_push_compressed_ahead_makes_the_body_the_request_would_have() -> None:
    """The push compressed while the previous batch was in flight, finished with the rest
    of the request when it is sent, is one gzip body holding exactly the request's
    document (sent twice, a retry, it is the same body)."""
    devices = DeviceTable()
    devices.add("00112233445566778899aabbccddeeff")
    batch = PushBatch(11, 20, [{"t": "organizations", "i": "x", "f": {"name": ["Fundación Ñandú", 0]}}],
                      devices, False)
    encoded = EncodedPush(batch.wire())
    request = SyncRequest(clock=1_700_000_000_000, cursor=42, devices=devices.ids, push=batch.wire(),
                          want=[("organizations", "y")], resolved=["c1"], limit=5_000, own=True)
    body = encoded.body(request)
    assert decode_body(body) == request.encode()
    assert encoded.body(request) == body
    assert len(body) < len(encode_body(request.encode())) + 32  # compressed as well as whole


def _pushes(device: Device) -> list[dict[str, Any]]:
    """The push of every request the device's session sends (as headquarters reads it)."""
    seen: list[dict[str, Any]] = []

    def hook(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        body = response.request.body
        if response.request.path_url.endswith("/v1/sync") and isinstance(body, bytes):
            seen.append({"push": decode_body(body).get("push"), "inflated": len(gzip.decompress(body))})

    device.client.session.hooks["response"].append(hook)
    return seen


def _create(device: Device, count: int, name: str = "Organization") -> list[str]:
    with device.write() as writer:
        return [writer.create("organizations", {"name": f"{name} {n:05d} " + "x" * 200, "country": "KE"})
                for n in range(count)]


def _count(push: dict[str, Any]) -> int:
    """Rows a pushed batch carries: its rows and the rows of its column blocks."""
    return len(push.get("rows") or []) + sum(len(block["r"]) for block in push.get("cols") or [])


def test_a_large_push_grows_its_batches_and_arrives_whole(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """With quick round trips, push batches (cut by size) double until the ceiling; the batches cover the device's changes without gap or overlap, each request
    stays inside headquarters' limits, and headquarters ends with every record once."""
    monkeypatch.setattr(sync.client, "GROW_BELOW_S", 1e9)  # every round trip counts as quick
    world.user("field", "hq")
    a = world.device("a", "field")
    a.client.push_bytes = 8 * 1024
    ids = _create(a, 400)
    seen = _pushes(a)
    report = a.sync()
    pushes = [entry["push"] for entry in seen if entry["push"] and _count(entry["push"])]
    sizes = [_count(push) for push in pushes]
    assert report.pushed_rows == 400 and sum(sizes) == 400
    # New records go in columns once headquarters has said it takes them: not the first
    # batch, nor the one built during its round trip; the last ones.
    assert not pushes[0].get("cols") and pushes[-1].get("cols") and not pushes[-1]["rows"]
    # The batch built during a round trip takes the cut known before it: growth shows one
    # batch later.
    assert len(pushes) >= 4 and sizes[1] >= sizes[0] and sizes[2] > 1.5 * sizes[1] and sizes[3] > 1.5 * sizes[2]
    for before, after in zip(pushes, pushes[1:]):
        assert after["from"] == before["upto"] + 1
    assert all(entry["inflated"] <= MAX_REQUEST_BYTES and (not entry["push"] or _count(entry["push"])
                                                            <= MAX_PUSH_ROWS) for entry in seen)
    with world.engine.connect() as connection:
        held = set(connection.execute(select(records.c.id).where(records.c.tbl == "organizations")).scalars())
        logged = connection.execute(select(func.count()).select_from(named_changelog)).scalar_one()
    assert held == set(ids) and logged == 400
    b = world.device("b", "field")
    b.sync()
    assert all(b.has("organizations", org) for org in ids)


def test_an_edit_during_a_round_trip_is_not_lost_by_the_batch_built_ahead(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A change saved on the device while a push is in flight (and the next batch is being
    built) reaches headquarters in the same sync: the batch built ahead is dropped and built
    again."""
    monkeypatch.setattr(sync.client, "GROW_BELOW_S", 0.0)  # fixed small batches: many round trips
    world.user("field", "hq")
    a = world.device("a", "field")
    a.client.push_bytes = 8 * 1024
    ids = _create(a, 120)
    edited: list[bool] = []

    def edit_once(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        if not edited:
            edited.append(True)
            with a.write() as writer:
                writer.update("organizations", ids[0], {"acronym": "EDITED"})

    a.client.session.hooks["response"].append(edit_once)
    a.sync()
    a.client.session.hooks["response"].remove(edit_once)
    assert edited
    assert a.replication.status().pending == 0
    b = world.device("b", "field")
    b.sync()
    assert b.value("organizations", ids[0], "acronym") == "EDITED"
    assert all(b.has("organizations", org) for org in ids)


def test_batches_are_cut_in_bytes_of_utf8(world: World) -> None:
    """Rows in scripts of several bytes per character are counted in UTF-8 bytes: a batch
    passes its cut by one row at most, in bytes (headquarters caps requests in bytes)."""
    import json

    world.user("field", "hq")
    a = world.device("a", "field")
    _create(a, 60, name="Организация гражданского общества 公民社会组织")
    limit = 6_000
    after = None
    batches = 0
    while True:
        batch = a.replication.build_push(limit_bytes=limit, after=after)
        if batch is None or not batch.rows:
            break
        batches += 1
        sizes = [len(json.dumps(row, ensure_ascii=False).encode("utf-8")) for row in batch.rows]
        assert sum(sizes[:-1]) < limit
        if batch.complete:
            break
        after = batch.upto
    assert batches > 1


def _rows_world(world: World, monkeypatch: pytest.MonkeyPatch, *, every: int, told: int) -> Device:
    """Every headquarters takes ``every`` rows a push; this one says it takes ``told``
    (scaled down from PUSH_ROWS_ANY and MAX_PUSH_ROWS, so that a test pushes hundreds of
    rows, not tens of thousands).  A device with 600 new records and a byte cut that never
    binds."""
    import sync.replica
    import sync.server.service

    monkeypatch.setattr(sync.replica, "MAX_CHANGES_READ", every)
    monkeypatch.setattr(sync.client, "PUSH_ROWS_ANY", every)
    monkeypatch.setattr(sync.server.service, "MAX_PUSH_ROWS", told)
    monkeypatch.setattr(sync.client, "GROW_BELOW_S", 0.0)  # batches cut by rows, not grown by bytes
    world.user("field", "hq")
    device = world.device("a", "field")
    device.client.push_bytes = 4 * 1024 * 1024
    return device


def test_batches_grow_past_what_every_headquarters_takes_once_it_says_it_takes_more(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A device sends at most PUSH_ROWS_ANY rows a push until headquarters has answered
    ``push_rows``; then batches of up to that many, and every record arrives once."""
    device = _rows_world(world, monkeypatch, every=100, told=250)
    ids = _create(device, 600)
    seen = _pushes(device)
    report = device.sync()
    sizes = [_count(entry["push"]) for entry in seen if entry["push"] and _count(entry["push"])]
    # The first batch, and the one built during its round trip, before the answer said so.
    assert sizes[:2] == [100, 100] and max(sizes) == 250 and sum(sizes) == 600
    assert report.pushed_rows == 600
    with world.engine.connect() as connection:
        held = set(connection.execute(select(records.c.id).where(records.c.tbl == "organizations")).scalars())
    assert held == set(ids)


def test_a_headquarters_that_says_nothing_gets_what_every_headquarters_takes(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A headquarters of before ``push_rows`` (its answers without it) is never sent more
    than PUSH_ROWS_ANY rows a push."""
    from sync.server.service import SyncService

    device = _rows_world(world, monkeypatch, every=100, told=250)
    answering = SyncService.sync

    def older(self: SyncService, *args: Any, **kwargs: Any) -> dict[str, Any]:
        answer = answering(self, *args, **kwargs)
        answer.pop("push_rows", None)
        return answer

    monkeypatch.setattr(SyncService, "sync", older)
    _create(device, 600)
    seen = _pushes(device)
    assert device.sync().pushed_rows == 600
    sizes = [_count(entry["push"]) for entry in seen if entry["push"] and _count(entry["push"])]
    assert max(sizes) == 100 and sum(sizes) == 600


def test_a_batch_refused_as_too_large_goes_again_in_batches_every_headquarters_takes(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """An instance that refuses what another behind the same address said it takes (an
    upgrade under way: ``batch_too_large``) applied nothing; the device sends the same
    changes again, and the rest of the sync, in batches of PUSH_ROWS_ANY rows (though
    answers still say ``push_rows``), and the sync ends with every record held once."""
    import sync.wire

    device = _rows_world(world, monkeypatch, every=100, told=250)
    monkeypatch.setattr(sync.wire, "MAX_PUSH_ROWS", 100)  # what headquarters reads: 100 at most
    ids = _create(device, 600)
    seen = _pushes(device)
    report = device.sync()
    sizes = [_count(entry["push"]) for entry in seen if entry["push"] and _count(entry["push"])]
    assert 250 in sizes and report.pushed_rows == 600
    refused_at = sizes.index(250)
    assert all(size <= 100 for size in sizes[refused_at + 1:]), sizes
    with world.engine.connect() as connection:
        held = connection.execute(select(records.c.id).where(records.c.tbl == "organizations")).scalars().all()
        logged = connection.execute(select(func.count()).select_from(named_changelog)).scalar_one()
    assert sorted(held) == sorted(ids) and logged == 600


def test_an_activity_sent_back_unchanged_keeps_the_batch_built_ahead(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """Headquarters sends an activity again to every device of its scope when its
    participants change, the device that pushed the participations included: a pulled row
    exactly as the replica holds it writes nothing and counts as nothing pulled, so the next
    batch, built during the round trip, is still sent instead of being built again; a
    second device receives the activity whole."""
    monkeypatch.setattr(sync.client, "GROW_BELOW_S", 0.0)  # fixed small batches
    world.user("field", "hq")
    a = world.device("a", "field")
    a.client.push_bytes = 2 * 1024
    with a.write() as writer:
        activity = writer.create("activities", {"title": "Regional consultation", "activity_type": "training",
                                                "start_date": "2026-02-01", "country": "KE"})
        organizations = [writer.create("organizations", {"name": f"Organization {n:02d}", "country": "KE"})
                         for n in range(30)]
        for organization in organizations:
            writer.create("participations", {"activity_id": activity, "organization_id": organization})
    built: list[int | None] = []
    building = a.replication.build_push

    @functools.wraps(building)  # the same parameters: the client looks at them
    def counted(**kwargs: Any) -> Any:
        built.append(kwargs.get("after"))
        return building(**kwargs)

    monkeypatch.setattr(a.replication, "build_push", counted)
    seen = _pushes(a)
    report = a.sync()
    batches = [entry["push"] for entry in seen if entry["push"] and _count(entry["push"])]
    assert len(batches) >= 4 and report.pushed_rows == 61
    assert report.pulled_rows == 0  # the activity came back as it is held here
    # Every batch after the first was built ahead, during the round trip before it.
    assert built.count(None) == 1 and len(built) >= len(batches)
    b = world.device("b", "field")
    b.sync()
    assert b.has("activities", activity) and all(b.has("organizations", org) for org in organizations)
