"""Dates as feeds write them, to UTC: RFC 822 and ISO 8601 and their variants,
day and month names in the major European languages, missing zones, two-digit
years, the usual slips ("Sept", "Thur", a missing comma, doubled spaces).

``parse_date`` is pure and cached. The fast path (``read_fast``) is a handful
of regular expressions and dictionaries and reads nearly every real feed's
dates. What it cannot read goes to ``dateparser`` (``read_slow``: imported
only then, restricted to the languages below, absolute dates only, day, month
and year all required). A date without a zone is read as UTC and says so
(``ParsedDate.offset is None``): parse.py then gives it the zone the feed's
other dates carry, if any.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

__all__ = ["ParsedDate", "parse_date", "read_fast", "read_slow", "format_offset"]

# Longer than this is prose, not a date: not worth the slow path's time.
MAX_LENGTH = 80
# Two-digit years, as RFC 2822 reads them: 00-49 are 2000-2049, 50-99 are 1950-1999.
PIVOT = 50


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


def parse_date(text: object) -> ParsedDate | None:
    """The date in ``text``, or None when neither path can read it."""
    if not isinstance(text, str):
        return None
    return read_fast(text) or read_slow(text)


# --- names ----------------------------------------------------------------------------------------

LANGUAGES = {
    "en": "English", "pt": "Portuguese", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "pl": "Polish", "cs": "Czech",
    "ro": "Romanian", "tr": "Turkish", "ru": "Russian", "fi": "Finnish", "ca": "Catalan",
}  # fmt: skip

# Month names (full, genitive where it differs, and the abbreviations in use), accents removed.
_MONTH_NAMES = {
    "en": "january jan | february feb | march mar | april apr | may | june jun | july jul | august aug"
          " | september sep sept | october oct | november nov | december dec",
    "pt": "janeiro jan | fevereiro fev | marco mar | abril abr | maio mai | junho jun | julho jul | agosto ago"
          " | setembro set | outubro out | novembro nov | dezembro dez",
    "es": "enero ene | febrero feb | marzo mar | abril abr | mayo may | junio jun | julio jul | agosto ago"
          " | septiembre setiembre sep sept set | octubre oct | noviembre nov | diciembre dic",
    "fr": "janvier janv jan | fevrier fevr fev | mars mar | avril avr | mai | juin | juillet juil"
          " | aout | septembre sept sep | octobre oct | novembre nov | decembre dec",
    "de": "januar jan janner jan | februar feb | marz mar mrz | april apr | mai | juni jun | juli jul"
          " | august aug | september sep sept | oktober okt | november nov | dezember dez",
    "it": "gennaio gen | febbraio feb | marzo mar | aprile apr | maggio mag | giugno giu | luglio lug"
          " | agosto ago | settembre set | ottobre ott | novembre nov | dicembre dic",
    "nl": "januari jan | februari feb | maart mrt mar | april apr | mei | juni jun | juli jul | augustus aug"
          " | september sep sept | oktober okt | november nov | december dec",
    "sv": "januari jan | februari feb | mars mar | april apr | maj | juni jun | juli jul | augusti aug"
          " | september sep | oktober okt | november nov | december dec",
    "da": "januar jan | februar feb | marts mar | april apr | maj | juni jun | juli jul | august aug"
          " | september sep | oktober okt | november nov | december dec",
    "nb": "januar jan | februar feb | mars mar | april apr | mai | juni jun | juli jul | august aug"
          " | september sep | oktober okt | november nov | desember des",
    "pl": "styczen stycznia sty | luty lutego lut | marzec marca mar | kwiecien kwietnia kwi | maj maja"
          " | czerwiec czerwca cze | lipiec lipca lip | sierpien sierpnia sie | wrzesien wrzesnia wrz"
          " | pazdziernik pazdziernika paz | listopad listopada lis | grudzien grudnia gru",
    "cs": "leden ledna | unor unora | brezen brezna | duben dubna | kveten kvetna | cerven cervna"
          " | cervenec cervence | srpen srpna | zari | rijen rijna | listopad listopadu | prosinec prosince",
    "ro": "ianuarie ian | februarie feb | martie mar | aprilie apr | mai | iunie iun | iulie iul"
          " | august aug | septembrie sep | octombrie oct | noiembrie noi | decembrie dec",
    "tr": "ocak oca | subat sub | mart mar | nisan nis | mayis may | haziran haz | temmuz tem"
          " | agustos agu | eylul eyl | ekim eki | kasim kas | aralik ara",
    "ru": "январь января янв | февраль февраля фев | март марта мар | апрель апреля апр | май мая"
          " | июнь июня июн | июль июля июл | август августа авг | сентябрь сентября сен сент"
          " | октябрь октября окт | ноябрь ноября ноя | декабрь декабря дек",
    "fi": "tammikuu tammikuuta tammi | helmikuu helmikuuta helmi | maaliskuu maaliskuuta maalis"
          " | huhtikuu huhtikuuta huhti | toukokuu toukokuuta touko | kesakuu kesakuuta kesa"
          " | heinakuu heinakuuta heina | elokuu elokuuta elo | syyskuu syyskuuta syys | lokakuu lokakuuta loka"
          " | marraskuu marraskuuta marras | joulukuu joulukuuta joulu",
    "ca": "gener gen | febrer feb | marc mar | abril abr | maig | juny | juliol jul | agost ago"
          " | setembre set | octubre oct | novembre nov | desembre des",
}  # fmt: skip

_DAY_NAMES = {
    "en": "monday mon | tuesday tue tues | wednesday wed weds | thursday thu thur thurs | friday fri"
          " | saturday sat | sunday sun",
    "pt": "segunda segunda-feira seg | terca terca-feira ter | quarta quarta-feira qua | quinta quinta-feira qui"
          " | sexta sexta-feira sex | sabado sab | domingo dom",
    "es": "lunes lun lu | martes mar ma | miercoles mie mi | jueves jue ju | viernes vie vi | sabado sab sa"
          " | domingo dom do",
    "fr": "lundi lun | mardi mar | mercredi mer | jeudi jeu | vendredi ven | samedi sam | dimanche dim",
    "de": "montag mo mon | dienstag di die | mittwoch mi mit | donnerstag do don | freitag fr fre"
          " | samstag sonnabend sa sam | sonntag so son",
    "it": "lunedi lun | martedi mar | mercoledi mer | giovedi gio | venerdi ven | sabato sab | domenica dom",
    "nl": "maandag ma | dinsdag di | woensdag wo | donderdag do | vrijdag vr | zaterdag za | zondag zo",
    "sv": "mandag man | tisdag tis | onsdag ons | torsdag tor | fredag fre | lordag lor | sondag son",
    "da": "mandag man | tirsdag tir | onsdag ons | torsdag tor | fredag fre | lordag lor | sondag son",
    "nb": "mandag man | tirsdag tir | onsdag ons | torsdag tor | fredag fre | lordag lor | sondag son",
    "pl": "poniedzialek pon | wtorek wt wto | sroda sr sro | czwartek czw | piatek pt pia | sobota sob"
          " | niedziela nd ndz nie",
    "cs": "pondeli po | utery ut | streda st | ctvrtek ct | patek pa | sobota so | nedele ne",
    "ro": "luni lun | marti mar | miercuri mie | joi | vineri vin | sambata sam | duminica dum",
    "tr": "pazartesi pzt | sali sal | carsamba car | persembe per | cuma cum | cumartesi cmt | pazar paz",
    "ru": "понедельник пн | вторник вт | среда ср | четверг чт | пятница пт | суббота сб | воскресенье вс",
    "fi": "maanantai ma | tiistai ti | keskiviikko ke | torstai to | perjantai pe | lauantai la | sunnuntai su",
    "ca": "dilluns dl | dimarts dt | dimecres dc | dijous dj | divendres dv | dissabte ds | diumenge dg",
}  # fmt: skip


def _table(spec: dict[str, str]) -> tuple[dict[str, tuple[int, frozenset[str]]], list[tuple[str, int]]]:
    """{name: (number, languages)} and [(full name, number)] from the lists above."""
    names: dict[str, tuple[int, set[str]]] = {}
    full: list[tuple[str, int]] = []
    for lang, text in spec.items():
        for number, group in enumerate(text.split("|"), 1):
            words = group.split()
            full.append((words[0], number))
            for word in words:
                known = names.setdefault(word, (number, set()))
                # A month name means one month in every language; a day name's languages are
                # kept whatever day it is ("ma" is Monday in Dutch, Tuesday in Spanish).
                assert known[0] == number or spec is _DAY_NAMES, word
                known[1].add(lang)
    return {k: (n, frozenset(langs)) for k, (n, langs) in names.items()}, full


_MONTHS, _FULL_MONTHS = _table(_MONTH_NAMES)
_DAYS, _ = _table(_DAY_NAMES)


def _fold(word: str) -> str:
    """Lowercase, without a trailing dot, accents removed (but not from Cyrillic)."""
    word = word.lower().rstrip(".")
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        # NFKD takes the breve off Cyrillic й: put it back.
        word = word.replace("и\u0306", "й")
    return word


@functools.lru_cache(maxsize=512)
def _month(word: str) -> tuple[int, frozenset[str]] | None:
    """A month's number and the languages that call it that; a longer or slipped
    spelling ("Sept", "Septmber", "Febr") counts when every name it could be agrees."""
    word = _fold(word)
    known = _MONTHS.get(word)
    if known is not None or len(word) < 3:
        return known
    for test in (lambda full: full.startswith(word), lambda full: full[:3] == word[:3]):
        numbers = {n for full, n in _FULL_MONTHS if test(full)}
        if len(numbers) == 1:
            return numbers.pop(), frozenset()
        if numbers:
            return None
    return None


def _language(day: str | None, month_langs: frozenset[str]) -> str:
    """The language of the names, when it is not English: "" for English, numbers or unknown."""
    langs = month_langs
    if day:
        known = _DAYS.get(_fold(day))
        if known is not None and (both := langs & known[1]):
            langs = both
    if not langs or "en" in langs:
        return ""
    names = sorted(LANGUAGES[code] for code in langs)
    return names[0] if len(names) == 1 else " or ".join(names) if len(names) == 2 else "non-English"


# --- zones ----------------------------------------------------------------------------------------

# Named zones feeds use: RFC 822's US zones (so CST is -06:00), BST as British Summer Time.
# Names too ambiguous to guess (IST: India, Ireland or Israel?) are left out: the time is read
# and the zone assumed, as for a date without one.
_ZONES = {
    "z": 0, "gmt": 0, "ut": 0, "utc": 0, "wet": 0, "bst": 60, "west": 60, "cet": 60, "met": 60, "mez": 60,
    "cest": 120, "mest": 120, "mesz": 120, "eet": 120, "eest": 180, "msk": 180,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    "akst": -540, "akdt": -480, "hst": -600, "ast": -240, "adt": -180, "nst": -210, "ndt": -150,
    "brt": -180, "brst": -120, "art": -180, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "awst": 480,
    "acst": 570, "acdt": 630, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
}  # fmt: skip
_OFFSET = re.compile(r"(?:gmt|utc|ut)?\s*([+-])\s?(\d{1,2})(?::?(\d{2}))?", re.I)


def _zone(text: str | None) -> int | None | bool:
    """Minutes east of UTC; None when there is no zone; False when it is not one."""
    if not text:
        return None
    m = _OFFSET.fullmatch(text)
    if m is None:
        return _ZONES.get(text.lower(), False)
    sign, hours, minutes = m.groups()
    value = int(hours) * 60 + int(minutes or 0)
    if value > 14 * 60 or int(minutes or 0) >= 60:
        return False
    return -value if sign == "-" else value


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
        offset = (int(tzh) * 60 + (int(tzm) if tzh[0] == "+" else -int(tzm))) if tzh else _ZONES[name.lower()]
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
    month = _month(m["monthname"])
    if month is None:
        return None
    notes = []
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < PIVOT else 1900
        notes.append("two-digit year")
    return _build(m, year, month[0], int(m["day"]), _language(m["dayname"], month[1]), notes)


def _numeric(m: re.Match) -> ParsedDate | None:
    a, b, c = m["a"], m["b"], m["c"]
    notes = []
    if len(a) == 4:  # 2020/1/10: year, month, day
        if len(c) > 2:
            return None
        year, month, day = int(a), int(b), int(c)
    elif len(a) <= 2:
        year = int(c)
        if len(c) == 2:
            year += 2000 if year < PIVOT else 1900
            notes.append("two-digit year")
        first, second = int(a), int(b)
        if second > 12 and first <= 12 and m["sep"] == "/":  # 09/24/2018: the US order
            month, day = first, second
        else:
            day, month = first, second
            if first <= 12 and second <= 12 and first != second and m["sep"] == "/":
                notes.append("day/month order assumed")
    else:
        return None
    return _build(m, year, month, day, "", notes)


def _build(m: re.Match, year: int, month: int, day: int, language: str = "", notes: list | None = None):
    zone = _zone(m["zone"])
    if zone is False:
        # An unknown or ambiguous name after a time ("IST", "XYZ"): the time stands, the zone is assumed.
        if not (m["hour"] and m["zone"].isalpha() and m["zone"].isupper() and len(m["zone"]) > 1):
            return None
        zone, notes = None, [*(notes or ()), f'zone "{m["zone"]}" not known']
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
