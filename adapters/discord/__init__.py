"""Discord: a discord.py bot with the /news commands (client.py), digests as embeds
(render.py, pure), and incoming webhooks for servers that only want digests."""

from .client import DiscordAdapter, DiscordStartError, DiscordWebhookAdapter

__all__ = ["DiscordAdapter", "DiscordStartError", "DiscordWebhookAdapter"]
