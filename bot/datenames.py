"""The names in feed dates, as data: month and day names in 21 languages and
the named time zones feeds use, with the lookups bot/dates.py reads them with.

Pure and small: the parse workers import it with bot/dates.py.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# --- names ----------------------------------------------------------------------------------------

LANGUAGES = {
    "en": "English", "pt": "Portuguese", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "pl": "Polish", "cs": "Czech",
    "ro": "Romanian", "tr": "Turkish", "ru": "Russian", "fi": "Finnish", "ca": "Catalan", "mk": "Macedonian",
    "bg": "Bulgarian", "sr": "Serbian", "uk": "Ukrainian",
}  # fmt: skip

# Month names (full, genitive where it differs, and the abbreviations in use), accents removed.
MONTH_NAMES = {
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
    # (South Slavic in Cyrillic and Ukrainian: a planet's dates in the mk_MK locale, "пон, 09 ное 2020 22:27:07 +0000",
    # set52 F1; NFKD-folded as fold() reads them: Ukrainian "і" has no dots to lose)
    "mk": "јануари јан | февруари фев | март мар | април апр | мај | јуни јун | јули јул | август авг"
          " | септември сеп | октомври окт | ноември ное | декември дек",
    "bg": "януари ян | февруари фев | март мар | април апр | май | юни | юли | август авг | септември сеп"
          " | октомври окт | ноември ное | декември дек",
    "sr": "јануар јан | фебруар феб | март мар | април апр | мај | јун | јул | август авг | септембар сеп"
          " | октобар окт | новембар нов | децембар дец",
    "uk": "січень січня січ | лютий лютого лют | березень березня бер | квітень квітня кві | травень травня тра"
          " | червень червня чер | липень липня лип | серпень серпня сер | вересень вересня вер"
          " | жовтень жовтня жов | листопад листопада лис | грудень грудня гру",
    "fi": "tammikuu tammikuuta tammi | helmikuu helmikuuta helmi | maaliskuu maaliskuuta maalis"
          " | huhtikuu huhtikuuta huhti | toukokuu toukokuuta touko | kesakuu kesakuuta kesa"
          " | heinakuu heinakuuta heina | elokuu elokuuta elo | syyskuu syyskuuta syys | lokakuu lokakuuta loka"
          " | marraskuu marraskuuta marras | joulukuu joulukuuta joulu",
    "ca": "gener gen | febrer feb | marc mar | abril abr | maig | juny | juliol jul | agost ago"
          " | setembre set | octubre oct | novembre nov | desembre des",
}  # fmt: skip

DAY_NAMES = {
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
    "mk": "понеделник пон | вторник вто | среда сре | четврток чет | петок пет | сабота саб | недела нед",
    "bg": "понеделник пон пн | вторник вт | сряда ср | четвъртък чт | петък пт | събота сб | неделя нд",
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
                assert known[0] == number or spec is DAY_NAMES, word
                known[1].add(lang)
    return {k: (n, frozenset(langs)) for k, (n, langs) in names.items()}, full


MONTHS, _FULL_MONTHS = _table(MONTH_NAMES)
_DAYS, _ = _table(DAY_NAMES)


def fold(word: str) -> str:
    """Lowercase, without a trailing dot, accents removed (but not from Cyrillic)."""
    word = word.lower().rstrip(".")
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        # NFKD takes the breve off Cyrillic й: put it back.
        word = word.replace("и\u0306", "й")
    return word


@functools.lru_cache(maxsize=512)
def month_of(word: str) -> tuple[int, frozenset[str]] | None:
    """A month's number and the languages that call it that; a longer or slipped
    spelling ("Sept", "Septmber", "Febr") counts when every name it could be agrees."""
    word = fold(word)
    known = MONTHS.get(word)
    if known is not None or len(word) < 3:
        return known
    for test in (lambda full: full.startswith(word), lambda full: full[:3] == word[:3]):
        numbers = {n for full, n in _FULL_MONTHS if test(full)}
        if len(numbers) == 1:
            return numbers.pop(), frozenset()
        if numbers:
            return None
    return None


def language_of(day: str | None, month_langs: frozenset[str]) -> str:
    """The language of the names, when it is not English: "" for English, numbers or unknown."""
    langs = month_langs
    if day:
        known = _DAYS.get(fold(day))
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
ZONES = {
    "z": 0, "gmt": 0, "ut": 0, "utc": 0, "wet": 0, "bst": 60, "west": 60, "cet": 60, "met": 60, "mez": 60,
    "cest": 120, "mest": 120, "mesz": 120, "eet": 120, "eest": 180, "msk": 180,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    "akst": -540, "akdt": -480, "hst": -600, "ast": -240, "adt": -180, "nst": -210, "ndt": -150,
    "brt": -180, "brst": -120, "art": -180, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "awst": 480,
    "acst": 570, "acdt": 630, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
}  # fmt: skip
_OFFSET = re.compile(r"(?:gmt|utc|ut)?\s*([+-])\s?(\d{1,2})(?::?(\d{2}))?", re.I)
MAX_OFFSET = 14 * 60  # minutes: every zone's offset is within ±14:00 (Kiribati's +14:00 the furthest)


def zone_offset(text: str | None) -> int | None | bool:
    """Minutes east of UTC; None when there is no zone; False when it is not one (an unknown
    name, or an offset no zone has: "+3000", "+0575"; ``is_offset`` tells which)."""
    if not text:
        return None
    m = _OFFSET.fullmatch(text)
    if m is None:
        return ZONES.get(text.lower(), False)
    sign, hours, minutes = m.groups()
    value = int(hours) * 60 + int(minutes or 0)
    if value > MAX_OFFSET or int(minutes or 0) >= 60:
        return False
    return -value if sign == "-" else value


def is_offset(text: str) -> bool:
    """Whether ``text`` is written as an offset ("+0300", "GMT-5"), a possible one or not."""
    return _OFFSET.fullmatch(text) is not None
