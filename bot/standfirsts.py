"""A standfirst over a story's first paragraph: a whole phrase without a full stop, not a paragraph the feed cut.

The Guardian's descriptions (set 66b F2, rbren/rss-parser's guardian.rss) open with the article's standfirst, a
paragraph that ends without a full stop ("…while Democrats showed thinly disguised contempt"), then the lede, a
paragraph of whole sentences ("Donald Trump has promised a “new American moment” in a State of the Union address…").
The excerpt never glues a block to one that does not end a sentence, so it stopped at the standfirst and said "…"
(more follows): a whole phrase shown as if cut, and the lede dropped.

One entry cannot tell a standfirst from a sentence the author or the feed cut at a block ("…to debate whether the
station" / "The council voted…"), a dateline, a byline, a heading or a poem's line: the review of set 66 found each of
those given a made-up full stop when one entry was judged alone. The feed tells (writes_standfirsts): OPEN_ENDS of its
texts or more, and half of those of two paragraphs, open with a block of that shape (whole_standfirst), and hardly any
opens with a block whose sentence the next one carries on. In such a feed an entry's first block of that shape ends
with a full stop and the excerpt goes on into the lede (ended_standfirst). A one-entry text keeps its "…".

Also here: whether a summary's last words go on in the content (goes_on_in), feedcuts.ends_open's standfirsts. Pure.
"""

from __future__ import annotations

import dataclasses
import html
import re
from typing import TYPE_CHECKING

from .blockjoins import GOES_INTO
from .cuts import CONJUNCTIONS, MINOR_WORDS, SENTENCE_END
from .flattened import BLOCK_TAG, TAG

if TYPE_CHECKING:
    from .blocks import Blocks

_WORDS = (5, 50)  # a standfirst's words, at least and at most
_LABEL_WORDS = 3  # words before a colon, at most, of a label that opens a block ("CONTENT WARNING: …"): no standfirst
_LEDE_WORDS = 8  # words of the paragraph after it, at least (a sentence, not a label or a link's words)
# A paragraph that ends a sentence, not with the feed's cut ("…", "...") nor a label's colon
_LEDE_END = re.compile(r"(?<!\.\.)[.!?][\"'”’»)\]]*$")
# Words that carry a sentence on from the block before ("…said" / "Which…"): that block was not whole
_CARRIES_ON = CONJUNCTIONS | frozenset(
    ("nor", "so", "yet", "then", "which", "who", "whose", "while", "because", "und", "oder", "aber", "et", "y", "og")
)
# A first block's last word that leaves its clause open: "…because", "…lang, weil", "…que", "…den"
_OPEN_LAST = MINOR_WORDS | GOES_INTO | frozenset(("den", "dem", "des", "ein", "eine", "einen", "un", "une", "als"))
# A byline's or a question's first word: "By Anna Smith and…", "Why the old station matters…" (no standfirst's)
_NO_OPENER = frozenset(("by", "von", "par", "por", "door", "av", "af", "di", "why", "what", "how", "warum", "pourquoi"))
_DATE = re.compile(r"\d{1,2}[:.]\d\d|\b(?:1[89]|20)\d\d\b")  # (a dateline's time or year: "at 10.30", "March 2025")
_OPENS = re.compile(r"\s*<p[\s>]", re.IGNORECASE)
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p\s*>", re.IGNORECASE | re.DOTALL)
OPEN_ENDS = 4  # texts of a feed, at least (and half of those of two paragraphs), that open with a standfirst


def whole_standfirst(first: str, following: str) -> bool:
    """Whether ``first``, a block that ends without a sentence's stop, has a standfirst's shape over the paragraph
    ``following``: one phrase of 5 to 50 words (no sentence's stop inside, no label's colon, not shouted, no field
    separator, no date or time, not a byline's or a question's opening) ending in a word that may end a phrase,
    over a sentence of its own (a capital, not a word that carries a sentence on, 8 words or more, a stop)."""
    if not first or not following or first[0] == "•" or not first[-1].isalpha() or not following[0].isupper():
        return False
    if SENTENCE_END.search(first) or " | " in first or _DATE.search(first):
        return False  # (one phrase: a block of sentences, a row of fields, a dateline are none)
    if ":" in first and len(first.split(":", 1)[0].split()) <= _LABEL_WORDS:
        return False  # (a label's phrase: "CONTENT WARNING: frequent, graphic mentions of…", a note for the reader)
    words, lede = first.split(), following.split()
    if 2 * sum(word.isupper() for word in words) > len(words) or words[0].casefold() in _NO_OPENER:
        return False  # (shouted: a header's or a code's words; a byline; a heading's question)
    if not _WORDS[0] <= len(words) <= _WORDS[1] or words[-1].casefold() in _OPEN_LAST:
        return False
    if len(lede) < _LEDE_WORDS or any(w.casefold().strip(",") in _CARRIES_ON for w in lede[:2]):
        return False  # ("Stadtbibliothek und beschloss…": the sentence of the block before goes on)
    return _LEDE_END.search(following, len(following) - 8) is not None


def _paragraphs(markup: str) -> list[str]:
    """A text's first two non-empty paragraphs as plain text, when it opens with a paragraph (none otherwise)."""
    if _OPENS.match(markup) is None:
        return []
    found = []
    for m in _PARAGRAPH.finditer(markup, 0, 6000):
        if plain := " ".join(html.unescape(TAG.sub(" ", m[1])).split()):
            found.append(plain)
            if len(found) == 2:
                break
    return found


def writes_standfirsts(texts: list[str]) -> bool:
    """Whether a feed opens its texts (markup) with a standfirst over the lede (whole_standfirst): OPEN_ENDS or more
    of them, half of those that open with two paragraphs at least, and one in ten of those, at most, open with a
    block that ends without a stop whose sentence goes on in the next (its last word leaves a clause open, or the
    next starts in lower case)."""
    two = shaped = carried = 0
    for text in dict.fromkeys(texts):
        if len(pair := _paragraphs(text)) < 2:
            continue
        two, (first, following) = two + 1, pair
        if whole_standfirst(first, following):
            shaped += 1
        elif first[-1].isalpha() and (following[0].islower() or first.rsplit(None, 1)[-1].casefold() in _OPEN_LAST):
            carried += 1
    return shaped >= OPEN_ENDS and 2 * shaped >= two and 10 * carried <= shaped


def ended_standfirst(blocks: Blocks) -> Blocks:
    """An entry's text in a feed that writes standfirsts (writes_standfirsts): its first block, when it has a
    standfirst's shape over the next one, ends with a full stop (the excerpt and the summary go on into the lede)."""
    lines = blocks.lines
    if len(lines) < 2 or not blocks.text.startswith(lines[0]) or not whole_standfirst(lines[0], lines[1]):
        return blocks
    first = lines[0] + "."
    return dataclasses.replace(blocks, lines=[first, *lines[1:]], text=first + blocks.text[len(lines[0]) :])


_WORD = re.compile(r"[^\W_]+")
_LAST_WORDS = 8  # a summary's last words, looked for in the content ("el 40 y 70 por ciento": 6 too few)


def goes_on_in(summary: str, content: str) -> bool:
    """Whether a summary's last words are in the entry's content with their sentence going on after them:
    the summary is the content cut where it stops. A standfirst written apart from the article (La Nación's
    teasers, "…le pondrá punto final a su carrera", set14 finding 1), or one whose last words end a sentence
    or a paragraph of the content too, is not: in a feed that ends its texts without a full stop (ends_open),
    it is whole though a fuller text follows."""
    words = _WORD.findall(html.unescape(TAG.sub(" ", summary)))[-_LAST_WORDS:]
    if len(words) < 3:
        return True  # (too few words to tell)
    text = html.unescape(TAG.sub(" ", BLOCK_TAG.sub("\n", content)))
    for found in re.finditer(r"\W+".join(map(re.escape, words)) + r"(?!\w)", text, re.IGNORECASE):
        after = text[found.end() : found.end() + 20].lstrip(" \t\xa0\"'”’»)")
        if after and after[0] not in "\n.!?…。！？":
            return True
    return False
