"""The run schedule: the poll tick, each channel's digest times and the daily
pruning, as APScheduler jobs (the composition root, bot/app.py, gives the jobs).

A tick that comes while the previous poll still runs is skipped: that is the
normal case with slow feeds, not a problem. APScheduler reports each skip as a
WARNING; the scheduler here logs through ``QuietSkips`` instead, which says it
once per long poll at INFO (APScheduler's ``logger`` option: public API).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from .config import ChannelSettings

JOB_DEFAULTS = dict(max_instances=1, coalesce=True, misfire_grace_time=3600)
SKIPPED = "maximum number of running instances reached"  # APScheduler's words for a skipped tick


class QuietSkips(logging.LoggerAdapter):
    """APScheduler's logger, but a skipped tick of a job still running is one
    INFO line per run of that job (``job_ended`` starts the count again), not a
    WARNING per tick. Everything else goes to ``apscheduler.scheduler`` as it was."""

    def __init__(self, logger: logging.Logger | None = None, *, tell: logging.Logger | None = None):
        super().__init__(logger or logging.getLogger("apscheduler.scheduler"), {})
        self.tell = tell or logging.getLogger("tidings")
        self._told: set[str] = set()
        self.skipped = 0  # ticks skipped since the start (for tests and curiosity)

    def log(self, level, msg, *args, **kwargs):
        if level == logging.WARNING and isinstance(msg, str) and SKIPPED in msg:
            self.skipped += 1
            job = _job_name(str(args[0]) if args else "?")
            if job not in self._told:
                self._told.add(job)
                self.tell.info("the %s job is still running: its next runs are skipped until it ends", job)
            return
        super().log(level, msg, *args, **kwargs)

    def job_ended(self, job: str) -> None:
        """The long run of ``job`` ("poll", "digest", "prune") is over: its next skip is told again."""
        self._told.discard(job)


def _job_name(text: str) -> str:
    # APScheduler passes the Job; its str() is 'name (trigger: …, next run at: …)'
    return text.split(" (", 1)[0].rsplit(".", 1)[-1].lstrip("_").removesuffix("_job") or text


def new_scheduler(
    tick: float, *, poll: Callable, digest: Callable, prune: Callable, channels: list[ChannelSettings],
    logger: QuietSkips,
) -> AsyncIOScheduler:  # fmt: skip
    """Jobs: the poll tick, each channel's digest times, and the daily archive pruning."""
    scheduler = AsyncIOScheduler(timezone="UTC", logger=logger)
    scheduler.add_job(poll, IntervalTrigger(seconds=tick), id="poll", **JOB_DEFAULTS)
    for channel in channels:
        schedule_channel(scheduler, channel, digest)
    scheduler.add_job(prune, CronTrigger(hour=3, minute=17, timezone="UTC"), id="prune", **JOB_DEFAULTS)
    return scheduler


def schedule_channel(scheduler: AsyncIOScheduler, channel: ChannelSettings, digest: Callable) -> None:
    """The channel's digest times (replacing any it had)."""
    for t in channel.times:
        trigger = CronTrigger(hour=t.hour, minute=t.minute, day_of_week=channel.days, timezone=channel.zone)
        scheduler.add_job(
            digest, trigger, args=[channel.name], id=f"digest:{channel.name}:{t:%H%M}",
            replace_existing=True, **JOB_DEFAULTS,
        )  # fmt: skip
