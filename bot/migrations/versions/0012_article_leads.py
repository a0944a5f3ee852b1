"""Article leads for story summaries (issue 16): the first ~1,500 characters of
each article's clean text (the excerpt is ~300, too little to choose sentences
from), and its sentences, a line each, once the poller has segmented them.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("lead", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("sentences", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("sentences")
        batch.drop_column("lead")
