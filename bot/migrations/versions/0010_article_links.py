"""Article links as bot/urls.py makes them now, and an index on them.

Links are now unwrapped from redirectors and lose feed-marked parameters
("?source=rss"): stored links (and the uids of entries without a guid, which
are their link) are brought to the same form, so that the next poll finds
them and does not post them again, and an index on the link lets
store_articles recognise an item under a new guid. A hash index on
PostgreSQL: a B-tree refuses entries over ~2.7 kB, and links can be longer.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

articles = sa.table(
    "articles", sa.column("id", sa.Integer), sa.column("feed_id", sa.Integer), sa.column("uid", sa.String),
    sa.column("link", sa.Text),
)  # fmt: skip


def upgrade() -> None:
    from bot.urls import canonical_url

    conn = op.get_bind()
    # Only a link with a query, a fragment ("#tk.rss_all") or an address in its path
    # (a click counter's target) can change.
    rows = conn.execute(sa.select(articles.c.id, articles.c.feed_id, articles.c.uid, articles.c.link).where(
        sa.or_(articles.c.link.contains("?"), articles.c.link.contains("#"),
               sa.func.substr(articles.c.link, 9).contains("ttp"))
    )).all()  # fmt: skip
    if rows:
        uids = {(feed_id, uid) for _id, feed_id, uid, _link in conn.execute(
            sa.select(articles.c.id, articles.c.feed_id, articles.c.uid, articles.c.link)
        )}  # fmt: skip
        for id_, feed_id, uid, link in rows:
            new = canonical_url(link)
            if not new or new == link:
                continue
            values = {"link": new}
            if uid == link and (feed_id, new) not in uids:  # an entry without a guid: its uid is its link
                uids.discard((feed_id, uid))
                uids.add((feed_id, new))
                values["uid"] = new
            conn.execute(articles.update().where(articles.c.id == id_).values(values))
    op.create_index("ix_articles_link", "articles", ["link"], postgresql_using="hash")


def downgrade() -> None:
    op.drop_index("ix_articles_link", "articles")
