"""Sentences that lean on the one before them by a word past their first ones (set51 F4).

bot/discourse.py's ``leans_back`` reads a sentence's first words: a connective, a pronoun subject. Some sentences
point back further in: an English possessive after a time adverb ("Now their open model finetuning service is
making…", the company named before left out), a Korean demonstrative determiner in the first clause's first words
("DSM7과 … acme.sh에서 이러한 회피하여…", "such"), "the link above" ("위 링크를 보면…"), an answer to a question left
out ("해답은 … 찾을 수 있었는데요.", "the answer…"; Italian "Perché cercando sul web non trovo…", "because…", right
after "…a quanto pare?"). ``leans_on`` tells those by closed classes of function words; a summary (bot/summary.py)
takes such a sentence only right after the one before it. Each class was measured on the summaries of every stored
feed (the sentences it flags, read against the one before), and narrowed where the sentence names its referent
itself: a noun it said before ("…make money by investing in those ideas."), a clause of its own before the word
("방법이 3가지가 있는데 JPA는 이러한 3가지 방식을…"), "those" meaning "the people…" ("…for those in need.", "…help
those affected."), what a reason explains ("…줄어든 건 … 때문이다."), a cause clause before its own main clause
("Porque la lluvia inundó el estadio, la final…": set51 F4's review). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .connectives import explains, follows_step, picks_from
from .letteritems import lettered_item
from .pointsback import points_back

# English: a time adverb, then a personal pronoun or possessive (set51 F4: "Now their open model finetuning service…",
# "Today they ship…"); not "Now it's…", "Now this…": an expletive, the present.
_NOW_THEIR = re.compile(
    r"(?i:now|today|recently|currently|soon|later|eventually|ultimately|suddenly),?\s+"
    r"(?:he|she|they|his|her|their|them|its)\b"
)
# English "those <noun>" ending a clause, which a sentence before named ("…around those loyal fans.", "…push back on
# those accusations.": set51 F4); not "those of…", "those who…" (they say which), "all those years ago", "one of those
# weeks", nor "those" that means "the people…" by their state or place ("…for those in need.", "…help those
# affected.", "…to those waiting.": set51 F4's review), nor a word the sentence itself said before ("Ideas … make money
# by investing in those ideas."), nor after a clause of the sentence's own, which may be what it points to ("…accepts an
# awful lot of lying – should we go along with those lax standards?": set13's 80000 Hours, measured); and a sentence
# ending on "like this" ("…easy marketing wins like this.": the case just told), not "like this:" (what follows).
_THOSE = re.compile(
    r"(?<![Oo]ne of)\s(?i:those)\s++(?!(?i:of|who|whom|which|that|whose|years|days|times|legally|in|on|at|with|without"
    r"|from|for|under|over|among|behind|outside|inside|around|near|here|there|still|most|more|less|least|present"
    r"|responsible|able|unable|eligible|willing|lucky|fortunate|left|close|closest|nearest)\b)"
    r"([^\W\d_]++)(?:\s++([^\W\d_]++))?(?=[.!?]|$|\s++(?i:here|now|soon)\b)"
)
_HERE = frozenset(["here", "now", "soon"])
_PARTICIPLE = re.compile(r"(?:[^e]ed|ing)$")  # "those affected", "those waiting" (not "those seed")
_CLAUSE_MARK = re.compile(r"[,;:–—]|\s-\s")
_LIKE_THIS = re.compile(r"\slike (?:this|that|these|those)[.!]*+[\"'”’»)]*+$")
# Korean demonstrative determiners, as a word of their own among the first clause's first seven words ("…acme.sh에서
# 이러한 회피하여…", "Argo Workflow와 Argo Event가 이러한 기능들을…": set51 F4; the first three words are
# bot/discourse.py's); not "이런저런", "그런데", nor past those words or a comma, nor after a clause ending of the
# sentence's own (-는데, -고, -며, -서; not the place "에서"), where it names what it means itself ("…동시성 문제를
# 고려해야되는데, 이러한 문제들을…", "…문제가 있었는데 이러한 문제를…", "…규제를 강화했고 이러한 정책은…"); not -지만
# ("but"), whose clause concedes ("지금은 매개변수가 6개 뿐이지만 수가 늘어날수록 이러한 코드는…": set32's devhj, the code
# shown before).
_KOREAN_SUCH = re.compile(r"(?:\S++\s++){3,6}(?:이러한|그러한)\s")
_KOREAN_CLAUSE_END = re.compile(
    r"(?:데|(?<=[하했였었았되됐있없이])고|며|(?<=[해어아여돼워와봐])서)\s"
)  # (not 광고, 문서: nouns)
# Korean "the … above" before what a text shows, "as above" ("위 링크를 보면…", "위의 코드에서…", "위와 같이…": set51
# F4); the noun a whole word, with its particle ("위 표준 문서는…" is not "the table above"); not "위" ("stomach",
# "rank") before anything else, nor "아래" ("below": what follows, bot/pointers.py).
_KOREAN_ABOVE = re.compile(
    r"(?:^|\s)위(?:와\s++같|(?:의|에서)?\s++(?:링크|내용|코드|사진|그림|표|글|예제|예시|방법|명령어|설정|이미지|문서|과정|화면"
    r"|결과|설명)(?:들)?(?:[을를이가은는에의와과도로만]|에서|으로|처럼|대로)?[는도]?(?![가-힣]))"
)
# Korean: a sentence that is only the reason for the one before ("데이터를 분산해서 저장할 수 있을 뿐만 아니라, … 가능하기
# 때문입니다.", "because…", after "…Shard Cluster를 사용하게 됩니다.": set51 F4's re-read; "…때문일까요?"); not one that
# names what it gives the reason for ("그 이유는 … 때문입니다.", "…한 것은/것도 … 때문이다.", "…줄어든 건 … 때문이다.",
# "…있었던 데는 … 때문이다.": set51 F4's review).
_KOREAN_BECAUSE = re.compile(r"때문(?:(?:입니다|이다|이죠|이에요)[.!]?|일까요[.?]?)$")
_KOREAN_REASON_FOR = re.compile(r"(?:(?:이유|것|까닭|원인)(?:은|는|도|이|가)|(?<!\S)(?:건|게)|데(?:에)?는)\s")
# Korean first words that answer or go on from what was said: "the answer", "related (to it)" (set51 F4: "해답은
# MongoDB Community에서…", "관련된 업무를 하다보니…"); "해당" ("the … in question") before a noun.
_KOREAN_OPENERS = frozenset(["해답은", "답은", "정답은", "관련된", "관련하여", "관련해서", "해당"])
# Italian, Spanish, Portuguese "because" opening a statement right after a question: its answer (set51 F4: "Perché
# cercando sul web non trovo…" after "…a quanto pare?"); not a cause clause before its own main clause ("Porque la
# lluvia inundó el estadio, la final…"), nor a heading without a stop ("Perché Apple ha scelto…"), nor "perché …"
# (so that) where no question is before it (set51 F4's review); a question ("Perché …?") asks why, and stands.
_BECAUSE = frozenset(["perché", "perchè", "porque"])
# Hindi first words that stand for someone or something named before, or join the sentence to the one before: third
# person pronouns' oblique and possessive forms ("उनके आशीर्वाद, मूल्यों…", "his blessings…", set52 F4), "but", "so",
# and "yet" (फिर भी: "फिर भी आधुनिक जीवन की…"). Not वह/वे ("that/those" before a noun of their own), मगर (also
# "crocodile"), हालांकि ("although", before its own main clause), फिर alone ("फिर से": "again"): the review.
_HINDI_OPENERS = frozenset(
    ["उनके", "उनकी", "उनका", "उन्होंने", "उन्हें", "उनको", "उसके", "उसकी", "उसका", "उसने", "उसे", "उसको", "इसके", "इसकी",
     "इसका", "इसने", "इसे", "इसको", "इनके", "इनकी", "इनका", "इन्होंने", "इन्हें", "लेकिन", "परंतु", "परन्तु", "किंतु", "किन्तु",
     "इसलिए", "अतः"]
)  # fmt: skip
# Japanese "this guy", "that guy" for a thing named before ("こいつを使えば、線とか弧とか…": the library, set52 F4), a
# particle after it (not "あいついで", "one after another").
_JAPANESE_OPENERS = re.compile(r"(?:こいつ|そいつ|あいつ)(?:ら|[はがをもにでの、])")
# Arabic first words that stand for what was named or said before (set63 F11: "هي صحيح ذكرت، بس ذكرت ليه؟!", "it was
# mentioned, true", the saying quoted before left out; "بس يوم ما تمسكيه صح…", "but the day…"): a personal pronoun
# subject, Egyptian "but" (بس), and "so"/"then" (ف) joined to a particle or a pronoun ("فلا تسأليني أبدا…", "so never
# ask me…"); not ف before a word of its own ("فجأة", "suddenly"; "في", "in").
_ARABIC_OPENERS = frozenset(
    ["هو", "هي", "هم", "هن", "هما", "بس", "فلا", "فلم", "فلن", "فقد", "فإن", "فإنه", "فهو", "فهي", "فهم", "فكان", "فكانت"]
)  # fmt: skip
_OPENERS = _KOREAN_OPENERS | _HINDI_OPENERS | _ARABIC_OPENERS
# Chinese "for this", "to this", "about this" first (set63 F11: "为此，你设置了 MySQL 的实例…", what it is for left out;
# bot/discourse.py's "因此", "所以" are its kin).
_CHINESE_FOR_THIS = ("为此", "為此", "对此", "對此", "借此", "就此")
# English "went on to" and a verb of saying: the rest of what someone said in a sentence before ("The danger…, Summers
# went on to argue, …": set63 F11), the verb's words then a mark or "that" ("…went on to say that…"); not "went on to
# win", "went on to found…", "went on to explain black holes to millions", "went on to tell her story in schools" (a
# life's next step: the second review of this session, 9).
_WENT_ON = re.compile(
    r"\bwent on to (?:say|argue|explain|add|note|describe|claim|suggest|warn|insist|stress|point out|tell|ask)"
    r"(?:\s*[,.;:!?\"“”—–]|\s+that\b)"
)
# Japanese and Chinese "the above", "the aforesaid" anywhere in a sentence ("…ユーザーを別の通信手段に追いやり、上記の目的を
# 損なうことになります。", "the purposes above": set62 F9, the list of them left out; "上述问题…", "前述のとおり…"); "以上の"
# ("the above") only first: further in, after a number, it is "or more" ("10人以上の参加者…"); "上文" only before what
# a text above does ("上文提到…", "如上文所述"): not inside 线上文化, 网上文学 (the review of set 63's fixes, 6).
_CJK_ABOVE = re.compile(r"上記|前述|上述|上文(?=提到|所述|中|说|說|已)|(?:上面|前面)(?:提到|所述|说的|說的)|^以上の")
# English "the above" further in ("…which defeats the above purpose."; its first words are bot/discourse.py's); not "the
# above-average…", "the above ground pool", "the above normal rainfall" (the review, 10).
_THE_ABOVE = re.compile(
    r"\s(?i:the)\s++(?:above(?:-mentioned)?|aforementioned|abovementioned)\s++(?!(?:ground|normal|average)\b)[a-z]"
)
# Chinese "this/that" and a measure word in the first clause's first characters, or right after a topic phrase ("简单
# 概括下这个 RP 的内容：…", "对 paimon-rust 来说，这段 bytes 是…": set54 F10, the PR and the bytes named before); not
# before the text's own nouns or a time ("这个系列", "这篇文章", "这个周末", "那个时候": bot/discourse.py's list too).
_CHINESE_THIS = re.compile(
    r"(?:(?:对|對)[^，,：:。！？]{1,24}?(?:来说|來說|而言)[，,]\s*+|[^，,：:。！？\s]{0,8}?)"
    r"(?:这|這|那)(?:个|個|段|些|种|種|项|項|句|件|条|條)(?!(?:系列|博客|部落格|文章|网站|網站|视频|影片|周末|週末|星期|月|年"
    r"|天|时候|時候|时间|時間|时期|時期|阶段|階段|季|学期|學期|假期|日子|晚上|早上|夏|冬|春|秋|世纪|世紀|年代|世界|社会|社會))"
)
# Portuguese and Spanish "that/those <noun>" in the first clause, of a thing named before ("A ideia é que esses textos me
# ajudem…": set54 F10, the "serie de artigos" before), as English "those <noun>" is; not a time ("esse ano", "esos
# días"), nor "nesse", "dessa" (the contractions: "nesse caso"), nor a noun the clause named before it.
_ESSE = re.compile(
    r"(?<!\w)(?i:esse|essa|esses|essas|esos|esas)\s++([^\W\d_]++)(?!\s++(?:de|do|da|dos|das|del|que|em|en)\b)"
)  # (not where a phrase after it says which: "esos contenidos de las televisiones que…", set10's ivoox)
_TIMES = (
    "ano anos mês meses dia dias semana semanas momento momentos tempo período época vez noite noites manhã tarde año"
    " años días tiempo noche mañana últimos últimas primeiros primeiras próximos próximas últimos"
)  # (an adjective before a time: "Esses últimos anos…", the review)
_ESSE_TIMES = frozenset(_TIMES.split())
_CLOSERS = "\"'”’») "
# Spanish, Portuguese and Italian neuter "this/that" as a pronoun in the first clause ("Lo que busco con esto es…",
# "what I seek with this": set55 F9, the list before left out; "Foi por isso que…"): what the sentence before said;
# not "ciò che"/"eso que" (that which: the sentence says what), nor "Esto es lo que…" (what follows), nor "a eso de
# las cinco" (at about), nor French "ça"/"cela" ("Ça fait longtemps que…": an expletive).
_NEUTER = re.compile(
    r"(?<!\w)(?<!(?i:a) )(?i:esto|eso|ello|aquello|isto|isso|aquilo|disso|disto|nisso|nisto|daquilo|naquilo|ciò)(?!\w)"
    r"(?!\s++(?i:che|que|es lo que|é o que|è quello che|è ciò che)\b)"
)
# Greek "this/that" and an article before a noun, as the subject's first words ("Αυτή η θεώρηση…", "this view…"):
# what the sentence before said; not the text itself or a time ("Αυτό το άρθρο…", "Αυτή την εβδομάδα…": the bare form
# only with a subject's article, rev69d F3). After a preposition too, with any article ("Με αυτή τη γνώση και…", "with
# this knowledge": set 69a F11, the knowing told before left out); not "Σε" ("in"), which opens the text's own frame or
# a time ("Σε αυτή την ενότητα…", rev69d F3).
_GREEK_PREPOSITIONS = ("Με ", "Από ", "Για ")
_GREEK_THIS = re.compile(
    rf"(?:(?:{'|'.join(word.strip() for word in _GREEK_PREPOSITIONS)})\s++(?:αυτ|εκείν)(?:ός|ή|ό|οί|ές|ά|ο|η|οι|ες|α)"
    r"\s++(?:ο|η|το|οι|τα|τη|την|τον|τους|τις|του|της|των)"
    r"|(?:Αυτ|Εκείν)(?:ός|ή|ό|οί|ές|ά|ο|η|οι|ες|α)\s++(?:ο|η|το|οι|τα))\s++(\w++)"
)
_GREEK_OWN = frozenset(
    ["άρθρο", "ανάρτηση", "κείμενο", "βίντεο", "επεισόδιο", "ιστολόγιο", "blog", "σειρά", "φορά", "στιγμή", "εποχή",
     "χρονιά", "εβδομάδα", "μήνας", "μήνα", "χρόνο", "περίοδος", "περίοδο", "ποστ", "podcast", "ανάρτησή", "σελίδα",
     # (a day or an hour: "Από αυτή τη Δευτέρα…"; the text's own parts: "Με αυτή την ανακοίνωση…", rev69d F3)
     "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή", "σαββατοκύριακο", "ώρα", "μέρα",
     "ημέρα", "ανακοίνωση", "ενότητα", "tutorial", "post"]
)  # fmt: skip
# English "those/these respective <noun>" past the first words, before any other referent of the sentence's own: things
# a sentence before named, each with its own (set 69b F5: "Any user of those respective functions…", the two functions
# named before left out); not "their respective" (the sentence's own subject owns it: "The teams and their respective
# coaches…"), nor after "A and B" the sentence names itself ("Alice maintains the Rust port and Bob the Go port, and
# those respective codebases…", rev69d F7).
_RESPECTIVE = re.compile(r"\b(?i:those|these)\s++respective\s")
# Romanian "this/that" as a determiner before a noun in the first clause ("Deoarece toate computerele … folosesc acest
# format, …": set 71a F9, the binary format of the sentence before left out); not the text's own parts nor a time
# ("În acest articol…", "această săptămână", "Această versiune…", "aceste zile": rev71d 3; "week" of "acest
# week-end", the noun read up to its hyphen), nor a noun the clause said before it.
_ROMANIAN_THIS = re.compile(r"(?<!\w)(?i:acest|această|aceste|acești|acel|acea|acele|acei)\s++([^\W\d_]++)")
_ROMANIAN_OWN = frozenset(
    ["articol", "articolul", "text", "ghid", "tutorial", "episod", "video", "blog", "site", "material", "postare",
     "podcast", "capitol", "secțiune", "curs", "an", "săptămână", "lună", "zi", "moment", "perioadă", "timp", "sezon",
     "weekend", "week", "seară", "dimineață", "început", "sfârșit", "final", "versiune", "proiect", "ediție",
     "număr", "raport", "studiu", "newsletter", "pagină", "emisiune", "eveniment", "mesaj", "zile", "ani", "luni",
     "săptămâni", "vară", "toamnă", "iarnă", "primăvară", "dată", "oră"]
)  # fmt: skip
_WORD = re.compile(r"\w++")


def leans_on(sentences: Sequence[str], j: int) -> bool:
    """Whether sentence ``j`` points at a sentence before it by a word past its first ones, an answer word first,
    as a later question of a list, or opens on a connective of explanation or sequence or on "the first" of a set the
    sentence before counted (bot/connectives.py: set53 F6), or on "After doing the <noun>," of a noun the sentence
    before names (bot/connectives.py follows_step: set 69b F5), or on a phrase pointing back ("As a consequence,", "What
    triggered it is…": bot/pointsback.py, set64b F5), or is a lettered list's item (bot/letteritems.py, set66a F8)."""
    if explains(sentences[j]) or picks_from(sentences, j) or points_back(sentences, j):  # (set64b F5)
        return True
    if follows_step(sentences, j):  # ("After changing the credentials, …": set 69b F5)
        return True
    if lettered_item(sentences, j):  # ("C. Diskuter …" after "B. …": a list's item, set66a F8)
        return True
    return leans_within(sentences[j]) or later_question(sentences, j) or _answers(sentences, j)


def leans_within(sentence: str) -> bool:
    """Whether a word past the sentence's first ones, or an answer word first, points at a sentence before it."""
    head = sentence.lstrip("\"'“‘«( ")
    words = head.split(None, 1)
    if words and words[0].rstrip(",:;") in _OPENERS:
        return True
    if head.startswith(("फिर भी", *_CHINESE_FOR_THIS)) or _JAPANESE_OPENERS.match(head):
        return True
    if (
        _CJK_ABOVE.search(head) or ("bove" in sentence or "forem" in sentence) and _THE_ABOVE.search(sentence)
    ):  # (set62 F9)
        return True
    if ("这" in sentence[:40] or "這" in sentence[:40] or "那" in sentence[:40]) and _CHINESE_THIS.match(sentence):
        return True
    if "s" in sentence and _esse(_CLAUSE_MARK.split(sentence, 1)[0]):  # (set54 F10)
        return True
    if ("s" in sentence or "ò" in sentence or "ll" in sentence) and _NEUTER.search(
        _CLAUSE_MARK.split(sentence, 1)[0]
    ):  # (set55 F9)
        return True
    if (
        (head[:3] in ("Αυτ", "Εκε") or head.startswith(_GREEK_PREPOSITIONS))
        and (greek := _GREEK_THIS.match(head))
        and greek[1].casefold() not in _GREEK_OWN
    ):
        return True  # (set53's re-read: "Αυτή η θεώρηση δημιουργούσε…", the view the sentence before held)
    if "러한" in sentence:
        such = _KOREAN_SUCH.match(sentence.split(",", 1)[0] + " ")
        if such and not _KOREAN_CLAUSE_END.search(such.group()[:-4]):
            return True
    if "위" in sentence and _KOREAN_ABOVE.search(sentence):
        return True
    if "때문" in sentence and _KOREAN_BECAUSE.search(sentence) and not _KOREAN_REASON_FOR.search(sentence):
        return True
    if "went on" in sentence and _WENT_ON.search(sentence):  # (set63 F11)
        return True
    if "respective" in sentence and (each := _RESPECTIVE.search(sentence)) and " and " not in sentence[: each.start()]:
        return True  # (set 69b F5)
    if ("ace" in sentence or "Ace" in sentence) and _romanian_this(_CLAUSE_MARK.split(sentence, 1)[0]):  # (set 71a F9)
        return True
    if "hose" in sentence and _those(_CLAUSE_MARK.split(sentence, 1)[0]):  # (the sentence's first clause)
        return True
    return _NOW_THEIR.match(head) is not None or "like th" in sentence and _LIKE_THIS.search(sentence) is not None


def _those(clause: str) -> bool:
    """ "those" and the words after it end the clause, name no people by their state, nor a word said before."""
    match = _THOSE.search(clause)
    if match is None:
        return False
    said = [word for word in match.groups() if word and word.casefold() not in _HERE]
    if not said or _PARTICIPLE.search(said[-1]) and (len(said) == 1 or said[0].endswith("ly")):
        return False  # ("those affected", "those directly involved")
    return re.search(rf"\b{re.escape(said[-1])}\b", clause[: match.start()], re.IGNORECASE) is None


def _romanian_this(clause: str) -> bool:
    """ "acest", "această"… and a noun in the clause: no text's part nor time, nor a noun the clause said before."""
    return _determiner_noun(_ROMANIAN_THIS, _ROMANIAN_OWN, clause)


def _esse(clause: str) -> bool:
    """ "esse(s)", "esos" and a noun in the clause, no time, nor a noun the clause said before it."""
    return _determiner_noun(_ESSE, _ESSE_TIMES, clause)


def _determiner_noun(pattern: re.Pattern[str], exempt: frozenset[str], clause: str) -> bool:
    """``pattern``'s determiner and its noun (its group 1) in the clause: the noun not in ``exempt``, nor a word of the
    clause before it opening with the noun's stem (its letters but the last: "formatul … acest format"). A noun of one
    letter is no noun ("Acel a…": rev71d 7)."""
    match = pattern.search(clause)
    if match is None or match.group(1).casefold() in exempt or len(match.group(1)) < 2:
        return False
    stem = match.group(1)[:-1].casefold()
    return not any(word.casefold().startswith(stem) for word in _WORD.findall(clause, 0, match.start()))


def _answers(sentences: Sequence[str], j: int) -> bool:
    """Sentence ``j`` opens with "because" and answers the question right before it, in one clause."""
    words = sentences[j].lstrip("\"'“‘«( ").split(None, 1)
    if j == 0 or not words or words[0].casefold() not in _BECAUSE or "," in sentences[j]:
        return False
    return sentences[j].rstrip(_CLOSERS).endswith((".", "!", "…")) and sentences[j - 1].rstrip(_CLOSERS).endswith("?")


def later_question(sentences: Sequence[str], j: int) -> bool:
    """Sentence ``j`` is a later question of a run that a sentence ending in ":" introduced ("…i dubbi … sono
    diversi: Quando entrerà in vigore? … Quanti soldi avranno speso…? Quali conseguenze…?": set51 F4, a flattened
    list): an item of it, read alone, asks without the question it is one of. Asides in brackets between them are
    passed over; the first question after the colon reads as the list's opening and stands, and so does one that
    names its own subject by a capital or a figure in its second or third word ("Will Rust 2.0 drop support…?")."""
    if not sentences[j].rstrip(_CLOSERS).endswith("?"):
        return False
    subject = sentences[j].split()[1:3]  # (after "Will", "Quanti": not "Will the suggested GPU models…?", set48's ROS)
    if any(word[:1].isupper() and len(word) > 1 or any(c.isdigit() for c in word) for word in subject):
        return False
    k, questions = j - 1, 0
    while k >= 0:
        text = sentences[k].rstrip(_CLOSERS)
        if text.endswith("?"):
            questions += 1
        elif not sentences[k].startswith("("):
            return questions > 0 and text.endswith(":")
        k -= 1
    return False
