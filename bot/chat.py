"""The small interface between the core and a chat platform, and the registry
that finds a platform's adapter by name.

An adapter starts, posts a neutral Digest (rendering it in its platform's
format), turns the platform's commands into neutral Command calls, and closes.
The core knows adapters only through this module: each platform registers a
``Platform`` under the ``tidings.adapters`` entry-point group (see
pyproject.toml), so the core never imports ``adapters/`` and a third party can
add a platform from its own package.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Protocol

from .clock import Clock
from .config import ChannelSettings, Settings
from .humanize import plural
from .models import Command, Digest, Reply

ENTRY_POINT_GROUP = "tidings.adapters"

CommandHandler = Callable[[Command], Awaitable[Reply]]
# Feed names and tags (the settings file's and those added from chat), for a platform's autocomplete.
Suggest = Callable[[], Awaitable[tuple[list[str], list[str]]]]
# Called after each message of a post is confirmed: (its index, the platform's message id).
OnSent = Callable[[int, str], Awaitable[None]]


# A command's answer is at most this many messages on every platform (Slack's
# response_url takes 5); what does not fit is counted in a last line, ``not_shown``.
REPLY_MESSAGES = 5


def not_shown(count: int) -> str:
    """The last line of an answer cut at REPLY_MESSAGES."""
    return f"…and {plural(count, 'more entry', 'more entries')} that do not fit in a reply"


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

    async def start(self, commands: CommandHandler | None = None, *, suggest: Suggest | None = None) -> None:
        """Connect (if the platform needs a connection) and begin answering commands
        (``suggest`` gives the names a platform may offer as the user types)."""

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


class Platform(Protocol):
    """What a chat platform registers: the secrets it needs, and how to make its adapter.
    Registered objects must be cheap to import: the chat library is imported by ``create``."""

    def required_env(self, channel: ChannelSettings, settings: Settings) -> list[str]:
        """The environment variables a channel on this platform needs."""

    def create(self, settings: Settings, clock: Clock, env: Mapping[str, str]) -> Adapter:
        """A new adapter (not started)."""


@functools.cache
def registered_platforms() -> dict[str, str]:
    """Platform name → the entry point that provides it ("module:attribute")."""
    from importlib.metadata import entry_points  # (~15 ms: only the commands that post read it)

    return {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}


@functools.cache
def platform(name: str) -> Platform:
    """The registered platform called ``name``; LookupError with a readable message if none is."""
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP, name=name):
        return ep.load()
    known = ", ".join(sorted(registered_platforms())) or "none: is Tidings installed (pip install -e .)?"
    raise LookupError(f"the {name!r} platform is not available in this installation of Tidings (available: {known})")


def missing_secrets(channel: ChannelSettings, settings: Settings, env: Mapping[str, str] = os.environ) -> list[str]:
    """The environment variables a channel's platform needs and does not have."""
    return [name for name in platform(channel.platform).required_env(channel, settings) if not env.get(name)]


def create_adapter(name: str, settings: Settings, clock: Clock, env: Mapping[str, str] = os.environ) -> Adapter:
    return platform(name).create(settings, clock, env)
