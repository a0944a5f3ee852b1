"""The fingerprints of the entries of each feed's last document read: a changed
feed's entries that were read before are not cleaned again (bot/normalize.py).

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("entry_prints", sa.LargeBinary))


def downgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("entry_prints")
