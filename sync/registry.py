"""The declared registry of synced tables and fields.

Sync code (client and server) knows the schema only through this registry: the table
names, each table's fields and the kind of value each holds.  The kinds fix the wire and
export encoding of values, so that the same merge code runs on every replica.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any


class Kind(str, Enum):
    """How a field's value is encoded on the wire and in exports."""

    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    DECIMAL = "decimal"
    LIST = "list"  # a list of strings
    REF = "ref"  # the id of a row of another synced table


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One synced field."""

    name: str
    kind: Kind
    ref_table: str | None = None  # for Kind.REF and lists of ids
    personal: bool = False  # personal data: never logged, kept inside its scope
    # Sent in a reference row (a parent outside the device's scope that a row of its scope
    # names): display names and the structural fields a replica needs to store the row;
    # never contact channels, notes, outcomes or personal data.  Other fields travel as null.
    reference: bool = False
    # Whether a replica's column may hold null (a blanked NOT NULL field gets an empty value).
    nullable: bool = True
    # The date headquarters erased the record's personal fields (the right to be forgotten):
    # set by headquarters alone; a record with it set keeps its id and references only.
    erasure: bool = False

    def encode(self, value: Any) -> Any:
        """A JSON-ready value: dates as ISO strings, decimals as strings, lists as lists."""
        if value is None:
            return None
        if self.kind is Kind.DATE:
            return value.isoformat() if isinstance(value, dt.date) else str(value)
        if self.kind is Kind.DECIMAL:
            return format(Decimal(value), "f")
        if self.kind is Kind.BOOL:
            return bool(value)
        if self.kind is Kind.LIST:
            return list(value)
        return value

    def decode(self, value: Any) -> Any:
        """The Python value of a JSON value produced by :meth:`encode`."""
        if value is None:
            return None
        if self.kind is Kind.DATE:
            return dt.date.fromisoformat(value) if isinstance(value, str) else value
        if self.kind is Kind.DECIMAL:
            return Decimal(str(value))
        if self.kind is Kind.BOOL:
            return bool(value)
        if self.kind is Kind.INT:
            return int(value)
        if self.kind is Kind.LIST:
            return [str(v) for v in value]
        return value


def blank_value(spec: FieldSpec) -> Any:
    """The value a blanked field holds (withdrawn or erased): null, or where a replica's
    column is NOT NULL an empty one (an empty text or list, the epoch for a date)."""
    if spec.nullable:
        return None
    if spec.kind is Kind.LIST:
        return []
    if spec.kind in (Kind.TEXT, Kind.REF):
        return ""
    if spec.kind is Kind.DATE:
        return dt.date(1970, 1, 1)  # a NOT NULL date cannot be emptied: the epoch says "blank"
    if spec.kind is Kind.BOOL:
        return False
    return 0


@dataclass(frozen=True)
class TableSpec:
    """One synced table: its name, its fields in a stable order and its parent link."""

    name: str
    fields: tuple[FieldSpec, ...]
    _by_name: dict[str, FieldSpec] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._by_name.update({spec.name: spec for spec in self.fields})
        # Asked for on every pulled row: computed once.
        object.__setattr__(self, "_names", tuple(spec.name for spec in self.fields))
        object.__setattr__(self, "_references", tuple(
            (spec.name, spec.ref_table)
            for spec in self.fields
            if spec.kind is Kind.REF and spec.ref_table is not None
        ))

    def field(self, name: str) -> FieldSpec:
        """The spec of field ``name`` (KeyError if the table has no such field)."""
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"{self.name} has no synced field {name!r}") from None

    @property
    def field_names(self) -> tuple[str, ...]:
        """The names of the synced fields, in declaration order."""
        return self._names  # type: ignore[attr-defined,no-any-return]

    @property
    def erasure_field(self) -> str | None:
        """The field that marks the record's personal data erased, if the table has one."""
        return next((spec.name for spec in self.fields if spec.erasure), None)

    @property
    def personal_fields(self) -> tuple[str, ...]:
        """The fields holding personal data, in declaration order."""
        return tuple(spec.name for spec in self.fields if spec.personal)

    @property
    def references(self) -> tuple[tuple[str, str], ...]:
        """(field, parent table) of each reference a replica enforces as a foreign key."""
        return self._references  # type: ignore[attr-defined,no-any-return]


@dataclass(frozen=True)
class Registry:
    """All synced tables, in dependency order (parents before children)."""

    tables: tuple[TableSpec, ...]
    _by_name: dict[str, TableSpec] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_name.update({table.name: table for table in self.tables})

    def table(self, name: str) -> TableSpec:
        """The spec of table ``name`` (KeyError if it is not synced)."""
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"{name!r} is not a synced table") from None

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    @property
    def names(self) -> tuple[str, ...]:
        """Synced table names in dependency order."""
        return tuple(table.name for table in self.tables)
