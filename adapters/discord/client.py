"""Tidings on Discord: the discord.py wiring.

``DiscordAdapter`` is a bot: it logs in with DISCORD_TOKEN, registers the
``/news`` command group, answers it, and posts digests to channels.
``DiscordWebhookAdapter`` only posts, through an incoming webhook.

What a message looks like is decided in render.py; this module only talks to
Discord. discord.py handles 429 rate limits itself; outages (5xx) are retried
here with backoff through the injected clock (adapters/retry.py), and a channel
the bot cannot post to is logged once, clearly, and told to the next admin who
uses ``/news``.
"""

# No ``from __future__ import annotations`` here: discord.py reads the command
# callbacks' annotations at class creation to build the slash command options.

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from functools import partial

import aiohttp
import discord
import discord.gateway
import discord.http
import yarl
from discord import app_commands

from bot.chat import CommandHandler, DeliveryError, StartError, Suggest
from bot.clock import Clock
from bot.commands import MAX_RESULTS, SPECS, parse_command
from bot.config import ChannelSettings, DiscordSettings, Settings
from bot.models import Command, Digest, Reply

from ..retry import Failure, with_retries
from .render import choices, render_digest, render_reply

log = logging.getLogger("tidings.discord")

NO_MENTIONS = discord.AllowedMentions.none()
REQUEST_TIMEOUT = 30.0  # seconds for one post; a slower one is retried (discord.py's own limit is 5 minutes)
SORRY = "Something went wrong on our side; the admin can find the details in the log."


class DiscordStartError(StartError):
    """The bot could not start: one readable line saying what to do."""


def use_endpoints(settings: DiscordSettings) -> None:
    """Point discord.py at the configured REST API and gateway.

    discord.py has no constructor option for its endpoints: they are class
    attributes, so this is the one place Tidings sets them. ``Route.BASE`` also
    covers webhooks, interaction responses and follow-ups."""
    discord.http.Route.BASE = settings.api_base_url.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


def intents() -> discord.Intents:
    """Guilds only: enough for slash commands, roles and channels; nothing privileged."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    return wanted


def member_is_admin(permissions: discord.Permissions, roles: Iterable, admin_roles: Iterable[str]) -> bool:
    """Manage Server (or Administrator), or a role whose name or id is listed in
    ``[discord] admin_roles``."""
    if permissions.manage_guild or permissions.administrator:
        return True
    listed = {str(r).strip().casefold() for r in admin_roles}
    return any(str(role.id) in listed or role.name.casefold() in listed for role in roles)


# --- classifying failures -----------------------------------------------------------------


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
        return Failure(f"{_reason(exc)}: {hint}", retry=False, permanent=True)
    if isinstance(exc, discord.NotFound):  # 404: 10003 Unknown Channel, 10015 Unknown Webhook
        return Failure(f"{_reason(exc)}: {missing}", retry=False, permanent=True)
    if isinstance(exc, discord.DiscordServerError):
        return Failure(f"Discord is having trouble ({_reason(exc)})", retry=True)
    if isinstance(exc, discord.RateLimited):  # only when a wait would exceed discord.py's maximum
        return Failure("rate limited by Discord", retry=True, wait=exc.retry_after)
    if isinstance(exc, discord.HTTPException):
        if exc.status == 401:
            return Failure(f"{_reason(exc)}: {unauthorized}", retry=False, permanent=True)
        if exc.status == 429:
            return Failure("rate limited by Discord", retry=True)
        # 400 Invalid Form Body and the like: a bug in Tidings, not worth retrying.
        return Failure(f"Discord refused the message ({_reason(exc)}); please report this as a Tidings bug", retry=False)
    if isinstance(exc, asyncio.TimeoutError):
        return Failure("Discord did not answer in time", retry=True)
    if isinstance(exc, aiohttp.ClientError | OSError):
        return Failure(f"cannot reach Discord ({type(exc).__name__}: {exc})", retry=True)
    return None


def _reason(exc: discord.HTTPException) -> str:
    text = f"{exc.status} {exc.text or exc.response.reason}".strip()
    return f"{text} (code {exc.code})" if exc.code else text


_PARTLY_POSTED = re.compile(r" \(\d+ of \d+ messages were posted\)$")


class _ProblemLog:
    """Permanent delivery problems, per destination: logged once, told to an admin
    once, forgotten when a post goes through again."""

    def __init__(self) -> None:
        self.problems: dict[str, str] = {}
        self._untold: set[str] = set()

    def failed(self, key: str, error: DeliveryError) -> None:
        if not error.permanent:
            return  # with_retries has logged each attempt; the app logs the undelivered digest
        problem = _PARTLY_POSTED.sub("", str(error))
        if self.problems.get(key) != problem:
            log.error("%s", problem)
            self._untold.add(key)
        else:
            log.debug("still failing: %s", error)
        self.problems[key] = problem

    def worked(self, key: str) -> None:
        if self.problems.pop(key, None) is not None:
            self._untold.discard(key)
            log.info("%s: posting works again", key)

    def tell(self) -> list[str]:
        told = [self.problems[k] for k in sorted(self._untold) if k in self.problems]
        self._untold.clear()
        return told


async def _post_all(
    messages: list[dict],
    send: Callable[[dict], Awaitable[discord.Message]],
    classifier: Callable[[BaseException], Failure | None],
    *,
    clock: Clock,
    what: str,
    sent: Sequence[str] = (),
    on_sent=None,
    timeout: float = REQUEST_TIMEOUT,
) -> list[str]:
    async def attempt(message: dict) -> discord.Message:
        async with asyncio.timeout(timeout):  # a hung request is retried, not waited on for minutes
            return await send(message)

    ids: list[str] = list(sent)
    for n, message in enumerate(messages):
        if n < len(sent):  # posted in an earlier, interrupted attempt
            continue
        try:
            posted = await with_retries(partial(attempt, message), classifier, clock=clock, what=what)
        except DeliveryError as exc:
            if ids:  # say so: the next digest repeats the part that did arrive
                raise DeliveryError(f"{exc} ({len(ids)} of {len(messages)} messages were posted)",
                                    permanent=exc.permanent) from exc  # fmt: skip
            raise
        ids.append(str(posted.id))
        if on_sent is not None:
            await on_sent(n, ids[-1])
    return ids


def message_nonce(target: int, n: int, message: dict) -> str:
    """The same for the same message to the same channel: sent with ``enforce_nonce``,
    Discord answers a repeat (a retry after a timeout, a resumed post) within a few
    minutes with the message it already has instead of posting it twice."""
    seed = json.dumps([target, n, message], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(seed.encode()).hexdigest()[:25]  # Discord allows 25 characters


def _embeds(message: dict) -> list[discord.Embed]:
    return [discord.Embed.from_dict(embed) for embed in message.get("embeds") or ()]


def _allowed(message: dict) -> discord.AllowedMentions:
    """No pings, except a watchlist post's one configured role."""
    role = message.get("mention_role")
    if not role:
        return NO_MENTIONS
    return discord.AllowedMentions(everyone=False, users=False, roles=[discord.Object(int(role))], replied_user=False)


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
        self._handler: CommandHandler | None = None
        self._suggest: Suggest | None = None  # feed names and tags, for autocomplete
        self._problems = _ProblemLog()

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
        client = self.client = _Client(self, guild_ready_timeout=self._guild_ready_timeout)
        if commands is not None:
            self._handler = commands
            self._suggest = suggest
            guild = discord.Object(self.settings.guild_id) if self.settings.guild_id else None
            client.tree.add_command(NewsGroup(self, self.settings.command), guild=guild)
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
                f"Discord refused to register /{self.settings.command} in {where} ({_reason(exc)}): the bot is not "
                "in that server or was invited without the applications.commands scope; check [discord] guild_id "
                "and invite it again with the link in docs/discord.md"
            ) from None
        except discord.HTTPException as exc:
            raise DiscordStartError(f"registering /{self.settings.command} failed: {_reason(exc)}") from exc

    async def _wait_until_ready(self, client: "_Client") -> None:
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
            raise DiscordStartError(f"the Discord gateway connection failed: {type(error).__name__}: {error}") from error
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
        nonces = {id(m): message_nonce(target, n, m) for n, m in enumerate(messages)}

        async def send(message: dict) -> discord.Message:
            return await destination.send(content=message.get("content"), embeds=_embeds(message),
                                          allowed_mentions=_allowed(message), nonce=nonces[id(message)])  # fmt: skip

        key = f"Discord channel {target} ({channel.name})"
        try:
            ids = await _post_all(messages, send, classifier, clock=self.clock, what=key, sent=sent, on_sent=on_sent,
                                  timeout=self.request_timeout)  # fmt: skip
        except DeliveryError as exc:
            self._problems.failed(key, exc)
            raise
        self._problems.worked(key)
        return ids

    @property
    def problems(self) -> dict[str, str]:
        """Destinations the bot cannot post to, with what to do."""
        return dict(self._problems.problems)

    # --- commands -------------------------------------------------------------------------

    def is_admin(self, interaction: discord.Interaction) -> bool:
        roles = getattr(interaction.user, "roles", ())
        return member_is_admin(interaction.permissions, roles, self.settings.admin_roles)

    async def answer(self, interaction: discord.Interaction, name: str, args: Iterable[str] = (), share: bool = False) -> None:
        """Acknowledge at once (Discord allows 3 s), run the handler, follow up."""
        try:
            # Private unless shared: the first follow-up replaces this "thinking…" message
            # and keeps its visibility.
            await interaction.response.defer(ephemeral=not share, thinking=True)
        except discord.HTTPException as exc:
            log.warning("/%s %s: could not acknowledge the command in time (%s)", self.settings.command, name, _reason(exc))
            return
        is_admin = self.is_admin(interaction)
        command = Command(
            name=name, args=tuple(args), channel=str(interaction.channel_id or ""), user=str(interaction.user.id),
            is_admin=is_admin, platform="discord", share=share,
        )  # fmt: skip
        assert self._handler is not None
        try:
            reply = await self._handler(command)
        except Exception:
            log.exception("/%s %s failed", self.settings.command, name)
            reply = Reply(text=SORRY, error=True)
        await self._follow_up(interaction, reply)
        if is_admin and (told := self._problems.tell()):
            note = "Tidings cannot post everywhere it should:\n" + "\n".join(f"• {p}" for p in told)
            await self._follow_up(interaction, Reply(text=note, error=True))

    async def _follow_up(self, interaction: discord.Interaction, reply: Reply) -> None:
        messages = render_reply(reply, now=self.clock.now(), command=f"/{self.settings.command}")
        try:
            for message in messages:
                kwargs = {"content": message["content"]} if message.get("content") else {}
                await interaction.followup.send(**kwargs, embeds=_embeds(message), ephemeral=reply.ephemeral,
                                                allowed_mentions=NO_MENTIONS, wait=True)  # fmt: skip
        except discord.HTTPException as exc:
            log.error("/%s: the answer could not be sent (%s)", self.settings.command, _reason(exc))

    async def suggest(self, current: str, *, feeds: bool = True, tags: bool = True) -> list[app_commands.Choice[str]]:
        """Autocomplete: feed names and tags from the catalog (settings plus chat)."""
        if self._suggest is None:
            return []
        try:
            feed_names, tag_names = await self._suggest()
        except Exception:  # autocomplete must answer within 3 s, even with nothing
            log.exception("autocomplete failed")
            return []
        feed_names, tag_names = (feed_names if feeds else []), (tag_names if tags else [])
        return [app_commands.Choice(name=n, value=v) for n, v in choices(current, feed_names, tag_names)]


class _Client(discord.Client):
    def __init__(self, adapter: DiscordAdapter, *, guild_ready_timeout: float):
        super().__init__(intents=intents(), allowed_mentions=NO_MENTIONS, guild_ready_timeout=guild_ready_timeout)
        self.adapter = adapter
        self.tree = app_commands.CommandTree(self)
        self.tree.error(self._command_error)
        self.ready = asyncio.Event()

    async def on_ready(self) -> None:
        self.ready.set()

    async def _command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        log.error("/%s failed: %s", interaction.command.qualified_name if interaction.command else "?", error,
                  exc_info=error)  # fmt: skip


# --- the /news group ----------------------------------------------------------------------

SHARE = "show the answer to the whole channel (default: only you see it)"


def _describe(name: str) -> str:
    text = SPECS[name].help
    return (text[:1].upper() + text[1:])[:100]


class NewsGroup(app_commands.Group):
    """The /news subcommands. Each turns its options into a Command for the
    platform-neutral handler (bot/commands.py), which decides everything else."""

    def __init__(self, adapter: DiscordAdapter, name: str):
        super().__init__(name=name, description="News digests from the feeds this server follows", guild_only=True)
        self.adapter = adapter

    @app_commands.command(name="help", description=_describe("help"))
    @app_commands.describe(share=SHARE)
    async def help_(self, interaction: discord.Interaction, share: bool = False) -> None:
        await self.adapter.answer(interaction, "help", (), share)

    @app_commands.command(name="latest", description=_describe("latest"))
    @app_commands.describe(what="a feed or tag (default: this channel's feeds)", count="how many items", share=SHARE)
    async def latest(
        self,
        interaction: discord.Interaction,
        what: str | None = None,
        count: app_commands.Range[int, 1, MAX_RESULTS] | None = None,
        share: bool = False,
    ) -> None:
        args = [a for a in (what and what.strip(), count and str(count)) if a]
        await self.adapter.answer(interaction, "latest", args, share)

    @app_commands.command(name="search", description=_describe("search"))
    @app_commands.describe(query='words; "quoted phrases" and since:7d work', source="only this feed",
                           tag="only feeds with this tag", share=SHARE)  # fmt: skip
    async def search(
        self,
        interaction: discord.Interaction,
        query: str,
        source: str | None = None,
        tag: str | None = None,
        share: bool = False,
    ) -> None:
        parsed = parse_command("search " + query)
        args = list(parsed.args)
        if source:
            args.append(f"source:{source}")
        if tag:
            args.append(f"tag:{tag}")
        await self.adapter.answer(interaction, "search", args, share or parsed.share)

    @app_commands.command(name="feeds", description=_describe("feeds"))
    @app_commands.describe(share=SHARE)
    async def feeds(self, interaction: discord.Interaction, share: bool = False) -> None:
        await self.adapter.answer(interaction, "feeds", (), share)

    @app_commands.command(name="digest", description=_describe("digest"))
    async def digest(self, interaction: discord.Interaction) -> None:
        await self.adapter.answer(interaction, "digest", ())

    @app_commands.command(name="subscribe", description=_describe("subscribe"))
    @app_commands.describe(what="a feed name, a tag, or the URL of a feed")
    async def subscribe(self, interaction: discord.Interaction, what: str) -> None:
        await self.adapter.answer(interaction, "subscribe", (what,))

    @app_commands.command(name="unsubscribe", description=_describe("unsubscribe"))
    @app_commands.describe(what="a feed name or a tag")
    async def unsubscribe(self, interaction: discord.Interaction, what: str) -> None:
        await self.adapter.answer(interaction, "unsubscribe", (what,))

    @app_commands.command(name="status", description=_describe("status"))
    @app_commands.describe(share=SHARE)
    async def status(self, interaction: discord.Interaction, share: bool = False) -> None:
        await self.adapter.answer(interaction, "status", (), share)

    @app_commands.command(name="why", description=_describe("why"))
    @app_commands.describe(url="the article's link", share=SHARE)
    async def why(self, interaction: discord.Interaction, url: str, share: bool = False) -> None:
        await self.adapter.answer(interaction, "why", (url,), share)

    @latest.autocomplete("what")
    @subscribe.autocomplete("what")
    @unsubscribe.autocomplete("what")
    async def _feeds_and_tags(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self.adapter.suggest(current)

    @search.autocomplete("source")
    async def _feeds_only(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self.adapter.suggest(current, tags=False)

    @search.autocomplete("tag")
    async def _tags_only(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self.adapter.suggest(current, feeds=False)


# --- incoming webhooks --------------------------------------------------------------------


class DiscordWebhookAdapter:
    """Digests through a channel's incoming webhook (no bot, no commands). The URL
    comes from the environment variable the channel's ``webhook_env`` names."""

    platform = "discord-webhook"

    def __init__(
        self, settings: Settings, *, clock: Clock, env: Mapping[str, str] = os.environ, request_timeout: float = REQUEST_TIMEOUT
    ):
        self.settings = settings.discord
        self.clock = clock
        self.env = env
        self.request_timeout = request_timeout
        self._session: aiohttp.ClientSession | None = None
        self._problems = _ProblemLog()

    async def start(self, commands: CommandHandler | None = None, *, suggest: Suggest | None = None) -> None:
        use_endpoints(self.settings)
        if self._session is None:
            self._session = aiohttp.ClientSession()

    async def post(self, channel: ChannelSettings, digest: Digest, *, sent=(), on_sent=None) -> list[str]:
        if self._session is None:
            await self.start()
        assert self._session is not None
        name = channel.webhook_env
        key = f"Discord webhook for channel {channel.name!r} (${name})"
        try:
            webhook = discord.Webhook.from_url(self.env.get(name, "").strip(), session=self._session)
        except ValueError:
            error = DeliveryError(f"{key}: ${name} does not hold a Discord webhook URL "
                                  "(https://discord.com/api/webhooks/<id>/<token>)", permanent=True)  # fmt: skip
            self._problems.failed(key, error)
            raise error from None
        classifier = partial(
            classify,
            missing=f"the webhook no longer exists; create a new one (channel settings → Integrations → Webhooks) "
                    f"and put its URL in ${name}",
            forbidden=f"the webhook may not post there; create a new one and put its URL in ${name}",
            no_access=f"the webhook may not post there; create a new one and put its URL in ${name}",
            unauthorized=f"the webhook token in ${name} is wrong; copy the webhook URL again",
        )  # fmt: skip

        async def send(message: dict) -> discord.Message:
            return await webhook.send(content=message.get("content") or discord.utils.MISSING,
                                      embeds=_embeds(message), allowed_mentions=_allowed(message), wait=True)  # fmt: skip

        try:
            ids = await _post_all(render_digest(digest, command=None), send, classifier, clock=self.clock, what=key,
                                  sent=sent, on_sent=on_sent, timeout=self.request_timeout)  # fmt: skip
        except DeliveryError as exc:
            self._problems.failed(key, exc)
            raise
        self._problems.worked(key)
        return ids

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            with contextlib.suppress(Exception):
                await session.close()
