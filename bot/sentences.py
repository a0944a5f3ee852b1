"""Sentences: an article's lead (the start of its clean text) and its sentences.

The lead is the first LEAD_LENGTH characters of the article's cleaned body (bot/normalize.py), a line per block, cut
at a line end when one is near. Its sentences come from pysbd (rule-based sentence boundary detection, MIT, offline:
"Dr.", "U.S.", "2.4.1", "Nov. 3" and quotes do not end a sentence), block by block, so a sentence never spans two
paragraphs (but a block that ends at a comma, which the next goes on from); and where pysbd ends one at an
abbreviation the next words go on from ("m.in. Dariusz", "6 tys. złotych": every language's abbreviations, whatever
the text's), or at an ordinal ("ze 107. rocznicą", "do 26. januára"), the two parts are one sentence again.

pysbd costs about 3 µs a character (5 ms for a lead): too much for every entry of every changed feed, so the poller
segments only the articles that are new (bot/poller.py) and the store keeps the result (the article_texts table,
beside the lead); a story's summary (bot/summary.py) then only chooses among stored sentences.
"""

from __future__ import annotations

import functools
import re

from . import abbreviations
from .cuts import SENTENCE_END, non_latin_initial
from .datenames import MONTHS, fold
from .gluedtext import unspaced_marks
from .innerdots import dot_goes_on
from .numberends import BEFORE_ORDINAL, date_goes_on
from .quoting import bracket_goes_on, inside_quote, leading_marks
from .runonmarks import runs_on

# Characters of clean body text kept per article: enough for the sentences a
# summary chooses among (the excerpt is ~300), small enough to store for every article.
LEAD_LENGTH = 1500
# Opens a line of the lead that is inside a quote (bot/blocks.py's prose: what a post quotes, not its
# author's words), and each sentence of such a line as stored: the summary takes those only after the
# sentence that introduces the quote (bot/summary.py). Markdown's mark, so a model reading the lead sees it too.
QUOTED = "> "
# Opens a line of the lead that is a heading (an <h1>-<h6>, or bold phrases made one: bot/boldheads.py), kept whole
# as one "sentence": it names a part, it says nothing of what happened, so the summary never takes it (set37 F2b:
# "DeepSeek V3, 엑셀 지옥 탈출!" read as the story's first sentence). Markdown's mark, as QUOTED.
HEADING = "## "


def lead_text(text: str, limit: int = LEAD_LENGTH) -> str:
    """The start of a clean text (a line per block): whole lines up to ``limit``
    characters, and the line that crosses it cut there (its unfinished last
    sentence is left to the summary, which never picks one), without the spaces a source put before a
    comma or a full stop ("Final Four .": bot/gluedtext.py's unspaced_marks)."""
    text = unspaced_marks(text)
    if len(text) <= limit:
        return text
    end = text.rfind("\n", 0, limit + 1)
    if end >= limit // 2:
        return text[:end]
    return text[:limit]


@functools.cache
def _segmenter(language: str):
    import pysbd  # imported on first use: the parse workers load it only when they segment

    return pysbd.Segmenter(language=language, clean=False)


def split_sentences(text: str, language: str = "en") -> list[str]:
    """The sentences of a clean text, in order, each stripped; blocks (lines) are
    segmented one by one. The sentences are the text's own characters (a quoted line's
    each with its mark, ``QUOTED``). A list item is one, with its bullet, however many it
    holds: its second sentence says what it does only after its first ("Use code X to get
    20% off.", "They're about to sell out!"; set21's digest 72: two news items' sentences
    run together), so none of it is a summary's (bot/summary.py takes no list item)."""
    segmenter = _segmenter(language)
    out: list[str] = []
    for line in _clauses_joined(text.splitlines()):
        mark = QUOTED if line.startswith(QUOTED) else ""  # (a quoted line's sentences keep its mark)
        line = line[len(mark) :].strip()
        if not line:
            continue
        if _ITEM.match(line) or line.startswith(HEADING):
            out.append(mark + line)
            continue
        parts = [s for part in segmenter.segment(line) for s in _at_script_stops(part.strip()) if s]
        out += [mark + s for s in _rejoined(line, parts)]
    return out


# A sentence end pysbd's English rules do not know: Devanagari's and Bengali's "।" (or the " | " a Hindi writer types
# for it) and Arabic script's "؟" and "۔" (set33 F4: "…कहते हैं। इन्वेस्टमेंट में…" was one sentence).
_SCRIPT_STOP = re.compile(r"(?:[।॥؟۔]|\|(?<=[\u0900-\u0dff] \|))[\"'”’»)]*(?=\s)")


def _at_script_stops(part: str) -> list[str]:
    """A part of pysbd's, split after each such sentence end."""
    if _SCRIPT_STOP.search(part) is None:
        return [part]
    out, start = [], 0
    for m in _SCRIPT_STOP.finditer(part):
        out.append(part[start : m.end()].strip())
        start = m.end()
    return [*out, part[start:].strip()]


# A block that ends in the middle of its sentence, at a clause mark (set15 finding 5: "…2020 年考的驾照，" and then
# "5 年间很少有机会开车，…。" in the next <p>); and a list item, which is its own line whatever it ends with.
# Not at ";": a list's items end with one ("1 骑摩托…；", "2 …；"). Nor after a greeting, a short line ("Dear Hodlers,",
# "站长您好，"): the letter starts after it.
_CLAUSE_END = re.compile(r"[,，、]$")
_SHORT_LINE = 4  # words (a line written without spaces: 2 characters a word)
# A list item's bullet ("1-" too, set39 F3; not "10- and 30-year…", "5- to 7-year-olds"): bot/usable.py's too.
BULLET = r"(?:[-*•–]|\d{1,3}[.)]|\d{1,3}-(?!\s+(?:and|or|to|und|oder|bis|et|ou|à|y|o|a|e)\s+\d))\s"
_ITEM = re.compile(BULLET)


def _clauses_joined(lines: list[str]) -> list[str]:
    """The lines, but a line that ends at a clause mark joined with the next (of the same kind: both quoted or
    neither, neither a list item): one sentence across two blocks is one sentence (without a space after a
    full-width mark)."""
    out: list[str] = []
    for line in lines:
        last = out[-1].rstrip() if out else ""
        if (
            _CLAUSE_END.search(last)
            and not _short(last)
            and line.strip()
            and line.startswith(QUOTED) == last.startswith(QUOTED)
            and not _ITEM.match(line.removeprefix(QUOTED).lstrip())
            and not _ITEM.match(last.removeprefix(QUOTED).lstrip())
            and not line.startswith(HEADING)
            and not last.startswith(HEADING)
        ):
            line = line.removeprefix(QUOTED).strip()
            out[-1] = last + ("" if last[-1] > "\u3000" else " ") + line
        else:
            out.append(line)
    return out


def _short(line: str) -> bool:
    if any(c > "\u3000" for c in line):  # CJK, kana: no spaces between words
        return len(line) <= 2 * _SHORT_LINE
    return line.count(" ") < _SHORT_LINE


# A "." that starts a name rather than ending a sentence: after a space, "/", "~" or a glob's "*"
# and followed at once by the name (".pkl", "~/.ssh", ".NET", ".env", "*.pyc").
_NAME_DOT = re.compile(r"(?:^|[\s/~(*])\.$")
# A part that ends inside a web address, at its query's "?" or a dot, the next part going on at once.
_IN_ADDRESS = re.compile(r"(?:https?://|www\.)[!#-~]*[?.!]$")  # (ASCII only: Chinese runs on from an address)
# A part that opens with a member's dot, nothing before it: code's call chain ("sharedInstance()?.stopListening()").
_MEMBER = re.compile(r"\.[A-Za-z_]\w*\(")
# A "!" or "?" between code's characters, nothing after it: an operator's ("…=== null)return!1;", "a?b:c"; set58 F7),
# a method's name before a Japanese particle ("positive?やnegative?で", set61), no sentence's end; but after a wide
# character ("太好了!React…"), before a capital ("…morskich?Dane…") or a footnote's number ("…zione!1 È…") it ends one.
_CODE_MARK = re.compile(r"[!-~][!?](?:[a-z;(=]|\d+[;)\]])|[a-z]\?[\u3041-\u3096]")


# The capitals of an abbreviation before a dot pysbd ended a sentence at: "Ε.Ε", "ΗΠΑ" (its English rules know
# "U.S." and "E.U.", not Greek's or Cyrillic's).
_CAPITALS_DOT = re.compile(r"(?:^|[\s(«\"“])((?:[^\W\d_]\.?){1,5})\.$")


def _rejoined(line: str, parts: list[str]) -> list[str]:
    """pysbd's sentences of a line, but for the ends it makes at a dot that starts a
    file or product name ("a malicious .pkl file", "~/.ssh/authorized_keys", "[Content_Types].xml": a bracket's
    end, a lower-case letter at once) or a method ("x()?.stop()"): those
    two parts are one sentence again (nothing stands between them in the line); and
    for those at an abbreviation in capitals that the next part goes on from: its next
    letter at once ("της Ε." / "Ε , η σύσταση…"), or a comma or a lower-case word after it
    ("Ε." / ", θα χρηματοδοτηθεί…": a sentence starts with neither); and for those inside a Japanese quote
    (bot/quoting.py): the quoting sentence goes on after it (「…把握してますか？…」と訪ねたところ、…", "…したい！と言い出した。")."""
    if len(parts) < 2 or not any(mark in line for mark in ".「『．！？!?。"):
        return parts
    out = [parts[0]]
    at = line.find(parts[0]) + len(parts[0])
    for part in parts[1:]:
        start = line.find(part, at)
        if start == at and (
            _NAME_DOT.search(out[-1][-2:]) or _MEMBER.match(part) or _syllables_dotted(out[-1], part)
            or _CODE_MARK.match(out[-1][-2:] + part[:6])  # ("return!" / "1;": set58 F7)
            or (out[-1][-2:] == "]." and part[:1].islower())  # (a name's: "[Content_Types].xml", set44 F12)
            or _IN_ADDRESS.search(out[-1][-300:])  # ("…/id799131292?" / "mt=2": an address's query, set36's re-read)
        ):  # fmt: skip
            out[-1] += part
        elif start == at and (marks := leading_marks(line, start, part)):  # ("…！" / "！そして…"; "。" / "）…": set63)
            out[-1] += marks
            rest, end = part[len(marks) :].strip(), start + len(marks)
            if rest and (inside_quote(out[-1], line, end, rest) or bracket_goes_on(line, end)):  # ("（…？）" / "田村…")
                out[-1] += part[len(marks) :]  # ("…便利かなぁ。" / "。と思い始めた。": set55 F10)
            else:
                out += [rest] if rest else []
        elif start >= at and (
            _comma_led(out[-1], part)
            or dot_goes_on(out[-1], line, at, part)
            or inside_quote(out[-1], line, start, part)
            or _wide_dot_inside(out[-1])
            or _goes_on(out[-1], line[at:start], part)
            or _after_abbreviation(out[-1], line[at:start], part)
            or _after_ordinal(out[-1], line[at:start], part)
            or _before_surname(out[-1], line[at:start], part)
            or _after_title_mark(out[-1], line[at:start], part)
            or runs_on(out[-1], line[at:start], part)  # (set 69a F8, set 69b F8 and F9)
        ):
            out[-1] += line[at:start] + part
        else:
            out.append(part)
        at = (start if start >= 0 else at) + len(part)
    return out


def _comma_led(before: str, part: str) -> bool:
    """Whether pysbd ended a sentence at a dot a comma follows (an abbreviation's: "…23 lipca 2025 r." / ", wieczorem,
    przesłaliśmy…", set41 F6): no sentence opens with a comma or a semicolon (a smiley may: ";-)")."""
    return part[:1] in ",;" and (part[1:2].isspace() or part[1:2].isalnum()) and before[-1:] == "."


# An abbreviation's letter in a Brahmic script (Devanagari to Sinhala: no letter case, "।" ends their sentences): a
# syllable or two, a consonant and its signs, after a space, "(" or the dot before; and the next one, before a dot,
# a comma, ":", ";" or ")" ("ई.टी.एफ,", "(एस.जी.बी)"). Read at the ends only (a joined part grows).
_BRAHMIC_DOT = re.compile(r"(?:^|[\s(.])[\u0900-\u0dff]{1,3}\.$")
_BRAHMIC_NEXT = re.compile(r"[\u0900-\u0dff]{1,3}[.,;:)]")


def _syllables_dotted(before: str, part: str) -> bool:
    """Whether pysbd ended a sentence inside an abbreviation written with a Brahmic script's letters, nothing between
    its dots ("गोल्ड ई.टी.एफ, क्या…": set33 N1, a summary showed "एफ, क्या…"); not two sentences glued at a dot
    ("…खाना खाया.फिर मैं…")."""
    return _BRAHMIC_DOT.search(before[-8:]) is not None and _BRAHMIC_NEXT.match(part) is not None


def _wide_dot_inside(before: str) -> bool:
    """Whether a sentence pysbd ended at a full-width "．" that ends none: one after a character that is no kana (a
    Chinese name's "莫．康福斯", a list's "４．"); after kana it is Japanese technical writing's full stop."""
    return before.endswith("．") and SENTENCE_END.search(before[-2:]) is None  # (cuts' own: after kana)


# A number and its dot before a lower-case word: an ordinal ("rozegrana 2. kolejka", "am 3. oktober"), not an end;
# nor before a month's name ("am 3. Oktober", "den 25. Januar"), nor after a German article or preposition that
# an ordinal follows ("Anfang des 20. Jahrhunderts", "im 19. Jahrhundert"); a range of days too ("…5.–8. October": set 66a F6)
_ORDINAL = re.compile(r"(?:^|\s)(\w+\s)?(?:\d{1,2}\.\s?[-–]\s?)?\d{1,3}\.$")
_FIRST_WORD = re.compile(r"[\"'„“«(]*([^\W\d_]+)")


def _after_ordinal(before: str, between: str, part: str) -> bool:
    ordinal = None if between.strip() else _ORDINAL.search(before[-24:])
    if ordinal is None:
        return False
    if part[:1].islower() or (ordinal.group(1) or "").strip().casefold() in BEFORE_ORDINAL:
        return True
    if date_goes_on(before, part):  # ("V sobotu 18. 1. proběhl…", "Am 3. 10. 2020 war…")
        return True
    word = _FIRST_WORD.match(part)
    return word is not None and fold(word.group(1)) in MONTHS and word.group(1) != "May"  # ("…was 12. May I…")


def _goes_on(before: str, between: str, part: str) -> bool:
    """Whether a part goes on with the sentence before it, which pysbd ended at an abbreviation in capitals."""
    m = _CAPITALS_DOT.search(before, max(0, len(before) - 12))
    if m is None or not m.group(1).replace(".", "").isupper() or between.strip():
        return False
    return (not between and part[:1].isalpha()) or part[:1] in ",;" or part[:1].islower()


def _after_title_mark(before: str, between: str, part: str) -> bool:
    """Whether pysbd ended a sentence at a single "?" or "!" with nothing between and the next part goes on in lower
    case: a bracket ("…к статье Почему инстаграм популярен? (ссылка ведёт на АШ) обнаружилось…", set49 F18), a word (a
    button's: "La fonction Forgot Password? sur le site…", set61 F7), after a letter and a space, not a label nor a path."""
    return (
        before[-1:] in "?!"
        and before[-2:-1] not in "?!"
        and not between.strip()
        and (part[0] == "(" or between == " " and before[-2:-1].isalpha())  # (a word: "Password? sur", not "名?param=")
        and (part[0] == "(" and part[1:2].islower() or part.split(None, 1)[0].isalpha() and part[:1].islower())
    )


# Initials at the end of a part, by ones or twos ("А. С.", "В.В.", "Дж."), and a capitalised word next (a surname).
_INITIALS = re.compile(r"(?:^|[\s(«\"“）)（])((?:[^\W\d_]{1,2}\.\s?)*[^\W\d_]{1,2})\.$")  # ("（苏）Ｎ.Ａ.伊万诺夫")


def _before_surname(before: str, between: str, part: str) -> bool:
    """Whether pysbd ended a sentence at a name's initial, written in another alphabet than Latin
    (its English rules keep "J. R. R. Tolkien" and "Plan B." whole, not Cyrillic's or Greek's: "А. С. Пушкин",
    "В.В. Путин", "Дж. Байден", "Κ. Μητσοτάκης"), and the next part starts with a capitalised word: its name.
    An initial is a capital alone, or a capital and a consonant ("Дж", "Вл")."""
    m = _INITIALS.search(before, max(0, len(before) - 16))
    first = part.lstrip('"„“«')
    han = first[:1] >= "\u3400" and first[:1] <= "\u9fff"  # (a name in Chinese characters: "Ｎ.Ａ.伊万诺夫", set23 D1)
    if m is None or between.strip() or len(first) < 2 or not (first[0].isupper() or han):
        return False
    if not (han or first[1].islower() or first[1] == "." and first[0] > "\u024f"):
        return False  # (a surname, or the next initial: "А." / "С. Пушкин")
    # (Latin initials are left to pysbd's own rules)
    return all(non_latin_initial(initial) for initial in re.split(r"\.\s?", m.group(1)))


# The word before a dot pysbd ended a sentence at, and the first letter of the next part (past a quote mark).
_LAST_WORD = re.compile(r"(?:^|[\s(„“\"'])([^\W\d_]+(?:\.[^\W\d_]+)*)\.$")
_FIRST_LETTER = re.compile(r"[\"'„“«(]*(\w)")
_VOWELS = frozenset("aeiouyáàâäãåæéèêëíìîïóòôöõøœúùûüýÿąęėįųůěаеёиоуыэюяіїєαεηιουωάέήίόύώ")
# Abbreviations pysbd's lists (of every language it knows) lack, lower case: Polish (set15 finding 5:
# "blisko 6 tys. złotych", "tzw. zielone projekty", "ok. 3000 zł"), by the word before the dot.
_POLISH = "tys mln mld tzw godz ks św im pw woj pow gm wg jw ww lek mgr inż dyr prez red nr ul al pl os płk mjr kpt bp abp hab"
_MORE_ABBREVIATIONS = frozenset(_POLISH.split())
# ... and of those (and of any with a dot inside, "m.in.", "z.B."), the ones a name follows: before
# a capital they never end a sentence ("przy ul. Marii", "ks. Tymoteusz Górecki", "Szkoła im. Jana"; "… feat. Nerves",
# set29 F18).
_TITLES = "ul al pl os ks św im pw gen płk ppłk mjr kpt rtm ppor kpr plut asp szt kom podkom nadkom sierż bp abp hab p"
# (Bulgarian "гр. София", "бул. „…“", "ж.к." and Greek "ο κ. Τόσκας", "η κα …": set24 F5)
_TITLES += " ".join(("", *abbreviations.TITLES, "пл κ κα κκ feat"))
_BEFORE_A_NAME = frozenset(_TITLES.split())
# ... and the ones a number follows ("godz. 18:00", "nr 3": pysbd's English "No."/"art." and more).
_UNITS = "godz ok nr no nos art pkt poz ust str tel ca pp num núm pag pág fig vol"
_BEFORE_A_NUMBER = frozenset(_UNITS.split())
# ... and the ones that stand inside a sentence whatever follows ("tj. Przedsiębiorstwo…", "np. 5 osób": Polish "that
# is", "for example"; German "vgl."): set15's ePiotrkow ended a summary's sentence at "…sieci wodociągowej tj.".
_INSIDE = frozenset(["tj", "np", "tzn", "vgl", "evtl", *abbreviations.INSIDE])  # (German "bzw. Canary…": set24 F5)
# A letter alone before a dot and a clock time: an abbreviated word ("mecz, g. 17:30": Polish "godzina"), but not a
# unit after a number ("It weighs 100 g. 5 people carried it.").
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\b")
_AFTER_A_NUMBER = re.compile(r"\d\s*\w\.$")
# An abbreviation with a dot inside: letters by ones and twos ("m.in.", "z.B.", "p.n.e."), not a name ("micro.blog").
_DOTTED = re.compile(r"[^\W\d_]{1,2}(?:\.[^\W\d_]{1,3})+")
# A web address next ("…estamos bien. pic.twitter.com/…"), or a name in lower case but for a capital inside
# ("iPhone", "eBay"): their own sentence.
_ADDRESS = re.compile(r"\S*[./]\w|[^\W\d_A-Z]+[A-Z]")
# A time zone after "a.m."/"p.m." ("EDT", "ET", "CET", "UTC", "GMT"), then no sentence's first word, or its own end
# ("…at 8 p.m. ET."): the clock's own.
_ZONE_NEXT = re.compile(r"(?:[ECMPA][SD]?T|[A-Z]{1,2}[SD]T|[CEW]ET|UTC|GMT)(?:[,;.)]|\s+[a-z\d(]|$)")


@functools.cache
def _abbreviations() -> frozenset[str]:
    """Every abbreviation of pysbd's languages (the word before the dot, lower case)."""
    from pysbd.languages import LANGUAGE_CODES

    return (
        frozenset(
            a.casefold().rstrip(".")
            for language in LANGUAGE_CODES.values()
            for a in language.Abbreviation.ABBREVIATIONS + language.Abbreviation.PREPOSITIVE_ABBREVIATIONS
        )
        | _MORE_ABBREVIATIONS
    )


def _after_abbreviation(before: str, between: str, part: str) -> bool:
    """Whether pysbd ended a sentence at an abbreviation the next part goes on from: a lower-case
    word after an abbreviation of any language (pysbd's Polish mode knows "ul." but splits at "m.in.",
    "tys.", "tzw."), or after one with a dot inside ("m.in.", "z.B.") or without a vowel ("mł.", "bzw.");
    a capital after one with a dot inside (but "a.m."/"p.m.") or one a name follows ("ul.", "ks."); a number
    after one a number follows ("godz.")."""
    if between.strip():
        return False
    word, first = _LAST_WORD.search(before[-20:]), _FIRST_LETTER.match(part)
    if word and abbreviations.magnitude(word[1], before[: -len(word[1]) - 1], between + part):  # (set64a F16)
        return True
    if word is None or first is None or _ADDRESS.match(part):
        return False
    if first.group(1).isdigit() and abbreviations.street_before_number(word.group(1), part):
        return True  # (a street's name before its number: "Universitätsstr. 150")
    if word.group(1) in ("a.m", "p.m"):  # (a clock's zone goes on: "…2:20 p.m. EDT to cellphones…", set30 F7)
        return _ZONE_NEXT.match(part) is not None
    if not word.group(1)[0].islower():  # (but a dotted one before a number: "samochód Sd.Kfz. 222 z epoki")
        dotted = word.group(1).casefold()
        if abbreviations.title_before_name(word.group(1), before[: -len(word.group(1)) - 1], part):
            return True  # ("Adm.dir. Steinar Våge…", "The Sr. VP for…": set53 F4)
        if abbreviations.capitals_go_on(
            word.group(1), (between or " ") + part
        ):  # ("El Burgos C.F. está…": set36 F8, as cuts.py)
            return True
        return first.group(1).isdigit() and _DOTTED.fullmatch(dotted) is not None and dotted not in ("a.m", "p.m")
    word_ = word.group(1).casefold()
    if word_ in _INSIDE or abbreviations.before_lower(word_, part):
        return True
    if first.group(1).islower():
        return _DOTTED.fullmatch(word_) is not None or not _VOWELS.intersection(word_) or word_ in _abbreviations()
    if first.group(1).isdigit():  # "o godz. 18:00", "art. 288", "No. 5", "m.in. 30", "g. 17:30"
        if len(word_) == 1:  # (or "n." before one, "numero": "Consiglio Comunale n. 25 del…", set23 D1)
            return (word_ == "n" or _CLOCK.match(part) is not None) and _AFTER_A_NUMBER.search(before) is None
        return word_ in _BEFORE_A_NUMBER or (_DOTTED.fullmatch(word_) is not None and word_ not in ("a.m", "p.m"))
    if not first.group(1).isupper():
        return False
    if _DOTTED.fullmatch(word_):
        return word_ not in ("a.m", "p.m")
    return word_ in _BEFORE_A_NAME and not (word_ == "al" and before[:-3].rstrip().endswith("et"))


def sentences_of(leads: list[str]) -> list[str]:
    """For the parse workers: each lead's sentences, a line each (how the store keeps them)."""
    return ["\n".join(split_sentences(lead)) for lead in leads]
