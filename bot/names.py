"""People in a text: a full name ("Jussi Tuovinen"), then the given name alone ("Jussi is…"), which a summary
does not show without the sentence that named the person (bot/summary.py, set38 F8). Pure.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

_EDGE = "\"'“”‘’«»()[]"


@functools.lru_cache(maxsize=4096)  # (a summary reads each sentence's runs for every sentence after it)
def _runs(text: str) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """The runs of capitalised words of a text (broken by a mark after a word, or a word in lower case), each with
    whether it opens a sentence."""
    runs: list[tuple[tuple[str, ...], bool]] = []
    run: list[str] = []
    opens = first = True
    for token in text.split():
        word = token.strip(_EDGE).rstrip(".,;:!?…")
        if word[:1].isupper() and word[1:].islower() and word.isalpha():
            if not run:
                first = opens
            run.append(word)
        elif run:
            runs.append((tuple(run), first))
            run = []
        opens = token[-1:] in ".!?…:"
        if run and not token[-1:].isalnum():
            runs.append((tuple(run), first))
            run = []
    if run:
        runs.append((tuple(run), first))
    return tuple(runs)


def named_before(sentence: str, before: Sequence[str]) -> int:
    """Which sentence of ``before`` introduced by a full name ("…Elias Alanko and Jussi Tuovinen…") someone the
    sentence calls by a given name alone ("Currently Jussi is the head of…", "In her work Svitlana strives…"): read
    without it, nobody knows who that is (set38 F8); -1 when none did. A full name: two capitalised words alone inside
    a sentence (a heading's are none), the given name never alone before it, neither word written in lower case twice
    in the text ("New York" / "new … new", "Apple Music" / "music … music"); the given name alone: one capitalised
    word, the surname nowhere in the sentence. ("Architecture School Lecture" is no name; "The" of "The Verge"
    opening a sentence neither.) Whoever introduced the person, the summary takes the sentence only with that one:
    an introduction it cannot show (a quote, a sentence too long) keeps it out."""
    return _named(sentence, before, None)


def surnamed_before(sentence: str, before: Sequence[str], title: str) -> int:
    """As named_before, for a surname alone that the ``title`` does not show ("According to Dobbin, …" after "Clair
    Dobbin KC for the prosecution…": set63 F11), the full name a given name and a surname (_full_name)."""
    return _named(sentence, before, title)


def _named(sentence: str, before: Sequence[str], title: str | None) -> int:
    """named_before's (``title`` None) or surnamed_before's reading."""
    names: dict[str, tuple[str, int]] = {}
    surnames: dict[str, tuple[str, int, bool]] = {}  # (the given name, the sentence, whether that one opens with it)
    alone_before: set[str] = set()
    first_alone: set[str] = set()
    for k, text in enumerate(before):
        if text.startswith("## "):  # (a heading: bot/sentences.py's HEADING)
            continue
        for run, opens in _runs(text):
            words = run[1:] if opens else run  # (a sentence's first word is capitalised whatever it is)
            at_start = opens and len(run) == 2  # (a full name may open one: "Clair Dobbin KC said…")
            pair = run if at_start else words
            if len(pair) == 2 and pair[1] not in alone_before | first_alone and _full_name(text, pair, at_start):
                surnames.setdefault(pair[1], (pair[0], k, at_start))  # ("The Verge": "the" in lower case, below)
            if opens and len(run) == 1:
                first_alone.add(run[0])  # (a surname alone first, before the full name: "Dobbin opened…")
            if len(words) == 2 and words[0] not in alone_before:
                names.setdefault(words[0], (words[1], k))
            elif len(words) == 1 and words[0] not in names:
                alone_before.add(words[0])  # (alone only before the full name: "Jussi leads…" after it is no matter)
    if not (names if title is None else surnames):
        return -1
    lower: Counter[str] | None = None  # (the words in lower case, counted only when a given name is alone here)
    # (a sentence's first word is capitalised whatever it is: "Currently Jussi is…" is "Jussi" alone)
    for run, opens in _runs(sentence):
        alone = run[1:] if opens and len(run) > 1 else run
        if len(alone) != 1 or (
            alone[0] not in names if title is None else alone[0] not in surnames or alone[0] in title
        ):
            continue
        if title is not None and alone is run and opens and _ADJECTIVE_FIRST.search(sentence, 0, 200):
            continue  # (an adjective first, "International observers were…", no surname: the second review, 10)
        surname, k, first = (*names[alone[0]], False) if title is None else surnames[alone[0]]
        if surname in sentence:  # (or the given name, for a surname alone)
            continue
        if lower is None:
            lower = Counter(
                w for text in (*before, sentence) for t in text.split() if (w := t.strip(_MARKS)) and w[0].islower()
            )
        if lower[alone[0].lower()] < 2 and lower[surname.lower()] < (1 if first else 2):
            return k
    return -1


_MARKS = _EDGE + ".,;:!?…"
# A sentence that opens on a capitalised word, a word in lower case, then an auxiliary: the first word is an adjective
# of the subject, "International observers were barred…" after "…Amnesty International, the rights group…", not a
# surname alone ("Dobbin told the court…"; the second review of this session, 10).
_ADJECTIVE_FIRST = re.compile(
    r"^\W*[A-Z][a-z]+ [a-z]+ (?:are|were|is|was|have|has|had|will|would|can|could|may|might|must|shall|should)\b"
)
# A label's line ("Location: Western Massachusetts", "Authors: Joshua A. Grochow, Youming Qiao"): no one introduced.
_LABEL = re.compile(r"[^\s:]+(?: [^\s:]+)?: ")


def _full_name(text: str, pair: tuple[str, ...], opens: bool) -> bool:
    """Whether two capitalised words of a sentence are someone's given name and surname, as a surname alone calls
    them later: no title first ("Mr Assange"), no label's line, no version after them ("Claude Opus 4.6"); opening the
    sentence, a post-nominal or a comma after them ("Clair Dobbin KC for…", "Kara Swisher, writing…"; not "Update
    Panel restored.", nor "• Update Thunderbird from…"), anywhere else, any word after them ("…by barrister Clair Dobbin
    in London.": the second review of this session, 10)."""
    if pair[0] in _TITLES or _LABEL.match(text):
        return False
    head, _, after = text.partition(f"{pair[0]} {pair[1]}")
    if after.lstrip()[:1].isdigit():
        return False
    # (after a mark alone, a list's bullet or a dash, as at a sentence's start: "• Update Thunderbird from 68…")
    mark = head[-12:].rstrip().rpartition(" ")[2]
    opens = opens or bool(mark) and not any(ch.isalnum() for ch in mark)
    return not opens or after[:1] == "," or after.lstrip()[:2].isupper()


# Titles before a surname ("Mr Assange", "President Lula"): no given name, no introduction.
_TITLE_WORDS = (
    "Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Judge Justice President Minister Senator Governor Mayor General"
    " Captain Father Sister Brother Saint Pope King Queen Prince Princess Herr Frau Monsieur Madame Señor Señora"
    " Don Doña Dom Signor Signora Pan Pani"
)
_TITLES = frozenset(_TITLE_WORDS.split())


# A name a text gives something ("…a compression algorithm, i.e., Elf.", "…a tool called Ripley,"): a capitalised word
# after "i.e.", "called", "named", "dubbed", that ends the clause (not a verb's object: "…was named CEO of…", "She
# called Microsoft to…", "Analysts called Friday's drop…", "so-called Fed put"), never all capitals ("named CEO."). (Not
# an abbreviation in brackets, "…GRAIN NUMBER AND PLANT HEIGHT 1 (GH1)": a paper's abstract spells out a dozen, and
# its sentences that use them read well enough alone.)
_GIVES_NAME = re.compile(
    r"(?:\bi\.\s?e\.,?|\bcalled|\bnamed|\bdubbed)\s+[\"“']?([A-Z][\w+-]{1,30})(?![\w+-])[\"”']?(?=[.,;:!?)]+(?:\s|$)|$)"
)


@functools.lru_cache(maxsize=4096)
def _names_given(text: str) -> tuple[str, ...]:
    if " i" not in text and "ed " not in text:  # (most sentences give none)
        return ()
    return tuple(name for name in _GIVES_NAME.findall(text) if not name.isupper())


def defined_before(sentence: str, before: Sequence[str], title: str) -> int:
    """Which sentence of ``before`` gave the name the sentence uses ("This paper proposes … algorithm, i.e., Elf." /
    "Through rigorous mathematical analysis, Elf can directly determine…": set48 F1), one the headline does not show
    and no sentence before that one used: read without it, nobody knows what that is; -1 when none did. (Or the one
    that gave in full the name it uses a surname of: surnamed_before.)"""
    if (k := surnamed_before(sentence, before, title)) >= 0:
        return k
    for k, text in enumerate(before):
        for name in _names_given(text):
            if name not in sentence:
                continue
            word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")  # (a whole word: "Go" is not in "Google")
            if word.search(sentence) and not word.search(title) and not any(word.search(t) for t in before[:k]):
                return k
    return -1


# A citation's authors, a bibliography's way: each surname in capitals and the given name after it, two to six, joined
# by commas and a last "and" ("RADER Roman, JEŘÁBEK Kamil and RYŠAVÝ Ondřej.": set63 F16, a digest's first sentence);
# nothing else in the sentence (not "NASA Administrator Bill Nelson and…", "IBM Research and MIT showed…").
_AND = frozenset(["and", "&", "a", "und", "et", "e", "y", "i", "og", "och", "en", "és", "ja"])


def author_list(sentence: str) -> bool:
    """Whether a sentence is only a citation's authors ("SURNAME Given, SURNAME Given and SURNAME Given.")."""
    if not sentence.endswith(".") or sentence.count(" ") > 17 or not sentence[:2].isupper():
        return False
    words = sentence[:-1].replace(",", " ,").split()
    names, i = 0, 0
    while i + 1 < len(words):
        surname, given = words[i], words[i + 1]
        if not (len(surname) > 1 and surname.isupper() and surname.isalpha() and given.istitle() and given.isalpha()):
            return False
        names, i = names + 1, i + 2
        i += i + 1 < len(words) and words[i] == ","
        i += i + 1 < len(words) and words[i] in _AND
    return names >= 2 and i == len(words)
