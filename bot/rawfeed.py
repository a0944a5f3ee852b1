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

# A date as a link's path writes it: "/news/2025/09/02/slug" (a day), "/coluna/2025/12/slug" (a month).
_LINK_DATE = re.compile(r"/((?:19|20)\d\d)/([01]\d)(?:/([0-3]\d))?(?=/|$)")
# A build stamp: one exact time on at least this many entries (and on most of them).
_STAMPED_AT_LEAST = 3


def link_date(link: str) -> tuple[int, int, int] | None:
    """The (year, month, day) a link's path carries ("…/2025/09/02/slug"; day 0: only a month,
    "…/2025/12/slug"), or None. Never the query's or the host's digits."""
    if "/20" not in link and "/19" not in link:
        return None
    path = link.split("?", 1)[0].split("#", 1)[0]
    if "://" in path:
        rest = path.split("://", 1)[1]
        path = rest[rest.find("/") :] if "/" in rest else ""
    m = _LINK_DATE.search(path)
    if m is None:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3] or 0)
    try:
        datetime(year, month, day or 1)
    except ValueError:
        return None
    return year, month, day


def by_links(
    found: list[EntryDate], links: Callable[[], list[str]], build: object = "", *, now: datetime | None = None
) -> list[EntryDate]:
    """The entries' dates with those the feed does not give taken from their links' paths.

    An entry with no date takes the day its link carries ("/2025/09/02/": a day, no time, set34 F11).
    An entry whose date is the feed's build stamp (the channel's lastBuildDate, or one time on all
    its entries, on most of them and at least three: set34 F10) while its link carries another day
    or month takes the link's day, or none when the link gives only a month. Either only when the
    links carry distinct dates (a section's or an archive's date is the same on every link)."""
    undated = [i for i, d in enumerate(found) if d.when is None and not d.text]
    stamp = _stamp(found, build)
    if not undated and stamp is None:
        return found
    carried = {i: day for i, link in enumerate(links()) if (day := link_date(link)) is not None}
    out = list(found)
    days = [carried[i] for i in undated if i in carried and carried[i][2]]
    if len(days) == len(undated) >= 2 and len(set(days)) >= max(2, len(days) // 2):
        for i in undated:
            out[i] = _day_of(carried[i], "the feed gives no date", now) or found[i]
    if stamp is not None:
        stamped = [i for i, d in enumerate(found) if d.when == stamp]
        other = [i for i in stamped if i in carried and _disagrees(carried[i], stamp)]
        if len(other) * 2 > len(stamped) and len({carried[i] for i in other}) >= 2:
            first = found[stamped[0]]
            why = f'{first.field} "{first.text}" is the feed\'s build time, on {len(stamped)} of {len(found)} entries'
            for i in other:
                note = f"{why}, not this one's (its link says {carried[i][0]}/{carried[i][1]:02d})"
                out[i] = _day_of(carried[i], why, now) or EntryDate(None, found[i].field, found[i].text, note)
    return out


def _stamp(found: list[EntryDate], build: object) -> datetime | None:
    """The time most of the entries carry, at least three, when it is the feed's build time."""
    times = Counter(d.when for d in found if d.when is not None)
    if not times:
        return None
    when, count = times.most_common(1)[0]
    if count < _STAMPED_AT_LEAST or count * 2 <= len(found):
        return None
    if count == len(found):
        return when
    built = dates.parse_date(build) if isinstance(build, str) and build.strip() else None
    return when if built is not None and built.when == when else None


def _disagrees(carried: tuple[int, int, int], stamp: datetime) -> bool:
    year, month, day = carried
    return (year, month) != (stamp.year, stamp.month) or bool(day) and day != stamp.day


def _day_of(carried: tuple[int, int, int], why: str, now: datetime | None) -> EntryDate | None:
    """The day a link carries as an entry's date, "a day, no time" (None: only a month, or no real date)."""
    if not carried[2]:
        return None
    when = datetime(*carried, tzinfo=UTC)
    if when < dates.EARLIEST or now is not None and when > now + dates.FUTURE_TOLERANCE:
        return None
    text = f"/{carried[0]}/{carried[1]:02d}/{carried[2]:02d}/"
    return EntryDate(when, "the link's path", text, f"a day, no time: {why}")
