"""A local fake Discord (REST API v10 + gateway websocket) for tests.

It speaks enough of Discord's wire protocol that the *real*, unmodified discord.py 2.x
``discord.Client`` / ``commands.Bot`` with an ``app_commands.CommandTree`` logs in,
connects to the gateway, syncs slash commands, receives interactions, answers them and
posts messages.  Everything is recorded for assertions; nothing sleeps for real.

Pointing discord.py at the fake (see :func:`point_discord_py_at`)::

    discord.http.Route.BASE = fake.api_base                              # REST *and* webhooks
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)

``discord.webhook.async_`` builds its URLs with the same ``discord.http.Route`` class, so
``Route.BASE`` also covers interaction callbacks, follow-ups and incoming webhooks.
``discord.Webhook.from_url`` only *parses* the URL (it insists on ``discord.com``, a
17-20 digit id and a 60+ character token) and then sends through ``Route.BASE``, so use
``IncomingWebhook.discord_url`` with it; raw HTTP clients should post to ``IncomingWebhook.url``.

Wire facts this fake relies on (checked against discord.py 2.7 source):

* ``Client.connect`` never calls ``GET /gateway``: it connects to ``DEFAULT_GATEWAY`` with
  ``?v=10&encoding=json&compress=zlib-stream`` (``zstd-stream`` if ``zstandard`` is installed)
  and later reconnects/resumes to READY's ``resume_gateway_url``.  ``AutoShardedClient`` uses
  the ``url`` from ``GET /gateway/bot``.  The fake answers with its own URLs everywhere.
* zlib-stream is honoured (one deflate context per connection, frames end in Z_SYNC_FLUSH);
  any other ``compress`` value gets plain text frames, which discord.py always accepts.
* A JSON response must carry exactly ``Content-Type: application/json`` (discord.py compares
  the header string) and a 429 must carry a ``Via`` header or discord.py treats it as a
  Cloudflare ban and raises instead of retrying.
* Client-side waits that are *not* the fake's: ``on_ready``/``wait_until_ready`` fire only
  ``guild_ready_timeout`` (default 2 s) after the last GUILD_CREATE, so tests pass
  ``guild_ready_timeout=0.05`` to the Client; ``Client.before_identify_hook`` sleeps 5 s before
  every non-initial IDENTIFY (after an invalidated session), RESUME does not; discord.py
  sleeps 1 + 2*try seconds on REST 500/502/504/524 (webhooks/interactions: on any 5xx) and
  ``retry_after`` seconds (JSON body, not the header) on 429.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import hashlib
import itertools
import json
import math
import re
import secrets
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

# --- Discord limits ---------------------------------------------------------------------
# https://discord.com/developers/docs/resources/message#embed-object-embed-limits
# https://discord.com/developers/docs/resources/message#create-message (content, embeds)
MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_EMBED_TITLE = 256
MAX_EMBED_DESCRIPTION = 4096
MAX_EMBED_FIELDS = 25
MAX_FIELD_NAME = 256
MAX_FIELD_VALUE = 1024
MAX_FOOTER_TEXT = 2048
MAX_AUTHOR_NAME = 256
# sum over all embeds of title + description + field names/values + footer text + author name
MAX_EMBEDS_TOTAL = 6000
# https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete
MAX_AUTOCOMPLETE_CHOICES = 25
MAX_CHOICE_NAME = 100
MAX_CHOICE_VALUE = 100
# https://discord.com/developers/docs/resources/webhook#execute-webhook
MAX_WEBHOOK_USERNAME = 80
# https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
# Seconds; later callbacks get 404 Unknown interaction. Measured with FakeDiscord's ``clock``,
# real time.monotonic by default: this is a real-time bound on purpose (the bot must answer
# within Discord's 3 s, and a test clock would not see a slow handler). A test that needs
# a late answer sets its own clock (test_fake_discord.py::test_late_callback_is_flagged).
INTERACTION_CALLBACK_DEADLINE = 3.0
INTERACTION_TOKEN_LIFETIME = 15 * 60.0

# --- ids and permissions ----------------------------------------------------------------
DISCORD_EPOCH_MS = 1420070400000
DEFAULT_TOKEN = "fake-bot-token"
DEFAULT_APPLICATION_ID = 1100000000000000001
DEFAULT_GUILD_ID = 1200000000000000002
DEFAULT_CHANNEL_ID = 1300000000000000003
DEFAULT_USER_ID = 1400000000000000004

VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
USE_APPLICATION_COMMANDS = 1 << 31
DEFAULT_MEMBER_PERMISSIONS = (
    VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS
)
DEFAULT_BOT_PERMISSIONS = DEFAULT_MEMBER_PERMISSIONS

# gateway intents (https://discord.com/developers/docs/events/gateway#list-of-intents)
INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_PRESENCES = 1 << 8
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_MESSAGE_CONTENT = 1 << 15
PRIVILEGED_INTENTS = INTENT_GUILD_MEMBERS | INTENT_GUILD_PRESENCES | INTENT_MESSAGE_CONTENT

EPHEMERAL = 1 << 6

# gateway opcodes
OP_DISPATCH, OP_HEARTBEAT, OP_IDENTIFY, OP_PRESENCE = 0, 1, 2, 3
OP_RESUME, OP_RECONNECT, OP_REQUEST_MEMBERS, OP_INVALID_SESSION = 6, 7, 8, 9
OP_HELLO, OP_HEARTBEAT_ACK = 10, 11

# interaction types / callback types
APPLICATION_COMMAND, APPLICATION_COMMAND_AUTOCOMPLETE = 2, 4
CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, AUTOCOMPLETE_RESULT, MODAL = 4, 5, 8, 9

_OPTION_TYPES = {str: 3, bool: 5, int: 4, float: 10}


# --- recorded events ----------------------------------------------------------------------
@dataclass
class RestCall:
    """One REST request as received (also the ones that were refused)."""

    method: str
    path: str  # relative to the API base, e.g. "/channels/123/messages"
    query: dict[str, str]
    json: Any  # parsed JSON body, or the multipart ``payload_json``; None without a body
    headers: dict[str, str]
    time: float
    files: list[str] = field(default_factory=list)
    status: int | None = None  # filled in once answered


@dataclass
class Message:
    """An accepted channel message (bot REST post or incoming webhook execution)."""

    id: int
    channel_id: int
    content: str | None
    embeds: list[dict]
    allowed_mentions: dict | None
    flags: int = 0
    webhook_id: int | None = None
    username: str | None = None
    files: list[str] = field(default_factory=list)
    payload: dict = field(default_factory=dict)
    edits: int = 0
    deleted: bool = False


@dataclass
class InteractionResponse:
    """An interaction callback, follow-up, or edit/delete of a response message."""

    interaction_id: str
    kind: str  # "callback" | "followup" | "edit_original" | "edit_followup" | "delete_original"
    type: int | None  # callback type (4 message, 5 defer, 8 autocomplete, 9 modal); None otherwise
    data: dict
    delay: float  # seconds between the INTERACTION_CREATE and this request (fake's clock)
    ephemeral: bool = False
    message_id: int | None = None
    late: bool = False
    replaces_deferred: bool = False  # first follow-up after a defer edits the "thinking" message

    @property
    def content(self) -> str | None:
        return self.data.get("content")

    @property
    def embeds(self) -> list[dict]:
        return self.data.get("embeds") or []

    @property
    def choices(self) -> list[dict]:
        return self.data.get("choices") or []

    @property
    def allowed_mentions(self) -> dict | None:
        return self.data.get("allowed_mentions")


@dataclass
class Rejected:
    """A request the fake refused, with Discord's status/code and a human reason."""

    method: str
    path: str
    status: int
    code: int
    reason: str
    body: dict
    time: float


@dataclass
class IncomingWebhook:
    id: int
    token: str
    channel_id: int
    name: str
    url: str  # the fake's own URL, for raw HTTP clients
    discord_url: str  # https://discord.com/api/webhooks/..., for discord.Webhook.from_url


@dataclass
class GatewayConnection:
    path: str
    query: dict[str, str]
    compressed: bool
    session_id: str | None = None
    resumed: bool = False
    closed: bool = False


@dataclass
class GatewayOp:
    """A payload the client sent over the gateway."""

    op: int
    d: Any
    connection: int  # index into FakeDiscord.gateway_connections
    time: float


@dataclass
class SentInteraction:
    id: str
    token: str
    type: int
    name: str
    payload: dict
    sent_at: float
    callback: InteractionResponse | None = None
    original_message_id: int | None = None
    deferred_pending: bool = False  # defer() done, "thinking" message not yet replaced
    refused: list[str] = field(default_factory=list)  # reasons callbacks were refused


@dataclass
class _FailRule:
    method: str
    pattern: str
    status: int
    retry_after: float | None
    times: int
    code: int | None
    message: str | None
    is_global: bool


@dataclass
class _Session:
    id: str
    intents: int
    shard: tuple[int, int] | None
    seq: int = 0
    buffer: list[dict] = field(default_factory=list)
    conn: _Connection | None = None


class _Connection:
    def __init__(self, ws: web.WebSocketResponse, index: int, compress: str | None) -> None:
        self.ws = ws
        self.index = index
        self.session: _Session | None = None
        self._deflate = zlib.compressobj() if compress == "zlib-stream" else None
        self._lock = asyncio.Lock()

    @property
    def compressed(self) -> bool:
        return self._deflate is not None

    async def send(self, payload: dict) -> None:
        text = json.dumps(payload)
        async with self._lock:
            if self.ws.closed:
                return
            if self._deflate is not None:
                data = self._deflate.compress(text.encode()) + self._deflate.flush(zlib.Z_SYNC_FLUSH)
                await self.ws.send_bytes(data)
            else:
                await self.ws.send_str(text)


class _Refuse(Exception):  # noqa: N818 - control flow: answer with a Discord error
    def __init__(self, status: int, code: int, message: str, reason: str, errors: dict | None = None):
        super().__init__(reason)
        self.status = status
        self.code = code
        self.message = message
        self.reason = reason
        self.errors = errors


def _form_error(path: list[str | int], code: str, message: str) -> dict:
    """Discord's nested ``errors`` object: {"embeds": {"0": {"title": {"_errors": [...]}}}}."""
    node: dict = {"_errors": [{"code": code, "message": message}]}
    for key in reversed(path):
        node = {str(key): node}
    return node


def _too_long(path: list[str | int], limit: int) -> tuple[str, dict]:
    dotted = ".".join(str(p) for p in path)
    return (
        f"{dotted} is longer than {limit}",
        _form_error(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length."),
    )


def _invalid_form(reason: str, errors: dict) -> _Refuse:
    return _Refuse(400, 50035, "Invalid Form Body", reason, errors)


def check_message(payload: Any, *, partial: bool = False, files: int = 0) -> None:
    """Raise :class:`_Refuse` if ``payload`` breaks Discord's message limits.

    ``partial`` is for edits (PATCH), where an absent field means "unchanged".
    Lengths are counted in Python characters (code points).
    """
    if not isinstance(payload, dict):
        raise _invalid_form(
            "body is not a JSON object",
            _form_error([], "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType"),
        )
    content = payload.get("content")
    if content is not None and not isinstance(content, str):
        raise _invalid_form(
            "content is not a string",
            _form_error(["content"], "BASE_TYPE_STRING", "Could not interpret value as string."),
        )
    if content and len(content) > MAX_CONTENT:
        raise _invalid_form(*_too_long(["content"], MAX_CONTENT))
    embeds = payload.get("embeds") or []
    if len(embeds) > MAX_EMBEDS:
        raise _invalid_form(*_too_long(["embeds"], MAX_EMBEDS))
    total = 0
    for i, embed in enumerate(embeds):
        limits = [
            (["title"], embed.get("title"), MAX_EMBED_TITLE),
            (["description"], embed.get("description"), MAX_EMBED_DESCRIPTION),
            (["footer", "text"], (embed.get("footer") or {}).get("text"), MAX_FOOTER_TEXT),
            (["author", "name"], (embed.get("author") or {}).get("name"), MAX_AUTHOR_NAME),
        ]
        fields = embed.get("fields") or []
        if len(fields) > MAX_EMBED_FIELDS:
            raise _invalid_form(*_too_long(["embeds", i, "fields"], MAX_EMBED_FIELDS))
        for j, fld in enumerate(fields):
            for key, limit in (("name", MAX_FIELD_NAME), ("value", MAX_FIELD_VALUE)):
                if not fld.get(key):
                    raise _invalid_form(
                        f"embeds.{i}.fields.{j}.{key} is required",
                        _form_error(
                            ["embeds", i, "fields", j, key],
                            "BASE_TYPE_REQUIRED",
                            "This field is required",
                        ),
                    )
                limits.append((["fields", j, key], fld[key], limit))
        for sub_path, value, limit in limits:
            if value is None:
                continue
            text = str(value)
            if len(text) > limit:
                raise _invalid_form(*_too_long(["embeds", i, *sub_path], limit))
            total += len(text)
    if total > MAX_EMBEDS_TOTAL:
        raise _invalid_form(
            f"embeds total size {total} exceeds {MAX_EMBEDS_TOTAL}",
            _form_error(
                ["embeds"],
                "MAX_EMBED_SIZE_EXCEEDED",
                f"Embed size exceeds maximum size of {MAX_EMBEDS_TOTAL}",
            ),
        )
    if partial:
        return
    has_body = bool(content) or bool(embeds) or files > 0
    has_body = has_body or any(payload.get(k) for k in ("components", "sticker_ids", "poll", "attachments"))
    if not has_body:
        raise _Refuse(
            400,
            50006,
            "Cannot send an empty message",
            "empty message: no content, embeds, files or components",
        )


def check_autocomplete(data: Any) -> None:
    choices = (data or {}).get("choices")
    if not isinstance(choices, list):
        raise _invalid_form(
            "data.choices missing",
            _form_error(["data", "choices"], "BASE_TYPE_REQUIRED", "This field is required"),
        )
    if len(choices) > MAX_AUTOCOMPLETE_CHOICES:
        raise _invalid_form(*_too_long(["data", "choices"], MAX_AUTOCOMPLETE_CHOICES))
    for i, choice in enumerate(choices):
        name = choice.get("name") or ""
        if not 1 <= len(name) <= MAX_CHOICE_NAME:
            raise _invalid_form(
                f"data.choices.{i}.name must be 1-{MAX_CHOICE_NAME} characters, got {len(name)}",
                _form_error(
                    ["data", "choices", i, "name"],
                    "BASE_TYPE_BAD_LENGTH",
                    f"Must be between 1 and {MAX_CHOICE_NAME} in length.",
                ),
            )
        value = choice.get("value")
        if isinstance(value, str) and len(value) > MAX_CHOICE_VALUE:
            raise _invalid_form(*_too_long(["data", "choices", i, "value"], MAX_CHOICE_VALUE))


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _user_payload(user_id: int, name: str, *, bot: bool = False) -> dict:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": None if bot else name.title(),
        "avatar": None,
        "bot": bot,
        "system": False,
        "public_flags": 0,
        "flags": 0,
        "banner": None,
        "accent_color": None,
    }


# --- the fake -------------------------------------------------------------------------------
class FakeDiscord:
    """Fake Discord REST + gateway on 127.0.0.1 (random port). Use ``async with``."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        application_id: int = DEFAULT_APPLICATION_ID,
        bot_user_id: int | None = None,
        guild_id: int = DEFAULT_GUILD_ID,
        channels: dict[int, str] | None = None,
        members: dict[int, str] | None = None,
        *,
        roles: dict[int, str] | None = None,
        bot_name: str = "Tidings",
        guild_name: str = "Tidings Test Guild",
        bot_permissions: int = DEFAULT_BOT_PERMISSIONS,
        allow_privileged_intents: bool = False,
        heartbeat_interval_ms: int = 41250,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token = token
        self.application_id = application_id
        self.bot_user_id = bot_user_id if bot_user_id is not None else application_id
        self.guild_id = guild_id
        self.channels = dict(channels if channels is not None else {DEFAULT_CHANNEL_ID: "news"})
        self.members = dict(members if members is not None else {DEFAULT_USER_ID: "alice"})
        self.roles = dict(roles or {})
        self.bot_name = bot_name
        self.guild_name = guild_name
        self.bot_permissions = bot_permissions
        self.allow_privileged_intents = allow_privileged_intents
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.clock = clock

        # recorded
        self.requests: list[RestCall] = []
        self.messages: list[Message] = []
        self.interaction_responses: list[InteractionResponse] = []
        self.interactions: dict[str, SentInteraction] = {}
        self.synced_commands: dict[int | str, list[dict]] = {}
        self.rejected: list[Rejected] = []
        self.late: list[InteractionResponse] = []
        self.gateway_connections: list[GatewayConnection] = []
        self.gateway_ops: list[GatewayOp] = []
        self.webhooks: dict[int, IncomingWebhook] = {}

        self._fail_rules: list[_FailRule] = []
        self._sessions: dict[str, _Session] = {}
        self._conns: list[_Connection] = []
        self._command_ids: dict[tuple[int | str, str, int], int] = {}
        self._interaction_messages: dict[int, dict] = {}
        self._counter = itertools.count(1)
        self._cond = asyncio.Condition()
        self._bg: set[asyncio.Task] = set()
        self._runner: web.AppRunner | None = None
        self.port: int | None = None
        self._routes = self._build_routes()

    # --- lifecycle -------------------------------------------------------------------------
    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def resume_gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway/resume"

    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/gateway/resume", self._gateway)
        app.router.add_route("*", "/api/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        return self

    async def close(self) -> None:
        if self._runner is None:
            return
        for conn in list(self._conns):
            with contextlib.suppress(Exception):
                await conn.ws.close(code=1001, message=b"fake discord shutting down")
        for task in list(self._bg):
            task.cancel()
        await asyncio.gather(*self._bg, return_exceptions=True)
        runner, self._runner = self._runner, None
        await runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # --- test controls ---------------------------------------------------------------------
    def fail_next(
        self,
        method: str,
        path_pattern: str,
        *,
        status: int,
        retry_after: float | None = None,
        times: int = 1,
        code: int | None = None,
        message: str | None = None,
        is_global: bool = False,
    ) -> None:
        """Answer the next ``times`` matching requests with an error instead of handling them.

        ``method`` is an HTTP method or "*"; ``path_pattern`` is an fnmatch glob on the path
        relative to the API base ("/channels/*/messages", "/interactions/*").  429 looks like
        Discord's (JSON body with ``retry_after`` + X-RateLimit-*/Retry-After/Via headers, so
        discord.py sleeps ``retry_after`` and retries); keep ``retry_after`` tiny (0.01).
        Defaults: 403 -> 50013 Missing Permissions, 404 -> 10003 Unknown Channel.
        """
        if status == 429 and retry_after is None:
            retry_after = 0.01
        self._fail_rules.append(
            _FailRule(method.upper(), path_pattern, status, retry_after, times, code, message, is_global)
        )

    def add_webhook(self, channel_id: int | None = None, name: str = "Tidings") -> IncomingWebhook:
        """Create an incoming webhook for ``channel_id`` (default: first channel)."""
        channel_id = channel_id if channel_id is not None else next(iter(self.channels))
        wid, token = self._snowflake(), secrets.token_urlsafe(51)
        hook = IncomingWebhook(
            id=wid,
            token=token,
            channel_id=channel_id,
            name=name,
            url=f"{self.api_base}/webhooks/{wid}/{token}",
            discord_url=f"https://discord.com/api/webhooks/{wid}/{token}",
        )
        self.webhooks[wid] = hook
        return hook

    def drop_gateway(self, code: int = 4000, *, invalidate_session: bool = False) -> asyncio.Task:
        """Close every gateway websocket (fault injection). discord.py reconnects and RESUMEs
        to ``resume_gateway_url``; with ``invalidate_session`` the RESUME is answered with
        op 9 so the client must IDENTIFY again. Returns a task you may await."""
        if invalidate_session:
            self._sessions.clear()
        conns = list(self._conns)

        async def _drop() -> None:
            for conn in conns:
                with contextlib.suppress(Exception):
                    await conn.ws.close(code=code, message=b"dropped by test")

        return self._spawn(_drop())

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Wait until ``predicate()`` is truthy (re-checked on every recorded event)."""
        async with self._cond:
            try:
                return await asyncio.wait_for(self._cond.wait_for(predicate), timeout)
            except TimeoutError:
                raise TimeoutError(f"condition not met within {timeout}s; {self.summary()}") from None

    async def wait_until_connected(self, timeout: float = 5.0) -> str:
        """Wait for an identified (or resumed) gateway session; return its session id."""

        def connected() -> str | None:
            return next((s.id for s in self._sessions.values() if s.conn is not None), None)

        return await self.wait_for(connected, timeout)

    async def wait_for_response(
        self, interaction_id: str, timeout: float = 5.0, *, allow_late: bool = False
    ) -> InteractionResponse:
        """Wait for the first callback of an interaction and return it.

        A callback later than 3 s (by ``clock``) is refused like Discord does (404 Unknown
        interaction), recorded in ``late``/``rejected``, and makes this raise AssertionError
        unless ``allow_late``. A refused callback (limits, wrong type) raises AssertionError
        with the reason right away instead of timing out."""

        inter = self.interactions[interaction_id]

        def first() -> InteractionResponse | str | None:
            if inter.callback is not None:
                return inter.callback
            late = next((r for r in self.late if r.interaction_id == interaction_id), None)
            return late or (inter.refused[0] if inter.refused else None)

        response = await self.wait_for(first, timeout)
        if isinstance(response, str):
            raise AssertionError(f"interaction {interaction_id}: callback refused: {response}")
        if response.late and not allow_late:
            raise AssertionError(
                f"interaction {interaction_id} answered after {response.delay:.2f}s "
                f"(> {INTERACTION_CALLBACK_DEADLINE}s): Discord would have failed it"
            )
        return response

    def summary(self) -> str:
        calls = ", ".join(f"{c.method} {c.path} -> {c.status}" for c in self.requests[-8:])
        rejected = "; ".join(f"{r.method} {r.path}: {r.reason}" for r in self.rejected[-4:])
        return f"last requests: [{calls}]; rejected: [{rejected}]"

    # --- interactions ------------------------------------------------------------------------
    async def send_slash_command(
        self,
        name: str,
        options: list[dict] | None = None,
        *,
        user_id: int | None = None,
        permissions: int = DEFAULT_MEMBER_PERMISSIONS,
        roles: tuple[int, ...] | list[int] = (),
        channel_id: int | None = None,
    ) -> str:
        """Inject an INTERACTION_CREATE (type 2) for a synced chat-input command.

        ``name`` is the top-level command, or a space-separated path ("news search") in
        which case ``options`` are the leaf subcommand's options.  Options are Discord's
        wire dicts ({"name", "value"} / {"name", "type": 1, "options": [...]}); a missing
        "type" is filled in from the synced command.  Returns the interaction id."""
        return await self._send_interaction(
            APPLICATION_COMMAND, name, options or [], user_id, permissions, roles, channel_id
        )

    async def send_autocomplete(
        self,
        name: str,
        options: list[dict],
        *,
        user_id: int | None = None,
        permissions: int = DEFAULT_MEMBER_PERMISSIONS,
        roles: tuple[int, ...] | list[int] = (),
        channel_id: int | None = None,
    ) -> str:
        """Inject an APPLICATION_COMMAND_AUTOCOMPLETE (type 4). Exactly one option (at any
        depth) must carry ``"focused": True``; its value is the partial text typed so far."""
        return await self._send_interaction(
            APPLICATION_COMMAND_AUTOCOMPLETE, name, options, user_id, permissions, roles, channel_id
        )

    async def _send_interaction(
        self,
        itype: int,
        name: str,
        options: list[dict],
        user_id: int | None,
        permissions: int,
        roles: tuple[int, ...] | list[int],
        channel_id: int | None,
    ) -> str:
        path = name.split()
        scope, command = self._find_command(path[0])
        for sub in reversed(path[1:]):
            options = [{"name": sub, "options": options}]
        autocomplete = itype == APPLICATION_COMMAND_AUTOCOMPLETE
        options = self._normalize_options(command.get("options", []), options, autocomplete, path[0])
        if autocomplete and self._count_focused(options) != 1:
            raise ValueError("autocomplete needs exactly one option with 'focused': True")

        user_id = user_id if user_id is not None else next(iter(self.members))
        if user_id not in self.members:
            raise ValueError(f"unknown member {user_id}; known: {list(self.members)}")
        unknown_roles = [r for r in roles if r not in self.roles]
        if unknown_roles:
            raise ValueError(f"unknown roles {unknown_roles}; pass roles={{id: name}} to FakeDiscord")
        required = command.get("default_member_permissions")
        if required is not None and not permissions & ADMINISTRATOR and (int(required) & permissions) != int(required):
            raise PermissionError(
                f"/{path[0]} requires permissions {required}; Discord does not let this user invoke it"
            )
        channel_id = channel_id if channel_id is not None else next(iter(self.channels))
        if channel_id not in self.channels:
            raise ValueError(f"unknown channel {channel_id}")

        iid, token = str(self._snowflake()), "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48)
        data: dict[str, Any] = {
            "id": str(command["id"]),
            "name": command["name"],
            "type": 1,
            "options": options,
        }
        if scope != "global":
            data["guild_id"] = str(scope)
        resolved = self._resolved_for(options)
        if resolved:
            data["resolved"] = resolved
        payload = {
            "id": iid,
            "application_id": str(self.application_id),
            "type": itype,
            "data": data,
            "guild_id": str(self.guild_id),
            "guild": {"id": str(self.guild_id), "locale": "en-US", "features": []},
            "channel_id": str(channel_id),
            "channel": {**self._channel_payload(channel_id), "permissions": str(permissions)},
            "member": self._member_payload(user_id, roles, permissions),
            "token": token,
            "version": 1,
            "app_permissions": str(self.bot_permissions),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(self.guild_id)},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        self.interactions[iid] = SentInteraction(iid, token, itype, " ".join(path), payload, self.clock())
        await self._dispatch("INTERACTION_CREATE", payload)
        return iid

    def _find_command(self, name: str) -> tuple[int | str, dict]:
        for scope in (self.guild_id, "global"):
            for cmd in self.synced_commands.get(scope, []):
                if cmd["name"] == name and cmd.get("type", 1) == 1:
                    return scope, cmd
        raise LookupError(f"/{name} is not synced (synced: {self._synced_names()}); call tree.sync() first")

    def _synced_names(self) -> dict:
        return {scope: [c["name"] for c in cmds] for scope, cmds in self.synced_commands.items()}

    def _normalize_options(self, schema: list[dict], given: list[dict], autocomplete: bool, where: str) -> list[dict]:
        by_name = {opt["name"]: opt for opt in schema}
        result = []
        for opt in given:
            spec = by_name.get(opt["name"])
            if spec is None:
                raise ValueError(f"{where}: unknown option {opt['name']!r}; expected one of {list(by_name)}")
            out = {**opt, "type": opt.get("type", spec["type"])}
            if out["type"] != spec["type"]:
                raise ValueError(f"{where} {opt['name']}: type {out['type']} != synced type {spec['type']}")
            if out["type"] in (1, 2):
                out["options"] = self._normalize_options(
                    spec.get("options", []),
                    opt.get("options", []),
                    autocomplete,
                    f"{where} {opt['name']}",
                )
            elif not autocomplete:
                choices = [c["value"] for c in spec.get("choices", [])]
                if choices and out.get("value") not in choices:
                    raise ValueError(f"{where} {opt['name']}: {out.get('value')!r} is not one of {choices}")
            elif out.get("focused") and not spec.get("autocomplete"):
                raise ValueError(f"{where} {opt['name']}: option has no autocomplete in the synced command")
            result.append(out)
        has_sub = any(o.get("type") in (1, 2) for o in schema)
        if not autocomplete and not has_sub:
            missing = [o["name"] for o in schema if o.get("required") and o["name"] not in {g["name"] for g in given}]
            if missing:
                raise ValueError(f"{where}: missing required options {missing}")
        if has_sub and len(result) != 1:
            raise ValueError(f"{where}: pick exactly one subcommand of {list(by_name)}")
        return result

    def _count_focused(self, options: list[dict]) -> int:
        return sum(self._count_focused(o.get("options", [])) + bool(o.get("focused")) for o in options)

    def _resolved_for(self, options: list[dict]) -> dict:
        resolved: dict[str, dict] = {}
        for opt in options:
            if opt.get("type") in (1, 2):
                for key, values in self._resolved_for(opt.get("options", [])).items():
                    resolved.setdefault(key, {}).update(values)
                continue
            value = opt.get("value")
            if value is None or opt.get("focused"):
                continue
            if opt["type"] == 7 and int(value) in self.channels:  # channel
                resolved.setdefault("channels", {})[str(value)] = {
                    **self._channel_payload(int(value)),
                    "permissions": str(DEFAULT_MEMBER_PERMISSIONS),
                }
            elif opt["type"] in (6, 9) and int(value) in self.members:  # user / mentionable
                resolved.setdefault("users", {})[str(value)] = _user_payload(int(value), self.members[int(value)])
                member = self._member_payload(int(value), (), DEFAULT_MEMBER_PERMISSIONS)
                member.pop("user")
                resolved.setdefault("members", {})[str(value)] = member
            elif opt["type"] in (8, 9) and int(value) in self.roles:  # role / mentionable
                resolved.setdefault("roles", {})[str(value)] = self._role_payload(int(value), self.roles[int(value)], 0)
        return resolved

    # --- payload builders ------------------------------------------------------------------
    def _snowflake(self) -> int:
        ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        return (ms << 22) | (next(self._counter) & 0x3FFFFF)

    @property
    def bot_user(self) -> dict:
        return {
            **_user_payload(self.bot_user_id, self.bot_name, bot=True),
            "verified": True,
            "mfa_enabled": False,
        }

    def _channel_payload(self, channel_id: int) -> dict:
        return {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(self.guild_id),
            "name": self.channels[channel_id],
            "position": list(self.channels).index(channel_id),
            "permission_overwrites": [],
            "topic": None,
            "nsfw": False,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "parent_id": None,
            "flags": 0,
        }

    def _role_payload(self, role_id: int, name: str, permissions: int, **extra: Any) -> dict:
        return {
            "id": str(role_id),
            "name": name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": 0 if role_id == self.guild_id else 1,
            "permissions": str(permissions),
            "managed": False,
            "mentionable": False,
            "flags": 0,
            **extra,
        }

    @property
    def _bot_role_id(self) -> int:
        return self.guild_id + 1

    def _member_payload(self, user_id: int, roles: Any, permissions: int | None) -> dict:
        member = {
            "user": self.bot_user if user_id == self.bot_user_id else _user_payload(user_id, self.members[user_id]),
            "roles": [str(r) for r in roles],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "nick": None,
            "avatar": None,
            "communication_disabled_until": None,
        }
        if permissions is not None:
            member["permissions"] = str(permissions)
        return member

    def _guild_payload(self) -> dict:
        # @everyone never grants more than bot_permissions, so guild.me's computed
        # permissions in discord.py equal bot_permissions exactly
        everyone = DEFAULT_MEMBER_PERMISSIONS & self.bot_permissions
        roles = [self._role_payload(self.guild_id, "@everyone", everyone)]
        roles.append(
            self._role_payload(
                self._bot_role_id,
                self.bot_name,
                self.bot_permissions,
                managed=True,
                tags={"bot_id": str(self.bot_user_id)},
            )
        )
        roles += [self._role_payload(rid, name, 0) for rid, name in self.roles.items()]
        channels = [self._channel_payload(cid) for cid in self.channels]
        for ch in channels:
            ch.pop("guild_id")  # GUILD_CREATE channels come without guild_id
        return {
            "id": str(self.guild_id),
            "name": self.guild_name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(next(iter(self.members), self.bot_user_id)),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": roles,
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "max_members": 500000,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            # GUILD_CREATE-only fields
            "joined_at": "2024-01-01T00:00:00+00:00",
            "large": False,
            "unavailable": False,
            "member_count": len(self.members) + 1,
            "voice_states": [],
            "members": [self._member_payload(self.bot_user_id, [self._bot_role_id], None)],
            "channels": channels,
            "threads": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "lazy": True,
        }

    def _message_payload(self, msg_id: int, channel_id: int, body: dict, **extra: Any) -> dict:
        embeds = [{"type": "rich", **e} for e in body.get("embeds") or []]
        return {
            "id": str(msg_id),
            "channel_id": str(channel_id),
            "author": self.bot_user,
            "content": body.get("content") or "",
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": embeds,
            "pinned": False,
            "type": 0,
            "flags": int(body.get("flags") or 0),
            "components": body.get("components") or [],
            **extra,
        }

    # --- gateway ---------------------------------------------------------------------------
    def _spawn(self, coro: Any) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coro)
        self._bg.add(task)
        task.add_done_callback(self._bg.discard)
        return task

    async def _notify(self) -> None:
        async with self._cond:
            self._cond.notify_all()

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        query = dict(request.query)
        conn = _Connection(ws, len(self.gateway_connections), query.get("compress"))
        record = GatewayConnection(path=request.path, query=query, compressed=conn.compressed)
        self.gateway_connections.append(record)
        self._conns.append(conn)
        await self._notify()
        try:
            if query.get("v", "10") != "10":
                await ws.close(code=4012, message=b"Invalid API version")
                return ws
            if query.get("encoding", "json") != "json":
                await ws.close(code=4002, message=b"Decode error (fake speaks json only)")
                return ws
            await conn.send(
                {
                    "op": OP_HELLO,
                    "d": {"heartbeat_interval": self.heartbeat_interval_ms},
                    "s": None,
                    "t": None,
                }
            )
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    await ws.close(code=4002, message=b"Decode error")
                    break
                try:
                    payload = json.loads(msg.data)
                except ValueError:
                    await ws.close(code=4002, message=b"Decode error")
                    break
                self.gateway_ops.append(GatewayOp(payload.get("op"), payload.get("d"), conn.index, self.clock()))
                await self._on_op(conn, record, payload.get("op"), payload.get("d"))
                await self._notify()
        finally:
            record.closed = True
            self._conns.remove(conn)
            if conn.session is not None and conn.session.conn is conn:
                conn.session.conn = None
            await self._notify()
        return ws

    async def _on_op(self, conn: _Connection, record: GatewayConnection, op: Any, d: Any) -> None:
        if op == OP_HEARTBEAT:
            await conn.send({"op": OP_HEARTBEAT_ACK, "d": None, "s": None, "t": None})
        elif op == OP_IDENTIFY:
            await self._identify(conn, record, d or {})
        elif op == OP_RESUME:
            await self._resume(conn, record, d or {})
        elif conn.session is None:
            await conn.ws.close(code=4003, message=b"Not authenticated.")
        elif op == OP_REQUEST_MEMBERS:
            members = [self._member_payload(self.bot_user_id, [self._bot_role_id], None)]
            members += [self._member_payload(uid, [], None) for uid in self.members]
            chunk = {
                "guild_id": str(self.guild_id),
                "members": members,
                "chunk_index": 0,
                "chunk_count": 1,
                "not_found": [],
            }
            if d.get("nonce"):
                chunk["nonce"] = d["nonce"]
            await self._send_dispatch(conn.session, "GUILD_MEMBERS_CHUNK", chunk)
        elif op not in (OP_PRESENCE, 4):  # presence and voice state updates are just recorded
            await conn.ws.close(code=4001, message=b"Unknown opcode.")

    async def _identify(self, conn: _Connection, record: GatewayConnection, d: dict) -> None:
        if conn.session is not None:
            await conn.ws.close(code=4005, message=b"Already authenticated.")
            return
        if d.get("token") != self.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        if "intents" not in d:
            await conn.ws.close(code=4013, message=b"Invalid intent(s).")
            return
        intents = int(d["intents"])
        if intents & PRIVILEGED_INTENTS and not self.allow_privileged_intents:
            await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        shard = tuple(d["shard"]) if d.get("shard") else None
        if shard is not None and not 0 <= shard[0] < shard[1]:
            await conn.ws.close(code=4010, message=b"Invalid shard.")
            return
        session = _Session(id=secrets.token_hex(16), intents=intents, shard=shard, conn=conn)
        self._sessions[session.id] = session
        conn.session = session
        record.session_id = session.id
        ready = {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": str(self.guild_id), "unavailable": True}] if self._in_shard(session) else [],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.resume_gateway_url,
            "application": {"id": str(self.application_id), "flags": self._application_flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["fake"],
            "user_settings": {},
            "auth": {},
            "_trace": ['["fake-discord"]'],
        }
        if shard is not None:
            ready["shard"] = list(shard)
        await self._send_dispatch(session, "READY", ready)
        if intents & INTENT_GUILDS and self._in_shard(session):
            await self._send_dispatch(session, "GUILD_CREATE", self._guild_payload())

    async def _resume(self, conn: _Connection, record: GatewayConnection, d: dict) -> None:
        if conn.session is not None:
            await conn.ws.close(code=4005, message=b"Already authenticated.")
            return
        if d.get("token") != self.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        session = self._sessions.get(d.get("session_id") or "")
        if session is None or session.conn is not None:
            await conn.send({"op": OP_INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        session.conn, conn.session = conn, session
        record.session_id, record.resumed = session.id, True
        last = d.get("seq") or 0
        for payload in session.buffer:
            if payload["s"] > last:
                await conn.send(payload)
        await self._send_dispatch(session, "RESUMED", {"_trace": ["fake-discord"]})

    @property
    def _application_flags(self) -> int:
        # GATEWAY_PRESENCE | GATEWAY_GUILD_MEMBERS | GATEWAY_MESSAGE_CONTENT when enabled
        return (1 << 12 | 1 << 14 | 1 << 18) if self.allow_privileged_intents else 0

    def _in_shard(self, session: _Session) -> bool:
        return session.shard is None or (self.guild_id >> 22) % session.shard[1] == session.shard[0]

    async def _send_dispatch(self, session: _Session, event: str, data: dict) -> None:
        session.seq += 1
        payload = {"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data}
        session.buffer.append(payload)
        if session.conn is not None:
            try:
                await session.conn.send(payload)
            except ConnectionError:
                session.conn = None  # stays buffered; replayed on RESUME

    async def _dispatch(self, event: str, data: dict, *, intent: int | None = None, required: bool = True) -> None:
        """Send a guild event to the newest session covering the guild (buffered while it is
        disconnected and replayed on RESUME). Without any session: raise if ``required``."""
        sessions = [s for s in self._sessions.values() if self._in_shard(s)]
        if not sessions:
            if not required:
                return  # e.g. a REST-only client posting messages
            raise RuntimeError("no gateway session: is the discord.py client connected?")
        session = sessions[-1]
        if intent is None or session.intents & intent:
            await self._send_dispatch(session, event, data)

    # --- REST plumbing ---------------------------------------------------------------------
    def _build_routes(self) -> list[tuple[str, re.Pattern, Callable, bool]]:
        snow, tok = r"(?P<{}>\d+)", r"(?P<token>[^/]+)"
        table = [
            ("GET", "/gateway", self._get_gateway, False),
            ("GET", "/gateway/bot", self._get_gateway_bot, True),
            ("GET", "/users/@me", self._get_me, True),
            ("GET", "/oauth2/applications/@me", self._get_application, True),
            ("GET", "/applications/@me", self._get_application, True),
            ("PUT", f"/applications/{snow.format('app')}/commands", self._put_commands, True),
            ("GET", f"/applications/{snow.format('app')}/commands", self._get_commands, True),
            (
                "PUT",
                f"/applications/{snow.format('app')}/guilds/{snow.format('guild')}/commands",
                self._put_commands,
                True,
            ),
            (
                "GET",
                f"/applications/{snow.format('app')}/guilds/{snow.format('guild')}/commands",
                self._get_commands,
                True,
            ),
            ("GET", f"/channels/{snow.format('channel')}", self._get_channel, True),
            ("POST", f"/channels/{snow.format('channel')}/messages", self._post_message, True),
            (
                "PATCH",
                f"/channels/{snow.format('channel')}/messages/{snow.format('message')}",
                self._edit_message,
                True,
            ),
            (
                "DELETE",
                f"/channels/{snow.format('channel')}/messages/{snow.format('message')}",
                self._delete_message,
                True,
            ),
            (
                "POST",
                f"/interactions/{snow.format('interaction')}/{tok}/callback",
                self._callback,
                False,
            ),
            ("POST", f"/webhooks/{snow.format('webhook')}/{tok}", self._execute_webhook, False),
            ("GET", f"/webhooks/{snow.format('webhook')}/{tok}", self._get_webhook, False),
            (
                "GET",
                f"/webhooks/{snow.format('webhook')}/{tok}/messages/(?P<message>@original|\\d+)",
                self._get_response_message,
                False,
            ),
            (
                "PATCH",
                f"/webhooks/{snow.format('webhook')}/{tok}/messages/(?P<message>@original|\\d+)",
                self._edit_response_message,
                False,
            ),
            (
                "DELETE",
                f"/webhooks/{snow.format('webhook')}/{tok}/messages/(?P<message>@original|\\d+)",
                self._delete_response_message,
                False,
            ),
        ]
        return [(m, re.compile(p + "$"), h, auth) for m, p, h, auth in table]

    async def _rest(self, request: web.Request) -> web.Response:
        path = re.sub(r"^/api(/v\d+)?", "", request.path) or "/"
        call = RestCall(
            method=request.method,
            path=path,
            query=dict(request.query),
            json=None,
            headers=dict(request.headers),
            time=self.clock(),
        )
        self.requests.append(call)
        try:
            await self._read_body(request, call)
            response = self._injected_failure(call)
            if response is None:
                response = await self._route(call)
        except _Refuse as refuse:
            response = self._refusal(call, refuse)
        call.status = response.status
        await self._notify()
        return response

    async def _read_body(self, request: web.Request, call: RestCall) -> None:
        if request.content_type == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:
                if not isinstance(part, BodyPartReader):
                    continue
                if part.name == "payload_json":
                    call.json = json.loads(await part.text())
                else:
                    call.files.append(part.filename or part.name or "")
                    await part.read()
        elif request.can_read_body:
            text = await request.text()
            if text:
                try:
                    call.json = json.loads(text)
                except ValueError:
                    raise _Refuse(400, 50109, "The request body contains invalid JSON.", "invalid JSON body") from None

    def _injected_failure(self, call: RestCall) -> web.Response | None:
        for rule in self._fail_rules:
            if rule.method in ("*", call.method) and fnmatch.fnmatchcase(call.path, rule.pattern):
                rule.times -= 1
                if rule.times <= 0:
                    self._fail_rules.remove(rule)
                return self._failure_response(call, rule)
        return None

    def _failure_response(self, call: RestCall, rule: _FailRule) -> web.Response:
        status = rule.status
        if status == 429:
            retry_after = float(rule.retry_after or 0.0)
            body = {
                "message": rule.message or "You are being rate limited.",
                "retry_after": retry_after,
                "global": rule.is_global,
            }
            if rule.code is not None:
                body["code"] = rule.code
            headers = {
                "Retry-After": str(math.ceil(retry_after)),  # whole seconds, like Discord; use the body's float
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
                "X-RateLimit-Reset-After": f"{retry_after:.3f}",
                "X-RateLimit-Bucket": self._bucket(call),
                "X-RateLimit-Scope": "global" if rule.is_global else "user",
            }
            if rule.is_global:
                headers["X-RateLimit-Global"] = "true"
            self._reject(call, 429, rule.code or 0, f"injected 429 (retry_after={retry_after})", body)
            return self._json(body, status=429, headers=headers, call=call)
        defaults = {
            400: (50035, "Invalid Form Body"),
            401: (0, "401: Unauthorized"),
            403: (50013, "Missing Permissions"),
            404: (10003, "Unknown Channel"),
        }
        code, message = defaults.get(status, (0, f"{status}: {'Internal Server Error' if status >= 500 else 'Error'}"))
        refuse = _Refuse(
            status,
            rule.code if rule.code is not None else code,
            rule.message or message,
            f"injected {status}",
        )
        return self._refusal(call, refuse)

    async def _route(self, call: RestCall) -> web.Response:
        path_matched = False
        for method, pattern, handler, needs_auth in self._routes:
            m = pattern.match(call.path)
            if m is None:
                continue
            path_matched = True
            if method != call.method:
                continue
            if needs_auth and call.headers.get("Authorization") != f"Bot {self.token}":
                raise _Refuse(
                    401,
                    0,
                    "401: Unauthorized",
                    "missing or wrong 'Authorization: Bot <token>' header",
                )
            return await handler(call, **m.groupdict())
        if path_matched:
            raise _Refuse(
                405,
                0,
                "405: Method Not Allowed",
                f"method {call.method} not allowed on {call.path}",
            )
        raise _Refuse(404, 0, "404: Not Found", f"unknown route {call.method} {call.path}")

    def _bucket(self, call: RestCall) -> str:
        template = re.sub(r"\d{5,}", "{id}", call.path)
        return hashlib.md5(f"{call.method} {template}".encode()).hexdigest()[:16]

    def _json(
        self,
        body: Any,
        *,
        status: int = 200,
        headers: dict | None = None,
        call: RestCall | None = None,
    ) -> web.Response:
        all_headers = {
            # discord.py only parses JSON when the header is exactly this string
            "Content-Type": "application/json",
            "Via": "1.1 google",
        }
        if call is not None and status != 429:
            all_headers.update(
                {
                    "X-RateLimit-Limit": "5",
                    "X-RateLimit-Remaining": "4",  # never 0: discord.py would pre-emptively sleep
                    "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
                    "X-RateLimit-Reset-After": "1.000",
                    "X-RateLimit-Bucket": self._bucket(call),
                }
            )
        all_headers.update(headers or {})
        return web.Response(body=json.dumps(body).encode(), status=status, headers=all_headers)

    def _no_content(self) -> web.Response:
        return web.Response(status=204, headers={"Via": "1.1 google"})

    def _reject(self, call: RestCall, status: int, code: int, reason: str, body: dict) -> None:
        self.rejected.append(Rejected(call.method, call.path, status, code, reason, body, self.clock()))

    def _refusal(self, call: RestCall, refuse: _Refuse) -> web.Response:
        body: dict[str, Any] = {"message": refuse.message, "code": refuse.code}
        if refuse.errors is not None:
            body["errors"] = refuse.errors
        self._reject(call, refuse.status, refuse.code, refuse.reason, body)
        return self._json(body, status=refuse.status, call=call)

    # --- REST handlers: session / application ----------------------------------------------
    async def _get_gateway(self, call: RestCall) -> web.Response:
        return self._json({"url": self.gateway_url}, call=call)

    async def _get_gateway_bot(self, call: RestCall) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}
        return self._json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit}, call=call)

    async def _get_me(self, call: RestCall) -> web.Response:
        return self._json(self.bot_user, call=call)

    async def _get_application(self, call: RestCall) -> web.Response:
        owner_id = next(iter(self.members), self.bot_user_id)
        return self._json(
            {
                "id": str(self.application_id),
                "name": self.bot_name,
                "description": "",
                "icon": None,
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": _user_payload(owner_id, self.members.get(owner_id, "owner")),
                "team": None,
                "verify_key": "0" * 64,
                "flags": self._application_flags,
                "bot": self.bot_user,
                "interactions_endpoint_url": None,  # non-null => discord.py warns: no gateway interactions
                "redirect_uris": [],
                "tags": [],
            },
            call=call,
        )

    async def _put_commands(self, call: RestCall, app: str, guild: str | None = None) -> web.Response:
        if int(app) != self.application_id:
            raise _Refuse(403, 50001, "Missing Access", f"application id {app} is not {self.application_id}")
        if guild is not None and int(guild) != self.guild_id:
            raise _Refuse(403, 50001, "Missing Access", f"bot is not in guild {guild}")
        body = call.json
        if not isinstance(body, list):
            raise _invalid_form(
                "commands body must be a JSON array",
                _form_error([], "LIST_TYPE_CONVERT", "Must be an array"),
            )
        scope: int | str = int(guild) if guild is not None else "global"
        seen: set[tuple[str, int]] = set()
        result = []
        for i, cmd in enumerate(body):
            name, ctype = cmd.get("name", ""), cmd.get("type", 1)
            if not re.fullmatch(r"[-_\w]{1,32}", name) or (ctype == 1 and name != name.lower()):
                raise _invalid_form(
                    f"{i}.name {name!r} is invalid",
                    _form_error([i, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"),
                )
            if ctype == 1 and not 1 <= len(cmd.get("description", "")) <= 100:
                raise _invalid_form(
                    f"{i}.description must be 1-100 characters",
                    _form_error(
                        [i, "description"],
                        "BASE_TYPE_BAD_LENGTH",
                        "Must be between 1 and 100 in length.",
                    ),
                )
            if len(cmd.get("options", [])) > 25:
                raise _invalid_form(*_too_long([i, "options"], 25))
            if (name, ctype) in seen:
                raise _invalid_form(
                    f"duplicate command {name!r}",
                    _form_error(
                        [i, "name"],
                        "APPLICATION_COMMANDS_DUPLICATE_NAME",
                        "Application command names must be unique",
                    ),
                )
            seen.add((name, ctype))
            cmd_id = self._command_ids.setdefault((scope, name, ctype), self._snowflake())
            out = {
                "default_member_permissions": None,
                "dm_permission": True,
                "nsfw": False,
                "options": [],
                **cmd,
                "id": str(cmd_id),
                "application_id": str(self.application_id),
                "version": str(self._snowflake()),
                "type": ctype,
            }
            if guild is not None:
                out["guild_id"] = str(guild)
            result.append(out)
        self.synced_commands[scope] = result
        return self._json(result, call=call)

    async def _get_commands(self, call: RestCall, app: str, guild: str | None = None) -> web.Response:
        scope: int | str = int(guild) if guild is not None else "global"
        return self._json(self.synced_commands.get(scope, []), call=call)

    # --- REST handlers: channels -----------------------------------------------------------
    def _require_channel(self, channel: str) -> int:
        cid = int(channel)
        if cid not in self.channels:
            raise _Refuse(404, 10003, "Unknown Channel", f"unknown channel {cid}")
        return cid

    async def _get_channel(self, call: RestCall, channel: str) -> web.Response:
        return self._json(self._channel_payload(self._require_channel(channel)), call=call)

    def _require_bot_permissions(self, needed: int) -> None:
        perms = self.bot_permissions
        if perms & ADMINISTRATOR:
            return
        if not perms & VIEW_CHANNEL:
            raise _Refuse(403, 50001, "Missing Access", "bot lacks VIEW_CHANNEL")
        if perms & needed != needed:
            raise _Refuse(403, 50013, "Missing Permissions", f"bot lacks permissions {needed & ~perms}")

    async def _post_message(self, call: RestCall, channel: str) -> web.Response:
        cid = self._require_channel(channel)
        self._require_bot_permissions(SEND_MESSAGES | (ATTACH_FILES if call.files else 0))
        check_message(call.json, files=len(call.files))
        body = call.json
        msg_id = self._snowflake()
        self.messages.append(
            Message(
                id=msg_id,
                channel_id=cid,
                content=body.get("content"),
                embeds=body.get("embeds") or [],
                allowed_mentions=body.get("allowed_mentions"),
                flags=int(body.get("flags") or 0),
                files=list(call.files),
                payload=body,
            )
        )
        payload = self._message_payload(msg_id, cid, body)
        gateway_copy = {
            **payload,
            "guild_id": str(self.guild_id),
            "member": self._member_payload(self.bot_user_id, [self._bot_role_id], None),
        }
        gateway_copy["member"].pop("user")
        await self._dispatch("MESSAGE_CREATE", gateway_copy, intent=INTENT_GUILD_MESSAGES, required=False)
        return self._json(payload, call=call)

    def _find_message(self, channel_id: int, message: str) -> Message:
        for msg in self.messages:
            if msg.id == int(message) and msg.channel_id == channel_id and not msg.deleted:
                return msg
        raise _Refuse(404, 10008, "Unknown Message", f"unknown message {message}")

    async def _edit_message(self, call: RestCall, channel: str, message: str) -> web.Response:
        msg = self._find_message(self._require_channel(channel), message)
        check_message(call.json, partial=True)
        for key in ("content", "embeds", "allowed_mentions", "flags"):
            if key in call.json:
                setattr(msg, key, call.json[key] if key != "embeds" else (call.json[key] or []))
        msg.edits += 1
        body = {"content": msg.content, "embeds": msg.embeds, "flags": msg.flags}
        return self._json(
            self._message_payload(msg.id, msg.channel_id, body, edited_timestamp=_now_iso()),
            call=call,
        )

    async def _delete_message(self, call: RestCall, channel: str, message: str) -> web.Response:
        self._find_message(self._require_channel(channel), message).deleted = True
        return self._no_content()

    # --- REST handlers: interactions and webhooks ------------------------------------------
    def _interaction_for(self, interaction_id: str, token: str) -> SentInteraction:
        inter = self.interactions.get(interaction_id)
        if inter is None:
            raise _Refuse(404, 10062, "Unknown interaction", f"unknown interaction {interaction_id}")
        if inter.token != token:
            raise _Refuse(401, 50027, "Invalid Webhook Token", "interaction token does not match")
        return inter

    async def _callback(self, call: RestCall, interaction: str, token: str) -> web.Response:
        inter = self._interaction_for(interaction, token)
        try:
            return await self._accept_callback(call, inter)
        except _Refuse as refuse:
            inter.refused.append(refuse.reason)
            raise

    async def _accept_callback(self, call: RestCall, inter: SentInteraction) -> web.Response:
        interaction = inter.id
        body = call.json if isinstance(call.json, dict) else {}
        rtype, data = body.get("type"), body.get("data") or {}
        delay = self.clock() - inter.sent_at
        response = InteractionResponse(
            interaction,
            "callback",
            rtype,
            data,
            delay,
            ephemeral=bool(int(data.get("flags") or 0) & EPHEMERAL),
        )
        if inter.callback is not None:
            raise _Refuse(
                400,
                40060,
                "Interaction has already been acknowledged.",
                "second callback for one interaction",
            )
        if delay > INTERACTION_CALLBACK_DEADLINE:
            response.late = True
            self.late.append(response)
            await self._notify()
            raise _Refuse(
                404,
                10062,
                "Unknown interaction",
                f"callback {delay:.2f}s after the interaction (> {INTERACTION_CALLBACK_DEADLINE}s)",
            )
        allowed = {
            APPLICATION_COMMAND: (CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, MODAL),
            APPLICATION_COMMAND_AUTOCOMPLETE: (AUTOCOMPLETE_RESULT,),
        }
        if rtype not in allowed[inter.type]:
            raise _invalid_form(
                f"callback type {rtype} is invalid for interaction type {inter.type}",
                _form_error(
                    ["type"],
                    "INTERACTION_RESPONSE_TYPE_INVALID",
                    "Interaction response type is invalid for this interaction",
                ),
            )
        if rtype == CHANNEL_MESSAGE:
            check_message(data, files=len(call.files))
        elif rtype == AUTOCOMPLETE_RESULT:
            check_autocomplete(data)
        if rtype in (CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE):
            response.message_id = inter.original_message_id = self._snowflake()
            inter.deferred_pending = rtype == DEFERRED_CHANNEL_MESSAGE
            flags = int(data.get("flags") or 0) | (1 << 7 if inter.deferred_pending else 0)  # 128 = LOADING
            self._interaction_messages[response.message_id] = self._interaction_message(
                inter, {**data, "flags": flags}, response.message_id
            )
        inter.callback = response
        self.interaction_responses.append(response)
        if call.query.get("with_response") not in ("1", "true", "True"):
            return self._no_content()
        result: dict[str, Any] = {
            "interaction": {
                "id": interaction,
                "type": inter.type,
                "response_message_loading": rtype == DEFERRED_CHANNEL_MESSAGE,
                "response_message_ephemeral": response.ephemeral,
            }
        }
        if response.message_id is not None:
            result["interaction"]["response_message_id"] = str(response.message_id)
            result["resource"] = {
                "type": rtype,
                "message": self._interaction_messages[response.message_id],
            }
        return self._json(result, call=call)

    def _interaction_message(self, inter: SentInteraction, body: dict, msg_id: int) -> dict:
        meta = {
            "id": inter.id,
            "type": inter.type,
            "user": inter.payload["member"]["user"],
            "authorizing_integration_owners": inter.payload["authorizing_integration_owners"],
        }
        return self._message_payload(
            msg_id,
            int(inter.payload["channel_id"]),
            body,
            webhook_id=str(self.application_id),
            application_id=str(self.application_id),
            interaction_metadata=meta,
            type=20,  # CHAT_INPUT_COMMAND
        )

    def _interaction_by_token(self, token: str) -> SentInteraction | None:
        return next((i for i in self.interactions.values() if i.token == token), None)

    def _webhook_target(self, webhook: str, token: str) -> SentInteraction | IncomingWebhook:
        wid = int(webhook)
        if wid == self.application_id:
            inter = self._interaction_by_token(token)
            if inter is None:
                raise _Refuse(401, 50027, "Invalid Webhook Token", "no interaction with this token")
            if self.clock() - inter.sent_at > INTERACTION_TOKEN_LIFETIME:
                raise _Refuse(401, 50027, "Invalid Webhook Token", "interaction token expired (15 min)")
            return inter
        hook = self.webhooks.get(wid)
        if hook is None:
            raise _Refuse(404, 10015, "Unknown Webhook", f"unknown webhook {wid}")
        if hook.token != token:
            raise _Refuse(401, 50027, "Invalid Webhook Token", "webhook token does not match")
        return hook

    async def _execute_webhook(self, call: RestCall, webhook: str, token: str) -> web.Response:
        target = self._webhook_target(webhook, token)
        body = call.json if isinstance(call.json, dict) else {}
        check_message(call.json, files=len(call.files))
        wait = call.query.get("wait", "false").lower() in ("1", "true")
        if isinstance(target, SentInteraction):
            return await self._followup(call, target, body)
        username = body.get("username")
        if username is not None:
            if not 1 <= len(username) <= MAX_WEBHOOK_USERNAME:
                raise _invalid_form(*_too_long(["username"], MAX_WEBHOOK_USERNAME))
            if re.search("discord|clyde", username, re.IGNORECASE):
                raise _invalid_form(
                    "username contains 'discord' or 'clyde'",
                    _form_error(
                        ["username"],
                        "USERNAME_INVALID_CONTAINS",
                        'Username cannot contain "discord"',
                    ),
                )
        msg_id = self._snowflake()
        self.messages.append(
            Message(
                id=msg_id,
                channel_id=target.channel_id,
                content=body.get("content"),
                embeds=body.get("embeds") or [],
                allowed_mentions=body.get("allowed_mentions"),
                flags=int(body.get("flags") or 0),
                webhook_id=target.id,
                username=username or target.name,
                files=list(call.files),
                payload=body,
            )
        )
        if not wait:
            return self._no_content()
        author = {
            **_user_payload(target.id, username or target.name, bot=True),
            "discriminator": "0000",
        }
        return self._json(
            self._message_payload(msg_id, target.channel_id, body, author=author, webhook_id=str(target.id)),
            call=call,
        )

    async def _followup(self, call: RestCall, inter: SentInteraction, body: dict) -> web.Response:
        if inter.callback is None:
            raise _Refuse(404, 10015, "Unknown Webhook", "follow-up before the interaction was acknowledged")
        response = InteractionResponse(
            inter.id,
            "followup",
            None,
            body,
            self.clock() - inter.sent_at,
            ephemeral=bool(int(body.get("flags") or 0) & EPHEMERAL),
        )
        if inter.deferred_pending:
            # Discord: the first follow-up after a deferred response edits the "thinking"
            # message, and that message keeps the defer's ephemeral flag.
            inter.deferred_pending = False
            response.replaces_deferred = True
            response.ephemeral = inter.callback.ephemeral
            msg_id = inter.original_message_id or self._snowflake()
        else:
            msg_id = self._snowflake()
        response.message_id = msg_id
        flags = int(body.get("flags") or 0) & ~EPHEMERAL | (EPHEMERAL if response.ephemeral else 0)
        payload = self._interaction_message(inter, {**body, "flags": flags}, msg_id)
        self._interaction_messages[msg_id] = payload
        self.interaction_responses.append(response)
        return self._json(payload, call=call)

    async def _get_webhook(self, call: RestCall, webhook: str, token: str) -> web.Response:
        target = self._webhook_target(webhook, token)
        if isinstance(target, SentInteraction):
            raise _Refuse(404, 10015, "Unknown Webhook", "interaction tokens are not fetchable webhooks")
        return self._json(
            {
                "id": str(target.id),
                "type": 1,
                "channel_id": str(target.channel_id),
                "guild_id": str(self.guild_id),
                "name": target.name,
                "avatar": None,
                "token": target.token,
                "application_id": None,
            },
            call=call,
        )

    def _response_message(self, call: RestCall, webhook: str, token: str, message: str) -> tuple[SentInteraction, int]:
        target = self._webhook_target(webhook, token)
        if not isinstance(target, SentInteraction):
            raise _Refuse(
                404,
                10008,
                "Unknown Message",
                "editing incoming-webhook messages is not implemented",
            )
        msg_id = target.original_message_id if message == "@original" else int(message)
        if msg_id is None or msg_id not in self._interaction_messages:
            raise _Refuse(404, 10008, "Unknown Message", f"no message {message} for this interaction")
        return target, msg_id

    async def _get_response_message(self, call: RestCall, webhook: str, token: str, message: str) -> web.Response:
        _, msg_id = self._response_message(call, webhook, token, message)
        return self._json(self._interaction_messages[msg_id], call=call)

    async def _edit_response_message(self, call: RestCall, webhook: str, token: str, message: str) -> web.Response:
        inter, msg_id = self._response_message(call, webhook, token, message)
        check_message(call.json, partial=True)
        body = call.json or {}
        original = msg_id == inter.original_message_id
        old = self._interaction_messages[msg_id]
        ephemeral = bool(old["flags"] & EPHEMERAL)
        if original:
            inter.deferred_pending = False
        merged = {
            "content": old["content"],
            "embeds": old["embeds"],
            **body,
            "flags": EPHEMERAL if ephemeral else 0,
        }
        self._interaction_messages[msg_id] = self._interaction_message(inter, merged, msg_id)
        self._interaction_messages[msg_id]["edited_timestamp"] = _now_iso()
        kind = "edit_original" if original else "edit_followup"
        self.interaction_responses.append(
            InteractionResponse(
                inter.id,
                kind,
                None,
                body,
                self.clock() - inter.sent_at,
                ephemeral=ephemeral,
                message_id=msg_id,
            )
        )
        return self._json(self._interaction_messages[msg_id], call=call)

    async def _delete_response_message(self, call: RestCall, webhook: str, token: str, message: str) -> web.Response:
        inter, msg_id = self._response_message(call, webhook, token, message)
        del self._interaction_messages[msg_id]
        self.interaction_responses.append(
            InteractionResponse(
                inter.id,
                "delete_original",
                None,
                {},
                self.clock() - inter.sent_at,
                message_id=msg_id,
            )
        )
        return self._no_content()


@contextlib.contextmanager
def point_discord_py_at(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's REST (incl. webhooks/interactions) and gateway URLs at ``fake``;
    restores the originals on exit."""
    import discord.gateway
    import discord.http
    import yarl

    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


async def assert_no_leaks(*ignore: asyncio.Task) -> None:
    """No task but ``ignore`` still pending, no discord.py keep-alive thread still alive
    (each given up to a second to end)."""
    current = asyncio.current_task()
    pending = [t for t in asyncio.all_tasks() if t is not current and t not in ignore and not t.done()]
    if pending:
        await asyncio.wait(pending, timeout=1.0)
    leaked = [t.get_name() + repr(t.get_coro()) for t in pending if not t.done()]
    assert leaked == []
    threads = [t for t in threading.enumerate() if t.name.startswith("keep-alive-handler")]
    for t in threads:
        t.join(timeout=1.0)
    assert [t.name for t in threads if t.is_alive()] == []


# What a Discord client shows as a link, and the direction controls it would obey.
_LINK = re.compile(r"https?://[^\s<]+[^<.,:;\"'\]\s)]")
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def live_markup(text: str) -> list[str]:
    """What in ``text`` Discord would still treat as a mention, formatting or a masked link."""
    found = []
    if re.search(r"@(everyone|here)", text, re.IGNORECASE):
        found.append("@everyone/@here")
    if re.search(r"<(@[!&]?|#)\w+>", text):
        found.append("user, role or channel mention")
    if BIDI_CONTROLS.search(text):
        found.append("bidi control")
    bare = _LINK.sub("URL", text)
    for m in re.finditer(r"[*_~`|\[\]]", bare):
        backslashes = len(bare[: m.start()]) - len(bare[: m.start()].rstrip("\\"))
        if backslashes % 2 == 0:
            found.append(f"unescaped {m.group()!r}")
    if re.search(r"(?m)^[ \t]*(#|>|-|\+|\d+\.)", bare):
        found.append("heading, quote or list")
    return found
