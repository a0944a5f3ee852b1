"""Polite HTTP: one aiohttp session for every feed, conditional GET, limits.

A fetch never raises for a feed's own problems: it returns a FetchResult whose
``error`` is one readable line, so one broken feed never stops the others.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import aiohttp

from .config import PollingSettings

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
PERMANENT_REDIRECTS = (301, 308)
TEMPORARY_REDIRECTS = (302, 303, 307)


@dataclass(frozen=True, slots=True)
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

    @property
    def body_hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


class Fetcher:
    """Fetches feeds with global and per-host concurrency limits and a body cap."""

    def __init__(self, settings: PollingSettings, *, clock: Callable[[], float] = time.time):
        self.settings = settings
        self._clock = clock
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        await self.open()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def open(self) -> None:
        if self._session is None:
            s = self.settings
            connector = aiohttp.TCPConnector(limit=s.concurrency, limit_per_host=s.per_host, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=aiohttp.ClientTimeout(total=s.timeout, sock_connect=s.connect_timeout),
                headers={"User-Agent": s.user_agent, "Accept": ACCEPT},
                # Cookies from one feed must never reach another.
                cookie_jar=aiohttp.DummyCookieJar(),
            )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "file":
            return await asyncio.to_thread(self._read_file, url)
        if scheme not in ("http", "https"):
            return FetchResult(url, "error", error=f"unsupported URL scheme {scheme!r}")
        await self.open()
        try:
            return await self._fetch_http(url, etag, last_modified)
        except TimeoutError:
            return FetchResult(url, "error", error=f"timed out after {self.settings.timeout:g}s")
        except aiohttp.ClientConnectorError as exc:
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

    async def _fetch_http(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult:
        assert self._session is not None
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, moved_to, all_permanent = url, None, True
        for _hop in range(self.settings.max_redirects + 1):
            async with self._session.get(current, headers=headers, allow_redirects=False) as resp:
                if resp.status in PERMANENT_REDIRECTS + TEMPORARY_REDIRECTS:
                    location = resp.headers.get("Location")
                    if not location:
                        return FetchResult(url, "error", http_status=resp.status, error=f"HTTP {resp.status} redirect without a Location")
                    current = urljoin(current, location)
                    if urlsplit(current).scheme not in ("http", "https"):
                        return FetchResult(url, "error", error=f"redirected to a non-web URL: {current}")
                    # Only a chain of permanent redirects from the start moves the feed.
                    all_permanent = all_permanent and resp.status in PERMANENT_REDIRECTS
                    if all_permanent:
                        moved_to = current
                    continue
                return await self._response(url, current, moved_to, resp)
        return FetchResult(url, "error", error=f"too many redirects (more than {self.settings.max_redirects})")

    async def _response(self, url: str, final: str, moved_to: str | None, resp: aiohttp.ClientResponse) -> FetchResult:
        common = dict(final_url=final, moved_to=moved_to, http_status=resp.status)
        if resp.status == 304:
            return FetchResult(url, "not_modified", etag=resp.headers.get("ETag"),
                               last_modified=resp.headers.get("Last-Modified"), **common)  # fmt: skip
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
                return FetchResult(url, "error", error=f"file too large: {size:,} bytes (limit {self.settings.max_body:,})")
            body = path.read_bytes()
        except FileNotFoundError:
            return FetchResult(url, "error", error=f"file not found: {path}")
        except IsADirectoryError:
            return FetchResult(url, "error", error=f"not a file: {path}")
        except OSError as exc:
            return FetchResult(url, "error", error=f"cannot read {path}: {exc.strerror or exc}")
        return FetchResult(url, "ok", body=body, final_url=url)


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
