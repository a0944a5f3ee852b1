"""Sentences that lean on the one before them by a word past their first ones (set51 F4).

bot/discourse.py's ``leans_back`` reads a sentence's first words: a connective, a pronoun subject. Some sentences
point back further in: an English possessive after a time adverb ("Now their open model finetuning service is
making…", the company named before left out), a Korean demonstrative determiner anywhere ("DSM7과 … acme.sh에서
이러한 회피하여…", "such"), "the link above" ("위 링크를 보면…"), an answer to a question left out ("해답은 … 찾을 수
있었는데요.", "the answer…"; Italian "Perché cercando sul web non trovo…", "because…", after "…a quanto pare?").
``leans_within`` tells those by closed classes of function words; a summary (bot/summary.py) takes such a sentence
only right after the one before it. Each class was measured on the summaries of every stored feed (the sentences it
flags, read against the one before): it blocked no sentence that read well alone but where it says why (a referent
in the same sentence: "…and if you are so-inclined you can make money by investing in those ideas." after "Ideas and
information make their way to you"; "JPA는 이러한 3가지 방식을…" after "방법이 3가지가 있는데"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# English: a time adverb, then a personal pronoun or possessive (set51 F4: "Now their open model finetuning service…",
# "Today they ship…"); not "Now it's…", "Now this…": an expletive, the present.
_NOW_THEIR = re.compile(
    r"(?i:now|today|recently|currently|soon|later|eventually|ultimately|suddenly),?\s+"
    r"(?:he|she|they|his|her|their|them|its)\b"
)
# English "those <noun>" ending a clause, which a sentence before named ("…around those loyal fans.", "…push back on
# those accusations.": set51 F4); not "those of…", "those who…" (they say which), "all those years ago", nor a noun
# the sentence itself said before ("Ideas … make money by investing in those ideas."), nor after a clause of the
# sentence's own, which may be what it points to ("…accepts an awful lot of lying – should we go along with those lax
# standards?": set13's 80000 Hours, measured); and a sentence ending on
# "like this" ("…easy marketing wins like this.": the case just told), not "like this:" (what follows).
_THOSE = re.compile(
    r"\s(?i:those)\s++(?!(?:of|who|whom|which|that|whose|years|days|times|legally)\b)([a-z]++)(?:\s++([a-z]++))?"
    r"(?=[.!?]|$|\s++(?:here|now|soon)\b)"
)
_CLAUSE_MARK = re.compile("[,;:–—]")
_LIKE_THIS = re.compile(r"\slike (?:this|that|these|those)[.!]*+[\"'”’»)]*+$")
# Korean demonstrative determiners, as a word of their own in the first clause ("…acme.sh에서 이러한 회피하여…", "Argo
# Workflow와 Argo Event가 이러한 기능들을…": set51 F4; the first three words are bot/discourse.py's); not "이런저런",
# "그런데", nor past the first words or a comma, where the sentence names what it means itself ("…동시성 문제를
# 고려해야되는데, 이러한 문제들을…").
_KOREAN_SUCH = re.compile(r"(?:\S++\s++){3,6}(?:이러한|그러한)\s")
# Korean "the … above" before what a text shows, "as above" ("위 링크를 보면…", "위의 코드에서…", "위와 같이…": set51 F4); not "위" ("stomach",
# "rank") before anything else, nor "아래" ("below": what follows, bot/pointers.py).
_KOREAN_ABOVE = re.compile(
    r"(?:^|\s)위(?:와\s++같|(?:의|에서)?\s++(?:링크|내용|코드|사진|그림|표|글|예제|예시|방법|명령어|설정|이미지|문서|과정|화면|결과|설명))"
)
# Korean: a sentence that is only the reason for the one before ("데이터를 분산해서 저장할 수 있을 뿐만 아니라, … 가능하기
# 때문입니다.", "because…", after "…Shard Cluster를 사용하게 됩니다.": set51 F4's re-read); not one that names what it
# gives the reason for ("그 이유는 … 때문입니다.", "…한 것은 … 때문이다.").
_KOREAN_BECAUSE = re.compile(r"때문(?:입니다|이다|이죠|이에요|일까요)[.!]?$")
_KOREAN_REASON_FOR = re.compile(r"(?:이유|것|까닭|원인)(?:은|는)\s")
# Korean first words that answer or go on from what was said: "the answer", "related (to it)" (set51 F4: "해답은
# MongoDB Community에서…", "관련된 업무를 하다보니…"); "해당" ("the … in question") before a noun.
_KOREAN_OPENERS = frozenset(["해답은", "답은", "정답은", "관련된", "관련하여", "관련해서", "해당"])
# Italian, Spanish, Portuguese "because" opening a statement: the reason for what the sentence before said or asked
# (set51 F4: "Perché cercando sul web non trovo…" after "…a quanto pare?"); a question ("Perché …?", "Porque …?")
# asks why, and stands alone.
_BECAUSE = frozenset(["perché", "perchè", "porque"])


def leans_within(sentence: str) -> bool:
    """Whether a word past the sentence's first ones, or an answer word first, points at a sentence before it."""
    head = sentence.lstrip("\"'“‘«( ")
    words = head.split(None, 1)
    first = words[0].rstrip(",:;") if words else ""
    if first.casefold() in _BECAUSE:
        return not sentence.rstrip("\"'”’») ").endswith("?")
    if first in _KOREAN_OPENERS:
        return True
    if "러한" in sentence and _KOREAN_SUCH.match(sentence.split(",", 1)[0] + " "):
        return True
    if "위" in sentence and _KOREAN_ABOVE.search(sentence):
        return True
    if "때문" in sentence and _KOREAN_BECAUSE.search(sentence) and not _KOREAN_REASON_FOR.search(sentence):
        return True
    if "hose" in sentence:
        clause = _CLAUSE_MARK.split(sentence, 1)[0]  # (the sentence's first clause)
        match = _THOSE.search(clause)
        if match and clause.casefold().find((match.group(2) or match.group(1)).casefold(), 0, match.start()) < 0:
            return True
    return _NOW_THEIR.match(head) is not None or "like th" in sentence and _LIKE_THIS.search(sentence) is not None


def later_question(sentences: Sequence[str], j: int) -> bool:
    """Sentence ``j`` is a later question of a run that a sentence ending in ":" introduced ("…i dubbi … sono
    diversi: Quando entrerà in vigore? … Quanti soldi avranno speso…? Quali conseguenze…?": set51 F4, a flattened
    list): an item of it, read alone, asks without the question it is one of. Asides in brackets between them are
    passed over; the first question after the colon reads as the list's opening and stands."""
    if not sentences[j].rstrip("\"'”’») ").endswith("?"):
        return False
    k, questions = j - 1, 0
    while k >= 0:
        text = sentences[k].rstrip("\"'”’») ")
        if text.endswith("?"):
            questions += 1
        elif not sentences[k].startswith("("):
            return questions > 0 and text.endswith(":")
        k -= 1
    return False
