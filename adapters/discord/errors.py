"""Discord's failures, each turned into one readable line saying what to do."""

from __future__ import annotations

import asyncio

import aiohttp
import discord

from bot.chat import StartError

from ..retry import Failure


class DiscordStartError(StartError):
    """The bot could not start: one readable line saying what to do."""


def classify(
    exc: BaseException,
    *,
    missing: str,
    forbidden: str,
    no_access: str,
    unauthorized: str = "Discord no longer accepts the bot token; reset it in the Developer Portal and update DISCORD_TOKEN",
) -> Failure | None:
    """How a failed post is handled. The hints say what the admin should do."""
    if isinstance(exc, discord.Forbidden):  # 403: 50001 Missing Access, 50013 Missing Permissions
        hint = no_access if exc.code == 50001 else forbidden
        return Failure(f"{reason(exc)}: {hint}", retry=False, permanent=True)
    if isinstance(exc, discord.NotFound):  # 404: 10003 Unknown Channel, 10015 Unknown Webhook
        return Failure(f"{reason(exc)}: {missing}", retry=False, permanent=True)
    if isinstance(exc, discord.DiscordServerError):
        return Failure(f"Discord is having trouble ({reason(exc)})", retry=True)
    if isinstance(exc, discord.RateLimited):  # only when a wait would exceed discord.py's maximum
        return Failure("rate limited by Discord", retry=True, wait=exc.retry_after)
    if isinstance(exc, discord.HTTPException):
        if exc.status == 401:
            return Failure(f"{reason(exc)}: {unauthorized}", retry=False, permanent=True)
        if exc.status == 429:
            return Failure("rate limited by Discord", retry=True)
        # 400 Invalid Form Body and the like: a bug in Tidings, not worth retrying.
        return Failure(f"Discord refused the message ({reason(exc)}); please report this as a Tidings bug", retry=False)
    if isinstance(exc, asyncio.TimeoutError):
        return Failure("Discord did not answer in time", retry=True)
    if isinstance(exc, aiohttp.ClientError | OSError):
        return Failure(f"cannot reach Discord ({type(exc).__name__}: {exc})", retry=True)
    return None


def reason(exc: discord.HTTPException) -> str:
    text = f"{exc.status} {exc.text or exc.response.reason}".strip()
    return f"{text} (code {exc.code})" if exc.code else text
