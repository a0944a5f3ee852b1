"""A real HTTP server on 127.0.0.1 serving feeds, with the behaviours feed
servers have in the wild: ETag/Last-Modified, redirects, errors, slowness."""

from __future__ import annotations

import asyncio
import gzip as gziplib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Served:
    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Request:
    path: str
    headers: dict[str, str]


class FeedServer:
    def __init__(self):
        self.routes: dict[str, Served | Callable[[web.Request], Awaitable[web.StreamResponse]]] = {}
        self.requests: list[Request] = []
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def __aenter__(self) -> FeedServer:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc) -> None:
        assert self._runner is not None
        await self._runner.cleanup()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self, path: str, body: bytes | str, **kwargs) -> str:
        """Serve ``body`` at ``path``; returns the URL."""
        self.routes[path] = Served(body.encode() if isinstance(body, str) else body, **kwargs)
        return self.url(path)

    def handle(self, path: str, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> str:
        """Answer ``path`` with a custom handler (errors, redirects, drips)."""
        self.routes[path] = handler
        return self.url(path)

    def hits(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(Request(request.path, dict(request.headers)))
        route = self.routes.get(request.path)
        if route is None:
            return web.Response(status=404, text="not found")
        if callable(route):
            return await route(request)
        return self._static(route, request)

    def _static(self, served: Served, request: web.Request) -> web.Response:
        headers = dict(served.headers)
        if served.etag:
            headers["ETag"] = served.etag
        if served.last_modified:
            headers["Last-Modified"] = served.last_modified
        inm = request.headers.get("If-None-Match")
        ims = request.headers.get("If-Modified-Since")
        if (served.etag and inm == served.etag) or (
            not served.etag and served.last_modified and ims == served.last_modified
        ):
            return web.Response(status=304, headers=headers)
        body = served.body
        if served.gzip:
            body = gziplib.compress(body)
            headers["Content-Encoding"] = "gzip"
        headers["Content-Type"] = served.content_type
        return web.Response(body=body, headers=headers)


def status(code: int, text: str = "", headers: dict[str, str] | None = None):
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=code, text=text or f"status {code}", headers=headers or {})

    return handler


def redirect(location: str, code: int = 301):
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=code, headers={"Location": location})

    return handler


def hang_until(event: asyncio.Event):
    """Accepts the request and answers nothing until ``event`` is set (for timeouts)."""

    async def handler(request: web.Request) -> web.StreamResponse:
        await event.wait()
        return web.Response(text="too late")

    return handler


class InFlight:
    """A handler that counts the requests it is answering at once (``peak``).

    Each request waits until ``at_least`` are in, then lets the loop turn a
    few times (no clock involved) so that any request a missing limit would
    let through arrives too, then answers with ``respond(request)``."""

    def __init__(self, at_least: int, respond: Callable[[web.Request], web.StreamResponse]):
        self.at_least, self.respond = at_least, respond
        self.now = self.peak = 0
        self._full = asyncio.Event()

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        self.now += 1
        self.peak = max(self.peak, self.now)
        if self.now >= self.at_least:
            self._full.set()
        await self._full.wait()
        for _ in range(50):
            await asyncio.sleep(0)
        self.now -= 1
        return self.respond(request)
