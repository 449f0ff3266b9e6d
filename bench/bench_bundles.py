"""Benchmark of sync by file (issue 16): how big the files are and how long each step takes.

    .venv/bin/python bench/bench_bundles.py

Headquarters is the real application in this process (``create_app`` on a SQLite file in
a temporary folder, reached through the tests' in-process transport for enrolment and for
the network comparison) and ``sync.server.bundles.import_bundle`` for the files; the
laptops are real local stores (``lookingbeyond_desktop.store.Store``) with
``sync.bundle_client.export_bundle`` / ``import_reply``, the functions behind
``lookingbeyond bundle export|import``.  Nothing goes over a socket, so the times below
are the work of each step, not of a process start (each command adds about 1 s of Python
start-up on this machine).

Scenario 1, "a 100-record change": a laptop holds 300 organizations (all acknowledged by
headquarters); it changes the phone number of 100 of them.  Measured: the size of its file
and of headquarters' reply (the reply has nothing new to carry but the acknowledgement),
the time to write the file, to import it at headquarters and to read the reply.  For
comparison the same laptop then makes the same kind of change to 100 other organizations
and syncs over the protocol (``SyncClient.sync``): the compressed request and answer
bodies it sent and received (HTTP headers not counted; bench/bench_sync.py measures them
on the wire, about 1 KB more).

Scenario 2, "a week of typical edits": defined here as 5 working days x 40 edits on the
laptop without a link, each day: 8 new organizations, 6 new contacts (at organizations it
holds), 2 new activities, 8 participations (4 in each new activity), 16 updates of
existing organizations (phone, notes or e-mail; one field each), on a laptop that starts
with the 300 organizations of scenario 1 -- while a networked office makes the same mix of
edits (its own 200) and syncs every day.  At the end of the week the laptop writes one
file; headquarters imports it; the reply carries the networked office's week.  The same
week done over the network instead (a fresh headquarters, the same seeded edits, one sync
at the end of the week) gives the bytes for comparison.

Prints figures; asserts nothing.  Times are single runs except the file's writing (the
median of 5, as writing marks nothing sent and can be repeated).
"""

from __future__ import annotations

import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lookingbeyond_desktop.headquarters import REGISTRY, validate_pushed  # noqa: E402
from sync.bundle_client import export_bundle, import_reply  # noqa: E402
from sync.server.bundles import import_bundle  # noqa: E402
from sync.server.database import init_database, make_engine  # noqa: E402
from tests.sync.world import Device, World  # noqa: E402

HOLDING = 300
CHANGED = 100
DAYS, PER_DAY = 5, 40
COUNTRIES = ["KE", "UG", "TZ", "ET", "RW", "SO", "SS", "SD"]


def timed(action: Callable[[], Any]) -> tuple[Any, float]:
    """The action's result and its wall time in seconds."""
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def world_at(folder: Path) -> World:
    """A fresh headquarters (SQLite) with two hq users."""
    engine = make_engine(f"sqlite:///{folder / 'hq.db'}")
    init_database(engine)
    world = World(engine, folder)
    world.user("far")
    world.user("near")
    return world


def holding(device: Device, rng: random.Random) -> list[str]:
    """The laptop's 300 organizations."""
    with device.write() as writer:
        return writer.create_many("organizations", [
            {"name": f"Civil society organization {rng.randrange(10**6)} of {index}",
             "country": rng.choice(COUNTRIES), "phone": f"+254 20 {rng.randrange(10**6):06d}",
             "email": f"office{index}@example.org", "notes": "Met at the regional consultation."}
            for index in range(HOLDING)])


def change_phones(device: Device, ids: list[str], rng: random.Random) -> None:
    """One field of each organization changed, in one transaction (a person's morning)."""
    with device.write() as writer:
        for org in ids:
            writer.update("organizations", org, {"phone": f"+254 7{rng.randrange(10**8):08d}"})


def carry(world: World, device: Device) -> dict[str, Any]:
    """One round trip by file, timed step by step."""
    keys = device.keys
    assert keys is not None
    times = []
    for _ in range(5):
        made, seconds = timed(lambda: export_bundle(device.replication, keys))
        times.append(seconds)
    imported, import_seconds = timed(
        lambda: import_bundle(world.engine, REGISTRY, validate_pushed, made.data))
    read, read_seconds = timed(lambda: import_reply(device.replication, keys, imported.reply))
    assert read.pending == 0, "the reply did not acknowledge every change"
    return {"records": made.records, "file": len(made.data), "reply": len(imported.reply),
            "export_s": statistics.median(times), "import_s": import_seconds,
            "read_s": read_seconds, "rows_out": imported.rows_out, "received": read.received}


def network(device: Device) -> dict[str, Any]:
    """One sync over the protocol: bodies' bytes and requests."""
    report, seconds = timed(device.sync)
    return {"up": report.bytes_sent, "down": report.bytes_received, "rounds": report.rounds,
            "pushed": report.pushed_rows, "pulled": report.pulled_rows, "seconds": seconds}


def report(by_file: dict[str, Any], by_network: dict[str, Any]) -> None:
    """The figures of one scenario."""
    print(f"   file for headquarters  {by_file['file']:>8,} bytes  ({by_file['records']} records)")
    print(f"   reply                  {by_file['reply']:>8,} bytes  "
          f"({by_file['received']} records received)")
    print(f"   file + reply           {by_file['file'] + by_file['reply']:>8,} bytes")
    print(f"   network sync bodies    {by_network['up'] + by_network['down']:>8,} bytes  "
          f"({by_network['up']:,} up, {by_network['down']:,} down, "
          f"{by_network['rounds']} request(s), {by_network['pushed']} rows pushed, "
          f"{by_network['pulled']} pulled)")
    print(f"   write the file {by_file['export_s'] * 1000:.0f} ms, import at headquarters "
          f"{by_file['import_s'] * 1000:.0f} ms, read the reply "
          f"{by_file['read_s'] * 1000:.0f} ms (the network sync: "
          f"{by_network['seconds'] * 1000:.0f} ms, in-process)")


def scenario_change(folder: Path) -> None:
    """A 100-record change on a laptop holding 300 organizations."""
    rng = random.Random(16)
    world = world_at(folder)
    try:
        far = world.device("far", "far")
        ids = holding(far, rng)
        far.sync()  # the 300 are at headquarters and acknowledged
        change_phones(far, ids[:CHANGED], rng)
        by_file = carry(world, far)
        change_phones(far, ids[CHANGED:2 * CHANGED], rng)
        by_network = network(far)
    finally:
        world.close()
    print(f"1. A {CHANGED}-record change (phone of {CHANGED} of {HOLDING} organizations):")
    report(by_file, by_network)


def day_of_edits(device: Device, rng: random.Random, orgs: list[str]) -> None:
    """40 edits of one day (see the module's docstring for the mix)."""
    def phone() -> str:
        return f"+254 7{rng.randrange(10**8):08d}"

    with device.write() as writer:
        new = [writer.create("organizations", {
            "name": f"New partner {rng.randrange(10**6)}", "country": rng.choice(COUNTRIES),
            "phone": phone(), "notes": "Registered during a field visit."}) for _ in range(8)]
        for _ in range(6):
            writer.create("contacts", {
                "organization_id": rng.choice(orgs), "full_name": f"Person {rng.randrange(10**6)}",
                "consent_on": "2024-05-02", "email": f"p{rng.randrange(10**6)}@example.org"})
        for _ in range(2):
            activity = writer.create("activities", {
                "title": f"Regional consultation {rng.randrange(10**4)}",
                "activity_type": "training", "start_date": "2024-05-06",
                "end_date": "2024-05-07", "country": rng.choice(COUNTRIES)})
            for org in rng.sample(orgs + new, 4):
                writer.create("participations", {
                    "activity_id": activity, "organization_id": org, "role": "participant",
                    "representatives": rng.randint(1, 4)})
        for org in rng.sample(orgs, 16):
            field = rng.choice(["phone", "notes", "email"])
            value = {"phone": phone(), "notes": f"Follow-up {rng.randrange(10**6)}",
                     "email": f"desk{rng.randrange(10**6)}@example.org"}[field]
            writer.update("organizations", org, {field: value})
    orgs.extend(new)


def week(folder: Path, by_file: bool) -> dict[str, Any]:
    """The week of scenario 2, ending with one file round trip or one network sync."""
    world = world_at(folder)
    try:
        far, near = world.device("far", "far"), world.device("near", "near")
        far_orgs = holding(far, random.Random(16))
        far.sync()
        near.sync()
        near_orgs = list(far_orgs)
        far_rng, near_rng = random.Random(17), random.Random(18)
        for _ in range(DAYS):
            day_of_edits(far, far_rng, far_orgs)
            day_of_edits(near, near_rng, near_orgs)
            near.sync()
        return carry(world, far) if by_file else network(far)
    finally:
        world.close()


def scenario_week(folder: Path) -> None:
    """A week of typical edits carried in one file, against the same week over the network."""
    (folder / "file").mkdir()
    (folder / "net").mkdir()
    by_file = week(folder / "file", True)
    by_network = week(folder / "net", False)
    print(f"2. A week of typical edits ({DAYS} days x {PER_DAY} edits here, and the same at a "
          "networked office, which the reply carries):")
    report(by_file, by_network)


def main() -> None:
    print(f"bench_bundles: Python {platform.python_version()}, {platform.machine()}, "
          f"headquarters on SQLite, in-process")
    with tempfile.TemporaryDirectory(prefix="lbd-bench-bundles-") as name:
        folder = Path(name)
        (folder / "change").mkdir()
        (folder / "week").mkdir()
        scenario_change(folder / "change")
        scenario_week(folder / "week")


if __name__ == "__main__":
    main()
