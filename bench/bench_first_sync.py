"""Benchmark of a first sync through the snapshot path (issue 15), on loopback.

    .venv/bin/python bench/bench_first_sync.py [--orgs 50000] [--walk]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]
        [--cache DIR] [--page-bytes N]

Builds a region like scenario B of bench/bench_sync.py (whose functions it uses): a device
that ran ``demo.generate(organizations=N)`` pushes everything to a real
``lookingbeyond-server serve`` process; then a fresh device, in a child process, takes its
first sync (a snapshot, then ordinary pulls from the snapshot's cursor) through
:class:`sync.linkemu.LinkEmu` with no limits.  Prints the wall time until the region is
applied and searchable (a search runs before the clock stops), the peak RSS of the pulling
process, requests, rows and bytes (bodies, and the wire with HTTP heads).  ``--walk`` also
measures a fresh device that pulls the change log the ordinary way, for comparison.

``--cache DIR`` keeps the SQLite headquarters built for a size in DIR and starts from a
copy of it next time (building 50,000 organizations and pushing them takes minutes).

Goals: applied and searchable under 12 s (aim 5 s), peak RSS under 300 MB.  Prints
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_sync  # noqa: E402
from bench_sync import (  # noqa: E402
    USER, Headquarters, _vm, _wait_healthy, cpu_seconds, free_port, machine, new_device, peak_rss_mib)
from sync.linkemu import LinkEmu  # noqa: E402


@contextlib.contextmanager
def serve_existing(database_url: str, folder: Path) -> Iterator[Headquarters]:
    """A headquarters process over a database that already holds the region and its user."""
    port = free_port()
    log = open(folder / f"server-{port}.log", "wb")  # noqa: SIM115 - closed below
    server_cli = Path(sys.executable).parent / "lookingbeyond-server"
    process = subprocess.Popen([str(server_cli), "serve", "--database-url", database_url,
                                "--host", "127.0.0.1", "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        if not _wait_healthy(port, process):
            raise SystemExit(f"headquarters did not start; see {folder}/server-{port}.log")
        yield Headquarters(f"http://127.0.0.1:{port}", port, process, "lookingbeyond-server serve")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def build_region(hq: Headquarters, folder: Path, orgs: int, cache: Path | None = None,
                 spy: str | None = None) -> None:
    """demo.generate on a source device (or a copy of one kept in ``cache``, made before its
    first push), pushed to headquarters; ``spy``: a py-spy binary recording headquarters
    during the push (raw stacks in the temporary folder's parent, path printed)."""
    kept = cache / f"source-{orgs}" if cache is not None else None
    if kept is not None and kept.exists():
        shutil.copytree(kept, folder / "source")
        print(f"  source device: a copy of {kept}")
        source = new_device(folder, "source", hq.url)
    else:
        from lookingbeyond_desktop.demo import generate

        source = new_device(folder, "source", hq.url)
        started = time.perf_counter()
        summary = generate(source.store, organizations=orgs, seed=3)
        print(f"  demo.generate: {time.perf_counter() - started:.1f} s for "
              + ", ".join(f"{n:,} {t}" for t, n in summary.counts.items()))
        if kept is not None:
            source.store.close()
            shutil.copytree(folder / "source", kept)
            source = new_device(folder, "source", hq.url)
    recorder = None
    if spy:
        profile = folder.parent / f"{folder.name}-hq-push.txt"  # outlives the folder
        print(f"  py-spy of headquarters during the push: {profile}")
        recorder = subprocess.Popen([spy, "record", "--pid", str(hq.process.pid), "--rate", "200",
                                     "-f", "raw", "-o", str(profile)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
    started = time.perf_counter()
    device_cpu, hq_cpu = time.process_time(), cpu_seconds(hq.process.pid)
    serve_cpu = cpu_seconds(hq.process.pid, children=False)
    report = source.sync(hq.url)
    if recorder is not None:
        recorder.send_signal(2)
        recorder.wait(30)
    hq_cpu, serve_cpu = (cpu_seconds(hq.process.pid) - hq_cpu,
                         cpu_seconds(hq.process.pid, children=False) - serve_cpu)
    # The serve process's own time is the push's path: its worker packs values and checks
    # rules beside it (sync/server/packer.py), on a core of its own where there is one.
    print(f"  pushed from the source device: {time.perf_counter() - started:.1f} s, "
          f"{report.rounds} requests, {report.pushed_rows:,} rows; CPU: the device "
          f"{time.process_time() - device_cpu:.1f} s, headquarters {hq_cpu:.1f} s "
          f"(the serve process {serve_cpu:.1f} s, its worker {hq_cpu - serve_cpu:.1f} s)")
    source.store.close()
    stored = folder / "hq.db"
    if stored.exists():  # SQLite: the file as the push left it (its WAL checkpointed by now or not)
        sizes = [path.stat().st_size for path in (stored, folder / "hq.db-wal") if path.exists()]
        print(f"  headquarters' file after the push: {sizes[0] / 2**20:.1f} MiB"
              + (f" (+ {sizes[1] / 2**20:.1f} MiB of WAL)" if len(sizes) > 1 else ""))


@contextlib.contextmanager
def region(args: argparse.Namespace, folder: Path) -> Iterator[Headquarters]:
    """A headquarters serving a region of ``args.orgs`` organizations."""
    postgres = bool(args.database_url and args.database_url.startswith("postgres"))
    cached = Path(args.cache) / f"hq-{args.orgs}.db" if args.cache and not postgres else None
    if cached is not None and cached.exists() and not args.push_only:
        copy = folder / "hq.db"
        shutil.copyfile(cached, copy)
        print(f"  headquarters: a copy of {cached}")
        with serve_existing(f"sqlite:///{copy}", folder) as hq:
            yield hq
        return
    with bench_sync.database(args.database_url, folder, "hq") as url, \
            bench_sync.headquarters(url, folder) as hq:
        build_region(hq, folder, args.orgs, Path(args.cache) if args.cache else None, args.spy)
        if postgres:
            postgres_storage(url)
        if args.push_only:
            yield hq
            return
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            copy_in_use(folder / "hq.db", cached)
        yield hq


def postgres_storage(url: str) -> None:
    """Print what headquarters' big tables take on PostgreSQL (tables, TOAST and indexes)
    as the push left them, then after ``VACUUM`` (what it frees is reused by later writes)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    tables = ("records", "ref_lists", "changelog")
    try:
        with engine.connect() as connection:
            for when in ("after the push", "after VACUUM"):
                if when == "after VACUUM":
                    connection.execute(text("VACUUM ANALYZE"))
                sizes = {name: connection.execute(text("SELECT pg_total_relation_size(:t)"), {"t": name}).scalar_one()
                         for name in tables}
                print(f"  PostgreSQL {when}: " + ", ".join(f"{name} {size / 2**20:.1f} MiB" for name, size in sizes.items())
                      + f"; together {sum(sizes.values()) / 2**20:.1f} MiB")
    finally:
        engine.dispose()


def copy_in_use(source: Path, target: Path) -> None:
    """A copy of a SQLite database a server is using, with what its WAL holds (SQLite's
    backup: copying the file alone missed the last batches of the push, still in the WAL)."""
    target.unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(source)) as reading, \
            contextlib.closing(sqlite3.connect(target)) as writing:
        reading.backup(writing)


def first_sync(link: LinkEmu, folder: Path, name: str, *, snapshot: bool, page_bytes: int | None,
               server_pid: int,
               spy: str | None = None) -> dict[str, float | int | str | dict[str, str]]:
    """A fresh device's first sync in a child process; its figures, with the wire's and
    the CPU time headquarters spent meanwhile."""
    before = link.stats()
    server_before = cpu_seconds(server_pid)
    task = json.dumps({"url": link.url, "folder": str(folder / name), "snapshot": snapshot,
                       "page_bytes": page_bytes}).encode()
    process = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--pull-child"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=ROOT)
    recorder = None
    if spy:  # py-spy records the pulling device (raw, for flame graphs), outliving the folder
        profile = folder.parent / f"{folder.name}-{name}-pull.txt"
        print(f"  py-spy of the pulling device: {profile}")
        recorder = subprocess.Popen([spy, "record", "--pid", str(process.pid), "--rate", "200",
                                     "-f", "raw", "-o", str(profile)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stdout, stderr = process.communicate(task)
    if recorder is not None:
        recorder.wait(30)
    child = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    time.sleep(0.05)
    wire = link.stats() - before
    if child.returncode != 0:
        print(child.stderr.decode()[-3000:])
        raise SystemExit("the pulling child failed")
    found = json.loads(child.stdout.decode().strip().splitlines()[-1])
    found["wire_up"], found["wire_down"] = wire.bytes_up, wire.bytes_down
    found["server_cpu"] = cpu_seconds(server_pid) - server_before
    return found


def pull_child() -> None:
    """In a child process: enrol a fresh device, take its first sync, search; JSON out."""
    import resource

    from lookingbeyond_desktop.store.search import search_organizations
    from sync.client import SyncClient, make_session

    task = json.loads(sys.stdin.read())
    device = new_device(Path(task["folder"]), "fresh", task["url"])
    options = {"snapshot": task["snapshot"]}
    if task.get("page_bytes"):
        options["snapshot_bytes"] = task["page_bytes"]
    rss_before = _vm("VmRSS")
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    session = make_session()
    report = SyncClient(device.replica, task["url"], device.token, session=session, **options).sync()
    with device.store.engine.connect() as connection:  # searchable before the clock stops
        first_hits = len(search_organizations(connection, "transparency"))
    seconds = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    searches = {}
    with device.store.engine.connect() as connection:
        organizations = connection.exec_driver_sql(
            "SELECT count(*) FROM organizations WHERE deleted = 0").scalar_one()
        rows = sum(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                   for table in ("organizations", "contacts", "activities", "participations", "grants"))
        for query in ("transparency", "Nairobi", "fundación", "Москва"):
            begun = time.perf_counter()
            hits = search_organizations(connection, query)
            searches[query] = f"{len(hits)} hits in {(time.perf_counter() - begun) * 1000:.1f} ms"
    peak = peak_rss_mib()
    print(json.dumps({
        "seconds": seconds, "rounds": report.rounds, "pulled_rows": report.pulled_rows,
        "rows_held": rows, "bytes_sent": report.bytes_sent, "bytes_received": report.bytes_received,
        "organizations": organizations, "peak_rss_mib": peak, "rss_before_mib": rss_before,
        "searches": searches, "first_hits": first_hits, "quarantined": report.quarantined,
        "cursor": device.replica.status().cursor, "cpu": cpu,
    }))


def print_result(title: str, found: dict) -> None:  # type: ignore[type-arg]
    print(f"  {title}: {found['seconds']:.1f} s to applied and searchable, "
          f"{found['rounds']} requests, {found['pulled_rows']:,} rows applied "
          f"({found['rows_held']:,} held, {found['organizations']:,} live organizations, "
          f"{found['quarantined']} quarantined), cursor {found['cursor']:,}")
    print(f"    bodies {found['bytes_sent'] / 2**10:.0f} KiB up / "
          f"{found['bytes_received'] / 2**20:.1f} MiB down; wire {found['wire_up'] / 2**10:.0f} KiB "
          f"up / {found['wire_down'] / 2**20:.1f} MiB down")
    print(f"    CPU: the device {found['cpu']:.1f} s, headquarters {found['server_cpu']:.1f} s "
          "(user + system, whatever else loads the machine)")
    print(f"    peak RSS {found['peak_rss_mib']:.0f} MiB ({found['rss_before_mib']:.0f} MiB before "
          "the sync, imports included)")
    print(f"    searches: {found['searches']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orgs", type=int, default=50_000, help="organizations in the region")
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL URL to create a fresh database next to (default: SQLite)")
    parser.add_argument("--cache", default=None, help="a folder keeping built SQLite regions")
    parser.add_argument("--page-bytes", type=int, default=None, help="the snapshot's page budget")
    parser.add_argument("--walk", action="store_true",
                        help="also measure a first sync that walks the change log")
    parser.add_argument("--push-only", action="store_true",
                        help="measure the first push only, to a fresh headquarters (with --cache, "
                             "from a kept copy of the source device)")
    parser.add_argument("--spy", default=None, help=argparse.SUPPRESS)  # py-spy, for profiling
    parser.add_argument("--spy-pull", default=None, help=argparse.SUPPRESS)  # py-spy, the pull
    parser.add_argument("--pull-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pull_child:
        pull_child()
        return
    print(f"machine: {machine()}")
    with contextlib.suppress(OSError):
        print(f"load: {Path('/proc/loadavg').read_text().split()[:3]}")
    postgres = bool(args.database_url and args.database_url.startswith("postgres"))
    print(f"backend: {'PostgreSQL' if postgres else 'SQLite'}; {args.orgs:,} organizations")
    folder = Path(tempfile.mkdtemp(prefix="lbd-bench-first-"))
    try:
        with region(args, folder) as hq, LinkEmu("127.0.0.1", hq.port) as link:
            if args.push_only:
                return
            found = first_sync(link, folder, "fresh", snapshot=True, page_bytes=args.page_bytes,
                               server_pid=hq.process.pid, spy=args.spy_pull)
            print_result("first sync by snapshot", found)
            if args.walk:
                walked = first_sync(link, folder, "walker", snapshot=False, page_bytes=None,
                                    server_pid=hq.process.pid)
                print_result("first sync walking the change log", walked)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):
            print(f"load after: {Path('/proc/loadavg').read_text().split()[:3]}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
