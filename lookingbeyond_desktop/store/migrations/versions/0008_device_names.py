"""Name people and computers, not login names and device ids: the name a person gave each
computer when it was enrolled and its headquarters user (``device_names``; this computer's
own from its login, the others' from sync answers).

A data folder already connected to headquarters records its next edits under the
headquarters user it logged in as, as a folder enrolled from now on does; the edits it
recorded before keep the author they had.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_names",
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("device_name", sa.Text(), nullable=False),
        sa.Column("user_name", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name="pk_device_names"),
    )
    op.get_bind().execute(sa.text(
        "UPDATE replica SET author = (SELECT user_name FROM sync_state) WHERE EXISTS ("
        " SELECT 1 FROM sync_state WHERE server_url IS NOT NULL AND server_url <> ''"
        " AND user_name IS NOT NULL AND user_name <> '')"))


def downgrade() -> None:
    op.drop_table("device_names")
