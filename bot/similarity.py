"""Same story in other words: the semantic signal of bot/cluster.py.

Two outlets rarely headline one event alike ("Meta's LLaMA model leaks online" /
"Meta's restricted AI model LLaMA spreads after 4chan leak"). Four measures of
two articles (headline and excerpt) say how alike they are:

- ``meaning``: the cosine of their static word embeddings (wordllama's
  l2_supercat, 256 dimensions: a table of word-piece vectors averaged, no
  neural network at run time, CPU only, no torch). Its weights ship inside the
  wordllama wheel; bot/wordvectors.py loads them from there with downloads
  disabled, so nothing is fetched at run time.
- ``aligned``: how well each side's meaningful words find a counterpart among
  the other's (the same vectors, word by word: "detained" / "arrested"; ``align``).
- ``words``: of the shorter text's meaningful words (lightly stemmed), the
  share the other has.
- ``facts``: how many numbers, months, versions, CVE ids both state.

``score`` weighs them (WEIGHTS: a logistic regression fitted on the tuning pairs
of tests/data/cluster_pairs.json only, ``python -m bench.cluster_eval --fit``);
one story from THRESHOLD on (chosen there, precision first); the held-out pairs
measure it.

Before any score, the facts must agree (``conflict``): two articles whose
headlines carry different CVE ids, versions, numbers, ordinals ("fifth" /
"sixth flight") or months ("November" / "December" Patch Tuesday), or each
name someone or something the other never mentions ("Nordmark Freight" /
"Baltic Shipping Lines"), are never one story, however alike their words.
Bare headlines (fewer than MIN_WORDS meaningful words) are not judged at all:
the strict rules of bot/cluster.py decide those.

Pure functions, over vectors from bot/wordvectors.py (numpy and wordllama are
imported only when a vector is first needed, so ``import bot.cli`` and
``tidings --help`` never load them).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

# score = WEIGHTS over (meaning, aligned, words, facts, 1), rounded from the fit;
# THRESHOLD: the lowest score from which the tuning pairs' precision stays >= 0.98.
WEIGHTS = (4.6, 7.9, 1.8, 1.2, -7.4)
THRESHOLD = 2.0
# Shared facts count up to this many (an excerpt full of the same years and
# figures says no more than four of them do).
MAX_FACTS = 4
# Pairs whose embeddings are less alike than this are never one story, and are
# not judged word by word at all (what keeps clustering fast): every tuning pair
# the score joins has a cosine above 0.61.
MIN_MEANING = 0.6
# Each article needs this many meaningful words (headline and excerpt) to be
# judged by meaning: "Weekly roundup" twice, or two bare headlines, say too little.
MIN_WORDS = 8

_WORD = re.compile(r"[\w$€£%]+(?:[.,'’-][\w%]+)*")
_CVE = re.compile(r"\bcve-\d{4}-\d{4,}\b")
_STOPWORDS = frozenset([
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as", "is", "are",
    "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "how", "why", "what", "when", "who",
    "new", "now", "after", "over", "into", "your", "you", "our", "we", "has", "have", "had", "will", "not", "but",
    "than", "then", "there", "their", "they", "he", "she", "his", "her", "them", "up", "out", "about", "more",
    "most", "says", "said", "say", "can", "could", "would", "should", "may", "might", "just", "also", "all", "any",
    "some", "no", "yes", "so", "if", "do", "does", "did",
])  # fmt: skip
_MONTHS = {
    "january": "jan", "february": "feb", "march": "mar", "april": "apr", "may": "may", "june": "jun", "july": "jul",
    "august": "aug", "september": "sep", "october": "oct", "november": "nov", "december": "dec", "jan": "jan", "feb": "feb",
    "mar": "mar", "apr": "apr", "jun": "jun", "jul": "jul", "aug": "aug", "sep": "sep", "sept": "sep", "oct": "oct",
    "nov": "nov", "dec": "dec",
}  # fmt: skip
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12", "half": "0.5", "quarter": "0.25",
}  # fmt: skip
_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
    "eighth": "8", "ninth": "9", "tenth": "10",
}  # fmt: skip
_VERSION = re.compile(r"v?\d+(?:\.\d+)+")
_VERSION_ZEROS = re.compile(r"(?:\.0)+$|^v")
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_UNIT = re.compile(r"(?<=\d)(?:k|m|bn|b|gb|tb|mb|%|x)$")


@dataclass(frozen=True)
class Text:
    """What the semantic signal reads of one article (made once per article)."""

    words: frozenset[str]  # meaningful words of headline and excerpt, lightly stemmed
    content: tuple[str, ...]  # the same unstemmed, each once, in order (for their word vectors)
    title_facts: frozenset[str]  # numbers, versions, CVE ids, months, ordinals of the headline
    facts: frozenset[str]  # the same of headline and excerpt
    cves: frozenset[str]  # CVE ids of headline and excerpt
    versions: frozenset[str]  # version numbers of the headline ("3.13.1"; "1.84.0" is "1.84")
    all_versions: frozenset[str]  # version numbers of headline and excerpt
    names: frozenset[str]  # names in the headline (capitalised words, not acronyms), lower case
    vocabulary: frozenset[str]  # every word of headline and excerpt, lower case, hyphens split
    amounts: frozenset[tuple[str, str]]  # (fact, magnitude) told with one ("6.9", "m"): may be rounded


@dataclass(frozen=True)
class Judgement:
    """How alike two articles are; ``same`` says whether that makes one story."""

    meaning: float
    aligned: float
    words: float
    facts: int
    score: float
    conflict: str  # the facts that keep the two apart ("" when none do)
    same: bool

    def describe(self) -> str:
        if self.conflict:
            return f"different {self.conflict}"
        return (
            f"score {self.score:.2f} (meaning {self.meaning:.2f}, aligned {self.aligned:.2f}, "
            f"words {self.words:.2f}, shared facts {self.facts})"
        )


def embedding_text(title: str, excerpt: str) -> str:
    return f"{title}. {excerpt}" if excerpt else title


@functools.lru_cache(maxsize=16384)  # a pure function of two strings (like cluster.headline)
def read(title: str, excerpt: str) -> Text:
    """The words and facts of an article's headline and excerpt."""
    title_tokens = _tokens(title)
    tokens = title_tokens + _tokens(excerpt)
    plain = [w for w in tokens if w not in _STOPWORDS and not _is_fact(w) and (len(w) > 1)]
    title_facts = frozenset(f for w in title_tokens if (f := _fact(w, title=True)))
    facts = frozenset(f for w in tokens if (f := _fact(w, title=False)))
    cves = frozenset(_CVE.findall(" ".join(tokens)))
    amounts = {k: (f, m) for k, w in enumerate(tokens) if (f := _fact(w, title=False)) and (m := _magnitude(tokens, k))}
    # (versions, but for a figure with a magnitude: "1.84 billion" is an amount)
    numbered = [
        (k, _VERSION_ZEROS.sub("", w)) for k, w in enumerate(tokens) if _VERSION.fullmatch(w) and k not in amounts
    ]
    versions = frozenset(v for k, v in numbered if k < len(title_tokens))
    all_versions = frozenset(v for _, v in numbered)
    vocabulary = frozenset(part.removesuffix("'s") for w in tokens for part in w.split("-") if part)
    return Text(frozenset(map(_stem, plain)), tuple(dict.fromkeys(plain)), title_facts, facts, cves, versions, all_versions,
                _names(title, excerpt), vocabulary, frozenset(amounts.values()))  # fmt: skip


_MAGNITUDE = re.compile(r"\d(k|m|bn|b)$")
_MAGNITUDES = {"thousand": "k", "million": "m", "millions": "m", "billion": "b", "billions": "b", "trillion": "t",
               "trillions": "t", "k": "k", "m": "m", "bn": "b", "b": "b"}  # fmt: skip


def _magnitude(tokens: list[str], k: int) -> str:
    """The magnitude a figure is told with ("6.9 million", "$1.8bn", "40k": "m", "b",
    "k"), or "" (the ones a headline may round: ``_rounded``)."""
    suffix = _MAGNITUDE.search(tokens[k])
    if suffix:
        return _MAGNITUDES[suffix.group(1)]
    return _MAGNITUDES.get(tokens[k + 1], "") if k + 1 < len(tokens) and tokens[k + 1][:1].isalpha() else ""


def _names(title: str, excerpt: str) -> frozenset[str]:
    """The capitalised words of a headline (lower case), but for its first word
    (unless the excerpt capitalises it too) and short acronyms ("CEO", "AI").
    A headline in title case capitalises every word: then only the words its
    excerpt capitalises too count."""

    def clean(w: str) -> str:
        return w.strip(".,:;!?'\"()[]‘’“”").removesuffix("'s").removesuffix("’s")

    words = [c for w in unicodedata.normalize("NFKC", title).split() if (c := clean(w))]
    capitalised = {c.casefold() for w in excerpt.split()[1:] if (c := clean(w))[:1].isupper()}
    long = [w for w in words if len(w) > 3 and w[0].isalpha()]
    title_case = len(long) >= 3 and all(w[0].isupper() for w in long)
    named = set()
    for k, w in enumerate(words):
        for part in w.split("-"):
            if not part[:1].isupper() or (part.isupper() and len(part) <= 4):
                continue
            name = part.casefold()
            if (k == 0 or title_case) and name not in capitalised:
                continue
            named.add(name)
    return frozenset(n for n in named if n not in _STOPWORDS and n not in _MONTHS and len(n) > 1)


def conflict(a: Text, b: Text) -> str:
    """Which facts make two texts two stories, or "": both name CVE ids (or
    versions) and none is shared; each headline has a number (count, ordinal,
    version, year) or month the other article never mentions (not even rounded:
    "6.9 million" / "nearly 7 million" is one figure), or a name the
    other never mentions; or one headline's month or year is missing from the
    other article, which names another."""
    if a.cves and b.cves and not a.cves & b.cves:
        return "CVE ids"
    if a.versions and b.versions and not a.versions & b.versions:
        return "versions: " + ", ".join(sorted(a.versions)) + " / " + ", ".join(sorted(b.versions))
    if a.all_versions and b.all_versions and not a.all_versions & b.all_versions:
        return "versions: " + ", ".join(sorted(a.all_versions)) + " / " + ", ".join(sorted(b.all_versions))
    only_a = {f for f in a.title_facts - b.facts if not _rounded(f, a.amounts, b.amounts)}
    only_b = {f for f in b.title_facts - a.facts if not _rounded(f, b.amounts, a.amounts)}
    if only_a and only_b:
        return "numbers: " + ", ".join(sorted(only_a)) + " / " + ", ".join(sorted(only_b))
    names_a, names_b = a.names - b.vocabulary, b.names - a.vocabulary
    if names_a and names_b:
        return "names: " + ", ".join(sorted(names_a)) + " / " + ", ".join(sorted(names_b))
    # One headline's month or year that the other article never mentions,
    # where that article names another ("November" / an excerpt about December).
    for mine, theirs in ((only_a, b.facts - a.facts), (only_b, a.facts - b.facts)):
        kinds = {_kind(f) for f in mine} - {""}
        clash = sorted(f for f in theirs if _kind(f) in kinds)
        if clash:
            return "numbers: " + ", ".join(sorted(mine)) + " / " + ", ".join(clash)
    return ""


def _rounded(fact: str, mine: frozenset[tuple[str, str]], theirs: frozenset[tuple[str, str]]) -> bool:
    """Whether a figure told with a magnitude is one the other article tells with the
    same magnitude, one of the two rounded to fewer decimals, half up ("12" / "12.4"
    million, "1.8" / "1.84" billion, "7" / "6.9"; not "6.9 million" / "7 billion")."""
    for x, magnitude in mine:
        if x != fact:
            continue
        for y, other in theirs:
            if other != magnitude or _decimals(x) == _decimals(y):
                continue
            try:
                a, b = Decimal(x), Decimal(y)
            except InvalidOperation:
                continue
            (coarse, fine) = (a, b) if _decimals(x) < _decimals(y) else (b, a)
            places = Decimal(1).scaleb(-min(_decimals(x), _decimals(y)))
            if fine.quantize(places, rounding=ROUND_HALF_UP) == coarse:
                return True
    return False


def _decimals(figure: str) -> int:
    return len(figure) - figure.index(".") - 1 if "." in figure else 0


def judge(
    a: Text, b: Text, meaning: float, aligned: float | Callable[[], float], threshold: float | None = None
) -> Judgement:
    """Whether two articles whose embeddings have cosine ``meaning`` and whose
    words align by ``aligned`` (``align``; or a function that computes it, called
    only when the facts agree) are one story (at ``threshold``, THRESHOLD unless
    given: the benchmark sweeps it)."""
    words = _share(a.words, b.words)
    facts = shared_facts(a, b)
    why = conflict(a, b)
    if not why and min(len(a.words), len(b.words)) < MIN_WORDS:
        why = "too few words to judge"
    if callable(aligned):
        aligned = 0.0 if why else aligned()
    score = _score(meaning, aligned, words, facts)
    return Judgement(
        meaning, aligned, words, facts, score, why,
        not why and score >= (THRESHOLD if threshold is None else threshold),
    )  # fmt: skip


def shared_facts(a: Text, b: Text) -> int:
    """How many numbers, months, versions and CVE ids both articles state (at
    most MAX_FACTS): "89 flaws" in both tells one Patch Tuesday from another."""
    return min(len(a.facts & b.facts), MAX_FACTS)


def _score(meaning: float, aligned: float, words: float, facts: int) -> float:
    w = WEIGHTS
    return w[0] * meaning + w[1] * aligned + w[2] * words + w[3] * facts + w[4]


def may_match(a: Text, b: Text, meaning: float) -> bool:
    """A quick first test (no facts compared, no word vectors): could ``judge``
    call them one story, were their words aligned perfectly?"""
    return _score(meaning, 1.0, _share(a.words, b.words), shared_facts(a, b)) >= THRESHOLD


def align(a: np.ndarray, b: np.ndarray) -> float:
    """How well two articles' words (rows: unit word vectors, ``WordVectors.words``)
    find a counterpart in the other: for each side, the mean over its words of the
    best cosine with a word of the other side; the lower of the two sides. One
    text that says much more than the other ("... and also a new CEO") scores low.
    """
    if not len(a) or not len(b):
        return 0.0
    cosines = a @ b.T
    return float(min(cosines.max(axis=1).sum() / len(a), cosines.max(axis=0).sum() / len(b)))


def _kind(fact: str) -> str:
    if fact.isalpha():
        return "month"
    if len(fact) == 4 and fact.isdigit() and fact[:2] in ("19", "20"):
        return "year"
    return ""


def _share(a: frozenset[Any], b: frozenset[Any]) -> float:
    """Of the smaller set, the share the other has (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return [w.strip(".,'-") for w in _WORD.findall(text) if w.strip(".,'-")]


def _is_fact(word: str) -> bool:
    return any(map(str.isdigit, word)) or word in _NUMBER_WORDS or word in _ORDINALS or word in _MONTHS


def _fact(word: str, *, title: bool) -> str:
    """A word as a fact ("" when it is none): numbers without their unit, number
    words and ordinals as digits ("fifth": "5"), months as "nov". In a headline, "may"
    is a month only when capitalised text said so is unknowable: it is left out."""
    if _CVE.fullmatch(word):
        return word
    if any(map(str.isdigit, word)):
        word = word.replace(",", "")
        ordinal = _ORDINAL_DIGITS.match(word)
        if ordinal:
            return ordinal.group(1)
        if _VERSION.fullmatch(word):
            return _VERSION_ZEROS.sub("", word)
        return _UNIT.sub("", word.lstrip("$€£"))
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    if word in _ORDINALS:
        return _ORDINALS[word]
    month = _MONTHS.get(word)
    if month and not (title and word == "may"):
        return month
    return ""


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word
