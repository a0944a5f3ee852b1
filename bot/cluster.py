"""One story, once: articles about the same story from different feeds become one cluster.

Two articles are one story when, within a time window, they point to the same page (after canonicalising away
tracking parameters, ``www.``, AMP variants, trailing slashes and the scheme) or their headlines are near-identical
(in one feed, only an entry made twice: one headline and one text under two ids or one link; or a page and its own
sub-pages under one headline: bot/pagelead.py).

Near-identical is deliberately strict, because merging two different stories is worse than showing one twice:
headlines must score high on rapidfuzz's token-sort ratio, say something specific (at least MIN_TOKENS meaningful
words: "Weekly roundup" never merges by headline), and carry the same numbers (versions, CVE ids, dates: "QEMU
10.1.0 released" is not "QEMU 10.0.0 released", "Patch Tuesday, November" is not "Patch Tuesday, December"). Release
headlines of one name and version ("Rust 1.84 released" / "Announcing Rust 1.84.0") are one story too, but for
pre-releases (bot/releases.py), and so are two feeds' articles about one CVE id (bot/vulnerabilities.py). A fourth
rule catches rewording ("Meta's LLaMA model leaks online" / "Facebook's powerful language model leaked on 4chan"):
articles from two feeds whose headline and excerpt mean the same (static word embeddings) and share enough words,
with no fact in conflict (bot/similarity.py). It needs an excerpt: bare headlines are judged by the strict rules alone.

Pure functions (the embedding model is passed in, or loaded once per process); tuned and measured on
tests/data/cluster_pairs.json (bench/cluster_eval.py). Each cluster says which rule joined which two articles, and
with what score (``Cluster.matches``), for `/news story` and `tidings explain`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import compress
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit

from rapidfuzz import fuzz

from .dedup import own_voice, text_key, topic_slug, two_voices
from .models import StoredArticle
from .pagelead import lead_of, page_families
from .releases import release
from .urls import is_tracking_parameter
from .vulnerabilities import same_vulnerability

if TYPE_CHECKING:
    from .wordvectors import WordVectors

T = TypeVar("T")
MIN_TOKENS, DEFAULT_SIMILARITY = 4, 88
DEFAULT_WINDOW = timedelta(hours=48)
TWICE = timedelta(hours=6)  # one feed's entry made twice: this close

_STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as", "is",
     "are", "was", "were", "be", "it", "its", "this", "that", "these", "those", "how", "why", "what", "when",
     "who", "new", "now", "after", "over", "into", "your", "you", "our", "we"]
)  # fmt: skip
_MONTHS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"])  # fmt: skip
# " - Site Name" / " | Site" / " — Site" at the end of an aggregator's headline.
_SOURCE_SUFFIX = re.compile(r"\s+[-|–—:]\s+([^-|–—:]{2,40})$")
_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]{1,20}\]|\((?:update|updated)\)|(?:exclusive|breaking|update|updated|video|podcast)\s*:)\s*", re.I
)
_HOST_PREFIX = re.compile(r"^(?:(?:www|m|amp|mobile)\.)+")
LANGUAGE_SEGMENT = re.compile(
    r"^/(?:en|de|fr|es|it|pt|ru|uk|ja|ko|zh|nl|sv|da|fi|pl|cs|tr|ar|he|th|vi|id|el)(?:[-_][a-zA-Z]{2})?(?=/)"
)
_AMP_PATH = re.compile(r"(?:/amp/?|\.amp|/amp\.html?)$", re.I)


@functools.lru_cache(maxsize=65536)
def story_url(link: str) -> str:
    """The page a link points to, for deciding "same story": scheme, ``www.``,
    ``m.``, ``amp.`` hosts, AMP paths, ``amp`` parameters, the fragment and a
    trailing slash make no difference. ("" stays "": no URL, no match.)"""
    if not link:
        return ""
    try:
        parts = urlsplit(link.strip())
    except ValueError:
        return ""
    host = _HOST_PREFIX.sub("", (parts.hostname or "").lower())
    # (a page's translations: "/ja/x", "/ko/x")
    path = LANGUAGE_SEGMENT.sub("", _AMP_PATH.sub("", parts.path).rstrip("/"))
    # Tracking parameters never make two pages (stored links are canonical already; links from elsewhere may not be).
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in ("amp", "outputtype", "output") and not is_tracking_parameter(k, v)
    )
    return f"{host}{path}" + (f"?{urlencode(query)}" if query else "")


@dataclass(frozen=True, slots=True)
class Headline:
    text: str  # normalized words, space-separated
    tokens: frozenset[str]  # meaningful words
    numbers: frozenset[str]  # numbers, versions, CVE ids, month names


@functools.lru_cache(maxsize=65536)
def headline(title: str) -> Headline:
    text = unicodedata.normalize("NFKC", title).casefold().replace("’", "'").replace("‘", "'")
    text = _PREFIX.sub("", text)
    suffix = _SOURCE_SUFFIX.search(text)
    # " - BleepingComputer" ends an aggregator's copy of a headline; strip it only
    # when it looks like a site name and a specific headline remains.
    if suffix and not any(map(str.isdigit, suffix.group(1))) and len(suffix.group(1).split()) <= 4:
        rest = text[: suffix.start()]
        if len(rest.split()) >= 5:
            text = rest
    words = [_spelled(w) for w in (w.strip(".'") for w in _WORD.findall(text)) if w]
    numbers = frozenset(_number(w) for w in words if w in _MONTHS or any(map(str.isdigit, w)))
    tokens = frozenset(w for w in words if w not in _STOPWORDS and (len(w) > 1 or w.isdigit()))
    return Headline(" ".join(words), tokens, numbers)


_WORD = re.compile(r"[\w.']+(?:-[\w.']+)*")
_UNIT = re.compile(r"(?<=\d)(?:k|m|bn|b|gb|tb|mb|%)$")
# Counts a headline may spell out ("three zero-days" / "3 zero-days"); not "one", as often a pronoun ("one more thing").
_COUNTS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
           "ten": "10", "eleven": "11", "twelve": "12"}  # fmt: skip
# A release's trailing zero ("Rust 1.84.0" is "Rust 1.84"), when two dots or more.
_ZERO_PATCH = re.compile(r"^(v?\d+\.\d+)((?:\.\d+)*?)(?:\.0)+$")


def _spelled(word: str) -> str:
    """One spelling for a number: counts as digits, no trailing ".0" patch level."""
    word = _COUNTS.get(word, word)
    zero = _ZERO_PATCH.match(word)
    return zero.group(1) + zero.group(2) if zero else word


def _number(word: str) -> str:
    """'1.2m' and '1.2' are one number; '10.1.0' and '10.0.0' are not."""
    return _UNIT.sub("", word)


def same_headline(a: Headline, b: Headline, similarity: int = DEFAULT_SIMILARITY) -> bool:
    if len(a.tokens) < MIN_TOKENS or len(b.tokens) < MIN_TOKENS:
        return False
    if a.text == b.text and a == b:
        # The same headline (one feed's copy of another's): no number or word
        # on one side only, so only the score below could say no.
        return fuzz.token_sort_ratio(a.text, b.text) >= similarity
    # Each side has a number the other lacks: different versions, dates, counts.
    if (a.numbers - b.numbers) and (b.numbers - a.numbers):
        return False
    # The fuzzy score before the word-by-word test below: one call into rapidfuzz that turns away most pairs, where
    # the word test is a rapidfuzz call per pair of words. (All three must pass: their order changes only the time.)
    if fuzz.token_sort_ratio(a.text, b.text) < similarity:
        return False
    # Each side has a word the other lacks (not just spelt differently): a
    # substitution, like "NAS firmware" / "router firmware". Added words are fine.
    only_a, only_b = a.tokens - b.tokens, b.tokens - a.tokens
    return not (_unmatched(only_a, only_b) and _unmatched(only_b, only_a))


def _unmatched(words: frozenset[str], others: frozenset[str]) -> list[str]:
    return [w for w in words if not any(fuzz.ratio(w, o) >= 80 for o in others)]


SAME_LINK = "same link"
SAME_HEADLINE = "near-identical headlines"
SAME_RELEASE = "same release"
SAME_MEANING = "same story in other words"
SAME_VULNERABILITY = "same vulnerability"


@dataclass(frozen=True, slots=True)
class Match:
    """Why two articles were put in one cluster: the rule, and how sure it was."""

    rule: str  # SAME_LINK, SAME_HEADLINE, SAME_RELEASE, SAME_VULNERABILITY or SAME_MEANING
    first: int  # StoredArticle.id of the earlier article
    second: int  # StoredArticle.id of the later one
    score: float  # 1.0 for a link; the headline ratio (0-1); the semantic score
    detail: str = ""  # the semantic rule's measures, in words


@dataclass(frozen=True)
class Cluster:
    members: tuple[StoredArticle, ...]  # the lead first
    reason: str  # how the members were first joined, for `explain`
    matches: tuple[Match, ...] = ()  # every join that made the cluster, in order

    @property
    def lead(self) -> StoredArticle:
        return self.members[0]

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(m.feed for m in self.members))


def cluster(
    items: Sequence[StoredArticle],
    *,
    window: timedelta = DEFAULT_WINDOW,
    similarity: int = DEFAULT_SIMILARITY,
    aggregators: frozenset[str] = frozenset(),
    semantic: bool = False,
    vectors: WordVectors | None = None,
) -> list[Cluster]:
    """Group articles into stories. Each cluster's lead is the original: the earliest article not from an aggregator
    feed (when there is one), but a forum's topic over its replies, a page over its sub-pages (bot/pagelead.py).

    ``semantic`` adds the rewording rule; ``vectors`` is its embedding model
    (None: the process's one, loaded on first use)."""
    ordered = sorted(items, key=_time_and_id)
    articles = [s.article for s in ordered]
    times = [a.published for a in articles]
    parent = list(range(len(ordered)))
    reasons: dict[int, str] = {}
    matches: dict[int, list[Match]] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, why: str, score: float = 1.0, detail: str = "") -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[rj] = ri
            reasons[ri] = reasons.get(ri) or why
            joined = matches.setdefault(ri, [])  # ri's joins, then rj's, then this one
            joined.extend(matches.pop(rj, ()))
            joined.append(Match(why, ordered[i].id, ordered[j].id, round(score, 3), detail))

    heads = [headline(a.title) for a in articles]
    feeds = [s.feed for s in ordered]
    # One link, one story; but not one feed's items under other headlines (an alert hub's, set17: _one_item).
    by_url: dict[str, list[int]] = {}  # (a link's articles within the window, in time order)
    for i, key in enumerate(map(story_url, [a.link for a in articles])):
        if key:
            earlier = by_url[key] = [k for k in by_url.get(key, ()) if times[i] - times[k] <= window]
            for k in earlier:
                near = "/" in key or "?" in key or times[i] - times[k] <= TWICE  # (a page, "?p=12", or hours)
                if find(k) != find(i) and _one_item(k, i, feeds, heads, similarity, articles, near):
                    union(k, i, SAME_LINK)
            earlier.append(i)
    # One feed's entry made twice, within hours: one headline and text (or, without text, one slug: topic_slug), two
    # ids (set19 F8, set53 F7: a forum's topic opened twice for one post); not one text under two headlines (job ads),
    # nor a status page's "Down" again at night.
    twice: dict[tuple[str, str, str], int] = {}  # (the latest of each)
    for i, (f, h, a) in enumerate(zip(feeds, heads, articles, strict=True)):
        made = (f, h.text, a.excerpt or topic_slug(a.link))
        if made[2] and made in twice and times[i] - times[twice[made]] <= min(window, TWICE):
            union(twice[made], i, SAME_HEADLINE, detail="one feed's entry twice")
        twice[made] = i
    for i, j in page_families([a.link for a in articles], feeds, [h.text for h in heads]):  # (bot/pagelead.py)
        if abs(times[j] - times[i]) <= window:
            union(i, j, SAME_HEADLINE, detail="a page and its sub-pages")
    for i, j in _headline_candidates(times, heads, window):
        if feeds[i] != feeds[j] and find(i) != find(j) and same_headline(heads[i], heads[j], similarity):
            union(i, j, SAME_HEADLINE, fuzz.token_sort_ratio(heads[i].text, heads[j].text) / 100)
    releases: dict[tuple[str, str], list[int]] = {}
    for j, named in enumerate(map(release, [a.title for a in articles])):
        if named:
            earlier = releases.setdefault(named, [])
            for i in earlier:
                if feeds[i] != feeds[j] and times[j] - times[i] <= window:
                    union(i, j, SAME_RELEASE)
            earlier.append(j)
    for i, j, cve in same_vulnerability(articles, feeds, times, window):
        union(i, j, SAME_VULNERABILITY, detail=cve)
    if semantic and len(articles) > 1:
        for i, j, judgement in _same_meaning(articles, feeds, times, window, vectors, find):
            union(i, j, SAME_MEANING, judgement.score, judgement.describe())
    groups: dict[int, list[StoredArticle]] = {}
    for i, s in enumerate(ordered):
        groups.setdefault(find(i), []).append(s)
    out = []
    for root, members in groups.items():
        if len(members) == 1:
            out.append(Cluster((members[0],), ""))
            continue
        originals = [m for m in members if m.feed not in aggregators] or members
        lead = lead_of(originals)  # (the earliest, but a forum's topic, a page over its sub-pages: bot/pagelead.py)
        rest = tuple(m for m in members if m is not lead)
        out.append(Cluster((lead, *rest), reasons.get(root, ""), tuple(matches.get(root, ()))))
    return out


def _one_item(k: int, i: int, feeds: list[str], heads: list[Headline], similarity: int, articles, near: bool) -> bool:
    """Whether two articles with one link are one story: from two feeds, or one headline (not an alert hub's items:
    set17's alerts all pointed at one file), and, a site's home page the link hours apart, one text (not a status
    page's two events, set23 D3: "…from degraded to operational at 2026-08-20…", "…at …21…"; a forum's replies to one
    topic, its link, and an incident's updates within hours stay one story): ``near`` says the link or time is; not
    two voices (two named authors of one feed, dedup.two_voices: two readers' comments on a novel's page, set42)."""
    a, b = articles[k], articles[i]
    texts = a.excerpt[:80], b.excerpt[:80]
    one_text = near or texts[0] == texts[1] or not all(texts)
    same = heads[k].text == heads[i].text or same_headline(heads[k], heads[i], similarity)
    va, vb = own_voice(a), own_voice(b)
    two = va and vb and va != vb and two_voices(va, text_key(a.excerpt), vb, text_key(b.excerpt))
    return feeds[i] != feeds[k] or one_text and same and not two


def _same_meaning(articles, feeds, times, window, vectors, find):
    """The pairs (i < j) of articles from two feeds within the window that the semantic rule calls one story,
    skipping pairs already in one cluster. For each article, numpy compares its embedding with those of the later
    articles in its window and drops the pairs from one feed, of one story already, or not alike enough to reach the
    threshold; only the rest are judged word by word."""
    import numpy as np

    from . import similarity, wordvectors

    model = vectors if vectors is not None else wordvectors.default_vectors()
    texts = [similarity.read(a.title, a.excerpt) for a in articles]
    judged = [k for k, t in enumerate(texts) if len(t.words) >= similarity.MIN_WORDS]
    if len(judged) < 2:
        return
    rows = model.embed([similarity.embedding_text(articles[k].title, articles[k].excerpt) for k in judged])
    feed_ids = {f: n for n, f in enumerate(dict.fromkeys(feeds))}
    feed = np.array([feed_ids[feeds[k]] for k in judged])
    root = np.array([find(k) for k in judged])  # already one story (a link, a headline): nothing to judge
    seconds = np.array([times[k].timestamp() for k in judged])  # ascending
    ends = np.searchsorted(seconds, seconds + window.total_seconds(), side="right")
    candidates: list[tuple[int, int, float]] = []
    for x in range(len(judged) - 1):
        # Row by row: the later articles within x's window, from another feed and
        # story, whose embeddings are alike enough (never an n-by-n temporary).
        end = int(ends[x])
        if end <= x + 1:
            continue
        cosines = rows[x + 1 : end] @ rows[x]
        keep = (cosines >= similarity.MIN_MEANING) & (feed[x + 1 : end] != feed[x]) & (root[x + 1 : end] != root[x])
        i = judged[x]
        for offset in keep.nonzero()[0].tolist():
            j = judged[x + 1 + offset]
            meaning = float(cosines[offset])
            if similarity.may_match(texts[i], texts[j], meaning):
                candidates.append((i, j, meaning))
    if not candidates:
        return
    # The word vectors of every article in a candidate pair, in one batch.
    involved = sorted({k for i, j, _ in candidates for k in (i, j)})
    words = dict(zip(involved, model.word_rows([texts[k].content for k in involved]), strict=True))
    for i, j, meaning in candidates:
        if find(i) == find(j):
            continue
        judgement = similarity.judge(
            texts[i], texts[j], meaning, functools.partial(similarity.align, words[i], words[j])
        )
        if judgement.same:
            yield i, j, judgement


def _time_and_id(s: StoredArticle) -> tuple[datetime, str, int]:
    """Oldest first; at a tie by feed, then as stored (not by id alone: two feeds polled at once store in either order)."""
    return s.article.published, s.feed, s.id


def _headline_candidates(
    times: Sequence[datetime], heads: Sequence[Headline], window: timedelta
) -> list[tuple[int, int]]:
    """Pairs (i < j, within the window: ``times`` ascending) whose headlines share at least half their words: the
    pairs whose headlines are compared. An inverted index keeps this near-linear instead of comparing every pair.
    (Not quite every pair same_headline would accept: "Hacker exploits router vulnerabilities" / "Hackers exploit
    routers vulnerability" share no word.) The pairs come for each j in turn, and for one j in the order the words
    of ``heads[j].tokens`` first reach each i (the order that decides a cluster's reason). Only the i that share
    enough words for any pair (half of MIN_TOKENS, as both sides have at least that many) get to the checks in
    Python; compress() passes over the rest in C."""
    sizes = [len(head.tokens) for head in heads]
    postings: dict[str, list[int]] = {}
    pairs: list[tuple[int, int]] = []
    first = 0  # the earliest i within j's window (j's window only moves forward)
    enough = (-(-MIN_TOKENS // 2) - 1).__lt__  # count * 2 >= MIN_TOKENS
    for j, head in enumerate(heads):
        size = sizes[j]
        if size < MIN_TOKENS:
            continue
        shared: dict[int, int] = {}  # i: how many words i shares with j
        for token in head.tokens:
            found = postings.get(token)
            if found is None:
                postings[token] = [j]
            else:
                for i in found:
                    shared[i] = shared.get(i, 0) + 1
                found.append(j)
        if shared:
            while first < j and times[j] - times[first] > window:  # (no date arithmetic past year 1)
                first += 1
            for i in compress(shared, map(enough, shared.values())):
                if i >= first:
                    twice = shared[i] * 2
                    if twice >= size or twice >= sizes[i]:
                        pairs.append((i, j))
    return pairs


def find_cluster(clusters: Sequence[Cluster], match: Callable[[StoredArticle], bool]) -> Cluster | None:
    return next((c for c in clusters if any(match(m) for m in c.members)), None)
