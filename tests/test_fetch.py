"""The polite fetcher against a real HTTP server on 127.0.0.1."""

import asyncio
import gzip

from aiohttp import web

from bot.config import PollingSettings
from bot.fetch import Fetcher
from tests.fakes.feed_server import InFlight, hang_until, redirect, status

RSS = b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item><title>A</title><link>http://x.example/a</link></item></channel></rss>"


async def test_ok_sends_user_agent_and_accept(feeds, fetcher):
    url = feeds.serve("/feed", RSS, etag='"v1"', last_modified="Wed, 25 Nov 2026 10:00:00 GMT")
    result = await fetcher.fetch(url)
    assert result.status == "ok" and result.body == RSS
    assert result.etag == '"v1"' and result.last_modified == "Wed, 25 Nov 2026 10:00:00 GMT"
    request = feeds.hits("/feed")[0]
    assert request.headers["User-Agent"].startswith("Tidings/")
    assert "application/rss+xml" in request.headers["Accept"]
    assert "gzip" in request.headers["Accept-Encoding"] and "br" in request.headers["Accept-Encoding"]


async def test_conditional_get_sends_validators_exactly_and_gets_304(feeds, fetcher):
    url = feeds.serve("/feed", RSS, etag='W/"abc-123"', last_modified="Wed, 25 Nov 2026 10:00:00 GMT")
    first = await fetcher.fetch(url)
    second = await fetcher.fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert second.status == "not_modified" and second.body == b""
    headers = feeds.hits("/feed")[1].headers
    assert headers["If-None-Match"] == 'W/"abc-123"'
    assert headers["If-Modified-Since"] == "Wed, 25 Nov 2026 10:00:00 GMT"


async def test_gzip_is_decompressed(feeds, fetcher):
    url = feeds.serve("/gz", RSS, gzip=True)
    result = await fetcher.fetch(url)
    assert result.status == "ok" and result.body == RSS


async def test_permanent_redirect_reports_the_new_url(feeds, fetcher):
    feeds.handle("/old", redirect("/new", 301))
    new = feeds.serve("/new", RSS)
    result = await fetcher.fetch(feeds.url("/old"))
    assert result.status == "ok" and result.moved_to == new and result.final_url == new


async def test_temporary_redirect_does_not_move_the_feed(feeds, fetcher):
    feeds.handle("/tmp", redirect("/new", 302))
    feeds.serve("/new", RSS)
    result = await fetcher.fetch(feeds.url("/tmp"))
    assert result.status == "ok" and result.moved_to is None


async def test_redirect_loop_stops_at_the_limit(feeds, fetcher):
    feeds.handle("/a", redirect("/b", 302))
    feeds.handle("/b", redirect("/a", 302))
    result = await fetcher.fetch(feeds.url("/a"))
    assert result.status == "error" and result.error == "too many redirects (more than 5)"
    assert len(feeds.requests) == 6


async def test_429_with_retry_after(feeds, fetcher):
    url = feeds.handle("/limited", status(429, headers={"Retry-After": "120"}))
    result = await fetcher.fetch(url)
    assert result.status == "error" and result.retry_after == 120
    assert result.error == "HTTP 429 Too Many Requests (rate limited)"


async def test_503_with_retry_after_date(feeds):
    url = feeds.handle("/busy", status(503, headers={"Retry-After": "Fri, 27 Nov 2026 12:10:00 GMT"}))
    now = 1795781400.0  # 2026-11-27 12:10:00 UTC: the clock says ten minutes before
    async with Fetcher(PollingSettings(), clock=lambda: now - 600) as fetcher:
        result = await fetcher.fetch(url)
    assert result.retry_after == 600


async def test_500(feeds, fetcher):
    result = await fetcher.fetch(feeds.handle("/boom", status(500)))
    assert result.status == "error" and result.error == "HTTP 500 Internal Server Error"


async def test_404_says_what_it_means(feeds, fetcher):
    result = await fetcher.fetch(feeds.url("/missing"))
    assert result.error == "HTTP 404 Not Found (the feed is not at this URL)"


async def test_timeout(feeds):
    never = asyncio.Event()
    url = feeds.handle("/slow", hang_until(never))
    async with Fetcher(PollingSettings(timeout=0.3)) as fetcher:
        result = await fetcher.fetch(url)
    never.set()
    assert result.status == "error" and result.error == "timed out after 0.3s"


async def test_oversized_declared_body(feeds, fetcher):
    url = feeds.serve("/big", b"x" * (65 * 1024))
    result = await fetcher.fetch(url)
    assert result.status == "error" and "response too large" in result.error and "65,536" in result.error


async def test_oversized_streamed_body_is_cut(feeds, fetcher):
    async def stream(request):
        response = web.StreamResponse()
        await response.prepare(request)
        for _ in range(100):
            await response.write(b"y" * 4096)
        return response

    result = await fetcher.fetch(feeds.handle("/stream", stream))
    assert result.status == "error" and "over the 65,536-byte limit" in result.error


async def test_size_is_counted_after_decompression(feeds, fetcher):
    bomb = gzip.compress(b"\0" * (1024 * 1024))  # 1 MB of zeros in about 1 KB
    assert len(bomb) < 65 * 1024

    async def handler(request):
        return web.Response(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/xml"})

    result = await fetcher.fetch(feeds.handle("/bomb", handler))
    assert result.status == "error" and "over the 65,536-byte limit" in result.error


async def test_connection_refused(fetcher):
    result = await fetcher.fetch("http://127.0.0.1:9/feed")
    assert result.status == "error" and result.error.startswith("cannot connect to 127.0.0.1:9")


async def test_file_urls(tmp_path, fetcher):
    path = tmp_path / "feed.xml"
    path.write_bytes(RSS)
    assert (await fetcher.fetch(path.as_uri())).body == RSS
    missing = await fetcher.fetch((tmp_path / "nope.xml").as_uri())
    assert missing.status == "error" and missing.error.startswith("file not found:")


async def test_unsupported_scheme(fetcher):
    result = await fetcher.fetch("gopher://example.com/feed")
    assert result.error == "unsupported URL scheme 'gopher'"


async def test_per_host_limit(feeds):
    """No more than `per_host` requests to one host are in flight at once."""
    handler = InFlight(2, lambda request: web.Response(body=RSS))
    url = feeds.handle("/slowish", handler)
    async with Fetcher(PollingSettings(per_host=2, concurrency=10)) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(url) for _ in range(6)))
    assert all(r.status == "ok" for r in results)
    assert handler.peak == 2
