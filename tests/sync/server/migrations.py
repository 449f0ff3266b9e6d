"""Test helper: move a headquarters database to a given migration, up or down, with the
project's own Alembic configuration (as ``init_database`` runs it)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, column, table

# The scope keys' own table as migrations 0001-0012 made it (0013 moved the keys into
# ``records.scope_keys``): for tests that fill a database of that time.
FORMER_ROW_KEYS = table("row_keys", column("tbl"), column("id"), column("key"))
# References as migrations 0001-0017 made them (0018 names records by row id).
FORMER_REFS = table("refs", column("parent_tbl"), column("parent_id"), column("tbl"), column("id"))

from sync.server.database import _alembic_config


def migrate_to(engine: Engine, revision: str, *, down: bool = False) -> None:
    """Upgrade (or, with ``down``, downgrade) ``engine``'s database to ``revision``."""
    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
