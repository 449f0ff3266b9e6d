"""The registry of synced tables, declared by the models' column ``info``."""

from __future__ import annotations

from sqlalchemy import inspect

from lookingbeyond_desktop.domain.models import SYNCED_MODELS, SyncedMixin
from sync.registry import FieldSpec, Kind, Registry, TableSpec

# The fields a reference row carries (a parent outside a device's scope that a row of its
# scope names; sync/server/scopes.py): the display names and what a replica needs to store
# the row (every NOT NULL column), never contact channels, notes, outcomes or personal
# fields.  Contacts never travel as reference rows (a reference to one is blanked).
REFERENCE_FIELDS: dict[str, frozenset[str]] = {
    "organizations": frozenset({
        "deleted", "name", "aliases", "acronym", "org_type", "country", "cities", "themes",
        "networks", "is_rlo", "rlo_region", "ecosoc_status", "merged_into",
        # Not personal, and every office that names the organization should see the warning.
        "at_risk"}),
    "activities": frozenset({
        "deleted", "title", "activity_type", "start_date", "end_date", "city", "country",
        "themes", "organizing_office", "co_organizers", "member_states", "meeting"}),
}


def _table_spec(model: type[SyncedMixin]) -> TableSpec:
    mapper = inspect(model)
    assert mapper is not None
    columns = mapper.columns
    table = model.__tablename__  # type: ignore[attr-defined]
    reference = REFERENCE_FIELDS.get(table, frozenset())
    fields = [FieldSpec("id", Kind.TEXT, reference=True)]
    for column in columns:
        kind = column.info.get("sync")
        if kind is not None:
            fields.append(
                FieldSpec(column.key, kind, column.info.get("ref"), column.info.get("personal", False),
                          reference=column.key in reference, nullable=bool(column.nullable),
                          erasure=column.info.get("erasure", False))
            )
    return TableSpec(table, tuple(fields))


REGISTRY = Registry(tuple(_table_spec(model) for model in SYNCED_MODELS))
MODEL_BY_TABLE: dict[str, type[SyncedMixin]] = {
    model.__tablename__: model for model in SYNCED_MODELS  # type: ignore[attr-defined]
}
