"""The run schedule: a tick that comes while the last poll still runs is
skipped quietly -- one INFO line per long poll, no WARNING per tick."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from apscheduler.events import EVENT_JOB_MAX_INSTANCES

from bot.app import Tidings
from bot.config import settings_from_dict
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
            bot.jobs.scheduler.add_listener(on_skip, EVENT_JOB_MAX_INSTANCES)
            slow.set()
            clock.advance(hours=1)  # the feed is due at the next tick; that poll hangs until released
            await asyncio.wait_for(enough.wait(), 30)  # five ticks came while the poll hung
            release.set()
            stop.set()
            await asyncio.wait_for(runner, 30)

    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == [], caplog.text
    told = [r for r in caplog.records if "still running" in r.getMessage()]
    assert len(told) == 1 and told[0].levelno == logging.INFO, caplog.text
