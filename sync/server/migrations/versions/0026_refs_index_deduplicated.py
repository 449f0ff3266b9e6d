"""PostgreSQL: ``refs`` found by parent through a deduplicated index (issue 15, item 2).
The primary key (parent row id, row id) was a unique B-tree, in which PostgreSQL keeps one
entry of 32 bytes for every reference; the references are only ever looked up by parent (a
parent's children, to re-key them), and a non-unique index on the parent's row id keeps
each parent once with the list of its rows (B-tree deduplication, PostgreSQL 13 and later):
10.6 → about 3 MiB for the 351,026 references of the 50,000-organization region
(docs/benchmarks-sync.md, Scenario F).  A push writes each reference once (a batch's set,
after deleting the record's earlier ones), and a merge that moves a reference onto a parent
the record names already removes that row first, so the key's uniqueness was never what
kept them apart.

SQLite keeps ``refs`` as a ``WITHOUT ROWID`` table (migration 0011): its rows are the key,
there is nothing to save.  The downgrade removes equal rows, then makes the key again.

Revision ID: 0026_refs_index_deduplicated
Revises: 0025_change_log_users_numbered
"""

from __future__ import annotations

from alembic import op

revision = "0026_refs_index_deduplicated"
down_revision = "0025_change_log_users_numbered"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("ALTER TABLE refs DROP CONSTRAINT pk_refs")
    op.execute("CREATE INDEX ix_refs_parent_rid ON refs (parent_rid)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP INDEX ix_refs_parent_rid")
    op.execute("DELETE FROM refs a USING refs b WHERE a.parent_rid = b.parent_rid AND a.rid = b.rid "
               "AND a.ctid > b.ctid")
    op.execute("ALTER TABLE refs ADD CONSTRAINT pk_refs PRIMARY KEY (parent_rid, rid)")
