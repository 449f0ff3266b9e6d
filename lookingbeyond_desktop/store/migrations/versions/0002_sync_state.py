"""Sync state: base versions in the change log, the sync cursor, conflicts and refusals.

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
    # The versions a change was made on top of: {field: version, "*": the row's newest}.
    with op.batch_alter_table("changes") as batch:
        batch.add_column(sa.Column("base", sa.JSON(), nullable=True))

    op.create_table(
        "sync_state",
        sa.Column("one", sa.Integer(), primary_key=True),
        sa.Column("server_url", sa.Text(), nullable=True),
        sa.Column("user_name", sa.Text(), nullable=True),
        sa.Column("cursor", sa.Integer(), nullable=False),
        sa.Column("last_sync_at", sa.String(40), nullable=True),
        sa.Column("last_attempt_at", sa.String(40), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("clock_offset_ms", sa.Integer(), nullable=False),
        # Rows to ask for in full (a pulled change named a row this replica lacks).
        sa.Column("wanted", sa.JSON(), nullable=True),
        sa.CheckConstraint("one = 1", name="ck_sync_state_one"),
    )
    op.execute("INSERT INTO sync_state (one, cursor, clock_offset_ms) VALUES (1, 0, 0)")

    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("winner_value", sa.JSON(), nullable=True),
        sa.Column("winner_version", sa.String(64), nullable=True),
        sa.Column("loser_value", sa.JSON(), nullable=True),
        sa.Column("loser_version", sa.String(64), nullable=True),
        sa.Column("loser_device", sa.String(32), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("resolved_at", sa.String(40), nullable=True),
        sa.Column("resolution", sa.String(20), nullable=True),
    )
    op.create_index("ix_conflicts_row", "conflicts", ["tbl", "row_id"])

    op.create_table(
        "sync_refusals",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(40), nullable=True),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_refusals")
    op.drop_index("ix_conflicts_row", "conflicts")
    op.drop_table("conflicts")
    op.drop_table("sync_state")
    with op.batch_alter_table("changes") as batch:
        batch.drop_column("base")
