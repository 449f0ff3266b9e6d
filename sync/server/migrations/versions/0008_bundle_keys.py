"""Sync by file (issue 16): each device's public keys (signing and receiving), given at
enrolment, and headquarters' own key pairs (``server_keys``), made the first time a bundle
is sealed or a device enrols.

Revision ID: 0008_bundle_keys
Revises: 0007_device_wipe
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_bundle_keys"
down_revision = "0007_device_wipe"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("bundle_sign_key", sa.String(64), nullable=True))
        batch.add_column(sa.Column("bundle_box_key", sa.String(64), nullable=True))
    op.create_table(
        "server_keys",
        sa.Column("name", sa.String(20), primary_key=True),
        sa.Column("secret", sa.String(64), nullable=False),
        sa.Column("public", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("server_keys")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("bundle_box_key")
        batch.drop_column("bundle_sign_key")
