"""One poll cycle: fetch every due feed, parse what changed, store new articles.

Each feed is independent: its failure is recorded on that feed (with a
readable error and a backoff) and never stops the others.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
from dataclasses import replace
from datetime import timedelta
from functools import partial

from . import backoff
from .backlog import BacklogReader
from .clock import Clock
from .config import FeedSettings, Settings
from .fetch import Fetcher, FetchResult
from .models import FeedError, FeedState, StoredArticle
from .pages import PageReader
from .pollreport import FeedOutcome, PollReport
from .store.database import AsyncStore
from .store.problems import StorageError
from .workers import READ_FEED, SENTENCES_OF, SKIM_FEED, ParsePool

log = logging.getLogger("tidings.poll")

DEFERRED = timedelta(minutes=1)  # the longest a changed document waits while another process reads its first poll
STATES_CHUNK = 500  # feeds whose state a poll of every feed (due or not) reads at a time
CLAIM_BATCH = 32  # the most feeds a worker claims at a time (fewer for small setups, so processes share)
# Poll tasks per fetch slot ([polling] concurrency): a task waiting for the
# database thread (its feed's update, its next claim) holds no slot, and the
# others keep the slots busy. The fetcher still has at most `concurrency`
# requests in flight (issue 8: 10,000 unchanged feeds ~15% faster than one
# task per slot, with less CPU: more answers handled per turn of the loop).
TASKS_PER_FETCH_SLOT = 3
# The collector's young threshold during a poll (Python's: 700 objects). At 700 a warm cycle of
# 10,000 feeds ran ~75 young collections, ~7 middle and a full one in two (20-35 ms of CPU) and
# found no garbage; at 10,000 a few. Garbage that comes (a failure's frames) waits for 10,000 at most.
POLL_YOUNG_THRESHOLD = 10_000


@contextlib.contextmanager
def collector_spaced(young: int = POLL_YOUNG_THRESHOLD):
    """The collector's young threshold at ``young`` inside the block, as it was after; left
    alone when it is that high already (another poll running, an operator's setting)."""
    before = gc.get_threshold()
    if before[0] >= young:
        yield
        return
    gc.set_threshold(young, *before[1:])
    try:
        yield
    finally:
        if gc.get_threshold()[0] == young:
            gc.set_threshold(*before)


def _tell_if_the_workers_failed(starting: asyncio.Future) -> None:
    if not starting.cancelled() and (exc := starting.exception()) is not None:
        log.error("the parse workers could not start (%s: %s); each feed's parse tries again", type(exc).__name__, exc)


class Poller:
    def __init__(
        self,
        settings: Settings,
        store: AsyncStore,
        fetcher: Fetcher,
        clock: Clock,
        *,
        parse_pool: ParsePool,
        parse_executor: Executor | None = None,
        instance: str = "tidings",
        on_history: Callable[[int], object] = lambda count: None,  # articles a first poll gave, once read
        feed_of: Callable[[str], Awaitable[FeedSettings | None]] | None = None,  # a feed by name (the catalog's)
    ):
        self.settings = settings
        self.store = store
        self.fetcher = fetcher
        self.clock = clock
        self.parse_pool = parse_pool
        self.parse_executor = parse_executor
        self.instance = instance
        self._untrusted: set[str] = set()
        self.pages = PageReader(store, fetcher, clock, settings.digest, self.parse)
        self.backlog = BacklogReader(
            store, self.parse, clock, excerpt_length=settings.digest.excerpt_length,
            lease=timedelta(seconds=settings.polling.lease), workers=parse_pool.workers, instance=instance, feed=feed_of,
            enrich=self.pages.enrich, on_stored=on_history,
        )  # fmt: skip

    async def parse(self, fn, /, *args, **kwargs):
        """CPU-heavy work (parsing, text extraction) off the event loop: in the
        parse pool's worker processes, or in ``parse_executor`` when one is given."""
        if self.parse_executor is not None:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.parse_executor, partial(fn, *args, **kwargs))
        return await self.parse_pool.run(fn, *args, **kwargs)

    async def poll(
        self, feeds: Sequence[FeedSettings] | None = None, *, due_only: bool = True,
        on_start: Callable[[int], None] | None = None, on_done: Callable[[FeedOutcome], None] | None = None,
    ) -> PollReport:  # fmt: skip
        """Poll the given feeds (default: every enabled feed), only those due unless told otherwise."""
        with collector_spaced():
            return await self._poll(feeds, due_only=due_only, on_start=on_start, on_done=on_done)

    async def _poll(
        self, feeds: Sequence[FeedSettings] | None, *, due_only: bool,
        on_start: Callable[[int], None] | None, on_done: Callable[[FeedOutcome], None] | None,
    ) -> PollReport:  # fmt: skip
        feeds = [f for f in (feeds if feeds is not None else self.settings.feeds) if f.enabled]
        await self.store.sync_feeds([(f.name, f.url) for f in feeds])
        names = [f.name for f in feeds]
        by_name = {f.name: f for f in feeds}
        outcomes: list[FeedOutcome] = []
        # Feeds added from chat are fetched as untrusted (never into the private
        # network); a settings-file feed of the same name stays trusted.
        configured = {f.name.casefold() for f in self.settings.feeds}
        self._untrusted = {n.casefold() for n, _, _ in await self.store.chat_feeds()} - configured

        starting: asyncio.Future | None = None

        async def after_start(feed: FeedSettings, state: FeedState) -> FeedOutcome:
            nonlocal starting
            # A feed's first poll will parse a body: the parse workers start (once)
            # before its fetch, so their start-up never eats into a fetch's deadline.
            # A cycle of feeds polled before starts them only when a body changed:
            # `tidings poll` of unchanged feeds never does (~0.5 s of CPU, issue 18).
            if starting is None:
                starting = asyncio.ensure_future(asyncio.to_thread(self.parse_pool.start))
                starting.add_done_callback(_tell_if_the_workers_failed)
            # (if they could not start, the parse tries again, and a failure there is that
            # feed's, handed back like any failed poll: never the claims of a whole batch)
            await asyncio.wait([starting])
            # (a start may outlast the claim's lease on a loaded machine, and another process poll the feed meanwhile:
            # this state, read at the claim, would take the news it then finds for a first poll's history, never
            # posted. Read again: a three-process test's fresh clone, run beside two helpers' dumps)
            fresh = await self.store.feed_states([feed.name])
            return await self.poll_feed(feed, fresh[0] if fresh else state)

        def one(state: FeedState) -> Awaitable[FeedOutcome]:
            """The feed's poll, to await (poll_feed's own coroutine: no coroutine around it for each feed)."""
            feed = by_name[state.name]
            if state.last_checked_at is None and self.parse_executor is None and not self.parse_pool.running:
                return after_start(feed, state)
            return self.poll_feed(feed, state)

        def done(outcome: FeedOutcome) -> None:
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)

        tasks = TASKS_PER_FETCH_SLOT * self.settings.polling.concurrency
        if not due_only:
            if on_start:
                on_start(len(names))  # (sync_feeds gave every one of them a row)
            # As many feeds in flight as the due path has (not one task per feed): a
            # body fetched waits for a parse worker inside its task, so a task per feed
            # held every body of the cycle at once when fetching outran parsing (issue 18:
            # `tidings poll --all` of 1,000 feeds peaked at 189 MB in the bot process).
            # Their states are read a chunk at a time, as the due path claims them.
            chunks = [names[i : i + STATES_CHUNK] for i in range(0, len(names), STATES_CHUNK)]
            ready: list[FeedState] = []
            reading = asyncio.Lock()

            async def next_state() -> FeedState | None:
                async with reading:
                    while not ready and chunks:
                        ready.extend(reversed(await self.store.feed_states(chunks.pop(0))))
                    return ready.pop() if ready else None

            async def drain() -> None:
                while (state := await next_state()) is not None:
                    done(await one(state))

            await asyncio.gather(*(drain() for _ in range(min(tasks, len(names)))))
            return PollReport(outcomes)

        cycle = self.clock.now()
        if on_start:
            on_start(await self.store.count_due(cycle))
        # Workers claim a batch of due feeds (for a lease), poll them, and claim
        # more: the cycle streams, and several processes on one database share
        # the work. A feed polled in this cycle is due again only after `cycle`,
        # so each feed is polled at most once per cycle.
        lease = timedelta(seconds=self.settings.polling.lease)
        batch = max(1, min(CLAIM_BATCH, len(names) // (2 * tasks) or 1))

        async def worker() -> None:
            while True:
                states = await self.store.claim_due_feeds(
                    cycle, clock=self.clock, instance=self.instance, lease=lease, limit=batch
                )
                if not states:
                    return
                for state in states:
                    if state.name in by_name:
                        done(await one(state))
                    else:  # added (from chat) by another process since we looked: its turn next cycle
                        await self.store.update_feed(state.name, claimed_by=None, lease_until=None)

        await asyncio.gather(*(worker() for _ in range(tasks)))
        return PollReport(outcomes)

    async def poll_feed(self, feed: FeedSettings, state: FeedState) -> FeedOutcome:
        interval = feed.interval or self.settings.polling.interval
        try:
            result = await self.fetcher.fetch(
                state.fetch_url, etag=state.etag, last_modified=state.last_modified,
                untrusted=bool(self._untrusted) and feed.name.casefold() in self._untrusted,
            )  # fmt: skip
            return await self._handle(feed, state, result, interval)
        except StorageError:
            raise  # the database itself: the whole cycle stops and runs again at the next tick
        except Exception as exc:  # a bug must cost one feed one poll, not the cycle
            log.exception("feed %r: unexpected error while polling", feed.name)
            return await self._failed(feed, state, f"internal error: {type(exc).__name__}: {exc}", interval, None)

    async def _handle(self, feed: FeedSettings, state: FeedState, result: FetchResult, interval: float) -> FeedOutcome:
        if result.moved_to and result.moved_to != state.fetch_url and result.status != "error":
            log.info(
                "feed %r moved permanently to %s (update settings.toml when convenient)", feed.name, result.moved_to
            )
            await self.store.update_feed(feed.name, moved_to=result.moved_to)
        if result.status == "error":
            return await self._failed(feed, state, result.error, interval, result.retry_after)
        etag, last_modified = result.etag or state.etag, result.last_modified or state.last_modified
        body_hash = result.body_hash if result.status != "not_modified" else None  # sha256 of the body: once
        if result.status == "not_modified" or (body_hash == state.body_hash and state.polled_ok_once):
            if etag == state.etag and last_modified == state.last_modified:
                # Nothing to write but the poll: grouped with the other feeds checked at the
                # same time into one statement (AsyncStore.feed_checked). Written here, not in
                # a method of its own: one coroutine less for every unchanged feed.
                if state.failing_since is not None:
                    log.info("feed %r recovered after %d failed polls", feed.name, state.error_count)
                await self.store.feed_checked(
                    feed.name, clock=self.clock, wait=backoff.wait_after_success(interval, result.max_age)
                )
            else:
                await self._succeeded(feed, state, interval, result.max_age, etag=etag, last_modified=last_modified)
            status = "not_modified" if result.status == "not_modified" else "unchanged"
            return FeedOutcome(feed.name, status, recovered_from=state.failing_since)
        now = self.clock.now()
        if body_hash == state.failed_body_hash and state.last_error:
            # The very body the last poll could not read (an OPML file, a cut-off
            # JSON document): the same error, without parsing it again.
            return await self._failed(feed, state, state.last_error, interval, None, failed_body_hash=body_hash)
        backfill = not state.polled_ok_once
        # A first poll still unread is read first: the new entries are told from its own. When another
        # process is reading it, this document waits for a poll a little later (nothing is lost: the
        # feed's validators and fingerprints stay as they were, so it is fetched and read whole again).
        if not backfill:
            try:
                first_read = await self.backlog.read_first(feed.name)
            except StorageError:
                raise
            except Exception as exc:  # (the parse workers cannot start, one died: this document is tried again)
                error = f"its first poll could not be read ({type(exc).__name__}: {exc})"
                return await self._failed(feed, state, error, interval, None)
            if not first_read:
                # Polled again when the holder's claim ends, a minute at most: a process that died reading
                # the first poll holds it until then, and its feed's news waits no longer than its claim.
                held_until = await self.store.backlog_lease_until(feed.name)
                retry = min(now + DEFERRED, max(now, held_until or now))
                await self.store.update_feed(feed.name, next_check_at=retry, claimed_by=None,
                                             lease_until=None)  # fmt: skip
                return FeedOutcome(feed.name, "deferred")
        try:
            # A first poll is skimmed (bot/skim.py): its document is kept and read later (bot/backlog.py).
            content = await self.parse(
                SKIM_FEED if backfill else READ_FEED,  # by name: the parsing stack stays in the workers
                result.body,
                url=result.final_url or state.fetch_url,
                content_type=result.content_type,
                source=feed.name,
                now=now,
                excerpt_length=self.settings.digest.excerpt_length,
                **({} if backfill else {"known": state.entry_prints or b""}),
            )
        except FeedError as exc:
            return await self._failed(feed, state, str(exc), interval, None, failed_body_hash=body_hash)
        if content.backlog:
            await self.store.put_backlog(feed.name, content.backlog, url=result.final_url or state.fetch_url,
                                         content_type=result.content_type, polled_at=now,
                                         entries=content.backlog_entries)  # fmt: skip
        # first_seen is taken on the database thread, in order with digest
        # queries (see AsyncStore.store_articles): no article can slip behind a cutoff.
        stored = await self.store.store_articles(
            feed.name, content.articles, clock=self.clock,
            horizon=timedelta(days=self.settings.storage.retention_days),
        ) if content.articles else []  # fmt: skip
        if stored:
            stored = await self._segment(feed.name, stored)
        new = [s.article for s in stored]
        if new and self.pages is not None:
            await self.pages.enrich(feed, new)
        hint = max(filter(None, (result.max_age, content.ttl)), default=None)
        await self._succeeded(feed, state, interval, hint, body_hash=body_hash, title=content.title,
                              entry_prints=content.entry_prints, etag=etag, last_modified=last_modified)  # fmt: skip
        if content.warning:
            log.info("feed %r: %s", feed.name, content.warning)
        return FeedOutcome(feed.name, "ok", new=tuple(new), warning=content.warning, backfill=backfill,
                           stored=tuple(stored), recovered_from=state.failing_since, new_count=len(new),
                           backlog=content.backlog_entries)  # fmt: skip

    async def _segment(self, feed: str, stored: list[StoredArticle]) -> list[StoredArticle]:
        """New articles with their lead's sentences (bot/sentences.py), stored for their
        stories' summaries: segmented once, off the event loop, when they are new."""
        try:
            texts = await self.parse(SENTENCES_OF, [s.article.lead or s.article.excerpt for s in stored])
            await self.store.set_sentences({s.id: text for s, text in zip(stored, texts, strict=True) if text})
        except Exception:  # a summary can segment on demand: this must never cost the poll
            log.exception("feed %r: could not segment the new articles' text", feed)
            return stored
        return [replace(s, article=replace(s.article, sentences=tuple(text.split("\n")) if text else ()))
                for s, text in zip(stored, texts, strict=True)]  # fmt: skip

    async def _succeeded(
        self, feed: FeedSettings, state: FeedState, interval: float, hint: float | None, **values
    ) -> None:
        now = self.clock.now()
        if state.failing_since is not None:
            log.info("feed %r recovered after %d failed polls", feed.name, state.error_count)
        await self.store.update_feed(
            feed.name,
            last_checked_at=now,
            last_success_at=now,
            next_check_at=backoff.after_success(now, interval, hint),
            failing_since=None,
            last_error=None,
            error_count=0,
            failed_body_hash=None,
            polled_ok_once=True if "body_hash" in values else state.polled_ok_once,
            claimed_by=None,
            lease_until=None,
            **values,
        )

    async def _failed(
        self, feed: FeedSettings, state: FeedState, error: str, interval: float, retry_after: float | None, *,
        failed_body_hash: str | None = None,
    ) -> FeedOutcome:  # fmt: skip
        now = self.clock.now()
        failures = state.error_count + 1
        log.warning("feed %r: %s", feed.name, error)
        await self.store.update_feed(
            feed.name,
            last_checked_at=now,
            failing_since=state.failing_since or now,
            last_error=error,
            error_count=failures,
            failed_body_hash=failed_body_hash,  # set only when the body itself was the trouble
            next_check_at=backoff.after_failure(
                now, interval, failures, retry_after=retry_after, max_backoff=self.settings.polling.max_backoff
            ),
            claimed_by=None,
            lease_until=None,
        )
        return FeedOutcome(
            feed.name, "failed", error=error, failures=failures, failing_since=state.failing_since or now
        )
