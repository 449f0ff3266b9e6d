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
  read a large integer as a float).

:data:`DICTIONARY` is frozen: every stored value of form ``0x01`` needs exactly these bytes
to be read again (``tests/sync/server/test_packing.py`` pins its digest).  It was made from
the registry and vocabularies of migration 0015 (each table's field names and blank record,
the vocabularies' codes); a registry that grows later still packs with it, a little less
well.  A better dictionary would be a new form byte, never a change to this one.

Packing is not encryption: the values are as readable as the JSON was to whoever can read
the database (docs/security.md).
"""

from __future__ import annotations

import json
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


def pack_text(text: bytes, *, by_json_module: bool = False) -> bytes:
    """JSON text (UTF-8) as stored; ``by_json_module``: a text only the json module reads
    exactly (:func:`dumps`)."""
    compressor = _COMPRESSOR.copy()
    body = compressor.compress(text) + compressor.flush()
    extra = BY_JSON_MODULE if by_json_module else 0
    if len(body) < len(text):
        return bytes((DEFLATED + extra,)) + body
    return bytes((PLAIN + extra,)) + text


def pack(value: Any) -> bytes:
    """A JSON value as stored."""
    text, by_json_module = dumps(value)
    return pack_text(text, by_json_module=by_json_module)


def _text(stored: bytes | bytearray | memoryview | str) -> tuple[bytes, bool]:
    if isinstance(stored, str):  # JSON text, as stored before migration 0015
        return stored.encode("utf-8", "surrogatepass"), True
    stored = bytes(stored)
    if not stored:
        raise ValueError("an empty stored value")
    form, body = stored[0], stored[1:]
    if form & ~(DEFLATED | BY_JSON_MODULE):
        raise ValueError(f"a stored value of unknown form {form}")
    if form & DEFLATED:
        reader = zlib.decompressobj(-15, DICTIONARY)
        try:
            body = reader.decompress(body) + reader.flush()
        except zlib.error as error:
            raise ValueError(f"a stored value that does not inflate: {error}") from error
        if not reader.eof or reader.unused_data:
            raise ValueError("a stored value cut short or with bytes after its end")
    return body, bool(form & BY_JSON_MODULE)


def unpack_text(stored: bytes | bytearray | memoryview | str) -> bytes:
    """The JSON text (UTF-8) of a stored value.  Text is taken as JSON as it is (a value
    written before migration 0015); a value of an unknown form, empty, cut short or that
    does not inflate is a ValueError.  (Deflate keeps no checksum: a flipped bit inside a
    value may read as another value, as it would inside JSON text.)"""
    return _text(stored)[0]


def unpack(stored: bytes | bytearray | memoryview | str) -> Any:
    """The JSON value of a stored value (ValueError as :func:`unpack_text`)."""
    return unpack_with_text(stored)[0]


def unpack_with_text(stored: bytes | bytearray | memoryview | str) -> tuple[Any, bytes]:
    """The JSON value of a stored value and its text (ValueError as :func:`unpack_text`)."""
    text, by_json_module = _text(stored)
    if by_json_module:
        return json.loads(text.decode("utf-8", "surrogatepass")), text
    return orjson.loads(text), text
