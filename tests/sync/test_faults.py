"""Network faults and crashes during a real sync: a real headquarters process (SQLite), real
replicas, and the link emulator (sync/linkemu.py) or tiny proxies in between.

Each test checks that a fault ends in a completed sync or a retryable SyncError with a message
for a person, that nothing is applied twice or lost, and that the next sync on a healthy link
completes with every replica equal to headquarters.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

import sync.client as client_module
from lookingbeyond_desktop import paths
from lookingbeyond_desktop.store import Store, backup
from lookingbeyond_desktop.store.exchange import export_json
from lookingbeyond_desktop.store.sync_adapter import replication_for
from sync.replica import Replication
from sync.client import SyncClient, SyncError, enrol, make_session
from sync.linkemu import LinkEmu
from sync.server.schema import ENTRY_SEQ, changelog, conflicts, named_changelog, records
from tests import rawdb
from tests.sync.credentials import PASSWORD
from tests.sync.http_proxy import MisbehavingProxy
from tests.sync.server.hq_server import Server, running_server


def hq(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run `lookingbeyond-server` against the database."""
    return subprocess.run([sys.executable, "-m", "lookingbeyond_desktop.headquarters", *args, "--database-url", url],
                          input=stdin, capture_output=True, text=True, timeout=120)


@pytest.fixture
def hq_db(tmp_path: Path) -> str:
    """An initialised SQLite headquarters with two hq users (password PASSWORD)."""
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    assert hq(url, "init").returncode == 0
    for name in ("amina", "juma"):
        added = hq(url, "user", "add", name, "--role", "hq", "--password-stdin", stdin=f"{PASSWORD}\n")
        assert added.returncode == 0, added.stderr
    return url


@pytest.fixture
def server(hq_db: str) -> Iterator[Server]:
    """A running headquarters process."""
    with running_server(hq_db) as running:
        yield running


def port_of(base: str) -> int:
    return int(base.rsplit(":", 1)[1])


@dataclass
class Replica:
    """An in-process replica enrolled with headquarters."""

    name: str
    store: Store
    replication: Replication
    token: str

    def client(self, base: str, **options: Any) -> SyncClient:
        """A SyncClient talking to ``base`` (a fresh session each time: no pooled sockets)."""
        return SyncClient(self.replication, base, self.token, session=options.pop("session", make_session()),
                          **options)

    def export(self, tmp: Path) -> Any:
        out = tmp / f"{self.name}-export.json"
        with self.store.engine.connect() as connection:
            export_json(connection, out, include_deleted=True, include_at_risk=True)
        return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture
def replicas(server: Server, tmp_path: Path) -> Iterator[Callable[[str, str], Replica]]:
    """A factory of enrolled replicas, closed afterwards."""
    made: list[Replica] = []

    def make(name: str, user: str) -> Replica:
        store = Store.open(tmp_path / name)
        replication = replication_for(store)
        answer = enrol(server.base, user, PASSWORD, store.device_id, name)
        replication.configure(server_url=server.base, user_name=user)
        replica = Replica(name, store, replication, answer["token"])
        made.append(replica)
        return replica

    yield make
    for replica in made:
        replica.store.close()


def org(i: int) -> dict[str, Any]:
    return {"name": f"Organization {i:04d} " + "x" * 40, "country": "KE", "notes": f"note {i}"}


def hq_rows(url: str) -> tuple[list[Any], list[Any]]:
    """Headquarters' changelog and conflicts."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            log = connection.execute(select(ENTRY_SEQ, changelog.c.fields, changelog.c.changed, changelog.c.what,
                                             records.c.tbl, records.c.id).select_from(named_changelog)).all()
            found = connection.execute(select(conflicts)).all()
    finally:
        engine.dispose()
    return log, found


def assert_retryable(error: SyncError) -> None:
    assert error.retryable, (error.code, error.message)
    assert error.message and len(error.message) > 20 and "Traceback" not in error.message


# -- 1. cuts at random offsets, both directions ---------------------------------------------


@pytest.mark.slow
def test_cuts_at_random_offsets_lose_nothing_and_double_nothing(
        server: Server, hq_db: str, replicas: Callable[[str, str], Replica], tmp_path: Path) -> None:
    """Connections cut at 12 seeded offsets upstream and 12 downstream (over the request and
    the response of a 200-organization push, later edits and pulls): every attempt completes
    or fails retryably; afterwards both replicas equal what was written, headquarters has at
    most one changelog entry per written field version and no conflict at all."""
    rng = random.Random(20261122)
    a, b = replicas("a", "amina"), replicas("b", "juma")
    expected: dict[str, dict[str, Any]] = {}
    writes: Counter[tuple[str, str]] = Counter()  # (row, field) -> local writes
    with a.store.write() as writer:
        for i in range(200):
            row_id = writer.create("organizations", org(i))
            expected[row_id] = {"name": org(i)["name"], "phone": None, "notes": f"note {i}", "deleted": False}
    ids = list(expected)
    outcomes: Counter[str] = Counter()
    drops = 0
    plan = [("up", i) for i in range(12)] + [("down", i) for i in range(12)]
    rng.shuffle(plan)
    for attempt, (direction, _) in enumerate(plan):
        if attempt:  # every attempt has something to push from both replicas
            with a.store.write() as writer:
                for row_id in rng.sample(ids, 15):
                    if not expected[row_id]["deleted"]:
                        phone = f"+254 7{attempt:02d}{rng.randrange(10**6):06d}"
                        writer.update("organizations", row_id, {"phone": phone})
                        expected[row_id]["phone"] = phone
                        writes[(row_id, "phone")] += 1
                victim = rng.choice(ids[100:])  # B edits only the first 100: no real conflict
                if not expected[victim]["deleted"]:
                    writer.delete("organizations", victim)
                    expected[victim]["deleted"] = True
                new_id = writer.create("organizations", org(1000 + attempt))
                expected[new_id] = {"name": org(1000 + attempt)["name"], "phone": None,
                                    "notes": f"note {1000 + attempt}", "deleted": False}
                ids.append(new_id)
            with b.store.write() as writer:
                for row_id in rng.sample(ids[:100], 5):
                    with b.store.engine.connect() as connection:
                        present = connection.exec_driver_sql(
                            "SELECT 1 FROM organizations WHERE id = ? AND NOT deleted", (row_id,)).first()
                    if present and not expected[row_id]["deleted"]:
                        writer.update("organizations", row_id, {"notes": f"b {attempt}"})
                        expected[row_id]["notes"] = f"b {attempt}"
        for replica, limit in ((a, 60_000 if direction == "up" else 900),
                               (b, 700 if direction == "up" else 60_000)):
            offset = rng.randint(1, limit)
            with LinkEmu("127.0.0.1", port_of(server.base), drop_after_bytes=offset, drop_count=direction,
                         max_drops=1, seed=attempt) as link:
                try:
                    replica.client(link.url, session=make_session(retries=0)).sync()
                    outcomes["completed"] += 1
                except SyncError as error:
                    assert_retryable(error)
                    outcomes[error.code] += 1
                drops += link.drops
    assert drops >= 12, outcomes  # most attempts really were cut
    for replica in (a, b, a, b):
        replica.client(server.base).sync()
    first, second = a.export(tmp_path), b.export(tmp_path)
    assert first == second
    got = {o["id"]: o for o in first["organizations"]}
    assert set(got) == set(expected)
    for row_id, want in expected.items():
        assert {k: got[row_id][k] for k in want} == want, row_id
    for replica in (a, b):
        assert replica.replication.status().pending == 0
    log, found = hq_rows(hq_db)
    assert found == [], f"spurious conflicts: {found[:3]}"
    creations = Counter(entry.id for entry in log if entry.fields is None)
    assert set(creations) == set(expected) and max(creations.values()) == 1
    per_field = Counter((entry.id, name) for entry in log if entry.fields for name in entry.fields)
    for (row_id, name), count in per_field.items():
        if name == "phone":
            assert count <= writes[(row_id, name)], (row_id, count)
    print(dict(outcomes))


# -- 2. damaged response bodies --------------------------------------------------------------


class Mangling(client_module.requests.adapters.HTTPAdapter):
    """A transport that damages the (gzip) body of the next sync reply."""

    def __init__(self, damage: Callable[[bytes], bytes]) -> None:
        super().__init__()
        self.damage: Callable[[bytes], bytes] | None = damage

    def build_response(self, req: Any, resp: Any) -> Any:
        if self.damage is not None and req.path_url.endswith("/v1/sync"):
            import io

            from urllib3 import HTTPResponse

            body = resp.read(decode_content=False)
            damaged, self.damage = self.damage(body), None
            headers = {k: v for k, v in resp.headers.items() if k.lower() != "content-length"}
            headers["Content-Length"] = str(len(damaged))
            resp = HTTPResponse(body=io.BytesIO(damaged), headers=headers, status=resp.status,
                                preload_content=False, decode_content=False)
        return super().build_response(req, resp)


def truncate(body: bytes) -> bytes:
    return body[: len(body) // 2]


def flip_in_deflate(body: bytes) -> bytes:
    damaged = bytearray(body)
    damaged[len(body) // 2] ^= 0x5A
    return bytes(damaged)


def flip_header(body: bytes) -> bytes:
    damaged = bytearray(body)
    damaged[3] ^= 0xFF  # the gzip flags byte
    return bytes(damaged)


def flip_crc(body: bytes) -> bytes:
    damaged = bytearray(body)
    damaged[-6] ^= 0x01
    return bytes(damaged)


@pytest.mark.parametrize("damage", [truncate, flip_in_deflate, flip_header, flip_crc])
def test_damaged_reply_is_a_retryable_bad_reply_and_nothing_is_applied(
        server: Server, replicas: Callable[[str, str], Replica], damage: Callable[[bytes], bytes]) -> None:
    """A truncated or corrupted gzip reply is a retryable `bad_reply`; the cursor and the
    pending changes stay as they were; the next sync completes."""
    a, b = replicas("a", "amina"), replicas("b", "juma")
    with a.store.write() as writer:
        for i in range(120):
            writer.create("organizations", org(i))
    a.client(server.base).sync()
    with b.store.write() as writer:
        writer.create("organizations", org(999))
    before = b.replication.status()
    session = make_session(retries=0)
    adapter = Mangling(damage)
    session.mount("http://", adapter)
    with pytest.raises(SyncError) as caught:
        b.client(server.base, session=session).sync()
    assert caught.value.code == "bad_reply"
    assert_retryable(caught.value)
    after = b.replication.status()
    assert (after.cursor, after.pushed_seq, after.pending) == (before.cursor, before.pushed_seq, before.pending)
    with b.store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM organizations").scalar() == 1
    b.client(server.base).sync()
    assert b.replication.status().pending == 0
    with b.store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM organizations").scalar() == 121


def test_cut_mid_reply_through_the_link_is_retryable(
        server: Server, replicas: Callable[[str, str], Replica]) -> None:
    """The link cut in the middle of a large reply (after the headers): a retryable error,
    the cursor unchanged, and the next sync completes."""
    a, b = replicas("a", "amina"), replicas("b", "juma")
    with a.store.write() as writer:
        for i in range(300):
            writer.create("organizations", org(i))
    a.client(server.base).sync()
    with LinkEmu("127.0.0.1", port_of(server.base), drop_after_bytes=2_000, drop_count="down") as link:
        with pytest.raises(SyncError) as caught:
            b.client(link.url, session=make_session(retries=0)).sync()
    assert_retryable(caught.value)
    assert b.replication.status().cursor == 0
    b.client(server.base).sync()
    assert b.replication.status().cursor > 0


# -- 3. a stall beyond the read timeout -------------------------------------------------------


def test_stall_beyond_read_timeout_is_retryable_then_recovers(
        server: Server, replicas: Callable[[str, str], Replica], monkeypatch: pytest.MonkeyPatch) -> None:
    """The link stalls longer than the client's read timeout: a retryable `timeout` error with
    a message; nothing is lost, and the next sync completes."""
    monkeypatch.setattr(client_module, "READ_TIMEOUT", 1.0)
    monkeypatch.setattr(client_module, "CONNECT_TIMEOUT", 1.0)
    a = replicas("a", "amina")
    with a.store.write() as writer:
        for i in range(50):
            writer.create("organizations", org(i))
    with LinkEmu("127.0.0.1", port_of(server.base), stall_after_bytes=200, stall_seconds=4.0) as link:
        started = time.monotonic()
        with pytest.raises(SyncError) as caught:
            a.client(link.url, session=make_session(retries=0)).sync()
        assert time.monotonic() - started < 10
    assert caught.value.code == "timeout"
    assert_retryable(caught.value)
    a.client(server.base).sync()
    assert a.replication.status().pending == 0


# -- 4. 502/503 from a proxy --------------------------------------------------------------


@pytest.mark.parametrize("status", [502, 503])
def test_proxy_errors_are_retried_or_explained(
        server: Server, replicas: Callable[[str, str], Replica], status: int) -> None:
    """A proxy answering 502/503 twice: the session's retries get through; answering it more
    often than the retries: a retryable error whose message names the HTTP status."""
    a = replicas("a", "amina")
    with a.store.write() as writer:
        writer.create("organizations", org(1))
    proxy = MisbehavingProxy(server.base, failures=2, status=status)
    try:
        a.client(proxy.url).sync()  # make_session(retries=2)
        assert a.replication.status().pending == 0 and proxy.seen == 3
    finally:
        proxy.close()
    with a.store.write() as writer:
        writer.create("organizations", org(2))
    proxy = MisbehavingProxy(server.base, failures=10, status=status)
    try:
        with pytest.raises(SyncError) as caught:
            a.client(proxy.url).sync()
    finally:
        proxy.close()
    assert_retryable(caught.value)
    assert str(status) in caught.value.message and "<html>" not in caught.value.message
    a.client(server.base).sync()
    assert a.replication.status().pending == 0


# -- 5. SIGKILL of a real client process ------------------------------------------------------


class Laptop:
    """A data folder and the `lookingbeyond` command run on it."""

    def __init__(self, folder: Path, keyring_home: Path) -> None:
        self.folder = folder
        self.env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
                        XDG_DATA_HOME=str(keyring_home))

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "lookingbeyond_desktop", args[0], "--data-dir", str(self.folder), *args[1:]]

    def run(self, *args: str, stdin: str = "", check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(self.command(*args), input=stdin, capture_output=True, text=True,
                                env=self.env, timeout=300)
        rawdb.follow(self.folder, self.env)
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def status(self) -> dict[str, Any]:
        return json.loads(self.run("status", "--json").stdout)

    def export(self) -> Any:
        out = self.folder.parent / f"{self.folder.name}.json"
        self.run("export", "--format", "json", "--include-deleted", "--out", str(out))
        return json.loads(out.read_text(encoding="utf-8"))


def set_server(folder: Path, url: str) -> None:
    """Point the replica at another address (the link) without enrolling again."""
    with Store.open(folder, create=False) as store:
        replication = replication_for(store)
        replication.configure(server_url=url, user_name=replication.status().user_name or "")


def integrity(folder: Path) -> str:
    databases = [p for p in folder.rglob("*.db") if p.is_file()] + [p for p in folder.rglob("*.sqlite*") if p.is_file()]
    results = []
    for path in databases:
        if path.suffix in (".db", ".sqlite", ".sqlite3"):
            with rawdb.opened(path) as connection:
                results.append(connection.execute("PRAGMA integrity_check").fetchone()[0])
    assert results, list(folder.iterdir())
    return ",".join(sorted(set(results)))


@pytest.mark.slow
def test_sigkill_of_the_client_at_several_moments(server: Server, hq_db: str, tmp_path: Path) -> None:
    """`lookingbeyond sync` killed with SIGKILL before sending, during a slow upload, after
    headquarters committed while the reply is throttled, and while applying a large pull; a
    restarted sync completes: the database is intact, the replica equals headquarters
    (compared with a fresh replica), nothing is pending and headquarters has no duplicate."""
    up = Laptop(tmp_path / "up", tmp_path / "up-keyring")
    up.run("login", "--server", server.base, "--user", "amina", "--password-stdin", stdin=f"{PASSWORD}\n")
    down = Laptop(tmp_path / "down", tmp_path / "down-keyring")
    down.run("login", "--server", server.base, "--user", "juma", "--password-stdin", stdin=f"{PASSWORD}\n")
    csv = tmp_path / "orgs.csv"
    noise = random.Random(5)
    csv.write_text("name,country,notes\n" + "".join(
        f"Organization {i:05d},KE,{noise.randbytes(100).hex()}\n" for i in range(3000)), encoding="utf-8")
    up.run("import", "--table", "organizations", str(csv))
    port = port_of(server.base)

    def killed(laptop: Laptop, link: LinkEmu, when: Callable[[], bool], limit: float = 60) -> None:
        set_server(laptop.folder, link.url)
        process = subprocess.Popen(laptop.command("sync"), env=laptop.env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + limit
        try:
            while not when() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            assert process.poll() is None, "the sync finished before the kill"
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert integrity(laptop.folder) == "ok"
        state = laptop.status()
        print(f"killed {laptop.folder.name}: up {link.bytes_up} down {link.bytes_down} B, pending "
              f"{state['pending_changes']}, hq changelog {len(hq_rows(hq_db)[0])}")

    # Before sending: killed as soon as the connection opens (nothing uploaded yet).
    with LinkEmu("127.0.0.1", port, bandwidth=1_000, handshake=True, rtt=2.0) as link:
        killed(up, link, lambda: link.connections >= 1)
    # During the upload over a slow link.
    with LinkEmu("127.0.0.1", port, up_bandwidth=400_000) as link:
        killed(up, link, lambda: link.bytes_up > 30_000)
    # After headquarters committed, while the reply is throttled: the reply is held back.
    with LinkEmu("127.0.0.1", port, down_bandwidth=800) as link:
        log_before = len(hq_rows(hq_db)[0])
        killed(up, link, lambda: link.bytes_down > 0 and len(hq_rows(hq_db)[0]) > log_before, limit=120)
    set_server(up.folder, server.base)
    up.run("sync")
    # While applying a large pull (a slow downlink keeps it going, kill mid-way).
    with LinkEmu("127.0.0.1", port, down_bandwidth=2_000_000) as link:
        killed(down, link, lambda: link.bytes_down > 250_000)
    set_server(down.folder, server.base)
    down.run("sync")
    for laptop in (up, down):
        assert integrity(laptop.folder) == "ok"
        assert laptop.status()["pending_changes"] == 0
        # Every index back (a first sync sets some aside until its end: store/indexes.py).
        assert backup.schema_problems(paths.database_path(laptop.folder)) == []
    fresh = Laptop(tmp_path / "fresh", tmp_path / "fresh-keyring")
    fresh.run("login", "--server", server.base, "--user", "amina", "--password-stdin", stdin=f"{PASSWORD}\n")
    fresh.run("sync")
    truth = fresh.export()
    assert up.export() == truth and down.export() == truth
    assert len(truth["organizations"]) == 3000
    log, found = hq_rows(hq_db)
    assert found == []
    assert len({entry.id for entry in log if entry.fields is None}) == len(
        [entry for entry in log if entry.fields is None]) == 3000


# -- 6. a host name that does not resolve, a port nobody listens on ----------------------------

UNRESOLVABLE = "http://lookingbeyond-hq.invalid:8470"  # RFC 2606: never resolves, no network needed


def test_unresolvable_host_name_is_a_quick_retryable_dns_error(
        server: Server, replicas: Callable[[str, str], Replica]) -> None:
    """A server address whose host name does not resolve: sync and enrolment give a
    retryable `dns` error naming the host, within the client's bounded retries (seconds,
    not minutes); nothing pending is touched and the next sync to the real server completes."""
    a = replicas("a", "amina")
    with a.store.write() as writer:
        writer.create("organizations", org(1))
    before = a.replication.status()
    started = time.monotonic()
    with pytest.raises(SyncError) as caught:
        a.client(UNRESOLVABLE).sync()  # make_session(retries=2): three tries
    assert time.monotonic() - started < 10
    assert caught.value.code == "dns"
    assert_retryable(caught.value)
    assert "lookingbeyond-hq.invalid" in caught.value.message and "could not be found" in caught.value.message
    after = a.replication.status()
    assert (after.cursor, after.pushed_seq, after.pending) == (before.cursor, before.pushed_seq, 1)
    assert after.last_error == caught.value.message
    with pytest.raises(SyncError) as enrolling:
        enrol(UNRESOLVABLE, "amina", PASSWORD, a.store.device_id, "a")
    assert enrolling.value.code == "dns" and "lookingbeyond-hq.invalid" in enrolling.value.message
    a.client(server.base).sync()
    assert a.replication.status().pending == 0


def test_a_resolver_that_fails_temporarily_is_a_dns_error_with_bounded_retries(
        server: Server, replicas: Callable[[str, str], Replica], monkeypatch: pytest.MonkeyPatch) -> None:
    """Offline, the resolver answers EAI_AGAIN ("Temporary failure in name resolution"),
    and a dead resolver is slow to answer: still the `dns` error, after exactly three tries
    (the session's two retries) and a bounded back-off."""
    import socket

    calls: list[str] = []
    real = socket.getaddrinfo

    def failing(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "lookingbeyond-hq.invalid":
            return real(host, *args, **kwargs)
        calls.append(host)
        time.sleep(0.3)  # a slow resolver
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", failing)
    a = replicas("a", "amina")
    started = time.monotonic()
    with pytest.raises(SyncError) as caught:
        a.client(UNRESOLVABLE).sync()
    elapsed = time.monotonic() - started
    assert caught.value.code == "dns" and "lookingbeyond-hq.invalid" in caught.value.message
    assert_retryable(caught.value)
    assert len(calls) == 3, calls
    # Three lookups and ~1.5 s of back-off (~2.5 s): the bound catches a back-off of minutes,
    # not a busy machine.
    assert elapsed < 30, elapsed


def test_connection_refused_is_a_quick_retryable_unreachable(
        server: Server, replicas: Callable[[str, str], Replica]) -> None:
    """Nothing listens on the port (a stopped headquarters): a retryable `unreachable`
    error within the bounded retries; nothing pending is touched; the real server then
    gets everything."""
    from tests.sync.server.hq_server import free_port

    a = replicas("a", "amina")
    with a.store.write() as writer:
        writer.create("organizations", org(1))
    started = time.monotonic()
    with pytest.raises(SyncError) as caught:
        a.client(f"http://127.0.0.1:{free_port()}").sync()
    assert time.monotonic() - started < 10
    assert caught.value.code == "unreachable"
    assert_retryable(caught.value)
    assert a.replication.status().pending == 1
    a.client(server.base).sync()
    assert a.replication.status().pending == 0


@pytest.mark.slow
def test_cli_sync_explains_dns_failure_and_refused_connection(server: Server, tmp_path: Path) -> None:
    """`lookingbeyond sync` against an unresolvable host and against a closed port: exit
    status 1, one line on stderr naming the problem (no traceback), `--json` gives the code
    and `retryable: true`, in seconds; afterwards a sync to the real server exits 0."""
    from tests.sync.server.hq_server import free_port

    laptop = Laptop(tmp_path / "laptop", tmp_path / "keyring")
    laptop.run("login", "--server", server.base, "--user", "amina", "--password-stdin", stdin=f"{PASSWORD}\n")
    for url, code, words in ((UNRESOLVABLE, "dns", "lookingbeyond-hq.invalid"),
                             (f"http://127.0.0.1:{free_port()}", "unreachable", "Unable to connect")):
        set_server(laptop.folder, url)
        started = time.monotonic()
        plain = laptop.run("sync", check=False)
        as_json = laptop.run("sync", "--json", check=False)
        assert time.monotonic() - started < 120  # seconds, not minutes (two CLI starts)
        for result in (plain, as_json):
            assert result.returncode == 1, result.stdout + result.stderr
            assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
            assert result.stderr.startswith("lookingbeyond: ") and words in result.stderr
        answer = json.loads(as_json.stdout)
        assert (answer["ok"], answer["code"], answer["retryable"]) == (False, code, True)
        assert words in answer["message"]
    set_server(laptop.folder, server.base)
    laptop.run("sync")
    assert laptop.status()["pending_changes"] == 0


# -- the defects these tests found, pinned down without a server ------------------------------


def test_a_corrupted_deflate_stream_is_a_protocol_error() -> None:
    """A bit flipped inside the deflate data makes zlib raise ``zlib.error`` (not OSError):
    it must still be a ProtocolError (``bad_encoding``), i.e. a retryable `bad_reply`."""
    import gzip

    from sync.wire import ProtocolError, decode_body

    body = bytearray(gzip.compress(json.dumps({"rows": [{"i": i, "x": "y" * i} for i in range(300)]}).encode()))
    body[len(body) // 2] ^= 0x5A
    with pytest.raises(ProtocolError):
        decode_body(bytes(body))


def test_a_device_does_not_conflict_with_its_own_earlier_write() -> None:
    """A reply lost after headquarters applied v1, then a further local edit v2: the retried
    push carries v2 with the old base; that is a later write of the same device, not a
    conflict.  Another device's write in between still is one."""
    from sync.hlc import make_version
    from sync.merge import Current, Outcome, Pushed, decide

    mine, other = "a" * 32, "b" * 32
    base = make_version(1, other)
    decision = decide(Current("+254 1", make_version(2, mine)), Pushed("+254 2", make_version(3, mine), base))
    assert decision.outcome is Outcome.APPLY and not decision.conflict
    decision = decide(Current("+254 1", make_version(2, other)), Pushed("+254 2", make_version(3, mine), base))
    assert decision.outcome is Outcome.APPLY and decision.conflict
    decision = decide(Current("+254 1", make_version(4, mine)), Pushed("+254 2", make_version(3, mine), base))
    assert decision.outcome is Outcome.KEEP and decision.conflict  # never let an older write win
