"""The change log names devices by number and times in seconds (issue 15, item 2): the
device ids an entry names (the device it came from, its author's) are stored once, in
``log_devices``, and an entry holds their numbers (0: headquarters' own changes, a device id
of "" before); its time is seconds since 1970 instead of ISO text.  About 50 bytes an entry
on SQLite, and as many a record (docs/benchmarks-sync.md, Scenario F).

The times were written to the second in UTC (``isoformat(timespec="seconds")``), so the audit
reads the same.  None is written otherwise; a time that did not read as one would be left
empty on SQLite, and on PostgreSQL would stop the upgrade with nothing changed.  The program of
before this migration cannot read the log as it is now: the server is stopped for it
(``lookingbeyond-server init --pending``, docs/deployment.md).

Revision ID: 0020_change_log_devices_numbered
Revises: 0019_change_log_by_row_id
"""

from __future__ import annotations

from alembic import op

revision = "0020_change_log_devices_numbered"
down_revision = "0019_change_log_by_row_id"
branch_labels = None
depends_on = None


def _rebuild(columns: str, select: str, device: str, author: str) -> None:
    """The change log made again with ``columns`` (after ``seq`` and ``rid``), filled by
    ``select`` over the log as ``c``, in ``seq`` order, with ``log_devices`` joined as ``d``
    on ``device`` and as ``a`` on ``author``."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    key = "pk_changelog" if sqlite else "pk_changelog_0020"  # an index name is schema-wide there
    integer = "INTEGER" if sqlite else "BIGINT"  # SQLite: seq is the table's own row id (0016)
    op.execute(f"CREATE TABLE changelog_new (seq {integer} NOT NULL, rid {integer} NOT NULL, fields JSON, "
               f"{columns}, what VARCHAR(20), changed JSON, CONSTRAINT {key} PRIMARY KEY (seq))")
    op.execute(f"INSERT INTO changelog_new SELECT c.seq, c.rid, c.fields, {select}, c.what, c.changed "
               f"FROM changelog c LEFT JOIN log_devices d ON {device} LEFT JOIN log_devices a ON {author} "
               "ORDER BY c.seq")
    op.execute("DROP TABLE changelog")
    op.execute("ALTER TABLE changelog_new RENAME TO changelog")
    if not sqlite:
        op.execute("ALTER TABLE changelog RENAME CONSTRAINT pk_changelog_0020 TO pk_changelog")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.execute("CREATE TABLE log_devices (n INTEGER NOT NULL, device_id VARCHAR(32) NOT NULL, "
               "CONSTRAINT pk_log_devices PRIMARY KEY (n))")
    op.execute("CREATE UNIQUE INDEX ix_log_devices_device_id ON log_devices (device_id)")
    op.execute("INSERT INTO log_devices (n, device_id) SELECT row_number() OVER (ORDER BY named.device_id), "
               "named.device_id FROM (SELECT device_id FROM changelog WHERE device_id <> '' UNION "
               "SELECT author_device FROM changelog WHERE author_device IS NOT NULL AND author_device <> '') "
               "AS named")
    seconds = ("CAST(strftime('%s', c.at) AS INTEGER)" if sqlite
               else "CAST(EXTRACT(EPOCH FROM CAST(c.at AS timestamptz)) AS BIGINT)")
    _rebuild("device_no INTEGER NOT NULL, user_name VARCHAR(100), author_no INTEGER, at BIGINT",
             f"coalesce(d.n, 0), c.user_name, a.n, {seconds}",
             "d.device_id = c.device_id", "a.device_id = c.author_device")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    text = ("strftime('%Y-%m-%dT%H:%M:%S+00:00', c.at, 'unixepoch')" if sqlite
            else "to_char(to_timestamp(c.at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"')")
    _rebuild("device_id VARCHAR(32) NOT NULL, user_name VARCHAR(100), author_device VARCHAR(32), at VARCHAR(40)",
             f"coalesce(d.device_id, ''), c.user_name, a.device_id, {text}",
             "d.n = c.device_no", "a.n = c.author_no")
    op.execute("DROP TABLE log_devices")
