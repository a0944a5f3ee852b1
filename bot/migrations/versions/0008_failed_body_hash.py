"""The hash of the body a feed's last poll failed to read: the same body is not parsed again.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("failed_body_hash", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("failed_body_hash")
