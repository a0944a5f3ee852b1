"""JSON Feed 1.0/1.1 and Dave Winer's RSS-in-JSON, read by hand (feedparser reads XML only)."""

from __future__ import annotations

import json
from datetime import datetime

from .rawfeed import FeedError, NotAFeed, ParsedFeed, RawEntry, by_links, first_date, in_feed_zone, main_enclosure

__all__ = ["parse_json"]


def parse_json(body: bytes, *, now: datetime | None = None) -> ParsedFeed:
    """``now``: the time of the poll (see parse.parse_feed)."""
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FeedError("malformed JSON feed: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise FeedError(f"malformed JSON feed: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(doc, dict):
        raise NotAFeed("not a feed: JSON, but not a JSON Feed object")
    version = doc.get("version")
    if isinstance(version, str) and "jsonfeed.org/version/" in version:
        return _json_feed(doc, version, now)
    if isinstance(doc.get("rss"), dict):
        return _rss_in_json(doc["rss"], now)
    raise NotAFeed("not a feed: JSON without a JSON Feed version (https://jsonfeed.org/version/1.1)")


def _json_feed(doc: dict, version: str, now: datetime | None) -> ParsedFeed:
    items = doc.get("items")
    if not isinstance(items, list):
        raise FeedError("malformed JSON feed: 'items' is missing or not a list")
    feed_author = _json_author(doc)
    items = [item for item in items if isinstance(item, dict)]
    language = _str(doc.get("language"))
    found = in_feed_zone(
        [_dates(item, ("date_published", "date_modified")) for item in items], now=now, language=lambda: language
    )
    found = by_links(found, lambda: [_str(item.get("url")) for item in items], now=now)  # (an undated item's day)
    entries = []
    for item, date in zip(items, found, strict=True):
        content_html = _str(item.get("content_html"))
        content_text = _str(item.get("content_text"))
        tags = item.get("tags")
        entries.append(
            RawEntry(
                id=_str(item.get("id")),
                link=_str(item.get("url")) or _str(item.get("external_url")),
                enclosure=_enclosure(item.get("attachments"), "mime_type"),
                title=_str(item.get("title")),
                title_is_html=False,  # plain text by the spec
                summary=_str(item.get("summary")),
                summary_is_html=False,
                content=content_html or content_text,
                content_is_html=bool(content_html),
                published=date.when,
                author=_json_author(item) or feed_author,
                tags=tuple(_str(t) for t in tags if _str(t)) if isinstance(tags, list) else (),
                date_text=date.text,
                date_field=date.field,
                date_note=date.note,
            )
        )
    fmt = "json11" if version.rstrip("/").endswith("1.1") else "json1"
    return ParsedFeed(
        format=fmt,
        title=_str(doc.get("title")),
        title_is_html=False,
        link=_str(doc.get("home_page_url")),
        entries=entries,
    )


def _json_author(obj: dict) -> str:
    authors = obj.get("authors")
    if isinstance(authors, list) and authors and isinstance(authors[0], dict):
        return _str(authors[0].get("name"))
    author = obj.get("author")
    return _str(author.get("name")) if isinstance(author, dict) else ""


def _rss_in_json(rss: dict, now: datetime | None) -> ParsedFeed:
    """RSS 2.0 spelled as JSON (http://scripting.com/rss.json)."""
    channel = rss.get("channel")
    if not isinstance(channel, dict):
        raise NotAFeed("not a feed: RSS-in-JSON without a channel")
    items = channel.get("item") or []
    if isinstance(items, dict):
        items = [items]
    items = [item for item in items if isinstance(item, dict)]
    language = _str(channel.get("language"))
    found = in_feed_zone([_dates(item, ("pubDate",)) for item in items], now=now, language=lambda: language)
    entries = []
    for item, date in zip(items, found, strict=True):
        guid = item.get("guid")
        guid = _str(guid.get("#value") or guid.get("value")) if isinstance(guid, dict) else _str(guid)
        category = item.get("category")
        categories = category if isinstance(category, list) else [category] if category else []
        entries.append(
            RawEntry(
                id=guid,
                link=_str(item.get("link")),
                enclosure=_enclosure(item.get("enclosure"), "type"),
                title=_str(item.get("title")),
                title_is_html=True,
                summary=_str(item.get("description")),
                published=date.when,
                author=_str(item.get("author")),
                tags=tuple(_str(c) for c in categories if _str(c)),
                date_text=date.text,
                date_field=date.field,
                date_note=date.note,
            )
        )
    return ParsedFeed(
        format="rss-in-json", title=_str(channel.get("title")), link=_str(channel.get("link")), entries=entries
    )


def _enclosure(files, type_key: str) -> str:
    """The main one of an item's files (JSON Feed's attachments, RSS-in-JSON's enclosure)."""
    files = [files] if isinstance(files, dict) else files if isinstance(files, list) else []
    return main_enclosure([(f.get("url"), f.get(type_key)) for f in files if isinstance(f, dict)])


def _str(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _dates(item: dict, keys: tuple[str, ...]):
    return first_date([(key, item.get(key)) for key in keys])
