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
    names: dict[str, tuple[str, int]] = {}
    alone_before: set[str] = set()
    for k, text in enumerate(before):
        if text.startswith("## "):  # (a heading: bot/sentences.py's HEADING)
            continue
        for run, opens in _runs(text):
            words = run[1:] if opens else run  # (a sentence's first word is capitalised whatever it is)
            if len(words) == 2:
                if words[0] not in alone_before:
                    names.setdefault(words[0], (words[1], k))
            elif len(words) == 1 and words[0] not in names:
                alone_before.add(words[0])  # (alone only before the full name: "Jussi leads…" after it is no matter)
    if not names:
        return -1
    lower: Counter[str] | None = None  # (the words in lower case, counted only when a given name is alone here)
    # (a sentence's first word is capitalised whatever it is: "Currently Jussi is…" is "Jussi" alone)
    for run, opens in _runs(sentence):
        alone = run[1:] if opens and len(run) > 1 else run
        if len(alone) != 1 or alone[0] not in names:
            continue
        surname, k = names[alone[0]]
        if surname in sentence:
            continue
        if lower is None:
            lower = Counter(
                w for text in (*before, sentence) for t in text.split() if (w := t.strip(_MARKS)) and w[0].islower()
            )
        if lower[alone[0].lower()] < 2 and lower[surname.lower()] < 2:
            return k
    return -1


_MARKS = _EDGE + ".,;:!?…"


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
    and no sentence before that one used: read without it, nobody knows what that is; -1 when none did."""
    for k, text in enumerate(before):
        for name in _names_given(text):
            if name not in sentence:
                continue
            word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")  # (a whole word: "Go" is not in "Google")
            if word.search(sentence) and not word.search(title) and not any(word.search(t) for t in before[:k]):
                return k
    return -1
