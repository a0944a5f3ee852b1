"""The small interface between the core and a chat platform.

An adapter starts, posts a neutral Digest (rendering it in its platform's
format), turns the platform's commands into neutral Command calls, and closes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

from bot.config import ChannelSettings
from bot.models import Command, Digest, Reply

CommandHandler = Callable[[Command], Awaitable[Reply]]
# Called after each message of a post is confirmed: (its index, the platform's message id).
OnSent = Callable[[int, str], Awaitable[None]]


class DeliveryError(Exception):
    """A post that did not go through. One readable line; ``permanent`` when
    retrying cannot help (a missing channel, a missing permission)."""

    def __init__(self, message: str, *, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


class StartError(Exception):
    """An adapter that cannot start (a bad token, a missing permission): one
    readable line saying what to do. The rest of the bot keeps running."""


class Adapter(Protocol):
    platform: str

    async def start(self, commands: CommandHandler | None = None) -> None:
        """Connect (if the platform needs a connection) and begin answering commands."""

    async def post(
        self, channel: ChannelSettings, digest: Digest, *, sent: Sequence[str] = (), on_sent: OnSent | None = None
    ) -> list[str]:
        """Post a digest to the channel; return the platform's message ids (all of them,
        ``sent`` included). Raises DeliveryError.

        A digest can need several messages. ``sent`` holds the ids of the messages
        already posted in an earlier, interrupted attempt: posting resumes after
        them (rendering is deterministic, so message k is the same message).
        ``on_sent`` is awaited after each message, so the delivery log can record
        it before the next one goes out."""

    async def close(self) -> None:
        """Disconnect and release everything."""
