"""Withdrawals: records that left some devices' scope, sent to them as ``gone``.

A record that loses scope keys (its country changed, a participation was removed, a parent
re-keyed its children) or leaves a user's narrowed scope gets an entry at a server sequence
number, like a change; pulls over it tell the devices that saw the record and do not see it
now to remove it (docs/sync-protocol.md, "Scopes").

Activities' ``p:`` keys are not recomputed here: one left by a participation deleted before
this migration goes when a participation of that activity is next added, moved or deleted.

Revision ID: 0004_withdrawals
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_withdrawals"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "withdrawals",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("keys", sa.JSON(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name="pk_withdrawals"),
    )


def downgrade() -> None:
    op.drop_table("withdrawals")
