"""Blocks whose last sentence is whole without a stop after it (bot/excerpt.py, bot/blockjoins.py). Pure.

Set 69a F3: "…조금이나마 정리를 해보자고 한다" before a heading and "…남기는 후기. (AKA 토끼책)" before a paragraph
were shown with "…", and the excerpt stopped there though the next paragraph fitted. A Korean block that ends in a
final verb ending ("-다", "-요", "-죠": "한다", "했습니다", "좋아요") ends its sentence, a stop or none; so does a
short remark in brackets after a sentence's stop ("…후기. (AKA 토끼책)", "…です。（追記あり）"). A block that ends in
a connective ending ("-고", "-며", "-는데", "-지만"), in a noun or mid-word, stays open.
"""

from __future__ import annotations

import re

_KOREAN_END = re.compile(r"\s[\uac00-\ud7a3]*[\uac00-\ud7a3][다요죠]$")  # (a word of two syllables at least)
_REMARK_AFTER = re.compile(r"[.!?。！？][\"'”’»]*\s?[(（][^()（）\d:：\n]{1,40}[)）]$")  # (not a credit, "(Photo: AP)")
_KOREAN_WORDS = 3  # words a block has more of, to be a sentence ("파란 바다": a heading's)


def remark_after_stop(block: str) -> bool:
    """Whether ``block`` ends in a short remark in brackets after its sentence's stop."""
    return _REMARK_AFTER.search(block[-60:]) is not None


def goes_on_after_remark(block: str, following: str) -> bool:
    """Whether the ``following`` block may follow ``block``, a paragraph that ends in a remark in round brackets
    after its stop (bot/blockjoins.py), as after the stop. Not a list's item, dashed or bulleted ("- Upgraded … 1.3.
    (Leigh)", a changelog's credit; "• Carrot! (iPhone / Gratuit)"), nor after a wide bracket's remark (a Japanese
    post's lines, "…フォー！" / "（とどのつまり…）", the story's next paragraph no sentence of the same thought)."""
    if block[:1] in "•-–—" or following[:1] in "•-–—" or block[-1:] != ")":
        return False
    return remark_after_stop(block)


def ends_unstopped(block: str) -> bool:
    """Whether ``block`` ends its last sentence without a stop: a Korean final verb ending, or a bracketed remark
    after a stop. No "…" after it; a block after a Korean ending is not glued to it (no stop would part the two)."""
    if remark_after_stop(block):
        return True
    return _KOREAN_END.search(block[-60:]) is not None and len(block.split(None, _KOREAN_WORDS)) > _KOREAN_WORDS
