"""Lettered list items written as paragraphs ("A. Beskriv …", "B. …", "C. Diskuter …"): a summary takes one only after
the sentence before it, as it does a sentence that leans back (bot/anaphora.py's ``leans_on``).

A task sheet lists its questions under each heading as paragraphs that open on a letter, no <ol> around them
(Simon-Bakken-Jantasuk's "Religion" in set66a, F8: "C. Diskuter forskjeller og likheter …" of one list and "C. Diskutere
forskjeller …" of the next made a summary, the lists' other items and the headings not shown). An item is told by its
label and a sibling's: the letter before or after it, in the same style, opens a sentence near it ("(b)" near "(a)");
a label with a full stop, an initial's mark, needs its list's first three letters near it, each before a capital word.
An initial ("C. Ronaldo scored…", "A. Smith wrote…" beside "B. Jones, the treasurer, …") or a species ("C. elegans",
"B. subtilis") has no such list: rev66d F3. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A label: a letter of a list's first eight and "." or ")" ("C. ", "b) "), or the letter in brackets ("(c) ").
_LABEL = re.compile(r"(?:\(([A-Ha-h])\)|([A-Ha-h])([.)]))\s+(?=\w)")
_NEAR = 12  # (sentences either side the list's first labels are looked for in)


def _label(sentence: str) -> str:
    """A sentence's opening label, written as "(c)", "c." or "c)"; "" for none."""
    m = _LABEL.match(sentence)
    if m is None or m[3] == "." and not sentence[m.end()].isupper():  # (an initial's or species' "C. elegans")
        return ""
    return f"({m[1]})" if m[1] else m[2] + m[3]


def lettered_item(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence ``j`` opens with a list's letter label and a sentence near it with the letter before or after
    it ("(c)" near "(b)"; for "C.", its list's "A.", "B." and "C."): an item of a list, never taken alone."""
    sentence = sentences[j]
    if len(sentence) < 3 or sentence[1] not in ".)" and sentence[0] != "(":  # (most sentences: no label)
        return False
    label = _label(sentence)
    if not label:
        return False
    at = 1 if label[0] == "(" else 0
    near = {_label(other) for other in sentences[max(0, j - _NEAR) : j + _NEAR + 1] if other is not sentence}
    if label[-1] == ".":  # (an initial's mark: the list's A, B and C, rev66d F3)
        return {letter + "." for letter in ("abc" if label.islower() else "ABC")} <= near | {label}
    return any(label[:at] + chr(ord(label[at]) + step) + label[at + 1 :] in near for step in (-1, 1))
