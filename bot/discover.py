"""Feed autodiscovery: the feeds a web page names in its <head>.

A page announces its feeds with ``<link rel="alternate" type="application/rss+xml"
href="...">`` (Atom: application/atom+xml; JSON Feed: application/feed+json, or
application/json with a JSON Feed title). ``alternates`` reads them in the order the
page gives them, resolved against the page's URL, without duplicates. It runs in a
parse worker (bot/workers.py), so it is a plain function of bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

KINDS = {
    "application/rss+xml": "RSS",
    "application/rdf+xml": "RSS",
    "application/atom+xml": "Atom",
    "application/feed+json": "JSON Feed",
    "application/json": "JSON Feed",
}
MAX_ALTERNATES = 20  # a page listing more (one per tag, per author...) is cut here


@dataclass(frozen=True, slots=True)
class Alternate:
    url: str
    kind: str  # "RSS", "Atom" or "JSON Feed"
    title: str = ""

    def describe(self) -> str:
        return f"{self.title} ({self.kind}): {self.url}" if self.title else f"{self.kind}: {self.url}"


def looks_like_html(body: bytes, content_type: str = "") -> bool:
    if "html" in content_type.lower():
        return True
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<head" in head


def alternates(body: bytes, base_url: str) -> list[Alternate]:
    """The feeds a page links to with <link rel="alternate">, resolved against ``base_url``."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(body)
    except Exception:  # an empty or undecodable page names no feed (lxml raises ParserError/ValueError)
        return []
    base = base_url
    for tag in root.iter("base"):  # <base href> changes what relative links mean
        if tag.get("href"):
            base = urljoin(base_url, tag.get("href", "").strip())
            break
    found: list[Alternate] = []
    seen: set[str] = set()
    for link in root.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        mime = (link.get("type") or "").split(";")[0].strip().lower()
        href = (link.get("href") or "").strip()
        if "alternate" not in rels or mime not in KINDS or not href:
            continue
        url = urljoin(base, href)
        if urlsplit(url).scheme not in ("http", "https") or url in seen:
            continue
        seen.add(url)
        title = " ".join((link.get("title") or "").split())[:100]
        found.append(Alternate(url=url, kind=KINDS[mime], title=title))
        if len(found) >= MAX_ALTERNATES:
            break
    return found
