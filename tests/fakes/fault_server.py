"""Faults on demand, on 127.0.0.1 (and a DNS table to go with them).

Handlers for ``FeedServer.handle`` that misbehave the way real feed servers
(and hostile ones) do -- a drip of bytes, a reset mid-body, endless redirects,
lies about the size, compression bombs -- and ``FaultProxy``, an HTTP proxy to
put in front of the fake Slack or Discord API that makes chosen requests hang
or lose their connection, before or after the API has seen them.

Nothing here sleeps longer than a drip interval; every handler notices when
the client has gone and ends, so the servers shut down at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import socket
import zlib
from dataclasses import dataclass, field

import aiohttp
import brotli
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

# --- feed-side faults ---------------------------------------------------------------------


def _gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


def drip(body: bytes, *, interval: float = 0.02, content_type: str = "application/rss+xml"):
    """One byte per ``interval`` seconds (the body is never finished in a test's deadline)."""

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": content_type})
        response.content_length = len(body)
        await response.prepare(request)
        for byte in body:
            if _gone(request):
                break
            try:
                await response.write(bytes([byte]))
            except (ConnectionError, RuntimeError):
                break
            await asyncio.sleep(interval)
        return response

    return handler


def reset_mid_body(body: bytes, *, after: int, content_type: str = "application/rss+xml"):
    """Declares the whole body, sends ``after`` bytes of it, then drops the connection."""

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": content_type})
        response.content_length = len(body)
        await response.prepare(request)
        await response.write(body[:after])
        request.transport.abort()  # an RST, not a clean end: the client sees a broken response
        return response

    return handler


def endless_redirects(prefix: str = "/loop", code: int = 302):
    """``{prefix}/1`` → ``{prefix}/2`` → ... for ever (every hop a new URL: no loop to spot)."""

    async def handler(request: web.Request) -> web.Response:
        n = int(request.path.rsplit("/", 1)[-1] or 0)
        return web.Response(status=code, headers={"Location": f"{prefix}/{n + 1}"})

    return handler


def declared_size(size: int, *, sent: bytes = b"<rss>"):
    """A Content-Length of ``size`` bytes, then only ``sent`` (the client should not wait for the rest)."""

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        response.content_length = size
        await response.prepare(request)
        with contextlib.suppress(ConnectionError, RuntimeError):
            await response.write(sent)
        request.transport.abort()
        return response

    return handler


def endless_body(*, chunk: bytes = b"<item><title>x</title></item>" * 100):
    """Chunked, no length, never ends: streams until the client hangs up."""

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        await response.write(b"<?xml version='1.0'?><rss version='2.0'><channel>")
        while not _gone(request):
            try:
                await response.write(chunk)
            except (ConnectionError, RuntimeError):
                break
            await asyncio.sleep(0)
        return response

    return handler


def compression_bomb(encoding: str = "gzip", *, size: int = 64 * 1024 * 1024):
    """``size`` bytes of zeros, compressed to a few kilobytes (gzip) or bytes (br)."""
    if encoding == "br":
        body = brotli.compress(b"\0" * size, quality=5)
    else:
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: the gzip container
        block = b"\0" * (1024 * 1024)
        body = b"".join(compressor.compress(block) for _ in range(size // len(block))) + compressor.flush()

    async def handler(request: web.Request) -> web.Response:
        headers = {"Content-Encoding": encoding, "Content-Type": "application/rss+xml"}
        return web.Response(body=body, headers=headers)

    handler.compressed_size = len(body)  # type: ignore[attr-defined]
    return handler


def raw(body: bytes, *, content_type: str = "application/rss+xml", status: int = 200, headers: dict | None = None):
    """Exactly these bytes, with this Content-Type (or none when it is "")."""

    async def handler(request: web.Request) -> web.Response:
        response = web.Response(body=body, status=status, headers=headers or {})
        if content_type:
            response.headers["Content-Type"] = content_type
        else:
            response.headers.pop("Content-Type", None)
        return response

    return handler


# --- chat-side faults -------------------------------------------------------------------------


@dataclass
class _Rule:
    method: str
    pattern: str
    action: str  # "hang", "reset" or "answer"
    forward: bool  # pass the request on first (the API acts on it), then fail the answer
    times: int
    after: int = 0  # let this many matching requests through first
    answer: dict = field(default_factory=dict)  # for "answer": web.Response arguments


@dataclass
class ProxiedRequest:
    method: str
    path: str
    action: str  # "forwarded", "hang", "hang after forwarding", "reset", ...
    status: int | None = None
    body: bytes = field(default=b"", repr=False)


_HOP_HEADERS = {"host", "content-length", "transfer-encoding", "connection", "keep-alive", "accept-encoding"}
_ANSWER_SKIP = {"content-length", "transfer-encoding", "content-encoding", "connection", "keep-alive"}


class FaultProxy:
    """An HTTP proxy on 127.0.0.1 in front of ``target`` (a fake chat API's base URL).

    Requests pass through unchanged, except the next ones matching a rule:
    ``hang_next`` keeps the client waiting (until it gives up), ``reset_next``
    drops the connection without an answer, ``answer_next`` answers in the API's
    place (a 429 in the middle of a split digest). With ``forward=True`` the
    request reaches the API first -- the post is made -- and only the answer is
    lost, which is what a client cannot tell apart from a lost request.
    ``after=n`` lets the first n matching requests through untouched.
    """

    def __init__(self, target: str):
        self.target = target.rstrip("/")
        self.requests: list[ProxiedRequest] = []
        self._rules: list[_Rule] = []
        self._release = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.port = 0

    async def __aenter__(self) -> FaultProxy:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self._session = aiohttp.ClientSession(auto_decompress=False)
        return self

    async def __aexit__(self, *exc) -> None:
        self._release.set()  # hung requests end now
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def hang_next(self, method: str, pattern: str, *, times: int = 1, forward: bool = False, after: int = 0) -> None:
        self._rules.append(_Rule(method.upper(), pattern, "hang", forward, times, after))

    def reset_next(self, method: str, pattern: str, *, times: int = 1, forward: bool = False, after: int = 0) -> None:
        self._rules.append(_Rule(method.upper(), pattern, "reset", forward, times, after))

    def answer_next(self, method: str, pattern: str, *, times: int = 1, after: int = 0, **response) -> None:
        """Answer with ``web.Response(**response)`` instead of the API (status, headers, text, body)."""
        self._rules.append(_Rule(method.upper(), pattern, "answer", False, times, after, response))

    def _take(self, method: str, path: str) -> _Rule | None:
        for rule in self._rules:
            if rule.method in ("*", method) and fnmatch.fnmatchcase(path, rule.pattern):
                if rule.after > 0:
                    rule.after -= 1
                    return None
                rule.times -= 1
                if rule.times <= 0:
                    self._rules.remove(rule)
                return rule
        return None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        rule = self._take(request.method, request.path)
        record = ProxiedRequest(request.method, request.path, "forwarded", body=body)
        self.requests.append(record)
        answer: web.Response | None = None
        if rule is None or rule.forward:
            answer = await self._forward(request, body)
            record.status = answer.status
        if rule is None:
            return answer
        record.action = rule.action + (" after forwarding" if rule.forward else "")
        if rule.action == "answer":
            record.status = rule.answer.get("status", 200)
            return web.Response(**rule.answer)
        if rule.action == "hang":
            await self._release.wait()  # the client gives up long before
            return web.Response(status=504, text="the fault proxy let go")
        request.transport.abort()
        return web.Response(status=502)

    async def _forward(self, request: web.Request, body: bytes) -> web.Response:
        assert self._session is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP_HEADERS}
        url = self.target + str(request.rel_url)
        async with self._session.request(
            request.method, url, data=body, headers=headers, allow_redirects=False
        ) as resp:
            data = await resp.read()
            answer_headers = {k: v for k, v in resp.headers.items() if k.lower() not in _ANSWER_SKIP}
            if "Content-Encoding" in resp.headers:
                answer_headers["Content-Encoding"] = resp.headers["Content-Encoding"]
            return web.Response(status=resp.status, body=data, headers=answer_headers)


# --- DNS -------------------------------------------------------------------------------------


class StaticResolver(AbstractResolver):
    """DNS from a table: ``{"feeds.example": ["127.0.0.1"]}``; unknown names do not resolve.

    Counts lookups, so a test can see that a name was (or was not) looked up."""

    def __init__(self, table: dict[str, list[str]]):
        self.table = table
        self.lookups: list[str] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.lookups.append(host)
        if host not in self.table:
            raise OSError(socket.EAI_NONAME, f"{host}: name or service not known")
        return [
            ResolveResult(hostname=host, host=address, port=port, proto=0, flags=socket.AI_NUMERICHOST,
                          family=socket.AF_INET6 if ":" in address else socket.AF_INET)
            for address in self.table[host]
        ]  # fmt: skip

    async def close(self) -> None:
        return None


class NumericResolver(AbstractResolver):
    """Resolves the numeric spellings of an IPv4 address as the system does:
    getaddrinfo (glibc, musl, the BSDs) reads a host with inet_aton, so
    ``127.1``, ``0x7f.0.0.1``, ``2130706433`` and ``017700000001`` all are
    127.0.0.1. Names do not resolve (no DNS). Records the hosts it was asked about."""

    def __init__(self):
        self.lookups: list[str] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.lookups.append(host)
        try:
            address = socket.inet_ntoa(socket.inet_aton(host))
        except OSError:
            raise OSError(socket.EAI_NONAME, f"{host}: name or service not known") from None
        return [ResolveResult(hostname=host, host=address, port=port, proto=0, flags=socket.AI_NUMERICHOST,
                              family=socket.AF_INET)]  # fmt: skip

    async def close(self) -> None:
        return None
