"""Headquarters' PostgreSQL on a filesystem that compresses, measured for real (issue 15,
item 2; the twenty-first session): a PostgreSQL cluster made on a btrfs filesystem mounted
with ``compress-force``, the 50,000-organization region copied in by the project's own schema,
then edited, and the bytes the filesystem allocates counted by ``compsize``, against the gzip
of the region's JSON export.

    sudo .venv/bin/python bench/bench_pg_compressed_fs.py [--orgs 50000] [--cache DIR]
        [--compress zstd:3] [--edits 3]

Needs root (a loop device, a mount), btrfs in the kernel, Debian's ``btrfs-progs`` and
``btrfs-compsize`` (``apt-get install btrfs-progs btrfs-compsize``) and PostgreSQL's server
binaries (``initdb``, ``pg_ctl``: Debian's ``postgresql``).  It says which is missing and
stops.  Everything it makes (a 3 GiB sparse image file in a temporary folder, the mount, the
cluster on a free port) is removed at the end, also on failure.

The region is copied with ``COPY`` in one go, so its files are written in large extents, which
btrfs compresses 128 KiB at a time.  A headquarters in use rewrites 8 KiB pages in place, and
btrfs copies each on write: ``--edits`` rounds each rewrite every 50th record in 50
transactions and checkpoint, and the count is taken again after each and after a
``VACUUM``.  ``bench_storage.py`` models ZFS's records of 8, 16 and 128 KiB; this measures
btrfs as it is.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_storage import GOAL, copy_to_postgres, json_export, load, machine, mib, region_file  # noqa: E402
from bench_sync import free_port  # noqa: E402

IMAGE_BYTES = 3 * 2**30
PUBLIC_SIZE = ("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
               "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")


def missing() -> list[str]:
    """What this machine lacks for the bench, in words (empty: nothing)."""
    lacking = []
    if os.geteuid() != 0:
        lacking.append("root (a loop device and a mount)")
    if "btrfs" not in Path("/proc/filesystems").read_text():
        lacking.append("btrfs in the kernel (/proc/filesystems)")
    for tool, package in (("mkfs.btrfs", "btrfs-progs"), ("compsize", "btrfs-compsize")):
        if shutil.which(tool) is None:
            lacking.append(f"{tool} (apt-get install {package})")
    if not postgres_bin():
        lacking.append("PostgreSQL's initdb and pg_ctl (apt-get install postgresql)")
    return lacking


def postgres_bin() -> Path | None:
    """The newest PostgreSQL server binaries' folder Debian installed, if any."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    return Path(found[-1]).parent if found else None


def run(*command: str) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def as_postgres(*command: str) -> None:
    run("runuser", "-u", "postgres", "--", *command)


@contextlib.contextmanager
def compressed_cluster(folder: Path, compress: str) -> Iterator[tuple[str, Path]]:
    """A PostgreSQL cluster on a btrfs image mounted in ``folder`` with ``compress-force``:
    yields (its URL base, the mount point); all removed afterwards."""
    image, mount = folder / "btrfs.img", folder / "mnt"
    binaries = postgres_bin()
    assert binaries is not None
    with open(image, "wb") as sparse:
        sparse.truncate(IMAGE_BYTES)
    run("mkfs.btrfs", "-q", "-f", str(image))
    mount.mkdir()
    run("mount", "-o", f"loop,compress-force={compress}", str(image), str(mount))
    data, port = mount / "data", free_port()
    started = False
    try:
        shutil.chown(mount, "postgres")
        os.chmod(folder, 0o755)  # the postgres user walks into the mount
        as_postgres(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres")
        as_postgres(str(binaries / "pg_ctl"), "-D", str(data), "-w", "-l", str(mount / "server.log"), "-o",
                    f"-p {port} -k {mount} -c listen_addresses=127.0.0.1", "start")
        started = True
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}", mount
    finally:
        if started:
            with contextlib.suppress(subprocess.CalledProcessError):
                as_postgres(str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        with contextlib.suppress(subprocess.CalledProcessError):
            run("umount", str(mount))


def allocated(mount: Path, database_oid: int) -> tuple[int, int]:
    """(bytes the filesystem allocates, bytes uncompressed) for a database's folder, by
    ``compsize -b``."""
    run("sync")
    out = subprocess.run(["compsize", "-b", str(mount / "data" / "base" / str(database_oid))],
                         check=True, capture_output=True, text=True).stdout
    total = next(line.split() for line in out.splitlines() if line.startswith("TOTAL"))
    return int(total[2]), int(total[3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orgs", type=int, default=50_000)
    parser.add_argument("--cache", default=None, help="a folder keeping built SQLite regions")
    parser.add_argument("--compress", default="zstd:3", help="btrfs's compress-force (zstd:3, lzo, zlib:6)")
    parser.add_argument("--edits", type=int, default=3, help="rounds of edits (every 50th record each)")
    args = parser.parse_args()
    lacking = missing()
    if lacking:
        raise SystemExit("bench_pg_compressed_fs: this machine lacks " + "; ".join(lacking))
    import psycopg

    print(f"machine: {machine()}; load {load()}")
    folder = Path(tempfile.mkdtemp(prefix="lbd-bench-pgfs-"))
    try:
        path = region_file(args, folder)
        export = json_export(path)
        print(f"  the export: gzip -6 {mib(export.gzip6)}; the goal, {GOAL:.0f}x, {mib(GOAL * export.gzip6)}")
        with compressed_cluster(folder, args.compress) as (base, mount):
            with psycopg.connect(f"{base.replace('+psycopg', '')}/postgres", autocommit=True) as admin:
                admin.execute("CREATE DATABASE region")
            url = f"{base}/region"
            started = time.perf_counter()
            copy_to_postgres(path, url)
            print(f"  PostgreSQL on btrfs (compress-force={args.compress}): the region copied in "
                  f"{time.perf_counter() - started:.1f} s")
            with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as db:
                db.execute("VACUUM ANALYZE")
                oid = db.execute("SELECT oid FROM pg_database WHERE datname = 'region'").fetchone()[0]

                def report(when: str) -> None:
                    db.execute("CHECKPOINT")
                    counted = int(db.execute(PUBLIC_SIZE).fetchone()[0])
                    disk, plain = allocated(mount, oid)
                    print(f"    {when:<44} PostgreSQL counts {mib(counted)}; the database's files "
                          f"{mib(plain)} take {mib(disk)} on disk: {disk / export.gzip6:.2f}x gzip -6")

                report("after the copy and VACUUM ANALYZE")
                for round_ in range(args.edits):
                    for step in range(50):
                        db.execute("UPDATE records SET deleted = deleted WHERE rid %% 500 = %s",
                                   (step * 10 + round_,))
                    report(f"after edits, round {round_ + 1}")
                db.execute("VACUUM ANALYZE")
                report("after VACUUM ANALYZE")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        print(f"load after: {load()}")


if __name__ == "__main__":
    main()
