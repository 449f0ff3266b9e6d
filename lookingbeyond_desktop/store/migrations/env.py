"""Alembic environment: migrate the connection handed over by the store.

Each migration runs in its own transaction together with the update of
``alembic_version``, so a crash leaves the schema at a known revision.
"""

from __future__ import annotations

from alembic import context

from lookingbeyond_desktop.domain.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    transaction_per_migration=True,
    render_as_batch=True,
)
context.run_migrations()
if connection.in_transaction():
    connection.commit()
