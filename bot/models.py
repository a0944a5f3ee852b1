"""Plain data that crosses the code: feeds, articles, digests, commands, replies.

Frozen dataclasses, no behaviour beyond small derived properties, so that every
stage (parse, store, digest, render) can be tested with values built by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as the store returns it: the article plus what the store knows."""

    id: int
    feed: str
    article: Article
    first_seen: datetime
    backfill: bool  # stored on the feed's first poll: never floods a digest


@dataclass(frozen=True, slots=True)
class FeedState:
    """What the poller remembers about one feed between polls."""

    name: str
    url: str  # as configured
    moved_to: str | None = None  # where a permanent redirect sent us: polled instead of url
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    next_check_at: datetime | None = None
    last_checked_at: datetime | None = None
    last_success_at: datetime | None = None
    failing_since: datetime | None = None
    last_error: str | None = None
    error_count: int = 0
    polled_ok_once: bool = False  # False until a first successful parse: its articles are backfill
    title: str = ""  # the feed's own title, as it calls itself

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


@dataclass(frozen=True, slots=True)
class Reply:
    """What a command handler returns: adapters decide how it looks."""

    text: str = ""
    items: tuple[DigestItem, ...] = ()
    lines: tuple[str, ...] = ()
    ephemeral: bool = True
    digest: Digest | None = None  # set when the reply is "post this digest"
    error: bool = False
    extra: dict = field(default_factory=dict)
