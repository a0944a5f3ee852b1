"""A post's quotes in its excerpt: the words it quotes, and its own answer to them.

A forum reply quotes the post it answers, a line or a paragraph at a time, and
answers each: quote "Is We the Living also short?", then "no"; quote "Does
Anthem have a bleak ending?", then "no". Read like any other text, the short
answers were taken for headings and the second one for a repeat: the excerpt
said the questions without their answers. Here (Blocks.quotes: the lines
inside a <blockquote>):

- a quote is someone's words and the line after it is the answer to them:
  neither is ever taken for a heading ("LoLE dynamics"; "no", "No", "Agreed":
  Quotes.answers), unless the line after it is marked up as a heading or
  introduces a longer paragraph ("Show Notes");
- at a quote's edges a repeated line is no boilerplate: who is quoted again
  ("anonymous105:"), the same answer to another question;
- the excerpt shows where each ends: the quote in marks (“…”), an answer
  without a full stop given one when the excerpt goes on after it;
- a quote the post answers takes at most QUOTE_SHARE of what is left of the
  excerpt (more when its first sentence is longer), and leaves room for the
  answer's first sentence: shortened to its first sentences with "[…]" (never
  mid-sentence; the quote as it is when they do not both fit), a reply that
  quotes a whole paragraph before answering shows its answer, not only the
  quote (which also made it read as the post it quotes).

Pure; bot/excerpt.py reads a text's lines through a Quotes when it has quotes.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .boilerstrip import block_row
from .cuts import BLOCK_END, SENTENCE_END, is_abbreviation, is_heading, last_sentence_end
from .quoteattributions import after_quotes, is_attribution

if TYPE_CHECKING:
    from .blocks import Blocks

_EDIT_NOTE = re.compile(r"\[(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})\]\s")  # (a dated note on an edit)
QUOTED, AFTER, BEFORE = 1, 2, 4  # a line inside a quote; the line after one (its answer); the line before one
EDGE = AFTER | BEFORE
QUOTE_SHARE = 0.5  # of the excerpt left, for a quote the post goes on after
OPEN, CLOSE, ELISION = "“", "”", "[…]"
_SHORTENED = "text: a long quote shortened to its first sentences ([…]), to show the post's own text after it"
# A quote that opens with its own mark: the mark that closes it (written when a shortened quote loses its end).
_OWN_MARKS = {"“": "”", "‘": "’", "„": "“", "«": "»", "‹": "›", "「": "」", "『": "』", '"': '"', "'": "'"}
_UNLIMITED = 1 << 30
OWN_SHARE = 0.33  # of the limit, the post's own text after a leading quote at least, to leave the quote out for it
# A reply's title: "Re: …", "RE: …", "Aw: …", "回复：…" (a colon and a space: not "re:Invent", "Re:Zero").
REPLY_TITLE = re.compile(
    r"\s*(?:(?i:re|aw|odp|antw|reply to|réponse à|respuesta a)|SV|Sv|VS)\s*(?:\[\d+\])?:(?:\s|$)|\s*(?:回复|回覆)[:：]"
)
# Who a quote is from, as a line of its own over it: "Chris Marti:", "J W:" (a name's few words), or an attribution
# line: "On Mon, Jan 5, 2026 at 10:15 AM Chris Marti wrote:", "Chris Marti schrieb am 05.01.2026:", "Quote from: Chris
# Marti on January 5, 2026, 10:15:12 am" (a mail archive's, a forum's: the review of set50 F6's fix).
_QUOTE_TITLE = re.compile(
    r"[^\s:：.!?]+(?: [^\s:：.!?]+){0,3}[:：]"
    r"|.{0,80}\b(?:wrote|writes|schrieb|a écrit|escribió|ha scritto|scrisse|escreveu|schreef|написал[аи]?)"
    r"\b[^\n]{0,40}[:：]|(?:Quote from|Quoting|Zitat von|Citation de|Cita de)[:：]? [^\n]{1,100}"
)
_LEFT_OUT = "text: a leading quote left out, to show the post's own text (both do not fit)"


class Quotes:
    """Where the excerpt stands in a text's quotes, line by line."""

    __slots__ = (
        "_lines", "_roles", "_headings", "_limit", "_notes", "open", "_close", "_own", "_room", "_done", "_answer",
        "_left_out", "_reply",
    )  # fmt: skip

    def __init__(
        self,
        lines: list[str],
        quoted: frozenset[str],
        limit: int,
        notes: list[str],
        headings: frozenset[str] = frozenset(),
        title: str = "",
    ):
        inside = [line in quoted for line in lines]
        after = after_quotes(lines, inside)  # (and after its attribution line: set 69a F6)
        before = [*inside[1:], False]
        self._roles = [QUOTED if q else AFTER * a | BEFORE * b for q, a, b in zip(inside, after, before, strict=True)]
        self._lines, self._limit, self._notes = lines, limit, notes
        self._headings = headings  # the lines that are <h1>-<h6> headings: never an answer
        self.open = False  # a quote is open: its closing mark is not written yet
        self._close = ""  # the mark that will close it ("" when the quote brings its own)
        self._own = ""  # the closing mark of a quote that brings its own
        self._room = 0  # characters it may still take
        self._done = False  # it was shortened: its other lines are left out
        self._answer = False  # the last part is an answer without a sentence end
        self._left_out = -1  # the index of the answer after a leading quote left out (its lines before it go)
        self._reply = REPLY_TITLE.match(title) is not None  # a forum's reply: its quote is of the post it answers

    def role(self, index: int) -> int:
        return self._roles[index]

    @property
    def skipping(self) -> bool:
        """Whether the lines of the open quote are left out now (it was shortened)."""
        return self.open and self._done

    def skips(self, index: int, role: int) -> bool:
        """Whether the line at ``index`` is left out: a shortened quote's rest, a quote left out or its attribution."""
        return bool(role & QUOTED) and self.skipping or index < self._left_out

    def follows(self, parts: list[str]) -> bool:
        """Whether a part may follow ``parts`` because of a quote: it closes the open
        quote (its mark is written) or an answer without a full stop (it gets one)."""
        if self.open:
            parts[-1] += self._close
            self.open = False
            return True
        if self._answer:
            parts[-1] += "."
            self._answer = False
            return True
        return False

    def quote(self, parts: list[str], line: str, index: int) -> str:
        """A quoted line as the excerpt shows it: the first one opens the quote's
        mark; shortened when the quote would take more than its share and the post
        goes on after it; "" when it is left out (the quote ends before it, or it is a dated note on an edit before
        the text: "[2023-08-16] Daha minimal bir design…", yengas--tr-index.xml in set28, F12)."""
        if not parts and not self.open and line[:1] == "[" and _EDIT_NOTE.match(line):
            return ""
        if index < self._left_out:
            return ""
        first = not self.open
        if first:
            self.open, self._done = True, False
            self._own = _OWN_MARKS.get(line[0], "")
            self._close = "" if self._own else CLOSE
            line = OPEN + line if self._close else line
            answer = self._answer_after(index)
            if answer:  # at most its share of what is left, and room for the answer's first sentence
                left = self._limit - sum(len(part) + 1 for part in parts)
                fit = left - _first_sentence(answer) - 4
                self._room = min(int(left * QUOTE_SHARE), fit)
                if len(line) > self._room and not shortened(line, self._room):
                    self._room = fit  # (its first sentence is longer than its share: as long as the answer lets it be)
            else:  # a quote the post does not answer: as long as the excerpt lets it be
                self._room = _UNLIMITED
        elif not BLOCK_END.search(parts[-1], len(parts[-1]) - 8):
            # a line that does not follow from the last one (no sentence end between): the quote ends there
            parts[-1] += " " + ELISION
            self._done = True
            return ""
        if len(line) > self._room:
            start = shortened(line, self._room)
            leading = not parts or self._reply and len(parts) == 1 and _QUOTE_TITLE.fullmatch(parts[0]) is not None
            if not start and first and leading and len(self._answer_after(index)) >= self._limit * OWN_SHARE:
                # (a leading quote and the answer's first sentence do not both fit: the post's own words, not the
                # words it quotes, "A filmmaker forges…" before "Κάπου σε ενα kelp forest…": vouties--latest.xml, set44 F4;
                # not a short comment's, "Well deserved, of course. Congrats!": the quote is the news there); its
                # title goes with it in a reply ("RE: …", set50 F6's forum: never "Chris Marti:" over the answer; a
                # linkblog's "Mitchel Broussard: “…”" is the news its comment is on, and stays)
                del parts[:]
                self.open = False
                self._left_out = self._answer_at(index)
                self._notes.append(_LEFT_OUT)
                return ""
            if not start and first:
                self._room = _UNLIMITED  # no room for its first sentence and the answer's: the quote as it is
            else:
                self._done = True
                self._close = self._close or self._own  # (its own closing mark was cut off with its end)
                if _SHORTENED not in self._notes:
                    self._notes.append(_SHORTENED)
                if not start:
                    parts[-1] += " " + ELISION
                    return ""
                line = start
        self._room -= len(line) + 1
        return line

    def _answer_at(self, index: int) -> int:
        """The index of the line after the quote at ``index``."""
        roles = self._roles
        end = index
        while end < len(roles) and roles[end] & QUOTED:
            end += 1
        return end + 1 if end + 1 < len(roles) and roles[end + 1] & AFTER and is_attribution(self._lines[end]) else end

    def _answer_after(self, index: int) -> str:
        """The post's own text after the quote at ``index`` ("" if none, or not an answer)."""
        end = self._answer_at(index)
        return self._lines[end] if end < len(self._roles) and self.answers(end) else ""

    def answers(self, index: int) -> bool:
        """Whether the line at ``index``, right after a quote, is the post's answer to it:
        a sentence, or a short answer in any case ("no", "No", "Agreed"). Not an answer:
        a marked-up heading, boilerplate, the introduction of another quote ("Lauren
        Goode disagrees:"), a short line without words ("★") or in Title Case ("App
        Store", a link's label), or one that introduces a longer paragraph after it
        (a heading written as a paragraph)."""
        line = self._lines[index]
        if not self._roles[index] & AFTER or line in self._headings or line[-1] in ":：" or block_row(line) is not None:
            return False
        if line[:1].islower() or not is_heading(line):
            return True
        if not any(ch.isalnum() for ch in line):
            return False  # no words: a permalink's "★", a separator
        words = line.split()
        if len(words) > 1 and all(word[:1].isupper() for word in words):
            return False  # Title Case: a link's label ("App Store"), a heading ("Show Notes")
        after = index + 1
        if after == len(self._lines) or self._roles[after] & QUOTED:
            return True  # the last line, or one before the next quote: nothing it could introduce
        following = self._lines[after]
        return (
            len(following) <= len(line)
            or is_heading(following)
            or block_row(following) is not None
            or (following[-1] in ":：" and after + 1 < len(self._lines) and bool(self._roles[after + 1] & QUOTED))
        )  # (the last three: no paragraph; who the next quote is from, "anonymous105:")

    def took(self, role: int, line: str, index: int) -> None:
        """Line ``index`` was added: whether it is an answer without a sentence end. A list's item is one only alone (a
        list of two or more is no answer: set52 F7, "…[…]” • ゲーム ID: G 005 9TG 3PF." ended a list at its first item,
        the excerpt's full stop after it; a one-item list, "• Not in my tests", answers as a line does: the review)."""
        listed = line[0] == "•" and self._lines[index + 1 : index + 2] != [] and self._lines[index + 1][:1] == "•"
        self._answer = bool(role & AFTER) and not listed and not BLOCK_END.search(line, len(line) - 8)

    def finish(self, parts: list[str]) -> bool:
        """Close the quote left open; whether the excerpt ends with a quote or an
        answer (complete as it is: not cut back to a sentence end)."""
        if self.open:
            parts[-1] += self._close
            self.open = False
            return True
        return self._answer


def _first_sentence(text: str) -> int:
    """The length of a text's first sentence (all of it when it ends none)."""
    for m in SENTENCE_END.finditer(text):
        if not (m.group(0).startswith(".") and is_abbreviation(text, m.start())):
            return m.end()
    return len(text)


def shortened(text: str, room: int) -> str:
    """The first sentences of a quoted text within ``room`` characters, "[…]" after
    them ("" when its first sentence is longer: a quote is not cut mid-sentence)."""
    end = last_sentence_end(text, room - len(ELISION) - 1)
    return text[:end] + " " + ELISION if end > 0 else ""


def closed_quote(cut: str, text: str, cut_by_feed: bool = False) -> str:
    """A cut text with the closing mark of a quote the cut left open (“The answer is this: the
    owner…” — the quote marks the excerpt writes, or the text's own, curly, straight or corner brackets: Slashdot's
    'drizzle writes "There's an interesting story…'), when the text closes it, or the feed cut the text (its closing
    mark went with the rest: '…(Windows). "A rogue-lite strategy adventure, blending … gameplay.' closed, set22 F7)."""
    cut_by_feed = cut_by_feed and len(cut) < len(text)  # (cut back from the feed's cut: room for the mark)
    rest = text[len(cut.rstrip("…")) :]  # (what the cut left out: a quote it leaves open closes there first)
    for opening, closing in _PAIRS if "„" not in cut else _PAIRS[1:]:  # (German „…“: “ closes)
        if opening == "„" and text.count("”") > text.count("“"):  # (Polish „…”: ” closes, set31 F5's "…są „na
            # minusie”.", also in a text the feed cut inside one; not German „…“ beside an English “…”: the reviews)
            closing = "”"
        if cut.count(opening) > cut.count(closing) and (
            cut_by_feed or text.count(opening) <= text.count(closing) or -1 < rest.find(closing) < _find(rest, opening)
        ):
            return cut + _inner_closers(cut, cut.rfind(opening), _before(rest, closing)) + closing
    if _marks(cut) % 2 and (cut_by_feed or not _marks(text) % 2) and _STRAIGHT_OPEN.match(cut, cut.rfind('"')):
        at = cut.rfind('"')  # (the last one opens a quote: an inch mark does not)
        return cut + _inner_closers(cut, at, _before(rest, '"')) + '"'
    return cut + _inner_closers(cut, -1, rest)  # (a single quote alone: a submitter's 'X writes "' gone, rev68c F1)


# A single quote inside the quotation a cut leaves open, left open too ('…writes "The … survey is not the usual 'Apache
# continues…' story: … 'This majority of this month's growth is … served by QZHTTP."': set 68b F10; now …QZHTTP.'"):
# one opens after a space, a dash or an opening bracket, before a letter; one closes after a letter or a mark, before
# a space, a mark or the end. An apostrophe inside a word ("month's", "don’t") is neither, nor one before a figure
# ("the '90s"); one that closes what never opened ("the users' files") closes nothing.
# A letter written without spaces (Chinese, Japanese, Korean: "因为“‘人是什么’决定着‘人的发展’…”", set10's cnblog) stands
# where a space would: a mark beside one opens or closes.
_UNSPACED = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_SINGLE = re.compile(
    rf"(?:^|(?<=[\s(\[“\"—–{_UNSPACED}-]))(?P<open>['‘])(?=[^\W\d_])"
    rf"|(?<=[\w.,!?…)\]%])(?P<close>['’])(?!(?![{_UNSPACED}])\w)"
)
_SINGLE_CLOSE = {"'": "'", "‘": "’"}


def _before(rest: str, closing: str) -> str:
    """What the quotation the cut left open still holds: ``rest`` up to its closing mark ("" when the feed cut it)."""
    return rest[: max(0, rest.find(closing))]


def _inner_closers(cut: str, opening: int, rest: str) -> str:
    """The closing marks of the single quotes still open in ``cut`` after the quotation that opens at ``opening``,
    innermost first: only those the quotation's ``rest`` closes (an elision that looks like an opening mark, Dutch
    "'s avonds", "'t", English "tell 'em", Hawaiian "'aina", closes nowhere: rev68c F2)."""
    if "'" not in cut and "‘" not in cut:
        return ""
    stack: list[str] = []
    for m in _SINGLE.finditer(cut, opening + 1):
        if m["open"]:
            stack.append(_SINGLE_CLOSE[m["open"]])
        elif stack and stack[-1] == m["close"]:
            stack.pop()
    held, closed = list(stack), len(stack)  # (the rest's own quotes open and close above the cut's)
    for m in _SINGLE.finditer(rest) if stack else ():
        if m["open"]:
            stack.append(_SINGLE_CLOSE[m["open"]])
        elif stack and stack[-1] == m["close"]:
            stack.pop()
            closed = min(closed, len(stack))
            if not stack:
                break
    return "".join(reversed(held[closed:]))


def cut_mid_sentence(text: str) -> bool:
    """Whether a cut text ends with its "…", or with the marks closed_quote wrote after a "…" inside a “…” quote:
    "…”", the single quotes it closed first too ("…’”", set 68b F10; the chardet--GB2312-cnblog.org.xml item in set10
    read as cut nowhere). Only “…”: a cut inside straight quotes, «…» or 「…」 reads as ended by its mark, as before
    (rev68c F7: the excerpt's sentence-just-past-the-limit path was built for the “…” the excerpt writes)."""
    return text.endswith("…") or text.endswith(CLOSE) and text[:-1].rstrip("'’").endswith("…")


_PAIRS = ((OPEN, CLOSE), ("«", "»"), ("„", "“"), ("「", "」"), ("『", "』"))


def _find(text: str, mark: str) -> int:
    """Where ``mark`` first stands in ``text``, or past its end."""
    at = text.find(mark)
    return len(text) if at < 0 else at


_STRAIGHT_OPEN = re.compile(r'(?:^|(?<=[\s(\[]))"(?=\w)')
# A straight quote inside a word, an apostrophe typed as one ('інтерв"ю', pittua's in tests/data/unseen/set19, F12e:
# it made '…правду. "The 1970s.' look closed), opens and closes nothing.
_IN_WORD = re.compile(r'(?<=\w)"(?=\w)')


def _marks(text: str) -> int:
    return text.count('"') - (len(_IN_WORD.findall(text)) if '"' in text else 0)


# A block a forum marks as the post it quotes ("quotecontent", "bbcode_quote", "quote_container"), not the
# "quotetitle" that names who wrote it, nor an article's own "pullquote".
_QUOTE_CLASS = re.compile(r"(?:^|\s)[\w-]*(?<!pull)quote(?:[_-]?(?:content|container|box|body))?(?:\s|$)", re.I)


def quote_box(el) -> bool:
    """Whether an HTML block (lxml) is a quote without <blockquote>: its class says so (a
    phpBB "quotecontent"), and it holds no <blockquote> (Discourse's quote box: that one is)."""
    cls = el.get("class")
    return bool(cls) and "uote" in cls and _QUOTE_CLASS.search(cls) is not None and el.find(".//blockquote") is None


def quoted_block(el) -> bool:
    """Whether an HTML element (lxml) is a quote: a <blockquote> or a forum's quote box (see quote_box)."""
    return el.tag == "blockquote" or quote_box(el)


# Discourse's preview of a page a post links ('<aside class="onebox allowlistedgeneric">': the page's name, title and
# description; tests/data/unseen/set18's F4), not its "inline-onebox" link, which is part of a sentence.
_ONEBOX = re.compile(r"(?:^|\s)onebox(?:\s|$)")


def onebox(cls: str | None, el=None) -> bool:
    """Whether an HTML block's class says it is a forum's preview of a page the post links, or (given the block,
    ``el``) the file's name, size and bytes it writes over a picture it shows in a lightbox ('<a class="lightbox">
    <img><div class="meta">…Screen Shot 2021-04-22…1470×1572 407 KB</div>', set19 F12b): not the post's words."""
    if cls is None:
        return False
    if "onebox" in cls and _ONEBOX.search(cls) is not None:
        return True
    parent = el.getparent() if cls == "meta" and el is not None else None
    return parent is not None and "lightbox" in (parent.get("class") or "").split()


# Who the post is by, before the post itself in a quote: an old Discourse "latest.rss" writes each topic's first post
# as '<p><a href="…/u/technobone">@technobone</a> wrote:</p><blockquote>…</blockquote>' (tests/data/unseen/set19's F2).
_BYLINE = re.compile(r"(?:@\w|[^\W\d])[\w.-]*\s+(?:wrote|writes)\s*:", re.IGNORECASE)  # ("@201d": set44 F6)
# ("He wrote:" in an article: its author quotes someone, no byline)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


def quoted_post(blocks: Blocks) -> Blocks:
    """The blocks of a text that is only who wrote it ("@name wrote:", "name wrote:") and one quote, besides
    boilerplate rows ("Posts: 7"): the quote is the post itself, its text without the byline and quote marks
    (a leading quote that the post answers stays: its reply follows it, bot/excerpt.py). Else the blocks."""
    lines, quoted = blocks.lines, blocks.quotes
    if len(lines) < 2 or lines[0] in quoted or lines[1] not in quoted or _BYLINE.fullmatch(lines[0]) is None:
        return blocks
    if lines[0].lstrip("@").split()[0].casefold() in _PRONOUNS:
        return blocks
    if any(line not in quoted and block_row(line) is None for line in lines[2:]):
        return blocks  # (the post's own text after the quote: it answers it)
    return dataclasses.replace(blocks, lines=lines[1:], quotes=frozenset())
