"""Adding and removing feeds outside settings.toml: the one core that `/news
subscribe <url>` in chat and `tidings feeds add|remove|import` on the command line
share, so both follow the same rules.

A feed added this way lives in the database next to the settings file's feeds
(store.chat_feeds). Its URL is fetched once with the address guard of chat
(``untrusted``: never into the private network unless [polling]
allow_private_networks), must be a feed, and is polled as untrusted ever after.
A web page's URL is fine too: the feed it names in <link rel="alternate"> is
found (bot/discover.py); a page naming several offers them to choose from.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .catalog import AsyncCatalog
from .clock import Clock
from .config import FeedSettings
from .discover import Alternate, alternates, looks_like_html
from .fetch import Fetcher
from .models import FeedError
from .store.database import AsyncStore
from .urls import host_problem
from .workers import SKIM_FEED

log = logging.getLogger("tidings.feeds")

MAX_NAME = 100


class AddFailed(Exception):
    """The feed could not be added: one line for the user."""


class SeveralFeeds(Exception):
    """A web page offering several feeds: the user picks one."""

    def __init__(self, page: str, choices: list[Alternate]):
        self.page = page
        self.choices = choices
        super().__init__(f"{page} offers {len(choices)} feeds; add one of them by its URL")


@dataclass(frozen=True)
class FeedServices:
    """What adding and removing a feed uses (built at the composition root, or by Commands)."""

    store: AsyncStore
    catalog: AsyncCatalog
    fetcher: Fetcher
    parse: Callable[..., Awaitable[Any]]  # runs a parse function off the event loop (the parse workers)
    clock: Clock
    in_settings: Callable[[str], bool] = lambda name: False  # whether a feed of this name is in the settings file
    settings_file: str = "settings.toml"


@dataclass(frozen=True)
class Added:
    feed: FeedSettings
    new: bool  # False: a feed with this URL was there already
    found: Alternate | None = None  # the feed chosen from the web page given

    def note(self) -> str:
        """How the feed was found, for the reply ("" for a feed URL)."""
        if self.found is None:
            return ""
        return f"found the {self.found.kind} feed {self.found.url} on that page"


def check_url(url: str) -> str:
    """'' when ``url`` may be a feed added from chat or the command line, else why not."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 -- raises ValueError for a port out of range
    except ValueError as exc:
        return f"not a usable URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return "not an http:// or https:// URL"
    if not host:
        return "no host name"
    return host_problem(url) or ""


def check_name(name: str) -> str:
    """The name cleaned (whitespace collapsed); raises AddFailed when it cannot be a feed's name."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise AddFailed("a feed's name must not be blank")
    if len(cleaned) > MAX_NAME:
        raise AddFailed(f"a feed's name may have at most {MAX_NAME} characters (this one has {len(cleaned)})")
    return cleaned


async def add_feed(
    svc: FeedServices, url: str, *, name: str | None = None, tags: tuple[str, ...] = (), added_by: str = ""
) -> Added:
    """Check that ``url`` is a feed (or a page naming one) and add it under
    ``name`` or its own title. Raises AddFailed or SeveralFeeds."""
    url = url.strip()
    if problem := check_url(url):
        raise AddFailed(f"{url} is {problem}" if problem.startswith("not") else f"{url}: {problem}")
    if name is not None:
        name = check_name(name)
    if (existing := await _existing(svc, url)) is not None:
        return Added(existing, new=False)
    result = await svc.fetcher.fetch(url, untrusted=True)  # the address guard of chat: never the private network
    if result.status == "error":
        raise AddFailed(f"Could not fetch {url}: {result.error}.")
    found: Alternate | None = None
    final = result.final_url or url
    try:
        content = await _read(svc, result.body, final, result.content_type)
    except FeedError as exc:
        if not looks_like_html(result.body, result.content_type):
            raise AddFailed(f"{url} is {exc}.") from None
        offered = await svc.parse(alternates, result.body, final)
        if not offered:
            raise AddFailed(f'{url} is {exc}, and the page names no feed (no <link rel="alternate">).') from None
        if len(offered) > 1:
            raise SeveralFeeds(url, offered) from None
        found = offered[0]
        url = found.url
        if (existing := await _existing(svc, url)) is not None:
            return Added(existing, new=False, found=found)
        result = await svc.fetcher.fetch(url, untrusted=True)
        if result.status == "error":
            raise AddFailed(f"{final} names the feed {url}, but it could not be fetched: {result.error}.") from None
        try:
            content = await _read(svc, result.body, result.final_url or url, result.content_type)
        except FeedError as exc2:
            raise AddFailed(f"{final} names the feed {url}, but it is {exc2}.") from None
    if name is None:
        name = await svc.catalog.unique_name(content.title or urlsplit(url).hostname or "feed")
    elif await svc.catalog.feed(name) is not None:
        raise AddFailed(f"there is a feed named {name!r} already; choose another name with --name")
    await svc.store.add_chat_feed(name, url, tags=tags, added_by=added_by, now=svc.clock.now())
    log.info("feed %r (%s) added by %s", name, url, added_by or "the command line")
    return Added(FeedSettings.validate({"name": name, "url": url, "tags": tags}), new=True, found=found)


async def _existing(svc: FeedServices, url: str) -> FeedSettings | None:
    for feed in await svc.catalog.feeds():
        if feed.url == url:
            return feed
    return None


async def _read(svc: FeedServices, body: bytes, url: str, content_type: str):
    # (its title and whether it is a feed: skimmed, nothing cleaned; its first poll keeps it, bot/skim.py)
    return await svc.parse(SKIM_FEED, body, url=url, content_type=content_type, source="",
                           now=svc.clock.now(), excerpt_length=80)  # fmt: skip


async def remove_feed(svc: FeedServices, name: str) -> str:
    """Remove a feed added from chat or the command line (its subscriptions too);
    returns its name as stored. Raises AddFailed for a settings-file feed or an unknown name."""
    feed = await svc.catalog.feed(name)
    if feed is None:
        names = [f.name for f in await svc.catalog.feeds()]
        close = difflib.get_close_matches(name, names, n=1)
        raise AddFailed(f"no feed named {name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    if svc.in_settings(feed.name):
        raise AddFailed(f"{feed.name!r} is in {svc.settings_file}; remove it there")
    await svc.store.remove_chat_feed(feed.name)
    log.info("feed %r removed", feed.name)
    return feed.name
