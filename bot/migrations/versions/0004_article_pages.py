"""Article pages fetched when a feed gives only a teaser (a cache: one fetch per URL).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from bot.store.schema import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_pages",
        sa.Column("url", sa.String(2000), primary_key=True),
        sa.Column("fetched_at", UTCDateTime, nullable=False),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("error", sa.Text, nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("article_pages")
