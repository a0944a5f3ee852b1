"""Assembles settings, store, fetcher, poller, scheduler and adapters on one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from adapters import Adapter, DeliveryError, StartError, create_adapter, missing_secrets
from adapters.base import CommandHandler

from .catalog import Catalog
from .clock import Clock, SystemClock
from .config import ChannelSettings, Settings
from .digest import DigestRules, build_digest, missed_digest, watchlist_alert
from .fetch import Fetcher
from .models import Digest, StoredArticle
from .poller import Database, FeedOutcome, Poller, PollReport
from .store import Store

log = logging.getLogger("tidings")

POLL_TICK = 60.0  # seconds between checks for due feeds; each feed keeps its own interval
_JOB_DEFAULTS = dict(max_instances=1, coalesce=True, misfire_grace_time=3600)


class Tidings:
    """The bot. Use as ``async with Tidings(settings) as bot: await bot.run()``."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        store: Store | None = None,
        adapters: dict[str, Adapter] | None = None,
        env: dict[str, str] | None = None,
    ):
        self.settings = settings
        self.clock = clock or SystemClock()
        self.store = store or Store(settings.database_url)
        self._db_thread = ThreadPoolExecutor(1, thread_name_prefix="tidings-db")
        self.db = Database(self.store, self._db_thread)
        self.catalog = Catalog(settings, self.store)
        self.fetcher = Fetcher(settings.polling, clock=lambda: self.clock.now().timestamp())
        self.poller = Poller(settings, self.db, self.fetcher, self.clock)
        self._scheduler: AsyncIOScheduler | None = None
        self.adapters: dict[str, Adapter] = dict(adapters or {})
        self._env = env
        self._routes: dict[str, str] = {}  # channel name -> adapter key
        self._down: dict[str, str] = {}  # adapter key -> why it was refused (until restart)
        self._unavailable: dict[str, str] = {}  # adapter key -> a passing reason; retried
        self._handlers: dict[str, CommandHandler] = {}
        self._started = False

    async def __aenter__(self) -> Tidings:
        await self.fetcher.open()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def close(self) -> None:
        for adapter in list(self.adapters.values()):
            try:
                await adapter.close()
            except Exception:  # closing must go on for the others
                log.exception("closing the %s adapter failed", adapter.platform)
        await self.fetcher.close()
        self._db_thread.shutdown(wait=True)
        self.store.close()

    # --- adapters ---------------------------------------------------------------

    def route(self, channel: ChannelSettings) -> str:
        """The adapter a channel posts through: its platform, or the console when
        the platform's secrets are not set (the embedded default)."""
        if channel.name not in self._routes:
            missing = missing_secrets(channel, self.settings, self.env)
            if missing:
                log.warning(
                    "channel %r: %s not set in the environment; its digests print to the console instead",
                    channel.name, " and ".join(missing),
                )  # fmt: skip
                self._routes[channel.name] = "console"
            else:
                self._routes[channel.name] = channel.platform
        return self._routes[channel.name]

    async def start_adapters(self, commands: CommandHandler | None = None) -> None:
        """Start every adapter a channel routes to. Each gets the command handler
        (by default the /news commands, worded for its platform)."""
        from .commands import Commands

        channels = await self.db(self.catalog.channels)
        for key in sorted({self.route(c) for c in channels} | {"console"}):
            handler = commands or Commands(self, prefix=self.command_prefix(key)).handle
            await self._start_adapter(key, handler)
        self._started = True

    async def _start_adapter(self, key: str, handler: CommandHandler | None) -> Adapter | None:
        """Start one adapter. One that cannot start is logged and left out: its
        channels' digests wait (nothing is lost) and the rest runs on. A refusal
        (a bad token) is final until restart; an outage is retried each poll tick."""
        if key in self._down:
            return None
        if handler is not None:
            self._handlers[key] = handler
        try:
            if key not in self.adapters:
                self.adapters[key] = create_adapter(key, self.settings, self.clock, env=self.env)
            await self.adapters[key].start(self._handlers.get(key))
            self._unavailable.pop(key, None)
            return self.adapters[key]
        except (StartError, DeliveryError) as exc:
            if isinstance(exc, StartError) or exc.permanent:
                self._down[key] = str(exc)
                log.error("the %s connection could not start: %s", key, exc)
            else:
                if key not in self._unavailable:
                    log.error("the %s connection could not start (will retry): %s", key, exc)
                self._unavailable[key] = str(exc)
        adapter = self.adapters.pop(key, None)
        if adapter is not None:
            await adapter.close()
        return None

    async def retry_adapters(self) -> None:
        """Try again to start adapters that failed for a passing reason (an outage)."""
        for key in list(self._unavailable):
            await self._start_adapter(key, None)

    @property
    def env(self):
        import os

        return self._env if self._env is not None else os.environ

    def command_prefix(self, platform: str) -> str:
        if platform == "discord":
            return "/" + self.settings.discord.command
        return self.settings.slack.command if platform == "slack" else "/news"

    # --- polling ----------------------------------------------------------------

    async def poll(self, *, due_only: bool = True, on_start=None, on_done=None) -> PollReport:
        """Poll feeds, then post watchlist matches among the new articles at once."""
        feeds = await self.db(self.catalog.feeds)
        report = await self.poller.poll(feeds, due_only=due_only, on_start=on_start, on_done=on_done)
        if report.new_articles:
            await self.post_alerts(report, feeds)
        return report

    async def post_alerts(self, report: PollReport, feeds) -> list[Digest]:
        now = self.clock.now()
        fresh = [StoredArticle(0, o.feed, a, now, False) for o in report.outcomes if not o.backfill for a in o.new]
        if not fresh:
            return []
        rules = DigestRules.from_settings(feeds, self.settings.digest)
        posted = []
        for channel in await self.db(self.catalog.channels):
            if not (channel.watchlist or channel.watchlist_regex):
                continue
            followed = set(await self.db(self.catalog.followed, channel))
            alert = watchlist_alert([s for s in fresh if s.feed in followed], channel, rules, now=now)
            if alert is None:
                continue
            try:
                await self._deliver(channel, alert)
            except DeliveryError as exc:
                log.error("channel %r: watchlist post not delivered: %s", channel.name, exc)
                continue
            log.info("channel %r: posted %d watchlist matches", channel.name, len(alert.items))
            posted.append(alert)
        return posted

    # --- digests ----------------------------------------------------------------

    async def channel(self, name: str) -> ChannelSettings:
        channel = await self.db(self.catalog.channel, name)
        if channel is None:
            known = ", ".join(c.name for c in await self.db(self.catalog.channels)) or "none configured"
            raise KeyError(f"no channel named {name!r} (channels: {known})")
        return channel

    async def preview_digest(self, name: str) -> Digest:
        """What the channel's digest would be now; nothing is posted or recorded."""
        digest, _ = await self._build(await self.channel(name))
        return digest

    async def post_digest(self, name: str) -> Digest | None:
        """Build, post and record a channel's digest; None when there was nothing
        new. Raises DeliveryError when the post failed: the window stays open, so
        the next digest still covers every item."""
        channel = await self.channel(name)
        digest, cutoff = await self._build(channel)
        if digest.empty:
            log.info("channel %r: nothing new since the last digest", channel.name)
            if digest.since is not None:  # before a first real digest, stay in "first digest" mode
                await self.db(self.store.set_channel_state, channel.name, last_digest_at=cutoff, cutoff=cutoff)
            return None
        try:
            await self._deliver(channel, digest)
        except DeliveryError as exc:
            # The window stays open: the next digest still has every item.
            log.log(logging.WARNING if exc.permanent else logging.ERROR,
                    "channel %r: digest not delivered: %s", channel.name, exc)  # fmt: skip
            raise
        await self.db(self.store.set_channel_state, channel.name, last_digest_at=cutoff, cutoff=cutoff)
        log.info("channel %r: posted a digest of %d items", channel.name, len(digest.items))
        return digest

    async def _deliver(self, channel: ChannelSettings, digest: Digest) -> None:
        """Post through the channel's adapter. Raises DeliveryError."""
        key = self.route(channel)
        adapter = self.adapters.get(key) or await self._start_adapter(key, None)
        if adapter is None:
            why = self._down.get(key) or self._unavailable.get(key, "not started")
            raise DeliveryError(f"the {key} connection is down ({why})")
        await adapter.post(channel, digest)

    async def _build(self, channel: ChannelSettings) -> tuple[Digest, datetime]:
        first = self.settings.digest.first_digest_items

        def query():
            # Time and query in one step on the database thread: an article
            # stored after this query has a later first_seen than `now`.
            names = self.catalog.followed(channel)
            now = self.clock.now()
            _, cutoff = self.store.channel_state(channel.name)
            feeds = self.catalog.feeds()
            if cutoff is None:
                # Enough to fill the first few stories after filtering and clustering.
                return now, cutoff, self.store.latest_articles(names, max(first, 1) * 20), feeds
            return now, cutoff, self.store.articles_since(names, cutoff, now), feeds

        now, cutoff, candidates, feeds = await self.db(query)
        rules = DigestRules.from_settings(feeds, self.settings.digest)
        digest = build_digest(candidates, channel, now=now, since=cutoff, first_items=first, rules=rules)
        return digest, now

    # --- running ----------------------------------------------------------------

    async def run_once(self) -> PollReport:
        """Poll every feed once, post each channel's digest once."""
        if not self._started:
            await self.start_adapters()
        report = await self.poll(due_only=False)
        log.info("%s", report.summary())
        for channel in await self.db(self.catalog.channels):
            with contextlib.suppress(DeliveryError):  # logged; the next run covers it
                await self.post_digest(channel.name)
        return report

    async def run(self, stop: asyncio.Event, commands: CommandHandler | None = None) -> None:
        """Poll and post on schedule until ``stop`` is set."""
        await self.start_adapters(commands)
        report = await self.poll()
        log.info("first poll: %s", report.summary())
        await self.catch_up()
        scheduler = self._scheduler = self.scheduler(await self.db(self.catalog.channels))
        scheduler.start()
        try:
            await stop.wait()
        finally:
            scheduler.shutdown(wait=False)
            self._scheduler = None

    async def catch_up(self) -> list[str]:
        """Post once for channels whose digest time passed while the bot was down."""
        posted = []
        for channel in await self.db(self.catalog.channels):
            last_at, _ = await self.db(self.store.channel_state, channel.name)
            missed = missed_digest(channel, last_at, self.clock.now())
            if missed is not None:
                log.info("channel %r: the %s digest was missed while the bot was down; posting it now",
                         channel.name, missed.isoformat(timespec="minutes"))  # fmt: skip
                with contextlib.suppress(DeliveryError):  # logged; the window stays open
                    await self.post_digest(channel.name)
                posted.append(channel.name)
        return posted

    def scheduler(self, channels: list[ChannelSettings]) -> AsyncIOScheduler:
        """Jobs: the poll tick, each channel's digest times, and the daily archive pruning."""
        scheduler = AsyncIOScheduler(timezone="UTC")
        scheduler.add_job(self._poll_job, IntervalTrigger(seconds=POLL_TICK), id="poll", **_JOB_DEFAULTS)
        for channel in channels:
            self._schedule_channel(scheduler, channel)
        scheduler.add_job(self._prune_job, CronTrigger(hour=3, minute=17, timezone="UTC"), id="prune", **_JOB_DEFAULTS)
        return scheduler

    def schedule_channel(self, channel: ChannelSettings) -> None:
        """Add a channel created at run time (from chat) to the running schedule."""
        if self._scheduler is not None:
            self._schedule_channel(self._scheduler, channel)

    def _schedule_channel(self, scheduler: AsyncIOScheduler, channel: ChannelSettings) -> None:
        for t in channel.times:
            trigger = CronTrigger(hour=t.hour, minute=t.minute, day_of_week=channel.days, timezone=channel.zone)
            scheduler.add_job(
                self._digest_job, trigger, args=[channel.name], id=f"digest:{channel.name}:{t:%H%M}",
                replace_existing=True, **_JOB_DEFAULTS,
            )  # fmt: skip

    async def _poll_job(self) -> None:
        await self.retry_adapters()
        try:
            report = await self.poll()
            if report.outcomes:
                log.info("%s", report.summary())
        except Exception:
            log.exception("the poll cycle failed; it will run again at the next tick")

    async def _digest_job(self, name: str) -> None:
        try:
            await self.post_digest(name)
        except DeliveryError:
            pass  # logged in post_digest; the next digest covers the window
        except Exception:
            log.exception("channel %r: building the digest failed", name)

    async def _prune_job(self) -> None:
        before = self.clock.now() - timedelta(days=self.settings.storage.retention_days)
        removed = await self.db(self.store.prune, before)
        if removed:
            log.info("pruned %d articles older than %d days", removed, self.settings.storage.retention_days)


__all__ = ["Tidings", "FeedOutcome", "PollReport"]
