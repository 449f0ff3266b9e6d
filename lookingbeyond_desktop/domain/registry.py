"""The registry of synced tables, declared by the models' column ``info``."""

from __future__ import annotations

from sqlalchemy import inspect

from lookingbeyond_desktop.domain.models import SYNCED_MODELS, SyncedMixin
from sync.registry import FieldSpec, Kind, Registry, TableSpec

def _table_spec(model: type[SyncedMixin]) -> TableSpec:
    mapper = inspect(model)
    assert mapper is not None
    columns = mapper.columns
    fields = [FieldSpec("id", Kind.TEXT)]
    for column in columns:
        kind = column.info.get("sync")
        if kind is not None:
            fields.append(
                FieldSpec(column.key, kind, column.info.get("ref"), column.info.get("personal", False))
            )
    table = model.__tablename__  # type: ignore[attr-defined]
    return TableSpec(table, tuple(fields))


REGISTRY = Registry(tuple(_table_spec(model) for model in SYNCED_MODELS))
MODEL_BY_TABLE: dict[str, type[SyncedMixin]] = {
    model.__tablename__: model for model in SYNCED_MODELS  # type: ignore[attr-defined]
}
