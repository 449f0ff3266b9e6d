"""Devices keep the refusals of their latest pushes until they show they have them.

A refusal travels in the reply to a push; if that reply is lost, the device sends the
same changes again and headquarters, which already holds them, used to answer only
"pushed up to N": the refusal was gone, and the device believed its change accepted
(divergence, invariant 3). Now headquarters keeps the refusals it answered
(``refused``) with the push count they belong to (``refused_upto``), sends them again
in every answer until a push starts past that count (the device has them), and forgets
them then.

Revision ID: 0005_unconfirmed_refusals
Revises: 0004_withdrawals
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_unconfirmed_refusals"
down_revision = "0004_withdrawals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("refused_upto", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("refused", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("refused")
        batch.drop_column("refused_upto")
