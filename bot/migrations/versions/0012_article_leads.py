"""Article leads for story summaries (issue 16): the first ~1,500 characters of
each article's clean text (the excerpt is ~300, too little to choose sentences
from), and its sentences, a line each, once the poller has segmented them. A
table of their own: the articles table stays as small as it was for the scans
of digests and searches, and a digest reads the texts of the stories it shows only.

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
    op.create_table(
        "article_texts",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("lead", sa.Text, nullable=False, server_default=""),
        sa.Column("sentences", sa.Text, nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("article_texts")
