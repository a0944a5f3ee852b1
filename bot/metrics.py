"""Metrics and health, off by default: `[metrics] listen = "127.0.0.1:9464"`.

``/metrics`` answers in the Prometheus text format (prometheus-client) and
``/healthz`` with a small JSON status: 200 when the database answers and a poll
cycle finished within the last three poll ticks ([polling] tick), else 503.

Every metric lives in the CollectorRegistry given to ``Metrics`` (one per bot,
none global), so several bots in one process, and tests, never share counts.
The bot calls ``after_poll`` and ``posted`` (thin hooks in app.py and delivery.py);
``serve`` runs the HTTP endpoint on the bot's event loop (aiohttp).
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import asynccontextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

from .config import parse_listen

if TYPE_CHECKING:
    from .clock import Clock
    from .pollreport import PollReport
    from .store.database import AsyncStore

log = logging.getLogger("tidings.metrics")

HEALTH_TICKS = 3  # /healthz fails when no poll cycle finished for this many ticks
DB_TIMEOUT = 5.0  # seconds /healthz waits for the database

# A failed poll's error (one line from fetch.py or the parser) → a small, fixed set of kinds.
_KINDS = (
    ("refused", re.compile(r"^refused\b")),
    ("timeout", re.compile(r"timed out")),
    ("http", re.compile(r"^HTTP \d{3}\b|^bad HTTP response|redirect")),
    ("connection", re.compile(r"cannot connect|connection broke|closed the connection|^HTTP error")),
    ("too_large", re.compile(r"too large")),
    ("url", re.compile(r"invalid URL|host name|unsupported URL scheme")),
    ("file", re.compile(r"^file not found|^not a file|^cannot read")),
    ("parse", re.compile(r"not a feed|malformed|feed|XML|JSON", re.I)),
)
ERROR_KINDS = tuple(k for k, _ in _KINDS) + ("other",)


def error_kind(error: str) -> str:
    for kind, pattern in _KINDS:
        if pattern.search(error or ""):
            return kind
    return "other"


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        r = self.registry
        self.polls = Counter("tidings_polls", "Poll cycles finished", registry=r)
        self.feed_polls = Counter("tidings_feed_polls", "Feeds polled, by outcome", ["outcome"], registry=r)
        self.feed_errors = Counter("tidings_feed_errors", "Failed feed polls, by kind of error", ["kind"], registry=r)
        self.articles = Counter("tidings_articles_stored", "New articles stored", registry=r)
        self.posts = Counter("tidings_posts", "Posts to chat, by platform and outcome (ok, failed, refused)",
                             ["platform", "outcome"], registry=r)  # fmt: skip
        self.retries = Counter("tidings_delivery_retries", "Failed posts kept for another try", registry=r)
        self.poll_seconds = Histogram(
            "tidings_poll_duration_seconds", "How long a poll cycle took", registry=r,
            buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, float("inf")),
        )  # fmt: skip
        self.failing = Gauge("tidings_feeds_failing", "Feeds whose last poll failed", registry=r)
        self.last_poll = Gauge("tidings_last_poll_timestamp_seconds", "When the last poll cycle finished (Unix time)",
                               registry=r)  # fmt: skip
        for kind in ERROR_KINDS:  # every kind shows, at 0, before its first error
            self.feed_errors.labels(kind)
        self.last_poll_at: datetime | None = None
        self.failing_feeds = 0

    async def after_poll(self, report: PollReport, seconds: float, *, now: datetime, store: AsyncStore) -> None:
        """Count a finished poll cycle (app.poll calls this); ``store`` counts the failing feeds."""
        self.polls.inc()
        self.poll_seconds.observe(seconds)
        # Counted first (PollReport.statuses): a label lookup per feed would cost more than the counting.
        statuses = report.statuses
        errors = collections.Counter(
            error_kind(outcome.error) for outcome in report.outcomes if outcome.status == "failed"
        )
        for status, count in statuses.items():
            self.feed_polls.labels(status).inc(count)
        for kind, count in errors.items():
            self.feed_errors.labels(kind).inc(count)
        self.articles.inc(report.new_articles)
        self.last_poll_at = now
        self.last_poll.set(now.timestamp())
        self.failing_feeds = await store.count_failing()
        self.failing.set(self.failing_feeds)

    def export_model_summary_counts(self, counts: Mapping[str, int]) -> None:
        """Export the model client's own counts ([summaries] mode = "llm", bot/llm.py),
        read at each scrape: ``tidings_model_summaries_total{outcome=...}``."""
        self.registry.register(_ModelSummaryCounts(lambda: counts))

    def posted(self, platform: str, outcome: str) -> None:
        """A post went out ("ok") or not ("failed", "refused": kept and retried)."""
        self.posts.labels(platform, outcome).inc()
        if outcome != "ok":
            self.retries.inc()

    def text(self) -> bytes:
        return generate_latest(self.registry)


class _ModelSummaryCounts(Collector):
    """Model summaries by outcome: summarised, cached, rejected (not grounded in the
    sources), failed, timeout, rate_limited, over_budget, requests ..."""

    def __init__(self, counts: Callable[[], Mapping[str, int]]):
        self._counts = counts

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily(
            "tidings_model_summaries",
            "Model summaries by outcome (fallback: the extractive summary)",
            labels=["outcome"],
        )
        for outcome, n in sorted(self._counts().items()):
            family.add_metric([outcome], n)
        yield family


async def health(
    metrics: Metrics, store: AsyncStore, clock: Clock, tick: float, started_at: datetime
) -> tuple[int, dict]:
    """(HTTP status, JSON body) for /healthz; ``tick``: [polling] tick, in seconds."""
    now = clock.now()
    limit = HEALTH_TICKS * tick
    body: dict = {"status": "ok", "database": "ok"}
    try:
        await asyncio.wait_for(store.ping(), DB_TIMEOUT)
    except Exception as exc:  # any failure to answer is "unreachable"
        body["database"] = f"unreachable: {type(exc).__name__}"
        body["status"] = "failing"
    last = metrics.last_poll_at
    body["last_poll"] = last.isoformat() if last else None
    since = (now - (last or started_at)).total_seconds()
    if since > limit:
        body["status"] = "failing"
        body["poll"] = f"no poll finished for {since:.0f}s (limit {limit:g}s: {HEALTH_TICKS} ticks)"
    body["feeds_failing"] = metrics.failing_feeds
    return (200 if body["status"] == "ok" else 503), body


@asynccontextmanager
async def serving(
    metrics: Metrics, store: AsyncStore, clock: Clock, tick: float, listen: str
) -> AsyncIterator[int | None]:
    """``serve`` when [metrics] listen is set; nothing otherwise (the default)."""
    if not listen:
        yield None
        return
    async with serve(metrics, store, clock, tick, listen) as port:
        yield port


@asynccontextmanager
async def serve(metrics: Metrics, store: AsyncStore, clock: Clock, tick: float, listen: str) -> AsyncIterator[int]:
    """Serve /metrics and /healthz on ``listen`` while the block runs; yields the port."""
    from aiohttp import web

    started_at = clock.now()

    async def metrics_page(_request: web.Request) -> web.Response:
        return web.Response(body=metrics.text(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def healthz(_request: web.Request) -> web.Response:
        status, body = await health(metrics, store, clock, tick, started_at)
        return web.Response(status=status, text=json.dumps(body), content_type="application/json")

    web_app = web.Application()
    web_app.router.add_get("/metrics", metrics_page)
    web_app.router.add_get("/healthz", healthz)
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    host, port = parse_listen(listen)
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        from .chat import StartError

        raise StartError(f"[metrics] listen = {listen!r}: cannot listen there: {exc.strerror or exc}") from None
    bound = runner.addresses[0][1] if runner.addresses else port  # the port chosen for listen = "…:0"
    log.info("metrics on http://%s:%d/metrics, health on /healthz", host, bound)
    try:
        yield bound
    finally:
        await runner.cleanup()
