"""Sentence marks a sentence runs on past (bot/sentences.py's _rejoined, bot/numberends.py's goes_on_after). Pure.

- A Korean indirect question's "?" inside a sentence: "그냥 extension 이 잘 살아있는지? 사람들은 잘 쓰고 있는지
  궁금해서 … 봤었다." (set 69a F8: the excerpt stopped at "…살아있는지?"). The ending "-는지", "-(으)ㄴ지", "-(으)ㄹ지"
  (a syllable closed by ㄴ or ㄹ, then "지") names what is wondered about; the clause the same line goes on with
  says so, a word of wondering or checking ("궁금해서…", "고민하다가…"; not "모르면…", an "if"). A tag question's
  "-지?" ("맞지?", "알지? 다음 글에서는…") and a question asked of the reader ("왜 필요한지? 이 글에서는 그 이유를…",
  rev69c F3) end theirs; so does a "?" a question or a line's end follows.
- Haskell's composition operator in inline code: "…which computes fromRational . toRational." (set 69b F8: the
  summary ended at "fromRational ."). A dot with a space on each side, between two names written as code's are
  (camelCase after two lower-case letters, snake_case); a lone dot before a word, a name in lower case too
  ("…verteilt . iOS 18…", "…on npm . npm install…"), or a product's ("…auf das iPhone . iOS 18…", "…on eBay . eBay
  fees…", rev69c F2), ends a sentence in sloppy text (set45's review of F6).
- A quotation and its reporting clause: "“I'll throw something quick together” I thought." (set 69b F9: "I thought."
  split off and dropped from the summary). A pronoun and a verb of saying or thinking, a word or two more at most,
  and a stop: the quote's own sentence; a title in quotes before a new sentence ("…his book “Dune”. It…") is not, nor
  a sentence after a quote that ends its own with a full stop ("…to “be patient.” I thought about it.", rev69c F1)."""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3]")  # (not bot/cjkheadings.py's HANGUL: it imports the segmenter's modules)
_FINALS = 28  # Hangul syllables: (initial * 21 + medial) * 28 + final, from U+AC00
_QUESTION_FINALS = (4, 8)  # the final ㄴ ("-는지", "-ㄴ지") or ㄹ ("-을지", "-할지"; a tag question's "알지?" too)
# (a word of wondering or checking, not in an "if" clause: "모르면 다시 읽어 보세요" after a tag question)
_WONDERING = re.compile(r"(?:궁금|모르|몰라|알아보|확인|고민|살펴|물어)(?![가-힣]*면(?:\s|$))")
_STOP = re.compile(r"[.!?。！？\n]|$")
_NAME = re.compile(r"[A-Za-z_][\w']*")
# (camelCase after two lower-case letters, snake_case; not a product's name: "iPhone", "macOS", "eBay")
_CODE_NAME = re.compile(r"[a-z]{2,}[A-Z][a-z]\w*|[a-z][a-z\d]*(?:_[A-Za-z\d]+)+")
_PRONOUNS = "I|he|she|we|they|you|He|She|We|They|You"
_VERBS = "thought|said|asked|wondered|replied|told \\w+|added|say|think|says|thinks|recall|recalled|explained|muttered"
_REPORTING = re.compile(rf"(?:{_PRONOUNS})\s(?:{_VERBS})(?:\s[a-z]+){{0,2}}[.!?]$")


def korean_question_inside(before: str, after: str) -> bool:
    """Whether a "?" at the end of ``before`` is a Korean indirect question's that ``after`` (the line's rest, from the
    next word) goes on from: "…살아있는지?" / "사람들은 … 궁금해서 … 봤었다." (set 69a F8)."""
    if before[-2:-1] != "지" or before[-1:] != "?" or not _HANGUL.match(after[:1]):
        return False
    syllable = before[-3:-2]
    if not _HANGUL.match(syllable) or (ord(syllable) - 0xAC00) % _FINALS not in _QUESTION_FINALS:
        return False
    stop = _STOP.search(after)
    clause, mark = (after[: stop.start()], stop.group(0)) if stop else (after, "")  # (the next clause, to its end)
    return (
        mark not in ("?", "!", "？", "！")
        and len(clause.split()) > 2
        and (mark == "." or clause.rstrip()[-1:] in "다요")
        and _WONDERING.search(clause) is not None
    )


def _code_name(word: str) -> bool:
    """Whether ``word`` is a name written as code's are: two lower-case letters, then a capital and a lower-case one
    ("fromRational"), or snake_case ("to_list"); not a product's ("iPhone", "iOS", "eBay", "macOS": rev69c F2)."""
    return _CODE_NAME.fullmatch(word) is not None


def runs_on(before: str, between: str, part: str) -> bool:
    """Whether the part pysbd split off after ``before`` (``between`` the spaces between them) goes on with its
    sentence: a Korean indirect question's "?", a Haskell operator's dot, a quotation's reporting clause."""
    if not between or between.strip():
        return False
    if korean_question_inside(before[-4:], part):
        return True
    name = _NAME.match(part)
    if before[-2:] == " ." and name and _code_name(before[-42:-2].rpartition(" ")[2]) and _code_name(name.group(0)):
        return True  # ("fromRational ." / "toRational.")
    opened = any(mark in before for mark in '“"‘«')  # (a quote's closing mark, not an apostrophe: "the kids’")
    ended = before[-2:-1] == "."  # (its own sentence ended inside it: "…“be patient.” I thought about it.")
    return opened and before[-1:] in '”"’»' and not ended and _REPORTING.match(part) is not None
