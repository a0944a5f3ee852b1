"""Feed bytes to uniform raw entries: RSS 0.9x/1.0/2.0, RDF and Atom through the lxml
fast path (bot/fastparse.py) or, for what it declines, ``feedparser.parse``; JSON Feed
1.0/1.1 (and Dave Winer's RSS-in-JSON) by hand (bot/jsonfeed.py).

The format is detected from the content, never from the file extension or the
Content-Type header, which are wrong often enough in the wild. Only feedparser's
public API is used: ``feedparser.parse`` and the warning classes it exports.
"""

from __future__ import annotations

import io
import re
from datetime import datetime

import feedparser

from . import fastparse
from .addresslists import listed_addresses
from .feedtext import has_own_text
from .forumtopics import category_topic
from .jsonfeed import parse_json
from .markdowntext import is_markdown_type, markdown_html
from .rawfeed import (
    EntryDate,
    FeedError,
    NotAFeed,
    ParsedFeed,
    RawEntry,
    by_links,
    first_date,
    in_feed_zone,
    main_enclosure,
)
from .xmlbytes import narrow_declared_wide, without_cut_character, without_entity_declarations

__all__ = ["FeedError", "NotAFeed", "ParsedFeed", "RawEntry", "parse_feed"]

# feedparser's warnings about a missing or overridden encoding or content type: not worth a warning.
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.CharacterEncodingUnknown, feedparser.NonXMLContentType)


def parse_feed(
    body: bytes, url: str = "", content_type: str = "", *, fast: bool = True, now: datetime | None = None
) -> ParsedFeed:
    """Parse a feed document. Raises FeedError (or NotAFeed) with a readable message.

    ``fast=False`` reads every XML feed with feedparser (the differential tests' reference).
    ``now``: the time of the poll; a reading of the feed's dates ahead of it is a wrong one
    (rawfeed.in_feed_zone)."""
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if not body.strip():
        raise NotAFeed("not a feed: the response was empty")
    if head in (b"{", b"["):
        return parse_json(body, now=now)
    return _parse_xml(body, url, content_type, fast, now)


# --- XML ----------------------------------------------------------------------------------------

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def _parse_xml(body: bytes, url: str, content_type: str, fast: bool, now: datetime | None) -> ParsedFeed:
    body = without_cut_character(narrow_declared_wide(body))
    # Well-formed RSS, RDF and Atom take the lxml fast path (bot/fastparse.py):
    # feedparser's results at a fraction of its cost. What it declines (malformed
    # XML, other encodings, a DOCTYPE, rare elements) goes to feedparser.
    parsed = fastparse.parse(body, content_type) if fast else None
    if parsed is None:
        # The feed's URL is deliberately not given to feedparser as a base: it would
        # resolve relative guids against it, and an id must not change when the feed
        # moves. Relative links are resolved in normalize.py instead. Sanitising and
        # relative-URI rewriting are feedparser's most expensive passes and we need
        # neither: content becomes plain text in clean.py.
        # A stream, never the bytes themselves: given bytes, feedparser first
        # tries them as a URL to fetch and as a local file name to open, so a
        # body of "/etc/passwd" or "http://169.254.169.254/" would be obeyed.
        headers = {"content-type": content_type} if content_type else {}
        body = without_entity_declarations(body)
        parsed = _feedparser(bios_apart(body), headers)
        if (apart := captions_apart(body)) is not body:
            own_text_over_captions(parsed["entries"], _feedparser(apart, headers)["entries"])
    version = parsed.get("version") or ""
    entries, feed = parsed["entries"], parsed["feed"]
    if not version and not entries:
        raise _not_a_feed(body, parsed)
    warning = ""
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and exc and not isinstance(exc, _HARMLESS):
        warning = f"read leniently: {_one_line(exc)}"
    # An entry link that resolves to the feed itself (an empty href) is no link.
    feed_urls = {c.get("href") for c in feed.get("links") or () if c.get("rel") == "self"} | {url, _root_base(body)}
    found = in_feed_zone([_entry_date(e, version) for e in entries], now=now, language=lambda: _language(body))
    # (an undated entry's: the day its link carries, set34 F11)
    found = by_links(found, lambda: [_entry_link(e, feed_urls) for e in entries], now=now)
    return ParsedFeed(
        format=version or "xml",
        title=feed.get("title", ""),
        title_is_html=_is_html_type((feed.get("title_detail") or {}).get("type", "text/html")),
        link=feed.get("link", ""),
        # (Discourse's pinned "About the … category" topic: no story, set 65a F12)
        entries=[
            _entry(e, feed, feed_urls, date) for e, date in zip(entries, found, strict=True) if not category_topic(e)
        ],
        warning=warning,
        ttl=_ttl(feed.get("ttl")),
    )


def _feedparser(body: bytes, headers: dict):
    try:
        return feedparser.parse(
            io.BytesIO(body), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    except Exception as exc:  # noqa: BLE001 - its lenient reader on hostile input ("See </width> here": TypeError)
        raise _not_a_feed(body, {"bozo_exception": exc}) from None


# --- captions: an entry's Media RSS descriptions (bot/feedxml.py's module docstring) -------------

_MEDIA_PREFIX = re.compile(rb"""xmlns:([A-Za-z_][-\w.]*)\s*=\s*["']http://search\.yahoo\.com/mrss/?["']""")
_FIRST_ENTRY = re.compile(rb"<(?:[A-Za-z_][-\w.]*:)?(?:item|entry)[\s/>]")
_TEXT_KEYS = ("summary", "summary_detail", "content")
# Yandex Turbo's page furniture in its <turbo:content>: the breadcrumbs (the site's name and the title) and share buttons.
# (Up to its </div>, no other <div> or </div> before it: ".*?</div>" sought the end from every unclosed one, in
# quadratic time: the review of set39.)
_TURBO_ONLY = re.compile(
    r"""<div\s+data-block\s*=\s*["'](?:breadcrumblist|share)["'][^>]*>(?:[^<]|<(?!/?div\b))*</div>""", re.I
)


def captions_apart(body: bytes) -> bytes:
    """The body with each Media RSS <media:description> after the first entry's start renamed
    (<media:tidings-caption>, an element feedparser does not read as text), so that feedparser
    reads the entries' own text as if they had no captions; ``body`` itself when it has none.

    For feedparser only, which cannot be told that a caption is not a description. (A UTF-16
    or UTF-32 body is left as it is: feedparser then reads captions as it always did.)"""
    prefixes = _MEDIA_PREFIX.findall(body[:65536])
    first = _FIRST_ENTRY.search(body) if prefixes else None
    if first is None:
        return body
    names = b"|".join(re.escape(p) for p in set(prefixes))
    tag = re.compile(rb"(</?(?:" + names + rb")):description(?=[\s/>])")
    rest = tag.sub(rb"\1:tidings-caption", body[first.start() :])
    return body if rest == body[first.start() :] else body[: first.start()] + rest


_AUTHOR_ELEMENT = re.compile(rb"<((?:[A-Za-z_][-\w.]*:)?)author(?:\s[^>]*)?(?<!/)>.*?</\1author\s*>", re.S)
_SUMMARY_TAG = re.compile(rb"(</?(?:[A-Za-z_][-\w.]*:)?)summary(?=[\s/>])")


def bios_apart(body: bytes) -> bytes:
    """The body with each <summary> inside an <author> renamed (<tidings-bio>): a person's
    bio (GNU social's and Mastodon's Atom, an activity:object's author), which feedparser
    reads as the entry's summary; bot/feedxml.py skips it likewise. ``body`` when it has none."""
    if b"summary" not in body or b"author" not in body:
        return body
    return _AUTHOR_ELEMENT.sub(lambda m: _SUMMARY_TAG.sub(rb"\1tidings-bio", m.group(0)), body)


def own_text_over_captions(entries: list, own: list) -> None:
    """Each entry that has text of its own (feedxml.has_own_text; ``own``: the same
    entries read by feedparser without their captions) takes its text from there, as the
    fast path reads it; the others keep the captions feedparser read as their text."""
    if len(own) != len(entries):
        return  # (the renaming changed how a malformed document was read: nothing to rely on)
    for entry, mine in zip(entries, own, strict=True):
        if has_own_text(mine):
            for key in _TEXT_KEYS:
                if key in mine:
                    entry[key] = mine[key]
                else:
                    entry.pop(key, None)


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


def _entry(e, feed, feed_urls: set, date: EntryDate) -> RawEntry:
    title_detail = e.get("title_detail") or {}
    summary_detail = e.get("summary_detail") or {}
    content_html, content_is_html, content_type = "", True, ""
    # (a part with markup first: a plain <itunes:summary> typed HTML before the <content:encoded> it flattens, set29 F6)
    for part in sorted(e.get("content") or (), key=lambda part: "<" not in (part.get("value") or "")):
        if part.get("value"):
            content_html, content_type = part["value"], part.get("type")
            content_is_html = _is_html_type(content_type)
            if content_is_html or is_markdown_type(content_type):
                break
    summary = e.get("summary", "")
    if not content_html and not summary:  # Yandex's full text, read when the item has no other (set39 F1)
        content_html = _TURBO_ONLY.sub("", e.get("turbo_content") or e.get("yandex_full-text") or "")
    if summary and summary == content_html:
        summary = ""  # feedparser copies content into summary for some formats
    summary_is_html = _is_html_type(summary_detail.get("type", "text/html"))
    # Text the feed declares Markdown is read as the HTML it stands for (bot/markdowntext.py).
    if summary and is_markdown_type(summary_detail.get("type")):
        summary, summary_is_html = markdown_html(summary), True
    if content_html and is_markdown_type(content_type):
        content_html, content_is_html = markdown_html(content_html), True
    # (or the item's <source>, its publisher: an aggregator's, Google News', whose title loses " - Publisher")
    author = e.get("author") or (e.get("source") or {}).get("title") or feed.get("author") or ""
    tags = tuple(t.get("term") or t.get("label") for t in e.get("tags") or () if t.get("term") or t.get("label"))
    link = _entry_link(e, feed_urls)
    guid = str(e.get("id") or "").strip()
    return RawEntry(
        id=guid,
        link=link,
        # no <link> says so: the link is the guid (feedparser's guidislink, or _entry_link's last resort)
        link_is_guid=bool(link)
        and link == guid
        and all((c.get("href") or "").strip() != link for c in e.get("links") or ()),
        permalink=_web_url(str(e.get("id") or "")),
        # (Pheedo's only beside a guid: an entry without one has its id from its link, which must not change)
        orig_link=_web_url(str(e.get("feedburner_origlink") or (e.get("id") and e.get("pheedo_origlink")) or "")),
        notes_link=_web_url(str(e.get("sparkle_releasenoteslink") or e.get("releasenoteslink") or "")),
        # (the file behind FeedBurner's proxy, feedburner:origEnclosureLink, when it says so)
        enclosure=_web_url(str(e.get("feedburner_origenclosurelink") or ""))
        or main_enclosure(
            [(c.get("href"), c.get("type")) for c in e.get("links") or () if c.get("rel") == "enclosure"]
        ),
        title=e.get("title", ""),
        title_is_html=_is_html_type(title_detail.get("type")),
        summary=summary,
        summary_is_html=summary_is_html,
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

# The feed's declared language, before its first entry: <language> (RSS), <dc:language>, xml:lang (Atom).
_LANGUAGE = re.compile(rb"<(?:dc:)?language>\s*([A-Za-z]{2,3})|\sxml:lang=[\"']([A-Za-z]{2,3})")
_FIRST_ENTRY = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>]")


def _language(body: bytes) -> str:
    """The language the feed declares (read from the bytes, as both parsers would read it)."""
    entry = _FIRST_ENTRY.search(body, 0, 65536)
    m = _LANGUAGE.search(body, 0, entry.start() if entry else 65536)
    return (m[1] or m[2]).decode("ascii") if m else ""


_DATE_KEYS = ("published", "updated", "created")  # feedparser's, in the order they are preferred
# What the feed called them (feedparser files pubDate under "published", dc:date under "updated").
_DATE_FIELDS = {
    "rss": {"published": "pubDate", "updated": "dc:date"},
    "atom03": {"published": "issued", "updated": "modified"},
}


def _entry_date(e, version: str):
    """The entry's date: the first of its dates that bot/dates.py can read (see first_date)."""
    labels = _DATE_FIELDS.get(version[:3] if version[:3] == "rss" else version, {})
    return first_date([(labels.get(key, key), e.get(key)) for key in _DATE_KEYS])


def _entry_link(e, feed_urls: set) -> str:
    """The entry's web page: its first rel="alternate" HTML link, else its link,
    else another alternate link, else a permalink guid. (feedburner:origLink is
    RawEntry.orig_link: normalize prefers it.)

    Never a link of another rel (related, enclosure, replies, via): those are
    other pages (an enclosure is RawEntry.enclosure: normalize.py links to it only
    when the entry has no page of its own). Links with a non-web scheme (``tag:``, ``urn:``) are skipped, not trusted.
    A guid is a link only as an absolute web URL: "c41042ae-5460-…" (a permalink by
    RSS's default, but no URL) read against the feed's URL would be a page that
    does not exist. A permalink guid that is a path from the site's root
    ("/blog/intro-graphml") is a URL all the same: normalize.py resolves it as it
    resolves a relative <link> (xml:base, else the feed's URL).
    """
    links = [c for c in e.get("links") or () if c.get("rel", "alternate") == "alternate"]
    # feedparser's own "link" is the last alternate HTML link; Atom lists the main one first.
    candidates = [c.get("href") or "" for c in links if _is_html_type(c.get("type"))]
    candidates.append(e.get("link") or "")
    candidates += [c.get("href") or "" for c in links]
    guid = str(e.get("id") or "").strip()
    if e.get("guidislink") or guid.startswith(("http://", "https://")):
        candidates.append(guid)
    listed = ""  # (a field of words and addresses: a last resort after the entry's own link and guid, rev67a 3)
    for link in candidates:
        link = link.strip()
        scheme = link.split(":", 1)[0].lower() if ":" in link.split("/", 1)[0] else ""
        if not link or scheme not in ("", "http", "https") or link in feed_urls:
            # (words, then addresses: entrylink.py picks one, 67b F1; kept in case no other candidate is a link)
            if scheme and not listed and listed_addresses(link):
                listed = link
            continue
        if (
            link == guid
            and not _web_url(link)
            and not _root_path(link)
            and all((c.get("href") or "").strip() != link for c in links)
        ):
            continue  # the guid standing in for a missing link, and no URL
        return link
    return listed


def _root_path(value: str) -> bool:
    """Whether a permalink guid is a path from its site's root ("/blog/post"): a relative URL, not an opaque id."""
    return value.startswith("/") and len(value) > 1 and not any(c.isspace() for c in value)


def _web_url(value: str) -> str:
    value = value.strip()
    return value if value.lower().startswith(("http://", "https://")) else ""


def _is_html_type(content_type: str | None) -> bool:
    return (content_type or "text/html") in ("text/html", "application/xhtml+xml")
