"""What parse_feed gives, whatever the format: raw entries as the feed gave them,
before cleaning, and the entries' dates read in the feed's zone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from . import dates
from .dates import ParsedDate
from .models import FeedError, NotAFeed

__all__ = [
    "EntryDate",
    "FeedError",
    "NotAFeed",
    "ParsedFeed",
    "RawEntry",
    "by_links",
    "first_date",
    "in_feed_zone",
    "main_enclosure",
]


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One entry as the feed gave it, before cleaning. HTML fields say if they are HTML."""

    id: str = ""
    link: str = ""
    permalink: str = ""  # the guid, when it is a web URL: the link of last resort
    orig_link: str = ""  # feedburner:origLink (pheedo:origLink): the article behind a feed proxy's link
    notes_link: str = ""  # sparkle:releaseNotesLink: an appcast version's release notes (it has no <link>)
    link_is_guid: bool = False  # the link is the guid (a permalink), the entry has no link element
    # The media file the entry carries (RSS <enclosure>, Atom rel="enclosure", a JSON Feed
    # attachment; its first audio or video one): what a podcast episode with no page of its
    # own links to (normalize.py, after the permalink).
    enclosure: str = ""
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


def main_enclosure(files: list[tuple[object, object]]) -> str:
    """Of an entry's enclosures as (URL, media type), the URL of the first audio or video file,
    else of the first at all (an image, a PDF): "" when none has a web address."""
    found = [(url.strip(), str(kind or "").lower()) for url, kind in files if isinstance(url, str) and url.strip()]
    found = [(url, kind) for url, kind in found if url.lower().startswith(("http://", "https://"))]
    for url, kind in found:
        if kind.startswith(("audio/", "video/")):
            return url
    return found[0][0] if found else ""


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    format: str  # "rss20", "atom10", "json1", ...
    title: str = ""
    title_is_html: bool = True  # False when the feed declares its title plain text (Atom type="text")
    link: str = ""
    entries: list[RawEntry] = field(default_factory=list)
    warning: str = ""  # a recovered problem (e.g. malformed XML read leniently)
    ttl: float | None = None  # seconds, from RSS <ttl>: a hint, never obeyed to poll faster


@dataclass(frozen=True, slots=True)
class EntryDate:
    """An entry's date as RawEntry carries it."""

    when: datetime | None = None
    field: str = ""
    text: str = ""
    note: str = ""


NO_DATE = EntryDate()


def in_feed_zone(
    found: list[tuple[ParsedDate | None, str, str]],
    *,
    now: datetime | None = None,
    language: Callable[[], str] = str,
) -> list[EntryDate]:
    """The entries' dates, read as the feed writes them. All-numeric dates are read in
    one order (_in_feed_order). A date that gave no zone takes the one most of the feed's
    other dates give, if any give one (a feed writes its dates in one zone); else UTC.
    ``now``: the time of the poll (a date further ahead is no reading of a feed's date);
    ``language``: the feed's declared language, asked only when it may decide the order."""
    found = _in_feed_order(found, now, language)
    zone = None
    if any(d is not None and d.offset is None for d, _, _ in found):
        offsets = Counter(d.offset for d, _, _ in found if d is not None and d.offset is not None)
        zone = offsets.most_common(1)[0][0] if offsets else None
    out = []
    for date, field_, text in found:
        if date is None:
            out.append(EntryDate(None, field_, text) if text else NO_DATE)
            continue
        if zone is not None and date.offset is None:
            date = date.in_zone(zone)
        plain = date.offset is not None and not date.language and not date.notes  # the common case
        out.append(EntryDate(date.when, field_, text, "" if plain else date.note()))
    return out


# The orders of an all-numeric date, as the notes name them.
_ORDER_NAMES = {"DMY": "day/month/year", "MDY": "month/day/year", "YMD": "year/month/day"}
# Languages whose short dates put the year first (CLDR: zh "yy/M/d", ja "y/MM/dd", ko "yy. M. d.",
# hu "y. MM. dd.", lt "y-MM-dd", mn "y.MM.dd", eu "yy/M/d").
_YEAR_FIRST = frozenset(("zh", "ja", "ko", "hu", "lt", "mn", "eu"))


def _in_feed_order(found: list, now: datetime | None, language: Callable[[], str]) -> list:
    """The feed's all-numeric dates ("18/05/04 00:00"), each read in the one order
    that reads every one of them as a date, and none ahead of ``now`` (read alone,
    "18/01/30" was 18 January 2030, and "18/05/04" 18 May 2004); when more than one
    order does, the one the feed's language writes (year first in Chinese, Japanese,
    Korean, Hungarian…); else each as read alone (day first, month first when only
    that fits: dates.numeric_orders)."""
    orders = [dates.numeric_orders(text) if text else () for _, _, text in found]
    if not any(orders):
        return found
    texts = {text for (_, _, text), order in zip(found, orders, strict=True) if order}
    fits = [order for order in _ORDER_NAMES if all(_fits(dates.read_numeric(text, order), now) for text in texts)]
    if len(fits) == 1:
        order, why = fits[0], "the one all the feed's dates fit"
    elif "YMD" in fits and language().split("-")[0].split("_")[0].lower() in _YEAR_FIRST:
        order, why = "YMD", "as the feed's language writes dates"
    elif fits and fits[0] != "DMY":
        order, why = fits[0], "the one all the feed's dates fit"
    else:
        return found  # (day first, as each is read alone)
    note = f"{_ORDER_NAMES[order]} order, {why}"
    out = []
    for (date, field_, text), possible in zip(found, orders, strict=True):
        if possible:
            date = dates.read_numeric(text, order)
            # (said of a date that more than one order reads: "24/09/2018" is day first anyway)
            if date is not None and sum(_fits(dates.read_numeric(text, o), now) for o in possible) > 1:
                date = replace(date, notes=(*date.notes, note))
        out.append((date, field_, text))
    return out


def _fits(date: ParsedDate | None, now: datetime | None) -> bool:
    return date is not None and (now is None or date.when <= now + dates.FUTURE_TOLERANCE)


def first_date(fields: list[tuple[str, object]]) -> tuple[ParsedDate | None, str, str]:
    """The first of the (label, text) dates that bot/dates.py can read, with its label and
    text; (None, label, text) of the first one given when none can be read."""
    first = None
    for label, text in fields:
        if isinstance(text, int | float) and not isinstance(text, bool):
            text = str(text)  # a Unix time, perhaps
        if not isinstance(text, str) or not text.strip():
            continue
        first = first or (label, text)
        try:
            date = dates.read_fast(text) or dates.read_slow(text) or dates.read_range(text)
        except OverflowError:  # ("0001-01-01T00:00:00+05:00": before year 1 in UTC)
            continue
        if date is not None and date.when >= dates.EARLIEST:  # (a zero date is none: the next field's is read)
            return date, label, text
    return (None, *first) if first else (None, "", "")


# --- dates in the entries' links --------------------------------------------------------------------

# A day as a link's path writes it: "/news/2025/09/02/slug", "/2025/09/02.html" (not "/2025/08/10-tips-for-…":
# a month's permalink, a number in its slug).
_LINK_DATE = re.compile(r"/((?:19|20)\d\d)/([01]\d)/([0-3]\d)(?=[/.]|$)")
LINKS_DATED = 2  # undated entries whose links carry a day, at least, on as many days at least


def link_date(link: str) -> tuple[int, int, int] | None:
    """The (year, month, day) a link's path carries ("…/2025/09/02/slug"), or None. Never the query's or the
    host's digits."""
    if "/20" not in link and "/19" not in link:
        return None
    path = link.split("?", 1)[0].split("#", 1)[0]
    if "://" in path:
        rest = path.split("://", 1)[1]
        path = rest[rest.find("/") :] if "/" in rest else ""
    m = _LINK_DATE.search(path)
    if m is None:
        return None
    try:
        datetime(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return int(m[1]), int(m[2]), int(m[3])


def _host(link: str) -> str:
    rest = link.split("://", 1)[-1]
    return rest.split("/", 1)[0].casefold()


def by_links(found: list[EntryDate], links: Callable[[], list[str]], *, now: datetime | None) -> list[EntryDate]:
    """The entries' dates, an undated entry's taken from its link's path: the day it carries ("/2025/09/02/": a
    day, no time; set34 F11, a press office's feed without dates). Only links on the feed's own site (the host most
    of its links have) count, and only when at least LINKS_DATED undated entries' links carry days, LINKS_DATED
    different ones (a section's or an archive's date is the same on every link), and no link of the feed carries a
    day ahead of ``now`` (an events list's links carry the events' days; a day of tolerance for local days)."""
    undated = [i for i, d in enumerate(found) if d.when is None and not d.text]
    if len(undated) < LINKS_DATED or now is None:
        return found
    all_links = links()
    hosts = Counter(_host(link) for link in all_links)
    home = hosts.most_common(1)[0][0]  # (the feed's own site: a roundup's links to other sites carry their days)
    carried = {
        i: day for i, link in enumerate(all_links) if _host(link) == home and (day := link_date(link)) is not None
    }
    days = {carried[i] for i in undated if i in carried}
    ahead = now + dates.FUTURE_TOLERANCE  # (a site's days are local: Sydney's "/09/03/" while UTC is on the 2nd)
    if len(days) < LINKS_DATED or any(datetime(*day, tzinfo=UTC) > ahead for day in carried.values()):
        return found
    out = list(found)
    for i in undated:
        if i in carried and (when := datetime(*carried[i], tzinfo=UTC)) >= dates.EARLIEST:
            text = "/{}/{:02d}/{:02d}/".format(*carried[i])
            out[i] = EntryDate(when, "the link's path", text, "a day, no time: the feed gives no date")
    return out
