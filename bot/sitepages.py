"""A site's pages in its own feed: left out.

Hugo lists every page of a section in its RSS, and a page without a date (the search page, "About", the
team, the licence) gets Go's zero time, "Mon, 01 Jan 0001" (bot/dates.py's ``zero_date``: no date at all).
Shown, such a page is an undated story ("Cerca · undated", set20 F11). In a feed whose other entries carry
dates of their own they are the site's pages, not posts: left out. A feed whose entries all lack a date
(a changelog without dates, a page list) keeps them, but for the site's legal notices, a page titled as one
("Cookies", "legal": the cookie notice and the Impressum of ideasonstage's and stefanlaser's Hugo feeds,
tests/data/unseen/set25's F11). Pure; used by bot/normalize.py.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from .models import Article

log = logging.getLogger(__name__)

ZERO_DATE = "is a zero date"  # (the provenance's words for a date before 1970: bot/normalize.py's _date_note)
DATED = 2  # entries with dates of their own, at least: a feed of posts
# ... or one, before this many zero-dated pages at most: a new blog's first post beside its "About" and "Projects"
# (amjad50--ar-index.xml, set28 F10); a list of pages with one dated among them keeps its pages (set25 F11)
FEW_PAGES = 3
# The titles of a site's legal pages (casefolded), in the languages of our feeds: no story, whatever the feed
LEGAL = frozenset(
    ["cookies", "cookie policy", "privacy", "privacy policy", "legal", "legal notice", "imprint", "terms of use",
     "terms of service", "disclaimer", "impressum", "datenschutz", "datenschutzerklärung", "haftungsausschluss",
     "mentions légales", "politique de confidentialité", "note legali", "informativa sulla privacy",
     "aviso legal", "política de privacidad", "política de cookies", "política de privacidade", "termos de uso"]
)  # fmt: skip


def without_site_pages(articles: list[Article], source: str) -> list[Article]:
    """``articles`` without the zero-dated ones when at least ``DATED`` others have dates of their own (or one,
    beside FEW_PAGES of them at most and nothing else), else without the zero-dated legal pages (LEGAL)."""
    pages = [a for a in articles if not a.has_date and any(_go_zero(note) for note in a.provenance)]
    dated = sum(a.has_date for a in articles)  # (one is enough when every other entry is one of a few pages)
    if dated < DATED and not (dated and len(pages) <= FEW_PAGES and dated + len(pages) == len(articles)):
        pages = [a for a in pages if " ".join(a.title.split()).casefold() in LEGAL]
    if not pages:
        return articles
    log.debug("feed %s: %d entries dated %s (a site's pages), left out: %s", source, len(pages), "0001-01-01",
              ", ".join(_titles(pages)))  # fmt: skip
    drop = {id(a) for a in pages}
    return [a for a in articles if id(a) not in drop]


def _go_zero(note: str) -> bool:
    """A date note on Go's zero time, year 1 ("Mon, 01 Jan 0001", "0001-01-01T00:00:00Z"); not the Unix epoch
    a news site's broken dates fall to ("1970-01-01", set15's ePiotrkow: its posts, not pages)."""
    return ZERO_DATE in note and (" 0001 " in note or "0001-01-01" in note)


def _titles(pages: Sequence[Article]) -> list[str]:
    return [repr(a.title[:40]) for a in pages[:5]]
