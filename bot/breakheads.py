"""A paragraph's subheading set on its own line by one <br> ("<p>Schutz der EU vor Krypto-Betrug<br />Diese Vorschläge
sind Teil der Bemühungen der Kommission, …</p>", a WordPress export's, set 64a F17): run into the sentence after it with
a space, it read as one sentence ("Schutz der EU vor Krypto-Betrug Diese Vorschläge…"). Its break ends a paragraph
instead, and the short line is read as the heading it is (bot/linebreaks.py). Pure.
"""

from __future__ import annotations

import re

_HEAD_WORDS = 12  # a subheading's words at most
_HEAD_LENGTH = 100
_SENTENCE_WORDS = 6  # the sentence after it, at least
# The heading's end: no stop, no clause's mark (",", ";", ":"), no dash or hyphen (a line its author wrapped, or a label).
_OPEN_END = re.compile(r"[.!?…,;:：\-–—/&+(\[]['\"”’»)]*$")
# (not in a parenthesis: "HP se débarasse des devices WebOS (et PC !)" is a news row under another, appload.xml, set23)
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»]*$")
# A lower-case word of one to three letters (an article, a preposition, a conjunction: "der", "and", "vor", "e"): the
# line goes on after it.
_FUNCTION_END = re.compile(r"(?:^|\s)[^\W\d_A-ZÀ-ÞА-Я]{1,3}$")


def subheading_line(lines: list[str]) -> bool:
    """Whether a paragraph of two ``lines`` (one <br> between) opens with a subheading: a first line of two to
    _HEAD_WORDS words, a capital first, that ends without a stop, a clause's mark or a short lower-case word, over a
    sentence (_SENTENCE_WORDS words at least, longer than it) that opens with a capital and ends with a stop. Not a
    sentence its author wrapped ("…vor<br>Geldwäsche."), nor a letter's greeting over a name."""
    if len(lines) != 2:
        return False
    head, sentence = lines
    if not head[:1].isupper() or not sentence[:1].isupper() or len(head) > _HEAD_LENGTH or ":" in head:
        return False  # (a label's line, "Episode spécial : Live…"; a name over a quoted talk title, neverworkintheory)
    if not 2 <= len(head.split()) <= _HEAD_WORDS or _OPEN_END.search(head) or _FUNCTION_END.search(head):
        return False
    return (
        len(sentence.split()) >= _SENTENCE_WORDS and len(sentence) > len(head) and bool(_SENTENCE_END.search(sentence))
    )
