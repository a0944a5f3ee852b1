"""A story's lead among the articles a cluster joined (bot/cluster.py): the earliest original, but a forum's topic over
the replies to it ("crash at …" over "Reply To: crash at …"), and a page over its own sub-pages (set65b F10: an event's
pages "…/events/2020/roundtable/", "…/roundtable/attendees/", "…/roundtable/program/", all titled "Cardiff Microwave
Roundtable", were one story that linked to the attendee list while its summary opened on the event page's text).

A page leads when more than half the other members' links are on its host and under its path at a "/" ("…/roundtable/"
over "…/roundtable/attendees/", not over "…/roundtable-2/"), and its path is not the site's root nor carries a query (a
home page or "?p=12" names no story of its own). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from .models import StoredArticle
from .quotes import REPLY_TITLE


def lead_of(originals: Sequence[StoredArticle]) -> StoredArticle:
    """The lead among a story's originals (the earliest first, at least one)."""
    page = _parent_page(originals)
    if page is not None:
        return page
    return next((m for m in originals if not REPLY_TITLE.match(m.article.title)), originals[0])


def _parent_page(members: Sequence[StoredArticle]) -> StoredArticle | None:
    """The member most other members' links are sub-pages of, more than half of them (None: none is). (Not all: pages
    of one title and one text from another year's event may join the story, set65b's "…/2020/roundtable/program/"
    in the 2019 one: the feed's own identical titles and tab bars.)"""
    links = [urlsplit(m.article.link) for m in members]
    best, most = None, 0
    for member, link in zip(members, links, strict=True):
        path = link.path if link.path.endswith("/") else link.path + "/"
        if path == "/" or link.query or not link.netloc:
            continue
        host = link.netloc.casefold()
        under = sum(o.netloc.casefold() == host and o.path.startswith(path) and len(o.path) > len(path) for o in links)
        if under > most:
            best, most = member, under
    return best if 2 * most > len(members) - 1 else None
