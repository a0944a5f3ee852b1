"""Reading the backlogs: a feed's first poll, kept unread (bot/skim.py), read into articles.

A first poll stores history only (never posted; shown by a channel's first digest,
search and ``/news story``), and cleaning it was most of a cold cycle (issue 18). So
the poll keeps the document and this reads it later, with the very code and poll time
a first poll read it with (bot/normalize.py ``read_feed``): in idle time (the running
bot starts it after a poll), and at once, first, for whatever needs the articles — a
digest, a search, a story, explain, and the feed's next changed document (its new
entries are told from the first poll's only once that is stored).

Several processes may share the database: each backlog is read by the process that
claims it (bot/store/backlog.py); in one process, two callers wanting the same feed
wait for one reading.
"""

from __future__ import annotations

import asyncio
import logging
import zlib
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from functools import partial
from typing import Any

from .clock import Clock
from .config import FeedSettings, Settings
from .models import Article, FeedContent
from .store.database import AsyncStore
from .store.problems import StorageError
from .workers import READ_FEED

log = logging.getLogger("tidings.backlog")

PER_WORKER = 2  # backlogs read at once per parse worker: one parsing, one on its way


class BacklogReader:
    def __init__(
        self, store: AsyncStore, parse: Callable[..., Awaitable[Any]], clock: Clock, *, excerpt_length: int,
        lease: timedelta, workers: int, feed: Callable[[str], Awaitable[FeedSettings | None]] | None = None,
        enrich: Callable[[FeedSettings, Sequence[Article]], Awaitable[int]] | None = None,
        on_stored: Callable[[int], object] = lambda count: None,
    ):  # fmt: skip
        self.store = store
        self.parse = parse  # CPU-heavy work off the event loop (Poller.parse)
        self.clock = clock
        self.excerpt_length = excerpt_length
        self.lease = lease
        self.feed = feed  # a feed's settings by name, settings file or chat (its pages: ``enrich``)
        self.enrich = enrich  # teaser-only articles given their page's text (PageReader.enrich)
        self.on_stored = on_stored  # how many articles a backlog gave (the metrics count them)
        self._at_once = asyncio.Semaphore(PER_WORKER * max(1, workers))
        self._reading: dict[str, asyncio.Future[int]] = {}
        self._idle: asyncio.Task | None = None
        self._claimed: set[str] = set()  # backlogs this process holds: let go when it stops

    async def read(self, feeds: Sequence[str] | None = None) -> int:
        """Read the backlogs of these feeds (every feed's: None) that wait; the number of articles stored.
        A backlog another process holds is left to it."""
        waiting = await self.store.backlog_feeds(list(feeds) if feeds is not None else None)
        if not waiting:
            return 0
        return sum(await asyncio.gather(*(self._one(name) for name, _ in waiting)))

    async def read_first(self, feed: str) -> bool:
        """Read the feed's backlog if it waits, before its next document is: False when another
        process holds it (the caller leaves that document for a later poll)."""
        if not await self.store.backlog_feeds([feed]):
            return True
        await self._one(feed)
        return not await self.store.backlog_feeds([feed])

    def read_when_idle(self) -> None:
        """Read every waiting backlog in the background (the running bot, after a poll); once at a time."""
        if self._idle is None or self._idle.done():
            self._idle = asyncio.create_task(self._read_idle(), name="tidings-backlog")

    async def idle_done(self) -> None:
        """Wait for the background reading (read_when_idle), if one runs."""
        if self._idle is not None:
            await asyncio.shield(self._idle)

    async def close(self) -> None:
        """Stop reading in the background, and let go of the backlogs being read (read again at the next start)."""
        if self._idle is not None and not self._idle.done():
            self._idle.cancel()
            await asyncio.gather(self._idle, return_exceptions=True)
        for reading in list(self._reading.values()):
            reading.cancel()
        await asyncio.gather(*self._reading.values(), return_exceptions=True)
        if self._claimed:
            try:
                await self.store.release_backlogs(sorted(self._claimed))
            except StorageError as exc:
                log.warning("first polls being read not let go (they are, when their lease ends): %s", exc)
            self._claimed.clear()

    async def _read_idle(self) -> None:
        try:
            if stored := await self.read():
                log.info("first polls read: %d articles stored", stored)
        except Exception as exc:  # (the database's trouble, said by the poll too): read after the next poll
            log.warning("first polls not read now (%s: %s); they are read after the next poll", type(exc).__name__, exc)

    def _one(self, name: str) -> Awaitable[int]:
        reading = self._reading.get(name)
        if reading is None:
            reading = self._reading[name] = asyncio.ensure_future(self._read(name))
            reading.add_done_callback(partial(self._done, name))
        return asyncio.shield(reading)  # (a caller that gives up does not stop the reading others wait for)

    def _done(self, name: str, reading: asyncio.Future[int]) -> None:
        self._reading.pop(name, None)
        if not reading.cancelled():
            reading.exception()  # (seen by whoever awaited it; not "never retrieved" when nobody did)

    async def _read(self, name: str) -> int:
        async with self._at_once:
            backlog = await self.store.claim_backlog(name, now=self.clock.now(), lease=self.lease)
            if backlog is None:
                return 0
            self._claimed.add(name)
            try:
                content: FeedContent = await self.parse(
                    READ_FEED, zlib.decompress(backlog.body), url=backlog.url, content_type=backlog.content_type,
                    source=name, now=backlog.polled_at, excerpt_length=self.excerpt_length,
                )  # fmt: skip
            except Exception as exc:  # (a reading that failed once fails again: the backlog is let go)
                log.warning("feed %r: the %d entries of its first poll could not be read (%s: %s); not kept",
                            name, backlog.entries, type(exc).__name__, exc)  # fmt: skip
                await self.store.drop_backlog(name)
                self._claimed.discard(name)
                return 0
        stored = await self.store.store_backlog(backlog, content.articles)
        self._claimed.discard(name)
        self.on_stored(len(stored))
        feed = await self.feed(name) if stored and self.feed is not None else None
        if feed is not None and self.enrich is not None:
            await self.enrich(feed, [s.article for s in stored])
        return len(stored)


async def read_apart(store: AsyncStore, settings: Settings, clock: Clock, feeds: Sequence[str] | None) -> int:
    """BacklogReader.read for a process with no parse pool of its own (the terminal's
    lookups: `tidings search`, `latest`; called when a backlog waits): a pool started for it."""
    from .workers import ParsePool

    pool = ParsePool(settings.polling.parse_workers)
    reader = BacklogReader(store, pool.run, clock, excerpt_length=settings.digest.excerpt_length,
                           lease=timedelta(seconds=settings.polling.lease), workers=pool.workers)  # fmt: skip
    try:
        return await reader.read(feeds)
    finally:
        await reader.close()
        pool.close()
