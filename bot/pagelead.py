"""A story's lead among the articles a cluster joined (bot/cluster.py): the earliest original, but a forum's topic over
the replies to it ("crash at …" over "Reply To: crash at …"), and a page over its own sub-pages (set65b F10: an event's
pages "…/events/2020/roundtable/", "…/roundtable/attendees/", "…/roundtable/program/", all titled "Cardiff Microwave
Roundtable", were one story that linked to the attendee list while its summary opened on the event page's text).

A page leads when two or more, and more than half, of the other members' links are its direct sub-pages: on its
host, one path segment under it ("…/roundtable/" over "…/roundtable/attendees/", not over "…/roundtable-2/…", nor a
section "/world/" over "/world/2024/05/10/kyiv-drone-attack", nor a tag page over one story: review rev65d F6), and its
path is not the site's root nor a date archive ("/2024/") nor carries a query (a home page, a month's list or "?p=12"
names no story of its own). Counted once per link (review rev65d F7: a prefix test of every pair cost 0.9 s for 2,000
members). Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from urllib.parse import urlsplit

from .models import StoredArticle
from .quotes import REPLY_TITLE

_SUB_PAGES = 2  # (one page over one other of its title is as often a tag or a section over a story: review rev65d F6)
_DATE_ARCHIVE = re.compile(r"/(?:19|20)\d\d/(?:\d\d?/){0,2}$")  # ("/2024/", "/2024/05/": a year's or a month's list)


def lead_of(originals: Sequence[StoredArticle]) -> StoredArticle:
    """The lead among a story's originals (the earliest first, at least one)."""
    page = _parent_page(originals)
    if page is not None:
        return page
    return next((m for m in originals if not REPLY_TITLE.match(m.article.title)), originals[0])


def _parent_page(members: Sequence[StoredArticle]) -> StoredArticle | None:
    """The member most other members' links are direct sub-pages of, two or more and more than half of them (None:
    none is). (Not all: pages of one title and one text from another year's event may join the story, set65b's
    "…/2020/roundtable/program/" in the 2019 one: the feed's own identical titles and tab bars.)"""
    if len(members) <= _SUB_PAGES:  # (a page and two sub-pages at least: most stories, read without a link parsed)
        return None
    keys = [_link_key(m.article.link) for m in members]
    children = Counter((host, parent) for host, _, parent in filter(None, keys))
    best, most = None, 0
    for member, key in zip(members, keys, strict=True):
        if key is None or not _is_page(key[1]):
            continue
        under = children[key[0], key[1]]
        if under > most:
            best, most = member, under
    return best if most >= _SUB_PAGES and 2 * most > len(members) - 1 else None


def page_families(links: Sequence[str], feeds: Sequence[str], titles: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs (parent, child) of one feed's entries under one headline where the child's link is a direct sub-page of
    the parent's (the page key's rules: same host, one path segment under it, not the root nor a date archive, no
    query): a site's page and its own sub-pages, one story (set65b's re-read N1: an event's page
    "…/2019/roundtable/" and its "…/attendees/", "…/program/", "…/venue/", each titled "Cardiff Microwave
    Roundtable", were shown as separate entries once the tab bar they shared no longer made their texts one).
    Not siblings without their parent (a podcast's "Weekly Show" episodes "/show/12/", "/show/13/"), nor pages of
    two feeds, nor of two headlines. Linear, and only entries whose feed and headline another entry shares have their
    links parsed (a digest's 1,000 candidates: urlsplit on each cost 17 ms, issue 18)."""
    named: dict[tuple[str, str], list[int]] = {}
    for i, feed_title in enumerate(zip(feeds, titles, strict=True)):
        named.setdefault(feed_title, []).append(i)
    pairs = []
    for family in named.values():
        if len(family) < 2:
            continue
        keys = {i: _link_key(links[i]) for i in family}
        pages = {(key[0], key[1]): i for i, key in reversed(keys.items()) if key and _is_page(key[1])}
        pairs += [(pages[key[0], key[2]], i) for i, key in keys.items() if key and (key[0], key[2]) in pages]
    return pairs


def _is_page(path: str) -> bool:
    """Whether a path names a page its sub-pages may be under: not the site's root, nor a date archive."""
    return path != "/" and not _DATE_ARCHIVE.search(path)


def _link_key(url: str) -> tuple[str, str, str] | None:
    """A link's host, its path and its parent's path (each ending in "/"); None for a link with a query or no host, or
    one urlsplit cannot read ("http://[::1/…")."""
    try:
        link = urlsplit(url)
    except ValueError:
        return None
    if link.query or not link.netloc:
        return None
    path = link.path if link.path.endswith("/") else link.path + "/"
    parent = path[: path.rstrip("/").rfind("/") + 1] or "/"
    return link.netloc.casefold(), path, parent
