"""A fake OpenAI-compatible chat-completions server: real HTTP on 127.0.0.1.

``POST /v1/chat/completions`` answers with the next scripted reply
(``model.script.append(...)``), else with ``model.default(request_json)``: by
default the lead source's first sentence, as a well-behaved model would. Every
request is recorded (headers and JSON body), so tests see what was sent.

Replies: ``answer(text)`` (a chat completion), ``status(code, retry_after=...)``,
``malformed(body)`` (200 with a body that is no chat completion), ``slow()``
(accepts and answers nothing until the server closes, or ``release`` is set).
Nothing here sleeps.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Reply:
    status: int = 200
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False


def answer(text: str, *, finish_reason: str = "stop", refusal: str | None = None) -> Reply:
    message: dict = {"role": "assistant", "content": text}
    if refusal is not None:
        message["refusal"] = refusal
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "model": "fake",
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
    return Reply(body=json.dumps(body))


def status(code: int, *, retry_after: str | None = None, body: str = '{"error": {"message": "nope"}}') -> Reply:
    return Reply(status=code, body=body, headers={"Retry-After": retry_after} if retry_after is not None else {})


def malformed(body: str = '{"choices": [{"message": ') -> Reply:
    return Reply(body=body)


def slow() -> Reply:
    return Reply(hang=True)


_TEXT = re.compile(r"<text>\n(.*?)\n</text>", re.S)


def sources_in(request: dict) -> list[str]:
    """The source texts of a request, as the fake model reads them from the user message."""
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    return _TEXT.findall(user)


def lead_sentence(request: dict) -> Reply:
    texts = sources_in(request)
    first = texts[0] if texts else ""
    return answer(re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0])


@dataclass
class Seen:
    headers: dict[str, str]
    json: dict


class FakeModel:
    def __init__(self) -> None:
        self.script: list[Reply] = []
        self.default: Callable[[dict], Reply] = lead_sentence
        self.requests: list[Seen] = []
        self.received = asyncio.Event()  # set at each request
        self.release = asyncio.Event()  # ends slow() replies (so does closing the server)
        self.gate: asyncio.Event | None = None  # when set to an event, every request waits for it
        self.in_flight = self.peak = 0  # requests being answered now, and the most at once
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def __aenter__(self) -> FakeModel:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc) -> None:
        self.release.set()
        assert self._runner is not None
        await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(Seen(dict(request.headers), body))
        self.received.set()
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            if self.gate is not None:
                await self.gate.wait()
            return await self._reply(body)
        finally:
            self.in_flight -= 1

    async def _reply(self, body: dict) -> web.StreamResponse:
        reply = self.script.pop(0) if self.script else self.default(body)
        if reply.hang:
            await self.release.wait()
            return web.Response(status=504, text="released")
        return web.Response(
            status=reply.status, text=reply.body, headers=reply.headers, content_type="application/json"
        )
