"""OPML subscription lists: `tidings feeds import` and `tidings feeds export`.

Reading uses listparser (MIT; it parses the bytes given and fetches nothing).
Folders become tags: a feed in "Tech / Security" gets the tags tech and
security, as does an OPML category attribute ("/Tech,/Security"). Writing makes
OPML 2.0 with one folder per tag (a feed sits in its first tag's folder) and
every tag in its category attribute, so import → export → import keeps names,
URLs and tags.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from .config import ChannelSettings, FeedSettings
from .feeds import MAX_NAME, check_url

if TYPE_CHECKING:
    from .catalog import AsyncCatalog
    from .clock import Clock
    from .store.database import AsyncStore

MAX_FILE = 20 * 1024 * 1024


class OpmlError(Exception):
    """The file cannot be read as OPML: one line naming it."""


@dataclass(frozen=True)
class Entry:
    title: str
    url: str
    tags: tuple[str, ...] = ()
    listed: int = 1  # how many outlines of the file have this URL (listparser keeps the first)


@dataclass(frozen=True)
class Result:
    outcome: str  # "added", "already there", "invalid"
    name: str
    url: str
    reason: str = ""

    def line(self) -> str:
        label = f"{self.name} ({self.url})" if self.name else self.url or "(an outline without a URL)"
        return f"{self.outcome}: {label}" + (f": {self.reason}" if self.reason else "")


def tag_of(folder: str) -> str:
    """A folder's name as a tag: lower case, words joined by '-' ("Tech News" → "tech-news")."""
    return "-".join(folder.lower().split())


def read_opml(path: Path) -> list[Entry]:
    """Every feed outline of an OPML file, with its folders as tags. Raises OpmlError."""
    import listparser

    try:
        if path.stat().st_size > MAX_FILE:
            raise OpmlError(f"{path}: too large for a subscription list (over {MAX_FILE // 1024**2} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise OpmlError(f"{path}: file not found") from None
    except OSError as exc:
        raise OpmlError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    parsed = listparser.parse(data)  # bytes: listparser parses them, it never fetches a URL given as text
    if parsed.get("version", "") == "" and not parsed.feeds:
        why = parsed.get("bozo_exception") or "no <opml> document found"
        raise OpmlError(f"{path}: not an OPML subscription list ({_one_line(why)})")
    counts = _url_counts(data)
    entries = []
    for feed in parsed.feeds:
        tags: list[str] = []
        for category in feed.get("categories", []):
            tags += [tag_of(part) for part in category if part.strip()]
        title = " ".join(str(feed.get("title") or "").split())
        url = str(feed.get("url") or "").strip()
        entries.append(Entry(title=title, url=url, tags=tuple(dict.fromkeys(tags)), listed=max(1, counts.get(url, 1))))
    if not entries and parsed.get("bozo"):
        raise OpmlError(f"{path}: not an OPML subscription list ({_one_line(parsed.get('bozo_exception'))})")
    return entries


def _url_counts(data: bytes) -> dict[str, int]:
    """How often each xmlUrl occurs in the file (entities never expanded, nothing fetched)."""
    from collections import Counter

    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.LxmlError:
        return {}
    if root is None:
        return {}
    return dict(Counter((el.get("xmlUrl") or "").strip() for el in root.iter("outline") if el.get("xmlUrl")))


def _one_line(exc: object) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


async def import_feeds(
    store: AsyncStore, catalog: AsyncCatalog, clock: Clock, entries: Sequence[Entry], *,
    channel: ChannelSettings | None, added_by: str,
) -> list[Result]:  # fmt: skip
    """Add each entry's feed (checked as chat checks a feed URL, but not fetched):
    added, already there (same URL) or invalid, each with the reason."""
    now = clock.now()
    results = []
    by_url = {f.url: f for f in await catalog.feeds()}
    for entry in entries:
        name = entry.title[:MAX_NAME].strip()
        if not entry.url:
            results.append(Result("invalid", name, "", "the outline has no xmlUrl"))
            continue
        if problem := check_url(entry.url):
            results.append(Result("invalid", name, entry.url, problem))
            continue
        existing = by_url.get(entry.url)
        if existing is not None:
            reason = "" if existing.name == name or not name else f"named “{name}” in the file"
            results.append(Result("already there", existing.name, entry.url, reason))
            feed_name = existing.name
        else:
            wanted = name or urlsplit(entry.url).hostname or "feed"
            feed_name = await catalog.unique_name(wanted)
            await store.add_chat_feed(feed_name, entry.url, tags=entry.tags, added_by=added_by, now=now)
            by_url[entry.url] = FeedSettings.validate({"name": feed_name, "url": entry.url, "tags": entry.tags})
            reason = f"“{wanted}” was taken" if feed_name != wanted else ""
            tags = f"tags: {', '.join(entry.tags)}" if entry.tags else ""
            results.append(Result("added", feed_name, entry.url, "; ".join(r for r in (reason, tags) if r)))
        results += [Result("already there", feed_name, entry.url, "listed again in the file")] * (entry.listed - 1)
        if channel is not None:
            await store.subscribe(channel.name, "feed", feed_name, added_by=added_by, now=now)
    return results


def write_opml(feeds: Sequence[FeedSettings], *, now: datetime | None = None, title: str = "Tidings feeds") -> str:
    """OPML 2.0: one folder per tag (each feed in its first tag's folder, every
    tag in its category attribute), untagged feeds at the top, in the given order."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now or datetime.now(UTC), usegmt=True)
    body = ET.SubElement(root, "body")
    folders: dict[str, ET.Element] = {}
    for feed in feeds:
        parent = body
        if feed.tags:
            first = feed.tags[0]
            if first not in folders:
                folders[first] = ET.SubElement(body, "outline", text=first, title=first)
            parent = folders[first]
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.tags:
            attrs["category"] = ",".join("/" + t for t in feed.tags)
        ET.SubElement(parent, "outline", attrs)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode", xml_declaration=False)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _CONTROL.sub("", text) + "\n"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0, even escaped
