"""All storage goes through here: SQLAlchemy Core over SQLite (default) or PostgreSQL.

The schema is versioned with Alembic (bot/migrations): opening a store brings
an older database up to date without touching the archive.

The Store is synchronous; the asyncio side calls it through a worker thread
(see app.py) so the event loop never waits on the database.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from .dedup import identifies_item, title_key
from .models import Article, FeedState, StoredArticle


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
    # Several processes may share one database: a process claims a due feed for
    # a lease; a claim whose process died expires.
    sa.Column("claimed_by", sa.String(100)),
    sa.Column("lease_until", UTCDateTime),
    # In the settings (or added from chat) and enabled: only active feeds are polled.
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Index("ix_feeds_due", "active", "next_check_at"),
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
    # index on PostgreSQL: a B-tree refuses entries over ~2.7 kB, and links can be longer.
    sa.Index("ix_articles_link", "link", postgresql_using="hash"),
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

MIGRATIONS = Path(__file__).parent / "migrations"
_MIGRATION_LOCK = 7164190  # any constant: the advisory lock that serialises migrations
_FEED_FIELDS = (frozenset(FeedState.__dataclass_fields__) - {"name"}) | {"claimed_by", "lease_until"}


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
                from .schema import refuse_newer

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


class Store:
    def __init__(self, url: str, *, engine: Engine | None = None):
        self.url = url
        self.engine = engine or create_engine(url)
        self._shared = threading.local()
        migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # --- transactions -------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """Every Store call made on this thread inside the block runs in one
        transaction, committed at the end (rolled back if the block raises).

        Many small writes cost a commit each otherwise; the poll cycle groups
        the calls that queue up while the database thread is busy (see
        poller.Database). Nested blocks join the outer one.
        """
        if getattr(self._shared, "conn", None) is not None:
            yield self._shared.conn
            return
        with self.engine.begin() as conn:
            self._shared.conn = conn
            try:
                yield conn
            finally:
                self._shared.conn = None

    def _begin(self):
        """A connection in a transaction: the shared one inside transaction(), else a new one, committed on exit."""
        return self._join() if getattr(self._shared, "conn", None) is not None else self.engine.begin()

    def _connect(self):
        return self._join() if getattr(self._shared, "conn", None) is not None else self.engine.connect()

    @contextmanager
    def _join(self) -> Iterator[sa.Connection]:
        yield self._shared.conn

    # --- feeds ----------------------------------------------------------------

    def sync_feeds(self, configured: Iterable[tuple[str, str]]) -> None:
        """Make sure every configured (name, url) has a row and is active, and
        every other row is not; a changed URL starts afresh."""
        wanted = dict(configured)
        with self._begin() as conn:
            existing = {r.name: r for r in conn.execute(sa.select(feeds.c.name, feeds.c.url, feeds.c.active))}
            new = [dict(name=name, url=url) for name, url in wanted.items() if name not in existing]
            if new:  # several processes may start at once: a row another one just added is left as it is
                conn.execute(_insert_new(conn, feeds, "name"), new)
            for name, url in wanted.items():
                row = existing.get(name)
                if row is not None and row.url != url:
                    conn.execute(
                        feeds.update()
                        .where(feeds.c.name == name)
                        .values(url=url, moved_to=None, etag=None, last_modified=None, body_hash=None, failed_body_hash=None,
                                next_check_at=None)
                    )
            wake = [n for n, row in existing.items() if n in wanted and not row.active]
            sleep = [n for n, row in existing.items() if n not in wanted and row.active]
            for names, active in ((wake, True), (sleep, False)):
                for start in range(0, len(names), 500):
                    conn.execute(feeds.update().where(feeds.c.name.in_(names[start : start + 500])).values(active=active))

    def feed_states(self, names: Sequence[str] | None = None) -> list[FeedState]:
        query = sa.select(*_FEED_STATE_COLUMNS).order_by(feeds.c.name)
        if names is not None:
            query = query.where(feeds.c.name.in_(list(names)))
        with self._connect() as conn:
            return [FeedState(*row) for row in conn.execute(query)]

    def feed_state(self, name: str) -> FeedState | None:
        states = self.feed_states([name])
        return states[0] if states else None

    def due_feeds(self, names: Sequence[str], now: datetime) -> list[FeedState]:
        query = (
            sa.select(*_FEED_STATE_COLUMNS)
            .where(feeds.c.name.in_(list(names)))
            .where(sa.or_(feeds.c.next_check_at.is_(None), feeds.c.next_check_at <= now))
            .order_by(feeds.c.next_check_at.is_not(None), feeds.c.next_check_at, feeds.c.name)
        )
        with self._connect() as conn:
            return [FeedState(*row) for row in conn.execute(query)]

    def update_feed(self, name: str, **values) -> None:
        self.update_feeds([(name, values)])

    def update_feeds(self, changes: Sequence[tuple[str, dict]]) -> None:
        """Set fields of several feeds: (name, {field: value}) pairs, in one
        transaction; runs of pairs that set the same fields are one executemany."""
        for _, values in changes:
            unknown = set(values) - _FEED_FIELDS
            if unknown:
                raise TypeError(f"unknown feed fields: {sorted(unknown)}")
        with self._begin() as conn:
            start = 0
            while start < len(changes):
                keys = sorted(changes[start][1])
                end = start + 1
                while end < len(changes) and sorted(changes[end][1]) == keys:
                    end += 1
                if not keys:
                    start = end
                    continue
                conn.execute(_feed_update(tuple(keys)), [{"_name": name, **{"_" + k: v for k, v in values.items()}}
                                                          for name, values in changes[start:end]])  # fmt: skip
                start = end

    # --- articles ---------------------------------------------------------------

    def store_articles(
        self, feed_name: str, items: Sequence[Article], *, now: datetime, backfill: bool = False
    ) -> list[StoredArticle]:
        """Store a feed's articles; return the ones not seen before, as stored
        (with their ids), in the order given.

        An article already stored (same feed, same uid) is never new again; if
        its text changed, the stored copy is updated in place.
        """
        if not items:
            return []
        with self._begin() as conn:
            feed_id = conn.execute(_FEED_ID, {"name": feed_name}).scalar_one()
            known: dict[str, str] = {}
            uids = [a.uid for a in items]
            for start in range(0, len(uids), 500):  # stay under SQL parameter limits
                rows = conn.execute(_KNOWN_UIDS, {"feed_id": feed_id, "uids": uids[start : start + 500]})
                known.update((uid, content_hash) for uid, content_hash in rows)
            new = [a for a in items if a.uid not in known]
            changed = [a for a in items if a.uid in known and known[a.uid] != a.content_hash]
            # A backfill (the feed's first poll) has nothing stored to repeat, and is never posted.
            new, again = self._same_items(conn, feed_id, new) if new and not backfill else (new, [])
            ids = self._insert_articles(conn, feed_id, new, now=now, backfill=backfill) if new else []
            for a in changed:
                conn.execute(_UPDATE_BY_UID, {**_changed_row(a, now), "_feed_id": feed_id, "_uid": a.uid})
            for id_, a in again:
                conn.execute(_UPDATE_BY_ID, {**_changed_row(a, now), "_id": id_})
        new = [a if a.source == feed_name else dataclasses.replace(a, source=feed_name) for a in new]  # as _stored_articles reads it
        return [StoredArticle(id=i, feed=feed_name, article=a, first_seen=now, backfill=backfill)
                for i, a in zip(ids, new, strict=True)]  # fmt: skip

    def _same_items(self, conn, feed_id: int, new: list[Article]) -> tuple[list[Article], list[tuple[int, Article]]]:
        """Split articles with unknown uids into the really new ones and the ones
        already stored under another guid: the same canonical link (one that names
        an item, dedup.identifies_item) and the same title, in the same feed. The
        second come back as (stored id, article) when their text changed: updated
        in place, never new again."""
        links = list(dict.fromkeys(a.link for a in new if identifies_item(a.link)))
        if not links:
            return new, []
        stored: dict[str, list[tuple[int, str, str]]] = {}
        for start in range(0, len(links), 500):  # stay under SQL parameter limits
            for id_, link, title, content_hash in conn.execute(
                _SAME_LINKS, {"feed_id": feed_id, "links": links[start : start + 500]}
            ):
                stored.setdefault(link, []).append((id_, title_key(title), content_hash))
        if not stored:
            return new, []
        really_new: list[Article] = []
        again: list[tuple[int, Article]] = []
        matched: set[int] = set()
        for a in new:
            title = title_key(a.title)
            match = next((row for row in stored.get(a.link, ()) if row[1] == title), None)
            if match is None:
                really_new.append(a)
            elif match[0] not in matched:
                matched.add(match[0])
                if match[2] != a.content_hash:
                    again.append((match[0], a))
        return really_new, again

    def _insert_articles(self, conn, feed_id: int, new: list[Article], *, now: datetime, backfill: bool) -> list[int]:
        """Insert new articles (uids unique); their ids, in the same order.
        Multi-row INSERT … RETURNING where the database has it (SQLite 3.35+,
        PostgreSQL), else a lookup by uid."""
        rows = [_article_row(a, feed_id=feed_id, first_seen=now, backfill=backfill) for a in new]
        ids: dict[str, int] = {}
        if conn.dialect.insert_executemany_returning:
            ids.update((uid, i) for uid, i in conn.execute(_INSERT_ARTICLES_RETURNING, rows))
        else:
            conn.execute(_INSERT_ARTICLES, rows)
            uids = [a.uid for a in new]
            for start in range(0, len(uids), 500):
                chunk = uids[start : start + 500]
                query = sa.select(articles.c.uid, articles.c.id).where(articles.c.feed_id == feed_id, articles.c.uid.in_(chunk))
                ids.update((uid, i) for uid, i in conn.execute(query))
        return [ids[a.uid] for a in new]

    def articles_since(
        self, feed_names: Sequence[str], since: datetime | None, until: datetime, *, include_backfill: bool = False,
        undelivered_in: str | None = None,
    ) -> list[StoredArticle]:  # fmt: skip
        """Articles of these feeds first seen in (since, until]; with
        ``undelivered_in``, only those not yet delivered to that channel."""
        query = self._article_query(feed_names).where(articles.c.first_seen <= until)
        if since is not None:
            query = query.where(articles.c.first_seen > since)
        if not include_backfill:
            query = query.where(articles.c.backfill.is_(False))
        if undelivered_in is not None:
            delivered = sa.select(delivery_items.c.article_id).where(
                delivery_items.c.channel == undelivered_in, delivery_items.c.article_id == articles.c.id
            )
            query = query.where(~delivered.exists())
        with self._connect() as conn:
            return _stored_articles(conn.execute(query.order_by(articles.c.published.desc())).all())

    def latest_articles(self, feed_names: Sequence[str], limit: int, *, dated_first: bool = False) -> list[StoredArticle]:
        """The newest articles; with ``dated_first``, those with a date of their own before the
        undated ones (dated by first sight: a first digest must not be filled with them)."""
        order = [articles.c.published.desc(), articles.c.id.desc()]
        if dated_first:
            order.insert(0, articles.c.has_date.desc())
        query = self._article_query(feed_names).order_by(*order)
        with self._connect() as conn:
            return _stored_articles(conn.execute(query.limit(limit)).all())

    def articles_by_link(self, links: Sequence[str]) -> list[StoredArticle]:
        """Stored articles (of any feed) whose link is one of these."""
        query = _select_articles().where(articles.c.link.in_(list(links))).order_by(articles.c.first_seen)
        with self._connect() as conn:
            return _stored_articles(conn.execute(query).all())

    def provenance(self, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """Where each stored article's date, text and link came from (Article.provenance), by id."""
        query = sa.select(articles.c.id, articles.c.provenance).where(articles.c.id.in_(list(ids)))
        with self._connect() as conn:
            return {id_: tuple(json.loads(value or "[]")) for id_, value in conn.execute(query)}

    def known_pages(self, urls: Sequence[str]) -> set[str]:
        """Which of these article pages were fetched already (successfully or not)."""
        with self._connect() as conn:
            rows = conn.execute(sa.select(article_pages.c.url).where(article_pages.c.url.in_(list(urls))))
            return {r.url for r in rows}

    def save_page(self, url: str, *, text: str, error: str, now: datetime) -> None:
        with self._begin() as conn:
            conn.execute(article_pages.delete().where(article_pages.c.url == url))
            conn.execute(article_pages.insert().values(url=url, text=text, error=error, fetched_at=now))

    def set_excerpt(self, feed_name: str, uid: str, excerpt: str) -> None:
        """Replace an article's excerpt (with one from its page), keeping its content hash."""
        with self._begin() as conn:
            feed_id = sa.select(feeds.c.id).where(feeds.c.name == feed_name).scalar_subquery()
            conn.execute(articles.update().where(articles.c.feed_id == feed_id, articles.c.uid == uid).values(excerpt=excerpt))

    def count_articles(self) -> int:
        with self._connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()

    def prune(self, before: datetime) -> int:
        """Delete articles first seen before ``before``; returns how many."""
        with self._begin() as conn:
            return conn.execute(articles.delete().where(articles.c.first_seen < before)).rowcount

    def _article_query(self, feed_names: Sequence[str]) -> sa.Select:
        return _select_articles().where(feeds.c.name.in_(list(feed_names)))

    def search(
        self,
        terms: Sequence[str],
        *,
        feed_names: Sequence[str] | None = None,
        since: datetime | None = None,
        tag: str | None = None,
        tag_feeds: Sequence[str] = (),
        limit: int = 10,
    ) -> list[StoredArticle]:
        """Articles matching every term (a word, a "phrase", or a prefix ending
        in *), best match first. Full-text search on SQLite (FTS5) and
        PostgreSQL; terms are bound as parameters, never built into SQL.
        Raises SearchError with a readable message."""
        terms = [t for t in (" ".join(t.split()) for t in terms) if t.strip("*")]
        if not terms:
            return []
        query = _select_articles()
        dialect = self.engine.dialect.name
        if dialect == "sqlite":
            fts = sa.table("articles_fts", sa.column("rowid"))
            query = (
                query.join(fts, fts.c.rowid == articles.c.id)
                .where(sa.text("articles_fts MATCH :match").bindparams(match=fts5_query(terms)))
                .order_by(sa.text("bm25(articles_fts, 10.0, 1.0, 5.0)"))
            )
        elif dialect == "postgresql":
            document = sa.func.to_tsvector(
                "simple", articles.c.title + " " + articles.c.excerpt + " " + articles.c.tags
            )
            tsquery: sa.ColumnElement | None = None
            for term in terms:
                if term.endswith("*"):
                    # A prefix: built from word characters only, so to_tsquery's own syntax can't be injected.
                    words = re.findall(r"\w+", term) or ["_"]
                    part = sa.func.to_tsquery("simple", " <-> ".join(words) + ":*")
                else:
                    part = sa.func.phraseto_tsquery("simple", term)
                tsquery = part if tsquery is None else tsquery.op("&&")(part)
            # Matched on the indexed document; ranked with the title weighing most.
            weighted = (
                sa.func.setweight(sa.func.to_tsvector("simple", articles.c.title), _WEIGHT["A"])
                .op("||")(sa.func.setweight(sa.func.to_tsvector("simple", articles.c.tags), _WEIGHT["B"]))
                .op("||")(sa.func.setweight(sa.func.to_tsvector("simple", articles.c.excerpt), _WEIGHT["C"]))
            )
            query = query.where(document.op("@@")(tsquery)).order_by(sa.func.ts_rank(weighted, tsquery).desc())
        else:  # any other database: plain substring matching
            for term in terms:
                word = term.rstrip("*")
                query = query.where(
                    sa.or_(articles.c.title.icontains(word, autoescape=True), articles.c.excerpt.icontains(word, autoescape=True))
                )
        if feed_names is not None:
            query = query.where(feeds.c.name.in_(list(feed_names)))
        if since is not None:
            query = query.where(articles.c.published >= since)
        if tag:
            in_tags = articles.c.tags.icontains(json.dumps(tag), autoescape=True)
            query = query.where(sa.or_(in_tags, feeds.c.name.in_(list(tag_feeds))) if tag_feeds else in_tags)
        query = query.order_by(articles.c.published.desc(), articles.c.id.desc()).limit(limit)
        try:
            with self._connect() as conn:
                return _stored_articles(conn.execute(query).all())
        except sa.exc.OperationalError as exc:  # e.g. an FTS query the engine cannot run
            raise SearchError(f"that search could not be run ({_first_line(exc.orig)}); try plainer words") from None

    # --- added from chat ----------------------------------------------------------

    def chat_feeds(self) -> list[tuple[str, str]]:
        with self._connect() as conn:
            return [(r.name, r.url) for r in conn.execute(sa.select(chat_feeds).order_by(chat_feeds.c.name))]

    def add_chat_feed(self, name: str, url: str, *, added_by: str, now: datetime) -> None:
        with self._begin() as conn:
            conn.execute(chat_feeds.insert().values(name=name, url=url, added_by=added_by, added_at=now))

    def chat_channels(self) -> list[tuple[str, str, str]]:
        """(name, platform, target) of channels that exist only because someone subscribed from chat."""
        with self._connect() as conn:
            rows = conn.execute(sa.select(chat_channels).order_by(chat_channels.c.name))
            return [(r.name, r.platform, r.target) for r in rows]

    def add_chat_channel(self, name: str, platform: str, target: str, *, added_by: str, now: datetime) -> None:
        with self._begin() as conn:
            conn.execute(chat_channels.insert().values(name=name, platform=platform, target=target, added_by=added_by, added_at=now))

    def subscriptions(self, channel: str | None = None) -> list[tuple[str, str, str]]:
        """(channel, kind, value) rows, for one channel or all."""
        query = sa.select(subscriptions).order_by(subscriptions.c.id)
        if channel is not None:
            query = query.where(subscriptions.c.channel == channel)
        with self._connect() as conn:
            return [(r.channel, r.kind, r.value) for r in conn.execute(query)]

    def subscribe(self, channel: str, kind: str, value: str, *, added_by: str, now: datetime) -> bool:
        """Add a subscription; False if the channel already had it."""
        with self._begin() as conn:
            exists = conn.execute(
                sa.select(subscriptions.c.id).where(
                    subscriptions.c.channel == channel, subscriptions.c.kind == kind, subscriptions.c.value == value
                )
            ).first()
            if exists:
                return False
            conn.execute(subscriptions.insert().values(channel=channel, kind=kind, value=value, added_by=added_by, added_at=now))
            return True

    def unsubscribe(self, channel: str, kind: str, value: str) -> bool:
        with self._begin() as conn:
            return bool(
                conn.execute(
                    subscriptions.delete().where(
                        subscriptions.c.channel == channel, subscriptions.c.kind == kind, subscriptions.c.value == value
                    )
                ).rowcount
            )

    # --- claims (several processes on one database) -------------------------------

    def claim_due_feeds(
        self, due_before: datetime, now: datetime, *, instance: str, lease: timedelta, limit: int
    ) -> list[FeedState]:
        """Claim up to ``limit`` active feeds due by ``due_before`` that no other
        live process holds, for ``lease``. PostgreSQL skips rows another
        transaction is claiming (SKIP LOCKED); SQLite serialises writers anyway.
        Indexed: the cost does not grow with the number of feeds."""
        params = {"now": now, "due_before": due_before, "limit": limit}
        with self._begin() as conn:
            ids = [r.id for r in conn.execute(_CLAIM_NEVER, params)]
            if len(ids) < limit:
                params["limit"] = limit - len(ids)
                ids += [r.id for r in conn.execute(_CLAIM_OVERDUE, params)]
            if not ids:
                return []
            claim = {"ids": ids, "now": now, "instance": instance, "lease_until": now + lease}
            if conn.dialect.update_returning:
                return [FeedState(*row) for row in conn.execute(_CLAIM_RETURNING, claim)]
            conn.execute(_CLAIM, claim)
            rows = conn.execute(_CLAIMED, {"ids": ids, "instance": instance})
            return [FeedState(*row) for row in rows]

    def count_due(self, now: datetime) -> int:
        query = (
            sa.select(sa.func.count())
            .select_from(feeds)
            .where(feeds.c.active.is_(True))
            .where(sa.or_(feeds.c.next_check_at.is_(None), feeds.c.next_check_at <= now))
        )
        with self._connect() as conn:
            return conn.execute(query).scalar_one()

    def release_claims(self, instance: str) -> None:
        """Give back what this process holds (on shutdown)."""
        with self._begin() as conn:
            conn.execute(feeds.update().where(feeds.c.claimed_by == instance).values(claimed_by=None, lease_until=None))
            conn.execute(
                deliveries.update().where(deliveries.c.claimed_by == instance).values(claimed_by=None, lease_until=None)
            )

    # --- operator tools: feeds added outside settings.toml (bot/feeds.py, bot/opml.py) ---

    def added_feeds(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(name, url, tags) of every feed added from chat or the command line."""
        with self._connect() as conn:
            rows = conn.execute(sa.select(chat_feeds.c.name, chat_feeds.c.url, chat_feeds.c.tags).order_by(chat_feeds.c.name))
            return [(r.name, r.url, tuple(json.loads(r.tags or "[]"))) for r in rows]

    def add_feed(self, name: str, url: str, *, tags: Sequence[str] = (), added_by: str, now: datetime) -> None:
        with self._begin() as conn:
            conn.execute(chat_feeds.insert().values(name=name, url=url, tags=json.dumps(list(tags), ensure_ascii=False),
                                                    added_by=added_by, added_at=now))  # fmt: skip

    def remove_feed(self, name: str) -> bool:
        """Forget a feed added from chat or the command line, and every channel's
        subscription to it; its stored articles stay in the archive until pruned."""
        with self._begin() as conn:
            removed = conn.execute(chat_feeds.delete().where(chat_feeds.c.name == name)).rowcount
            if removed:
                conn.execute(subscriptions.delete().where(subscriptions.c.kind == "feed", subscriptions.c.value == name))
            return bool(removed)

    def count_failing(self) -> int:
        """Active feeds whose last poll failed (for /metrics)."""
        query = sa.select(sa.func.count()).select_from(feeds).where(feeds.c.active.is_(True), feeds.c.failing_since.is_not(None))
        with self._connect() as conn:
            return conn.execute(query).scalar_one()

    def ping(self) -> None:
        """Raises when the database cannot be reached (the /healthz check)."""
        with self.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))

    # --- the delivery log ---------------------------------------------------------

    def create_delivery(
        self,
        *,
        key: str,
        channel: str,
        kind: str,
        payload: str,
        article_ids: Sequence[int],
        now: datetime,
        cutoff: datetime | None = None,
    ) -> int | None:
        """Record a delivery before it is posted: its content, the articles it
        carries and (for a digest) the channel's new cutoff, in one transaction.
        None when the key exists or an article already reached the channel:
        another process (or an earlier run) has it."""
        try:
            with self._begin() as conn:
                delivery_id = conn.execute(
                    deliveries.insert().values(
                        key=key, channel=channel, kind=kind, status="pending", payload=payload,
                        created_at=now, next_attempt_at=now,
                    )
                ).inserted_primary_key[0]  # fmt: skip
                if article_ids:
                    conn.execute(
                        delivery_items.insert(),
                        [dict(delivery_id=delivery_id, channel=channel, article_id=i) for i in sorted(set(article_ids))],
                    )
                if cutoff is not None:
                    _set_channel_state(conn, channel, last_digest_at=now, cutoff=cutoff)
                return delivery_id
        except sa.exc.IntegrityError:
            return None

    def claim_delivery(self, delivery_id: int, *, instance: str, now: datetime, lease: timedelta) -> dict | None:
        """Take a pending delivery for ``lease``; None if another live process has it."""
        with self._begin() as conn:
            taken = conn.execute(
                deliveries.update()
                .where(deliveries.c.id == delivery_id, deliveries.c.status == "pending")
                .where(sa.or_(deliveries.c.lease_until.is_(None), deliveries.c.lease_until < now))
                .values(claimed_by=instance, lease_until=now + lease)
            ).rowcount
            if not taken:
                return None
            row = conn.execute(sa.select(deliveries).where(deliveries.c.id == delivery_id)).one()
            return dict(row._mapping)

    def due_deliveries(self, now: datetime, limit: int = 50) -> list[int]:
        """Pending deliveries whose next attempt is due and which no live process holds."""
        query = (
            sa.select(deliveries.c.id)
            .where(deliveries.c.status == "pending", deliveries.c.next_attempt_at <= now)
            .where(sa.or_(deliveries.c.lease_until.is_(None), deliveries.c.lease_until < now))
            .order_by(deliveries.c.id)
            .limit(limit)
        )
        with self._connect() as conn:
            return [r.id for r in conn.execute(query)]

    def delivery_part_sent(self, delivery_id: int, message_ids: Sequence[str]) -> None:
        with self._begin() as conn:
            conn.execute(deliveries.update().where(deliveries.c.id == delivery_id).values(message_ids=json.dumps(list(message_ids))))

    def delivery_done(self, delivery_id: int, *, now: datetime, message_ids: Sequence[str]) -> None:
        with self._begin() as conn:
            conn.execute(
                deliveries.update()
                .where(deliveries.c.id == delivery_id)
                .values(status="posted", posted_at=now, message_ids=json.dumps(list(message_ids)),
                        claimed_by=None, lease_until=None, last_error="")  # fmt: skip
            )

    def delivery_failed(self, delivery_id: int, *, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt; ``retry_at`` None drops it for good (its channel is gone)."""
        with self._begin() as conn:
            conn.execute(
                deliveries.update()
                .where(deliveries.c.id == delivery_id)
                .values(attempts=deliveries.c.attempts + 1, last_error=error[:1000], claimed_by=None, lease_until=None,
                        status="pending" if retry_at else "dropped", next_attempt_at=retry_at or sa.func.now())  # fmt: skip
            )

    def delivery(self, key: str) -> dict | None:
        with self._connect() as conn:
            row = conn.execute(sa.select(deliveries).where(deliveries.c.key == key)).first()
            return dict(row._mapping) if row else None

    def deliveries_of(self, channel: str | None = None) -> list[dict]:
        query = sa.select(deliveries).order_by(deliveries.c.id)
        if channel is not None:
            query = query.where(deliveries.c.channel == channel)
        with self._connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def undelivered(self) -> tuple[int, str]:
        """(how many deliveries wait for a retry, the last error among them)."""
        with self._connect() as conn:
            count = conn.execute(
                sa.select(sa.func.count()).select_from(deliveries).where(deliveries.c.status == "pending")
            ).scalar_one()
            last = conn.execute(
                sa.select(deliveries.c.last_error)
                .where(deliveries.c.status == "pending", deliveries.c.last_error != "")
                .order_by(deliveries.c.id.desc())
                .limit(1)
            ).scalar()
        return count, last or ""

    def delivered_ids(self, channel: str, article_ids: Sequence[int]) -> set[int]:
        """Which of these articles already reached (or are on their way to) the channel."""
        found: set[int] = set()
        ids = list(article_ids)
        with self._connect() as conn:
            for start in range(0, len(ids), 500):
                rows = conn.execute(
                    sa.select(delivery_items.c.article_id).where(
                        delivery_items.c.channel == channel, delivery_items.c.article_id.in_(ids[start : start + 500])
                    )
                )
                found.update(r.article_id for r in rows)
        return found

    def set_refused(self, channel: str, *, since: datetime | None, error: str | None) -> None:
        with self._begin() as conn:
            _ensure_channel_row(conn, channel)
            conn.execute(
                channel_state.update().where(channel_state.c.channel == channel).values(refused_since=since, refused_error=error)
            )

    def refused(self, channel: str) -> tuple[datetime | None, str | None]:
        with self._connect() as conn:
            row = conn.execute(
                sa.select(channel_state.c.refused_since, channel_state.c.refused_error).where(channel_state.c.channel == channel)
            ).first()
        return (row.refused_since, row.refused_error) if row else (None, None)

    # --- channels ---------------------------------------------------------------

    def channel_state(self, channel: str) -> tuple[datetime | None, datetime | None]:
        """(last_digest_at, cutoff) for a channel; (None, None) before its first digest."""
        with self._connect() as conn:
            row = conn.execute(sa.select(channel_state).where(channel_state.c.channel == channel)).first()
        return (row.last_digest_at, row.cutoff) if row else (None, None)

    def set_channel_state(self, channel: str, *, last_digest_at: datetime, cutoff: datetime) -> None:
        with self._begin() as conn:
            _set_channel_state(conn, channel, last_digest_at=last_digest_at, cutoff=cutoff)


def _ensure_channel_row(conn, channel: str) -> None:
    exists = conn.execute(sa.select(channel_state.c.channel).where(channel_state.c.channel == channel)).first()
    if not exists:
        conn.execute(channel_state.insert().values(channel=channel))


def _set_channel_state(conn, channel: str, *, last_digest_at: datetime, cutoff: datetime) -> None:
    _ensure_channel_row(conn, channel)
    conn.execute(
        channel_state.update().where(channel_state.c.channel == channel).values(last_digest_at=last_digest_at, cutoff=cutoff)
    )


# PostgreSQL's setweight takes a "char": an untyped literal, not a bound VARCHAR.
_WEIGHT: dict[str, sa.ColumnClause] = {w: sa.literal_column(f"'{w}'") for w in "ABC"}


class SearchError(Exception):
    """A search that could not be run; the message is for the user."""


def fts5_query(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression that can never be a syntax error: every term is
    a quoted string (quotes doubled), a trailing * makes it a prefix search,
    and terms are ANDed."""
    parts = []
    for term in terms:
        prefix = term.endswith("*")
        body = term.rstrip("*").replace('"', '""')
        parts.append(f'"{body}"' + ("*" if prefix else ""))
    return " ".join(parts)


def _insert_new(conn, table: sa.Table, key: str):
    """INSERT that skips rows whose ``key`` exists (ON CONFLICT DO NOTHING where the database has it)."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=[key])
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=[key])
    return table.insert()


def _first_line(exc: object) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


# Statements of the poll path, built once: building one costs more than
# running it on a small table (issue 8).
_FEED_ID = sa.select(feeds.c.id).where(feeds.c.name == sa.bindparam("name"))
_INSERT_ARTICLES = articles.insert()
_INSERT_ARTICLES_RETURNING = _INSERT_ARTICLES.returning(articles.c.uid, articles.c.id)
_KNOWN_UIDS = sa.select(articles.c.uid, articles.c.content_hash).where(
    articles.c.feed_id == sa.bindparam("feed_id"), articles.c.uid.in_(sa.bindparam("uids", expanding=True))
)
# Stored articles of a feed with one of these links (ix_articles_link): the same item under a new guid?
_SAME_LINKS = sa.select(articles.c.id, articles.c.link, articles.c.title, articles.c.content_hash).where(
    articles.c.link.in_(sa.bindparam("links", expanding=True)), articles.c.feed_id == sa.bindparam("feed_id")
)
_CHANGED_COLUMNS = ("title", "excerpt", "link", "tags", "author", "content_hash", "updated_at", "provenance")
_UPDATE_BY_UID = (
    articles.update()
    .where(articles.c.feed_id == sa.bindparam("_feed_id"), articles.c.uid == sa.bindparam("_uid"))
    .values({k: sa.bindparam(k) for k in _CHANGED_COLUMNS})
)
_UPDATE_BY_ID = articles.update().where(articles.c.id == sa.bindparam("_id")).values(
    {k: sa.bindparam(k) for k in _CHANGED_COLUMNS}
)


def _changed_row(a: Article, now: datetime) -> dict:
    """The new values for _UPDATE_BY_UID or _UPDATE_BY_ID, for an article whose text changed."""
    return dict(
        title=a.title, excerpt=a.excerpt, link=a.link, tags=json.dumps(list(a.tags)), author=a.author,
        content_hash=a.content_hash, updated_at=now, provenance=json.dumps(list(a.provenance), ensure_ascii=False),
    )  # fmt: skip

@functools.lru_cache(maxsize=256)
def _feed_update(keys: tuple[str, ...]) -> sa.Update:
    """UPDATE feeds SET these fields WHERE name = :_name, built once per set of fields."""
    return feeds.update().where(feeds.c.name == sa.bindparam("_name")).values({k: sa.bindparam("_" + k) for k in keys})


# A feed's row as FeedState(*row), in every reader.
_FEED_STATE_COLUMNS = [feeds.c[name] for name in FeedState.__dataclass_fields__]

# The claim's statements: a poll cycle claims every few feeds. They read
# ix_feeds_due in order: never-polled feeds first (by id), then the longest
# overdue (an OR over both would sort every row at each claim).
_LEASE_FREE = sa.or_(feeds.c.lease_until.is_(None), feeds.c.lease_until < sa.bindparam("now", type_=UTCDateTime))
_FREE = (
    sa.select(feeds.c.id).where(feeds.c.active.is_(True), _LEASE_FREE).limit(sa.bindparam("limit", type_=sa.Integer))
    .with_for_update(skip_locked=True)
)  # fmt: skip
_CLAIM_NEVER = _FREE.where(feeds.c.next_check_at.is_(None)).order_by(feeds.c.id)
_CLAIM_OVERDUE = _FREE.where(feeds.c.next_check_at <= sa.bindparam("due_before", type_=UTCDateTime)).order_by(
    feeds.c.next_check_at
)
_CLAIM = (
    feeds.update()
    .where(feeds.c.id.in_(sa.bindparam("ids", expanding=True)), _LEASE_FREE)
    .values(claimed_by=sa.bindparam("instance"), lease_until=sa.bindparam("lease_until", type_=UTCDateTime))
)
_CLAIM_RETURNING = _CLAIM.returning(*_FEED_STATE_COLUMNS)
_CLAIMED = sa.select(*_FEED_STATE_COLUMNS).where(
    feeds.c.id.in_(sa.bindparam("ids", expanding=True)), feeds.c.claimed_by == sa.bindparam("instance")
)


def _article_row(a: Article, *, feed_id: int, first_seen: datetime, backfill: bool) -> dict:
    return dict(
        feed_id=feed_id,
        uid=a.uid,
        link=a.link,
        title=a.title,
        excerpt=a.excerpt,
        author=a.author,
        tags=json.dumps(list(a.tags), ensure_ascii=False),
        published=a.published,
        has_date=a.has_date,
        first_seen=first_seen,
        content_hash=a.content_hash,
        backfill=backfill,
        provenance=json.dumps(list(a.provenance), ensure_ascii=False),
    )


# What every article query selects, in this order (_stored_articles unpacks rows
# by position): every column but the bookkeeping ones, and the feed's name.
_ARTICLE_COLUMNS = (
    articles.c.id, articles.c.uid, articles.c.link, articles.c.title, articles.c.excerpt, articles.c.author,
    articles.c.tags, articles.c.published, articles.c.has_date, articles.c.first_seen, articles.c.content_hash,
    articles.c.backfill, feeds.c.name.label("feed_name"),
)  # fmt: skip


def _select_articles() -> sa.Select:
    return sa.select(*_ARTICLE_COLUMNS).join(feeds, feeds.c.id == articles.c.feed_id)


def _stored_articles(rows: Iterable[sa.Row]) -> list[StoredArticle]:
    """StoredArticles from rows of _ARTICLE_COLUMNS (types already converted by
    SQLAlchemy: aware UTC datetimes, bools). Rows are unpacked by position and
    each distinct tags string is decoded once: a digest reads a thousand rows,
    and reading them by column name cost more than the query itself."""
    tags_of: dict[str | None, tuple[str, ...]] = {"[]": (), "": (), None: ()}
    out = []
    for id_, uid, link, title, excerpt, author, tags, published, has_date, first_seen, content_hash, backfill, feed in rows:
        decoded = tags_of.get(tags)
        if decoded is None:
            decoded = tags_of[tags] = tuple(json.loads(tags))
        # Positional, in the dataclasses' field order (the test of the readers checks it): keyword
        # arguments cost a tenth of articles_since for a thousand rows.
        article = Article(uid, link, title, excerpt, published, feed, author, decoded, has_date, content_hash)
        out.append(StoredArticle(id_, feed, article, first_seen, backfill))
    return out
