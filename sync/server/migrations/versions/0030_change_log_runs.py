"""The change log's runs (issue 15, item 2): one row stands for a run of entries alike in
every other column whose sequence numbers and records' row ids both go up by one
(``changelog.more``: how many entries before the row's own; null for one entry).  A first
push's creations (the same device, user, time and kind, no fields named) numbered in the
order the push logs them (service._Batch.flush) are a few hundred rows instead of one an
entry: 255,891 rows for the 50,000-organization region, 24 MiB on PostgreSQL
(docs/benchmarks-sync.md, Scenario F).  ``schema.fold_runs`` writes them; every reader
expands a run through the records' key (``schema.named_changelog``, ``ENTRY_SEQ``).

The upgrade adds the column: entries stored by the program of before name records
numbered in the order of their ids, not of their entries, so they stay one a row.  The
downgrade writes each run's entries one a row again.  The program of before this migration
would read a run as its last entry alone: the server is stopped for it (``lookingbeyond-server
init --pending``, docs/deployment.md).

Revision ID: 0030_change_log_runs
Revises: 0029_versions_devices_numbered
"""

from __future__ import annotations

from alembic import op

revision = "0030_change_log_runs"
down_revision = "0029_versions_devices_numbered"
branch_labels = None
depends_on = None

# Every column of the change log but those a run's entries differ by (seq, rid, more).
_ALIKE = "at, device_no, author_no, user_no, what, fields, changed"


def upgrade() -> None:
    op.execute("ALTER TABLE changelog ADD COLUMN more INTEGER")


def downgrade() -> None:
    # Each run's earlier entries (its records by row id, through the records' key), then
    # the run's own row as its last entry alone.
    op.execute(f"INSERT INTO changelog (seq, rid, {_ALIKE}) "
               f"SELECT e.seq - (e.rid - r.rid), r.rid, {', '.join('e.' + name for name in _ALIKE.split(', '))} "
               "FROM changelog e JOIN records r ON r.rid BETWEEN e.rid - e.more AND e.rid - 1 WHERE e.more > 0")
    op.execute("ALTER TABLE changelog DROP COLUMN more")
