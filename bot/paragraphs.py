"""Where a text's paragraphs open, and which of its sentences go on from the one before them: bot/summary.py takes
such a sentence only right after that one (or once another source's chosen sentence says it).

- A sentence inside a paragraph goes on from the one before it ("En daardoor…", "Εκεί, …", "Mainly it is very fast
  and portable."), unless that one opens the paragraph, is too slight to lean on ("OK!", "初投稿です。", never a
  question) and no summary may take it.
- So does a row under a lead-in that ends in a colon, a paragraph that opens on a label and its colon ("Read more
  about what we’re cooking in all of our projects below:" / "Penn Pulse: A web app that lets users…" / "Pent Up: …",
  set59 F3: a list's rows shown without it). (Not any paragraph after such a lead-in: measured, 121 summaries changed, as many
  worse as better; a statement after a picture, "Each Interface Controller simply has an image and a label.", is one.)
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from .sentences import HEADING, QUOTED
from .usable import spaced

SLIGHT_WORDS = 3  # a sentence of fewer words (or characters, in a script without spaces) says too little to lean on
SLIGHT_CHARACTERS = 12
_CLOSING = "\"'”’»)」』 "
_ROWS = 12  # rows under one lead-in, at most, looked back over
_ROW = re.compile(r"[^\s:：]+(?:\s[^\s:：]+){0,3}[:：]\s")  # ("Penn Pulse: …", a label of four words at most)


def paragraph_openers(sentences: Sequence[str], text: str) -> frozenset[int]:
    """The sentences of ``text`` (split_sentences' of it) that open one of its lines, a paragraph. A text of one line
    is one paragraph: its summary reads from its start (e67b7d4's review found such summaries less informative, a run
    of an episode's questions; read against them, as many had leaned: "On one side, …", "Sometimes a month is…")."""
    lines = "\n" + text
    return frozenset(j for j, s in enumerate(sentences) if j == 0 or "\n" + s in lines)


def goes_on(sentences: Sequence[str], j: int, opens: Container[int] | None, usable: Container[int]) -> bool:
    """Whether sentence ``j`` goes on from the one before it (the module's docstring); ``opens``: the paragraphs'
    first sentences (None: not known), ``usable``: the sentences a summary may take."""
    if opens is None or j == 0:
        return False
    before = sentences[j - 1]
    if j in opens:
        return _ROW.match(sentences[j]) is not None and _under_lead_in(sentences, j, opens)
    return j - 1 in usable or j - 1 not in opens or not slight(before)


def _under_lead_in(sentences: Sequence[str], j: int, opens: Container[int]) -> bool:
    """Whether the row opening paragraph ``j`` is one of those a lead-in's colon announces: right after it, or after
    rows that are ("Penn Pulse: …" / "Pent Up: …"); a lead-in, not a heading ("## Projects:")."""
    for _ in range(_ROWS):
        before = sentences[j - 1]
        if not before.startswith((HEADING, QUOTED)) and before.rstrip(_CLOSING).endswith((":", "：")):
            return not slight(before)
        j -= 1  # (back to the first sentence of the paragraph before: a row too, or no lead-in's)
        while j > 0 and j not in opens:
            j -= 1
        if j == 0 or _ROW.match(sentences[j]) is None:
            return False
    return False


def slight(text: str) -> bool:
    """A sentence too slight to lean on: an exclamation, a greeting ("OK!", "马力全开！", "初投稿です。"), no question."""
    if text.rstrip(_CLOSING).endswith(("?", "？")):
        return False  # (what follows answers it: "Lui ? Un certain Ole Einar Bjoerndalen.", "…挂了呢？就会…")
    return len(text) <= SLIGHT_CHARACTERS if not spaced(text) else text.count(" ") < SLIGHT_WORDS
