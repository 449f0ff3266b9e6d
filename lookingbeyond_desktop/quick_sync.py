"""The quick path of an empty `lookingbeyond sync` (issue 15, item 4).

A scheduler runs ``lookingbeyond sync`` every few minutes, and most runs have nothing to send
and hear nothing new.  The ordinary path (``cli.cmd_sync`` → ``store.sync_adapter.run_sync``)
spends nine tenths of such a run importing SQLAlchemy, the ORM, the models and requests
(docs/benchmarks-sync.md, Scenario C).  This module does that one case with the pieces that
are cheap to load: the folder's database through the store's own cipher module (the same
SQLCipher driver, key, ``PRAGMA key`` and connection settings), the protocol's own message
classes (:mod:`sync.wire`), the keyring, and the standard library's HTTP client.

**The rule: the quick path is taken only when it cannot behave differently from the ordinary
path.**  It reads everything the ordinary path would read before it sends anything, and
gives up (returns None: the caller then runs the ordinary path, exactly as before) at the
first thing that is not plainly the empty case:

- before the request: a database missing, plain (to be encrypted), with leftovers of a
  conversion or a plain backup; a key the keyring does not give; a schema not at
  :data:`SCHEMA_HEAD` (the ordinary path migrates); not enrolled, demo data, a snapshot under
  way, an erasure whose backups wait for scrubbing, a cursor still 0; anything pending to
  send (``last_seq`` ≠ ``pushed_seq``, or a change after ``pushed_seq``), records asked for in
  full (``wanted``), a restored backup (``restored_at``, ``realign``), a conflict to review
  or whose resolution is unsent, a refusal or a kept-aside row; no token, or no
  headquarters' keys for sync by file (the ordinary path registers them); a proxy or a
  ``.netrc`` from the environment (requests would use them; its certificate bundle from
  the environment is used here as well);
- after it: anything but HTTP 200 with a readable answer (errors, refused tokens, a wipe
  order, an unreachable or slow server: the ordinary path sends again and says what it
  says today); an answer carrying anything (rows, corrections, conflicts, refusals,
  withdrawals, device names, ``more``, a ``pushed`` other than ours, a cursor behind ours,
  a member this module does not know; a cursor that moved on with nothing else is the
  empty case: changes headquarters made elsewhere, outside this folder's scope); an announcement (``app``) other than the one
  the folder keeps, or one newer than this version (the ordinary path prints it);
- at the write: anything read before that changed meanwhile (the window wrote an edit).

For an empty answer it writes, in one transaction with plain SQL, exactly what
``Replication.apply_response`` writes for it (the HLC rule, the clock offset, the times of
the attempt and of the sync, the error forgotten, the cursor headquarters gave), and hands the
command line the same figures ``run_sync`` reports, for the same output and exit status.
Anything unexpected on the way (an exception) is a fall back too, never a failure: the
ordinary path then meets the same problem and reports it in its own words.  A fall back
costs one more round trip, only when there is work, an error, or no connection.

It lives outside ``store/`` because importing any module there runs the store package's
``__init__``, which imports SQLAlchemy; :func:`store_module` loads ``store/cipher.py``
(which imports nothing heavy) without it, as the one module the store uses later.
tests/test_cli_quick_sync.py pins the rule against the real ordinary path.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from lookingbeyond_desktop import paths
from sync.hlc import pack, wall_ms
from sync.wire import (
    PROTOCOL_VERSION,
    SyncRequest,
    app_release,
    decode_answer_body,
    encode_body,
)

log = logging.getLogger(__name__)

# Copies of the ordinary path's constants (its modules import SQLAlchemy or requests);
# tests/test_cli_quick_sync.py keeps each equal to its origin.
SCHEMA_HEAD = "0011"  # store.database.SCHEMA_HEAD
KEYRING_SERVICE = "LookingBeyond"  # sync.client.KEYRING_SERVICE
CONNECT_TIMEOUT = 15  # sync.client.CONNECT_TIMEOUT
READ_TIMEOUT = 120  # sync.client.READ_TIMEOUT
PULL_BYTES = 1024 * 1024  # SyncClient's pull_bytes default
HQ_SKEW_MS = 5 * 60 * 1000  # sync.replica.HQ_SKEW_MS
DEMO = "demo_data"  # store.sandbox.DEMO
SNAPSHOT = "sync_snapshot"  # sync.replica.SNAPSHOT_SETTING
ERASURE = "erasure_pending"  # sync.replica.ERASURE_SETTING
APP_RELEASE = "app_release"  # store.sync_adapter.APP_RELEASE
INDEXES = "indexes_paused"  # store.indexes.PAUSED_SETTING
# The connection settings of store.database._on_connect (the key and SQLCipher's own
# settings come from cipher.connect).
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL",
           "PRAGMA busy_timeout=10000", "PRAGMA cache_size=-16384")
#: ``sync.client.SyncReport``'s fields but ``app``, in order: what the command prints.
REPORT_FIELDS = ("rounds", "pushed_rows", "pulled_rows", "fixed", "conflicts", "refused",
                 "quarantined", "withdrawn", "erased", "bytes_sent", "bytes_received")
# What an answer may hold (docs/sync-protocol.md); another member: the ordinary path.
ANSWER_MEMBERS = frozenset({"v", "clock", "pushed", "refused", "fix", "rows", "conflicts",
                            "gone", "cursor", "more", "d", "dn", "app"})
_EMPTY_LISTS = ("refused", "fix", "rows", "conflicts", "gone", "d")
STORE_PACKAGE = "lookingbeyond_desktop.store"
#: ``LOOKINGBEYOND_QUICK_SYNC=0`` turns the quick path off (every sync the ordinary way):
#: a switch for a person who suspects it, and for the tests that compare the two paths.
SWITCH_ENV = "LOOKINGBEYOND_QUICK_SYNC"


class NotQuick(Exception):
    """This run is not the plain empty case: the ordinary path does it (the reason, for
    the log; never personal data)."""


@dataclass(frozen=True)
class QuickSync:
    """What an empty sync did, as the command prints it."""

    server_url: str
    cursor: int
    last_sync_at: str
    report: dict[str, int] = field(default_factory=dict)  # REPORT_FIELDS, in order


@dataclass(frozen=True)
class _State:
    """What the ordinary path would read of the replica before a sync (compared again
    inside the write transaction: it must not have changed)."""

    device_id: str
    pushed_seq: int
    last_seq: int
    hlc: int
    server_url: str
    cursor: int
    clock_offset_ms: int
    release: str | None  # the announcement the folder keeps (APP_RELEASE), as stored
    signature: tuple[Any, ...]  # every value read, for the comparison


def empty_sync(folder: Path, *, app_version: str) -> QuickSync | None:
    """Sync ``folder`` by the quick path when it holds nothing to send and headquarters has
    nothing new; None when the ordinary path must run (see the module's rule)."""
    try:
        return _empty_sync(Path(folder), app_version)
    except NotQuick as reason:
        log.debug("sync: the ordinary path (%s)", reason)
    except Exception as error:  # noqa: BLE001 - the ordinary path meets it and says it
        log.debug("sync: the ordinary path (%s)", type(error).__name__)
    return None


def _empty_sync(folder: Path, app_version: str) -> QuickSync:
    if os.environ.get(SWITCH_ENV, "").strip() == "0":
        raise NotQuick(f"{SWITCH_ENV}=0")
    _check_environment()
    database = paths.database_path(folder)
    cipher = store_module("cipher")
    _check_files(cipher, folder, database)
    key = cipher.folder_key(folder)
    connection = open_database(cipher, database, key)
    try:
        check_schema(connection)
        state = read_state(connection)
        token = read_token(state.device_id)
        check_device_keys(state.device_id)
        request = SyncRequest(version=PROTOCOL_VERSION, clock=wall_ms(), cursor=state.cursor,
                              devices=[], push=None, want=[], resolved=[], limit=PULL_BYTES,
                              own=False)
        body = encode_body(request.encode())
        started = wall_ms()
        status, gzipped, raw = post(state.server_url.rstrip("/") + "/v1/sync", body, token)
        answer = _empty_answer(status, gzipped, raw, state, app_version)
        local_clock_ms = (started + wall_ms()) // 2
        now = write(connection, state, answer, local_clock_ms)
    finally:
        connection.close()
    report = dict.fromkeys(REPORT_FIELDS, 0)
    report.update(rounds=1, bytes_sent=len(body), bytes_received=len(raw))
    return QuickSync(state.server_url, int(answer["cursor"]), now, report)


# -- the store's cipher module without the store package ------------------------------------


def store_module(name: str) -> ModuleType:
    """``lookingbeyond_desktop.store.<name>`` (a module that imports nothing heavy itself)
    without running the store package's ``__init__``, which imports SQLAlchemy.  It is
    registered under its own name, so the store, imported later in the same process (a fall
    back to the ordinary path), uses this very module (the keys it holds, the passphrase it
    was given); :func:`attach` makes it the package's attribute then."""
    full = f"{STORE_PACKAGE}.{name}"
    loaded = sys.modules.get(full)
    if loaded is not None:
        return loaded
    if STORE_PACKAGE in sys.modules:
        return importlib.import_module(full)
    import lookingbeyond_desktop

    where = [os.path.join(entry, "store") for entry in lookingbeyond_desktop.__path__]
    spec = importlib.machinery.PathFinder.find_spec(full, where)
    if spec is None or spec.loader is None:
        raise NotQuick(f"{full} not found beside the package")
    module = importlib.util.module_from_spec(spec)
    sys.modules[full] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[full]
        raise
    return module


def attach() -> None:
    """Once the store package is imported, make the modules :func:`store_module` loaded
    before it its attributes too (as an ordinary import of them would have)."""
    package = sys.modules.get(STORE_PACKAGE)
    if package is None:
        return
    prefix = STORE_PACKAGE + "."
    for full, module in list(sys.modules.items()):
        name = full[len(prefix):] if full.startswith(prefix) else ""
        if name and "." not in name and not hasattr(package, name):
            setattr(package, name, module)


# -- before the request -------------------------------------------------------------------


def _check_environment() -> None:
    """requests, which the ordinary path uses, takes proxies and credentials (``.netrc``)
    from the environment: with any of them, the ordinary path.  (Its certificate bundle
    from the environment is taken here too: :func:`_tls`.)"""
    for name, value in os.environ.items():
        lowered = name.lower()
        if value and lowered.endswith("_proxy") and lowered != "no_proxy":
            raise NotQuick("a proxy in the environment")
    if os.environ.get("NETRC") or any(
            os.path.exists(os.path.expanduser(f"~/{name}")) for name in (".netrc", "_netrc")):
        raise NotQuick("a .netrc file")
    if sys.platform in ("darwin", "win32"):  # the system's proxy settings, as requests reads them
        import urllib.request

        if urllib.request.getproxies():
            raise NotQuick("a proxy in the system's settings")


def _check_files(cipher: ModuleType, folder: Path, database: Path) -> None:
    """What ``store.database.open_key`` would convert or clean first."""
    if not database.exists() or database.stat().st_size == 0 or cipher.is_plain(database):
        raise NotQuick("no encrypted database")
    if cipher.read_sidecar(folder) is None:
        raise NotQuick("no key description")
    backups = folder / "backups"
    for directory in (folder, backups):
        if not directory.is_dir():
            continue
        if (any(directory.glob(f"*{cipher.CONVERTING_SUFFIX}"))
                or any(directory.glob("*.sqlite3.plain"))):
            raise NotQuick("leftovers of a conversion")
    if backups.is_dir() and any(cipher.is_plain(path) for path in backups.glob("*.sqlite3")):
        raise NotQuick("a plain backup")


def open_database(cipher: ModuleType, database: Path, key: str) -> Any:
    """A connection as the store's engine makes it: SQLCipher keyed by ``cipher.connect``,
    then the store's own settings; transactions begun by hand."""
    connection = cipher.connect(database, key)
    try:
        connection.isolation_level = None
        for pragma in PRAGMAS:
            connection.execute(pragma)
    except BaseException:
        connection.close()
        raise
    return connection


def check_schema(connection: Any) -> None:
    """The schema at :data:`SCHEMA_HEAD` (otherwise the ordinary path migrates or refuses)."""
    found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if found != [(SCHEMA_HEAD,)]:
        raise NotQuick("the schema is not the newest")


def read_state(connection: Any) -> _State:
    """The replica's sync state; NotQuick when it is anything but the plain empty case."""
    connection.execute("BEGIN")
    try:
        state = _read(connection)
    finally:
        connection.execute("ROLLBACK")
    return state


def _read(connection: Any) -> _State:
    replica = connection.execute(
        "SELECT device_id, pushed_seq, last_seq, hlc FROM replica").fetchall()
    sync = connection.execute(
        "SELECT server_url, cursor, clock_offset_ms, wanted, restored_at, realign "
        "FROM sync_state").fetchall()
    if len(replica) != 1 or len(sync) != 1:
        raise NotQuick("no replica row")
    device_id, pushed_seq, last_seq, hlc = replica[0]
    server_url, cursor, offset, wanted, restored_at, realign = sync[0]
    if not server_url:
        raise NotQuick("not enrolled")
    if last_seq != pushed_seq:
        raise NotQuick("changes to send")
    if not isinstance(cursor, int) or cursor <= 0:
        raise NotQuick("no cursor yet (a first sync, maybe a snapshot)")
    if wanted is not None and json.loads(wanted) not in (None, []):
        raise NotQuick("records asked for in full")
    if restored_at is not None or realign:
        raise NotQuick("restored from a backup")
    checks = {
        "a change after the last one sent": (
            "SELECT 1 FROM changes WHERE device_id = ? AND device_seq > ? LIMIT 1",
            (device_id, pushed_seq)),
        "a conflict to review or to send": (
            "SELECT 1 FROM conflicts WHERE resolved_at IS NULL "
            "OR resolution LIKE 'pending:%' LIMIT 1", ()),
        "a refused change": ("SELECT 1 FROM sync_refusals LIMIT 1", ()),
        "a row kept aside": ("SELECT 1 FROM sync_quarantine LIMIT 1", ()),
    }
    for reason, (sql, parameters) in checks.items():
        if connection.execute(sql, parameters).fetchone() is not None:
            raise NotQuick(reason)
    settings = dict(connection.execute(
        "SELECT name, value FROM local_settings WHERE name IN (?, ?, ?, ?, ?)",
        (DEMO, SNAPSHOT, ERASURE, APP_RELEASE, INDEXES)).fetchall())
    for name, reason in ((DEMO, "demo data"), (SNAPSHOT, "a snapshot under way"),
                         (ERASURE, "an erasure to settle"),
                         (INDEXES, "indexes a first sync set aside, to build again")):
        if name in settings:
            raise NotQuick(reason)
    release = settings.get(APP_RELEASE)
    signature = (replica[0], sync[0], release)
    return _State(str(device_id), int(pushed_seq), int(last_seq), int(hlc), str(server_url),
                  int(cursor), int(offset), release, signature)


def read_token(device_id: str) -> str:
    """The device token from the keyring, as ``sync.client.load_token`` reads it."""
    import keyring

    token = keyring.get_password(KEYRING_SERVICE, device_id)
    if not token:
        raise NotQuick("no token")
    return str(token)


def check_device_keys(device_id: str) -> None:
    """This device's keys for sync by file, with headquarters': otherwise the ordinary
    path registers them after the sync (``sync.session.run_sync``)."""
    import keyring

    from sync.bundle import KEYRING_SUFFIX, DeviceKeys

    text = keyring.get_password(KEYRING_SERVICE, device_id + KEYRING_SUFFIX)
    if not text or DeviceKeys.decode(text).hq is None:
        raise NotQuick("no keys for sync by file")


# -- the round trip -------------------------------------------------------------------------


def post(url: str, body: bytes, token: str) -> tuple[int, bool, bytes]:
    """POST the request as ``sync.client.SyncClient._send`` does (the same headers; no
    User-Agent, as the ordinary session sends none of its own); (status, whether the body
    says gzip, the body as it crossed the wire).  Any failure: NotQuick or the error."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        raise NotQuick("a server address the ordinary path reads")
    import http.client

    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(parts.hostname, parts.port,
                                                 timeout=CONNECT_TIMEOUT, context=_tls())
    else:
        connection = http.client.HTTPConnection(parts.hostname, parts.port,
                                                timeout=CONNECT_TIMEOUT)
    try:
        connection.connect()
        if connection.sock is not None:
            connection.sock.settimeout(READ_TIMEOUT)
        connection.putrequest("POST", parts.path + (f"?{parts.query}" if parts.query else ""))
        for name, value in (("Content-Type", "application/json"), ("Content-Encoding", "gzip"),
                            ("Authorization", f"Bearer {token}"),
                            ("Content-Length", str(len(body)))):
            connection.putheader(name, value)
        connection.endheaders(body)
        response = connection.getresponse()
        raw = response.read()
        gzipped = (response.getheader("Content-Encoding") or "").strip().lower() == "gzip"
        return response.status, gzipped, raw
    finally:
        connection.close()


def _tls() -> Any:
    """Certificates checked as requests checks them: urllib3's context (TLS 1.2 or newer,
    the host name, the chain) against the bundle requests would take, the environment's
    ``REQUESTS_CA_BUNDLE`` or ``CURL_CA_BUNDLE`` (a file or a folder), else certifi's."""
    import ssl

    bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    if not bundle:
        import certifi

        bundle = certifi.where()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.options |= ssl.OP_NO_COMPRESSION | ssl.OP_NO_TICKET
    context.verify_mode = ssl.CERT_REQUIRED
    context.check_hostname = True
    context.hostname_checks_common_name = False
    if os.path.isdir(bundle):
        context.load_verify_locations(capath=bundle)
    else:
        context.load_verify_locations(cafile=bundle)
    context.set_alpn_protocols(["http/1.1"])
    return context


def _empty_answer(status: int, gzipped: bool, raw: bytes, state: _State,
                  app_version: str) -> dict[str, Any]:
    """The answer when it carries nothing at all; NotQuick otherwise."""
    if status != 200:
        raise NotQuick(f"HTTP {status}")
    answer = decode_answer_body(raw, gzipped=gzipped)
    if not isinstance(answer, dict) or set(answer) - ANSWER_MEMBERS:
        raise NotQuick("an answer with members this path does not know")
    cursor, pushed, clock = answer.get("cursor"), answer.get("pushed"), answer.get("clock")
    if type(cursor) is not int or cursor < state.cursor:
        raise NotQuick("the cursor went back")  # (forward with nothing else: changes outside
        # this folder's scope, kept as the ordinary path keeps it)
    if answer.get("more") not in (None, False):
        raise NotQuick("more to pull")
    if pushed is not None and (type(pushed) is not int or pushed != state.pushed_seq):
        raise NotQuick("headquarters holds another number of our changes")
    if clock is not None and type(clock) is not int:
        raise NotQuick("an unreadable clock")
    for name in _EMPTY_LISTS:
        if answer.get(name) not in (None, []):
            raise NotQuick(f"an answer with {name}")
    if answer.get("dn") is not None:
        raise NotQuick("an answer with device names")
    release = app_release(answer)
    heard = json.dumps(release.encode()) if release is not None else None
    if heard != state.release:
        raise NotQuick("another announcement")
    if release is not None and release.newest != app_version and _newer(release.newest,
                                                                        app_version):
        raise NotQuick("a newer version announced")
    return answer


def _newer(announced: str, current: str) -> bool:
    """As ``store.sync_adapter.newer_release`` compares them."""
    from packaging.version import InvalidVersion, Version

    try:
        return Version(announced) > Version(current)
    except InvalidVersion:
        return False


# -- the bookkeeping --------------------------------------------------------------------------


def write(connection: Any, state: _State, answer: dict[str, Any], local_clock_ms: int) -> str:
    """What ``Replication.apply_response`` writes for an empty answer, in one transaction
    (IMMEDIATE, as the store's writers take it); the time of the sync."""
    clock = answer.get("clock")
    server_ms = clock if isinstance(clock, int) else None
    hlc = state.hlc
    if server_ms is not None and (hlc >> 16) > server_ms + HQ_SKEW_MS:
        hlc = pack(server_ms + HQ_SKEW_MS + 1, 0)  # the clock ran ahead: back to headquarters'
    offset = server_ms - local_clock_ms if server_ms is not None else state.clock_offset_ms
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    connection.execute("BEGIN IMMEDIATE")
    try:
        if _read(connection).signature != state.signature:
            raise NotQuick("the replica changed meanwhile")
        connection.execute("UPDATE replica SET hlc = ?", (hlc,))
        connection.execute(
            "UPDATE sync_state SET cursor = ?, clock_offset_ms = ?, wanted = NULL, "
            "last_attempt_at = ?, last_sync_at = ?, last_error = NULL, last_error_code = NULL",
            (int(answer["cursor"]), offset, now, now))
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return now


__all__ = ["SWITCH_ENV", "QuickSync", "attach", "empty_sync", "store_module"]
