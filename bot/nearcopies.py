"""Whether one sentence written without spaces (Chinese, Japanese: bot/usable.py's ``spaced`` is false) is most of it
again in another: the summary's near-duplicate test (bot/summary.py) compares words, and there a \\w run is a whole
clause, so a sentence that says another's clauses with one more of its own shared none of them with it (set61 F9: a
Japanese post's "「…卒業証書展」は、…36名の…記憶を語り、<the sentence before, word for word>…写真展です。" after that sentence).
Pure."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .usable import spaced

COPIED = 0.8  # this share of the shorter sentence's pairs of letters in the other: the same sentence again
SHORTEST = (
    30  # letters: a shorter sentence is not compared ("東京で雨が降った。" / "大阪で雨が降った。" say two things)
)


_NUMBER = re.compile(r"\d+")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_NAME = 2  # letters, at least, on both sides of a swap of names ("東京都" for "大阪府")


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def _pairs(text: str) -> set[str]:
    letters = _letters(text)
    return {letters[i : i + 2] for i in range(len(letters) - 1)}


def _another_fact(shorter: str, longer: str) -> bool:
    """Whether the shorter sentence has a number the longer lacks, or a name where the longer has another (a run of
    kanji, katakana, Latin letters or digits, no hiragana, for another): a parallel sentence of another fact ("東京都では
    7日、新たに312人の…感染者が確認された…" / "大阪府では7日、新たに208人の…", the review of set 61), not the same one said
    again with a clause more (its differences an ending in kana: "…企画されました。" / "…写真展です。")."""
    if not set(_NUMBER.findall(shorter)) <= set(_NUMBER.findall(longer)):
        return True
    a, b = _letters(shorter), _letters(longer)
    return any(
        op == "replace" and min(i2 - i1, j2 - j1) >= _NAME and not _HIRAGANA.search(a[i1:i2] + b[j1:j2])
        for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    )


def copied(a: str, b: str) -> bool:
    """Whether the shorter of two sentences written without spaces, of ``SHORTEST`` letters or more, is said again in
    the other: ``COPIED`` of its pairs of letters are the other's too (a spaced language's are compared by words), and
    it is no parallel sentence of another fact."""
    if spaced(a) or spaced(b):
        return False
    (short, shorter), (long, longer) = sorted(((a, _pairs(a)), (b, _pairs(b))), key=lambda pair: len(pair[1]))
    return (
        len(shorter) >= SHORTEST and len(shorter & longer) >= COPIED * len(shorter) and not _another_fact(short, long)
    )
