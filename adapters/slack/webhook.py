"""Slack incoming webhooks: digests only, for teams that want no app and no commands.

The URL comes from the environment variable the channel names in ``webhook_env``;
the messages are the same as the app's (``render.render_digest``), with the
same limits and retries. A webhook cannot reply in a thread, so a long digest
always continues in separate messages.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.chat import CommandHandler, DeliveryError, Suggest
from bot.clock import Clock
from bot.config import ChannelSettings, Settings
from bot.models import Digest

from ..retry import with_retries
from .errors import WebhookFailed, classify
from .render import render_digest

log = logging.getLogger("tidings.slack")


class SlackWebhookAdapter:
    platform = "slack-webhook"

    def __init__(self, settings: Settings, *, clock: Clock, env: Mapping[str, str] = os.environ, request_timeout: float = 30.0):
        self.settings = settings
        self.clock = clock
        self.env = env
        self.request_timeout = request_timeout  # seconds for one post; a slower one is retried
        self.problems: dict[str, str] = {}  # channel name -> the permanent failure last seen

    async def start(self, commands: CommandHandler | None = None, *, suggest: Suggest | None = None) -> None:
        return None  # nothing to connect; webhooks cannot receive commands

    async def close(self) -> None:
        return None  # every post opens and closes its own HTTP session

    async def post(self, channel: ChannelSettings, digest: Digest, *, sent=(), on_sent=None) -> list[str]:
        """Post the digest; webhooks return no message ids, so the ids are "webhook:1", "webhook:2", …"""
        url = self.env.get(channel.webhook_env, "")
        if not url:
            raise DeliveryError(f"{channel.webhook_env} is not set: put the channel's incoming-webhook URL in it", permanent=True)
        # No slack_sdk retry handlers: with_retries does it, on the injected clock.
        client = AsyncWebhookClient(url, retry_handlers=[], logger=log, timeout=self.request_timeout)  # type: ignore[arg-type]  # a float works
        ids = list(sent)
        for n, message in enumerate(render_digest(digest), start=1):
            if n <= len(sent):
                continue

            async def send(message=message):
                result = await client.send(text=message["text"], blocks=message["blocks"], unfurl_links=False, unfurl_media=False)
                if result.status_code != 200:
                    raise WebhookFailed(result.status_code, result.body, result.headers.get("Retry-After"))

            try:
                await with_retries(
                    send, lambda exc: classify(exc, channel=channel.webhook_env), clock=self.clock,
                    what=f"posting to the Slack webhook in {channel.webhook_env} ({channel.name})",
                )  # fmt: skip
            except DeliveryError as exc:
                if exc.permanent:
                    if self.problems.get(channel.name) != str(exc):
                        log.error("%s", exc)
                    self.problems[channel.name] = str(exc)
                raise
            ids.append(f"webhook:{n}")
            if on_sent is not None:
                await on_sent(n - 1, ids[-1])
        self.problems.pop(channel.name, None)
        return ids
