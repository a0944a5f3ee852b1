"""Feed bytes to uniform raw entries: RSS 0.9x/1.0/2.0, RDF and Atom through
feedparser, JSON Feed 1.0/1.1 (and Dave Winer's RSS-in-JSON) by hand.

The format is detected from the content, never from the file extension or the
Content-Type header, which are wrong often enough in the wild.
"""

from __future__ import annotations

import calendar
import io
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

import feedparser
import feedparser.api
from feedparser.datetimes import _parse_date as feedparser_parse_date
from feedparser.exceptions import ThingsNobodyCaresAboutButMe
from feedparser.sanitizer import replace_doctype as _feedparser_replace_doctype

from . import fastparse

# The lxml fast path for XML feeds (bot/fastparse.py); off, every XML feed goes through feedparser.
FAST_PATH = True


class FeedError(Exception):
    """A feed that cannot be read. The message is one line, meant for a human."""


class NotAFeed(FeedError):
    pass


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One entry as the feed gave it, before cleaning. HTML fields say if they are HTML."""

    id: str = ""
    link: str = ""
    permalink: str = ""  # the guid, when it is a web URL: the link of last resort
    title: str = ""
    title_is_html: bool = False
    summary: str = ""
    summary_is_html: bool = True
    content: str = ""
    content_is_html: bool = True
    published: datetime | None = None
    author: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    format: str  # "rss20", "atom10", "json1", ...
    title: str = ""
    title_is_html: bool = True  # False when the feed declares its title plain text (Atom type="text")
    link: str = ""
    entries: list[RawEntry] = field(default_factory=list)
    warning: str = ""  # a recovered problem (e.g. malformed XML read leniently)
    ttl: float | None = None  # seconds, from RSS <ttl>: a hint, never obeyed to poll faster


def parse_feed(body: bytes, url: str = "", content_type: str = "") -> ParsedFeed:
    """Parse a feed document. Raises FeedError (or NotAFeed) with a readable message."""
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if not body.strip():
        raise NotAFeed("not a feed: the response was empty")
    if head in (b"{", b"["):
        return _parse_json(body)
    return _parse_xml(body, url, content_type)


# --- XML (feedparser) -------------------------------------------------------

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


_INTERNAL_SUBSET = re.compile(rb"""<!DOCTYPE\b[^\[>]*\[(?:[^\]"']|"[^"]*"|'[^']*')*\]\s*>""", re.I)


def _replace_doctype_without_entities(data: bytes):
    """feedparser's DOCTYPE step, minus the document's own entity declarations.

    Python's expat stops "billion laughs", but not a quadratic blowup (one big
    entity used many times): a 10 MB feed could cost ~650 MB per poll. Feeds
    have no business declaring entities; an undeclared one is left as text.
    feedparser calls this after decoding to UTF-8, so UTF-16 feeds are covered.
    """
    version, data, _entities = _feedparser_replace_doctype(data)
    start = re.search(rb"<[A-Za-z_]", data)
    prolog = data[: start.start() if start else len(data)]
    if b"<!entity" in prolog.lower() and (m := _INTERNAL_SUBSET.search(prolog)):
        data = data[: m.start()] + data[m.end() :]
    return version, data, {}


feedparser.api.replace_doctype = _replace_doctype_without_entities


def _parse_xml(body: bytes, url: str, content_type: str) -> ParsedFeed:
    # The feed's URL is deliberately not given to feedparser as a base: it would
    # resolve relative guids against it, and an id must not change when the feed
    # moves. Relative links are resolved in normalize.py instead.
    headers = {"content-type": content_type} if content_type else {}
    # Sanitising and relative-URI rewriting are feedparser's most expensive
    # passes and we need neither: content becomes plain text in clean.py and
    # links are resolved in normalize.py.
    # Well-formed RSS, RDF and Atom take the lxml fast path (bot/fastparse.py):
    # feedparser's results at a fraction of its cost. What it cannot replay
    # exactly (malformed XML, a DOCTYPE, rare elements) goes to feedparser.
    parsed = fastparse.parse(body, content_type) if FAST_PATH else None
    if parsed is None:
        # A stream, never the bytes themselves: given bytes, feedparser first
        # tries them as a URL to fetch and as a local file name to open, so a
        # body of "/etc/passwd" or "http://169.254.169.254/" would be obeyed.
        parsed = feedparser.parse(
            io.BytesIO(body), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        raise _not_a_feed(body, parsed)
    feed = parsed.feed
    warning = ""
    exc = parsed.get("bozo_exception")
    # A missing Content-Type or an overridden encoding is not worth a warning.
    if parsed.get("bozo") and exc and not isinstance(exc, ThingsNobodyCaresAboutButMe):
        warning = f"read leniently: {_one_line(exc)}"
    # An entry link that resolves to the feed itself (an empty href) is no link.
    feed_urls = {c.get("href") for c in feed.get("links") or () if c.get("rel") == "self"} | {url, _root_base(body)}
    entries = [_entry_from_feedparser(e, feed, feed_urls) for e in parsed.entries]
    return ParsedFeed(
        format=version or "xml",
        title=feed.get("title", ""),
        title_is_html=_is_html_type((feed.get("title_detail") or {}).get("type", "text/html")),
        link=feed.get("link", ""),
        entries=entries,
        warning=warning,
        ttl=_ttl(feed.get("ttl")),
    )


def _ttl(value) -> float | None:
    try:
        minutes = float(value)
    except (TypeError, ValueError):
        return None
    return minutes * 60 if 0 < minutes < 100_000 else None


_ROOT_BASE = re.compile(rb"<(?:feed|rss|rdf:RDF)\b[^>]*?\sxml:base\s*=\s*[\"']([^\"']+)[\"']", re.S)


def _root_base(body: bytes) -> str:
    """The document's own xml:base: what an empty entry href resolves to."""
    m = _ROOT_BASE.search(body[:4096])
    return m.group(1).decode("utf-8", "replace") if m else ""


def _not_a_feed(body: bytes, parsed) -> FeedError:
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048]
    if _HTML_START.match(start):
        return NotAFeed("not a feed: the URL returned an HTML page, not RSS, Atom or JSON Feed")
    if re.match(rb"^\s*(?:<\?xml[^>]*>\s*)?<opml\b", start, re.I):
        return NotAFeed("not a feed: this is an OPML subscription list, not a feed")
    if _looks_binary(start):
        return NotAFeed("not a feed: the response is binary data (an image or a file?)")
    exc = parsed.get("bozo_exception")
    if exc is not None and start.lstrip().startswith(b"<"):
        return FeedError(f"malformed feed XML: {_one_line(exc)}")
    return NotAFeed("not a feed: no RSS, Atom or JSON Feed document found")


def _looks_binary(data: bytes) -> bool:
    if data.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")):
        return True
    # UTF-16/32 feeds have NULs too, but start with a BOM or "<\0" / "\0<".
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return False
    if data[:2] in (b"<\x00", b"\x00<"):
        return False
    return b"\x00" in data[:512]


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _entry_from_feedparser(e, feed, feed_urls: set) -> RawEntry:
    title_detail = e.get("title_detail") or {}
    summary_detail = e.get("summary_detail") or {}
    content_html, content_is_html = "", True
    for part in e.get("content") or ():
        if part.get("value"):
            content_html = part["value"]
            content_is_html = _is_html_type(part.get("type"))
            if content_is_html:
                break
    summary = e.get("summary", "")
    if summary and summary == content_html:
        summary = ""  # feedparser copies content into summary for some formats
    author = e.get("author") or feed.get("author") or ""
    tags = tuple(
        t.get("term") or t.get("label") for t in e.get("tags") or () if t.get("term") or t.get("label")
    )
    return RawEntry(
        id=str(e.get("id") or "").strip(),
        link=_entry_link(e, feed_urls),
        permalink=_web_url(str(e.get("id") or "")),
        title=e.get("title", ""),
        title_is_html=_is_html_type(title_detail.get("type")),
        summary=summary,
        summary_is_html=_is_html_type(summary_detail.get("type", "text/html")),
        content=content_html,
        content_is_html=content_is_html,
        published=_struct_to_datetime(
            e.get("published_parsed") or e.get("updated_parsed") or e.get("created_parsed")
        ),
        author=author,
        tags=tags,
    )


def _entry_link(e, feed_urls: set) -> str:
    """The entry's web page: its link, else an alternate link, else a permalink guid.

    Links with a non-web scheme (``tag:``, ``urn:``) are skipped, not trusted.
    """
    # FeedBurner proxies the link and keeps the real one in feedburner:origLink.
    candidates = [e.get("feedburner_origlink") or "", e.get("link") or ""]
    candidates += [
        c.get("href") or "" for c in e.get("links") or () if c.get("rel", "alternate") == "alternate"
    ]
    if e.get("guidislink") or str(e.get("id") or "").startswith(("http://", "https://")):
        candidates.append(str(e.get("id")))
    for link in candidates:
        link = link.strip()
        scheme = link.split(":", 1)[0].lower() if ":" in link.split("/", 1)[0] else ""
        if link and scheme in ("", "http", "https") and link not in feed_urls:
            return link
    return ""


def _web_url(value: str) -> str:
    value = value.strip()
    return value if value.lower().startswith(("http://", "https://")) else ""


def _is_html_type(content_type: str | None) -> bool:
    return (content_type or "text/html") in ("text/html", "application/xhtml+xml")


def _struct_to_datetime(value) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, OSError, TypeError):
        return None


# --- JSON Feed ----------------------------------------------------------------


def _parse_json(body: bytes) -> ParsedFeed:
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
        return _json_feed(doc, version)
    if isinstance(doc.get("rss"), dict):
        return _rss_in_json(doc["rss"])
    raise NotAFeed("not a feed: JSON without a JSON Feed version (https://jsonfeed.org/version/1.1)")


def _json_feed(doc: dict, version: str) -> ParsedFeed:
    items = doc.get("items")
    if not isinstance(items, list):
        raise FeedError("malformed JSON feed: 'items' is missing or not a list")
    feed_author = _json_author(doc)
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        content_html = _str(item.get("content_html"))
        content_text = _str(item.get("content_text"))
        tags = item.get("tags")
        entries.append(
            RawEntry(
                id=_str(item.get("id")),
                link=_str(item.get("url")) or _str(item.get("external_url")),
                title=_str(item.get("title")),
                title_is_html=False,  # plain text by the spec
                summary=_str(item.get("summary")),
                summary_is_html=False,
                content=content_html or content_text,
                content_is_html=bool(content_html),
                published=parse_date(item.get("date_published") or item.get("date_modified")),
                author=_json_author(item) or feed_author,
                tags=tuple(_str(t) for t in tags if _str(t)) if isinstance(tags, list) else (),
            )
        )
    fmt = "json11" if version.rstrip("/").endswith("1.1") else "json1"
    return ParsedFeed(
        format=fmt, title=_str(doc.get("title")), title_is_html=False, link=_str(doc.get("home_page_url")),
        entries=entries,
    )


def _json_author(obj: dict) -> str:
    authors = obj.get("authors")
    if isinstance(authors, list) and authors and isinstance(authors[0], dict):
        return _str(authors[0].get("name"))
    author = obj.get("author")
    return _str(author.get("name")) if isinstance(author, dict) else ""


def _rss_in_json(rss: dict) -> ParsedFeed:
    """RSS 2.0 spelled as JSON (http://scripting.com/rss.json)."""
    channel = rss.get("channel")
    if not isinstance(channel, dict):
        raise NotAFeed("not a feed: RSS-in-JSON without a channel")
    items = channel.get("item") or []
    if isinstance(items, dict):
        items = [items]
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        guid = item.get("guid")
        guid = _str(guid.get("#value") or guid.get("value")) if isinstance(guid, dict) else _str(guid)
        category = item.get("category")
        categories = category if isinstance(category, list) else [category] if category else []
        entries.append(
            RawEntry(
                id=guid,
                link=_str(item.get("link")),
                title=_str(item.get("title")),
                title_is_html=True,
                summary=_str(item.get("description")),
                published=parse_date(item.get("pubDate")),
                author=_str(item.get("author")),
                tags=tuple(_str(c) for c in categories if _str(c)),
            )
        )
    return ParsedFeed(
        format="rss-in-json", title=_str(channel.get("title")), link=_str(channel.get("link")), entries=entries
    )


def _str(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def parse_date(value) -> datetime | None:
    """A timezone-aware UTC datetime from ISO 8601, RFC 822 and the many variants
    feeds use; None when it cannot be read. A date without a zone is taken as UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return _struct_to_datetime(feedparser_parse_date(text))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
