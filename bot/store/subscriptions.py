"""What was added from chat (`/news subscribe`): feeds, channels and
subscriptions, kept next to the settings file's (bot/catalog.py merges them)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from .connection import Connections
from .schema import chat_channels, chat_feeds, subscriptions


class SubscriptionStore(Connections):
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
