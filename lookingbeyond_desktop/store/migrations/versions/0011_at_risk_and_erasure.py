"""Protecting the people in the registry (issue 13): an organization may be flagged at risk
(``organizations.at_risk``, synced), and a contact whose personal data headquarters erased
keeps only its id, its organization and the day of the erasure (``contacts.erased_on``,
synced, set by headquarters alone).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: a batch rebuild would copy every organization and drop the
    # full-text index's triggers.
    op.execute("ALTER TABLE organizations ADD COLUMN at_risk BOOLEAN DEFAULT '0' NOT NULL")
    op.execute("ALTER TABLE contacts ADD COLUMN erased_on DATE")


def downgrade() -> None:
    op.execute("ALTER TABLE contacts DROP COLUMN erased_on")
    op.execute("ALTER TABLE organizations DROP COLUMN at_risk")
