"""The change log names users by number and what a change did by a code (issue 15, item 2):
the user names entries hold are stored once, in ``log_users``, and an entry holds their
number; ``what`` (created, edited, moved, erased) is a small integer instead of its word.
The log is made again with its fixed-width columns first, which on PostgreSQL leaves no
alignment padding between them, and a creation's ``fields`` and ``changed`` (every field) are
SQL's null instead of JSON's ``null`` text, which SQLAlchemy's JSON type wrote (4 bytes
each; docs/benchmarks-sync.md, Scenario F).  The downgrade writes the text back.

A ``what`` this program does not know would have no code: the upgrade then stops with
nothing changed and says which (the downgrade likewise for a code it does not know).  The
program of before this migration cannot read the log as it is now: the server is stopped for
it (``lookingbeyond-server init --pending``, docs/deployment.md).

Revision ID: 0025_change_log_users_numbered
Revises: 0024_table_codes
"""

from __future__ import annotations

from alembic import op

revision = "0025_change_log_users_numbered"
down_revision = "0024_table_codes"
branch_labels = None
depends_on = None

# As they were at this revision (schema.WHAT_CODES may grow; a migration never changes).
WHAT = {"created": 1, "edited": 2, "moved": 3, "erased": 4}


def _case(column: str, pairs: dict[str, str]) -> str:
    return f"CASE {column} " + " ".join(f"WHEN {a} THEN {b}" for a, b in pairs.items()) + " END"


def _rebuild(columns: str, select: str, join: str) -> None:
    """The change log made again with ``columns`` (after ``seq`` and ``rid``), filled by
    ``select`` over the log as ``c`` with ``log_users`` joined as ``u`` on ``join``, in
    ``seq`` order."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    key = "pk_changelog" if sqlite else "pk_changelog_0025"  # an index name is schema-wide there
    integer = "INTEGER" if sqlite else "BIGINT"  # SQLite: seq is the table's own row id (0016)
    op.execute(f"CREATE TABLE changelog_new (seq {integer} NOT NULL, rid {integer} NOT NULL, {columns}, "
               f"CONSTRAINT {key} PRIMARY KEY (seq))")
    op.execute(f"INSERT INTO changelog_new SELECT c.seq, c.rid, {select} "
               f"FROM changelog c LEFT JOIN log_users u ON {join} ORDER BY c.seq")
    op.execute("DROP TABLE changelog")
    op.execute("ALTER TABLE changelog_new RENAME TO changelog")
    if not sqlite:
        op.execute("ALTER TABLE changelog RENAME CONSTRAINT pk_changelog_0025 TO pk_changelog")


def _refuse_unknown(known: str) -> None:
    """Stop before changing anything when the log holds a ``what`` outside ``known`` (SQL
    literals): it could not be written in the other form."""
    unknown = [row[0] for row in op.get_bind().exec_driver_sql(
        f"SELECT DISTINCT what FROM changelog WHERE what IS NOT NULL AND what NOT IN ({known})")]
    if unknown:
        raise RuntimeError(f"the change log holds changes of a kind this program does not know: "
                           f"{', '.join(sorted(map(str, unknown)))}; nothing was changed")


def upgrade() -> None:
    _refuse_unknown(", ".join(f"'{word}'" for word in WHAT))
    op.execute("CREATE TABLE log_users (n INTEGER NOT NULL, name VARCHAR(100) NOT NULL, "
               "CONSTRAINT pk_log_users PRIMARY KEY (n))")
    op.execute("CREATE UNIQUE INDEX ix_log_users_name ON log_users (name)")
    op.execute("INSERT INTO log_users (n, name) SELECT row_number() OVER (ORDER BY named.user_name), "
               "named.user_name FROM (SELECT DISTINCT user_name FROM changelog WHERE user_name IS NOT NULL) "
               "AS named")
    what = _case("c.what", {f"'{word}'": str(code) for word, code in WHAT.items()})
    sql_null = {name: f"CASE WHEN CAST(c.{name} AS TEXT) = 'null' THEN NULL ELSE c.{name} END"
                for name in ("fields", "changed")}
    _rebuild("at BIGINT, device_no INTEGER NOT NULL, author_no INTEGER, user_no INTEGER, what SMALLINT, "
             "fields JSON, changed JSON",
             f"c.at, c.device_no, c.author_no, u.n, {what}, {sql_null['fields']}, {sql_null['changed']}",
             "u.name = c.user_name")
    if op.get_bind().dialect.name == "postgresql" and \
            op.get_bind().exec_driver_sql("SELECT 1 FROM changelog LIMIT 1").first() is not None:
        op.execute("ANALYZE changelog, log_users")  # a new table has no figures (none: never analysed)


def downgrade() -> None:
    _refuse_unknown(", ".join(str(code) for code in WHAT.values()))  # a newer program's kind
    what = _case("c.what", {str(code): f"'{word}'" for word, code in WHAT.items()})
    null = "'null'" if op.get_bind().dialect.name == "sqlite" else "CAST('null' AS JSON)"
    _rebuild("fields JSON, device_no INTEGER NOT NULL, user_name VARCHAR(100), author_no INTEGER, at BIGINT, "
             "what VARCHAR(20), changed JSON",
             f"coalesce(c.fields, {null}), c.device_no, u.name, c.author_no, c.at, {what}, "
             f"coalesce(c.changed, {null})", "u.n = c.user_no")
    op.execute("DROP TABLE log_users")
