"""The run schedule: a tick that comes while the last poll still runs is
skipped quietly -- one INFO line per long poll, no WARNING per tick."""

from __future__ import annotations

import asyncio
import gc
import logging

from aiohttp import web
from apscheduler.events import EVENT_JOB_MAX_INSTANCES

from bot.app import Tidings
from bot.config import settings_from_dict
from bot.schedule import Jobs
from tests.builders import rss


async def test_ticks_during_a_slow_poll_are_skipped_with_one_info_line(feeds, clock, tmp_path, caplog):
    body = rss([("a", "Story A is here")])
    slow = asyncio.Event()  # set: the feed answers only when released
    release = asyncio.Event()
    requests: list[int] = []

    async def handler(request):
        requests.append(1)
        if slow.is_set():
            await release.wait()
        return web.Response(body=body, content_type="application/rss+xml")

    url = feeds.handle("/f.xml", handler)
    settings = settings_from_dict({
        "storage": {"url": f"sqlite:///{tmp_path / 't.db'}"},
        "polling": {"parse_workers": 0, "tick": 0.02, "interval": 60, "timeout": 60},
        "digest": {"fetch_articles": False},
        "feeds": [{"name": "F", "url": url, "tags": ["x"]}],
        "channels": [{"name": "c", "tags": ["x"]}],
    })  # fmt: skip
    async with Tidings(settings, clock=clock, env={}) as bot:
        stop = asyncio.Event()
        skipped = 0
        enough = asyncio.Event()

        def on_skip(_event):
            nonlocal skipped
            skipped += 1
            if skipped >= 5:
                enough.set()

        with caplog.at_level(logging.INFO):
            runner = asyncio.create_task(bot.run(stop))
            while bot.jobs.scheduler is None:  # noqa: ASYNC110 - the scheduler is made after the first poll
                await asyncio.sleep(0)
            # Started: what start-up left alive is out of the collector's full collections (Tidings.settle).
            frozen = gc.get_freeze_count()
            gc.unfreeze()  # (the rest of this test process collects as before)
            bot.jobs.scheduler.add_listener(on_skip, EVENT_JOB_MAX_INSTANCES)
            slow.set()
            clock.advance(hours=1)  # the feed is due at the next tick; that poll hangs until released
            await asyncio.wait_for(enough.wait(), 30)  # five ticks came while the poll hung
            release.set()
            stop.set()
            await asyncio.wait_for(runner, 30)

    assert frozen > 10_000
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == [], caplog.text
    told = [r for r in caplog.records if "still running" in r.getMessage()]
    assert len(told) == 1 and told[0].levelno == logging.INFO, caplog.text


async def _stopping(grace: float, finish_soon: bool) -> tuple[list[str], Jobs]:
    """A poll job running when the bot stops: [polling] stop_grace decides whether it ends or is cancelled."""
    seen: list[str] = []
    release = asyncio.Event()

    async def poll() -> None:
        seen.append("started")
        try:
            await release.wait()
            seen.append("finished")
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise

    async def nothing(*_args) -> None:
        return None

    jobs = Jobs(3600, poll=poll, digest=nothing, prune=nothing, grace=grace)
    jobs.start([])
    running = asyncio.create_task(jobs.poll())
    await asyncio.sleep(0)  # (a turn of the loop: the job starts)
    if finish_soon:
        asyncio.get_running_loop().call_soon(release.set)
    await jobs.stop()
    await running
    return seen, jobs


async def test_stopping_lets_a_running_job_finish_within_the_grace():
    seen, jobs = await _stopping(grace=60, finish_soon=True)  # (it ends at once: no real wait)
    assert seen == ["started", "finished"] and jobs.scheduler is None


async def test_stopping_cancels_a_job_still_running_after_the_grace():
    seen, jobs = await _stopping(grace=0, finish_soon=False)
    assert seen == ["started", "cancelled"] and jobs.scheduler is None


def test_the_grace_is_read_from_the_settings():
    settings = settings_from_dict({"polling": {"stop_grace": "2s"}})
    assert settings.polling.stop_grace == 2.0 and settings_from_dict({}).polling.stop_grace == 5.0
