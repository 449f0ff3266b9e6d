"""The 100,000-organization data folder of the GUI tests, built once and cached under /tmp.

Building it takes one core a minute and a half (demo data through the real writer, into an
encrypted store).  On a machine without the cache — every CI run — the suite starts the
build in a background process at the lowest priority as soon as collection shows a test
that needs it (``tests/conftest.py``), so that it uses the core the tests leave idle;
the fixture that needs the folder (``tests/ui/conftest.py``) waits for that build, or
builds the folder itself when there is none.

One build at a time (an exclusive lock beside the folder), into a folder of its own renamed
into place once complete: a build killed half-way (the run stopped) leaves nothing a later
run could take for the folder.

    python -m tests.bigdata   # what the background runs
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

BIG_CACHE = Path(os.environ.get("LOOKINGBEYOND_BENCH_CACHE", "/tmp/lookingbeyond-bench"))
ORGANIZATIONS = 100_000
SEED = 1
# How long a test waits for another process's build before it gives up with a message: the
# build takes minutes on a loaded 2-core machine, never a quarter of an hour.
WAIT_S = 900.0


def folder_for(organizations: int = ORGANIZATIONS, seed: int = SEED) -> Path:
    """Where the folder is cached.  Keyed by the local schema too: opening it with another
    version of the application would migrate it (a newer one) or refuse it (an older one),
    and two checkouts of different versions on one machine share this cache."""
    from lookingbeyond_desktop.store.database import SCHEMA_HEAD

    return BIG_CACHE / f"orgs{organizations}-seed{seed}-schema{SCHEMA_HEAD}-encrypted"


def complete(folder: Path) -> bool:
    """Whether ``folder`` is a finished build (its marker is written last)."""
    return (folder / "complete").exists()


@contextlib.contextmanager
def _locked(folder: Path, wait_s: float) -> Iterator[None]:
    """The build lock of ``folder``, waited for up to ``wait_s`` seconds."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.parent / f"{folder.name}.lock", "w") as lock:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError(
                        f"another process has been building {folder} for over {wait_s:.0f} s "
                        f"(its log: {log_path(folder)})") from None
                time.sleep(0.5)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def log_path(folder: Path) -> Path:
    """Where the background build writes what it says."""
    return folder.parent / f"{folder.name}.log"


def ready(organizations: int = ORGANIZATIONS, seed: int = SEED, wait_s: float = WAIT_S) -> Path:
    """The cached folder, complete: waits for a build under way elsewhere, builds it here
    when none is (or when that one failed)."""
    folder = folder_for(organizations, seed)
    if complete(folder):
        return folder
    with _locked(folder, wait_s):
        if not complete(folder):
            _build(folder, organizations, seed)
    return folder


def _build(folder: Path, organizations: int, seed: int) -> None:
    """Build the folder (the caller holds its lock): into a folder of its own, renamed into
    place when complete."""
    from lookingbeyond_desktop.demo import generate
    from lookingbeyond_desktop.store import Store, cipher

    for stale in folder.parent.glob(f"{folder.name}.building-*"):
        shutil.rmtree(stale, ignore_errors=True)
    if folder.exists():  # an incomplete folder of a build before the rename existed
        shutil.rmtree(folder)
    building = folder.parent / f"{folder.name}.building-{os.getpid()}"
    with Store.open(building) as store:
        generate(store, organizations=organizations, seed=seed)
    # The cache outlives the run's keyring: its key is kept beside it (test data only).
    (building / "test-key").write_text(cipher.folder_key(building))
    (building / "complete").write_text("ok")
    building.rename(folder)


def main() -> None:
    """Build the folder unless it is there (the background build of a test run)."""
    started = time.monotonic()
    folder = ready()
    print(f"{folder} ready after {time.monotonic() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
