"""PostgreSQL: the searched document stored, weighted as a search ranks it, with its own
GIN index (issue 18). Before, a search matched through 0003's expression index and
ranked by computing three to_tsvector() per matching row (~30 us a row: "apple", in
143,000 of 1,000,000 articles, took 2.3 s). A generated column keeps one expression
for every writer; ix_articles_search goes (dropped first, so that the table's rewrite
does not rebuild it). SQLite: nothing (FTS5, 0003).

Adding a stored generated column rewrites the table, locked meanwhile (99 s for the
archive benchmark's 1,000,000 articles, on a shared 2-core machine); ANALYZE gives the
planner the new column's word statistics. The rewrite clears the visibility map until
the next VACUUM (a bitmap scan's count never needed it).

Revision ID: 0016
Revises: 0015
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# Kept word for word equal to bot/store/search.py's PG_DOCUMENT (a test checks it):
# title A, tags B, excerpt C, the 'simple' configuration, as the ranking always weighed them.
PG_DOCUMENT = (
    "setweight(to_tsvector('simple', coalesce(title, '')), 'A')"
    " || setweight(to_tsvector('simple', coalesce(tags, '')), 'B')"
    " || setweight(to_tsvector('simple', coalesce(excerpt, '')), 'C')"
)
# Migration 0003's index, for the downgrade.
OLD_DOCUMENT = "to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(excerpt, '') || ' ' || coalesce(tags, ''))"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_articles_search")
    op.execute(f"ALTER TABLE articles ADD COLUMN search_document tsvector GENERATED ALWAYS AS ({PG_DOCUMENT}) STORED")
    op.execute("CREATE INDEX ix_articles_document ON articles USING gin (search_document)")
    op.execute("ANALYZE articles")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE articles DROP COLUMN search_document")  # and its index
    op.execute(f"CREATE INDEX ix_articles_search ON articles USING gin ({OLD_DOCUMENT})")
