"""What every `tidings` subcommand shares (bot/cli.py, bot/askcli.py,
bot/opscli.py): the exit codes, ``UserError``, the settings named on the
command line and the bot built from them. ``new_bot`` is the one place outside
tests and benchmarks that imports the composition root (bot/app.py); ``lookups``
is the commands that only read the archive, built without the bot around it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from .collector import collector_off

if TYPE_CHECKING:  # (pydantic and asyncio are imported when a command runs: `tidings --help` starts without them)
    from .commands import Commands
    from .config import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A mistake on the command line: printed as one line, exit code 2."""


def settings_for(args, *, cached: bool = True) -> Settings:
    """The settings file ``--config`` names, with its [logging] applied; as checked
    before while the file is unchanged (``cached``: bot/config/cache.py)."""
    from .config import cached_settings
    from .logs import apply_settings

    settings = cached_settings(Path(args.config), cache_dir() if cached else None)
    apply_settings(settings, verbose=args.verbose)  # [logging]: format, level, file
    return settings


def cache_dir() -> Path | None:
    """Where `tidings` keeps what it may compute again: ``$XDG_CACHE_HOME/tidings``
    (``~/.cache/tidings``); None without a home."""
    import os

    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # (the XDG rule: a relative value is ignored)
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "tidings"


def run_async(coro, **kwargs):
    """Run a command's coroutine (bot/process.py: run)."""
    from .process import run

    return run(coro, **kwargs)


def new_bot(settings: Settings, *, lasting: bool = False):
    """The bot (imported only when a command needs it: `tidings --help` starts quickly).
    A database to create or upgrade is migrated first by a child process, so the
    bot's own process never imports Alembic (bot/store/apart.py). A command that ends
    when its work is done (all but `run`: ``lasting``) builds it as a start-up (below)."""
    with nullcontext() if lasting else start_up():
        from .app import Tidings
        from .store.apart import migrate_apart

        migrate_apart(settings.database_url)
        return Tidings(settings)


def start_up() -> AbstractContextManager[None]:
    """The bot's imports and construction without the cyclic garbage collector, and what
    the process holds then frozen (``gc.freeze``) before the command's work: the modules,
    the settings and the bot live as long as the command, and collections walked them
    ~110 times for nothing (~35 ms of a warm `tidings poll` of 1,000 feeds, issue 18). The
    collector is on again for the work (a poll spaces it: bot/poller.py). The ~1,800
    objects in cycles that importing left (~0.4 MB) stay until the command ends; `run`,
    which lasts, collects as always (``Tidings.settle``). Left alone if it was off."""
    return collector_off(freeze=True)


@contextmanager
def lookups(settings: Settings, prefix: str = "tidings") -> Iterator[Commands]:
    """The /news handlers over the archive alone (the store, its thread, the catalog)
    and the clock: `tidings status`, `search` and `latest` answer as in chat, without
    the fetcher, chats, parse pool or schedule (imported only by `new_bot`)."""
    from .archive import Archive
    from .clock import SystemClock
    from .commands import Commands

    archive = Archive(settings)
    clock = SystemClock()

    async def first_polls(feeds: Sequence[str] | None) -> int:  # (read when a lookup needs them: bot/backlog.py)
        if not await archive.db.backlog_feeds(list(feeds) if feeds is not None else None):
            return 0  # (the usual case: the parsing side not even imported)
        from .backlog import read_apart

        return await read_apart(archive.db, archive.catalog, settings, clock, feeds)

    try:
        yield Commands(store=archive.db, catalog=archive.catalog, clock=clock, settings=settings.digest,
                       prefix=prefix, summaries=settings.summaries, first_polls=first_polls)  # fmt: skip
    finally:
        archive.close()
