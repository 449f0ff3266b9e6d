"""Shared fixtures: every test gets its own data folder and a fresh store in it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Hundreds of test users and sign-ins: argon2 with its cheapest parameters (the same code;
# set before headquarters is imported, and inherited by the servers tests start).  The
# memory bound of real sign-ins is measured with the real parameters (bench/bench_enrol.py,
# tests/sync/server/test_resources.py).
os.environ.setdefault("LOOKINGBEYOND_TEST_CHEAP_HASH", "1")

# Every data folder is encrypted, its key in the keyring (lookingbeyond_desktop/store/cipher.py).
# The tests' keyring is a file keyring in a folder of this run (never the machine's keyring,
# never a file shared with another run), chosen through the environment so that the CLI and
# window processes the tests start find the keys of the folders they are handed.  Tests that
# swap in an in-memory keyring still open folders made before: a process keeps the keys it
# has looked up.
# Under pytest-xdist each worker process has a keyring of its own: the file keyring rewrites
# its whole file on every change, and two workers writing one file would lose each other's
# keys.  (Workers inherit the environment of the process that started them.)
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
_KEYRING_MADE: str | None = None  # the folder this process made (deleted as the run ends)
if os.environ.get("LOOKINGBEYOND_TEST_KEYRING_OWNER") != _WORKER:
    import tempfile

    _KEYRING_MADE = tempfile.mkdtemp(prefix=f"lookingbeyond-keyring-{_WORKER}-")
    os.environ["LOOKINGBEYOND_TEST_KEYRING_OWNER"] = _WORKER
    os.environ["LOOKINGBEYOND_TEST_KEYRING_DIR"] = _KEYRING_MADE
    os.environ["XDG_DATA_HOME"] = os.environ["LOOKINGBEYOND_TEST_KEYRING_DIR"]
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"

# Property-based tests without Hypothesis's 200 ms deadline per example: on a busy 2-core
# machine one example of even a tiny property can be preempted for longer, and a deadline
# failure says nothing about the property.  A test's own @settings still wins.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("lookingbeyond", deadline=None)
_hypothesis_settings.load_profile("lookingbeyond")

import lookingbeyond_desktop.headquarters  # noqa: E402,F401  (gives headquarters' accounts their places)
from lookingbeyond_desktop.store import Store  # noqa: E402


_BACKGROUND: list[subprocess.Popen[bytes]] = []

# The modules that take longest (seconds summed over their tests in a run in two processes
# on a clean clone, 3 December 2026: `--junitxml`), longest first.  scripts/run-tests.sh
# hands whole modules to the pytest-xdist workers in collection order (`--dist loadfile
# --no-loadscope-reorder`): these are collected first, so that no worker is left alone with
# a module of minutes at the end.  A module missing here keeps its place; the GUI tests on
# the 100,000-organization folder stay near the end, after its build in the background.
HEAVY_FIRST = (
    "tests/sync/test_end_to_end.py",            # 283 s
    "tests/sync/test_load.py",                  # 217
    "tests/test_cli_quick_sync.py",             # 168
    "tests/sync/test_faults.py",                # 145
    "tests/sync/test_server_crash.py",          # 113
    "tests/sync/server/test_lock_split.py",     # 96
    "tests/sync/test_bundles_end_to_end.py",    # 79
    "tests/ui/test_sync_faults_gui.py",         # 77
    "tests/sync/test_snapshot.py",              # 75
    "tests/sync/server/test_auth_faults.py",    # 68
    "tests/sync/test_clocks.py",                # 67
    "tests/sync/test_sync_rules.py",            # 49
    "tests/sync/test_hostile_property.py",      # 48
    "tests/sync/server/test_fuzz.py",           # 46
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist, the heaviest modules first (HEAVY_FIRST); a run in one process
    keeps pytest's order.  The same order in every worker (xdist checks that they agree)."""
    if _WORKER == "main":
        return
    rank = {module: place for place, module in enumerate(HEAVY_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))


def pytest_collection_finish(session: pytest.Session) -> None:
    """When a collected test needs the cached 100,000-organization folder and the cache has
    none (a clean machine: every CI run), start building it now, in a process at the lowest
    priority, so that the build uses the core the tests leave idle (tests/bigdata.py).

    Under pytest-xdist every worker collects every test: only the first starts the build,
    and at normal priority, since the two workers leave no core idle and a build at the
    lowest priority would get a sliver of one for as long as they run."""
    if session.config.option.collectonly or _WORKER not in ("main", "gw0") or not any(
            "big_dir" in getattr(item, "fixturenames", ()) for item in session.items):
        return
    from tests import bigdata

    folder = bigdata.folder_for()
    if bigdata.complete(folder):
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    nice = shutil.which("nice")  # coreutils: no preexec_fn (unsafe once threads run)
    lowest = nice and _WORKER == "main"
    command = [*([nice, "-n", "19"] if lowest else []), sys.executable, "-m", "tests.bigdata"]
    with open(bigdata.log_path(folder), "wb") as log:
        _BACKGROUND.append(subprocess.Popen(
            command, cwd=Path(__file__).resolve().parent.parent,
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A background build still running when the run ends (only some tests were run, or
    the run was stopped) is stopped: its half-built folder is never taken for the cache.
    The run's keyring folder goes too (test keys only; the cached folder keeps its own)."""
    for process in _BACKGROUND:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    if _KEYRING_MADE is not None:
        shutil.rmtree(_KEYRING_MADE, ignore_errors=True)


@pytest.fixture(autouse=True)
def _keys_held() -> Iterator[None]:
    """The keys this process holds (store/cipher.py) are put back as they were after each
    test, so that a test that forgets them (as a new process would) does not lock later
    tests out of folders made by session fixtures under an in-memory keyring."""
    from lookingbeyond_desktop.store import cipher

    held, given = dict(cipher._KEYS), list(cipher._GIVEN)
    yield
    cipher._KEYS.clear()
    cipher._KEYS.update(held)
    cipher._GIVEN[:] = given


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A computer without a keyring (keyring's own "fail" backend): a new data folder needs a
    passphrase.  The keys this process held are forgotten meanwhile (as in a new process)."""
    import keyring
    from keyring.backends import fail

    from lookingbeyond_desktop.store import cipher

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    cipher.forget_in_memory()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder; the environment points nowhere else."""
    folder = tmp_path / "data"
    monkeypatch.setenv("LOOKINGBEYOND_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """A freshly migrated, empty store, closed after the test."""
    opened = Store.open(data_dir)
    try:
        yield opened
    finally:
        opened.close()


def make_org(store: Store, **values: object) -> str:
    """Create an organization with sensible required fields; returns its id."""
    record = {"name": "Transparencia Mexicana", "country": "MX"} | values
    with store.write(author="tester") as writer:
        return writer.create("organizations", record)
