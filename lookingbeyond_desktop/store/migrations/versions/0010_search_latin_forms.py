"""The search index holds better Latin forms of names in other scripts: a Chinese name's
syllables one by one instead of joined ("fanfubai" finds 高雄反腐败协会, "women" no longer
finds 我们的家园…), and an Arabic word's
transliteration without its joined article and without doubled letters ("nazaha" finds
والنزاهة, "shafafiya" finds للشفافية).  Recomputes ``search_names`` of the organizations
whose names are not all ASCII (the others are unchanged); the full-text index follows by
its update trigger.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import json

from alembic import op

from lookingbeyond_desktop.domain.textsearch import index_text

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BATCH = 2000


def _names(name: str | None, aliases: str | None, acronym: str | None) -> list[str | None]:
    try:
        others = json.loads(aliases) if aliases else []
    except ValueError:
        others = []
    if not isinstance(others, list):
        others = []
    return [name, *(a for a in others if isinstance(a, str)), acronym]


def upgrade() -> None:
    connection = op.get_bind()
    last = 0
    while True:  # in slices of rows: a registry of 100,000 is never in memory at once
        rows = connection.exec_driver_sql(
            "SELECT rid, name, aliases, acronym, search_names FROM organizations WHERE rid > ? "
            "ORDER BY rid LIMIT ?", (last, BATCH)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        changed = []
        for rid, name, aliases, acronym, stored in rows:
            names = _names(name, aliases, acronym)
            if all(part is None or part.isascii() for part in names):
                continue
            text = index_text(names, with_transliteration=True)
            if text != stored:
                changed.append((text, rid))
        if changed:
            connection.exec_driver_sql("UPDATE organizations SET search_names = ? WHERE rid = ?",
                                       changed)


def downgrade() -> None:
    """Nothing to undo: the older search finds what it found before in the richer text."""
