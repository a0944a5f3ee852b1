"""Feed text as blocks: the paragraphs, list items, headings and quotes of an
entry's HTML (or plain text), one line each, in order.

The excerpt (bot/excerpt.py) is taken from blocks, never from one run-on
string: it knows where a paragraph ends, which lines are headings, which are
quoted (bot/quotes.py), and where the last block (the one a feed cuts, or ends
with platform boilerplate) is.
html_to_text's text is the same lines joined, its trailing boilerplate gone.
"""

from __future__ import annotations

import dataclasses
import functools
import html as htmllib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import boldheads, linkparagraphs, linktitles, pagestart, questionheads
from .blockjoins import items_in_sentence
from .boilerstrip import block_row, strip_boilerplate, strip_start
from .changelabels import labels_apart
from .clean import html_lines, plain_lines
from .codeblocks import add_traces, without_line_numbers
from .codewraps import code_joined
from .cuts import BLOCK_END, CONJUNCTIONS, MINOR_WORDS, is_abbreviation, is_heading, is_rule, is_spaceless
from .dashitems import dash_items
from .footnotemarks import FOOTNOTES, without_footnote_marks
from .framedlines import framed_joined, is_ornament, is_separator, without_ornaments
from .gluedmarks import spaced_marks
from .gluedtext import unglued
from .headingrows import without_cjk_headings, without_line_headings
from .inlineedges import CJK, GOING_ON
from .listrows import rows_marked
from .lonelabels import lone_label
from .markdowntables import table_cells
from .markdowntext import before_tex, in_runs, links_read, markdown_read, marked_heading, marked_quote
from .midheadings import anchored_rows
from .namelists import without_name_lists
from .networkrows import without_network_rows
from .pictureends import ends_in_picture
from .plaincode import code_split
from .postends import post_opened, signs_off, without_sign_off
from .proseheads import without_prose
from .runinlists import run_in
from .sectionlabels import later_labels_dropped
from .sentences import HEADING, QUOTED
from .storylabels import unmarked
from .texmath import rendered_lines
from .thanks import THANKS_HINTS, without_thanks


@dataclass(frozen=True, slots=True)
class Blocks:
    lines: list[str]  # one per block, stripped, none empty
    headings: frozenset[str] = frozenset()  # the lines that are <h1>-<h6> headings
    text: str = ""  # html_to_text's (plain_to_text's): the lines joined, trailing boilerplate removed
    # True when that removed nothing (boilerstrip.strip_boilerplate's patterns are not at the last line's end)
    tail_clean: bool = False
    structured: bool = False  # from HTML: its headings are known (not guessed from short lines)
    cut: bool = False  # only the start of the markup was read: the last line is not the text's end
    quotes: frozenset[str] = frozenset()  # the lines inside a <blockquote> (what a post quotes)
    # The feed cuts its texts at a fixed length and this one is that long: its last word may be cut
    # in two, with or without a mark (bot/feedcuts.py; set by bot/normalize.py, which sees the feed's texts).
    clipped: bool = False
    # The feed ends its texts without a full stop (feedcuts.ends_open; set by normalize.py): one in a lower-case word is whole.
    open_ends: bool = False
    # The lines of a list of links laid out with <br>s (an aggregator's related headlines, each with its publisher:
    # bot/inlinerows.py) and of preformatted text (code): shown as they are, never read as the story's sentences.
    rows: frozenset[str] = frozenset()
    code: frozenset[str] = frozenset()  # the lines of code (bot/codeblocks.py): never an excerpt's

    def __bool__(self) -> bool:
        return bool(self.lines)


EMPTY = Blocks([])
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
# A hard-wrapped line is at most this long (a line that ends with "to" and is longer ends a paragraph the feed cut:
# podnews' "…to subscribe to" / "Visit https://…"); not one that ends on an article or "als" ("…Person als", set31 F8)
_WRAP_WIDTH = 80
_NEVER_LAST = (" a", " an", " the", " der", " die", " das", " des", " le", " la", " les", " el", " los", " als")
# A line that is only a short aside in parentheses: a reference to what the line before says.
_ASIDE = re.compile(r"\([^()\n]{1,40}\)")
_LIST_ITEM = re.compile(r"(?:[-*•–]|\d{1,3}[.)])\s")


def html_blocks(markup: str | None, *, cut: bool = False, title: str = "") -> Blocks:
    """The blocks of feed HTML; ``cut``: ``markup`` is only the start of it; ``title``: its entry's (set41 F1)."""
    if not markup:
        return EMPTY
    markup = (
        spaced_marks(markup)
        if "<" not in markup
        else linktitles.titled_links(
            linkparagraphs.links_unannounced(linkparagraphs.video_pointers_dropped(pagestart.bare(markup)))
        )
    )
    headings: list = []
    quotes: list = []
    rows: list = []
    code: list = []
    marked = boldheads.bold_headings(questionheads.question_headings(markup))  # (set 68a F3: italic questions)
    lines = html_lines(marked, headings, quotes=quotes, rows=rows, whole=not cut, code=code)
    without_prose(headings, lines)  # (a lede set as an <h2>: set57 F3; set65a F6)
    unmarked(markup, lines, headings, quotes, code=code)  # ("♠ Previously." opening every post: set43 F1, F5)
    post_opened(lines, headings, quotes, code, rows)  # ("Hi," / "as my talk…": set48 F10; "I had…: http…": set 65a F3)
    lines = without_name_lists(lines, {*headings, *quotes, *code})  # (a paper's authors: set 70b F4)
    lines = without_network_rows(lines, {*quotes, *code})  # ("Goodreads Telegram Twitter…", "by http://www.": 70a F9)
    lines = dash_items(lines, {*headings, *quotes, *code}) if "<" in markup else lines  # ("<div>-Tick…": 70b F11)
    if "---" in markup and "|" in markup:  # (a Markdown table run together in HTML's text: set42 F7)
        lines = table_cells(lines, code, headings, kept={*code, *rows})
    if "](" in markup and not _SHOWN_MARKDOWN.search(markup):  # (a Markdown link written out: "[Here](http://www.
        # youtube.com/…) is a recording…", set52 F3; not where <code> shows the syntax: a tutorial's)
        lines = links_read(lines, code, (headings, quotes, rows))
    if "# " in markup or "¶" in markup:  # (a Markdown heading kept as text: "<p>## 朴素贝叶斯实战</p>", set20 F6)
        plain = "<" not in markup  # (a Hugo summary plainified; in markup "الحرف # له معنى…" is a sentence: the review)
        lines = [row if row in code else marked_heading(row, headings)
                 for line in lines for row in (anchored_rows(line) if plain and line not in code else (line,))]  # fmt: skip
    if "<" not in markup and ("&" not in markup or "<" not in htmllib.unescape(markup)):
        # text without markup: its line breaks were kept, hard wraps too (a heading run into a line: set41 F1); a
        # text wrapped at a width throughout (a security advisory's) is plain text: a blank line ends its paragraphs
        lines = without_line_headings(lines, title) if not (wrapped := _wrapped(lines, markup)) else lines
        lines = _plain_list_marked(_paragraphs(markup, html_lines) if wrapped else rows_marked(unwrapped(lines)))
        lines = [unglued(line) for line in lines]  # paragraphs joined without a space (bot/gluedtext.py)
        lines = [without_line_numbers(line) if "1 2 " in line else line for line in lines]  # (Hugo's code: set42 F6)
        lines = code_split(lines, code)  # (commands and code plainified: set43 F2, bot/plaincode.py)
        lines = labels_apart(lines) if "-" in markup else lines  # (a version's label ending a line: set60 F6)
    # (a reply's quote of another post as a paragraph of "> …" in its HTML: set24 F8; a text without markup may be a
    # terminal's prompts, Escape Pod's "> Read?" / "> No.")
    if ("&gt;" in markup or "> " in markup) and re.search(r"<(?:p|br|div)\b", markup):
        lines = [line if line in code else marked_quote(line, quotes) for line in lines]  # (not code's "> npm …")
    if "<li" in markup:  # ("…because" / "• it will…", or in one paragraph: set48 F9)
        lines = items_in_sentence(lines, [*headings, *quotes, *code, *rows])
    lines = before_tex(lines, code) if "\\" in markup else lines  # (set43 F13: "\\(x(t)\\)", "\\[…\\]", "$\\alpha$")
    if "$" in markup or "\\" in markup or "``" in markup:  # (simple TeX rendered: "$G$", "G\\"odel"; set48 F3)
        lines = rendered_lines(lines, code, headings, quotes, rows)
    if ("footnote" in markup or 'id="fn' in markup) and (notes := FOOTNOTES.search(markup)):
        # (a footnote's mark as plain text, its list in the entry: "…меня самого[1].", set49 F13)
        lines = without_footnote_marks(lines, markup, notes.start(), kept={*headings, *quotes, *code, *rows})
    if any(map(is_ornament, lines)):  # (an ornament a paragraph of its own, "<p>.~.~.</p>": set58 F3)
        lines = without_ornaments(lines, {*headings, *quotes, *code, *rows})
    # (a section's label before a later paragraph's sentence: "Resumo: O grupo…", set 71a F10; with a colon or a
    # spaced dash, "Resumo – O grupo…", as the label's pattern: no check on the markup, review rev71a 4)
    lines = later_labels_dropped(lines, {*headings, *quotes, *code, *rows})
    joined = "\n".join(lines)
    if any(hint in joined for hint in _RULE_HINTS):
        lines = ruled(lines, rows, kept={*headings, *quotes, *rows})
        joined = "\n".join(lines)
    if ":\n• " in joined:
        lines = run_in(lines, kept={*headings, *quotes})
        joined = "\n".join(lines)
    if signs_off(joined):  # (a post's thanks at a paragraph's end, its sign-off: bot/postends.py)
        joined = "\n".join(lines := without_sign_off(lines, headings, quotes, markup))  # (64b F4, 65a F3, F4, 69a F5)
    add_traces(lines, code, rows)  # (a trace or a log pasted as paragraphs is code too: set24 F7)
    if cut:  # the end is elsewhere: no trailing boilerplate to look for here
        return Blocks(lines, frozenset(headings), joined, True, "<" in markup, True, frozenset(quotes),
                      rows=frozenset(rows), code=frozenset(code))  # fmt: skip
    text = strip_boilerplate(joined)
    return Blocks(lines, frozenset(headings), text, text is joined, "<" in markup, quotes=frozenset(quotes),
                  rows=frozenset(rows), code=frozenset(code), open_ends="<img" in markup and ends_in_picture(markup))  # fmt: skip


def after_trailer(blocks: Blocks, before: Blocks) -> Blocks:
    """The blocks a trailer went from (a repeated paragraph, a call to action, a "read more" link: ``before`` are
    the blocks it went from), marked ``open_ends``: the text ended after the trailer, so what ends it now is the
    author's end, never the feed's cut ("…another Spotify exclusive" before podnews' "Visit … newsletter.")."""
    if not before or not blocks or blocks.clipped or before.lines[-1].endswith(blocks.lines[-1]):
        return blocks  # (nothing went from the end: a repeated opening sentence went from its start, at most)
    return dataclasses.replace(blocks, open_ends=True)


def mentions_listed(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` and the next are each one @handle, which alone is a byline: a list of the people the
    text names (its thanks, its credits), which the text after it speaks of ("Thank you… @A @B … @J And there's
    probably many more. If you weren't included on the list, don't worry.": set53 F3); the story ends before it."""
    pair = lines[index : index + 2]
    return len(pair) == 2 and all((row := block_row(line)) is not None and row.name == "byline-handle" for line in pair)


def prose(blocks: Blocks, limit: int | None = None) -> str:
    """The blocks' text without the rows of a list of links or of code, and each line without a boilerplate
    prefix ("Share:", a photo's credit, a wire story's byline: strip_start, which the excerpt
    applies to its first block): what the story's sentences are read from. ``limit``: its lines
    up to the first that takes it beyond that many characters (the lead's: sentences.lead_text reads no further).
    A line that is all boilerplate (a signature, a credit) is left out; a line inside a quote, when the text is not all one, opens with
    ``sentences.QUOTED`` (taken only after the sentence that introduces it), a heading with ``sentences.HEADING``."""
    lines: list[str] = []
    inside: list[bool] = []  # (each line: inside a <blockquote>)
    length = -1
    text = blocks.text.split("\n")
    for index, line in enumerate(text):
        if (row := block_row(line)) is not None:
            if row.ends_lead or lines and mentions_listed(text, index):
                break  # (the sponsors' reads start: "Sponsors", "Sponsored by:"; what follows is no part of the story)
            continue  # (a whole line of boilerplate: a signature, a credit, a "Share:" row; set14 finding 9)
        quoted = line in blocks.quotes
        mark = HEADING if line in blocks.headings else ""  # (never a summary's sentence)
        if line not in blocks.rows and (line := strip_start(line, None if index else text[1:])[0]):
            lines.append(mark + line)
            inside.append(quoted)
            length += len(line) + 1
            if limit is not None and length > limit:
                break
    if any(inside) and not all(inside):  # (a text that is all one quote is the text)
        lines = [QUOTED + line if quoted else line for line, quoted in zip(lines, inside, strict=True)]
    return "\n".join(lines)


def plain_blocks(text: str | None, title: str = "") -> Blocks:
    """Blocks of plain text: a blank line ends a paragraph; a line break is a soft wrap, but before a list item."""
    if not text:
        return EMPTY
    text = spaced_marks(text)  # (a list written "-Item": set58 F1)
    text = markdown_read(text) if "*" in text else text  # (its code spans too: set 65b F11)
    read = functools.cache(lambda line: without_cjk_headings(unglued(line), title))  # (once a line: set42 F1)
    lines = list(map(read, plain_lines(text)))
    blocks = _paragraphs(text, lambda part: list(map(read, plain_lines(part))))
    unmarked("", lines)  # (set43 F1)
    unmarked("", blocks)
    if any(hint in text for hint in THANKS_HINTS):  # (a post's thanks at a paragraph's end: bot/thanks.py)
        lines, blocks = without_thanks(lines, set()), without_thanks(blocks, set())
    rules: list[str] = []
    if any(hint in text for hint in _RULE_HINTS):
        blocks = ruled(blocks, rules)
    return Blocks(_plain_list_marked(blocks), frozenset(), strip_boilerplate("\n".join(lines)), rows=frozenset(rules))


def _paragraphs(text: str, lines_of: Callable[[str], list[str]]) -> list[str]:
    """A block per paragraph of plain text (``lines_of`` reads a paragraph's lines), as plain_blocks reads them."""
    blocks: list[str] = []
    for paragraph in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        apart = True
        for line in framed_joined(lines_of(paragraph)):  # (an announcement framed by ornaments: set58 F3)
            if is_separator(line):  # (a mark alone between two parts, "." / "・": no text, a break)
                apart = True
            elif apart or _LIST_ITEM.match(line):
                blocks.append(line)
                apart = False
            else:  # (a wrap inside Chinese or Japanese: no space, "“…”と" / "”…”を" / "12枚の紙に…")
                blocks[-1] += ("" if CJK.match(blocks[-1][-1]) and not line[0].isascii() else " ") + line
    return blocks


def _wrapped(lines: list[str], text: str) -> bool:
    """Whether a text without markup is wrapped at a width throughout (an advisory's plain text at
    72-80 columns: "…an attacker could cause" / "MilkyTracker to crash…"): its longest line 60 to
    _WRAP_WIDTH long, and two lines at least that are not the last of their paragraph, each within a
    fifth of it. Lines of their own (a show's notes, a list, a poem) are shorter or vary more."""
    if len(lines) < 3 or not 60 <= (width := max(map(len, lines))) <= _WRAP_WIDTH:
        return False
    inner = [
        len(line.strip())
        for paragraph in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n"))
        for line in [line for line in paragraph.split("\n") if line.strip()][:-1]
    ]
    return len(inner) >= 2 and min(inner) >= 0.8 * width


# A rule between sections, as <hr> is: one symbol repeated ("**********", "〜〜〜〜〜", "────", "====="), a line
# of its own (three or more) or, with a <br> before or after it (a space by now), five or more in a line.
_RULE_IN_LINE = re.compile(
    r"(?:^|(?<=\s))(?:([-*=~_#〜～＝─━])\1{4,}|([-=─━])\2{4,}[^\W_]{1,10} \d{1,3}\2{5,})(?=\s|$)"
)  # ("--part 1--")
_SHOWN_MARKDOWN = re.compile(r"<code\b[^>]*>[^<]*\]\(")  # (inline code that shows a link's syntax: left as written)
_RULE_HINTS = ("***", "---", "===", "~~~", "___", "###", "〜〜〜", "～～～", "＝＝＝", "───", "━━━")


def ruled(lines: list[str], rules: list, kept: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The lines with each rule a line of its own (cuts.is_rule: a section break, which ends the excerpt), and listed
    in ``rules`` (never read as the story's sentences); ``kept``: lines left as they are (headings, quotes, code)."""
    out: list[str] = []
    for line in lines:
        if line in kept or not _RULE_IN_LINE.search(line):
            out.append(line)
            if is_rule(line) and line not in kept:
                rules.append(line)
            continue
        start = 0
        for m in _RULE_IN_LINE.finditer(line):
            out.extend(part for part in (line[start : m.start()].strip(), m.group()) if part)
            rules.append(m.group())
            start = m.end()
        if rest := line[start:].strip():
            out.append(rest)
    return out


_BULLET = re.compile(r"[-*•]\s+(?=\S)")


def _plain_list_marked(blocks: list[str]) -> list[str]:
    """The blocks with a plain text's list marked as HTML's is: "- a", "* b" as
    "• a", "• b" (the excerpt joins list items, each with its bullet, and a label
    before them names them: "VECKANS RUBRIKER: • …"). Two items in a row at
    least: a lone "- " line may be a dash before someone's words."""
    found = [_BULLET.match(block) for block in blocks]
    if sum(m is not None for m in found) < 2:
        return blocks
    listed = in_runs([m is not None for m in found])  # (the rule a <pre>'s list follows too: bot/markdowntext.py)
    return [
        "• " + block[m.end() :] if m and is_item else block
        for block, m, is_item in zip(blocks, found, listed, strict=True)
    ]


def unwrapped(lines: list[str]) -> list[str]:
    """The lines of a text without markup, each line break taken for the author's
    (a block each), but for a hard wrap inside a sentence: a line that does not end
    one, followed by one that goes on with it ("…experiments to" / "the International
    Space Station…": lower case, or after a comma or a word that never ends a phrase)."""
    out: list[str] = []
    previous = ""
    joined = framed_joined(code_joined(lines))  # (inline code on lines of its own: bot/codewraps.py; set58 F3)
    for index, line in enumerate(joined):
        if is_separator(line):  # (a mark alone, "." / "・", or an ornament, ".~.~.", between two parts: a break)
            previous = ""
            continue
        if out and _goes_on(out[-1], line, previous) and not lone_label(joined, index):
            out[-1] += " " + line
        elif out and out[-1][-1] in GOING_ON and not _LIST_ITEM.match(line) and is_spaceless(out[-1][-1]):
            out[-1] += line  # (a Japanese line wrapped after a particle: "“…感覚”と" / "”…感覚”を" / "12枚の紙に…。")
        else:
            out.append(line)
        previous = line
    return out


def _goes_on(line: str, after: str, last_line: str = "") -> bool:
    """Whether ``after`` goes on with ``line`` (``last_line``: the last line of it, the one a wrap ended)."""
    if _ASIDE.fullmatch(after):
        return True  # ("…handled Qdatastream protocol." / "(CVE-2018-1000179)": the id is the sentence's)
    if BLOCK_END.search(line, len(line) - 8) or _LIST_ITEM.match(after) or after.startswith(("http", "www.")):
        return False
    # (not after a character of a script without spaces: no wrap there, and no space to put back)
    if is_spaceless(line[-1]):  # (but a Korean clause's connective ending before more Hangul)
        return len(line) >= 20 and "가" <= after[:1] <= "힣" and _KOREAN_GOES_ON.search(line, len(line) - 3) is not None
    # ("…did not happen on" / "January 13, 1999.": a line never ends with "on", "the", "and")
    return (
        (after[:1].islower() and after[:1].isalpha() and after[:1] != "ℹ")  # (not a notice's sign, "ⓘ": set61 F1)
        or line.endswith((",", ";"))
        or (bool(after.split()) and after.split(None, 1)[0].casefold() in CONJUNCTIONS)
        or (len(last_line or line) <= _WRAP_WIDTH and line.rsplit(None, 1)[-1].lower() in MINOR_WORDS)
        or line.endswith(_NEVER_LAST)
        or _wrapped_sentence(last_line or line)
    )


# A Korean clause's connective ending ("…알아보고": set43 F9; not "참고", "문서", "화면"); "-고" only after a verb's
# stem ("하고", "걸리고", "알아보고"): a noun's "교통사고", "공고", "경고", "보고" ends its line (mend43a)
_KOREAN_GOES_ON = re.compile(
    r"(?<=[가-힣])(?:(?:[하되있없았었였했겠시리들르지주오가나내치키우추받먹쓰놓듣알살같좋많않니]|[아어여해]보)고"
    r"|며|지만|[는은인]데|하여|도록|면서|거나|니까|[어아해]서|[으하다]면|려면)$"
)


_WRAPPED_FROM = 60  # a line at least this long (and at most _WRAP_WIDTH) may be a hard wrap's


def _wrapped_sentence(line: str) -> bool:
    """A line a mail's width wrapped inside a sentence that started in it: a sentence ends in it, then
    words up to a lower-case one ("The hardware spec uses REX.W/REX.R/REX.X/REX.B. But x86 binutils uses" /
    "REX_MODE64/REX_EXTX/REX_EXTY/REX_EXTZ. I have to…"): a line of its own never stops so."""
    if not _WRAPPED_FROM <= len(line) <= _WRAP_WIDTH or not line[-1].isalpha() or not line[-1].islower():
        return False
    if is_spaceless(line):  # (a script without spaces is not wrapped at a width: "。" then a word is a line's own)
        return False
    return any(not (m.group() == "." and is_abbreviation(line, m.start())) for m in _INNER_END.finditer(line))


_INNER_END = re.compile(r"[.!?](?=[\"'”’)\]]*\s)")


def text_blocks(text: str) -> Blocks:
    """Blocks of text that is already clean (html_to_text's), a line each."""
    lines = [line.strip() for line in text.split("\n")]
    return Blocks([line for line in lines if line], frozenset(), text)


def reads_as_heading(line: str) -> bool:
    """is_heading, and a few words ("Summary", "Update 2") or Title Case: a short
    line of HTML, whose real headings are known (h1-h6), taken for one too."""
    if not is_heading(line):
        return False
    words = line.split()
    return len(words) <= 3 or not any(w[:1].islower() and w.lower() not in MINOR_WORDS for w in words)
