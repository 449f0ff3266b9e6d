"""Devices remember when their token was last used, so that a token idle for
``accounts.TOKEN_IDLE_DAYS`` days expires (``token_expired``).

Existing devices start from their last sync (or their enrolment, if they never synced):
a device idle for longer than the limit when this migration runs must sign in again.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("token_used_at", sa.String(40), nullable=True))
    devices = sa.table("devices", sa.column("token_used_at", sa.String(40)),
                       sa.column("last_sync_at", sa.String(40)),
                       sa.column("created_at", sa.String(40)))
    op.execute(devices.update().values(
        token_used_at=sa.func.coalesce(devices.c.last_sync_at, devices.c.created_at)))


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("token_used_at")
