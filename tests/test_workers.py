"""The parse pool (bot/workers.py): work runs in its processes, and a pool
whose worker died is replaced instead of failing every later parse."""

from __future__ import annotations

import os
import select
import signal

import pytest

from bot.workers import Named, ParsePool
from tests.fakes.heap import resident_kb


def _kill_and_wait(pid: int) -> None:
    """The pidfd is opened before the kill: once the worker is dead the pool may reap
    it at once, and a pid opened after that is gone (ProcessLookupError)."""
    fd = os.pidfd_open(pid)
    try:
        os.kill(pid, signal.SIGKILL)
        assert select.select([fd], [], [], 30)[0], f"worker {pid} did not exit"
    finally:
        os.close(fd)


@pytest.fixture
def pool():
    pool = ParsePool(1)
    yield pool
    pool.close()


async def test_work_runs_in_a_worker_process_and_the_running_pool_is_reused(pool):
    first = await pool.run(os.getpid)
    second = await pool.run(os.getpid)
    assert first != os.getpid()
    assert second == first  # the same worker: the pool was not started again


async def test_a_pool_whose_worker_was_killed_is_replaced(pool):
    victim = await pool.run(os.getpid)
    _kill_and_wait(victim)
    survivor = await pool.run(os.getpid)
    assert survivor not in (victim, os.getpid())
    assert await pool.run(os.getpid) == survivor


async def test_a_worker_shares_the_parsing_stack_and_gives_back_what_a_task_freed(pool):
    """Issue 18's peak memory: the fork server freezes what its imports made (gc.freeze), so a worker
    forked from it does not copy those pages when it collects; and a worker returns the heap a task
    freed (malloc_trim) instead of keeping it for the rest of the cycle: 40 MB freed below a live
    block, which glibc alone keeps resident."""
    assert await pool.run(Named("gc", "get_freeze_count")) > 10_000
    worker = await pool.run(os.getpid)
    before = resident_kb(worker)
    await pool.run(Named("tests.fakes.heap", "fragment"))
    assert resident_kb(worker) - before < 10_000


def test_an_article_crosses_from_a_worker_whole():
    """Article pickles as its constructor's arguments (faster to load than the default):
    every field comes back, whichever way it was set."""
    import dataclasses
    import pickle
    from datetime import UTC, datetime

    from bot.models import Article, FeedContent

    fields = {f.name for f in dataclasses.fields(Article)}
    values = dict(uid="u", link="https://x.example/1", title="T", excerpt="E", published=datetime(2026, 1, 2, tzinfo=UTC),
                  source="S", author="A", tags=("a", "b"), has_date=False, content_hash="h", provenance=("p",),
                  lead="L", sentences=("L.",))  # fmt: skip
    assert set(values) == fields  # (a field added to Article is added here too)
    article = Article(**values)
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert again == article and {f: getattr(again, f) for f in fields} == values
    content = pickle.loads(
        pickle.dumps(FeedContent("t", "rss20", [article, Article("v", "", "T2", "", values["published"])]))
    )
    assert content.articles[0] == article and content.articles[1].uid == "v" and content.articles[1].tags == ()


def test_a_worker_is_born_ignoring_the_stop_signals():
    """A Ctrl-C reaches the whole process group; a worker the fork server was starting just then died with a
    KeyboardInterrupt traceback under "tidings: stopped (Ctrl-C)" (seen once in test_stops under load): its
    initializer had not run yet. The fork server hands each worker the signal handlers it has once its
    preloads are imported, and the last preload ignores SIGINT and SIGTERM."""
    import subprocess
    import sys

    from bot import workers

    code = (
        f"import signal; [__import__(m) for m in {workers.PRELOAD!r}]; "
        "print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN, signal.getsignal(signal.SIGTERM) is signal.SIG_IGN)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "True"]
