"""The run schedule: the poll tick, each channel's digest times and the daily
pruning, as APScheduler jobs. ``Jobs`` runs them: the composition root
(bot/app.py) gives it what each job does; a job that fails is logged and the
next run tries again; at shutdown running jobs get a few seconds to finish.

A tick that comes while the previous poll still runs is skipped: that is the
normal case with slow feeds, not a problem. APScheduler reports each skip as a
WARNING; the scheduler here logs through ``QuietSkips`` instead, which says it
once per long poll at INFO (APScheduler's ``logger`` option: public API).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from .chat import DeliveryError
from .config import ChannelSettings
from .store.problems import StorageError

if TYPE_CHECKING:  # APScheduler is imported when a scheduler is made: `tidings poll` and the CLI never load it
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger("tidings")

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
    from apscheduler.schedulers.asyncio import AsyncIOScheduler
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    scheduler = AsyncIOScheduler(timezone="UTC", logger=logger)
    scheduler.add_job(poll, IntervalTrigger(seconds=tick), id="poll", **JOB_DEFAULTS)
    for channel in channels:
        schedule_channel(scheduler, channel, digest)
    scheduler.add_job(prune, CronTrigger(hour=3, minute=17, timezone="UTC"), id="prune", **JOB_DEFAULTS)
    return scheduler


def schedule_channel(scheduler: AsyncIOScheduler, channel: ChannelSettings, digest: Callable) -> None:
    """The channel's digest times (replacing any it had)."""
    from apscheduler.triggers.cron import CronTrigger

    for t in channel.times:
        trigger = CronTrigger(hour=t.hour, minute=t.minute, day_of_week=channel.days, timezone=channel.zone)
        scheduler.add_job(
            digest, trigger, args=[channel.name], id=f"digest:{channel.name}:{t:%H%M}",
            replace_existing=True, **JOB_DEFAULTS,
        )  # fmt: skip


class Jobs:
    """The scheduler while the bot runs, and its jobs: ``poll`` (the tick: poll the
    due feeds, resume deliveries), ``digest`` (a channel's digest at its time) and
    ``prune`` (the archive, daily). Each is given as what it does; here it is
    tracked for the shutdown and its failures are logged."""

    def __init__(
        self, tick: float, *, poll: Callable[[], Awaitable[None]], digest: Callable[[str], Awaitable[None]],
        prune: Callable[[], Awaitable[None]], grace: float = 5.0,
    ):  # fmt: skip
        self.tick = tick
        self.grace = grace  # [polling] stop_grace: seconds running jobs get to finish when the bot stops
        self._poll, self._digest, self._prune = poll, digest, prune
        self.scheduler: AsyncIOScheduler | None = None  # while running
        self.skips = QuietSkips()  # a tick skipped while the last poll runs: one INFO line, not a WARNING each
        self._running: set[asyncio.Task] = set()

    def new_scheduler(self, channels: list[ChannelSettings]) -> AsyncIOScheduler:
        """Jobs: the poll tick, each channel's digest times, and the daily archive pruning."""
        return new_scheduler(
            self.tick, poll=self.poll, digest=self.digest, prune=self.prune, channels=channels, logger=self.skips
        )

    def start(self, channels: list[ChannelSettings]) -> None:
        self.scheduler = self.new_scheduler(channels)
        self.scheduler.start()

    async def stop(self) -> None:
        """No new jobs; running ones get ``grace`` seconds, then they are cancelled:
        what they claimed is released when the bot closes, an unfinished post resumes later."""
        if self.scheduler is None:
            return
        self.scheduler.pause()
        jobs = [t for t in self._running if not t.done()]
        if jobs:
            _, pending = await asyncio.wait(jobs, timeout=self.grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        self.scheduler.shutdown(wait=False)
        self.scheduler = None

    def add_channel(self, channel: ChannelSettings) -> None:
        """Add a channel created at run time (from chat) to the running schedule."""
        if self.scheduler is not None:
            schedule_channel(self.scheduler, channel, self.digest)

    def _track(self) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def poll(self) -> None:
        self._track()
        try:
            await self._poll()
        except asyncio.CancelledError:
            log.debug("the poll cycle was stopped by the shutdown; claimed feeds are released")
        except StorageError as exc:  # nothing stored is touched: the next tick tries again
            log.error("the poll cycle could not use the database; it runs again at the next tick: %s", exc)
        except Exception:
            log.exception("the poll cycle failed; it will run again at the next tick")
        finally:
            self.skips.job_ended("poll")

    async def digest(self, name: str) -> None:
        self._track()
        try:
            await self._digest(name)
        except DeliveryError:
            pass  # logged where it was posted; kept in the delivery log and retried
        except asyncio.CancelledError:
            log.info("channel %r: the digest was stopped by the shutdown; it resumes at the next start", name)
        except StorageError as exc:
            log.error("channel %r: the digest waits for the database (retried at the next tick): %s", name, exc)
        except Exception:
            log.exception("channel %r: building the digest failed", name)

    async def prune(self) -> None:
        try:
            await self._prune()
        except StorageError as exc:
            log.error("pruning the archive waits for tomorrow: %s", exc)
