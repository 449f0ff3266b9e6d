"""The first schema: synced entities, the replica, the change log and the full-text index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from alembic import context, op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("sync_version", sa.String(64), nullable=False),
        sa.Column("sync_field_versions", sa.JSON(), nullable=True),
    ]


def _fk(column: str, table: str, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(
        column,
        sa.String(36),
        sa.ForeignKey(f"{table}.id", deferrable=True, initially="DEFERRED"),
        nullable=nullable,
    )


def upgrade() -> None:
    op.create_table(
        "organizations",
        sa.Column("rid", sa.Integer(), primary_key=True),
        *_synced_columns(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("acronym", sa.Text(), nullable=True),
        sa.Column("org_type", sa.String(20), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("cities", sa.JSON(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("networks", sa.JSON(), nullable=False),
        sa.Column("is_rlo", sa.Boolean(), nullable=False),
        sa.Column("rlo_region", sa.String(3), nullable=True),
        sa.Column("ecosoc_status", sa.String(10), nullable=False),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("website", sa.Text(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_names", sa.Text(), nullable=False),
        sa.Column("search_other", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.Text(), nullable=False),
        sa.UniqueConstraint("id", name="uq_organizations_id"),
    )
    op.create_index("ix_organizations_country", "organizations", ["country"])
    op.create_index("ix_organizations_sort_name", "organizations", ["sort_name"])

    op.create_table(
        "contacts",
        sa.Column("rid", sa.Integer(), primary_key=True),
        *_synced_columns(),
        _fk("organization_id", "organizations"),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("consent_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.UniqueConstraint("id", name="uq_contacts_id"),
    )
    op.create_index("ix_contacts_organization_id", "contacts", ["organization_id"])

    op.create_table(
        "activities",
        sa.Column("rid", sa.Integer(), primary_key=True),
        *_synced_columns(),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("activity_type", sa.String(30), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("organizing_office", sa.String(20), nullable=True),
        sa.Column("co_organizers", sa.JSON(), nullable=False),
        sa.Column("member_states", sa.JSON(), nullable=False),
        sa.Column("meeting", sa.String(20), nullable=True),
        sa.Column("outcomes", sa.Text(), nullable=True),
        sa.Column("follow_up", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.UniqueConstraint("id", name="uq_activities_id"),
    )
    op.create_index("ix_activities_start_date", "activities", ["start_date"])

    op.create_table(
        "participations",
        sa.Column("rid", sa.Integer(), primary_key=True),
        *_synced_columns(),
        _fk("activity_id", "activities"),
        _fk("organization_id", "organizations"),
        _fk("contact_id", "contacts", nullable=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("representatives", sa.Integer(), nullable=False),
        sa.Column("women", sa.Integer(), nullable=True),
        sa.Column("men", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.UniqueConstraint("id", name="uq_participations_id"),
    )
    op.create_index("ix_participations_activity_id", "participations", ["activity_id"])
    op.create_index("ix_participations_organization_id", "participations", ["organization_id"])

    op.create_table(
        "grants",
        sa.Column("rid", sa.Integer(), primary_key=True),
        *_synced_columns(),
        _fk("organization_id", "organizations"),
        sa.Column("amount", sa.String(40), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("follows_meeting", sa.String(20), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("disbursed_on", sa.Date(), nullable=True),
        sa.Column("report_received_on", sa.Date(), nullable=True),
        sa.Column("activity_ids", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.UniqueConstraint("id", name="uq_grants_id"),
    )
    op.create_index("ix_grants_organization_id", "grants", ["organization_id"])

    replica = op.create_table(
        "replica",
        sa.Column("one", sa.Integer(), primary_key=True),
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("pushed_seq", sa.Integer(), nullable=False),
        sa.CheckConstraint("one = 1", name="ck_replica_one"),
    )
    op.bulk_insert(
        replica,
        [
            {
                "one": 1,
                "device_id": uuid.uuid4().hex,
                "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "author": context.config.attributes.get("author", ""),
                "last_seq": 0,
                "hlc": 0,
                "pushed_seq": 0,
            }
        ],
    )

    op.create_table(
        "changes",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("txn", sa.String(32), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("tbl", sa.String(30), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.UniqueConstraint("device_id", "device_seq", name="uq_changes_device_id"),
    )
    op.create_index("ix_changes_row", "changes", ["tbl", "row_id"])
    op.create_index("ix_changes_txn", "changes", ["txn"])

    # Full-text index over the folded names and other text of organizations, kept up to
    # date by triggers (the pattern sqlite-utils' enable_fts creates).
    op.execute(
        "CREATE VIRTUAL TABLE organizations_fts USING fts5("
        "search_names, search_other, content='organizations', content_rowid='rid', "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    op.execute(
        "INSERT INTO organizations_fts(organizations_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')"
    )
    op.execute(
        "CREATE TRIGGER organizations_fts_ai AFTER INSERT ON organizations BEGIN "
        "INSERT INTO organizations_fts(rowid, search_names, search_other) "
        "VALUES (new.rid, new.search_names, new.search_other); END"
    )
    op.execute(
        "CREATE TRIGGER organizations_fts_ad AFTER DELETE ON organizations BEGIN "
        "INSERT INTO organizations_fts(organizations_fts, rowid, search_names, search_other) "
        "VALUES ('delete', old.rid, old.search_names, old.search_other); END"
    )
    op.execute(
        "CREATE TRIGGER organizations_fts_au AFTER UPDATE OF search_names, search_other "
        "ON organizations BEGIN "
        "INSERT INTO organizations_fts(organizations_fts, rowid, search_names, search_other) "
        "VALUES ('delete', old.rid, old.search_names, old.search_other); "
        "INSERT INTO organizations_fts(rowid, search_names, search_other) "
        "VALUES (new.rid, new.search_names, new.search_other); END"
    )


def downgrade() -> None:
    for trigger in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER organizations_fts_{trigger}")
    op.execute("DROP TABLE organizations_fts")
    for table in ("changes", "replica", "grants", "participations", "activities", "contacts"):
        op.drop_table(table)
    op.drop_table("organizations")
