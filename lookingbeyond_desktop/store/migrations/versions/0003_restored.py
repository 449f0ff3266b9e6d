"""Remember that the database was restored from a backup until the next sync has realigned
it with headquarters and pulled back what this device had synced since the backup.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Set by restoring a backup: the next sync asks headquarters how far it holds this
    # device's changes before pushing, and renumbers the unsent ones after that.
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column("restored_at", sa.String(40), nullable=True))
        # True until that first answer came: no push before it.
        batch.add_column(sa.Column("realign", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        batch.drop_column("realign")
        batch.drop_column("restored_at")
