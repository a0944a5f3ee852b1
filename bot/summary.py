"""Extractive story summaries: a few of the sources' own sentences that say what happened.

A story is one or more articles (bot/cluster.py); each gives its headline and
the sentences of its lead (bot/sentences.py). The summary is ``max_sentences``
of those sentences, chosen so that:

- a one-source story's summary opens with its lede, the first usable sentence (unless it leans on one before it),
  which says what the rest is about (set20 F12: without it a summary opened on "MetaTrader 5, invece, …",
  "…scrivere questi programmi…", "これを受けて…", pointing at a sentence left out);
- the others are central to the story: a sentence scores by the words it shares
  with the other sentences, with the other sources and with the headlines
  (a word only it uses scores least), over the square root of its length, so
  a long sentence is not central just for being long; the first sentences of
  an article weigh a little more (a lede usually says most);
- each adds something: a word already said by a chosen sentence scores nothing
  again, a near-duplicate of a chosen sentence (most of its words in it: the
  same wire copy in two outlets) is never taken, nor is a sentence whose words,
  by weight and but for the headlines' words, are mostly said already by another
  source's chosen sentence (an outlet restating another's fact in its own
  words), nor one that shares no
  word with the rest of the story: a summary may be shorter than ``max_sentences``;
- they stand on their own: a sentence that opens by pointing back ("But…",
  "He said…", "If so, …": bot/discourse.py) is taken only right after the
  sentence it leans on;
- they say who speaks: a speaker's words in the first person whose speaker only the next sentence
  names ("We started with jazz…" before "… – said the artist.") are taken only with that sentence, and
  words whose tag names nobody ('"…", afirmou o músico.', '"…," he said.') only after the sentence before;
- they are the author's: a sentence the post quotes (inside a <blockquote>: bot/sentences.py's
  ``QUOTED``) is never taken, lifted out of its marks it reads as the author's (set14 finding 9: a
  quote the post answers, shown as what the post says); with too few of the author's own, the excerpt
  is shown, which quotes it in marks;
- they read in order: by where they stand in their article (a lede before a
  detail), then by source (the lead article first);
- they are usable: a whole sentence (ending in a full stop, "?", "!" or a
  closing quote), of a few words, not the headline again (nor framed by a word
  or two: "This article <headline>.", nor reworded: 'Jane Doe "Emotion
  awareness…"' under "Jane Doe on Emotion Awareness…"), not a "Read more" or
  "Subscribe" line, a call to sign up ("please register above"), nor a notice ("Note: …"), nor a pointer to
  further reading ("For more information, see…", "Подробнее … можно почитать на Хабре."), not a list item, not shouted in capitals; and (``summarize``
  checks this once it has read a sentence's words) not of fewer than three words that mean
  something ("Thanks for the info!"). None usable: no summary (the caller shows the excerpt).

Sentences are returned exactly as the source wrote them. Deterministic: the
weights are integers (no order-dependent float sums) and ties go to the lead
source and the earlier sentence. Pure; 0.6 ms for a story of three sources of
five sentences each, 1.9 ms for fifteen each (one core of the project's machine);
the digest figures of `make bench` include it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .codeblocks import points_at_code
from .cuts import PICTOGRAPHS, casefolded_words, says_what_follows, title_again
from .discourse import attributed, leans_back, speaker_after, unnamed_speaker
from .sentences import QUOTED

DEFAULT_SENTENCES = 3
MAX_SUMMARY = 900  # characters: sentences past this are not added (renderers cut further)
MIN_LENGTH, MAX_LENGTH = 20, 450  # of a usable sentence, in characters
MIN_WORDS = 4
CUT_TITLE = 20  # characters of a headline ending in "…" that a sentence opening with them repeats
LEDE_WORD = 4  # letters of a word the lede shares with the headline, at least
MIN_TERMS = 3  # words that carry meaning (terms()), in a language that spaces its words
MAX_PER_SOURCE = 15  # sentences of an article considered (its lead's first): a story's cost stays bounded
SAID = 0.5  # this share of a sentence's weight in words already chosen: it says nothing new
DUPLICATE = 0.6  # this share of the shorter sentence's words in the other: the same sentence again

_WORD = re.compile(r"\w+(?:[.'’-]\w+)*")
# A sentence's end; "…" is not one (the feed cut the text there).
# ("»" after a space is a "more" arrow, not a closing quote: "…all 552 news articles »".)
_ENDS = re.compile(r"(?<![.…])[.!?。！？।॥؟۔](?:[\"'”’»)\]]*)$|(?<!\s)[\"”’»]$|(?<=[\u0900-\u0dff] )\|$")  # (set33 F4)
_NOISE = re.compile(
    r"\b(?:read (?:more|the full)|click here|subscribe|sign up|newsletter|all rights reserved|"
    r"cookies?|advertisement|follow us|share this|continue reading|"
    # (a support desk's sign-off, set27 F10: "If you have any issues please do let us know.")
    r"let us know|(?:do not|don't|never) hesitate to|feel free to (?:contact|reach)|contact (?:our|the) support|"
    # (a call to sign up, set15 finding 5: "…please register above if you're interested."; in other languages)
    r"(?:register|enroll?|rsvp) (?:above|below|here|now|today)|zapisz się|suscríbete|regístrate|inscríbete|"
    r"inscrivez-vous|abonnez-vous|inscreva-se|jetzt anmelden|"
    # (a pointer in Korean or Indonesian, set29 F8: "…자세한 설명은 여기를 참고하세요!", "…dapat diunduh melalui halaman:")
    r"(?:unduh|diunduh|kunjungi) (?:di |melalui )?(?:halaman|tautan)|"
    # (a call to star a project, set30 F11: "…just drop a ⭐ on GitHub.")
    r"(?:drop|leave|give) (?:us |it |the repo )?an? star (?:on github|to the repo)|star (?:us|it|the (?:repo|project)) on github)\b"
    r"|\b(?:drop|leave|give) (?:us |it |the repo )?an? ⭐|여기(?:를|에서)?\s?(?:참고|클릭|확인)|아래(?:를)?\s?참고"
    # (TeX that no chat renders: display math, or a sentence of formulas, "…complex numbers $a$ , $b$ , $c$ , and $d$
    # such that $k$ is a root of $ax^3+bx^2+cx+d=0$", set30 F11; an abstract's "$n$-partite" is no such sentence)
    r"|\$\$[^$]+\$\$|(?=(?:[^$]*\$[^$]*\$)*[^$]*\$[^$\n]*[\\^_={}])(?:\$[^$\s\d][^$\n]{0,60}?\$[^$]*){3}"
    # (a sign-off and the show's welcome to its guests, set29 F7, each the whole sentence: "Até o próximo episódio!",
    # "Ana, seja bem-vinda ao Castálio Podcast.", "Jane, welcome to the show!"; not "…postponed until next week.")
    r"|^(?:(?:see you|until) (?:in )?(?:the )?next (?:episode|time|week)|até o próximo episódio|hasta el próximo "
    r"episodio|(?:[^.!?]{1,100}?(?:,\s*|\s))?(?:(?:seja|sejam) (?:muito )?bem[- ]vind[oa]s? (?:ao|à|a) [^.!?]{0,40}?"
    r"(?:podcast|programa|show)|welcome (?:back )?to the (?:show|podcast)))(?:,[^.!?]{0,40})?\W*$"
    # (a translator's or a publisher's credit, a licence, set36 F10: "Traduction par l'équipe PostgreSQLFr sous licence
    # CC BY-NC-SA.", "…les nouvelles hebdomadaires vous sont offertes cette semaine par David Fetter.")
    r"|\b(?:sous licence|licensed under|under (?:a|the) creative commons|traduction par|brought to you by"
    r"|vous (?:est|sont) offert)"
    # (a release's call to upgrade, set29 F17: "Upgrade today for enhanced security, …"; not "…urged to update now",
    # "Update now available for…")
    r"|^(?:upgrade|update|download|install) (?:today|now)(?: for| to|\W*$)|©|^(?:photo|image|credit|source|note)s?\s*:"
    # (a contact line, set21 F16: "X (formerly Twitter): Alan, Julien."; a chapter line, set21 F13: "00:19 - Hình
    # ảnh chi tiết…"; a markdown table's row, set21 F15: "| Prefix | Example | Description |")
    r"|^(?:x|twitter|mastodon|bluesky|facebook|instagram|linkedin|github|youtube|discord|telegram|threads)\b[^:]{0,20}:"
    r"\s*[@\w.-]+(?:\s*(?:,|\band\b|&)\s*[@\w.-]+)*\s*\.?$"
    r"|^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–—:)]|\s)|\|[^|\n]*\|[^|\n]*\|",
    re.I,
)
# A pointer to further reading, not what happened ("Подробнее о том, как всё работало, можно почитать на Хабре.",
# set21's digest 67; "For more information, please see…", "詳しくは、プレスリリースをご参照下さい。", "See the changelog for
# the full list of changes.", set22 F12): at the start only,
# where it is an imperative or a label ("Researchers hope to learn more…" says what happened).
_FURTHER = re.compile(
    r"[\"'“«(]*(?:(?:to\s+)?(?:read|learn|find out) more\b|you can (?:read|learn|find out) more\b"
    r"|for (?:more|further|full) (?:details|information|info)\b|more (?:details|information|info)\b"
    r"|(?:please )?(?:see|check out|view|visit)\b[^.!?]{0,60}\b(?:full|complete) (?:list|details|changelog|release notes"
    r"|notes|story|article|report|post)\b"
    r"|(?:pour )?en savoir plus|plus d['’]informations?|pour plus de détails|(?:para )?más información|para saber más"
    r"|(?:para )?mais informações|saiba mais|per (?:maggiori|ulteriori) informazioni|per saperne di più"
    r"|mehr (?:dazu|darüber|infos?|informationen)\b|weitere (?:infos?|informationen)\b"
    r"|подробнее\b|(?:читайте|смотрите) (?:также|подробнее)|詳しくは|詳細は.{0,30}(?:ご覧|参照)|详情|更多(?:信息|详情))",
    re.IGNORECASE,
)
# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana, CJK ideographs.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# A list item (bot/blocks.py's bullets; a pictograph as one: "✅ The U.S. Diaspora: …", "📍 In this episode:…",
# set19 F12f): not prose.
_LIST_ITEM = re.compile(rf"(?:[-*•–]|\d{{1,3}}[.)])\s|[\u2190-\u21ff{PICTOGRAPHS}]")  # (an arrow, a pictograph)
# A time of day or a point in a recording ("19:00", "00:11:51", "46:46"): a sentence that opens with one and holds
# another, or that holds two points in a recording (with seconds, or minutes past 23), is a podcast's chapter list
# ("00:01:37 主播们的观后感 00:11:51 科幻电影…"), not prose ("The bus leaves at 11:00, 13:00 and 17:00." is).
_TIME = re.compile(r"(?<![\d:])(\d{1,2}):\d{2}(:\d{2})?(?![\d:])")
# A sentence about a picture, a table or code the page shows next to it, which a summary does not ("The two
# screenshots above is from…", "The code fragments shown below are…", "上の例だと…"): not one to pick.
_ABOUT_UNSHOWN = re.compile(
    r"(?:(?:the|these|this|those|both|all)\s+(?:\w+\s+){0,2}(?:screenshots?|images?|pictures?|photos?|figures?"
    r"|charts?|graphs?|diagrams?|examples?|snippets?|code|videos?|tables?|fragments?)\s+"
    r"(?:(?:shown|listed|given|pictured)\s+)?(?:above|below)\b(?!\s+(?:the|a|an|our|their|its|\d))|[上下]の(?:例|図|画像|写真|表|コード))",
    re.IGNORECASE,
)
_STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as",
     "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he",
     "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "them", "him", "us", "not", "no",
     "so", "than", "then", "there", "here", "has", "have", "had", "do", "does", "did", "will", "would", "can",
     "could", "should", "may", "might", "must", "also", "just", "about", "into", "over", "after", "before",
     "more", "most", "some", "such", "which", "who", "whom", "whose", "what", "when", "where", "why", "how",
     "all", "any", "each", "other", "own", "same", "said", "says", "say", "new", "one", "two", "up", "out",
     "if", "only", "very"]
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SourceText:
    """One article of a story, as the summary reads it."""

    title: str
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Candidate:
    source: int  # index of the article in the story (0: the lead)
    index: int  # of the sentence in its article
    count: int  # sentences in its article
    text: str
    terms: frozenset[str]
    leans: bool  # it points back to the sentence before it (bot/discourse.py)
    ahead: bool  # someone's words whose speaker the sentence after it names (discourse.speaker_after)


def terms(text: str) -> frozenset[str]:
    """The words that carry meaning, casefolded, without a possessive's "'s" or a plural's final "s"."""
    out = set()
    for word in _WORD.findall(text.casefold()):
        if word[-1] == "s":
            if word[-2:] in ("'s", "’s"):
                word = word[:-2]
            elif len(word) > 4 and word[-2] != "s":
                word = word[:-1]
        if len(word) > 1 and word not in _STOPWORDS or word.isdigit():
            out.add(word)
    return frozenset(out)


def usable(sentence: str, titles: Sequence[str] = ()) -> bool:
    """A whole sentence worth showing on its own (see the module's docstring)."""
    return _usable(sentence, frozenset(_folded(t) for t in titles))


def _usable(sentence: str, titles: frozenset[str]) -> bool:
    # The cheap tests first; the end is searched for in the last characters only.
    if not MIN_LENGTH <= len(sentence) <= MAX_LENGTH or not _ENDS.search(sentence[-6:]):
        return False
    if sentence[0].islower() or sentence[0] in ",;:" or (" " in sentence and sentence.count(" ") + 1 < MIN_WORDS):
        return False
    if _LIST_ITEM.match(sentence) or _NOISE.search(sentence) or _FURTHER.match(sentence) or _shouted(sentence):
        return False
    if _timetable(sentence) or _open_quote(sentence):  # (an open quote's speaker and end come after it: set21 F16)
        return False
    if says_what_follows(sentence) or _ABOUT_UNSHOWN.match(sentence):  # (set17 F4)
        return False  # ("…以下のようにする。", "The two screenshots above is from…": what it is about is not shown)
    if points_at_code(sentence):  # ("Вопрос дня: что выведет нижеприведённый код?", "…다음과 같습니다.": set32 F5)
        return False
    folded = _folded(sentence)
    words: list[str] | None = None  # (the sentence's words, found once when a title asks)
    for t in titles:
        if t == folded or (len(t) >= 20 and _only_around(folded, t)):
            return False
        if len(folded) <= 2 * len(t) + 10:
            words = casefolded_words(folded) if words is None else words
            if title_again(words, _title_words(t)):
                return False
    return True


def _open_quote(sentence: str) -> bool:
    """Whether the sentence opens a quotation it does not close (“…, «…, „…, or an odd count of "), or closes one
    it did not open with no one named after it (a quotation's last sentence: read alone, the speaker's words
    read as the author's)."""
    low, high, close = sentence.count("„"), sentence.count("“"), sentence.count("”")
    if high > close + low or low > high + close or sentence.count("«") > sentence.count("»"):
        return True
    closes = close - high - low, sentence.count("»") - sentence.count("«")
    if any(n > 0 and n % 2 for n in closes):  # (an even run of ” is Swedish's pairs: ”DC-hat”)
        return not attributed(sentence)
    return sentence.count('"') % 2 == 1 and sentence.lstrip()[:1] == '"'


@functools.lru_cache(maxsize=4096)
def _title_words(title: str) -> list[str]:
    return casefolded_words(title)  # (a title is compared with each sentence of its story: read once)


def _timetable(sentence: str) -> bool:
    """A list of points in a recording with what is said at each (a podcast's chapters), not a sentence."""
    if ":" not in sentence:
        return False
    times = _TIME.findall(sentence)
    if len(times) < 2:
        return False
    return _TIME.match(sentence) is not None or sum(1 for hours, seconds in times if seconds or int(hours) > 23) >= 2


def _spaced(sentence: str) -> bool:
    """Written with spaces between words (words and terms can be counted)."""
    return _UNSPACED.search(sentence) is None


def _shouted(sentence: str) -> bool:
    """Mostly capital letters: a heading or a promotion ("2023 US TOUR DATES for …", "MERCH MERCH MERCH - …")."""
    # (counted in C first: the capitals of the whole sentence are at least its capital letters)
    alpha = sum(map(str.isalpha, sentence))
    if alpha < 12 or sum(map(str.isupper, sentence)) <= 0.8 * alpha:
        return False
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.8 * len(
        letters
    )  # ("AAPL, MSFT and NVDA rose.")


def _only_around(sentence: str, title: str) -> bool:
    """The headline with a few words around it ("This article <headline> appeared…" cut by the
    segmenter): it says nothing the headline does not."""
    at = sentence.find(title)
    return at >= 0 and len((sentence[:at] + " " + sentence[at + len(title) :]).split()) < MIN_WORDS


def _folded(text: str) -> str:
    return text.casefold().rstrip(".!?… ")


def summarize(sources: Sequence[SourceText], max_sentences: int = DEFAULT_SENTENCES) -> list[str]:
    """The story's summary sentences, in reading order ([] when none is usable)."""
    titles = [s.title for s in sources]
    folded = frozenset(_folded(t) for t in titles)
    # A headline cut from its text's first words shows that sentence's start: the sentence is not shown again.
    cut = tuple(_folded(t) for t in titles if t.endswith(("…", "...")) and len(t) >= CUT_TITLE)
    read: dict[str, frozenset[str] | None] = {}  # a sentence's terms (None: unusable), once per distinct text

    def terms_of(text: str) -> frozenset[str] | None:
        if text not in read:  # the same wire copy in several sources is read once
            found = terms(text) if _usable(text, folded) else None
            # (too few words that mean something: "Thanks for the info!"; in a language
            # written without spaces a \w run is a phrase: its terms are not counted)
            read[text] = None if found is not None and len(found) < MIN_TERMS and _spaced(text) else found
        return read[text]

    candidates = [
        _Candidate(
            i, j, len(source.sentences), text, found, j > 0 and _leans(source.sentences, j), _ahead(source.sentences, j)
        )
        for i, source in enumerate(sources)
        for j, text in enumerate(source.sentences[:MAX_PER_SOURCE])
        if not text.startswith(QUOTED)
        and (found := terms_of(text)) is not None  # (what a post quotes: not its own)
        and not (cut and _folded(text).startswith(cut))
    ]
    if not candidates or max_sentences <= 0:
        return []
    headline = frozenset().union(*(terms(t) for t in titles))
    weight = _weights(candidates, headline)
    chosen: list[_Candidate] = []
    covered: set[str] = set()
    length = 0
    left = list(candidates)
    placed: set[tuple[int, int]] = set()  # (source, index) of the chosen sentences
    # A one-source story's lede: its first usable sentence, chosen first (set20 F12) when it is about the headline:
    # shares a word of four letters or more with it (not "Well, I think I'm done.", nor another language's "och",
    # "de"), or cannot be told (a language written without spaces).
    first = candidates[0]
    about = not _spaced(first.text) or any(len(t) >= LEDE_WORD for t in first.terms & headline)
    lede = first if len(sources) == 1 and not (first.leans or first.ahead) and about else None
    while left and len(chosen) < max_sentences:
        best, best_score = None, -1.0
        for c in [lede] if lede is not None and not chosen else left:
            if c.leans and (c.source, c.index - 1) not in placed:
                continue  # not without the sentence it leans on (it may come later)
            if c.ahead and (c.source, c.index + 1) not in placed:
                continue  # nor without the one that names its speaker
            score = _score(c, weight, covered)
            if score > best_score:  # strictly: ties keep the earlier (lead source, earlier sentence)
                best, best_score = c, score
        if best is None:
            break
        left.remove(best)
        if chosen and best_score <= 0:
            break  # nothing left shares a word with the story: off its topic
        others = {t for c in chosen if c.source != best.source for t in c.terms}
        if (
            any(_near_duplicate(best.terms, c.terms) for c in chosen)
            or _said(best.terms - headline, others, weight)
            or length + len(best.text) > MAX_SUMMARY
        ):
            continue
        chosen.append(best)
        placed.add((best.source, best.index))
        covered |= best.terms
        length += len(best.text) + 1
    chosen.sort(key=lambda c: (c.index / c.count, c.source, c.index))
    return [c.text for c in chosen]


def _leans(sentences: Sequence[str], j: int) -> bool:
    """The sentence points back, or gives words whose speaker a sentence before named ('"…", he said.'),
    unless the one before is those words' first part (``_ahead``: taken with it, as before)."""
    text = sentences[j]
    return leans_back(text) or (unnamed_speaker(text) and not _ahead(sentences, j - 1))


def _ahead(sentences: Sequence[str], j: int) -> bool:
    return j + 1 < min(len(sentences), MAX_PER_SOURCE) and speaker_after(sentences[j], sentences[j + 1])


def _weights(candidates: Sequence[_Candidate], headline: frozenset[str]) -> dict[str, int]:
    """A word's weight: 1, and 1 for each other sentence and 2 for each other source
    that uses it, and 3 if a headline does."""
    sentences: dict[str, int] = {}
    sources: dict[str, set[int]] = {}
    for c in candidates:
        for t in c.terms:
            sentences[t] = sentences.get(t, 0) + 1
            sources.setdefault(t, set()).add(c.source)
    return {t: n + 2 * (len(sources[t]) - 1) + (3 if t in headline else 0) for t, n in sentences.items()}


def _score(c: _Candidate, weight: dict[str, int], covered: set[str]) -> float:
    gain = sum(weight[t] for t in c.terms if t not in covered)  # integers: the same sum in any order
    return gain / math.sqrt(len(c.terms) + 1) * (1 + 0.5 / (1 + c.index))


def _said(words: frozenset[str], covered: set[str], weight: dict[str, int]) -> bool:
    """Most of what the sentence says (its words but the headlines', by weight) is
    said already by another source, in two words or more. (The headlines' words
    are the topic, which every sentence may name; an article's own sentences
    elaborate, they do not restate.)"""
    again = [weight[t] for t in words if t in covered and weight[t]]
    return len(again) >= 2 and sum(again) >= SAID * sum(weight[t] for t in words)


def _near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    shorter = min(len(a), len(b))
    return shorter == 0 or len(a & b) >= DUPLICATE * shorter
