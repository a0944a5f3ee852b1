"""The commands that read: `tidings digest`, `search`, `latest`, `status`,
`explain` and `check-config` (bot/cli.py adds them). The chat commands' answers
come through the same handlers as in chat (``_ask``).
"""

from __future__ import annotations

import argparse
import json
import sys

from .clibase import EXIT_OK, EXIT_USAGE, UserError, lookups, new_bot, run_async, settings_for
from .command_text import MAX_SEARCH_LIMIT, SEARCH_RESULTS
from .models import item_to_dict


def add_commands(sub, common) -> None:
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
    p.set_defaults(handler=cmd_search, brief=True)  # (bot/cli.py: without the garbage collector)

    p = sub.add_parser("latest", parents=[common], help="the newest stored items",
                       description="The newest stored items, of every feed or of one feed or tag.")  # fmt: skip
    p.add_argument("what", nargs="*", help="a feed name or tag, and/or how many (default 5)")
    p.set_defaults(handler=cmd_latest, brief=True)  # (bot/cli.py: without the garbage collector)

    p = sub.add_parser("status", parents=[common], help="the bot's health: feeds, archive, last digests",
                       description="Feeds ok or failing (with their last error), the archive size and each "
                                   "channel's last digest.")  # fmt: skip
    p.set_defaults(handler=cmd_status, brief=True)  # (bot/cli.py: without the garbage collector)

    p = sub.add_parser("explain", parents=[common], help="why an article is or is not in a channel's digest",
                       description="Say why an article is or is not in a channel's digest: which feed, which "
                                   "filter, which window, which cluster.")  # fmt: skip
    p.add_argument("--channel", required=True, metavar="NAME", help="the channel's name")
    p.add_argument("url", help="the article's link")
    p.set_defaults(handler=cmd_explain)

    p = sub.add_parser("check-config", parents=[common], help="validate the settings file and explain it",
                       description="Validate the settings file; list every problem, or explain what the bot will do.")  # fmt: skip
    p.set_defaults(handler=cmd_check_config)


def _search_limit(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_SEARCH_LIMIT:
        raise argparse.ArgumentTypeError(f"expected a number from 1 to {MAX_SEARCH_LIMIT}, got {text!r}")
    return int(text)


def cmd_digest(args) -> int:
    settings = settings_for(args)
    if settings.channel(args.channel) is None:
        known = ", ".join(c.name for c in settings.channels) or "none configured"
        raise UserError(f"no channel named {args.channel!r} in {settings.source} (channels: {known})")

    async def go():
        async with new_bot(settings) as bot:
            return await bot.preview_digest(args.channel)

    digest = run_async(go())
    if args.json:
        print(json.dumps(digest_to_json(digest), ensure_ascii=False, indent=2))
    else:
        from .plaintext import render_text

        print(render_text(digest) if not digest.empty else f"({args.channel}: nothing new since the last digest)")
    return EXIT_OK


# (a thread's "replies" too: rev70d F1)
_JSON_FIELDS = ("title", "link", "excerpt", "source", "published", "author", "tags", "summary", "sources", "replies")


def digest_to_json(digest) -> dict:
    return {
        "channel": digest.channel,
        "title": digest.title,
        "generated_at": digest.generated_at.isoformat(),
        "since": digest.since.isoformat() if digest.since else None,
        "more": digest.more,
        "items": [
            {
                **item_to_dict(item, _JSON_FIELDS),
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

    settings = settings_for(args)

    async def go():
        with lookups(settings, prefix="tidings") as commands:
            return await commands.handle(parse_command(text, platform="console", limit=limit)), commands.clock.now()

    reply, now = run_async(go())
    if as_json:
        items = [item_to_dict(i, ("title", "link", "excerpt", "source", "published", "tags")) for i in reply.items]
        answer = {"text": reply.text, "error": reply.error, "items": items}
        if reply.total is not None:
            answer["total"] = reply.total
            answer["total_capped"] = reply.total_capped
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

    settings = settings_for(args)
    if not link_variants(args.url):
        raise UserError(f"{args.url!r} is not a web link (give the article's http(s) address)")

    async def go():
        async with new_bot(settings) as bot:
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

    settings = settings_for(args, cached=False)  # (the file checked again, whatever was kept)
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
