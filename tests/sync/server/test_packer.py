"""A large batch's values packed, and a first push's rows checked against the domain's
rules, by a worker process (sync.server.packer): the stored bytes and the rows found
breaking a rule are the ones the serve process finds itself, and nothing depends on the
worker: one that cannot start, dies, or answers wrongly leaves its batch to be packed or
checked in the serve process, with a warning.  The pushes run on SQLite and on PostgreSQL."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import orjson

from lookingbeyond_desktop.demo import DemoGenerator
from lookingbeyond_desktop.domain.pushed import rule_problems
from lookingbeyond_desktop.domain.registry import REGISTRY
from sync.server import packer, packing
from sync.server.schema import records
from tests.sync import records as valid
from tests.sync.world import World

VALUES: list[Any] = [
    {"name": "Réseau des femmes — Nairobi", "aliases": [], "deleted": False},
    {"full_name": "Анна Петрова", "notes": "line\nbreak\ttab \\ backslash"},
    {"amount": 2 ** 70, "currency": "USD"},  # beyond 64 bits: the json module writes it
    {"notes": "a lone surrogate \ud800 kept"},  # orjson refuses it: the json module writes it
    {"title": "x" * 5_000},
    {},
    # Laid out (migration 0027): a participation as it is, an organization deflated too.
    {"activity_id": "0ced59e6-e438-4c54-b64b-ccb57b77504b", "organization_id": "23716a24-7b57-4b62-9802-f68b532e1927",
     "contact_id": None, "role": "participant", "representatives": 2, "women": 1, "men": -1, "notes": None,
     "deleted": False},
    {"name": "Réseau des femmes — Nairobi, " * 4, "aliases": ["RFN"], "acronym": None, "org_type": "ngo",
     "country": "KE", "cities": ["Nairobi", "Mombasa"], "themes": ["drugs"], "networks": [], "is_rlo": False,
     "rlo_region": None, "ecosoc_status": "none", "email": "info@rfn.org", "phone": "+254 700 000",
     "website": "https://www.rfn.org", "address": None, "verified_on": "2024-02-29", "notes": None,
     "at_risk": False, "merged_into": None, "deleted": False},
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


def _killed_first(round_trip: Any) -> Any:
    """``packer._round_trip`` that kills the worker before it sends the batch."""

    def killed_first(process: Any, request: Any) -> list[bytes]:
        process.kill()
        process.wait(10)
        return round_trip(process, request)

    return killed_first


RULES = "lookingbeyond_desktop.domain.pushed:rule_problems"
COLUMNS = [name for name in REGISTRY.table("organizations").field_names if name != "id"]


def _block() -> tuple[list[Any], set[int]]:
    """Rows of an organizations block and the indexes of those that break the domain's
    rules that read only the record."""
    def row(number: int, **changes: Any) -> list[Any]:
        values = valid.organization(name=f"Organization {number}") | changes
        return [f"00000000-0000-4000-8000-{number:012d}", "1.0", *[values.get(name) for name in COLUMNS]]

    rows: list[Any] = [
        row(0),
        row(1, org_type="not-a-type"),  # a closed vocabulary
        row(2, name="Réseau \ud800 des femmes"),  # a lone surrogate: the json module's text
        row(3, country=None),  # required
        row(4, verified_on="yesterday"),  # the rules cannot read it: they raise
        row(5, notes="x" * 70_000),  # larger than the protocol carries
        row(6)[:-1],  # short
        {"id": "not a row"},
        row(8, aliases=["RFN"], email="info@rfn.org"),
        row(9, verified_on="2999-01-01"),  # in the future
    ]
    return rows, {1, 3, 4, 5, 6, 7, 9}


def test_the_worker_checks_rows_as_the_serve_process_would() -> None:
    """A block's rows sent to the worker come back with the indexes of those that break
    the domain's rules that read only the record (a vocabulary, a required field, a value
    the rules cannot read, a date in the future, too large, not a row of the block's
    shape): the ones the same check finds in the serve process, and the rules' own
    verdict on each whole row; rows the json module wrote are read."""
    rows, expected = _block()
    checked = packer.Checked(RULES, "organizations", COLUMNS, rows)
    assert checked.sent is not None  # the worker was reached
    answer, _worker = checked.sent
    assert set(orjson.loads(answer.result(timeout=60)[0])) == expected  # its own
    assert checked.broken() == expected
    here = orjson.loads(packer.check_block(checked.request[1][0]))
    assert set(here) == expected
    for index in (0, 1, 2, 3, 8, 9):
        record = dict(zip(COLUMNS, rows[index][2:]))
        assert (index in expected) == bool(rule_problems("organizations", record, None))


def test_a_worker_that_dies_during_a_check_leaves_it_to_the_serve_process(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The worker killed as a block is sent to it to be checked: the serve process checks
    the rows itself, the same verdict, with a warning that names only the error's kind."""
    monkeypatch.setattr(packer, "_round_trip", _killed_first(packer._round_trip))
    rows, expected = _block()
    with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
        assert packer.Checked(RULES, "organizations", COLUMNS, rows).broken() == expected
    assert "the packing worker failed, checking in the serve process: BrokenPipeError" in caplog.text
    assert "Organization" not in caplog.text


def test_a_worker_answering_a_check_wrongly_is_not_believed(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """An answer to a check that is not a list of row indexes (a worker of another version,
    a damaged pipe) is put aside: the serve process checks the rows itself."""
    monkeypatch.setattr(packer, "_round_trip", lambda _process, _request: [b'{"broken": []}'])
    rows, expected = _block()
    with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
        assert packer.Checked(RULES, "organizations", COLUMNS, rows).broken() == expected
    assert "answered a check wrongly" in caplog.text


def test_the_worker_packs_the_bytes_the_serve_process_would() -> None:
    """Values sent to the worker come back packed byte for byte as ``packing.pack`` packs
    them here (the dictionary form, the json module's form, a value stored plain, records
    laid out, plain and deflated), and read back as the values."""
    apart = packer.Apart(VALUES)
    assert apart.sent is not None  # the worker was reached
    answer, _worker = apart.sent
    assert answer.result(timeout=60) == [packing.pack(value) for value in VALUES]  # its own
    found = apart.packed()
    assert found == [packing.pack(value) for value in VALUES]
    assert [packing.unpack(stored) for stored in found] == VALUES
    assert [stored[0] for stored in found[-2:]] == [packing.LAID_OUT + 4, packing.LAID_OUT_DEFLATED + 1]


def test_a_large_first_push_is_stored_through_the_worker(world: World,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A push creating more than PACK_APART_FROM_ROWS records has their values packed by
    the worker (one round trip to it, answered) and stores each organization with its own
    values."""
    answered: list[int] = []
    round_trip = packer._round_trip

    def counted(process: Any, texts: list[Any]) -> list[bytes]:
        found = round_trip(process, texts)
        answered.append(len(found))
        return found

    monkeypatch.setattr(packer, "_round_trip", counted)
    device, created = _push_organizations(world, packer.PACK_APART_FROM_ROWS + 50)
    assert answered == [len(created)]
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
        assert again.sent is not None
        assert again.packed() == [packing.pack(value) for value in VALUES]
    assert "the packing worker had ended" in caplog.text
    assert packer.packer.running and packer.packer._process is not worker


def test_a_worker_that_dies_during_a_push_leaves_its_batch_to_the_serve_process(
        world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The worker killed as a large push's batch is sent to it: the push is stored all the
    same (its values packed in the serve process), with a warning that names only the
    error's kind; the next large batch starts a new worker."""
    round_trip = packer._round_trip
    monkeypatch.setattr(packer, "_round_trip", _killed_first(round_trip))
    with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
        device, created = _push_organizations(world, packer.PACK_APART_FROM_ROWS + 10)
    assert "the packing worker failed, packing in the serve process" in caplog.text
    assert created[0] not in caplog.text
    names = _stored_names(world)
    assert set(names) == set(created)
    assert names[created[-1]] == device.value("organizations", created[-1], "name")
    monkeypatch.setattr(packer, "_round_trip", round_trip)
    again = packer.Apart([{"b": 2}])
    assert again.sent is not None and again.packed() == [packing.pack({"b": 2})]
    assert packer.packer.running


def test_a_worker_that_cannot_start_is_not_needed(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """No process can be started (here: the pool refuses): the values are packed, and a
    block's rows checked, in the serve process, the same bytes and verdict, with a
    warning."""
    keeper = packer.Packer()

    def refuse(*_arguments: Any, **_named: Any) -> Any:
        raise OSError("no more processes")

    monkeypatch.setattr(packer, "packer", keeper)
    monkeypatch.setattr(packer.subprocess, "Popen", refuse)
    with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
        apart = packer.Apart(VALUES)
        assert apart.sent is None
        assert apart.packed() == [packing.pack(value) for value in VALUES]
        rows, expected = _block()
        checked = packer.Checked(RULES, "organizations", COLUMNS, rows)
        assert checked.sent is None and checked.broken() == expected
    assert "could not reach the packing worker, packing in the serve process" in caplog.text
    assert "could not reach the packing worker, checking in the serve process" in caplog.text
    assert not keeper.running


def test_a_worker_dead_before_a_small_batch_is_sent(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The worker gone before a batch is sent to it: the request cannot be written
    (BrokenPipeError), the worker is stopped without another error (whatever of the request
    was left to send is dropped), and the batch is packed in the serve process."""
    monkeypatch.setattr(packer, "_round_trip", _killed_first(packer._round_trip))
    with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
        apart = packer.Apart(VALUES)
        assert apart.packed() == [packing.pack(value) for value in VALUES]
    assert "the packing worker failed, packing in the serve process: BrokenPipeError" in caplog.text


def test_a_worker_that_hangs_is_given_up(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """A worker that stops answering (here: stopped by a signal) is given up after
    PACK_TIMEOUT_S: the batch is packed in the serve process, the worker killed, and the
    next batch gets a new one."""
    monkeypatch.setattr(packer, "PACK_TIMEOUT_S", 1.0)
    packer.packer.warm()
    worker = packer.packer._process
    assert worker is not None and worker.poll() is None
    os.kill(worker.pid, signal.SIGSTOP)
    with caplog.at_level(logging.WARNING, logger="lookingbeyond.server"):
        apart = packer.Apart(VALUES)
        assert apart.packed() == [packing.pack(value) for value in VALUES]
    assert "the packing worker failed, packing in the serve process: TimeoutError" in caplog.text
    assert worker.poll() is not None  # killed
    again = packer.Apart([{"c": 3}])
    assert again.sent is not None and again.sent[1] is not worker
    assert again.packed() == [packing.pack({"c": 3})]


def test_a_worker_that_hangs_does_not_hold_up_the_serve_process_exit(tmp_path: Path) -> None:
    """A serve process ending while a batch it never waited for is still with a worker
    that hangs (stopped by a signal) ends all the same, and takes the worker with it."""
    script = tmp_path / "ending.py"
    script.write_text(
        "import os, signal, sys\n"
        "from sync.server import packer\n"
        "packer.packer.warm()\n"
        "worker = packer.packer._process\n"
        "os.kill(worker.pid, signal.SIGSTOP)\n"
        "packer.Apart([{'a': n} for n in range(2_000)])  # never waited for\n"
        "print(worker.pid, flush=True)\n")
    root = Path(packer.__file__).resolve().parents[2]
    ended = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=60,
                           env={**os.environ, "PYTHONPATH": str(root)})
    assert ended.returncode == 0, ended.stderr
    worker_pid = int(ended.stdout.split()[0])
    with contextlib.suppress(ChildProcessError):
        os.waitpid(worker_pid, os.WNOHANG)
    state = Path(f"/proc/{worker_pid}/stat")
    assert not state.exists() or state.read_text().split(") ", 1)[1][0] == "Z"  # gone, or dead
