"""The operator's commands: `tidings feeds …` and `tidings db …` (bot/cli.py adds them).

Each is a thin layer over a small module: bot/feeds.py (add and remove, shared
with chat), bot/opml.py (import and export), bot/backup.py (backup, upgrade).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .clibase import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UserError, new_bot, run_async, settings_for

CLI_USER = "cli"  # recorded as who added a feed or subscription from the command line


def add_commands(sub, common) -> None:
    feeds = sub.add_parser("feeds", help="list, add, remove, import or export feeds",
                           description="The feeds Tidings polls: the settings file's and those added from chat or "
                                       "here (kept in the database).")  # fmt: skip
    fsub = feeds.add_subparsers(title="feeds commands", metavar="COMMAND")
    feeds.set_defaults(handler=lambda args: _help(feeds))

    p = fsub.add_parser("list", parents=[common], help="every feed, with its tags and health",
                        description="Every feed (settings file and added), its tags and whether its last poll worked.")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.set_defaults(handler=cmd_feeds_list)

    p = fsub.add_parser("add", parents=[common], help="add a feed by its URL (or a web page that names one)",
                        description="Fetch the URL once, check it is a feed (or find the feed a web page names in "
                                    "<link rel=\"alternate\">) and add it, like /news subscribe <url> in chat: "
                                    "the same checks and the same private-network guard.")  # fmt: skip
    p.add_argument("url", help="the feed's URL, or a web page's")
    p.add_argument("--name", help="the feed's name (default: its own title)")
    p.add_argument("--channel", metavar="CHANNEL", help="also make this channel follow it")
    p.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag for it (may be repeated)")
    p.set_defaults(handler=cmd_feeds_add)

    p = fsub.add_parser("remove", parents=[common], help="remove a feed added from chat or the command line",
                        description="Remove a feed added from chat or the command line, and every channel's "
                                    "subscription to it. Its stored articles stay until pruned. A feed in the "
                                    "settings file is removed there.")  # fmt: skip
    p.add_argument("name", help="the feed's name")
    p.set_defaults(handler=cmd_feeds_remove)

    p = fsub.add_parser("import", parents=[common], help="add the feeds of an OPML file (from another reader)",
                        description="Add every feed of an OPML subscription list; folders become tags. Reports "
                                    "each feed as added, already there or invalid (with the reason). Feeds are "
                                    "not fetched now: `tidings status` shows any that fail.")  # fmt: skip
    p.add_argument("file", metavar="FILE.opml", help="the OPML file")
    p.add_argument("--channel", metavar="CHANNEL", help="also make this channel follow every imported feed")
    p.set_defaults(handler=cmd_feeds_import)

    p = fsub.add_parser("export", parents=[common], help="write every feed as OPML 2.0 (folders by tag)",
                        description="Write every feed, from the settings file and added, as an OPML 2.0 "
                                    "subscription list with one folder per tag; to FILE, or to standard output.")  # fmt: skip
    p.add_argument("file", nargs="?", metavar="FILE", help="where to write it (default: standard output)")
    p.set_defaults(handler=cmd_feeds_export)

    db = sub.add_parser("db", help="back up or upgrade the database",
                        description="Database care: an online backup (SQLite) and schema upgrades.")  # fmt: skip
    dsub = db.add_subparsers(title="db commands", metavar="COMMAND")
    db.set_defaults(handler=lambda args: _help(db))

    p = dsub.add_parser("backup", parents=[common], help="copy the SQLite archive safely while the bot runs",
                        description="Copy the SQLite database with SQLite's online backup API: safe while the bot "
                                    "runs. For PostgreSQL use pg_dump (see the README).")  # fmt: skip
    p.add_argument("file", metavar="FILE", help="the backup file to write (must not exist)")
    p.set_defaults(handler=cmd_db_backup)

    p = dsub.add_parser("upgrade", parents=[common], help="bring the database schema up to date (Alembic)",
                        description="Apply every pending schema migration and print the revision.")  # fmt: skip
    p.set_defaults(handler=cmd_db_upgrade)


def _help(parser) -> int:
    parser.print_help()
    return EXIT_USAGE


def _run(settings, fn):
    async def go():
        async with new_bot(settings) as bot:
            return await fn(bot)

    return run_async(go())


# --- feeds ------------------------------------------------------------------------


def cmd_feeds_list(args) -> int:
    settings = settings_for(args)

    async def go(bot):
        feeds = await bot.catalog.feeds()
        states = {s.name: s for s in await bot.db.feed_states([f.name for f in feeds])}
        return feeds, states

    feeds, states = _run(settings, go)
    rows = []
    for feed in feeds:
        state = states.get(feed.name)
        if not feed.enabled:
            health = "disabled"
        elif state is None or state.last_checked_at is None:
            health = "not polled yet"
        elif state.failing_since is not None:
            health = "failing"
        else:
            health = "ok"
        rows.append({
            "name": feed.name, "url": feed.url, "tags": list(feed.tags),
            "source": "settings" if settings.feed(feed.name) is not None else "added",
            "status": health, "last_error": (state.last_error or "") if state and state.failing_since else "",
        })  # fmt: skip
    if args.json:
        print(json.dumps({"feeds": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("no feeds yet: add one with `tidings feeds add URL` or in the settings file")
    for row in rows:
        tags = f" [{', '.join(row['tags'])}]" if row["tags"] else ""
        added = " (added)" if row["source"] == "added" else ""
        error = f": {row['last_error']}" if row["last_error"] else ""
        print(f"{row['name']}{tags}{added} — {row['status']}{error}\n    {row['url']}")
    return EXIT_OK


async def _channel(bot, name: str | None):
    if name is None:
        return None
    try:
        return await bot.channel(name)
    except KeyError as exc:
        raise UserError(exc.args[0]) from None


def cmd_feeds_add(args) -> int:
    from .feeds import AddFailed, SeveralFeeds, add_feed

    settings = settings_for(args)
    tags = tuple(dict.fromkeys(t.strip().lower() for t in args.tag if t.strip()))

    async def go(bot):
        channel = await _channel(bot, args.channel)
        try:
            added = await add_feed(bot.feed_services(), args.url, name=args.name, tags=tags, added_by=CLI_USER)
        except AddFailed as exc:
            raise UserError(str(exc).rstrip(".")) from None
        followed = False
        if channel is not None:
            followed = await bot.db.subscribe(channel.name, "feed", added.feed.name, added_by=CLI_USER,
                                              now=bot.clock.now())  # fmt: skip
        return added, channel, followed

    try:
        added, channel, followed = _run(settings, go)
    except SeveralFeeds as exc:
        print(f"tidings: {exc}:", file=sys.stderr)
        for choice in exc.choices:
            print(f"  {choice.describe()}", file=sys.stderr)
        return EXIT_USAGE
    feed = added.feed
    how = f" ({added.note()})" if added.found else ""
    print(f"added “{feed.name}”: {feed.url}{how}" if added.new else f"“{feed.name}” is there already: {feed.url}{how}")
    if channel is not None:
        print(f"#{channel.name} now follows it" if followed else f"#{channel.name} follows it already")
    return EXIT_OK


def cmd_feeds_remove(args) -> int:
    from .feeds import AddFailed, remove_feed

    settings = settings_for(args)

    async def go(bot):
        try:
            return await remove_feed(bot.feed_services(), args.name)
        except AddFailed as exc:
            raise UserError(str(exc)) from None

    name = _run(settings, go)
    print(f"removed “{name}” (and every channel's subscription to it); its stored articles stay until pruned")
    return EXIT_OK


def cmd_feeds_import(args) -> int:
    from .opml import OpmlError, import_feeds, read_opml

    settings = settings_for(args)
    try:
        entries = read_opml(Path(args.file))
    except OpmlError as exc:
        raise UserError(str(exc)) from None

    async def go(bot):
        channel = await _channel(bot, args.channel)
        return await import_feeds(bot.db, bot.catalog, bot.clock, entries, channel=channel, added_by=CLI_USER)

    results = _run(settings, go)
    for result in results:
        print(result.line())
    counts = {k: sum(1 for r in results if r.outcome == k) for k in ("added", "already there", "invalid")}
    print(f"{counts['added']} added, {counts['already there']} already there, {counts['invalid']} invalid")
    return EXIT_FAILED if counts["invalid"] else EXIT_OK


def cmd_feeds_export(args) -> int:
    from .opml import write_opml

    settings = settings_for(args)

    async def go(bot):
        return await bot.catalog.feeds()

    text = write_opml(_run(settings, go), now=None)
    if args.file is None:
        sys.stdout.write(text)
        return EXIT_OK
    path = Path(args.file)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    print(f"wrote {text.count('xmlUrl=')} feeds to {path}", file=sys.stderr)
    return EXIT_OK


# --- db ---------------------------------------------------------------------------


def cmd_db_backup(args) -> int:
    from .backup import BackupError, backup

    settings = settings_for(args)
    try:
        line = backup(settings.database_url, Path(args.file))
    except BackupError as exc:
        raise UserError(str(exc)) from None
    print(line)
    return EXIT_OK


def cmd_db_upgrade(args) -> int:
    from .backup import BackupError, upgrade

    settings = settings_for(args)
    try:
        print(upgrade(settings.database_url))
    except BackupError as exc:
        raise UserError(str(exc)) from None
    return EXIT_OK
