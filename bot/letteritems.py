"""Lettered list items written as paragraphs ("A. Beskriv …", "B. …", "C. Diskuter …"): a summary takes one only after
the sentence before it, as it does a sentence that leans back (bot/anaphora.py's ``leans_on``).

A task sheet lists its questions under each heading as paragraphs that open on a letter, no <ol> around them
(Simon-Bakken-Jantasuk's "Religion" in set66a, F8: "C. Diskuter forskjeller og likheter …" of one list and "C. Diskutere
forskjeller …" of the next made a summary, the lists' other items and the headings not shown). An item is told by its
label and a sibling's: the letter before or after it, in the same style, opens a sentence near it. An initial alone
("C. Ronaldo scored…") has no such sibling. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A label: a letter of a list's first eight and "." or ")" ("C. ", "b) "), or the letter in brackets ("(c) ").
_LABEL = re.compile(r"(?:\(([A-Ha-h])\)|([A-Ha-h])([.)]))\s+(?=\w)")
_NEAR = 12  # (sentences either side a sibling is looked for in)


def _label(sentence: str) -> str:
    """A sentence's opening label, written as "(c)", "c." or "c)"; "" for none."""
    m = _LABEL.match(sentence)
    if m is None:
        return ""
    return f"({m[1]})" if m[1] else m[2] + m[3]


def _beside(label: str, step: int) -> str:
    """The label of the letter ``step`` after (or before) ``label``'s, in its style."""
    at = 1 if label[0] == "(" else 0
    return label[:at] + chr(ord(label[at]) + step) + label[at + 1 :]


def lettered_item(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence ``j`` opens with a list's letter label and a sentence near it with the letter before or after
    it ("C. …" near "B. …"): an item of a list, never taken alone."""
    sentence = sentences[j]
    if len(sentence) < 3 or sentence[1] not in ".)" and sentence[0] != "(":  # (most sentences: no label)
        return False
    label = _label(sentence)
    if not label:
        return False
    siblings = {_beside(label, -1), _beside(label, 1)}
    near = sentences[max(0, j - _NEAR) : j + _NEAR + 1]
    return any(_label(other) in siblings for other in near if other is not sentence)
