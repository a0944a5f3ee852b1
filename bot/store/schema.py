"""The tables, the engine and the migrations: what every other store module builds on.

The schema is versioned with Alembic (bot/migrations): opening a store brings
an older database up to date without touching the archive. To add a column,
change the table here and write a migration (see bot/migrations/env.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool


class UTCDateTime(sa.types.TypeDecorator):
    """Timezone-aware UTC datetimes in, out and at rest (stored naive, in UTC)."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use timezone-aware UTC")
        # = value.astimezone(UTC).replace(tzinfo=None) in a third of the time: a
        # poll cycle writes four datetimes per feed and two per new article.
        return _NAIVE_EPOCH + (value - _UTC_EPOCH)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is not None:  # not from these naive columns; a value written some other way
            return value.replace(tzinfo=UTC)
        # = value.replace(tzinfo=UTC) in a quarter of the time (replace() parses
        # its keywords on every call): a digest reads two datetimes a row.
        return _UTC_EPOCH + (value - _NAIVE_EPOCH)


_NAIVE_EPOCH = datetime(1970, 1, 1)
_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


metadata = sa.MetaData()

feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("url", sa.Text, nullable=False),  # as configured
    sa.Column("moved_to", sa.Text),  # set by a permanent redirect: polled instead of url
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("body_hash", sa.String(64)),
    sa.Column("failed_body_hash", sa.String(64)),  # the body the last poll could not read (see the poller)
    sa.Column("next_check_at", UTCDateTime),
    sa.Column("last_checked_at", UTCDateTime),
    sa.Column("last_success_at", UTCDateTime),
    sa.Column("failing_since", UTCDateTime),
    sa.Column("last_error", sa.Text),
    sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("polled_ok_once", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("entry_prints", sa.LargeBinary),  # the last document's entries' fingerprints (normalize.read_feed)
    # Several processes may share one database: a process claims a due feed for
    # a lease; a claim whose process died expires.
    sa.Column("claimed_by", sa.String(100)),
    sa.Column("lease_until", UTCDateTime),
    # In the settings (or added from chat) and enabled: only active feeds are polled.
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    # The claims read it in order; the lease in it lets them pass the feeds in flight
    # without reading their rows (migration 0015).
    sa.Index("ix_feeds_due", "active", "next_check_at", "lease_until"),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    sa.Column("uid", sa.String(512), nullable=False),
    sa.Column("link", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("excerpt", sa.Text, nullable=False),
    sa.Column("author", sa.Text, nullable=False, server_default=""),
    sa.Column("tags", sa.Text, nullable=False, server_default="[]"),  # JSON list
    sa.Column("published", UTCDateTime, nullable=False),
    sa.Column("has_date", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("first_seen", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime),
    sa.Column("content_hash", sa.String(64), nullable=False, server_default=""),
    sa.Column("backfill", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("provenance", sa.Text, nullable=False, server_default="[]"),  # JSON list, for explain
    sa.UniqueConstraint("feed_id", "uid", name="uq_articles_feed_uid"),
    sa.Index("ix_articles_first_seen", "first_seen"),
    sa.Index("ix_articles_published", "published"),
    sa.Index("ix_articles_feed_first_seen", "feed_id", "first_seen"),  # a digest's window, feed by feed
    # The same item under a new guid (store_articles) and `tidings explain URL`. A hash
    # index on PostgreSQL (migration 0010): a B-tree refuses entries over ~2.7 kB, and
    # links can be longer. Not said here: a `postgresql_` option would load SQLAlchemy's
    # PostgreSQL dialect into every process, SQLite ones too (+2 MB, +50 ms at start).
    sa.Index("ix_articles_link", "link"),
)

# The start of each article's clean text, and its sentences a line each once segmented
# (bot/sentences.py): what a story's summary is chosen from. Apart from `articles`, whose
# scans stay small: a digest reads the texts of the stories it shows only.
article_texts = sa.Table(
    "article_texts",
    metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("lead", sa.Text, nullable=False, server_default=""),
    sa.Column("sentences", sa.Text, nullable=False, server_default=""),
)

# A feed's first poll, kept to be read later (bot/backlog.py): its document (zlib) and
# what reading it needs. The row goes when its articles are stored; a process reading it
# claims it for a lease (several processes may share the database).
feed_backlog = sa.Table(
    "feed_backlog",
    metadata,
    sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("body", sa.LargeBinary, nullable=False),
    sa.Column("url", sa.Text, nullable=False),  # the document's URL (after redirects): links resolve against it
    sa.Column("content_type", sa.Text, nullable=False, server_default=""),
    sa.Column("polled_at", UTCDateTime, nullable=False),  # the first poll: its articles' first_seen
    sa.Column("entries", sa.Integer, nullable=False, server_default="0"),
    sa.Column("claimed_by", sa.String(100)),  # the process reading it, until lease_until
    sa.Column("lease_until", UTCDateTime),
)

channel_state = sa.Table(
    "channel_state",
    metadata,
    sa.Column("channel", sa.String(100), primary_key=True),
    sa.Column("last_digest_at", UTCDateTime),  # when the last digest was made
    sa.Column("cutoff", UTCDateTime),  # articles first seen up to here were covered
    sa.Column("refused_since", UTCDateTime),  # the chat target refuses posts (missing channel/permission)
    sa.Column("refused_error", sa.Text),
)

# The delivery log: every post is recorded (with its content) before it goes
# out and confirmed message by message after. Keys are unique, so two processes
# never post the same thing; an unconfirmed delivery is resumed after a crash.
deliveries = sa.Table(
    "deliveries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(300), nullable=False, unique=True),
    sa.Column("channel", sa.String(100), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # digest, realtime, watchlist, admin
    sa.Column("status", sa.String(12), nullable=False),  # pending, posted, dropped
    sa.Column("payload", sa.Text, nullable=False),  # the Digest, as JSON
    sa.Column("message_ids", sa.Text, nullable=False, server_default="[]"),  # confirmed messages, in order
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_error", sa.Text, nullable=False, server_default=""),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("next_attempt_at", UTCDateTime, nullable=False),
    sa.Column("posted_at", UTCDateTime),
    sa.Column("claimed_by", sa.String(100)),
    sa.Column("lease_until", UTCDateTime),
    sa.Index("ix_deliveries_due", "status", "next_attempt_at"),
)

# Which articles a delivery carried: an article reaches a channel once.
delivery_items = sa.Table(
    "delivery_items",
    metadata,
    sa.Column("delivery_id", sa.Integer, sa.ForeignKey("deliveries.id", ondelete="CASCADE"), nullable=False),
    sa.Column("channel", sa.String(100), nullable=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.UniqueConstraint("channel", "article_id", name="uq_delivery_items"),
    sa.Index("ix_delivery_items_delivery", "delivery_id"),
)

# Added from chat (`/news subscribe`), next to the settings file's feeds and channels.
chat_feeds = sa.Table(
    "chat_feeds",
    metadata,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("added_by", sa.String(100), nullable=False, server_default=""),
    sa.Column("added_at", UTCDateTime, nullable=False),
    sa.Column("tags", sa.Text, nullable=False, server_default="[]"),  # JSON list (OPML folders, --tag)
)

chat_channels = sa.Table(
    "chat_channels",
    metadata,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("platform", sa.String(32), nullable=False),
    sa.Column("target", sa.String(100), nullable=False),
    sa.Column("added_by", sa.String(100), nullable=False, server_default=""),
    sa.Column("added_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("platform", "target", name="uq_chat_channels_target"),
)

subscriptions = sa.Table(
    "subscriptions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("channel", sa.String(100), nullable=False),
    sa.Column("kind", sa.String(8), nullable=False),  # "feed" or "tag"
    sa.Column("value", sa.String(200), nullable=False),
    sa.Column("added_by", sa.String(100), nullable=False, server_default=""),
    sa.Column("added_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("channel", "kind", "value", name="uq_subscriptions"),
)

# Article pages fetched when a feed gives only a teaser: fetched once per URL.
article_pages = sa.Table(
    "article_pages",
    metadata,
    sa.Column("url", sa.String(2000), primary_key=True),
    sa.Column("fetched_at", UTCDateTime, nullable=False),
    sa.Column("text", sa.Text, nullable=False, server_default=""),  # the extracted main text
    sa.Column("error", sa.Text, nullable=False, server_default=""),
)

# Model summaries (bot/llm.py): one row per story text (a hash of the model, the prompt
# and the sources sent), claimed by the process that asks the model, so that a digest,
# a restart or a second process never pays for the same text twice.
model_summaries = sa.Table(
    "model_summaries",
    metadata,
    sa.Column("text_hash", sa.String(64), primary_key=True),
    sa.Column("story_key", sa.String(300), nullable=False),
    sa.Column("model", sa.String(200), nullable=False),
    sa.Column("status", sa.String(12), nullable=False),  # pending, done, rejected, failed
    sa.Column("summary", sa.Text, nullable=False, server_default=""),  # when done
    sa.Column("error", sa.Text, nullable=False, server_default=""),  # why rejected or failed
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),  # requests made for it
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.Column("retry_at", UTCDateTime),  # a failed one may be asked again from here
    sa.Column("claimed_by", sa.String(100)),
    sa.Column("lease_until", UTCDateTime),
    sa.Index("ix_model_summaries_updated", "updated_at"),
)

# Requests made to the model, per UTC day: the daily budget, shared by every process.
model_requests = sa.Table(
    "model_requests",
    metadata,
    sa.Column("day", sa.String(10), primary_key=True),  # "2026-12-04"
    sa.Column("requests", sa.Integer, nullable=False, server_default="0"),
)

# The Alembic scripts stay at bot/migrations (package data in pyproject.toml).
MIGRATIONS = Path(__file__).parent.parent / "migrations"
_MIGRATION_LOCK = 7164190  # any constant: the advisory lock that serialises migrations


def create_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets WAL, a busy timeout and foreign keys."""
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        if not memory:
            path = Path(url.split("sqlite:///", 1)[1])
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            poolclass=StaticPool if memory else None,
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            if not memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to the newest version (creates it on an empty database)."""
    if revision == "head":
        from .versions import at_head

        with engine.connect() as connection:
            if at_head(connection):  # the usual start: one query, without Alembic (issue 18)
                return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        postgres = connection.dialect.name == "postgresql"
        if postgres:
            # Several processes may start at once on a new database: one migrates,
            # the others wait for it.
            connection.exec_driver_sql(f"SELECT pg_advisory_lock({_MIGRATION_LOCK})")
            connection.commit()
        if sqlite:
            # A migration that rebuilds a table on SQLite drops the old one; with
            # foreign keys on, that would cascade into the archive.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()  # the PRAGMA only works outside a transaction
        try:
            with connection.begin():
                # A database from a newer Tidings is refused, not half-used.
                from .versions import refuse_newer

                refuse_newer(connection, engine.url.render_as_string(hide_password=True))
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
            if postgres:  # pooled connections live on: the lock must be given back by hand
                connection.exec_driver_sql(f"SELECT pg_advisory_unlock({_MIGRATION_LOCK})")
                connection.commit()


def insert_new(conn: sa.Connection, table: sa.Table, key: str):
    """INSERT that skips rows whose ``key`` exists (ON CONFLICT DO NOTHING where the database has it)."""
    # Each dialect's own insert, imported when used: a SQLite process never loads
    # the PostgreSQL dialect, and `tidings status` neither.
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(table).on_conflict_do_nothing(index_elements=[key])
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).on_conflict_do_nothing(index_elements=[key])
    return table.insert()
