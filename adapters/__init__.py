"""Chat adapters. Each platform's module is imported only when a channel uses
it, so the core and the console never load Slack or Discord libraries."""

from __future__ import annotations

import os
from collections.abc import Mapping

from bot.clock import Clock
from bot.config import ChannelSettings, Settings

from .base import Adapter, CommandHandler, DeliveryError, StartError

__all__ = ["Adapter", "CommandHandler", "DeliveryError", "StartError", "create_adapter", "missing_secrets"]


def missing_secrets(channel: ChannelSettings, settings: Settings, env: Mapping[str, str] = os.environ) -> list[str]:
    """The environment variables a channel's platform needs and does not have."""
    if channel.platform == "slack":
        needed = ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN" if settings.slack.mode == "socket" else "SLACK_SIGNING_SECRET"]
    elif channel.platform == "discord":
        needed = ["DISCORD_TOKEN"]
    elif channel.platform.endswith("-webhook"):
        needed = [channel.webhook_env]
    else:
        needed = []
    return [name for name in needed if not env.get(name)]


def create_adapter(platform: str, settings: Settings, clock: Clock, env: Mapping[str, str] = os.environ) -> Adapter:
    if platform == "console":
        from .console import ConsoleAdapter

        return ConsoleAdapter()
    if platform == "slack":
        from .slack import SlackAdapter

        return SlackAdapter(settings, clock=clock, env=env)
    if platform == "slack-webhook":
        from .slack import SlackWebhookAdapter

        return SlackWebhookAdapter(settings, clock=clock, env=env)
    if platform == "discord":
        from .discord import DiscordAdapter

        return DiscordAdapter(settings, clock=clock, env=env)
    if platform == "discord-webhook":
        from .discord import DiscordWebhookAdapter

        return DiscordWebhookAdapter(settings, clock=clock, env=env)
    raise ValueError(f"the {platform!r} platform is not available in this version of Tidings")
