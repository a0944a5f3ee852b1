"""Feeds, channels and subscriptions added from chat (/news subscribe).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from bot.store.schema import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_feeds",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("added_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("added_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "chat_channels",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("target", sa.String(100), nullable=False),
        sa.Column("added_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("added_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("platform", "target", name="uq_chat_channels_target"),
    )
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.Column("added_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("added_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("channel", "kind", "value", name="uq_subscriptions"),
    )


def downgrade() -> None:
    op.drop_table("subscriptions")
    op.drop_table("chat_channels")
    op.drop_table("chat_feeds")
