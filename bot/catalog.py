"""The feeds and channels in effect: the settings file's, plus what was added
from chat with `/news subscribe` (kept in the database next to them).

``Catalog`` reads synchronously (on the database thread); async code uses
``AsyncCatalog``, whose calls run there.
"""

from __future__ import annotations

from .config import ChannelSettings, FeedSettings, Settings, followed_feeds
from .config.sections import normal_tags
from .store import Store
from .store.database import Database, OnThread, threaded


class Catalog:
    def __init__(self, settings: Settings, store: Store):
        self.settings = settings
        self.store = store

    def feeds(self) -> list[FeedSettings]:
        configured = list(self.settings.feeds)
        names = {f.name.casefold() for f in configured}
        # (stored as checked when added; built without pydantic, as the settings from the cache are)
        added = [FeedSettings(name=name, url=url, tags=normal_tags(tags)) for name, url, tags in self.store.chat_feeds()
                 if name.casefold() not in names]  # fmt: skip
        return configured + added

    def feed(self, name: str) -> FeedSettings | None:
        return next((f for f in self.feeds() if f.name.casefold() == name.casefold()), None)

    def tags(self) -> set[str]:
        return {t for f in self.feeds() for t in f.tags}

    def channels(self) -> list[ChannelSettings]:
        configured = list(self.settings.channels)
        d = self.settings.digest
        added = [
            ChannelSettings.validate(
                dict(
                    name=name,
                    platform=platform,
                    target=target,
                    schedule=d.schedule,
                    timezone=d.timezone,
                    max_items=d.max_items,
                )
            )
            for name, platform, target in self.store.chat_channels()
        ]
        return configured + added

    def channel(self, name: str) -> ChannelSettings | None:
        return next((c for c in self.channels() if c.name.casefold() == name.casefold()), None)

    def channel_for(self, platform: str, target: str) -> ChannelSettings | None:
        """The Tidings channel that posts to this chat channel, if any."""
        if not target:
            return None
        for channel in self.channels():
            if channel.platform == platform and channel.target == target:
                return channel
        return None

    def followed(self, channel: ChannelSettings) -> list[str]:
        """Feed names a channel follows: by name or tag, in the settings file or from chat."""
        subscribed = [(kind, value) for _, kind, value in self.store.subscriptions(channel.name)]
        return [f.name for f in followed_feeds(channel, self.feeds(), subscribed)]

    def tag_feeds(self, tag: str) -> list[str]:
        return [f.name for f in self.feeds() if tag in f.tags]

    def unique_name(self, title: str) -> str:
        """A name for a feed added from chat: its title, numbered if the name is taken."""
        base = " ".join(title.split())[:90] or "feed"
        taken = {f.name.casefold() for f in self.feeds()}
        name, n = base, 2
        while name.casefold() in taken:
            name, n = f"{base} ({n})", n + 1
        return name


class AsyncCatalog(OnThread[Catalog]):
    """The Catalog for async code: each call runs on the database thread."""

    def __init__(self, catalog: Catalog, db: Database):
        super().__init__(catalog, db)

    feeds = threaded(Catalog.feeds)
    feed = threaded(Catalog.feed)
    tags = threaded(Catalog.tags)
    channels = threaded(Catalog.channels)
    channel = threaded(Catalog.channel)
    channel_for = threaded(Catalog.channel_for)
    followed = threaded(Catalog.followed)
    tag_feeds = threaded(Catalog.tag_feeds)
    unique_name = threaded(Catalog.unique_name)
