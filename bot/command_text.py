"""The /news command as typed: the commands and their usage, the words of a
command line and of a search, and quoting what a user typed back to them.
Shared by every platform (and `tidings search`), with no service behind it."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from datetime import datetime, timedelta

from .models import Command

MAX_RESULTS = 20
DEFAULT_RESULTS = 5
SEARCH_RESULTS = 10  # search results shown in chat (the terminal's `search --limit` may ask for more)
MAX_SEARCH_LIMIT = 500


@dataclass(frozen=True)
class Spec:
    name: str
    usage: str
    help: str
    admin: bool = False


SPECS = {
    s.name: s
    for s in (
        Spec("help", "help", "list the commands"),
        Spec("latest", "latest [feed|tag] [n]", "the newest items, from this channel's feeds or the one named"),
        Spec("search", "search <words> [since:7d] [source:NAME] [tag:T]", 'search the archive ("quoted phrases" work)'),
        Spec("feeds", "feeds", "the feeds this channel follows, with their health"),
        Spec("digest", "digest", "post this channel's digest now", admin=True),
        Spec("subscribe", "subscribe <feed-url|feed name|tag>", "follow a feed or tag in this channel", admin=True),
        Spec("unsubscribe", "unsubscribe <feed name|tag>", "stop following a feed or tag here", admin=True),
        Spec("status", "status", "the bot's health at a glance"),
        Spec("why", "why <article-url>", "why an article is or is not in this channel's digest"),
        Spec("story", "story <words>", "one story whole: its summary, every source, why they are one story"),
    )
}


class UsageError(Exception):
    """Bad arguments: the message is shown to the user with the usage line."""


class CommandFailed(Exception):
    """A command that could not be done (the feed URL does not answer): one line, no usage."""


def parse_command(text: str, **context) -> Command:
    """'search "zero day" since:7d' → Command(name="search", args=("zero day", "since:7d")).

    A trailing "share" (or "--share") makes the answer visible to the channel.
    """
    try:
        words = shlex.split(text or "")
    except ValueError:  # an unbalanced quote: take the words as they are
        words = (text or "").replace('"', " ").replace("'", " ").split()
    share = False
    if words and words[-1].lower() in ("share", "--share", "public"):
        share, words = True, words[:-1]
    name = words[0].lower() if words else ""
    return Command(name=name, args=tuple(words[1:]), share=share, **context)


def usage(name: str, prefix: str = "/news") -> str:
    return f"{prefix} {SPECS[name].usage}"


@dataclass(frozen=True)
class SearchQuery:
    words: tuple[str, ...]
    since: datetime | None = None
    source: str | None = None
    tag: str | None = None


_SINCE = re.compile(r"^(\d{1,4})([hdwmy])$")
_UNIT_DAYS = {"h": 1 / 24, "d": 1, "w": 7, "m": 30, "y": 365}


def parse_search(args, *, now: datetime) -> SearchQuery:
    """Words and filters: since:7d (h, d, w, m, y), source:NAME, tag:T."""
    words, since, source, tag = [], None, None, None
    for arg in args:
        key, sep, value = arg.partition(":")
        key = key.lower()
        if sep and key == "since":
            m = _SINCE.match(value.lower())
            if not m:
                raise UsageError(f"`since:{value}` is not a period like since:12h, since:7d, since:4w.")
            try:
                since = now - timedelta(days=int(m.group(1)) * _UNIT_DAYS[m.group(2)])
            except OverflowError:
                raise UsageError(f"`since:{value}` reaches back before the year 1.") from None
        elif sep and key == "source" and value:
            source = value
        elif sep and key == "tag" and value:
            tag = value.lower()
        elif arg.strip():
            words.append(arg.strip()[:100])
    return SearchQuery(tuple(words[:10]), since, source, tag)


def code(text: str) -> str:
    """What a user typed, quoted back as a code span: shown exactly as typed on
    every platform (Slack has no escape for ``*`` outside one, so a search for
    ``ransom*`` would come back with a look-alike star). Text a code span cannot
    hold (a backtick, a line break) is left as it is, to be made inert."""
    return f"`{text}`" if text and "`" not in text and "\n" not in text else text
