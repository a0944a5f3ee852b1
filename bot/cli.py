"""The `tidings` command."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .chat import StartError
from .command_text import MAX_SEARCH_LIMIT, SEARCH_RESULTS
from .config import ConfigError, Settings, load_settings
from .logs import setup_logging
from .models import item_to_dict
from .process import AlreadyRunning, Stopped, signals_stop
from .process import run as run_async

log = logging.getLogger("tidings")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
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


class UserError(Exception):
    """A mistake on the command line: printed as one line, exit code 2."""


def _version() -> str:
    """The installed distribution's version (pyproject.toml), without importing anything heavy."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tidings")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tidings",
        description="Polls news feeds and posts clean headline-and-excerpt digests to Slack, Discord or the terminal.",
    )
    parser.add_argument("--version", action="version", version=f"tidings {_version()}")
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
    p.set_defaults(handler=cmd_poll)

    p = sub.add_parser("digest", parents=[common], help="show a channel's digest as it would be posted now",
                       description="Print what a channel's digest would be now, without posting or recording it.")  # fmt: skip
    p.add_argument("--channel", required=True, metavar="NAME", help="the channel's name in the settings file")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.set_defaults(handler=cmd_digest)

    p = sub.add_parser("search", parents=[common], help="search the stored archive",
                       description="Search stored articles, best match first: words, \"quoted phrases\", "
                                   "prefix*, since:7d, source:NAME, tag:T — the same search as /news search. "
                                   "The first line says how many match in all.")  # fmt: skip
    p.add_argument("query", nargs="+", help='e.g. ransomware since:7d  or  "zero day" tag:security')
    p.add_argument("--limit", "-n", type=_search_limit, default=None, metavar="N",
                   help=f"show the best N matches (default {SEARCH_RESULTS}, at most {MAX_SEARCH_LIMIT})")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("latest", parents=[common], help="the newest stored items",
                       description="The newest stored items, of every feed or of one feed or tag.")  # fmt: skip
    p.add_argument("what", nargs="*", help="a feed name or tag, and/or how many (default 5)")
    p.set_defaults(handler=cmd_latest)

    p = sub.add_parser("status", parents=[common], help="the bot's health: feeds, archive, last digests",
                       description="Feeds ok or failing (with their last error), the archive size and each "
                                   "channel's last digest.")  # fmt: skip
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("explain", parents=[common], help="why an article is or is not in a channel's digest",
                       description="Say why an article is or is not in a channel's digest: which feed, which "
                                   "filter, which window, which cluster.")  # fmt: skip
    p.add_argument("--channel", required=True, metavar="NAME", help="the channel's name")
    p.add_argument("url", help="the article's link")
    p.set_defaults(handler=cmd_explain)

    p = sub.add_parser("check-config", parents=[common], help="validate the settings file and explain it",
                       description="Validate the settings file; list every problem, or explain what the bot will do.")  # fmt: skip
    p.set_defaults(handler=cmd_check_config)

    from .opscli import add_commands  # tidings feeds …, tidings db …

    add_commands(sub, common)
    return parser


def _search_limit(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_SEARCH_LIMIT:
        raise argparse.ArgumentTypeError(f"expected a number from 1 to {MAX_SEARCH_LIMIT}, got {text!r}")
    return int(text)


def _settings(args) -> Settings:
    from .logs import apply_settings

    settings = load_settings(Path(args.config))
    apply_settings(settings, verbose=args.verbose)  # [logging]: format, level, file
    return settings


def _bot(settings: Settings):
    from .app import Tidings

    return Tidings(settings)


# --- commands ---------------------------------------------------------------------


def cmd_run(args) -> int:
    settings = _settings(args)
    stop = asyncio.Event()

    async def go() -> int:
        async with _bot(settings) as bot:
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
        return run_async(go(), on_signal=None if args.once else lambda _sig: stop.set())
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
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    settings = _settings(args)
    console = Console(stderr=True)

    async def go():
        async with _bot(settings) as bot:
            with Progress(
                TextColumn("polling"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=console, transient=True,
            ) as progress:  # fmt: skip
                task = progress.add_task("poll", total=None)
                return await bot.poll(
                    due_only=not args.all,
                    on_start=lambda n: progress.update(task, total=n),
                    on_done=lambda _o: progress.advance(task),
                )

    report = run_async(go())
    for outcome in report.outcomes:
        if outcome.status == "failed":
            print(f"  failed: {outcome.feed}: {outcome.error}", file=sys.stderr)
    print(report.summary() if report.outcomes else "no feed is due (use --all to poll them anyway)")
    return EXIT_FAILED if report.outcomes and report.count("failed") == len(report.outcomes) else EXIT_OK


def cmd_digest(args) -> int:
    settings = _settings(args)
    if settings.channel(args.channel) is None:
        known = ", ".join(c.name for c in settings.channels) or "none configured"
        raise UserError(f"no channel named {args.channel!r} in {settings.source} (channels: {known})")

    async def go():
        async with _bot(settings) as bot:
            return await bot.preview_digest(args.channel)

    digest = run_async(go())
    if args.json:
        print(json.dumps(digest_to_json(digest), ensure_ascii=False, indent=2))
    else:
        from .plaintext import render_text

        print(render_text(digest) if not digest.empty else f"({args.channel}: nothing new since the last digest)")
    return EXIT_OK


def digest_to_json(digest) -> dict:
    return {
        "channel": digest.channel,
        "title": digest.title,
        "generated_at": digest.generated_at.isoformat(),
        "since": digest.since.isoformat() if digest.since else None,
        "more": digest.more,
        "items": [
            {
                **item_to_dict(
                    item, ("title", "link", "excerpt", "source", "published", "author", "tags", "summary", "sources")
                ),
                "group": group.title,
            }
            for group in digest.groups
            for item in group.items
        ],
    }


def _ask(args, text: str, *, as_json: bool = False, limit: int | None = None) -> int:
    """Run a /news command from the terminal, through the same handlers as chat."""
    from .commands import parse_command
    from .plaintext import render_reply

    settings = _settings(args)

    async def go():
        async with _bot(settings) as bot:
            return await bot.commands(prefix="tidings").handle(
                parse_command(text, platform="console", limit=limit)
            ), bot.clock.now()

    reply, now = run_async(go())
    if as_json:
        items = [item_to_dict(i, ("title", "link", "excerpt", "source", "published", "tags")) for i in reply.items]
        answer = {"text": reply.text, "error": reply.error, "items": items}
        if reply.total is not None:
            answer["total"] = reply.total
        print(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        print(render_reply(reply, now), file=sys.stderr if reply.error else sys.stdout)
    return EXIT_USAGE if reply.error else EXIT_OK


def cmd_search(args) -> int:
    import shlex

    return _ask(args, "search " + " ".join(shlex.quote(q) for q in args.query), as_json=args.json, limit=args.limit)


def cmd_latest(args) -> int:
    return _ask(args, "latest " + " ".join(args.what))


def cmd_status(args) -> int:
    return _ask(args, "status")


def cmd_explain(args) -> int:
    from .explain import link_variants

    settings = _settings(args)
    if not link_variants(args.url):
        raise UserError(f"{args.url!r} is not a web link (give the article's http(s) address)")

    async def go():
        async with _bot(settings) as bot:
            try:
                channel = await bot.channel(args.channel)
            except KeyError as exc:
                raise UserError(exc.args[0]) from None
            return await bot.explain(channel, args.url, provenance=True)

    for line in run_async(go()):
        print(line)
    return EXIT_OK


def cmd_check_config(args) -> int:
    from datetime import UTC, datetime

    from .chat import missing_secrets
    from .digest import scheduled_times

    settings = _settings(args)
    now = datetime.now(UTC)
    print(f"{settings.source} is valid.")
    print(f"  storage: {_safe_url(settings.database_url)} (articles kept {settings.storage.retention_days} days)")
    print(
        f"  {len(settings.feeds)} feeds, polled every {_duration(settings.polling.interval)} unless they say otherwise"
    )
    for feed in settings.feeds:
        extra = f" every {_duration(feed.interval)}" if feed.interval else ""
        tags = f" [{', '.join(feed.tags)}]" if feed.tags else ""
        state = "" if feed.enabled else " (disabled)"
        print(f"    - {feed.name}{tags}{extra}{state}: {feed.url}")
    print(f"  {len(settings.channels)} channels")
    for channel in settings.channels:
        names = [f.name for f in settings.feeds_for(channel)]
        upcoming = scheduled_times(channel, now, now.replace(year=now.year + 1))[:1]
        when = upcoming[0].strftime("%a %d %b %H:%M %Z") if upcoming else "never"
        missing = missing_secrets(channel, settings)
        where = f"{channel.platform} {channel.target}".strip()
        if missing:
            where += f" — {' and '.join(missing)} not set, so it prints to the console"
        print(f"    - {channel.name} → {where}")
        print(f"      follows {len(names)} feeds: {', '.join(names)}")
        print(f"      at most {channel.max_items} items, at {', '.join(channel.schedule)} {channel.timezone} "
              f"({channel.days}); next digest {when}")  # fmt: skip
    return EXIT_OK


def _duration(seconds: float) -> str:
    if seconds % 86400 == 0:
        return f"{int(seconds // 86400)}d"
    if seconds % 3600 == 0:
        return f"{int(seconds // 3600)}h"
    if seconds % 60 == 0:
        return f"{int(seconds // 60)}m"
    return f"{seconds:g}s"


def _safe_url(url: str) -> str:
    """A database URL without its password."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


if __name__ == "__main__":
    sys.exit(main())
