"""Alembic environment: migrate the connection handed over by ``init_database``.

Each migration runs in its own transaction together with the update of
``hq_alembic_version``, so a crash leaves the schema at a known revision.
"""

from __future__ import annotations

from alembic import context

from sync.server.database import VERSION_TABLE
from sync.server.schema import forget_device_numbers, metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=VERSION_TABLE,
    transaction_per_migration=True,
    render_as_batch=connection.dialect.name == "sqlite",
)
forget_device_numbers()  # a downgrade past 0020 numbers the devices again
context.run_migrations()
if connection.in_transaction():
    connection.commit()
