"""The store for async code: every call runs on the one database thread.

``AsyncStore`` is the only place where the event loop hands work to that
thread, so call sites read ``await store.search(terms)``: the event loop never
waits on I/O, and SQLite sees one writer at a time. The poll cycle's small
writes go through ``batched``/``update_feed`` and share transactions (group
commit, ``Database``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from ..clock import Clock
from ..models import Article, FeedState, StoredArticle
from . import Store
from .problems import storage_problem

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True, slots=True)
class FeedUpdate:
    """``store.update_feed(name, **values)`` as a queued call. Runs of them that
    meet in one group become a single ``update_feeds`` (one executemany)."""

    store: Store
    name: str
    values: dict[str, Any]

    def __call__(self) -> None:
        self.store.update_feed(self.name, **self.values)


@dataclass(slots=True)  # not frozen: one per feed of a warm cycle (see models.FeedState)
class FeedChecked:
    """``store.feeds_checked([name], now=clock.now(), wait=wait)`` as a queued call, ``now``
    read on the database thread. Runs of them that meet in one group are one statement
    per ``wait``, with one ``now``: a warm cycle's every feed (issue 18)."""

    store: Store
    name: str
    clock: Clock
    wait: timedelta

    def __call__(self) -> None:
        self.store.feeds_checked([self.name], now=self.clock.now(), wait=self.wait)


_GROUPED = (FeedUpdate, FeedChecked)


class Database:
    """Runs Store calls on one worker thread, in the order they are made.

    ``batched`` calls that queue up while the thread is busy run together in
    one transaction (group commit): a poll cycle makes two or three small
    writes per feed, and a commit each would cost more than the SQL. Each caller
    still gets its own result or exception: if a call in a group fails, the
    group is rolled back and its calls run again one by one.
    """

    def __init__(self, store: Store, executor: Executor):
        self.store = store
        self._executor = executor
        self._queue: list[tuple[bool, Callable, asyncio.Future]] = []
        self._busy = False

    async def __call__(self, method: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """Run one call on the database thread, in its own transaction(s)."""
        return await self._submit(False, partial(method, *args, **kwargs))

    async def batched(self, method: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """Run a call that may share a transaction with other batched calls
        queued beside it. Only for calls that touch nothing but the database and
        handle no database errors themselves."""
        call = method if isinstance(method, _GROUPED) and not (args or kwargs) else partial(method, *args, **kwargs)
        return await self._submit(True, call)

    def _submit(self, batchable: bool, call: Callable) -> asyncio.Future:
        """Queue a call; the future it gives is its result (a future, not a coroutine
        around it: one coroutine less for every call, a warm cycle makes one a feed)."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.append((batchable, call, future))
        if not self._busy:
            # Started once the loop has run what is ready now: calls made in the
            # same turn of the loop (say, the updates of several feeds whose
            # answers came in together) go to the thread as one group -- each
            # hand-over wakes a thread, which costs more than the SQL here.
            self._busy = True
            loop.call_soon(self._start, loop)
        return future

    def _start(self, loop: asyncio.AbstractEventLoop) -> None:
        jobs, self._queue = self._queue, []
        self._busy = True
        try:
            running = loop.run_in_executor(self._executor, self._run, [(b, call) for b, call, _ in jobs])
        except RuntimeError as exc:  # the thread is shut down (the bot is stopping)
            running = loop.create_future()
            running.set_exception(exc)
        running.add_done_callback(lambda done: self._finish(loop, jobs, done))

    def _finish(self, loop: asyncio.AbstractEventLoop, jobs, done: asyncio.Future) -> None:
        self._busy = False
        try:
            results = done.result()
        except BaseException as exc:  # the executor itself failed (shut down): every caller hears it
            results = [(False, exc)] * len(jobs)
        for (_, _, future), (ok, value) in zip(jobs, results, strict=True):
            if future.cancelled():
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        if self._queue:
            self._start(loop)

    def _run(self, jobs: list[tuple[bool, Callable]]) -> list[tuple[bool, object]]:
        """On the database thread: runs of batchable calls share a transaction; the rest run alone."""
        results: list[tuple[bool, object]] = []
        start = 0
        while start < len(jobs):
            end = start + 1
            if jobs[start][0]:
                while end < len(jobs) and jobs[end][0]:
                    end += 1
            group = [call for _, call in jobs[start:end]]
            results += self._together(group) if len(group) > 1 else [self._outcome(group[0])]
            start = end
        return results

    def _together(self, calls: list[Callable]) -> list[tuple[bool, object]]:
        try:
            with self.store.transaction():
                results: list[tuple[bool, object]] = []
                start = 0
                while start < len(calls):
                    kind = type(calls[start])
                    end = start
                    while end < len(calls) and type(calls[end]) is kind and kind in _GROUPED:
                        end += 1
                    if end - start > 1 and kind is FeedUpdate:  # a run of feed updates: one update_feeds
                        updates = [c for c in calls[start:end] if isinstance(c, FeedUpdate)]
                        self.store.update_feeds([(u.name, u.values) for u in updates])
                        results += [(True, None)] * (end - start)
                    elif end - start > 1:  # a run of feeds checked: one statement per wait
                        checked = [c for c in calls[start:end] if isinstance(c, FeedChecked)]
                        now = checked[0].clock.now()
                        for wait in dict.fromkeys(c.wait for c in checked):
                            self.store.feeds_checked([c.name for c in checked if c.wait == wait], now=now, wait=wait)
                        results += [(True, None)] * (end - start)
                    else:
                        end = start + 1
                        results.append((True, calls[start]()))
                    start = end
                return results
        except Exception:  # rolled back: run them one by one, so only the failing call fails
            return [self._outcome(call) for call in calls]

    def _outcome(self, call: Callable) -> tuple[bool, object]:
        try:
            return True, call()
        except Exception as exc:  # handed to the caller awaiting this call
            # A database that cannot be used (read-only, damaged, gone) is the
            # operator's to fix: the caller gets a StorageError saying so in one line.
            problem = storage_problem(exc, self.store.url)
            if problem is not None and problem is not exc:
                problem.__cause__ = exc  # -v shows the database's own words
            return False, problem or exc


class OnThread(Generic[T_co]):
    """Async twins of a synchronous object's methods, each run by ``thread`` (see ``threaded``)."""

    def __init__(self, target: T_co, db: Database):
        self.target = target
        self.thread = db


def threaded(method: Callable[Concatenate[T, P], R]) -> Callable[Concatenate[OnThread[T], P], Coroutine[Any, Any, R]]:
    """``method`` of the synchronous object, awaited: it runs on the database
    thread. Declared once per method (``search = threaded(Store.search)``), with
    the method's own signature and docstring, so a call site's types are checked."""

    async def call(self: OnThread[T], /, *args: P.args, **kwargs: P.kwargs) -> R:
        return await self.thread(method, self.target, *args, **kwargs)

    call.__name__, call.__qualname__, call.__doc__ = method.__name__, method.__qualname__, method.__doc__
    return call


class AsyncStore(OnThread[Store]):
    """The Store for async code. ``AsyncStore(store, executor)``; the caller owns both."""

    def __init__(self, store: Store, executor: Executor):
        super().__init__(store, Database(store, executor))

    async def __call__(self, fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """Several Store calls as one step on the database thread (``fn(*args, **kwargs)``)."""
        return await self.thread(fn, *args, **kwargs)

    # --- the poll cycle: grouped writes (see Database) ---------------------------

    async def update_feed(self, name: str, **values: Any) -> None:
        await self.thread.batched(FeedUpdate(self.target, name, values))

    def feed_checked(self, name: str, *, clock: Clock, wait: timedelta) -> Awaitable[None]:
        """Store.feeds_checked for one feed, ``now`` read from ``clock`` on the database thread.
        Awaited (``await store.feed_checked(…)``): the queued call's future itself, not a
        coroutine around ``batched``, for every unchanged feed of a warm cycle."""
        return self.thread._submit(True, FeedChecked(self.target, name, clock, wait))

    async def store_articles(
        self, feed_name: str, items: Sequence[Article], *, clock: Clock, backfill: bool = False,
        horizon: timedelta | None = None,
    ) -> list[StoredArticle]:  # fmt: skip
        """Store.store_articles, with first_seen read from ``clock`` on the database
        thread: in order with digest queries, so no article slips behind a cutoff."""
        store = self.target
        return await self.thread.batched(
            lambda: store.store_articles(feed_name, items, now=clock.now(), backfill=backfill, horizon=horizon)
        )

    async def put_backlog(
        self, feed_name: str, body: bytes, *, url: str, content_type: str, polled_at: datetime, entries: int
    ) -> None:
        """Store.put_backlog, grouped with the poll cycle's other writes (a cold cycle keeps a thousand)."""
        store = self.target
        await self.thread.batched(lambda: store.put_backlog(feed_name, body, url=url, content_type=content_type,
                                                            polled_at=polled_at, entries=entries))  # fmt: skip

    async def claim_due_feeds(
        self, due_before: datetime, *, clock: Clock, instance: str, lease: timedelta, limit: int
    ) -> list[FeedState]:
        """Store.claim_due_feeds, with ``now`` read from ``clock`` on the database thread."""
        store = self.target
        return await self.thread.batched(
            lambda: store.claim_due_feeds(due_before, clock.now(), instance=instance, lease=lease, limit=limit)
        )

    # --- everything else: one call, one transaction ------------------------------

    sync_feeds = threaded(Store.sync_feeds)
    feed_states = threaded(Store.feed_states)
    count_due = threaded(Store.count_due)
    release_claims = threaded(Store.release_claims)
    latest_articles = threaded(Store.latest_articles)
    articles_since = threaded(Store.articles_since)
    articles_by_link = threaded(Store.articles_by_link)
    provenance = threaded(Store.provenance)
    count_articles = threaded(Store.count_articles)
    prune = threaded(Store.prune)
    known_pages = threaded(Store.known_pages)
    save_page = threaded(Store.save_page)
    set_excerpt = threaded(Store.set_excerpt)
    set_sentences = threaded(Store.set_sentences)
    article_texts = threaded(Store.article_texts)
    search = threaded(Store.search)
    count_matches = threaded(Store.count_matches)
    search_counted = threaded(Store.search_counted)
    chat_feeds = threaded(Store.chat_feeds)
    add_chat_feed = threaded(Store.add_chat_feed)
    remove_chat_feed = threaded(Store.remove_chat_feed)
    count_failing = threaded(Store.count_failing)
    ping = threaded(Store.ping)
    add_chat_channel = threaded(Store.add_chat_channel)
    subscribe = threaded(Store.subscribe)
    unsubscribe = threaded(Store.unsubscribe)
    channel_state = threaded(Store.channel_state)
    digest_candidates = threaded(Store.digest_candidates)
    set_channel_state = threaded(Store.set_channel_state)
    refused = threaded(Store.refused)
    set_refused = threaded(Store.set_refused)
    create_delivery = threaded(Store.create_delivery)
    claim_delivery = threaded(Store.claim_delivery)
    due_deliveries = threaded(Store.due_deliveries)
    delivery_part_sent = threaded(Store.delivery_part_sent)
    delivery_done = threaded(Store.delivery_done)
    delivery_failed = threaded(Store.delivery_failed)
    delivery = threaded(Store.delivery)
    undelivered = threaded(Store.undelivered)
    pending_digests = threaded(Store.pending_digests)
    delivered_ids = threaded(Store.delivered_ids)
    claim_summaries = threaded(Store.claim_summaries)
    finish_summary = threaded(Store.finish_summary)
    summaries_of = threaded(Store.summaries_of)
    spend_model_request = threaded(Store.spend_model_request)
    model_requests_on = threaded(Store.model_requests_on)
    prune_model_summaries = threaded(Store.prune_model_summaries)
    backlog_feeds = threaded(Store.backlog_feeds)
    claim_backlog = threaded(Store.claim_backlog)
    backlog_lease_until = threaded(Store.backlog_lease_until)
    store_backlog = threaded(Store.store_backlog)
    drop_backlog = threaded(Store.drop_backlog)
    release_backlogs = threaded(Store.release_backlogs)
