"""Alembic migrations of the headquarters database (configured in code; no alembic.ini)."""
