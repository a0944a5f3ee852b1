"""Slack incoming webhooks: digests only, for teams that want no app and no commands.

The URL comes from the environment variable the channel names in ``webhook_env``;
the messages are the same as the app's (``render.render_digest``), with the
same limits and retries. A webhook cannot reply in a thread, so a long digest
always continues in separate messages.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence

from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.chat import CommandHandler, DeliveryError, Suggest
from bot.clock import Clock
from bot.config import ChannelSettings, Settings
from bot.models import Digest

from ..retry import ProblemLog, post_messages
from .errors import WebhookFailed, classify
from .render import render_digest

log = logging.getLogger("tidings.slack")


class SlackWebhookAdapter:
    platform = "slack-webhook"

    def __init__(
        self, settings: Settings, *, clock: Clock, env: Mapping[str, str] = os.environ, request_timeout: float = 30.0
    ):
        self.settings = settings
        self.clock = clock
        self.env = env
        self.request_timeout = request_timeout  # seconds for one post; a slower one is retried
        self._problems = ProblemLog(log)

    async def start(self, commands: CommandHandler | None = None, *, suggest: Suggest | None = None) -> None:
        return None  # nothing to connect; webhooks cannot receive commands

    async def close(self) -> None:
        return None  # every post opens and closes its own HTTP session

    async def post(self, channel: ChannelSettings, digest: Digest, *, sent=(), on_sent=None) -> list[str]:
        """Post the digest; webhooks return no message ids, so the ids are "webhook:1", "webhook:2", …"""
        url = self.env.get(channel.webhook_env, "")
        if not url:
            raise DeliveryError(
                f"{channel.webhook_env} is not set: put the channel's incoming-webhook URL in it", permanent=True
            )
        # No slack_sdk retry handlers: with_retries does it, on the injected clock.
        client = AsyncWebhookClient(url, retry_handlers=[], logger=log, timeout=self.request_timeout)  # type: ignore[arg-type]  # a float works

        async def send(message: dict, n: int, _: Sequence[str]) -> str:
            result = await client.send(
                text=message["text"], blocks=message["blocks"], unfurl_links=False, unfurl_media=False
            )
            if result.status_code != 200:
                raise WebhookFailed(result.status_code, result.body, result.headers.get("Retry-After"))
            return f"webhook:{n + 1}"

        try:
            ids = await post_messages(
                render_digest(digest), send, lambda exc: classify(exc, channel=channel.webhook_env), clock=self.clock,
                what=f"posting to the Slack webhook in {channel.webhook_env} ({channel.name})", sent=sent, on_sent=on_sent,
            )  # fmt: skip
        except DeliveryError as exc:
            self._problems.failed(channel.name, exc)
            raise
        self._problems.worked(channel.name)
        return ids

    @property
    def problems(self) -> dict[str, str]:
        """Channel name -> the permanent failure last seen."""
        return self._problems.problems
