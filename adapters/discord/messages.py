"""What discord.py is handed for each rendered message (render.py makes them):
embeds, allowed mentions, a nonce that makes a repeated post a no-op."""

from __future__ import annotations

import hashlib
import json

import discord

NO_MENTIONS = discord.AllowedMentions.none()
REQUEST_TIMEOUT = 30.0  # seconds for one post; a slower one is retried (discord.py's own limit is 5 minutes)


def message_nonce(target: int, n: int, message: dict) -> str:
    """The same for the same message to the same channel: sent with ``enforce_nonce``,
    Discord answers a repeat (a retry after a timeout, a resumed post) within a few
    minutes with the message it already has instead of posting it twice."""
    seed = json.dumps([target, n, message], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(seed.encode()).hexdigest()[:25]  # Discord allows 25 characters


def embeds(message: dict) -> list[discord.Embed]:
    return [discord.Embed.from_dict(embed) for embed in message.get("embeds") or ()]


def allowed(message: dict) -> discord.AllowedMentions:
    """No pings, except a watchlist post's one configured role."""
    role = message.get("mention_role")
    if not role:
        return NO_MENTIONS
    return discord.AllowedMentions(everyone=False, users=False, roles=[discord.Object(int(role))], replied_user=False)
