"""Test helper: move a headquarters database to a given migration, up or down, with the
project's own Alembic configuration (as ``init_database`` runs it)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine

from sync.server.database import _alembic_config


def migrate_to(engine: Engine, revision: str, *, down: bool = False) -> None:
    """Upgrade (or, with ``down``, downgrade) ``engine``'s database to ``revision``."""
    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
