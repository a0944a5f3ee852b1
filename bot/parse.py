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
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

import feedparser
import feedparser.api
from feedparser.datetimes import _parse_date as feedparser_parse_date
from feedparser.exceptions import ThingsNobodyCaresAboutButMe
from feedparser.sanitizer import replace_doctype as _feedparser_replace_doctype

from . import dates, fastparse
from .dates import ParsedDate

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
    orig_link: str = ""  # feedburner:origLink: the article behind a FeedBurner proxy link
    link_is_guid: bool = False  # the link is the guid (a permalink), the entry has no link element
    title: str = ""
    title_is_html: bool = False
    summary: str = ""
    summary_is_html: bool = True
    content: str = ""
    content_is_html: bool = True
    published: datetime | None = None  # UTC; None when the entry has no date, or none that could be read
    author: str = ""
    tags: tuple[str, ...] = ()
    # Where the date came from, for provenance: the feed's own text, the element or key it was
    # in ("pubDate", "dc:date", "updated", "date_published"), and what was assumed reading it
    # ("Portuguese names; no zone given: the feed's -03:00 assumed"). A text with no `published`
    # is a date that could not be read.
    date_text: str = ""
    date_field: str = ""
    date_note: str = ""


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
    found = _in_feed_zone([_entry_date(e, version) for e in parsed.entries])
    entries = [_entry_from_feedparser(e, feed, feed_urls, date) for e, date in zip(parsed.entries, found, strict=True)]
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


def _entry_from_feedparser(e, feed, feed_urls: set, date: _Date) -> RawEntry:
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
    link = _entry_link(e, feed_urls)
    guid = str(e.get("id") or "").strip()
    return RawEntry(
        id=guid,
        link=link,
        # no <link> says so: the link is the guid (feedparser's guidislink, or _entry_link's last resort)
        link_is_guid=bool(link) and link == guid and all((c.get("href") or "").strip() != link for c in e.get("links") or ()),
        permalink=_web_url(str(e.get("id") or "")),
        orig_link=_web_url(str(e.get("feedburner_origlink") or "")),
        title=e.get("title", ""),
        title_is_html=_is_html_type(title_detail.get("type")),
        summary=summary,
        summary_is_html=_is_html_type(summary_detail.get("type", "text/html")),
        content=content_html,
        content_is_html=content_is_html,
        published=date.when,
        author=author,
        tags=tags,
        date_text=date.text,
        date_field=date.field,
        date_note=date.note,
    )


# --- dates ----------------------------------------------------------------------------------------

_DATE_KEYS = ("published", "updated", "created")  # feedparser's, in the order they are preferred
# What the feed called them (feedparser files pubDate under "published", dc:date under "updated").
_DATE_FIELDS = {
    "rss": {"published": "pubDate", "updated": "dc:date"},
    "atom03": {"published": "issued", "updated": "modified"},
}


@dataclass(frozen=True, slots=True)
class _Date:
    """An entry's date as RawEntry carries it."""

    when: datetime | None = None
    field: str = ""
    text: str = ""
    note: str = ""


_NO_DATE = _Date()


def _entry_date(e, version: str) -> tuple[ParsedDate | None, str, str]:
    """The entry's date (the first of its dates that can be read), the field it came
    from and its text; (None, field, text) of the first one when none can be read.

    bot/dates.py's fast path reads it first; then feedparser's own parse of it (its
    chain knows a few rare forms); then dateparser.
    """
    first = None
    for key in _DATE_KEYS:
        text = e.get(key)
        if not isinstance(text, str) or not text.strip():
            continue
        label = _DATE_FIELDS.get(version[:3] if version[:3] == "rss" else version, {}).get(key, key)
        first = first or (label, text)
        date = dates.read_fast(text) or _from_struct(e.get(key + "_parsed")) or dates.read_slow(text)
        if date is not None:
            return date, label, text
    return (None, *first) if first else (None, "", "")


def _from_struct(value) -> ParsedDate | None:
    when = _struct_to_datetime(value)
    return ParsedDate(when, 0, "", ("read by feedparser",)) if when is not None else None


def _in_feed_zone(found: list[tuple[ParsedDate | None, str, str]]) -> list[_Date]:
    """The entries' dates. A date that gave no zone takes the one most of the feed's
    other dates give, if any give one (a feed writes its dates in one zone); else UTC."""
    zone = None
    if any(d is not None and d.offset is None for d, _, _ in found):
        offsets = Counter(d.offset for d, _, _ in found if d is not None and d.offset is not None)
        zone = offsets.most_common(1)[0][0] if offsets else None
    out = []
    for date, field_, text in found:
        if date is None:
            out.append(_Date(None, field_, text) if text else _NO_DATE)
            continue
        if zone is not None and date.offset is None:
            date = date.in_zone(zone)
        plain = date.offset is not None and not date.language and not date.notes  # the common case
        out.append(_Date(date.when, field_, text, "" if plain else date.note()))
    return out


def _entry_link(e, feed_urls: set) -> str:
    """The entry's web page: its first rel="alternate" HTML link, else its link,
    else another alternate link, else a permalink guid. (feedburner:origLink is
    RawEntry.orig_link: normalize prefers it.)

    Never a link of another rel (related, enclosure, replies, via): those are
    other pages. Links with a non-web scheme (``tag:``, ``urn:``) are skipped, not trusted.
    """
    links = [c for c in e.get("links") or () if c.get("rel", "alternate") == "alternate"]
    # feedparser's own "link" is the last alternate HTML link; Atom lists the main one first.
    candidates = [c.get("href") or "" for c in links if _is_html_type(c.get("type"))]
    candidates.append(e.get("link") or "")
    candidates += [c.get("href") or "" for c in links]
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
    items = [item for item in items if isinstance(item, dict)]
    found = _in_feed_zone([_json_date(item, ("date_published", "date_modified")) for item in items])
    entries = []
    for item, date in zip(items, found, strict=True):
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
    items = [item for item in items if isinstance(item, dict)]
    found = _in_feed_zone([_json_date(item, ("pubDate",)) for item in items])
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


def _str(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _json_date(item: dict, keys: tuple[str, ...]) -> tuple[ParsedDate | None, str, str]:
    """The JSON item's date (the first of ``keys`` that can be read), as _entry_date."""
    first = None
    for key in keys:
        text = item.get(key)
        if isinstance(text, int | float) and not isinstance(text, bool):
            text = str(text)  # a Unix time, perhaps
        if not isinstance(text, str) or not text.strip():
            continue
        first = first or (key, text)
        date = dates.read_fast(text) or _from_struct(feedparser_parse_date(text.strip())) or dates.read_slow(text)
        if date is not None:
            return date, key, text
    return (None, *first) if first else (None, "", "")
