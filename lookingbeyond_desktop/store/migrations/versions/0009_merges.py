"""Merges that sync: an organization merged into another keeps ``merged_into`` (synced; a
redirect kept for good), and this computer's merges are logged so that one can be undone
(``merge_log``, local).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite allows a reference when the default is NULL): a batch
    # rebuild would copy every organization and drop the full-text index's triggers.
    op.execute("ALTER TABLE organizations ADD COLUMN merged_into VARCHAR(36) "
               "CONSTRAINT fk_organizations_merged_into_organizations "
               "REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED")
    op.create_index("ix_organizations_merged_into", "organizations", ["merged_into"])
    op.create_table(
        "merge_log",
        sa.Column("txn", sa.String(32), nullable=False),
        sa.Column("keep_id", sa.String(36), nullable=False),
        sa.Column("other_id", sa.String(36), nullable=False),
        sa.Column("keep_before", sa.JSON(), nullable=False),
        sa.Column("moved", sa.JSON(), nullable=False),
        sa.Column("versions_after", sa.JSON(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("undone_at", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("txn", name="pk_merge_log"),
    )
    op.create_index("ix_merge_log_other_id", "merge_log", ["other_id"])


def downgrade() -> None:
    op.drop_index("ix_merge_log_other_id", "merge_log")
    op.drop_table("merge_log")
    op.drop_index("ix_organizations_merged_into", "organizations")
    op.execute("ALTER TABLE organizations DROP COLUMN merged_into")
