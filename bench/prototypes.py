"""Changes the benchmark measures before they are made in bot/: a process pool
for parsing and group commit for the database thread.

They are applied to a running ``Tidings`` from the outside, so the benchmark
can compare "as shipped" with "as proposed" on the same poll path. The
proposal for bot/app.py, bot/poller.py and bot/store.py is in the benchmark
note; this module is its measured prototype, not a second implementation to
keep.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial

from bot.poller import Database

from . import _worker

VARIANTS = {
    "shipped": "as shipped: parsing in the bot's process pool (bot/workers.py), one transaction per store call",
    "pool": "the benchmark's own process pool for parsing (one warm worker per core), for comparison",
    "proposed": "+ process pool + group commit (store calls queued while the database thread is busy share one "
                "transaction; runs of update_feed calls become one executemany)",
}


def parse_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """A started pool: forkserver (forking a process that runs threads is unsafe), warm workers.

    Workers import the parsing stack and nothing else. multiprocessing would
    have each worker import the parent's __main__ (for ``tidings run``: the
    console script, hence bot.cli; here: the benchmark), so it is hidden while
    the workers start.
    """
    workers = workers or os.cpu_count() or 2
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["bot.normalize"])
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker.warm_up)
    main = sys.modules["__main__"]
    saved = {name: main.__dict__[name] for name in ("__spec__", "__file__") if name in main.__dict__}
    main.__spec__ = None
    main.__dict__.pop("__file__", None)
    try:
        list(pool.map(_worker.pid, range(workers * 2)))  # start every worker now, not during the first cycle
    finally:
        main.__dict__.update(saved)
    return pool


def pool_pids(pool: ProcessPoolExecutor | None) -> list[int]:
    """The parse workers' pids: the variant's own pool, else the bot's shared one (bot/workers.py)."""
    if pool is None:
        from bot import workers

        pool = workers._pool
    return list(getattr(pool, "_processes", None) or {}) if pool is not None else []


def apply(bot, variant: str) -> ProcessPoolExecutor | None:
    """Apply a variant to a constructed (not yet polled) Tidings; returns the pool to shut down."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r} (one of {', '.join(VARIANTS)})")
    pool = None
    if variant in ("pool", "proposed"):
        pool = parse_pool()
        bot.poller.parse_executor = pool  # Poller.parse (and the page reader through it) use it
    if variant == "proposed":
        db = GroupCommitDatabase(bot.store, bot._db_thread)
        bot.db = bot.poller.db = bot.poller.pages.db = db
    return pool


# --- group commit -------------------------------------------------------------------------


class GroupCommitDatabase(Database):
    """Like poller.Database (store calls on one worker thread), but calls that
    arrive while the thread is busy run together, in one transaction.

    Under load the poll cycle makes two or three small store calls per feed
    (store the articles, record the fetch): with one transaction each, the
    commits and connection checkouts cost more than the SQL. Queued calls
    keep their order and each caller still gets its own result or exception;
    a failing call rolls back its batch, which is then retried call by call.
    """

    def __init__(self, store, executor):
        super().__init__(store, executor)
        self._queue: list[tuple[partial, asyncio.Future]] = []
        self._busy = False
        store.engine = _SharedTransactionEngine(store.engine)
        self._engine: _SharedTransactionEngine = store.engine
        self.batches: list[int] = []  # sizes, for the benchmark's report

    async def __call__(self, method, *args, **kwargs):
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.append((partial(method, *args, **kwargs), future))
        if not self._busy:
            self._start(loop)
        return await future

    def _start(self, loop) -> None:
        batch, self._queue = self._queue, []
        self._busy = True
        self.batches.append(len(batch))
        job = loop.run_in_executor(self._executor, self._run, [call for call, _ in batch])
        job.add_done_callback(lambda done: self._finish(loop, batch, done))

    def _finish(self, loop, batch, done) -> None:
        for (_, future), (ok, value) in zip(batch, done.result(), strict=True):
            if future.cancelled():
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        self._busy = False
        if self._queue:
            self._start(loop)

    def _run(self, calls: list[partial]) -> list[tuple[bool, object]]:
        if len(calls) > 1:
            try:
                with self._engine.shared() as conn:
                    return self._run_batch(conn, calls)
            except Exception:
                pass  # rolled back: run them one by one so only the failing call fails
        results = []
        for call in calls:
            try:
                results.append((True, call()))
            except Exception as exc:  # handed to that call's awaiting caller
                results.append((False, exc))
        return results


    def _run_batch(self, conn, calls: list[partial]) -> list[tuple[bool, object]]:
        """Every call in order; runs of update_feed calls with the same fields become one executemany."""
        results: list[tuple[bool, object]] = []
        i = 0
        while i < len(calls):
            call = calls[i]
            if getattr(call, "func", None) == self.store.update_feed and len(call.args) == 1:
                keys = tuple(sorted(call.keywords))
                j = i
                while (j < len(calls) and getattr(calls[j], "func", None) == self.store.update_feed
                       and len(calls[j].args) == 1 and tuple(sorted(calls[j].keywords)) == keys):  # fmt: skip
                    j += 1
                if j - i > 1:
                    update_feeds(conn, [(c.args[0], c.keywords) for c in calls[i:j]])
                    results += [(True, None)] * (j - i)
                    i = j
                    continue
            results.append((True, call()))
            i += 1
        return results


def update_feeds(conn, rows: list[tuple[str, dict]]) -> None:
    """Proposed Store.update_feeds: many feeds' fields (the same fields) in one executemany."""
    import sqlalchemy as sa

    from bot.store import feeds

    keys = sorted(rows[0][1])
    statement = feeds.update().where(feeds.c.name == sa.bindparam("_name")).values({k: sa.bindparam("_" + k) for k in keys})
    conn.execute(statement, [{"_name": name, **{"_" + k: v for k, v in values.items()}} for name, values in rows])


class _SharedTransactionEngine:
    """An Engine whose begin()/connect() hand out one shared connection inside
    ``shared()`` on the current thread; a real Engine otherwise."""

    def __init__(self, engine):
        self._engine = engine
        self._local = threading.local()

    def __getattr__(self, name):
        return getattr(self._engine, name)

    @contextmanager
    def shared(self):
        with self._engine.begin() as conn:
            self._local.conn = conn
            try:
                yield conn
            finally:
                self._local.conn = None

    @contextmanager
    def _reuse(self):
        yield self._local.conn

    def begin(self):
        return self._reuse() if getattr(self._local, "conn", None) is not None else self._engine.begin()

    def connect(self):
        return self._reuse() if getattr(self._local, "conn", None) is not None else self._engine.connect()
