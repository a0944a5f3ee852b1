"""All storage goes through here: SQLAlchemy Core over SQLite (default) or PostgreSQL.

One room per entity, each a part of ``Store``:

- ``schema``: the tables, the engine, the Alembic migrations (bot/migrations)
- ``connection``: opening the database; one transaction shared by grouped calls
- ``feeds``: feed rows, poll state, claims; ``articles``: the archive;
  ``search``: full-text search; ``subscriptions``: what was added from chat;
  ``channels``: each channel's digest cutoff; ``deliveries``: the delivery log;
  ``summaries``: model summaries, each story text once, and the daily request budget
- ``backlog``: feeds' first polls kept to be read later (bot/backlog.py)
- ``problems``: a database that cannot be used, explained in one line (``StorageError``)
- ``database``: the async side: ``AsyncStore`` runs these calls on the one
  database thread (``Database``), with group commit for the poll cycle.

``Store`` is synchronous; async code uses ``AsyncStore``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ..clock import Clock
from ..models import Article, StoredArticle
from .articles import ArticleStore
from .backlog import Backlog, BacklogStore
from .channels import ChannelStore
from .deliveries import DeliveryStore
from .feeds import FeedStore
from .problems import StorageError
from .schema import (
    MIGRATIONS,
    UTCDateTime,
    article_pages,
    articles,
    channel_state,
    chat_channels,
    chat_feeds,
    create_engine,
    deliveries,
    delivery_items,
    feed_backlog,
    feeds,
    metadata,
    migrate,
    model_requests,
    model_summaries,
    subscriptions,
)
from .search import SearchError, SearchStore, fts5_query
from .subscriptions import SubscriptionStore
from .summaries import SummaryClaim, SummaryStore


class Store(
    FeedStore, ArticleStore, BacklogStore, SearchStore, SubscriptionStore, ChannelStore, DeliveryStore, SummaryStore
):
    """The database, synchronous: ``Store(url)`` opens (and migrates) it.
    Each base class is one entity's queries; they share the connection handling."""

    def digest_candidates(
        self, channel: str, feed_names: Sequence[str], *, pool: int, clock: Clock
    ) -> tuple[datetime, datetime | None, list[StoredArticle]]:
        """(now, the channel's cutoff, the articles its digest would choose from now):
        what the digest (bot/app.py) and explain (bot/explain.py) both read, so they agree.

        The time and the query in one step on the database thread: an article stored
        after the query has a later first_seen than ``now``. Articles already posted in
        the channel (real time, watchlist) are left out. Before the channel's first
        digest (no cutoff) these are its feeds' ``pool`` newest articles, first polls
        included; after it, those first seen since the cutoff.
        """
        now = clock.now()
        _, cutoff = self.channel_state(channel)
        if cutoff is None:
            candidates = self.latest_articles(feed_names, pool, dated_first=True)
            done = self.delivered_ids(channel, [c.id for c in candidates])
            return now, None, [c for c in candidates if c.id not in done]
        return now, cutoff, self.articles_since(feed_names, cutoff, now, undelivered_in=channel)

    def store_backlog(self, backlog: Backlog, items: Sequence[Article]) -> list[StoredArticle]:
        """A backlog's articles stored as its first poll's (history: never posted, first seen
        when that poll was, bot/backlog.py), and the backlog gone: one transaction."""
        with self.transaction():
            stored = self.store_articles(backlog.feed, items, now=backlog.polled_at, backfill=True)
            self.drop_backlog(backlog.feed)
        return stored


__all__ = [
    "MIGRATIONS",
    "Backlog",
    "SearchError",
    "StorageError",
    "Store",
    "SummaryClaim",
    "UTCDateTime",
    "article_pages",
    "articles",
    "channel_state",
    "chat_channels",
    "chat_feeds",
    "create_engine",
    "deliveries",
    "feed_backlog",
    "delivery_items",
    "feeds",
    "fts5_query",
    "metadata",
    "migrate",
    "model_requests",
    "model_summaries",
    "subscriptions",
]
