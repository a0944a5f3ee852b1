"""The platforms this package provides, registered under the ``tidings.adapters``
entry points (pyproject.toml) and found by name by ``bot.chat.platform``.

Cheap to import on purpose: each chat library is imported only when its
adapter is created, so the console and the core never load Slack or Discord.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.chat import Adapter
from bot.clock import Clock
from bot.config import ChannelSettings, Settings


@dataclass(frozen=True)
class _Console:
    def required_env(self, channel: ChannelSettings, settings: Settings) -> list[str]:
        return []

    def create(self, settings: Settings, clock: Clock, env: Mapping[str, str]) -> Adapter:
        from .console import ConsoleAdapter

        return ConsoleAdapter()


@dataclass(frozen=True)
class _Slack:
    def required_env(self, channel: ChannelSettings, settings: Settings) -> list[str]:
        return ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN" if settings.slack.mode == "socket" else "SLACK_SIGNING_SECRET"]

    def create(self, settings: Settings, clock: Clock, env: Mapping[str, str]) -> Adapter:
        from .slack import SlackAdapter

        return SlackAdapter(settings, clock=clock, env=env)


@dataclass(frozen=True)
class _Discord:
    def required_env(self, channel: ChannelSettings, settings: Settings) -> list[str]:
        return ["DISCORD_TOKEN"]

    def create(self, settings: Settings, clock: Clock, env: Mapping[str, str]) -> Adapter:
        from .discord import DiscordAdapter

        return DiscordAdapter(settings, clock=clock, env=env)


@dataclass(frozen=True)
class _Webhook:
    """Incoming webhooks: digests only, the URL in the channel's ``webhook_env`` variable."""

    platform: str

    def required_env(self, channel: ChannelSettings, settings: Settings) -> list[str]:
        return [channel.webhook_env]

    def create(self, settings: Settings, clock: Clock, env: Mapping[str, str]) -> Adapter:
        if self.platform == "slack":
            from .slack import SlackWebhookAdapter

            return SlackWebhookAdapter(settings, clock=clock, env=env)
        from .discord import DiscordWebhookAdapter

        return DiscordWebhookAdapter(settings, clock=clock, env=env)


console = _Console()
slack = _Slack()
discord = _Discord()
slack_webhook = _Webhook("slack")
discord_webhook = _Webhook("discord")
