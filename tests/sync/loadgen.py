"""The load generator: hundreds of simulated devices sync "a day of edits" against real
headquarters processes (``python -m lookingbeyond_desktop.headquarters serve``) on one PostgreSQL database.

Shared by ``bench/bench_load.py`` (figures) and ``tests/sync/test_load.py`` (convergence).

Each device is a real local replica (its own data folder and SQLite file,
:class:`~lookingbeyond_desktop.store.Store` + :class:`Replication`) synced with a real
:class:`~sync.client.SyncClient` over HTTP on loopback; a thread pool runs up to
``concurrency`` device syncs at once.  With several servers, each is a separate
``serve`` process on its own port over the same database, and devices alternate between them.

The world (the region is Africa, 20 countries):

* **field** devices (most of them): one user per country, several devices per country,
  so their edits overlap and they must pull each other's edits;
* **regional** devices: users scoped to a UN M49 sub-region (Eastern / Western Africa);
* **hq** devices (see everything) and **partner** devices (a regional lead organization's
  users, two devices per organization).

Phases: provision (data folders, enrolment), seed (a seeding hq device pushes the region's
organizations, contacts, activities and participation), initial pull (every device pulls
its scope; measured and reported on its own), then the measured day: morning edits ->
sync round -> afternoon edits -> sync round -> a final quiet round (no edits) -> checks.

The day of a field device: in the morning it creates organizations, contacts, an activity
and its participation, edits seeded organizations and contacts reserved to it (nobody else
touches them), sets one field of its country's *shared* organization that no other device
sets (field-level merge: every one must survive, without conflict), and sets the phone of
its country's *hot* organization, which every field device of the country (and one hq
device) also sets, from the same base: ``editors - 1`` conflicts per hot organization, and
no others, are expected.  In the afternoon it creates one more organization and contact,
edits its own activity and more reserved records, and every ``delete_every``-th device
deletes one of its morning contacts (a tombstone).

Convergence (after the quiet round), per device: its local rows equal headquarters' rows
for its scope, field by field (a participation's contact is blanked where the device may
not see it, as headquarters sends it); rows outside its scope are only read-only reference
parents; no pending change, no refusal, nothing wanted, cursor at headquarters' counter;
its conflicts are exactly headquarters' conflicts on rows it sees.  Server-side: the
conflicts are exactly the expected hot-phone ones, every shared-organization field holds
the value its device wrote, every created record exists and every deleted one is a tombstone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url

from lookingbeyond_desktop.demo import DemoGenerator
from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.store import Store
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.replica import Replication
from lookingbeyond_desktop.store.writer import TABLES
from sync.wire import SyncRequest
from sync.client import SyncClient, SyncError, SyncReport, enrol, make_session
from sync.server import accounts
from sync.server.database import init_database, make_engine
from sync.server.schema import conflicts as hq_conflicts
from sync.server.schema import counter, records
from tests.sync.pg import DEFAULT_ADMIN_URL, throwaway_database

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "load-test-password-1"
COUNTRIES = ("KE", "NG", "ZA", "SN", "EG", "MA", "TN", "DZ", "CI", "CM",
             "CD", "GH", "ET", "TZ", "UG", "RW", "ML", "BF", "NE", "ZM")
REGIONS = ("014", "011")  # Eastern Africa, Western Africa: regional offices
# Fields of a country's shared organization: field device number k of the country sets
# SHARED_FIELDS[k] and nobody else does (the per-field merge must keep every one).
SHARED_FIELDS = ("name", "acronym", "email", "website", "address", "notes", "aliases",
                 "verified_on", "cities")
HOT_FIELD = "phone"
SYNC_ATTEMPTS = 4


# -- configuration ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Day:
    """What one device does in a day."""

    organizations: int = 3  # created in the morning (one more in the afternoon)
    contacts: int = 3  # created in the morning (one more in the afternoon)
    participations: int = 3  # in the device's own new activity
    edits: int = 4  # reserved seeded organizations edited (and their contact), half each half-day
    delete_every: int = 2  # every n-th device deletes one of its morning contacts


@dataclass(frozen=True)
class LoadConfig:
    """One load run."""

    devices: int = 200
    servers: int = 1
    workers: int = 1  # uvicorn workers per serve process
    concurrency: int = 24  # device syncs in flight at once
    organizations: int = 3000  # seeded at headquarters before the day
    day: Day = Day()
    seed: int = 7
    hq_devices: int | None = None  # default: 4% of devices
    partner_devices: int | None = None  # default: 4% of devices (two per organization)
    regional_devices: int | None = None  # default: 2% of devices
    template_folders: bool = True  # data folders copied from one new folder (new device id each)
    enrol_over_http: bool = False  # True: /v1/enrol per device (argon2 each); else tokens made in the database
    # The CPUs the serve processes run on (None: any); bench_load.py --pin gives the
    # generator the others, so that measuring does not take headquarters' time.
    server_cpus: frozenset[int] | None = None
    log: Callable[[str], None] = print


# -- results ----------------------------------------------------------------------------------


@dataclass
class Call:
    """One HTTP round trip of the sync protocol, as the device saw it."""

    seconds: float
    push: bool
    status: int
    server: float | None = None  # headquarters' own time (its Server-Timing header), seconds


@dataclass
class SyncRecord:
    """One device sync (one or more round trips until nothing is pending or left to pull)."""

    device: int
    seconds: float
    report: SyncReport = field(default_factory=SyncReport)  # what the client counted
    retries: int = 0
    error: str | None = None


@dataclass
class Phase:
    """A measured phase: every device syncs once (concurrently)."""

    name: str
    wall: float
    syncs: list[SyncRecord]
    calls: list[Call]
    http_retries: int
    cpu: dict[str, float]  # seconds of CPU: servers, postgres backends, generator
    lock_waiting: float  # mean PostgreSQL backends of this database waiting on a lock
    active: float  # mean active backends of this database

    @property
    def rows(self) -> int:
        return sum(s.report.pushed_rows + s.report.pulled_rows for s in self.syncs)

    @property
    def errors(self) -> list[SyncRecord]:
        return [s for s in self.syncs if s.error]


@dataclass
class DeviceCheck:
    """Convergence of one device."""

    name: str
    rows: int = 0
    references: int = 0
    conflicts: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass
class LoadResult:
    """Everything a run measured and checked."""

    config: LoadConfig
    machine: dict[str, str]
    setup: dict[str, float]
    counts: dict[str, int]
    seeded_rows: int
    phases: list[Phase]
    checks: list[DeviceCheck]
    server_problems: list[str]
    expected_conflicts: int
    conflicts: int
    server_errors: int
    wall: float

    @property
    def converged(self) -> bool:
        return not self.server_problems and all(not c.problems for c in self.checks)

    @property
    def errors(self) -> int:
        return sum(len(p.errors) for p in self.phases) + self.server_errors


# -- devices ----------------------------------------------------------------------------------


@dataclass
class SimDevice:
    """One simulated laptop."""

    index: int
    name: str
    kind: str  # hq | field | regional | partner
    user: str
    countries: tuple[str, ...]  # where it creates records
    url: str
    folder: Path
    organization_id: str | None = None  # partners
    slot: int = -1  # field devices: number within the country (which shared field it sets)
    hot: list[str] = field(default_factory=list)  # countries whose hot phone it sets
    store: Store | None = None
    replica: Replication | None = None
    token: str = ""
    reserved: list[dict[str, Any]] = field(default_factory=list)  # seeded orgs only it edits
    created: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    deleted: list[tuple[str, str]] = field(default_factory=list)
    activity: str | None = None
    new_orgs: list[dict[str, Any]] = field(default_factory=list)
    new_contacts: list[str] = field(default_factory=list)

    def encoded(self, table: str, row_id: str, name: str) -> Any:
        """One stored field as the wire encodes it."""
        assert self.store is not None
        columns = TABLES[table]
        with self.store.engine.connect() as connection:
            value = connection.execute(select(columns.c[name]).where(columns.c.id == row_id)).scalar()
        return REGISTRY.table(table).field(name).encode(value)


class TimedClient(SyncClient):
    """A SyncClient that records the duration of each HTTP round trip."""

    def __init__(self, *args: Any, calls: list[Call], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls = calls

    def _send(self, request: SyncRequest, encoded: Any = None) -> Any:
        started = time.perf_counter()
        result = super()._send(request, encoded)
        self.calls.append(Call(time.perf_counter() - started, request.push is not None,
                               result[2].status, server_seconds(result[2].headers)))
        return result


def server_seconds(headers: Any) -> float | None:
    """The ``app`` duration of a ``Server-Timing`` header (``app;dur=12.3``), in seconds."""
    for metric in str(headers.get("Server-Timing") or "").split(","):
        name, _sep, params = metric.strip().partition(";")
        if name.strip() == "app":
            for param in params.split(";"):
                key, _eq, value = param.strip().partition("=")
                if key == "dur":
                    try:
                        return float(value) / 1000
                    except ValueError:
                        return None
    return None


# -- the seed ---------------------------------------------------------------------------------


@dataclass
class Seed:
    """The region's data seeded at headquarters before the day."""

    orgs: dict[str, list[dict[str, Any]]]
    contact_of: dict[str, str]
    activities: dict[str, list[str]]
    hot: dict[str, str]
    shared: dict[str, str]
    pools: dict[str, list[dict[str, Any]]]
    rows: dict[str, list[dict[str, Any]]]

    def reserve(self, country: str, count: int) -> list[dict[str, Any]]:
        pool = self.pools[country]
        if len(pool) < count:
            raise RuntimeError(f"not enough seeded organizations in {country} to reserve {count} "
                               "for edits: seed more organizations")
        taken, self.pools[country] = pool[:count], pool[count:]
        return taken


def plan_seed(gen: DemoGenerator, organizations: int) -> Seed:
    """Organizations spread over the countries, a contact each, activities with participation
    in each country and a few across two countries."""
    rng = gen.rng
    orgs: dict[str, list[dict[str, Any]]] = {c: [] for c in COUNTRIES}
    for number in range(organizations):
        country = COUNTRIES[number % len(COUNTRIES)]
        orgs[country].append(gen.organization(country))
    contacts = [gen.contact(org) for country in COUNTRIES for org in orgs[country]]
    contact_of = {c["organization_id"]: c["id"] for c in contacts}
    offices = list(reference.offices())
    activities: list[dict[str, Any]] = []
    participations: list[dict[str, Any]] = []
    by_country: dict[str, list[str]] = defaultdict(list)

    def activity(country: str, members: list[dict[str, Any]], kind: str) -> None:
        start = gen.date_between(dt.date(2010, 1, 1), dt.date(2011, 10, 31))
        row = {"id": gen.uuid(), "title": f"{kind.replace('_', ' ').capitalize()} in {country}, {start.year}",
               "activity_type": kind, "start_date": start, "end_date": start + dt.timedelta(days=2),
               "country": country, "themes": [rng.choice(gen.areas)],
               "organizing_office": rng.choice(offices),
               "member_states": sorted({m["country"] for m in members})}
        activities.append(row)
        by_country[country].append(row["id"])
        for org in members:
            reps = rng.randint(1, 4)
            participations.append({
                "id": gen.uuid(), "activity_id": row["id"], "organization_id": org["id"],
                "contact_id": contact_of.get(org["id"]), "role": "participant",
                "representatives": reps, "women": None, "men": None})

    for country in COUNTRIES:
        pool = orgs[country]
        for _ in range(max(2, len(pool) // 20)):
            activity(country, rng.sample(pool, k=min(4, len(pool))), "training")
    for number in range(len(COUNTRIES) // 4):  # regional consultations across two countries
        a, b = COUNTRIES[number], COUNTRIES[-1 - number]
        activity(a, rng.sample(orgs[a], k=2) + rng.sample(orgs[b], k=2), "regional_consultation")
    hot = {c: orgs[c][0]["id"] for c in COUNTRIES}
    shared = {c: orgs[c][1]["id"] for c in COUNTRIES}
    pools = {c: list(orgs[c][2:]) for c in COUNTRIES}
    rows = {"organizations": [o for c in COUNTRIES for o in orgs[c]], "contacts": contacts,
            "activities": activities, "participations": participations}
    return Seed(orgs, contact_of, dict(by_country), hot, shared, pools, rows)


def write_rows(store: Store, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Write planned rows (with their ids) through the recorded write path."""
    with store.write(author="seed") as writer:
        for table in REGISTRY.names:
            batch = rows.get(table, [])
            for start in range(0, len(batch), 2000):
                items = [(r["id"], {k: v for k, v in r.items() if k != "id"})
                         for r in batch[start:start + 2000]]
                writer.apply(writer.prepare_many(table, items))


# -- headquarters processes -------------------------------------------------------------------


@dataclass
class ServerProcess:
    """One ``serve`` process."""

    base: str
    process: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def serve_processes(database_url: str, count: int, workers: int, folder: Path,
                    cpus: frozenset[int] | None = None) -> Iterator[list[ServerProcess]]:
    """``count`` separate ``python -m lookingbeyond_desktop.headquarters serve`` processes on
    their own ports (on ``cpus`` only, when given)."""
    pin = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
    started: list[ServerProcess] = []
    handles = []
    try:
        for number in range(count):
            port = free_port()
            log = folder / f"server-{number}-{port}.log"
            handle = log.open("wb")
            handles.append(handle)
            process = subprocess.Popen(
                [sys.executable, "-m", "lookingbeyond_desktop.headquarters", "serve", "--database-url", database_url,
                 "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
                stdout=handle, stderr=subprocess.STDOUT, cwd=ROOT, preexec_fn=pin,
                env=dict(os.environ, PYTHONUNBUFFERED="1", LOOKINGBEYOND_LOG_LEVEL="WARNING"))
            server = ServerProcess(f"http://127.0.0.1:{port}", process, log)
            started.append(server)
            deadline = time.monotonic() + 60
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"a headquarters server exited: {server.output()[-2000:]}")
                with contextlib.suppress(requests.RequestException):
                    if requests.get(f"{server.base}/v1/health", timeout=2).ok:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError("a headquarters server did not answer /v1/health in 60 s")
                time.sleep(0.1)
        yield started
    finally:
        for server in started:
            server.process.terminate()
        for server in started:
            try:
                server.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.process.kill()
                server.process.wait()
        for handle in handles:
            handle.close()


def fresh_database(admin_url: str = DEFAULT_ADMIN_URL) -> contextlib.AbstractContextManager[str]:
    """A new, empty PostgreSQL database next to ``admin_url``, dropped afterwards."""
    return throwaway_database(admin_url, prefix="lbd_load")


# -- CPU accounting ---------------------------------------------------------------------------

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        data = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return data.rsplit(")", 1)[1].split()


def process_cpu(pid: int, *, children: bool = True) -> float:
    """CPU seconds of a process (and of its reaped children), from /proc."""
    fields = _stat(pid)
    if fields is None:
        return 0.0
    ticks = int(fields[11]) + int(fields[12])
    if children:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / TICK


def tree_cpu(root: int) -> float:
    """CPU seconds of a process and its live descendants (uvicorn workers)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None:
                parents[int(entry.name)] = int(fields[1])
    total, stack, seen = 0.0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += process_cpu(pid)
        stack.extend(child for child, parent in parents.items() if parent == pid)
    return total


def generator_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class PgSampler:
    """Samples this database's PostgreSQL backends: their CPU (from /proc) and how many wait
    on a lock, every ``period`` seconds, in a thread."""

    def __init__(self, database_url: str, period: float = 0.2) -> None:
        self.engine = create_engine(make_url(database_url).set(drivername="postgresql+psycopg"),
                                    isolation_level="AUTOCOMMIT", pool_size=1)
        self.database = make_url(database_url).database
        self.period = period
        self.stop = threading.Event()
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.waiting: list[int] = []
        self.active: list[int] = []
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PgSampler:
        self._sample()
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()
        self._sample()
        self.engine.dispose()

    def _run(self) -> None:
        while not self.stop.wait(self.period):
            with contextlib.suppress(Exception):
                self._sample()

    def _sample(self) -> None:
        with self.engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT pid, state, wait_event_type FROM pg_stat_activity "
                "WHERE datname = :db AND pid <> pg_backend_pid()"), {"db": self.database}).all()
        self.waiting.append(sum(1 for r in rows if r.wait_event_type == "Lock"))
        self.active.append(sum(1 for r in rows if r.state == "active"))
        for row in rows:
            cpu = process_cpu(row.pid, children=False)
            self.first.setdefault(row.pid, 0.0 if self.thread.is_alive() else cpu)
            self.last[row.pid] = max(cpu, self.last.get(row.pid, 0.0))

    @property
    def cpu(self) -> float:
        return sum(self.last[pid] - self.first.get(pid, 0.0) for pid in self.last)


# -- the run ----------------------------------------------------------------------------------


class Generator:
    """Runs one load test; see the module docstring."""

    def __init__(self, config: LoadConfig, database_url: str, folder: Path) -> None:
        self.config = config
        self.database_url = database_url
        self.folder = folder
        self.log = config.log
        self.rng = random.Random(config.seed)
        self.gen = DemoGenerator(config.seed)
        self.gen_lock = threading.Lock()
        self.devices: list[SimDevice] = []
        self.servers: list[ServerProcess] = []
        self.expected_conflicts = 0
        self.hot_editors: dict[str, list[int]] = defaultdict(list)
        self.shared_values: dict[str, dict[str, Any]] = defaultdict(dict)

    # -- setting up ---------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        n = self.config.devices
        hq = self.config.hq_devices if self.config.hq_devices is not None else max(1, round(n * 0.04))
        partner = (self.config.partner_devices if self.config.partner_devices is not None
                   else max(2, round(n * 0.04)))
        regional = (self.config.regional_devices if self.config.regional_devices is not None
                    else max(1, round(n * 0.02)))
        field_count = n - hq - partner - regional
        if field_count < len(COUNTRIES):
            raise ValueError(f"{n} devices leave too few field devices for {len(COUNTRIES)} countries")
        return {"hq": hq, "partner": partner, "regional": regional, "field": field_count}

    def plan_devices(self, seed: Seed) -> None:
        counts = self.counts()
        urls = [s.base for s in self.servers]
        kinds: list[tuple[str, str, tuple[str, ...], str | None]] = []
        for number in range(counts["field"]):
            country = COUNTRIES[number % len(COUNTRIES)]
            kinds.append(("field", f"field-{country}", (country,), None))
        for number in range(counts["hq"]):
            kinds.append(("hq", "hq", COUNTRIES, None))
        for number in range(counts["regional"]):
            region = REGIONS[number % len(REGIONS)]
            inside = tuple(c for c in COUNTRIES if c in reference.countries_in_region(region))
            kinds.append(("regional", f"region-{region}", inside, None))
        partner_orgs: list[dict[str, Any]] = []
        for number in range(counts["partner"]):
            if number % 2 == 0:
                country = COUNTRIES[(number // 2 * 3) % len(COUNTRIES)]
                partner_orgs.append(seed.reserve(country, 1)[0])
            org = partner_orgs[-1]
            kinds.append(("partner", f"partner-{len(partner_orgs)}", (org["country"],), org["id"]))
        self.rng.shuffle(kinds)  # kinds mixed in the device list, so servers get a mix too
        slots: dict[str, int] = defaultdict(int)
        for index, (kind, user, countries, organization) in enumerate(kinds):
            device = SimDevice(index, f"d{index:03d}-{kind}", kind, user, countries,
                               urls[index % len(urls)], self.folder / f"d{index:03d}",
                               organization_id=organization)
            if kind == "field":
                device.slot = slots[countries[0]]
                slots[countries[0]] += 1
                device.hot = [countries[0]]
            self.devices.append(device)
        hq_devices = [d for d in self.devices if d.kind == "hq"]
        for number, country in enumerate(COUNTRIES):
            hq_devices[number % len(hq_devices)].hot.append(country)
        for device in self.devices:
            for country in device.hot:
                self.hot_editors[country].append(device.index)
            if device.kind == "partner":
                continue
            if device.kind == "field":
                device.reserved = seed.reserve(device.countries[0], self.config.day.edits)
            else:  # hq and regional devices: reserved organizations across their countries
                for number in range(self.config.day.edits):
                    country = device.countries[(device.index + number) % len(device.countries)]
                    device.reserved += seed.reserve(country, 1)
        self.expected_conflicts = sum(len(e) - 1 for e in self.hot_editors.values() if e)

    def create_users(self) -> None:
        engine = make_engine(self.database_url)
        try:
            with engine.begin() as connection:
                made: set[str] = set()
                accounts.add_user(connection, "seed", PASSWORD, role="hq")
                for device in self.devices:
                    if device.user in made:
                        continue
                    made.add(device.user)
                    if device.kind == "hq":
                        accounts.add_user(connection, device.user, PASSWORD, role="hq")
                    elif device.kind == "field":
                        accounts.add_user(connection, device.user, PASSWORD, role="field",
                                          countries=list(device.countries))
                    elif device.kind == "regional":
                        accounts.add_user(connection, device.user, PASSWORD, role="field",
                                          regions=[device.user.split("-")[1]])
                    else:
                        accounts.add_user(connection, device.user, PASSWORD, role="partner",
                                          countries=list(device.countries),
                                          organization_id=device.organization_id)
        finally:
            engine.dispose()

    def open_store(self, device: SimDevice, template: Path | None = None) -> None:
        """Create the data folder (serially: Alembic's migration context is process-global),
        or copy a freshly created one and give the copy its own device id."""
        if template is not None:
            shutil.copytree(template, device.folder)
            device.store = Store.open(device.folder)
            with device.store.engine.connect() as connection:
                connection.execution_options(lb_write=True)
                with connection.begin():
                    connection.execute(text("UPDATE replica SET device_id = :id"),
                                       {"id": uuid.uuid4().hex})
        else:
            device.store = Store.open(device.folder)
        device.replica = replication_for(device.store)
        device.replica.configure(server_url=device.url, user_name=device.user)
        device.store.engine.dispose()

    def provision(self, device: SimDevice) -> None:
        """Enrol the device (a real /v1/enrol: argon2 at headquarters)."""
        if device.store is None:
            self.open_store(device)
        assert device.store is not None
        session = make_session()
        try:
            device.token = enrol(device.url, device.user, PASSWORD, device.store.device_id,
                                 device.name, session=session)["token"]
        finally:
            session.close()
            device.store.engine.dispose()

    def enrol_directly(self, devices: Sequence[SimDevice]) -> None:
        """Tokens made by headquarters' own enrolment code, in the database (what /v1/enrol
        does after checking the password; argon2 per device would dominate the set-up)."""
        engine = make_engine(self.database_url)
        try:
            with engine.begin() as connection:
                for device in devices:
                    assert device.store is not None
                    user = accounts.find_user(connection, device.user)
                    assert user is not None
                    # A country's office shares one account among its many laptops here;
                    # a real headquarters caps a user's devices (accounts.DEFAULT_MAX_DEVICES).
                    device.token = accounts.enrol_device(connection, user, device.store.device_id,
                                                         device.name, max_devices=len(devices))
                    device.store.engine.dispose()
        finally:
            engine.dispose()

    # -- syncing ------------------------------------------------------------------------

    def sync_device(self, device: SimDevice, calls: list[Call], retries: list[int]) -> SyncRecord:
        assert device.replica is not None and device.store is not None
        started = time.perf_counter()
        attempt = 0
        while True:
            attempt += 1
            session = make_session()
            session.hooks["response"].append(_count_retries(retries))
            client = TimedClient(device.replica, device.url, device.token, session=session, calls=calls)
            try:
                report = client.sync()
                return SyncRecord(device.index, time.perf_counter() - started, report, attempt - 1)
            except SyncError as error:
                if error.retryable and attempt < SYNC_ATTEMPTS:
                    time.sleep(0.5 * attempt)
                    continue
                return SyncRecord(device.index, time.perf_counter() - started, retries=attempt - 1,
                                  error=f"{device.name}: {error.code}: {error.message}")
            except Exception as error:  # noqa: BLE001 - reported, the run goes on
                return SyncRecord(device.index, time.perf_counter() - started, retries=attempt - 1,
                                  error=f"{device.name}: {type(error).__name__}: {error}")
            finally:
                session.close()
                device.store.engine.dispose()

    def sync_phase(self, name: str, devices: Sequence[SimDevice]) -> Phase:
        order = list(devices)
        self.rng.shuffle(order)
        calls: list[Call] = []
        retries: list[int] = []
        cpu_servers = sum(tree_cpu(s.process.pid) for s in self.servers)
        cpu_generator = generator_cpu()
        with PgSampler(self.database_url) as sampler, \
                ThreadPoolExecutor(self.config.concurrency, thread_name_prefix="device") as pool:
            started = time.perf_counter()
            syncs = list(pool.map(lambda d: self.sync_device(d, calls, retries), order))
            wall = time.perf_counter() - started
        cpu = {"servers": sum(tree_cpu(s.process.pid) for s in self.servers) - cpu_servers,
               "postgres": sampler.cpu, "generator": generator_cpu() - cpu_generator}
        waiting = sum(sampler.waiting) / max(1, len(sampler.waiting))
        active = sum(sampler.active) / max(1, len(sampler.active))
        phase = Phase(name, wall, syncs, calls, sum(retries), cpu, waiting, active)
        self.log(f"  {name}: {len(syncs)} syncs in {wall:.1f} s, {phase.rows:,} rows, "
                 f"{len(phase.errors)} errors")
        for record in phase.errors[:5]:
            self.log(f"    error: {record.error}")
        return phase

    def parallel(self, function: Callable[[SimDevice], None], devices: Sequence[SimDevice]) -> float:
        started = time.perf_counter()
        with ThreadPoolExecutor(self.config.concurrency) as pool:
            for _ in pool.map(function, devices):
                pass
        return time.perf_counter() - started

    # -- a day of edits -----------------------------------------------------------------

    def new_org(self, country: str) -> dict[str, Any]:
        with self.gen_lock:
            org = self.gen.organization(country)
        org["is_rlo"], org["rlo_region"] = False, None
        return org

    def new_contact(self, org: dict[str, Any]) -> dict[str, Any]:
        with self.gen_lock:
            return self.gen.contact(org)

    def morning(self, device: SimDevice) -> None:
        assert device.store is not None
        day = self.config.day
        try:
            with device.store.write(author=device.name) as writer:
                if device.kind == "partner":
                    self._partner_morning(device, writer)
                    return
                for country in device.hot:  # everybody in the country sets it: conflicts
                    writer.update("organizations", self.seed.hot[country],
                                  {HOT_FIELD: f"+1 555 {device.index:04d} {country}"})
                if device.kind == "field" and device.slot < len(SHARED_FIELDS):
                    country = device.countries[0]
                    name = SHARED_FIELDS[device.slot]
                    writer.update("organizations", self.seed.shared[country],
                                  {name: _shared_value(name, device)})
                for number in range(day.organizations):
                    org = self.new_org(device.countries[number % len(device.countries)])
                    org_id = writer.create("organizations", _without_id(org))
                    org["id"] = org_id
                    device.new_orgs.append(org)
                    device.created["organizations"].append(org_id)
                for number in range(day.contacts):
                    org = (device.new_orgs or device.reserved)[number % len(device.new_orgs or device.reserved)]
                    contact_id = writer.create("contacts", _without_id(self.new_contact(org)))
                    device.new_contacts.append(contact_id)
                    device.created["contacts"].append(contact_id)
                members = (device.new_orgs + device.reserved)[:day.participations]
                self._activity(device, writer, device.countries[0], members)
                self._edit_reserved(device, writer, device.reserved[:(day.edits + 1) // 2], "morning")
        finally:
            device.store.engine.dispose()
        if device.kind == "field" and device.slot < len(SHARED_FIELDS):
            name = SHARED_FIELDS[device.slot]
            self.shared_values[device.countries[0]][name] = device.encoded(
                "organizations", self.seed.shared[device.countries[0]], name)
            device.store.engine.dispose()

    def afternoon(self, device: SimDevice) -> None:
        assert device.store is not None
        day = self.config.day
        try:
            with device.store.write(author=device.name) as writer:
                if device.kind == "partner":
                    self._partner_afternoon(device, writer)
                    return
                org = self.new_org(device.countries[-1])
                org["id"] = writer.create("organizations", _without_id(org))
                device.created["organizations"].append(org["id"])
                contact_id = writer.create("contacts", _without_id(self.new_contact(org)))
                device.created["contacts"].append(contact_id)
                if device.activity:
                    writer.update("activities", device.activity,
                                  {"outcomes": f"Report written by {device.name}."})
                self._edit_reserved(device, writer, device.reserved[(day.edits + 1) // 2:], "afternoon")
                if device.index % day.delete_every == 0 and device.new_contacts:
                    writer.delete("contacts", device.new_contacts[0])
                    device.deleted.append(("contacts", device.new_contacts[0]))
        finally:
            device.store.engine.dispose()

    def _activity(self, device: SimDevice, writer: Any, country: str, members: list[dict[str, Any]],
                  co_organizers: list[str] | None = None) -> None:
        start = dt.date(2011, 3, 1) + dt.timedelta(days=device.index % 200)
        activity_id = writer.create("activities", {
            "title": f"Dialogue with civil society ({device.name})", "activity_type": "dialogue",
            "start_date": start, "end_date": start + dt.timedelta(days=1), "country": country,
            "themes": ["corruption"], "organizing_office": "HQ",
            "co_organizers": co_organizers or [],
            "member_states": sorted({country, *(m["country"] for m in members)})})
        device.activity = activity_id
        device.created["activities"].append(activity_id)
        for number, org in enumerate(members):
            contact = self.seed.contact_of.get(org["id"])
            participation = writer.create("participations", {
                "activity_id": activity_id, "organization_id": org["id"],
                "contact_id": contact if number % 2 == 0 else None, "role": "participant",
                "representatives": 1 + number % 3})
            device.created["participations"].append(participation)

    def _edit_reserved(self, device: SimDevice, writer: Any, orgs: list[dict[str, Any]], when: str) -> None:
        for org in orgs:
            writer.update("organizations", org["id"], {
                "notes": f"Visited by {device.name} in the {when}.",
                "email": f"office{device.index}@{org['website'].split('www.')[-1]}"})
            contact = self.seed.contact_of.get(org["id"])
            if contact:
                writer.update("contacts", contact, {"position": f"Focal point ({when})"})

    def _partner_morning(self, device: SimDevice, writer: Any) -> None:
        assert device.organization_id is not None
        org = {"id": device.organization_id, "country": device.countries[0],
               "website": "https://www.partner.example.org"}
        contact_id = writer.create("contacts", _without_id(self.new_contact(org)))
        device.new_contacts.append(contact_id)
        device.created["contacts"].append(contact_id)
        self._activity(device, writer, device.countries[0], [org], co_organizers=[device.organization_id])

    def _partner_afternoon(self, device: SimDevice, writer: Any) -> None:
        assert device.organization_id is not None and device.activity is not None
        writer.update("activities", device.activity, {"notes": f"Follow-up by {device.name}."})
        seeded = self.seed.activities[device.countries[0]]
        activity_id = seeded[device.index % len(seeded)]
        participation = writer.create("participations", {
            "activity_id": activity_id, "organization_id": device.organization_id,
            "role": "observer", "representatives": 2})
        device.created["participations"].append(participation)

    # -- checks -------------------------------------------------------------------------

    def check(self) -> tuple[list[DeviceCheck], list[str], int]:
        """Convergence of every device, and headquarters' state against the plan."""
        engine = make_engine(self.database_url)
        try:
            with engine.connect() as connection:
                stored = {(r.tbl, r.id): r for r in connection.execute(select(records))}
                keys: dict[tuple[str, str], set[str]] = defaultdict(set)
                for row in connection.execute(select(records.c.tbl, records.c.id, records.c.scope_keys)):
                    keys[(row.tbl, row.id)] |= row.scope_keys
                found_conflicts = list(connection.execute(select(hq_conflicts)))
                upper = int(connection.execute(select(counter.c.seq)).scalar_one())
                users = {d.user for d in self.devices}
                scope_of = {}
                for name in users:
                    user = accounts.find_user(connection, name)
                    assert user is not None
                    scope_of[name] = user.scope
        finally:
            engine.dispose()
        problems = self._check_server(stored, found_conflicts)
        expected_by_user: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
        conflicts_by_user: dict[str, set[str]] = {}
        for name, scope in scope_of.items():
            visible = {key for key in stored if scope.sees(key[0], keys[key])}
            expected: dict[tuple[str, str], dict[str, Any]] = {}
            for key in visible:
                data = dict(stored[key].data)
                if key[0] == "participations" and data.get("contact_id"):
                    contact_key = ("contacts", data["contact_id"])
                    blank = (scope.role == "partner" and data.get("organization_id") != scope.organization_id)
                    if blank or (not scope.everything and contact_key not in visible):
                        data["contact_id"] = None
                expected[key] = data
            expected_by_user[name] = expected
            conflicts_by_user[name] = {c.id for c in found_conflicts
                                       if scope.sees(c.tbl, keys[(c.tbl, c.row_id)])}
        checks = []
        for device in self.devices:
            checks.append(self._check_device(device, expected_by_user[device.user],
                                              conflicts_by_user[device.user], stored, upper))
        return checks, problems, len(found_conflicts)

    def _check_server(self, stored: dict[tuple[str, str], Any], found: list[Any]) -> list[str]:
        problems: list[str] = []
        hot_ids = {self.seed.hot[c]: c for c in COUNTRIES}
        per_hot: dict[str, int] = defaultdict(int)
        for conflict in found:
            if (conflict.tbl, conflict.field, conflict.kind) != ("organizations", HOT_FIELD, "field") \
                    or conflict.row_id not in hot_ids:
                problems.append(f"unexpected conflict: {conflict.kind} on {conflict.tbl} "
                                f"{conflict.row_id} field {conflict.field}")
                continue
            per_hot[hot_ids[conflict.row_id]] += 1
        for country, editors in self.hot_editors.items():
            if per_hot[country] != len(editors) - 1:
                problems.append(f"hot organization of {country}: {per_hot[country]} conflicts, "
                                f"expected {len(editors) - 1}")
            phone = stored[("organizations", self.seed.hot[country])].data.get(HOT_FIELD)
            if phone not in {f"+1 555 {i:04d} {country}" for i in editors}:
                problems.append(f"hot organization of {country}: phone {phone!r} is nobody's edit")
        for country, values in self.shared_values.items():
            data = stored[("organizations", self.seed.shared[country])].data
            for name, value in values.items():
                if data.get(name) != value:
                    problems.append(f"shared organization of {country}: {name} is {data.get(name)!r}, "
                                    f"expected {value!r} (a field edit was lost)")
        for device in self.devices:
            for table, ids in device.created.items():
                missing = [i for i in ids if (table, i) not in stored]
                if missing:
                    problems.append(f"{device.name}: {len(missing)} created {table} missing at headquarters")
            for table, row_id in device.deleted:
                row = stored.get((table, row_id))
                if row is None or not row.deleted:
                    problems.append(f"{device.name}: deleted {table} {row_id} is not a tombstone")
        return problems

    def _check_device(self, device: SimDevice, expected: dict[tuple[str, str], dict[str, Any]],
                      conflict_ids: set[str], stored: dict[tuple[str, str], Any], upper: int) -> DeviceCheck:
        assert device.store is not None and device.replica is not None
        check = DeviceCheck(device.name)
        local: dict[tuple[str, str], dict[str, Any]] = {}
        try:
            with device.store.engine.connect() as connection:
                for spec in REGISTRY.tables:
                    columns = TABLES[spec.name]
                    names = [n for n in spec.field_names if n != "id"]
                    for row in connection.execute(select(columns.c.id, *[columns.c[n] for n in names])):
                        local[(spec.name, row.id)] = {
                            n: spec.field(n).encode(getattr(row, n)) for n in names}
                local_conflicts = set(connection.execute(select(TABLES["conflicts"].c.id)).scalars())
                refusals = connection.execute(text("SELECT count(*) FROM sync_refusals")).scalar_one()
            status = device.replica.status()
        finally:
            device.store.engine.dispose()
        missing = [k for k in expected if k not in local]
        if missing:
            check.problems.append(f"{len(missing)} rows of its scope missing, e.g. {missing[0]}")
        differing = []
        for key, data in expected.items():
            mine = local.get(key)
            if mine is None:
                continue
            wrong = [n for n in mine if mine[n] != data.get(n)]
            if wrong:
                differing.append((key, wrong))
        if differing:
            key, wrong = differing[0]
            check.problems.append(f"{len(differing)} rows differ from headquarters, e.g. {key} "
                                  f"fields {wrong}")
        extra = [k for k in local if k not in expected]
        unknown = [k for k in extra if k not in stored]
        if unknown:
            check.problems.append(f"{len(unknown)} local rows unknown at headquarters")
        check.references = len(extra) - len(unknown)
        check.rows = len(local) - len(extra)
        if status.pending:
            check.problems.append(f"{status.pending} changes still pending")
        if status.wanted:
            check.problems.append(f"{len(status.wanted)} rows still wanted")
        if refusals:
            check.problems.append(f"{refusals} refusals")
        if status.cursor != upper:
            check.problems.append(f"cursor {status.cursor}, headquarters at {upper}")
        if local_conflicts != conflict_ids:
            check.problems.append(f"{len(local_conflicts)} conflicts here, {len(conflict_ids)} "
                                  "visible at headquarters")
        check.conflicts = len(local_conflicts)
        return check

    # -- the whole run ------------------------------------------------------------------

    def run(self) -> LoadResult:
        config = self.config
        begun = time.perf_counter()
        setup: dict[str, float] = {}
        engine = make_engine(self.database_url)
        init_database(engine)
        engine.dispose()
        self.seed = plan_seed(self.gen, config.organizations)
        with serve_processes(self.database_url, config.servers, config.workers, self.folder,
                             config.server_cpus) as servers:
            self.servers = servers
            self.plan_devices(self.seed)
            self.create_users()
            counts = self.counts()
            self.log(f"  {config.devices} devices ({', '.join(f'{v} {k}' for k, v in counts.items())}) "
                     f"on {config.servers} serve process(es), {config.concurrency} syncs at once")
            started = time.perf_counter()
            template = None
            if config.template_folders:
                template = self.folder / "template"
                Store.open(template).close()
            for device in self.devices:
                self.open_store(device, template)
            setup["data_folders"] = time.perf_counter() - started
            if config.enrol_over_http:
                setup["enrol"] = self.parallel(self.provision, self.devices)
            else:
                started = time.perf_counter()
                self.enrol_directly(self.devices)
                setup["enrol"] = time.perf_counter() - started
            self.log(f"  data folders in {setup['data_folders']:.1f} s, enrolled in {setup['enrol']:.1f} s")
            seeder = SimDevice(-1, "seed", "hq", "seed", COUNTRIES, servers[0].base, self.folder / "seed")
            self.provision(seeder)
            assert seeder.store is not None
            started = time.perf_counter()
            write_rows(seeder.store, self.seed.rows)
            seeded_rows = sum(len(v) for v in self.seed.rows.values())
            setup["seed_write"] = time.perf_counter() - started
            seeding = self.sync_phase("seed push (one hq device)", [seeder])
            if seeding.errors:
                raise RuntimeError(f"seeding failed: {seeding.errors[0].error}")
            setup["seed_push"] = seeding.wall
            seeder.store.close()
            phases = [self.sync_phase("initial pull", self.devices)]
            setup["morning_edits"] = self.parallel(self.morning, self.devices)
            phases.append(self.sync_phase("day: morning sync", self.devices))
            setup["afternoon_edits"] = self.parallel(self.afternoon, self.devices)
            phases.append(self.sync_phase("day: afternoon sync", self.devices))
            phases.append(self.sync_phase("day: quiet round", self.devices))
            server_errors = sum(s.output().count("Traceback") for s in servers)
        started = time.perf_counter()
        checks, problems, conflicts = self.check()
        setup["check"] = time.perf_counter() - started
        for device in self.devices:
            if device.store is not None:
                device.store.close()
        return LoadResult(config, machine_info(self.database_url), setup, counts, seeded_rows, phases,
                          checks, problems, self.expected_conflicts, conflicts, server_errors,
                          time.perf_counter() - begun)


def _count_retries(sink: list[int]) -> Callable[..., None]:
    def hook(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        retries = getattr(response.raw, "retries", None)
        if retries is not None and retries.history:
            sink.append(len(retries.history))
    return hook


def _without_id(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "id"}


def _shared_value(name: str, device: SimDevice) -> Any:
    number = device.index
    return {
        "name": f"Shared CSO of {device.countries[0]} (named by {device.name})",
        "acronym": f"SC{number}",
        "email": f"d{number}@shared.example.org",
        "website": f"https://d{number}.shared.example.org",
        "address": f"{number} Load Street",
        "notes": f"Seen by {device.name}",
        "aliases": [f"Alias {device.name}"],
        "verified_on": dt.date(2011, 1, 1) + dt.timedelta(days=number % 300),
        "cities": [f"City {number}"],
    }[name]


def machine_info(database_url: str | None = None) -> dict[str, str]:
    """Cores, memory, CPU model, Python, PostgreSQL version."""
    info = {"cores": str(os.cpu_count()), "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}"}
    with contextlib.suppress(OSError, ValueError, IndexError):
        kib = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
        info["ram"] = f"{kib / 2**20:.1f} GiB"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    if database_url:
        with contextlib.suppress(Exception):
            engine = create_engine(make_url(database_url).set(drivername="postgresql+psycopg"))
            with engine.connect() as connection:
                info["postgresql"] = str(connection.execute(text("SHOW server_version")).scalar())
            engine.dispose()
    return info


def run_load(config: LoadConfig, database_url: str, folder: Path | None = None) -> LoadResult:
    """Run one load test against ``database_url`` (a fresh, empty PostgreSQL database)."""
    work = folder or Path(tempfile.mkdtemp(prefix="lbd-load-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return Generator(config, database_url, work).run()
    finally:
        if folder is None:
            shutil.rmtree(work, ignore_errors=True)


# -- reporting --------------------------------------------------------------------------------


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-share * len(ordered) // 1))))
    return ordered[rank - 1]


def _ms(values: Sequence[float]) -> str:
    if not values:
        return "-"
    return (f"p50 {percentile(values, 0.5) * 1000:.0f} / p99 {percentile(values, 0.99) * 1000:.0f} / "
            f"max {max(values) * 1000:.0f} ms")


def format_result(result: LoadResult) -> str:
    """The figures of a run, as text."""
    config = result.config
    lines = []
    machine = result.machine
    lines.append(f"machine: {machine.get('cores')} cores ({machine.get('cpu', '?')}), "
                 f"{machine.get('ram', '?')} RAM, {machine.get('system')}, Python {machine.get('python')}, "
                 f"PostgreSQL {machine.get('postgresql', '?')}")
    lines.append(f"run: {config.devices} devices ({', '.join(f'{v} {k}' for k, v in result.counts.items())}), "
                 f"{config.servers} serve process(es) x {config.workers} worker(s), "
                 f"{config.concurrency} concurrent syncs, seed {result.seeded_rows:,} rows "
                 f"({config.organizations:,} organizations), day {config.day}")
    lines.append("setup (not measured): " + ", ".join(f"{k} {v:.1f} s" for k, v in result.setup.items()))
    header = (f"  {'phase':<22}{'syncs':>6}{'wall s':>8}{'syncs/s':>9}{'rows':>9}{'rows/s':>9}"
              f"{'req':>6}{'req/s':>7}  {'latency per round trip':<40}{'per device sync':<40}"
              f"{'err':>4}{'retry':>6}{'cpu srv':>8}{'cpu pg':>7}{'cpu gen':>8}{'lockwait':>9}")
    lines.append(header)
    day_phases = [p for p in result.phases if p.name.startswith("day")]
    day = _combined("day (3 rounds)", day_phases)
    for phase in [*result.phases, day]:
        latencies = [c.seconds for c in phase.calls]
        retries = phase.http_retries + sum(s.retries for s in phase.syncs)
        lines.append(
            f"  {phase.name:<22}{len(phase.syncs):>6}{phase.wall:>8.1f}{len(phase.syncs) / phase.wall:>9.1f}"
            f"{phase.rows:>9,}{phase.rows / phase.wall:>9.0f}{len(phase.calls):>6}"
            f"{len(phase.calls) / phase.wall:>7.1f}  {_ms(latencies):<40}"
            f"{_ms([s.seconds for s in phase.syncs]):<40}{len(phase.errors):>4}{retries:>6}"
            f"{phase.cpu['servers']:>8.1f}{phase.cpu['postgres']:>7.1f}{phase.cpu['generator']:>8.1f}"
            f"{phase.lock_waiting:>9.2f}")
    for phase in [*day_phases]:
        pushes = [c.seconds for c in phase.calls if c.push]
        pulls = [c.seconds for c in phase.calls if not c.push]
        statuses = sorted({c.status for c in phase.calls if c.status != 200})
        lines.append(f"  {phase.name}: round trips with a push {_ms(pushes)} ({len(pushes)}), "
                     f"pull only {_ms(pulls)} ({len(pulls)}); at headquarters (Server-Timing) "
                     f"with a push {_ms([c.server for c in phase.calls if c.push and c.server is not None])}, "
                     f"pull only {_ms([c.server for c in phase.calls if not c.push and c.server is not None])}; pushed "
                     f"{sum(s.report.pushed_rows for s in phase.syncs):,} rows, pulled "
                     f"{sum(s.report.pulled_rows for s in phase.syncs):,}, "
                     f"fixed {sum(s.report.fixed for s in phase.syncs)}; "
                     f"mean active backends {phase.active:.1f}"
                     + (f"; non-200 answers {statuses}" if statuses else ""))
    timed = [c.server for c in day.calls if c.server is not None]
    lines.append(f"  day (3 rounds): at headquarters (Server-Timing, {len(timed)} of {len(day.calls)} "
                 f"round trips) {_ms(timed)}; as the devices saw them {_ms([c.seconds for c in day.calls])}")
    rows = [c.rows for c in result.checks]
    refs = [c.references for c in result.checks]
    failed = [c for c in result.checks if c.problems]
    lines.append(f"conflicts at headquarters: {result.conflicts} (expected {result.expected_conflicts}: "
                 "the hot phone of each country, set concurrently by every editor)")
    lines.append(f"rows per device in scope: min {min(rows):,}, median {sorted(rows)[len(rows) // 2]:,}, "
                 f"max {max(rows):,}; read-only reference rows: max {max(refs)}; "
                 f"server tracebacks {result.server_errors}")
    lines.append(f"convergence: {'OK' if result.converged else 'FAILED'} "
                 f"({len(result.checks) - len(failed)}/{len(result.checks)} devices equal headquarters "
                 f"for their scope; {len(result.server_problems)} headquarters problems)")
    for problem in result.server_problems[:10]:
        lines.append(f"  headquarters: {problem}")
    for check in failed[:10]:
        lines.append(f"  {check.name}: {'; '.join(check.problems)}")
    lines.append(f"wall time: {result.wall:.1f} s")
    return "\n".join(lines)


def _combined(name: str, phases: list[Phase]) -> Phase:
    cpu = {k: sum(p.cpu[k] for p in phases) for k in ("servers", "postgres", "generator")}
    wall = sum(p.wall for p in phases) or 1e-9
    waiting = sum(p.lock_waiting * p.wall for p in phases) / wall
    active = sum(p.active * p.wall for p in phases) / wall
    return Phase(name, wall, [s for p in phases for s in p.syncs], [c for p in phases for c in p.calls],
                 sum(p.http_retries for p in phases), cpu, waiting, active)


__all__ = ["Day", "LoadConfig", "LoadResult", "format_result", "fresh_database", "machine_info",
           "run_load"]
