"""Blocks whose last sentence is whole without a stop after it (bot/excerptends.py's more_follows,
bot/blockjoins.py's joins). Pure.

Set 69a F3: "…조금이나마 정리를 해보자고 한다" before a heading and "…남기는 후기. (AKA 토끼책)" before a paragraph
were shown with "…", and the excerpt stopped there though the next paragraph fitted. A Korean block that ends in a
final verb ending ("-다", "-요", "-죠": "한다", "했습니다", "좋아요") ends its sentence, a stop or none; so does a
short remark in brackets after a sentence's stop ("…후기. (AKA 토끼책)", "…です。（追記あり）"). A block that ends in
a connective ending ("-고", "-며", "-는데", "-지만"), in a noun or mid-word, stays open: a noun in 다/요 too ("…바로
캐나다", "…알아야 할 것이 필요", rev69c F7), told apart by the syllable before the ending (_final_ending). A remark
that points elsewhere in the post ("(English below)", "(voir plus bas)", rev69c F5) lets no block in after it.
"""

from __future__ import annotations

import re

_KOREAN_END = re.compile(r"\s[\uac00-\ud7a3]*([\uac00-\ud7a3])([다요죠])$")  # (a word of two syllables at least)
_FINALS, _MEDIALS = 28, 21  # Hangul syllables: (initial * 21 + medial) * 28 + final, from U+AC00
# Before "다": a syllable closed by a consonant ("한다", "했다", "좋다"), one in ㅡ ("크다", "예쁘다"), or these
# ("아니다", "학생이다", "하다", "되다"); not "바다", "캐나다". Before "요": an open syllable in ㅏ ㅐ ㅓ ㅔ ㅕ ㅖ ㅘ ㅙ ㅝ
# ㅞ ("해요", "봐요", "줘요", "세요") or these ("하지요", "좋고요", "좋군요", "할걸요"); not "필요", "중요", "주요", "수요".
_BEFORE_DA, _BEFORE_DA_MEDIALS = "니이하되", (18,)
_BEFORE_YO, _BEFORE_YO_MEDIALS = "지고군걸", (0, 1, 4, 5, 6, 7, 9, 10, 14, 15)
# (a remark that points elsewhere in the post is no sentence's end: "(English below)", "(voir plus bas)")
_ELSEWHERE = r"(?![^()（）\n]*(?:[Bb]elow|[Aa]bove|unten|oben|ci-dessous|plus bas|abajo|아래|下記|下に))"
_REMARK_AFTER = re.compile(
    rf"[.!?。！？][\"'”’»]*\s?[(（]{_ELSEWHERE}[^()（）\d:：\n]{{1,40}}[)）]$"  # (not a credit, "(Photo: AP)")
)
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
    end = _KOREAN_END.search(block[-60:])
    return end is not None and _final_ending(*end.groups()) and len(block.split(None, _KOREAN_WORDS)) > _KOREAN_WORDS


def _final_ending(syllable: str, ending: str) -> bool:
    """Whether ``ending`` ("다", "요", "죠") after ``syllable`` is a final verb ending, not a noun's last syllable."""
    code = ord(syllable) - 0xAC00
    final, medial = code % _FINALS, code // _FINALS % _MEDIALS
    if ending == "다":
        return final > 0 or medial in _BEFORE_DA_MEDIALS or syllable in _BEFORE_DA
    if ending == "요":
        return final == 0 and medial in _BEFORE_YO_MEDIALS or syllable in _BEFORE_YO
    return True
