"""Plain data that crosses the code: feeds, articles, digests, commands, replies.

Dataclasses never changed once made (most of them frozen), no behaviour beyond
small derived properties, so that every stage (parse, store, digest, render) can
be tested with values built by hand.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime


# Article and StoredArticle are not frozen (never changed after they are made; ``replace``
# makes another) but hashable as if they were: a digest reads a thousand rows, and a frozen
# dataclass's __init__ sets each field through object.__setattr__ (2.5 ms of CPU for a
# thousand against 0.6 ms: issue 15), as does a worker's article when it is unpickled.
@dataclass(slots=True, unsafe_hash=True)
class Article:
    """One normalized feed entry, ready to store and to show."""

    uid: str  # stable per feed: guid, else canonical link, else a content hash
    link: str  # canonical: absolute, tracking parameters removed ("" if the entry had none)
    title: str  # plain text, never empty
    excerpt: str  # plain text, cut at a sentence or word end
    published: datetime  # timezone-aware UTC; first-seen time when the feed gave none
    source: str = ""  # the feed's configured name
    author: str = ""
    tags: tuple[str, ...] = ()
    has_date: bool = True  # False when `published` is only the time the entry was first seen
    content_hash: str = ""  # hash of title + text, to notice edits without re-posting
    # Where the date, text and link came from and what cleaning removed, one plain
    # line each ("date: pubDate …", "text: content …", "link: …", "removed: …"):
    # stored for `tidings explain`, never shown in digests.
    provenance: tuple[str, ...] = ()
    lead: str = ""  # the start of the clean text, a line per block (bot/sentences.py), for summaries
    sentences: tuple[str, ...] = ()  # the lead's sentences, once segmented (bot/poller.py)

    def __reduce__(self):
        # Pickled as the constructor's arguments: a parse worker sends back tens of thousands of
        # articles in a cold cycle, and the default (a frozen slots class's __setstate__, one
        # object.__setattr__ call per field in Python) takes a third longer to load (issue 18).
        return Article, _article_arguments(self)


_article_arguments = operator.attrgetter(*(f.name for f in fields(Article)))  # every field, in order


class FeedError(Exception):
    """A feed that cannot be read (bot/parse.py, bot/jsonfeed.py). The message is one line, meant
    for a human. Defined here with FeedContent, what a worker hands back either way: the bot's
    process catches it without importing the parsing stack's dates and their tables (issue 18)."""


class NotAFeed(FeedError):
    pass


@dataclass(frozen=True, slots=True)
class FeedContent:
    """What one feed document holds, normalized (bot/normalize.py read_feed): picklable, so it can
    come from a worker process. Defined here, not in the parsing stack, so that receiving one
    does not import that stack into the bot's process (issue 18)."""

    title: str
    format: str
    articles: list[Article]
    warning: str = ""
    ttl: float | None = None
    # Every entry's fingerprint (ENTRY_PRINT bytes each, in document order): what the
    # next poll passes back as ``known`` so that entries it has read before are not
    # cleaned again (issue 18: the work of a changed feed is its new entries).
    entry_prints: bytes = field(default=b"", compare=False, repr=False)
    # A feed's first poll (bot/skim.py): no articles yet, its document kept (zlib) to be
    # read when first needed, and how many entries it has (bot/backlog.py, issue 18).
    backlog: bytes = field(default=b"", compare=False, repr=False)
    backlog_entries: int = 0


@dataclass(slots=True, unsafe_hash=True)
class StoredArticle:
    """An article as the store returns it: the article plus what the store knows."""

    id: int
    feed: str
    article: Article
    first_seen: datetime
    backfill: bool  # stored on the feed's first poll: never floods a digest


# Not frozen (never changed after it is made; ``replace`` makes another): a poll cycle
# makes one per feed, and a frozen dataclass's __init__ sets each of its 16 fields through
# object.__setattr__, 4 us a row against 0.5 us (issue 18). The same for FetchResult and
# FeedOutcome.
@dataclass(slots=True)
class FeedState:
    """What the poller remembers about one feed between polls."""

    name: str
    url: str  # as configured
    moved_to: str | None = None  # where a permanent redirect sent us: polled instead of url
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    failed_body_hash: str | None = None  # the body the last poll could not read: not parsed again while unchanged
    next_check_at: datetime | None = None
    last_checked_at: datetime | None = None
    last_success_at: datetime | None = None
    failing_since: datetime | None = None
    last_error: str | None = None
    error_count: int = 0
    polled_ok_once: bool = False  # False until a first successful parse: its articles are backfill
    title: str = ""  # the feed's own title, as it calls itself
    # The fingerprints of the entries of the last document read (normalize.read_feed's
    # ``known``): entries read before are not cleaned again.
    entry_prints: bytes | None = field(default=None, repr=False)

    @property
    def fetch_url(self) -> str:
        return self.moved_to or self.url


@dataclass(frozen=True, slots=True)
class DigestItem:
    title: str
    link: str
    excerpt: str
    source: str
    published: datetime
    tags: tuple[str, ...] = ()
    author: str = ""
    also: tuple[tuple[str, str], ...] = ()  # (source, link) of other coverage of the same story
    summary: str = ""  # what happened, in the sources' words ([summaries] mode); "" = the excerpt says it
    sources: tuple[tuple[str, str, str], ...] = ()  # (source, headline, link) of every source, the lead first
    dated: bool = True  # False when ``published`` is only when the entry was first seen (Article.has_date)
    replies: int = 0  # a forum thread's posts besides the one shown (bot/threads.py: "+11 replies")


@dataclass(frozen=True, slots=True)
class DigestGroup:
    title: str  # "" when the digest is not grouped
    items: tuple[DigestItem, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    """A platform-neutral digest: adapters render it, nothing else decides its content."""

    channel: str
    title: str
    generated_at: datetime
    groups: tuple[DigestGroup, ...]
    more: int = 0  # items that did not fit under the channel's maximum: said, never hidden
    since: datetime | None = None
    mention: str = ""  # a watchlist post's configured ping (platform id); "" for digests
    alert: bool = False  # a watchlist post, not the scheduled digest
    note: str = ""  # a line of plain text under the title ("Nothing new since …", an admin alert)

    @property
    def items(self) -> tuple[DigestItem, ...]:
        return tuple(item for group in self.groups for item in group.items)

    @property
    def empty(self) -> bool:
        return not any(group.items for group in self.groups)


@dataclass(frozen=True, slots=True)
class Command:
    """A chat command turned into plain data by an adapter."""

    name: str  # "search", "latest", ... ("" for none)
    args: tuple[str, ...] = ()
    channel: str = ""  # the chat platform's id of the channel the command came from ("" if none)
    user: str = ""
    is_admin: bool = False
    platform: str = ""
    share: bool = False  # answer visibly in the channel instead of only to the user
    limit: int | None = None  # how many results (`tidings search --limit`); None: the chat default


@dataclass(frozen=True, slots=True)
class Reply:
    """What a command handler returns: adapters decide how it looks."""

    text: str = ""
    items: tuple[DigestItem, ...] = ()
    lines: tuple[str, ...] = ()
    ephemeral: bool = True
    error: bool = False
    total: int | None = None  # a search's matches in all (``items`` may show fewer)
    total_capped: bool = False  # the search counted up to ``total`` and there are more


# ("replies": a thread's count survives the delivery log and `tidings digest --json`, rev70d F1)
ITEM_FIELDS = ("title", "link", "excerpt", "source", "published", "tags", "author", "also", "summary", "sources",
               "dated", "replies")  # fmt: skip


def to_item(stored: StoredArticle) -> DigestItem:
    """A stored article as a digest or answer shows it."""
    a = stored.article
    return DigestItem(
        title=a.title,
        link=a.link,
        excerpt=a.excerpt,
        source=stored.feed,
        published=a.published,
        tags=a.tags,
        author=a.author,
        dated=a.has_date,
    )


def item_to_dict(item: DigestItem, fields: Sequence[str] = ITEM_FIELDS) -> dict:
    """An item as plain JSON-able data: these ``fields``, in this order. ``sources`` is a
    list of {"source", "title", "link"}, the lead first (a digest's items always have one)."""
    values = dict(title=item.title, link=item.link, excerpt=item.excerpt, source=item.source,
                  published=item.published.isoformat(), tags=list(item.tags), author=item.author,
                  also=[list(a) for a in item.also], summary=item.summary,
                  sources=[dict(source=s, title=t, link=k) for s, t, k in item.sources], dated=item.dated,
                  replies=item.replies)  # fmt: skip
    return {name: values[name] for name in fields}


def digest_to_dict(digest: Digest) -> dict:
    """Plain JSON-able data (the delivery log stores digests this way)."""
    return dict(
        channel=digest.channel, title=digest.title, generated_at=digest.generated_at.isoformat(),
        groups=[dict(title=g.title, items=[item_to_dict(i) for i in g.items]) for g in digest.groups],
        more=digest.more, since=digest.since.isoformat() if digest.since else None,
        mention=digest.mention, alert=digest.alert, note=digest.note,
    )  # fmt: skip


def digest_from_dict(data: dict) -> Digest:
    def item(d: dict) -> DigestItem:
        return DigestItem(title=d["title"], link=d["link"], excerpt=d["excerpt"], source=d["source"],
                          published=datetime.fromisoformat(d["published"]), tags=tuple(d.get("tags", ())),
                          author=d.get("author", ""), also=tuple(tuple(a) for a in d.get("also", ())),
                          summary=d.get("summary", ""),
                          sources=tuple((s["source"], s["title"], s["link"]) for s in d.get("sources", ())),
                          dated=d.get("dated", True), replies=d.get("replies", 0))  # fmt: skip

    return Digest(
        channel=data["channel"], title=data["title"], generated_at=datetime.fromisoformat(data["generated_at"]),
        groups=tuple(DigestGroup(g["title"], tuple(item(i) for i in g["items"])) for g in data["groups"]),
        more=data.get("more", 0), since=datetime.fromisoformat(data["since"]) if data.get("since") else None,
        mention=data.get("mention", ""), alert=data.get("alert", False), note=data.get("note", ""),
    )  # fmt: skip
