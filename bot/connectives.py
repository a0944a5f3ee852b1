"""Sentences that open on a connective of explanation or sequence, or on an ordinal that picks from a set the sentence
before named (set53 F6).

bot/discourse.py's ``leans_back`` knows the English, French, Spanish, Italian, Portuguese and German two-word openers
("If not, …", "For example, …", "Por exemplo, …"); bot/anaphora.py's ``leans_within`` the words past them. A summary
(bot/summary.py) took "Για παράδειγμα, 3 διέσεις = 3 * 7 = 21 ώρες." ("for example"), "Θεωρούσα δηλαδή ότι…" ("I held,
that is, that…"), "Hvis ikke, hør om det hos oss." ("if not"), "Po tym czasie wymieszać…" ("after that time") and
"Ο πρώτος ουσιαστικός όρος…" ("the first term", of the "δύο όροι" left out) without the sentence they explain,
illustrate, answer or follow. The same closed classes, in the languages of the feeds we read: "that is", "in other
words", "for example", "if not" / "otherwise" (before a comma: "Om ikke lenge…", "Si no hay…" open a clause of their
own), "after that (time)", "then"; and "the first …" right after a sentence that names a count ("two", "δύο", "beide")
— not "The first time…", nor after a sentence without one ("The first step is to…" opens a text's list itself).
Openers of a story that goes on from the sentence before (set 69a F11, set 69b F5): "anyway", "of course", "here"
(Korean), "At this point I…", "All very nice, but", "Another …" (and its forms), Nordic "Og/Och" before a pronoun; and
``follows_step``: "After changing the <noun>," of a noun the sentence before names. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A connective of explanation, example, condition or sequence as the sentence's first words, by language.
_EXPLAINS = (
    r"δηλαδή|με άλλα λόγια|για παράδειγμα|π\.χ\.|μετά από αυτό|έπειτα|στη συνέχεια"  # el
    r"|det vil si|det vill säga|med andre ord|med andra ord|for eksempel|eksempelvis|till exempel|exempelvis"  # nb, da, sv
    r"|deretter|derefter|därefter|etterpå|bagefter|efteråt"  # nb, da, sv ("then")
    r"|czyli|to znaczy|innymi słowy|na przykład|przykładowo|po tym czasie|następnie|potem"  # pl
    r"|tức là|nghĩa là|nói cách khác|ví dụ|chẳng hạn|sau đó|sau thời gian đó"  # vi
    r"|das heißt|mit anderen worten|beispielsweise|anschließend"  # de
    r"|c['’]est-à-dire|autrement dit|es decir|en otras palabras|después de eso|cioè|ossia|in altre parole|ad esempio"
    r"|dopodiché|dopo di che|em outras palavras|depois disso|met andere woorden|bijvoorbeeld|vervolgens"
    r"|то есть|иными словами|другими словами|к примеру|после этого|затем|jinými slovy|například|napríklad|poté"
    r"|başka bir deyişle|ardından|dengan kata lain|misalnya|setelah itu|kemudian|de exemplu|după aceea"
)
# "If not", "otherwise": only before a comma ("Hvis ikke, hør…"; not "Om ikke lenge…", "before long"); not German and
# Dutch "anders", also a name ("Anders, unser Kollege…"), nor Portuguese "isto é" above ("Isto é uma revolução": "this
# is"; the review of set53 F6's fix).
_IF_NOT = (
    r"αν όχι|αλλιώς|hvis ikke|om ikke|om inte|ellers|annars|jeśli nie|jeżeli nie|w przeciwnym razie|nếu không"
    r"|wenn nicht|falls nicht|andernfalls|si no|de lo contrario|se não|caso contrário|se no|se non|zo niet"
    r"|если нет|иначе|jika tidak|kalau tidak"
)
# "Anyway", "of course", "at this point", "from there": the story goes on from a sentence before (set 69a F11: "여튼
# 그런데 통계를 보니까…", "물론 해당 이미지는…", the video named before left out; set 69b F5: "At this point I moved on to…",
# the steps tried before left out); not "여기서는", "여기서 소개할 내용은…" ("here, in this post", rev69d F4), "At this point
# in history, …" nor "At this point, nobody knows…" (a time of its own, "now": "at this point" only before "I"/"we",
# rev69d F6), "All good but one of the tests…" ("all except one", rev69d F8), "물론이다" (a word of its own). A text's
# first sentence is not asked (bot/summary.py: j > 0).
_GOES_ON = (
    r"여튼|아무튼|어쨌든|어쨌거나|암튼|물론|여기서(?!\s*+(?:소개|다루|다룰|살펴|알아|설명|정리))"  # ko
    r"|at that point(?!\s(?:in|of)\b)|at this point(?=,?\s(?:I|we)(?:\s|['’]))|by then"  # en
    r"|from there(?=,|\s(?:I|we|you|he|she|they|it)\b)"
    r"|all (?:very |so |well )?(?:nice|good|well|fine|great)(?: and (?:good|well|dandy))?"  # en ("All very nice, but")
    r"(?:,\s*+but|\sbut(?!\s(?:one|two|three|a few|the (?:first|last))\b))"
    # "another", "other": one more of what the sentence before named ("Another app, Barkly, connects…" after the
    # sentence on the first app, left out: mapbox in set 11); not es/pt "Otra vez", "Outra vez" ("again"), pt "Outro
    # dia" ("the other day"): a time of its own, as "At this point, nobody knows…" is (rev69d F6)
    r"|another|other|un autre|une autre|d['’]autres|otro|otra(?!\s++vez\b)|otros|otras|outro(?!\s++dia\b)"  # en, fr, es, pt
    r"|outra(?!\s++vez\b)|outros|outras|un altro|un['’]altra|ein weiterer|eine weitere|ein weiteres"  # it, de
)
_OPENER = re.compile(rf"[\"'“‘«(]*+(?i:(?:{_EXPLAINS}|{_GOES_ON})(?![\w-])|(?:{_IF_NOT}),)")
# ... and as the second word, after the verb ("Θεωρούσα δηλαδή ότι…", "Pensavo cioè che…": set53 F6).
_SECOND = re.compile(r"[\"'“‘«(]*+[^\W\d_]++,?\s++(?i:δηλαδή|cioè)(?!\w)")
# Vietnamese "with A being B and C being D": a phrase with no clause of its own, the rest of the sentence before ("Với
# người hỏi là các học viên … và người đáp là bác Inamori.": set53 F6); not "Với tôi đây là…", "Với bài đầu tiên này ta
# sẽ…" (a main clause after it).
_WITH_BEING = re.compile(r"Với(?:\s\S+){1,3}\slà\s.*?\svà(?:\s\S+){1,3}\slà\s")
# Languages written without spaces ("つまり" is bot/discourse.py's; "也就是说…", "例如…", "之后…"; not Japanese 例えば:
# a post's next example goes on from it, "例えば --jump-target 1 であれば… --jump-target 50% であれば…", set52's noborus).
_CJK = ("その後", "也就是说", "也就是說", "换句话说", "換句話說", "例如", "比如", "譬如",
        "之后", "之後", "随后", "隨後", "예를 들어", "예를 들면", "다시 말해", "그 후", "그 다음",
        # "but" before a clause (not 可以, 可能, 可见: "can", "may", "evidently"), an answer to a question before ("the
        # reason is simple", "the answer is"), what a step shows ("you will find"), ko "also" (not 또한: discourse's),
        # "in other words" (set54 F10: "可一旦有写请求的操作了…", "道理很简单，如果在上图中…", "会发现 Claude Code 会把…",
        # "또 playbook이…")
        "可是", "可惜", "可一旦", "可如果", "可要是", "道理很简单", "道理很簡單", "原因很简单", "原因很簡單",
        "理由很简单", "理由很簡單", "答案是", "会发现", "會發現", "또,", "다시 말하면")  # fmt: skip
# ... but not those words as part of another ("之后的版本", "later versions"; "그 후보는…", "that candidate…": the review)
_CJK_GOES_ON = re.compile(r"(?:之后|之後)的|答案是否|그 (?:후|다음)[가-힣](?<![에로])")
# ... and the same further in: a Korean ordinal before "in other words" ("…첫번째, 다시 말하면 …", set54 F10, a list's
# first chore told again); ko "also" before a word (not "또 한 번", "또 다시": "once again"); Portuguese "although the/that
# <noun>" of a thing named before ("Ainda que o projeto tenha…") and pt/es "one of them" (its "desafios" named there:
# "Um deles está…"); English "the rest of it", "the other half" (of what the sentence before began: "The rest of it is…").
_FURTHER = re.compile(
    r"[\"'“‘«(]*+(?:[^\W\d_]++\s++){0,3}?(?:첫|두|세|네)\s?번째,?\s++다시 말(?:하면|해)|또\s(?!한\s?번|다시)"
    r"|[\"'“‘«(]*+(?:Ainda que (?:o|a|os|as|esse|essa|esses|essas)\s(?:[^,;:(]|\([^)]*+\))++$|The (?:rest of (?:it|this|that|them)|other half)\b"
    r"|(?:Um|Uma|Uno|Una|Alguns|Algumas|Algunos|Algunas) (?:deles|delas|de ellos|de ellas)\b)"
)
# Portuguese and Italian "And" first, before a word of those languages only (set54 F10: "E já fazia algum tempo que…";
# not "E. coli", "E-mail", "E3 2024", "E Street Band"): the rest of the sentence before.
_AND_BEFORE = (
    "já não se então assim também depois agora ainda isso foi era é tudo nem quando mesmo claro aí lá poi quindi ora"
    " infatti allora così"
)
_AND = frozenset(_AND_BEFORE.split())
# Norwegian, Danish and Swedish "And" first, before a pronoun or an adverb of those languages only (set 69a F11: "Og det
# ble avsluttet med hvem har sagt hva.", the acts it ended after left out; not "OG Anunoby…", "Og Mandino"): the rest of
# the story before.
_OG_BEFORE = "det da så den dette han hun de vi jeg der nå her slik sånn dermed etter deretter då hon jag där nu här"
_OG = frozenset(_OG_BEFORE.split())

# "The first …" (an article, then "first" in the language's forms; Polish and Russian without an article).
_FIRST = re.compile(
    r"[\"'“‘«(]*+((?i:the|ο|η|το|οι|der|die|das|den|det|le|la|el|il|lo|o|de|het)\s+(?i:first|πρώτος|πρώτη|πρώτο|πρώτοι"
    r"|πρώτες|erste|ersten|erster|første|första|premier|première|primer|primero|primera|primo|prima|primeiro|primeira"
    r"|eerste)|(?i:pierwszy|pierwsza|pierwsze|первый|первая|первое))\s+(\w+)"
)
# A count the sentence before names: the set the ordinal picks from ("…δύο όροι.", "…two terms.").
_COUNTS = (
    "two three four both δύο τρεις τρία τέσσερις τέσσερα zwei drei vier beide beiden deux trois quatre dos tres cuatro"
    " ambos ambas due tre quattro dois duas três quatro twee drie begge två fyra båda dwa dwie dwóch trzy cztery oba"
    " obie два две три четыре оба обе"
)
_COUNT = frozenset(_COUNTS.split())
_WORD = re.compile(r"\w+")
# ... but not a time of its own ("The first time…", "la première fois…"), nor a title ("le premier ministre").
_NOT_PICKED = frozenset(["time", "mal", "fois", "vez", "volta", "gang", "gangen", "keer", "raz", "раз", "φορά",
                         "ministre", "ministro", "minister", "lady", "world", "weltkrieg", "guerre", "guerra",
                         "thing", "things", "sight", "impression"])  # fmt: skip


def explains(sentence: str) -> bool:
    """Whether the sentence opens on a connective of explanation, example, condition or sequence (set53 F6), or on
    one of a story that goes on ("Anyway", "At this point I…", "Another …", "Og det…": set 69a F11, set 69b F5)."""
    if _OPENER.match(sentence) or _SECOND.match(sentence) or _with_being(sentence) or _FURTHER.match(sentence):
        return True
    after_and = sentence[2:].split(None, 1)[:1] if sentence[:2] == "E " else []
    if after_and and after_and[0].casefold() in _AND:
        return True
    if sentence[:2] == "Og" or sentence[:3] == "Och":  # (set 69a F11)
        words = sentence.split(None, 2)
        if len(words) > 2 and words[0] in ("Og", "Och") and words[1].casefold() in _OG:
            return True
    start = sentence.lstrip("\"'“「『 ")
    return start.startswith(_CJK) and _CJK_GOES_ON.match(start) is None


# "After/Once <verb>ing the <noun>," first: a step that follows the one the sentence before told ("Change your AWS
# credentials, so…" / "After changing the credentials, make sure…": set 69b F5); only where that sentence names the noun
# ("After installing the package, run…" with no package before opens a step of its own); the noun the phrase's last
# word ("After announcing the nominees last week, we begin…" is a time of its own, the guardian's in unseen66b).
_AFTER_DOING = re.compile(
    r"(?:After|Once|Upon)\s++[a-z]{3,}ing\s++(?:the|these|those|this|that)\s++((?:[\w-]++\s++){0,2}[\w-]++),"
)


def follows_step(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence ``j`` opens on "After doing the <noun>," of a noun the sentence before names (set 69b F5)."""
    if j == 0 or not (after := _AFTER_DOING.match(sentences[j])):
        return False
    noun = after[1].rsplit(None, 1)[-1].casefold().removesuffix("s")
    # (the noun as a word: not "wall" in "firewall", "data" in "metadata"; "glass" keeps its "s", rev69d F5)
    return len(noun) > 3 and re.search(rf"\b{re.escape(noun)}(?:s|es)?\b", sentences[j - 1].casefold()) is not None


def _with_being(sentence: str) -> bool:
    return (
        sentence[:4] == "Với "
        and not any(mark in sentence for mark in ",;:")
        and _WITH_BEING.match(sentence) is not None
    )


def picks_from(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence ``j`` opens on "the first …" of a set of things the sentence before counted ("…χρησιμοποιηθούν
    δύο όροι. Ο πρώτος ουσιαστικός όρος θα δείχνει…": set53 F6); not "the first time" (a time of its own)."""
    if j == 0 or not (first := _FIRST.match(sentences[j])):
        return False
    ordinal, noun = first.groups()
    if ordinal.split()[-1].istitle() and noun.istitle() or noun.casefold() in _NOT_PICKED:
        return False  # ("The First Amendment…", "Ο Πρώτος Παγκόσμιος…": a name)
    return not _COUNT.isdisjoint(_WORD.findall(sentences[j - 1].casefold()))
