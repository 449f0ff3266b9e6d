"""The change log without its index by record id (issue 15, item 2): only the audit asks the
log by id (``lookingbeyond-server audit --record ID``, a command an administrator runs now and
then), and the index cost 45 bytes an entry on SQLite, 76 on PostgreSQL, and a write at a
random place of it for every change a push stores.  The audit now reads the whole log: 26 ms
for 255,891 entries on SQLite (3 ms with the index; docs/benchmarks-sync.md, Scenario F).
Pulls read the log by sequence number, its primary key.

Revision ID: 0017_no_change_log_id_index
Revises: 0016_change_log_by_seq
"""

from __future__ import annotations

from alembic import op

revision = "0017_no_change_log_id_index"
down_revision = "0016_change_log_by_seq"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_changelog_id", "changelog")


def downgrade() -> None:
    op.create_index("ix_changelog_id", "changelog", ["id"])
