"""A lighter change log again (issue 15, item 2): an entry whose author is the device it came
from names that device once (``author_device`` null: the device is ``device_id``; 32 bytes
of a push's every entry), and on SQLite the sequence number is the table's own row id (the
table kept it twice, in its rows and in the primary key's index: 12 bytes an entry and an
index to keep up on every push).

Only the audit reads ``author_device`` (``sync/server/audit.py``: the device is
``author_device``, or else ``device_id``, which it already was for entries of before the
audit; it now finds that device's name for those too), so the program of before this
migration reads the change log as before; the downgrade names the device twice again all
the same.

Revision ID: 0016_change_log_by_seq
Revises: 0015_packed_values
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_change_log_by_seq"
down_revision = "0015_packed_values"
branch_labels = None
depends_on = None

COLUMNS = ("tbl VARCHAR(30) NOT NULL, id VARCHAR(36) NOT NULL, fields JSON, device_id VARCHAR(32) NOT NULL, "
           "user_name VARCHAR(100), author_device VARCHAR(32), at VARCHAR(40), what VARCHAR(20), "
           "changed JSON")
NAMES = "seq, tbl, id, fields, device_id, user_name, author_device, at, what, changed"


def _rebuild(seq_type: str) -> None:
    """SQLite: the change log made again with ``seq`` of ``seq_type`` (INTEGER: the row id)."""
    op.execute(f"CREATE TABLE changelog_new (seq {seq_type} NOT NULL, {COLUMNS}, "
               "CONSTRAINT pk_changelog PRIMARY KEY (seq))")
    op.execute(f"INSERT INTO changelog_new ({NAMES}) SELECT {NAMES} FROM changelog ORDER BY seq")
    op.execute("DROP TABLE changelog")
    op.execute("ALTER TABLE changelog_new RENAME TO changelog")
    op.execute("CREATE INDEX ix_changelog_id ON changelog (id)")


def upgrade() -> None:
    op.execute("UPDATE changelog SET author_device = NULL WHERE author_device = device_id AND device_id <> ''")
    if op.get_bind().dialect.name == "sqlite":
        _rebuild("INTEGER")


def downgrade() -> None:
    op.execute("UPDATE changelog SET author_device = device_id "
               "WHERE author_device IS NULL AND device_id <> '' AND what IS NOT NULL")
    if op.get_bind().dialect.name == "sqlite":
        _rebuild("BIGINT")
