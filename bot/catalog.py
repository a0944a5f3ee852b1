"""The feeds and channels in effect: the settings file's, plus what was added
from chat with `/news subscribe` (kept in the database next to them).

Synchronous reads: async code calls these on the database thread.
"""

from __future__ import annotations

from .config import ChannelSettings, FeedSettings, Settings
from .store import Store


class Catalog:
    def __init__(self, settings: Settings, store: Store):
        self.settings = settings
        self.store = store

    def feeds(self) -> list[FeedSettings]:
        configured = list(self.settings.feeds)
        names = {f.name.casefold() for f in configured}
        added = [FeedSettings(name=name, url=url, tags=tags) for name, url, tags in self.store.added_feeds()
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
            ChannelSettings.model_validate(dict(
                name=name, platform=platform, target=target, schedule=d.schedule, timezone=d.timezone, max_items=d.max_items
            ))
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
        names = {n.casefold() for n in channel.feeds}
        tags = set(channel.tags)
        for _, kind, value in self.store.subscriptions(channel.name):
            (names if kind == "feed" else tags).add(value.casefold() if kind == "feed" else value)
        return [f.name for f in self.feeds() if f.name.casefold() in names or tags & set(f.tags)]

    def tag_feeds(self, tag: str) -> list[str]:
        return [f.name for f in self.feeds() if tag in f.tags]
