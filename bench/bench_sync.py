"""Benchmark of sync over a real headquarters process, on loopback and on an emulated 2G link.

    .venv/bin/python bench/bench_sync.py [--quick] [--skip-a] [--skip-b] [--skip-c] [--orgs-b 50000]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

Starts ``lookingbeyond-server serve`` on loopback (a SQLite file in a temporary folder, or a
fresh PostgreSQL database created next to the one given and dropped afterwards) and talks
to it through :class:`sync.linkemu.LinkEmu`, whose counters give the bytes on the wire, HTTP
headers included.

Scenario A (two hq devices; a fresh headquarters for each link): device 1 creates 1,000
organizations and syncs, device 2 pulls them, device 1 changes 3 fields of 100 of them and
syncs, device 2 pulls.  Run (a) through the emulator with no limits and (b) at 64 kbit/s
each way with a 600 ms round trip.  Floor = compressed bodies both ways * 8 / 64000 + one
round trip per request.  Goals: one request per batch; the 100-record change under 12 KB on
the wire (aim 7 KB); within 1.5x of the floor on the slow link.

Scenario B: a device that ran demo.generate(organizations=50,000) pushes everything (its
first push: goal under 25 s, aim 10 s; CPU of headquarters and of the device), then a fresh
device (a child process) pulls it on loopback: time, requests, bytes, peak RSS, and a search
on the pulled store.  Goals: under 30 s (aim 5 s) and under 300 MB.

Scenario C: a scheduler's ``lookingbeyond sync`` with nothing to send and nothing new, the
real command in a child process, on loopback (bench/bench_cli_sync.py): wall clock and CPU
medians, and where the time goes.  Goal: under 0.3 s.

Prints figures; asserts nothing.  ``--quick`` runs small sizes as a smoke test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lookingbeyond_desktop.demo import DemoGenerator, generate  # noqa: E402
from lookingbeyond_desktop.store import Store  # noqa: E402
from lookingbeyond_desktop.store.sync_adapter import replication_for  # noqa: E402
from sync.replica import Replication  # noqa: E402
from sync.client import SyncClient, SyncReport, enrol, make_session  # noqa: E402
from sync.linkemu import LinkEmu, LinkStats  # noqa: E402

USER, PASSWORD = "bench", "bench-password-1"
SLOW_BITS = 64_000
SLOW_RTT = 0.6


# -- machine ----------------------------------------------------------------------------------


def machine() -> str:
    """nproc, CPU model and memory, one line."""
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        kib = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
        memory = f", {kib / 2**20:.0f} GiB RAM"
    return (f"{os.cpu_count()} CPUs ({model}){memory}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


# -- headquarters -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def database(base_url: str | None, folder: Path, name: str) -> Iterator[str]:
    """A fresh, empty headquarters database URL (SQLite file, or a new PostgreSQL database)."""
    if not base_url or base_url.startswith("sqlite"):
        yield f"sqlite:///{folder / (name + '.db')}"
        return
    from tests.sync.pg import throwaway_database

    with throwaway_database(base_url, prefix="lbd_bench") as url:
        yield url


@dataclass
class Headquarters:
    url: str
    port: int
    process: subprocess.Popen[bytes]
    how: str


@contextlib.contextmanager
def headquarters(database_url: str, folder: Path) -> Iterator[Headquarters]:
    """A headquarters server process on loopback with one hq user, until the block ends."""
    from sync.server import accounts
    from sync.server.database import init_database, make_engine

    engine = make_engine(database_url)
    init_database(engine)
    with engine.begin() as connection:
        accounts.add_user(connection, USER, PASSWORD, role="hq")
    engine.dispose()
    port = free_port()
    log = open(folder / f"server-{port}.log", "wb")  # noqa: SIM115 - closed below
    server_cli = Path(sys.executable).parent / "lookingbeyond-server"
    attempts = [
        ("lookingbeyond-server serve", [str(server_cli), "serve", "--database-url", database_url,
                                        "--host", "127.0.0.1", "--port", str(port)]),
        ("uvicorn (inline)", [sys.executable, "-c",
                              "import sys, uvicorn; from sync.server.database import make_engine; "
                              "from lookingbeyond_desktop.headquarters import create_app; "
                              "uvicorn.run(create_app(make_engine(sys.argv[1])), host='127.0.0.1', "
                              "port=int(sys.argv[2]), log_level='warning')",
                              database_url, str(port)]),
    ]
    process = None
    how = ""
    for how, command in attempts:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        if _wait_healthy(port, process):
            break
        process.terminate()
        process.wait(10)
        process = None
    if process is None:
        log.close()
        raise SystemExit(f"headquarters did not start; see {folder}/server-{port}.log")
    try:
        yield Headquarters(f"http://127.0.0.1:{port}", port, process, how)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _wait_healthy(port: int, process: subprocess.Popen[bytes], timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        with contextlib.suppress(requests.RequestException):
            if requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=2).status_code == 200:
                return True
        time.sleep(0.1)
    return False


# -- devices ----------------------------------------------------------------------------------


@dataclass
class HeaderLog:
    """The HTTP heads of every exchange a session made (request and status lines, headers)."""

    exchanges: list[dict[str, Any]] = field(default_factory=list)

    def hook(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        request = response.request
        path = request.path_url
        request_head = (f"{request.method} {path} HTTP/1.1\r\n"
                        + "".join(f"{k}: {v}\r\n" for k, v in request.headers.items()) + "\r\n")
        raw_headers = response.raw.headers if response.raw is not None else response.headers
        reason = response.reason or ""
        response_head = (f"HTTP/1.1 {response.status_code} {reason}\r\n"
                         + "".join(f"{k}: {v}\r\n" for k, v in raw_headers.items()) + "\r\n")
        self.exchanges.append({"request_head": request_head, "response_head": response_head})


@dataclass
class Device:
    name: str
    store: Store
    replica: Replication
    token: str
    headers: HeaderLog = field(default_factory=HeaderLog)

    def sync(self, url: str) -> SyncReport:
        session = make_session()
        session.hooks["response"].append(self.headers.hook)
        try:
            return SyncClient(self.replica, url, self.token, session=session).sync()
        finally:
            session.close()


def new_device(folder: Path, name: str, server_url: str) -> Device:
    store = Store.open(folder / name)
    replica = replication_for(store)
    replica.configure(server_url=server_url, user_name=USER)
    token = enrol(server_url, USER, PASSWORD, store.device_id, name)["token"]
    return Device(name, store, replica, token)


# -- measuring one step -----------------------------------------------------------------------


@dataclass
class Step:
    name: str
    report: SyncReport
    wire: LinkStats
    seconds: float
    rtt: float
    bits: float | None

    @property
    def floor(self) -> float | None:
        if not self.bits:
            return None
        body = self.report.bytes_sent + self.report.bytes_received
        return body * 8 / self.bits + self.report.rounds * self.rtt


def measure(name: str, device: Device, link: LinkEmu, *, rtt: float, bits: float | None) -> Step:
    before = link.stats()
    started = time.perf_counter()
    report = device.sync(link.url)
    seconds = time.perf_counter() - started
    time.sleep(0.05)  # let the last bytes be counted
    return Step(name, report, link.stats() - before, seconds, rtt, bits)


def print_steps(title: str, steps: list[Step]) -> None:
    print(f"\n  {title}")
    print(f"  {'step':<22}{'req':>4}{'rows':>7}{'body up':>9}{'body dn':>9}{'wire up':>9}"
          f"{'wire dn':>9}{'wire tot':>10}{'conns':>6}{'time s':>8}{'floor s':>8}{'x floor':>8}")
    for step in steps:
        rows = step.report.pushed_rows + step.report.pulled_rows
        floor = step.floor
        print(f"  {step.name:<22}{step.report.rounds:>4}{rows:>7}{step.report.bytes_sent:>9}"
              f"{step.report.bytes_received:>9}{step.wire.bytes_up:>9}{step.wire.bytes_down:>9}"
              f"{step.wire.total:>10}{step.wire.connections:>6}{step.seconds:>8.2f}"
              + (f"{floor:>8.2f}{step.seconds / floor:>8.2f}" if floor else f"{'-':>8}{'-':>8}"))


# -- scenario A -------------------------------------------------------------------------------


def scenario_a(args: argparse.Namespace, folder: Path) -> dict[str, list[Step]]:
    created, changed = (100, 10) if args.quick else (1000, 100)
    links = [("(a) loopback, no limits", {}, 0.0, None),
             (f"(b) {SLOW_BITS // 1000} kbit/s each way, {SLOW_RTT * 1000:.0f} ms round trip",
              {"bandwidth": SLOW_BITS, "rtt": SLOW_RTT}, SLOW_RTT, SLOW_BITS)]
    results: dict[str, list[Step]] = {}
    for index, (title, shape, rtt, bits) in enumerate(links):
        work = folder / f"a{index}"
        work.mkdir()
        with database(args.database_url, work, "hq") as url, headquarters(url, work) as hq, \
                LinkEmu("127.0.0.1", hq.port, **shape) as link:
            if index == 0:
                print(f"  headquarters: {hq.how}, database {url.split('@')[-1]}")
            one = new_device(work, "device1", hq.url)
            two = new_device(work, "device2", hq.url)
            gen = DemoGenerator(seed=11)
            records = [gen.organization() for _ in range(created)]
            with one.store.write(author="bench") as writer:
                ids = [writer.create("organizations", {k: v for k, v in r.items() if k != "id"})
                       for r in records]
            steps = [measure(f"push {created} new", one, link, rtt=rtt, bits=bits),
                     measure(f"pull {created} new", two, link, rtt=rtt, bits=bits)]
            rng = random.Random(5)
            with one.store.write(author="bench") as writer:
                for number, org_id in enumerate(rng.sample(ids, changed)):
                    writer.update("organizations", org_id, {
                        "phone": f"+41 22 {900000 + number}",
                        "email": f"office{number}@example.org",
                        "ecosoc_status": "special",
                    })
            one.headers.exchanges.clear()
            two.headers.exchanges.clear()
            steps.append(measure(f"push {changed} x 3 fields", one, link, rtt=rtt, bits=bits))
            steps.append(measure(f"pull {changed} x 3 fields", two, link, rtt=rtt, bits=bits))
            results[title] = steps
            print_steps(title, steps)
            if index == 0:
                explain_change(steps[2:], one.headers, two.headers)
            for device in (one, two):
                device.store.close()
    return results


def explain_change(steps: list[Step], *logs: HeaderLog) -> None:
    """Where the bytes of the small change go: HTTP heads versus compressed bodies."""
    print("\n  the small change, part by part (both devices, both directions):")
    body = sum(s.report.bytes_sent + s.report.bytes_received for s in steps)
    wire = sum(s.wire.total for s in steps)
    heads = wire - body
    print(f"    wire {wire} B = bodies {body} B + HTTP heads {heads} B "
          f"({heads / wire:.0%} of the wire)")
    exchanges = [e for log in logs for e in log.exchanges]
    if exchanges:
        exchange = exchanges[0]
        print(f"    one request head: {len(exchange['request_head'].encode())} B, "
              f"one response head: {len(exchange['response_head'].encode())} B "
              "(as reconstructed from the session):")
        for part in ("request_head", "response_head"):
            for line in exchange[part].strip().splitlines():
                shown = line if not line.lower().startswith("authorization") else \
                    f"Authorization: Bearer <{len(line) - len('Authorization: Bearer ')} chars>"
                print(f"      {len(line) + 2:>4} B  {shown}")


# -- scenario B -------------------------------------------------------------------------------


def scenario_b(args: argparse.Namespace, folder: Path) -> None:
    orgs = 2000 if args.quick else args.orgs_b
    work = folder / "b"
    work.mkdir()
    with database(args.database_url, work, "hq") as url, headquarters(url, work) as hq, \
            LinkEmu("127.0.0.1", hq.port) as link:
        source = new_device(work, "source", hq.url)
        started = time.perf_counter()
        summary = generate(source.store, organizations=orgs, seed=3)
        print(f"  demo.generate: {time.perf_counter() - started:.1f} s for "
              + ", ".join(f"{n:,} {t}" for t, n in summary.counts.items()))
        print(f"  load before the first push: {_load()}")
        hq_cpu, device_cpu = cpu_seconds(hq.process.pid), time.process_time()
        push = measure("push everything", source, link, rtt=0.0, bits=None)
        hq_cpu, device_cpu = cpu_seconds(hq.process.pid) - hq_cpu, time.process_time() - device_cpu
        print(f"  first push from the source device: {push.seconds:.1f} s (goal < 25 s, aim 10 s), "
              f"{push.report.rounds} requests, {push.report.pushed_rows:,} rows, "
              f"wire {push.wire.bytes_up / 2**20:.1f} MiB up / "
              f"{push.wire.bytes_down / 2**20:.2f} MiB down")
        print(f"    CPU: headquarters {hq_cpu:.1f} s, the device {device_cpu:.1f} s (with the link "
              f"emulator's threads); load after: {_load()}")
        source.store.close()
        before = link.stats()
        child = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--pull-child"],
            input=json.dumps({"url": link.url, "folder": str(work / "fresh")}).encode(),
            capture_output=True, check=False, cwd=ROOT)
        time.sleep(0.05)
        wire = link.stats() - before
        if child.returncode != 0:
            print(child.stderr.decode()[-3000:])
            raise SystemExit("the pulling child failed")
        found = json.loads(child.stdout.decode().strip().splitlines()[-1])
        print(f"  fresh device pulls {found['organizations']:,} organizations "
              f"({found['pulled_rows']:,} rows): {found['seconds']:.1f} s, applied and searchable "
              "(must be < 12 s, aim 5 s), "
              f"{found['rounds']} requests, bodies {found['bytes_sent'] / 2**10:.0f} KiB up / "
              f"{found['bytes_received'] / 2**20:.1f} MiB down, "
              f"wire {wire.bytes_up / 2**10:.0f} KiB up / {wire.bytes_down / 2**20:.1f} MiB down")
        print(f"  peak RSS of the pulling process: {found['peak_rss_mib']:.0f} MiB "
              f"(goal < 300 MB; {found['rss_before_mib']:.0f} MiB before the sync, "
              "imports included)")
        print(f"  search on the pulled store: {found['searches']}")
        stored, records_held = _storage(url)
        print(f"  headquarters' storage: {stored / 2**20:.1f} MiB for {records_held:,} records, "
              f"{stored / max(records_held, 1):,.0f} B a record (goal: within 3x the compressed "
              "JSON export; bench/bench_storage.py measures both backends against it)")


def _storage(url: str) -> tuple[int, int]:
    """Bytes headquarters' database takes (the SQLite file with its log, or the PostgreSQL
    database) and how many records it holds."""
    from sqlalchemy import create_engine, func, select

    from sync.server.schema import records

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            count = int(connection.execute(select(func.count()).select_from(records)).scalar_one())
            if url.startswith("sqlite"):  # the log written back first: the file itself
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                path = Path(url.split("sqlite:///", 1)[1])
                size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
            else:
                size = int(connection.exec_driver_sql(
                    "SELECT pg_database_size(current_database())").scalar_one())
    finally:
        engine.dispose()
    return size, count


def cpu_seconds(pid: int, *, children: bool = True) -> float:
    """User + system CPU time a process and its children (headquarters' packing worker,
    sync.server.packer) have used so far, with the children it has reaped (Linux /proc;
    nan elsewhere); ``children`` False: the process's own (and those it reaped)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")
        if not children:
            return total
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):  # a thread that ended meanwhile
                for child in (task / "children").read_text().split():
                    found = cpu_seconds(int(child))
                    total += 0.0 if found != found else found  # nan: it ended meanwhile
        return total
    return float("nan")


def _load() -> str:
    """The load averages (1, 5, 15 minutes): other work on the machine slows every figure."""
    with contextlib.suppress(OSError):
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return "unknown"


def pull_child() -> None:
    """In a child process: enrol a fresh device, pull everything, search; JSON on stdout."""
    from lookingbeyond_desktop.store.search import search_organizations

    task = json.loads(sys.stdin.read())
    device = new_device(Path(task["folder"]), "fresh", task["url"])
    rss_before = _vm("VmRSS")
    started = time.perf_counter()
    report = device.sync(task["url"])
    seconds = time.perf_counter() - started
    searches = {}
    with device.store.engine.connect() as connection:
        organizations = connection.exec_driver_sql(
            "SELECT count(*) FROM organizations WHERE deleted = 0").scalar_one()
        for query in ("transparency", "Nairobi", "fundación", "Москва"):
            begun = time.perf_counter()
            hits = search_organizations(connection, query)
            searches[query] = f"{len(hits)} hits in {(time.perf_counter() - begun) * 1000:.1f} ms"
    peak = peak_rss_mib()
    print(json.dumps({
        "seconds": seconds, "rounds": report.rounds, "pulled_rows": report.pulled_rows,
        "bytes_sent": report.bytes_sent, "bytes_received": report.bytes_received,
        "organizations": organizations, "peak_rss_mib": peak, "rss_before_mib": rss_before,
        "searches": searches,
    }))


def peak_rss_mib() -> float:
    """This process's peak resident memory in MiB: ``VmHWM``, the high-water mark of the
    process image now running.  Not ``ru_maxrss``: Linux keeps it across ``execve``, so a
    child started by a large parent (the bench that generated and pushed a region, ~280 MiB)
    reports the parent's size at the fork, not its own (measured: a 300 MiB parent's
    ``python -c`` child says 313 MiB by ``ru_maxrss``, 13 MiB by ``VmHWM``)."""
    found = _vm("VmHWM")
    if found:
        return found
    import resource  # no /proc: the best there is
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _vm(key: str) -> float:
    """A /proc/self/status memory figure in MiB (0 when unknown)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


# -- scenario C -------------------------------------------------------------------------------


def scenario_c(args: argparse.Namespace, folder: Path) -> None:
    """The empty sync of the command line (bench_cli_sync.py, in a folder of its own)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_cli_sync

    work = folder / "c"
    work.mkdir()
    result = bench_cli_sync.measure(work, runs=5 if args.quick else 15,
                                    orgs=200 if args.quick else 2000,
                                    database_url=args.database_url)
    bench_cli_sync.print_result(result, machine=False)


# -- main -------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test")
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL URL to create fresh databases next to (default: SQLite)")
    parser.add_argument("--orgs-b", type=int, default=50_000, help="organizations in scenario B")
    parser.add_argument("--skip-a", action="store_true")
    parser.add_argument("--skip-b", action="store_true")
    parser.add_argument("--skip-c", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--pull-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pull_child:
        pull_child()
        return
    print(f"machine: {machine()}")
    postgres = bool(args.database_url and args.database_url.startswith("postgres"))
    print(f"backend: {'PostgreSQL' if postgres else 'SQLite'}{' (quick)' if args.quick else ''}")
    folder = Path(tempfile.mkdtemp(prefix="lbd-bench-sync-"))
    try:
        if not args.skip_a:
            print("\nscenario A: two hq devices, one creates then changes organizations")
            scenario_a(args, folder)
        if not args.skip_b:
            size = 2000 if args.quick else args.orgs_b
            print(f"\nscenario B: initial pull of {size:,} organizations by a fresh device, "
                  "loopback")
            scenario_b(args, folder)
        if not args.skip_c:
            print("\nscenario C: an empty `lookingbeyond sync` (a scheduler's run), loopback")
            scenario_c(args, folder)
    finally:
        if args.keep:
            print(f"\nkept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
