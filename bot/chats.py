"""The chat connections in use: which adapter each channel posts through, and
starting, retrying, posting through and closing those adapters.

A platform whose secrets are not set (or whose adapter is not installed) sends
its channels to the console instead. An adapter that cannot start is logged
and left out: its channels' digests wait in the delivery log (nothing is lost)
and the rest runs on. A refusal (a bad token) is final until restart; an
outage is retried each poll tick.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence

from .chat import (
    Adapter,
    CommandHandler,
    DeliveryError,
    OnSent,
    StartError,
    Suggest,
    create_adapter,
    missing_secrets,
)
from .clock import Clock
from .config import ChannelSettings, Settings
from .models import Digest

log = logging.getLogger("tidings")


class Chats:
    def __init__(
        self, settings: Settings, clock: Clock, *, adapters: dict[str, Adapter] | None = None,
        env: Mapping[str, str] | None = None,
    ):  # fmt: skip
        self.settings = settings
        self.clock = clock
        self.adapters: dict[str, Adapter] = dict(adapters or {})  # adapter key -> a started adapter
        self.env: Mapping[str, str] = env if env is not None else os.environ
        self._routes: dict[str, str] = {}  # channel name -> adapter key
        self._down: dict[str, str] = {}  # adapter key -> why it was refused (until restart)
        self._unavailable: dict[str, str] = {}  # adapter key -> a passing reason; retried
        self._handlers: dict[str, CommandHandler] = {}
        self._suggest: dict[str, Suggest] = {}

    def route(self, channel: ChannelSettings) -> str:
        """The adapter a channel posts through: its platform, or the console when
        the platform's secrets are not set (the embedded default)."""
        if channel.name not in self._routes:
            try:
                missing = missing_secrets(channel, self.settings, self.env)
            except LookupError as exc:  # the platform's adapter is not installed
                log.error("channel %r: %s; its digests print to the console instead", channel.name, exc)
                self._routes[channel.name] = "console"
                return "console"
            if missing:
                log.warning(
                    "channel %r: %s not set in the environment; its digests print to the console instead",
                    channel.name, " and ".join(missing),
                )  # fmt: skip
                self._routes[channel.name] = "console"
            else:
                self._routes[channel.name] = channel.platform
        return self._routes[channel.name]

    def command_prefix(self, platform: str) -> str:
        """How users type the command on this platform (``/news``)."""
        if platform == "discord":
            return "/" + self.settings.discord.command
        return self.settings.slack.command if platform == "slack" else "/news"

    async def start(self, key: str, handler: CommandHandler | None, suggest: Suggest | None = None) -> Adapter | None:
        """Start one adapter (with the command handler it answers with); None when it cannot start."""
        if key in self._down:
            return None
        if handler is not None:
            self._handlers[key] = handler
        if suggest is not None:
            self._suggest[key] = suggest
        try:
            if key not in self.adapters:
                self.adapters[key] = create_adapter(key, self.settings, self.clock, env=self.env)
            await self.adapters[key].start(self._handlers.get(key), suggest=self._suggest.get(key))
            self._unavailable.pop(key, None)
            return self.adapters[key]
        except (StartError, DeliveryError) as exc:
            if isinstance(exc, StartError) or exc.permanent:
                self._down[key] = str(exc)
                log.error("the %s connection could not start: %s", key, exc)
            else:
                if key not in self._unavailable:
                    log.error("the %s connection could not start (will retry): %s", key, exc)
                self._unavailable[key] = str(exc)
        adapter = self.adapters.pop(key, None)
        if adapter is not None:
            await adapter.close()
        return None

    async def retry(self) -> None:
        """Try again to start adapters that failed for a passing reason (an outage)."""
        for key in list(self._unavailable):
            await self.start(key, None)

    async def deliver(
        self, channel: ChannelSettings, digest: Digest, *, sent: Sequence[str] = (), on_sent: OnSent | None = None
    ) -> list[str]:
        """Post through the channel's adapter (the delivery log calls this). Raises DeliveryError."""
        key = self.route(channel)
        adapter = self.adapters.get(key) or await self.start(key, None)
        if adapter is None:
            why = self._down.get(key) or self._unavailable.get(key, "not started")
            raise DeliveryError(f"the {key} connection is down ({why})")
        return await adapter.post(channel, digest, sent=sent, on_sent=on_sent)

    async def close(self) -> None:
        for adapter in list(self.adapters.values()):
            try:
                await adapter.close()
            except Exception:  # closing must go on for the others
                log.exception("closing the %s adapter failed", adapter.platform)
