"""Tags on feeds added from chat or the command line (`tidings feeds add`,
`tidings feeds import`): OPML folders become tags, and channels can follow them.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("chat_feeds") as batch:
        batch.add_column(sa.Column("tags", sa.Text, nullable=False, server_default="[]"))  # JSON list


def downgrade() -> None:
    with op.batch_alter_table("chat_feeds") as batch:
        batch.drop_column("tags")
