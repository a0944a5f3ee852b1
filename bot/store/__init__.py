"""All storage goes through here: SQLAlchemy Core over SQLite (default) or PostgreSQL.

One room per entity, each a part of ``Store``:

- ``schema``: the tables, the engine, the Alembic migrations (bot/migrations)
- ``connection``: opening the database; one transaction shared by grouped calls
- ``feeds``: feed rows, poll state, claims; ``articles``: the archive;
  ``search``: full-text search; ``subscriptions``: what was added from chat;
  ``channels``: each channel's digest cutoff; ``deliveries``: the delivery log;
  ``summaries``: model summaries, each story text once, and the daily request budget
- ``problems``: a database that cannot be used, explained in one line (``StorageError``)
- ``database``: the async side: ``AsyncStore`` runs these calls on the one
  database thread (``Database``), with group commit for the poll cycle.

``Store`` is synchronous; async code uses ``AsyncStore``.
"""

from __future__ import annotations

from .articles import ArticleStore
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


class Store(FeedStore, ArticleStore, SearchStore, SubscriptionStore, ChannelStore, DeliveryStore, SummaryStore):
    """The database, synchronous: ``Store(url)`` opens (and migrates) it.
    Each base class is one entity's queries; they share the connection handling."""


__all__ = [
    "MIGRATIONS",
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
    "delivery_items",
    "feeds",
    "fts5_query",
    "metadata",
    "migrate",
    "model_requests",
    "model_summaries",
    "subscriptions",
]
