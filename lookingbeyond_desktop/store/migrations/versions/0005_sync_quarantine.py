"""Pulled rows this replica cannot apply are kept aside with their reason (the quarantine,
DESIGN invariant 11) instead of stopping the sync.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_quarantine",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(40), nullable=True),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_quarantine"),
    )
    op.create_index("ix_sync_quarantine_row", "sync_quarantine", ["tbl", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_quarantine_row", table_name="sync_quarantine")
    op.drop_table("sync_quarantine")
