"""Whether a number's dot ends a sentence (bot/cuts.py's is_abbreviation asks). Pure.

A dot after a number is an ordinal's in German, Polish, the Scandinavian languages… ("am 3. Mai", "des 20.
Jahrhunderts", "1. FC Köln", "ze 107. rocznicą"), or a list item's ("crisis. 3. What we suspect…"); but
"…tal como anunciaron el 25 de enero de 2021. El programa…" and "…on Red Hat Enterprise Linux 7. Red Hat…"
end a sentence (set20 F8). A number's dot ends one when a capital (or a list's bullet) follows it, the next word
is no month ("25. Januar"), and the number is a year or a longer one (four digits or more: no ordinal in use is
written so), or it follows a word it counts or names: one with a capital, inside its sentence ("Linux 7.",
"ul. Konecka 45."; "Am 3." opens one), or a lower-case one before a three-digit number ("nr 742.", "z 269 do
267."; one or two digits after a lower-case word stay an ordinal: "vom 30. Chaos Communication Congress"),
never an article or a preposition that goes before a German ordinal ("zum 100. Geburtstag").
"""

from __future__ import annotations

import functools
import re

from .datenames import MONTHS, fold
from .runonmarks import korean_question_inside

# Before a German ordinal: articles, and prepositions with their article ("am 3. Mai", "zum 100. Mal", "Der 2.").
# The segmenter (bot/sentences.py) reads its parts by the same words: one list, not two that drift.
_BEFORE_ORDINAL_WORDS = (
    "am im ins zum zur vom beim der die das den dem des ein eine einem einen eines einer ab bis seit"
    " vor nach um ihr ihre ihrem ihren sein seine seinem seinen"
)
BEFORE_ORDINAL = frozenset(_BEFORE_ORDINAL_WORDS.split())
# (or a pictograph that leads the next paragraph of a social post: "…per il 2026 e 2027. 📊 Cosa cambia?", set31 F1)
_NEXT = re.compile(r"\s+(•|[\u2600-\u27bf\U0001f300-\U0001faff]|[^\W\d_][\w'’-]*)")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
# Articles and pronouns a sentence opens with, which never follow an ordinal ("der 7. Platz", "7. Juni"): the dot
# after a word's number (not a list's "1.") before one ends a sentence ("…le type UUID et sa version 7. Le support…",
# fljdin--index.xml in set31, F4).
_OPENER_WORDS = (
    "the this that these those it we they he she our le la les un une il elle nous ils ce cette der die das ein eine"
    " es wir sie er el los las una lo gli noi"
)
OPENERS = frozenset(_OPENER_WORDS.split())


def number_ends_sentence(text: str, start: int, dot: int) -> bool:
    """Whether the dot at ``dot`` after the digits text[start:dot] ends a sentence."""
    after = _NEXT.match(text, dot + 1)
    if (
        after is None
        or not (after[1] == "•" or after[1][0].isupper() or not after[1][0].isalpha())
        or fold(after[1]) in MONTHS
    ):  # (not "Jane")
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:  # (the text's first word: a list's number, "1. Install")
        return False
    word = before[1].strip("([\"'“«")
    if word.casefold() in BEFORE_ORDINAL:
        return False
    if dot - start >= 4:
        return True
    if not (word[:1].isalpha() and word[-1].isalnum()):  # (after a sentence's end or a colon: a list's number)
        return False
    if fold(after[1]) in OPENERS:  # (after a word, no ordinal goes before an article or a pronoun: "…version 7. Le…")
        return True
    if word[0].isupper():
        opens = text[: before.start(1)].rstrip()
        return bool(opens) and opens[-1] not in ".!?:…"  # (a capital inside a sentence, not its first word)
    return dot - start == 3


# A Roman numeral of two to six letters in its valid form, of I, V, X and L only ("II", "XIX", "XL"; not "CIVIL", "XML";
# one letter, "I." or "V.", is read as an initial or a pronoun elsewhere; not C, D, M: "CI", "CD", "DIV", "MIX" are
# acronyms and words far more often than ordinals, rev68c F4): an ordinal before a word all in lower case ("a II.
# ütemmel", "az V. ötéves", "a XIX. kerület"), never a sentence's end (set 68a F5: the excerpt ended "…Ebben a részben a
# II."); before a capital it may end one ("…World War II. The war…", "…Henry VIII. He…"), and before a brand written
# with a small letter first ("…Civilization VI. iPhone users…", "…Henry VIII. eBay…": rev68c F4).
_ROMAN = re.compile(r"(?=[IVXL]{2,6}$)(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def roman_ordinal(text: str, start: int, dot: int) -> bool:
    """Whether the dot at ``dot`` after text[start:dot] is a Roman numeral's ordinal (above): a lower-case word next."""
    after = _NEXT_WORD.match(text, dot + 1)  # (all of the word in lower case: not "iPhone", "eBay", "iOS")
    return after is not None and after[1].islower() and _ROMAN.match(text, start, dot) is not None


# A question or an exclamation in quotes, its marks closed: a sentence may go on after it ("…sınır kapıları, “daha
# çok var mı anne/baba?” soruları bazen…", lebeninsider--tr-index.xml in set28, F13; "“Play ball!” cries the umpire")
_ENDED = re.compile(r"[.!?…。！？][\"'”’)\]]*\s")  # (a sentence's end before another)
_ASK = frozenset(mark + closer for mark in "?!" for closer in "\"'”’)]")


@functools.lru_cache(maxsize=8)
def _first_end(text: str) -> int:
    """Where a text's first sentence end is (-1: none), found once per text (a text of many pauses asks for each): not
    a pause nor an abbreviation before a lower-case word, nor a dot after a short word or a figure ("Il dott. Rossi…",
    "U.S.", "z. B.", "1."): the review of set51 F6's fix."""
    for found in _ENDED.finditer(text):
        at = found.start()
        if text[found.end() : found.end() + 1].islower():
            continue
        word = text[text.rfind(" ", 0, at) + 1 : at]
        if text[at] == "." and (len(word) <= 4 or "." in word or word.isdigit()):
            continue
        return at
    return -1


_QUOTATIVE = frozenset("とってのをがにはもや")  # (Japanese particles after a quotation's closing bracket)


def goes_on_after(text: str, mark: str, end: int) -> bool:
    """Whether the sentence end ``mark`` (its punctuation and closers), ending at ``end``, is a quoted question's or
    exclamation's, or an ellipsis ("…", "...") in a text's first sentence, that its sentence goes on after: a lower-case
    word follows it (all of it: "iPhone sales…" is a sentence's start)."""
    if mark[-1:] in "」』" and text[end : end + 1] in _QUOTATIVE:
        return True  # (a quoted sentence its sentence goes on after: "「…天才なのか？」と感じられる…", set63's re-read)
    at = end - len(mark)
    if mark == "?" and korean_question_inside(text[max(0, end - 4) : end], text[end + 1 : end + 400]):
        return True  # (an indirect question's, "…살아있는지? 사람들은 … 궁금해서 … 봤었다.": set 69a F8)
    if mark[:2] in _ASK and _uncased(text[end + 1 : end + 2]) and _quoted_inside(text, mark[-1], at):
        return True  # (a script without case, a quote opened inside the sentence: "선생님은 “…누구요?” 주위…")
    pause = mark[0] == "…" or mark[0] == "." and text[at - 2 : at] == ".."
    if mark[:2] not in _ASK and not pause or not text[end + 1 : end + 2].islower():
        return False
    if pause and -1 < _first_end(text) < at:
        return False  # (an author's pause in the text's first sentence only: "…tra cui la mia anima… sta vivendo…",
    # set51 F6, cut there it read as a whole clause; later ones are cut at a sentence before them: '"Ten… nine…')
    word = text[end + 1 : end + 40].split(None, 1)
    return bool(word) and word[0].islower()


_OPENS = {"”": "“", "’": "‘", ")": "(", "]": "[", '"': '"', "'": "'"}


def _uncased(letter: str) -> bool:
    """Whether ``letter`` is a letter of a script without case (Hangul, Han, kana, Arabic, Hebrew, Thai…)."""
    return letter.isalpha() and not letter.isupper() and not letter.islower()


def _quoted_inside(text: str, closer: str, at: int) -> bool:
    """Whether the quote a question's mark at ``at`` closes with ``closer`` opened inside its sentence: words of the
    sentence stand before its opening mark (set64a F15: an excerpt was cut after "선생님은 “저 사람 누구요?”", no "…").
    A quote that opens its sentence may end it ("“누구요?” 그는 웃었다." is two), and so may one a colon announces
    ("그가 물었다: “누구세요?” 나는…": review rev64a 6)."""
    opening = text.rfind(_OPENS[closer], max(0, at - 200), at)
    head = text[max(0, opening - 40) : opening].rstrip()
    return opening > 0 and bool(head) and head[-1] not in '.!?…。！？:："”’)]»'


# A listing's terms on its last line, a price and then a quantity's or an offer's words ("$5 each or make offer",
# "20 € VB… negotiable"; not an item's price alone, "N64 TRANSFER PAK $10", a list's row): no heading for nothing after it, the ad's last line (set50 F9: craigslist's "…NO games! \n$5 each or make
# offer" lost it without a note)
_TERMS = re.compile(
    r"(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:[$€£¥]|(?i:eur|euro|usd|dollars?)\b))(?:[^\n]{0,40}?\b(?i:each|obo|or best offer"
    r"|or (?:make an? )?offer|negotiable|per (?:item|piece|unit)|firm)\b)"
)


def listing_terms(line: str) -> bool:
    """Whether a short line states a listing's terms (above)."""
    return len(line) <= 80 and _TERMS.match(line) is not None


# A date written with dots, day then month ("18. 1.", "3. 10. 2020": Czech, Slovak, German, Polish), which pysbd ends
# after each number: the month after its day, the year after both, go on with it.
_DAY_END = re.compile(r"(?:^|\s)(?:0?[1-9]|[12]\d|3[01])\.$")
_MONTH_NUMBER = re.compile(r"(?:0?[1-9]|1[0-2])\.(?:\s|$)")
_DAY_MONTH_END = re.compile(r"(?:^|\s)(?:0?[1-9]|[12]\d|3[01])\.\s(?:0?[1-9]|1[0-2])\.$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:\s|$)")


def date_goes_on(before: str, part: str) -> bool:
    """Whether ``part`` goes on a date that pysbd ended ``before`` inside: its month after the day, its year after
    the month."""
    end = before[-12:]
    return bool(_DAY_END.search(end) and _MONTH_NUMBER.match(part) or _DAY_MONTH_END.search(end) and _YEAR.match(part))
