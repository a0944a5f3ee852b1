"""The delivery log, feed claims for several processes, refused chat targets.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from bot.store.schema import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(100)))
        batch.add_column(sa.Column("lease_until", UTCDateTime))
    with op.batch_alter_table("channel_state") as batch:
        batch.add_column(sa.Column("refused_since", UTCDateTime))
        batch.add_column(sa.Column("refused_error", sa.Text))
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(300), nullable=False, unique=True),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("message_ids", sa.Text, nullable=False, server_default="[]"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("next_attempt_at", UTCDateTime, nullable=False),
        sa.Column("posted_at", UTCDateTime),
        sa.Column("claimed_by", sa.String(100)),
        sa.Column("lease_until", UTCDateTime),
    )
    op.create_index("ix_deliveries_due", "deliveries", ["status", "next_attempt_at"])
    op.create_table(
        "delivery_items",
        sa.Column("delivery_id", sa.Integer, sa.ForeignKey("deliveries.id", ondelete="CASCADE"), nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.UniqueConstraint("channel", "article_id", name="uq_delivery_items"),
    )
    op.create_index("ix_delivery_items_delivery", "delivery_items", ["delivery_id"])


def downgrade() -> None:
    op.drop_table("delivery_items")
    op.drop_table("deliveries")
    with op.batch_alter_table("channel_state") as batch:
        batch.drop_column("refused_error")
        batch.drop_column("refused_since")
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("claimed_by")
