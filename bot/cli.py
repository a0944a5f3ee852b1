"""The `tidings` command: the parser, errors as one line each, `run` and `poll`;
the reading commands are in bot/askcli.py, the operator's in bot/opscli.py."""

from __future__ import annotations

import argparse
import atexit
import gc
import logging
import os
import sys
from collections.abc import Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .clibase import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UserError, new_bot, run_async, settings_for
from .logs import setup_logging

if TYPE_CHECKING:
    from .config import Settings

log = logging.getLogger("tidings")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    # The lookups (status, search, latest: `brief`) run without the cyclic garbage collector:
    # their start-up makes some 56,000 container objects (SQLAlchemy, pydantic, the settings) that
    # all live to the end, which it would walk again and again (~10 % of `tidings status`,
    # issue 18). And at every command's exit all it made is frozen (gc.freeze, an atexit handler):
    # the interpreter's collections at shutdown would walk it once more only to free it a moment
    # before the OS does (~90M instructions of `status`'s ~1,580M; ~0.08 s of a warm `tidings
    # poll --all` of 1,000 feeds). The interpreter still shuts down as always (atexit, logging,
    # the standard streams flushed); objects in cycles are left to the OS, and their __del__ is
    # not run, which Python never promises at exit.
    collecting = gc.isenabled()
    if getattr(args, "brief", False):
        gc.disable()
    atexit.unregister(gc.freeze)  # (registered once, however often main runs in one process)
    atexit.register(gc.freeze)
    try:
        return _run(args)
    finally:
        if collecting:
            gc.enable()


def _run(args) -> int:
    # Imported once a command runs: `tidings --help` starts without pydantic and asyncio (issue 18).
    from .chat import StartError
    from .config import ConfigError
    from .process import AlreadyRunning, Stopped, signals_stop

    setup_logging(verbose=getattr(args, "verbose", False))
    try:
        with signals_stop():  # SIGINT and SIGTERM: a clean stop, one line (bot/process.py)
            return args.handler(args)
    except Stopped as exc:
        print(f"tidings: {exc.line}", file=sys.stderr)
        return exc.exit_code
    except ConfigError as exc:
        print(f"tidings: the settings have {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"tidings: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StartError as exc:
        print(f"tidings: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except AlreadyRunning as exc:
        print(f"tidings: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `tidings search … | head`: the reader has what it wanted
        return _closed_stdout()
    except Exception as exc:  # no tracebacks at users; -v shows them
        if _schema_too_new(exc) or _storage_error(exc):  # the database: one line naming it
            print(f"tidings: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if getattr(args, "verbose", False):
            log.exception("internal error")
        print(f"tidings: internal error: {type(exc).__name__}: {exc} (run with -v for details)", file=sys.stderr)
        return EXIT_FAILED


def _schema_too_new(exc: Exception) -> bool:
    """Whether the database was migrated by a newer Tidings (bot/store/versions.py).
    Looked up only if the store was imported: `import bot.cli` imports no
    SQLAlchemy, so `tidings --help` starts quickly (issue 18)."""
    versions = sys.modules.get("bot.store.versions")
    return versions is not None and isinstance(exc, versions.SchemaTooNew)


def _storage_error(exc: Exception) -> bool:
    """Whether ``exc`` is a StorageError; looked up only if the store was imported,
    so that `import bot.cli` imports no SQLAlchemy (`tidings --help` starts quickly)."""
    problems = sys.modules.get("bot.store.problems")
    return problems is not None and isinstance(exc, problems.StorageError)


EXIT_PIPE = 141  # as a command killed by SIGPIPE (128 + 13) in a shell pipeline


def _closed_stdout() -> int:
    """Standard output's reader went away: say nothing more (Python would try
    to flush the rest at exit and print a BrokenPipeError) and end as `grep` would."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_PIPE


def _version() -> str:
    """The installed distribution's version (pyproject.toml), without importing anything heavy."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tidings")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


class _VersionAction(argparse.Action):
    """--version, the version looked up only when asked (importlib.metadata costs every start ~20 ms)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"tidings {_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tidings",
        description="Polls news feeds and posts clean headline-and-excerpt digests to Slack, Discord or the terminal.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show program's version number and exit")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", "-c", metavar="FILE", default=os.environ.get("TIDINGS_CONFIG", "settings.toml"),
        help="the settings file (default: $TIDINGS_CONFIG or ./settings.toml)",
    )  # fmt: skip
    common.add_argument("--verbose", "-v", action="store_true", help="debug logging and full error details")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("run", parents=[common], help="run the bot: poll feeds and post digests on schedule",
                       description="Run the bot until stopped (Ctrl-C or SIGTERM): poll feeds when due, post each "
                                   "channel's digest at its times, answer chat commands.")  # fmt: skip
    p.add_argument("--once", action="store_true", help="poll every feed once, post each channel's digest once, exit")
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("poll", parents=[common], help="poll due feeds once and store new articles",
                       description="Poll every feed that is due (or all with --all) once, with a progress bar "
                                   "and a one-line summary.")  # fmt: skip
    p.add_argument("--all", action="store_true", help="poll every feed, due or not")
    p.add_argument(
        "--history",
        action="store_true",
        help="then read the first polls kept unread (else read when a digest, search or story needs them)",
    )
    p.set_defaults(handler=cmd_poll)

    from . import askcli, opscli

    askcli.add_commands(sub, common)  # tidings digest, search, latest, status, explain, check-config
    opscli.add_commands(sub, common)  # tidings feeds …, tidings db …
    return parser


# --- commands ---------------------------------------------------------------------


def cmd_run(args) -> int:
    import asyncio

    from .process import HARD_STOP_MARGIN

    settings = settings_for(args)
    stop = asyncio.Event()

    async def go() -> int:
        async with new_bot(settings, lasting=True) as bot:
            if args.once:
                report = await bot.run_once()
                return EXIT_OK if report.count("failed") < len(report.outcomes) or not report.outcomes else EXIT_FAILED
            log.info("Tidings is running with %d feeds and %d channels (Ctrl-C stops it)",
                     len(settings.feeds), len(settings.channels))  # fmt: skip
            from .metrics import serving  # [metrics] listen: /metrics and /healthz while it runs

            async with serving(bot.metrics, bot.db, bot.clock, settings.polling.tick, settings.metrics.listen):
                await bot.run(stop)
            return EXIT_OK

    lock = _run_lock(settings)  # SQLite serves one process: a second `tidings run` on the file refuses to start
    try:
        # A signal stops `run` gracefully (running jobs get a few seconds), `run --once` at once.
        return run_async(go(), on_signal=None if args.once else lambda _sig: stop.set(),
                         hard_stop=settings.polling.stop_grace + HARD_STOP_MARGIN)  # fmt: skip
    finally:
        if lock is not None:
            lock.release()


def _run_lock(settings: Settings):
    """The lock on ``<database>.lock``, held; None for PostgreSQL (several processes share it)."""
    from .process import RunLock
    from .store.problems import sqlite_path, storage_problem

    path = sqlite_path(settings.database_url)
    if path is None:
        return None
    try:
        return RunLock(path.with_name(path.name + ".lock"), what=str(path)).acquire()
    except OSError as exc:  # the folder cannot be made or written: say so as the store would
        raise (storage_problem(exc, settings.database_url) or exc) from None


def cmd_poll(args) -> int:
    settings = settings_for(args)

    async def go():
        async with new_bot(settings) as bot:
            with _progress() as (started, done):
                report = await bot.poll(due_only=not args.all, on_start=started, on_done=done)
            read = await bot.poller.backlog.read() if args.history else None
            return report, read

    report, read = run_async(go())
    for outcome in report.outcomes:
        if outcome.status == "failed":
            print(f"  failed: {outcome.feed}: {outcome.error}", file=sys.stderr)
    print(report.summary() if report.outcomes else "no feed is due (use --all to poll them anyway)")
    if read is not None:
        print(f"first polls read: {read} articles stored")
    return EXIT_FAILED if report.outcomes and report.count("failed") == len(report.outcomes) else EXIT_OK


@contextmanager
def _progress():
    """A progress bar on a terminal; nothing (and rich not even imported) when stderr
    is a file or a pipe, as under cron or systemd."""
    if not sys.stderr.isatty():
        yield (lambda _n: None), (lambda _o: None)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = TextColumn("polling"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("poll", total=None)
        yield (lambda n: progress.update(task, total=n)), (lambda _o: progress.advance(task))


if __name__ == "__main__":
    sys.exit(main())
