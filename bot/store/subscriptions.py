"""What was added from chat (`/news subscribe`): feeds, channels and
subscriptions, kept next to the settings file's (bot/catalog.py merges them)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa

from .connection import Connections
from .schema import chat_channels, chat_feeds, subscriptions


class SubscriptionStore(Connections):
    def chat_feeds(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(name, url, tags) of every feed added from chat or the command line."""
        with self._connect() as conn:
            rows = conn.execute(
                sa.select(chat_feeds.c.name, chat_feeds.c.url, chat_feeds.c.tags).order_by(chat_feeds.c.name)
            )
            return [(r.name, r.url, tuple(json.loads(r.tags or "[]"))) for r in rows]

    def add_chat_feed(self, name: str, url: str, *, tags: Sequence[str] = (), added_by: str, now: datetime) -> None:
        with self._begin() as conn:
            conn.execute(chat_feeds.insert().values(name=name, url=url, tags=json.dumps(list(tags), ensure_ascii=False),
                                                    added_by=added_by, added_at=now))  # fmt: skip

    def remove_chat_feed(self, name: str) -> bool:
        """Forget a feed added from chat or the command line, and every channel's
        subscription to it; its stored articles stay in the archive until pruned."""
        with self._begin() as conn:
            removed = conn.execute(chat_feeds.delete().where(chat_feeds.c.name == name)).rowcount
            if removed:
                conn.execute(
                    subscriptions.delete().where(subscriptions.c.kind == "feed", subscriptions.c.value == name)
                )
            return bool(removed)

    def chat_channels(self) -> list[tuple[str, str, str]]:
        """(name, platform, target) of channels that exist only because someone subscribed from chat."""
        with self._connect() as conn:
            rows = conn.execute(sa.select(chat_channels).order_by(chat_channels.c.name))
            return [(r.name, r.platform, r.target) for r in rows]

    def add_chat_channel(self, name: str, platform: str, target: str, *, added_by: str, now: datetime) -> None:
        with self._begin() as conn:
            conn.execute(
                chat_channels.insert().values(
                    name=name, platform=platform, target=target, added_by=added_by, added_at=now
                )
            )

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
            conn.execute(
                subscriptions.insert().values(channel=channel, kind=kind, value=value, added_by=added_by, added_at=now)
            )
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
