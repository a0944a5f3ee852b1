"""Whether one sentence written without spaces (Chinese, Japanese: bot/usable.py's ``spaced`` is false) is most of it
again in another: the summary's near-duplicate test (bot/summary.py) compares words, and there a \\w run is a whole
clause, so a sentence that says another's clauses with one more of its own shared none of them with it (set61 F9: a
Japanese post's "「…卒業証書展」は、…36名の…記憶を語り、<the sentence before, word for word>…写真展です。" after that sentence).
Pure."""

from __future__ import annotations

from .usable import spaced

COPIED = 0.8  # this share of the shorter sentence's pairs of letters in the other: the same sentence again
SHORTEST = (
    30  # letters: a shorter sentence is not compared ("東京で雨が降った。" / "大阪で雨が降った。" say two things)
)


def _pairs(text: str) -> set[str]:
    letters = "".join(c for c in text if c.isalnum())
    return {letters[i : i + 2] for i in range(len(letters) - 1)}


def copied(a: str, b: str) -> bool:
    """Whether the shorter of two sentences written without spaces, of ``SHORTEST`` letters or more, is said again in
    the other: ``COPIED`` of its pairs of letters are the other's too (a spaced language's are compared by words)."""
    if spaced(a) or spaced(b):
        return False
    shorter, longer = sorted((_pairs(a), _pairs(b)), key=len)
    return len(shorter) >= SHORTEST and len(shorter & longer) >= COPIED * len(shorter)
