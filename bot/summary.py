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
  an article weigh a little more (a lede usually says most), and in a one-source story so does the sentence right
  after a chosen one that reads on from it (points back to it, or shares two words with it): summaries of
  sentences 1, 4 and 9 leaned on what they left out far more often than ones of 1, 2 and 4 (USN-4916-2 never said
  its news); not one that merely follows ("Holbeck's mills once employed thousands of people…" after a fire);
- each adds something: a word already said by a chosen sentence scores nothing
  again, a near-duplicate of a chosen sentence (most of its words in it: the
  same wire copy in two outlets) is never taken, nor is a sentence whose words,
  by weight and but for the headlines' words, are mostly said already by another
  source's chosen sentence (an outlet restating another's fact in its own words), nor one that shares no
  word with the rest of the story: a summary may be shorter than ``max_sentences``;
- they stand on their own: a sentence that opens by pointing back ("But…",
  "He said…", "If so, …": bot/discourse.py), or points back further in ("Now their service…", "…around those
  loyal fans.", "…에서 이러한 …", a later question of a list after a colon: bot/anaphora.py, set51 F4), is taken only
  right after the sentence it leans on;
- they open no later section on what its heading says ("…を撮影する手順です。") nor as an "I" the text had not spoken
  as (after "we" only), unless the summary speaks as the author already (bot/sectionopeners.py, set60 N1 and F8);
- they say who speaks: a speaker's words in the first person whose speaker only the next sentence
  names ("We started with jazz…" before "… – said the artist.") are taken only with that sentence, and
  words whose tag names nobody ('"…", afirmou o músico.', '"…," he said.') only after the sentence before;
- they go on from what they follow: a sentence from inside a paragraph is taken only right after the sentence before
  it (or one another source's chosen sentence says), unless that one opens the paragraph and is too slight to lean on
  ("OK!", "初投稿です。": no question); a paragraph's first sentence stands on its own far more often (of 40
  summaries holding a sentence from inside a paragraph without the one before, 8 leaned on it: "En daardoor…",
  "Εκεί, …", "Mainly it is…");
- they name no one unknown: a sentence that calls someone by a given name alone ("Currently Jussi is…") is taken
  only with the one that named them in full (bot/names.py, set38 F8);
- they are about no picture: a caption ("Dette er (angivelig) Pietro Querini."), people only a picture shows ("…hva
  disse herrene har å gjøre med…"): never taken (bot/pictured.py, set53 F2);
- they open on nothing unknown: a sentence opening on "The drone…" that the sentence before it named is taken only
  once a chosen sentence or the headline names the drone (bot/referents.py, set48 F1);
- they are the author's: a sentence the post quotes (inside a <blockquote>: bot/sentences.py's
  ``QUOTED``) is never taken, lifted out of its marks it reads as the author's (set14 finding 9: a
  quote the post answers, shown as what the post says); with too few of the author's own, the excerpt
  is shown, which quotes it in marks;
- they read in order: by where they stand in their article (a lede before a
  detail), then by source (the lead article first);
- they are no heading (marked in the lead: bot/sentences.py's ``HEADING``, set37 F2), nor credits (set62 F4); but the
  answer to a question heading is shown after its question (bot/questionheads.py, set 68a F3);
- they are usable (bot/usable.py): a whole sentence (ending in a full stop, "?", "!" or a
  closing quote), of a few words, not the headline again (nor framed by a word
  or two: "This article <headline>.", nor reworded: 'Jane Doe "Emotion
  awareness…"' under "Jane Doe on Emotion Awareness…"), not a "Read more" or
  "Subscribe" line, a call to sign up ("please register above"), nor a notice ("Note: …"), nor a pointer to
  further reading ("For more information, see…", "Подробнее … можно почитать на Хабре."), not a list item, not shouted in capitals; and (``summarize``
  checks this once it has read a sentence's words) not of fewer than three words that mean
  something ("Thanks for the info!"). None usable: no summary (the caller shows the excerpt).

Sentences are returned exactly as the source wrote them. Deterministic: the
weights are integers (no order-dependent float sums) and ties go to the lead
source and the earlier sentence. Pure; 0.6 ms for a story of three sources of five sentences each, 1.9 ms for
fifteen each (one core of the project's machine); the digest figures of `make bench` include it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .leanings import leans_before, said_ahead
from .names import defined_before, named_before
from .nearcopies import copied
from .paragraphs import goes_on
from .pictured import about_picture
from .questionheads import asked_first
from .referents import referent, said_before
from .sectionopeners import first_person_opener, in_first_person, own_sentences
from .sentences import HEADING, QUOTED
from .updatelabels import STATUS_LABELS
from .usable import after_header, folded, header_title, spaced, usable_in
from .wrapping import columns

DEFAULT_SENTENCES = 3
MAX_SUMMARY = 900  # columns (a wide character takes two: set62 F13): sentences past this are not added
MORE_SUMMARY = 600  # columns, at most, of a summary of two sentences or more (set56 F10: 9 lines in a chat)
CUT_TITLE = 20  # characters of a headline ending in "…" that a sentence opening with them repeats
LEDE_WORD = 4  # letters of a word the lede shares with the headline, at least
MIN_TERMS = 3  # words that carry meaning (terms()), in a language that spaces its words
MAX_PER_SOURCE = 15  # sentences of an article considered (its lead's first): a story's cost stays bounded
SAID = 0.5  # this share of a sentence's weight in words already chosen: it says nothing new
DUPLICATE = 0.6  # this share of the shorter sentence's words in the other: the same sentence again
NEXT = 1.5  # a sentence right after a chosen one of its article, linked to it, scores this much more: it reads on
LINKED = 2  # words a sentence shares with the one before it, at least, to read on from it (or it points back to it)

# A status update's label, set off with a colon (bot/updatelabels.py): a status page's states (Statuspage's incident
# and maintenance states, cState's "Update"), not any label ("Location: …", a dialogue's "Anna: …")
_STATUS = re.compile(rf"(?:{'|'.join(STATUS_LABELS)}): (?=[A-Z])")
_WORD = re.compile(r"\w+(?:[.'’-]\w+)*")
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
    opens: frozenset[int] | None = None  # the sentences that open a paragraph (None: not known, each may stand alone)


class _Candidate:
    """A usable sentence of a story's article. What it leans on is read when the choice asks (most are never asked:
    a candidate that scores no more than the best so far is not; issue 18, a 5-source story's cost)."""

    __slots__ = ("source", "index", "count", "text", "terms", "inside", "_article", "_updates", "_leans", "_ahead",
                 "_named", "_refers", "_voice")  # fmt: skip

    def __init__(self, source: int, index: int, article: SourceText, terms: frozenset[str], updates: bool,
                 inside: bool) -> None:  # fmt: skip
        self.source = source  # index of the article in the story (0: the lead)
        self.index = index  # of the sentence in its article
        self.count = len(article.sentences)  # sentences in its article
        self.text = article.sentences[index]
        self.terms = terms
        self.inside = inside  # it goes on a paragraph after a sentence that may be taken: taken only right after it
        self._article, self._updates = article, updates
        self._leans: bool | None = None
        self._ahead: bool | None = None
        self._named: int | None = None
        self._refers: str | None = None
        self._voice: bool | None = None

    @property
    def leans(self) -> bool:
        """It points back to the sentence before it (bot/discourse.py), or is a status page's later update."""
        return self._once(
            "_leans", lambda s, j: j > 0 and (self._updates or leans_before(s, j, self._article.title, MAX_PER_SOURCE))
        )

    @property
    def ahead(self) -> bool:
        """Someone's words whose speaker the next sentence names, or one announcing the quotation after it (quote_ahead)."""
        return self._once("_ahead", lambda s, j: said_ahead(s, j, MAX_PER_SOURCE))

    @property
    def named(self) -> int:
        """The sentence of its article that named in full someone it calls by a given name, or a name it uses (or -1)."""
        return self._once("_named", lambda s, j: _introduced(s, j, self._article.title))

    @property
    def refers(self) -> str:
        """What it opens on ("The …", "The idea of this …") that the sentence before named, in that one's form of the
        word ("" when nothing: bot/referents.py)."""
        return self._once("_refers", _refers)

    @property
    def voice(self) -> bool:
        """It opens a section in the first person singular: taken only once the summary speaks so (set60 F8)."""
        return self._once("_voice", first_person_opener)

    def _once(self, slot: str, read: Callable[[tuple[str, ...], int], Any]) -> Any:
        value = getattr(self, slot)
        if value is None:
            value = read(self._article.sentences, self.index)
            setattr(self, slot, value)
        return value


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


def summarize(sources: Sequence[SourceText], max_sentences: int = DEFAULT_SENTENCES) -> list[str]:
    """The story's summary sentences, in reading order ([] when none is usable)."""
    titles = [s.title for s in sources]
    titles_folded = frozenset(folded(t) for t in titles)
    # A headline cut from its text's first words shows that sentence's start: the sentence is not shown again; nor one
    # that opens with an untitled post's header title, run into the text as a header is ("Acme | Engineer | Full TimeAcme
    # is…", bot/titles.py's stand-in), not a lede that goes on after a space ("Live | Ukraine war | Day 500 of the…").
    cut = tuple(folded(t) for t in titles if t.endswith(("…", "...")) and len(t) >= CUT_TITLE)
    headers = tuple(t for t in titles if header_title(t))

    def shown(text: str) -> bool:
        return (
            bool(cut)
            and folded(text).startswith(cut)
            or any(text.startswith(t) and after_header(text[len(t) :]) for t in headers)
        )

    def repeats(question: str) -> bool:  # (a question heading the headline already asks: not shown again)
        return folded(question) in titles_folded or shown(question)

    read: dict[tuple[str, bool, bool], frozenset[str] | None] = {}  # a sentence's terms (None: unusable), once per text

    def terms_of(text: str, lede: bool, more: bool) -> frozenset[str] | None:
        if (text, lede, more) not in read:  # the same wire copy in several sources is read once
            found = terms(text) if usable_in(text, titles_folded, lede, more) else None
            # (too few words that mean something: "Thanks for the info!"; in a language
            # written without spaces a \w run is a phrase: its terms are not counted; a status update's
            # label says what it is: "Resolved: This incident has been resolved.", set46 N2)
            few = found is not None and len(found) < MIN_TERMS and spaced(text)
            read[text, lede, more] = None if few and not (lede and _STATUS.match(text)) else found
        return read[text, lede, more]

    candidates = [c for i, source in enumerate(sources) for c in _read(i, source, terms_of, shown)]
    if not candidates or max_sentences <= 0:
        return []
    headline = frozenset().union(*(terms(t) for t in titles))
    weight = _weights(candidates, headline)
    chosen: list[_Candidate] = []
    covered: set[str] = set()
    length = 0
    left = list(candidates)
    placed: dict[tuple[int, int], frozenset[str]] = {}  # the chosen sentences' words, by (source, index)
    said: set[tuple[int, int]] = set()  # sentences not taken for a chosen one says what they do
    voiced = False  # a chosen sentence speaks in the author's voice ("I", "we": bot/sectionopeners.py)
    # A one-source story's lede: its first usable sentence, chosen first (set20 F12) when it is about the headline:
    # shares a word of four letters or more with it (not "Well, I think I'm done.", nor another language's "och",
    # "de"), or cannot be told (a language written without spaces).
    first = candidates[0]
    about = not spaced(first.text) or any(len(t) >= LEDE_WORD for t in first.terms & headline)
    alone = len(sources) == 1
    lede = first if alone and not (first.leans or first.ahead or first.refers or first.inside) and about else None
    while left and len(chosen) < max_sentences:
        best, best_score = None, -1.0
        for c in [lede] if lede is not None and not chosen else left:
            score = _score(c, weight, covered)
            before = placed.get((c.source, c.index - 1)) if alone else None
            if before is not None and (len(c.terms & before) >= LINKED or c.leans):
                score *= NEXT  # (reads on from the one before it: points back to it, or goes on about its words)
            # strictly: ties keep the earlier (lead source, earlier sentence); what it leans on read only then
            if (
                score > best_score
                and (voiced or not chosen or not c.voice)
                and _free(c, placed, said, covered, headline)
            ):
                best, best_score = c, score
        if best is None:
            break
        left.remove(best)
        if chosen and best_score <= 0:
            break  # nothing left shares a word with the story: off its topic
        others = {t for c in chosen if c.source != best.source for t in c.terms}
        twice = [c.source for c in chosen if _near_duplicate(best.terms, c.terms) or copied(best.text, c.text)]
        restated = _said(best.terms - headline, others, weight)
        if twice or restated:
            if restated or any(source != best.source for source in twice):
                said.add((best.source, best.index))  # (another source's chosen sentence says it: the next goes on)
            continue
        text = asked_first(best._article.sentences, best.index, repeats)  # (its question counted: review of 68b, 7)
        if length + columns(text) > (MORE_SUMMARY if chosen else MAX_SUMMARY):
            if chosen and text == best._article.sentences[best.index]:
                break  # (the room left is no reason to take a lesser sentence: "Det är vad veckans podd har…", review)
            continue  # (an answer its question makes too long: the next, never the answer without it)
        chosen.append(best)
        voiced = voiced or in_first_person(best.text)
        placed[best.source, best.index] = best.terms
        covered |= best.terms
        length += columns(text) + 1
    chosen.sort(key=lambda c: (c.index / c.count, c.source, c.index))
    return [
        asked_first(c._article.sentences, c.index, repeats) for c in chosen
    ]  # (an answer after its question: 68a F3)


def _free(
    c: _Candidate,
    placed: dict[tuple[int, int], frozenset[str]],
    said: set[tuple[int, int]],
    covered: set[str],
    headline: frozenset[str],
) -> bool:
    """Whether nothing the candidate leans on is left out (so far: it may come later)."""
    if c.inside and (c.source, c.index - 1) not in placed and (c.source, c.index - 1) not in said:
        return False  # not without the one its paragraph goes on from, shown or said by another source's
    if c.leans and (c.source, c.index - 1) not in placed:
        return False  # nor without the sentence it leans on
    if c.ahead and (c.source, c.index + 1) not in placed:
        return False  # nor without the one that names its speaker
    if c.named >= 0 and (c.source, c.named) not in placed:
        return False  # nor without the one that named in full whom it calls by a given name (set38 F8)
    # nor before a sentence shown names what it opens on: "The drone…" (bot/referents.py, set48 F1)
    return not (c.refers and c.refers not in covered and not said_before(c.refers, headline))


def _read(
    i: int,
    source: SourceText,
    terms_of: Callable[[str, bool, bool], frozenset[str] | None],
    shown: Callable[[str], bool],
) -> list[_Candidate]:
    """The candidates of source ``i``: its usable sentences (``terms_of``), never what it quotes nor a heading, nor one
    whose start its headline shows (``shown``). Its lede, the first sentence that is no heading or quote, is read as
    one (usable_in): without a stop, it is its first paragraph whole when another follows (bot/sentences.py segments
    block by block; an article's last one the lead may have cut). A sentence that calls someone by a given name is
    taken only with the one that named them in full (bot/names.py): never when that one is not taken."""
    sentences = source.sentences
    own = own_sentences(sentences[:MAX_PER_SOURCE])  # (nor under "## Attribution": set62 F4)
    updates = _updates(sentences)
    lede = own[0] if own else -1
    found: dict[int, frozenset[str]] = {}
    for j in own:
        terms_found = terms_of(sentences[j], j == lede, j + 1 < len(sentences))
        if terms_found is not None and not shown(sentences[j]) and not about_picture(sentences, j):  # (set53 F2)
            found[j] = terms_found
    opens = source.opens
    return [
        _Candidate(i, j, source, terms_found, updates, goes_on(sentences, j, opens, found))
        for j, terms_found in found.items()
    ]


def _refers(sentences: Sequence[str], j: int) -> str:
    """What sentence ``j`` opens on ("The …", "The idea of this …": bot/referents.py) that the sentence right before
    it named, as ``terms`` reads that one's form of the word ("refactored" for "this refactoring"); "" when it opens
    on nothing named just before."""
    word = referent(sentences[j]) if j > 0 and not sentences[j - 1].startswith((HEADING, QUOTED)) else None
    if word is None:  # (after a heading that names it, "The drone…" reads well; a quote is never shown)
        return ""
    found = terms(word)
    return said_before(next(iter(found)), terms(sentences[j - 1])) if len(found) == 1 else ""


def _introduced(sentences: Sequence[str], j: int, title: str) -> int:
    """The sentence before ``j`` that named in full someone it calls by a given name, or gave a name it uses ("…, i.e.,
    Elf." / "…, Elf can…": bot/names.py); -1 when none did."""
    k = named_before(sentences[j], sentences[:j])
    return k if k >= 0 else defined_before(sentences[j], sentences[:j], title)


def _updates(sentences: Sequence[str]) -> bool:
    """A status page's updates, newest first, each opening with its label ("Resolved: This incident has been
    resolved. Monitoring: … Investigating: We are investigating…": bot/updatelabels.py): the first sentence and
    another are labelled. Each sentence is then taken only after the one before (set46 N2: a resolved incident's
    summary opened on "Monitoring: …" and ended on the oldest update's "We are investigating…", read as ongoing)."""
    if not sentences or not _STATUS.match(sentences[0]):
        return False
    return any(_STATUS.match(text) for text in sentences[1:MAX_PER_SOURCE])


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
