"""Tidings on Discord: the discord.py wiring of the bot.

``DiscordAdapter`` logs in with DISCORD_TOKEN, registers the ``/news``
command group (answered in interactions.py), connects to the gateway, and
posts digests to channels. ``DiscordWebhookAdapter`` (webhook.py) only posts.

What a message looks like is decided in render.py; this module only talks to
Discord. discord.py handles 429 rate limits itself; outages (5xx) are retried
with backoff through the injected clock (adapters/retry.py), and a channel
the bot cannot post to is logged once, clearly, and told to the next admin who
uses ``/news``.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping, Sequence
from functools import partial

import aiohttp
import discord
import discord.gateway
import discord.http
import yarl
from discord import app_commands

from bot.chat import CommandHandler, DeliveryError, Suggest
from bot.clock import Clock
from bot.config import ChannelSettings, DiscordSettings, Settings
from bot.models import Digest

from ..retry import ProblemLog, post_messages
from .errors import DiscordStartError, classify, reason
from .interactions import Interactions, NewsGroup
from .messages import NO_MENTIONS, REQUEST_TIMEOUT, allowed, embeds, message_nonce
from .render import render_digest

log = logging.getLogger("tidings.discord")

_DEFAULTS = DiscordSettings()


def use_endpoints(settings: DiscordSettings) -> None:
    """Point discord.py at a REST API and gateway other than Discord's own (a
    proxy, the fake Discord of the tests).

    discord.py (2.7) has no public option for its endpoints: ``Client`` takes a
    ``connector``, a ``proxy`` (for https, a CONNECT tunnel to discord.com
    itself) and an ``http_trace``, none of which changes the URL; the URLs are
    class attributes (``Route.BASE``, which also covers webhooks, interaction
    responses and follow-ups, and ``DiscordWebSocket.DEFAULT_GATEWAY``). So
    this is the one place Tidings sets them, and only when the settings ask
    for other endpoints: with the defaults, discord.py is left as it is."""
    if settings.api_base_url.rstrip("/") != _DEFAULTS.api_base_url.rstrip("/"):
        discord.http.Route.BASE = settings.api_base_url.rstrip("/")
    if settings.gateway_url != _DEFAULTS.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


def intents() -> discord.Intents:
    """Guilds only: enough for slash commands, roles and channels; nothing privileged."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    return wanted


# --- the bot ------------------------------------------------------------------------------


class DiscordAdapter:
    """The Discord bot: slash commands over the gateway, digests over REST."""

    platform = "discord"

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock,
        env: Mapping[str, str] = os.environ,
        guild_ready_timeout: float = 2.0,
        ready_timeout: float = 60.0,
        request_timeout: float = REQUEST_TIMEOUT,
    ):
        self.settings = settings.discord
        self.clock = clock
        self.request_timeout = request_timeout
        self._token = env.get("DISCORD_TOKEN", "").strip()
        # discord.py waits this long after the last GUILD_CREATE before READY (tests: 0.05 s).
        self._guild_ready_timeout = guild_ready_timeout
        self._ready_timeout = ready_timeout
        self.client: _Client | None = None
        self._task: asyncio.Task | None = None
        self._closing = False
        self._problems = ProblemLog(log)

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self, commands: CommandHandler | None = None, *, suggest: Suggest | None = None) -> None:
        """Log in, register ``/news`` (when given a handler) and connect; returns once
        Discord has sent READY. Raises DiscordStartError with what to do."""
        if self.client is not None:
            return
        if not self._token:
            raise DiscordStartError("DISCORD_TOKEN is not set: copy the bot token from the Developer Portal "
                                    "(Bot → Reset Token) and export DISCORD_TOKEN=…")  # fmt: skip
        use_endpoints(self.settings)
        self._closing = False
        client = self.client = _Client(guild_ready_timeout=self._guild_ready_timeout)
        if commands is not None:
            interactions = Interactions(self.settings, clock=self.clock, handler=commands, suggest=suggest,
                                        problems=self._problems)  # fmt: skip
            guild = discord.Object(self.settings.guild_id) if self.settings.guild_id else None
            client.tree.add_command(NewsGroup(interactions, self.settings.command), guild=guild)
        try:
            await client.login(self._token)
            if commands is not None:
                await self._sync()
        except discord.LoginFailure:
            await self.close()
            raise DiscordStartError("Discord refused the token in DISCORD_TOKEN (401 Unauthorized): copy it again "
                                    "from the Developer Portal (Bot → Reset Token)") from None  # fmt: skip
        except DiscordStartError:
            await self.close()
            raise
        except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:
            await self.close()
            raise DiscordStartError(f"cannot reach the Discord API at {self.settings.api_base_url}: {exc}") from exc
        self._task = asyncio.create_task(client.connect(reconnect=True), name="tidings-discord-gateway")
        await self._wait_until_ready(client)
        self._task.add_done_callback(self._gateway_ended)
        where = f"server {self.settings.guild_id}" if self.settings.guild_id else "every server (global sync)"
        log.info("Discord: connected as %s; /%s registered in %s", client.user, self.settings.command, where)

    async def _sync(self) -> None:
        assert self.client is not None
        guild_id = self.settings.guild_id
        try:
            await self.client.tree.sync(guild=discord.Object(guild_id) if guild_id else None)
        except discord.Forbidden as exc:
            where = f"server {guild_id}" if guild_id else "Discord"
            raise DiscordStartError(
                f"Discord refused to register /{self.settings.command} in {where} ({reason(exc)}): the bot is not "
                "in that server or was invited without the applications.commands scope; check [discord] guild_id "
                "and invite it again with the link in docs/discord.md"
            ) from None
        except discord.HTTPException as exc:
            raise DiscordStartError(f"registering /{self.settings.command} failed: {reason(exc)}") from exc

    async def _wait_until_ready(self, client: _Client) -> None:
        assert self._task is not None
        ready = asyncio.create_task(client.ready.wait())
        done, _ = await asyncio.wait({self._task, ready}, timeout=self._ready_timeout,
                                     return_when=asyncio.FIRST_COMPLETED)  # fmt: skip
        if ready in done:
            return
        ready.cancel()
        await asyncio.gather(ready, return_exceptions=True)
        error = self._task.exception() if self._task.done() and not self._task.cancelled() else None
        await self.close()
        if isinstance(error, discord.PrivilegedIntentsRequired):
            raise DiscordStartError("Discord refused the gateway intents (4014). Tidings needs no privileged "
                                    "intent; is this the Tidings application's token?") from None  # fmt: skip
        if isinstance(error, discord.ConnectionClosed) and error.code == 4004:
            raise DiscordStartError("the Discord gateway refused the token in DISCORD_TOKEN (4004)") from None
        if error is not None:
            raise DiscordStartError(
                f"the Discord gateway connection failed: {type(error).__name__}: {error}"
            ) from error
        raise DiscordStartError(f"no READY from the Discord gateway at {self.settings.gateway_url} "
                                f"within {self._ready_timeout:.0f} s")  # fmt: skip

    def _gateway_ended(self, task: asyncio.Task) -> None:
        if self._closing or task.cancelled():
            return
        error = task.exception()
        log.error("the Discord gateway connection ended%s; /%s is not answered until Tidings restarts "
                  "(digests are still posted)", f": {error}" if error else "", self.settings.command)  # fmt: skip

    async def close(self) -> None:
        self._closing = True
        client, self.client = self.client, None
        task, self._task = self._task, None
        if client is not None:
            await client.close()
        if task is not None:
            try:
                await asyncio.wait_for(task, 10)
            except (Exception, asyncio.CancelledError) as exc:  # it is over either way
                log.debug("the gateway task ended with %r", exc)

    # --- digests --------------------------------------------------------------------------

    async def post(self, channel: ChannelSettings, digest: Digest, *, sent=(), on_sent=None) -> list[str]:
        """Post a digest as embeds, resuming after the ``sent`` messages; returns the
        message ids. Raises DeliveryError."""
        if self.client is None:
            raise DeliveryError(f"channel {channel.name!r}: the Discord bot is not connected")
        try:
            target = int(channel.target)
        except ValueError:
            raise DeliveryError(f"channel {channel.name!r}: target {channel.target!r} is not a Discord channel id "
                                "(a long number: turn on Developer Mode, right-click the channel, Copy Channel ID)",
                                permanent=True) from None  # fmt: skip
        destination = self.client.get_partial_messageable(target)
        classifier = partial(
            classify,
            missing=f"no channel {target} visible to the bot; check `target` of channel {channel.name!r} in the settings",
            forbidden=f"give the bot's role Send Messages and Embed Links in channel {target} "
                      "(Send Messages in Threads for a thread)",
            no_access=f"the bot cannot see channel {target}; give its role View Channel there",
        )  # fmt: skip

        messages = render_digest(digest, command=f"/{self.settings.command}")
        nonces = [message_nonce(target, n, m) for n, m in enumerate(messages)]

        async def send(message: dict, n: int, _: Sequence[str]) -> str:
            posted = await destination.send(content=message.get("content"), embeds=embeds(message),
                                            allowed_mentions=allowed(message), nonce=nonces[n])  # fmt: skip
            return str(posted.id)

        key = f"Discord channel {target} ({channel.name})"
        try:
            ids = await post_messages(messages, send, classifier, clock=self.clock, what=key, sent=sent, on_sent=on_sent,
                                      timeout=self.request_timeout, say_how_many=True)  # fmt: skip
        except DeliveryError as exc:
            self._problems.failed(key, exc)
            raise
        self._problems.worked(key)
        return ids

    @property
    def problems(self) -> dict[str, str]:
        """Destinations the bot cannot post to, with what to do."""
        return dict(self._problems.problems)


class _Client(discord.Client):
    def __init__(self, *, guild_ready_timeout: float):
        super().__init__(intents=intents(), allowed_mentions=NO_MENTIONS, guild_ready_timeout=guild_ready_timeout)
        self.tree = app_commands.CommandTree(self)
        self.tree.error(self._command_error)
        self.ready = asyncio.Event()

    async def on_ready(self) -> None:
        self.ready.set()

    async def _command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        log.error("/%s failed: %s", interaction.command.qualified_name if interaction.command else "?", error,
                  exc_info=error)  # fmt: skip
