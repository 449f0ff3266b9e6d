"""The quick path of an empty `lookingbeyond sync` (lookingbeyond_desktop/quick_sync.py,
issue 15, item 4) against the ordinary path, with a real headquarters and the real command.

Its rule: it is taken only when it cannot behave differently from the ordinary path.  These
tests pin that: an empty sync leaves the same sync state and prints the same words either
way; everything with something to do (or an error) falls back to the ordinary path and says
what it said before; the copies of the ordinary path's constants stay equal to their origin.
Which path ran is told by the modules the process loaded (the quick path loads no SQLAlchemy).
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lookingbeyond_desktop import paths, quick_sync
from lookingbeyond_desktop.store import Store
from tests import rawdb
from tests.sync.credentials import PASSWORD
from tests.sync.server.hq_server import start_server
from tests.test_cli_startup import SYNC_AND_LIST_MODULES, headquarters, laptop_env

# What the ordinary path loads and the quick path never does.
ORDINARY_ONLY = ("sqlalchemy", "requests", "urllib3", "sync.client", "sync.replica",
                 "lookingbeyond_desktop.domain.models", "lookingbeyond_desktop.store.database")
# The columns of the sync state that say when (they differ from one run to the next).
TIMES = ("last_attempt_at", "last_sync_at", "clock_offset_ms")


@dataclass
class Run:
    """One `lookingbeyond sync` process: what it said, its status, and which path ran."""

    out: str
    err: str
    status: int
    quick: bool


@dataclass
class Laptop:
    """A data folder enrolled with a running headquarters, and its own file keyring."""

    folder: Path
    env: dict[str, str]
    server: str

    def command(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        """The real `lookingbeyond` command on this folder."""
        return subprocess.run([sys.executable, "-m", "lookingbeyond_desktop", args[0],
                               "--data-dir", str(self.folder), *args[1:]], input=stdin,
                              capture_output=True, text=True, env=self.env, timeout=300)

    def sync(self, *args: str, quick: bool = True) -> Run:
        """`lookingbeyond sync` in a child that runs the command's main() as the installed
        command does, then lists the modules it loaded; ``quick=False``: the quick path
        turned off (the ordinary path, as before it existed)."""
        env = dict(self.env)
        if not quick:
            env[quick_sync.SWITCH_ENV] = "0"
        code = SYNC_AND_LIST_MODULES.replace(
            "'sync', '--data-dir', sys.argv[1]]", "'sync', '--data-dir', sys.argv[1], *sys.argv[2:]]")
        done = subprocess.run([sys.executable, "-c", code, str(self.folder), *args],
                              capture_output=True, text=True, env=env, timeout=300)
        lines = done.stdout.splitlines()
        modules = json.loads(lines[-1]) if lines and lines[-1].startswith("[") else []
        said = "\n".join(lines[:-1]) if modules else done.stdout
        loaded = {name for name in modules if any(
            name == heavy or name.startswith(heavy + ".") for heavy in ORDINARY_ONLY)}
        return Run(said, done.stderr, done.returncode, quick=bool(modules) and not loaded)

    def create(self, name: str) -> None:
        """An organization made here (one change to send)."""
        source = self.folder.parent / f"{name}.csv"
        source.write_text(f"name,country\n{name},KE\n", encoding="utf-8")
        done = self.command("import", "--table", "organizations", str(source))
        assert done.returncode == 0, done.stderr

    def edit(self, org_id: str, **values: str) -> None:
        """Change fields of an organization here (changes to send)."""
        source = self.folder.parent / f"edit-{org_id}.csv"
        names = ["id", *values]
        source.write_text(",".join(names) + "\n" + ",".join([org_id, *values.values()]) + "\n",
                          encoding="utf-8")
        done = self.command("import", "--table", "organizations", str(source))
        assert done.returncode == 0, done.stderr

    def device_id(self) -> str:
        """This folder's device id."""
        return str(json.loads(self.command("status", "--json").stdout)["device_id"])

    @contextmanager
    def database(self) -> Iterator[Any]:
        """The folder's database, opened by this process (committed at the end)."""
        rawdb.unlock(self.folder, self.env)
        with rawdb.opened(paths.database_path(self.folder)) as connection:
            yield connection

    def sync_state(self) -> dict[str, Any]:
        """Everything a sync keeps about itself: the replica's row, the sync state's row,
        and the rows of its bookkeeping tables and settings."""
        with self.database() as connection:
            connection.row_factory = None
            found: dict[str, Any] = {}
            for table in ("replica", "sync_state"):
                cursor = connection.execute(f"SELECT * FROM {table}")
                names = [column[0] for column in cursor.description]
                found[table] = dict(zip(names, cursor.fetchone()))
            for table in ("changes", "conflicts", "sync_refusals", "sync_quarantine",
                          "local_settings", "device_names"):
                found[table] = sorted(map(repr, connection.execute(f"SELECT * FROM {table}")))
        return found


@dataclass
class Headquarters:
    """A real `lookingbeyond-server serve` on a SQLite file, with the hq user amina."""

    url: str
    tmp: Path
    process: Any = None

    @property
    def base(self) -> str:
        return str(self.process.base)

    def start(self, **env: str) -> None:
        """Start it (again on the same port, with ``env``: its settings)."""
        port = self.process.port if self.process is not None else None
        self.process = start_server(self.url, port=port, env=env)

    def stop(self) -> None:
        self.process.stop()

    def laptop(self, name: str) -> Laptop:
        """A new data folder enrolled with this headquarters (its own keyring)."""
        root = self.tmp / name
        root.mkdir()
        laptop = Laptop(root / "data", laptop_env(root), self.base)
        done = laptop.command("login", "--server", self.base, "--user", "amina",
                              "--password-stdin", "--device-name", name.upper(),
                              stdin=f"{PASSWORD}\n")
        assert done.returncode == 0, done.stderr
        return laptop


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Headquarters]:
    """Headquarters running on loopback (stopped after the test)."""
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    headquarters("init", url=url)
    headquarters("user", "add", "amina", "--role", "hq", "--password-stdin", url=url,
                 stdin=f"{PASSWORD}\n")
    running = Headquarters(url, tmp_path)
    running.start()
    try:
        yield running
    finally:
        if running.process.process.poll() is None:
            running.stop()


def in_step(laptop: Laptop, name: str = "Transparencia Mexicana") -> None:
    """Bring ``laptop`` in step with headquarters with one record of its own sent (so that
    its cursor has moved: a folder that never pulled anything goes the ordinary way)."""
    laptop.create(name)
    first = laptop.sync()
    assert first.status == 0 and not first.quick, first.err


def without_times(state: dict[str, Any]) -> dict[str, Any]:
    return {**state, "sync_state": {k: v for k, v in state["sync_state"].items()
                                    if k not in TIMES}}


def test_an_empty_sync_by_the_quick_path_is_the_ordinary_one(hq: Headquarters) -> None:
    """With nothing to send and nothing new, the quick path runs (no SQLAlchemy, no requests)
    and leaves the folder's sync state as the ordinary path leaves it (all but the times;
    a failure remembered from before forgotten by both), prints the same words, in text and
    in JSON, and exits 0 as it does."""
    laptop = hq.laptop("nairobi")
    in_step(laptop)
    said: dict[bool, dict[str, Any]] = {}
    for quick in (False, True, False, True):
        with laptop.database() as connection:  # a failure remembered from an earlier sync
            connection.execute("UPDATE sync_state SET last_error = 'Unable to connect', "
                               "last_error_code = 'unreachable'")
        before = laptop.sync_state()
        text = laptop.sync(quick=quick)
        after = laptop.sync_state()
        as_json = laptop.sync("--json", quick=quick)
        assert (text.status, as_json.status) == (0, 0), text.err + as_json.err
        assert (text.quick, as_json.quick) == (quick, quick)
        assert after["sync_state"]["last_error"] is None
        assert after["sync_state"]["last_sync_at"] >= before["sync_state"]["last_sync_at"]
        document = json.loads(as_json.out)
        assert document["last_sync_at"] == laptop.sync_state()["sync_state"]["last_sync_at"]
        said[quick] = {"state": without_times(after), "text": text.out.split(" (")[0],
                       "json": {k: v for k, v in document.items()
                                if k not in ("bytes_sent", "bytes_received", "last_sync_at")},
                       "keys": list(document)}
        assert said[quick]["state"] == without_times(before) | {
            "sync_state": {**without_times(before)["sync_state"], "last_error": None,
                           "last_error_code": None}}
    assert said[True] == said[False]
    assert said[True]["text"] == f"Synced with {hq.base}: sent 0 records, received 0, in 1 round trip(s)"


def test_a_clock_far_ahead_is_brought_back_the_same_way(hq: Headquarters) -> None:
    """A replica whose clock ran an hour ahead of headquarters is brought back to
    headquarters' time (just past what it re-stamps) by an empty sync, by the quick path as
    by the ordinary one (sync.replica's rule)."""
    import time

    from sync.hlc import unpack

    laptop = hq.laptop("geneva")
    in_step(laptop)
    for quick in (False, True):
        ahead = (time.time_ns() // 1_000_000 + 3_600_000) << 16
        with laptop.database() as connection:
            connection.execute("UPDATE replica SET hlc = ?", (ahead,))
        began = time.time_ns() // 1_000_000
        run = laptop.sync(quick=quick)
        ended = time.time_ns() // 1_000_000
        assert run.status == 0 and run.quick == quick, run.err
        ms, counter = unpack(laptop.sync_state()["replica"]["hlc"])
        assert counter == 0 and began + 300_001 <= ms <= ended + 300_001


def test_pending_edits_fall_back_and_are_sent(hq: Headquarters) -> None:
    """An edit not yet sent: the ordinary path runs and sends it, as before; the next sync,
    empty again, is quick."""
    laptop = hq.laptop("bangkok")
    in_step(laptop)
    laptop.create("Integrity Watch")
    run = laptop.sync()
    assert not run.quick and run.status == 0, run.err
    assert "sent 1 records, received 0" in run.out
    again = laptop.sync()
    assert again.quick and again.status == 0 and "sent 0 records, received 0" in again.out


def test_new_rows_at_headquarters_fall_back_and_are_received(hq: Headquarters) -> None:
    """Records another computer sent: the quick request's answer carries them, so it is
    discarded and the ordinary path receives them, as before."""
    nairobi, vienna = hq.laptop("nairobi"), hq.laptop("vienna")
    in_step(nairobi)
    in_step(vienna, "Vienna NGO Committee")
    assert "received 1" in nairobi.sync().out  # vienna's own record
    assert nairobi.sync().quick
    vienna.create("Anti-Corruption Network")
    assert vienna.sync().status == 0
    run = nairobi.sync()
    assert not run.quick and run.status == 0, run.err
    assert "sent 0 records, received 1" in run.out
    assert nairobi.sync().quick


def test_changes_outside_the_scope_move_the_cursor_on_the_quick_path(hq: Headquarters) -> None:
    """Changes headquarters received for another country move every device's cursor but
    send a Kenyan field office nothing: its next empty sync stays on the quick path and
    keeps the new cursor, as the ordinary path would (the cursor is global; a busy
    headquarters would otherwise send every scheduler's run down the long way)."""
    headquarters("user", "add", "kofi", "--role", "field", "--country", "KE", "--password-stdin",
                 url=hq.url, stdin=f"{PASSWORD}\n")
    root = hq.tmp / "mombasa"
    root.mkdir()
    kenya = Laptop(root / "data", laptop_env(root), hq.base)
    done = kenya.command("login", "--server", hq.base, "--user", "kofi", "--password-stdin",
                         "--device-name", "MOMBASA", stdin=f"{PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    in_step(kenya)
    vienna = hq.laptop("vienna")
    source = vienna.folder.parent / "austria.csv"
    source.write_text("name,country\nVienna NGO Committee,AT\n", encoding="utf-8")
    assert vienna.command("import", "--table", "organizations", str(source)).returncode == 0
    assert vienna.sync().status == 0
    before = kenya.sync_state()["sync_state"]["cursor"]
    run = kenya.sync("--json")
    assert run.quick and run.status == 0, run.err
    after = kenya.sync_state()["sync_state"]["cursor"]
    assert after > before and json.loads(run.out)["cursor"] == after
    ordinary = kenya.sync("--json", quick=False)
    assert ordinary.status == 0 and json.loads(ordinary.out)["cursor"] == after


def test_a_conflict_falls_back_until_it_is_settled(hq: Headquarters) -> None:
    """Two computers change the same field: the one that syncs second hears of the conflict
    by the ordinary path, and every sync after it goes the ordinary way (which says there is
    a conflict to review) until it is settled."""
    nairobi, vienna = hq.laptop("nairobi"), hq.laptop("vienna")
    in_step(nairobi)
    in_step(vienna, "Vienna NGO Committee")  # receives nairobi's organization
    org_id = json.loads(vienna.command("search", "Transparencia", "--json").stdout)[0]["id"]
    nairobi.edit(org_id, acronym="TM")
    vienna.edit(org_id, acronym="TMX")
    assert nairobi.sync().status == 0
    heard = vienna.sync()
    assert not heard.quick and heard.status == 0, heard.err
    listed = json.loads(vienna.command("conflicts", "--json").stdout)
    assert len(listed) == 1
    again = vienna.sync()
    assert not again.quick and again.status == 0
    assert "1 conflict(s) to review: lookingbeyond conflicts" in again.out
    assert vienna.command("conflicts", "--resolve", listed[0]["id"]).returncode == 0
    assert not vienna.sync().quick  # the settlement is sent
    assert vienna.sync().quick


def test_a_wipe_order_falls_back_and_erases(hq: Headquarters) -> None:
    """An hq user ordered this computer's data erased: the quick request is refused, the
    ordinary path hears the order and carries it out, with its words and exit status 3."""
    laptop = hq.laptop("kabul")
    in_step(laptop)
    headquarters("device", "wipe", laptop.device_id(), url=hq.url)
    run = laptop.sync()
    assert run.status == 3 and not run.quick, run.out + run.err
    assert run.out.startswith("Headquarters asked for this computer's copy of the registry "
                              "to be erased.")
    assert not paths.database_path(laptop.folder).exists()


def test_a_newer_version_announced_falls_back_and_is_told(hq: Headquarters) -> None:
    """Headquarters announces a version newer than this one: every sync tells the person,
    by the ordinary path; one announcing this very version is heard once (kept by the
    ordinary path), then syncs are quick again and say nothing of it."""
    from lookingbeyond_desktop import __version__

    laptop = hq.laptop("lima")
    in_step(laptop)
    hq.stop()
    hq.start(LOOKINGBEYOND_NEWEST_VERSION="99.0",
             LOOKINGBEYOND_DOWNLOAD_URL="https://hq.example.org/get")
    for _ in range(2):
        run = laptop.sync()
        assert not run.quick and run.status == 0, run.err
        assert ("A newer version of Looking Beyond, 99.0, is available: "
                f"https://hq.example.org/get; this one is {__version__}.") in run.out
    hq.stop()
    hq.start(LOOKINGBEYOND_NEWEST_VERSION=__version__)
    heard = laptop.sync()
    assert not heard.quick and "newer version" not in heard.out
    quiet = laptop.sync()
    assert quiet.quick and quiet.status == 0 and "newer version" not in quiet.out


def test_a_refused_token_says_what_it_said_before(hq: Headquarters) -> None:
    """A token headquarters no longer accepts (the device revoked): the quick path falls
    back, and the command prints the ordinary path's message and exit status, and keeps
    the same failure in the folder."""
    laptop = hq.laptop("dakar")
    in_step(laptop)
    headquarters("device", "revoke", laptop.device_id(), url=hq.url)
    runs = {quick: laptop.sync(quick=quick) for quick in (False, True)}
    kept = laptop.sync_state()["sync_state"]
    assert not runs[True].quick
    assert (runs[True].out, runs[True].err, runs[True].status) == (
        runs[False].out, runs[False].err, runs[False].status)
    assert runs[True].status == 1 and runs[True].err.startswith("lookingbeyond: ")
    assert kept["last_error_code"] is not None


def test_an_unreachable_headquarters_says_what_it_said_before(hq: Headquarters) -> None:
    """Headquarters does not answer: the quick path falls back, and the command prints the
    ordinary path's message and exit status (text and JSON)."""
    laptop = hq.laptop("suva")
    in_step(laptop)
    hq.stop()
    for args in ((), ("--json",)):
        runs = {quick: laptop.sync(*args, quick=quick) for quick in (False, True)}
        assert not runs[True].quick
        assert (runs[True].out, runs[True].err, runs[True].status) == (
            runs[False].out, runs[False].err, runs[False].status)
        assert runs[True].status == 1 and "Unable to connect to headquarters" in (
            runs[True].out + runs[True].err)


def test_a_folder_that_never_pulled_goes_the_ordinary_way(hq: Headquarters) -> None:
    """A folder just enrolled (cursor 0: a first sync, a snapshot maybe) and a sync with
    --reset never take the quick path."""
    laptop = hq.laptop("quito")
    first = laptop.sync()
    assert first.status == 0 and not first.quick, first.err
    in_step(laptop)
    reset = laptop.sync("--reset")
    assert reset.status == 0 and not reset.quick, reset.err


def test_the_quick_paths_copies_match_the_ordinary_path(store: Store) -> None:
    """Each constant the quick path copies (their modules import SQLAlchemy or requests)
    equals its origin, and its connection is set up as the store's engine sets up its own
    (the same SQLCipher and SQLite settings)."""
    from lookingbeyond_desktop.store import cipher, database, indexes, sandbox, sync_adapter
    from sync import bundle, client, replica

    assert quick_sync.SCHEMA_HEAD == database.SCHEMA_HEAD
    assert quick_sync.KEYRING_SERVICE == client.KEYRING_SERVICE
    assert (quick_sync.CONNECT_TIMEOUT, quick_sync.READ_TIMEOUT) == (
        client.CONNECT_TIMEOUT, client.READ_TIMEOUT)
    pull_bytes = inspect.signature(client.SyncClient).parameters["pull_bytes"].default
    assert quick_sync.PULL_BYTES == pull_bytes
    assert quick_sync.HQ_SKEW_MS == replica.HQ_SKEW_MS
    assert (quick_sync.SNAPSHOT, quick_sync.ERASURE) == (replica.SNAPSHOT_SETTING,
                                                          replica.ERASURE_SETTING)
    assert (quick_sync.DEMO, quick_sync.APP_RELEASE) == (sandbox.DEMO, sync_adapter.APP_RELEASE)
    assert quick_sync.INDEXES == indexes.PAUSED_SETTING
    assert quick_sync.REPORT_FIELDS == tuple(
        f.name for f in dataclasses.fields(client.SyncReport) if f.name != "app")
    assert bundle.KEYRING_SUFFIX == ".bundle"
    assert quick_sync.store_module("cipher") is cipher
    settings = ("journal_mode", "foreign_keys", "synchronous", "busy_timeout", "cache_size",
                "temp_store", "secure_delete", "cipher_hmac_algorithm", "cipher_kdf_algorithm")
    database_file = paths.database_path(store.folder)
    with store.engine.connect() as connection:
        engine_says = [connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in settings]
    quick = quick_sync.open_database(cipher, database_file, cipher.folder_key(store.folder))
    try:
        assert [quick.execute(f"PRAGMA {name}").fetchone()[0] for name in settings] == engine_says
    finally:
        quick.close()


def test_the_store_uses_the_cipher_module_the_quick_path_loaded(tmp_path: Path) -> None:
    """In a process whose quick path loaded the store's cipher module without the store
    package, the store imported afterwards (a fall back) uses that very module, also as
    the package's attribute, and SQLAlchemy was not loaded before."""
    code = (
        "import sys\n"
        "from lookingbeyond_desktop import quick_sync\n"
        "cipher = quick_sync.store_module('cipher')\n"
        "assert 'sqlalchemy' not in sys.modules and 'lookingbeyond_desktop.store' not in sys.modules\n"
        "from lookingbeyond_desktop.store import database\n"
        "quick_sync.attach()\n"
        "import lookingbeyond_desktop.store as store\n"
        "assert database.cipher is cipher and store.cipher is cipher\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.stdout.strip() == "ok", done.stderr
