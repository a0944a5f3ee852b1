"""Active feeds and an index for claiming due ones without scanning every name.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()))
    op.create_index("ix_feeds_due", "feeds", ["active", "next_check_at"])


def downgrade() -> None:
    op.drop_index("ix_feeds_due", "feeds")
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("active")
