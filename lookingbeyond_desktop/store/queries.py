"""Read-only questions about the replica: counts, pending changes, status."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from sqlalchemy import func, select, text

from lookingbeyond_desktop import paths
from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.domain.registry import REGISTRY
from lookingbeyond_desktop.store.database import SCHEMA_HEAD, Store
from lookingbeyond_desktop.store.writer import CHANGES, REPLICA, TABLES


def count_live(store: Store, table: str) -> int:
    """How many rows of a synced table are not deleted."""
    columns = TABLES[REGISTRY.table(table).name]
    with store.engine.connect() as connection:
        return int(
            connection.execute(
                select(func.count()).select_from(columns).where(columns.c.deleted.is_(False))
            ).scalar_one()
        )


def pending_changes(store: Store) -> int:
    """Changes made on this device and not yet acknowledged by headquarters."""
    with store.engine.connect() as connection:
        replica = connection.execute(select(REPLICA)).one()
        return int(
            connection.execute(
                select(func.count()).select_from(CHANGES).where(
                    CHANGES.c.device_id == replica.device_id,
                    CHANGES.c.device_seq > replica.pushed_seq,
                )
            ).scalar_one()
        )


def replica_status(store: Store) -> dict[str, Any]:
    """Identity, counts per table (live and deleted) and pending changes, JSON-ready."""
    with store.engine.connect() as connection:
        replica = connection.execute(select(REPLICA)).one()
        raw = connection.connection.driver_connection
        # sqlite-utils reads the same connection: its counts are what inspection tools see.
        db = sqlite_utils.Database(raw)
        counts = {
            table: {
                "live": db.table(table).count_where("deleted = 0"),
                "deleted": db.table(table).count_where("deleted = 1"),
            }
            for table in REGISTRY.names
        }
        state = connection.execute(text(
            "SELECT server_url, user_name, cursor, last_sync_at, last_error FROM sync_state")).one()
        unresolved = connection.execute(text(
            "SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")).scalar_one()
        refused = [dict(row) for row in connection.execute(text(
            "SELECT tbl, row_id, field, code, reason, at FROM sync_refusals ORDER BY id DESC LIMIT 20"
        )).mappings()]
    return {
        "data_dir": str(store.folder),
        "database": str(paths.database_path(store.folder)),
        "device_id": replica.device_id,
        "author": replica.author,
        "schema": SCHEMA_HEAD,
        "reference_version": reference.REFERENCE_VERSION,
        "counts": counts,
        "pending_changes": pending_changes(store),
        "server_url": state.server_url,
        "user_name": state.user_name,
        "cursor": state.cursor,
        "last_sync": state.last_sync_at,
        "last_error": state.last_error,
        "unresolved_conflicts": unresolved,
        "refused": refused,
    }
