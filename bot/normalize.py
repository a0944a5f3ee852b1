"""Raw feed entries to normalized articles: stable ids, canonical links, clean
titles and excerpts, UTC dates. Pure: the caller passes the time of the poll."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from .blocks import EMPTY, Blocks, html_blocks, plain_blocks
from .clean import (
    canonical_url,
    clean_title,
    cve_ids,
    html_may_mention_cve,
    plain_to_text,
    title_from_text,
)
from .excerpt import excerpt_with_notes, looks_shortened, may_be_cut
from .models import Article
from .parse import ParsedFeed, RawEntry, parse_feed

# A summary shorter than this is a teaser: the content (if any) makes a better excerpt.
TEASER_LENGTH = 80
# Dates further ahead than this are mistakes (or tricks to stay on top): use the poll time.
FUTURE_TOLERANCE = timedelta(days=1)
MAX_UID_LENGTH = 500
MAX_TAGS = 20


@dataclass(frozen=True, slots=True)
class FeedContent:
    """What one feed document holds, normalized: picklable, so it can come from a worker process."""

    title: str
    format: str
    articles: list[Article]
    warning: str = ""
    ttl: float | None = None


def read_feed(
    body: bytes, *, url: str, content_type: str = "", source: str, now: datetime, excerpt_length: int
) -> FeedContent:
    """Bytes to normalized articles. Raises parse.FeedError with a readable message."""
    parsed = parse_feed(body, url=url, content_type=content_type)
    articles = normalize_feed(parsed, feed_url=url, source=source, now=now, excerpt_length=excerpt_length)
    # A feed title declared plain text ("Why &lt;div&gt; soup") is not read as HTML.
    title = clean_title(parsed.title) if parsed.title_is_html else " ".join(plain_to_text(parsed.title).split())
    return FeedContent(
        title=title, format=parsed.format, articles=articles, warning=parsed.warning, ttl=parsed.ttl
    )


def normalize_feed(
    parsed: ParsedFeed, *, feed_url: str, source: str, now: datetime, excerpt_length: int
) -> list[Article]:
    """Every entry of a parsed feed as an article, one per stable id."""
    base = feed_url if feed_url.startswith(("http://", "https://")) else parsed.link
    base_canonical = canonical_url(base)  # the same for every entry (issue 8: once, not per entry)
    memo: dict = {}  # authors and tags repeat from entry to entry: cleaned once per feed
    seen: set[str] = set()
    articles = []
    for entry in parsed.entries:
        article = normalize_entry(
            entry, base_url=base, site_url=parsed.link, source=source, now=now, excerpt_length=excerpt_length,
            _base_canonical=base_canonical, _memo=memo,
        )  # fmt: skip
        if article.uid in seen:
            continue  # some feeds repeat an entry; the first one wins
        seen.add(article.uid)
        articles.append(article)
    return articles


def normalize_entry(
    entry: RawEntry, *, base_url: str, site_url: str = "", source: str, now: datetime, excerpt_length: int,
    _base_canonical: str | None = None, _memo: dict | None = None,
) -> Article:  # fmt: skip
    summary_blocks = _blocks(entry.summary, entry.summary_is_html)
    summary = summary_blocks.text
    if (
        len(summary) >= TEASER_LENGTH
        and entry.content_is_html
        and not may_be_cut(summary_blocks)
        and not html_may_mention_cve(entry.content)
    ):
        # The summary is the body (long enough, not cut by the feed): the content
        # would only be searched for CVE ids, and it has none (issue 8: cleaning
        # it was a fifth of the time).
        content_blocks = EMPTY
    else:
        content_blocks = _blocks(entry.content, entry.content_is_html)
    content = content_blocks.text
    if content and len(summary) < TEASER_LENGTH:
        body_blocks, note = content_blocks, "text: the content (the summary is a teaser or missing)"
    elif content and looks_shortened(summary_blocks, content_blocks):
        body_blocks, note = content_blocks, "text: the content (fuller than the truncated summary)"
    else:
        body_blocks, note = summary_blocks, "text: the summary"
    body = body_blocks.text
    notes = [note]
    title = clean_title(entry.title) if entry.title_is_html else " ".join(plain_to_text(entry.title).split())
    if not title:
        title = title_from_text(body or content) or "(untitled)"
    link = canonical_url(entry.link, base_url) or canonical_url(entry.link, site_url)
    notes.append("link: the entry's link")
    if not link or link == (canonical_url(base_url) if _base_canonical is None else _base_canonical):
        # An empty href resolves to the feed itself: that is no link at all.
        link = canonical_url(entry.permalink)
        notes[-1] = "link: the guid (the entry has no link of its own)"
    published = entry.published
    has_date = published is not None and published <= now + FUTURE_TOLERANCE
    if not has_date:
        notes.append("date: none in the feed, the time it was first seen" if published is None
                     else "date: the feed's is more than a day ahead, the time it was first seen")  # fmt: skip
        published = now
    else:
        notes.append("date: the feed's")
    excerpt = excerpt_with_notes(body_blocks, excerpt_length, title=title)
    notes[1:1] = excerpt.notes  # after the text's source, before the link's and the date's
    return Article(
        uid=_uid(entry, link, title, body or content),
        link=link,
        title=title,
        excerpt=excerpt.text,
        published=published,
        source=source,
        author=_clean_author(entry.author, {} if _memo is None else _memo),
        # CVE ids become tags: `/news search CVE-2024-12345` and tag filters find them.
        tags=_tags(entry.tags + tuple(cve_ids(title, summary, content)), {} if _memo is None else _memo),
        has_date=has_date,
        content_hash=_hash(title, body),
        provenance=tuple(notes),
    )


def _blocks(value: str, is_html: bool) -> Blocks:
    return html_blocks(value) if is_html else plain_blocks(value)


def _uid(entry: RawEntry, link: str, title: str, text: str) -> str:
    # Lone surrogates (broken JSON escapes) cannot be stored: the database refuses them.
    uid = (entry.id or link).encode("utf-8", "replace").decode("utf-8")
    if not uid:
        return "sha1:" + _hash(title, text)
    if len(uid) > MAX_UID_LENGTH:
        return "sha1:" + hashlib.sha1(uid.encode("utf-8", "replace")).hexdigest()
    return uid


def _hash(*parts: str) -> str:
    return hashlib.sha1("\n".join(parts).encode("utf-8", "replace")).hexdigest()


def _clean_author(author: str, memo: dict) -> str:
    key = ("author", author)
    clean = memo.get(key)
    if clean is None:
        clean = memo[key] = clean_title(author)[:200]
    return clean


def _tags(raw: tuple[str, ...], memo: dict) -> tuple[str, ...]:
    tags: list[str] = []
    for tag in raw:
        key = ("tag", tag)
        clean = memo.get(key)
        if clean is None:
            clean = memo[key] = " ".join(plain_to_text(tag).split())[:60]
        if clean and clean.lower() not in (t.lower() for t in tags):
            tags.append(clean)
    return tuple(tags[:MAX_TAGS])
