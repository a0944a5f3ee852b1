"""The parse pool: feed parsing and article-text extraction in worker processes,
so that CPU-heavy work never holds the event loop (or its GIL) — commands are
acknowledged in time while a thousand feeds are parsed.

The composition root (bot/app.py) makes one ``ParsePool`` and closes it; a
pool whose worker died is replaced on the next call.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib
import multiprocessing
import os
import select
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from .process import ignore_stop_signals

T = TypeVar("T")

# What the workers run: the parsing stack and the pool's own module (its initializer), nothing more; then the fork
# server made ready (bot/forkserver.py).
PRELOAD = ("bot.normalize", "bot.skim", "bot.extract", "bot.workers", "bot.forkserver")


@dataclass(frozen=True)
class Named:
    """A function of the parsing stack, by name: it pickles as two strings, so the bot's
    process hands it to a worker without importing its module (lxml, feedparser, the
    cleaners: ~6 MB and ~0.15 s of every `tidings` command's start-up, issue 18); the
    worker, which preloaded it, calls it. Called in this process (``parse_workers = 0``),
    it imports the module then."""

    module: str
    name: str

    def __call__(self, *args, **kwargs):
        try:
            return getattr(importlib.import_module(self.module), self.name)(*args, **kwargs)
        finally:
            _give_back()


READ_FEED = Named("bot.normalize", "read_feed")  # bytes -> FeedContent (bot/models.py)
SKIM_FEED = Named("bot.skim", "skim_feed")  # a first poll's bytes -> FeedContent with no articles, the backlog kept
EXTRACT_TEXT = Named("bot.extract", "extract_text")  # an article page -> its text
SENTENCES_OF = Named("bot.sentences", "sentences_of")  # a new article's lead -> its sentences, one a line


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # forkserver, not fork: forking a process that runs threads (the database
    # thread, aiohttp's resolver) can deadlock the child.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(PRELOAD))
    with _main_module_hidden():
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_end_with, initargs=(os.getpid(),))
        list(pool.map(abs, range(workers * 2)))  # start every worker now, while __main__ is hidden
    return pool


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """While the workers start, the parent's ``__main__`` (the `tidings` console
    script, a test runner) has no ``__spec__`` and no ``__file__``.

    Each worker multiprocessing starts imports the parent's main module again
    (``multiprocessing.spawn.get_preparation_data`` names it by those two
    attributes), and the console script would bring the settings, pydantic and
    the rest into every worker, which needs only the parsing stack (PRELOAD).
    multiprocessing has no public option to leave the main module out, so this
    is the one place Tidings touches it: our own process's ``__main__``, for as
    long as the pool takes to start, restored after."""
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    saved: dict[str, object] = {k: main.__dict__[k] for k in ("__spec__", "__file__") if k in main.__dict__}
    main.__dict__["__spec__"] = None
    main.__dict__.pop("__file__", None)
    try:
        yield
    finally:
        main.__dict__.update(saved)


def _give_back() -> None:
    """Return the heap a task freed to the system (glibc keeps it, fragmented, for the next one):
    a worker that parsed a 2 MB feed does not hold its high-water mark for the rest of the cycle
    (issue 18: 5 MB less per worker at a 1,000-feed cycle's peak, for ~0.01 ms a task)."""
    libc = _worker_libc()
    if libc is not None:
        libc.malloc_trim(0)


@functools.cache
def _worker_libc() -> Any:
    """glibc's ``ctypes.CDLL`` in a worker process; None in the bot's own process (a pool of no
    processes runs its work there) and where the C library is not glibc."""
    if multiprocessing.parent_process() is None:
        return None
    try:
        import ctypes  # (here: the bot's own process never needs it)

        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim), or not Linux
        return None
    return libc


def _end_with(bot: int) -> None:
    """In each worker: exit when the bot process ends, however it ends (kill -9
    included), instead of waiting for work forever as an orphan. SIGINT and
    SIGTERM are the bot's to handle (a Ctrl-C reaches the whole process group):
    it ends its workers itself, so none dies mid-task or prints a traceback."""
    ignore_stop_signals()
    threading.Thread(target=_watch, args=(bot,), name="tidings-watch", daemon=True).start()


def _watch(bot: int) -> None:
    try:
        handle = os.pidfd_open(bot)  # Linux: readable when the process ends
    except (AttributeError, OSError):
        handle = None
    if handle is not None:
        select.select([handle], [], [])
    else:  # elsewhere, or already gone: look now and then
        while True:
            try:
                os.kill(bot, 0)
            except ProcessLookupError:
                break
            except PermissionError:  # the pid was reused by another user's process: ours is gone
                break
            time.sleep(2)
    os._exit(0)


class ParsePool:
    """A pool of ``workers`` parse processes, started on first use (or by
    ``start``) and replaced when a worker dies; ``workers`` 0 runs work on a
    thread instead. The composition root makes one and closes it."""

    def __init__(self, workers: int):
        self.workers = workers
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> ProcessPoolExecutor | None:
        """Start the processes now (it blocks: call it on a thread). None when ``workers`` is 0."""
        if self.workers <= 0:
            return None
        with self._lock:
            if self._pool is None:
                self._pool = _new_pool(self.workers)
            return self._pool

    @property
    def running(self) -> bool:
        """Whether the worker processes are started (never, when ``workers`` is 0)."""
        return self._pool is not None

    @property
    def pids(self) -> list[int]:
        """The worker processes' ids (none before the start, or on a thread)."""
        return list(getattr(self._pool, "_processes", None) or {})

    async def run(self, fn: Callable[..., T], /, *args, **kwargs) -> T:
        """``fn(*args, **kwargs)`` in the pool (in a thread when ``workers`` is 0)."""
        loop = asyncio.get_running_loop()
        if self.workers <= 0:
            return await loop.run_in_executor(None, lambda: fn(*args, **kwargs))
        call = partial(fn, *args, **kwargs)
        try:
            return await self._submit(loop, call)
        except BrokenProcessPool:
            self._discard()
            return await self._submit(loop, call)

    def _submit(self, loop: asyncio.AbstractEventLoop, call: Callable) -> Awaitable:
        running = self._pool
        if running is not None:
            # Every parse after the first: straight to the running pool, no trip through a thread.
            with contextlib.suppress(RuntimeError):  # unless it was shut down just now
                return loop.run_in_executor(running, call)
        return self._submit_started(loop, call)

    async def _submit_started(self, loop: asyncio.AbstractEventLoop, call: Callable):
        """Start the pool on a thread (starting it blocks), then submit."""
        return await loop.run_in_executor(await asyncio.to_thread(self.start), call)

    def _discard(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        """Stop the processes (work still queued is cancelled)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
