"""Dates as feeds write them, to UTC: RFC 822 and ISO 8601 and their variants,
day and month names in the major European languages, missing zones, two-digit
years, the usual slips ("Sept", "Thur", a missing comma, doubled spaces).

``parse_date`` is pure and cached. The fast path (``read_fast``) is a handful
of regular expressions and dictionaries and reads nearly every real feed's
dates. What it cannot read goes to ``dateparser`` (``read_slow``: imported
only then, restricted to the languages below, absolute dates only, day, month
and year all required). A date without a zone is read as UTC and says so
(``ParsedDate.offset is None``): parse.py then gives it the zone the feed's
other dates carry, if any. An all-numeric date ("18/05/04") is read alone day
first (month first when only that fits); ``numeric_orders`` and ``read_numeric``
let rawfeed.in_feed_zone read all of a feed's such dates in the one order they
fit. The month, day and zone names are data in bot/datenames.py.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from .datenames import LANGUAGES, MAX_OFFSET, ZONES, is_offset, language_of, month_of, zone_offset

__all__ = ["ParsedDate", "parse_date", "read_fast", "read_slow", "format_offset", "numeric_orders", "read_numeric"]

# Longer than this is prose, not a date: not worth the slow path's time.
MAX_LENGTH = 80
# Two-digit years, as RFC 2822 reads them: 00-49 are 2000-2049, 50-99 are 1950-1999.
PIVOT = 50
# Dates further ahead than this are mistakes (or tricks to stay on top).
FUTURE_TOLERANCE = timedelta(days=1)
# Dates before this are no dates: a zero value written out (Hugo's "Mon, 01 Jan 0001", the Unix epoch).
EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    when: datetime  # timezone-aware, UTC
    offset: int | None  # the zone the text gave, in minutes east of UTC; None: none given (UTC assumed)
    language: str = ""  # the language of the day and month names, when not English ("Portuguese")
    notes: tuple[str, ...] = ()  # what else was assumed: "two-digit year", "read by dateparser", ...

    @property
    def zone_assumed(self) -> bool:
        return self.offset is None

    def note(self) -> str:
        """A short parenthetical for provenance ("Portuguese names; no zone given: UTC assumed")."""
        parts = [f"{self.language} names"] if self.language else []
        parts += self.notes
        if self.offset is None:
            parts.append(self._unzoned("UTC assumed"))
        return "; ".join(parts)

    def in_zone(self, minutes: int) -> ParsedDate:
        """A zone-less date read again as local time at ``minutes`` east of UTC, the feed's zone."""
        assert self.offset is None
        why = self._unzoned(f"the feed's {format_offset(minutes)} assumed")
        return replace(self, when=self.when - timedelta(minutes=minutes), offset=minutes, notes=(*self.notes, why))

    def _unzoned(self, assumed: str) -> str:
        # (after 'zone "IST" not known' the reason is already said)
        return assumed if any(n.startswith("zone ") for n in self.notes) else f"no zone given: {assumed}"


def format_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zero_date(text: str) -> bool:
    """Whether a date's text reads as a date before EARLIEST, a zero value written out (or past year 1)."""
    try:
        date = parse_date(text)
    except OverflowError:
        return True
    return date is not None and date.when < EARLIEST


def parse_date(text: object) -> ParsedDate | None:
    """The date in ``text``, or None when neither path can read it."""
    if not isinstance(text, str):
        return None
    return read_fast(text) or read_slow(text) or read_range(text)


# An en or em dash between two dates, or a hyphen with spaces around it (never the hyphens of "2025-05-01").
_RANGE_DASH = re.compile(r"\s*[\u2013\u2014]\s*|\s+-\s+")


def read_range(text: str) -> ParsedDate | None:
    """The start of a range of dates, as an events feed writes its date ("1 Mar – 10 May 2025", "7 – 10 May 2025"):
    the end must read as a date; the start is read whole ("30 Dec 2024 – 2 Jan 2025") or with what it leaves to the
    end (the month, the year). None when ``text`` is no such range (set22 F6)."""
    parts = _RANGE_DASH.split(text.strip())
    if len(parts) != 2 or not parts[0] or len(text) > MAX_LENGTH or (end := read_fast(parts[1])) is None:
        return None
    words = parts[1].split()
    for start in (parts[0], *(parts[0] + " " + " ".join(words[k:]) for k in range(1, len(words)))):
        if (date := read_fast(start)) is not None:
            return replace(date, notes=(*date.notes, "the start of a range")) if date.when <= end.when else None
    return None


# --- the fast path --------------------------------------------------------------------------------

_TIME = (
    r"(?P<hour>\d{1,2})[:h](?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?"
)
_ZONE = r"(?P<zone>z|(?:gmt|utc|ut)?\s*[+-]\s?\d{1,2}(?::?\d{2})?|[a-z]{1,5})"
_WORD = r"[^\W\d_][^\W\d_.,-]*(?:-[^\W\d_]+)?\.?"

# 2018-09-24T13:21:00.123Z, 2018-09-24 13:21, 20180924T132100Z, 2018-09-24
_ISO = re.compile(
    r"(?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})"
    r"(?:(?:[T ]\s*|\s+)(?P<hour>\d{2}):?(?P<minute>\d{2})(?::?(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?)?"
    rf"\s*{_ZONE}?",
    re.I,
)
# Mon, 24 Sep 2018 13:21:00 +0000 and its relatives, in any of the languages above
_DAY_MONTH = re.compile(
    rf"(?:(?P<dayname>{_WORD}),?\s*)?(?P<day>\d{{1,2}})(?:\.|st|nd|rd|th|er|º)?[\s-]*(?:de\s+)?(?P<monthname>{_WORD})"
    rf",?[\s-]*(?:de\s+)?(?P<year>\d{{4}}|\d{{2}})(?:[\s,T]+(?:(?:at|um|a\s+las|às|as|à|alle|om|kl\.?|г\.?)\s*)?{_TIME})?"
    rf"\s*{_ZONE}?",
    re.I,
)
# September 24, 2018 1:21 PM EST
_MONTH_DAY = re.compile(
    rf"(?:(?P<dayname>{_WORD}),?\s+)?(?P<monthname>{_WORD})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf",?\s+(?P<year>\d{{4}})(?:,?\s+(?:at\s+)?{_TIME})?\s*{_ZONE}?",
    re.I,
)
# Mon Sep 24 13:21:00 2018 (asctime), Mon Sep 24 13:21:00 UTC 2018 (date(1))
_ASCTIME = re.compile(
    rf"(?:(?P<dayname>{_WORD}),?\s+)?(?P<monthname>{_WORD})\s+(?P<day>\d{{1,2}})\s+{_TIME}\s+(?:{_ZONE}\s+)?(?P<year>\d{{4}})",
    re.I,
)
# 24/09/2018 13:21, 24.09.2018, 2020/1/10 14:16:00, 09/24/2018
_NUMERIC = re.compile(
    rf"(?P<a>\d{{1,4}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<c>\d{{4}}|\d{{2}})(?:\.?[\s,T]+{_TIME})?\s*{_ZONE}?",
    re.I,
)
_COMMENT = re.compile(r"\s*\([^)]*\)")

# The two forms nearly every feed writes, exactly: read before anything else.
_STANDARD_RFC822 = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun), )?(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) (\d{4}) "
    r"(\d{2}):(\d{2}):(\d{2}) (?:([+-]\d{2})(\d{2})|(gmt|ut|utc|z|[ecmp][sd]t))",
    re.I,
)
_STANDARD_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6})\d*)?(?:([+-]\d{2}):(\d{2})|Z)", re.I
)
_EN_MONTHS = {
    m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)
}


def _standard(text: str) -> ParsedDate | None:
    if text[4:5] == "-":
        m = _STANDARD_ISO.fullmatch(text)
        if m is None:
            return None
        year, month, day, hour, minute, second, fraction, tzh, tzm = m.groups()
        micro = int(fraction.ljust(6, "0")) if fraction else 0
        offset = (int(tzh) * 60 + (int(tzm) if tzh[0] == "+" else -int(tzm))) if tzh else 0
    else:
        m = _STANDARD_RFC822.fullmatch(text)
        if m is None:
            return None
        day, month, year, hour, minute, second, tzh, tzm, name = m.groups()
        month, micro = _EN_MONTHS[month.lower()], 0
        offset = (int(tzh) * 60 + (int(tzm) if tzh[0] == "+" else -int(tzm))) if tzh else ZONES[name.lower()]
    if tzh and (abs(offset) > MAX_OFFSET or int(tzm) >= 60):
        return None  # no zone's offset: the general path reads the time and says so
    try:
        when = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, UTC)
        if offset:
            when -= timedelta(minutes=offset)
    except (ValueError, OverflowError):
        return None  # (the general path may still read it: 24:00, a leap second)
    return ParsedDate(when, offset)


@functools.lru_cache(maxsize=4096)
def read_fast(text: str) -> ParsedDate | None:
    """The date in ``text`` if the fast path can read it, else None."""
    text = text.strip()
    if not text or len(text) > MAX_LENGTH:
        return None
    if (standard := _standard(text)) is not None:
        return standard
    if "(" in text:  # "+0300 (MSK)": the comment is the zone's name, the offset says it all
        text = _COMMENT.sub("", text).strip()
    if text[:1].isdigit():
        if len(text) == 10 and text.isdigit():  # a Unix time (2001-2286)
            return ParsedDate(datetime.fromtimestamp(int(text), UTC), 0, "", ("a Unix time",))
        if (m := _ISO.fullmatch(text)) is not None:
            return _build(m, int(m["year"]), int(m["month"]), int(m["day"]))
        if (m := _DAY_MONTH.fullmatch(text)) is not None:
            return _named(m, m["year"])
        if (m := _NUMERIC.fullmatch(text)) is not None:
            return _numeric(m)
        return None
    if (m := _DAY_MONTH.fullmatch(text)) is not None:
        return _named(m, m["year"])
    for pattern in (_MONTH_DAY, _ASCTIME):
        if (m := pattern.fullmatch(text)) is not None:
            return _named(m, m["year"])
    return None


def _named(m: re.Match, year_text: str) -> ParsedDate | None:
    month = month_of(m["monthname"])
    if month is None:
        return None
    notes = []
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < PIVOT else 1900
        notes.append("two-digit year")
    return _build(m, year, month[0], int(m["day"]), language_of(m["dayname"], month[1]), notes)


def _numeric(m: re.Match, order: str = "") -> ParsedDate | None:
    """An all-numeric date; ``order`` ("DMY", "MDY", "YMD"): the order its feed writes
    (read_numeric), else the one read alone: day first, month first when only that fits."""
    a, b, c = m["a"], m["b"], m["c"]
    notes: list[str] = []
    if len(a) == 4:  # 2020/1/10: year, month, day
        if len(c) > 2:
            return None
        year, month, day = int(a), int(b), int(c)
    elif order == "YMD":  # 18/05/04: a two-digit year first
        year, month, day = _year(a, notes), int(b), int(c)
    elif len(a) <= 2:
        year = _year(c, notes)
        first, second = int(a), int(b)
        if order == "MDY" or (not order and second > 12 and first <= 12 and m["sep"] == "/"):  # 09/24/2018: US
            month, day = first, second
        else:
            day, month = first, second
            if not order and first <= 12 and second <= 12 and first != second and m["sep"] == "/":
                notes.append("day/month order assumed")
    else:
        return None
    return _build(m, year, month, day, "", notes)


def _year(text: str, notes: list) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < PIVOT else 1900
        notes.append("two-digit year")
    return year


def numeric_orders(text: str) -> tuple[str, ...]:
    """The orders an all-numeric date could be written in ("18/05/04 00:00": day, month or
    year first; "05/04/2018": day or month first); () for any other date. Which one a feed
    writes is decided over all its dates (rawfeed.in_feed_zone); read alone, day first."""
    text = text.strip()
    if not text[:1].isdigit() or not (text[1:2] in _SEPARATORS or text[2:3] in _SEPARATORS):
        return ()  # (most dates: a name or a four-digit year first)
    m = _NUMERIC.fullmatch(_COMMENT.sub("", text).strip() if "(" in text else text)
    if m is None or len(m["a"]) > 2:
        return ()
    us = ("MDY",) if m["sep"] == "/" else ()
    return ("DMY", *us, *(("YMD",) if len(m["a"]) == len(m["c"]) == 2 else ()))


_SEPARATORS = ("/", ".", "-")


@functools.lru_cache(maxsize=1024)
def read_numeric(text: str, order: str) -> ParsedDate | None:
    """An all-numeric date (numeric_orders) read in the given order; None when it is no
    date in that order."""
    text = text.strip()
    m = _NUMERIC.fullmatch(_COMMENT.sub("", text).strip() if "(" in text else text)
    return _numeric(m, order) if m is not None and order in numeric_orders(text) else None


def _build(m: re.Match, year: int, month: int, day: int, language: str = "", notes: list | None = None):
    zone = zone_offset(m["zone"])
    if zone is False:
        # An unknown or ambiguous name after a time ("IST", "XYZ"), or an offset no zone has
        # ("+3000": 30 hours; moving the time by it would be a bigger mistake than ignoring it):
        # the time stands, the zone is assumed, as for a date without one.
        text = m["zone"]
        if is_offset(text):
            why = f'zone "{text}" is no real offset'
        elif m["hour"] and text.isalpha() and text.isupper() and len(text) > 1:
            why = f'zone "{text}" not known'
        else:
            return None
        zone, notes = None, [*(notes or ()), why]
    hour = int(m["hour"] or 0)
    minute = int(m["minute"] or 0)
    second = int(m["second"] or 0)
    ampm = m["ampm"] if "ampm" in m.re.groupindex else None
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm[0] in "pP" else 0)
    micro = int((m["fraction"] or "0")[:6].ljust(6, "0"))
    extra = timedelta(0)
    if hour == 24 and minute == second == 0:  # 24:00 is the next day's midnight
        hour, extra = 0, timedelta(days=1)
    second = min(second, 59)  # a leap second
    try:
        when = datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC) + extra
        if zone:
            when -= timedelta(minutes=zone)
    except (ValueError, OverflowError):
        return None
    return ParsedDate(when, zone, language, tuple(notes or ()))


# --- the slow path --------------------------------------------------------------------------------

# dateparser's codes for the languages tried (the slow path is only as good as its list).
DATEPARSER_LANGUAGES = [
    "en",
    "pt",
    "es",
    "fr",
    "de",
    "it",
    "nl",
    "sv",
    "da",
    "nb",
    "pl",
    "cs",
    "ro",
    "tr",
    "ru",
    "fi",
    "ca",
]
_SLOW_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "DATE_ORDER": "DMY",
    "STRICT_PARSING": True,
}


@functools.cache
def _dateparser():
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - a dependency, but the fast path does without it
        return None
    return DateDataParser(languages=DATEPARSER_LANGUAGES, settings=_SLOW_SETTINGS, try_previous_locales=False)


@functools.lru_cache(maxsize=1024)
def read_slow(text: str) -> ParsedDate | None:
    """The date in ``text`` read by dateparser (imported on first use), or None."""
    text = text.strip()
    if not text or len(text) > MAX_LENGTH or not any(c.isdigit() for c in text):
        return None
    parser = _dateparser()
    if parser is None:
        return None
    try:
        data = parser.get_date_data(text)
    except Exception:  # noqa: BLE001 - a third-party parser on hostile input: unreadable, whatever it raised
        return None
    value = data.date_obj if data is not None else None
    if value is None or data.period not in ("day", "time"):
        return None
    code = (data.locale or "").split("-")[0]
    language = LANGUAGES.get(code, "") if code != "en" else ""
    if value.tzinfo is None:
        return ParsedDate(value.replace(tzinfo=UTC), None, language, ("read by dateparser",))
    offset = value.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return ParsedDate(value.astimezone(UTC), minutes, language, ("read by dateparser",))
