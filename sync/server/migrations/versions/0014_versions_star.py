"""The fields of a record's most common version stored as ``"*"`` (issue 15, item 2):
``{version: "*", other: [field, ...]}`` where ``"*"`` stands for every field of the record's
data that no other version lists (``schema.Versions``).  The list named every field of the
record again, 177 B of a record's 1,068 on SQLite (docs/benchmarks-sync.md, Scenario F).
Only a record whose versioned fields are exactly its data's fields takes the star; every
stored record is rewritten, a thousand at a time.

The program of before this migration cannot read the new form: stop every instance before
upgrading (installer/server/install.sh does when a migration is pending), and downgrade
before going back to it (``downgrade`` lists every field again).

Revision ID: 0014_versions_star
Revises: 0013_keys_in_records
"""

from __future__ import annotations

from typing import Any, Callable

import sqlalchemy as sa
from alembic import op

revision = "0014_versions_star"
down_revision = "0013_keys_in_records"
branch_labels = None
depends_on = None

CHUNK = 1000
STAR = "*"


# The forms, as this migration knows them (schema.Versions may change later).
def unpack(stored: dict[str, Any], fields: Any) -> dict[str, str]:
    versions: dict[str, str] = {}
    star = None
    for key, value in stored.items():
        if isinstance(value, list):
            versions.update({name: key for name in value})
        elif value == STAR:
            star = key
        else:  # {field: version}, before 0010
            versions[key] = value
    if star is not None:
        for name in fields:
            versions.setdefault(name, star)
    return versions


def by_version(versions: dict[str, str]) -> dict[str, Any]:
    packed: dict[str, Any] = {}
    for name in sorted(versions):
        packed.setdefault(versions[name], []).append(name)
    return packed


def with_star(versions: dict[str, str], fields: Any) -> dict[str, Any]:
    packed = by_version(versions)
    if packed and versions.keys() == set(fields):
        star = max(packed, key=lambda version: (len(packed[version]), version))
        packed[star] = STAR
    return packed


def _rewrite(form: Callable[[dict[str, str], Any], dict[str, Any]]) -> None:
    connection = op.get_bind()
    records = sa.table("records", sa.column("tbl", sa.String), sa.column("id", sa.String),
                       sa.column("data", sa.JSON), sa.column("versions", sa.JSON))
    after = ("", "")
    while True:
        rows = connection.execute(
            sa.select(records.c.tbl, records.c.id, records.c.data, records.c.versions)
            .where(sa.tuple_(records.c.tbl, records.c.id) > sa.tuple_(*map(sa.literal, after)))
            .order_by(records.c.tbl, records.c.id).limit(CHUNK)).all()
        if not rows:
            break
        after = (rows[-1].tbl, rows[-1].id)
        changed = [{"b_tbl": row.tbl, "b_id": row.id,
                    "b_versions": form(unpack(row.versions, row.data), row.data)} for row in rows]
        connection.execute(
            sa.update(records).where(records.c.tbl == sa.bindparam("b_tbl"),
                                     records.c.id == sa.bindparam("b_id"))
            .values(versions=sa.bindparam("b_versions")), changed)


def upgrade() -> None:
    _rewrite(with_star)


def downgrade() -> None:
    _rewrite(lambda versions, _data: by_version(versions))  # every field listed, the 0010 form
