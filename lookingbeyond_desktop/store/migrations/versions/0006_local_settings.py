"""Facts about the data folder that never sync: that it holds demo data (a sandbox that can
never be enrolled or synced), or that a person chose to start it empty (so the welcome
screen does not ask again).

A folder filled with demo data by an older version is recognised here and marked: demo
data was always written under the author name "demo" by this device, and always began
with the same well-known organizations.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The organizations every demo data set has begun with (lookingbeyond_desktop.demo._SEEDED),
# copied so that this migration keeps meaning what it meant when it was written.
_DEMO_NAMES = ("Transparency International", "UNCAC Coalition", "Vienna NGO Committee on Drugs",
               "Alliance of NGOs on Crime Prevention and Criminal Justice",
               "Transparencia Mexicana", "Transparência Brasil", "ترانسبرانسي المغرب",
               "Центр «Трансперенси Интернешнл – Р»", "透明国际中国联络处",
               "Transparency International Kenya")


def upgrade() -> None:
    op.create_table(
        "local_settings",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("set_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_local_settings"),
    )
    # Demo data from before this revision: organizations this device created under the
    # author "demo" (demo.generate's name for itself).  When "demo" is also this
    # computer's login name, only the demo set's own organizations count as the sign.
    # Never a folder already connected to headquarters: older versions let a person load
    # the demo and then log in and work in the same folder; marking it now would stop its
    # real, unsent work from ever reaching headquarters (docs/security.md says what remains).
    names = ", ".join(f":n{index}" for index in range(len(_DEMO_NAMES)))
    op.get_bind().execute(sa.text(
        "INSERT INTO local_settings (name, value, set_at) "
        "SELECT 'demo_data', 'recognised when upgrading', :now WHERE EXISTS ("
        " SELECT 1 FROM changes c JOIN replica r ON c.device_id = r.device_id"
        " JOIN organizations o ON o.id = c.row_id"
        " WHERE c.author = 'demo' AND c.tbl = 'organizations' AND c.op = 'insert'"
        f" AND (r.author <> 'demo' OR o.name IN ({names})))"
        " AND NOT EXISTS (SELECT 1 FROM sync_state s WHERE coalesce(s.server_url, '') <> '')"),
        {"now": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
         **{f"n{index}": name for index, name in enumerate(_DEMO_NAMES)}})


def downgrade() -> None:
    op.drop_table("local_settings")
