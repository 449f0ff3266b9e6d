"""Remote wipe (issue 13): when an hq user ordered a device's data erased, when the
order reached it, and when it confirmed the erasure (``lookingbeyond-server device wipe``).

Revision ID: 0007_device_wipe
Revises: 0006_changelog_audit
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_device_wipe"
down_revision = "0006_changelog_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("wipe_requested_at", sa.String(40), nullable=True))
        batch.add_column(sa.Column("wipe_sent_at", sa.String(40), nullable=True))
        batch.add_column(sa.Column("wiped_at", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        for name in ("wiped_at", "wipe_sent_at", "wipe_requested_at"):
            batch.drop_column(name)
