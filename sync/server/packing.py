"""A record's values as headquarters stores them (``records.data``, migration 0015): the JSON
text compressed with deflate and a preset dictionary, 285 → 119 bytes a record on the
50,000-organization region (docs/benchmarks-sync.md, Scenario F).  The JSON of one record is
too short for deflate on its own to find much to repeat (285 → 219 B); what repeats is
across records, the field names, the vocabularies' codes and the blank values, which the
dictionary holds.

A stored value is one byte of form, then its body:

* ``0x01``: raw deflate (no zlib header) with :data:`DICTIONARY` preset;
* ``0x00``: the JSON text itself (a value deflate would not make shorter);
* ``0x03`` and ``0x02``: the same, of a text the json module wrote (orjson refuses a few
  values: an integer beyond 64 bits, a lone surrogate) and reads back exactly (orjson would
  read a large integer as a float);
* ``0x20 + n`` (migration 0027): a record's values laid out by layout ``n`` of
  :data:`LAYOUTS` (a synced table's fields, frozen): no field names, each value a tag byte
  and its bytes, a record id as its 16 bytes and a date as a number (:func:`pack_laid_out`);
  ``0x40 + n``: the same, raw deflate with :data:`DICTIONARY` preset, where that saves
  :data:`DEFLATE_SAVES` bytes.  119 → 87 bytes a record on the region (a participation's
  three ids were half its packed text); a value that does not fit a layout exactly (a field
  more or less, a number with a fraction, an integer beyond 64 bits, a lone surrogate, an
  object inside) keeps the forms above.

:data:`DICTIONARY` is frozen: every stored value of form ``0x01`` needs exactly these bytes
to be read again (``tests/sync/server/test_packing.py`` pins its digest).  It was made from
the registry and vocabularies of migration 0015 (each table's field names and blank record,
the vocabularies' codes); a registry that grows later still packs with it, a little less
well.  A better dictionary would be a new form byte, never a change to this one.

Packing is not encryption: the values are as readable as the JSON was to whoever can read
the database (docs/security.md).
"""

from __future__ import annotations

import functools
import json
import re
import zlib
from typing import Any

import orjson

PLAIN = 0
DEFLATED = 1
BY_JSON_MODULE = 2  # added to the form: read the text with the json module

# Frozen (see above): sha256 4eaf6c4a31370f1a39cecd0bdcd062c727fd156a6ae23716cd6d60c00a2e7b54.
DICTIONARY = (
    b'"ngo","network","community","faith","academic","professional","trade_union","foundatio'
    b'n","media","private","youth","women","none","general","special","roster","training","r'
    b'egional_consultation","dialogue","side_event","joint_activity","meeting_participation"'
    b',"participant","speaker","organizer","trainer","observer","rapporteur","proposed","app'
    b'roved","disbursed","report_received","closed""https://www.,"info@.org","+,"20-01-00.00'
    b'"USD"EUR""title":""activity_type":""start_date":""end_date":""city":""country":""theme'
    b's":""organizing_office":""co_organizers":""member_states":""meeting":""outcomes":""fol'
    b'low_up":""notes":""deleted":"{"title":null,"activity_type":null,"start_date":null,"end'
    b'_date":null,"city":null,"country":null,"themes":[],"organizing_office":null,"co_organi'
    b'zers":[],"member_states":[],"meeting":null,"outcomes":null,"follow_up":null,"notes":nu'
    b'll,"deleted":false}"organization_id":""amount":""currency":""purpose":""follows_meetin'
    b'g":""status":""approved_on":""disbursed_on":""report_received_on":""activity_ids":""no'
    b'tes":""deleted":"{"organization_id":null,"amount":null,"currency":null,"purpose":null,'
    b'"follows_meeting":null,"status":null,"approved_on":null,"disbursed_on":null,"report_re'
    b'ceived_on":null,"activity_ids":[],"notes":null,"deleted":false}"name":""aliases":""acr'
    b'onym":""org_type":""country":""cities":""themes":""networks":""is_rlo":""rlo_region":"'
    b'"ecosoc_status":""email":""phone":""website":""address":""verified_on":""notes":""at_r'
    b'isk":""merged_into":""deleted":"{"name":null,"aliases":[],"acronym":null,"org_type":nu'
    b'll,"country":null,"cities":[],"themes":[],"networks":[],"is_rlo":false,"rlo_region":nu'
    b'll,"ecosoc_status":null,"email":null,"phone":null,"website":null,"address":null,"verif'
    b'ied_on":null,"notes":null,"at_risk":false,"merged_into":null,"deleted":false}"organiza'
    b'tion_id":""full_name":""position":""email":""phone":""consent_on":""notes":""erased_on'
    b'":""deleted":"{"organization_id":null,"full_name":null,"position":null,"email":null,"p'
    b'hone":null,"consent_on":null,"notes":null,"erased_on":null,"deleted":false}"activity_i'
    b'd":""organization_id":""contact_id":""role":""representatives":""women":""men":""notes'
    b'":""deleted":"{"activity_id":null,"organization_id":null,"contact_id":null,"role":null'
    b',"representatives":null,"women":null,"men":null,"notes":null,"deleted":false}'
)

# A compressor with the dictionary set, copied for each value: setting the dictionary is
# most of the cost of compressing a value this short.  A 4 KiB window holds the
# dictionary; a reader inflates with the largest window, which reads any.
# memLevel 4 (not 8): a smaller state to copy, the same bytes out within a byte a value
# (9.2 against 10.7 µs a record, 117.7 B either way, on the region).
_COMPRESSOR = zlib.compressobj(6, zlib.DEFLATED, -12, 4, zlib.Z_DEFAULT_STRATEGY, DICTIONARY)


def dumps(value: Any) -> tuple[bytes, bool]:
    """A value's JSON text (UTF-8) as headquarters writes it (``database.json_dumps``):
    orjson's compact text, the json module's where orjson refuses a value; and whether the
    json module wrote it."""
    try:
        return orjson.dumps(value), False
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass"), True


# -- values laid out (migration 0027) ---------------------------------------------------------

LAID_OUT = 0x20  # + the layout's number: the values laid out
LAID_OUT_DEFLATED = 0x40  # + the layout's number: laid out, then deflated with DICTIONARY
# Frozen like DICTIONARY and schema.TABLE_CODES (numbered alike): each synced table's fields
# but ``id`` at migration 0027, in the registry's order.  A stored value names its layout;
# a table that grows a field later packs in the JSON forms until a new layout (a new number,
# never a change to one of these) is added by a migration.
LAYOUTS: dict[int, tuple[str, ...]] = {
    1: ("name", "aliases", "acronym", "org_type", "country", "cities", "themes", "networks",
        "is_rlo", "rlo_region", "ecosoc_status", "email", "phone", "website", "address",
        "verified_on", "notes", "at_risk", "merged_into", "deleted"),  # organizations
    2: ("organization_id", "full_name", "position", "email", "phone", "consent_on", "notes",
        "erased_on", "deleted"),  # contacts
    3: ("title", "activity_type", "start_date", "end_date", "city", "country", "themes",
        "organizing_office", "co_organizers", "member_states", "meeting", "outcomes",
        "follow_up", "notes", "deleted"),  # activities
    4: ("activity_id", "organization_id", "contact_id", "role", "representatives", "women",
        "men", "notes", "deleted"),  # participations
    5: ("organization_id", "amount", "currency", "purpose", "follows_meeting", "status",
        "approved_on", "disbursed_on", "report_received_on", "activity_ids", "notes",
        "deleted"),  # grants
}
_LAYOUT_OF = {frozenset(fields): number for number, fields in LAYOUTS.items()}
# Laid-out values of at least this many bytes are deflated too, and kept so when that saves
# at least DEFLATE_SAVES bytes (an organization's texts do: 198 → 155 B; a participation,
# 66 B of ids and small numbers, is read faster as it is).
DEFLATE_FROM = 100
DEFLATE_SAVES = 8

# The tags of laid-out values.
_NULL, _FALSE, _TRUE, _INT, _UUID, _DATE, _TEXT, _LIST = range(8)
_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_INT_LIMIT = 1 << 63  # integers in [-2**63, 2**63) are laid out (zigzag, then varint)


class _Unfit(Exception):
    """A value that the layout forms cannot give back exactly."""


def write_varint(number: int, out: bytearray) -> None:
    """``number`` (0 or more) onto ``out`` as a varint: 7 bits a byte, lowest first."""
    while number >= 0x80:
        out.append((number & 0x7F) | 0x80)
        number >>= 7
    out.append(number)


def _lay(value: Any, out: bytearray) -> None:
    """``value``'s tag and bytes onto ``out`` (_Unfit: it cannot be given back exactly)."""
    if value is None:
        out.append(_NULL)
    elif value is False:
        out.append(_FALSE)
    elif value is True:
        out.append(_TRUE)
    elif type(value) is str:
        if len(value) == 36 and _UUID_TEXT.match(value):  # a record id as the protocol writes it
            out.append(_UUID)
            out += bytes.fromhex(value.replace("-", ""))
        elif len(value) == 10 and _DATE_TEXT.match(value):  # YYYY-MM-DD: its digits as a number
            out.append(_DATE)
            write_varint(int(value[:4] + value[5:7] + value[8:]), out)
        else:
            try:
                raw = value.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate: the JSON forms keep it
                raise _Unfit() from None
            out.append(_TEXT)
            write_varint(len(raw), out)
            out += raw
    elif type(value) is int:
        if not -_INT_LIMIT <= value < _INT_LIMIT:
            raise _Unfit()
        out.append(_INT)
        write_varint((value << 1) ^ (value >> 63), out)
    elif type(value) is list:
        out.append(_LIST)
        write_varint(len(value), out)
        for item in value:
            _lay(item, out)
    else:  # a number with a fraction, an object, anything JSON would not give back as it is
        raise _Unfit()


def pack_laid_out(value: Any) -> bytes | None:
    """A record's values in a layout form (``0x20 + n`` or ``0x40 + n``), or None when
    ``value`` is not an object of exactly a layout's fields, each laid out exactly."""
    if type(value) is not dict:
        return None
    number = _LAYOUT_OF.get(frozenset(value))
    if number is None:
        return None
    out = bytearray()
    try:
        for name in LAYOUTS[number]:
            _lay(value[name], out)
    except (_Unfit, RecursionError):  # (lists inside lists beyond the interpreter's depth)
        return None
    if len(out) >= DEFLATE_FROM:
        compressor = _COMPRESSOR.copy()
        body = compressor.compress(out) + compressor.flush()
        if len(body) + DEFLATE_SAVES <= len(out):
            return bytes((LAID_OUT_DEFLATED + number,)) + body
    return bytes((LAID_OUT + number,)) + out


def is_laid_out(stored: bytes | bytearray | memoryview) -> bool:
    """Whether a stored value is in a layout form (by its first byte alone)."""
    return bool(stored) and (LAID_OUT < stored[0] < LAID_OUT + 0x20
                             or LAID_OUT_DEFLATED < stored[0] < LAID_OUT_DEFLATED + 0x20)


def read_varint(body: bytes | bytearray | memoryview, at: int) -> tuple[int, int]:
    """The varint (:func:`write_varint`) at ``at`` and where it ends (IndexError: cut short;
    ValueError: longer than any number laid out)."""
    number = shift = 0
    while True:
        byte = body[at]
        at += 1
        number |= (byte & 0x7F) << shift
        if byte < 0x80:
            return number, at
        shift += 7
        if shift > 70:
            raise ValueError("a laid-out number too long")


def _read(body: bytes, at: int) -> tuple[Any, int]:
    """The value laid out at ``at`` and where it ends."""
    tag = body[at]
    at += 1
    if tag == _NULL:
        return None, at
    if tag == _UUID:
        if at + 16 > len(body):
            raise ValueError("a laid-out id cut short")
        found = body[at:at + 16].hex()
        return f"{found[:8]}-{found[8:12]}-{found[12:16]}-{found[16:20]}-{found[20:]}", at + 16
    if tag == _TEXT:
        size, at = read_varint(body, at)
        if at + size > len(body):
            raise ValueError("a laid-out text cut short")
        return body[at:at + size].decode("utf-8"), at + size
    if tag == _FALSE:
        return False, at
    if tag == _TRUE:
        return True, at
    if tag == _INT:
        number, at = read_varint(body, at)
        return (number >> 1) ^ -(number & 1), at
    if tag == _DATE:
        number, at = read_varint(body, at)
        if number > 99_999_999:
            raise ValueError("a laid-out date out of range")
        digits = f"{number:08d}"
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}", at
    if tag == _LIST:
        count, at = read_varint(body, at)
        if count > len(body) - at:  # each item takes a byte at least
            raise ValueError("a laid-out list cut short")
        items = []
        for _ in range(count):
            item, at = _read(body, at)
            items.append(item)
        return items, at
    raise ValueError(f"a laid-out value of unknown tag {tag}")


def _values(number: int, body: bytes) -> tuple[tuple[str, ...], list[Any]]:
    """Layout ``number``'s fields and the values laid out in ``body``, in that order
    (ValueError: not such a value)."""
    fields = LAYOUTS.get(number)
    if fields is None:
        raise ValueError(f"a stored value of a layout this program does not know: {number}")
    found: list[Any] = []
    at = 0
    try:
        for _name in fields:
            value, at = _read(body, at)
            found.append(value)
    except IndexError:
        raise ValueError("a laid-out value cut short") from None
    except RecursionError:
        raise ValueError("a laid-out value nested too deeply") from None
    if at != len(body):
        raise ValueError("a laid-out value with bytes after its end")
    return fields, found


def unpack_laid_out(stored: bytes | bytearray | memoryview) -> tuple[tuple[str, ...], list[Any]] | None:
    """A laid-out stored value's fields and values, in its layout's order, without making
    the record's object (a snapshot page's rows are lists in that order); None for a value
    of another form; ValueError as :func:`unpack_text`.  The values' JSON text is as long
    as the record's less :func:`names_length` of the fields."""
    if not is_laid_out(stored):
        return None
    form, body = stored[0], bytes(stored[1:])
    if form > LAID_OUT_DEFLATED:
        return _values(form - LAID_OUT_DEFLATED, _inflate(body))
    return _values(form - LAID_OUT, body)


@functools.cache
def names_length(fields: tuple[str, ...]) -> int:
    """What the field names add to a record's compact JSON text beside a list of its
    values (``"name":`` for each, the names being plain ASCII)."""
    return sum(len(name) + 3 for name in fields)


def pack_text(text: bytes, *, by_json_module: bool = False) -> bytes:
    """JSON text (UTF-8) as stored, as :func:`pack` stores its value; ``by_json_module``: a
    text only the json module reads exactly (:func:`dumps`), which no layout takes."""
    if not by_json_module:
        laid_out = pack_laid_out(orjson.loads(text))
        if laid_out is not None:
            return laid_out
    return pack_json_text(text, by_json_module=by_json_module)


def pack_json_text(text: bytes, *, by_json_module: bool = False) -> bytes:
    """JSON text in the JSON forms (``0x00`` to ``0x03``; migration 0015)."""
    compressor = _COMPRESSOR.copy()
    body = compressor.compress(text) + compressor.flush()
    extra = BY_JSON_MODULE if by_json_module else 0
    if len(body) < len(text):
        return bytes((DEFLATED + extra,)) + body
    return bytes((PLAIN + extra,)) + text


def pack(value: Any) -> bytes:
    """A JSON value as stored: laid out when it fits a layout, else in the JSON forms."""
    laid_out = pack_laid_out(value)
    if laid_out is not None:
        return laid_out
    return pack_json(value)


def pack_json(value: Any) -> bytes:
    """A JSON value in the JSON forms (as stored before migration 0027)."""
    text, by_json_module = dumps(value)
    return pack_json_text(text, by_json_module=by_json_module)


def _inflate(body: bytes) -> bytes:
    reader = zlib.decompressobj(-15, DICTIONARY)
    try:
        body = reader.decompress(body) + reader.flush()
    except zlib.error as error:
        raise ValueError(f"a stored value that does not inflate: {error}") from error
    if not reader.eof or reader.unused_data:
        raise ValueError("a stored value cut short or with bytes after its end")
    return body


def _stored(stored: bytes | bytearray | memoryview | str) -> tuple[Any, bytes | None, bool]:
    """``(value, None, False)`` for a laid-out value, else ``(None, JSON text, whether the
    json module reads it)``."""
    if isinstance(stored, str):  # JSON text, as stored before migration 0015
        return None, stored.encode("utf-8", "surrogatepass"), True
    stored = bytes(stored)
    if not stored:
        raise ValueError("an empty stored value")
    laid = unpack_laid_out(stored)
    if laid is not None:
        return dict(zip(*laid)), None, False
    form, body = stored[0], stored[1:]
    if form & ~(DEFLATED | BY_JSON_MODULE):
        raise ValueError(f"a stored value of unknown form {form}")
    if form & DEFLATED:
        body = _inflate(body)
    return None, body, bool(form & BY_JSON_MODULE)


def _text(stored: bytes | bytearray | memoryview | str) -> tuple[bytes, bool]:
    value, text, by_json_module = _stored(stored)
    if text is None:  # laid out: the text headquarters writes of it
        return orjson.dumps(value), False
    return text, by_json_module


def unpack_text(stored: bytes | bytearray | memoryview | str) -> bytes:
    """The JSON text (UTF-8) of a stored value.  Text is taken as JSON as it is (a value
    written before migration 0015); a value of an unknown form, empty, cut short or that
    does not inflate is a ValueError.  (Deflate keeps no checksum: a flipped bit inside a
    value may read as another value, as it would inside JSON text.)"""
    return _text(stored)[0]


def unpack(stored: bytes | bytearray | memoryview | str) -> Any:
    """The JSON value of a stored value (ValueError as :func:`unpack_text`)."""
    value, text, by_json_module = _stored(stored)
    if text is None:
        return value
    if by_json_module:
        return json.loads(text.decode("utf-8", "surrogatepass"))
    return orjson.loads(text)


def unpack_with_text(stored: bytes | bytearray | memoryview | str) -> tuple[Any, bytes]:
    """The JSON value of a stored value and its text (ValueError as :func:`unpack_text`);
    a laid-out value's text lists its fields in its layout's order."""
    value, text, by_json_module = _stored(stored)
    if text is None:
        return value, orjson.dumps(value)
    if by_json_module:
        return json.loads(text.decode("utf-8", "surrogatepass")), text
    return orjson.loads(text), text
