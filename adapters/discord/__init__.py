"""Discord: a discord.py bot (client.py: the wiring; interactions.py: the /news
commands), digests as embeds (render.py, pure), and incoming webhooks
(webhook.py) for servers that only want digests."""

from .client import DiscordAdapter
from .errors import DiscordStartError
from .webhook import DiscordWebhookAdapter

__all__ = ["DiscordAdapter", "DiscordStartError", "DiscordWebhookAdapter"]
