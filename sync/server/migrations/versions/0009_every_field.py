"""Every stored record carries every field of the registry (protocol version 3, issue 13):
records stored before a field existed (``organizations.at_risk``, ``contacts.erased_on``,
and ``organizations.merged_into`` of protocol version 1) get its blank value (``false``,
``null``), versioned with the record's oldest version, so that a device receives complete
rows and a push that edits an old record passes the rule "every NOT NULL column has a
value".  The registry comes from the application's domain (``init_database(...,
registry=)``); without it, a database that holds records is not changed and the upgrade
stops with a message.

Revision ID: 0009_every_field
Revises: 0008_bundle_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

from sync.registry import blank_value

revision = "0009_every_field"
down_revision = "0008_bundle_keys"
branch_labels = None
depends_on = None

CHUNK = 1000


def upgrade() -> None:
    connection = op.get_bind()
    records = sa.table("records", sa.column("tbl", sa.String), sa.column("id", sa.String),
                       sa.column("data", sa.JSON), sa.column("versions", sa.JSON))
    if connection.execute(sa.select(records.c.id).limit(1)).first() is None:
        return  # a new database: nothing stored before
    registry = context.config.attributes.get("registry")
    if registry is None:
        raise RuntimeError("this upgrade completes the stored records from the application's "
                           "registry: run it with lookingbeyond-server init")
    for spec in registry.tables:
        blanks = {item.name: item.encode(blank_value(item)) for item in spec.fields
                  if item.name != "id"}
        last = ""
        while True:
            rows = connection.execute(
                sa.select(records.c.id, records.c.data, records.c.versions)
                .where(records.c.tbl == spec.name, records.c.id > last)
                .order_by(records.c.id).limit(CHUNK)).all()
            if not rows:
                break
            last = rows[-1].id
            for row in rows:
                data, versions = dict(row.data), dict(row.versions)
                missing = [name for name in blanks if name not in data]
                if not missing or not versions:
                    continue
                oldest = min(versions.values())
                data.update({name: blanks[name] for name in missing})
                versions.update({name: oldest for name in missing})
                connection.execute(sa.update(records).where(
                    records.c.tbl == spec.name, records.c.id == row.id).values(
                    data=data, versions=versions))


def downgrade() -> None:
    pass  # the added blank fields are harmless to an older server
