"""A record's scope keys in its own row (issue 15, item 2): ``records.scope_keys`` holds them as
text, each between spaces (``" c:KE o:<id> "``, ``schema.Keys``), and the ``row_keys`` table
goes.  It held one row per key (4.4 a record) naming the table and the 36-character id again,
twice over with its key index: 652 bytes a record on SQLite, 1,122 on PostgreSQL, the largest
table after ``records`` itself.  Every query asked it by record (a pull's scope condition, the
keys of a parent): the record's own row answers them in the lookup it already makes.

A key holding white space cannot be stored in that form (it would read as two keys); no
headquarters makes one (countries are ISO codes, the others ids), and any found is left out
with a warning rather than stopping the upgrade.

The downgrade makes ``row_keys`` again from the records' keys.

Revision ID: 0013_keys_in_records
Revises: 0012_lighter_change_log
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0013_keys_in_records"
down_revision = "0012_lighter_change_log"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.add_column("records", sa.Column("scope_keys", sa.Text(), nullable=False, server_default=""))
    spaced = bind.execute(sa.text(
        "SELECT count(*) FROM row_keys WHERE \"key\" = '' OR \"key\" LIKE '% %' "
        "OR \"key\" LIKE '%' || char(9) || '%' OR \"key\" LIKE '%' || char(10) || '%'"
        if sqlite else
        "SELECT count(*) FROM row_keys WHERE \"key\" = '' OR \"key\" ~ '[[:space:]]'")).scalar_one()
    if spaced:
        log.warning("0013: %d scope keys with white space in them are left out", spaced)
    usable = ("k.\"key\" <> '' AND k.\"key\" NOT LIKE '% %' AND k.\"key\" NOT LIKE '%' || char(9) || '%' "
              "AND k.\"key\" NOT LIKE '%' || char(10) || '%'" if sqlite else
              "k.\"key\" <> '' AND k.\"key\" !~ '[[:space:]]'")
    if sqlite:
        op.execute(
            "UPDATE records SET scope_keys = coalesce((SELECT ' ' || group_concat(\"key\", ' ') || ' ' FROM "
            f"(SELECT k.\"key\" FROM row_keys k WHERE k.tbl = records.tbl AND k.id = records.id AND {usable} "
            "ORDER BY k.\"key\")), '')")
    else:
        op.execute(
            "UPDATE records SET scope_keys = ' ' || grouped.joined || ' ' FROM "
            f"(SELECT k.tbl, k.id, string_agg(k.\"key\", ' ' ORDER BY k.\"key\") AS joined FROM row_keys k "
            f"WHERE {usable} GROUP BY k.tbl, k.id) AS grouped "
            "WHERE records.tbl = grouped.tbl AND records.id = grouped.id")
    op.drop_table("row_keys")


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.execute('CREATE TABLE row_keys (tbl VARCHAR(30) NOT NULL, id VARCHAR(36) NOT NULL, '
               '"key" VARCHAR(60) NOT NULL, CONSTRAINT pk_row_keys PRIMARY KEY (tbl, id, "key"))'
               + (" WITHOUT ROWID" if sqlite else ""))
    row_keys = sa.table("row_keys", sa.column("tbl"), sa.column("id"), sa.column("key"))
    rows: list[dict[str, str]] = []
    for table, record_id, stored in bind.execute(sa.text(
            "SELECT tbl, id, scope_keys FROM records WHERE scope_keys <> '' ORDER BY tbl, id")).all():
        rows.extend({"tbl": table, "id": record_id, "key": key} for key in sorted(set(stored.split())))
        if len(rows) >= 10_000:
            bind.execute(row_keys.insert(), rows)
            rows = []
    if rows:
        bind.execute(row_keys.insert(), rows)
    op.create_index("ix_row_keys_key", "row_keys", ["key", "tbl"])
    op.drop_column("records", "scope_keys")
