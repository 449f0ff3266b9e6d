"""Alembic migrations of the local database (configured in code; there is no alembic.ini)."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config


def alembic_config() -> Config:
    """The Alembic configuration of the local store."""
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent))
    config.set_main_option("path_separator", "os")
    return config
