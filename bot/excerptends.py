"""Where an excerpt that stops mid-sentence ends, and whether it says "…" (more_follows, from bot/excerpt.py).

- A sentence end at a block's end (block_end): inside a line "6." after a number may be an ordinal ("am 6. Mai"), and
  cuts.is_abbreviation reads it so unless the words after it open a sentence; at a paragraph's end it ends one: "…á
  húsunum við Laugaveg 4 og 6." before the next paragraph (hugsandi-vefrit's, set 67a F3, a footnote's mark after
  the dot gone). cuts.last_end knows the boundary before a text's last block; a sentence just past the limit is
  looked for here (not the cut within it: a block's end there would drop a longer whole sentence past the limit).
- The few words a feed's own cut leaves after a whole sentence (ended): "In January 2022 when the Wordle was the talk
  of the internet, I adapted the game to Icelandic. A few other …" (borgar-net's, set 67a F2). cuts.with_ellipsis
  keeps such a fragment with "…" unless the whole sentences before it fill cuts.WHOLE_SHARE of the limit, a share
  meant for a text the excerpt cuts itself (more of it would fit); here nothing more can be shown, and "A few
  other…" says nothing.
- A block without a stop before a short label's line (more_follows: "Keywords:", "Abstract:"): the block is a whole
  statement of its own, no "…" (a TL;DR line, set 67b F3). A word's label, or a phrase's in a text of two labels at
  least, a record's fields: a longer line ending in ":", or a single phrase's, often goes on with the sentence ("…looking
  for a full-time" / "Python developer:", rev67c F4); nor after a list's item or a preposition ("…vous parlent de" /
  "NEWS:").
- The text's first sentence just past the limit (allowance): shown whole when it ends within a fifth more of it (60
  characters at most, rev70c F6), a sentence of 331-351 characters cut at 300 a few words before its end ("…ciddi
  gazetelerin fikir sayfalarında…", karahan's Turkish prose, set 70a F4); a later sentence gets cuts.overshoot (the
  sentences before it are shown).
Pure.
"""

from __future__ import annotations

import re

from .boilerstrip import block_row
from .cuts import SENTENCE_END, ends_at_abbreviation, is_spaceless, last_sentence_end, overshoot, with_ellipsis
from .feedcuts import DANGLING, LastBlock
from .leadin import lead_in
from .linelists import is_label
from .unstopped import ends_unstopped

_CLOSERS = frozenset("\"'”’)]」』")
_WHOLE_END = re.compile(r"[.!?][\"'”’»)\]]*$")  # (a block's own end: "…4 og 6.", not "…" which says it was cut)
BLOCK_WORDS = 3  # words a block has more of, to end a sentence ("История 1.", "Part 2.": a numbered heading's)
FIRST_ROOM = 60  # characters, at most, a first sentence may run past the limit (with a fifth of it: rev70c F6)
FRAGMENT_WORDS = 8  # words at most after the last sentence end (more may already say something: the cut stays)


def block_end(text: str, parts: list[str], limit: int, least: int = 0, first: bool = False) -> int:
    """The end of the last block of ``parts`` (joined into ``text``, its spaces collapsed) of more than BLOCK_WORDS
    words that ends with a full stop, a "!" or a "?" between ``least`` and ``limit`` (the ``first`` such block's):
    -1 if none. (The blocks are found in order, each after the last.)"""
    best = at = 0
    for part in parts:  # (the last one's too: a text cut before its next block, a little past the limit)
        tail = " ".join(part[-40:].split())
        found = text.find(tail, at)
        if found < 0 or (end := found + len(tail)) > limit:
            break
        at = end
        whole = _WHOLE_END.search(tail) is not None and len(part.split(None, BLOCK_WORDS)) > BLOCK_WORDS
        best = end if end >= least and whole else best
        if first and best:
            return best
    return best or -1


def sentence_end(text: str, parts: list[str], limit: int, least: int = 0) -> int:
    """The end of the last sentence within text[:limit] (last_sentence_end), or of a block that ends one, later: the
    allowance a sentence just past the limit has (set 67a F3)."""
    return max(last_sentence_end(text, limit, least), block_end(text, parts, limit, least))


def allowance(text: str, parts: list[str], limit: int) -> int:
    """How far past ``limit`` the sentence a cut falls in may end and be shown whole: for the text's first (no sentence
    ends before the limit: see above) up to a fifth of the limit and FIRST_ROOM characters at most (a limit of 2000
    ran 300 over: rev70c F6), to its end and no further, when a word of two letters or digits at least ends it (not a
    list of names, "…Barry Rothberg, D. Schaerer, ." nor "…Thomas S. -Y.": an arXiv entry's); cuts.overshoot for any
    later one."""
    if sentence_end(text, parts, limit) > 0 or (end := _first_end_past(text, parts, limit)) < 0:
        return overshoot(limit)
    worded = _WORD_END.search(text[max(0, end - 40) : end]) is not None  # (a tail's: the search stays short)
    return max(end - limit, overshoot(limit)) if worded else overshoot(limit)


def _first_end_past(text: str, parts: list[str], limit: int) -> int:
    """The end of the first sentence that ends past ``limit`` and within its allowance (a mark last_sentence_end
    takes, or a block's end block_end takes), -1 if none: one scan forward (a walk back, rescanning the window for
    each sentence end in it, was quadratic: rev70c F7)."""
    furthest, start = limit + min(limit // 5, FIRST_ROOM), limit
    while start > 0 and text[start - 1 : start] in _CLOSERS:
        start -= 1  # (a mark whose closing quotes run past the limit)
    block = block_end(text, parts, furthest, limit + 1, first=True)
    for match in SENTENCE_END.finditer(text, max(0, start - 1), furthest + 1):
        if 0 < block <= match.end() or match.end() > furthest:
            break
        if match.end() > limit and last_sentence_end(text, match.end(), match.start()) == match.end():
            return match.end()
    return block


_WORD_END = re.compile(r"\w\w[^\w\s]{1,4}$")  # (two letters or digits, then the stop and its marks: no ", .")


def ended(text: str, limit: int, cut_by_feed: bool) -> str:
    """The text as the excerpt shows it when it stops mid-sentence (with_ellipsis); where the feed cut it with its
    mark set apart by a space (``cut_by_feed``: "A few other …"; an author's own "Продолжение следует…", "On verra
    bien..." is written close, rev67c F1), its whole sentences alone when the fragment after them has fewer than
    FRAGMENT_WORDS words, is shorter than they are ("It rained. I have been thinking about…" keeps it) and states no
    number nor label's value ("Price: $499 …", "Results: 12 …": a fact), whatever share of the limit. Not in a script
    without spaces ("…ありますね。 さて、今回は環境構築系の記事にな [...]": words are not counted there)."""
    if cut_by_feed and not ends_at_abbreviation(text) and (end := last_sentence_end(text, len(text))) > 0:
        fragment = text[end:]
        short = len(fragment.split()) < FRAGMENT_WORDS and len(fragment) < end and "•" not in fragment
        short = short and not any(ch.isdigit() or ch in ":：" for ch in fragment) and not is_spaceless(fragment)
        if short and any(ch.isalnum() for ch in fragment):  # (not the cut's comma alone: "…Farm Rd.," stays a cut)
            return text[:end]
    return with_ellipsis(text, limit)


def more_follows(lines: list[str], at: int, last: LastBlock | None, headings: frozenset[str], cut: bool) -> bool:
    """Whether the story goes on after the block the excerpt stopped at: ``cut`` (only its start given), or more text
    (not boilerplate, repeats, metadata, a notice: "Posted On: …"); not after "∎" nor a wordless end before headings,
    nor before a record's label (_before_label)."""
    used, rest, end = set(lines[: at + 1]), lines[at + 1 :], lines[at][-1:] if lines else ""
    if not cut and lines and ends_unstopped(lines[at]):
        return False  # (its sentence whole without a stop, "…정리를 해보자고 한다": set 69a F3)
    if rest and lines[at + 1] in headings and not end.isalpha() or not cut and end == "∎":
        return False  # (a number, an address before a heading: set43 F10; "…sem ads. ∎", the author's end: set43)
    rest[-1:] = [last.text()] if rest and last is not None else rest[-1:]
    more = (line for line in rest if line and line not in used and block_row(line) is None)
    first = next(more, "")
    label = bool(lines) and _before_label(lines, lines[at], first)
    return cut or bool(first) and not label and (not lead_in(first) or any(not lead_in(x) for x in more))


def _before_label(lines: list[str], block: str, following: str) -> bool:
    """Whether ``block`` is whole before the ``following`` line, a record's label ("Keywords:", set 67b F3): a short
    label (linelists.is_label), not in lower case, one word ("Steps:") or in a text of two such labels at least
    ("Abstract:" too), after a block that is no list's item and does not end in a word that cannot end a phrase
    ("…vous parlent de" / "NEWS:"). A single phrase's often goes on with the sentence ("…looking for a full-time" /
    "Python developer:", rev67c F4)."""
    if not is_label(following) or following[:1].islower() or block[:1] == "•":
        return False
    if block.rpartition(" ")[2].casefold() in DANGLING:
        return False
    return len(following.split(None, 1)) == 1 or sum(1 for line in lines if is_label(line) and line[:1].isupper()) > 1
