"""Each record's versions stored by version (issue 15, item 2): ``{version: [field, ...]}``
instead of ``{field: version}``, which repeated the same 48-character version for each of a
record's ~20 fields (a quarter of headquarters' file; ``schema.Versions`` reads both forms).
Every stored record is rewritten, a thousand at a time.

The program of before this migration cannot read the new form: stop every instance before
upgrading (installer/server/install.sh does when a migration is pending), and downgrade
before going back to it (``downgrade`` writes the former form again).

Revision ID: 0010_versions_by_version
Revises: 0009_every_field
"""

from __future__ import annotations

from typing import Any, Callable

import sqlalchemy as sa
from alembic import op

revision = "0010_versions_by_version"
down_revision = "0009_every_field"
branch_labels = None
depends_on = None

CHUNK = 1000


# The two forms, as this migration knows them (schema.Versions may change later).
def pack_versions(versions: dict[str, str]) -> dict[str, list[str]]:
    packed: dict[str, list[str]] = {}
    for name in sorted(versions):
        packed.setdefault(versions[name], []).append(name)
    return packed


def unpack_versions(stored: dict[str, Any]) -> dict[str, str]:
    versions: dict[str, str] = {}
    for key, value in stored.items():
        if isinstance(value, list):
            versions.update({name: key for name in value})
        else:
            versions[key] = value
    return versions


def _rewrite(form: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    connection = op.get_bind()
    records = sa.table("records", sa.column("tbl", sa.String), sa.column("id", sa.String),
                       sa.column("versions", sa.JSON))  # the stored JSON as it is
    after = ("", "")
    while True:
        rows = connection.execute(
            sa.select(records.c.tbl, records.c.id, records.c.versions)
            .where(sa.tuple_(records.c.tbl, records.c.id) > sa.tuple_(*map(sa.literal, after)))
            .order_by(records.c.tbl, records.c.id).limit(CHUNK)).all()
        if not rows:
            break
        after = (rows[-1].tbl, rows[-1].id)
        changed = [{"b_tbl": row.tbl, "b_id": row.id, "b_versions": form(unpack_versions(row.versions))}
                   for row in rows]
        connection.execute(
            sa.update(records).where(records.c.tbl == sa.bindparam("b_tbl"),
                                     records.c.id == sa.bindparam("b_id"))
            .values(versions=sa.bindparam("b_versions")), changed)


def upgrade() -> None:
    _rewrite(pack_versions)


def downgrade() -> None:
    _rewrite(lambda versions: versions)  # field -> version, the former form
