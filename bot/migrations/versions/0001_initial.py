"""The first schema: feeds, articles, channel state.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from bot.store.schema import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("moved_to", sa.Text),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("body_hash", sa.String(64)),
        sa.Column("next_check_at", UTCDateTime),
        sa.Column("last_checked_at", UTCDateTime),
        sa.Column("last_success_at", UTCDateTime),
        sa.Column("failing_since", UTCDateTime),
        sa.Column("last_error", sa.Text),
        sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("polled_ok_once", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("uid", sa.String(512), nullable=False),
        sa.Column("link", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("excerpt", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False, server_default=""),
        sa.Column("tags", sa.Text, nullable=False, server_default="[]"),
        sa.Column("published", UTCDateTime, nullable=False),
        sa.Column("has_date", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("first_seen", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime),
        sa.Column("content_hash", sa.String(64), nullable=False, server_default=""),
        sa.Column("backfill", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.UniqueConstraint("feed_id", "uid", name="uq_articles_feed_uid"),
    )
    op.create_index("ix_articles_first_seen", "articles", ["first_seen"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "channel_state",
        sa.Column("channel", sa.String(100), primary_key=True),
        sa.Column("last_digest_at", UTCDateTime),
        sa.Column("cutoff", UTCDateTime),
    )


def downgrade() -> None:
    op.drop_table("channel_state")
    op.drop_table("articles")
    op.drop_table("feeds")
