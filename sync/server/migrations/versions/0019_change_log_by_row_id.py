"""The change log names records by row id (issue 15, item 2): an entry holds the record's
``rid`` (0018) instead of its table name and 36-character id, about 45 bytes an entry and
as many a record (docs/benchmarks-sync.md, Scenario F).  A pull reads each entry's record
by its row id, which it read by table and id before.

Every entry names a record headquarters holds (records are never removed: deleting one is a
change like any other); an entry that does not is not kept (a pull skips it: there is
nothing to send).  The program of before this migration cannot read the log as it is now:
the server is stopped for it (``lookingbeyond-server init --pending``, docs/deployment.md).

Revision ID: 0019_change_log_by_row_id
Revises: 0018_refs_by_row_id
"""

from __future__ import annotations

from alembic import op

revision = "0019_change_log_by_row_id"
down_revision = "0018_refs_by_row_id"
branch_labels = None
depends_on = None

REST = ("fields JSON, device_id VARCHAR(32) NOT NULL, user_name VARCHAR(100), author_device VARCHAR(32), "
        "at VARCHAR(40), what VARCHAR(20), changed JSON")
REST_NAMES = "fields, device_id, user_name, author_device, at, what, changed"


def _rebuild(naming: str, names: str, select: str) -> None:
    """The change log made again with ``naming`` (the columns that name the record, after
    ``seq``), filled by ``select`` (``seq``, ``names``, then the rest, in ``seq`` order)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    key = "pk_changelog" if sqlite else "pk_changelog_0019"  # an index name is schema-wide there
    seq = "INTEGER" if sqlite else "BIGINT"  # SQLite: the table's own row id (0016)
    op.execute(f"CREATE TABLE changelog_new (seq {seq} NOT NULL, {naming}, {REST}, "
               f"CONSTRAINT {key} PRIMARY KEY (seq))")
    op.execute(f"INSERT INTO changelog_new (seq, {names}, {REST_NAMES}) {select} ORDER BY changelog.seq")
    op.execute("DROP TABLE changelog")
    op.execute("ALTER TABLE changelog_new RENAME TO changelog")
    if not sqlite:
        op.execute("ALTER TABLE changelog RENAME CONSTRAINT pk_changelog_0019 TO pk_changelog")


def upgrade() -> None:
    rid = "INTEGER" if op.get_bind().dialect.name == "sqlite" else "BIGINT"
    _rebuild(f"rid {rid} NOT NULL", "rid",
             f"SELECT changelog.seq, records.rid, {_qualified()} FROM changelog "
             "JOIN records ON records.tbl = changelog.tbl AND records.id = changelog.id")


def downgrade() -> None:
    _rebuild("tbl VARCHAR(30) NOT NULL, id VARCHAR(36) NOT NULL", "tbl, id",
             f"SELECT changelog.seq, records.tbl, records.id, {_qualified()} FROM changelog "
             "JOIN records ON records.rid = changelog.rid")


def _qualified() -> str:
    return ", ".join(f"changelog.{name.strip()}" for name in REST_NAMES.split(","))
