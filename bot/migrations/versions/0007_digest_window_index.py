"""An index for a digest's window: articles of one feed first seen in a time range.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_feed_first_seen", "articles", ["feed_id", "first_seen"])


def downgrade() -> None:
    op.drop_index("ix_articles_feed_first_seen", "articles")
