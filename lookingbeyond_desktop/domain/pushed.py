"""The domain's rules for a record pushed to headquarters that read nothing but the record:
required fields, kinds, closed vocabularies, ranges, text lengths and record size.

:func:`lookingbeyond_desktop.headquarters.validate_pushed` is these rules and those that
read other records (references).  This module is apart so that headquarters' worker process
(``sync.server.packer``) can check a large push's new records with them while the serve
process applies the push: it imports the domain's registry and rules, never the server.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from lookingbeyond_desktop.domain.registry import MODEL_BY_TABLE, REGISTRY
from lookingbeyond_desktop.domain.validation import validate
from sync.registry import Kind

# A device's "today" may be a day ahead of headquarters' (time zones east of UTC): the
# rule "not in the future" allows for it, so an honest edit is never refused for the hour.
DATE_TOLERANCE = dt.timedelta(days=1)


def rule_problems(table: str, record: dict[str, Any],
                  previous: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The rules of the desktop writer that read only ``record`` (wire values) and
    ``previous`` (None for a new record), as (field, message): those of
    :func:`~lookingbeyond_desktop.domain.validation.validate`, and a value for every field
    a replica's column cannot hold empty."""
    typed = _typed(table, record)
    typed_previous = _typed(table, previous) if previous is not None else None
    problems = [(error.field, error.message)
                for error in validate(table, typed, previous=typed_previous, today=_today())]
    if any(record.get(name) is None for name in NOT_NULL[table]):
        named = {name for name, _message in problems}
        problems += [(name, "is required") for name in sorted(NOT_NULL[table] - named)
                     if record.get(name) is None]
    return problems


def _not_null(table: str) -> frozenset[str]:
    """Synced fields whose local column cannot hold null (a replica could not store it)."""
    model = MODEL_BY_TABLE[table]
    columns = model.__table__.columns  # type: ignore[attr-defined]
    return frozenset(column.key for column in columns
                     if column.info.get("sync") is not None and not column.nullable)


NOT_NULL: dict[str, frozenset[str]] = {table: _not_null(table) for table in REGISTRY.names}


def _today() -> dt.date:
    """The latest day a pushed date may name: headquarters' today plus DATE_TOLERANCE
    (read once a second: a first push checks hundreds of thousands of records)."""
    second = int(time.time())
    if _TODAY[0] != second:
        _TODAY[:] = [second, dt.datetime.now(dt.timezone.utc).date() + DATE_TOLERANCE]
    today: dt.date = _TODAY[1]
    return today


_TODAY: list[Any] = [None, None]


def _decoders(table: str) -> dict[str, Any]:
    """Per synced field of ``table``: how a wire value becomes the writer's (None: as it is,
    text and ids; "list": a list, null as an empty one; else the field's decode)."""
    found: dict[str, Any] = {}
    for field_spec in REGISTRY.table(table).fields:
        if field_spec.kind in (Kind.TEXT, Kind.REF):
            found[field_spec.name] = None
        elif field_spec.kind is Kind.LIST:
            found[field_spec.name] = "list"
        else:
            found[field_spec.name] = field_spec.decode
    return found


DECODERS: dict[str, dict[str, Any]] = {table: _decoders(table) for table in REGISTRY.names}


def _typed(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """A record's wire values as the writer holds them (fields of other names left out)."""
    decoders = DECODERS[table]
    typed: dict[str, Any] = {}
    for name, value in values.items():
        if name not in decoders:
            continue
        decoder = decoders[name]
        if decoder is None or value is None and decoder != "list":
            typed[name] = value
        elif decoder == "list":
            typed[name] = [] if value is None else [str(v) for v in value]
        else:
            typed[name] = decoder(value)
    return typed
