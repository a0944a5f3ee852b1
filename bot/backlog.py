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
wait for one reading. A digest or a lookup waits a while for a backlog another process
is reading (its first digest must not miss that feed's history); a poll does not wait:
the feed's next document is left for a later poll. A reading that fails is let go, to be
read again; a document this code cannot read starts the feed over as a first poll (its
entries stay history: never posted as news).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import zlib
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from .clock import Clock
from .config import FeedSettings, Settings
from .models import Article, FeedContent, FeedError
from .store.database import AsyncStore
from .store.problems import StorageError
from .workers import READ_FEED

if TYPE_CHECKING:
    from .catalog import AsyncCatalog

log = logging.getLogger("tidings.backlog")

PER_WORKER = 2  # backlogs read at once per parse worker: one parsing, one on its way
HELD_WAIT, HELD_POLL = (
    60.0,
    0.5,
)  # seconds a digest or lookup waits for backlogs another process reads; how often it looks


class BacklogReader:
    def __init__(
        self, store: AsyncStore, parse: Callable[..., Awaitable[Any]], clock: Clock, *, excerpt_length: int,
        lease: timedelta, workers: int, instance: str,
        feed: Callable[[str], Awaitable[FeedSettings | None]] | None = None,
        enrich: Callable[[FeedSettings, Sequence[Article]], Awaitable[int]] | None = None,
        on_stored: Callable[[int], object] = lambda count: None,
    ):  # fmt: skip
        self.store = store
        self.parse = parse  # CPU-heavy work off the event loop (Poller.parse)
        self.clock = clock
        self.excerpt_length = excerpt_length
        self.lease = lease
        self.instance = instance  # who holds a claim (bot/delivery.py instance_id)
        self.feed = feed  # a feed's settings by name, settings file or chat (its pages: ``enrich``)
        self.enrich = enrich  # teaser-only articles given their page's text (PageReader.enrich)
        self.on_stored = on_stored  # how many articles a backlog gave (the metrics count them)
        self._lanes = PER_WORKER * max(1, workers)  # backlogs read at once
        self._at_once = asyncio.Semaphore(self._lanes)
        self._reading: dict[str, asyncio.Future[int | None]] = {}
        self._idle: asyncio.Task | None = None
        self._claimed = False  # a claim was made: let go of them at close
        self.held_wait, self.held_poll = HELD_WAIT, HELD_POLL

    async def read(self, feeds: Sequence[str] | None = None) -> int:
        """Read the backlogs of these feeds (every feed's: None) that wait, before what needs their articles;
        the number of articles stored. One another process holds is waited for, HELD_WAIT at most."""
        names = [name for name, _ in await self.store.backlog_feeds(list(feeds) if feeds is not None else None)]
        stored, held = await self._read_all(names)
        deadline = asyncio.get_running_loop().time() + self.held_wait
        while held and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(self.held_poll)
            still = {name for name, _ in await self.store.backlog_feeds(held)}
            more, held = await self._read_all([name for name in held if name in still])
            stored += more
        return stored

    async def read_first(self, feed: str) -> bool:
        """Read the feed's backlog if it waits, before its next document is: False when another process
        holds it (the caller leaves that document for a later poll). A reading that fails raises."""
        if not await self.store.backlog_feeds([feed]):
            return True
        return await self._one(feed) is not None

    def read_when_idle(self) -> None:
        """Read every waiting backlog in the background (the running bot, after a poll); once at a time."""
        if self._idle is None or self._idle.done():
            self._idle = asyncio.create_task(self._read_idle(), name="tidings-backlog")

    async def idle_done(self) -> None:
        """Wait for the background reading (read_when_idle), if one runs."""
        if self._idle is not None:
            await asyncio.shield(self._idle)

    async def close(self) -> None:
        """Stop reading, and let go of the backlogs being read (read again at the next start, or by another process)."""
        if self._idle is not None and not self._idle.done():
            self._idle.cancel()
            await asyncio.gather(self._idle, return_exceptions=True)
        for reading in list(self._reading.values()):
            reading.cancel()
        await asyncio.gather(*self._reading.values(), return_exceptions=True)
        if self._claimed:
            try:
                await self.store.release_backlogs(self.instance)
            except StorageError as exc:
                log.warning("first polls being read not let go (they are, when their lease ends): %s", exc)

    async def _read_idle(self) -> None:
        names = [name for name, _ in await self.store.backlog_feeds()]
        if names and (stored := (await self._read_all(names))[0]):
            log.info("first polls read: %d articles stored", stored)

    async def _read_all(self, names: Sequence[str]) -> tuple[int, list[str]]:
        """Read these backlogs, a few at a time (``_lanes``: a caller that wants one feed soon queues behind
        that many, not behind all of them): the articles stored, and the feeds another process holds. A
        feed whose reading failed is said in one line and left for later; a database in trouble raises."""
        queue, held, stored = list(reversed(names)), [], 0

        async def lane() -> None:
            nonlocal stored
            while queue:
                name = queue.pop()
                try:
                    got = await self._one(name)
                except (StorageError, asyncio.CancelledError):
                    raise
                except Exception as exc:  # (said once, here; read again later)
                    log.warning("feed %r: its first poll could not be read now (%s: %s); it is read again later",
                                name, type(exc).__name__, exc)  # fmt: skip
                    continue
                if got is None:
                    held.append(name)
                else:
                    stored += got

        await asyncio.gather(*(lane() for _ in range(min(self._lanes, len(queue)))))
        return stored, held

    def _one(self, name: str) -> Awaitable[int | None]:
        reading = self._reading.get(name)
        if reading is None:
            reading = self._reading[name] = asyncio.ensure_future(self._read(name))
            reading.add_done_callback(partial(self._done, name))
        return asyncio.shield(reading)  # (a caller that gives up does not stop the reading others wait for)

    def _done(self, name: str, reading: asyncio.Future[int | None]) -> None:
        self._reading.pop(name, None)
        if not reading.cancelled():
            reading.exception()  # (seen by whoever awaited it; not "never retrieved" when nobody did)

    async def _read(self, name: str) -> int | None:
        """The feed's backlog read and stored: the articles it gave; None when another process holds it."""
        async with self._at_once:
            self._claimed = True  # (before the claim: a stop while it is made lets it go too)
            backlog = await self.store.claim_backlog(name, now=self.clock.now(), lease=self.lease,
                                                     instance=self.instance)  # fmt: skip
            if backlog is None:
                return None
            try:
                content: FeedContent = await self.parse(
                    READ_FEED, zlib.decompress(backlog.body), url=backlog.url, content_type=backlog.content_type,
                    source=name, now=backlog.polled_at, excerpt_length=self.excerpt_length,
                )  # fmt: skip
                stored = await self.store.store_backlog(backlog, content.articles)
            except FeedError as exc:  # this code cannot read what a first poll read (an upgrade since): start over
                log.warning("feed %r: its first poll cannot be read (%s); its next document is read as a first poll",
                            name, exc)  # fmt: skip
                await self.store.drop_backlog(name, start_over=True)
                return 0
            except Exception:
                with contextlib.suppress(Exception):  # (let go at once, not at the lease's end; else at close)
                    await self.store.release_backlogs(self.instance, name)
                raise
        self.on_stored(len(stored))
        feed = await self.feed(name) if stored and self.feed is not None else None
        if feed is not None and self.enrich is not None:
            await self.enrich(feed, [s.article for s in stored])
        return len(stored)


async def read_apart(store: AsyncStore, catalog: AsyncCatalog, settings: Settings, clock: Clock,
                     feeds: Sequence[str] | None) -> int:  # fmt: skip
    """BacklogReader.read for a process with no parse pool of its own (the terminal's lookups: `tidings
    search`, `latest`; called when a backlog waits): a pool, and a fetcher for teasers' pages, started for it."""
    from .delivery import instance_id
    from .fetch import Fetcher
    from .pages import PageReader
    from .workers import ParsePool

    pool = ParsePool(settings.polling.parse_workers)
    fetcher = Fetcher(settings.polling, clock=lambda: clock.now().timestamp())
    await fetcher.open()
    pages = PageReader(store, fetcher, clock, settings.digest, pool.run)
    reader = BacklogReader(store, pool.run, clock, excerpt_length=settings.digest.excerpt_length,
                           lease=timedelta(seconds=settings.polling.lease), workers=pool.workers,
                           instance=instance_id(), feed=catalog.feed, enrich=pages.enrich)  # fmt: skip
    try:
        return await reader.read(feeds)
    finally:
        await reader.close()
        await fetcher.close()
        pool.close()
