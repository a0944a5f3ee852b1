"""A short sentence a feed repeats with one word filled in: "This issue is considered <strong>Low</strong> severity."
in seven advisories, "…considered High severity." in five, "…Medium…" in five (bitcoincore.org's es feed in set62,
F1). Each wording stands in a quarter of the entries, so bot/repeated.py would take each for the feed's template; but
one frame whose slot other entries fill with another value is a field, as a "Label: value" one is ("Bulletin Severity
Rating:Critical", set13): the entry's value, it stays.

Only a slot of a closed scale: a word of letters the paragraph sets off in bold or emphasis, its value ("considered
<strong>Low</strong> severity"; a word that differs unmarked is the template's wording: "Read the full story on our
website today." beside "…the full article…", "Listen to this episode on Spotify today." beside "…on YouTube today.":
the review of set 62, finding 3), not the sentence's first word, nor after a word that brings in who did it, _AGENT,
where a host's or a sponsor's name goes ("Today with Anna on the show", "Brought to you by Acme Labs" are the
template's), nor after a preposition, last or not ("Listen on Spotify", "Listen to this episode on <b>Spotify</b>
today.": the review of 621df96..5ee3f66, finding 9); last after a noun it is the value of a language
that says it at the end ("Este problema se considera de gravedad Baja.", "Ce problème est considéré de gravité
Faible.": the review of set 62, finding 4). In a sentence of SLOT_WORDS words at most, with SLOT_VALUES values at
most across the document, each of three letters or more and none another's start (no article: "os"/"o"), another of
them in two entries or more. Pure."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

SLOT_WORDS = 12  # words of a sentence with a slot, at most (a field's sentence is short)
SLOT_VALUES = 5  # distinct values of its slot across the document, at most (a scale: Low, Medium, High, Critical…)
# Words before a name, not a value: by, with, from, featuring in a few languages (a closed class: prepositions)
_AGENT = frozenset((
    "by", "with", "from", "featuring", "feat", "ft", "von", "mit", "durch", "par", "avec", "por", "con", "de", "da",
    "di", "door", "met", "van", "przez", "від", "з", "от", "с",
))  # fmt: skip
# And before a place or a channel, last in a sentence: on, at, in, via, to in a few languages (a closed class too)
_PLACE = _AGENT | frozenset((
    "on", "at", "in", "via", "to", "auf", "bei", "im", "am", "sur", "à", "au", "en", "em", "no", "na", "op", "w", "на",
    "в", "у",
))  # fmt: skip
_RAW = 400  # characters of a raw paragraph read for one (markup included): longer ones are no short sentence
# A word set off in bold or emphasis (its inner text: no tag inside); a scale's word is written as one, in lower case
# after its first letter or all in capitals ("<strong>HIGH</strong> severity": the review of 621df96..5ee3f66,
# finding 9), a code in a sponsor's line is not: "Use the promo code <strong>WeAreSwift</strong> to get…")
_SET_OFF = re.compile(r"<(strong|b|em)(?:\s[^<>]*)?>([^<]{1,60})</\1\s*>", re.IGNORECASE)


def slotted(repeated: list[str], counted: Counter[str], keyed: Callable[[str], str]) -> set[str]:
    """The repeated raw paragraphs (or openings) that are one frame with a slot (the module docstring): ``counted``
    has every raw paragraph with the entries it stands in, ``keyed`` gives its words as they are compared."""
    frames: dict[tuple[int, tuple[str, ...]], list[str]] = {}
    for raw in repeated:
        if len(raw) <= _RAW and 3 <= len(words := keyed(raw).split()) <= SLOT_WORDS:
            set_off = {keyed(m[2]) for m in _SET_OFF.finditer(raw) if _scale_word(m[2].strip())}
            for at in range(1, len(words)):
                if words[at].isalpha() and words[at] in set_off and words[at - 1] not in _PLACE:
                    frames.setdefault((at, (*words[:at], *words[at + 1 :])), []).append(raw)
    if not frames:
        return set()
    lengths = {len(frame) + 1 for _, frame in frames}
    values: dict[tuple[int, tuple[str, ...]], Counter[str]] = {}
    for raw, n in counted.items():
        if len(raw) > _RAW or len(words := keyed(raw).split()) not in lengths:
            continue
        for at in range(1, len(words)):
            if (frame := (at, (*words[:at], *words[at + 1 :]))) in frames:
                values.setdefault(frame, Counter())[words[at]] += n
    found: set[str] = set()
    for frame, raws in frames.items():
        filled = values.get(frame, Counter())
        if 2 <= len(filled) <= SLOT_VALUES and _values(filled):  # (its own value, another in two entries or more)
            found.update(raw for raw in raws if _other(filled, keyed(raw).split()[frame[0]]))
    return found


def _scale_word(word: str) -> bool:
    """Whether a word set off is written as a scale's is (see _SET_OFF): "Low", "low", "LOW", not "WeAreSwift"."""
    return word[1:].islower() or (word.isupper() and len(word) >= 3)


def _values(filled: Counter[str]) -> bool:
    """Whether a slot's values are words of their own: three letters or more, none another's start (an article or
    its plural is no value: "Escute enquanto lê os show notes!" beside "…lê o show notes", a podcast's call, set29)."""
    words = sorted(filled)
    return all(len(word) >= 3 for word in words) and not any(b.startswith(a) for a, b in pairwise(words))


def _other(filled: Counter[str], value: str) -> bool:
    return any(n >= 2 for other, n in filled.items() if other != value)
