"""The feed's own cut at the end of a text: its truncation mark ("…", "[…]", "(more…)"), the word it may have cut in
two, and whether a feed cuts its texts at a fixed length (Giant Bomb's descriptions at 255 characters: "…fried
chicke"), with or without a mark. For the excerpt (bot/excerpt.py), which cleans a text's last block here when it
gets to it, and for the choice between an entry's summary and its content (bot/normalize.py: ``may_be_cut``,
``looks_shortened``). Pure.

A word before the feed's cut is dropped only when it may be a half: the feed cuts at a fixed length, or nothing says the
word is whole. A word is whole when a space stands between it and a mark ("is …": the cut was between words; not
"[...]", which some feeds add after cutting a word in two: "…give yo [...]"), or when the text uses it elsewhere. A word
left dangling before the "…" ("a", "the", "der") goes too.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .boilerstrip import strip_end
from .codeblocks import CJK  # (a Chinese or Japanese character: Hugo counts each as a word, rune_words)
from .cuts import CONJUNCTIONS, CUT_PUNCTUATION, MINOR_WORDS, SENTENCE_END, is_spaceless, last_sentence_end
from .flattened import TAG as _TAG
from .flattened import cut_start_of, heading_run_in, spaced_apart
from .namedends import ends_in_name
from .ownlinks import own_link_off
from .standfirsts import writes_standfirsts
from .titlewords import casefolded_words

if TYPE_CHECKING:
    from .blocks import Blocks
    from .parse import RawEntry

# The feed's own truncation mark at the end of a text: "[…]", "[...]", "(more…)", SPIP's "(...)", "…", "...",
# and two dots after a word ("그러나 적어도.. >> 글 전체보기", Tattertools' cut, critique.or.kr's feed).
TRUNCATION = re.compile(
    r"(\s*)(?:\[\s*(?:…|\.\.\.|&hellip;)\s*\]|\(\s*(?:more\s*(?:…|\.\.\.)?|…|\.\.\.)\s*\)|…|\.\.\.+|(?<=[^\W\d_])\.\.)\s*$"
)
# The mark in brackets, then a few words that are no sentence: SPIP's "…en temps réel se (...) - Previews / Stratégie".
_MARK_BEFORE_TAIL = re.compile(r"\s*[(\[]\s*(?:…|\.\.\.)\s*[)\]](?=\s[^.!?…]{1,60}$)")
# A text at least this long that ends in a mark right after a letter was cut by length, mid-word.
CUT_BY_LENGTH = 100
# The mark some feeds write after a word they cut in two, with a space: "…give yo [...]".
_AFTER_ANY_CUT = re.compile(r"\[\s*\.\.\.\s*\]")
# Words that never end a phrase: articles, prepositions, conjunctions (bot/cuts.py's, and more languages').
DANGLING = MINOR_WORDS | frozenset(
    ["ein", "eine", "einem", "einen", "einer", "dem", "den", "im", "zum", "zur", "mit", "auf", "zu"]  # German
    + ["un", "une", "au", "aux", "en", "sur", "pour", "dans"]  # French
    + ["um", "uma", "o", "os", "as", "do", "da", "dos", "das", "em", "no", "na", "e", "com", "para", "por"]  # Portuguese
    + ["il", "lo", "gli", "una", "di", "del", "della", "per", "con"]  # Italian
    + ["het", "een", "van", "op", "ett", "och", "att", "av", "på"]  # Dutch, Swedish
)  # fmt: skip
# Articles and conjunctions: no phrase ends with one, even in a feed that ends its texts without a stop.
_NEVER_LAST = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "der", "die", "das", "ein", "eine", "einen", "einem", "einer", "und"]
    + ["le", "la", "les", "un", "une", "des", "et", "el", "los", "las", "y", "il", "lo", "gli", "una", "o", "os", "e"]
    + ["het", "een", "en", "ett", "och", "att", "и", "или", "та", "і", "й", "або"]
)  # fmt: skip
# A text cut inside code, in an operator that opens with "!" or "?" ("…forall (d => n % d !" of "!=", a Hugo
# summary cut at its word count, set19 F11): an operator, an operand of a character or two, a space, the mark.
# No sentence ends there; a sentence's "!" after a space (French: "Bonjour !") has no operator before it.
_CODE_CUT = re.compile(r"(?<!\S)(?:[-+*/%=<>&|^]{1,2})\s*\w{1,2}\s+[!?]$")
_LONE_SEPARATOR = re.compile(r"(?<=[.!?])\s+[-–—|·]$|(?<=[^\W\d][.!?])[-–—|·]$")  # (no price's "Fr. 25.–")
# The feed's cut mark, then a few capitalised words and nothing else.
_CREDIT_AFTER_CUT = re.compile(
    r"(?:\.\.\.|…)\s+(?P<credit>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|de|du)){0,5})\s*$"
)


class LastBlock:
    """A text's last block, as the excerpt reads it: cleaned on first use
    (clean_last_block); its notes go to the excerpt's then."""

    __slots__ = ("_raw", "_blocks", "_notes", "_text", "truncated", "open_end", "spaced")

    def __init__(self, raw: str, blocks: Blocks, notes: list[str]):
        self._raw, self._blocks, self._notes = raw, blocks, notes
        self._text: str | None = None
        self.truncated = self.open_end = self.spaced = False  # (known once text() was called)

    def text(self) -> str:
        if self._text is None:
            blocks = self._blocks
            self._text, self.truncated, self.open_end, note, self.spaced = clean_last_block(
                self._raw, self._notes, blocks.tail_clean, blocks.clipped
            )
            if note:
                self._notes.append(note)
        return self._text


def clean_last_block(
    block: str, notes: list[str], tail_clean: bool = False, clipped: bool = False
) -> tuple[str, bool, bool, str, bool]:
    """The last block without platform boilerplate and the feed's truncation
    mark; whether the feed had truncated it; whether it had cut it inside a
    sentence, after a comma or a colon (what is left may end in an
    abbreviation's dot: "…Farm Rd.,"); the note saying so; whether a space set
    the mark apart ("A few other …": a feed's cut, where "On verra bien..." may be
    an author's). ``clipped``: the feed cuts its texts at a fixed length and this
    one is that long."""
    truncated, open_end, note, spaced = False, False, "", False
    credit = _CREDIT_AFTER_CUT.search(block, max(0, len(block) - 60))
    if credit is not None:
        # "…a placebo, a... Reuters Health Information": the publisher's name after the feed's cut.
        notes.append("removed: a publisher's name after the feed's cut")
        block = block[: credit.start("credit")].rstrip()
    for attempt in range(3):  # "[…] Read more", "… (more…)": boilerplate and marks in turn
        block, rows = strip_end(block, tail_clean and attempt == 0)
        block = block.lstrip("\n")  # (the line break before a block that comes after others)
        notes.extend(f"removed: {row.what}" for row in rows)
        m = TRUNCATION.search(block, max(0, len(block) - 20))
        if m is None:
            break
        mark = block[m.start(0) + len(m.group(1)) :].strip()
        block = block[: m.start()].rstrip()
        truncated, spaced = True, bool(m.group(1))
        open_end = block[-1:] in CUT_PUNCTUATION
        word = ""
        # (but an author's "...." after a whole word: "…couldn't stay away....", once a call after it went)
        authors = mark.startswith("....") and block[-1:].isalpha() and block.split()[-1].isalpha()
        if len(block) >= CUT_BY_LENGTH and block[-1:].isalnum() and not authors:
            # "…the new compil…", "…I will give yo [...]": a feed that cuts its
            # text at a length cuts words in two. The last word goes, unless
            # it is known to be whole (a word less is better than half of one).
            block, word = cut_word(block, clipped=clipped, spaced=spaced and not _AFTER_ANY_CUT.match(mark))
        note = f'text: truncated by the feed ("{mark}"), cut at a word with …' + (
            f' (its last word "{word}" dropped: it may be cut)' if word else "")  # fmt: skip
    if block[-1:] in "-–—|·" and (lone := _LONE_SEPARATOR.search(block, len(block) - 6)) is not None:
        block = block[: lone.start()]  # ("…DEL 12/8/2026. -": the full stop ends the text, set34 F8)
        notes.append("removed: a lone separator after the text's last sentence")
    if not truncated and (code := _CODE_CUT.search(block, max(0, len(block) - 12))) is not None:
        block, truncated, note = block[: code.end() - 1].rstrip(), True, "text: cut by the feed inside code"
    if truncated:
        block = without_dangling_word(block.rstrip(CUT_PUNCTUATION))
    return block, truncated, open_end, note, spaced


def cut_before_tail(text: str) -> int:
    """Where a text's words end, before the feed's mark in brackets and a short tail
    of words that are no sentence (-1: no such mark near its end)."""
    return -1 if (m := _MARK_BEFORE_TAIL.search(text, max(0, len(text) - 72))) is None else m.start()


def name_after_cut(text: str) -> bool:
    """Whether a text ends with the feed's mark and a name after it: "… Suite" (a link to
    the rest), "... Reuters Health Information" (its publisher)."""
    return _CREDIT_AFTER_CUT.search(text, max(0, len(text) - 60)) is not None


def cut_word(text: str, *, clipped: bool, spaced: bool = False) -> tuple[str, str]:
    """The text without its last word, and that word, when the feed may have cut it in two; else the text and "".
    ``spaced``: a space stood between the word and the feed's mark."""
    space = text.rfind(" ")
    if space <= 0:
        return text, ""
    word = text[space + 1 :]
    if is_spaceless(word):  # (cut between two characters of a script without spaces: nothing is half)
        return text, ""
    if not clipped and ((spaced and len(word) > 1) or _used_before(word, text, space)):
        return text, ""
    return text[:space].rstrip(), word


def without_dangling_word(text: str) -> str:
    """A cut text without the article or preposition it ends in ("…where security was a")."""
    for _ in range(3):
        space = text.rfind(" ")
        if space < CUT_BY_LENGTH // 2 or text[space + 1 :].lower() not in DANGLING:
            break
        text = text[:space].rstrip(CUT_PUNCTUATION)
    return text


def _used_before(word: str, text: str, end: int) -> bool:
    """Whether the text has the word whole (between non-word characters) before ``end``."""
    stem = word.strip("\"'“”‘’()[]")
    if not stem or not stem[0].isalnum():
        return False
    return re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", text[:end], re.IGNORECASE) is not None


def utf8_length(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def rune_words(text: str) -> int:
    """A text's length as Hugo counts it when it cuts a Chinese or Japanese .Summary at summaryLength words
    (hasCJKLanguage): each character of a word with any that is not ASCII, and each ASCII word, is one (a tag is a
    space, an entity as written: Hugo's plainified HTML keeps it, "疲れた&hellip;（" is 12, set42 F8); no mark, mid-sentence
    ("…の証明ができていな", sk0-blog's 70, set32 F1). Only a text with Chinese or Japanese in it is cut so (at_cut_length)."""
    plain = _TAG.sub(" ", text) if "<" in text else text
    return sum(1 if word.isascii() else len(word) for word in plain.split())


def at_cut_length(field: str, cuts: FeedCuts, link: str) -> bool:
    """Whether a text (its field, stripped, its own link off: own_link_off) is as long as the feed's fixed cut, in
    characters, bytes or Hugo's words (feed_cut_lengths): it may be cut anywhere ("…不建议使用。 再注：", Hexo's)."""
    chars, size, words, field = cuts[0], cuts[1], cuts[3], own_link_off(field, link)
    return bool((chars and chars - 1 <= len(field) <= chars) or (size and size - 1 <= utf8_length(field) <= size)
                or (words and len(field) < SHORT_TEXT and CJK.search(field) and rune_words(field) == words))  # fmt: skip


FeedCuts = tuple[int, int, bool, int, bool]  # a feed's cut length in characters and bytes (0: none), ends_open, Hugo's
# cut, whether it opens its texts with standfirsts (bot/standfirsts.py)
OPEN_ENDS = 4  # texts of a feed, at least (and half of them), that end in a lower-case word: its way
# (or a video's chapters, their last line a time and a name: "…\n9:02 Smart Home Ecosystem\n9:40 Outro", no
# standfirst's end either: it counted as a text without a stop, and a whole one-line description among them got "…",
# set 71b F4); two such lines at least: one is a schedule's "\n19:30 doors open", a text's own end (rev71d 1)
_ENDS_LIST = re.compile(r"</li>\s*(?:</[ou]l>\s*)*$|(?:\n[ \t]*+(?:\d{1,2}:)?\d{1,2}:\d\d[ \t][^\n]{1,80}){2,}$", re.I)
SHORT_TEXT = 2000  # characters of markup: a teaser, a standfirst (longer texts are not looked at)
TEASER = 500  # characters of text, at most, of a teaser whose markup is longer (a picture's srcset)
_LAST_SENTENCE = re.compile(r"[.!?…]\s")
# A short mark in brackets after a text's last word (a rerun's "(R)", "(video)"): the text ends at that word.
_END_MARK = re.compile(r"\s+\([^()\s]{1,12}\)$")
_PHRASE_WORDS = 6  # words of a last sentence, at least, to be a phrase: not a label ("PDX Carpet", 99pi's titles)


def ends_open(texts: list[str]) -> bool:
    """Whether a feed writes its texts without a final full stop (standfirsts and teasers: Record's "…contou com uma
    visita bastante especial", heise's "…a lot of overtime for administrators"): OPEN_ENDS of its short texts or more,
    and half of them, end in a lower-case word; never in a word no phrase ends with ("the", "que", "und": a feed that
    cuts its texts at a number of words) and in lengths that vary (one that cuts at 55 words ends them all alike). Or,
    however many end with a stop, twice OPEN_ENDS or more whose last sentence is a phrase (most of them), fewer than
    one in ten in such a word (a cut ends in one far more often): teasers, some without a stop ("…a catalyst for
    change", set21 F3). Or one less, all without markup, half of those, beside posts in markup each with its stop (own
    descriptions beside posts given whole: "…pentru management usor", set38 F3). A text of such a feed so is whole; and
    one text without a stop among 3 or more with one, two of those longer (characters and words: "…у Steam-групі", 128
    beside 129 and 152, set43 F10); or more among twice as many, all but one in ten longer ("…on 2 May", set55 F11). Or
    as many or more, OPEN_ENDS at least, end in a name without a stop, a whole text longer than each (namedends.py)."""
    ends, lengths = list[str](), list[tuple[int, int, bool]]()  # (each text's length, words, whether a stop ends it)
    seen = bare = bare_ends = marked_open = 0
    named = set[str]()  # (the last sentences that end in a name: bot/namedends.py)
    for text in dict.fromkeys(texts):  # (each text once: a show's blurb cut in 8 episodes is one cut, set30 NEW-1)
        if len(text) > SHORT_TEXT or _ENDS_LIST.search(text) or not (plain := " ".join(_TAG.sub(" ", text).split())):
            continue  # (a list's last item is no standfirst: Google News' related coverage)
        seen, bare = seen + 1, bare + (unmarked := "<" not in text)
        marked_open += not unmarked and plain[-1] not in ".!?…。！？\"'”’»)"  # (a post given whole: its stop)
        plain = _END_MARK.sub("", plain) or plain  # (conversations' "…into the wider world (R)")
        if plain[-1].isalpha() and plain[-1].islower():
            ends, bare_ends = [*ends, plain], bare_ends + unmarked
        if ends_in_name(plain):  # ("…CVSS 9.2 Critical)", "…via Response Timings": set56 F4; a label once, a show's)
            named.add(_LAST_SENTENCE.split(plain)[-1])
        lengths.append((len(plain), len(plain.split()), plain[-1] in ".!?。！？" and plain[-3:] != "..."))
    dangling = sum(1 for end in ends if end.rsplit(None, 1)[-1].casefold() in DANGLING)
    phrases = sum(1 for end in ends if len(_LAST_SENTENCE.split(end)[-1].split()) >= _PHRASE_WORDS)  # (no label)
    many = phrases >= 2 * OPEN_ENDS and 2 * phrases >= len(ends) and 10 * dangling < len(ends)  # ("…koden på")
    few = len(ends) == bare_ends >= OPEN_ENDS - 1 and 2 * bare_ends >= bare < seen and not (dangling or marked_open)
    stopped = [(n, w) for n, w, stop in lengths if stop]  # (set43 F10, set55 F11: the docstring's last sentence)
    longer = 2 if len(ends) == 1 == len(lengths) - len(stopped) else len(stopped) - max(1, len(stopped) // 10)
    whole = ends and 2 * (len(lengths) - len(stopped)) <= len(stopped) >= 3 and not dangling and all(
        sum(n > len(end) and w > len(end.split()) for n, w in stopped) >= longer for end in ends)  # fmt: skip
    longest = max((n for n, _, stop in lengths if stop), default=0)  # (a cut text is longer than whole ones: review)
    whole = whole or len(named) >= max(OPEN_ENDS, len(ends)) and not dangling and all(len(e) < longest for e in ends)
    if not whole and (len(ends) < OPEN_ENDS - few or (not many and (2 * len(ends) < seen and not few or dangling))):
        return False
    return bool(whole) or len({len(end.split()) for end in ends}) >= 3


def feed_cut_lengths(entries: Sequence[RawEntry]) -> tuple[FeedCuts, FeedCuts]:
    """The lengths at which a feed cuts its entries' summaries and contents (their own link off: own_link_off), in
    characters and UTF-8 bytes (0: none): a text that long may end in half a word; whether it ends them without a
    full stop (ends_open); the summaries' length in Hugo's words (rune_words: CJK ones, 20 at least; 0: none); whether
    it opens them with a standfirst (writes_standfirsts)."""
    summaries = [t for e in entries if len(t := own_link_off(e.summary.strip(), e.link)) >= CUT_BY_LENGTH]
    contents = [t for e in entries if len(t := own_link_off(e.content.strip(), e.link)) >= CUT_BY_LENGTH]
    open_summaries, open_contents = (ends_open([t for e in entries if (t := e.summary.strip())]),
                                     ends_open([t for e in entries if (t := e.content.strip())]))  # fmt: skip
    cjk = [t for e in entries if len(t := own_link_off(e.summary.strip(), e.link)) < SHORT_TEXT and CJK.search(t)]
    words = fixed_cut_length(cjk, rune_words) if len(cjk) >= 4 else 0  # (not 2: four "🐭<img …>" alike)
    return (
        (fixed_cut_length(summaries), fixed_cut_length(summaries, utf8_length), open_summaries, words * (words >= 20),
         writes_standfirsts([e.summary for e in entries])),
        (fixed_cut_length(contents), fixed_cut_length(contents, utf8_length), open_contents, 0,
         writes_standfirsts([e.content for e in entries])),
    )  # fmt: skip


# "But" and "and" in the languages of our feeds: a last phrase that opens with one goes on with the story
_AND = frozenset([*CONJUNCTIONS, "men", "og", "och", "aber", "und", "mais", "et", "pero", "y", "ma", "e", "maar", "en"])
_POINTER = re.compile(r"\s+[^\W\d_][^.:!?…\n]*[^\W\d_]", re.U)


def ended_open(blocks: Blocks) -> Blocks:
    """A text of a feed that ends its texts without a full stop (ends_open), marked so: ending in a lower-case word,
    it is whole. A last phrase of a few words after its whole sentences is no teaser's end but a pointer or a credit
    ("…Kan Cort tro på sejr? Vi giver vores bud her", "…ikke mindst. Per Bausager analyserer": feltet, set21 F3):
    it goes, as when a "…" cut the text back to its sentences. One that ends in an article or a conjunction was cut
    all the same (not in a preposition: "…knækket koden på" is whole, feltet's)."""
    last = blocks.lines[-1] if blocks.lines else ""
    if last.rsplit(None, 1)[-1:] and last.rsplit(None, 1)[-1].casefold() in _NEVER_LAST:
        return blocks
    end = last_sentence_end(last, len(last))
    tail = last[end:] if end >= 40 else ""
    # (a capitalised phrase of a few words, no data: not "…им. В.П. Чкалова А. Бобрышев", "Category: Other")
    first = tail.split()[0] if tail else ""  # (not a story's last turn: "…в аэропорту. Но туда его не пустили")
    pointer = _POINTER.fullmatch(tail) and first[0].isupper() and tail[-1].islower() and first.casefold() not in _AND
    if pointer and len(tail.split()) < _PHRASE_WORDS and blocks.text.endswith(tail):
        lines, text = [*blocks.lines[:-1], last[:end].rstrip()], blocks.text[: -len(tail)].rstrip()
        return dataclasses.replace(blocks, lines=lines, text=text, open_ends=True)
    return dataclasses.replace(blocks, open_ends=True)


def fixed_cut_length(texts: list[str], size: Callable[[str], int] = len) -> int:
    """The length a feed cuts its texts at (0: none seen): four or more texts,
    with different ends, of one length (a few of one less: the cut fell after a
    space, which goes), and far fewer just under or over it, as texts that end
    where their sentences do would be. (A feed that cuts at a word near a length
    has as many texts a character or two shorter; a template's texts end alike,
    and where a sentence does.) ``size``: how the feed counts, in characters or
    (utf8_length) in bytes, as many do ("…Brotherhood, and we consider potential")."""
    lengths = Counter(size(text) for text in texts)
    best, best_count = 0, 0
    for length, count in lengths.items():
        below = lengths.get(length - 1, 0)  # (a cut after a space: a few; a cut at a word: as many)
        peak = count + below
        if count < 4 or count < 2 * below or peak <= best_count:
            continue
        around = sum(lengths.get(n, 0) for n in range(length - 7, length - 1)) + sum(
            lengths.get(n, 0) for n in range(length + 1, length + 6)
        )
        ends = {_ends(text) for text in texts if length - 1 <= size(text) <= length}
        # (most of them cut inside a sentence: not a template's sentences, alike in length; nor a template's sentences
        # ending in one word, its digits aside: "…13:19:56 UTC" (set20 F10), "…Master for v5.1.1" (set46's N1))
        cut = sum(1 for end in ends if not SENTENCE_END.search(TRUNCATION.sub("", end)[-3:]))
        words = Counter(re.sub(r"\d", "0", word[-1]) for end in ends if (word := TRUNCATION.sub("", end).split()))
        alike = max(words.values(), default=0)
        if peak > 2 * around and len(ends) >= 3 and 2 * cut > len(ends) and 2 * alike <= len(ends):
            best, best_count = length, peak
    return best


def _ends(text: str) -> str:
    """The last characters of a text's words (of its markup's: its tags are often all alike)."""
    return (_TAG.sub("", text) if "<" in text else text).rstrip()[-24:]


def may_be_cut(summary: Blocks, markup: str, content: str, cuts: FeedCuts, link: str) -> bool:
    """Whether the feed may have cut a text: its last block ends in a truncation
    mark or trailing boilerplate ("Read more"), or its ``markup`` does
    (``marked_in_markup``); or flattened it: ``markup`` a summary of the entry's
    ``content`` with a space where each of its tags was, in Chinese (spaced_apart); or is the start, cut
    mid-sentence, of a longer content (cut_start_of). (Not merely without a sentence end: plenty of whole summaries
    lack the full stop, and cleaning the content of each to compare costs a tenth of read_feed.) ``cuts``: the feed's
    for its summaries (feed_cut_lengths): a ``markup`` at its fixed length may have been cut anywhere (at_cut_length)."""
    if not summary.lines or summary.cut:
        return False
    if content and (
        spaced_apart(markup, content) or cut_start_of(summary.text, content) or heading_run_in(summary.text, content)
        or at_cut_length(markup.strip(), cuts, link)
    ):  # fmt: skip
        return True
    last = summary.lines[-1]
    marked = bool(TRUNCATION.search(last, max(0, len(last) - 20))) or cut_before_tail(last) >= 0
    # ("…une … Suite": korben.info)
    return not summary.tail_clean or marked or name_after_cut(last) or marked_in_markup(markup)


# The feed's bracketed mark at the very end of a text's markup, after any closing tags.
_RAW_MARK = re.compile(r"\[\s*(?:…|\.\.\.|&hellip;|&#8230;|&#x2026;)\s*\](?:\s*</?[a-z][^<>]*>)*\s*$", re.I)


def marked_in_markup(markup: str) -> bool:
    """Whether a text's markup ends with the feed's "[…]", wherever it stands: a feed
    that cuts its HTML at a length can cut inside a tag, and the mark goes with the
    tag ('<a href="…" [...]': Brokelyn's WordPress, unseen8), so the clean text shows
    no cut where there was one."""
    return "[" in markup[-40:] and bool(_RAW_MARK.search(markup[-60:]))


def looks_shortened(summary: Blocks, content: Blocks, markup: str = "") -> bool:
    """Whether a summary is a shortened version of the content: it ends with
    the feed's truncation mark (in its text, or in its ``markup``), or its words
    are the content's first words (when the content is not longer: both, on its
    first 12 words, the content two thirds of the summary's length at least)."""
    if not summary.lines:
        return False
    last = summary.lines[-1]
    marked = marked_in_markup(markup) or TRUNCATION.search(last, max(0, len(last) - 20)) or strip_end(last)[1]
    if len(content.text) <= len(summary.text):
        # (a cut summary whose first words open the content: the content is shorter only by what cleaning took out,
        # a picture's caption WordPress ran into its excerpt, "…no such thing. Generated with DALL-E…": set 71b F10)
        return bool(marked) and 3 * len(content.text) >= 2 * len(summary.text) and _opens(summary.text, content, 12, 12)
    return bool(marked) or _opens(summary.text, content, 5)


def _opens(text: str, content: Blocks, least: int, first: int | None = None) -> bool:
    """Whether a summary's words (``least`` of them at least; its ``first`` only, if given) are the content's first."""
    if (mark := cut_before_tail(text)) >= 0:  # (the content's words up to the feed's mark: "…se (...) - Previews")
        text = text[:mark]
    words = casefolded_words(text[:600])[:-1][:first]  # the last one may be cut
    start = content.text[: len(text[:600]) * 2 + 200]
    return len(words) >= least and (casefolded_words(start)[: len(words)] == words or spaced_apart(text, start))
