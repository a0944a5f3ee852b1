"""The Slack app: slack-bolt (async) wiring for digests and the /news command.

Thin on purpose: a slash command becomes a neutral ``Command`` (``bot.commands.parse_command``),
the core's handler answers it with a ``Reply``, ``render.py`` turns that into
Block Kit. Every Web API call -- posting, ``auth.test``, ``users.info``,
Socket Mode's ``apps.connections.open`` -- goes through one ``AsyncWebClient``
built on ``[slack].api_base_url``, so tests and proxies see all of it.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.chat import CommandHandler, DeliveryError, Suggest
from bot.clock import Clock
from bot.commands import SPECS, parse_command
from bot.config import ChannelSettings, Settings
from bot.models import Digest, Reply

from ..retry import ProblemLog, post_messages, with_retries
from .errors import WebhookFailed, api_error_code, classify
from .render import render_digest, render_reply

log = logging.getLogger("tidings.slack")

ADMIN_CACHE = timedelta(minutes=5)  # how long a users.info answer about admin rights is trusted
CONNECT_TIMEOUT = 30.0  # seconds for the Socket Mode connection (a bad network hangs otherwise)
REQUEST_TIMEOUT = 30.0  # seconds for one Web API call; a call that takes longer is retried


class SlackAdapter:
    """Posts digests with chat.postMessage and answers the slash command.

    Socket Mode by default (SLACK_BOT_TOKEN + SLACK_APP_TOKEN); HTTP mode
    (SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET) serves bolt on
    ``[slack].http_host:http_port/http_path`` and refuses badly signed or stale requests.
    """

    platform = "slack"

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock,
        env: Mapping[str, str] = os.environ,
        connect_timeout: float = CONNECT_TIMEOUT,
        request_timeout: float = REQUEST_TIMEOUT,
    ):
        self.settings = settings
        self.slack = settings.slack
        self.clock = clock
        self.connect_timeout = connect_timeout
        self.request_timeout = request_timeout
        self._bot_token = env.get("SLACK_BOT_TOKEN", "")
        self._app_token = env.get("SLACK_APP_TOKEN", "")
        self._signing_secret = env.get("SLACK_SIGNING_SECRET", "")
        self.client: AsyncWebClient | None = None
        self.bolt: AsyncApp | None = None
        self.bot_user_id = ""
        self.port: int | None = None  # HTTP mode: the port actually listened on
        self._problems = ProblemLog(log)
        self._commands: CommandHandler | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._runner: web.AppRunner | None = None
        self._admin_cache: dict[str, tuple[bool, datetime]] = {}
        self._inflight: set[asyncio.Task] = set()
        self._warned: set[str] = set()

    # --- lifecycle --------------------------------------------------------------------

    async def start(self, commands: CommandHandler | None = None, *, suggest: Suggest | None = None) -> None:
        """Check the bot token; with a command handler, also connect (Socket Mode) or listen (HTTP).

        Returns once connected. Raises DeliveryError(permanent) with one line
        saying what to fix when a token is refused.
        """
        if commands is not None:
            self._commands = commands
        if self.client is None:
            await self._open_client()
        if self._commands is None or self._socket is not None or self._runner is not None:
            return
        self.bolt = AsyncApp(
            client=self.client,
            signing_secret=self._signing_secret,  # never read from os.environ: the env we were given
            logger=logging.getLogger("tidings.slack.bolt"),
            name="tidings",
        )
        self.bolt.command(self.slack.command)(self._on_command)
        if self.slack.mode == "http":
            await self._listen()
        else:
            await self._connect()

    async def close(self) -> None:
        if self._inflight:  # let answers being sent finish (bounded: response URLs time out)
            await asyncio.wait(list(self._inflight), timeout=10)
        if self._socket is not None:
            await self._socket.close_async()
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _open_client(self) -> None:
        if not self._bot_token:
            raise DeliveryError("SLACK_BOT_TOKEN is not set", permanent=True)
        base = self.slack.api_base_url.rstrip("/") + "/"
        # No slack_sdk retry handlers: retries happen in one place (with_retries), on our clock.
        timeout: Any = self.request_timeout  # (annotated int, used as aiohttp's float)
        client = AsyncWebClient(token=self._bot_token, base_url=base, retry_handlers=[], logger=log, timeout=timeout)
        auth = await with_retries(client.auth_test, classify, clock=self.clock, what="connecting to Slack", attempts=3)
        self.bot_user_id = auth.get("user_id", "")
        self.client = client
        log.info("Slack: signed in as %s in %s", auth.get("user", "?"), auth.get("team", "?"))

    @property
    def _web(self) -> AsyncWebClient:
        assert self.client is not None, "start() signs in first"
        return self.client

    async def _connect(self) -> None:
        if not self._app_token:
            raise DeliveryError(
                "SLACK_APP_TOKEN is not set (Socket Mode needs an app-level xapp- token)", permanent=True
            )
        # slack_sdk retries a refused app token forever; ask once ourselves to fail clearly.
        try:
            await self._web.apps_connections_open(app_token=self._app_token)
        except SlackApiError as exc:
            code = api_error_code(exc) or f"HTTP {exc.response.status_code}"
            raise DeliveryError(
                f"Slack refused SLACK_APP_TOKEN ({code}): create an app-level token with the "
                "connections:write scope (Basic Information → App-Level Tokens) and check that "
                "Socket Mode is on",
                permanent=code in ("invalid_auth", "not_allowed_token_type", "not_authed", "token_revoked"),
            ) from None
        assert self.bolt is not None  # made before connecting
        handler = AsyncSocketModeHandler(self.bolt, self._app_token, logger=logging.getLogger("tidings.slack.socket"))
        try:
            await asyncio.wait_for(handler.connect_async(), self.connect_timeout)
        except TimeoutError:
            await handler.close_async()
            raise DeliveryError(
                f"could not open the Socket Mode connection within {self.connect_timeout:.0f} s"
            ) from None
        self._socket = handler
        log.info("Slack: Socket Mode connected; answering %s", self.slack.command)

    async def _listen(self) -> None:
        if not self._signing_secret:
            raise DeliveryError("SLACK_SIGNING_SECRET is not set (HTTP mode needs it)", permanent=True)
        bolt = self.bolt
        assert bolt is not None  # made before listening

        async def dispatch(request: web.Request) -> web.Response:
            # bolt checks the signature and the timestamp, and answers 401 when they are wrong.
            return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

        app = web.Application()
        app.router.add_post(self.slack.http_path, dispatch)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.slack.http_host, self.slack.http_port).start()
        except OSError as exc:
            await runner.cleanup()
            raise DeliveryError(f"cannot listen on {self.slack.http_host}:{self.slack.http_port}: {exc.strerror}",
                                permanent=True) from None  # fmt: skip
        self._runner = runner
        self.port = runner.addresses[0][1]
        log.info("Slack: HTTP mode, listening on %s:%s%s", self.slack.http_host, self.port, self.slack.http_path)

    # --- posting ------------------------------------------------------------------------

    async def post(self, channel: ChannelSettings, digest: Digest, *, sent=(), on_sent=None) -> list[str]:
        """Post the digest to channel.target, split over several messages (or a thread) if
        it does not fit in one, resuming after the ``sent`` ones. Returns the messages' ts.
        Raises DeliveryError."""
        if self.client is None:
            await self.start(None)
        target = channel.target

        async def send(message: dict, n: int, ts_list: Sequence[str]) -> str:
            kwargs: dict[str, Any] = dict(channel=target, text=message["text"], blocks=message["blocks"],
                                          unfurl_links=False, unfurl_media=False)  # fmt: skip
            if n and self.slack.split == "thread":
                kwargs["thread_ts"] = ts_list[0]
            response = await self._web.chat_postMessage(**kwargs)
            return response["ts"]

        try:
            ts_list = await post_messages(
                render_digest(digest, more_hint=f"{self.slack.command} latest"), send,
                lambda exc: classify(exc, channel=target), clock=self.clock,
                what=f"posting to Slack channel {target} ({channel.name})", sent=sent, on_sent=on_sent,
            )  # fmt: skip
        except DeliveryError as exc:
            self._problems.failed(channel.name, exc)  # logged once per channel and kept for the admin
            raise
        self._problems.worked(channel.name, f"Slack channel {target} ({channel.name}) works again")
        return ts_list

    @property
    def problems(self) -> dict[str, str]:
        """Tidings channel name -> the permanent failure last seen (for the admin)."""
        return self._problems.problems

    # --- the slash command ------------------------------------------------------------------

    async def _on_command(self, ack, command: dict, respond) -> None:
        await ack()  # first: Slack wants an answer within 3 s; the reply follows via response_url
        task = asyncio.current_task()
        if task is not None:
            self._inflight.add(task)
        try:
            reply = await self._answer(command)
            for message in render_reply(reply, now=self.clock.now()):
                await self._respond(respond, message)
        except DeliveryError as exc:
            log.warning("Slack: could not send the answer to %s: %s", self.slack.command, exc)
        finally:
            if task is not None:
                self._inflight.discard(task)

    async def _answer(self, payload: dict) -> Reply:
        command = parse_command(
            payload.get("text", ""), platform="slack", channel=payload.get("channel_id", ""), user=payload.get("user_id", "")
        )  # fmt: skip
        try:
            spec = SPECS.get(command.name)
            if spec is not None and spec.admin:  # users.info only when it matters
                command = replace(command, is_admin=await self.is_admin(command.user))
            if self._commands is None:
                return Reply(text="Tidings is starting up; try again in a moment.", error=True)
            return await self._commands(command)
        except Exception:  # the user gets one line, never a stack trace
            log.exception("Slack: %s %s failed", self.slack.command, command.name)
            return Reply(
                text="Something went wrong on our side; the admin can find the details in the log.", error=True
            )

    async def _respond(self, respond, message: dict) -> None:
        async def send():
            result = await respond(**message)
            if result.status_code != 200:
                raise WebhookFailed(result.status_code, result.body, result.headers.get("Retry-After"))

        await with_retries(send, classify, clock=self.clock, what="answering a slash command", attempts=3)

    async def is_admin(self, user: str) -> bool:
        """Listed in [slack].admins, or a workspace admin/owner (users.info, cached a few minutes)."""
        if not user:
            return False
        if user in self.slack.admins:
            return True
        now = self.clock.now()
        cached = self._admin_cache.get(user)
        if cached is not None and now - cached[1] < ADMIN_CACHE:
            return cached[0]
        try:
            info = (await self._web.users_info(user=user))["user"]
        except Exception as exc:  # fail closed: no admin rights when Slack cannot tell
            code = api_error_code(exc) if isinstance(exc, SlackApiError) else type(exc).__name__
            if (code or "unknown") not in self._warned:
                self._warned.add(code or "unknown")
                hint = " (the app needs the users:read scope)" if code == "missing_scope" else ""
                log.warning("Slack: users.info failed (%s)%s; only [slack].admins count as admins", code, hint)
            return False
        value = bool(info.get("is_admin") or info.get("is_owner") or info.get("is_primary_owner"))
        self._admin_cache[user] = (value, now)
        return value
