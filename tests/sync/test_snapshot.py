"""Snapshots (issue 15): a first sync receives the device's scope as pages of current rows,
then pulls the ordinary way from the snapshot's cursor; on SQLite and PostgreSQL.

Every test compares a device that took the snapshot with headquarters' state or with a
device that pulled the same scope the ordinary way (``snapshot=False``): the two must hold
exactly the same rows, versions, conflicts and quarantine.
"""

from __future__ import annotations

import gc
import gzip
import io
import json
import threading
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, insert, select, text, update
from urllib3 import HTTPResponse

from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.headquarters import create_app
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.client import Cancelled, SyncClient, SyncError, enrol
from sync.gcpause import collection_paused
from sync.replica import SNAPSHOT_SETTING
from sync.server.schema import counter, log_changes, records
from sync.wire import PROTOCOL_VERSION, encode_body
from tests.sync.credentials import PASSWORD
from tests.sync.harness import SERVER_URL, AppAdapter, session_for
from tests.sync.world import Device, World

SMALL_PAGE = 6_000  # characters of values: a few dozen rows per page


class Recording(AppAdapter):
    """The real app, with the paths asked for counted, and one reply that can be damaged
    (a proxy that mangles a body) or lost (after headquarters answered)."""

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.paths: list[str] = []
        self.tokens: list[str | None] = []  # the page token of each snapshot request
        self.limits: list[int | None] = []  # the budget each snapshot request asked for
        self.damage_page = 0  # damage the reply to the n-th snapshot request (1-based)
        self.lose_page = 0  # lose the reply to the n-th snapshot request (1-based)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        path = (request.url or "").split(SERVER_URL, 1)[-1]
        self.paths.append(path)
        if path == "/v1/snapshot":
            body = request.body if isinstance(request.body, bytes) else b""
            asked = json.loads(gzip.decompress(body))
            self.tokens.append(asked["page"])
            self.limits.append(asked.get("limit"))
        pages = self.paths.count("/v1/snapshot")
        if path == "/v1/snapshot" and pages == self.lose_page:
            self.drop_next_response = True
        response = super().send(request, *args, **kwargs)
        if path == "/v1/snapshot" and pages == self.damage_page:
            raw = response.raw.read(decode_content=False)
            damaged = raw[: len(raw) // 2] + bytes(len(raw) - len(raw) // 2)
            response = self.builder.build_response(request, HTTPResponse(
                body=io.BytesIO(damaged), headers=dict(response.headers), status=200,
                preload_content=False, decode_content=False))
        return response

    def snapshot_requests(self) -> int:
        return self.paths.count("/v1/snapshot")


def _device(world: World, adapter: AppAdapter, name: str, user: str, **options: Any) -> Device:
    """A replica enrolled as ``user`` whose client goes through ``adapter``."""
    store = Store.open(world.tmp / name)
    replication = replication_for(store)
    session = session_for(adapter)
    answer = enrol(SERVER_URL, user, PASSWORD, store.device_id, name, session=session)
    replication.configure(server_url=SERVER_URL, user_name=user)
    client = SyncClient(replication, SERVER_URL, answer["token"], session=session, **options)
    device = Device(name, store, replication, client)
    world.devices.append(device)
    return device


@pytest.fixture
def adapter(world: World) -> Any:
    """The headquarters app of ``world`` behind a recording transport."""
    recording = Recording(create_app(world.engine))
    yield recording
    recording.close()


def _holdings(device: Device) -> dict[str, Any]:
    """Everything a replica holds that sync decides: rows with their field versions
    (written out for every field: a row received whole at one version keeps the version
    once), conflicts and the quarantine (not local bookkeeping such as ``rid``)."""
    found: dict[str, Any] = {}
    with device.store.engine.connect() as connection:
        for table in REGISTRY.names:
            fields = [name for name in REGISTRY.table(table).field_names if name != "id"]
            names = ", ".join(REGISTRY.table(table).field_names)
            found[table] = sorted(  # every field's version (one without its own is at the row's)
                tuple(str(v) for v in row[:-2]) + (json.dumps(
                    {name: (json.loads(row[-2]) if row[-2] else {}).get(name, row[-1])
                     for name in fields}, sort_keys=True),)
                for row in connection.execute(text(
                    f"SELECT {names}, sync_field_versions, sync_version FROM {table} ORDER BY id")))
        found["conflicts"] = sorted(tuple(str(v) for v in row) for row in connection.execute(text(
            "SELECT id, tbl, row_id, field, kind, winner_value, winner_version, loser_value, "
            "loser_version, loser_device, resolution FROM conflicts")))
        found["quarantine"] = sorted(tuple(row) for row in connection.execute(text(
            "SELECT tbl, row_id, field, code FROM sync_quarantine")))
    return found


def _region(device: Device, organizations: int = 40) -> dict[str, list[str]]:
    """Organizations in Kenya and Tanzania with contacts, activities, participations and a
    grant, written on ``device`` and synced."""
    made: dict[str, list[str]] = {"organizations": [], "contacts": [], "activities": [],
                                  "participations": [], "grants": []}
    with device.write() as writer:
        for number in range(organizations):
            country = "KE" if number % 2 == 0 else "TZ"
            org = writer.create("organizations", {
                "name": f"Fundación Transparencia {number}", "country": country,
                "cities": ["Nairobi" if country == "KE" else "Arusha"], "notes": "anti-corruption"})
            made["organizations"].append(org)
            made["contacts"].append(writer.create("contacts", {
                "organization_id": org, "full_name": f"Person {number}", "consent_on": "2010-01-01", "erased_on": None,
                "email": f"p{number}@example.org"}))
        for number, country in enumerate(["KE", "TZ", "KE"]):
            activity = writer.create("activities", {
                "title": f"Regional consultation {number}", "activity_type": "regional_consultation",
                "start_date": "2010-03-01", "country": country,
                "co_organizers": [made["organizations"][number]]})
            made["activities"].append(activity)
            for index in range(number, organizations, 3):  # organizations of both countries
                made["participations"].append(writer.create("participations", {
                    "activity_id": activity, "organization_id": made["organizations"][index],
                    "contact_id": made["contacts"][index], "role": "participant",
                    "representatives": 2}))
        made["grants"].append(writer.create("grants", {
            "organization_id": made["organizations"][0], "amount": "5000", "currency": "USD",
            "purpose": "Seed funding", "status": "proposed", "activity_ids": [made["activities"][0]]}))
        writer.delete("contacts", made["contacts"][-1])
    device.sync()
    return made


def test_a_first_sync_is_a_snapshot_and_holds_what_pulls_would(world: World, adapter: Recording) -> None:
    """A device with nothing asks for a snapshot (several pages), applies it and goes on
    with ordinary pulls; it then holds exactly what a device that pulled the change log
    holds: rows, versions of every field, tombstones, conflicts, and the names of the
    computers whose work it shows."""
    source = world.device("source", "hq")
    other = world.device("other", "hq")
    made = _region(source)
    other.sync()
    target = made["organizations"][1]
    with source.write() as writer:  # a conflict: both change the same field
        writer.update("organizations", target, {"phone": "+255 1"})
    with other.write() as writer:
        writer.update("organizations", target, {"phone": "+255 2"})
    source.sync()
    other.sync()

    fresh = _device(world, adapter, "fresh", "hq", snapshot_bytes=SMALL_PAGE)
    report = fresh.sync()
    walker = world.device("walker", "hq")
    walker.client.snapshot = False
    walker.sync()

    assert adapter.snapshot_requests() > 2
    assert _holdings(fresh) == _holdings(walker)
    assert report.pulled_rows >= len(made["organizations"]) + len(made["participations"])
    assert _holdings(fresh)["conflicts"]
    assert fresh.replication.status().cursor == walker.replication.status().cursor
    with fresh.store.engine.connect() as connection:
        names = dict(connection.execute(text("SELECT device_id, device_name FROM device_names")).all())
        token = connection.execute(text("SELECT value FROM local_settings WHERE name = :n"),
                                   {"n": SNAPSHOT_SETTING}).scalar()
    assert names.get(source.store.device_id) == "source"
    assert token is None
    # Searchable: the search index holds what the snapshot brought.
    with fresh.store.engine.connect() as connection:
        hits = connection.execute(text(
            "SELECT count(*) FROM organizations_fts WHERE organizations_fts MATCH 'transparencia'")).scalar()
    assert hits == len(made["organizations"])
    # Later syncs are ordinary round trips.
    before = adapter.snapshot_requests()
    with source.write() as writer:
        writer.update("organizations", made["organizations"][0], {"acronym": "FT0"})
    source.sync()
    fresh.sync()
    assert adapter.snapshot_requests() == before
    assert fresh.value("organizations", made["organizations"][0], "acronym") == "FT0"


@pytest.mark.parametrize("link", ["fast", "slow"])
def test_pages_grow_on_a_fast_link_only(world: World, adapter: Recording, link: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """After a page that came quickly the device asks for twice its budget (fewer, larger
    transactions on a good link, never beyond what an answer may hold); after a slow one,
    for the budget it was given (a page lost on a poor link costs less).  Either way it
    ends with everything.  (Which pages count as quick is set here, not timed.)"""
    import sync.client

    monkeypatch.setattr(sync.client, "FAST_PAGE_MS", 10**9 if link == "fast" else 0)
    source = world.device("source", "hq")
    made = _region(source)
    fresh = _device(world, adapter, "fresh", "hq", snapshot_bytes=SMALL_PAGE)
    fresh.sync()
    assert adapter.limits[0] == SMALL_PAGE
    assert set(adapter.limits[1:]) == ({2 * SMALL_PAGE} if link == "fast" else {SMALL_PAGE})
    assert all(fresh.has("organizations", org) for org in made["organizations"])


def test_a_change_committed_while_the_snapshot_is_served_reaches_the_device(
        world: World, adapter: Recording) -> None:
    """Changes committed between two pages of a snapshot (an edit of a record already
    sent, a record created in a part already walked, a delete) reach the device by the
    pulls that follow the snapshot: it ends equal to a device that pulled afterwards."""
    source = world.device("source", "hq")
    made = _region(source)
    edits: list[int] = []

    def between_pages(stage: str, rounds: int, _rows: int) -> None:
        if stage == "snapshot" and rounds == 2 and not edits:
            edits.append(rounds)
            with source.write() as writer:
                writer.update("organizations", made["organizations"][0], {"acronym": "LATE"})
                writer.create("organizations", {"name": "00 Created meanwhile", "country": "KE"})
                writer.delete("participations", made["participations"][0])
            source.sync()

    fresh = _device(world, adapter, "fresh", "hq", snapshot_bytes=SMALL_PAGE, progress=between_pages)
    fresh.sync()
    walker = world.device("walker", "hq")
    walker.client.snapshot = False
    walker.sync()

    assert edits and adapter.snapshot_requests() > 3
    assert fresh.value("organizations", made["organizations"][0], "acronym") == "LATE"
    assert _holdings(fresh) == _holdings(walker)


def test_the_snapshot_cursor_is_below_a_change_still_being_committed(
        world: World, adapter: Recording, hq_engine: Engine) -> None:
    """Invariant 7: while a push transaction holds sequence N+1 uncommitted (PostgreSQL
    hands out numbers that commit out of order), a snapshot stands at N; once that change
    commits, the next sync delivers it."""
    source = world.device("source", "hq")
    _region(source, organizations=6)
    late_id = "0b7c1f4e-3c2d-4e5f-8a9b-0c1d2e3f4a5b"
    started, release = threading.Event(), threading.Event()
    failure: list[BaseException] = []

    def slow_push() -> None:
        try:
            with hq_engine.begin() as connection:
                connection.execute(update(counter).values(seq=counter.c.seq))  # the push lock
                seq = connection.execute(select(counter.c.seq)).scalar_one() + 1
                version = f"{1:016x}{source.store.device_id}"
                fields = {name: None for name in REGISTRY.table("organizations").field_names if name != "id"}
                fields |= {"name": "Committed late", "country": "KE", "deleted": False, "aliases": [],
                           "cities": [], "themes": [], "networks": [], "is_rlo": False,
                           "org_type": "ngo", "ecosoc_status": "none", "at_risk": False}
                connection.execute(insert(records).values(
                    tbl="organizations", id=late_id, deleted=False, data=fields,
                    versions={k: version for k in fields}, scope_keys={"c:KE"}))
                log_changes(connection, [{"seq": seq, "tbl": "organizations", "id": late_id,
                                          "fields": None, "device_id": ""}])
                connection.execute(update(counter).values(seq=seq))
                started.set()
                release.wait(30)
        except BaseException as error:  # surfaced in the main thread
            failure.append(error)
            started.set()

    fresh = _device(world, adapter, "fresh", "hq", snapshot_bytes=SMALL_PAGE)
    with hq_engine.connect() as connection:
        committed = connection.execute(select(counter.c.seq)).scalar_one()
    thread = threading.Thread(target=slow_push)
    thread.start()
    assert started.wait(30)
    if hq_engine.dialect.name == "postgresql":  # SQLite serializes even readers (BEGIN IMMEDIATE)
        fresh.sync()
        assert adapter.snapshot_requests() >= 1
        assert fresh.replication.status().cursor == committed
        assert not fresh.has("organizations", late_id)
    release.set()
    thread.join(30)
    assert not failure, failure
    fresh.sync()
    assert fresh.value("organizations", late_id, "name") == "Committed late"
    assert fresh.replication.status().cursor == committed + 1


@pytest.mark.parametrize("fault", ["lost", "damaged", "cancelled"])
def test_an_interrupted_snapshot_resumes_and_ends_equal_to_headquarters(
        world: World, adapter: Recording, fault: str) -> None:
    """A snapshot cut in the middle — a reply lost after headquarters answered (asked for
    again), a page damaged on the way (a clear ``bad_reply``, nothing of it applied), the
    person cancelling between pages — resumes from the page it stopped at on the next
    sync (not from the start) and ends equal to a device that pulled the ordinary way."""
    source = world.device("source", "hq")
    _region(source)
    stop = threading.Event()

    cancelled: list[int] = []

    def cancel_after_two(stage: str, rounds: int, _rows: int) -> None:
        if fault == "cancelled" and stage == "snapshot" and rounds == 2 and not cancelled:
            cancelled.append(rounds)
            stop.set()

    fresh = _device(world, adapter, "fresh", "hq", snapshot_bytes=SMALL_PAGE,
                    progress=cancel_after_two, cancel=stop)
    if fault == "lost":
        adapter.lose_page = 3
        fresh.sync()
    else:
        if fault == "damaged":
            adapter.damage_page = 3
        with pytest.raises(SyncError) as stopped:
            fresh.sync()
        assert stopped.value.code == ("bad_reply" if fault == "damaged" else "cancelled")
        with fresh.store.engine.connect() as connection:
            token = connection.execute(text("SELECT value FROM local_settings WHERE name = :n"),
                                       {"n": SNAPSHOT_SETTING}).scalar()
        assert token  # where to resume
        assert fresh.replication.status().cursor == 0
        stop.clear()
        asked = len(adapter.tokens)
        fresh.sync()
        assert adapter.tokens[asked] == token  # resumed where it stopped, not from scratch
        assert None not in adapter.tokens[asked:]
        with fresh.store.engine.connect() as connection:  # the search index's trigger stayed
            assert connection.execute(text("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'trigger' AND name = 'organizations_fts_ai'")).scalar() == 1
    walker = world.device("walker", "hq")
    walker.client.snapshot = False
    walker.sync()
    assert _holdings(fresh) == _holdings(walker)
    assert _searchable(fresh) == _searchable(walker) == 40


def test_the_cycle_collector_waits_for_the_pages_and_comes_back_however_they_end(
        world: World, adapter: Recording, monkeypatch: pytest.MonkeyPatch) -> None:
    """Python's cycle collector is paused while a snapshot's pages are applied (10-15 % of
    a large region's first sync: docs/benchmarks-sync.md) and running again afterwards,
    after a snapshot that failed on a damaged page as after one that completed."""
    source = world.device("source", "hq")
    _region(source)
    fresh = _device(world, adapter, "fresh", "hq", snapshot_bytes=SMALL_PAGE)
    seen: list[bool] = []
    applying = fresh.replication.apply_snapshot_page

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return applying(*args, **kwargs)

    monkeypatch.setattr(fresh.replication, "apply_snapshot_page", watched)
    assert gc.isenabled()
    adapter.damage_page = 3
    with pytest.raises(SyncError):
        fresh.sync()
    assert seen and not any(seen) and gc.isenabled()
    adapter.damage_page = 0
    fresh.sync()
    assert len(seen) > 3 and not any(seen) and gc.isenabled()
    assert _searchable(fresh) == 40


def test_the_pause_is_counted_and_leaves_a_collector_paused_by_others_alone() -> None:
    """Two snapshots at once: the collector runs again when the last ends; a collector
    someone else had turned off stays off."""
    assert gc.isenabled()
    with collection_paused():
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def _searchable(device: Device) -> int:
    """How many organizations the full-text index finds for a word every one of them has."""
    with device.store.engine.connect() as connection:
        return int(connection.execute(text(
            "SELECT count(*) FROM organizations_fts WHERE organizations_fts MATCH 'transparencia'")).scalar())


def test_a_token_headquarters_no_longer_accepts_leaves_the_rest_to_pulls(
        world: World, adapter: Recording) -> None:
    """An interrupted snapshot whose token headquarters refuses when it resumes (its
    database went back to an older copy, say) is given up: the rows it applied stay, the
    device pulls the change log from 0, ends equal to headquarters, and its search index
    covers everything."""
    source = world.device("source", "hq")
    _region(source)
    stop = threading.Event()

    def cancel_after_two(stage: str, rounds: int, _rows: int) -> None:
        if stage == "snapshot" and rounds == 2:
            stop.set()

    fresh = _device(world, adapter, "fresh", "hq", snapshot_bytes=SMALL_PAGE,
                    progress=cancel_after_two, cancel=stop)
    with pytest.raises(Cancelled):
        fresh.sync()
    with fresh.store.engine.begin() as connection:  # a cursor headquarters never reached
        connection.execute(text("UPDATE local_settings SET value = 's1.99999999.0.' WHERE name = :n"),
                           {"n": SNAPSHOT_SETTING})
    fresh.client.progress = None
    stop.clear()
    fresh.sync()
    walker = world.device("walker", "hq")
    walker.client.snapshot = False
    walker.sync()
    assert fresh.replication.snapshot_start() is None
    assert _holdings(fresh) == _holdings(walker)
    assert _searchable(fresh) == 40


def test_a_replica_with_its_own_unsent_work_pulls_the_ordinary_way(world: World, adapter: Recording) -> None:
    """A replica that already holds rows (its own edits made before its first sync, or a
    replica reset with ``--reset``) does not take a snapshot: it pushes and pulls as
    before."""
    source = world.device("source", "hq")
    made = _region(source, organizations=6)
    fresh = _device(world, adapter, "fresh", "hq")
    with fresh.write() as writer:
        mine = writer.create("organizations", {"name": "Made offline", "country": "KE"})
    assert fresh.replication.snapshot_start() is None
    fresh.sync()
    assert adapter.snapshot_requests() == 0
    assert fresh.has("organizations", made["organizations"][0])
    assert source.sync() is not None and source.has("organizations", mine)
    fresh.replication.reset()
    assert fresh.replication.snapshot_start() is None


def test_records_leaving_or_entering_a_field_scope_during_a_snapshot(
        world: World, adapter: Recording) -> None:
    """While a field laptop's snapshot is served, headquarters moves a Kenyan organization
    (already sent) to Tanzania and a Tanzanian one to Kenya: the pulls after the snapshot
    withdraw the first's contact (no personal data stays) and bring the second, and the
    laptop ends holding what a device that pulled the change log afterwards holds."""
    world.user("nairobi", role="field", countries=["KE"])
    source = world.device("source", "hq")
    made = _region(source)
    leaving, entering = made["organizations"][0], made["organizations"][1]
    moved: list[int] = []

    def between_pages(stage: str, rounds: int, _rows: int) -> None:
        if stage == "snapshot" and rounds == 2 and not moved:
            moved.append(rounds)
            with source.write() as writer:
                writer.update("organizations", leaving, {"country": "TZ"})
                writer.update("organizations", entering, {"country": "KE"})
            source.sync()

    fresh = _device(world, adapter, "fresh", "nairobi", snapshot_bytes=SMALL_PAGE,
                    progress=between_pages)
    fresh.sync()
    walker = world.device("walker", "nairobi")
    walker.client.snapshot = False
    walker.sync()
    assert moved
    assert fresh.value("organizations", entering, "country") == "KE"
    assert fresh.has("contacts", made["contacts"][1])
    # The withdrawn contact's personal data is gone.  When its page was read before the
    # move, the contact was withdrawn while a participation still named it, so it may stay
    # as a blanked reference row that nothing names any more (what an ordinary pull does
    # with the same timeline: gone is applied before the rows that drop the reference).
    assert not fresh.value("contacts", made["contacts"][0], "full_name")
    assert fresh.value("contacts", made["contacts"][0], "email") is None
    held = _holdings(fresh)
    held["contacts"] = [row for row in held["contacts"] if row[0] != made["contacts"][0]]
    assert held == _holdings(walker)


def test_scopes_hold_in_a_snapshot(world: World, adapter: Recording) -> None:
    """A field user's snapshot holds only its countries (with reference rows for parents
    outside them), a partner's exactly what its pulls would (its own organization's rows,
    the organizations and activities of its countries read-only, other organizations'
    contacts never): each equal to a device of the same user that pulled the ordinary way."""
    world.user("nairobi", role="field", countries=["KE"])
    source = world.device("source", "hq")
    made = _region(source)
    partner_org = made["organizations"][2]  # Kenya, co-organizes activity 2 and takes part
    world.user("partner", role="partner", countries=["KE"], organization_id=partner_org)
    for user in ("nairobi", "partner"):
        fresh = _device(world, adapter, f"{user}-fresh", user, snapshot_bytes=SMALL_PAGE)
        fresh.sync()
        walker = world.device(f"{user}-walker", user)
        walker.client.snapshot = False
        walker.sync()
        held = _holdings(fresh)
        assert held == _holdings(walker)
        assert held["organizations"] and held["participations"]
        with fresh.store.engine.connect() as connection:
            countries = set(connection.execute(text("SELECT country FROM activities")).scalars())
            contacts = set(connection.execute(text("SELECT organization_id FROM contacts")).scalars())
        if user == "nairobi":
            assert countries <= {"KE", "TZ"}  # TZ only as reference rows of KE participations
            assert not fresh.has("contacts", made["contacts"][1])  # a Tanzanian's contact
        else:
            assert contacts <= {partner_org}


def test_a_snapshot_row_the_device_cannot_apply_is_quarantined(
        world: World, adapter: Recording, hq_engine: Engine) -> None:
    """A row headquarters holds but this replica cannot store (a value outside its
    vocabulary) is quarantined with its reason, as for a pull; the rest of the snapshot is
    applied and the sync finishes."""
    source = world.device("source", "hq")
    made = _region(source, organizations=6)
    broken = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
    version = f"{1:016x}{'0' * 32}"
    fields = {name: None for name in REGISTRY.table("organizations").field_names if name != "id"}
    fields |= {"name": "Odd type", "country": "KE", "deleted": False, "aliases": [], "cities": [],
               "themes": [], "networks": [], "is_rlo": False, "org_type": "not-a-type",
               "ecosoc_status": "none", "at_risk": False}
    with hq_engine.begin() as connection:
        connection.execute(update(counter).values(seq=counter.c.seq + 1))
        seq = connection.execute(select(counter.c.seq)).scalar_one()
        connection.execute(insert(records).values(tbl="organizations", id=broken, deleted=False,
                                                  data=fields, versions={k: version for k in fields}, scope_keys={"c:KE"}))
        log_changes(connection, [{"seq": seq, "tbl": "organizations", "id": broken,
                                  "fields": None, "device_id": ""}])
    fresh = _device(world, adapter, "fresh", "hq", snapshot_bytes=SMALL_PAGE)
    report = fresh.sync()
    walker = world.device("walker", "hq")
    walker.client.snapshot = False
    walker.sync()

    assert report.quarantined == 1
    assert not fresh.has("organizations", broken)
    assert fresh.has("organizations", made["organizations"][5])
    assert [(q["row_id"], q["code"]) for q in fresh.replication.quarantine()] == [(broken, "invalid")]
    assert _holdings(fresh) == _holdings(walker)


def test_a_headquarters_without_snapshots_is_pulled_the_ordinary_way(world: World) -> None:
    """An older headquarters has no ``/v1/snapshot`` (404): the device pulls the change
    log instead and ends with everything."""
    app = create_app(world.engine)
    app.router.routes = [r for r in app.router.routes if getattr(r, "path", "") != "/v1/snapshot"]
    older = Recording(app)
    try:
        source = world.device("source", "hq")
        made = _region(source, organizations=6)
        fresh = _device(world, older, "fresh", "hq")
        fresh.sync()
        assert older.snapshot_requests() == 1
        assert all(fresh.has("organizations", org) for org in made["organizations"])
        assert fresh.replication.snapshot_start() is None
    finally:
        older.close()


def test_headquarters_refuses_a_page_token_it_did_not_write(world: World, adapter: Recording) -> None:
    """The device's page token is input like any other: a token that is not one, or
    whose cursor passes what headquarters has committed, is refused ``bad_request``; an
    old protocol version is refused ``protocol_unsupported``."""
    device = _device(world, adapter, "d", "hq")
    session = session_for(adapter)

    def ask(document: dict[str, Any]) -> tuple[int, Any]:
        reply = session.post(SERVER_URL + "/v1/snapshot", data=encode_body(document), headers={
            "Content-Encoding": "gzip", "Authorization": f"Bearer {device.client.token}"})
        return reply.status_code, json.loads(reply.content)  # requests inflates gzip itself

    status, page = ask({"v": PROTOCOL_VERSION, "page": None})
    assert status == 200 and page["next"] is None and page["rows"] == []
    for token in ("s1.999999.0.", "s1.0.99.", "x'; drop table records; --", "s1.0.0.zz"):
        status, answer = ask({"v": PROTOCOL_VERSION, "page": token})
        assert status == 400 and answer["error"]["code"] == "bad_request", token
    status, answer = ask({"v": 1, "page": None})
    assert status == 426 and answer["error"]["code"] == "protocol_unsupported"
    status, answer = ask({"v": PROTOCOL_VERSION, "page": None, "limit": -1})
    assert status == 400


@pytest.mark.usefixtures("memory_keyring")
def test_a_device_ordered_wiped_receives_no_snapshot(world: World, adapter: Recording,
                                                     hq_engine: Engine) -> None:
    """A laptop whose data headquarters ordered erased asks for a snapshot and gets none
    (``device_wipe``, no row); its sync goes on the ordinary way and stops with
    ``device_wipe`` as any sync of it would, holding nothing of the region."""
    from sync.server import accounts

    source = world.device("source", "hq")
    made = _region(source, organizations=6)
    fresh = _device(world, adapter, "fresh", "hq")
    with hq_engine.begin() as connection:
        accounts.request_wipe(connection, fresh.store.device_id)
    with pytest.raises(SyncError) as raised:
        fresh.sync()
    assert raised.value.code == "device_wipe"
    assert adapter.snapshot_requests() == 1
    assert not any(fresh.has("organizations", org) for org in made["organizations"])
