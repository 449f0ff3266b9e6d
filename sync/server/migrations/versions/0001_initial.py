"""The first headquarters schema: users, devices, records and their keys, the change log,
conflicts, the counter row and login attempts.

Written out by hand (not generated from ``schema.metadata``) so that this migration stays
what it was when ``schema.py`` changes; a test compares the result with ``schema.metadata``.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("countries", sa.JSON(), nullable=False),
        sa.Column("regions", sa.JSON(), nullable=False),
        sa.Column("organization_id", sa.String(36), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("last_sync_at", sa.String(40), nullable=True),
        sa.Column("revoked_at", sa.String(40), nullable=True),
        sa.Column("pushed_seq", sa.BigInteger(), nullable=False),
        sa.Column("clock_offset_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_devices_user_id_users"),
        sa.UniqueConstraint("token_hash", name="uq_devices_token_hash"),
    )
    op.create_table(
        "records",
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "id", name="pk_records"),
    )
    op.create_table(
        "row_keys",
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("key", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "id", "key", name="pk_row_keys"),
    )
    op.create_index("ix_row_keys_key", "row_keys", ["key", "tbl"])
    op.create_table(
        "refs",
        sa.Column("parent_tbl", sa.String(30), nullable=False),
        sa.Column("parent_id", sa.String(36), nullable=False),
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("parent_tbl", "parent_id", "tbl", "id", name="pk_refs"),
    )
    op.create_table(
        "changelog",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_changelog"),
    )
    op.create_index("ix_changelog_row", "changelog", ["tbl", "id"])
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
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
        sa.Column("resolved_seq", sa.BigInteger(), nullable=True),
        sa.Column("resolution", sa.String(20), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_conflicts"),
        sa.UniqueConstraint("tbl", "row_id", "field", "loser_version", name="uq_conflicts_loser"),
    )
    op.create_index("ix_conflicts_seq", "conflicts", ["seq"])
    op.create_index("ix_conflicts_resolved_seq", "conflicts", ["resolved_seq"])
    counter = op.create_table(
        "counter",
        sa.Column("one", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("one", name="pk_counter"),
    )
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_login_attempts"),
    )
    op.create_index("ix_login_attempts_name", "login_attempts", ["name", "at_ms"])
    # The one row whose lock serializes pushes (see sync.server.service).
    op.bulk_insert(counter, [{"one": 1, "seq": 0, "hlc": 0}])


def downgrade() -> None:
    for table in ("login_attempts", "counter", "conflicts", "changelog", "refs", "row_keys",
                  "records", "devices", "users"):
        op.drop_table(table)
