"""The parse pool: feed parsing and article-text extraction in worker processes,
so that CPU-heavy work never holds the event loop (or its GIL) — commands are
acknowledged in time while a thousand feeds are parsed.

One pool per process, started on first use and shared by every Tidings in it.
A pool whose worker died is replaced on the next call.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import multiprocessing
import os
import select
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import TypeVar

T = TypeVar("T")

PRELOAD = ("bot.normalize", "bot.extract")  # what the workers run: the parsing stack, nothing more
_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_size = 0


def default_workers() -> int:
    return os.cpu_count() or 2


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # forkserver, not fork: forking a process that runs threads (the database
    # thread, aiohttp's resolver) can deadlock the child.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(PRELOAD))
    # Workers would import the parent's __main__ (the console script, the test
    # runner); they need only the parsing stack, so hide it while they start.
    main = sys.modules.get("__main__")
    saved = {k: main.__dict__[k] for k in ("__spec__", "__file__") if main is not None and k in main.__dict__}
    if main is not None:
        main.__dict__["__spec__"] = None
        main.__dict__.pop("__file__", None)
    try:
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_end_with, initargs=(os.getpid(),))
        list(pool.map(abs, range(workers * 2)))  # start every worker now, while __main__ is hidden
    finally:
        if main is not None:
            main.__dict__.update(saved)  # type: ignore[arg-type]
    return pool


def _end_with(bot: int) -> None:
    """In each worker: exit when the bot process ends, however it ends (kill -9
    included), instead of waiting for work forever as an orphan."""
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


def pool(workers: int) -> ProcessPoolExecutor:
    global _pool, _size
    with _lock:
        if _pool is None or _size != workers:
            if _pool is not None:
                _pool.shutdown(wait=False, cancel_futures=True)
            _pool, _size = _new_pool(workers), workers
        return _pool


async def run(workers: int, fn: Callable[..., T], /, *args, **kwargs) -> T:
    """``fn(*args, **kwargs)`` in the pool (in a thread when ``workers`` is 0)."""
    loop = asyncio.get_running_loop()
    if workers <= 0:
        return await loop.run_in_executor(None, lambda: fn(*args, **kwargs))
    call = partial(fn, *args, **kwargs)
    try:
        return await _submit(loop, workers, call)
    except BrokenProcessPool:
        _discard()
        return await _submit(loop, workers, call)


def _submit(loop: asyncio.AbstractEventLoop, workers: int, call: Callable) -> Awaitable:
    running = _pool
    if running is not None and _size == workers:
        # Every parse after the first: straight to the running pool, no trip through a thread.
        with contextlib.suppress(RuntimeError):  # unless it was shut down just now
            return loop.run_in_executor(running, call)
    return _submit_started(loop, workers, call)


async def _submit_started(loop: asyncio.AbstractEventLoop, workers: int, call: Callable):
    """Start the pool on a thread (starting it blocks), then submit."""
    return await loop.run_in_executor(await asyncio.to_thread(pool, workers), call)


def _discard() -> None:
    global _pool
    with _lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


@atexit.register
def _shutdown() -> None:
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
