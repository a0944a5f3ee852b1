"""Where a text may end: sentence ends (an abbreviation's dot is none), lines
that read as headings, and the punctuation a cut leaves off. Shared by the
excerpt (bot/excerpt.py) and the stand-in title (bot/titles.py). Pure.
"""

from __future__ import annotations

import re
import unicodedata

from .abbreviations import DOTTED_CAPITALS, ETC, INSIDE, TITLES, before_lower, capitals_go_on, ends_clause, shortened
from .furtherreading import without_further
from .numberends import goes_on_after, listing_terms, number_ends_sentence
from .parens import in_aside
from .photocredits import without_credit_end as without_credit_end  # (re-exported: the excerpt's, set63 F4)
from .pointers import announced, counted, ends_pointing_at_link, points_at_page, says_what_follows
from .quoting import quoted_at
from .sectionrules import RULE_MARKS as RULE_MARKS  # (re-exported: a rule between sections, cuts.is_rule)
from .sectionrules import is_dinkus as is_dinkus
from .sectionrules import is_rule as is_rule
from .titlewords import casefolded_words

WIDE_STOP = r"(?:[。！？।॥؟۔]|．(?<=[ぁ-ゖァ-ヺー]．)|\|(?<=[\u0900-\u0dff] \|)(?=\s|$))"  # ("．" after kana; "।", "؟", Hindi's " | ": set33 F4)
SENTENCE_END = re.compile(rf"[.!?…](?:[\"'”’)\]]*)(?=\s|$)|{WIDE_STOP}(?:[」』”’)]*)")
_SENTENCE_CLOSERS = frozenset("\"'”’)]」』")
ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp",
     "no", "fig", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "u.s", "u.k", "a.m", "p.m", *INSIDE, *TITLES]
)  # fmt: skip
CUT_PUNCTUATION = " ,;:-–—(/[«\"'“‘，、"
# Pictographs a sentence's end may have after it ("…WWDC time! 🚀😍🎉"): emoji, dingbats, their joiners and selector.
PICTOGRAPHS = "\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff"
# What a block may end with to have another block follow it in an excerpt (a sentence's end with pictographs too).
BLOCK_END = re.compile(
    rf"(?:(?:[.!?…](?:[\"'”’»)\]]*)|{WIDE_STOP}(?:[」』”’)]*))(?:\s?[{PICTOGRAPHS}]+)?|:[\"'”’»)\]]*|：[」』”’)]*)$"
)
# What a block that goes on in the next one ends with: a clause mark ("…可以获得40g蛋白质，", "…fast;"), or
# a spaced dash (one sentence a <div>: "…to my Quiltville Post Office studio -" / "The road was empty.").
CLAUSE_END = re.compile(r"(?:[，、；﹐]|(?<=\w)[,;]|\s[-–—])$")
# Articles, prepositions and conjunctions: lower case in a Title Case heading; never the last word before a cut's "…".
MINOR_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "vs", "via", "with"]  # English
    + ["de", "des", "du", "la", "le", "les", "et", "von", "und", "der", "die", "das", "el", "los", "y"]  # French, German, Spanish
    # Russian and Ukrainian prepositions and conjunctions ("Потрібно зробити логотип для" / "Агенції…": a job ad's line)
    + ["в", "во", "на", "с", "со", "к", "по", "для", "из", "от", "до", "и", "или", "з", "із", "від", "та", "і", "й", "чи", "або"]
)  # fmt: skip
# A conjunction that opens a line goes on with the line before it, when that one ends no sentence
# ("…Агенції Нерухомості «Об‘єкт»" / "Та підібрати кольорову гамму.")
CONJUNCTIONS = frozenset(["and", "or", "but", "и", "или", "а", "но", "та", "і", "й", "чи", "або", "але"])
_ENDS_SENTENCE = re.compile(rf"[.!?…。！？．，、：；\"”’),;:]$|[.!?…。！？．]\s?[{PICTOGRAPHS}]+$")


_OPENING = {"【": "】", "〖": "〗", "［": "］", "＜": "＞", "〈": "〉", "《": "》"}


def is_heading(paragraph: str) -> bool:
    """A short line without sentence punctuation ("Summary", "Update 2"), or a line in
    lenticular (or other wide) brackets, as Chinese and Japanese set a heading ("【德國大選結果說明了什麼？】")."""
    p = paragraph.strip()
    if p[:1] in _OPENING and p[-1:] == _OPENING[p[0]] and p.count(p[-1]) == 1 and len(p) <= 60:
        return True  # (and the other brackets a label stands in: "＜プレスリリース資料＞", "〈お知らせ〉")
    return (
        len(p) <= 60
        and len(p.split()) <= 8
        and not _ENDS_SENTENCE.search(p)
        and not p.startswith(("•", "+ ", "- "))  # (a list item, "+ Added", "- Removed": set55 F2)
        and not is_spaceless(p)
    )


# A heading over a how-to's steps (release notes, a README): no story follows it (set21 F11: windhawk's "Quick start").
INSTRUCTIONS = re.compile(r"(?i)how to (?:use|install)|quick ?start|usage|install(?:ation)?|set ?up|getting started")
WHOLE_SHARE = 0.33  # of the limit, that whole sentences fill for an excerpt to end with them (not "…"; set18 F5)


def last_sentence_end(text: str, limit: int, start: int = 0) -> int:
    """The end of the last sentence within text[:limit] (-1 if none); those ending before ``start`` may be skipped."""
    best, parens, quoted = -1, "(" in text or "（" in text, any(mark in text for mark in '“«„"')
    if start > 0:
        # Scan from where a sentence end that ends at ``start`` or later can begin:
        # its punctuation, before a run of closing quotes and brackets.
        start -= 1
        while start > 0 and text[start] in _SENTENCE_CLOSERS:
            start -= 1
    for match in SENTENCE_END.finditer(text, start, limit + 1):
        end = match.end()
        if end > limit:
            break
        mark = match.group(0)  # (an abbreviation's dot; a quoted question's "?" a sentence goes on after)
        if mark[0] == "." and is_abbreviation(text, match.start()) or goes_on_after(text, mark, end):
            continue
        if not (quoted and quoted_at(text, end)):  # (not inside a title the line closes a few words on: set 70a F5)
            best = end if not (parens and in_aside(text, match.start(), end)) else best  # (bot/parens.py)
    return best


def last_end(text: str, parts: list[str]) -> int:
    """The end of the last sentence of a text joined from ``parts`` (blocks): found by the sentence marks, or
    the end of the block before the last, where that block ends with one ("…theme Journal 3." before the next
    block, freelancehunt's in set13: inside a line "3." may be an ordinal, at a block's end it ends a sentence)."""
    if parts and listing_terms(parts[-1]):  # (none: a listing's terms last, "$5 each or make offer", set50 F9)
        return 0
    end = last_sentence_end(text, len(text))
    if len(parts) > 1 and text.endswith(parts[-1]):
        boundary = len(text) - len(parts[-1]) - 1
        if boundary > end and _WHOLE_END.search(text, max(0, boundary - 8), boundary):
            return boundary
    return end


_QUOTE_MARKS = frozenset("\"'“”‘’«»„")
_SPACED_DOT = re.compile(r"(?<=[^\W\d_]) \.(?! \.)")  # (a dot spaced off a word, no ". . ." of dots)


def _spaced_dot(text: str, dot: int) -> bool:
    after = text[dot + 1 : dot + 8].lstrip()[:1]
    return dot > 1 and _SPACED_DOT.match(text, dot - 1) is not None and not (after.isalpha() and after.islower())


def is_abbreviation(text: str, dot: int) -> bool:
    # The word before the dot: back to the last space (a " " found by rfind, unless
    # an unprintable character, as every other space is, stands after it).
    start = text.rfind(" ", 0, dot) + 1
    if not text[start:dot].isprintable():
        start = dot
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    if start < dot and all(c in _QUOTE_MARKS for c in text[start:dot]) or _spaced_dot(text, dot):
        # (a quote's mark spaced off its last word, then the dot: '…Down Act ”. Fue…', set60 N2; or the dot alone,
        # spaced off a word, no lower-case word next: "…ומשמעויותיהן ". בהשתתפותי . הקוראים…"; not ". . .")
        return False
    word = text[start:dot].lower().lstrip("([\"'“„«")  # (an ordinal in quotes, „16. Marathon“: set31 F5)
    if word.isdigit():  # (an ordinal or a list's number, unless it ends its sentence: set20 F8)
        return not number_ends_sentence(text, dot - len(word), dot)
    lower_dotted = DOTTED_CAPITALS.fullmatch(word) and text[dot - len(word) : dot].islower() and word not in ETC
    short = shortened(word, text, start, dot) or len(word) <= 1 and not ends_clause(text, start, dot)  # (set33 F11)
    inside = word in ABBREVIATIONS or before_lower(word, text[dot + 1 : dot + 4])  # ("resp.": set41 F6)
    return short or inside or lower_dotted or _initials(text, dot - len(word), dot)


# Initials not in Latin, a name next: capitals with dots ("В.В. Путин"), a capital and a consonant ("Дж. Байден"); not
# Latin's ("A.I.", "U.S.A." end sentences as often as "R.A." goes on to a name). In lower case ("ж.к."): abbreviations.
_NAME_NEXT = re.compile(r"\.\s+[^\W\d_][^\W\d_A-Z]")
# A name after Latin initials: a capital, lower-case letters, then a space, a comma or a name's next part
_LATIN_NAME_NEXT = re.compile(r"\.\s+([A-Z][a-z]+)(?=[\s,’'-])")
# ... not a word a sentence opens with (an article, a pronoun, a conjunction, a preposition; a few languages)
_OPENER_WORDS = (
    "the a an in it its this that these those he she they we i you but and so or on at for as if when while after "
    "before there here what how why who our his her their my your some many most all no not one two also then "
    "le la les un une il elle ils nous en dans der die das ein eine er sie es wir el los las uno una ella "
    "lo gli lei noi de het een zij"
)
_OPENERS = frozenset(_OPENER_WORDS.split())
_VOWELS = frozenset("aeiouyáàâäãåæéèêëíìîïóòôöõøœúùûüýÿąęėįųůěаеёиоуыэюяіїєαεηιουωάέήίόύώ")


def non_latin_initial(letters: str) -> bool:
    """Whether letters before a dot are a name's initial in another alphabet than Latin: a capital alone, or a
    capital and a lower-case consonant ("В", "Дж", "Вл"). (Also bot/sentences.py's, at the ends pysbd makes.)"""
    return (
        0 < len(letters) <= 2 and letters[0] > "\u024f" and letters[0].isupper()
        and (len(letters) == 1 or letters[1].islower() and letters[1] not in _VOWELS)
    )  # fmt: skip


def _initials(text: str, start: int, dot: int) -> bool:
    if not (word := text[start:dot]) or capitals_go_on(word, text[dot + 1 : dot + 40]):  # ("C.F. está": set36 F8)
        return bool(word)
    if word[0] <= "\u024f":  # (Latin: "R.A. Montgomery", "E.C. Segar"; "the U.S. The company" ends one)
        return (
            3 <= len(word) <= 5 and word.isupper() and DOTTED_CAPITALS.fullmatch(word) is not None
            and (name := _LATIN_NAME_NEXT.match(text, dot)) is not None and name[1].casefold() not in _OPENERS
        )  # fmt: skip
    if len(word) == 2:
        return non_latin_initial(word)
    return (
        word.isupper() and DOTTED_CAPITALS.fullmatch(word) is not None
        and (name := _NAME_NEXT.match(text, dot)) is not None and name.group()[-2].isupper()
    )  # fmt: skip


# A show's markers around a title: a bracketed tag ("[NÖRD:IGT]"), an episode's or a part's number ("EP02", "#12",
# "Episode 12", "DEL 1", "Part 2"), a leading number ("2. DEL 1 – …")
_MARKERS = re.compile(
    r"\[[^\[\]\n]{1,30}\]|^\s*\d{1,4}[.:](?=\s)|#\d{1,4}\b"
    r"|\b(?:ep|eps|episode|épisode|episodio|folge|avsnitt|afl|del|part|teil|partie|parte)\.?\s?\d{1,4}\b",
    re.IGNORECASE,
)
# (a line that opens with one: the only lines not starting like the title that are tried)
marked_start = re.compile(rf"\s*(?:{_MARKERS.pattern})", re.IGNORECASE).match


def title_again_unmarked(line: str, title: str) -> bool:
    """Whether a line is a title again once a show's markers are gone from both ("[NÖRD:IGT] EP02 – Den om
    Hotline Miami…" under "2. DEL 1 – Den om Hotline Miami…", a Swedish podcast's): the same words, four at least."""
    if _MARKERS.search(line) is None and _MARKERS.search(title) is None:
        return False
    words = casefolded_words(_MARKERS.sub(" ", line))
    return len(words) >= 4 and words == casefolded_words(_MARKERS.sub(" ", title))


# A release's name: a version (its "v" aside), a name of a word or two before it ("Python 3.15.0b4", "v3.15.0b4").
_RELEASE = re.compile(r"(?:([^\W\d_][\w+-]*(?: [^\W\d_][\w+-]*)?) )?v?(\d[\w.+-]*)", re.IGNORECASE)


def same_release(line: str, title: str) -> bool:
    """Whether a line only names the release its title names ("Python 3.15.0b4" under "v3.15.0b4", a GitHub
    releases feed's): the same version, and no other name than the title's (or a name, capitalised, if the
    title is only the version). ``title``: casefolded."""
    mine, theirs = _RELEASE.fullmatch(line.rstrip(".")), _RELEASE.fullmatch(title)
    if mine is None or theirs is None or mine[2].casefold() != theirs[2]:
        return False
    name = mine[1]
    return not name or name.casefold() == theirs[1] or (not theirs[1] and name.istitle())


def tilde_ends(text: str) -> bool:
    """Whether a tilde after a word ends the text as its sentence's stop, the text a run of clauses ("…的招生工作开始了，
    详情见…，欢迎…加入<a lab>~", informal Chinese or Japanese, set60 F3): not "Part 1 ~", nor a short line with no clause."""
    return text[-1:] in "~～〜" and text[-2:-1].isalnum() and ("，" in text or ", " in text)


def is_spaceless(text: str) -> bool:
    if text.isascii():  # (no ASCII character is wide: a flag, read in C)
        return False
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F"))
    return wide > len(text) * 0.3


def looks_cut(line: str, open_ends: bool = False) -> bool:
    """A last block that stops where a sentence cannot: after a comma or a dash, inside a bracket ("…が(mainstream"),
    or a long run of prose ending in a lower-case word ("…experiments to"), or in a Japanese particle or continuative
    form ("…執筆してい"): the feed cut its text without saying so. (``open_ends``: the feed ends texts without a stop.)"""
    end, at = line.rstrip(), line.rfind("(")  # (an open "(" before a word: not ":-(", nor an interval's "(0, 1]")
    in_bracket = at > max(*map(end.rfind, ")）]"), len(end) - 40) and end[at + 1 : at + 2].isalnum()
    if end[-1:] in ",;–—-，、" or in_bracket or ends_at_abbreviation(end):
        return True
    if open_ends:
        return False
    if (end[-1:] in "をにがでへやば" or end.endswith(("おり", "てい", "でい"))) and len(end) >= 20:
        return is_spaceless(end)  # (no sentence ends so: "…趣味時間には自分に", set25 F2; not "使ってみて", "もっと")
    # (a record's last field, when a label opens it: "· Description: Read all agent registrations"; a handle or a
    # hashtag ends show notes whole: "…on Twitter @16ACpodcast"; and a field's slug, its one-word label where a line or
    # a field starts, after a sentence or an address: "…virtuell: https://… Konferenzraumname: podcast-muc", set41 F10;
    # never a sentence's last word after a colon: "…die Antwort lautet: self-hosted", "…is clear: and/or", the review)
    field = end.rpartition(" · ")[2].split()
    words = field if any(word[-1] in ":：" for word in field[:3]) else end.split()
    slug = len(words) > 1 and words[-2][-1:] in ":：" and any(mark in words[-1] for mark in "-_/")
    slug = slug and (len(words) == 2 or words[-3][-1:] in ".!?…" or "://" in words[-3])
    return len(words) >= 15 and end[-1:].isalpha() and end[-1:].islower() and words[-1][0] not in "@#" and not slug


# A text the source cut at a short form (set44 F5): a month's after a lower-case word ("…official start on Sept.", "…hit
# theaters Aug.", "…head coach Feb."): news style shortens a month only before its day, and only these (not "Jan.", a
# name too, nor "Mar.", "Jun.", "Jul."); not after a word a month alone follows ("…in Oct.", "…early Dec.": a writer's
# own style). Or a title's after a lower-case word ("…presented by Dr.", not "…Sarah Park, Dr.", "…Holmes Dr.").
_ABBREVIATION_END = re.compile(
    r"(?:^|\s)(?:(?!(?:in|of|for|early|late|mid|during|last|next|this|each|every|since|and|or|to|from|between)\s)"
    r"[a-z]+\s(?:Feb|Aug|Sept|Oct|Nov|Dec)|[a-z]+\s(?:Mrs?|Ms|Dr|Prof))\.$"
)


def ends_at_abbreviation(text: str) -> bool:
    """Whether a text ends with such a short form: it stops before the date or the name the form introduces."""
    return text[-1:] == "." and _ABBREVIATION_END.search(text, max(0, len(text) - 30)) is not None


# What a cut never leaves off: a closing quote or bracket (after a word), an address.
_KEPT_END = re.compile(r"(?<=[^\s\"'“‘(\[«])[\"'”’»)\]]+$|(?:https?://|www\.)\S+$")


def with_ellipsis(text: str, limit: int = 0) -> str:
    """The text with "…" at its end, where it stops mid-sentence: what a cut leaves
    dangling goes first (a comma, a dash, an opening quote), never a closing quote
    ('Episode 166: "Country Clever"…') nor an address's last "/" (then " …"). Given the
    excerpt's ``limit``: its whole sentences instead, when they fill WHOLE_SHARE of it
    ("…em Belém." rather than "…em Belém. O evento, dedicado à música…", set18 F5)."""
    if ends_at_abbreviation(text):  # (the sentence a source cut after "Aug." keeps its words: set44 F5)
        text = text[:-1]
    least = int(limit * WHOLE_SHARE)
    # (and a fragment follows them, not only the cut's comma: "…Farm Rd.," stays a cut; nor a list they announce)
    if (
        0 < least < len(text)
        and (end := last_sentence_end(text, len(text), least)) >= least
        and "•" not in text[end:]
        and any(ch.isalnum() for ch in text[end:])
    ):
        return text[:end]
    kept = _KEPT_END.search(text, max(0, len(text) - 200))
    if kept is None:
        return text.rstrip(CUT_PUNCTUATION + ".…") + "…"
    return text + (" …" if kept.group()[:1] not in "\"'”’»)]" else "…")


_GREETING_WORDS = 8  # words of a lone sentence before a list, no summary ("Hello and welcome to this new issue!")


def list_follows(text: str, end: int, parts: list[str], room: int) -> bool:
    """Whether an excerpt's list items (its ``parts`` with a bullet) start at a sentence end (``end``, before ``room``)
    that leaves only a greeting before them or counts them (counted), or after the phrase of a paragraph announcing
    them ("…reasons for that: • a • b", "…parlent de... • a • b"): a cut there drops the content. (Not "Sponsors:".)"""
    bullet = text.find(" •", end, min(room, end + 200))
    if bullet == end:  # (or a sentence trailing off into them: "…vous parlent de... • Tripit (…) • …", set50 F5)
        trails = counted(text, end) or text.endswith(("...", "…"), 0, end) and text[:end].rstrip(".…")[-1:].isalpha()
        return trails or len(text[:end].split()) <= _GREETING_WORDS and last_sentence_end(text, end - 1) < 0
    announcement = text[end:bullet].strip()
    return bullet > end and announcement.endswith((":", "：")) and announcement not in parts


# A sentence that announces what follows it: "…reasons for that:", "…for the following issues." (English).
_ANNOUNCES = re.compile(r"(?:(?<=[\w)])[:：]|\bthe following\b[^.!?:]{0,40}\.)$", re.IGNORECASE)


def announces(text: str, stop: bool = False) -> bool:
    """Whether a block ends announcing what follows it; ``stop``: a sentence that does ("…the following window.")."""
    return _ANNOUNCES.search(text, max(0, len(text) - 80)) is not None and not (stop and text[-1] in ":：")


def word_cut(text: str, limit: int) -> int:
    """Where to cut a text longer than ``limit`` (before "…"): at its last space, or, in a list of items ("• headline
    (Fox News) • headline (CBS News) • …", or after a sentence: "Released on 2025-10-29. • Fix … • Make…", set51 F1),
    between two items when one ends in the second half, one item shown at least (never inside an item); in any text,
    never after an item's bullet alone ("…near the point •…", set44's re-read: before it), nor a plain-text list's
    "+" or "*" ("…Full Time Days +…", set55's re-read)."""
    cut, item = text.rfind(" ", 0, limit), text.rfind(" • ", 0, limit)
    whole = item >= limit * 0.5 and (text.startswith("• ") or text.rfind(" • ", 0, item) >= 0)
    return item if whole else cut - 2 if cut >= 2 and text[cut - 2] == " " and text[cut - 1] in "•+*" else cut


def without_announcement(text: str, parts: list[str] | None = None) -> tuple[str, bool]:
    """A text that ends with a phrase announcing what is not there ("…a couple of reasons for that:", the list gone):
    without it, when a sentence comes before it (its end found with the blocks the text was joined from, ``parts``,
    when given: last_end); else as it is, and True: it stops mid-thought (an "…" says so)."""
    # (a last sentence pointing at what the page shows elsewhere, set41 F4: the words looked for first, cheaply)
    pointer = text[-1:] in ".!?" and (points_at_page(text) or ends_pointing_at_link(text))  # (rev67b F4)
    if pointer and (end := last_sentence_end(text, len(text) - 1)) > 0 and points_at_page(text[end:]):
        return text[:end], False
    if (kept := without_further(text, last_sentence_end)) != text:  # ("For more…": set64b F2; two, set 65a F9)
        return kept, False
    if not text.endswith((":", "：")):
        # (or a last sentence saying so, what follows not shown: "使い方は以下の通り。", "…are listed below.": set17 F4)
        if text[-1:] not in ".。．" or (said := says_what_follows(text)) is None:
            return text, False
        end = last_sentence_end(text, said.start())
        return (text[:end], False) if end > 0 and not announced(text[:end]) else (text, False)
    end = last_sentence_end(text, len(text)) if parts is None else last_end(text, parts)
    return (text[:end], False) if end > 0 else (text, True)


def at_word(head: str) -> str:
    """The head of a text without the word it may end inside ("…vous parlera ave"), in a text with spaces."""
    space = head.rfind(" ")
    return head[:space] if space > len(head) // 2 and not is_spaceless(head) else head


_FOOTNOTE_MARK = re.compile(r"(?<=[.!?…:;,\"'”’)\]])[*†‡]{1,3}$")


def without_footnote_mark(line: str) -> str:
    """A block without the footnote mark after its last punctuation ("…reporting for
    Bloomberg:*", the footnote itself further down), when it is the block's only
    star (never Markdown's "*emphasis.*")."""
    m = _FOOTNOTE_MARK.search(line, max(0, len(line) - 4))
    return line[: m.start()] if m is not None and line.count("*") == m.group().count("*") else line


# A whole text's last sentence end (not "…", which says it was cut).
_WHOLE_END = re.compile(rf"(?<!\.\.)(?:[.!?](?:[\"'”’»)\]]*)|{WIDE_STOP}(?:[」』”’)]*))$")


def overshoot(limit: int) -> int:
    """How much longer than ``limit`` a whole text may be and be shown whole (just_over)."""
    return min(limit // 10, 40)


def just_over(text: str, cut: str, limit: int) -> bool:
    """Whether a whole ``text`` a little longer than ``limit`` is better shown whole than
    ``cut``: the cut falls inside its last sentence, a few words before it ends ("…said
    on…" for "…said on Tuesday.", set14 finding 7), and it is at most overshoot(limit)
    longer. (A cut at a sentence end stays: the text's last sentences are often a sign-off
    or a call to action, "Merci pour vos réponses.", "Join us live at …".)"""
    return (
        cut.endswith("…")
        and not text.startswith(cut)  # (a cut at a sentence the text ends with "…" itself: "Read more…")
        and len(text) <= limit + overshoot(limit)
        and _WHOLE_END.search(text, len(text) - 8) is not None
    )


# A block wholly inside quotation marks, two words at least (a job ad's motto: jobs-remotely--jobs.rss in
# tests/data/unseen/set18, F6): its sentence ends where its mark closes, a full stop or not.
_ALL_QUOTED = re.compile(
    r'"[^"\n]{2,}?\s[^"\n]{2,}"|“[^“”\n]{2,}?\s[^“”\n]{2,}”|„[^„“\n]{2,}?\s[^„“\n]{2,}“|«[^«»\n]{2,}?\s[^«»\n]{2,}»'
)


def all_quoted(block: str) -> bool:
    """Whether a block is all one quote ('"While we're in Austin, … than where you live"')."""
    return block[:1] in '"“„«' and _ALL_QUOTED.fullmatch(block) is not None
