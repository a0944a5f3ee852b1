"""Metrics and health, off by default: `[metrics] listen = "127.0.0.1:9464"`.

``/metrics`` answers in the Prometheus text format (prometheus-client) and
``/healthz`` with a small JSON status: 200 when the database answers and a poll
cycle finished within the last three poll ticks ([polling] tick), else 503.

``Metrics`` keeps its counts as plain numbers, one object per bot (nothing
global, so several bots in one process, and tests, never share counts), and
hands them to prometheus-client's registry when they are first read (``text``,
/metrics): a `tidings poll`, which never serves them, does not import it (~25 ms
of its start-up, issue 18). The bot calls ``after_poll``, ``stored_history``
and ``posted`` (thin hooks in app.py and delivery.py); ``serve`` runs the HTTP
endpoint on the bot's event loop (aiohttp).
"""

from __future__ import annotations

import asyncio
import bisect
import collections
import json
import logging
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .config import parse_listen

if TYPE_CHECKING:
    from prometheus_client.registry import CollectorRegistry

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


POLL_BUCKETS = (0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, float("inf"))  # a poll cycle's seconds


class Metrics:
    """The bot's counts (see the module's docstring); ``registry``: the prometheus-client
    registry they are read through (None: one of its own, made when first read)."""

    def __init__(self, registry: CollectorRegistry | None = None):
        self._registry = registry
        self._registered = False
        self.polls = 0
        self.feed_polls: collections.Counter[str] = collections.Counter()  # by outcome
        self.feed_errors: dict[str, int] = dict.fromkeys(ERROR_KINDS, 0)  # every kind shows, at 0, before its first
        self.articles = 0
        self.posts: collections.Counter[tuple[str, str]] = collections.Counter()  # by (platform, outcome)
        self.retries = 0
        self.poll_buckets = [0] * len(POLL_BUCKETS)  # poll cycles by their duration's bucket (not cumulative)
        self.poll_seconds = 0.0
        self.last_poll_at: datetime | None = None
        self.failing_feeds = 0
        self._model_counts: Mapping[str, int] | None = None

    async def after_poll(self, report: PollReport, seconds: float, *, now: datetime, store: AsyncStore) -> None:
        """Count a finished poll cycle (app.poll calls this); ``store`` counts the failing feeds."""
        self.polls += 1
        self.poll_seconds += seconds
        self.poll_buckets[bisect.bisect_left(POLL_BUCKETS, seconds)] += 1
        self.feed_polls.update(report.statuses)
        for outcome in report.outcomes:
            if outcome.status == "failed":
                self.feed_errors[error_kind(outcome.error)] += 1
        self.articles += report.new_articles
        self.last_poll_at = now
        self.failing_feeds = await store.count_failing()

    def stored_history(self, count: int) -> None:
        """Articles of a first poll stored when it was read (bot/backlog.py)."""
        self.articles += count

    def export_model_summary_counts(self, counts: Mapping[str, int]) -> None:
        """Export the model client's own counts ([summaries] mode = "llm", bot/llm.py),
        read at each scrape: ``tidings_model_summaries_total{outcome=...}``."""
        self._model_counts = counts

    def posted(self, platform: str, outcome: str) -> None:
        """A post went out ("ok") or not ("failed", "refused": kept and retried)."""
        self.posts[platform, outcome] += 1
        if outcome != "ok":
            self.retries += 1

    @property
    def registry(self) -> CollectorRegistry:
        """The registry the counts are read through, made (and the counts put in it) on first use."""
        if self._registry is None:
            from prometheus_client import CollectorRegistry

            self._registry = CollectorRegistry(auto_describe=True)
        if not self._registered:
            self._registry.register(_Counts(self))
            self._registered = True
        return self._registry

    def text(self) -> bytes:
        from prometheus_client import generate_latest

        return generate_latest(self.registry)


class _Counts:
    """A prometheus-client collector of a ``Metrics``' counts, read at each scrape."""

    def __init__(self, metrics: Metrics):
        self._m = metrics

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
        from prometheus_client.utils import floatToGoString

        m = self._m
        yield CounterMetricFamily("tidings_polls", "Poll cycles finished", value=m.polls)
        yield _labelled(CounterMetricFamily("tidings_feed_polls", "Feeds polled, by outcome", labels=["outcome"]),
                        {(k,): v for k, v in m.feed_polls.items()})  # fmt: skip
        yield _labelled(
            CounterMetricFamily("tidings_feed_errors", "Failed feed polls, by kind of error", labels=["kind"]),
            {(k,): v for k, v in m.feed_errors.items()},
        )
        yield CounterMetricFamily("tidings_articles_stored", "New articles stored", value=m.articles)
        yield _labelled(
            CounterMetricFamily("tidings_posts", "Posts to chat, by platform and outcome (ok, failed, refused)",
                                labels=["platform", "outcome"]),
            {(platform, outcome): n for (platform, outcome), n in m.posts.items()},
        )  # fmt: skip
        yield CounterMetricFamily("tidings_delivery_retries", "Failed posts kept for another try", value=m.retries)
        cumulative, buckets = 0, []
        for bound, n in zip(POLL_BUCKETS, m.poll_buckets, strict=True):
            cumulative += n
            buckets.append((floatToGoString(bound), cumulative))
        yield HistogramMetricFamily("tidings_poll_duration_seconds", "How long a poll cycle took", buckets=buckets,
                                    sum_value=m.poll_seconds)  # fmt: skip
        yield GaugeMetricFamily("tidings_feeds_failing", "Feeds whose last poll failed", value=m.failing_feeds)
        yield GaugeMetricFamily("tidings_last_poll_timestamp_seconds", "When the last poll cycle finished (Unix time)",
                                value=m.last_poll_at.timestamp() if m.last_poll_at else 0)  # fmt: skip
        if m._model_counts is not None:
            yield _labelled(
                CounterMetricFamily("tidings_model_summaries",
                                    "Model summaries by outcome (fallback: the extractive summary)", labels=["outcome"]),
                {(outcome,): n for outcome, n in sorted(m._model_counts.items())},
            )  # fmt: skip


def _labelled(family: Any, values: Mapping[tuple[str, ...], float]) -> Any:
    for labels, value in values.items():
        family.add_metric(list(labels), value)
    return family


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
        from prometheus_client import CONTENT_TYPE_LATEST

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
