"""The /news commands, platform-neutral: a Command in, a Reply out.

Adapters turn a Slack slash command or a Discord interaction into a Command
(``parse_command`` for free text), call ``Commands.handle`` and render the
Reply. Every rule about who may do what lives here, once, for every platform.
"""

from __future__ import annotations

import difflib
import json
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .command_text import (
    DEFAULT_RESULTS,
    MAX_RESULTS,
    SEARCH_RESULTS,
    SPECS,
    CommandFailed,
    UsageError,
    code,
    parse_command,
    parse_search,
    usage,
)
from .humanize import plural, relative_time, until
from .models import Command, Digest, Reply, digest_from_dict, to_item
from .store import SearchError, StorageError

if TYPE_CHECKING:  # the handlers import the rest when run: `tidings status`, `search` start light (issue 18)
    from .catalog import AsyncCatalog
    from .clock import Clock
    from .config import ChannelSettings, DigestSettings, SummarySettings
    from .feeds import Added
    from .fetch import Fetcher
    from .store.database import AsyncStore

log = logging.getLogger("tidings.commands")
_T = TypeVar("_T")

__all__ = ["Commands", "Digests", "CommandFailed", "MAX_RESULTS", "SPECS", "UsageError",
           "parse_command", "parse_search"]  # fmt: skip


# Who may run the admin commands, in each platform's words (the adapters decide it: bot/chat.py).
_WHO_IS_ADMIN = {
    "slack": "Ask a workspace admin or owner, or someone listed in `[slack] admins` in settings.toml.",
    "discord": "Ask someone with the Manage Server permission, or with a role listed in `[discord] admin_roles` "
               "in settings.toml.",
}  # fmt: skip


class Digests(Protocol):
    """What the handlers need from the scheduler (``Tidings``)."""

    async def post_digest(self, name: str) -> Digest | None:
        """Build, record and post a channel's digest now; raises DeliveryError."""

    async def resend(self, delivery_id: int) -> bool:
        """Post a recorded, undelivered digest now; raises DeliveryError."""

    def schedule_channel(self, channel: ChannelSettings) -> None:
        """Add a channel created from chat to the running schedule."""


class Commands:
    """The handlers, given the services they use. ``prefix`` is how users type
    the command (``/news``). ``parse`` runs CPU-heavy work off the event loop
    (``Poller.parse``); ``fetcher`` reads a feed URL given in chat. Without those
    and ``digests`` (the terminal's lookups, bot/lookups.py), posting and adding feeds say so."""

    def __init__(
        self, *, store: AsyncStore, catalog: AsyncCatalog, clock: Clock, settings: DigestSettings,
        digests: Digests | None = None, fetcher: Fetcher | None = None,
        parse: Callable[..., Awaitable[Any]] | None = None, prefix: str = "/news",
        summaries: SummarySettings | None = None,  # [summaries]: how `story` summarizes
        first_polls: Callable[[Sequence[str] | None], Awaitable[int]] | None = None,  # reads them (bot/backlog.py)
    ):  # fmt: skip
        self.store = store
        self.catalog = catalog
        self.digests = digests
        self.fetcher = fetcher
        self.parse = parse
        self.clock = clock
        self.settings = settings
        self.summaries = summaries
        self.prefix = prefix
        # A feed's first poll is read when first needed (bot/backlog.py): before the archive is read.
        self.first_polls = first_polls or _nothing_waits

    async def names(self) -> tuple[list[str], list[str]]:
        """Feed names and tags (settings and chat), for a platform's autocomplete."""
        return [f.name for f in await self.catalog.feeds()], sorted(await self.catalog.tags())

    async def handle(self, command: Command) -> Reply:
        name = command.name or "help"
        spec = SPECS.get(name)
        if spec is None:
            close = difflib.get_close_matches(name, SPECS, n=1)
            hint = f" Did you mean `{self.prefix} {close[0]}`?" if close else ""
            return Reply(text=f"Unknown command `{name}`.{hint} Try `{self.prefix} help`.", error=True)
        if spec.admin and not command.is_admin:
            who = _WHO_IS_ADMIN.get(command.platform, "Ask someone listed as a Tidings admin in settings.toml.")
            return Reply(text=f"Sorry, only admins can use `{self.prefix} {name}`. {who}", error=True)
        try:
            reply = await getattr(self, f"do_{name}")(command)
        except UsageError as exc:
            return Reply(text=f"{exc}\nUsage: `{usage(name, self.prefix)}`", error=True)
        except CommandFailed as exc:
            return Reply(text=str(exc), error=True)
        except (
            StorageError
        ) as exc:  # the database itself (read-only, damaged): one line, the file named to the operator
            if command.platform != "console":  # (on the console, the reply is the one line)
                log.error("command %r: %s", name, exc)
            where = str(exc) if command.platform == "console" else "the admin can find the reason in the log"
            return Reply(text=f"The archive cannot be used right now: {where}", error=True)
        except Exception:  # the user gets one line; the log gets the details
            log.exception("command %r failed", command)
            return Reply(
                text="Something went wrong on our side; the admin can find the details in the log.", error=True
            )
        if command.share and not reply.error:
            reply = replace(reply, ephemeral=False)
        return reply

    # --- read-only -----------------------------------------------------------------

    async def do_help(self, command: Command) -> Reply:
        lines = tuple(
            f"`{usage(s.name, self.prefix)}` — {s.help}{' (admins)' if s.admin else ''}" for s in SPECS.values()
        )
        return Reply(text="Tidings commands (add `share` to show the answer to the channel):", lines=lines)

    async def do_latest(self, command: Command) -> Reply:
        args = list(command.args)
        n = DEFAULT_RESULTS
        if args and args[-1].isdigit():
            n = int(args.pop())
            if not 1 <= n <= MAX_RESULTS:
                raise UsageError(f"Ask for 1 to {MAX_RESULTS} items.")
        what = " ".join(args)
        names, label = await self._scope(command, what)
        await self.first_polls(names)
        stored = await self.store.latest_articles(names, n)
        if not stored:
            return Reply(text=f"Nothing stored yet from {label}.")
        return Reply(text=f"The latest from {label}:", items=tuple(to_item(s) for s in stored))

    async def do_search(self, command: Command) -> Reply:
        query = parse_search(command.args, now=self.clock.now())
        if not query.words:
            raise UsageError("Give some words to search for.")
        feed_names = None
        if query.source:
            feed = await self.catalog.feed(query.source)
            if feed is None:
                raise UsageError(f"No feed named {code(query.source)}.")
            feed_names = [feed.name]
        tag_feeds = await self.catalog.tag_feeds(query.tag) if query.tag else []
        limit = command.limit or SEARCH_RESULTS
        scope: dict[str, Any] = dict(feed_names=feed_names, since=query.since, tag=query.tag, tag_feeds=tag_feeds)
        await self.first_polls(feed_names)
        try:
            found, total, capped = await self.store.search_counted(query.words, limit=limit, **scope)  # (≤ COUNT_CAP)
        except SearchError as exc:
            raise UsageError(str(exc).capitalize() + ".") from None
        shown = code(" ".join(f'"{w}"' if " " in w else w for w in query.words))
        items = tuple(to_item(s) for s in found)
        if not found:
            return Reply(text=f"No articles match {shown}.", total=0)
        matching = f"{total:,}+ articles" if capped else plural(total, "article")
        if capped or total > len(found):
            return Reply(text=f"{matching} matching {shown}; the best {len(found)}, best first "
                              "(since:7d, source:NAME or tag:T narrow it):", items=items, total=total,
                         total_capped=capped)  # fmt: skip
        return Reply(text=f"{matching} matching {shown}, best first:", items=items, total=total)

    async def do_feeds(self, command: Command) -> Reply:
        channel = await self._channel(command)
        names = await self.catalog.followed(channel) if channel else [f.name for f in await self.catalog.feeds()]
        states = {s.name: s for s in await self.store.feed_states(names)}
        now = self.clock.now()
        lines = []
        for name in names:
            state = states.get(name)
            if state is None or state.last_checked_at is None:
                lines.append(f"⏳ {name} — not polled yet")
            elif state.failing_since is not None:
                lines.append(f"⚠️ {name} — failing since {relative_time(state.failing_since, now)}: {state.last_error}"
                             f"; next try {until(state.next_check_at, now)}")  # fmt: skip
            else:
                lines.append(f"✅ {name} — last success {relative_time(state.last_success_at or state.last_checked_at, now)}, "
                             f"next poll {until(state.next_check_at, now)}")  # fmt: skip
        where = f"#{channel.name}" if channel else "Tidings"
        if not lines:
            return Reply(text=f"{where} follows no feeds yet. Try `{self.prefix} subscribe <feed-url|name|tag>`.")
        return Reply(text=f"{where} follows {plural(len(lines), 'feed')}:", lines=tuple(lines))

    async def do_status(self, command: Command) -> Reply:
        from .statusreply import status_reply

        return await status_reply(store=self.store, catalog=self.catalog, clock=self.clock)

    async def do_why(self, command: Command) -> Reply:
        if len(command.args) != 1:
            raise UsageError("Give one article link.")
        from .explain import explain, link_variants

        if not link_variants(command.args[0]):
            raise UsageError(f"{code(command.args[0])} is not a web link: give the article's http(s) address.")
        channel = await self._channel(command)
        if channel is None:
            return Reply(text="This chat channel gets no digest, so nothing is left out of it.", error=True)
        await self.first_polls(None)
        lines = await explain(channel, command.args[0], store=self.store, catalog=self.catalog, clock=self.clock,
                              settings=self.settings)  # fmt: skip
        return Reply(text=f"About that article and #{channel.name}:", lines=tuple(lines))

    async def do_story(self, command: Command) -> Reply:
        if not command.args:
            raise UsageError("Give some words from the story's headline.")
        from .digest import DigestRules
        from .storyview import story_reply

        rules = DigestRules.from_settings(await self.catalog.feeds(), self.settings, self.summaries)
        await self.first_polls(None)
        return await story_reply(
            command.args, store=self.store, catalog=self.catalog, rules=rules, now=self.clock.now()
        )

    # --- changes (admins) ---------------------------------------------------------

    async def do_digest(self, command: Command) -> Reply:
        from .chat import DeliveryError

        digests = self._running(self.digests)
        channel = await self._channel(command)
        if channel is None:
            return Reply(text="This chat channel gets no digest yet. Subscribe it to something first: "
                              f"`{self.prefix} subscribe <feed-url|name|tag>`.", error=True)  # fmt: skip
        resent = []  # digests recorded earlier that never arrived: they go first
        for row in await self.store.pending_digests(channel.name):
            old = digest_from_dict(json.loads(row["payload"]))
            try:
                if await digests.resend(row["id"]):
                    resent.append(old)
            except DeliveryError as exc:
                return Reply(text=f"The last digest ({plural(len(old.items), 'item')}, made "
                                  f"{relative_time(old.generated_at, self.clock.now())}) has not been delivered yet: "
                                  f"{exc}. Nothing is lost: it is retried automatically, and `{self.prefix} digest` "
                                  "tries again now.", error=True)  # fmt: skip
        try:
            digest = await digests.post_digest(channel.name)
        except DeliveryError as exc:
            return Reply(text=f"Could not post the digest: {exc}. Nothing is lost: the next digest has every item.",
                         error=True)  # fmt: skip
        if resent:
            count = plural(sum(len(d.items) for d in resent), "item")
            then = (
                "Nothing new since then." if digest is None else f"Then a new one: {plural(len(digest.items), 'item')}."
            )
            return Reply(text=f"Posted the last digest, which had not been delivered: {count}. {then}")
        if digest is None:
            return Reply(text="Nothing new since the last digest.")
        return Reply(text=f"Posted the digest: {plural(len(digest.items), 'item')}.")

    async def do_subscribe(self, command: Command) -> Reply:
        what = " ".join(command.args).strip()
        if not what:
            raise UsageError("Say which feed, tag or feed URL to follow.")
        channel = await self._channel(command, create=True)
        if channel is None:  # not from a chat channel (the terminal has none)
            raise UsageError("Subscribe from the chat channel that should follow it.")
        if _is_url(what):
            from .feeds import SeveralFeeds

            try:
                added = await self._add_feed_from_url(what, command)
            except SeveralFeeds as exc:
                return Reply(text=f"That page offers {plural(len(exc.choices), 'feed')}; subscribe to one of them by its URL:",
                             lines=tuple(c.describe() for c in exc.choices))  # fmt: skip
            feed = added.feed
            kind, value, label = (
                "feed",
                feed.name,
                f"the feed “{feed.name}”" + (f" ({added.note()})" if added.found else ""),
            )
        elif (named := await self.catalog.feed(what)) is not None:
            kind, value, label = "feed", named.name, f"the feed “{named.name}”"
        elif what.lower() in await self.catalog.tags():
            kind, value, label = "tag", what.lower(), f"every feed tagged “{what.lower()}”"
        else:
            raise UsageError(f"No feed or tag named {code(what)}. `{self.prefix} feeds` lists the feeds.")
        if _in_settings(channel, kind, value):
            return Reply(text=f"#{channel.name} already follows {label} (in settings.toml).")
        if not await self.store.subscribe(channel.name, kind, value, added_by=command.user, now=self.clock.now()):
            return Reply(text=f"#{channel.name} already follows {label}.")
        log.info("channel %r now follows %s %r (by %s)", channel.name, kind, value, command.user)
        return Reply(text=f"Done: #{channel.name} now follows {label}. New items come in the next digest.")

    async def do_unsubscribe(self, command: Command) -> Reply:
        what = " ".join(command.args).strip()
        if not what:
            raise UsageError("Say which feed or tag to stop following.")
        channel = await self._channel(command)
        if channel is None:
            return Reply(text="This chat channel follows nothing.", error=True)
        feed = await self.catalog.feed(what)
        kind, value = ("feed", feed.name) if feed else ("tag", what.lower())
        if await self.store.unsubscribe(channel.name, kind, value):
            return Reply(text=f"Done: #{channel.name} no longer follows {kind} “{value}”.")
        if _in_settings(channel, kind, value):
            return Reply(text=f"#{channel.name} follows {kind} “{value}” in settings.toml; the admin can change it there.",
                         error=True)  # fmt: skip
        return Reply(text=f"#{channel.name} does not follow {kind} {code(value)}.", error=True)

    # --- helpers ------------------------------------------------------------------

    async def _channel(self, command: Command, *, create: bool = False) -> ChannelSettings | None:
        """The Tidings channel for the chat channel the command came from."""
        channel = await self.catalog.channel_for(command.platform, command.channel)
        if channel is None and create and command.channel:
            name = f"{command.platform}-{command.channel}".lower()
            await self.store.add_chat_channel(name, command.platform, command.channel, added_by=command.user,
                                              now=self.clock.now())  # fmt: skip
            channel = await self.catalog.channel(name)
            if channel is not None:
                self._running(self.digests).schedule_channel(channel)
        return channel

    def _running(self, service: _T | None) -> _T:
        """A service only the running bot has (posting, fetching): the terminal's lookups have none."""
        if service is None:
            raise CommandFailed("That needs the running bot: use it from chat, or `tidings run`.")
        return service

    async def _scope(self, command: Command, what: str) -> tuple[list[str], str]:
        if what:
            feed = await self.catalog.feed(what)
            if feed is not None:
                return [feed.name], feed.name
            tagged = await self.catalog.tag_feeds(what.lower())
            if tagged:
                return tagged, f"feeds tagged {what.lower()}"
            raise UsageError(f"No feed or tag named {code(what)}.")
        channel = await self._channel(command)
        if channel is not None:
            return await self.catalog.followed(channel), f"#{channel.name}'s feeds"
        return [f.name for f in await self.catalog.feeds()], "all feeds"

    async def _add_feed_from_url(self, url: str, command: Command) -> Added:
        """Add a feed by URL (or a web page naming one): bot/feeds.py, shared with `tidings feeds add`."""
        from .feeds import AddFailed, FeedServices, add_feed

        services = FeedServices(store=self.store, catalog=self.catalog, fetcher=self._running(self.fetcher),
                                parse=self._running(self.parse), clock=self.clock)  # fmt: skip
        try:
            return await add_feed(services, url, added_by=command.user)
        except AddFailed as exc:
            raise CommandFailed(str(exc)) from None


def _in_settings(channel: ChannelSettings, kind: str, value: str) -> bool:
    if kind == "tag":
        return value in channel.tags
    return value.casefold() in {f.casefold() for f in channel.feeds}


def _is_url(text: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", text, re.I))


async def _nothing_waits(feeds: Sequence[str] | None) -> int:
    return 0
