"""Discord digests through a channel's incoming webhook: no bot, no commands."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Mapping, Sequence
from functools import partial

import aiohttp
import discord

from bot.chat import CommandHandler, DeliveryError, Suggest
from bot.clock import Clock
from bot.config import ChannelSettings, Settings
from bot.models import Digest

from ..retry import ProblemLog, post_messages
from .client import use_endpoints
from .errors import classify
from .messages import REQUEST_TIMEOUT, allowed, embeds
from .render import render_digest

log = logging.getLogger("tidings.discord")


class DiscordWebhookAdapter:
    """Digests through a channel's incoming webhook (no bot, no commands). The URL
    comes from the environment variable the channel's ``webhook_env`` names."""

    platform = "discord-webhook"

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock,
        env: Mapping[str, str] = os.environ,
        request_timeout: float = REQUEST_TIMEOUT,
    ):
        self.settings = settings.discord
        self.clock = clock
        self.env = env
        self.request_timeout = request_timeout
        self._session: aiohttp.ClientSession | None = None
        self._problems = ProblemLog(log)

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

        async def send(message: dict, n: int, _: Sequence[str]) -> str:
            posted = await webhook.send(content=message.get("content") or discord.utils.MISSING,
                                        embeds=embeds(message), allowed_mentions=allowed(message), wait=True)  # fmt: skip
            return str(posted.id)

        try:
            ids = await post_messages(render_digest(digest, command=None), send, classifier, clock=self.clock, what=key,
                                      sent=sent, on_sent=on_sent, timeout=self.request_timeout, say_how_many=True)  # fmt: skip
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
