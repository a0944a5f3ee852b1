"""Polite HTTP: one aiohttp session for every feed, conditional GET, limits.

A fetch never raises for a feed's own problems: it returns a FetchResult whose
``error`` is one readable line, so one broken feed never stops the others.

URLs typed in chat (``untrusted=True``) go through a second session whose every
connection -- the first and each redirect hop -- may only reach public
addresses: checked on the address actually connected to, at connect time, so
a DNS name pointing at 127.0.0.1 or a redirect to 169.254.169.254 is refused
(issue 7; the checks: bot/addressguard.py). Feeds from settings.toml are
trusted (file:// included), and ``[polling] allow_private_networks`` trusts
private networks for chat too.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver
from yarl import URL

from .addressguard import (
    PrivateAddressError,
    PublicOnlyResolver,
    is_public_address,
    public_socket_factory,
)
from .config import PollingSettings
from .urls import hostname_problem

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
PERMANENT_REDIRECTS = (301, 308)
TEMPORARY_REDIRECTS = (302, 303, 307)
_REDIRECTS = frozenset(PERMANENT_REDIRECTS + TEMPORARY_REDIRECTS)


@dataclass(slots=True)  # not frozen: one per fetch (see models.FeedState)
class FetchResult:
    url: str  # the URL asked for
    status: str  # "ok", "not_modified" or "error"
    body: bytes = b""
    final_url: str = ""  # after redirects
    moved_to: str | None = None  # set when every redirect was permanent: the feed's new URL
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""
    http_status: int | None = None
    error: str = ""
    retry_after: float | None = None  # seconds, from a 429/503 Retry-After
    max_age: float | None = None  # seconds, from Cache-Control (a hint, never obeyed to poll faster)

    def __post_init__(self) -> None:
        # An error is one readable line: aiohttp's messages can span lines. (Here, not in a
        # coroutine around every fetch: a warm cycle's fetches are all unchanged feeds.)
        if self.error and ("\n" in self.error or len(self.error) > 300):
            self.error = " ".join(self.error.split())[:300]

    @property
    def body_hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


class Fetcher:
    """Fetches feeds with global and per-host concurrency limits and a body cap."""

    def __init__(
        self,
        settings: PollingSettings,
        *,
        clock: Callable[[], float] = time.time,
        resolver: AbstractResolver | None = None,
        allowed_address: Callable[[str], bool] = is_public_address,
    ):
        """``resolver`` replaces DNS (tests map names to addresses with it);
        ``allowed_address`` decides which addresses untrusted fetches may reach."""
        self.settings = settings
        self._clock = clock
        self._resolver = resolver
        self._allowed_address = allowed_address
        self._session: aiohttp.ClientSession | None = None
        self._untrusted_session: aiohttp.ClientSession | None = None
        # Waiting for a turn (concurrency, per_host) happens before the deadline starts:
        # feeds queued behind a slow server on the same host do not time out for it.
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._host_slots: dict[tuple[str, str, int | None], asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        await self.open()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def open(self) -> None:
        if self._session is None:
            self._session = self._new_session(self._resolver, None)

    def _new_session(self, resolver: AbstractResolver | None, socket_factory) -> aiohttp.ClientSession:
        s = self.settings
        connector = aiohttp.TCPConnector(
            limit=s.concurrency, limit_per_host=s.per_host, ttl_dns_cache=300, resolver=resolver,
            socket_factory=socket_factory,
        )  # fmt: skip
        return aiohttp.ClientSession(
            connector=connector,
            # The whole fetch's deadline is fetch's _Deadline (redirects
            # included): a second timer per request here would only cost time.
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=s.connect_timeout),
            headers={"User-Agent": s.user_agent, "Accept": ACCEPT},
            # Cookies from one feed must never reach another.
            cookie_jar=aiohttp.DummyCookieJar(),
        )

    def _guarded_session(self) -> aiohttp.ClientSession:
        """The session for URLs from chat: its own connector (no connection is
        shared with trusted fetches), public addresses only."""
        if self._untrusted_session is None:
            inner, owner = self._resolver, False
            if inner is None:
                inner, owner = aiohttp.DefaultResolver(), True
            resolver = PublicOnlyResolver(inner, allowed=self._allowed_address, owner=owner)
            self._untrusted_session = self._new_session(resolver, public_socket_factory(self._allowed_address))
        return self._untrusted_session

    async def close(self) -> None:
        for session in (self._session, self._untrusted_session):
            if session is not None:
                await session.close()
        self._session = self._untrusted_session = None

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None, untrusted: bool = False
    ) -> FetchResult:
        """Fetch a feed. ``untrusted`` for URLs that came from chat: http(s) only,
        and (unless ``allow_private_networks``) public addresses only."""
        scheme, host, problem, target = _address(url)
        if untrusted and scheme not in ("http", "https"):
            return FetchResult(
                url,
                "error",
                error=f"refused: feed URLs from chat must be http:// or https://, not {scheme or 'a path'}",
            )
        if scheme == "file":
            return await asyncio.to_thread(self._read_file, url)
        if scheme not in ("http", "https"):
            return FetchResult(url, "error", error=f"unsupported URL scheme {scheme!r}")
        if problem:
            return FetchResult(url, "error", error=problem)
        if self._session is None:
            await self.open()
        guarded = untrusted and not self.settings.allow_private_networks
        session = self._guarded_session() if guarded else self._session
        assert session is not None  # open() made it
        # The host's turn first, then a global one: a task waiting for a busy host holds
        # no global slot. (acquire and release written out, not `async with`: the
        # semaphores' __aenter__/__aexit__ are two coroutines each, per fetch.)
        host_slot, slots = self._host_slot(host), self._slots
        try:
            await host_slot.acquire()
            try:
                await slots.acquire()
                try:
                    # One deadline for the whole fetch, redirects included: a chain of slow
                    # hops (or a server dripping a byte a second) cannot take longer.
                    with _Deadline(self.settings.timeout):
                        return await self._fetch_http(session, url, target, etag, last_modified)
                finally:
                    slots.release()
            finally:
                host_slot.release()
        except TimeoutError:
            return FetchResult(url, "error", error=f"timed out after {self.settings.timeout:g}s")
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, PrivateAddressError):
                return FetchResult(url, "error", error=str(exc.os_error))
            return FetchResult(url, "error", error=f"cannot connect to {exc.host}:{exc.port}: {_reason(exc)}")
        except aiohttp.ClientPayloadError:
            return FetchResult(url, "error", error="the connection broke before the whole response arrived")
        except aiohttp.ServerDisconnectedError:
            return FetchResult(url, "error", error="the server closed the connection without answering")
        except aiohttp.InvalidURL as exc:
            return FetchResult(url, "error", error=f"invalid URL: {exc}")
        except aiohttp.ClientResponseError as exc:
            return FetchResult(url, "error", error=f"bad HTTP response: {exc.message}")
        except aiohttp.ClientError as exc:
            return FetchResult(url, "error", error=f"HTTP error: {type(exc).__name__}: {exc}")
        except UnicodeError:  # a host the resolver cannot encode, met after a redirect
            return FetchResult(url, "error", error="invalid host name after a redirect: it cannot be looked up")

    def _host_slot(self, host: tuple) -> asyncio.Semaphore:
        slot = self._host_slots.get(host)
        if slot is None:
            slot = self._host_slots[host] = asyncio.Semaphore(self.settings.per_host)
        return slot

    async def _fetch_http(
        self, session: aiohttp.ClientSession, url: str, target: URL | str, etag: str | None, last_modified: str | None
    ) -> FetchResult:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, moved_to, all_permanent = url, None, True
        for hop in range(self.settings.max_redirects + 1):
            try:
                # Awaited and released here, not `async with`: its __aenter__ and __aexit__ are
                # four coroutines a request (and a wait for a request body a GET has not got).
                resp = await session.get(target if hop == 0 else _address(current)[3], headers=headers,
                                         allow_redirects=False)  # fmt: skip
            except aiohttp.ClientConnectorError as exc:
                if hop and isinstance(exc.os_error, PrivateAddressError):
                    return FetchResult(url, "error", error=f"{exc.os_error}, after a redirect to {current}")
                raise
            try:
                if resp.status == 304:  # the common answer, here: no coroutine for _response
                    return FetchResult(url, "not_modified", final_url=current, moved_to=moved_to, http_status=304,
                                       etag=resp.headers.get("ETag"), last_modified=resp.headers.get("Last-Modified"))  # fmt: skip
                if resp.status not in _REDIRECTS:
                    return await self._response(url, current, moved_to, resp)
                location = resp.headers.get("Location")
            finally:
                resp.release()
            if not location:
                return FetchResult(
                    url, "error", http_status=resp.status, error=f"HTTP {resp.status} redirect without a Location"
                )
            current = urljoin(current, location)
            if urlsplit(current).scheme not in ("http", "https"):
                return FetchResult(url, "error", error=f"redirected to a non-web URL: {current}")
            # Only a chain of permanent redirects from the start moves the feed.
            all_permanent = all_permanent and resp.status in PERMANENT_REDIRECTS
            if all_permanent:
                moved_to = current
        return FetchResult(url, "error", error=f"too many redirects (more than {self.settings.max_redirects})")

    async def _response(self, url: str, final: str, moved_to: str | None, resp: aiohttp.ClientResponse) -> FetchResult:
        common: dict[str, Any] = dict(final_url=final, moved_to=moved_to, http_status=resp.status)
        if resp.status >= 400 or resp.status < 200:
            retry = _retry_after(resp.headers.get("Retry-After"), self._clock()) if resp.status in (429, 503) else None
            return FetchResult(url, "error", retry_after=retry, error=_status_message(resp), **common)
        cap = self.settings.max_body
        declared = resp.content_length
        if declared is not None and declared > cap:
            return FetchResult(url, "error", error=f"response too large: {declared:,} bytes (limit {cap:,})", **common)
        chunks, size = [], 0
        # Counted after decompression: a small gzip body can expand enormously.
        async for chunk in resp.content.iter_chunked(64 * 1024):
            size += len(chunk)
            if size > cap:
                return FetchResult(url, "error", error=f"response too large: over the {cap:,}-byte limit", **common)
            chunks.append(chunk)
        return FetchResult(
            url,
            "ok",
            body=b"".join(chunks),
            etag=resp.headers.get("ETag"),
            last_modified=resp.headers.get("Last-Modified"),
            content_type=resp.headers.get("Content-Type", ""),
            max_age=_max_age(resp.headers.get("Cache-Control")),
            **common,
        )

    def _read_file(self, url: str) -> FetchResult:
        parts = urlsplit(url)
        path = Path(unquote(parts.path))
        try:
            size = path.stat().st_size
            if size > self.settings.max_body:
                return FetchResult(
                    url, "error", error=f"file too large: {size:,} bytes (limit {self.settings.max_body:,})"
                )
            body = path.read_bytes()
        except FileNotFoundError:
            return FetchResult(url, "error", error=f"file not found: {path}")
        except IsADirectoryError:
            return FetchResult(url, "error", error=f"not a file: {path}")
        except OSError as exc:
            return FetchResult(url, "error", error=f"cannot read {path}: {exc.strerror or exc}")
        return FetchResult(url, "ok", body=body, final_url=url)


class _Deadline:
    """``with _Deadline(seconds):`` asyncio.timeout's rule, for one fetch, as a plain
    ``with``: one timer handle, no coroutines to enter and leave it. When the time is up
    the task is cancelled, and that cancellation (if no other is pending) leaves the
    block as TimeoutError."""

    __slots__ = ("_task", "_cancelling", "_handle", "_expired")

    def __init__(self, seconds: float):
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("a deadline needs a task")
        loop = task.get_loop()
        self._task, self._cancelling, self._expired = task, task.cancelling(), False
        self._handle = loop.call_at(loop.time() + seconds, self._expire)

    def _expire(self) -> None:
        self._expired = True
        self._task.cancel()

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> None:
        self._handle.cancel()
        if self._expired and self._task.uncancel() <= self._cancelling and exc_type is asyncio.CancelledError:
            raise TimeoutError from exc


@functools.lru_cache(maxsize=65_536)
def _address(url: str) -> tuple[str, tuple[str, str, int | None], str | None, URL | str]:
    """A URL's scheme (lowercased), the host key its per-host limit goes by, what is wrong
    with its host name (None: nothing), and the URL as aiohttp takes it: parsed once (a
    URL yarl cannot parse stays a string, for aiohttp to report). Cached: a poll cycle
    asks again for every feed, every cycle, and yarl's parse was a tenth of a request's
    time in aiohttp for an unchanged feed."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        host = (scheme, (parts.hostname or "").lower(), parts.port)
    except ValueError:  # a bad port: aiohttp reports it
        host = (scheme, parts.netloc.lower(), None)
    if scheme not in ("http", "https"):
        return scheme, host, None, url
    target: URL | str
    try:
        target = URL(url)
    except ValueError:
        target = url
    return scheme, host, hostname_problem(host[1]), target


def _reason(exc: aiohttp.ClientConnectorError) -> str:
    os_error = exc.os_error
    text = getattr(os_error, "strerror", None) or str(os_error) or type(os_error).__name__
    return text[0].lower() + text[1:] if text else "connection failed"


def _status_message(resp: aiohttp.ClientResponse) -> str:
    reason = resp.reason or ""
    hint = {
        404: " (the feed is not at this URL)",
        410: " (the feed was removed)",
        401: " (the feed needs a login)",
        403: " (the server refuses us)",
        429: " (rate limited)",
        503: " (the server is unavailable)",
    }.get(resp.status, "")
    return f"HTTP {resp.status} {reason}".rstrip() + hint


def _retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header: a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - now)


def _max_age(value: str | None) -> float | None:
    if not value:
        return None
    m = re.search(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", value, re.I)
    return float(m.group(1)) if m else None
