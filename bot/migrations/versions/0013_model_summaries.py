"""Model summaries (bot/llm.py): each story text summarised once, and the
requests made per day (the daily budget), shared by every process.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

from bot.store.schema import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "model_summaries",
        sa.Column("text_hash", sa.String(64), primary_key=True),
        sa.Column("story_key", sa.String(300), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("summary", sa.Text, nullable=False, server_default=""),
        sa.Column("error", sa.Text, nullable=False, server_default=""),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("retry_at", UTCDateTime),
        sa.Column("claimed_by", sa.String(100)),
        sa.Column("lease_until", UTCDateTime),
    )
    op.create_index("ix_model_summaries_updated", "model_summaries", ["updated_at"])
    op.create_table(
        "model_requests",
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("requests", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("model_requests")
    op.drop_index("ix_model_summaries_updated", "model_summaries")
    op.drop_table("model_summaries")
