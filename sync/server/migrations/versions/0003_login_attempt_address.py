"""Sign-in attempts remember the client's address, so that failed sign-ins are limited per
address as well as per user name (``accounts.MAX_ADDRESS_FAILURES``), and attempts of any
name older than the window can be pruned through an index on their time.

Attempts recorded before this migration have no address (they count only for their name).

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
    with op.batch_alter_table("login_attempts") as batch:
        batch.add_column(sa.Column("address", sa.String(64), nullable=True))
    op.create_index("ix_login_attempts_address", "login_attempts", ["address", "at_ms"])
    op.create_index("ix_login_attempts_at_ms", "login_attempts", ["at_ms"])


def downgrade() -> None:
    op.drop_index("ix_login_attempts_at_ms", "login_attempts")
    op.drop_index("ix_login_attempts_address", "login_attempts")
    with op.batch_alter_table("login_attempts") as batch:
        batch.drop_column("address")
