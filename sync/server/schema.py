"""The headquarters store: SQLAlchemy Core tables that run on PostgreSQL and on SQLite.

Records of every synced table live in one generic table (``records``: the registry decides
what their fields are); a record's row holds its scope keys too, ``changelog`` the
server-ordered list of changes that pulls read, ``conflicts`` the values that lost,
``withdrawals`` the records that left some devices' scope (sent as ``gone``).
``counter`` is one row whose lock serializes pushes, so server sequence numbers are
committed in order and a pull cursor can never pass a change committed late.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
import re
import weakref
import zlib
from collections.abc import Iterable, Mapping
from typing import Any

import orjson
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    bindparam,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.engine import Connection, Engine

from sync.server import packing

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(10), nullable=False),  # hq | field | partner
    Column("countries", JSON, nullable=False),  # ISO 3166 alpha-2 codes
    Column("regions", JSON, nullable=False),  # UN M49 codes
    Column("organization_id", String(36), nullable=True),  # a partner's own organization
    Column("created_at", String(40), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(32), primary_key=True),  # the device id the replica made
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", Text, nullable=False, default=""),
    Column("created_at", String(40), nullable=False),
    Column("last_sync_at", String(40), nullable=True),
    Column("revoked_at", String(40), nullable=True),
    Column("pushed_seq", BigInteger, nullable=False, default=0),
    Column("clock_offset_ms", BigInteger, nullable=False, default=0),
    # When the token was issued or last used (a sync); idle too long, it expires.
    Column("token_used_at", String(40), nullable=True),
    # The refusals answered to this device's pushes up to ``refused_upto`` that it has not
    # shown it received (its reply may have been lost): sent again until a push starts
    # past that count (service.SyncService._unconfirmed_refusals).
    Column("refused_upto", BigInteger, nullable=True),
    Column("refused", JSON, nullable=True),
    # Remote wipe (issue 13): ordered by an hq user; the order is given at the device's
    # next contact once it has sent everything (``wipe_sent_at``); the device confirms
    # once its data is erased (``wiped_at``) and its token is refused for good.
    Column("wipe_requested_at", String(40), nullable=True),
    Column("wipe_sent_at", String(40), nullable=True),
    Column("wiped_at", String(40), nullable=True),
    # Sync by file (issue 16): the public halves of the device's keys, base64 (migration 0008).
    Column("bundle_sign_key", String(64), nullable=True),
    Column("bundle_box_key", String(64), nullable=True),
)

# Headquarters' own key pairs for sync by file ("sign": Ed25519, "box": X25519), base64 of
# the raw keys, made once (sync.server.bundles.hq_keys).
server_keys = Table(
    "server_keys",
    metadata,
    Column("name", String(20), primary_key=True),
    Column("secret", String(64), nullable=False),
    Column("public", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
)

# In the stored versions, the fields of one version written as STAR: every field of the
# record's data that no other version lists (migration 0014).
STAR = "*"


class Versions(TypeDecorator[Any]):
    """A record's versions, field -> version in Python, stored by version: ``{version:
    [field, ...]}`` (migration 0010), and the fields of the version that most of them share
    as ``"*"``: every field of the record's data not listed under another version
    (migration 0014).  A record's fields mostly share one version (a record created or
    edited in one go), which its first form repeated for every field (48 characters each,
    a quarter of headquarters' file) and its second listed every field's name (177 B of a
    record's 1,068; docs/benchmarks-sync.md, Scenario F).  Since migration 0021 the stored
    form is binary (:func:`encode_versions`): one version for every field, the common case,
    is 25 bytes instead of 56 of JSON text, and since migration 0029 about 10 where the
    version's device has a number in ``log_devices`` (:data:`VERSIONS_NUMBERED`).

    Writing: a :class:`PackedVersions` (made by :func:`versions_for` with the record's
    data) is stored as it is; a plain field -> version dict is stored listing every field;
    bytes (:func:`encode_versions` with the devices' numbers) as they are.
    Reading gives a :class:`StoredVersions`, which is no mapping: its fields are known with
    the record's data and its devices with the connection's :class:`DeviceNames` only
    (:meth:`StoredVersions.of`), and a reader that forgets either fails loudly instead of
    reading a ``"*"`` as a field or guessing a device."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, bytes):  # stored form already (encode_versions)
            return value
        return encode_versions(value if isinstance(value, PackedVersions) else pack_versions(value))

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return None if value is None else StoredVersions(bytes(value))


# The stored forms of versions (migration 0021), by their first byte: the packed form's
# JSON text (any versions), or one version for every field of the data (``{version: "*"}``)
# whose version is the usual 16 hex digits of clock and 32 of device id, as its 24 bytes,
# or (migration 0029) as the clock's 8 bytes and the device's number in ``log_devices``
# (:class:`DeviceNames`), a varint: 10 or 11 bytes instead of 25.
VERSIONS_JSON = 0
VERSIONS_ONE = 1
VERSIONS_NUMBERED = 2
_MOST_VARINT = 9  # bytes of a number below 2**63
_ONE_FORM, _NUMBERED_FORM = bytes((VERSIONS_ONE,)), bytes((VERSIONS_NUMBERED,))
_NUMBERS_STORED: dict[int, bytes] = {}  # a device's number as stored (a varint), made once


def _varint(number: int) -> bytes:
    out = bytearray()
    packing.write_varint(number, out)
    return bytes(out)


def _read_varint(stored: bytes | bytearray | memoryview, start: int) -> int | None:
    """The varint from ``start`` to the very end of ``stored`` in its shortest spelling,
    else None."""
    try:
        number, end = packing.read_varint(stored, start)
    except (IndexError, ValueError):
        return None
    if end != len(stored) or (end - start > 1 and stored[end - 1] == 0):
        return None
    return number


def one_version_stored(version: str, numbers: Mapping[str, int] | None = None) -> bytes | None:
    """``{version: "*"}`` in its binary stored form, or None if ``version`` is not 48
    lowercase hex digits (then only the JSON form keeps it exactly).  ``numbers``: device id
    -> its number in ``log_devices`` (committed, or given in the writing transaction); a
    device among them is stored by number (:data:`VERSIONS_NUMBERED`)."""
    if len(version) == 48:
        try:
            raw = bytes.fromhex(version)
        except ValueError:
            return None
        if len(raw) == 24 and raw.hex() == version:  # no spaces, no upper case: exactly
            if numbers:
                number = numbers.get(version[16:])
                if number is not None and 0 < number < 2**63:
                    suffix = _NUMBERS_STORED.get(number)
                    if suffix is None:
                        suffix = _NUMBERS_STORED[number] = _varint(number)
                    return _NUMBERED_FORM + raw[:8] + suffix
            return _ONE_FORM + raw
    return None


def encode_versions(packed: dict[str, Any], numbers: Mapping[str, int] | None = None) -> bytes:
    """The packed form (:func:`pack_versions`) as stored: 25 bytes for one version of
    every field (about 10 with its device's number among ``numbers``:
    :func:`one_version_stored`), else the JSON text after a byte of form."""
    if len(packed) == 1:
        ((version, fields),) = packed.items()
        if fields == STAR and isinstance(version, str):
            binary = one_version_stored(version, numbers)
            if binary is not None:
                return binary
    try:
        text = orjson.dumps(packed)
    except (TypeError, orjson.JSONEncodeError):  # a lone surrogate in a device id
        text = json.dumps(packed).encode("ascii")
    return bytes((VERSIONS_JSON,)) + text


def stored_one_version(stored: bytes | bytearray | memoryview, names: DeviceNames | None = None) -> str | None:
    """The version of stored versions whose one version covers every field of the data in
    a binary form, else None (read the rest with :func:`decode_versions`).  ``names``: the
    reading connection's, for a device stored by number (ValueError without them, or for
    a number ``log_devices`` does not hold)."""
    if len(stored) == 25 and stored[0] == VERSIONS_ONE:
        return bytes(stored[1:]).hex()
    if 10 <= len(stored) <= 9 + _MOST_VARINT and stored[0] == VERSIONS_NUMBERED:
        number = _read_varint(stored, 9)
        if number is None:
            raise ValueError("stored versions whose device number is damaged")
        if names is None:
            raise ValueError("stored versions naming a device by number need the device names to be read")
        return bytes(stored[1:9]).hex() + names.device(number)
    return None


def decode_versions(stored: bytes | bytearray | memoryview, names: DeviceNames | None = None) -> dict[str, Any]:
    """Stored versions (:func:`encode_versions`) in their packed form; ValueError for a
    form this program does not know (``names``: :func:`stored_one_version`)."""
    one = stored_one_version(stored, names)
    if one is not None:
        return {one: STAR}
    stored = bytes(stored)
    if stored[:1] == bytes((VERSIONS_JSON,)):
        found = json.loads(stored[1:])  # the json module: it reads escaped lone surrogates
        if isinstance(found, dict):
            return found
    raise ValueError("stored versions of a form this program does not know")


class PackedVersions(dict[str, Any]):
    """Versions in their stored form, packed against the record's data (:func:`versions_for`)."""


class StoredVersions:
    """A record's versions as read: field -> version with the record's data and the
    connection's device names (:meth:`of`)."""

    __slots__ = ("stored",)

    def __init__(self, stored: bytes) -> None:
        self.stored = stored

    def of(self, data: Any, names: DeviceNames | None = None) -> dict[str, str]:
        """Field -> version, ``data`` being the record's data (its fields name the star's)
        and ``names`` the reading connection's :class:`DeviceNames` (needed for versions
        whose device is stored by number)."""
        return unpack_versions(decode_versions(self.stored, names), data)

    def __repr__(self) -> str:
        return f"StoredVersions({self.stored!r})"


def pack_versions(versions: dict[str, str], fields: Any = None) -> dict[str, Any]:
    """field -> version as version -> its fields (sorted), the stored form.  With
    ``fields`` (the record's data, or its field names) equal to the versioned fields, the
    version with the most fields lists them as :data:`STAR`."""
    packed: dict[str, Any] = {}
    for name in sorted(versions):
        packed.setdefault(versions[name], []).append(name)
    if packed and fields is not None and versions.keys() == set(fields):
        star = max(packed, key=lambda version: (len(packed[version]), version))
        packed[star] = STAR
    return packed


def versions_for(versions: dict[str, str], data: Any) -> PackedVersions:
    """``versions`` as stored beside ``data`` (the record's data as written with them)."""
    return PackedVersions(pack_versions(versions, data))


def unpack_versions(stored: dict[str, Any], fields: Any = None) -> dict[str, str]:
    """The stored form (any) as field -> version; ``fields`` (the record's data, or its
    field names) gives the fields of a :data:`STAR` (ValueError when it is needed and
    missing: never a field named "*")."""
    versions: dict[str, str] = {}
    star = None
    for key, value in stored.items():
        if isinstance(value, list):
            for name in value:
                versions[name] = key
        elif value == STAR:
            star = key
        else:  # the form before migration 0010
            versions[key] = value
    if star is not None:
        if fields is None:
            raise ValueError("stored versions with a '*' need the record's fields to be read")
        for name in fields:
            versions.setdefault(name, star)
    return versions


class Keys(TypeDecorator[set[str]]):
    """A record's scope keys, a set in Python, stored as text: each key between spaces,
    sorted (``" c:KE o~<22 characters> "``; none: ``""``).  Whether a record holds a key is
    then whether its text contains the key between spaces (:func:`holds_any`), which a key
    cannot fake: a key with a space or a ``~`` in it is refused (:func:`pack_keys`).  A key
    naming a record by its UUID (``o:<id>``, ``p:<id>``) is stored with the UUID's 16 bytes
    in base64url after a ``~`` (:func:`stored_key`, migration 0022): 22 characters instead
    of 36; a country's key (``c:KE``) as its two letters (migration 0028)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, PackedKeys):  # packed (and so checked) already
            return str(value)
        return pack_keys(value)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return None if value is None else unpack_keys(value)


class PackedKeys(str):
    """Keys as :func:`pack_keys` made them, stored as they are (a push packs each new
    record's keys once, to check them, and stores that text)."""


_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
KEY_UUID_MARK = "~"  # between a stored key's kind and its UUID in base64url (migration 0022)
# A country's key, ``c:`` and an ISO code of two capitals, is stored as the code alone
# (migration 0028: two bytes of the four or five a record's country keys each took).  No
# other key is two capitals (pack_keys refuses one), so the short form reads back as one.
COUNTRY_KIND = "c"
_COUNTRY_CODE = re.compile(r"[A-Z]{2}\Z")


# Keys repeat from record to record (an organization's key is on its contacts, its
# participations, its grants): each stored form is made or read once while it stays among
# the last 131,072 (a first push: a second less of headquarters' CPU; the 50,000-organization
# region has 96,000 keys, which 65,536 made the cache miss one key in eight; about 30 MB).
@functools.lru_cache(maxsize=1 << 17)
def stored_key(key: str) -> str:
    """A key as stored: ``<kind>:<UUID>`` (a kind of its own, a lower-case UUID as the
    protocol writes ids) as ``<kind>~<the UUID's 16 bytes in base64url, unpadded>``, any
    country's key ``c:<two capitals>`` as the two capitals, any other key as it is."""
    kind, colon, value = key.partition(":")
    if kind == COUNTRY_KIND and colon and len(value) == 2 and _COUNTRY_CODE.match(value):
        return value
    if kind and colon and len(value) == 36 and _UUID_TEXT.match(value):
        return kind + KEY_UUID_MARK + base64.urlsafe_b64encode(bytes.fromhex(value.replace("-", ""))).decode()[:22]
    return key


_STORED_UUID_KEY = re.compile(r"[^:~]+~[A-Za-z0-9_-]{22}\Z")


@functools.lru_cache(maxsize=1 << 16)
def read_key(stored: str) -> str:
    """A stored key as the key it is (:func:`stored_key` undone); any text that is not
    exactly a stored UUID key or a country's code is read as it is."""
    if len(stored) == 2 and _COUNTRY_CODE.match(stored):
        return f"{COUNTRY_KIND}:{stored}"
    if not _STORED_UUID_KEY.match(stored):
        return stored
    kind, _mark, value = stored.partition(KEY_UUID_MARK)
    raw = base64.urlsafe_b64decode(value + "==").hex()
    return f"{kind}:{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


def pack_keys(keys: Iterable[str]) -> str:
    """Keys as stored.  A key that is empty or holds white space would make the stored
    text ambiguous (``"c:A c:KE"`` would read as holding ``c:KE``), one with a ``~`` or
    of two capitals alone could read as another (:func:`stored_key`): ValueError."""
    found = set(keys)
    if not found:
        return ""
    text = " ".join(found)
    # Printable text holds no white space but the ASCII space (str.isprintable), and the
    # spaces are the joins alone when no key is empty or holds one: checked for all at once.
    if (not text.isprintable() or text.count(" ") != len(found) - 1 or "" in found
            or KEY_UUID_MARK in text):
        for key in sorted(found):
            if not key or not key.isprintable() or any(ch.isspace() for ch in key) or KEY_UUID_MARK in key:
                raise ValueError(f"a scope key must be printable without spaces or '~': {key!r}")
    if 2 in set(map(len, found)):
        for key in found:
            if len(key) == 2 and _COUNTRY_CODE.match(key):
                raise ValueError(f"a scope key must not be two capitals alone (a country's, stored): {key!r}")
    # stored_key leaves every key but "c:<code>" (4 characters) and "<kind>:<UUID>" (38 or
    # more) as it is: each key through it, by map and its cache (no loop here in Python).
    return f" {' '.join(sorted(map(stored_key, found)))} "


def keys_storable(keys: Iterable[str]) -> bool:
    """Whether :func:`pack_keys` takes ``keys``."""
    try:
        pack_keys(keys)
    except ValueError:
        return False
    return True


def unpack_keys(stored: str) -> set[str]:
    """Stored keys as a set."""
    return set(map(read_key, stored.split()))


class _Position(FunctionElement[int]):
    """Where text holds other text (1-based, 0: nowhere), case-sensitive on both
    backends: ``instr`` on SQLite, ``strpos`` on PostgreSQL (``LIKE`` ignores case on
    SQLite, and ``o:<id>`` keys differ by case where ids do)."""

    type = Integer()
    inherit_cache = True


@compiles(_Position)
def _position_sqlite(element: _Position, compiler: Any, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


@compiles(_Position, "postgresql")
def _position_postgresql(element: _Position, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


def holds_any(column: Any, keys: Iterable[str]) -> Any:
    """A SQL condition: the stored keys in ``column`` hold one of ``keys`` (none: false;
    a key :func:`pack_keys` refuses is held by no record)."""
    wanted = sorted({stored_key(key) for key in keys if keys_storable((key,))})
    if not wanted:
        return false()
    return or_(*(_Position(column, literal(f" {key} ", Text)) > 0 for key in wanted))


class PackedJSON(TypeDecorator[Any]):
    """A record's values, a JSON value in Python, stored compressed with a preset dictionary
    (``packing``; migration 0015): 285 → 119 bytes a record.  The database cannot read into
    the stored value: a query that needs a field reads the value and picks it out in Python."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return packing.pack(value)  # None too: JSON null, as the JSON type stored it

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return None if value is None else packing.unpack(value)


class RecordId(TypeDecorator[str]):
    """A record's id, text in Python, stored as bytes (migration 0023): a UUID as the
    protocol writes it (lower case, with hyphens; every id a device sends) as its 16 bytes,
    where its text took 36 in the row and again in the (table, id) index; any other id as
    its UTF-8 text followed by one ``0xff`` byte, or two when that would make 16 (UTF-8
    never holds ``0xff``, so the two forms never meet: :func:`id_stored`).  A UUID's bytes
    sort as its text does."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return value if value is None or not isinstance(value, str) else id_stored(value)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return None if value is None else id_read(value)


def id_stored(record_id: str) -> bytes:
    """A record id as stored (:class:`RecordId`)."""
    if len(record_id) == 36 and _UUID_TEXT.match(record_id):
        return bytes.fromhex(record_id.replace("-", ""))
    text = record_id.encode("utf-8", "surrogatepass") + b"\xff"
    return text + b"\xff" if len(text) == 16 else text


def id_read(stored: bytes | bytearray | memoryview) -> str:
    """A stored record id as the id it is (:func:`id_stored` undone)."""
    if len(stored) == 16:
        found = bytes(stored).hex()
        return f"{found[:8]}-{found[8:12]}-{found[12:16]}-{found[16:20]}-{found[20:]}"
    return bytes(stored).rstrip(b"\xff").decode("utf-8", "surrogatepass")


# The synced tables' names as ``records.tbl`` and ``conflicts.tbl`` store them (migration
# 0024): one byte each where the name took 6 to 14, in the row and in the (table, id) index.
# Frozen: a table added to the registry later takes the next code, a code is never reused
# or renumbered (stored rows name their table by it); a name without a code (a retired
# table's, a test's) is stored as its text (:func:`table_stored`).
TABLE_CODES = {"organizations": 1, "contacts": 2, "activities": 3, "participations": 4, "grants": 5}
_TABLE_NAMES = {bytes((code,)): name for name, code in TABLE_CODES.items()}
_TABLE_CODED = {name: bytes((code,)) for name, code in TABLE_CODES.items()}


def table_stored(name: str) -> bytes:
    """A table's name as stored (:class:`RecordTable`): its code's byte, or its UTF-8 text;
    a name that is one byte below 0x20 (a code's form) is followed by ``0xff``, which UTF-8
    never holds, so no name reads as another."""
    coded = _TABLE_CODED.get(name)
    if coded is not None:
        return coded
    text = name.encode("utf-8", "surrogatepass")
    return text + b"\xff" if len(text) == 1 and text[0] < 0x20 else text


def table_read(stored: bytes | bytearray | memoryview) -> str:
    """A stored table name as the name it is (:func:`table_stored` undone); ValueError for
    a code this program does not know (a newer program's table)."""
    stored = bytes(stored)
    if len(stored) == 1 and stored[0] < 0x20:
        try:
            return _TABLE_NAMES[stored]
        except KeyError:
            raise ValueError(f"a table code this program does not know: {stored[0]}") from None
    if len(stored) == 2 and stored[1] == 0xFF and stored[0] < 0x20:
        stored = stored[:1]
    return stored.decode("utf-8", "surrogatepass")


class RecordTable(TypeDecorator[str]):
    """A record's table, its name in Python, stored as bytes (migration 0024): a synced
    table's one-byte code (:data:`TABLE_CODES`), any other name as its text
    (:func:`table_stored`)."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return value if value is None or not isinstance(value, str) else table_stored(value)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return None if value is None else table_read(value)


# A record's row id (migration 0018): what ``refs`` names records by, 8 bytes or fewer
# where the table name and the 36-character id took 49.  On SQLite the table's own row id;
# on PostgreSQL an identity column.  A push numbers the records it creates itself
# (service.new_row_ids), under the counter lock.
RowId = BigInteger().with_variant(Integer(), "sqlite")

records = Table(
    "records",
    metadata,
    Column("rid", RowId, Identity(), primary_key=True, autoincrement=True),
    Column("tbl", RecordTable, nullable=False),  # a byte for a synced table (migration 0024)
    Column("id", RecordId, nullable=False),  # 16 bytes for a UUID (migration 0023)
    Column("data", PackedJSON, nullable=False),  # field -> wire value, packed (migration 0015)
    Column("versions", Versions, nullable=False),  # field -> version (binary, migration 0021)
    Column("deleted", Boolean, nullable=False, default=False),
    # Its scope keys ("c:KE", "o:<organization id>", ...), stored in the record's own row
    # (migration 0013; they had a table of their own, ``row_keys``, a third of the file).
    Column("scope_keys", Keys, nullable=False, server_default=""),
    Index("ix_records_tbl_id", "tbl", "id", unique=True),  # how the protocol names a record
)

# Which records refer to which parent (to re-key children when a parent's keys change), by
# their row ids: one row a parent, its children's row ids packed (:func:`pack_rids`,
# migration 0031).  A reference a row took 44 bytes on PostgreSQL (28 of its own row's
# header and pointer) and an entry of its parent's index; a parent's list is a byte or two
# a child: 18.4 → 3.8 MiB for the 351,026 references of the 50,000-organization region
# (docs/benchmarks-sync.md, Scenario F).  Only writers that hold the counter lock change a
# list (a push's flush, a merge's moved references), reading it and writing it back.
ref_lists = Table(
    "ref_lists",
    metadata,
    Column("parent_rid", RowId, primary_key=True, autoincrement=False),  # SQLite: the row id
    Column("rids", LargeBinary, nullable=False),  # its children's row ids (pack_rids)
)


def pack_rids(rids: Iterable[int]) -> bytes:
    """Row ids as ``ref_lists.rids`` stores them: sorted, each once, the first as a varint
    of its zigzag form (a reference naming no record keeps a negative row id: migration
    0030), each next as a varint of how much it exceeds the one before.  A list may be
    followed by more: :data:`MORE_RIDS`, then another list (:func:`unpack_rids`)."""
    out = bytearray()
    last: int | None = None
    for rid in sorted(set(rids)):
        if last is None:
            packing.write_varint(rid * 2 if rid >= 0 else -rid * 2 - 1, out)
        else:
            packing.write_varint(rid - last, out)
        last = rid
    return bytes(out)


# Between two packed lists of one parent's children (a zero, which no step between two row
# ids of a list is): on PostgreSQL a push appends the children it adds to a parent's list
# without reading it (service.relist); the next rewrite of the list makes it one again.
MORE_RIDS = b"\x00"


def unpack_rids(stored: bytes | bytearray | memoryview) -> list[int]:
    """The row ids of a parent's children as :func:`pack_rids` stored them, lists after
    :data:`MORE_RIDS` too: sorted, each once (ValueError: not such a list)."""
    body = bytes(stored)
    found: list[int] = []
    at, first, parts = 0, True, 1
    try:
        while at < len(body):
            number, at = packing.read_varint(body, at)
            if first:
                found.append(number // 2 if number % 2 == 0 else -(number + 1) // 2)
                first = False
            elif number == 0:  # MORE_RIDS: another list follows
                if at >= len(body):
                    raise IndexError
                first, parts = True, parts + 1
            else:
                found.append(found[-1] + number)
    except IndexError:
        raise ValueError("a list of children cut short") from None
    return found if parts == 1 else sorted(set(found))


# The devices the change log names, each once (migration 0020): an entry holds a small
# number where it held a 32-character device id.
log_devices = Table(
    "log_devices",
    metadata,
    Column("n", Integer, primary_key=True, autoincrement=False),  # 1, 2, ...; 0 is headquarters
    Column("device_id", String(32), nullable=False),
    Index("ix_log_devices_device_id", "device_id", unique=True),
)

# The users the change log names, each once (migration 0025): an entry holds a small number
# where it held the user's name.  Names as they were when the change was stored (a user
# renamed or removed later keeps the name the audit shows).
log_users = Table(
    "log_users",
    metadata,
    Column("n", Integer, primary_key=True, autoincrement=False),  # 1, 2, ...
    Column("name", String(100), nullable=False),
    Index("ix_log_users_name", "name", unique=True),
)

# What a change did, as the change log stores it (migration 0025): a small integer for the
# word.  Frozen as TABLE_CODES: a new kind takes the next code.
WHAT_CODES = {"created": 1, "edited": 2, "moved": 3, "erased": 4}
_WHAT_WORDS = {code: word for word, code in WHAT_CODES.items()}


class LoggedWhat(TypeDecorator[str]):
    """What a change did (``created``, ``edited``, ``moved`` by a merge, ``erased``), a
    word in Python, stored as its code (:data:`WHAT_CODES`); a word without a code is a
    defect of the writer (ValueError), a code this program does not know reads as
    ``unknown``."""

    impl = SmallInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        try:
            return WHAT_CODES[value]
        except KeyError:
            raise ValueError(f"a change of a kind the change log has no code for: {value!r}") from None

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return None if value is None else _WHAT_WORDS.get(value, "unknown")


changelog = Table(
    "changelog",
    metadata,
    # Fixed-width columns first (migration 0025): no alignment padding between them on
    # PostgreSQL.
    # On SQLite the table's own row id (INTEGER: migration 0016), not a second copy of it.
    Column("seq", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=False),
    # The record's row id (migration 0019; its table name and id before): log_changes.
    Column("rid", RowId, nullable=False),
    # The audit (issue 13): who made the change, from which device, when, and which fields it
    # changed (``fields`` says what to send, which is not always that).  Null for
    # headquarters' own upkeep (a record re-sent to newly entitled devices).
    Column("at", BigInteger, nullable=True),  # seconds since 1970, UTC (ISO text before 0020)
    # The device the change came from, as ``log_devices.n`` (migration 0020); 0 for
    # headquarters' own changes (a device id of "" before).
    Column("device_no", Integer, nullable=False),
    # The author's device (``log_devices.n``); null when it is ``device_no``'s (a device's
    # own push: named once, migration 0016).
    Column("author_no", Integer, nullable=True),
    Column("user_no", Integer, nullable=True),  # ``log_users.n`` (its name before 0025)
    Column("what", LoggedWhat, nullable=True),  # created | edited | moved | erased (a code: 0025)
    # None is SQL's null, not JSON's ``null`` text (migration 0025: 4 bytes twice an entry).
    Column("fields", JSON(none_as_null=True), nullable=True),  # None: every field (a new or newly visible row)
    Column("changed", JSON(none_as_null=True), nullable=True),  # None for a creation: every field (0012)
    # No index by id (migration 0017): only the audit asks by id, and reads the whole log.
    # A run (migration 0030): null for one entry; ``more`` = k stands for k + 1 entries alike
    # in every other column, sequence numbers ``seq - k`` ... ``seq`` of the records with
    # row ids ``rid - k`` ... ``rid`` (a push's new records numbered in the order it logs
    # them: service._Batch.flush, :func:`fold_runs`).  ``seq`` is the run's last, so that
    # "entries after a cursor" still reads the key's index.
    Column("more", Integer, nullable=True),
)

# The longest run one row of the change log stands for (:func:`fold_runs`): a pull's page
# reads at most this many entries before its cursor (service._pull).
RUN_MOST = 256

# The change log's entries, each run expanded (one row a record of it: the records' key
# gives the run's row ids), joined with their records' table and id (as ``tbl`` and
# ``id``).  An entry's own sequence number is :data:`ENTRY_SEQ`; in the run's order
# ``changelog.c.seq, records.c.rid`` (:data:`ENTRY_ORDER`).
named_changelog = changelog.join(records, records.c.rid.between(
    changelog.c.rid - func.coalesce(changelog.c.more, 0), changelog.c.rid))
ENTRY_SEQ = (changelog.c.seq - (changelog.c.rid - records.c.rid)).label("seq")
ENTRY_ORDER = (changelog.c.seq, records.c.rid)
# ... and with the devices and users they name: ``LOGGED_DEVICE`` ("" for headquarters'
# own), ``LOGGED_AUTHOR`` (None: the entry's device) and ``LOGGED_USER``, labelled as the
# columns were before migrations 0020 and 0025.
_LOG_DEVICE, _LOG_AUTHOR = log_devices.alias("log_device"), log_devices.alias("log_author")
audited_changelog = named_changelog.outerjoin(_LOG_DEVICE, _LOG_DEVICE.c.n == changelog.c.device_no) \
    .outerjoin(_LOG_AUTHOR, _LOG_AUTHOR.c.n == changelog.c.author_no) \
    .outerjoin(log_users, log_users.c.n == changelog.c.user_no)
LOGGED_DEVICE = func.coalesce(_LOG_DEVICE.c.device_id, "").label("device_id")
LOGGED_AUTHOR = _LOG_AUTHOR.c.device_id.label("author_device")
LOGGED_USER = log_users.c.name.label("user_name")


def logged_at(seconds: int | None) -> str | None:
    """When a change was logged, as the audit shows it (ISO 8601, UTC, to the second)."""
    if seconds is None:
        return None
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).isoformat(timespec="seconds")


def device_number(connection: Connection, device_id: str) -> int | None:
    """The change log's number for ``device_id`` (0: headquarters' ""); None: it names no
    change of that device."""
    if not device_id:
        return 0
    return connection.execute(select(log_devices.c.n).where(log_devices.c.device_id == device_id)).scalar()


# -- a device's number as versions store it (migration 0029) -------------------------------
# ``log_devices`` only ever gains rows, and a number, once committed, names the same device for
# good: each engine keeps those it read (:class:`DeviceNames`).  A number given in a
# transaction not yet committed is never kept: that transaction may still roll back and
# another give the number to another device.  Migrations forget every kept number
# (migrations/env.py: a downgrade past 0020 numbers the devices again).
_KEPT: weakref.WeakKeyDictionary[Engine, dict[int, str]] = weakref.WeakKeyDictionary()  # number -> device id
# Connection.info: (its transaction, {number: device id} numbered in it, not yet committed)
_NUMBERED_HERE = "lb_devices_numbered"


def forget_device_numbers() -> None:
    """Forget every device number kept (before migrations run)."""
    _KEPT.clear()


def _numbered_here(connection: Connection) -> dict[int, str]:
    """The devices numbered in ``connection``'s open transaction (none: {})."""
    held = connection.info.get(_NUMBERED_HERE)
    transaction = connection.get_transaction()
    if held is None or transaction is None or held[0] is not transaction or not transaction.is_active:
        return {}
    numbered: dict[int, str] = held[1]
    return numbered


def _remember_numbered(connection: Connection, added: dict[str, int]) -> None:
    transaction = connection.get_transaction()
    held = connection.info.get(_NUMBERED_HERE)
    if held is None or held[0] is not transaction:
        held = connection.info[_NUMBERED_HERE] = (transaction, {})
    numbered: dict[int, str] = held[1]
    numbered.update((number, device_id) for device_id, number in added.items())


class DeviceNames:
    """The device ids ``log_devices`` numbers, as ``connection`` reads them (what stored
    versions name a device by: :data:`VERSIONS_NUMBERED`).  Committed numbers are kept for
    the engine's life; a number given in the connection's open transaction is read, never
    kept; a number not known is read from the table once (all of it: a row a device)."""

    __slots__ = ("connection", "kept")

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        kept = _KEPT.get(connection.engine)
        if kept is None:
            kept = _KEPT[connection.engine] = {}
        self.kept = kept

    def device(self, number: int) -> str:
        """The device id of ``number``; ValueError for a number the table does not hold."""
        found = self.kept.get(number)
        if found is not None:
            return found
        here = _numbered_here(self.connection)
        found = here.get(number)
        if found is not None:
            return found
        for each, device_id in self.connection.execute(select(log_devices.c.n, log_devices.c.device_id)):
            if each not in here:
                self.kept[each] = device_id
        found = self.kept.get(number)
        if found is None:
            raise ValueError(f"stored versions name device number {number}, which log_devices does not hold")
        return found


# The tables that number what the change log names, each with the column it numbers.
_NUMBERED = ((log_devices, log_devices.c.device_id), (log_users, log_users.c.name))


def _numbers(connection: Connection, named: tuple[set[str], set[str]]) -> tuple[dict[str, int], dict[str, int]]:
    """The numbers ``log_devices`` and ``log_users`` give the device ids and the user names
    ``named``, read in one statement (it runs under the counter lock, where every round trip
    delays the pushes queued behind: bench_load.py); a value not named yet gets the next
    number (writers of the log hold the counter lock, so two never take the same)."""
    parts = [select(literal(index).label("part"), column.label("value"), table.c.n).where(column.in_(sorted(values)))
             for index, ((table, column), values) in enumerate(zip(_NUMBERED, named)) if values]
    found: tuple[dict[str, int], dict[str, int]] = ({}, {})
    if not parts:
        return found
    for part, value, n in connection.execute(parts[0] if len(parts) == 1 else union_all(*parts)):
        found[part][value] = n
    for (table, column), values, numbers in zip(_NUMBERED, named, found):
        new = sorted(values - numbers.keys())
        if new:
            top = connection.execute(select(func.max(table.c.n))).scalar() or 0
            added = {value: top + 1 + index for index, value in enumerate(new)}
            connection.execute(insert(table), [{"n": n, column.name: value} for value, n in added.items()])
            numbers.update(added)
            if table is log_devices:  # not committed yet: never kept (DeviceNames)
                _remember_numbered(connection, added)
    return found


def log_form(connection: Connection, entries: list[dict[str, Any]]) -> dict[str, int]:
    """Give ``entries`` (each naming ``device_id``, and ``author_device``, ``user_name`` and
    ``at`` as ISO text where it has them) the change log's stored form, in place:
    ``device_no``, ``author_no``, ``at`` in seconds (migration 0020) and ``user_no``
    (migration 0025).  A device or user the log has not named yet gets the next number.
    Returns the numbers of the devices the entries name (device id -> number; versions
    written in the same transaction may store them: :func:`encode_versions`)."""
    named: set[str] = {entry["device_id"] for entry in entries}
    named.update(entry["author_device"] for entry in entries if entry.get("author_device"))
    named.discard("")
    devices_named, users = _numbers(connection, (named, {entry["user_name"] for entry in entries
                                                         if entry.get("user_name") is not None}))
    numbers = {"": 0, **devices_named}
    seconds: dict[str, int] = {}
    for entry in entries:
        entry["device_no"] = numbers[entry["device_id"]]
        author = entry.get("author_device")
        entry["author_no"] = numbers[author] if author else None
        user = entry.get("user_name")
        entry["user_no"] = None if user is None else users[user]
        at = entry.get("at")
        if isinstance(at, str):
            if at not in seconds:
                seconds[at] = int(dt.datetime.fromisoformat(at).timestamp())
            entry["at"] = seconds[at]
    return numbers


# What the entries of a run share: every column of the change log but its place in it.
_RUN_ALIKE = ("at", "device_no", "author_no", "user_no", "what", "fields", "changed")


def fold_runs(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The change log's rows for ``entries`` (in its stored form, :func:`log_form`, each
    naming its record's row id, in sequence order): each run of entries alike in every
    other column whose sequence numbers and row ids both go up by one is one row (``more``:
    how many entries it stands for beyond its last, the row's own; :data:`RUN_MOST` at most).
    A first push's creations, numbered in the order it logs them, are a few hundred rows
    instead of a row each (migration 0030).  New dicts, each naming every column."""
    rows: list[dict[str, Any]] = []
    last: dict[str, Any] | None = None
    for entry in entries:
        if (last is not None and entry["seq"] == last["seq"] + 1 and entry["rid"] == last["rid"] + 1
                and (last["more"] or 0) + 1 < RUN_MOST
                and all(entry.get(name) == last[name] for name in _RUN_ALIKE)):
            last["seq"], last["rid"], last["more"] = entry["seq"], entry["rid"], (last["more"] or 0) + 1
            continue
        last = {"seq": entry["seq"], "rid": entry["rid"], "more": None,
                **{name: entry.get(name) for name in _RUN_ALIKE}}
        rows.append(last)
    return rows


def log_changes(connection: Connection, entries: list[dict[str, Any]]) -> None:
    """Add change-log entries, each naming its record by ``tbl`` and ``id`` (stored as the
    record's row id, found by the database: migration 0019) and its devices by id
    (:func:`log_form`), in one statement.  The entries name the same columns."""
    if not entries:
        return
    log_form(connection, entries)
    statement = insert(changelog).values(rid=select(records.c.rid).where(
        records.c.tbl == bindparam("b_tbl"), records.c.id == bindparam("b_id")).scalar_subquery())
    ignored = ("tbl", "id", "device_id", "author_device", "user_name")
    connection.execute(statement, [{**{name: value for name, value in entry.items() if name not in ignored},
                                    "b_tbl": entry["tbl"], "b_id": entry["id"]} for entry in entries])


conflicts = Table(
    "conflicts",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False, index=True),
    Column("tbl", RecordTable, nullable=False),  # as records.tbl (migration 0024)
    Column("row_id", RecordId, nullable=False),  # as records.id (migration 0023)
    Column("field", String(40), nullable=False),
    Column("kind", String(20), nullable=False),  # field | edited_deleted | deleted_edited
    Column("winner_value", JSON, nullable=True),
    Column("winner_version", String(64), nullable=True),
    Column("loser_value", JSON, nullable=True),
    Column("loser_version", String(64), nullable=True),
    Column("loser_device", String(32), nullable=True),
    Column("created_at", String(40), nullable=False),
    Column("resolved_seq", BigInteger, nullable=True, index=True),
    Column("resolution", String(20), nullable=True),
    UniqueConstraint("tbl", "row_id", "field", "loser_version", name="uq_conflicts_loser"),
)

# A record that lost scope keys (or left a user's narrowed scope), at a server sequence
# number like a change: a pull over it sends ``gone`` to the devices that saw the record
# under ``keys`` and do not see it now.  ``user_id`` set: a user's scope was narrowed, the
# entry is for that user's devices only and ``keys`` is null (they saw it before).
withdrawals = Table(
    "withdrawals",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("tbl", String(30), nullable=False),
    Column("id", String(36), nullable=False),
    Column("keys", JSON, nullable=True),  # the keys the record lost
    Column("user_id", Integer, nullable=True),
)

counter = Table(
    "counter",
    metadata,
    Column("one", Integer, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("hlc", BigInteger, nullable=False),
)

login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False),
    Column("at_ms", BigInteger, nullable=False),
    Column("ok", Boolean, nullable=False),
    Column("address", String(64), nullable=True),  # the client's address (None: unknown)
    Index("ix_login_attempts_name", "name", "at_ms"),
    Index("ix_login_attempts_address", "address", "at_ms"),
    Index("ix_login_attempts_at_ms", "at_ms"),  # pruning old attempts
)


# The transaction-level PostgreSQL advisory lock that pushes queue on before the counter row.
COUNTER_QUEUE_LOCK = zlib.crc32(b"lookingbeyond-hq-counter")


def lock_counter(connection: Connection) -> tuple[int, int]:
    """Take the counter lock for the rest of the caller's transaction and return the
    committed ``(seq, hlc)``.  Whoever writes changes takes it first (pushes, erasures, scope
    changes), so sequence numbers are committed in order (invariant 7).

    On PostgreSQL the writers first queue on a transaction-level advisory lock (released
    with the transaction, also when the server dies), which the lock manager grants one
    waiter at a time in the order asked, then take the counter row uncontended: with 200
    devices pushing, the longest waits were a third shorter than queued on the row alone
    (docs/benchmarks-sync.md, Scenario E).  On SQLite the ``BEGIN IMMEDIATE`` of every
    transaction already serializes writers."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": COUNTER_QUEUE_LOCK})
    state = connection.execute(
        update(counter).values(seq=counter.c.seq).returning(counter.c.seq, counter.c.hlc)).one()
    return int(state.seq), int(state.hlc)
