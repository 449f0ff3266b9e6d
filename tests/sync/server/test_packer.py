"""A large batch's values packed by a worker process (sync.server.packer): the stored bytes
are the ones the serve process makes itself, and nothing depends on the worker: one that
cannot start, or dies, leaves its batch to be packed in the serve process, with a warning.
The pushes run on SQLite and on PostgreSQL."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from sqlalchemy import select

from lookingbeyond_desktop.demo import DemoGenerator
from sync.server import packer, packing
from sync.server.schema import records
from tests.sync.world import World

VALUES: list[Any] = [
    {"name": "Réseau des femmes — Nairobi", "aliases": [], "deleted": False},
    {"full_name": "Анна Петрова", "notes": "line\nbreak\ttab \\ backslash"},
    {"amount": 2 ** 70, "currency": "USD"},  # beyond 64 bits: the json module writes it
    {"notes": "a lone surrogate \ud800 kept"},  # orjson refuses it: the json module writes it
    {"title": "x" * 5_000},
    {},
]


def _push_organizations(world: World, count: int) -> tuple[Any, list[str]]:
    generator = DemoGenerator(seed=21)
    device = world.device("laptop", "hq")
    with device.write() as writer:
        created = [writer.create("organizations", {k: v for k, v in generator.organization().items()
                                                   if k != "id"}) for _ in range(count)]
    device.client.push_bytes = 64 * 1024 * 1024  # one batch: no smaller first batches
    report = device.sync()
    assert report.refused == 0 and report.rounds == 1
    return device, created


def _stored_names(world: World) -> dict[str, str]:
    with world.engine.connect() as connection:
        return {row.id: row.data["name"] for row in connection.execute(
            select(records.c.id, records.c.data).where(records.c.tbl == "organizations"))}


def test_the_worker_packs_the_bytes_the_serve_process_would() -> None:
    """Values sent to the worker come back packed byte for byte as ``packing.pack`` packs
    them here (the dictionary form, the json module's form, a value stored plain), and
    read back as the values."""
    apart = packer.Apart(VALUES)
    assert apart.future is not None  # the worker was reached
    found = apart.packed()
    assert found == [packing.pack(value) for value in VALUES]
    assert [packing.unpack(stored) for stored in found] == VALUES


def test_a_large_first_push_is_stored_through_the_worker(world: World) -> None:
    """A push creating more than PACK_APART_FROM_ROWS records has them packed by the worker
    (it is running afterwards) and stores each organization with its own values."""
    device, created = _push_organizations(world, packer.PACK_APART_FROM_ROWS + 50)
    assert packer.packer.running
    names = _stored_names(world)
    assert set(names) == set(created)
    for organization_id in created[:: 97]:
        assert names[organization_id] == device.value("organizations", organization_id, "name")


def test_a_worker_that_died_is_started_again(caplog: pytest.LogCaptureFixture) -> None:
    """A worker killed between batches: the next batch starts another, with a warning,
    and gets the same bytes."""
    warm = packer.Apart([{"a": 1}])
    assert warm.packed() == [packing.pack({"a": 1})]
    worker = packer.packer._process
    assert worker is not None
    worker.kill()
    worker.wait(10)
    with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
        again = packer.Apart(VALUES)
        assert again.future is not None
        assert again.packed() == [packing.pack(value) for value in VALUES]
    assert "the packing worker had ended" in caplog.text
    assert packer.packer.running and packer.packer._process is not worker


def test_a_worker_that_dies_during_a_push_leaves_its_batch_to_the_serve_process(
        world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The worker killed as a large push's batch is sent to it: the push is stored all the
    same (its values packed in the serve process), with a warning that names only the
    error's kind; the next large batch starts a new worker."""
    round_trip = packer.Packer._round_trip

    def killed_first(process: Any, texts: list[Any]) -> list[bytes]:
        process.kill()
        process.wait(10)
        return round_trip(process, texts)

    monkeypatch.setattr(packer.Packer, "_round_trip", staticmethod(killed_first))
    with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
        device, created = _push_organizations(world, packer.PACK_APART_FROM_ROWS + 10)
    assert "the packing worker failed, packing in the serve process" in caplog.text
    assert created[0] not in caplog.text
    names = _stored_names(world)
    assert set(names) == set(created)
    assert names[created[-1]] == device.value("organizations", created[-1], "name")
    monkeypatch.setattr(packer.Packer, "_round_trip", staticmethod(round_trip))
    again = packer.Apart([{"b": 2}])
    assert again.future is not None and again.packed() == [packing.pack({"b": 2})]
    assert packer.packer.running


def test_a_worker_that_cannot_start_is_not_needed(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """No process can be started (here: the pool refuses): the values are packed in the
    serve process, the same bytes, with a warning."""
    keeper = packer.Packer()

    def refuse(*_arguments: Any, **_named: Any) -> Any:
        raise OSError("no more processes")

    monkeypatch.setattr(packer, "packer", keeper)
    monkeypatch.setattr(packer.subprocess, "Popen", refuse)
    with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
        apart = packer.Apart(VALUES)
        assert apart.future is None
        assert apart.packed() == [packing.pack(value) for value in VALUES]
    assert "could not reach the packing worker" in caplog.text
    assert not keeper.running
