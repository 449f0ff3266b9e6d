"""The sync wire format: one JSON document each way per round trip, gzip-compressed.

Request (``POST /v1/sync``)::

    {"v": 1, "clock": device wall-clock ms, "cursor": last server sequence pulled,
     "d": [device ids referred to by index in versions],
     "push": {"from": first device seq, "upto": last device seq, "rows": [PushRow...]} | null,
     "want": [[table, id], ...], "resolved": [conflict id, ...], "limit": response bytes}

    PushRow = {"t": table, "i": id, "f": {field: [value, version, base|null]}, "b": row base|null}

Response::

    {"v": 1, "clock": server ms, "d": [...], "pushed": upto | null,
     "refused": [{"t", "i", "field", "code", "reason"}],
     "fix": [PullRow...],   # pushed fields where headquarters kept another value
     "rows": [PullRow...], "conflicts": [Conflict...], "cursor": n, "more": bool}

    PullRow = {"t": table, "i": id, "f": {field: [value, version]}, "r": true if reference only}

A version travels as ``"<clock hex>.<index into d>"``: the 32-character device id is written
once per message instead of once per field.  See docs/sync-protocol.md.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from typing import Any

from sync.hlc import HEX_WIDTH

PROTOCOL_VERSION = 1
OLDEST_SUPPORTED = 1
MAX_BODY_BYTES = 8 * 1024 * 1024  # compressed request bodies above this are refused early
MAX_INFLATED_BYTES = 64 * 1024 * 1024  # and so are bodies that inflate above this
# json.loads turns each value into a Python object several times the size of its text
# (``{},`` is 3 bytes and a 64-byte dict): a body holding more values (counted as commas,
# braces and brackets, strings included, so an over-estimate) than this is refused before
# it is parsed, so a small gzip body cannot make headquarters build gigabytes of objects.
MAX_JSON_ITEMS = 1_000_000
# Rows of one push.  The client reads at most 5,000 pending changes per batch
# (store/replication.py MAX_CHANGES_READ) and cuts batches at 256 KiB, so it stays far below.
MAX_PUSH_ROWS = 20_000
DEFAULT_RESPONSE_BYTES = 512 * 1024


class ProtocolError(ValueError):
    """A message that does not follow the protocol; ``code`` is stable, ``message`` human."""

    def __init__(self, code: str, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details or {}


# Stable error codes, with the HTTP status each is sent with.
ERROR_STATUS: dict[str, int] = {
    "bad_request": 400,
    "bad_encoding": 400,
    "auth_required": 401,
    "bad_credentials": 401,
    "token_invalid": 401,
    "token_expired": 401,
    "device_revoked": 403,
    "forbidden": 403,
    "not_found": 404,
    "method_not_allowed": 405,
    "push_gap": 409,
    "body_too_large": 413,
    "batch_too_large": 413,
    "protocol_unsupported": 426,
    "rate_limited": 429,
    "internal": 500,
}


def encode_body(document: Any) -> bytes:
    """Compact JSON, gzip-compressed."""
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(raw, compresslevel=6, mtime=0)


def decode_body(body: bytes, *, gzipped: bool = True) -> Any:
    """The JSON document in a (gzip-compressed) body; ProtocolError when it is not one."""
    if gzipped:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
                raw = stream.read(MAX_INFLATED_BYTES + 1)
        except (OSError, EOFError, ValueError, zlib.error):  # zlib.error: a corrupted deflate stream
            raise ProtocolError("bad_encoding", "the body is not valid gzip data") from None
        if len(raw) > MAX_INFLATED_BYTES:
            raise ProtocolError("body_too_large", "the body inflates beyond the allowed size")
    else:
        raw = body
    if raw.count(b",") + raw.count(b"{") + raw.count(b"[") > MAX_JSON_ITEMS:
        raise ProtocolError("body_too_large", "the body holds more values than are accepted "
                            f"in one message (at most {MAX_JSON_ITEMS:,}); send smaller batches")
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ProtocolError("bad_encoding", "the body is not UTF-8 JSON") from None


class DeviceTable:
    """Device ids of one message, so versions can name them by index."""

    def __init__(self, ids: list[str] | None = None) -> None:
        self.ids: list[str] = list(ids or [])
        self._index = {device: i for i, device in enumerate(self.ids)}
        self._unpacked: dict[str, str] = {}  # a message repeats versions: decode each once

    def pack(self, version: str | None) -> str | None:
        """The compact form of a version string."""
        if version is None:
            return None
        clock, device = version[:HEX_WIDTH], version[HEX_WIDTH:]
        index = self._index.get(device)
        if index is None:
            index = self._index[device] = len(self.ids)
            self.ids.append(device)
        return f"{clock.lstrip('0') or '0'}.{index}"

    def unpack(self, packed: str | None) -> str | None:
        """The full version string of a compact one; ProtocolError if malformed."""
        if packed is None:
            return None
        known = self._unpacked.get(packed) if isinstance(packed, str) else None
        if known is not None:
            return known
        try:
            clock, index = packed.split(".")
            value = int(clock, 16)
            device = self.ids[int(index)]
        except (ValueError, IndexError, AttributeError):
            raise ProtocolError("bad_request", f"malformed version {packed!r}") from None
        if value < 0 or value >= 1 << 64:
            raise ProtocolError("bad_request", f"malformed version {packed!r}")
        full = self._unpacked[packed] = f"{value:0{HEX_WIDTH}x}{device}"
        return full
