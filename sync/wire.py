"""The sync wire format, defined once: message classes, their encoding, and every limit.

Client, headquarters and the OpenAPI description use this module and nothing else to speak
the protocol (docs/sync-protocol.md).  One JSON document travels each way per round trip,
gzip-compressed::

    SyncRequest  {"v", "clock", "cursor", "d", "push": {"from", "upto", "rows": [PushRow]},
                  "want": [[table, id]], "resolved": [conflict id], "limit", "own"}
    PushRow      {"t": table, "i": id, "f": {field: [value, version, base]}, "b": row base}
                 or, when every field shares a version and base: "f": {field: [value]}
                 with "v": version and "w": base
    SyncAnswer   {"v", "clock", "d", "dn", "pushed", "refused": [Refusal], "fix": [PullRow],
                  "rows": [PullRow], "conflicts": [Conflict], "gone": [[table, id]],
                  "cursor", "more", "app": {"newest", "url"}}
    PullRow      {"t", "i", "f": {field: [value, version]} | {field: [value]} with "v",
                  "r": true for a reference row}

A version travels as ``"<clock hex>.<index into d>"``: the 32-character device id is written
once per message instead of once per field (:class:`DeviceTable`).  An answer's ``d`` also
lists the devices its conflicts name, and ``dn`` (optional, parallel to ``d``) gives for each
the name a person gave that computer and its headquarters user, ``[device name, user name]``
or null when headquarters does not know it: the names of devices whose work is already in
the answer, nothing more (:func:`device_names`).  ``app`` (optional) is the newest version of
the desktop application headquarters knows of and where to get it (:class:`AppRelease`), so
that a device can tell its person; like a name, it never stops a sync.

The limits below are the only copies: the device cuts its batches by them, headquarters
refuses what passes them, the desktop's validation refuses records larger than
:data:`MAX_RECORD_BYTES` before they are saved, and headquarters builds answers that the
device can always read (the budget arithmetic at MAX_ANSWER_BYTES below).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, TypeGuard

import orjson

from sync.hlc import HEX_WIDTH
from sync.registry import FieldSpec, Kind

# -- versions of the protocol -----------------------------------------------------------------

# 2: organizations carry merged_into (merges that sync); a device of version 1 knows no
# such field, so it is told to update rather than sent rows it would quarantine.
# 3: organizations carry at_risk and contacts erased_on (issue 13): a device of version 2
# knows neither field and would quarantine every new organization and contact.
PROTOCOL_VERSION = 3
OLDEST_SUPPORTED = 3
# 4: a request whose push carries column blocks (``push.cols``) says so.  A headquarters of
# before them serves 3 only and refuses such a request whole (``protocol_unsupported``,
# nothing applied) instead of ignoring the blocks and acknowledging records it never read
# (a rolling upgrade or a rollback, instances of two versions behind one address).  Every
# other request, and every answer, stays at PROTOCOL_VERSION.
COLUMNS_VERSION = 4

# -- limits -----------------------------------------------------------------------------------

KIB = 1024
MIB = 1024 * KIB
# A field: text and list items at most this many characters, lists at most this many items.
MAX_TEXT = 10_000
MAX_LIST = 1_000
# A record: its values as compact UTF-8 JSON ({"field": value, ...}) at most this many bytes.
# The desktop refuses to save a larger record and headquarters refuses to store one, so no
# record that travels can be larger (a grant with every text field at its longest Arabic
# is about 50 KiB).
MAX_RECORD_BYTES = 64 * KIB
# A push: at most MAX_PUSH_ROWS rows at this headquarters, which says so in every answer to
# a push (``push_rows``); a device sends more than PUSH_ROWS_ANY (what every headquarters has
# taken, those before ``push_rows`` included) only to one that said it takes them.  Fewer,
# larger batches make a large first push quicker (bench_first_sync.py: 10,000 against 5,000
# rows a batch, 48 s against 53 s for 253,451 rows).  The device cuts its batches at
# PUSH_BATCH_BYTES of JSON (a batch holds at least one row, so at most PUSH_BATCH_BYTES +
# MAX_RECORD_BYTES), growing the cut while round trips are quick (sync.client.PushSizer).
MAX_PUSH_ROWS = 10_000
PUSH_ROWS_ANY = 5_000
# A push's column blocks (``cols``): one per table is what a device sends.
MAX_PUSH_BLOCKS = 64
PUSH_BATCH_BYTES = 256 * KIB
# A request body: at most this many bytes compressed and inflated, with at most this many
# JSON values.  json.loads turns each value into a Python object several times the size of
# its text (``{},`` is 3 bytes and a 64-byte dict): the values (counted as commas, braces
# and brackets, strings included, so an over-estimate) are counted before parsing, so that a
# small gzip body cannot make headquarters build gigabytes of objects.  An honest push is at
# most PUSH_BATCH_BYTES + MAX_RECORD_BYTES of JSON: 4 MiB leaves ten times that, and bounds
# what one small compressed push can make headquarters store.
MAX_BODY_BYTES = 4 * MIB
MAX_REQUEST_BYTES = 4 * MIB
MAX_JSON_ITEMS = 1_000_000
# An answer: headquarters fills at most ``limit`` bytes (the device's choice, at most
# MAX_ANSWER_BUDGET) with rows, parents, corrections and conflicts, and then at most one
# more unit (a row with its parents, or a conflict: each at most a few MAX_RECORD_BYTES).
# Sizes are counted in characters of values, which JSON escaping can make up to six times
# longer in bytes; the device reads answers up to MAX_ANSWER_BYTES, more than
# 6 × (MAX_ANSWER_BUDGET + 8 × MAX_RECORD_BYTES), so no answer headquarters builds is ever
# refused by the device (tests/sync/server/test_hq_validation.py holds this with the worst characters).
# The names of devices (``dn``) come on top: at most MAX_DEVICE_IDS of them are named, each at
# most MAX_DEVICE_NAME + MAX_USER_NAME characters, so at most 6 × 10,000 × 300 bytes = 18 MB,
# inside the margin MAX_ANSWER_BYTES leaves.
DEFAULT_ANSWER_BYTES = 512 * KIB
MAX_ANSWER_BUDGET = 4 * MIB
MAX_ANSWER_BYTES = 64 * MIB
# Rows a device may ask for by id in one request.
MAX_WANT = 1_000
# Integers in the database are 64-bit; clocks are milliseconds since 1970.
MAX_SEQ = 2**63 - 1
MAX_CLOCK = 2**53
MAX_INT = 2**53  # |whole number| a field can hold (exact in every JSON reader)
MAX_DEVICE_IDS = 10_000
# The name a person gives a computer when it is enrolled, and a headquarters user's name.
MAX_DEVICE_NAME = 200
MAX_USER_NAME = 100
# The newest application version headquarters announces (``app``): "1.4.2", "2.0.0rc1"…
MAX_APP_VERSION = 32
APP_VERSION = re.compile(r"^[0-9]+(\.[0-9]+){0,3}([a-z]+[0-9]*)?$")
MAX_DOWNLOAD_URL = 500

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")  # \Z: "$" lets "\n" through
PACKED_VERSION_RE = re.compile(r"^[0-9a-f]{1,16}\.[0-9]{1,6}\Z")  # what DeviceTable.pack writes


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
    "too_many_devices": 403,
    "not_found": 404,
    "method_not_allowed": 405,
    "request_timeout": 408,
    "push_gap": 409,
    "body_too_large": 413,
    "batch_too_large": 413,
    "device_wipe": 410,  # headquarters ordered this device's data erased (issue 13)
    "bundle_refused": 422,  # a sync file headquarters cannot read or accept (issue 16)
    "protocol_unsupported": 426,
    "rate_limited": 429,
    "internal": 500,
    "busy": 503,
}
# Codes of a refused pushed row (SyncAnswer.refused), each with what it means.
REFUSAL_CODES: dict[str, str] = {
    "bad_request": "the row is not a protocol row",
    "unknown_table": "the table is not synced",
    "unknown_field": "the table has no such field",
    "bad_value": "a value does not fit its field's kind",
    "unknown_record": "a new record must come with every field",
    "missing_reference": "a reference names a record headquarters does not have",
    "out_of_scope": "the device may not write this record, or names one it may not see",
    "invalid_record": "the record breaks a rule of the domain (required field, vocabulary, range…)",
    "record_too_large": f"the record is larger than {MAX_RECORD_BYTES // KIB} KiB",
    "personal_data_erased": "headquarters erased this person's data; only a delete of the record is kept",
}


# -- bodies ---------------------------------------------------------------------------------


def encode_body(document: Any) -> bytes:
    """Compact JSON (:func:`body_json`), gzip-compressed."""
    return gzip.compress(body_json(document), compresslevel=6, mtime=0)


def body_json(document: Any) -> bytes:
    """A body's compact UTF-8 JSON: :func:`json_bytes`' text, written by orjson (a dozen
    times quicker: a region's snapshot pages are some 80 MB of it) for every document the
    protocol makes of text, integers within 64 bits, booleans, nulls, lists and objects
    with text keys (tests/sync/test_body_json.py compares the two), by the json module where
    orjson refuses a value (an integer beyond 64 bits, a key that is no text).  The
    protocol's values hold no number with a fraction."""
    try:
        return orjson.dumps(document)
    except (TypeError, orjson.JSONEncodeError):
        return json_bytes(document)


def json_loads(text: str | bytes) -> Any:
    """The value of a JSON text: orjson, a few times quicker, the json module for what
    orjson refuses (an integer beyond 64 bits, a lone surrogate or its escape, NaN): the
    same value either way (a device's JSON columns, a check's block in headquarters'
    worker)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def json_size(document: Any) -> int:
    """The bytes of ``document``'s JSON as the json module writes it with its default
    separators (``", "``, ``": "``) in UTF-8: ``len(json.dumps(document, ensure_ascii=False)
    .encode())``, what a device counts of a row to cut its push batches.  orjson's compact
    text and one byte for each separator it leaves out, a few times quicker; the json
    module's text where orjson refuses a value (tests/sync/test_body_json.py)."""
    try:
        return len(orjson.dumps(document)) + _separators(document)
    except (TypeError, orjson.JSONEncodeError):
        return len(json.dumps(document, ensure_ascii=False).encode("utf-8"))


def _separators(value: Any) -> int:
    """The separators of ``value``'s JSON (commas, and a colon for each member)."""
    items: Iterable[Any]
    if isinstance(value, (list, tuple)):
        items = value
        found = len(value) - 1 if value else 0
    elif isinstance(value, dict):
        items = value.values()
        found = 2 * len(value) - 1 if value else 0
    else:
        return 0
    if _SCALARS.issuperset(map(type, items)):  # none nested (a push's rows, mostly): in C
        return found
    for item in items:
        if isinstance(item, _NESTING):
            found += _separators(item)
    return found


_NESTING = (list, tuple, dict)
_SCALARS = frozenset({str, int, float, bool, type(None)})  # exactly these: never nested


class EncodedPush:
    """A request body's push, compressed ahead: the device builds and compresses its next
    batch while headquarters applies the one before (``sync.client``), and the rest of the
    request (cursor, clock, ...), known only when it is sent, finishes the same gzip stream
    then.  The body is the same document :func:`encode_body` makes of the request, with
    ``push`` as its first member, compressed at the same level."""

    def __init__(self, push: Any) -> None:
        self._compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip
        self.head = self._compressor.compress(b'{"push":' + body_json(push.encode()))

    def body(self, request: SyncRequest) -> bytes:
        """The whole body of ``request`` (whose ``push`` is the one compressed here)."""
        rest = dataclasses.replace(request, push=None).encode()  # the push is not built again
        del rest["push"]
        tail = body_json(rest)  # '{"v":...}': its members follow the push's
        compressor = self._compressor.copy()  # a retry of the same request finishes it again
        return self.head + compressor.compress(b"," + tail[1:]) + compressor.flush()


def json_bytes(document: Any) -> bytes:
    """Compact UTF-8 JSON, as the protocol writes it."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_body(body: bytes, *, gzipped: bool = True, max_bytes: int = MAX_REQUEST_BYTES,
                max_items: int | None = MAX_JSON_ITEMS) -> Any:
    """The JSON document in a (gzip-compressed) body; ProtocolError when it is not one or
    when it inflates beyond ``max_bytes`` or holds more than ``max_items`` values."""
    if gzipped:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
                raw = stream.read(max_bytes + 1)
        except (OSError, EOFError, ValueError, zlib.error):  # zlib.error: a corrupted deflate stream
            raise ProtocolError("bad_encoding", "the body is not valid gzip data") from None
    else:
        raw = body
    if len(raw) > max_bytes:
        raise ProtocolError("body_too_large", f"the body inflates beyond {max_bytes // MIB} MiB; "
                            "send smaller batches")
    if max_items is not None and raw.count(b",") + raw.count(b"{") + raw.count(b"[") > max_items:
        raise ProtocolError("body_too_large", "the body holds more values than are accepted "
                            f"in one message (at most {max_items:,}); send smaller batches")
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_not_json)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ProtocolError("bad_encoding", "the body is not UTF-8 JSON") from None
    except RecursionError:  # json.loads gives up on very deep nesting
        raise ProtocolError("bad_request", "the JSON body is nested too deeply") from None


def _not_json(constant: str) -> Any:
    """``NaN``, ``Infinity`` and ``-Infinity``, which Python's json module reads but JSON
    does not have (RFC 8259): refused, so that no replica stores a number that another
    writes back as something else (headquarters' orjson writes ``null``)."""
    raise ProtocolError("bad_encoding", f"the body holds {constant}, which is not JSON")


def decode_answer_body(body: bytes, *, gzipped: bool = True) -> Any:
    """An answer's document, read with the device's limits (MAX_ANSWER_BYTES; values are
    not counted separately: each takes at least one byte)."""
    return decode_body(body, gzipped=gzipped, max_bytes=MAX_ANSWER_BYTES, max_items=None)


# -- versions ---------------------------------------------------------------------------------


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

    def add(self, device: str) -> None:
        """List a device that no version names (one a conflict names, so that its name can
        travel in ``dn``)."""
        if device not in self._index:
            self._index[device] = len(self.ids)
            self.ids.append(device)

    def truncate(self, count: int) -> None:
        """Forget every device listed after the first ``count`` (what a push undone and
        applied again had listed: headquarters' _push)."""
        for device in self.ids[count:]:
            del self._index[device]
        del self.ids[count:]

    def unpack(self, packed: Any) -> str | None:
        """The full version string of a compact one; ProtocolError if malformed.  Only the
        exact packed form is read: ``int()`` alone would take ``"1.-1"`` (the last device),
        ``"0x1.0"``, ``" 1.0"`` or ``"1_0.0"``."""
        if packed is None:
            return None
        known = self._unpacked.get(packed) if isinstance(packed, str) else None
        if known is not None:
            return known
        if not (isinstance(packed, str) and PACKED_VERSION_RE.match(packed)):
            raise ProtocolError("bad_request", f"malformed version {_short(packed)}")
        clock, index = packed.split(".")
        try:
            device = self.ids[int(index)]
        except IndexError:
            raise ProtocolError("bad_request", f"malformed version {_short(packed)}") from None
        full = self._unpacked[packed] = f"{int(clock, 16):0{HEX_WIDTH}x}{device}"
        return full


# -- values -----------------------------------------------------------------------------------


def storable(text: str) -> bool:
    """Whether text can be stored and sent back: UTF-8 encodable (no lone surrogates, which
    JSON escapes can carry) and without NUL (PostgreSQL text and jsonb refuse it)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def value_problem(spec: FieldSpec, value: Any) -> str | None:
    """Why a wire value does not fit its field's kind (None when it fits).  The wording
    names the field's kind, never the value (it may be personal data)."""
    if value is None:
        return None
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.REF):
        if not isinstance(value, str):
            return "must be text"
        if len(value) > MAX_TEXT:
            return f"is longer than {MAX_TEXT:,} characters"
        if not storable(value):
            return "must be Unicode text without NUL characters"
        if kind is Kind.REF and not UUID_RE.match(value):
            return "must be a record id"
        return None
    if kind is Kind.INT:
        ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) < MAX_INT
        return None if ok else "must be a whole number"
    if kind is Kind.BOOL:
        return None if isinstance(value, bool) else "must be true or false"
    if kind is Kind.DATE:
        if not isinstance(value, str) or len(value) != 10:
            return "must be a date (YYYY-MM-DD)"
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return "must be a date (YYYY-MM-DD)"
        return None
    if kind is Kind.DECIMAL:
        try:
            ok = (isinstance(value, str) and len(value) <= 40 and Decimal(value).is_finite())
        except InvalidOperation:
            ok = False
        return None if ok else "must be a decimal number written as text"
    if kind is Kind.LIST:
        ok = isinstance(value, list) and len(value) <= MAX_LIST and all(
            isinstance(v, str) and len(v) <= MAX_TEXT and storable(v) for v in value)
        if ok and spec.ref_table:
            ok = all(UUID_RE.match(v) for v in value)
        return None if ok else "must be a list of text"
    return "has an unknown kind"


def without_values(message: str) -> str:
    """A rule's message without the values it quotes (they may be personal data): refusals
    and quarantine reasons name table, id and field, never values."""
    return re.sub(r"“[^”]*”", "the value", message).split(":")[0].strip()


def record_bytes(values: dict[str, Any]) -> int:
    """The size of a record's values as the protocol writes them (compact UTF-8 JSON)."""
    return len(json_bytes(values))


def record_fits(values: dict[str, Any], limit: int = MAX_RECORD_BYTES) -> bool:
    """Whether ``record_bytes(values) <= limit``, most often without encoding: a character
    takes at most six bytes of JSON (an escape), so a record whose characters, counted six
    times, stay within the limit fits; only a record near it is encoded."""
    total = 2
    for name, value in values.items():
        total += 6 * len(name) + 4
        kind = type(value)
        if kind is str:
            total += 6 * len(value) + 2
        elif value is None or kind is bool:
            total += 5
        elif kind is int:
            total += 24 if -10**20 < value < 10**20 else len(str(value)) + 1
        elif kind is list and all(type(item) is str for item in value):
            total += 2 + sum(6 * len(item) + 3 for item in value)
        else:
            return record_bytes(values) <= limit
    return total <= limit or record_bytes(values) <= limit


# -- pushed rows --------------------------------------------------------------------------------


class RowError(Exception):
    """A pushed row that cannot be read; the rest of the push goes on."""

    def __init__(self, code: str, reason: str, field: str | None = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.field = field


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One pushed field: its value, the version the device gave it, and the version the
    device had when it edited it (None for a new row)."""

    value: Any
    version: str
    base: str | None


@dataclass(slots=True)
class PushRow:
    """A row of a push: the changed fields of one record."""

    table: str
    id: str
    fields: dict[str, FieldChange]
    row_base: str | None = None  # the newest version of the row the device had seen

    def encode(self, devices: DeviceTable) -> dict[str, Any]:
        """The compact wire form (one version and base for the row when all fields share them)."""
        row: dict[str, Any] = {"t": self.table, "i": self.id}
        pairs = {(change.version, change.base) for change in self.fields.values()}
        if len(pairs) == 1:
            version, base = pairs.pop()
            row["v"] = devices.pack(version)
            if base is not None:
                row["w"] = devices.pack(base)
            row["f"] = {name: [change.value] for name, change in self.fields.items()}
        else:
            row["f"] = {name: [change.value, devices.pack(change.version), devices.pack(change.base)]
                        for name, change in self.fields.items()}
        if self.row_base is not None:
            row["b"] = devices.pack(self.row_base)
        return row

    @classmethod
    def decode(cls, raw: Any, devices: DeviceTable, registry: Any) -> PushRow:
        """A pushed row read against the registry; RowError naming what is wrong."""
        if not isinstance(raw, dict):
            raise RowError("bad_request", "a pushed row must be an object")
        table, record_id, fields = raw.get("t"), raw.get("i"), raw.get("f")
        if not isinstance(table, str) or table not in registry:
            raise RowError("unknown_table", f"{_short(table)} is not a synced table")
        if not isinstance(record_id, str) or not UUID_RE.match(record_id):
            raise RowError("bad_value", "the record id is not a UUID", "id")
        if not isinstance(fields, dict) or not fields:
            raise RowError("bad_request", "a pushed row needs fields")
        spec = registry.table(table)
        try:
            row_version, row_base = devices.unpack(raw.get("v")), devices.unpack(raw.get("w"))
            base_of_row = devices.unpack(raw.get("b"))
        except ProtocolError as error:
            raise RowError("bad_request", error.message) from None
        changes: dict[str, FieldChange] = {}
        for name, triple in fields.items():
            if name == "id" or name not in spec.field_names:
                raise RowError("unknown_field", f"{table} has no field {_short(name)}", echo(name))
            version: str | None
            if isinstance(triple, list) and len(triple) == 1 and row_version is not None:
                value, version, base = triple[0], row_version, row_base
            elif isinstance(triple, list) and len(triple) == 3:
                value = triple[0]
                try:
                    version, base = devices.unpack(triple[1]), devices.unpack(triple[2])
                except ProtocolError as error:
                    raise RowError("bad_request", error.message, name) from None
            else:
                raise RowError("bad_request", f"field {name!r} must be [value, version, base]", name)
            problem = value_problem(spec.field(name), value)
            if problem:
                raise RowError("bad_value", f"{name}: {problem}", name)
            if version is None:
                raise RowError("bad_value", f"{name}: the version is missing", name)
            changes[name] = FieldChange(value, version, base)
        return cls(table, record_id, changes, base_of_row)


@dataclass(slots=True)
class PushBatch:
    """The ``push`` member of a request: device sequence numbers ``first..upto``, rows, and
    (``cols``, to a headquarters that said it takes them: ``push_cols`` in an answer) new
    records in columns.  Headquarters reads the rows one by one (:meth:`PushRow.decode`), so
    that one bad row is refused and the others applied.

    A block's row ``[id, version, value, ...]`` stands for the pushed row
    ``{"t", "i", "v", "f": {name: [value]}}`` (:meth:`ColumnBlock.as_row`): a record the
    device made, every field at one version, no base.  Headquarters applies, table by table
    in the registry's order, a table's blocks before its rows."""

    first: int
    upto: int
    rows: list[Any]
    blocks: list[ColumnBlock] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Rows in the batch, those of the blocks included."""
        return len(self.rows) + sum(len(block.rows) for block in self.blocks)

    def encode(self) -> dict[str, Any]:
        document: dict[str, Any] = {"from": self.first, "upto": self.upto, "rows": self.rows}
        if self.blocks:
            document["cols"] = [block.encode() for block in self.blocks]
        return document


# -- the request --------------------------------------------------------------------------------


@dataclass(slots=True)
class SyncRequest:
    """One round trip's request."""

    version: int = PROTOCOL_VERSION
    clock: int | None = None
    cursor: int = 0
    devices: list[str] = field(default_factory=list)
    push: PushBatch | None = None
    want: list[tuple[str, str]] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)
    limit: int = DEFAULT_ANSWER_BYTES
    own: bool = False

    def encode(self) -> dict[str, Any]:
        """The JSON document."""
        document: dict[str, Any] = {
            "v": self.version, "clock": self.clock, "cursor": self.cursor, "d": self.devices,
            "push": self.push.encode() if self.push is not None else None,
            "want": [list(w) for w in self.want], "resolved": self.resolved, "limit": self.limit,
        }
        if self.own:
            document["own"] = True
        return document

    @classmethod
    def decode(cls, document: Any) -> SyncRequest:
        """A request document checked member by member; ProtocolError otherwise."""
        if not isinstance(document, dict):
            raise ProtocolError("bad_request", "the request must be a JSON object")
        version = _checked_version(document.get("v"))
        cursor = document.get("cursor", 0)
        if not _is_int(cursor) or not 0 <= cursor <= MAX_SEQ:
            raise ProtocolError("bad_request", "cursor must be a non-negative whole number")
        limit = document.get("limit")
        if limit is None:  # absent or null (the API description allows null): the default budget
            limit = DEFAULT_ANSWER_BYTES
        if not _is_int(limit) or limit <= 0:
            raise ProtocolError("bad_request", "limit must be a positive whole number")
        clock = document.get("clock")
        if clock is not None and (not _is_int(clock) or abs(clock) > MAX_CLOCK):
            raise ProtocolError("bad_request", "clock must be milliseconds since 1970")
        devices = document.get("d", [])
        if (not isinstance(devices, list) or len(devices) > MAX_DEVICE_IDS
                or not all(isinstance(d, str) and len(d) <= 32 for d in devices)):
            raise ProtocolError("bad_request", "d must be a list of device ids")
        push = _decode_push(document.get("push"))
        if push is not None and push.blocks and version < COLUMNS_VERSION:
            raise ProtocolError("bad_request", f"a push with column blocks says protocol {COLUMNS_VERSION}")
        want = document.get("want", [])
        if not isinstance(want, list) or not all(
                isinstance(w, list) and len(w) == 2 and all(isinstance(x, str) and storable(x) for x in w)
                for w in want):
            raise ProtocolError("bad_request", "want must be a list of [table, id] pairs")
        resolved = document.get("resolved", [])
        if not isinstance(resolved, list) or not all(
                storable(r) for r in resolved if isinstance(r, str)):
            raise ProtocolError("bad_request", "resolved must be a list of conflict ids")
        own = document.get("own", False)
        if not isinstance(own, bool):
            raise ProtocolError("bad_request", "own must be true or false")
        return cls(version, clock, cursor, devices, push, [(w[0], w[1]) for w in want[:MAX_WANT]],
                   [r for r in resolved if isinstance(r, str)], min(limit, MAX_ANSWER_BUDGET), own)


def _decode_push(push: Any) -> PushBatch | None:
    if push is None:
        return None
    if not isinstance(push, dict):
        raise ProtocolError("bad_request", "push must be an object")
    first, upto, rows = push.get("from"), push.get("upto"), push.get("rows")
    if (not _is_int(first) or not _is_int(upto) or first < 1 or upto < first - 1
            or upto > MAX_SEQ or not isinstance(rows, list)):
        raise ProtocolError("bad_request", "push needs from ≥ 1, upto ≥ from − 1 and a list of rows")
    cols = push.get("cols", [])
    if not isinstance(cols, list) or len(cols) > MAX_PUSH_BLOCKS:
        raise ProtocolError("bad_request", f"push cols must be a list of at most {MAX_PUSH_BLOCKS} "
                            "column blocks")
    blocks = [ColumnBlock.decode(block, code="bad_request") for block in cols]
    count = len(rows) + sum(len(block.rows) for block in blocks)
    if count > MAX_PUSH_ROWS:  # refused before any row is looked at
        raise ProtocolError("batch_too_large", f"a push carries at most {MAX_PUSH_ROWS:,} rows "
                            f"(this one has {count:,}); send it in smaller batches")
    return PushBatch(first, upto, rows, blocks)


# -- the answer ---------------------------------------------------------------------------------


@dataclass(slots=True)
class PullRow:
    """A record's fields as headquarters holds them: ``{field: (value, version)}``."""

    table: str
    id: str
    fields: dict[str, tuple[Any, str]]
    reference: bool = False  # a read-only parent outside the device's scope

    def encode(self, devices: DeviceTable) -> dict[str, Any]:
        """The compact wire form (the version once, as ``v``, when every field shares it)."""
        row: dict[str, Any] = {"t": self.table, "i": self.id}
        versions = {version for _value, version in self.fields.values()}
        if len(versions) == 1:
            row["v"] = devices.pack(versions.pop())
            row["f"] = {name: [value] for name, (value, _version) in self.fields.items()}
        else:
            row["f"] = {name: [value, devices.pack(version)]
                        for name, (value, version) in self.fields.items()}
        if self.reference:
            row["r"] = True
        return row

    @classmethod
    def decode(cls, raw: Any, devices: DeviceTable) -> PullRow:
        """A pulled row; ProtocolError (bad_reply) when it is not one.  Values are checked
        against their fields later, by the replica (a row it cannot apply is quarantined)."""
        if not isinstance(raw, dict):
            raise _bad_reply("a row is not an object")
        table, record_id, fields = raw.get("t"), raw.get("i"), raw.get("f")
        if not isinstance(table, str) or not isinstance(record_id, str) or not isinstance(fields, dict):
            raise _bad_reply("a row lacks its table, id or fields")
        row_version = devices.unpack(raw.get("v"))
        decoded: dict[str, tuple[Any, str]] = {}
        for name, pair in fields.items():
            if not isinstance(pair, list) or not 1 <= len(pair) <= 2:
                raise _bad_reply(f"field {_short(name)} of a row is not [value, version]")
            version = devices.unpack(pair[1]) if len(pair) == 2 else row_version
            if version is None:
                raise _bad_reply(f"field {_short(name)} of a row has no version")
            decoded[str(name)] = (pair[0], version)
        return cls(table, record_id, decoded, raw.get("r") is True)


@dataclass(frozen=True, slots=True)
class Refusal:
    """A pushed row headquarters did not apply (``field`` None: the whole row).  ``held``:
    headquarters holds that record (a row that carried every field may still name one: its
    creation reached headquarters, and the reply that said so was lost)."""

    table: str | None
    id: str | None
    field: str | None
    code: str
    reason: str
    held: bool = False

    def encode(self) -> dict[str, Any]:
        encoded: dict[str, Any] = {"t": self.table, "i": self.id, "field": self.field,
                                   "code": self.code, "reason": self.reason}
        if self.held:
            encoded["held"] = True
        return encoded

    @classmethod
    def decode(cls, raw: Any) -> Refusal:
        if not isinstance(raw, dict):
            raise _bad_reply("a refusal is not an object")
        return cls(_opt_str(raw.get("t")), _opt_str(raw.get("i")), _opt_str(raw.get("field")),
                   str(raw.get("code")), str(raw.get("reason")), raw.get("held") is True)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A value that lost a concurrent write (or a delete that met an edit), kept for review."""

    id: str
    table: str
    row_id: str
    field: str
    kind: str  # field | deleted_edited | edited_deleted
    winner: tuple[Any, str | None]
    loser: tuple[Any, str | None]
    loser_device: str | None
    at: str | None
    resolved: bool

    def encode(self) -> dict[str, Any]:
        return {"id": self.id, "t": self.table, "i": self.row_id, "field": self.field,
                "kind": self.kind, "winner": list(self.winner), "loser": list(self.loser),
                "loser_device": self.loser_device, "at": self.at, "resolved": self.resolved}

    @classmethod
    def decode(cls, raw: Any) -> Conflict:
        try:
            winner, loser = raw["winner"], raw["loser"]
            return cls(str(raw["id"]), str(raw["t"]), str(raw["i"]), str(raw["field"]),
                       str(raw["kind"]), (winner[0], winner[1]), (loser[0], loser[1]),
                       _opt_str(raw.get("loser_device")), _opt_str(raw.get("at")),
                       raw.get("resolved") is True)
        except (KeyError, IndexError, TypeError):
            raise _bad_reply("a conflict lacks a member") from None


@dataclass(slots=True)
class SyncAnswer:
    """One round trip's answer."""

    cursor: int
    more: bool = False
    clock: int | None = None
    pushed: int | None = None
    refused: list[Refusal] = field(default_factory=list)
    fix: list[PullRow] = field(default_factory=list)
    rows: list[PullRow] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    gone: list[tuple[str, str]] = field(default_factory=list)  # records that left the device's scope
    version: int = PROTOCOL_VERSION
    # {device id: (device name, user name)} for devices of the answer (``dn``).
    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    app: AppRelease | None = None  # the newest application version headquarters knows (``app``)

    def encode(self) -> dict[str, Any]:
        """The JSON document (versions packed against one device table)."""
        devices = DeviceTable()
        document: dict[str, Any] = {
            "v": self.version, "clock": self.clock, "pushed": self.pushed,
            "refused": [r.encode() for r in self.refused],
            "fix": [r.encode(devices) for r in self.fix],
            "rows": [r.encode(devices) for r in self.rows],
            "conflicts": [c.encode() for c in self.conflicts],
            "cursor": self.cursor, "more": self.more,
        }
        if self.gone:
            document["gone"] = [list(g) for g in self.gone]
        for conflict in self.conflicts:
            for device in conflict_devices(conflict.encode()):
                devices.add(device)
        document["d"] = devices.ids
        named = encode_device_names(devices.ids, self.names)
        if named is not None:
            document["dn"] = named
        if self.app is not None:
            document["app"] = self.app.encode()
        return document

    @classmethod
    def decode(cls, document: Any) -> SyncAnswer:
        """An answer document checked member by member; ProtocolError (``bad_reply``)."""
        if not isinstance(document, dict):
            raise _bad_reply("the answer is not an object")
        cursor = document.get("cursor")
        if not _is_int(cursor) or not 0 <= cursor <= MAX_SEQ:
            raise _bad_reply("the answer has no cursor")
        devices_raw = document.get("d") or []
        if not isinstance(devices_raw, list) or not all(isinstance(d, str) for d in devices_raw):
            raise _bad_reply("the answer's device table is not a list of ids")
        devices = DeviceTable(devices_raw)
        pushed, clock = document.get("pushed"), document.get("clock")
        try:
            return cls(
                cursor=cursor, more=document.get("more") is True,
                clock=clock if _is_int(clock) else None,
                pushed=pushed if _is_int(pushed) else None,
                refused=[Refusal.decode(r) for r in _list(document, "refused")],
                fix=[PullRow.decode(r, devices) for r in _list(document, "fix")],
                rows=[PullRow.decode(r, devices) for r in _list(document, "rows")],
                conflicts=[Conflict.decode(c) for c in _list(document, "conflicts")],
                gone=[_gone(g) for g in _list(document, "gone")],
                version=version if _is_int(version := document.get("v")) else PROTOCOL_VERSION,
                names=device_names(document),
                app=app_release(document),
            )
        except ProtocolError as error:
            raise _bad_reply(error.message) from None


# -- snapshots (a first sync: current rows instead of the change log) -------------------------

# A snapshot page token is headquarters' own text (the device hands it back unchanged); the
# device only checks that it is short, storable text.
MAX_SNAPSHOT_TOKEN = 200
# The snapshot request's ``limit`` default (characters of values, like a pull's budget).
DEFAULT_SNAPSHOT_BYTES = 2 * MIB


@dataclass(slots=True)
class SnapshotRequest:
    """``POST /v1/snapshot``: the first page (``page`` None) or the page after a token."""

    version: int = PROTOCOL_VERSION
    page: str | None = None
    limit: int = DEFAULT_SNAPSHOT_BYTES
    # The device reads rows in columns (``cols``: each table's field names once, then its
    # rows as arrays).  A headquarters that does not know the member ignores it and sends
    # every row as a pulled row; a device that does not send it gets only pulled rows.
    columns: bool = False

    def encode(self) -> dict[str, Any]:
        """The JSON document."""
        document: dict[str, Any] = {"v": self.version, "page": self.page, "limit": self.limit}
        if self.columns:
            document["cols"] = True
        return document

    @classmethod
    def decode(cls, document: Any) -> SnapshotRequest:
        """A request document checked member by member; ProtocolError otherwise (the
        token's own contents are checked by headquarters, which wrote it)."""
        if not isinstance(document, dict):
            raise ProtocolError("bad_request", "the request must be a JSON object")
        version = _checked_version(document.get("v"))
        page = document.get("page")
        if page is not None and (not isinstance(page, str) or len(page) > MAX_SNAPSHOT_TOKEN
                                 or not storable(page)):
            raise ProtocolError("bad_request", "page must be a page token of this headquarters")
        limit = document.get("limit")
        if limit is None:
            limit = DEFAULT_SNAPSHOT_BYTES
        if not _is_int(limit) or limit <= 0:
            raise ProtocolError("bad_request", "limit must be a positive whole number")
        columns = document.get("cols", False)
        if not isinstance(columns, bool):
            raise ProtocolError("bad_request", "cols must be true or false")
        return cls(version, page, min(limit, MAX_ANSWER_BUDGET), columns)


@dataclass(slots=True)
class ColumnBlock:
    """Rows of one table in columns (a snapshot page's ``cols``): ``columns`` names the
    fields once, each row is ``[id, version, value, ...]`` with its values in that order,
    every field at the row's one (packed) version.  Headquarters puts there the whole rows
    whose fields share one version; a reference row or a row with versions of its own goes
    in ``rows``.  The rows are left as they came: the replica reads each as it would read
    the same pulled row (:meth:`as_row`), so a row it cannot read is kept aside, not a page
    refused."""

    table: str
    columns: list[str]
    rows: list[Any]

    def as_row(self, row: Any) -> Any:
        """The pulled-row form of one of the block's rows (``{"t", "i", "f", "v"}``, fields
        in name order as headquarters writes a pulled row), or the row as it came when it
        is not an array of the block's width with a text id."""
        if not isinstance(row, list) or len(row) != len(self.columns) + 2 or not isinstance(row[0], str):
            return row
        return {"t": self.table, "i": row[0], "v": row[1],
                "f": {name: [value] for name, value in sorted(zip(self.columns, row[2:]),
                                                               key=lambda pair: pair[0])}}

    @classmethod
    def decode(cls, document: Any, *, code: str = "bad_reply") -> ColumnBlock:
        """A block checked for its shape (a table, distinct field names, a list of rows);
        ProtocolError (``code``: ``bad_reply`` in an answer, ``bad_request`` in a push)
        otherwise."""
        if not isinstance(document, dict):
            raise ProtocolError(code, "a column block is not an object")
        table, columns, rows = document.get("t"), document.get("c"), document.get("r")
        if not isinstance(table, str) or not table or len(table) > 64:
            raise ProtocolError(code, "a column block names no table")
        if (not isinstance(columns, list) or not all(isinstance(c, str) and c for c in columns)
                or len(set(columns)) != len(columns) or len(columns) > 512):
            raise ProtocolError(code, "a column block's field names are not a list of distinct names")
        if not isinstance(rows, list):
            raise ProtocolError(code, "a column block's rows are not a list")
        return cls(table, list(columns), rows)

    def encode(self) -> dict[str, Any]:
        """The JSON document."""
        return {"t": self.table, "c": self.columns, "r": self.rows}


@dataclass(slots=True)
class SnapshotPage:
    """One page of a snapshot: current rows of the device's scope (with their reference
    rows) and conflicts, ``cursor`` the sequence number the snapshot stands at (the same on
    every page: ordinary pulls go on from it), ``next`` the token of the following page
    (None: this was the last)."""

    cursor: int
    next: str | None
    clock: int | None = None
    rows: list[Any] = field(default_factory=list)  # wire rows, as a pull's ``rows``
    conflicts: list[Conflict] = field(default_factory=list)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    devices: list[str] = field(default_factory=list)  # ``d``: the rows' versions name these
    version: int = PROTOCOL_VERSION
    blocks: list[ColumnBlock] = field(default_factory=list)  # ``cols``: rows in columns

    @classmethod
    def decode(cls, document: Any) -> SnapshotPage:
        """A page checked member by member; ProtocolError (``bad_reply``).  Its rows are
        left in wire form: the replica reads each exactly as a pulled row (a row it cannot
        read or apply is quarantined, the rest applied)."""
        if not isinstance(document, dict):
            raise _bad_reply("the snapshot page is not an object")
        cursor = document.get("cursor")
        if not _is_int(cursor) or not 0 <= cursor <= MAX_SEQ:
            raise _bad_reply("the snapshot page has no cursor")
        following = document.get("next")
        if following is not None and (not isinstance(following, str) or not following
                                      or len(following) > MAX_SNAPSHOT_TOKEN or not storable(following)):
            raise _bad_reply("the snapshot page's next token is not one")
        devices_raw = document.get("d") or []
        if not isinstance(devices_raw, list) or not all(isinstance(d, str) for d in devices_raw):
            raise _bad_reply("the snapshot page's device table is not a list of ids")
        devices = DeviceTable(devices_raw)
        clock = document.get("clock")
        try:
            return cls(
                cursor=cursor, next=following, clock=clock if _is_int(clock) else None,
                rows=_list(document, "rows"),
                conflicts=[Conflict.decode(c) for c in _list(document, "conflicts")],
                names=device_names(document), devices=devices.ids,
                version=version if _is_int(version := document.get("v")) else PROTOCOL_VERSION,
                blocks=[ColumnBlock.decode(block) for block in _list(document, "cols")],
            )
        except ProtocolError as error:
            raise _bad_reply(error.message) from None


def conflict_devices(conflict: Mapping[str, Any]) -> list[str]:
    """The devices a conflict (as the wire writes it) names: the loser's device and the
    devices of both versions."""
    found: list[str] = []
    loser_device = conflict.get("loser_device")
    candidates = [loser_device] if isinstance(loser_device, str) else []
    for side in ("winner", "loser"):
        pair = conflict.get(side)
        if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[1], str):
            candidates.append(pair[1][HEX_WIDTH:])
    for device in candidates:
        if device and device not in found:
            found.append(device)
    return found


def encode_device_names(ids: Sequence[str], names: Mapping[str, tuple[str, str]]
                        ) -> list[list[str] | None] | None:
    """The ``dn`` member for the device table ``ids``: ``[device name, user name]`` of each
    device headquarters knows (cut to MAX_DEVICE_NAME and MAX_USER_NAME; the first
    MAX_DEVICE_IDS devices only), null for the others; None when it knows none of them
    (the member is then left out)."""
    listed: list[list[str] | None] = []
    for index, device in enumerate(ids):
        known = names.get(device) if index < MAX_DEVICE_IDS else None  # bounds the bytes
        listed.append(None if known is None else
                      [known[0][:MAX_DEVICE_NAME], known[1][:MAX_USER_NAME]])
    return listed if any(entry is not None for entry in listed) else None


def device_names(document: Mapping[str, Any], *, strict: bool = True) -> dict[str, tuple[str, str]]:
    """``{device id: (device name, user name)}`` from an answer's ``dn`` (parallel to ``d``;
    absent in answers of older headquarters: no names).  ``strict``: a malformed member is a
    ProtocolError (bad_reply); otherwise malformed entries are left out, because a name is
    only for people to read and must never stop a sync."""
    raw, ids = document.get("dn"), document.get("d") or []
    if raw is None:
        return {}
    if not isinstance(raw, list) or not isinstance(ids, list) or len(raw) != len(ids):
        if strict:
            raise _bad_reply("dn must give a name or null for each device of d")
        return {}
    found: dict[str, tuple[str, str]] = {}
    for device, entry in zip(ids, raw):
        if entry is None:
            continue
        if (isinstance(device, str) and 0 < len(device) <= 32 and isinstance(entry, list)
                and len(entry) == 2
                and isinstance(entry[0], str) and len(entry[0]) <= MAX_DEVICE_NAME
                and isinstance(entry[1], str) and len(entry[1]) <= MAX_USER_NAME
                and storable(entry[0]) and storable(entry[1])):
            found[device] = (entry[0], entry[1])
        elif strict:
            raise _bad_reply("a device's name is not [device name, user name] within the limits")
    return found


@dataclass(frozen=True, slots=True)
class AppRelease:
    """The newest version of the desktop application headquarters knows of (``app``), and
    the address (http or https) where a person gets it; "" when headquarters gives none."""

    newest: str
    url: str = ""

    @staticmethod
    def valid_version(text: str) -> bool:
        """Whether ``text`` is a version as headquarters may announce it ("1.4.2")."""
        return len(text) <= MAX_APP_VERSION and APP_VERSION.match(text) is not None

    @staticmethod
    def valid_url(text: str) -> bool:
        """Whether ``text`` is an address a device may show: http(s), printable, short."""
        return (len(text) <= MAX_DOWNLOAD_URL and text.startswith(("https://", "http://"))
                and storable(text) and not any(ch.isspace() for ch in text))

    def encode(self) -> dict[str, str]:
        """The ``app`` member."""
        return {"newest": self.newest, "url": self.url} if self.url else {"newest": self.newest}


def app_release(document: Mapping[str, Any]) -> AppRelease | None:
    """The ``app`` member of an answer, or None when it is absent or malformed (a
    malformed one is left out: it is for people to read and never stops a sync)."""
    raw = document.get("app")
    if not isinstance(raw, dict):
        return None
    newest, url = raw.get("newest"), raw.get("url", "")
    if not isinstance(newest, str) or not AppRelease.valid_version(newest):
        return None
    if not isinstance(url, str) or (url and not AppRelease.valid_url(url)):
        url = ""
    return AppRelease(newest, url)


def _gone(raw: Any) -> tuple[str, str]:
    if not (isinstance(raw, list) and len(raw) == 2 and all(isinstance(x, str) for x in raw)):
        raise _bad_reply("a withdrawn record is not [table, id]")
    return raw[0], raw[1]


# -- helpers ----------------------------------------------------------------------------------


def _checked_version(version: Any) -> int:
    """A request's protocol version, one headquarters serves; ProtocolError otherwise."""
    if not _is_int(version) or not OLDEST_SUPPORTED <= version <= COLUMNS_VERSION:
        raise ProtocolError(
            "protocol_unsupported",
            f"This version of Looking Beyond speaks sync protocol {_short(version)}; "
            f"headquarters serves versions {OLDEST_SUPPORTED} to {PROTOCOL_VERSION}. Please "
            "install the current version of the application, then sync again.",
        )
    return int(version)


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def value_size(value: Any) -> int:
    """About how many bytes of JSON a value takes, counted in characters (escaping can make
    a character up to six bytes: the answer limits allow for it)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return sum(len(v) + 3 if isinstance(v, str) else 8 for v in value)
    if isinstance(value, dict):  # a deleted_edited conflict's loser: the unseen fields
        return sum(len(str(k)) + 4 + value_size(v) for k, v in value.items())
    return 6


def _list(document: dict[str, Any], name: str) -> list[Any]:
    value = document.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _bad_reply(f"{name} is not a list")
    return value


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _bad_reply(message: str) -> ProtocolError:
    return ProtocolError("bad_reply", message)


def _short(value: Any) -> str:
    """A pushed name or value as a message may repeat it: short and printable."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def echo(value: Any) -> str | None:
    """What a refusal may repeat of a pushed table, id or field name: short, storable text."""
    return value if isinstance(value, str) and len(value) <= 200 and storable(value) else None
