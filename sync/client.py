"""The field side of sync: enrolment, the device token in the keyring, and the sync loop.

Runs off the GUI thread.  One request per round trip: the pending changes (if any) and the
pull go together.  Every failure becomes a :class:`SyncError` with a stable ``code``, a
message a person understands and whether trying again may help.
"""

from __future__ import annotations

import dataclasses
import inspect
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import requests
from requests.adapters import HTTPAdapter
from urllib3 import exceptions as urllib3_exceptions
from urllib3.util.retry import Retry

from sync.gcpause import collection_paused
from sync.hlc import wall_ms
from sync.wire import (
    COLUMNS_VERSION,
    PROTOCOL_VERSION,
    PUSH_BATCH_BYTES,
    PUSH_ROWS_ANY,
    MAX_PUSH_ROWS,
    DEFAULT_SNAPSHOT_BYTES,
    MAX_ANSWER_BUDGET,
    AppRelease,
    ProtocolError,
    SnapshotPage,
    SnapshotRequest,
    SyncRequest,
    app_release,
    decode_answer_body,
    EncodedPush,
    encode_body,
)

KEYRING_SERVICE = "LookingBeyond"
CONNECT_TIMEOUT = 15
SNAPSHOT_ATTEMPTS = 3  # a snapshot page whose reply was lost is asked for again this often
FAST_PAGE_MS = 2_000  # a snapshot page that came quicker: the next ones twice the budget
READ_TIMEOUT = 120
# A device with much to send (the first push of a whole region) grows its push batches while
# round trips stay quick: fewer, larger requests, and headquarters' work per batch spread over
# more rows.  At most MAX_GROWN_PUSH_BYTES of JSON (a batch may pass its cut by one row, at
# most MAX_RECORD_BYTES of values, and the request holds the device table and the rows it
# asks for besides: inside MAX_REQUEST_BYTES, 4 MiB) and at most the rows
# headquarters takes (``push_rows``, else PUSH_ROWS_ANY).  A slow round trip halves the cut
# again, never below the device's own ``push_bytes``: on a slow link batches stay small, so a
# dropped connection loses little.
MAX_GROWN_PUSH_BYTES = 3 * 1024 * 1024  # 1 MiB under MAX_REQUEST_BYTES for the rest of a request
GROW_BELOW_S = 2.0  # a push round trip quicker than this doubles the next cut
SHRINK_ABOVE_S = 8.0  # one slower than this halves it (a 256 KiB batch takes about 5 s at 64 kbit/s)


class SyncError(Exception):
    """A sync that could not finish; ``message`` is for the person, ``code`` for programs."""

    def __init__(self, code: str, message: str, *, retryable: bool, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.retryable = retryable
        self.details = details or {}


class Cancelled(SyncError):
    """The person cancelled the sync; what was acknowledged so far is kept."""

    def __init__(self) -> None:
        super().__init__("cancelled", "Sync cancelled. Changes sent so far are kept.", retryable=True)


class ConfirmationNeeded(Exception):
    """Raised by a replica that will not apply a response without a person's consent
    (e.g. one that would delete a large share of the local records)."""

    deleting = 0
    live = 0


class LocalReplica(Protocol):
    """What the sync loop needs from the local replica (see :mod:`sync.replica`).  A
    ``build_push`` that also takes ``after`` (the batch that follows the one ending there)
    lets the loop build the next batch while headquarters applies the current one."""

    def build_push(self, *, limit_bytes: int = ...) -> Any: ...
    def apply_response(self, batch: Any, response: dict[str, Any], *, local_clock_ms: int,
                       allow_mass_delete: bool = ..., requested: list[list[str]] | None = ...) -> Any: ...
    def status(self) -> Any: ...
    def record_failure(self, message: str, code: str | None = ...) -> None: ...


@dataclass
class SyncReport:
    """What one sync did."""

    rounds: int = 0
    pushed_rows: int = 0
    pulled_rows: int = 0
    fixed: int = 0
    conflicts: int = 0
    refused: int = 0
    quarantined: int = 0  # pulled rows kept aside (could not be applied here)
    withdrawn: int = 0  # records that left this device's scope and were removed here
    erased: int = 0  # people whose data headquarters erased, erased here too
    bytes_sent: int = 0
    bytes_received: int = 0
    app: AppRelease | None = None  # the newest application version headquarters announced


ProgressCallback = Callable[[str, int, int], None]


class PushSizer:
    """Where the device cuts its next push batch, in bytes of JSON.

    Starts at ``floor`` (the device's ``push_bytes``).  After a round trip whose batch was
    cut by size: doubled when it took less than ``GROW_BELOW_S``, up to ``ceiling``; halved
    when it took more than ``SHRINK_ABOVE_S``, down to ``floor``."""

    def __init__(self, floor: int, ceiling: int = MAX_GROWN_PUSH_BYTES) -> None:
        self.floor = floor
        self.ceiling = max(floor, ceiling)
        self.limit = floor

    def observe(self, seconds: float, *, cut: bool) -> int:
        """Take a push round trip's time into account; the next cut."""
        if cut and seconds < GROW_BELOW_S:
            self.limit = min(self.limit * 2, self.ceiling)
        elif seconds > SHRINK_ABOVE_S:
            self.limit = max(self.limit // 2, self.floor)
        return self.limit


def make_session(*, retries: int = 2) -> requests.Session:
    """An HTTP session that retries connection failures and 502/503/504 with back-off.

    A sync request may be retried safely: headquarters recognises a batch it has applied.
    """
    retry = Retry(
        total=retries, connect=retries, read=0, status=retries, backoff_factor=0.5,
        status_forcelist=(502, 503, 504), allowed_methods=frozenset({"GET", "POST"}),
        raise_on_status=False, respect_retry_after_header=True,
    )
    session = requests.Session()
    # No User-Agent, Accept, Accept-Encoding or Connection headers: on a 2G link they are
    # a hundred bytes of every request for nothing (bodies are gzip by the protocol).
    session.headers.clear()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


@dataclass
class Reply:
    """An HTTP answer with its body exactly as it crossed the wire (still compressed)."""

    status: int
    headers: Any
    raw: bytes

    def document(self) -> Any:
        """The JSON document of the body (gunzipped when it says it is gzip)."""
        gzipped = self.headers.get("Content-Encoding", "").strip().lower() == "gzip"
        return decode_answer_body(self.raw, gzipped=gzipped)


def _post(session: requests.Session, url: str, body: bytes, headers: dict[str, str]) -> Reply:
    host = url.split("/v1/")[0]
    try:
        response = session.post(url, data=body, headers=headers, stream=True,
                                timeout=(CONNECT_TIMEOUT, READ_TIMEOUT))
        try:
            raw = response.raw.read(decode_content=False)
        finally:
            response.close()
        return Reply(response.status_code, response.headers, raw)
    except requests.exceptions.ConnectTimeout:
        raise SyncError("unreachable", f"Headquarters ({host}) did not answer in time. "
                        "Check the connection and try again.", retryable=True) from None
    except requests.exceptions.InvalidURL:
        raise SyncError("bad_url", f"“{url}” is not a usable server address.", retryable=False) from None
    except requests.exceptions.MissingSchema:
        raise SyncError("bad_url", f"“{host}” is not a server address (it should start with "
                        "http:// or https://).", retryable=False) from None
    except (requests.exceptions.Timeout, urllib3_exceptions.ReadTimeoutError):
        raise SyncError("timeout", "Headquarters stopped answering in the middle of the sync. "
                        "Nothing was lost; try again.", retryable=True) from None
    except (requests.exceptions.RequestException, urllib3_exceptions.HTTPError, OSError) as error:
        if _read_timed_out(error):  # requests wraps urllib3's read timeout in a ConnectionError
            raise SyncError("timeout", "Headquarters stopped answering in the middle of the sync. "
                            "Nothing was lost; try again.", retryable=True) from None
        text = str(error)
        if "Name or service not known" in text or "NameResolutionError" in text or "nodename nor servname" in text:
            raise SyncError("dns", f"The name of the headquarters server ({host}) could not be "
                            "found. Check the address and the connection.", retryable=True) from None
        raise SyncError("unreachable", "Unable to connect to headquarters, or the connection dropped. "
                        "Nothing was lost; try again when the connection is back.", retryable=True) from None


def _read_timed_out(error: BaseException) -> bool:
    """Whether a read timeout lies under ``error`` (requests turns urllib3's
    ``MaxRetryError(ReadTimeoutError)`` into a plain ``ConnectionError``)."""
    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        item = pending.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, (urllib3_exceptions.ReadTimeoutError, TimeoutError)):
            return True
        pending.extend([*item.args, getattr(item, "reason", None), item.__cause__, item.__context__])
    return False


def _error_from(reply: Reply) -> SyncError:
    try:
        error = reply.document()["error"]
        code, message = str(error["code"]), str(error["message"])
        details = {k: v for k, v in error.items() if k not in ("code", "message")}
    except (ProtocolError, KeyError, TypeError):
        code, message, details = "http_error", f"Headquarters answered with HTTP {reply.status}.", {}
    retryable = reply.status >= 500 or code in ("rate_limited", "push_gap", "busy", "request_timeout")
    if reply.status >= 500 and code == "http_error":
        message = (f"Headquarters or a proxy on the way had a problem (HTTP {reply.status}). "
                   "Nothing was lost; try again later.")
    return SyncError(code, message, retryable=retryable, details=details)


def enrol(server_url: str, user: str, password: str, device_id: str, device_name: str,
          *, session: requests.Session | None = None,
          bundle_keys: dict[str, str] | None = None) -> dict[str, Any]:
    """Enrol this device with headquarters; returns the server's answer (with the token and,
    when this device gave the public halves of its keys for sync by file, headquarters'
    own in ``hq_keys``)."""
    session = session or make_session()
    url = server_url.rstrip("/") + "/v1/enrol"
    document: dict[str, Any] = {"user": user, "password": password, "device_id": device_id,
                                "device_name": device_name}
    if bundle_keys is not None:
        document["bundle_keys"] = bundle_keys
    reply = _post(session, url, encode_json(document), {"Content-Type": "application/json"})
    if reply.status != 200:
        raise _error_from(reply)
    try:
        answer = reply.document()
        answer["token"]
    except (ProtocolError, KeyError, TypeError):
        raise SyncError("bad_reply", "Headquarters sent an unreadable answer to the enrolment.",
                        retryable=True) from None
    return dict(answer)


def encode_json(document: Any) -> bytes:
    """Plain JSON bytes (enrolment is small and not compressed)."""
    import json

    return json.dumps(document).encode("utf-8")


# -- the token in the operating system's keyring ------------------------------------------


def save_token(device_id: str, token: str) -> None:
    """Keep the device token in the keyring (never in a file)."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, device_id, token)
    except NoKeyringError:
        raise SyncError("no_keyring", NO_KEYRING, retryable=False) from None
    except KeyringError as error:
        raise SyncError("keyring", f"The system keyring refused to store the token: {error}",
                        retryable=False) from None


def load_token(device_id: str) -> str:
    """The device token from the keyring; SyncError when there is none."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        token = keyring.get_password(KEYRING_SERVICE, device_id)
    except NoKeyringError:
        raise SyncError("no_keyring", NO_KEYRING, retryable=False) from None
    except KeyringError as error:
        raise SyncError("keyring", f"The system keyring could not be read: {error}", retryable=False) from None
    if not token:
        raise SyncError("not_enrolled", "This device is not enrolled with headquarters yet: log in first "
                        "(lookingbeyond login --server URL --user NAME --password-stdin).", retryable=False)
    return token


def forget_token(device_id: str) -> None:
    """Remove the device token from the keyring (a remote wipe); nothing when there is none."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, device_id)
    except PasswordDeleteError:
        pass
    except KeyringError as error:
        raise SyncError("keyring", f"The system keyring could not remove the token: {error}",
                        retryable=False) from None


def register_bundle_keys(server_url: str, token: str, public: dict[str, str], *,
                         session: requests.Session | None = None) -> dict[str, str] | None:
    """Give headquarters this device's public keys for sync by file (a device enrolled
    before them); returns headquarters' public keys, or None when it does not know sync by
    file (404)."""
    session = session or make_session()
    reply = _post(session, server_url.rstrip("/") + "/v1/bundle-keys", encode_json(public),
                  {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    if reply.status == 404:
        return None
    if reply.status != 200:
        raise _error_from(reply)
    try:
        keys = reply.document()["hq_keys"]
        return {"sign": str(keys["sign"]), "box": str(keys["box"])}
    except (ProtocolError, KeyError, TypeError):
        raise SyncError("bad_reply", "Headquarters sent an unreadable answer about its keys.",
                        retryable=True) from None


def confirm_wiped(server_url: str, token: str, *, session: requests.Session | None = None) -> str:
    """Tell headquarters this device erased its data (after ``device_wipe``); returns when
    headquarters recorded it.  The token is refused from then on."""
    session = session or make_session()
    reply = _post(session, server_url.rstrip("/") + "/v1/wiped", b"",
                  {"Authorization": f"Bearer {token}"})
    if reply.status != 200:
        raise _error_from(reply)
    try:
        return str(reply.document()["wiped_at"])
    except (ProtocolError, KeyError, TypeError):
        raise SyncError("bad_reply", "Headquarters sent an unreadable answer to the wipe's "
                        "confirmation.", retryable=True) from None


def list_devices(server_url: str, token: str, *, session: requests.Session | None = None
                 ) -> list[dict[str, Any]]:
    """Every enrolled device, as headquarters lists them to an hq user's device: id, name,
    user, last_sync_at, state (SyncError ``forbidden`` for other users)."""
    session = session or make_session()
    url = server_url.rstrip("/") + "/v1/devices"
    try:
        response = session.get(url, headers={"Authorization": f"Bearer {token}"},
                               timeout=(CONNECT_TIMEOUT, READ_TIMEOUT))
        reply = Reply(response.status_code, response.headers, response.content)
    except requests.exceptions.RequestException:
        raise SyncError("unreachable", "Unable to connect to headquarters. Try again when the "
                        "connection is back.", retryable=True) from None
    if reply.status != 200:
        raise _error_from(reply)
    try:
        listed = reply.document()["devices"]
        return [{key: item.get(key) for key in ("id", "name", "user", "last_sync_at", "state")}
                for item in listed if isinstance(item, dict) and isinstance(item.get("id"), str)]
    except (ProtocolError, KeyError, TypeError):
        raise SyncError("bad_reply", "Headquarters sent an unreadable list of devices.",
                        retryable=True) from None


def order_wipe(server_url: str, token: str, device_id: str, *,
               session: requests.Session | None = None) -> str:
    """Order another device's data erased (an hq user's device); returns when ordered."""
    session = session or make_session()
    reply = _post(session, server_url.rstrip("/") + "/v1/devices/wipe",
                  encode_json({"device_id": device_id}),
                  {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    if reply.status != 200:
        raise _error_from(reply)
    try:
        return str(reply.document()["wipe_requested_at"])
    except (ProtocolError, KeyError, TypeError):
        raise SyncError("bad_reply", "Headquarters sent an unreadable answer to the wipe order.",
                        retryable=True) from None


def order_erasure(server_url: str, token: str, table: str, record_id: str, *,
                  session: requests.Session | None = None) -> str:
    """Erase a record's personal data at headquarters (an hq user's device): every replica
    blanks it at its next sync.  Returns the day of the erasure (ISO), an earlier one when
    the record had been erased before."""
    session = session or make_session()
    reply = _post(session, server_url.rstrip("/") + "/v1/erase",
                  encode_json({"table": table, "id": record_id}),
                  {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    if reply.status != 200:
        raise _error_from(reply)
    try:
        return str(reply.document()["erased_on"])
    except (ProtocolError, KeyError, TypeError):
        raise SyncError("bad_reply", "Headquarters sent an unreadable answer to the erasure.",
                        retryable=True) from None


NO_KEYRING = ("No system keyring is available to keep the device token safely. On Windows and macOS "
              "the keyring is built in; on Linux, install and unlock GNOME Keyring or KWallet "
              "(for example: apt install gnome-keyring), then log in again. The token is never "
              "written to a plain file.")


# -- the sync loop ------------------------------------------------------------------------


@dataclass
class _NextBatch:
    """A push batch built while the previous one was in flight, with what it assumed: the
    replica's last change number then (it follows the batch in flight).  The future gives
    the batch and its push compressed ahead (:class:`EncodedPush`), or None."""

    future: Future[Any]
    last_seq: int

    def wait(self) -> None:
        """Let the build finish (its failure is seen, and ignored, when it is taken)."""
        try:
            self.future.result()
        except Exception:  # noqa: BLE001 - built again in the ordinary way when taken
            pass


def _take(ahead: _NextBatch | None, status: Any) -> tuple[Any, EncodedPush | None]:
    """The batch built ahead and its compressed push, if it still holds: it starts just
    after what headquarters acknowledged, and no change was made on this device since it
    was read.  (None, None) otherwise."""
    if ahead is None:
        return None, None
    try:
        batch, encoded = ahead.future.result()
    except Exception:  # noqa: BLE001 - built again in the ordinary way
        return None, None
    if batch is None or batch.first != status.pushed_seq + 1 or status.last_seq != ahead.last_seq:
        return None, None
    return batch, encoded


def _build_ahead(build: Callable[..., Any], **arguments: Any) -> tuple[Any, EncodedPush | None]:
    """Build a push batch and compress its push (in the sync loop's helper thread)."""
    batch = build(**arguments)
    if batch is None or not _count(batch):
        return batch, None
    return batch, EncodedPush(batch.wire())


def _count(batch: Any) -> int:
    """Rows in a push batch (a replica's batch may have no column blocks)."""
    count = getattr(batch, "count", None)
    return count if isinstance(count, int) else len(batch.rows)


def _clean(outcome: Any) -> bool:
    """Whether applying an answer left the pending changes as they were (nothing refused,
    corrected, pulled, withdrawn, dropped or renumbered)."""
    return not (getattr(outcome, "refused", None) or getattr(outcome, "fixed", 0)
                or getattr(outcome, "pulled", 0) or getattr(outcome, "withdrawn", 0)
                or getattr(outcome, "erased", 0)
                or getattr(outcome, "dropped", 0) or getattr(outcome, "renumbered", 0)
                or getattr(outcome, "realigned", False) or getattr(outcome, "conflicts", 0))


class SyncClient:
    """Runs sync round trips until everything is pushed and pulled."""

    def __init__(
        self,
        replica: LocalReplica,
        server_url: str,
        token: str,
        *,
        session: requests.Session | None = None,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
        push_bytes: int = PUSH_BATCH_BYTES,
        pull_bytes: int = 1024 * 1024,
        protocol: int = PROTOCOL_VERSION,
        allow_mass_delete: bool = False,
        snapshot: bool = True,
        snapshot_bytes: int = DEFAULT_SNAPSHOT_BYTES,
    ) -> None:
        self.replica = replica
        self.url = server_url.rstrip("/") + "/v1/sync"
        self.token = token
        self.session = session or make_session()
        self.cancel = cancel or threading.Event()
        self.progress = progress
        self.push_bytes = push_bytes
        self.pull_bytes = pull_bytes
        self.protocol = protocol
        self.allow_mass_delete = allow_mass_delete
        # A replica with nothing receives its scope as a snapshot first (switch: snapshot).
        self.snapshot = snapshot
        self.snapshot_url = server_url.rstrip("/") + "/v1/snapshot"
        self.snapshot_bytes = snapshot_bytes

    def sync(self, *, max_rounds: int = 100_000) -> SyncReport:
        """Sync until nothing is pending and nothing is left to pull; SyncError otherwise."""
        report = SyncReport()
        try:
            self._snapshot(report)
            self._loop(report, max_rounds)
        except SyncError as error:
            if not isinstance(error, Cancelled):
                self.replica.record_failure(error.message, error.code)
            raise
        return report

    def _loop(self, report: SyncReport, max_rounds: int) -> None:
        gaps = 0
        prefetched: Future[tuple[SyncRequest, bytes, Reply, int]] | None = None
        sizer = PushSizer(self.push_bytes)
        ahead: _NextBatch | None = None  # the next push batch, built during a round trip
        # New records go in columns once headquarters has said it takes them (``push_cols``
        # in an answer to a push), and batches grow past PUSH_ROWS_ANY rows once it has said
        # how many it takes (``push_rows``); an older headquarters is never sent either.
        shape: dict[str, Any] = {}  # build_push's columns / rows, as headquarters said
        rows_refused = False  # a batch of push_rows was refused: PUSH_ROWS_ANY for this sync
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-prefetch") as pool:
            while report.rounds < max_rounds:
                if self.cancel.is_set():
                    raise Cancelled()
                if prefetched is not None:  # the next page of a long pull, already asked for
                    batch = None
                    request, body, reply, started = prefetched.result()
                    prefetched = None
                else:
                    status = self.replica.status()
                    # A replica restored from a backup first asks how far headquarters
                    # holds its changes (an answer without a push), then pushes.
                    batch, encoded = (None, None) if status.realign else _take(ahead, status)
                    if batch is None and not status.realign:
                        batch = self.replica.build_push(limit_bytes=sizer.limit, **shape)
                    ahead = None
                    request = SyncRequest(
                        # Column blocks say so (COLUMNS_VERSION): a headquarters of before
                        # them refuses the request whole rather than ignore them.
                        version=COLUMNS_VERSION if getattr(batch, "blocks", None) else self.protocol,
                        clock=wall_ms(), cursor=status.cursor,
                        devices=batch.devices.ids if batch else [],
                        push=batch.wire() if batch else None,
                        want=[(w[0], w[1]) for w in status.wanted], resolved=self._resolved(),
                        limit=self.pull_bytes, own=status.restored)
                    if batch is not None and _count(batch) and not batch.complete and self._builds("after"):
                        # Build the next batch while headquarters applies this one; it is
                        # used only if applying this answer changed nothing it was read from.
                        build: Any = self.replica.build_push  # with ``after`` (_builds)
                        ahead = _NextBatch(pool.submit(_build_ahead, build, limit_bytes=sizer.limit,
                                                       after=batch.upto, **shape), status.last_seq)
                    sent_at = time.monotonic()
                    request, body, reply, started = self._send(request, encoded)
                    if batch is not None:
                        sizer.observe(time.monotonic() - sent_at, cut=not batch.complete)
                    if ahead is not None:
                        ahead.wait()  # never read the store while this answer is applied
                report.rounds += 1
                report.bytes_sent += len(body)
                report.bytes_received += len(reply.raw)
                if reply.status != 200:
                    error = _error_from(reply)
                    if error.code == "push_gap" and isinstance(error.details.get("pushed"), int) and gaps < 3:
                        gaps += 1
                        self._rewind(error.details["pushed"])
                        continue
                    if error.code == "batch_too_large" and shape.pop("rows", None) is not None:
                        # An instance of before ``push_rows`` behind the same address (an
                        # upgrade under way): nothing was applied; batches as every
                        # headquarters takes them for the rest of this sync.
                        rows_refused = True
                        ahead = None
                        continue
                    if error.code == "protocol_unsupported" and request.version == COLUMNS_VERSION and shape:
                        # Headquarters behind this address does not take columns (an
                        # instance of before them, during an upgrade or a rollback): nothing
                        # was applied; the same changes go again as rows.
                        shape.clear()
                        ahead = None
                        continue
                    raise error
                answer = _answer(reply)
                report.app = app_release(answer) or report.app
                if answer.get("push_cols") is True and "columns" not in shape and self._builds("columns"):
                    shape["columns"] = True
                taken = answer.get("push_rows")
                if type(taken) is int and taken > PUSH_ROWS_ANY and "rows" not in shape \
                        and not rows_refused and self._builds("rows"):
                    shape["rows"] = min(taken, MAX_PUSH_ROWS)
                if answer.get("more") and batch is None and not request.want:
                    # Pulling a long way: ask for the next page while this one is applied
                    # (headquarters and this device work at the same time).
                    following = dataclasses.replace(request, clock=wall_ms(),
                                                    cursor=answer["cursor"], resolved=[])
                    prefetched = pool.submit(self._send, following)
                try:
                    outcome = self._apply(batch, request, answer, started)
                except BaseException:
                    if prefetched is not None:
                        prefetched.cancel()
                    raise
                if ahead is not None and not _clean(outcome):
                    ahead = None  # the answer changed the store: build the next batch again
                report.pushed_rows += _count(batch) if batch else 0
                report.pulled_rows += outcome.pulled
                report.fixed += outcome.fixed
                report.conflicts += outcome.conflicts
                report.refused += len(outcome.refused)
                report.quarantined += getattr(outcome, "quarantined", 0)
                report.withdrawn += getattr(outcome, "withdrawn", 0)
                report.erased += getattr(outcome, "erased", 0)
                if self.progress:
                    self.progress("sync", report.rounds, report.pulled_rows)
                if outcome.wanted and prefetched is not None:
                    prefetched.result()  # rows are missing: ask again with the wanted list
                    prefetched = None
                if (prefetched is None and not answer.get("more")
                        and (batch is None or batch.complete) and not outcome.wanted
                        and not outcome.realigned and not outcome.renumbered):
                    return
        raise SyncError("too_long", "The sync needed more round trips than allowed; run it again.", retryable=True)

    # -- a first sync: the scope as a snapshot ---------------------------------------------

    def _snapshot(self, report: SyncReport) -> None:
        """A replica with nothing (or with a snapshot under way) receives its scope as pages
        of current rows, each applied in one transaction, the next page asked for while this
        one is applied; ordinary round trips go on from the snapshot's cursor.  A headquarters
        without snapshots (404), or one that no longer accepts the token of an interrupted
        snapshot, leaves everything to ordinary pulls."""
        start = getattr(self.replica, "snapshot_start", None)
        if not self.snapshot or not callable(start):
            return
        token = start()
        if token is None:
            return
        with collection_paused(), \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="snapshot-prefetch") as pool:
            following: Future[tuple[SnapshotPage | None, bytes, Reply, int, int]] | None = \
                pool.submit(self._fetch_page, token or None)
            while following is not None:
                if self.cancel.is_set():
                    following.cancel()
                    raise Cancelled()
                page, body, reply, started, took = following.result()
                report.rounds += 1
                report.bytes_sent += len(body)
                report.bytes_received += len(reply.raw)
                if page is None:  # no snapshots here (or not this one): pull the ordinary way
                    if token:
                        self.replica.forget_snapshot()  # type: ignore[attr-defined]
                    return
                # A page that came quickly (a good link): the next ones twice as large, up to
                # what an answer may hold (fewer transactions on the device); after a slow
                # one, back to the budget asked for (a page lost on a poor link costs less).
                fast = took < FAST_PAGE_MS
                limit = min(2 * self.snapshot_bytes, MAX_ANSWER_BUDGET) if fast else self.snapshot_bytes
                following = pool.submit(self._fetch_page, page.next, again=True, limit=limit) \
                    if page.next else None
                try:
                    outcome = self._apply_page(page, started)
                except BaseException:
                    if following is not None:
                        following.cancel()
                    raise
                token = page.next or ""
                report.pulled_rows += outcome.pulled
                report.conflicts += outcome.conflicts
                report.quarantined += getattr(outcome, "quarantined", 0)
                if self.progress:
                    self.progress("snapshot", report.rounds, report.pulled_rows)

    def _fetch_page(self, token: str | None, *, again: bool = False, limit: int | None = None
                    ) -> tuple[SnapshotPage | None, bytes, Reply, int, int]:
        """One snapshot page (None: headquarters does not serve it) of up to ``limit``
        (default: ``snapshot_bytes``), when it was asked for and how many milliseconds it
        took to come.  With ``again`` (the snapshot is under way: headquarters answered
        before), a reply lost on the way is asked for again (a page is read again from its
        token, nothing was applied); the first request's failures (no route, no name) are
        the session's to retry."""
        request = SnapshotRequest(version=self.protocol, page=token,
                                  limit=limit or self.snapshot_bytes, columns=True)
        body = encode_body(request.encode())
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip",
                   "Authorization": f"Bearer {self.token}"}
        for attempt in range(SNAPSHOT_ATTEMPTS):
            started = wall_ms()
            try:
                reply = _post(self.session, self.snapshot_url, body, headers)
            except SyncError as error:
                if (not again or error.code not in ("timeout", "unreachable")
                        or attempt + 1 == SNAPSHOT_ATTEMPTS or self.cancel.is_set()):
                    raise
                continue
            break
        took = wall_ms() - started
        if reply.status != 200:
            refused = _error_from(reply)
            # No snapshots here (an older headquarters), a token it no longer accepts, or a
            # wipe ordered (the ordinary round trip sends what is unsent, then is told).
            if (reply.status == 404 or refused.code == "device_wipe"
                    or (token is not None and refused.code == "bad_request")):
                return None, body, reply, started, took
            raise refused
        try:
            page = SnapshotPage.decode(reply.document())
        except ProtocolError as error:
            raise SyncError("bad_reply", "Headquarters sent a snapshot page this version cannot "
                            f"read ({error.message}). Nothing of it was applied; try again.",
                            retryable=True) from None
        return page, body, reply, started, took

    def _apply_page(self, page: SnapshotPage, started: int) -> Any:
        local_clock = (started + wall_ms()) // 2
        try:
            return self.replica.apply_snapshot_page(page, local_clock_ms=local_clock)  # type: ignore[attr-defined]
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise SyncError("bad_reply", "Headquarters sent a snapshot page this version cannot "
                            f"apply ({error}).", retryable=True) from None

    def _builds(self, parameter: str) -> bool:
        """Whether the replica's ``build_push`` takes ``parameter``: ``columns`` (new records
        in column blocks), ``after`` (the batch after a given one), ``rows`` (a row cap)."""
        try:
            return parameter in inspect.signature(self.replica.build_push).parameters
        except (TypeError, ValueError):
            return False

    def _send(self, request: SyncRequest, encoded: EncodedPush | None = None
              ) -> tuple[SyncRequest, bytes, Reply, int]:
        body = encoded.body(request) if encoded is not None else encode_body(request.encode())
        started = wall_ms()
        reply = _post(self.session, self.url, body, {
            "Content-Type": "application/json", "Content-Encoding": "gzip",
            "Authorization": f"Bearer {self.token}",
        })
        return request, body, reply, started

    def _apply(self, batch: Any, request: SyncRequest, answer: dict[str, Any], started: int) -> Any:
        local_clock = (started + wall_ms()) // 2
        try:
            outcome = self.replica.apply_response(batch, answer, local_clock_ms=local_clock,
                                                  allow_mass_delete=self.allow_mass_delete,
                                                  requested=[list(w) for w in request.want])
        except ConfirmationNeeded as error:
            raise SyncError(
                "mass_delete",
                f"Stopped before applying: {error}. If headquarters really deleted them, "
                "confirm and sync again; nothing was changed here.",
                retryable=False, details={"deleting": error.deleting, "live": error.live}) from None
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise SyncError("bad_reply", f"Headquarters sent a reply this version cannot apply ({error}).",
                            retryable=True) from None
        acknowledge = getattr(self.replica, "acknowledge_resolved", None)
        if request.resolved and callable(acknowledge):
            acknowledge(request.resolved)
        return outcome

    def _resolved(self) -> list[str]:
        resolved = getattr(self.replica, "resolved_conflict_ids", None)
        return list(resolved()) if callable(resolved) else []

    def _rewind(self, pushed: int) -> None:
        rewind = getattr(self.replica, "set_pushed", None)
        if callable(rewind):
            rewind(pushed)


def _answer(reply: Reply) -> dict[str, Any]:
    try:
        answer = reply.document()
    except ProtocolError:
        raise SyncError("bad_reply", "The reply from headquarters was damaged on the way. "
                        "Nothing was lost; try again.", retryable=True) from None
    if not isinstance(answer, dict) or "cursor" not in answer:
        raise SyncError("bad_reply", "Headquarters sent a reply this version cannot read.", retryable=True)
    return answer


__all__ = ["Cancelled", "ConfirmationNeeded", "SyncClient", "SyncError", "SyncReport", "enrol", "load_token", "make_session",
           "save_token"]
