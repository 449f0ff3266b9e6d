"""The audit (issue 13): every change headquarters stores from a device names the user
behind it, the device, the time and the fields it changed, so that an ``hq`` user can list
who changed a record or a field (``lookingbeyond-server audit --record ID``).  Changes
stored before this migration have no author (the audit says so).

Revision ID: 0006_changelog_audit
Revises: 0005_unconfirmed_refusals
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_changelog_audit"
down_revision = "0005_unconfirmed_refusals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("changelog") as batch:
        batch.add_column(sa.Column("user_name", sa.String(100), nullable=True))
        batch.add_column(sa.Column("author_device", sa.String(32), nullable=True))
        batch.add_column(sa.Column("at", sa.String(40), nullable=True))
        batch.add_column(sa.Column("what", sa.String(20), nullable=True))
        batch.add_column(sa.Column("changed", sa.JSON(), nullable=True))
    op.create_index("ix_changelog_id", "changelog", ["id"])


def downgrade() -> None:
    op.drop_index("ix_changelog_id", "changelog")
    with op.batch_alter_table("changelog") as batch:
        for name in ("changed", "what", "at", "author_device", "user_name"):
            batch.drop_column(name)
