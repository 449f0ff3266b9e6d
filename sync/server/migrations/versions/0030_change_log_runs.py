"""The change log's runs (issue 15, item 2): one row stands for a run of entries alike in
every other column whose sequence numbers and records' row ids both go up by one
(``changelog.more``: how many entries before the row's own; null for one entry).  A first
push's creations (the same device, user, time and kind, no fields named) numbered in the
order the push logs them (service._Batch.flush) are a few hundred rows instead of one an
entry: 255,891 rows for the 50,000-organization region, 24 MiB on PostgreSQL
(docs/benchmarks-sync.md, Scenario F).  ``schema.fold_runs`` writes them; every reader
expands a run through the records' key (``schema.named_changelog``, ``ENTRY_SEQ``).

The upgrade adds the column and folds the entries already stored.  The program of before
numbered a push's new records in the order of their ids, not of their entries, so the
records are numbered again first, in the order of the first entry naming each (those no
entry names after them; a scratch table of the numbers made by the database): row ids are headquarters' own, named only by ``records``,
``refs`` and ``changelog`` (never by a device, a snapshot's page token or any other table).
An entry or reference naming no record keeps naming none (its row id made negative, which
no record takes).  On SQLite the row ids are rewritten in place from the scratch table, in
two passes (each value made negative, then its new number: a key never meets another
half-way); on PostgreSQL each column is rewritten through a function of a
scratch table of the numbers (``ALTER ... TYPE ... USING``, as migrations 0027 and 0029: no
row left behind).  The change log is then written again in runs, folded by the database
(window functions over the entries: this process holds no list of entries or records, so
a headquarters of any size upgrades in the same memory).  For the 50,000-organization
region: 4.9 s on SQLite (with the ``VACUUM`` that follows), 5.2 s on PostgreSQL, 3,442 rows
for 255,891 entries.  The downgrade writes each
run's entries one a row again (the records keep their new numbers).  The program of before
this migration would read a run as its last entry alone: the server is stopped for it
(``lookingbeyond-server init --pending``, docs/deployment.md).

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


RUN_MOST = 256  # as schema.RUN_MOST at this migration


def _numbers(postgres: bool) -> None:
    """The scratch table ``numbers_0030`` (old row id -> new): each record numbered 1, 2, ...
    in the order of the first entry naming it, those no entry names after them in the order
    of their row ids.  Made by the database: no list of every record in this process."""
    op.execute("CREATE TEMPORARY TABLE numbers_0030 (old BIGINT PRIMARY KEY, new BIGINT NOT NULL UNIQUE)"
               + (" ON COMMIT DROP" if postgres else ""))
    op.execute("INSERT INTO numbers_0030 (old, new) "
               "SELECT r.rid, row_number() OVER (ORDER BY f.first IS NULL, f.first, r.rid) FROM records r "
               "LEFT JOIN (SELECT rid, min(seq) AS first FROM changelog GROUP BY rid) f ON f.rid = r.rid")


def _renumber_sqlite() -> None:
    """The records, then the references, numbered anew in two passes (each value made
    negative first: a key never meets another half-way); a reference naming no record keeps
    its number made negative, which no record takes."""
    new = "coalesce((SELECT new FROM numbers_0030 WHERE old = -{0}), {0})"
    op.execute("UPDATE records SET rid = -rid")
    op.execute(f"UPDATE records SET rid = {new.format('records.rid')}")
    op.execute("UPDATE refs SET parent_rid = -parent_rid, rid = -rid")
    op.execute(f"UPDATE refs SET parent_rid = {new.format('refs.parent_rid')}, rid = {new.format('refs.rid')}")


def _renumber_postgresql() -> None:
    """Each column rewritten through a function of the scratch table (the table and its
    indexes written again with no row left behind, as migrations 0027 and 0029)."""
    op.execute("CREATE FUNCTION pg_temp.lb_rid_0030(BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS "
               "$$ SELECT coalesce((SELECT new FROM numbers_0030 WHERE old = $1), -$1) $$")
    op.execute("ALTER TABLE records ALTER COLUMN rid TYPE BIGINT USING pg_temp.lb_rid_0030(rid)")
    op.execute("ALTER TABLE refs ALTER COLUMN parent_rid TYPE BIGINT USING pg_temp.lb_rid_0030(parent_rid), "
               "ALTER COLUMN rid TYPE BIGINT USING pg_temp.lb_rid_0030(rid)")
    op.execute("DROP FUNCTION pg_temp.lb_rid_0030(BIGINT)")


def _fold(postgres: bool) -> None:
    """The change log written again in runs (as ``schema.fold_runs`` at this migration),
    by the database: the entries with their records' new numbers (one naming no record: its
    old number made negative); entries alike in every column of ``_ALIKE`` whose sequence
    number less row id is the same and whose sequence numbers follow on make an island
    (sequence number less its rank among them); each island cut in runs of ``RUN_MOST`` from
    its first entry; a run's row its last entry, ``more`` how many before it."""
    text = "::text" if postgres else ""
    alike = ", ".join(f"{name}{text} AS {name}" if name in ("fields", "changed") else name
                      for name in _ALIKE.split(", "))
    together = f"seq - rid, {_ALIKE}"
    op.execute("CREATE TEMPORARY TABLE runs_0030" + (" ON COMMIT DROP" if postgres else "") + " AS "
               f"WITH entries AS (SELECT c.seq, coalesce(n.new, -c.rid) AS rid, {alike} "
               "FROM changelog c LEFT JOIN numbers_0030 n ON n.old = c.rid), "
               f"islands AS (SELECT entries.*, seq - row_number() OVER (PARTITION BY {together} ORDER BY seq) AS island "
               "FROM entries), "
               f"cut AS (SELECT islands.*, (row_number() OVER (PARTITION BY {together}, island ORDER BY seq) - 1) / "
               f"{RUN_MOST} AS part FROM islands) "
               f"SELECT max(seq) AS seq, max(rid) AS rid, {_ALIKE}, nullif(count(*) - 1, 0) AS more FROM cut "
               f"GROUP BY {together}, island, part")
    op.execute("TRUNCATE changelog" if postgres else "DELETE FROM changelog")  # TRUNCATE: its space back at once
    json = "::json" if postgres else ""
    op.execute(f"INSERT INTO changelog (seq, rid, at, device_no, author_no, user_no, what, fields, changed, more) "
               f"SELECT seq, rid, at, device_no, author_no, user_no, what, fields{json}, changed{json}, more "
               "FROM runs_0030 ORDER BY seq")
    op.execute("DROP TABLE runs_0030")


def upgrade() -> None:
    op.execute("ALTER TABLE changelog ADD COLUMN more INTEGER")
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT 1 FROM changelog LIMIT 1").first() is None:
        return
    postgres = bind.dialect.name == "postgresql"
    _numbers(postgres)
    (_renumber_postgresql if postgres else _renumber_sqlite)()
    _fold(postgres)
    op.execute("DROP TABLE numbers_0030")
    if postgres:
        op.execute("ANALYZE records")
        op.execute("ANALYZE refs")
        op.execute("ANALYZE changelog")


def downgrade() -> None:
    # Each run's earlier entries (its records by row id, through the records' key), then
    # the run's own row as its last entry alone.
    op.execute(f"INSERT INTO changelog (seq, rid, {_ALIKE}) "
               f"SELECT e.seq - (e.rid - r.rid), r.rid, {', '.join('e.' + name for name in _ALIKE.split(', '))} "
               "FROM changelog e JOIN records r ON r.rid BETWEEN e.rid - e.more AND e.rid - 1 WHERE e.more > 0")
    op.execute("ALTER TABLE changelog DROP COLUMN more")
