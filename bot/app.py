"""The composition root: builds each service once (store, catalog, fetcher,
parse pool, poller, delivery, command handlers) and hands each the few others
it uses; then runs the poll cycle, the digests and the adapters on one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import logging
import time
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .archive import Archive
from .chat import Adapter, CommandHandler, DeliveryError
from .chats import Chats
from .clock import Clock, SystemClock
from .collector import collector_off as collector_waits
from .commands import Commands
from .config import ChannelSettings, Settings
from .delivery import Deliverer, instance_id
from .feeds import FeedServices
from .fetch import Fetcher
from .humanize import relative_time
from .metrics import Metrics
from .models import Digest
from .poller import Poller
from .pollreport import FeedOutcome, PollReport
from .schedule import Jobs
from .store import StorageError, Store
from .workers import ParsePool

# The digest's stack (digest, stories, summaries, clusters, explain: ~30 ms of regexes and tables
# at import) is imported by what makes a digest or explains one, never by a poll (issue 18).
if TYPE_CHECKING:
    from .stories import ModelSummaries

log = logging.getLogger("tidings")


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
        parse_pool: ParsePool | None = None,
        metrics: Metrics | None = None,
        model: ModelSummaries | None = None,
    ):
        self.settings = settings
        self.model = model  # [summaries] mode = "llm": the model client (None: extractive summaries)
        self.metrics = metrics or Metrics()  # its own CollectorRegistry: nothing global (bot/metrics.py)
        self.clock = clock or SystemClock()
        self.archive = Archive(settings, store=store)  # the store, its database thread, the catalog
        self.store, self.db, self.catalog = self.archive.store, self.archive.db, self.archive.catalog
        self.fetcher = Fetcher(settings.polling, clock=lambda: self.clock.now().timestamp())
        self.instance = instance_id()
        self._model_client = None
        if model is None and settings.summaries.mode == "llm":  # the model client: built here, closed with the bot
            from .llm import ModelSummaries as ModelClient
            from .stories import story_key

            self._model_client = ModelClient(
                settings.summaries.llm, self.db, self.clock, instance=self.instance, env=env,
                max_sentences=settings.summaries.max_sentences, story_key=story_key,
            )  # fmt: skip
            self.model = self._model_client
            self.metrics.export_model_summary_counts(self._model_client.counts)
        self._own_pool = parse_pool is None
        self.parse_pool = parse_pool or ParsePool(settings.polling.parse_workers)
        self.poller = Poller(settings, self.db, self.fetcher, self.clock, parse_pool=self.parse_pool,
                             instance=self.instance, on_history=self.metrics.stored_history,
                             feed_of=self.catalog.feed)  # fmt: skip
        self.chats = Chats(settings, self.clock, adapters=adapters, env=env)
        self.adapters = self.chats.adapters  # the started adapters, by key
        self.deliverer = Deliverer(
            store=self.db, catalog=self.catalog, clock=self.clock, alerts=settings.alerts,
            lease=timedelta(seconds=settings.polling.lease), post=self.chats.deliver, instance=self.instance,
            on_posted=lambda channel, outcome: self.metrics.posted(self.chats.route(channel), outcome),
        )  # fmt: skip
        self.jobs = Jobs(settings.polling.tick, poll=self.poll_tick, digest=self.scheduled_digest, prune=self.prune,
                         grace=settings.polling.stop_grace)  # fmt: skip
        self._started = False
        self._told_offline = False
        self._reading_idle = False  # `run`: first polls are read in the background (one-shot commands: when needed)

    async def __aenter__(self) -> Tidings:
        await self.fetcher.open()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    def commands(self, prefix: str = "/news") -> Commands:
        """The /news handlers, given the services they use."""
        return Commands(
            store=self.db, catalog=self.catalog, digests=self, fetcher=self.fetcher, parse=self.poller.parse,
            clock=self.clock, settings=self.settings.digest, prefix=prefix, summaries=self.settings.summaries,
            first_polls=self.poller.backlog.read,
        )  # fmt: skip

    def feed_services(self) -> FeedServices:
        """What adding and removing a feed uses (bot/feeds.py: `tidings feeds add|remove`)."""
        return FeedServices(
            store=self.db, catalog=self.catalog, fetcher=self.fetcher, parse=self.poller.parse, clock=self.clock,
            in_settings=lambda name: self.settings.feed(name) is not None, settings_file=str(self.settings.source),
        )  # fmt: skip

    async def explain(self, channel: ChannelSettings, url: str, *, provenance: bool = False) -> list[str]:
        """Why an article is or is not in the channel's digest (bot/explain.py)."""
        from .digest import DigestRules
        from .explain import explain
        from .storyview import explain_story

        await self.poller.backlog.read()  # (first polls kept unread: bot/backlog.py)
        lines = await explain(channel, url, store=self.db, catalog=self.catalog, clock=self.clock,
                              settings=self.settings.digest, provenance=provenance)  # fmt: skip
        if provenance:  # `tidings explain`: the story whole, as `/news story` shows it
            rules = DigestRules.from_settings(await self.catalog.feeds(), self.settings.digest, self.settings.summaries)
            lines += await explain_story(url, store=self.db, catalog=self.catalog, rules=rules, now=self.clock.now())
        return lines

    def route(self, channel: ChannelSettings) -> str:
        """The adapter key a channel posts through (see Chats.route)."""
        return self.chats.route(channel)

    async def start_adapters(self, commands: CommandHandler | None = None) -> None:
        """Start every adapter a channel routes to. Each gets the command handler
        (by default the /news commands, worded for its platform)."""
        channels = await self.catalog.channels()
        for key in sorted({self.chats.route(c) for c in channels} | {"console"}):
            handlers = self.commands(prefix=self.chats.command_prefix(key))
            await self.chats.start(key, commands or handlers.handle, handlers.names)
        self._started = True

    async def close(self) -> None:
        await self.poller.backlog.close()  # (what it was reading is let go: read again at the next start)
        try:
            await self.db.release_claims(self.instance)  # others may take our feeds at once
        except StorageError as exc:
            log.warning("claims not released (they expire with their lease): %s", exc)
        except Exception:
            log.exception("releasing this process's claims failed; they expire with their lease")
        await self.chats.close()
        await self.fetcher.close()
        if self._model_client is not None:
            await self._model_client.close()
        if self._own_pool:
            self.parse_pool.close()
        self.archive.close()

    # --- polling ----------------------------------------------------------------

    async def poll(self, *, due_only: bool = True, on_start=None, on_done=None) -> PollReport:
        """Poll feeds; then post watchlist matches and real-time items among the
        new articles, and tell the admin about feeds that keep failing."""
        started = time.monotonic()  # (the poll's duration for /metrics: real time, whatever the clock)
        feeds = await self.catalog.feeds()
        report = await self.poller.poll(feeds, due_only=due_only, on_start=on_start, on_done=on_done)
        if report.unreachable() and not self._told_offline:  # once: a newcomer offline gets one next step
            self._told_offline = True
            log.warning("none of the %d feeds could be reached: is this machine offline? Check the network "
                        "(or a proxy/firewall); `make demo` shows Tidings on bundled feeds without one",
                        len(report.outcomes))  # fmt: skip
        await self.metrics.after_poll(report, time.monotonic() - started, now=self.clock.now(), store=self.db)
        await self.deliverer.after_poll(report.outcomes)
        if report.new_articles:
            await self.post_new(report, feeds)
        if self._reading_idle:  # the running bot reads first polls kept unread (bot/backlog.py) meanwhile
            self.poller.backlog.read_when_idle()
        return report

    async def post_new(self, report: PollReport, feeds) -> list[Digest]:
        """Watchlist matches and real-time items from this poll's new articles."""
        fresh = [s for o in report.outcomes if not o.backfill for s in o.stored]
        if not fresh:
            return []
        from .digest import DigestRules, plan_realtime, watchlist_alert

        rules = DigestRules.from_settings(feeds, self.settings.digest, self.settings.summaries)
        posted = []
        for channel in await self.catalog.channels():
            if not (channel.watchlist or channel.watchlist_regex or channel.realtime):
                continue
            followed = set(await self.catalog.followed(channel))
            mine = [s for s in fresh if s.feed in followed]
            done = await self.db.delivered_ids(channel.name, [s.id for s in mine])
            mine = [s for s in mine if s.id not in done]
            now = self.clock.now()
            alert, alert_ids = watchlist_alert(mine, channel, rules, now=now)
            if alert is not None and await self._submit(channel, alert, "watchlist", alert_ids):
                mine = [s for s in mine if s.id not in set(alert_ids)]
                posted.append(alert)
            live, live_ids = plan_realtime(mine, channel, rules, now=now)
            if live is not None and await self._submit(channel, live, "realtime", live_ids):
                posted.append(live)
        return posted

    async def _submit(self, channel: ChannelSettings, digest: Digest, kind: str, article_ids: list[int]) -> bool:
        # An article reaches a channel once: the key is the set of articles.
        key = f"{kind}:{channel.name}:" + ",".join(str(i) for i in sorted(article_ids))
        if len(key) > 250:
            key = f"{kind}:{channel.name}:sha1:" + hashlib.sha1(key.encode()).hexdigest()
        try:
            if await self.deliverer.submit(channel.name, digest, kind=kind, key=key, article_ids=article_ids):
                log.info("channel %r: posted %s (%d items)", channel.name, kind, len(digest.items))
                return True
        except DeliveryError as exc:
            log.error("channel %r: %s post not delivered yet (it will be retried): %s", channel.name, kind, exc)
            return True  # recorded: it is on its way
        return False

    # --- digests ----------------------------------------------------------------

    async def channel(self, name: str) -> ChannelSettings:
        channel = await self.catalog.channel(name)
        if channel is None:
            known = ", ".join(c.name for c in await self.catalog.channels()) or "none configured"
            raise KeyError(f"no channel named {name!r} (channels: {known})")
        return channel

    async def preview_digest(self, name: str) -> Digest:
        """What the channel's digest would be now; nothing is posted or recorded."""
        digest, _, _ = await self._build(await self.channel(name))
        return digest

    async def post_digest(self, name: str, *, slot: datetime | None = None) -> Digest | None:
        """Build, record and post a channel's digest; None when there was nothing
        new (or another process has this digest). ``slot`` is the scheduled time
        it is for: every process agrees on it, so only one posts it.

        Raises DeliveryError when the post failed: the digest stays in the
        delivery log and is retried; nothing is lost."""
        channel = await self.channel(name)
        digest, cutoff, article_ids = await self._build(channel)
        if digest.empty:
            log.info("channel %r: nothing new since the last digest", channel.name)
            if digest.since is None:
                return None  # before a first real digest, stay in "first digest" mode
            if channel.nothing_new == "skip":
                await self.db.set_channel_state(channel.name, last_digest_at=cutoff, cutoff=cutoff)
                return None
            digest = replace(digest, note=f"Nothing new since {relative_time(digest.since, cutoff)}.")
        key = f"digest:{channel.name}:" + (slot.isoformat() if slot else f"{cutoff.isoformat()}:{uuid.uuid4().hex[:8]}")
        try:
            submitted = await self.deliverer.submit(channel.name, digest, kind="digest", key=key,
                                                    article_ids=article_ids, cutoff=cutoff)  # fmt: skip
        except DeliveryError as exc:
            log.log(logging.WARNING if exc.permanent else logging.ERROR,
                    "channel %r: digest not delivered yet (kept, and retried): %s", channel.name, exc)  # fmt: skip
            raise
        if not submitted:
            return None
        log.info("channel %r: posted a digest of %d items", channel.name, len(digest.items))
        return digest

    async def resend(self, delivery_id: int) -> bool:
        """Post a recorded delivery now, whatever its retry time (``/news digest``
        for a digest that was never delivered). False if another process holds it;
        raises DeliveryError when the post fails again (it stays pending)."""
        return await self.deliverer.send(delivery_id)

    async def _build(self, channel: ChannelSettings) -> tuple[Digest, datetime, list[int]]:
        # (the collector off while a digest is built: its candidates are freed when _make returns, issue 15)
        with collector_waits():
            return await self._make(channel)

    async def _make(self, channel: ChannelSettings) -> tuple[Digest, datetime, list[int]]:
        from .digest import DigestRules, digest_size, digest_stories, first_digest_pool, plan_digest
        from .stories import with_model, with_texts

        first = self.settings.digest.first_digest_items
        catalog = self.catalog.target
        await self.poller.backlog.read(await self.catalog.followed(channel))  # its feeds' first polls, if unread

        def read():  # the feeds and the candidates in one step on the database thread: one wake-up, not three
            names, feeds = catalog.followed(channel), catalog.feeds()
            return feeds, *self.store.digest_candidates(channel.name, names, pool=first_digest_pool(first),
                                                        clock=self.clock)  # fmt: skip

        feeds, now, cutoff, candidates = await self.db(read)
        rules = DigestRules.from_settings(feeds, self.settings.digest, self.settings.summaries)
        # The stories, and the texts (leads, sentences) of those the digest may show: the store keeps them apart.
        size = digest_size(channel, first, first=cutoff is None)
        stories = digest_stories(candidates, channel, rules, first=cutoff is None, shown=size)
        shown = stories[:size]
        texts = await self.db.article_texts([m.id for s in shown for m in s.members])
        stories = [with_texts(s, texts) for s in shown] + stories[len(shown) :]
        if self.model is not None and self.settings.summaries.mode == "llm":
            # The model's summaries of the stories this digest may show; extractive for the rest.
            shown = stories[: len(shown)]
            rules = replace(
                rules, summarize=with_model(await self.model.summaries(shown, rules.summarize), rules.summarize)
            )
        digest, ids = plan_digest(
            candidates, channel, now=now, since=cutoff, first_items=first, rules=rules, stories=stories
        )
        return digest, now, ids

    # --- running ----------------------------------------------------------------

    async def run_once(self) -> PollReport:
        """Poll every feed once, post each channel's digest once."""
        if not self._started:
            await self.start_adapters()
        report = await self.poll(due_only=False)
        log.info("%s", report.summary())
        for channel in await self.catalog.channels():
            with contextlib.suppress(DeliveryError):  # logged; the next run covers it
                await self.post_digest(channel.name)
        return report

    async def run(self, stop: asyncio.Event, commands: CommandHandler | None = None) -> None:
        """Poll and post on schedule until ``stop`` is set."""
        await self.start_adapters(commands)
        self._reading_idle = True
        report = await self.poll()
        log.info("first poll: %s", report.summary())
        await self.catch_up()
        self.settle()
        self.jobs.start(await self.catalog.channels())
        try:
            await stop.wait()
        finally:
            await self.jobs.stop()

    @staticmethod
    def settle() -> None:
        """Once started (the first poll and the catch-up done): what is alive now -- modules,
        settings, the engine and its caches -- lives as long as the bot, so it leaves the
        garbage collector's reach (``gc.freeze``). A full collection then walks only what the
        cycles made since, not ~120,000 start-up objects: a warm cycle of 10,000 unchanged
        feeds ran one in two cycles of three (issue 18). Collected first: no garbage is kept."""
        gc.collect()
        gc.freeze()

    async def catch_up(self) -> list[str]:
        """Resume deliveries left unfinished, then post once for channels whose
        digest time passed while the bot was down (one digest for the whole window)."""
        from .digest import missed_digest

        await self.deliverer.resume()
        posted = []
        for channel in await self.catalog.channels():
            last_at, _ = await self.db.channel_state(channel.name)
            missed = missed_digest(channel, last_at, self.clock.now())
            if missed is not None:
                log.info("channel %r: the %s digest was missed while the bot was down; posting it now",
                         channel.name, missed.isoformat(timespec="minutes"))  # fmt: skip
                with contextlib.suppress(DeliveryError):  # logged; kept in the delivery log
                    await self.post_digest(channel.name, slot=missed)
                posted.append(channel.name)
        return posted

    def schedule_channel(self, channel: ChannelSettings) -> None:
        """Add a channel created at run time (from chat) to the running schedule."""
        self.jobs.add_channel(channel)

    # --- what the scheduled jobs do (bot/schedule.py runs them) -----------------

    async def poll_tick(self) -> None:
        """At each tick: retry the chats that failed to start, poll the due feeds, resume deliveries."""
        await self.chats.retry()
        report = await self.poll()
        if report.outcomes:
            log.info("%s", report.summary())
        await self.deliverer.resume()

    async def scheduled_digest(self, name: str) -> None:
        """A channel's digest at its time (the slot every process agrees on)."""
        from .digest import last_scheduled

        channel = await self.channel(name)
        await self.post_digest(name, slot=last_scheduled(channel, self.clock.now()))

    async def prune(self) -> None:
        """Forget articles older than the retention, and the model summaries of stories that old (in no digest)."""
        before = self.clock.now() - timedelta(days=self.settings.storage.retention_days)
        removed = await self.db.prune(before)
        await self.db.prune_model_summaries(before)
        if removed:
            log.info("pruned %d articles older than %d days", removed, self.settings.storage.retention_days)


__all__ = ["Tidings", "FeedOutcome", "PollReport"]
