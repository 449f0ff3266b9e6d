"""A lighter change log (issue 15, item 2): a creation's ``changed`` is null (every field, as
the audit already says of a creation without a list) instead of the names of all its fields,
133 bytes a creation; and ``ix_changelog_row`` (table, id) goes: no query reads the log by
table and id (pulls read it by sequence number, the audit by id alone, ``ix_changelog_id``).

Revision ID: 0012_lighter_change_log
Revises: 0011_keys_without_rowid
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_lighter_change_log"
down_revision = "0011_keys_without_rowid"
branch_labels = None
depends_on = None


def upgrade() -> None:
    changelog = sa.table("changelog", sa.column("what", sa.String), sa.column("changed", sa.JSON))
    op.execute(changelog.update().where(changelog.c.what == "created").values(changed=sa.null()))
    op.drop_index("ix_changelog_row", "changelog")


def downgrade() -> None:
    op.create_index("ix_changelog_row", "changelog", ["tbl", "id"])
    # A creation's list of fields is not written back: the audit says "all fields" without it.
