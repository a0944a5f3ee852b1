"""A summary that is its entry's content with the content's list's items run together, or with a list left out (a
platform's auto-excerpt: WordPress's block-editor <description>, set 64a F2; Hugo's plain .Summary, set 64a F14): the
content, whose blocks keep the items apart, is read instead (bot/normalize.py); or its paragraphs run together with no
stop between them (bot/gluedparagraphs.py, set 71b F2). Pure.
"""

from __future__ import annotations

import html
import re

from .blocks import Blocks
from .excerpt import excerpt_with_notes
from .flattened import BLOCK_TAG, markup_flattened
from .gluedparagraphs import paragraphs_glued

# A tag, or the text between two tags.
_PIECE = re.compile(r"<[^<>]*>|[^<]+")
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
_WORD = re.compile(r"\w+")  # (titlewords.casefolded_words')
# Between two of a summary's words: a list's separator its author wrote ("three platforms: Linux, macOS, Windows."):
# items set apart, not run together (rev64b F5).
_SEPARATOR = re.compile(r"[,;，；、·|•]")
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_ANNOUNCING = (":", "：")
_STOPS = (".", "!", "?", "。", "！", "？", "…")
_SPAN = 30_000  # characters of the content's markup read
_WORDS = 150  # of the summary's first words, compared
_ALIGN = 3  # words that must follow a skipped list in both texts (or open both)
_START = 60  # of the content's first words, where the summary may start (after a picture's caption, a kicker)
_FLATTENED = 2  # items the summary runs together
_COVERED = 0.8  # of the summary's words, matched in order
_MARKUP = 4  # characters of markup per character of text, at most, where the summary's words are looked for
_LIST_ROOM = 4_000  # characters of markup more: a list the summary left out


def _content_words(markup: str) -> list[tuple[str, bool, bool]]:
    """Each word of an HTML text (casefolded, its entities read; an inline tag inside a word keeps it whole: "<a>서점</a>
    에서"): whether it opens a list's item, and whether it stands inside a list that stands apart from the sentences
    around it: one a colon or a heading announces, or that opens the text, or whose items are sentences ("…증상이
    있다." over items that end with stops). Not one whose items, without stops, the next paragraph goes on from ("…
    다짐하신 분</li></ul><p>이라면…": the list is inside a sentence, that a summary may well run on)."""
    parts: list[str] = []
    at, depth, last_tag, item_text = 0, 0, "", ""  # (item_text: the last text of the item open at depth 1)
    opens: list[int] = []  # (where each item opens)
    lists: list[list] = []  # (each outer list: where it opens and closes, announced, its items all sentences)
    for piece in _PIECE.finditer(markup[:_SPAN]):
        text = piece.group()
        if text[0] != "<":
            parts.append(text := html.unescape(text))
            at += len(text)
            item_text = text if text.strip() else item_text
        elif BLOCK_TAG.match(text) and (name := _TAG_NAME.match(text)) is not None:  # (a tag that sets words apart)
            tag, closing = name[1].lower(), text[1] == "/"
            if tag in ("ul", "ol") and not closing and (depth := depth + 1) == 1:
                before = "".join(parts[-8:]).rstrip()
                lists.append(
                    [at, len(markup), not before or before.endswith(_ANNOUNCING) or last_tag in _HEADINGS, True]
                )
            elif tag in ("ul", "ol") and closing and depth and (depth := depth - 1) == 0:
                lists[-1][1] = at
            elif tag == "li" and depth == 1:
                if not closing:
                    opens.append(at)
                    item_text = ""
                elif not item_text.rstrip().endswith(_STOPS):  # (one text each closing: rev64b F9's cost)
                    lists[-1][3] = False
            last_tag = tag if closing else ""
            parts.append(" ")
            at += 1
    apart = [(start, end) for start, end, announced, sentences in lists if announced or sentences]
    words: list[tuple[str, bool, bool]] = []
    end, o, d = 0, 0, 0
    for word in _WORD.finditer("".join(parts).casefold()):
        opened = False
        while o < len(opens) and opens[o] <= word.start():
            opened, o = opened or opens[o] >= end, o + 1
        while d < len(apart) and apart[d][1] <= word.start():
            d += 1
        inside = d < len(apart) and apart[d][0] <= word.start()
        words.append((word.group(), opened and inside, inside))
        end = word.end()
    return words


def lists_flattened(lines: list[str], summary_markup: str, content: str) -> bool:
    """Whether a summary (its clean ``lines``, its raw ``summary_markup``) is the content's text with ≥ 2 of its list's
    items run into one line ("…di: Canada Post, il servizio postale canadese DHL Netherlands SpeedPAK…" for
    "<li><strong>Canada Post</strong>, …</li><li>…"), or with a list left out between two runs of the content's words
    ("…due nuovi corrieri: Prova subito TrackBot…", the couriers' <ul> gone): the summary's first words (80% of them at
    least) are the content's, in order. A summary with its own list items, or whose words are not the content's (an
    author's own summary), is kept."""
    if "<li" in summary_markup.lower() or "<li" not in content[:_SPAN]:
        return False
    ours = _summary_words(lines)
    # (only as much of the content as the summary's words may reach, a list it left out included: the whole content's
    # words cost ~2 ms an entry, 15 % of reading the corpus, issue 18)
    reach = sum(len(w) + 1 for w, *_ in ours)
    theirs = _content_words(content[: min(_SPAN, _MARKUP * reach + _LIST_ROOM)])
    if len(ours) < 8 or len(theirs) < len(ours):
        return False
    first = [w for w, *_ in ours[:_ALIGN]]
    j = next((j for j in range(min(_START, len(theirs))) if [w for w, *_ in theirs[j : j + _ALIGN]] == first), -1)
    if j < 0:
        return False
    i, flattened, skipped = 0, 0, False
    while i < len(ours) and j < len(theirs):
        if ours[i][0] == theirs[j][0]:
            # (an item's start, on the line of the word before, no separator between: run together)
            flattened += bool(i and theirs[j][1] and ours[i][1] == ours[i - 1][1] and not ours[i][2])
            i, j = i + 1, j + 1
            continue
        if not theirs[j][2]:  # (a word of neither: the texts part here)
            break
        k = j
        while k < len(theirs) and theirs[k][2]:
            k += 1  # (past the list the summary left out)
        if [w for w, *_ in theirs[k : k + _ALIGN]] != [w for w, *_ in ours[i : i + _ALIGN]]:
            break
        j, skipped = k, True
    return i >= _COVERED * len(ours) and (flattened >= _FLATTENED or skipped)


def _summary_words(lines: list[str]) -> list[tuple[str, int, bool]]:
    """A summary's first _WORDS words (casefolded): each with its line, and whether a list's separator (_SEPARATOR)
    stands between it and the word before."""
    words: list[tuple[str, int, bool]] = []
    for n, line in enumerate(lines):
        end = 0
        for word in _WORD.finditer(folded := line.casefold()):
            words.append((word.group(), n, _SEPARATOR.search(folded, end, word.start()) is not None))
            if len(words) == _WORDS:
                return words
            end = word.end()
    return words


def flattened_summary(summary: Blocks, markup: str, content: str) -> bool:
    """Whether a summary (its blocks, its raw ``markup``) is its HTML content flattened: a Jekyll auto-excerpt, its
    headings and lists' items run together (flattened.markup_flattened, set46 F6), its paragraphs glued with no stop
    between them (gluedparagraphs.paragraphs_glued, set 71b F2), or a list's items run together or left out
    (lists_flattened)."""
    return _run_together(summary, markup, content) or lists_flattened(summary.lines, markup, content)


def _run_together(summary: Blocks, markup: str, content: str) -> bool:
    """Whether a plain summary is the content's text with its headings run into the text after them (set46 F6), or
    its paragraphs glued with no stop between them (set 71b F2)."""
    return "<" not in markup and (markup_flattened(summary.text, content) or paragraphs_glued(markup, content))


def content_shown(summary: Blocks, markup: str, content: Blocks, content_markup: str, limit: int) -> bool:
    """Whether a flattened summary (flattened_summary's) gives way to its content: a Jekyll auto-excerpt, or one whose
    paragraphs are glued (_run_together), always; one with a list run together or left out when the content's excerpt
    shows the list's items, or is as long as the summary's: not one that stops before a list its own paragraph
    announces ("…aus der Community umsetzt." of "…umsetzt. Die wichtigsten Neuerungen: Das Update steht…": a sentence
    lost, the list not shown either, rev64b F6)."""
    if _run_together(summary, markup, content_markup):
        return True
    shown = excerpt_with_notes(content, limit).text
    return "• " in shown or len(shown) >= len(excerpt_with_notes(summary, limit).text)
