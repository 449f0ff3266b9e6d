"""SQLite: ``row_keys`` and ``refs`` as ``WITHOUT ROWID`` tables (issue 15, item 2).  Their rows
are their primary keys; stored with a rowid, SQLite kept each row twice, in the table and in
the primary key's index (the step took 550.5 MiB to 461.4 MiB for 50,000 organizations).  Each is
copied into a new table in primary-key order, the old one dropped, the new one renamed, the
key index of ``row_keys`` made again.  PostgreSQL has no such choice: nothing to do there.

Revision ID: 0011_keys_without_rowid
Revises: 0010_versions_by_version
"""

from __future__ import annotations

from alembic import op

revision = "0011_keys_without_rowid"
down_revision = "0010_versions_by_version"
branch_labels = None
depends_on = None

# (table, its columns' definitions, its primary key, indexes to make again)
TABLES = (
    ("row_keys", 'tbl VARCHAR(30) NOT NULL, id VARCHAR(36) NOT NULL, "key" VARCHAR(60) NOT NULL',
     'tbl, id, "key"', ('CREATE INDEX ix_row_keys_key ON row_keys ("key", tbl)',)),
    ("refs", "parent_tbl VARCHAR(30) NOT NULL, parent_id VARCHAR(36) NOT NULL, "
             "tbl VARCHAR(30) NOT NULL, id VARCHAR(36) NOT NULL",
     "parent_tbl, parent_id, tbl, id", ()),
)


def _rebuild(rowid: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, columns, key, indexes in TABLES:
        op.execute(f"CREATE TABLE {table}_new ({columns}, CONSTRAINT pk_{table} PRIMARY KEY ({key}))"
                   + ("" if rowid else " WITHOUT ROWID"))
        op.execute(f"INSERT INTO {table}_new SELECT {key} FROM {table} ORDER BY {key}")
        op.execute(f"DROP TABLE {table}")
        op.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
        for statement in indexes:
            op.execute(statement)


def upgrade() -> None:
    _rebuild(rowid=False)


def downgrade() -> None:
    _rebuild(rowid=True)
