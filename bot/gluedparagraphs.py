"""A plain summary that is its HTML content's text with the paragraphs run together (set 71b F2): WordPress's
description beside its content:encoded, "Checked into Seats2Meet (Utrecht) just now First meet-up of the Digitale
Fitheid and KNVI group on PKM" for "<p><em>Checked into … just now</em></p><p>First meet-up of …</p>", and "…This is
what was left. The apples I picked from our small tree Previous harvests 2021, …" for a picture's caption after its
"<br />" and the paragraph after it. With no stop where one block ends and the next begins, the summary reads as one
sentence: a stand-in title ran over two paragraphs, a caption was glued to the story. The content, whose blocks keep
their ends, is read instead (bot/flatlists.py's flattened_summary, content_shown). An author's own summary (words not
the content's, or in another order) stays, and so does one that adds a stop at each block's end, or keeps its line
breaks there (a status page's updates, one a line: set27's x4bstatus), or holds one block only (the content reads no
better). Pure.
"""

from __future__ import annotations

import html

from .cuts import MINOR_WORDS
from .flattened import BLOCK_TAG, TAG, letter_gaps

_LEAST = 20  # letters and digits, at least, of a summary compared
_AFTER = 6  # letters and digits, at least, of the summary after the glued boundary (not a cut's last word)
_CONTENT_SPAN = 30_000  # characters of the content's markup read (a picture's srcset is thousands)
_STOPS = frozenset(".!?:;…。！？")
# Characters of the summary, at most, before the glued boundary: what an excerpt shows (a podcast's show notes glued
# far on, "…Links to learn more, summary and full transcript It described…" at 550, read from the content changed
# which of the later sentences the digest's summary took, one "he" without its name: the corpus diff)
_REACH = 300


def paragraphs_glued(summary: str, content: str) -> bool:
    """Whether ``summary`` (plain, no tag) is the start of ``content``'s text (markup), its letters and digits the
    same, and runs over the end of a block of the content that ends without a stop, before a capital or a digit
    within its first _REACH characters, with only a space there: no stop nor separator added ("…three platforms:
    Linux, macOS, Windows.": the author's list, rev64b F5), no line break kept."""
    if "<" in summary[:2000] or "<" not in content[:2000]:
        return False
    ours, reach = letter_gaps(html.unescape(summary[:2000])), len(letter_gaps(html.unescape(summary[:_REACH])))
    if len(ours) < _LEAST:
        return False
    theirs = _letters(content, len(ours))
    if len(theirs) < len(ours) or [c.casefold() for c, _ in theirs[: len(ours)]] != [c for c, _ in ours]:
        return False
    return any(
        "\n" in gap and "\n" not in ours[i][1] and "".join(ours[i][1].split()) == "".join(gap.split())
        and not _STOPS.intersection(gap) and (letter.isupper() or letter.isdigit())
        and _word_before(theirs, i).casefold() not in MINOR_WORDS  # (a block cut inside its sentence: rev71d 2)
        for i, (letter, gap) in enumerate(theirs[1 : min(len(ours) - _AFTER, reach)], start=1)
    )  # fmt: skip


def _letters(content: str, need: int) -> list[tuple[str, str]]:
    """The letters and digits of ``content``'s text (letter_gaps), read from its markup a span at a time until
    ``need`` are there (the summary's: most contents differ within their first span), _CONTENT_SPAN at most; each span
    ends at a tag's end (no attribute's words read as text). Reading all 30,000 characters of every content was an
    eighth of read_feed's time over the corpus (issue 18)."""
    span = 4_096
    while True:
        end = content.rfind(">", 0, span) + 1 if span < len(content) else len(content)
        markup = " ".join(content[: end or span].split())  # (the markup's own line breaks are no block's end)
        theirs = letter_gaps(html.unescape(TAG.sub(" ", BLOCK_TAG.sub("\n", markup))), fold=False)
        if len(theirs) >= need or span >= min(len(content), _CONTENT_SPAN):
            return theirs
        span = min(4 * span, _CONTENT_SPAN)


def _word_before(gaps: list[tuple[str, str]], i: int) -> str:
    """The word whose last letter is the one before ``gaps[i]``: a block that ends in an article, a preposition or a
    conjunction ("…the new cycle lanes on</p><p>Main Street…") ends inside a sentence, no paragraph glued."""
    start = i - 1
    while start > 0 and not gaps[start][1]:
        start -= 1
    return "".join(letter for letter, _ in gaps[start:i])
