"""Keep, with each change headquarters refused, which fields the refused row carried (the
whole pushed row is refused, not only the field named as the reason) and whether it was a
new record headquarters never had: Retry sends them all again, and Discard knows whether
the record goes back to headquarters' version or to the Trash.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_refusals") as batch:
        batch.add_column(sa.Column("fields", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("new_record", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_refusals") as batch:
        batch.drop_column("new_record")
        batch.drop_column("fields")
