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
entry names after them): row ids are headquarters' own, named only by ``records``,
``refs`` and ``changelog`` (never by a device, a snapshot's page token or any other table).
An entry or reference naming no record keeps naming none (its row id made negative, which
no record takes).  On SQLite the row ids are rewritten in place through a function of the
migration's own, in two passes (each value made negative, then its new number: a key never
meets itself half-way); on PostgreSQL each column is rewritten through a function of a
scratch table of the numbers (``ALTER ... TYPE ... USING``, as migrations 0027 and 0029: no
row left behind).  The change log is then written again in runs.  For the
50,000-organization region: 6.7 s on SQLite (with the ``VACUUM`` that follows), 6.9 s on
PostgreSQL, 3,442 rows for 255,891 entries.  The downgrade writes each
run's entries one a row again (the records keep their new numbers).  The program of before
this migration would read a run as its last entry alone: the server is stopped for it
(``lookingbeyond-server init --pending``, docs/deployment.md).

Revision ID: 0030_change_log_runs
Revises: 0029_versions_devices_numbered
"""

from __future__ import annotations

from typing import Any

from alembic import op

revision = "0030_change_log_runs"
down_revision = "0029_versions_devices_numbered"
branch_labels = None
depends_on = None

# Every column of the change log but those a run's entries differ by (seq, rid, more).
_ALIKE = "at, device_no, author_no, user_no, what, fields, changed"


_COLUMNS = f"seq, rid, {_ALIKE}"
RUN_MOST = 256  # as schema.RUN_MOST at this migration


def _fold(entries: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows of ``(*_COLUMNS, more)`` for entries of ``(*_COLUMNS)`` in sequence order: each run
    of entries alike in every column of ``_ALIKE`` whose numbers and row ids follow on is
    one row (as ``schema.fold_runs`` at this migration)."""
    rows: list[list[Any]] = []
    for entry in entries:
        last = rows[-1] if rows else None
        if (last is not None and entry[0] == last[0] + 1 and entry[1] == last[1] + 1
                and (last[-1] or 0) + 1 < RUN_MOST and entry[2:] == tuple(last[2:-1])):
            last[0], last[1], last[-1] = entry[0], entry[1], (last[-1] or 0) + 1
        else:
            rows.append([*entry, None])
    return [tuple(row) for row in rows]


def _numbers() -> dict[int, int]:
    """Each record's new row id: 1, 2, ... in the order of the first entry naming it (the
    records no entry names after, in the order of their row ids)."""
    bind = op.get_bind()
    first: dict[int, int] = {int(rid): int(seq) for rid, seq in bind.exec_driver_sql(
        "SELECT rid, min(seq) FROM changelog GROUP BY rid")}
    held = [rid for (rid,) in bind.exec_driver_sql("SELECT rid FROM records")]
    order = sorted(held, key=lambda rid: (rid not in first, first.get(rid, 0), rid))
    return {old: new for new, old in enumerate(order, 1)}


def _renumber_sqlite(numbers: dict[int, int]) -> None:
    raw: Any = op.get_bind().connection.driver_connection  # sqlite3's own connection
    raw.create_function("lb_rid_0030", 1, lambda rid: numbers.get(rid, -rid), deterministic=True)
    op.execute("UPDATE records SET rid = -rid")
    op.execute("UPDATE records SET rid = lb_rid_0030(-rid)")
    op.execute("UPDATE refs SET parent_rid = -parent_rid, rid = -rid")
    op.execute("UPDATE refs SET parent_rid = lb_rid_0030(-parent_rid), rid = lb_rid_0030(-rid)")


def _renumber_postgresql(numbers: dict[int, int]) -> None:
    raw: Any = op.get_bind().connection.dbapi_connection  # psycopg's, in the migration's transaction
    op.execute("CREATE TEMPORARY TABLE numbers_0030 (old BIGINT PRIMARY KEY, new BIGINT NOT NULL UNIQUE) "
               "ON COMMIT DROP")
    with raw.cursor() as cursor, cursor.copy("COPY numbers_0030 (old, new) FROM STDIN") as copy:
        for old, new in numbers.items():
            copy.write_row((old, new))
    op.execute("CREATE FUNCTION pg_temp.lb_rid_0030(BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS "
               "$$ SELECT coalesce((SELECT new FROM numbers_0030 WHERE old = $1), -$1) $$")
    op.execute("ALTER TABLE records ALTER COLUMN rid TYPE BIGINT USING pg_temp.lb_rid_0030(rid)")
    op.execute("ALTER TABLE refs ALTER COLUMN parent_rid TYPE BIGINT USING pg_temp.lb_rid_0030(parent_rid), "
               "ALTER COLUMN rid TYPE BIGINT USING pg_temp.lb_rid_0030(rid)")
    op.execute("DROP FUNCTION pg_temp.lb_rid_0030(BIGINT)")


def upgrade() -> None:
    op.execute("ALTER TABLE changelog ADD COLUMN more INTEGER")
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT 1 FROM changelog LIMIT 1").first() is None:
        return
    numbers = _numbers()
    postgres = bind.dialect.name == "postgresql"
    if numbers:
        (_renumber_postgresql if postgres else _renumber_sqlite)(numbers)
    # The entries with their records' new numbers (an entry naming no record: its old one,
    # made negative), folded, written again.  The JSON lists as their text, unparsed.
    text = "::text" if postgres else ""
    entries = [(seq, numbers.get(rid, -rid), *rest) for seq, rid, *rest in bind.exec_driver_sql(
        f"SELECT seq, rid, at, device_no, author_no, user_no, what, fields{text}, changed{text} "
        "FROM changelog ORDER BY seq")]
    rows = _fold(entries)
    if postgres:
        op.execute("TRUNCATE changelog")  # its space back at once (a DELETE would leave every row)
        raw: Any = bind.connection.dbapi_connection
        with raw.cursor() as cursor, cursor.copy(f"COPY changelog ({_COLUMNS}, more) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        op.execute("ANALYZE records")
        op.execute("ANALYZE refs")
        op.execute("ANALYZE changelog")
        return
    op.execute("DELETE FROM changelog")
    bind.exec_driver_sql(f"INSERT INTO changelog ({_COLUMNS}, more) VALUES ({', '.join(['?'] * 10)})", rows)


def downgrade() -> None:
    # Each run's earlier entries (its records by row id, through the records' key), then
    # the run's own row as its last entry alone.
    op.execute(f"INSERT INTO changelog (seq, rid, {_ALIKE}) "
               f"SELECT e.seq - (e.rid - r.rid), r.rid, {', '.join('e.' + name for name in _ALIKE.split(', '))} "
               "FROM changelog e JOIN records r ON r.rid BETWEEN e.rid - e.more AND e.rid - 1 WHERE e.more > 0")
    op.execute("ALTER TABLE changelog DROP COLUMN more")
