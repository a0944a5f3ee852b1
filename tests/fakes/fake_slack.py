"""A local fake of the Slack Web API, response URLs and Socket Mode, for tests.

The real ``slack_sdk`` / ``slack_bolt`` clients talk to it unmodified::

    async with FakeSlack() as fake:
        client = AsyncWebClient(base_url=fake.api_url, token=fake.bot_token)
        app = AsyncApp(client=client)
        handler = AsyncSocketModeHandler(app, fake.app_token)  # uses app.client -> fake
        await handler.connect_async()
        ack = await fake.send_slash_command("help")
        ...
        await handler.close_async()  # close the client before the fake

Wire protocol, as used by slack_sdk 3.48 / slack_bolt 1.30:

* Web API: ``POST {base_url}{method}``. Most methods send a form body; the message methods
  (chat.postMessage / postEphemeral / update) send JSON. ``apps.connections.open`` sends
  its (empty) arguments as a *query string*. The token is always sent as
  ``Authorization: Bearer <token>`` (Slack also accepts a ``token`` form/query field).
  Responses are JSON ``{"ok": ...}``; slack_sdk raises ``SlackApiError`` unless the
  status is 200 and ``ok`` is true. Rate limits are HTTP 429 plus ``Retry-After``.
* Response URLs: JSON POST; errors are reported webhook-style (HTTP status + plain text).
* Socket Mode: ``apps.connections.open`` (app-level ``xapp-`` token) returns a ``ws://`` URL.
  On connect the server sends ``hello``; it then sends envelopes
  ``{"envelope_id", "type", "accepts_response_payload", "payload"}`` and the client acks with
  ``{"envelope_id", "payload"?}``. A ``{"type": "disconnect"}`` message makes the client
  reconnect with a fresh URL.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

# --- Slack's documented message limits -------------------------------------------------------
# Block Kit: https://api.slack.com/reference/block-kit/blocks
# Elements:  https://api.slack.com/reference/block-kit/block-elements
# Composition objects: https://api.slack.com/reference/block-kit/composition-objects
# chat.postMessage: https://api.slack.com/methods/chat.postMessage (msg_too_long, msg_blocks_too_long)
# Response URLs: https://api.slack.com/interactivity/handling#message_responses
MAX_BLOCKS = 50  # blocks per message (modals / Home tab allow 100)
MAX_BLOCK_ID = 255
MAX_SECTION_TEXT = 3000
MAX_SECTION_FIELDS = 10
MAX_SECTION_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150  # header text must be plain_text
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTIONS_ELEMENTS = 25
MAX_BUTTON_TEXT = 75  # button text must be plain_text
MAX_BUTTON_VALUE = 2000
MAX_ACTION_ID = 255
MAX_URL = 3000
MAX_IMAGE_ALT_TEXT = 2000
MAX_IMAGE_TITLE = 2000
MAX_MARKDOWN_BLOCK_TEXT = 12_000
MAX_BLOCKS_TOTAL_TEXT = 12_000  # all text inside blocks; over it -> msg_blocks_too_long
MAX_MESSAGE_TEXT = 40_000  # top-level `text`; over it -> msg_too_long
RESPONSE_URL_MAX_USES = 5  # "up to 5 times within 30 minutes"

KNOWN_BLOCK_TYPES = frozenset(
    {
        "actions", "context", "divider", "file", "header", "image", "input",
        "markdown", "rich_text", "section", "table", "video",
    }
)  # fmt: skip
TEXT_OBJECT_TYPES = frozenset({"plain_text", "mrkdwn"})

APP_ID = "A0APP"
BOT_ID = "B0BOT"
TS_BASE_MICROS = 1_700_000_000_000_000
TS_STEP_MICROS = 100


# --- recorded traffic -------------------------------------------------------------------------
@dataclass
class ApiCall:
    method: str
    params: dict[str, Any]  # query + form/JSON body merged, values as sent (blocks may be a str)
    token: str | None
    encoding: str  # "json", "form" or "query"
    time: float  # time.monotonic() when received
    status: int = 200  # HTTP status the fake answered with
    error: str | None = None  # the "error" code, None if ok


@dataclass
class PostedMessage:
    channel: str
    text: str | None
    blocks: list[dict] | None
    thread_ts: str | None
    ts: str
    params: dict[str, Any] = field(repr=False, default_factory=dict)


@dataclass
class EphemeralMessage:
    channel: str
    user: str
    text: str | None
    blocks: list[dict] | None
    thread_ts: str | None
    ts: str


@dataclass
class MessageUpdate:
    channel: str
    ts: str
    text: str | None
    blocks: list[dict] | None


@dataclass
class ResponseUrlPost:
    key: str
    body: dict[str, Any]
    time: float


@dataclass
class Rejection:
    method: str  # Web API method, "response_url" or "socket_mode.ack"
    error: str
    reason: str
    params: dict[str, Any] = field(repr=False, default_factory=dict)


@dataclass
class SocketAck:
    envelope_id: str
    payload: dict | None
    raw: dict


@dataclass
class _Failure:
    status: int
    error: str | None
    retry_after: int | None
    times: int


class _Refused(Exception):
    def __init__(self, error: str, reason: str = "", errors: list[str] | None = None):
        super().__init__(error)
        self.error, self.reason, self.errors = error, reason or error, errors or []


# --- message validation -------------------------------------------------------------------------
def _too_long(value: str, limit: int, pointer: str) -> list[str]:
    if len(value) > limit:
        return [f"must be less than {limit + 1} characters [json-pointer:{pointer}]"]
    return []


def _text_object(obj: Any, pointer: str, limit: int, *, plain_only: bool = False) -> list[str]:
    if not isinstance(obj, dict):
        return [f"expected an object [json-pointer:{pointer}]"]
    allowed = {"plain_text"} if plain_only else TEXT_OBJECT_TYPES
    if obj.get("type") not in allowed:
        return [f"must be one of {sorted(allowed)} [json-pointer:{pointer}/type]"]
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        return [f"must be at least 1 characters [json-pointer:{pointer}/text]"]
    return _too_long(text, limit, f"{pointer}/text")


def _button(el: dict, pointer: str) -> list[str]:
    errs = _text_object(el.get("text"), f"{pointer}/text", MAX_BUTTON_TEXT, plain_only=True)
    for key, limit in (("value", MAX_BUTTON_VALUE), ("action_id", MAX_ACTION_ID), ("url", MAX_URL)):
        if isinstance(el.get(key), str):
            errs += _too_long(el[key], limit, f"{pointer}/{key}")
    return errs


def _image(el: dict, pointer: str) -> list[str]:
    errs: list[str] = []
    if not isinstance(el.get("alt_text"), str):
        errs.append(f"missing required field: alt_text [json-pointer:{pointer}]")
    else:
        errs += _too_long(el["alt_text"], MAX_IMAGE_ALT_TEXT, f"{pointer}/alt_text")
    if isinstance(el.get("image_url"), str):
        errs += _too_long(el["image_url"], MAX_URL, f"{pointer}/image_url")
    elif "slack_file" not in el:
        errs.append(f"missing required field: image_url [json-pointer:{pointer}]")
    return errs


def _block(block: Any, p: str) -> list[str]:
    if not isinstance(block, dict) or block.get("type") not in KNOWN_BLOCK_TYPES:
        return [f"unsupported type [json-pointer:{p}/type]"]
    errs: list[str] = []
    kind = block["type"]
    if "block_id" in block:
        errs += _too_long(str(block["block_id"]), MAX_BLOCK_ID, f"{p}/block_id")
    if kind == "section":
        if "text" not in block and "fields" not in block:
            errs.append(f"must provide either text or fields [json-pointer:{p}]")
        if "text" in block:
            errs += _text_object(block["text"], f"{p}/text", MAX_SECTION_TEXT)
        fields = block.get("fields", [])
        if len(fields) > MAX_SECTION_FIELDS:
            errs.append(f"must be less than {MAX_SECTION_FIELDS + 1} items [json-pointer:{p}/fields]")
        for i, f in enumerate(fields):
            errs += _text_object(f, f"{p}/fields/{i}", MAX_SECTION_FIELD_TEXT)
        acc = block.get("accessory")
        if isinstance(acc, dict) and acc.get("type") == "button":
            errs += _button(acc, f"{p}/accessory")
        elif isinstance(acc, dict) and acc.get("type") == "image":
            errs += _image(acc, f"{p}/accessory")
    elif kind == "header":
        errs += _text_object(block.get("text"), f"{p}/text", MAX_HEADER_TEXT, plain_only=True)
    elif kind in ("context", "actions"):
        limit = MAX_CONTEXT_ELEMENTS if kind == "context" else MAX_ACTIONS_ELEMENTS
        elements = block.get("elements")
        if not isinstance(elements, list) or not elements:
            return errs + [f"must provide at least 1 items [json-pointer:{p}/elements]"]
        if len(elements) > limit:
            errs.append(f"must be less than {limit + 1} items [json-pointer:{p}/elements]")
        for i, el in enumerate(elements):
            ep = f"{p}/elements/{i}"
            kind_el = el.get("type") if isinstance(el, dict) else None
            if kind_el == "image":
                errs += _image(el, ep)
            elif kind_el == "button":
                errs += _button(el, ep)
            elif kind == "context":
                errs += _text_object(el, ep, MAX_SECTION_TEXT)
    elif kind == "image":
        errs += _image(block, p)
        if "title" in block:
            errs += _text_object(block["title"], f"{p}/title", MAX_IMAGE_TITLE, plain_only=True)
    elif kind == "markdown":
        text = block.get("text")
        if not isinstance(text, str) or not text:
            errs.append(f"must be at least 1 characters [json-pointer:{p}/text]")
        else:
            errs += _too_long(text, MAX_MARKDOWN_BLOCK_TEXT, f"{p}/text")
    return errs


def _block_text_length(node: Any) -> int:
    """Total length of every ``text`` string anywhere inside the blocks."""
    if isinstance(node, list):
        return sum(_block_text_length(n) for n in node)
    if isinstance(node, dict):
        return sum(len(v) if k == "text" and isinstance(v, str) else _block_text_length(v) for k, v in node.items())
    return 0


def parse_blocks(raw: Any) -> list[dict] | None:
    """Blocks arrive as a list (JSON body) or a JSON string (form body)."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise _Refused("invalid_blocks_format", "blocks is not valid JSON") from None
    if not isinstance(raw, list):
        raise _Refused("invalid_blocks_format", "blocks must be a JSON array")
    return raw


def validate_message(text: Any, blocks: list[dict] | None, *, has_attachments: bool = False) -> None:
    """Raise _Refused like Slack would for a message with this text/blocks."""
    if not text and not blocks and not has_attachments:
        raise _Refused("no_text", "a message needs text or blocks")
    if blocks:
        errors = []
        if len(blocks) > MAX_BLOCKS:
            errors.append(f"must be less than {MAX_BLOCKS + 1} items [json-pointer:/blocks]")
        for i, block in enumerate(blocks):
            errors += _block(block, f"/blocks/{i}")
        if errors:
            raise _Refused("invalid_blocks", "; ".join(errors), errors)
        total = _block_text_length(blocks)
        if total > MAX_BLOCKS_TOTAL_TEXT:
            raise _Refused(
                "msg_blocks_too_long",
                f"blocks hold {total} characters of text (max {MAX_BLOCKS_TOTAL_TEXT})",
            )
    if isinstance(text, str) and len(text) > MAX_MESSAGE_TEXT:
        raise _Refused("msg_too_long", f"text is {len(text)} characters (max {MAX_MESSAGE_TEXT})")


# --- the server ---------------------------------------------------------------------------------
class FakeSlack:
    def __init__(
        self,
        bot_token: str = "xoxb-test-token",
        app_token: str = "xapp-test-token",
        team_id: str = "T0001",
        bot_user_id: str = "U0BOT",
        channels: Iterable[str] | Mapping[str, str] = ("C0NEWS",),
        members_of: Mapping[str, Iterable[str]] | None = None,
        admins: Iterable[str] = (),
        owners: Iterable[str] = (),
    ):
        """``channels``: ids, or a mapping id -> name (default name: the id lower-cased).
        ``members_of``: channel id -> user ids in it (include ``bot_user_id`` for the bot);
        channels missing from it (or all, if None) have everyone as a member.
        ``admins`` / ``owners``: user ids reported as is_admin / is_owner by users.info."""
        self.bot_token, self.app_token = bot_token, app_token
        self.team_id, self.bot_user_id = team_id, bot_user_id
        if isinstance(channels, Mapping):
            self.channels = dict(channels)
        else:
            self.channels = {c: c.lower() for c in channels}
        self.members_of = {c: set(m) for c, m in (members_of or {}).items()}
        self.admins, self.owners = set(admins), set(owners)

        self.calls: list[ApiCall] = []
        self.messages: list[PostedMessage] = []
        self.ephemerals: list[EphemeralMessage] = []
        self.updates: list[MessageUpdate] = []
        self.response_url_posts: list[ResponseUrlPost] = []
        self.rejected: list[Rejection] = []
        self.envelopes: list[dict] = []  # envelopes sent over Socket Mode
        self.acks: list[SocketAck] = []
        self.socket_connections = 0  # websocket connections accepted so far

        self._failures: dict[str, list[_Failure]] = {}
        self._ts_counter = 0
        self._commands_sent = 0
        self._response_url_uses: dict[str, int] = {}
        self._tickets: set[str] = set()
        self._sockets: list[web.WebSocketResponse] = []  # live; envelopes go to the newest
        self._open_sockets: set[web.WebSocketResponse] = set()  # including dropped ones
        self._tasks: set[asyncio.Task] = set()
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # -- lifecycle
    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._handle_api)
        app.router.add_post("/response/{key}", self._handle_response_url)
        app.router.add_get("/link/", self._handle_socket)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        for ws in list(self._open_sockets):
            await ws.close(code=1001, message=b"fake slack shutting down")
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeSlack:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    @property
    def socket_connected(self) -> bool:
        return bool(self._sockets)

    # -- test controls
    def fail_next(
        self,
        method: str,
        *,
        status: int = 200,
        error: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail (after being recorded in ``calls``).

        status=429 -> Retry-After header (default 1) and {"ok": false, "error": "ratelimited"};
        status=200 + error -> {"ok": false, "error": error};
        other statuses -> that status, JSON body if ``error`` is given, else plain text
        (so slack_sdk's ``e.response.data`` is then a str, like a real proxy error page).
        """
        if status == 429:
            error = error or "ratelimited"
            retry_after = 1 if retry_after is None else retry_after
        elif status == 200 and error is None:
            raise ValueError("fail_next with status 200 needs an error code")
        self._failures.setdefault(method, []).append(_Failure(status, error, retry_after, times))

    def response_url(self, key: str) -> str:
        self._response_url_uses.setdefault(key, 0)
        return f"{self.base_url}/response/{key}"

    def close_socket(self, *, send_disconnect: bool = False) -> None:
        """Drop the open Socket Mode connection(s); the client should reconnect.

        Default: a websocket close frame (like a network-level drop). With ``send_disconnect``,
        first send Slack's ``{"type": "disconnect"}`` message, as Slack does before refreshing.
        """
        for ws in list(self._sockets):
            self._sockets.remove(ws)  # so no envelope is sent to a dying connection
            self._spawn(self._drop(ws, send_disconnect))
        self._notify()

    async def send_envelope(
        self,
        type_: str,
        payload: dict,
        *,
        accepts_response_payload: bool = False,
        timeout: float = 5.0,
    ) -> SocketAck:
        """Send one Socket Mode envelope and wait for the client's ack (matched by envelope_id)."""
        try:
            await self.wait_for(lambda f: f.socket_connected, timeout)
        except TimeoutError:
            raise RuntimeError(
                f"no Socket Mode client connected within {timeout}s (did you `await handler.connect_async()`?)"
            ) from None
        envelope_id = str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": type_,
            "accepts_response_payload": accepts_response_payload,
            "payload": payload,
        }
        self.envelopes.append(envelope)
        await self._sockets[-1].send_json(envelope)
        try:
            return await self.wait_for(
                lambda f: next((a for a in f.acks if a.envelope_id == envelope_id), None), timeout
            )
        except TimeoutError:
            raise TimeoutError(
                f"no ack for {type_} envelope {envelope_id} within {timeout}s "
                "(listener missing, or it never called ack()?)"
            ) from None

    async def send_slash_command(
        self,
        text: str,
        *,
        command: str = "/news",
        user_id: str = "U0USER",
        channel_id: str = "C0NEWS",
        user_name: str = "alice",
        timeout: float = 5.0,
    ) -> dict:
        """Deliver a slash command; return the client's ack message ({"envelope_id", "payload"?})."""
        self._commands_sent += 1
        n = self._commands_sent
        payload = {
            "token": "fake-verification-token",
            "team_id": self.team_id,
            "team_domain": "fake",
            "channel_id": channel_id,
            "channel_name": self.channels.get(channel_id, "unknown"),
            "user_id": user_id,
            "user_name": user_name,
            "command": command,
            "text": text,
            "api_app_id": APP_ID,
            "is_enterprise_install": "false",
            "response_url": self.response_url(f"cmd-{n}"),
            "trigger_id": f"{n}.{self.team_id}.fake-trigger",
        }
        ack = await self.send_envelope("slash_commands", payload, accepts_response_payload=True, timeout=timeout)
        return ack.raw

    async def wait_for(self, predicate: Callable[[FakeSlack], Any], timeout: float = 5.0) -> Any:
        """Wait until ``predicate(self)`` is truthy (re-checked on every recorded event); return it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not (result := predicate(self)):
            changed = self._changed
            try:
                async with asyncio.timeout_at(deadline):
                    await changed.wait()
            except TimeoutError:
                raise TimeoutError(
                    f"condition not met within {timeout}s; "
                    f"calls so far: {[c.method for c in self.calls]}, rejected: {self.rejected}"
                ) from None
        return result

    # -- internals
    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _drop(self, ws: web.WebSocketResponse, send_disconnect: bool) -> None:
        if send_disconnect and not ws.closed:
            await ws.send_json(
                {
                    "type": "disconnect",
                    "reason": "refresh_requested",
                    "debug_info": {"host": "fake"},
                }
            )
        else:
            await ws.close(code=1001, message=b"dropped by test")

    def _next_ts(self) -> str:
        self._ts_counter += 1
        micros = TS_BASE_MICROS + self._ts_counter * TS_STEP_MICROS
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _resolve_channel(self, channel: Any) -> str:
        if isinstance(channel, str) and channel.startswith("#"):
            channel = next((c for c, n in self.channels.items() if n == channel[1:]), channel)
        if channel not in self.channels:
            raise _Refused("channel_not_found", f"unknown channel {channel!r}")
        return channel

    def _is_member(self, channel: str, user: str) -> bool:
        members = self.members_of.get(channel)
        return members is None or user in members

    def _reject(self, method: str, err: _Refused, params: dict) -> None:
        self.rejected.append(Rejection(method, err.error, err.reason, params))

    # -- Web API
    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params: dict[str, Any] = dict(request.query)
        encoding, bad_json = "query", False
        if request.can_read_body:
            if request.content_type == "application/json":
                encoding = "json"
                try:
                    body = await request.json()
                except ValueError:
                    body = None
                bad_json = not isinstance(body, dict)
                params.update(body if isinstance(body, dict) else {})
            else:
                encoding = "form"
                params.update(await request.post())
        auth = request.headers.get("Authorization", "")
        token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else params.pop("token", None)
        call = ApiCall(method, params, token, encoding, time.monotonic())
        self.calls.append(call)
        try:
            if bad_json:
                raise _Refused("invalid_json", "the JSON body is not an object")
            failure = self._take_failure(method)
            if failure is not None:
                return self._injected(call, failure)
            self._check_token(method, token)
            handler = getattr(self, "_api_" + method.replace(".", "_"), None)
            if handler is None:
                raise _Refused("unknown_method", f"the fake does not implement {method}")
            result = handler(params)
            return web.json_response({"ok": True, **result})
        except _Refused as err:
            call.error = err.error
            self._reject(method, err, params)
            body: dict[str, Any] = {"ok": False, "error": err.error}
            if err.errors:
                body["errors"] = err.errors
                body["response_metadata"] = {"messages": [f"[ERROR] {e}" for e in err.errors]}
            return web.json_response(body)
        finally:
            self._notify()

    def _take_failure(self, method: str) -> _Failure | None:
        queue = self._failures.get(method)
        if not queue:
            return None
        failure = queue[0]
        failure.times -= 1
        if failure.times <= 0:
            queue.pop(0)
        return failure

    def _injected(self, call: ApiCall, f: _Failure) -> web.Response:
        call.status, call.error = f.status, f.error
        reason = f"injected by fail_next (HTTP {f.status})"
        self.rejected.append(Rejection(call.method, f.error or f"http_{f.status}", reason, call.params))
        headers = {"Retry-After": str(f.retry_after)} if f.retry_after is not None else None
        if f.error is None:
            return web.Response(status=f.status, text=f"fake HTTP {f.status}", headers=headers)
        return web.json_response({"ok": False, "error": f.error}, status=f.status, headers=headers)

    def _check_token(self, method: str, token: str | None) -> None:
        if not token:
            raise _Refused("not_authed", "no token sent")
        wants_app_token = method == "apps.connections.open"
        if token == (self.app_token if wants_app_token else self.bot_token):
            return
        if token in (self.app_token, self.bot_token):
            kind = "app-level (xapp)" if wants_app_token else "bot (xoxb)"
            raise _Refused("not_allowed_token_type", f"{method} needs the {kind} token")
        raise _Refused("invalid_auth", f"unknown token {token[:9]}...")

    def _api_auth_test(self, params: dict) -> dict:
        return {
            "url": "https://fake.slack.com/",
            "team": "Fake Team",
            "user": "tidings",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    def _api_apps_connections_open(self, params: dict) -> dict:
        ticket = str(uuid.uuid4())
        self._tickets.add(ticket)
        ws_base = self.base_url.replace("http://", "ws://", 1)
        return {"url": f"{ws_base}/link/?ticket={ticket}&app_id={APP_ID}"}

    def _message_content(self, params: dict) -> tuple[Any, list[dict] | None]:
        blocks = parse_blocks(params.get("blocks"))
        text = params.get("text")
        validate_message(text, blocks, has_attachments=bool(params.get("attachments")))
        return text, blocks

    def _api_chat_postMessage(self, params: dict) -> dict:
        channel = self._resolve_channel(params.get("channel"))
        if not self._is_member(channel, self.bot_user_id):
            raise _Refused("not_in_channel", f"bot {self.bot_user_id} is not in {channel}")
        text, blocks = self._message_content(params)
        ts = self._next_ts()
        thread_ts = params.get("thread_ts") or None
        self.messages.append(PostedMessage(channel, text, blocks, thread_ts, ts, params))
        message = {"type": "message", "user": self.bot_user_id, "bot_id": BOT_ID, "ts": ts,
                   "text": text or "", "team": self.team_id}  # fmt: skip
        if blocks:
            message["blocks"] = blocks
        if thread_ts:
            message["thread_ts"] = thread_ts
        return {"channel": channel, "ts": ts, "message": message}

    def _api_chat_postEphemeral(self, params: dict) -> dict:
        channel = self._resolve_channel(params.get("channel"))
        user = params.get("user")
        if not user:
            raise _Refused("invalid_arguments", "missing required field: user")
        if not self._is_member(channel, self.bot_user_id):
            raise _Refused("not_in_channel", f"bot {self.bot_user_id} is not in {channel}")
        if not self._is_member(channel, user):
            raise _Refused("user_not_in_channel", f"{user} is not in {channel}")
        text, blocks = self._message_content(params)
        ts = self._next_ts()
        self.ephemerals.append(EphemeralMessage(channel, user, text, blocks, params.get("thread_ts") or None, ts))
        return {"message_ts": ts}

    def _api_chat_update(self, params: dict) -> dict:
        channel = self._resolve_channel(params.get("channel"))
        ts = params.get("ts")
        if not any(m.channel == channel and m.ts == ts for m in self.messages):
            raise _Refused("message_not_found", f"no message {ts!r} in {channel}")
        text, blocks = self._message_content(params)
        self.updates.append(MessageUpdate(channel, ts, text, blocks))
        message = {"text": text or "", "user": self.bot_user_id, "bot_id": BOT_ID}
        if blocks:
            message["blocks"] = blocks
        return {"channel": channel, "ts": ts, "text": text or "", "message": message}

    def _api_conversations_info(self, params: dict) -> dict:
        channel = self._resolve_channel(params.get("channel"))
        return {
            "channel": {
                "id": channel,
                "name": self.channels[channel],
                "is_channel": True,
                "is_private": False,
                "is_archived": False,
                "is_member": self._is_member(channel, self.bot_user_id),
            }
        }

    def _api_users_info(self, params: dict) -> dict:
        user = params.get("user")
        if not isinstance(user, str) or not user.startswith(("U", "W")):
            raise _Refused("user_not_found", f"unknown user {user!r}")
        return {
            "user": {
                "id": user,
                "team_id": self.team_id,
                "name": user.lower(),
                "deleted": False,
                "is_bot": user == self.bot_user_id,
                "is_admin": user in self.admins or user in self.owners,
                "is_owner": user in self.owners,
                "is_primary_owner": False,
                "tz": "UTC",
            }
        }

    # -- response URLs (webhook-style errors: HTTP status + plain-text body)
    async def _handle_response_url(self, request: web.Request) -> web.Response:
        key = request.match_info["key"]
        try:
            body = await request.json()
        except ValueError:
            body = None
        try:
            if key not in self._response_url_uses:
                raise _Refused("no_service", f"response URL {key!r} was never handed out")
            if not isinstance(body, dict):
                raise _Refused("invalid_payload", "body is not a JSON object")
            self._response_url_uses[key] += 1
            if self._response_url_uses[key] > RESPONSE_URL_MAX_USES:
                # Slack does not document the exact error string for this case.
                raise _Refused("used_url", f"response URL used more than {RESPONSE_URL_MAX_USES} times")
            if not body.get("delete_original"):
                validate_message(body.get("text"), parse_blocks(body.get("blocks")),
                                 has_attachments=bool(body.get("attachments")))  # fmt: skip
        except _Refused as err:
            self._reject("response_url", err, body if isinstance(body, dict) else {})
            status = 404 if err.error in ("no_service", "used_url") else 400
            return web.Response(status=status, text=err.error)
        else:
            self.response_url_posts.append(ResponseUrlPost(key, body, time.monotonic()))
            return web.Response(text="ok")
        finally:
            self._notify()

    # -- Socket Mode
    async def _handle_socket(self, request: web.Request) -> web.StreamResponse:
        if request.query.get("ticket") not in self._tickets:
            return web.Response(status=401, text="invalid ticket")
        ws = web.WebSocketResponse(autoping=True)  # answers the client's pings with pongs
        await ws.prepare(request)
        self._sockets.append(ws)
        self._open_sockets.add(ws)
        self.socket_connections += 1
        await ws.send_json(
            {
                "type": "hello",
                "num_connections": len(self._sockets),
                "debug_info": {
                    "host": "fake-slack",
                    "build_number": 1,
                    "approximate_connection_time": 18060,
                },
                "connection_info": {"app_id": APP_ID},
            }
        )
        self._notify()
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                self._record_ack(msg.data)
        finally:
            self._open_sockets.discard(ws)
            if ws in self._sockets:
                self._sockets.remove(ws)
            self._notify()
        return ws

    def _record_ack(self, data: str) -> None:
        try:
            message = json.loads(data)
        except ValueError:
            message = None
        if not isinstance(message, dict) or "envelope_id" not in message:
            self.rejected.append(Rejection("socket_mode.ack", "invalid_ack", f"unexpected frame {data!r}"))
        else:
            payload = message.get("payload")
            self.acks.append(SocketAck(message["envelope_id"], payload, message))
            if isinstance(payload, dict) and (payload.get("text") or payload.get("blocks")):
                try:  # an immediate response is shown to the user, so the same limits apply
                    validate_message(payload.get("text"), parse_blocks(payload.get("blocks")))
                except _Refused as err:
                    self._reject("socket_mode.ack", err, payload)
        self._notify()


async def ask(fake: FakeSlack, text: str, *, user: str = "U0USER", channel: str = "C0NEWS") -> dict:
    """Run a slash command; return the first message posted to its response_url."""
    ack = await fake.send_slash_command(text, user_id=user, channel_id=channel)
    assert not ack.get("payload")  # acked at once, empty: the answer follows via response_url
    key = fake.envelopes[-1]["payload"]["response_url"].rsplit("/", 1)[1]
    posts = await fake.wait_for(lambda f: [p for p in f.response_url_posts if p.key == key])
    return posts[0].body


def shown(body: dict) -> str:
    """The text of a message's section blocks."""
    return "\n".join(b["text"]["text"] for b in body["blocks"] if b["type"] == "section")
